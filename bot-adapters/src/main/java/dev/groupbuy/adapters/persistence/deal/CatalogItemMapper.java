package dev.groupbuy.adapters.persistence.deal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CatalogItemMapper extends BaseMapper<CatalogItemDO> {

    /** The items of the deals, each deal's in catalog order. */
    default List<CatalogItemDO> findByDeals(Collection<Long> dealIds) {
        return selectList(Wrappers.<CatalogItemDO>lambdaQuery()
                .in(CatalogItemDO::getDealId, dealIds)
                .orderByAsc(CatalogItemDO::getDealId)
                .orderByAsc(CatalogItemDO::getPosition));
    }
}
