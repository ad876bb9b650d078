package dev.groupbuy.adapters.platform;

/**
 * How the bot posts in one group.
 *
 * @param webhookKey the group robot's key ({@link ChannelType#WECOM_ROBOT}); a secret
 * @param senderUserId the employee who owns the customer group ({@link ChannelType#WECOM_CUSTOMER_GROUP})
 */
public record GroupChannel(ChannelType type, String webhookKey, String senderUserId) {

    public GroupChannel {
        if (type == null) {
            throw new IllegalArgumentException("a channel needs a type");
        }
        if (type == ChannelType.WECOM_ROBOT && (webhookKey == null || webhookKey.isBlank())) {
            throw new IllegalArgumentException("a wecom-robot channel needs its webhookKey");
        }
        if (type == ChannelType.WECOM_CUSTOMER_GROUP && (senderUserId == null || senderUserId.isBlank())) {
            throw new IllegalArgumentException("a wecom-customer-group channel needs the owner's senderUserId");
        }
    }

    public static GroupChannel robot(String webhookKey) {
        return new GroupChannel(ChannelType.WECOM_ROBOT, webhookKey, null);
    }
}
