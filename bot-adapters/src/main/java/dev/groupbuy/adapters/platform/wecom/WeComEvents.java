package dev.groupbuy.adapters.platform.wecom;

/** What the app callback's events set going; implementations return at once and do the work afterwards. */
public interface WeComEvents {

    /** {@code msgaudit_notify}: the message archive has new data (at most every 15 s). */
    void archiveNotified();

    /** {@code change_external_chat}: a customer group was created, changed or dismissed. */
    void externalChatChanged(String chatId, String changeType, String updateDetail);
}
