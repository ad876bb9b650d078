package dev.groupbuy.core.deal;

import java.util.List;

/** Port: the append-only history of deals. */
public interface DealHistory {

    void append(DealChange change);

    /** The deal's history, oldest first. */
    List<DealChange> of(long dealId);
}
