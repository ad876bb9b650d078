package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.ChainEntry;

/**
 * A numbered line read as if it were a sign-up, with what the chain detector needs to judge whether it
 * really is one.
 *
 * @param orderSignal the line holds a quantity, product, cancel, change, 同上 or +1
 * @param prose the line reads like an instruction or a sentence rather than a sign-up
 * @param quantityWritten the line writes a quantity, not just a name or a product word
 * @param dependsOnLineAbove the reading copies the line above ({@code 同上}), so it holds only where it stands
 * @param earlier how the neighbour's earlier line answers the line's question, or {@code null}
 * @param namedByProductWord the line has no name but a product word in front ({@code 花生 1}), taken as the name
 */
public record ReadLine(
        ChainEntry entry,
        boolean orderSignal,
        boolean prose,
        boolean quantityWritten,
        boolean dependsOnLineAbove,
        EarlierOrder earlier,
        boolean namedByProductWord) {

    public ReadLine(
            ChainEntry entry, boolean orderSignal, boolean prose, boolean quantityWritten, boolean dependsOnLineAbove) {
        this(entry, orderSignal, prose, quantityWritten, dependsOnLineAbove, null, false);
    }

    /** This line answered from the neighbour's earlier order: {@code items}, no longer a question. */
    public ReadLine answered(java.util.List<dev.groupbuy.core.order.OrderItem> items) {
        ChainEntry e = entry;
        ChainEntry resolved =
                new ChainEntry(e.seq(), e.name(), items, false, false, null, e.note(), e.text(), e.line());
        return new ReadLine(
                resolved, orderSignal, prose, quantityWritten, dependsOnLineAbove, null, namedByProductWord);
    }

    /** This line held back with {@code reason}: no order until someone answers. */
    public ReadLine asked(dev.groupbuy.core.jielong.ReviewReason reason) {
        ChainEntry e = entry;
        ChainEntry held = new ChainEntry(
                e.seq(), e.name(), java.util.List.of(), false, true, reason, e.note(), e.text(), e.line());
        return new ReadLine(held, orderSignal, prose, quantityWritten, dependsOnLineAbove, null, namedByProductWord);
    }

    public boolean looksLikeSignUp() {
        return !prose && !entry.name().isEmpty();
    }

    /** This reading of a line that was read in another form ({@code 退一个} as {@code 取消一个}), as {@code text}. */
    public ReadLine writtenAs(String text) {
        ChainEntry e = entry;
        if (text.equals(e.text())) {
            return this;
        }
        ChainEntry written = new ChainEntry(
                e.seq(), e.name(), e.items(), e.cancelled(), e.review(), e.reason(), e.note(), text, e.line());
        return new ReadLine(
                written, orderSignal, prose, quantityWritten, dependsOnLineAbove, earlier, namedByProductWord);
    }

    /** The same reading for the same text standing at another number, as another raw line. */
    ReadLine at(int seq, String rawLine) {
        if (seq == entry.seq() && rawLine.equals(entry.line())) {
            return this;
        }
        ChainEntry e = entry;
        ChainEntry moved = new ChainEntry(
                seq, e.name(), e.items(), e.cancelled(), e.review(), e.reason(), e.note(), e.text(), rawLine);
        return new ReadLine(
                moved, orderSignal, prose, quantityWritten, dependsOnLineAbove, earlier, namedByProductWord);
    }
}
