package dev.groupbuy.core.command;

import dev.groupbuy.core.deal.DealStatus;
import java.util.List;

/**
 * Which of the group's deals a command acts on. Deals in the first status listed win; among several there,
 * the words after the command name one by its title, else the bot asks. When the first status has none, the
 * newest deal in a later status is taken.
 */
public enum Target {
    /** No deal: the command works on the group ({@code #开团}, {@code #我的}, {@code #帮助}). */
    NONE(List.of()),
    /** The open deal ({@code #截单}). */
    OPEN(List.of(DealStatus.OPEN)),
    /** The closed deal ({@code #恢复接龙}, {@code #到货}). */
    CLOSED(List.of(DealStatus.CLOSED)),
    /** The open deal, else the newest closed or arrived one ({@code #汇总}, {@code #名单}, {@code #补单}). */
    CURRENT(List.of(DealStatus.OPEN, DealStatus.CLOSED, DealStatus.ARRIVED)),
    /** The deal being picked up: arrived, else closed ({@code #核销}, {@code #未取}). */
    PICKUP(List.of(DealStatus.ARRIVED, DealStatus.CLOSED)),
    /** A deal that can still be called off: open, else closed ({@code #取消团}). */
    CANCELLABLE(List.of(DealStatus.OPEN, DealStatus.CLOSED));

    private final List<DealStatus> statuses;

    Target(List<DealStatus> statuses) {
        this.statuses = statuses;
    }

    public List<DealStatus> statuses() {
        return statuses;
    }
}
