package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.layout.ChainLayout;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.util.List;

/**
 * The places a post names — its pickup points, districts and towns ({@code 大埔、宝安两个自提点}) — where a line
 * writes one before the name ({@code 大埔 阿辉 唔要喇}, {@code 西山 彝家阿妹 2袋}): the word is where the resident
 * collects or lives, the word after it the name. Such a line is read without the place (the line as written keeps
 * it); a word the post names that is also a product, a word of the post's example line, or a line with no second
 * word before its order, is read as written.
 */
public final class PostPlaces {

    /** No post text: every line read as written. */
    public static final PostPlaces NONE = new PostPlaces("", List.of());

    private final String post;
    private final List<CatalogItem> catalog;

    private PostPlaces(String post, List<CatalogItem> catalog) {
        this.post = post;
        this.catalog = catalog;
    }

    /** The post's lines above the first numbered one, and the deal's products. */
    public static PostPlaces of(String[] lines, ChainLayout layout, List<CatalogItem> catalog) {
        StringBuilder post = new StringBuilder();
        for (int i = 0; i < lines.length && layout.sequence(i) == null; i++) {
            if (!EXAMPLE.matcher(lines[i]).find()) {
                post.append(lines[i]).append('\n'); // not 例：老魏 A2, whose name is no place
            }
        }
        return post.length() == 0 ? NONE : new PostPlaces(post.toString(), catalog);
    }

    /** {@code body} with a place the post names moved from before the name to behind the order. */
    public String rewritten(String body) {
        if (post.isEmpty()) {
            return body;
        }
        int end = 0;
        while (end < body.length() && end < 5 && ProductFragments.isHan(body.charAt(end))) {
            end++;
        }
        if (end < 2 || end > 4 || end >= body.length() || (body.charAt(end) != ' ' && body.charAt(end) != '-')) {
            return body;
        }
        String place = body.substring(0, end);
        String rest = body.substring(end + 1).strip();
        if (!post.contains(place) || namesAProduct(place) || !startsWithAName(rest)) {
            return body;
        }
        String name = rest.substring(0, Math.max(rest.indexOf(' '), 0)).strip();
        if (name.isEmpty() || namesAProduct(name) || Character.isLetter(name.charAt(0)) && name.charAt(0) < 128) {
            return body; // 老表 蜜桔一箱, 老北京 B不要了: the name first, the order after it
        }
        return rest;
    }

    /** A line of the post showing how to sign up, whose words are a made-up resident's. */
    private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile("例|格式|示范|模板|参考");

    private boolean namesAProduct(String word) {
        for (CatalogItem p : catalog) {
            if (p.name().contains(word)
                    || word.contains(p.name())
                    || p.aliases().stream().anyMatch(a -> a.contains(word) || word.contains(a))) {
                return true;
            }
        }
        return false;
    }

    /** A word of two or more letters, then a space, before anything else: the resident's name, the order after it. */
    private static boolean startsWithAName(String rest) {
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.codePointAt(end))) {
            end += Character.charCount(rest.codePointAt(end));
        }
        return end >= 2 && end < rest.length() && (rest.charAt(end) == ' ' || rest.charAt(end) == '-');
    }
}
