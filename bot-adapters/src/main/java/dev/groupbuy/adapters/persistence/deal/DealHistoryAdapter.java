package dev.groupbuy.adapters.persistence.deal;

import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealChange;
import dev.groupbuy.core.deal.DealHistory;
import dev.groupbuy.core.deal.DealStatus;
import java.util.List;

/** {@link DealHistory} on the append-only {@code deal_history} table. */
class DealHistoryAdapter implements DealHistory {

    private final DealHistoryMapper history;

    DealHistoryAdapter(DealHistoryMapper history) {
        this.history = history;
    }

    @Override
    public void append(DealChange change) {
        DealHistoryDO row = new DealHistoryDO();
        row.setDealId(change.dealId());
        row.setChangedAt(change.at());
        row.setActor(change.actor().length() > 128 ? change.actor().substring(0, 128) : change.actor());
        row.setDoor(change.door().wireName());
        row.setAction(change.action().wireName());
        row.setBeforeStatus(change.before() == null ? null : change.before().wireName());
        row.setAfterStatus(change.after().wireName());
        row.setInboxId(change.inboxId());
        history.insert(row);
    }

    @Override
    public List<DealChange> of(long dealId) {
        return history.findByDeal(dealId).stream()
                .map(row -> new DealChange(
                        row.getId(),
                        row.getDealId(),
                        row.getChangedAt(),
                        row.getActor(),
                        Door.fromWireName(row.getDoor()),
                        DealAction.fromWireName(row.getAction()),
                        row.getBeforeStatus() == null ? null : DealStatus.fromWireName(row.getBeforeStatus()),
                        DealStatus.fromWireName(row.getAfterStatus()),
                        row.getInboxId()))
                .toList();
    }
}
