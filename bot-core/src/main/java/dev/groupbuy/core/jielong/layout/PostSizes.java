package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sizes a post lists for what it sells: {@code 码数24-33}, {@code 码数：59 / 66 / 73 / 80 / 90}, {@code 尺码
 * 90/100/110/120}. A resident who then writes {@code 小北 32 1双} or {@code 芒果妈 73} means size 32 or 73, as a leader
 * reads it at a glance, not 32 pairs: such a bare number is marked as the size ({@code 32码}) before the line is read.
 * A number with a counter after it ({@code 2双}) stays a count.
 */
public final class PostSizes {

    /** Words that say a post line is about sizes. */
    private static final Pattern HEAD = Pattern.compile("码|尺寸|身高|size|Size|SIZE");

    private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(\\d{2,3})\\s*[-~～到至]\\s*(\\d{2,3})(?![\\d.])");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{2,3})(?![\\d.])");

    /** What a number followed by one of these is: a price, a count or a length, no size of the list. */
    private static final String NOT_A_SIZE_AFTER = "元块¥%折件双套条个只斤两克公米寸盒袋包箱瓶支顶对份片岁月天cmCMkgKgml点号楼栋层室";

    /** What may follow a bare size in a resident's line: nothing, a space, 的, a separator. */
    private static final String SIZE_ENDS = " \t的,，、/+＋(（;；";

    /** No sizes: every number read as written. */
    public static final PostSizes NONE = new PostSizes(List.of());

    /** Sizes as ranges of two values each ({@code 24, 33}); a size listed alone is a range of one. */
    private final List<int[]> ranges;

    private PostSizes(List<int[]> ranges) {
        this.ranges = ranges;
    }

    /** The sizes listed on the post's lines, those before the first numbered line. */
    public static PostSizes of(String[] lines, ChainLayout layout) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < lines.length && layout.sequence(i) == null; i++) {
            if (i == layout.exampleLine() || !HEAD.matcher(lines[i]).find()) {
                continue;
            }
            String line = lines[i];
            Matcher range = RANGE.matcher(line);
            StringBuilder rest = new StringBuilder(line);
            while (range.find()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (from < to && to - from <= 120 && isSizeAt(line, range.end())) {
                    ranges.add(new int[] {from, to});
                }
                for (int k = range.start(); k < range.end(); k++) {
                    rest.setCharAt(k, ' ');
                }
            }
            Matcher number = NUMBER.matcher(rest);
            while (number.find()) {
                boolean price = number.start() > 0 && "¥￥".indexOf(rest.charAt(number.start() - 1)) >= 0;
                if (!price && isSizeAt(rest, number.end())) {
                    int size = Integer.parseInt(number.group(1));
                    ranges.add(new int[] {size, size});
                }
            }
        }
        return ranges.isEmpty() ? NONE : new PostSizes(List.copyOf(ranges));
    }

    private static boolean isSizeAt(CharSequence line, int end) {
        return end >= line.length() || NOT_A_SIZE_AFTER.indexOf(line.charAt(end)) < 0;
    }

    /** Whether the post lists {@code size}. */
    boolean lists(int size) {
        for (int[] range : ranges) {
            if (size >= range[0] && size <= range[1]) {
                return true;
            }
        }
        return false;
    }

    /** {@code body} with every bare number the post lists as a size marked as one ({@code 32} → {@code 32码}). */
    public String marked(String body) {
        if (ranges.isEmpty()) {
            return body;
        }
        StringBuilder out = null;
        Matcher number = NUMBER.matcher(body);
        int shift = 0;
        while (number.find()) {
            int start = number.start();
            int end = number.end();
            char before = start > 0 ? body.charAt(start - 1) : ' ';
            char after = end < body.length() ? body.charAt(end) : ' ';
            boolean measured = "第高重长宽围".indexOf(before) >= 0; // 身高142, 体重11: the child measured, no size
            boolean standsAlone = (before == ' ' || before == '\t' || ProductFragments.isHan(before) && !measured)
                    && (SIZE_ENDS.indexOf(after) >= 0 || sizeBeforeAWord(after));
            if (standsAlone && lists(Integer.parseInt(number.group(1)))) {
                out = out == null ? new StringBuilder(body) : out;
                out.insert(end + shift, '码');
                shift++;
            }
        }
        return out == null ? body : out.toString();
    }

    /** {@code 30粉}, {@code 120奶白}: a size glued to the colour after it, not a count of anything. */
    private static boolean sizeBeforeAWord(char after) {
        return ProductFragments.isHan(after) && NOT_A_SIZE_AFTER.indexOf(after) < 0 && after != '码';
    }
}
