package dev.groupbuy.core.action;

/**
 * Why a use case changed nothing.
 *
 * @param detail a short English sentence for logs and the API's problem JSON; doors that talk to people
 *     (the chat) phrase the {@link Reason} themselves
 */
public record Refusal(Reason reason, String detail) {

    public enum Reason {
        /** The deal, order or group does not exist. */
        NOT_FOUND,
        /** The actor may not do this (a resident trying a leader's action). */
        NOT_ALLOWED,
        /** The deal or order is in a status that does not allow it (closing a closed deal). */
        WRONG_STATE,
        /** The input makes no sense (no readable product, an unknown sku, a zero quantity). */
        INVALID,
        /** The input is past a size cap (a catalog past {@link dev.groupbuy.core.deal.CatalogLimits}). */
        TOO_LARGE,
        /** The action needs a confirmation first (a leader cancelling a whole deal). */
        NOT_CONFIRMED
    }

    public static Refusal notFound(String detail) {
        return new Refusal(Reason.NOT_FOUND, detail);
    }

    public static Refusal notAllowed(String detail) {
        return new Refusal(Reason.NOT_ALLOWED, detail);
    }

    public static Refusal wrongState(String detail) {
        return new Refusal(Reason.WRONG_STATE, detail);
    }

    public static Refusal invalid(String detail) {
        return new Refusal(Reason.INVALID, detail);
    }

    public static Refusal tooLarge(String detail) {
        return new Refusal(Reason.TOO_LARGE, detail);
    }
}
