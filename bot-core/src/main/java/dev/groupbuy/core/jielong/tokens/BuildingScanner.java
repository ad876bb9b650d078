package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.jielong.text.ChineseNumerals;
import java.util.List;

/**
 * Recognises building and room notes: {@code 3栋502}, {@code 11栋2单元301}, {@code 9号楼1单元},
 * {@code 8幢1单元}, {@code 3号楼2门}, {@code 5-2-301}, {@code 3#502}, {@code B座1203}, {@code A区3栋}, {@code 东门}.
 * Digits glued to a note belong to it unless a unit follows them ({@code 3栋 2盒}).
 */
public final class BuildingScanner {

    private static final List<String> AFTER_NUMBER = List.of(
            "号楼",
            "号院",
            "号门",
            "号自提点",
            "号提货点",
            "号取货点",
            "号点", // 1号点 韩姐: the pickup point the post numbered
            "号别墅",
            "号亭子间",
            "号宿舍",
            "号床",
            "号铺",
            "号档",
            "病区",
            "单元",
            "栋",
            "幢",
            "楼",
            "室",
            "号房",
            "房", // 203房 杨秀英: a room of a care home or a hostel
            "座",
            "层",
            "区",
            "期",
            "门",
            "户",
            "弄",
            "舍",
            "街坊",
            "F",
            "f",
            // a meeting room, classroom, production line, team or year group: 2号会议室 老葛, 2023级 阿哲, 6队 老杨
            "号会议室",
            "号课室",
            "号教室",
            "号线",
            "号车间",
            "号窗口",
            "会议室",
            "课室",
            "车间",
            "调度",
            "级",
            "队");
    private static final WordTable NUMERAL_MARKS =
            new WordTable(List.of("号楼", "号院", "单元", "栋", "幢", "楼", "座", "层", "区", "期"));
    private static final WordTable STRONG_NUMERAL_MARKS = new WordTable(List.of("号楼", "单元", "栋", "幢"));
    private static final String LETTER_MARKS = "区座栋幢";
    private static final String DIRECTIONS = "东南西北中";
    private static final String DIRECTION_MARKS = "门区苑院";

    private static final WordTable MARKS = new WordTable(AFTER_NUMBER);

    /** Words of a place written right before its code, all of it the note: {@code 工位C-18}, {@code 地库B2}. */
    private static final List<String> PLACES_BEFORE_A_CODE = List.of("工位", "车位", "地库", "座位");

    private static final String PLACE_STARTS = placeStarts();

    /** The first characters of {@link #PLACES_BEFORE_A_CODE}, for the tokenizer's list of where to look. */
    static String placeStarts() {
        StringBuilder out = new StringBuilder();
        PLACES_BEFORE_A_CODE.forEach(w -> out.append(w.charAt(0)));
        return out.append('学').append("高初").toString(); // 学号17, 高三(7)班
    }

    private BuildingScanner() {}

    /** Words English-speaking estates write before a flat's number ({@code Flat 12B}, {@code Rm 3C}). */
    private static final java.util.Set<String> FLAT_WORDS = java.util.Set.of("flat", "rm", "room", "unit");

