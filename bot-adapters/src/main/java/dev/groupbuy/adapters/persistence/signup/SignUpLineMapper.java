package dev.groupbuy.adapters.persistence.signup;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

/** Only inserts and reads: the ledger is append-only. */
@Mapper
interface SignUpLineMapper extends BaseMapper<SignUpLineDO> {

    /** Static INSERT (no per-column OGNL tests); the row's id is not read back. */
    @Insert("INSERT INTO signup_lines (deal_id, group_id, fingerprint, name, text, inbox_id, seen_at, review) VALUES"
            + " (#{dealId}, #{groupId}, #{fingerprint}, #{name}, COALESCE(#{text}, ''), #{inboxId}, #{seenAt},"
            + " COALESCE(#{review}, FALSE))")
    int store(SignUpLineDO row);

    default Set<String> fingerprints(long dealId, long groupId) {
        return fingerprintsOf(selectList(Wrappers.<SignUpLineDO>lambdaQuery()
                .select(SignUpLineDO::getFingerprint)
                .eq(SignUpLineDO::getDealId, dealId)
                .eq(SignUpLineDO::getGroupId, groupId)));
    }

    /** Every line of the deal and group, in the order they were stored. */
    default List<SignUpLineDO> lines(long dealId, long groupId) {
        return selectList(Wrappers.<SignUpLineDO>lambdaQuery()
                .eq(SignUpLineDO::getDealId, dealId)
                .eq(SignUpLineDO::getGroupId, groupId)
                .orderByAsc(SignUpLineDO::getId));
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
