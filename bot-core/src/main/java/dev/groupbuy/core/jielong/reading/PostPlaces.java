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

    /** {@code body} without a place the post names before the name, or {@code body} as it is. */
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
        int from = end + 1;
        while (from < body.length() && body.charAt(from) == ' ') {
            from++;
        }
        int nameEnd = wordEnd(body, from);
        if (nameEnd - from < 2 || nameEnd >= body.length() || body.charAt(nameEnd) != ' ' || body.charAt(from) < 128) {
            return body; // most lines: a name, then the order (王姐 A1, 王姐 鲜奶2); 老北京 B不要了: the code after
        }
        String place = body.substring(0, end);
        String name = body.substring(from, nameEnd);
        if (!post.contains(place) || namesAProduct(place) || namesAProduct(name)) {
            return body; // 老表 蜜桔一箱: the name first, the product after it
        }
        return body.substring(from).strip();
    }

    /** A line of the post showing how to sign up, whose words are a made-up resident's. */
    private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile("例|格式|示范|模板|参考");

    /** Where the run of letters starting at {@code from} ends. */
    private static int wordEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

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
}
