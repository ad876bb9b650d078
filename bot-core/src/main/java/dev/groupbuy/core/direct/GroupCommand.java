package dev.groupbuy.core.direct;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command sent 1:1, optionally led by the number of the group it is for: {@code #汇总}, {@code 2 #汇总}.
 *
 * @param choice the group's number in the list the bot gave (from 1), or 0 when none was written
 * @param text the command itself, as it would be written in the group
 */
record GroupCommand(int choice, String text) {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\s*[.、．]?\\s*([#＃].*)", Pattern.DOTALL);

    static Optional<GroupCommand> read(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.startsWith("#") || stripped.startsWith("＃")) {
            return Optional.of(new GroupCommand(0, stripped));
        }
        Matcher numbered = NUMBERED.matcher(stripped);
        if (numbered.matches()) {
            return Optional.of(new GroupCommand(
                    Integer.parseInt(numbered.group(1)), numbered.group(2).strip()));
        }
        return Optional.empty();
    }
}
