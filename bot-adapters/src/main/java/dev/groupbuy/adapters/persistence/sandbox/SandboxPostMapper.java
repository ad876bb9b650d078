package dev.groupbuy.adapters.persistence.sandbox;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface SandboxPostMapper extends BaseMapper<SandboxPostDO> {

    @Update("UPDATE sandbox_posts SET repeats = repeats + 1 WHERE idempotency_key = #{key}")
    int countRepeat(@Param("key") String key);
}
