package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drinks ordered by the leader's letter codes with how they are served glued on ({@code A冰 B热}, {@code 冰B},
 * {@code A热A冰}): the code and the serving are two words, as in {@code A 冰}, not a name.
 */
final class HeatsApart {

    /** How a drink is served, written right after or before its code. */
    private static final String SERVED = "(?:去冰|少冰|多冰|正常冰|常温|冰|热|温)";

    /** A lone letter, then the serving: {@code A冰}. */
    private static final Pattern CODE_THEN_SERVED = Pattern.compile("(?<![A-Za-z])[A-Za-z]" + SERVED);

    /** The serving, then a lone letter: {@code 冰B}. */
    private static final Pattern SERVED_THEN_CODE =
            Pattern.compile("(?<![A-Za-z])" + SERVED + "(?=[A-Za-z](?![A-Za-z]))");

    private HeatsApart() {}

    /** The line with each letter code set apart from the serving glued to it; a letter that codes nothing stays. */
    static String apart(String line, CatalogMatcher catalog) {
        if (line.indexOf('冰') < 0 && line.indexOf('热') < 0 && line.indexOf('温') < 0) {
            return line;
        }
        String codeFirst = codesFirst(line, catalog);
        Matcher m = CODE_THEN_SERVED.matcher(codeFirst);
        StringBuilder out = null;
        int copied = 0;
        String seen = "";
        while (m.find()) {
            char letter = Character.toUpperCase(codeFirst.charAt(m.start()));
            if (seen.indexOf(letter) >= 0) {
                return line; // A热A冰: two of one drink served two ways, which the leader counts
            }
            seen += letter;
            if (catalog.isLetterCode(letter)) {
                out = out == null ? new StringBuilder(codeFirst.length() + 4) : out;
                out.append(codeFirst, copied, m.start() + 1)
                        .append(' ')
                        .append(m.group(), 1, m.group().length());
                out.append(' '); // A热A冰: each code with its serving
                copied = m.end();
            }
        }
        return out == null
                ? codeFirst
                : out.append(codeFirst, copied, codeFirst.length()).toString();
    }

    /** {@code 冰B} written as {@code B冰}: the code first, as it is read. */
    private static String codesFirst(String line, CatalogMatcher catalog) {
        Matcher m = SERVED_THEN_CODE.matcher(line);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            char letter = line.charAt(m.end());
            if (catalog.isLetterCode(letter)) {
                out = out == null ? new StringBuilder(line.length()) : out;
                out.append(line, copied, m.start()).append(letter).append(m.group());
                copied = m.end() + 1;
            }
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }
}
