package dev.groupbuy.adapters.persistence.order;

import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.order.PaymentStatus;
import java.time.Instant;
import java.util.List;

/** Maps orders, their items and history entries to and from rows. */
final class OrderRows {

    private OrderRows() {}

    static OrderDO toRow(Order order, Instant updatedAt) {
        OrderDO row = new OrderDO();
        row.setId(order.id());
        row.setDealId(order.dealId());
        row.setGroupId(order.groupId());
        row.setName(order.name());
        row.setMemberId(order.memberId());
        row.setStatus(order.status().wireName());
        row.setSeq(order.seq());
        row.setLine(order.line());
        row.setNote(cut(order.note(), 255));
        row.setPaymentStatus(order.payment().wireName());
        row.setVersion(order.version());
        row.setUpdatedAt(updatedAt);
        return row;
    }

    static OrderItemDO toRow(long orderId, OrderItem item) {
        OrderItemDO row = new OrderItemDO();
        row.setOrderId(orderId);
        row.setSku(item.sku());
        row.setQty(item.qty());
        return row;
    }

    static OrderHistoryDO toRow(OrderChange change) {
        OrderHistoryDO row = new OrderHistoryDO();
        row.setOrderId(change.orderId());
        row.setDealId(change.dealId());
        row.setChangedAt(change.at());
        row.setActor(change.actor());
        row.setAction(change.action());
        row.setBeforeText(change.before() == null ? "" : change.before());
        row.setAfterText(change.after() == null ? "" : change.after());
        row.setInboxId(change.inboxId());
        row.setDoor(change.door().wireName());
        return row;
    }

    static Order toOrder(OrderDO row, List<OrderItem> items) {
        return new Order(
                row.getId(),
                row.getDealId(),
                row.getGroupId(),
                row.getName(),
                row.getMemberId(),
                items,
                OrderStatus.fromWireName(row.getStatus()),
                row.getSeq(),
                row.getLine(),
                row.getVersion(),
                row.getUpdatedAt(),
                row.getNote(),
                row.getPaymentStatus() == null
                        ? PaymentStatus.UNPAID
                        : PaymentStatus.fromWireName(row.getPaymentStatus()));
    }

    static OrderItem toItem(OrderItemDO row) {
        return new OrderItem(row.getSku(), row.getQty());
    }

    static OrderChange toChange(OrderHistoryDO row) {
        return new OrderChange(
                row.getId(),
                row.getOrderId(),
                row.getDealId(),
                row.getChangedAt(),
                row.getActor(),
                row.getAction(),
                row.getBeforeText(),
                row.getAfterText(),
                row.getInboxId(),
                row.getDoor() == null ? Door.CHAT : Door.fromWireName(row.getDoor()));
    }

    /** At most {@code chars} UTF-16 units, never half an emoji. */
    private static String cut(String value, int chars) {
        if (value == null || value.length() <= chars) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(chars - 1)) ? chars - 1 : chars;
        return value.substring(0, end);
    }
}
