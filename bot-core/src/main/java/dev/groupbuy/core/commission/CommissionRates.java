package dev.groupbuy.core.commission;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the commission rates, per group and per leader. A group's own rate comes first; a leader's rate
 * applies to their groups that have none.
 */
public interface CommissionRates {

    Optional<BigDecimal> ofGroup(long groupId);

    Optional<BigDecimal> ofLeader(String platform, String userId);

    /** Every group's own rate, by group id. */
    Map<Long, BigDecimal> groupRates();

    /** Every leader's rate, by {@link Leader#key()}. */
    Map<String, BigDecimal> leaderRates();

    /** Sets the group's rate; {@code null} removes it. */
    void setGroup(long groupId, BigDecimal rate);

    /** Sets the leader's rate; {@code null} removes it. */
    void setLeader(String platform, String userId, BigDecimal rate);
}
