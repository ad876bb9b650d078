package dev.groupbuy.core.report.goods;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.report.Roster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 分拣单 / 配送单 for one deal ({@code GET /api/v1/deals/{id}/sorting}) or for every deal delivered on a day
 * ({@code GET /api/v1/sorting?deliveryDate=}): one sheet per group, over the orders that count. Reads only;
 * back office only.
 */
public final class SortingSheets {

    private final ActionPorts ports;
    private final Deliveries deliveries;

    public SortingSheets(ActionPorts ports) {
        this.ports = ports;
        this.deliveries = new Deliveries(ports);
    }

    public record ForDeal(long dealId, Actor actor) {}

    public record ForDay(LocalDate deliveryDate, Actor actor) {}

    public ActionResult<Sorting> forDeal(ForDeal command) {
        return deliveries.of(command.actor(), null, List.of(command.dealId())).map(batch -> {
            String title = "分拣单 "
                    + (batch.deals().isEmpty()
                            ? ports.deals()
                                    .findById(command.dealId())
                                    .orElseThrow()
                                    .title()
                            : batch.deals().get(0).title());
            LocalDate date =
                    batch.deals().isEmpty() ? null : batch.deals().get(0).deliveryDate();
            return sorting(title, date, batch);
        });
    }

    public ActionResult<Sorting> forDay(ForDay command) {
        return deliveries
                .of(command.actor(), command.deliveryDate(), null)
                .map(batch -> sorting("分拣单 " + command.deliveryDate(), command.deliveryDate(), batch));
    }

    private Sorting sorting(String title, LocalDate date, Deliveries.Batch batch) {
        Map<Long, GroupPacking> groups = new TreeMap<>();
        for (Deal deal : batch.deals()) {
            Map<Long, Integer> numbers = numbers(deal, batch.ordersOf(deal));
            for (long groupId : deal.groupIds()) {
                groups.computeIfAbsent(groupId, GroupPacking::new).seed(deal, batch.products());
            }
            for (Order order : batch.ordersOf(deal)) {
                groups.computeIfAbsent(order.groupId(), GroupPacking::new)
                        .add(deal, order, numbers.get(order.id()), batch.products());
            }
        }
        List<Sorting.GroupSheet> sheets = new ArrayList<>();
        groups.values().stream().filter(GroupPacking::hasOrders).forEach(packing -> sheets.add(sheet(packing)));
        return new Sorting(title, date, batch.deals().stream().map(Deal::id).toList(), sheets);
    }

    private Sorting.GroupSheet sheet(GroupPacking packing) {
        ChatGroup group = ports.groups().findById(packing.groupId()).orElse(null);
        String leader = ports.groups().members(packing.groupId()).stream()
                .filter(m -> m.role() == Role.LEADER)
                .map(Member::name)
                .findFirst()
                .orElse("");
        return packing.sheet(group == null ? "" : group.name(), leader);
    }

    /** The 序号 each order has in its deal's list, as {@code #名单} numbers them. */
    private static Map<Long, Integer> numbers(Deal deal, List<Order> orders) {
        Map<Long, Integer> numbers = new HashMap<>();
        Roster.of(deal, orders, List.of())
                .entries()
                .forEach(entry -> numbers.put(entry.order().id(), entry.number()));
        return numbers;
    }

    /** Pickups of a group's deals, each once. */
    static String pickups(Set<String> pickups) {
        return String.join("；", new LinkedHashSet<>(pickups));
    }
}
