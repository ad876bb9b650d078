package dev.groupbuy.adapters.persistence.commission;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface GroupCommissionMapper extends BaseMapper<GroupCommissionDO> {}
