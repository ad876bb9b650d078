package dev.groupbuy.adapters.persistence.group;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ChatGroupMapper extends BaseMapper<ChatGroupDO> {

    default ChatGroupDO findByChat(String platform, String chatId) {
        return selectOne(Wrappers.<ChatGroupDO>lambdaQuery()
                .eq(ChatGroupDO::getPlatform, platform)
                .eq(ChatGroupDO::getChatId, chatId));
    }

    default List<ChatGroupDO> findAllById() {
        return selectList(Wrappers.<ChatGroupDO>lambdaQuery().orderByAsc(ChatGroupDO::getId));
    }
}
