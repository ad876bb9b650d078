package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a change line says stays as it was, beside what it changes: {@code 肥牛2改3 虾滑不变1盒} (the prawn paste stays
 * at one box), {@code 青椒换成黄瓜 1斤 白菜不变2斤}, {@code 蛋挞改1盒 8寸不变} (the cake stays at what the earlier line
 * ordered), {@code 咸鱼改1斤 其他不变}. The new order is the change and what stays; without the count of what stays,
 * the neighbour's earlier line says it ({@link EarlierOrder#updatedWith}).
 */
final class Staying {

    /** Words that say a product stays: {@code 不变}, {@code 还是}, {@code 照旧}. */
    private static final List<String> WORDS = List.of("不变", "还是", "还要", "照旧", "保持", "照样", "一样");

    private static final List<String> THE_REST = List.of("其他", "其它", "其余", "剩下", "别的");

    private Staying() {}

    /** {@code read} with what the line says stays; as it was when the line says nothing stays. */
    static LineOrder withWhatStays(LineOrder read, List<Token> tokens) {
        if (read.review() || read.cancelled() || read.items().isEmpty()) {
            return read;
        }
        if (read.earlier() != null
                && read.earlier().swappedTo() != null
                && read.earlier().keepsTheRest()) {
            return read; // 鸭掌换鸭脖 藕片不变: the swap keeps the rest of the earlier order already
        }
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        read.items().forEach(i -> items.put(i.sku(), i.qty()));
        boolean stays = false;
        boolean fromEarlier = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is(TokenKind.TEXT) || !onlyStayingWords(t.text())) {
                continue;
            }
            if (t.text().equals("还是")
                    && k > 0
                    && tokens.get(k - 1).isSeparator()
                    && k + 1 < tokens.size()
                    && tokens.get(k + 1).is(TokenKind.PRODUCT)) {
                continue; // 玫瑰一盒 还是茉莉吧: 还是 after a pause settles on another product, nothing stays
            }
            if (startsWithTheRest(t.text())) {
                fromEarlier = true; // 其他不变
                stays = true;
                continue;
            }
            int before = Token.nonSpaceUpTo(tokens, k - 1);
            Token count = null;
            if (before >= 0 && tokens.get(before).is(TokenKind.NUMBER)) {
                count = tokens.get(before); // 牛腩1斤不变: the count before the word
                before = Token.nonSpaceUpTo(tokens, before - 1);
            }
            List<String> skus = new java.util.ArrayList<>(2);
            for (int p = before; p >= 0 && tokens.get(p).isOneProduct(); p--) {
                skus.add(tokens.get(p).products().get(0).sku()); // 牛奶酸奶不变各1: products glued together
            }
            if (skus.isEmpty()) {
                continue;
            }
            int after = Token.nonSpaceFrom(tokens, k + 1);
            boolean each = after >= 0 && tokens.get(after).is(TokenKind.EACH);
            if (count == null && each) {
                after = Token.nonSpaceFrom(tokens, after + 1);
            }
            if (count == null && after >= 0 && tokens.get(after).is(TokenKind.NUMBER)) {
                count = tokens.get(after);
            }
            if (skus.size() > 1 && count != null && !each) {
                count = null; // 牛奶酸奶不变1: whose count?
                fromEarlier = true;
            }
            for (String sku : skus) {
                if (items.containsKey(sku)) {
                    if (count != null && items.get(sku).compareTo(count.value()) != 0) {
                        return LineOrder.review(ReviewReason.CONFLICTING_NUMBERS);
                    }
                    continue;
                }
                stays = true;
                if (count != null) {
                    items.put(sku, count.value());
                } else {
                    fromEarlier = true; // 8寸不变: at the count the earlier line gave it
                }
            }
        }
        if (!stays) {
            return read;
        }
        List<OrderItem> out = OrderReader.toItems(items);
        return fromEarlier
                ? LineOrder.againstEarlier(ReviewReason.UNCLEAR_QUANTITY, EarlierOrder.updatedWith(out))
                : LineOrder.of(out);
    }

    /** {@code 不变}, {@code 不变还是}, {@code 其他不变}: staying words only, perhaps after "the rest". */
    private static boolean onlyStayingWords(String text) {
        String t = text;
        for (String rest : THE_REST) {
            if (t.startsWith(rest)) {
                t = t.substring(rest.length());
                if (t.startsWith("的")) {
                    t = t.substring(1);
                }
                break;
            }
        }
        if (t.isEmpty()) {
            return false;
        }
        while (!t.isEmpty()) {
            String found = null;
            for (String w : WORDS) {
                if (t.startsWith(w)) {
                    found = w;
                    break;
                }
            }
            if (found == null) {
                return false;
            }
            t = t.substring(found.length());
        }
        return true;
    }

    private static boolean startsWithTheRest(String text) {
        return THE_REST.stream().anyMatch(text::startsWith);
    }
}
