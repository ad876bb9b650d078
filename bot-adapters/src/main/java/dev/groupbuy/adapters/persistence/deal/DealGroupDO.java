package dev.groupbuy.adapters.persistence.deal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Row of {@code deal_groups}: the deal is posted to the group. */
@TableName("deal_groups")
class DealGroupDO {

    @TableId(type = IdType.AUTO)
    private Long id;

    private Long dealId;
    private Long groupId;

    static DealGroupDO of(long dealId, long groupId) {
        DealGroupDO row = new DealGroupDO();
        row.setDealId(dealId);
        row.setGroupId(groupId);
        return row;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getDealId() {
        return dealId;
    }

    public void setDealId(Long dealId) {
        this.dealId = dealId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
