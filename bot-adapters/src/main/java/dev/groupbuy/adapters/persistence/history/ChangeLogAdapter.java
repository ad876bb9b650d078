package dev.groupbuy.adapters.persistence.history;

import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.history.Change;
import dev.groupbuy.core.history.ChangeLog;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.store.TextLimit;
import java.util.List;

/** {@link ChangeLog} on the append-only {@code change_log} table. */
class ChangeLogAdapter implements ChangeLog {

    private final ChangeLogMapper log;

    ChangeLogAdapter(ChangeLogMapper log) {
        this.log = log;
    }

    @Override
    public void append(Change change) {
        ChangeLogDO row = new ChangeLogDO();
        row.setSubject(change.subject().wireName());
        row.setSubjectId(TextLimit.cut(change.subjectId(), 200));
        row.setChangedAt(change.at());
        row.setActor(TextLimit.cut(change.actor(), 128));
        row.setDoor(change.door().wireName());
        row.setAction(change.action());
        row.setBeforeText(change.before());
        row.setAfterText(change.after());
        log.insert(row);
    }

    @Override
    public List<Change> of(Subject subject, String subjectId) {
        return log.findBySubject(subject.wireName(), subjectId).stream()
                .map(row -> new Change(
                        row.getId(),
                        Subject.fromWireName(row.getSubject()),
                        row.getSubjectId(),
                        row.getChangedAt(),
                        row.getActor(),
                        Door.fromWireName(row.getDoor()),
                        row.getAction(),
                        row.getBeforeText(),
                        row.getAfterText()))
                .toList();
    }
}
