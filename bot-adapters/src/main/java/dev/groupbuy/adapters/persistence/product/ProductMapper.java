package dev.groupbuy.adapters.persistence.product;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ProductMapper extends BaseMapper<ProductDO> {

    default List<ProductDO> findAllById() {
        return selectList(Wrappers.<ProductDO>lambdaQuery().orderByAsc(ProductDO::getId));
    }

    /** Every column but the creation time, so a cleared cost or supplier is stored as cleared. */
    default void replace(ProductDO row) {
        update(Wrappers.<ProductDO>lambdaUpdate()
                .set(ProductDO::getName, row.getName())
                .set(ProductDO::getAliases, row.getAliases())
                .set(ProductDO::getUnit, row.getUnit())
                .set(ProductDO::getPrice, row.getPrice())
                .set(ProductDO::getCost, row.getCost())
                .set(ProductDO::getSupplierId, row.getSupplierId())
                .set(ProductDO::getSpec, row.getSpec())
                .set(ProductDO::getUpdatedAt, row.getUpdatedAt())
                .eq(ProductDO::getId, row.getId()));
    }
}
