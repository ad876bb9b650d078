package dev.groupbuy.admin.goods;

import dev.groupbuy.core.report.goods.Sorting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Sorting and delivery sheets as the API shows them: per group the products to pack, and the residents' bags
 * sorted by building and room, with what each still owes ({@code unpaid}).
 */
record SortingView(String title, LocalDate deliveryDate, List<Long> dealIds, List<GroupView> groups) {

    static SortingView of(Sorting s) {
        return new SortingView(
                s.title(),
                s.deliveryDate(),
                s.dealIds(),
                s.groups().stream().map(GroupView::of).toList());
    }

    record GroupView(
            long groupId,
            String name,
            String leader,
            List<String> deals,
            String pickup,
            List<PackView> products,
            List<BagView> residents,
            BigDecimal amount,
            BigDecimal unpaid) {

        static GroupView of(Sorting.GroupSheet g) {
            return new GroupView(
                    g.groupId(),
                    g.groupName(),
                    g.leader(),
                    g.deals(),
                    g.pickup(),
                    g.products().stream()
                            .map(p -> new PackView(p.productId(), p.name(), p.spec(), p.unit(), p.qty()))
                            .toList(),
                    g.bags().stream().map(BagView::of).toList(),
                    g.amount(),
                    g.unpaid());
        }
    }

    record PackView(Long productId, String name, String spec, String unit, BigDecimal qty) {}

    /** @param numbers the resident's 序号 in each deal's list */
    record BagView(
            String note,
            String name,
            List<ItemView> items,
            BigDecimal amount,
            BigDecimal unpaid,
            List<Integer> numbers) {

        static BagView of(Sorting.Bag b) {
            return new BagView(
                    b.note(),
                    b.name(),
                    b.items().stream()
                            .map(i -> new ItemView(i.name(), i.unit(), i.qty()))
                            .toList(),
                    b.amount(),
                    b.unpaid(),
                    b.numbers());
        }
    }

    record ItemView(String name, String unit, BigDecimal qty) {}
}
