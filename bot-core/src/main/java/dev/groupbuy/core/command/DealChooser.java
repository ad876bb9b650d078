package dev.groupbuy.core.command;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import java.util.Comparator;
import java.util.List;

/** Finds the deal a command means, by its {@link Target} and, when the command allows, a title. Reads only. */
final class DealChooser {

    private final DealRepository deals;

    DealChooser(DealRepository deals) {
        this.deals = deals;
    }

    /** @return the candidates: exactly one when the choice is clear, none, or several to ask about */
    List<Deal> choose(long groupId, Target target, String titleHint) {
        List<DealStatus> statuses = target.statuses();
        for (int i = 0; i < statuses.size(); i++) {
            List<Deal> found = byTitle(deals.find(groupId, statuses.get(i)), titleHint);
            if (found.isEmpty()) {
                continue;
            }
            if (i == 0 || found.size() == 1) {
                return found;
            }
            return List.of(found.stream().max(Comparator.comparing(Deal::id)).orElseThrow());
        }
        return List.of();
    }

    private static List<Deal> byTitle(List<Deal> found, String hint) {
        if (found.size() <= 1 || hint == null || hint.isBlank()) {
            return found;
        }
        List<Deal> named = found.stream()
                .filter(deal -> deal.title().contains(hint) || hint.contains(deal.title()))
                .toList();
        return named.isEmpty() ? found : named;
    }
}
