package dev.groupbuy.core.history;

import java.util.List;

/** Port: the back office's append-only change log. */
public interface ChangeLog {

    void append(Change change);

    /** The changes of one subject, oldest first. */
    List<Change> of(Subject subject, String subjectId);
}
