package dev.groupbuy.core.command;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the deal a command means, by its {@link Target} and, when the command allows, a title: a title that
 * names a deal in any of the target's statuses wins ({@code #汇总 草莓} after 草莓 arrived, while another deal is
 * open). Reads only.
 */
final class DealChooser {

    private final DealRepository deals;

    DealChooser(DealRepository deals) {
        this.deals = deals;
    }

    /** @return the candidates: exactly one when the choice is clear, none, or several to ask about */
    List<Deal> choose(long groupId, Target target, String titleHint) {
        List<DealStatus> statuses = target.statuses();
        if (titleHint != null && !titleHint.isBlank()) {
            for (int i = 0; i < statuses.size(); i++) {
                List<Deal> named = named(deals.find(groupId, statuses.get(i)), titleHint.strip());
                if (!named.isEmpty()) {
                    return i == 0 || named.size() == 1 ? named : List.of(newest(named));
                }
            }
        }
        for (int i = 0; i < statuses.size(); i++) {
            List<Deal> found = byTitle(deals.find(groupId, statuses.get(i)), titleHint);
            if (found.isEmpty()) {
                continue;
            }
            if (i == 0 || found.size() == 1) {
                return found;
            }
            return List.of(newest(found));
        }
        return List.of();
    }

    private static Deal newest(List<Deal> found) {
        return found.stream().max(Comparator.comparing(Deal::id)).orElseThrow();
    }

    /** The deals whose title the hint names: contained in it or containing it. */
    private static List<Deal> named(List<Deal> found, String hint) {
        return found.stream()
                .filter(deal -> deal.title().contains(hint) || hint.contains(deal.title()))
                .toList();
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
