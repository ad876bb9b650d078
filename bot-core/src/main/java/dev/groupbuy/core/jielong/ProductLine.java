package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the priced product lines of a deal post: {@code 丹东草莓 25元/盒}, {@code A. 麒麟西瓜 29.9元/个},
 * {@code 【3号】玉米猪肉水饺 22元/袋}, {@code 今日团：海南贵妃芒 团购价45/箱}, and lines with variants
 * such as {@code 麻辣卤鸭脖 大份39元 小份22元}.
 */
final class ProductLine {

    /** One product offer as written: the leader's code (may be empty), name, variant alias, unit, price. */
    record Offer(String code, String name, String variant, String unit, BigDecimal price) {}

    private static final Pattern CODE =
            Pattern.compile("^[【\\[]?\\s*([A-Za-z]|\\d{1,2}号|\\d{1,2})\\s*(?:[】\\]]|[.、:)]|\\s)\\s*");
    private static final Pattern PRICE = Pattern.compile(
            "[¥￥]\\s*(\\d+(?:\\.\\d+)?)|(\\d+(?:\\.\\d+)?)\\s*(?:元|块)?\\s*(?:/|每|一)\\s*(kg|KG|[\\u4e00-\\u9fa5])|(\\d+(?:\\.\\d+)?)\\s*(?:元|块)");
    private static final Pattern SPEC = Pattern.compile(
            "[(（][^)）]*[)）]|约?\\d+(?:\\.\\d+)?\\s*(?:[A-Za-z]+|[\\u4e00-\\u9fa5])(?:\\s*[/*]\\s*\\d*\\s*[\\u4e00-\\u9fa5A-Za-z]+)?|团购价|原价|特价|售价|单价|价格");
    private static final Pattern SPEC_UNIT =
            Pattern.compile("\\d+\\s*[A-Za-z\\u4e00-\\u9fa5]+\\s*/\\s*([\\u4e00-\\u9fa5])");
    private static final String DEFAULT_UNIT = "份";

    private ProductLine() {}

    static List<Offer> read(String line) {
        if (line.contains("截单") || line.contains("截止") || line.length() > 200) {
            return List.of();
        }
        String code = "";
        String rest = line;
        Matcher c = CODE.matcher(line);
        if (c.find() && PRICE.matcher(line.substring(c.end())).find()) {
            code = c.group(1);
            rest = line.substring(c.end());
        }
        List<Offer> offers = new ArrayList<>();
        Matcher price = PRICE.matcher(rest);
        int from = 0;
        String base = "";
        while (price.find()) {
            String words = cleanName(rest.substring(from, price.start()));
            from = price.end();
            if (words.isEmpty()) {
                continue;
            }
            String[] parts = words.split(" +");
            if (parts.length >= 2 && offers.isEmpty()) {
                base = parts[0];
            }
            String variant = parts.length >= 2 ? parts[parts.length - 1] : "";
            String name = parts.length >= 2 || !base.isEmpty() ? base : parts[0];
            if (!base.isEmpty() && variant.isEmpty()) {
                variant = parts[0];
            }
            offers.add(new Offer(offers.isEmpty() ? code : "", name, variant, unitOf(price, rest), priceOf(price)));
        }
        return offers.size() >= 2 && !base.isEmpty() ? withVariants(offers) : singleNames(offers);
    }

    static List<CatalogItem> catalog(List<Offer> offers) {
        List<CatalogItem> items = new ArrayList<>();
        for (int k = 0; k < offers.size() && k < 26; k++) {
            Offer o = offers.get(k);
            Set<String> aliases = new LinkedHashSet<>();
            if (!o.code().isEmpty()) {
                aliases.add(
                        Character.isDigit(o.code().charAt(0)) && !o.code().endsWith("号") ? o.code() + "号" : o.code());
            }
            if (!o.variant().isEmpty()) {
                aliases.add(o.variant());
            }
            String tail = shortName(o.name());
            if (!tail.isEmpty()
                    && offers.stream()
                                    .filter(x -> shortName(x.name()).equals(tail))
                                    .count()
                            == 1) {
                aliases.add(tail);
            }
            String sku = String.valueOf((char) ('A' + k));
            items.add(CatalogItem.of(sku, o.name(), List.copyOf(aliases), o.unit(), o.price()));
        }
        return items;
    }

    private static List<Offer> withVariants(List<Offer> offers) {
        List<Offer> out = new ArrayList<>();
        for (Offer o : offers) {
            out.add(new Offer(o.code(), o.name() + "（" + o.variant() + "）", o.variant(), o.unit(), o.price()));
        }
        return out;
    }

    private static List<Offer> singleNames(List<Offer> offers) {
        List<Offer> out = new ArrayList<>();
        for (Offer o : offers) {
            out.add(new Offer(o.code(), o.name(), "", o.unit(), o.price()));
        }
        return out;
    }

    private static String cleanName(String text) {
        String t = text;
        int colon = t.indexOf(':');
        if (colon >= 0 && colon <= 5) {
            t = t.substring(colon + 1);
        }
        t = t.replace("【", " ").replace("】", " ").replace("[", " ").replace("]", " ");
        t = SPEC.matcher(t).replaceAll(" ");
        return TextNormalizer.trimSeparators(t.replaceAll("[,，、。;；]", " ").replaceAll(" +", " "));
    }

    private static String unitOf(Matcher price, String rest) {
        if (price.group(3) != null) {
            return price.group(3);
        }
        Matcher spec = SPEC_UNIT.matcher(rest);
        return spec.find() ? spec.group(1) : DEFAULT_UNIT;
    }

    private static BigDecimal priceOf(Matcher price) {
        String number =
                price.group(1) != null ? price.group(1) : price.group(2) != null ? price.group(2) : price.group(4);
        return new BigDecimal(number);
    }

    /** The last two characters of a long Chinese product name ({@code 丹东草莓} → 草莓), else empty. */
    private static String shortName(String name) {
        String n = name.replaceAll("[（(].*$", "");
        if (n.length() < 4 || !n.chars().allMatch(ch -> ProductFragments.isHan((char) ch))) {
            return "";
        }
        return n.substring(n.length() - 2);
    }
}
