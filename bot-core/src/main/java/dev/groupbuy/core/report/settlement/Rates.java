package dev.groupbuy.core.report.settlement;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.commission.Leader;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.math.BigDecimal;
import java.util.Map;

/** Who a group is settled to, and the commission rate that applies: the group's, else its leader's, else 0. */
final class Rates {

    private final ActionPorts ports;
    private final Map<Long, BigDecimal> groupRates;
    private final Map<String, BigDecimal> leaderRates;

    Rates(ActionPorts ports) {
        this.ports = ports;
        this.groupRates = ports.office().rates().groupRates();
        this.leaderRates = ports.office().rates().leaderRates();
    }

    /** The group's first leader, or {@code null} when it has none. */
    Leader leaderOf(ChatGroup group) {
        return ports.groups().members(group.id()).stream()
                .filter(m -> m.role() == Role.LEADER)
                .findFirst()
                .map((Member m) -> new Leader(group.platform(), m.userId(), m.name()))
                .orElse(null);
    }

    Settlement.RateFrom from(long groupId, Leader leader) {
        if (groupRates.containsKey(groupId)) {
            return Settlement.RateFrom.GROUP;
        }
        return leader != null && leaderRates.containsKey(leader.key())
                ? Settlement.RateFrom.LEADER
                : Settlement.RateFrom.NONE;
    }

    BigDecimal rate(long groupId, Leader leader) {
        return switch (from(groupId, leader)) {
            case GROUP -> groupRates.get(groupId);
            case LEADER -> leaderRates.get(leader.key());
            case NONE -> BigDecimal.ZERO.setScale(4);
        };
    }
}
