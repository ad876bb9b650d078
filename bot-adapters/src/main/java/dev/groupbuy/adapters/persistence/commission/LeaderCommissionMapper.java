package dev.groupbuy.adapters.persistence.commission;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface LeaderCommissionMapper extends BaseMapper<LeaderCommissionDO> {

    default LeaderCommissionDO find(String platform, String userId) {
        return selectOne(Wrappers.<LeaderCommissionDO>lambdaQuery()
                .eq(LeaderCommissionDO::getPlatform, platform)
                .eq(LeaderCommissionDO::getUserId, userId));
    }

    default int remove(String platform, String userId) {
        return delete(Wrappers.<LeaderCommissionDO>lambdaQuery()
                .eq(LeaderCommissionDO::getPlatform, platform)
                .eq(LeaderCommissionDO::getUserId, userId));
    }
}
