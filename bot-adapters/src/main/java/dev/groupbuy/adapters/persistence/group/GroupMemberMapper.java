package dev.groupbuy.adapters.persistence.group;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface GroupMemberMapper extends BaseMapper<GroupMemberDO> {

    default List<GroupMemberDO> findByGroup(long groupId) {
        return selectList(Wrappers.<GroupMemberDO>lambdaQuery()
                .eq(GroupMemberDO::getGroupId, groupId)
                .orderByAsc(GroupMemberDO::getId));
    }

    default GroupMemberDO find(long groupId, String userId) {
        return selectOne(Wrappers.<GroupMemberDO>lambdaQuery()
                .eq(GroupMemberDO::getGroupId, groupId)
                .eq(GroupMemberDO::getUserId, userId));
    }

    /** @return rows changed: 0 when the member is not stored yet */
    default int updateNameAndRole(long groupId, String userId, String name, String role) {
        return update(Wrappers.<GroupMemberDO>lambdaUpdate()
                .set(GroupMemberDO::getName, name)
                .set(GroupMemberDO::getRole, role)
                .eq(GroupMemberDO::getGroupId, groupId)
                .eq(GroupMemberDO::getUserId, userId));
    }
}
