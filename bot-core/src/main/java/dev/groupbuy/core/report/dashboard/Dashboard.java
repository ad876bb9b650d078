package dev.groupbuy.core.report.dashboard;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.product.Product;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard ({@code GET /api/v1/dashboard}): orders and amount today and per day, per group and per
 * product, over the orders that count (not cancelled, not refunded) of deals not cancelled, each on the day it
 * was placed in the zone. The store adds the orders up (a couple of grouped queries per stretch of one offset,
 * never a query per order or deal); amounts follow the deals' own rule ({@code Amounts}). Reads only; back
 * office only.
 */
public final class Dashboard {

    /** The longest period shown at once. */
    public static final int MAX_DAYS = 92;
    /** The period shown when none is asked for: the last two weeks, today included. */
    public static final int DEFAULT_DAYS = 14;

    public static final int DEFAULT_TOP = 10;
    public static final int MAX_TOP = 100;

    private final ActionPorts ports;
    private final SalesFigures figures;

    public Dashboard(ActionPorts ports, SalesFigures figures) {
        this.ports = ports;
        this.figures = figures;
    }

    /**
     * @param from first day, {@code null}: {@value #DEFAULT_DAYS} days before {@code to}, {@code to} included
     * @param to last day, {@code null}: today
     * @param zone where days start, {@code null}: the group's zone, or Asia/Shanghai for all groups
     * @param groupId one group, {@code null}: all
     * @param top how many products to list, {@code null}: {@value #DEFAULT_TOP}
     */
    public record Command(LocalDate from, LocalDate to, ZoneId zone, Long groupId, Integer top, Actor actor) {}

    public ActionResult<DashboardFigures> show(Command command) {
        if (!Permissions.runsTheBackOffice(command.actor())) {
            return ActionResult.refused(Refusal.notAllowed(command.actor().id() + " does not run the back office"));
        }
        Optional<ChatGroup> group = Optional.empty();
        if (command.groupId() != null) {
            group = ports.groups().findById(command.groupId());
            if (group.isEmpty()) {
                return ActionResult.refused(Refusal.notFound("no group with id " + command.groupId()));
            }
        }
        ZoneId zone = command.zone() != null
                ? command.zone()
                : group.map(ChatGroup::zone).orElse(ChatGroup.DEFAULT_ZONE);
        LocalDate today = LocalDate.now(ports.clock().withZone(zone));
        LocalDate to = command.to() != null ? command.to() : today;
        LocalDate from = command.from() != null ? command.from() : to.minusDays(DEFAULT_DAYS - 1);
        int top = command.top() != null ? command.top() : DEFAULT_TOP;
        Optional<String> invalid = invalid(from, to, top);
        if (invalid.isPresent()) {
            return ActionResult.refused(Refusal.invalid(invalid.get()));
        }
        Map<Long, Product> products = products();
        SalesTally period = tally(from, to, zone, command.groupId(), products);
        DashboardFigures.Figures todays = !today.isBefore(from) && !today.isAfter(to)
                ? period.on(today)
                : tally(today, today, zone, command.groupId(), products).on(today);
        List<DashboardFigures.Day> days = from.datesUntil(to.plusDays(1))
                .map(day -> new DashboardFigures.Day(day, period.on(day)))
                .toList();
        return ActionResult.done(new DashboardFigures(
                from,
                to,
                zone,
                command.groupId(),
                new DashboardFigures.Day(today, todays),
                period.total(),
                days,
                period.groups(groupNames()),
                period.products(top),
                period.productCount()));
    }

    private static Optional<String> invalid(LocalDate from, LocalDate to, int top) {
        if (to.isBefore(from)) {
            return Optional.of("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Optional.of("the dashboard shows at most " + MAX_DAYS + " days at once; " + from + " to " + to
                    + " are " + (ChronoUnit.DAYS.between(from, to) + 1));
        }
        if (top < 1 || top > MAX_TOP) {
            return Optional.of("'top' must be between 1 and " + MAX_TOP);
        }
        return Optional.empty();
    }

    private SalesTally tally(LocalDate from, LocalDate to, ZoneId zone, Long groupId, Map<Long, Product> products) {
        SalesTally tally = new SalesTally(products);
        for (SalesFigures.Window window : ZoneDays.windows(from, to, zone)) {
            tally.addOrders(figures.orders(window, groupId));
            tally.addItems(figures.items(window, groupId));
        }
        return tally;
    }

    private Map<Long, Product> products() {
        return ports.office().products().findAll().stream().collect(Collectors.toMap(Product::id, Function.identity()));
    }

    private Map<Long, String> groupNames() {
        return ports.groups().findAll().stream().collect(Collectors.toMap(ChatGroup::id, ChatGroup::name));
    }
}
