package dev.groupbuy.core.report.settlement;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.commission.Leader;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 结算 ({@code GET /api/v1/settlements?from=&to=}): per leader, the groups they run and what those sold in the
 * period. A deal belongs to the period of its delivery date, or, without one, of the day it was opened (in its
 * group's time zone); cancelled deals sell nothing. A group is settled to its first leader; its commission rate
 * is its own, else its leader's, else none. Reads only; back office only.
 */
public final class Settlements {

    /** The longest period settled at once. */
    public static final int MAX_DAYS = 366;

    private final ActionPorts ports;

    public Settlements(ActionPorts ports) {
        this.ports = ports;
    }

    public record Command(LocalDate from, LocalDate to, Actor actor) {}

    public ActionResult<Settlement> settle(Command command) {
        if (!Permissions.runsTheBackOffice(command.actor())) {
            return ActionResult.refused(Refusal.notAllowed(command.actor().id() + " does not run the back office"));
        }
        if (command.from() == null || command.to() == null || command.to().isBefore(command.from())) {
            return ActionResult.refused(Refusal.invalid("a settlement needs from and to, from not after to"));
        }
        if (ChronoUnit.DAYS.between(command.from(), command.to()) >= MAX_DAYS) {
            return ActionResult.refused(Refusal.invalid("a settlement covers at most " + MAX_DAYS + " days"));
        }
        return ActionResult.done(settle(command.from(), command.to()));
    }

    private Settlement settle(LocalDate from, LocalDate to) {
        Map<Long, GroupFigures> groups = new TreeMap<>();
        for (Deal deal : deals(from, to)) {
            List<Order> orders = ports.orders().findByDeal(deal.id());
            for (long groupId : deal.groupIds()) {
                Optional<ChatGroup> group = ports.groups().findById(groupId);
                if (group.isEmpty() || !inPeriod(deal, group.get(), from, to)) {
                    continue;
                }
                GroupFigures figures = groups.computeIfAbsent(groupId, id -> new GroupFigures(group.get()));
                figures.add(
                        deal,
                        orders.stream().filter(o -> o.groupId() == groupId).toList());
            }
        }
        Map<String, List<GroupFigures>> byLeader = new LinkedHashMap<>();
        Map<String, Leader> leaders = new LinkedHashMap<>();
        Rates rates = new Rates(ports);
        for (GroupFigures figures : groups.values()) {
            Leader leader = rates.leaderOf(figures.group());
            String key = leader == null ? "" : leader.key();
            leaders.putIfAbsent(key, leader);
            byLeader.computeIfAbsent(key, k -> new ArrayList<>()).add(figures);
        }
        List<Settlement.LeaderSettlement> settled = new ArrayList<>();
        byLeader.forEach((key, list) -> settled.add(LeaderTotals.of(leaders.get(key), list, rates)));
        long deals = groups.values().stream()
                .flatMap(g -> g.deals().stream())
                .distinct()
                .count();
        return new Settlement(from, to, settled, LeaderTotals.total(settled, (int) deals));
    }

    /** Deals delivered in the period, and deals without a delivery date opened around it; none cancelled. */
    private List<Deal> deals(LocalDate from, LocalDate to) {
        List<Deal> deals = new ArrayList<>(ports.deals().findDelivered(from, to));
        deals.addAll(ports.deals()
                .findUndated(
                        from.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        to.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC)));
        return deals.stream().filter(d -> d.status() != DealStatus.CANCELLED).toList();
    }

    private static boolean inPeriod(Deal deal, ChatGroup group, LocalDate from, LocalDate to) {
        LocalDate day = deal.deliveryDate() != null
                ? deal.deliveryDate()
                : deal.createdAt().atZone(group.zone()).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
