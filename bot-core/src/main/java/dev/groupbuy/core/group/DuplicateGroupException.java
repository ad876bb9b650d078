package dev.groupbuy.core.group;

/** A group with the same platform and chat id is already registered. */
public class DuplicateGroupException extends RuntimeException {
    public DuplicateGroupException(String platform, String chatId) {
        super("group " + platform + "/" + chatId + " already exists");
    }
}
