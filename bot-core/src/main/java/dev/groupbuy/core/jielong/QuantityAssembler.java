package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs products with quantities, left to right: {@code 草莓2 蓝莓1}, {@code 大份1小份2}, {@code 2盒草莓},
 * {@code 草莓蓝莓各一盒}, {@code 各2份} (every product), {@code 每样一份}, {@code 1盒+1盒} (summed). A
 * product without a number counts 1. Numbers that name no product are left for the caller.
 */
final class QuantityAssembler {

    private static final BigDecimal MAX_QTY = new BigDecimal("99");

    private final CatalogMatcher catalog;

    QuantityAssembler(CatalogMatcher catalog) {
        this.catalog = catalog;
    }

    Assembly assemble(List<Token> tokens, int from, int to) {
        Assembly out = new Assembly();
        List<CatalogItem> pending = new ArrayList<>();
        boolean each = false;
        boolean every = false;
        Token waiting = null;
        List<CatalogItem> lastTarget = null;
        Token previous = null;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            switch (t.kind()) {
                case PRODUCT -> {
                    if (t.products().size() != 1) {
                        out.problem("a word fits several products: " + t.text());
                        continue;
                    }
                    CatalogItem p = t.products().get(0);
                    if (waiting != null && previous == waiting && pending.isEmpty() && waiting.unit() != null) {
                        assign(out, List.of(p), waiting);
                        lastTarget = List.of(p);
                        waiting = null;
                    } else {
                        flushWaiting(out, waiting);
                        waiting = null;
                        pending.add(p);
                    }
                }
                case NUMBER -> {
                    boolean plus = previous != null && previous.is(TokenKind.PLUS);
                    if (plus && lastTarget != null) {
                        assign(out, lastTarget, t);
                    } else if (plus && waiting != null) {
                        waiting = waiting.plus(t);
                    } else if (every || (each && pending.isEmpty())) {
                        assign(out, catalog.catalog(), t);
                        lastTarget = catalog.catalog();
                        every = false;
                        each = false;
                    } else if (!pending.isEmpty() && (each || pending.size() == 1)) {
                        assign(out, pending, t);
                        lastTarget = List.copyOf(pending);
                        pending.clear();
                        each = false;
                    } else if (!pending.isEmpty()) {
                        out.problem("one number for several products");
                        pending.clear();
                    } else {
                        flushWaiting(out, waiting);
                        waiting = t;
                        lastTarget = null;
                    }
                }
                case EACH -> each = true;
                case EVERY -> every = true;
                case OR -> out.problem("the resident leaves the choice open");
                default -> {
                    if (t.isSeparator() || t.is(TokenKind.TIMES) || t.is(TokenKind.PLUS)) {
                        break;
                    }
                    continue;
                }
            }
            if (!t.is(TokenKind.SPACE)) {
                previous = t;
            }
        }
        finish(out, pending, every || (each && pending.isEmpty() && out.items.isEmpty()), waiting);
        return out;
    }

    private void finish(Assembly out, List<CatalogItem> pending, boolean every, Token waiting) {
        flushWaiting(out, waiting);
        for (CatalogItem p : pending) {
            out.add(p, BigDecimal.ONE);
        }
        if (every) {
            catalog.catalog().forEach(p -> out.add(p, BigDecimal.ONE));
        }
    }

    private void flushWaiting(Assembly out, Token waiting) {
        if (waiting != null) {
            out.bareNumbers.add(waiting.value());
            if (waiting.unit() != null && catalog.singleProduct()) {
                checkUnit(out, catalog.catalog().get(0), waiting);
            }
        }
    }

    private void assign(Assembly out, List<CatalogItem> targets, Token number) {
        for (CatalogItem p : targets) {
            checkUnit(out, p, number);
            out.add(p, number.value());
        }
    }

    static void checkUnit(Assembly out, CatalogItem p, Token number) {
        checkUnit(out, p, number.value(), number.unit());
    }

    /** Records a problem when {@code qty} written in {@code unit} cannot be an order of {@code p}. */
    static void checkUnit(Assembly out, CatalogItem p, BigDecimal qty, String unit) {
        if (!Units.compatible(unit, p.unit())) {
            out.problem("unit " + unit + " does not fit " + p.unit());
        } else if (qty.signum() <= 0) {
            out.problem("quantity is zero");
        } else if (qty.compareTo(MAX_QTY) > 0) {
            out.problem("quantity is unusually large");
        } else if (qty.stripTrailingZeros().scale() > 0 && !Units.isWeight(p.unit())) {
            out.problem("a fraction of a " + p.unit());
        }
    }
}
