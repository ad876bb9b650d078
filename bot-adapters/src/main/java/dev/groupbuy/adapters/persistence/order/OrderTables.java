package dev.groupbuy.adapters.persistence.order;

/** The mappers behind orders: the order rows, their items and their history. */
record OrderTables(OrderMapper orders, OrderItemMapper items, OrderHistoryMapper history) {}
