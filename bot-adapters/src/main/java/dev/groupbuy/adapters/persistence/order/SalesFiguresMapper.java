package dev.groupbuy.adapters.persistence.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Orders counted in groups for the dashboard: one grouped query for orders, one for their items, over the
 * orders created in {@code [from, to)}, each dated by {@code created_at} (UTC) moved by {@code offsetSeconds}.
 * The day is worked out in a derived table so both H2 and MariaDB group by the same plain column.
 */
@Mapper
interface SalesFiguresMapper {

    String PLACED = " FROM orders o JOIN deals d ON d.id = o.deal_id";
    String DAY = "CAST(TIMESTAMPADD(SECOND, #{offsetSeconds}, o.created_at) AS DATE) AS placed_on";
    String WHERE = " WHERE o.created_at &gt;= #{from} AND o.created_at &lt; #{to}"
            + "<if test='groupId != null'> AND o.group_id = #{groupId}</if>";

    @Select("<script>SELECT t.placed_on, t.group_id, t.deal_status, t.status, t.payment_status, COUNT(*) AS n"
            + " FROM (SELECT " + DAY + ", o.group_id, d.status AS deal_status, o.status, o.payment_status"
            + PLACED + WHERE + ") t"
            + " GROUP BY t.placed_on, t.group_id, t.deal_status, t.status, t.payment_status</script>")
    List<OrderCountRow> orders(
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("offsetSeconds") int offsetSeconds,
            @Param("groupId") Long groupId);

    @Select(
            "<script>SELECT t.placed_on, t.group_id, t.deal_status, t.status, t.payment_status, t.name, t.unit, t.price,"
                    + " t.product_id, t.qty, COUNT(*) AS n"
                    + " FROM (SELECT " + DAY + ", o.group_id, d.status AS deal_status, o.status, o.payment_status,"
                    + " c.name, c.unit, c.price, c.product_id, i.qty"
                    + PLACED + " JOIN order_items i ON i.order_id = o.id"
                    + " JOIN catalog_items c ON c.deal_id = o.deal_id AND c.sku = i.sku"
                    + WHERE + ") t"
                    + " GROUP BY t.placed_on, t.group_id, t.deal_status, t.status, t.payment_status, t.name, t.unit, t.price,"
                    + " t.product_id, t.qty</script>")
    List<ItemCountRow> items(
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("offsetSeconds") int offsetSeconds,
            @Param("groupId") Long groupId);

    record OrderCountRow(
            LocalDate day, Long groupId, String dealStatus, String status, String paymentStatus, Long orders) {}

    record ItemCountRow(
            LocalDate day,
            Long groupId,
            String dealStatus,
            String status,
            String paymentStatus,
            String name,
            String unit,
            BigDecimal price,
            Long productId,
            BigDecimal qty,
            Long orders) {}
}
