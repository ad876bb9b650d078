package dev.groupbuy.adapters.platform;

import java.util.Arrays;
import java.util.Locale;

/** How the bot posts in a group, on platforms that offer several ways. */
public enum ChannelType {
    /** A WeCom group robot's webhook (20 messages a minute): needs its webhook key. */
    WECOM_ROBOT("wecom-robot"),
    /** A group chat the WeCom app created (appchat): internal members only. */
    WECOM_APPCHAT("wecom-appchat"),
    /**
     * A WeCom customer group (客户群): a mass-send task the owner employee confirms in WeCom, at most one a day
     * per group and month. Needs the employee's user id.
     */
    WECOM_CUSTOMER_GROUP("wecom-customer-group");

    private final String wireName;

    ChannelType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ChannelType fromWireName(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown send type '" + value + "'"));
    }
}
