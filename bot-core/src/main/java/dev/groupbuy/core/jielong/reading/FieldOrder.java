package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.layout.ChainLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of the fields a post asks sign-ups in ({@code 接龙格式：名字-楼栋-数量}, {@code 按"名字/楼号/数量"接},
 * {@code 格式：名字-房号-数量-备注}). A line written so ({@code 小蔓-12栋-2}, {@code 老庞/12/2}) is put back in the order a
 * line is read in — who, then what, then the remarks — with the fields of where left out (the line as written keeps
 * them), so {@code 12栋-2} is no building 12, unit 2, and {@code 12/2} no date. A line written otherwise, or with other
 * fields than the post names, is read as it is.
 */
public final class FieldOrder {

    private enum Field {
        NAME,
        ORDER,
        PLACE,
        REMARK
    }

    /** No order of fields: every line read as written. */
    public static final FieldOrder NONE = new FieldOrder(List.of(), ' ');

    private static final String SEPARATORS = "-/|｜—－";

    private final List<Field> fields;
    private final char separator;

    private FieldOrder(List<Field> fields, char separator) {
        this.fields = fields;
        this.separator = separator;
    }

    /** The order the first post line (above the first numbered line) that spells one out gives, or {@link #NONE}. */
    public static FieldOrder of(String[] lines, ChainLayout layout) {
        for (int i = 0; i < lines.length && layout.sequence(i) == null; i++) {
            FieldOrder order = spelledOut(lines[i]);
            if (order != NONE) {
                return order;
            }
        }
        return NONE;
    }

    private static FieldOrder spelledOut(String line) {
        for (String label : FormFields.NAME_LABELS) {
            int at = line.indexOf(label);
            int sep = at < 0 ? -1 : at + label.length();
            if (sep < 0 || sep >= line.length() || SEPARATORS.indexOf(line.charAt(sep)) < 0) {
                continue;
            }
            char separator = line.charAt(sep);
            List<Field> fields = new ArrayList<>();
            fields.add(Field.NAME);
            for (int end = at - 1; end > 0 && line.charAt(end) == separator; ) {
                Label before = longestLabel(line, end, true);
                if (before == null) {
                    break;
                }
                fields.add(0, before.kind()); // 楼号-名字-数量: the fields before the name
                end -= before.length() + 1;
            }
            for (int from = sep + 1; from < line.length(); from++) {
                Label next = longestLabel(line, from, false);
                if (next == null) {
                    break;
                }
                fields.add(next.kind());
                from += next.length();
                if (from >= line.length() || line.charAt(from) != separator) {
                    break;
                }
            }
            if (fields.size() >= 3 && fields.contains(Field.ORDER)) {
                return new FieldOrder(List.copyOf(fields), separator);
            }
        }
        return NONE;
    }

    /** A field's label in a spelled-out format: what it names and how many characters it takes. */
    private record Label(Field kind, int length) {}

    private static final List<Field> LABELLED = List.of(Field.ORDER, Field.PLACE, Field.REMARK);

    /**
     * The longest label of a field other than the name that starts at {@code at} in {@code line}, or with
     * {@code ending} that ends right before it; {@code null} when none does.
     */
    private static Label longestLabel(String line, int at, boolean ending) {
        Label found = null;
        for (Field kind : LABELLED) {
            for (String word : labels(kind)) {
                int from = ending ? at - word.length() : at;
                if ((found == null || word.length() > found.length()) && from >= 0 && line.startsWith(word, from)) {
                    found = new Label(kind, word.length());
                }
            }
        }
        return found;
    }

    private static List<String> labels(Field kind) {
        return switch (kind) {
            case ORDER -> FormFields.ORDER_LABELS;
            case PLACE -> PLACE_LABELS;
            case REMARK -> FormFields.REMARK_LABELS;
            default -> List.of();
        };
    }

    /** Where the person lives, as posts name the field: {@link FormFields}' labels and the short ones of a format. */
    private static final List<String> PLACE_LABELS = places();

    private static List<String> places() {
        List<String> all = new ArrayList<>(FormFields.NOTE_LABELS);
        all.addAll(List.of("楼", "栋", "房", "楼栋号", "门牌", "单元号", "几栋", "部门", "科室", "工位", "班级", "公司", "组别"));
        return List.copyOf(all);
    }

    /**
     * A line of more parts than the post's {@code 名字-楼栋-数量}: the room's own dashes, or a remark after the count.
     * The last part with a number is the count, the parts before it the place, those after it remarks.
     */
    private static String nameWhereThenCount(List<String> parts, String body) {
        int count = -1;
        for (int k = parts.size() - 1; k >= 2 && count < 0; k--) {
            count = hasACount(parts.get(k)) ? k : -1;
        }
        if (count < 0 || !hasALetter(parts.get(0))) {
            return body;
        }
        StringBuilder out = new StringBuilder(parts.get(0).strip())
                .append(' ')
                .append(parts.get(count).strip());
        for (int k = count + 1; k < parts.size(); k++) {
            out.append(' ').append(parts.get(k).strip());
        }
        return out.toString();
    }

    private static boolean hasACount(String part) {
        return part.chars().anyMatch(c -> Character.isDigit(c) || "一两二三四五六七八九十俩仨半".indexOf(c) >= 0);
    }

    private static boolean hasALetter(String part) {
        return part.codePoints().anyMatch(Character::isLetter);
    }

    /** {@code body} with its fields in the order a line is read in, or as given when it is not written in this order. */
    public String rewritten(String body) {
        if (fields.isEmpty() || body.indexOf(separator) < 0 || body.contains("~~")) {
            return body;
        }
        List<String> parts =
                new ArrayList<>(List.of(body.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)));
        Field last = fields.get(fields.size() - 1);
        boolean remarkLast = last == Field.REMARK;
        if (parts.size() > fields.size() && remarkLast) {
            String rest = String.join(String.valueOf(separator), parts.subList(fields.size() - 1, parts.size()));
            parts = new ArrayList<>(parts.subList(0, fields.size() - 1));
            parts.add(rest);
        } else if (parts.size() > fields.size() && last == Field.ORDER && fields.get(0) == Field.NAME) {
            return nameWhereThenCount(parts, body); // 李姐-6-1-602-2箱, 丽丽-3栋801-2-送人的
        }
        if (parts.size() != fields.size() && !(remarkLast && parts.size() == fields.size() - 1)) {
            return body;
        }
        StringBuilder name = new StringBuilder();
        StringBuilder order = new StringBuilder();
        StringBuilder remarks = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k).strip();
            if (part.isEmpty()) {
                return body;
            }
            if (fields.get(k) == Field.NAME && !hasALetter(part)) {
                return body; // 3-502-小陈-2: the room's own dashes, the fields do not line up
            }
            switch (fields.get(k)) {
                case NAME -> name.append(part);
                case ORDER -> order.append(order.length() > 0 ? " " : "").append(part);
                case REMARK -> remarks.append(' ').append(part);
                default -> {} // where the person lives: kept in the line as written
            }
        }
        if (name.length() == 0 || order.length() == 0) {
            return body;
        }
        return name + " " + order + remarks;
    }
}
