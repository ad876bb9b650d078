package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.OptionCounts;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.Units;
import dev.groupbuy.core.jielong.tokens.WordTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs products with quantities, left to right: {@code 草莓2 蓝莓1}, {@code 大份1小份2}, {@code 2盒草莓},
 * {@code 草莓蓝莓各一盒}, {@code 各2份} (every product), {@code 每样一份}, {@code 1盒+1盒} (summed). A
 * product without a number counts 1. Numbers that name no product are left for the caller.
 */
public final class QuantityAssembler {

    /** A bare count over 99 is more likely a room or a price than an order; with its unit written it may be one. */
    private static final BigDecimal MAX_BARE_QTY = new BigDecimal("99");

    /** {@code 一百二十个} eggs, {@code 两百斤} of rice for a shop: past this, nobody orders so many in a chain. */
    private static final BigDecimal MAX_QTY = new BigDecimal("500");

    private final CatalogMatcher catalog;
    /**
     * Whether the deal sells its products by colour and size ({@code 黑色38}, {@code 红色XL}): there "each" of everything
     * is never meant ({@code 各一条} after sizes the line failed to name) where it would be more than four products, and
     * the leader asks.
     */
    private final boolean bySize;

    QuantityAssembler(CatalogMatcher catalog) {
        this.catalog = catalog;
        this.bySize = catalog.catalog().size() > 4 && SizeAndColour.of(catalog) != null;
    }

