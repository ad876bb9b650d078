package dev.groupbuy.adapters.persistence;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Stored groups and deals for tests. Every call makes fresh chat ids, so tests sharing one database
 * (MariaDB keeps its rows between test classes) never see each other's data.
 */
public final class StoreFixtures {

    private StoreFixtures() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static ChatGroup aStoredGroup(GroupRepository groups) {
        ChatGroup group = new ChatGroup(null, "sandbox", unique("chat"), "幸福里3号楼团购群", null, null);
        return groups.create(group, List.of(new Member(0, unique("leader"), "王团长", Role.LEADER)));
    }

    public static Deal aStoredDeal(DealRepository deals, long groupId) {
        List<CatalogItem> catalog = List.of(
                CatalogItem.of("A", "丹东草莓", List.of("草莓", "A"), "盒", new BigDecimal("39.90")),
                new CatalogItem("B", "赣南脐橙", List.of("橙子"), "斤", new BigDecimal("4.50"), 100, 10));
        Deal deal = new Deal(null, "周五水果团", DealStatus.OPEN, List.of(groupId), catalog, null, "3号楼门口", null);
        return deals.create(deal);
    }
}
