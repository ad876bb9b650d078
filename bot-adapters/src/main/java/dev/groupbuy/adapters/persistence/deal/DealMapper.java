package dev.groupbuy.adapters.persistence.deal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface DealMapper extends BaseMapper<DealDO> {

    /** Newest first; a {@code null} filter is not applied. */
    default List<DealDO> find(Long groupId, String status) {
        LambdaQueryWrapper<DealDO> query = Wrappers.<DealDO>lambdaQuery()
                .eq(status != null, DealDO::getStatus, status)
                .orderByDesc(DealDO::getCreatedAt)
                .orderByDesc(DealDO::getId);
        if (groupId != null) {
            query.inSql(DealDO::getId, "SELECT deal_id FROM deal_groups WHERE group_id = " + groupId.longValue());
        }
        return selectList(query);
    }

    /** One conditional UPDATE, so two racing callers cannot both move the deal. */
    default boolean changeStatus(long id, String expected, String next, Instant at) {
        return update(Wrappers.<DealDO>lambdaUpdate()
                        .set(DealDO::getStatus, next)
                        .set(DealDO::getUpdatedAt, at)
                        .eq(DealDO::getId, id)
                        .eq(DealDO::getStatus, expected))
                == 1;
    }
}