    Assembly assemble(List<Token> written, int from, int to) {
        List<Token> tokens = OptionCounts.read(written);
        Pairing pairing = new Pairing(new Assembly());
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            pairing.bare = t.is(TokenKind.PRODUCT) && standsBare(tokens, k, from, to);
            pairing.productGluedAfter =
                    k + 1 < to && tokens.get(k + 1).is(TokenKind.PRODUCT) && t.gluedTo(tokens.get(k + 1));
            pairing.eachAfter = k + 1 < to && tokens.get(k + 1).is(TokenKind.EACH);
            pairing.wordGluedAfter = k + 1 < to
                    && tokens.get(k + 1).is(TokenKind.TEXT)
                    && t.gluedTo(tokens.get(k + 1))
                    && nothingOrderedAfter(tokens, k + 1, to);
            pairing.notWantedAfter = pairing.wordGluedAfter
                    && NOT_WANTED.contains(tokens.get(k + 1).text());
            pairing.accept(t);
        }
        return pairing.finish();
    }

    /** Words glued after a product saying it is not wanted: not liked, nobody eats it, there is some at home. */
    private static final java.util.Set<String> NOT_WANTED =
            java.util.Set.of("莫要", "唔爱", "冇要", "没人吃", "冇人食", "家里有", "家里还有", "屋里有", "屋里还有", "不需要", "就不要", "不用");

    /** No count, product or sign of one after token {@code k}: the words to the end of the line only remark. */
    private static boolean nothingOrderedAfter(List<Token> tokens, int k, int to) {
        for (int j = k; j < to; j++) {
            Token t = tokens.get(j);
            if (!t.is(TokenKind.TEXT) && !t.is(TokenKind.SPACE) && !t.is(TokenKind.PUNCT) && !t.is(TokenKind.REMARK)) {
                return false;
            }
        }
        return true;
    }

    /** A product word with no quantity after it and no word glued before it ({@code 豆浆不要糖}, not {@code 羊肉饺子1}). */
    private static boolean standsBare(List<Token> tokens, int k, int from, int to) {
        Token t = tokens.get(k);
        int j = k + 1;
        while (j < to && tokens.get(j).is(TokenKind.SPACE)) {
            j++;
        }
        boolean quantity =
                j < to && (tokens.get(j).is(TokenKind.NUMBER) || tokens.get(j).is(TokenKind.TIMES));
        boolean gluedWord = k > from
                && tokens.get(k - 1).is(TokenKind.TEXT)
                && tokens.get(k - 1).end() == t.start();
        return !quantity && !gluedWord;
    }

    /** The left-to-right state: products still waiting for a number, a number waiting for a product. */
    private final class Pairing {

        private final Assembly out;
        private final List<CatalogItem> pending = new ArrayList<>(4);
        private boolean each;
        private boolean every;
        /** {@code 或者}, {@code 都可以}, {@code 随便}: the line leaves a choice open. */
        private boolean either;

        private Token waiting;
        private List<CatalogItem> lastTarget;
        private Token previous;
        /** What stood before the last times sign ({@code 8号×2}: the product it multiplies). */
        private Token beforeTimes;
        /** The last product waiting for a number stands apart from the one before it ({@code 1号 4号2斤}). */
        private boolean lastProductSpaced;
        /** The product word being read stands bare (see {@link QuantityAssembler#standsBare}). */
        private boolean bare;
        /** A word is glued right after the token being read ({@code 豆浆不要太甜}). */
        private boolean wordGluedAfter;
        /** That word says the product is not wanted ({@code 扣肉唔爱}, {@code 衣服家里有}). */
        private boolean notWantedAfter;
        /** 各 comes right after the token being read ({@code 粽子各来一袋}). */
        private boolean eachAfter;
        /** A product word is glued right after the token being read ({@code 加2个卤蛋}: the count is the egg's). */
        private boolean productGluedAfter;
        /** The waiting number came after a plus sign, glued to the product after it ({@code 鳗鱼饭 加一份味噌汤}). */
        private boolean waitingAfterPlus;
        /** {@code 其余}, {@code 其他}: the {@code 各} after it means the products not named yet. */
        private boolean rest;
        /** Products joined by plus signs ({@code 1+1+4}): one named twice counts twice. */
        private boolean summed;
        /** The last plus sign came right after a product word ({@code 翅中加1袋}). */
        private boolean plusAfterProduct;
        /** {@code 每样一盒}: every product has its count; a count for one of them after it says that one's instead. */
        private boolean allCounted;
        /** Numbers that named no product when they were read ({@code +1 鸡爪}: the one number, the one product). */
        private final List<Token> flushed = new ArrayList<>(2);

        Pairing(Assembly out) {
            this.out = out;
        }

        void accept(Token t) {
            switch (t.kind()) {
                case PRODUCT -> product(t);
                case NUMBER -> number(t);
                case EACH -> each = !catalog.singleProduct();
                case EVERY -> every = !catalog.singleProduct();
                case OR -> either = true;
                case VARIANT -> out.problem(ReviewReason.UNKNOWN_PRODUCT);
                case SPACE, PUNCT, TIMES, PLUS -> {}
                case TEXT -> {
                    rest = rest || REST.occursIn(t.text());
                    return;
                }
                default -> {
                    return;
                }
            }
            if (t.is(TokenKind.TIMES)) {
                beforeTimes = previous;
            }
            if (t.is(TokenKind.PLUS) && previous != null && previous.is(TokenKind.PRODUCT)) {
                summed = true;
            }
            if (t.is(TokenKind.PLUS)) {
                plusAfterProduct = previous != null && previous.is(TokenKind.PRODUCT);
            }
            if (!t.is(TokenKind.SPACE)) {
                previous = t;
            }
        }

        private void product(Token t) {
            if (bare
                    && (t.products().size() > 1 || (wordGluedAfter && waiting == null))
                    && mentionedBefore(t.products())) {
                return; // 1+5 豆浆不要太甜: the product ordered by its code, then how it should be
            }
            if (bare && notWantedAfter && waiting == null && (!out.items.isEmpty() || !pending.isEmpty())) {
                return; // 盐焗鸡1只 扣肉唔爱, 帽子1顶 衣服家里有: the other product left out, never ordered
            }
            if (t.products().size() > 1 && eachAfter && !catalog.singleProduct()) {
                flush(); // 粽子各来一袋: each of the products the word fits
                pending.addAll(t.products());
                lastProductSpaced = true;
                waiting = null;
                return;
            }
            if (t.products().size() != 1) {
                out.problem(ReviewReason.AMBIGUOUS_PRODUCT);
                return;
            }
            CatalogItem p = t.products().get(0);
            if (sameProductAgain(p)) {
                return;
            }
            boolean numberFirst = waiting != null
                    && previous == waiting
                    && (pending.isEmpty() || (waitingAfterPlus && waiting.end() == t.start()))
                    && (waiting.unit() != null || waiting.end() == t.start());
            if (numberFirst) {
                lastTarget = List.of(p);
                assign(out, lastTarget, waiting);
            } else {
                flush();
                lastProductSpaced = pending.isEmpty()
                        || previous == null
                        || !previous.is(TokenKind.PRODUCT)
                        || previous.end() != t.start();
                pending.add(p);
            }
            waiting = null;
        }

        /** {@code 2号 豆浆不要糖}: a word that fits several products, one of them already named on the line. */
        private boolean mentionedBefore(List<CatalogItem> products) {
            for (CatalogItem p : products) {
                if (out.items.containsKey(p.sku())) {
                    return true;
                }
                for (CatalogItem waitingProduct : pending) {
                    if (waitingProduct.sku().equals(p.sku())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** {@code B 鸡翅}, {@code 鸡翅B}: the leader's code and the product's name together mean it once. */
        private boolean sameProductAgain(CatalogItem p) {
            return !pending.isEmpty()
                    && previous != null
                    && previous.is(TokenKind.PRODUCT)
                    && pending.get(pending.size() - 1).sku().equals(p.sku())
                    && previous.products().size() == 1
                    && previous.products().get(0).sku().equals(p.sku());
        }

        private void number(Token t) {
            boolean plus = previous != null && previous.is(TokenKind.PLUS);
            if (plus && each && pending.isEmpty() && out.items.size() > 1) {
                lastTarget = catalog.catalog().stream() // 整只1 半只1 各加1: one more of each named
                        .filter(p -> out.items.containsKey(p.sku()))
                        .toList();
                assign(out, lastTarget, t);
                each = false;
            } else if (plus && productGluedAfter) {
                flush(); // 牛肉面 加2个卤蛋: two eggs, not two more noodles
                waiting = t;
                waitingAfterPlus = true;
                lastTarget = null;
            } else if (plus && pending.size() == 1 && lastTarget != null && lastTarget.size() > 1) {
                lastTarget = List.of(pending.remove(0)); // 每样一份,芒果再加一盒: one more of the mango only
                assign(out, lastTarget, t);
            } else if (plus && plusAfterProduct && !pending.isEmpty() && lastTarget != null) {
                lastTarget = List.copyOf(pending); // 鸡爪1袋 翅中加1袋: one bag of wings, not one more of the feet
                pending.clear();
                assign(out, lastTarget, t);
            } else if (plus && lastTarget != null) {
                assign(out, lastTarget, t);
            } else if (plus && waiting != null) {
                waiting = waiting.plus(t);
            } else if ((every || each) && rest && pending.isEmpty() && !out.items.isEmpty()) {
                flush(); // A2 其余各一: each of the products the line has not named
                lastTarget = catalog.catalog().stream()
                        .filter(p -> !out.items.containsKey(p.sku()))
                        .toList();
                assign(out, lastTarget, t);
                every = false;
                each = false;
            } else if (each && !every && pending.isEmpty() && restates(t)) {
                each = false; // A1 B1 各一箱: one of each of those, said again
            } else if (every
                    && pending.isEmpty()
                    && restates(t)
                    && out.items.size() == catalog.catalog().size()) {
                every = false; // A1 B1 C1 每样一箱: every product already one, said again
            } else if (every || (each && pending.isEmpty())) {
                lastTarget = catalog.catalog();
                assignEvery(out, t);
                every = false;
                each = false;
                allCounted = true;
            } else if (allCounted
                    && !plus
                    && pending.size() == 1
                    && out.items.containsKey(pending.get(0).sku())) {
                CatalogItem instead = pending.remove(0); // 每样一盒,蛋黄酥要三盒: three of that one, one of the others
                out.items.remove(instead.sku());
                lastTarget = List.of(instead);
                assign(out, lastTarget, t);
            } else if (!pending.isEmpty()) {
                forPending(t);
            } else {
                flush();
                waiting = t;
                lastTarget = null;
            }
        }

        /** Whether every product counted so far has the count {@code number} says for each. */
        private boolean restates(Token number) {
            if (out.items.size() < 2) {
                return false;
            }
            for (BigDecimal qty : out.items.values()) {
                if (qty.compareTo(number.value()) != 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean gluedToTheLastProduct(Token before, Token number) {
            return before != null && before.is(TokenKind.PRODUCT) && before.end() == number.start();
        }

        /** {@code 6号 8号×2}: the times sign glued to the last product, the count right after it. */
        private boolean timesGluedToTheLastProduct(Token number) {
            return previous != null
                    && previous.is(TokenKind.TIMES)
                    && previous.end() == number.start()
                    && gluedToTheLastProduct(beforeTimes, previous);
        }

        private void forPending(Token t) {
            if (each || pending.size() == 1) {
                lastTarget = pending.size() == 1 ? List.of(pending.get(0)) : List.copyOf(pending);
                assign(out, lastTarget, t);
            } else if (lastProductSpaced && (gluedToTheLastProduct(previous, t) || timesGluedToTheLastProduct(t))) {
                CatalogItem glued = pending.remove(pending.size() - 1);
                lastTarget = List.of(glued);
                assign(out, lastTarget, t);
                return;
            } else {
                out.problem(ReviewReason.UNCLEAR_QUANTITY);
            }
            pending.clear();
            each = false;
        }

        private void flush() {
            if (waiting != null) {
                flushed.add(waiting);
            }
            flushWaiting(out, waiting, waitingAfterPlus);
        }

        Assembly finish() {
            flush();
            boolean counted = !out.items.isEmpty() || !out.bareNumbers.isEmpty();
            if (either && (!catalog.singleProduct() || !counted)) {
                // 草莓或者蓝莓 leaves the product open; in a deal of one, 2斤左右都可以 only the exact weight
                out.problem(ReviewReason.AMBIGUOUS_PRODUCT);
            }
            if (pending.size() == 1 && out.items.isEmpty() && flushed.size() == 1 && out.bareNumbers.size() == 1) {
                out.bareNumbers.clear();
                lastTarget = List.of(pending.remove(0));
                assign(out, lastTarget, flushed.get(0));
            }
            java.util.Set<String> named = new java.util.HashSet<>();
            for (CatalogItem p : pending) {
                boolean again = !named.add(p.sku());
                if (!out.items.containsKey(p.sku()) || (again && summed)) {
                    out.add(p, BigDecimal.ONE); // 1+1+4: the first product twice
                }
            }
            if ((every || each) && pending.isEmpty() && out.items.isEmpty()) { // A1 B1 C1 全要: all of those, once
                if (bySize) {
                    out.problem(ReviewReason.AMBIGUOUS_PRODUCT);
                }
                catalog.catalog().forEach(p -> out.add(p, BigDecimal.ONE));
            }
            return out;
        }
    }

    /**
     * A number no product word claimed. In a deal of several products, a unit only one of them is sold in
     * ({@code 2桶} where only the water comes by the 桶) names that product, as a leader reads it; otherwise
     * the number stays bare.
     */
    private void flushWaiting(Assembly out, Token waiting, boolean afterPlus) {
        if (waiting == null) {
            return;
        }
        CatalogItem soldInUnit = catalog.singleProduct() ? null : catalog.onlyProductSoldIn(waiting.unit());
        if (soldInUnit != null && out.items.containsKey(soldInUnit.sku()) && !afterPlus) {
            out.problem(ReviewReason.CONFLICTING_NUMBERS); // 车厘子1箱 2箱: one box or two?
            return;
        }
        if (soldInUnit != null) {
            assign(out, List.of(soldInUnit), waiting);
            return;
        }
        out.bareNumbers.add(waiting.value());
        out.bareWithUnit |= waiting.unit() != null;
        if (waiting.unit() != null && catalog.singleProduct()) {
            checkUnit(out, catalog.catalog().get(0), waiting);
        }
    }

    /** Words for "the other products": {@code A2 其余各一}, {@code 草莓2 其他各1}, {@code 剩下的各来一份}. */
    private static final WordTable REST = new WordTable(List.of("其余", "其他", "其它", "剩下", "别的", "另外"));

    /** {@code 每样一份}: one of each product in its own unit, so a loose 份/个 fits even a product sold by the 斤. */
    private void assignEvery(Assembly out, Token number) {
        if (bySize && out.items.isEmpty()) {
            out.problem(ReviewReason.AMBIGUOUS_PRODUCT); // 黑灰各一: every size of every colour? The leader asks
        }
        boolean loose = number.unit() == null
                || "份个样种".contains(number.unit())
                || (number.value().compareTo(BigDecimal.ONE) == 0 && !Units.isWeight(number.unit())); // 每样一盒
        for (CatalogItem p : catalog.catalog()) {
            if (!loose) {
                checkUnit(out, p, number);
            }
            out.add(p, number.value());
        }
    }

    private void assign(Assembly out, List<CatalogItem> targets, Token number) {
        for (int k = 0; k < targets.size(); k++) {
            CatalogItem p = targets.get(k);
            checkUnit(out, p, number);
            out.add(p, number.value());
        }
    }

    static void checkUnit(Assembly out, CatalogItem p, Token number) {
        checkUnit(out, p, number.value(), number.unit());
    }

    /** Records a problem when {@code qty} written in {@code unit} cannot be an order of {@code p}. */
    static void checkUnit(Assembly out, CatalogItem p, BigDecimal qty, String unit) {
        if (!Units.compatible(unit, p.unit())
                || Units.piecesOfAContainer(unit, p.unit(), qty)
                || (Units.countsPiecesNamedInside(p.name(), unit, p.unit())
                        && !("个".equals(unit) && qty.compareTo(BigDecimal.ONE) == 0))) { // 再加一个: one, loosely
            out.problem(ReviewReason.UNIT_MISMATCH);
        } else if (qty.signum() <= 0) {
            out.problem(ReviewReason.UNCLEAR_QUANTITY);
        } else if (qty.compareTo(unit == null ? MAX_BARE_QTY : MAX_QTY) > 0) {
            out.problem(ReviewReason.UNCLEAR_QUANTITY);
        } else if (qty.scale() > 0 && qty.stripTrailingZeros().scale() > 0 && !Units.takesHalves(p.unit())) {
            out.problem(ReviewReason.UNIT_MISMATCH);
        }
    }
}
