package dev.groupbuy.core.jielong;

/**
 * A numbered line read as if it were a sign-up, with what the chain detector needs to judge whether it
 * really is one.
 *
 * @param orderSignal the line holds a quantity, product, cancel, change, 同上 or +1
 * @param prose the line reads like an instruction or a sentence rather than a sign-up
 * @param quantityWritten the line writes a quantity, not just a name or a product word
 */
record ReadLine(ChainEntry entry, boolean orderSignal, boolean prose, boolean quantityWritten) {

    boolean looksLikeSignUp() {
        return !prose && !entry.name().isEmpty();
    }
}
