package dev.groupbuy.adapters.persistence.product;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface SupplierMapper extends BaseMapper<SupplierDO> {

    default List<SupplierDO> findAllById() {
        return selectList(Wrappers.<SupplierDO>lambdaQuery().orderByAsc(SupplierDO::getId));
    }
}
