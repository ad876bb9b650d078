package dev.groupbuy.core.product;

import dev.groupbuy.core.store.TextLimit;

/**
 * Someone the operator buys products from; the purchase list (采购单) is made per supplier.
 *
 * @param id {@code null} until stored
 * @param name unique among suppliers
 * @param contact phone, WeChat or a person to call, as the operator writes it, else empty
 * @param note anything else (delivery days, minimum order), else empty
 */
public record Supplier(Long id, String name, String contact, String note) {

    public static final int MAX_NAME_LENGTH = 128;
    public static final int MAX_CONTACT_LENGTH = 255;
    public static final int MAX_NOTE_LENGTH = 1_000;

    public Supplier {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a supplier needs a name");
        }
        name = name.strip();
        contact = contact == null ? "" : contact.strip();
        note = note == null ? "" : note.strip();
        check(name, MAX_NAME_LENGTH, "name");
        check(contact, MAX_CONTACT_LENGTH, "contact");
        check(note, MAX_NOTE_LENGTH, "note");
    }

    public Supplier withId(long newId) {
        return new Supplier(newId, name, contact, note);
    }

    public String describe() {
        return name + (contact.isEmpty() ? "" : " " + contact) + (note.isEmpty() ? "" : " " + note);
    }

    private static void check(String value, int max, String what) {
        if (!TextLimit.fits(value, max)) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
    }
}
