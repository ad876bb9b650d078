package dev.groupbuy.adapters.persistence.signup;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;

/** Only inserts and reads: the ledger is append-only. */
@Mapper
interface SignUpLineMapper extends BaseMapper<SignUpLineDO> {

    default Set<String> fingerprints(long dealId, long groupId) {
        return fingerprintsOf(selectList(Wrappers.<SignUpLineDO>lambdaQuery()
                .select(SignUpLineDO::getFingerprint)
                .eq(SignUpLineDO::getDealId, dealId)
                .eq(SignUpLineDO::getGroupId, groupId)));
    }

    /** Which of {@code candidates} are already stored for the deal and group. */
    default Set<String> existing(long dealId, long groupId, Collection<String> candidates) {
        return fingerprintsOf(selectList(Wrappers.<SignUpLineDO>lambdaQuery()
                .select(SignUpLineDO::getFingerprint)
                .eq(SignUpLineDO::getDealId, dealId)
                .eq(SignUpLineDO::getGroupId, groupId)
                .in(SignUpLineDO::getFingerprint, candidates)));
    }

    private static Set<String> fingerprintsOf(Iterable<SignUpLineDO> rows) {
        Set<String> found = new HashSet<>();
        rows.forEach(row -> found.add(row.getFingerprint()));
        return found;
    }
}
