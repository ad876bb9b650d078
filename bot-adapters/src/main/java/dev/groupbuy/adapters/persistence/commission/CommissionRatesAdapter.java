package dev.groupbuy.adapters.persistence.commission;

import dev.groupbuy.core.commission.CommissionRates;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CommissionRates} on the {@code group_commissions} and {@code leader_commissions} tables. Writes run
 * under the back office's lock (the use case takes it), so a read-then-write cannot race another.
 */
class CommissionRatesAdapter implements CommissionRates {

    private final GroupCommissionMapper groups;
    private final LeaderCommissionMapper leaders;
    private final Clock clock;

    CommissionRatesAdapter(GroupCommissionMapper groups, LeaderCommissionMapper leaders, Clock clock) {
        this.groups = groups;
        this.leaders = leaders;
        this.clock = clock;
    }

    @Override
    public Optional<BigDecimal> ofGroup(long groupId) {
        return Optional.ofNullable(groups.selectById(groupId)).map(GroupCommissionDO::getRate);
    }

    @Override
    public Optional<BigDecimal> ofLeader(String platform, String userId) {
        return Optional.ofNullable(leaders.find(platform, userId)).map(LeaderCommissionDO::getRate);
    }

    @Override
    public Map<Long, BigDecimal> groupRates() {
        Map<Long, BigDecimal> rates = new LinkedHashMap<>();
        groups.selectList(null).forEach(row -> rates.put(row.getGroupId(), row.getRate()));
        return rates;
    }

    @Override
    public Map<String, BigDecimal> leaderRates() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        leaders.selectList(null).forEach(row -> rates.put(row.getPlatform() + "/" + row.getUserId(), row.getRate()));
        return rates;
    }

    @Override
    public void setGroup(long groupId, BigDecimal rate) {
        if (rate == null) {
            groups.deleteById(groupId);
            return;
        }
        GroupCommissionDO row = new GroupCommissionDO();
        row.setGroupId(groupId);
        row.setRate(rate);
        row.setUpdatedAt(clock.instant());
        if (groups.updateById(row) == 0) {
            groups.insert(row);
        }
    }

    @Override
    public void setLeader(String platform, String userId, BigDecimal rate) {
        if (rate == null) {
            leaders.remove(platform, userId);
            return;
        }
        LeaderCommissionDO row = leaders.find(platform, userId);
        if (row == null) {
            row = new LeaderCommissionDO();
            row.setPlatform(platform);
            row.setUserId(userId);
        }
        row.setRate(rate);
        row.setUpdatedAt(clock.instant());
        if (row.getId() == null) {
            leaders.insert(row);
        } else {
            leaders.updateById(row);
        }
    }
}
