package dev.groupbuy.adapters.persistence.history;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ChangeLogMapper extends BaseMapper<ChangeLogDO> {

    default List<ChangeLogDO> findBySubject(String subject, String subjectId) {
        return selectList(Wrappers.<ChangeLogDO>lambdaQuery()
                .eq(ChangeLogDO::getSubject, subject)
                .eq(ChangeLogDO::getSubjectId, subjectId)
                .orderByAsc(ChangeLogDO::getId));
    }
}
