package dev.groupbuy.core.report.goods;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Sorting and delivery sheets (分拣单 / 配送单) for a deal or a delivery day: per group (the leader's pickup
 * point), the quantity of each product to pack for it, and per resident the bag's contents, sorted by building
 * and room. A resident with orders in several deals of the day gets one bag.
 *
 * @param title {@code 分拣单 2026-12-01} for a day, {@code 分拣单 <deal title>} for one deal
 * @param deliveryDate the day, or the deal's delivery date (or {@code null}) for one deal
 */
public record Sorting(String title, LocalDate deliveryDate, List<Long> dealIds, List<GroupSheet> groups) {

    /**
     * One group's sheet.
     *
     * @param leader the group's (first) leader's name, else empty
     * @param deals the titles of the deals the group's goods come from
     * @param pickup where the group picks up, as its deals say
     * @param amount what the bags sell for
     * @param unpaid what is still to be collected (unpaid orders)
     */
    public record GroupSheet(
            long groupId,
            String groupName,
            String leader,
            List<String> deals,
            String pickup,
            List<Pack> products,
            List<Bag> bags,
            BigDecimal amount,
            BigDecimal unpaid) {}

    /** How much of a product to pack for the group. */
    public record Pack(Long productId, String name, String spec, String unit, BigDecimal qty) {}

    /**
     * One resident's bag.
     *
     * @param numbers the resident's 序号 in each deal's list ({@code #名单})
     * @param note building and room (or the remark) from the resident's line
     * @param unpaid what the resident still owes for it
     */
    public record Bag(
            String note, String name, List<Item> items, BigDecimal amount, BigDecimal unpaid, List<Integer> numbers) {}

    public record Item(String name, String unit, BigDecimal qty) {}
}