    /** Whether {@code word} is one of {@link #FLAT_WORDS}, in any case. */
    public static boolean isFlatWord(String word) {
        return word.length() <= 4 && FLAT_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** End of the building note starting at {@code i}, or -1 when there is none. */
    public static int scan(String s, int i, List<String> extraUnits) {
        char c = s.charAt(i);
        int pupil = pupilNumber(s, i);
        if (pupil > 0) {
            return pupil;
        }
        int end = -1;
        for (int w = 0; w < PLACES_BEFORE_A_CODE.size() && PLACE_STARTS.indexOf(c) >= 0; w++) {
            String word = PLACES_BEFORE_A_CODE.get(w);
            int at = i + word.length();
            if (s.startsWith(word, i) && at < s.length()) {
                int code = CatalogMatcher.isAsciiLetter(s.charAt(at))
                        ? lettered(s, at)
                        : isDigit(s.charAt(at)) ? numbered(s, at) : -1;
                if (code < 0 && CatalogMatcher.isAsciiLetter(s.charAt(at))) {
                    code = lettered(s, at);
                }
                if (code < 0) {
                    code = codeRun(s, at); // 工位23, 工位F-3: the place's own code, however it is numbered
                }
                if (code > 0) {
                    return continuation(s, code, extraUnits); // 工位C-18, 车位B2-105, 地库B2
                }
            }
        }
        if (isDigit(c)) {
            end = numbered(s, i);
            end = end < 0 ? row(s, i, extraUnits) : end;
        } else if (CatalogMatcher.isAsciiLetter(c)) {
            end = lettered(s, i);
        } else if (DIRECTIONS.indexOf(c) >= 0) {
            end = direction(s, i);
        }
        if (end < 0 && ChineseNumerals.isNumeral(c)) {
            end = numeralBuilding(s, i);
        }
        if (end < 0 && (c == '高' || c == '初') && i + 1 < s.length() && ChineseNumerals.isNumeral(s.charAt(i + 1))) {
            int grade = schoolClass(s, i + 2); // 高三(7)班, 初二10班: the grade, then the class
            if (grade < 0 && i + 2 < s.length() && isDigit(s.charAt(i + 2))) {
                grade = schoolClass(s, digitsEnd(s, i + 2));
            }
            end = grade;
        }
        return end < 0 ? -1 : continuation(s, end, extraUnits);
    }

    /** The end of a run of letters, digits and inner hyphens from {@code at} ({@code F-3}, {@code 23}), or -1. */
    private static int codeRun(String s, int at) {
        int j = at;
        while (j < s.length()
                && (isDigit(s.charAt(j)) || CatalogMatcher.isAsciiLetter(s.charAt(j)) || s.charAt(j) == '-')) {
            j++;
        }
        while (j > at && s.charAt(j - 1) == '-') {
            j--;
        }
        return j > at ? j : -1;
    }

    /**
     * {@code 5排}, {@code 平房7排5号}: a row of the old compounds' single-storey houses, where no product of the deal is
     * sold by the 排 (a row of yogurt pots); the end of the row, or -1.
     */
    private static int row(String s, int i, List<String> units) {
        int j = digitsEnd(s, i);
        return j - i <= 2 && j < s.length() && s.charAt(j) == '排' && !units.contains("排") ? j + 1 : -1;
    }

    /**
     * {@code 15号1103室}, {@code 5号601}: a house number and a room of three or four digits after it (Shanghai writes
     * {@code 123弄5号601}); the end of the room, or -1. {@code 1号2份} is a product code and a count.
     */
    private static int houseAndRoom(String s, int j) {
        if (j + 1 >= s.length() || s.charAt(j) != '号' || !isDigit(s.charAt(j + 1))) {
            return -1;
        }
        int k = digitsEnd(s, j + 1);
        if (k - j - 1 < 3 || k - j - 1 > 4) {
            return -1;
        }
        if (k < s.length() && s.charAt(k) == '室') {
            return k + 1;
        }
        boolean boundary =
                k == s.length() || s.charAt(k) == ' ' || s.charAt(k) == '-' || ProductFragments.isHan(s.charAt(k));
        return boundary && Units.readAt(s, k, List.of()) == null ? k : -1;
    }

    /** {@code 5/2/1101}: building, unit and room parted by slashes (two slashes: no date); the end, or -1. */
    private static int slashedRoom(String s, int j) {
        if (j + 1 >= s.length() || s.charAt(j) != '/' || !isDigit(s.charAt(j + 1))) {
            return -1;
        }
        int k = digitsEnd(s, j + 1);
        if (k + 1 >= s.length() || s.charAt(k) != '/' || !isDigit(s.charAt(k + 1))) {
            return -1;
        }
        return digitsEnd(s, k + 1);
    }

    /**
     * {@code 学号17 李想}, {@code 05 陈梓萌}: a pupil's number in a class group, written as 学号 and digits, or as two
     * digits with a leading zero before a name; the end, or -1.
     */
    private static int pupilNumber(String s, int i) {
        char c = s.charAt(i);
        if (c != '学' && c != '0') {
            return -1; // the quick look: neither 学号 nor a leading zero
        }
        if (s.startsWith("学号", i) && i + 2 < s.length() && isDigit(s.charAt(i + 2))) {
            return digitsEnd(s, i + 2);
        }
        boolean first = i == 0 || s.charAt(i - 1) == ' ';
        boolean leadingZero = first
                && i + 3 < s.length()
                && s.charAt(i) == '0'
                && isDigit(s.charAt(i + 1))
                && s.charAt(i + 2) == ' '
                && ProductFragments.isHan(s.charAt(i + 3));
        return leadingZero ? i + 2 : -1;
    }

    private static int numbered(String s, int i) {
        int j = digitsEnd(s, i);
        int schoolClass = schoolClass(s, j);
        if (schoolClass > 0) {
            return schoolClass;
        }
        if (j < s.length() && s.charAt(j) == '-' && j + 1 < s.length() && isDigit(s.charAt(j + 1))) {
            int k = digitsEnd(s, j + 1);
            boolean range = j - i <= 2 && k - j - 1 <= 2 && Units.readAt(s, k, List.of()) != null;
            if (range) {
                return -1; // 2-3斤: a range of counts, not a building
            }
            while (k < s.length() && s.charAt(k) == '-' && k + 1 < s.length() && isDigit(s.charAt(k + 1))) {
                int next = digitsEnd(s, k + 1);
                if (isCountAfterTheRoom(s, next, List.of())) {
                    break; // 李姐-6-1-602-2箱: the room, then the count
                }
                k = next;
            }
            return k;
        }
        if (j + 1 < s.length()
                && s.charAt(j) == '#'
                && j - i <= 3
                && (s.charAt(j + 1) == '-' || s.charAt(j + 1) == '楼')) {
            int k = j + 1; // 18#-2-502, 5#楼: # marks the building (5#大堂 may be the fifth of something)
            k = k < s.length() && s.charAt(k) == '楼' ? k + 1 : k;
            while (k + 1 < s.length() && s.charAt(k) == '-' && isDigit(s.charAt(k + 1))) {
                k = digitsEnd(s, k + 1);
            }
            return k;
        }
        if (j + 1 < s.length() && s.charAt(j) == '#' && isDigit(s.charAt(j + 1))) {
            int k = digitsEnd(s, j + 1);
            String mark = markAt(s, k);
            return mark != null ? k + mark.length() : k; // 7#2单元301: building 7, unit 2, then the room
        }
        if (j < s.length() && s.charAt(j) == '#' && j - i <= 2 && (j + 1 == s.length() || s.charAt(j + 1) == ' ')) {
            return j + 1; // 2# 佟: building 2
        }
        int room = houseAndRoom(s, j);
        if (room > 0) {
            return room;
        }
        int slashed = slashedRoom(s, j);
        if (slashed > 0) {
            return slashed;
        }
        boolean first = i == 0 || s.charAt(i - 1) == ' ';
        if (first
                && j - i <= 3
                && j + 1 < s.length()
                && s.charAt(j) == '-'
                && ProductFragments.isHan(s.charAt(j + 1))
                && !ChineseNumerals.isNumeral(s.charAt(j + 1))
                && Units.readAt(s, j + 1, List.of()) == null) {
            return j + 1; // 12-孙悦妈妈, 7-小何: a pupil's number or a room before the name, not a count
        }
        String mark = markAt(s, j);
        if (mark != null) {
            return j + mark.length();
        }
        String spaced = j + 1 < s.length() && s.charAt(j) == ' ' ? markAt(s, j + 1) : null;
        if (spaced != null && SPACED_MARKS.contains(spaced)) {
            return j + 1 + spaced.length(); // 8 号楼
        }
        boolean afterLetter =
                i > 0 && (CatalogMatcher.isAsciiLetter(s.charAt(i - 1)) || "×*".indexOf(s.charAt(i - 1)) >= 0);
        return afterLetter ? -1 : floorLetter(s, i, j);
    }

    /** {@code 3B}, {@code 12A}: a number with a block or door letter glued to it, not a unit ({@code 5L}, {@code 500g}). */
    private static int floorLetter(String s, int i, int j) {
        boolean fits = j - i <= 3
                && j < s.length()
                && CatalogMatcher.isAsciiLetter(s.charAt(j))
                && "gGlLkKmMxX".indexOf(s.charAt(j)) < 0
                && (j + 1 >= s.length() || !CatalogMatcher.isAsciiLetter(s.charAt(j + 1)));
        return fits ? j + 1 : -1;
    }

    /**
     * After a grade or class number: {@code 3班}, {@code 4年级1班}, {@code 三(2)班}, {@code 三(2)} apart from the name,
     * {@code 五年级} — a school class,
     * written where parents write a building (the end of the note, or -1).
     */
    private static int schoolClass(String s, int j) {
        if (s.startsWith("班", j)) {
            return gluedToAName(s, j + 1) ? -1 : j + 1; // 3班朵朵妈: the class glued to the name is part of it
        }
        if (s.startsWith("年级", j)) {
            int k = j + 2;
            int n = k;
            while (n < s.length() && (isDigit(s.charAt(n)) || ChineseNumerals.isNumeral(s.charAt(n)))) {
                n++;
            }
            if (n > k && s.startsWith("班", n)) {
                return n + 1;
            }
            boolean apart = k >= s.length() || !ProductFragments.isHan(s.charAt(k));
            return apart ? k : -1; // 一年级张妈: the grade glued to the name is part of it
        }
        if (j + 3 < s.length() && (s.charAt(j) == '(' || s.charAt(j) == '（')) {
            int n = digitsEnd(s, j + 1);
            boolean closed = n > j + 1 && n + 1 < s.length() && (s.charAt(n) == ')' || s.charAt(n) == '）');
            if (closed && s.charAt(n + 1) == ' ' && n - j <= 3) {
                return n + 1; // 三(1) 陈一诺, 初一(2) 王梓萱: the class without 班, apart from the name
            }
            return closed && s.charAt(n + 1) == '班' && !gluedToAName(s, n + 2) ? n + 2 : -1;
        }
        return -1;
    }

    private static boolean gluedToAName(String s, int k) {
        return k < s.length() && (ProductFragments.isHan(s.charAt(k)) || CatalogMatcher.isAsciiLetter(s.charAt(k)));
    }

    /** {@code 五号楼}, {@code 二期}, {@code 三单元}, {@code 三(2)班}: a building, phase or class numbered in words. */
    private static int numeralBuilding(String s, int i) {
        boolean wordBefore =
                i > 0 && ProductFragments.isHan(s.charAt(i - 1)) && !ChineseNumerals.isNumeral(s.charAt(i - 1));
        int j = i;
        while (j < s.length() && ChineseNumerals.isNumeral(s.charAt(j)) && j - i < 3) {
            j++;
        }
        if (wordBefore) {
            // 吴桂英五栋三楼, 李大爷八栋: a building in words glued after a name, told by a mark no word ends in
            String strong = STRONG_NUMERAL_MARKS.longestAt(s, j);
            return strong != null && i >= 2 && ProductFragments.isHan(s.charAt(i - 2)) ? j + strong.length() : -1;
        }
        int schoolClass = schoolClass(s, j);
        if (schoolClass > 0) {
            return schoolClass;
        }
        String mark = NUMERAL_MARKS.longestAt(s, j);
        return mark == null ? -1 : j + mark.length();
    }

    private static int lettered(String s, int i) {
        if (i > 0 && (CatalogMatcher.isAsciiLetter(s.charAt(i - 1)) || isDigit(s.charAt(i - 1)))) {
            return -1;
        }
        int j = i + 1;
        if (j < s.length() && LETTER_MARKS.indexOf(s.charAt(j)) >= 0) {
            return j + 1;
        }
        int desk = deskCode(s, i);
        return desk > 0 ? desk : letterCode(s, i);
    }

    /** {@code A-12}, {@code B-03}: a letter, a dash and two or more digits mark a desk, stall or block. */
    private static int deskCode(String s, int i) {
        int dash = i + 1;
        if (Character.isUpperCase(s.charAt(i))) {
            while (dash < s.length() && dash - i < 3 && s.charAt(dash) >= 'A' && s.charAt(dash) <= 'Z') {
                dash++; // IT-07, HR-12: a department's capitals and a desk
            }
        }
        if (dash + 2 >= s.length() || s.charAt(dash) != '-' || !isDigit(s.charAt(dash + 1))) {
            return -1;
        }
        int j = digitsEnd(s, dash + 1);
        boolean boundary = j >= s.length() || !(CatalogMatcher.isAsciiLetter(s.charAt(j)) || s.charAt(j) == '.');
        int digits = j - dash - 1;
        return digits >= 2 && digits <= 4 && boundary && Units.readAt(s, j, List.of()) == null ? j : -1;
    }

    /**
     * A letter glued to a few digits is an area, building or floor code ({@code B2}, {@code K3}, {@code E12}),
     * not a quantity: it ends at a boundary, never before a unit ({@code B2盒}) or more letters. {@code x2}
     * is a quantity.
     */
    private static int letterCode(String s, int i) {
        char c = s.charAt(i);
        if (c == 'x' || c == 'X' || i + 1 >= s.length() || !isDigit(s.charAt(i + 1))) {
            return -1;
        }
        int j = digitsEnd(s, i + 1);
        if (j == i + 1 || j - i - 1 > 4) {
            return -1;
        }
        if (j < s.length() && (CatalogMatcher.isAsciiLetter(s.charAt(j)) || s.charAt(j) == '.')) {
            return -1;
        }
        String mark = markAt(s, j);
        if (mark != null && LETTER_CODE_MARKS.contains(mark)) {
            return j + mark.length(); // D9栋, B7栋, F6座
        }
        return Units.readAt(s, j, List.of()) != null ? -1 : j;
    }

    /** Places a letter code with digits may name right before them: {@code B2会议室}, {@code B1车库门口}, {@code B2车位}. */
    private static final WordTable PLACES_AFTER_A_CODE = new WordTable(List.of(
            "会议室", "车库", "停车场", "车位", "电梯", "大堂", "门口", "岗亭", "办公室", "工位", "前台", "出口", "入口", "地库", "号楼", "栋", "幢", "座",
            "病区", "单元", "区", "层", "楼", "室"));

    /**
     * {@code B2会议室}, {@code B1停车场取}: a letter and one to three digits glued to a place is that place, even where the
     * letter is one of the deal's codes — two of B is never written glued to a room. The end of the place, or -1.
     */
    public static int codeBeforeAPlace(String s, int i) {
        if (!CatalogMatcher.isAsciiLetter(s.charAt(i)) || i + 1 >= s.length() || !isDigit(s.charAt(i + 1))) {
            return -1;
        }
        if (i > 0 && CatalogMatcher.isAsciiLetter(s.charAt(i - 1))) {
            return -1;
        }
        int j = digitsEnd(s, i + 1);
        if (j - i - 1 > 3) {
            return -1;
        }
        String place = PLACES_AFTER_A_CODE.longestAt(s, j);
        return place == null ? -1 : j + place.length();
    }

    /** Marks that still make a building after a space: {@code 8 号楼}, {@code 3 栋}. */
    private static final List<String> SPACED_MARKS = List.of("号楼", "栋", "幢", "单元", "号院");

    /** What may follow a letter code and still be part of the building: {@code D9栋}, {@code A3座}, {@code C2号楼}. */
    private static final List<String> LETTER_CODE_MARKS = List.of("号楼", "栋", "幢", "座", "单元", "病区", "区");

    private static int direction(String s, int i) {
        if (i > 0 && ProductFragments.isHan(s.charAt(i - 1))) {
            return -1;
        }
        int j = i + 1;
        if (j >= s.length() || DIRECTION_MARKS.indexOf(s.charAt(j)) < 0) {
            return -1;
        }
        j++;
        if (j < s.length() && s.charAt(j) == '口') {
            j++;
        }
        return j < s.length() && ProductFragments.isHan(s.charAt(j)) && !isPickupWord(s, j) ? -1 : j;
    }

    private static boolean isPickupWord(String s, int j) {
        char c = s.charAt(j);
        return c == '取' || c == '拿' || c == '自';
    }

    private static int continuation(String s, int from, List<String> extraUnits) {
        int j = from;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '-' && j + 1 < s.length() && isDigit(s.charAt(j + 1))) {
                int k = digitsEnd(s, j + 1);
                if (isCountAfterTheRoom(s, k, extraUnits)) {
                    break; // 小叶-12栋2单元-3箱: the building, then the count
                }
                String mark = markAt(s, k);
                j = mark != null && Units.readAt(s, k, extraUnits) == null ? k + mark.length() : k;
            } else if (isDigit(c)) {
                int k = digitsEnd(s, j);
                String mark = markAt(s, k);
                if (mark == null && "号".equals(k < s.length() ? s.substring(k, k + 1) : "")) {
                    mark = "号";
                }
                if (mark != null) {
                    j = k + mark.length();
                } else if (Units.readAt(s, k, extraUnits) == null && !nextIsUnitAfterSpace(s, k, extraUnits)) {
                    j = k;
                } else {
                    break;
                }
            } else if (CatalogMatcher.isAsciiLetter(c)
                    && j + 1 < s.length()
                    && LETTER_MARKS.indexOf(s.charAt(j + 1)) >= 0) {
                j += 2;
            } else if (CatalogMatcher.isAsciiLetter(c) && letterCode(s, j) > 0) {
                j = letterCode(s, j);
            } else if (CatalogMatcher.isAsciiLetter(c)
                    && j > 0
                    && s.charAt(j - 1) == '楼'
                    && (j + 1 == s.length() || s.charAt(j + 1) == ' ')) {
                j++; // 5座18楼A: the flat on that floor
            } else if (CatalogMatcher.isAsciiLetter(c)
                    && j > from
                    && isDigit(s.charAt(j - 1))
                    && floorLetter(s, j - 1, j) > j) {
                j++; // 5栋12A: the floor and the flat's letter
            } else if (c == '之'
                    && j > 0
                    && s.charAt(j - 1) == '楼'
                    && j + 1 < s.length()
                    && isDigit(s.charAt(j + 1))
                    && Units.readAt(s, digitsEnd(s, j + 1), extraUnits) == null) {
                j = digitsEnd(s, j + 1); // 5楼之2: Taiwan's second flat on the fifth floor
            } else if (DIRECTIONS.indexOf(c) >= 0 && j > from - 1 && j + 1 < s.length() && s.charAt(j + 1) == '户') {
                j += 2; // 5楼东户: the flat on that side of the landing
            } else if (ChineseNumerals.isNumeral(c) && numeralPart(s, j) > j) {
                j = numeralPart(s, j); // 十二栋二单元, 三栋一单元四零二, 八栋三零二: the rest written in words
            } else {
                break;
            }
        }
        return j;
    }

    /** A unit, and no building mark, right after the digits of a last dash part: a count, not part of the room. */
    private static boolean isCountAfterTheRoom(String s, int k, List<String> extraUnits) {
        return markAt(s, k) == null && Units.readAt(s, k, extraUnits) != null;
    }

    private static final String DIGIT_WORDS = "零〇一二三四五六七八九";

    /** After a building: {@code 二单元}, {@code 三楼}, or a room read digit by digit ({@code 四零二}); its end, or -1. */
    private static int numeralPart(String s, int j) {
        int k = j;
        while (k < s.length() && ChineseNumerals.isNumeral(s.charAt(k)) && k - j < 3) {
            k++;
        }
        String mark = NUMERAL_MARKS.longestAt(s, k);
        if (mark != null) {
            return k + mark.length();
        }
        int room = j;
        while (room < s.length() && DIGIT_WORDS.indexOf(s.charAt(room)) >= 0 && room - j < 4) {
            room++;
        }
        boolean digitByDigit = room - j >= 3 && (room == s.length() || DIGIT_WORDS.indexOf(s.charAt(room)) < 0);
        if (digitByDigit && Units.readAt(s, room, List.of()) == null) {
            return room;
        }
        boolean countAfter = room - j == 4 && Units.readAt(s, room, List.of()) != null;
        return countAfter ? room - 1 : -1; // 三零二一箱: room 302, then one box
    }

    private static boolean nextIsUnitAfterSpace(String s, int k, List<String> extraUnits) {
        return k + 1 < s.length() && s.charAt(k) == ' ' && Units.readSpacedAt(s, k + 1, extraUnits) != null;
    }

    private static String markAt(String s, int j) {
        return MARKS.longestAt(s, j);
    }

    private static int digitsEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
