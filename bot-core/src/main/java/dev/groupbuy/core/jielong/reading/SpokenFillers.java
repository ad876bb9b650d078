package dev.groupbuy.core.jielong.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What voice input and hesitant typing put before the words ({@code 嗯 就是 山竹一斤半 金阿姨},
 * {@code 嗯…就是…要两袋吧 韦韦}, {@code 那个我是十二栋的王奶奶…}, {@code 嗯我要两斤半}): left out, so the line is read
 * from what is said. A lone {@code 嗯嗯} before a count stays: it can be a nickname ({@code 嗯嗯 1份 自带碗}).
 */
final class SpokenFillers {

    /** Sounds of hesitation, then the words that fill the pause ({@code 就是}, {@code 那个}), in any order. */
    private static final Pattern LEADING =
            Pattern.compile("^((?:(?:嗯+|呃+|额+|那个|就是|然后)[\\s…。.,，、~～]*)+)(?=我|俺|要|给|帮|就是|那个|\\S)");

    private static final Pattern SOUNDS_ONLY = Pattern.compile("^(?:嗯+|呃+|额+)[\\s…。.,，、~～]*$");

    private SpokenFillers() {}

    /** {@code line} without the fillers in front of what is said; the line as it was when nothing is left out. */
    static String withoutLeadingFillers(String line) {
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        if ("嗯呃额那就然".indexOf(first) < 0) {
            return line;
        }
        Matcher m = LEADING.matcher(line);
        if (!m.find()) {
            return line;
        }
        String fillers = m.group(1);
        String rest = line.substring(m.end(1));
        if (rest.isEmpty()) {
            return line;
        }
        boolean wordsFill = fillers.contains("就是") || fillers.contains("那个") || fillers.contains("然后");
        boolean saysWhat = "我俺要给帮".indexOf(rest.charAt(0)) >= 0;
        if (SOUNDS_ONLY.matcher(fillers).matches() && !saysWhat) {
            return line; // 嗯嗯 1份: a nickname, perhaps
        }
        return wordsFill || saysWhat ? rest : line;
    }
}
