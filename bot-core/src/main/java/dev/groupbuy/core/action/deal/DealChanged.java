package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.chat.Posted;
import dev.groupbuy.core.deal.Deal;
import java.util.List;

/**
 * A deal after a state change.
 *
 * @param before the deal as it was
 * @param deal the deal as stored now
 * @param posted what its groups were told
 */
public record DealChanged(Deal before, Deal deal, List<Posted> posted) {

    public DealChanged {
        posted = List.copyOf(posted);
    }
}
