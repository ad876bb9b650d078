package dev.groupbuy.adapters.persistence.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface InboxMapper extends BaseMapper<InboxDO> {

    default List<InboxDO> findInStates(List<String> states, int limit) {
        return selectList(Wrappers.<InboxDO>lambdaQuery()
                .in(InboxDO::getState, states)
                .orderByAsc(InboxDO::getId)
                .last("LIMIT " + limit));
    }

    default void markState(long id, String state, String detail, Instant at) {
        update(Wrappers.<InboxDO>lambdaUpdate()
                .set(InboxDO::getState, state)
                .set(InboxDO::getDetail, detail)
                .set(InboxDO::getUpdatedAt, at)
                .eq(InboxDO::getId, id));
    }
}
