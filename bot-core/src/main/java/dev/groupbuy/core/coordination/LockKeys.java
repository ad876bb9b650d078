package dev.groupbuy.core.coordination;

/** The {@link Locks} keys every door uses, so a chat message and an API call on one deal exclude each other. */
public final class LockKeys {

    private LockKeys() {}

    public static String deal(long dealId) {
        return "deal:" + dealId;
    }

    public static String group(long groupId) {
        return "group:" + groupId;
    }

    /** The product library, the suppliers and the commission rates. */
    public static String backOffice() {
        return "back-office";
    }
}
