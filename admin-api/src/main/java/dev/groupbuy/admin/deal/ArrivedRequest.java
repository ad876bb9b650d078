package dev.groupbuy.admin.deal;

import jakarta.validation.constraints.Size;

/** @param pickup where and when to pick up, replacing the deal's; absent keeps the deal's */
record ArrivedRequest(@Size(max = 1000) String pickup) {}
