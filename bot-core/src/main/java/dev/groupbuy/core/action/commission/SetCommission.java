package dev.groupbuy.core.action.commission;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.commission.CommissionRate;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.history.Change;
import dev.groupbuy.core.history.Subject;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A leader's commission rate, for one group ({@code commissionRate} on {@code POST/PATCH /api/v1/groups}) or
 * for all the groups a leader runs that have none of their own ({@code PUT /api/v1/leaders/{platform}/{userId}/commission}).
 * Operators only; every change is in the change log, from what to what.
 */
public final class SetCommission {

    private final ActionPorts ports;

    public SetCommission(ActionPorts ports) {
        this.ports = ports;
    }

    /** @param rate a fraction such as {@code 0.10}; {@code null} removes the group's own rate */
    public record ForGroup(long groupId, BigDecimal rate, Actor actor) {}

    /** @param rate a fraction such as {@code 0.08}; {@code null} removes the leader's rate */
    public record ForLeader(String platform, String userId, BigDecimal rate, Actor actor) {}

    /** The rate before and after ({@code null}: none). */
    public record Rates(BigDecimal before, BigDecimal after) {}

    public ActionResult<Rates> forGroup(ForGroup command) {
        return guarded(command.actor(), command.rate(), rate -> {
            if (ports.groups().findById(command.groupId()).isEmpty()) {
                return ActionResult.refused(Refusal.notFound("no group with id " + command.groupId()));
            }
            BigDecimal before =
                    ports.office().rates().ofGroup(command.groupId()).orElse(null);
            return change(
                    before,
                    rate,
                    Subject.GROUP_COMMISSION,
                    String.valueOf(command.groupId()),
                    command.actor(),
                    () -> ports.office().rates().setGroup(command.groupId(), rate));
        });
    }

    public ActionResult<Rates> forLeader(ForLeader command) {
        return guarded(command.actor(), command.rate(), rate -> {
            if (!leadsAGroup(command.platform(), command.userId())) {
                return ActionResult.refused(Refusal.notFound(
                        "no group on " + command.platform() + " has " + command.userId() + " as its leader"));
            }
            BigDecimal before = ports.office()
                    .rates()
                    .ofLeader(command.platform(), command.userId())
                    .orElse(null);
            String key = command.platform() + "/" + command.userId();
            return change(
                    before,
                    rate,
                    Subject.LEADER_COMMISSION,
                    key,
                    command.actor(),
                    () -> ports.office().rates().setLeader(command.platform(), command.userId(), rate));
        });
    }

    private ActionResult<Rates> guarded(
            Actor actor, BigDecimal rawRate, Function<BigDecimal, ActionResult<Rates>> work) {
        if (!Permissions.runsTheBackOffice(actor)) {
            return ActionResult.refused(Refusal.notAllowed(actor.id() + " may not set commission rates"));
        }
        BigDecimal rate;
        try {
            rate = rawRate == null ? null : CommissionRate.of(rawRate);
        } catch (IllegalArgumentException e) {
            return ActionResult.refused(Refusal.invalid(e.getMessage()));
        }
        return ports.inBackOffice(() -> work.apply(rate));
    }

    private ActionResult<Rates> change(
            BigDecimal before, BigDecimal after, Subject subject, String id, Actor actor, Runnable store) {
        if (Objects.equals(before, after)) {
            return ActionResult.done(new Rates(before, after));
        }
        store.run();
        ports.office()
                .changes()
                .append(Change.of(
                        subject,
                        id,
                        after == null ? "cleared" : "set",
                        CommissionRate.text(before),
                        CommissionRate.text(after),
                        actor,
                        ports.clock().instant()));
        return ActionResult.done(new Rates(before, after));
    }

    private boolean leadsAGroup(String platform, String userId) {
        return ports.groups().findAll().stream()
                .filter(group -> group.platform().equals(platform))
                .map(group -> ports.groups().member(group.id(), userId))
                .flatMap(Optional::stream)
                .map(Member::role)
                .anyMatch(role -> role == Role.LEADER);
    }
}
