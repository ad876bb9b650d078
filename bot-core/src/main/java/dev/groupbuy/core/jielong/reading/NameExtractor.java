package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.BuildingScanner;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.Fillers;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.jielong.tokens.Remarks;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.WordTable;
import java.util.List;

/**
 * Finds the participant's name in a tokenised line. Leading building notes and remarks are skipped, then
 * words are taken up to the first quantity, product, keyword or note. A nickname keeps what belongs to it:
 * digits glued to it ({@code 阿强666}, {@code Lily2019}, {@code 7up}), Latin parts joined by {@code .} or
 * {@code _} ({@code Mo.XY}, {@code Tony_Wu}, {@code Mr. 黄}), a space between Latin words ({@code KEVIN Z},
 * {@code Lily 王}) and emoji. When the line starts with its order ({@code 2袋 阿雯}), the name is the word
 * after it.
 */
public final class NameExtractor {

    /**
     * The name, and where it stands: tokens {@code [from, to)}. Tokens before {@code from} are notes in front
     * of the name, tokens from {@code to} on (and before {@code from}, when the order came first) the order.
     * {@code uncertain} when two word groups could each be the person ({@code 林场 老李 1只}): a human decides.
     */
    record Name(String text, int from, int to, boolean uncertain) {

        Name(String text, int from, int to) {
            this(text, from, to, false);
        }

        int nextToken() {
            return to;
        }

        boolean orderFirst() {
            return from > 0 && !text.isEmpty();
        }
    }

    /** Words that start a request, never the rest of a spaced name ({@code Tina 能换成美式吗}). */
    private static final String PREFIX_WORDS = "要订买来拿加共再还也能想我请帮给就都先可";

    /** What an elder's name ends with when it says who she or he is: {@code 王阿姨}, {@code 徐老伯伯}, {@code 张奶奶}. */
    private static final List<String> WHO_ENDINGS = List.of(
            "阿姨", "奶奶", "爷爷", "伯伯", "叔叔", "大爷", "大妈", "阿婆", "婆婆", "阿公", "老师", "师傅", "姐", "哥", "嫂", "姨", "叔", "伯");

    private static boolean endsWithWhoSheIs(String name) {
        for (String ending : WHO_ENDINGS) {
            if (name.endsWith(ending) && name.length() > ending.length()) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> TRAILING_PREFIXES =
            List.of("我也要", "也要", "还要", "再要", "我要", "就要", "要", "订", "买", "预订", "预定", "再来", "来");
    private static final String NAME_JOINERS = "._·-'’";
    private static final String PAYMENT_SYMBOLS = "✅☑✔✓🙏👍💰🧧❌✖🆗👌";

    /** Paid marks (one character each) that may also be written before the name. */
    private static final String PAID_FIRST = "✅☑✔✓";

    private NameExtractor() {}

    /** Words that say who someone is to the group: {@code 阿姨}, {@code 老师}, {@code 爷爷}. */
    private static final List<String> TITLES = List.of(
            "阿姨", "叔叔", "叔", "姐", "哥", "奶奶", "爷爷", "大爷", "大妈", "婆婆", "阿婆", "阿伯", "老师", "师傅", "先生", "女士", "太太", "大姐",
            "大哥", "嫂", "姨", "伯", "妈妈", "爸爸");

    /**
     * {@code 「九叔」1栋 叉烧两斤}, {@code 【雅雅】凉皮}: the line opens with a name in corner or lenticular brackets, as the
     * 接龙 tools and some posts set it off; the words after it are the place and the order. {@code null} otherwise.
     */
    private static Name bracketedFirst(List<Token> tokens) {
        int k = Token.nonSpaceFrom(tokens, 0);
        if (k < 0
                || !tokens.get(k).is(TokenKind.REMARK)
                || "「【『".indexOf(tokens.get(k).firstChar()) < 0) {
            return null;
        }
        int next = Token.nonSpaceFrom(tokens, k + 1);
        if (next < 0
                || !(tokens.get(next).is(TokenKind.BUILDING) || tokens.get(next).is(TokenKind.PRODUCT))) {
            return null; // 【阿香】【3幢】【A2】, 【莱山】小于: the fields read one by one, or a place before the name
        }
        String content = tokens.get(k).content().strip();
        boolean person = !content.isEmpty()
                && content.length() <= 12
                && NameLikeness.of(content) > 0
                && !Remarks.isRemark(content);
        return person ? new Name(content, k, k + 1) : null;
    }

    /**
     * {@code 俺是5排的 芦大娘 三斤}, {@code 我是3栋的 王姐 2斤}: "I am", the place and 的, then the person apart; the person,
     * or {@code name} when the line is not so.
     */
    static Name afterSelfIntroduction(List<Token> tokens, Name name) {
        if (!SELF_INTRODUCTIONS.contains(name.text())) {
            return name;
        }
        int j = name.to();
        boolean place = false;
        while (j < tokens.size()
                && (tokens.get(j).is(TokenKind.BUILDING)
                        || tokens.get(j).is(TokenKind.SPACE)
                        || tokens.get(j).is(TokenKind.TEXT)
                                && tokens.get(j).text().equals("的"))) {
            place |= tokens.get(j).is(TokenKind.BUILDING);
            j++;
        }
        boolean person = place
                && j < tokens.size()
                && tokens.get(j).is(TokenKind.TEXT)
                && tokens.get(j - 1).is(TokenKind.SPACE)
                && NameLikeness.of(tokens.get(j).text()) > 0;
        return person ? new Name(tokens.get(j).text(), j, j + 1) : name;
    }

    /** {@code 我是}, {@code 俺是}, {@code 我系}, then an optional place and 的, then who. */
    private static final java.util.regex.Pattern SAID_LATER = java.util.regex.Pattern.compile(
            "(?:我是|俺是|我系)(?:[^\\s，,。!！的]{1,10}的|[0-9一二三四五六七八九十]+(?:栋|号楼|幢|楼|号)(?:[0-9一二三四五六七八九十]+单元)?)?"
                    + "(\\p{IsHan}{2,5})");

    /**
     * {@code 好的我也要一箱我是王阿婆}, {@code 团长你好我是老郑要两箱}, {@code …要三瓶 我是周姐}: a name given later in the line,
     * as voice input writes it — {@code 老}, {@code 小} or {@code 阿} and one character, or a surname and a title — or
     * {@code null} when the line introduces nobody.
     */
    static String introducedLater(String line) {
        if (line.indexOf('是') < 0 && line.indexOf('系') < 0) {
            return null;
        }
        java.util.regex.Matcher m = SAID_LATER.matcher(line);
        String found = null;
        while (m.find()) {
            String words = m.group(1);
            String person = null;
            if ("老小阿".indexOf(words.charAt(0)) >= 0) {
                person = words.substring(0, 2);
                for (String title : TITLES) {
                    if (words.startsWith(title, 2) && words.charAt(1) != '要') {
                        person = words.substring(0, 2 + title.length()); // 小王阿姨
                        break;
                    }
                }
            } else {
                for (int end = 2; end <= Math.min(4, words.length()) && person == null; end++) {
                    String w = words.substring(0, end);
                    for (String title : TITLES) {
                        if (w.endsWith(title) && w.length() > title.length()) {
                            person = w;
                            break;
                        }
                    }
                }
            }
            if (person != null && "要我也的".indexOf(person.charAt(1)) < 0) {
                found = person;
            }
        }
        return found;
    }

    private static final java.util.Set<String> SELF_INTRODUCTIONS = java.util.Set.of("我是", "俺是", "我系", "阮是");

    /**
     * {@code 我是戴阿姨}, {@code 六栋的刘阿姨}, {@code 花园路那栋的魏阿姨}: a name said in a sentence, as voice input writes
     * it, is the person after 我是 or after the place and 的 ({@code 二楼的猫} is a nickname and stays whole).
     */
    static Name asIntroduced(Name name) {
        String text = name.text();
        if (text.length() >= 3 && text.charAt(0) == '的') {
            text = spokenName(text.substring(1)); // 我是五号楼一单元的老马要: the building read, then 的 and who
        }
        int introduced = Math.max(text.indexOf("我是"), Math.max(text.indexOf("我系"), text.indexOf("俺是")));
        if (introduced >= 0 && introduced <= 2 && text.length() > introduced + 3) {
            text = spokenName(text.substring(introduced + 2)); // 那个我是周奶奶我要, 我我是孙老师: voice input
        }
        int of = text.lastIndexOf('的');
        if (of >= 0 && of + 1 < text.length()) {
            String place = text.substring(0, of);
            String person = text.substring(of + 1);
            boolean atAPlace = place.isEmpty() // 六栋 already read as the building
                    || "栋楼号区苑门院路座层户".indexOf(place.charAt(place.length() - 1)) >= 0
                    || Places.isPlace(place);
            if (atAPlace && TITLES.stream().anyMatch(person::endsWith) && person.length() <= 5) {
                text = person;
            }
        }
        text = withoutGluedRoom(text);
        return text.equals(name.text()) ? name : new Name(text, name.from(), name.to(), name.uncertain());
    }

    /** {@code 王阿姨502}, {@code 1203小孙}: a room number glued to a Chinese name. */
    private static final java.util.regex.Pattern GLUED_ROOM =
            java.util.regex.Pattern.compile("^(\\d{3,4})(\\p{IsHan}{2,5})$|^(\\p{IsHan}{2,5})(\\d{3,4})$");

    /**
     * {@code 王阿姨502}, {@code 907甜甜}, {@code 1202保姆红姐}: the room glued to the name is the note, not the name; a
     * number that is no room ({@code 阿强666}, {@code 小美520}: the same digit over, or a lucky number) stays.
     */
    private static String withoutGluedRoom(String text) {
        if (text.length() < 5
                || !Character.isDigit(text.charAt(0)) && !Character.isDigit(text.charAt(text.length() - 1))) {
            return text;
        }
        java.util.regex.Matcher m = GLUED_ROOM.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(4);
        String person = m.group(1) != null ? m.group(2) : m.group(3);
        return isRoom(digits) && NameLikeness.of(person) > 0 ? person : text;
    }

    /**
     * {@code 502}, {@code 1203}: a floor and a door (01 to 12); not a year ({@code 夏天2021}), the same digit over
     * ({@code 666}), a lucky number, or a run such as {@code 123} or {@code 8424}.
     */
    private static boolean isRoom(String digits) {
        int door = Integer.parseInt(digits.substring(digits.length() - 2));
        boolean sameDigit = digits.chars().distinct().count() == 1;
        boolean year = digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
        return door >= 1 && door <= 12 && !sameDigit && !year && !LUCKY.contains(digits) && digits.charAt(0) != '0';
    }

    private static final java.util.Set<String> LUCKY =
            java.util.Set.of("520", "521", "1314", "5201", "168", "1688", "518");

    /** How a spoken line starts: the speaker asking, not the speaker's name ({@code 阿拉要}, {@code 麻烦帮我留}). */
    private static final List<String> SPEAKING = List.of(
            "我", "俺", "阿拉", "侬", "俾我", "畀我", "给我", "帮我", "麻烦", "劳驾", "您呐", "您给我", "您帮我", "那个", "请", "咱", "要", "团长");

    /** How the speaker asks for themself, with no one else named: the words of {@link #SPEAKING} that name no one. */
    private static final List<String> ASKING_FOR_ONESELF =
            List.of("我", "阿拉", "侬帮我", "俾我", "畀我", "给我", "帮我", "麻烦", "劳驾", "自己", "您给我", "您帮我");

    /** {@code 阿拉要}, {@code 侬帮我留}, {@code 俾我}: the speaker asking for themself, with no one else named. */
    static boolean asksForThemself(String word) {
        for (String start : ASKING_FOR_ONESELF) {
            if (word.startsWith(start) && !word.contains("要是") && !word.contains("的话")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} starts the way a spoken line does ({@link #SPEAKING}). */
    static boolean isSpeaking(String word) {
        return SPEAKING_TABLE.longestAt(word, 0) != null;
    }

    private static final WordTable SPEAKING_TABLE = new WordTable(SPEAKING);

    /**
     * The person a spoken line names after its first words: after 我是 and the place ({@code 我是九栋的刘桂兰要}), or a
     * name standing apart after the order ({@code 我要六斤 刘大爷 二号楼}); {@code null} when none does.
     */
    private static Name personSaidLater(List<Token> tokens, int from) {
        Name found = null;
        boolean order = false;
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            order |= t.is(TokenKind.NUMBER) || t.is(TokenKind.PRODUCT);
            if (!t.is(TokenKind.TEXT)) {
                continue;
            }
            String text = t.text();
            if ((text.endsWith("我是") || text.endsWith("俺是"))
                    && j + 1 < tokens.size()
                    && isGivenNameInLatin(tokens.get(j + 1))) {
                found = new Name(tokens.get(j + 1).text(), j + 1, j + 2); // 我家要两盒 我是Momo
                continue;
            }
            int introduced = text.indexOf("是");
            boolean introduces = text.startsWith("我是") || text.startsWith("俺是") || text.startsWith("我系") || j > from;
            String spoken = spokenName(
                    introduces && introduced >= 0 && introduced < text.length() - 1 && text.startsWith("是", introduced)
                            ? text.substring(introduced + 1)
                            : text);
            boolean apart = j == from
                    || tokens.get(j - 1).isSeparator()
                    || tokens.get(j - 1).is(TokenKind.BUILDING)
                    || tokens.get(j - 1).is(TokenKind.NUMBER);
            boolean person = spoken.length() >= 2
                    && spoken.length() <= 4
                    && spoken.chars().allMatch(c -> ProductFragments.isHan((char) c))
                    && (soundsLikeSomeone(spoken)
                            || (spoken.length() <= 3 && NameLikeness.isCommonSurname(spoken.charAt(0))))
                    && !isSpeaking(spoken)
                    && !Remarks.isRemark(spoken)
                    && NameLikeness.of(spoken) > 0;
            person |= !spoken.equals(text) && LATIN_GIVEN_NAME.matcher(spoken).matches(); // 我是Momo
            boolean saysWhoItIs = j == from ? !spoken.equals(text) : apart && (order || !spoken.equals(text));
            if (person && saysWhoItIs) {
                found = new Name(spoken, j, j + 1);
            }
        }
        return found;
    }

    /** Whether nothing but rooms, remarks and separators stand from {@code from} on: the line ends with the name. */
    private static boolean onlyNotesAfter(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (!t.isSeparator() && !t.is(TokenKind.BUILDING) && !t.is(TokenKind.REMARK) && !t.is(TokenKind.SKIP)) {
                return false;
            }
        }
        return true;
    }

    /** {@code 我是Momo}: an English given name said after 我是. */
    private static final java.util.regex.Pattern LATIN_GIVEN_NAME =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z._-]{1,15}");

    /** What a voice-typed name trails ({@code 孙阿姨我要的是}, {@code 王德明啊}, {@code 王奶奶给我留}). */
    private static final List<String> SPOKEN_TAILS = List.of(
            "给我留", "给我来", "帮我留", "帮我来", "给俺来", "给俺留", "给我", "帮我", "给俺", "我要的是", "我的", "我要", "要的是", "就要", "要", "就", "啊",
            "呀", "哈", "嘛", "呢", "哦");

    /** {@code 的刘桂兰要}, {@code 孙阿姨我要的是}, {@code 王德明啊}: the name without the words around it. */
    private static String spokenName(String text) {
        String w = text;
        int of = w.lastIndexOf('的', w.length() - 3);
        if (of >= 0 && !w.substring(of + 1).startsWith("是")) {
            w = w.substring(of + 1);
        }
        for (String tail : SPOKEN_TAILS) {
            if (w.endsWith(tail) && w.length() > tail.length() + 1) {
                w = w.substring(0, w.length() - tail.length());
            }
        }
        return w;
    }

    static Name extract(List<Token> tokens) {
        Name setOff = bracketedFirst(tokens);
        if (setOff != null) {
            return setOff;
        }
        int k = 0;
        while (k < tokens.size()
                && (isLeadingNoise(tokens.get(k)) || isPlaceBeforeName(tokens, k) || isRoomBeforeName(tokens, k))) {
            k++;
        }
        int start = start(tokens, k);
        Name name;
        if (start < 0) {
            name = nameAfterOrder(tokens, k);
            boolean remarkLike = NameLikeness.of(name.text()) < 0
                    || (!NameLikeness.isNickname(name.text()) && !hasLatin(name.text()));
            if (!name.text().isEmpty() && remarkLike) {
                name = roomAsName(tokens, k).orElse(name); // 4-4-404 鲈鱼x1 不杀: the room signs, 不杀 is a remark
            }
        } else {
            int first = start > 0 && isGluedProduct(tokens, start - 1, start) ? start - 1 : start;
            int last = isNumeralNickname(tokens, start) ? start + 1 : extend(tokens, first, start);
            name = named(tokens, first, last);
            name = betterNameAfter(tokens, name);
            if (last - first >= 2
                    && NameLikeness.isLatinDepartment(tokens.get(first).text())
                    && (tokens.get(first + 1).is(TokenKind.SPACE)
                            || tokens.get(first + 1).isChar('-'))
                    && isGivenNameInLatin(tokens.get(first + 2))) {
                name = named(tokens, first + 2, last); // HR Amanda, HR-Vicky: the team, then the person
            }
            if ((start > 0 && tokens.get(start - 1).isChar('@'))
                    || tokens.get(start).text().startsWith("@")) {
                name = nameAfterMention(tokens, name);
            }
            if (nicknameAfterTheOrder(tokens, name.to())
                    && NameLikeness.of(name.text()) < 0
                    && NameLikeness.isTeamOrCompany(name.text())) {
                Name after = nameAfterOrder(tokens, name.to());
                if (NameLikeness.isNickname(after.text()) && NameLikeness.of(after.text()) > 0) {
                    name = after; // 研发二部 1份 小钟: the team stands first, the person after the order
                }
            }
            if (name.from() == first
                    && name.to() < tokens.size()
                    && tokens.get(name.to()).is(TokenKind.NUMBER)
                    && tokens.get(name.to()).unit() != null
                    && tokens.get(name.to() - 1).gluedTo(tokens.get(name.to()))
                    && !NameLikeness.isNickname(name.text())
                    && !NameLikeness.isSurnameAndKinship(name.text())
                    && nicknameAfterTheOrder(tokens, name.to())) {
                Name after = nameAfterOrder(tokens, name.to());
                if (isPersonShaped(tokens, after)) {
                    name = after; // 年糕片2袋 小毛: a word glued to its count is what is ordered, the person follows
                }
            }
            if (isSpeaking(name.text())) {
                Name person = personSaidLater(tokens, name.from());
                if (person != null) {
                    name = person; // 阿拉要两盒 龚师母, 我是九栋的刘桂兰要两箱: who speaks says who she is
                }
            }
            if (k > 0
                    && (Questions.isHesitation(name.text())
                            || NameLikeness.of(name.text()) < -5
                            || describesTheProduct(name.text()))) {
                name = roomAsName(tokens, k).orElse(name); // 3-2-1006 看情况: the room signs, the words hesitate
            }
        }
        if (!hasLetters(name.text())) {
            int first = 0;
            while (first < tokens.size() && tokens.get(first).is(TokenKind.SPACE)) {
                first++;
            }
            Name bracketed = bracketedName(tokens, first);
            if (bracketed != null) {
                return bracketed;
            }
        }
        Name result = hasLetters(name.text()) ? name : roomAsName(tokens, k).orElse(name);
        if (result.text().isEmpty()) {
            Name later = personSaidLater(tokens, k);
            if (later != null && later.from() > k && onlyNotesAfter(tokens, later.to())) {
                return later; // 豆沙包一袋孙阿姨, 抽纸卷纸各一提 王阿姨 十栋: the order first, then who
            }
        }
        Name read = wordAfterTheRoom(tokens, result).orElse(result);
        return withThePlaceOfTheNickname(tokens, read);
    }

    /**
     * {@code 二楼的猫}, {@code 3栋的小胖}: a place and 的 glued to what follows, first on the line, make one nickname, which
     * the place is part of; the name read as {@code 的猫} takes the place back.
     */
    private static Name withThePlaceOfTheNickname(List<Token> tokens, Name name) {
        if (!name.text().startsWith("的") || name.from() < 1 || name.text().length() < 2) {
            return name;
        }
        Token place = tokens.get(name.from() - 1);
        if (!place.is(TokenKind.BUILDING) || !place.gluedTo(tokens.get(name.from()))) {
            return name;
        }
        for (int k = 0; k < name.from() - 1; k++) {
            if (!tokens.get(k).is(TokenKind.SPACE)) {
                return name; // 我是2栋的小马, 帮12栋的严爹爹: the place says where the person lives
            }
        }
        return new Name(place.text() + name.text(), name.from() - 1, name.to(), name.uncertain());
    }

    /**
     * {@code 帮4栋独居的贺爷爷}: in a line for someone else, words that say something about the person, then 的 and who
     * she is: the name is who she is ({@code 小美的妈妈} stays whole, 妈妈 alone names no one). Someone who writes
     * their own line that way is called so in the group ({@code 晨跑的小刘}).
     */
    static Name described(Name name) {
        String text = name.text();
        if (text.length() > 2 && "接订带要买拿留".indexOf(text.charAt(text.length() - 1)) >= 0) {
            String who = text.substring(0, text.length() - 1); // 帮上街韦叔接: the verb of the share, not her name
            if (NameLikeness.isSurnameAndKinship(who) || NameLikeness.isNickname(who) || endsWithWhoSheIs(who)) {
                name = new Name(who, name.from(), name.to(), name.uncertain());
                text = who;
            }
        }
        int of = text.lastIndexOf('的');
        if (of < 1 || of + 1 >= text.length()) {
            return name;
        }
        String who = text.substring(of + 1);
        boolean someone = NameLikeness.isSurnameAndKinship(who)
                || (NameLikeness.isNickname(who) && !NameLikeness.isRelativeWord(who));
        return someone ? new Name(who, name.from(), name.to(), name.uncertain()) : name;
    }

    /**
     * {@code 2-502 谢谢 2箱}, {@code 1-1-302 哈哈 1瓶}: the room first, then on its own the word where the name
     * stands, a doubled character or a word of thanks, right before the order: that word is what she is called.
     */
    private static java.util.Optional<Name> wordAfterTheRoom(List<Token> tokens, Name room) {
        if (room.to() <= 0
                || room.to() > tokens.size()
                || !tokens.get(room.to() - 1).is(TokenKind.BUILDING)) {
            return java.util.Optional.empty();
        }
        int w = Token.nonSpaceFrom(tokens, room.to());
        if (w <= room.to() || w >= tokens.size() || !tokens.get(w).is(TokenKind.TEXT)) {
            return java.util.Optional.empty();
        }
        String word = tokens.get(w).text();
        boolean doubled =
                word.length() == 2 && word.charAt(0) == word.charAt(1) && ProductFragments.isHan(word.charAt(0));
        boolean thanks = word.equals("谢谢") || word.equals("多谢") || word.equals("感谢");
        int after = Token.nonSpaceFrom(tokens, w + 1);
        boolean orderNext = after > w + 1
                && after < tokens.size()
                && (tokens.get(after).is(TokenKind.PRODUCT)
                        || tokens.get(after).is(TokenKind.TIMES)
                        || (tokens.get(after).is(TokenKind.NUMBER)
                                && tokens.get(after).unit() != null));
        return (doubled || thanks) && orderNext
                ? java.util.Optional.of(new Name(word, w, w + 1))
                : java.util.Optional.empty();
    }

    /**
     * {@code 蛋黄的}, {@code 甜的}, {@code 火锅用}: after the room, a word that says which kind or what for, where the
     * name would stand; the room signs.
     */
    private static boolean describesTheProduct(String word) {
        int n = word.length();
        return n >= 2 && n <= 4 && allHan(word) && (word.endsWith("的") || word.endsWith("用"));
    }

    /** {@code 【王五】2盒}, {@code [Lily] 1份}: a name set in brackets at the start of the line, the order after it. */
    private static Name bracketedName(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).is(TokenKind.REMARK) || !orderFollows(tokens, k + 1)) {
            return null;
        }
        String content = TextNormalizer.trimSeparators(tokens.get(k).content());
        boolean nameLike = !content.isEmpty()
                && content.codePointCount(0, content.length()) <= 12
                && Fillers.isSubstantive(content)
                && NameLikeness.of(content) >= 0;
        return nameLike ? new Name(content, k, k + 1) : null;
    }

    /**
     * {@code 8-1-502 2袋}, {@code 3栋1单元 1}: a neighbour who writes only the room is known by it. Used when the
     * line has no other name (or only an emoji or a filler word where the name would be).
     */
    private static java.util.Optional<Name> roomAsName(List<Token> tokens, int end) {
        int first = -1;
        int last = -1;
        for (int j = 0; j < end; j++) {
            if (tokens.get(j).is(TokenKind.BUILDING) || isRoomBeforeName(tokens, j)) {
                first = first < 0 ? j : first;
                last = j;
            }
        }
        if (first < 0) {
            return java.util.Optional.empty();
        }
        String room = TextNormalizer.trimSeparators(tokens.get(first).spanTo(tokens.get(last)));
        return java.util.Optional.of(new Name(room, first, last + 1));
    }

    private static boolean hasLatin(String name) {
        return name.chars().anyMatch(c -> CatalogMatcher.isAsciiLetter((char) c));
    }

    private static boolean hasLetters(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) {
                return true;
            }
        }
        return !name.isEmpty() && (Fillers.isSubstantive(name) || name.equals("团长")); // the leader's own line
    }

    /**
     * {@code 龙湖天街 Vicky 1}, {@code 财务部-小芸-2盒}: a second word group right after the first, joined by a
     * space, dash or slash, that reads more like a name ({@link NameLikeness}) is the person; the first is a
     * place or department for the note.
     */
    private static Name betterNameAfter(List<Token> tokens, Name first) {
        Name best = first;
        Name last = first;
        boolean uncertain = false;
        for (int words = 0; words < 4; words++) { // 太原 迎泽区 小贾, 镇中学 门卫 老宋: places, then the person
            Name second = wordAfter(tokens, last);
            if (second != null && GENDERS.contains(second.text())) {
                break; // 李若曦 女 125 纱裙1: whom the size is for, not a second name
            }
            boolean afterNoName = words > 0
                    && second != null
                    && NameLikeness.isSurnameAndGivenName(second.text())
                    && placeBeforeScore(best.text()) < 0;
            if (second != null && best == first && NameLikeness.isDepartment(best.text())) {
                if (NameLikeness.isDepartment(second.text())) {
                    last = second; // 技术部-运维 老K: the department and its team
                    continue;
                }
                if (!Remarks.isRemark(second.text()) && !Questions.isHesitation(second.text())) {
                    best = second; // 人事 小贝: after the department, whoever signs, however they are called
                    last = second;
                    continue;
                }
            }
            if (second == null || (words > 0 && !isPersonShaped(tokens, second) && !afterNoName)) {
                break; // 北京-行政-孙琪, 一车间 甲班 刘德胜: a full name after a place and a team is the person
            }
            int secondScore = placeBeforeScore(second.text()) - (gluedToAQuantity(tokens, second.to()) ? 2 : 0);
            int bestScore = placeBeforeScore(best.text());
            if (secondScore == bestScore
                    && !gluedToAQuantity(tokens, second.to())
                    && titledAfterAPlainNickname(best.text(), second.text())) {
                best = second; // 小沙 张老师, 大棚 王哥: a surname with who she is outweighs a word shaped like a nickname
            } else if (secondScore > bestScore) {
                uncertain = secondScore - bestScore <= 1 && bestScore >= 0;
                best = second;
            } else {
                uncertain |= bestScore - secondScore <= 1 && secondScore >= 0;
            }
            last = second;
        }
        return uncertain ? new Name(best.text(), best.from(), best.to(), true) : best;
    }

    /** A child's or a wearer's sex written after the name, for the size: never the name itself. */
    private static final java.util.Set<String> GENDERS =
            java.util.Set.of("男", "女", "男孩", "女孩", "男生", "女生", "男宝", "女宝", "男款", "女款", "男童", "女童");

    /** How much a word before the order reads like the person ({@link NameLikeness}), a city or district less. */
    private static int placeBeforeScore(String word) {
        return NameLikeness.of(word) - (Regions.isRegion(word) ? 4 : 0); // 景洪 岩温, 定海 东门 林师母
    }

    /**
     * {@code 小沙 张老师}, {@code 石门 宝宝外婆}: of two words that read equally like names, a surname with a word of
     * kinship or title, a full name, or a child's name with who signs for it, after a word that is none of these is
     * the person.
     */
    private static boolean titledAfterAPlainNickname(String first, String second) {
        return saysWhoSheIs(second) && !saysWhoSheIs(first) && !endsWithWhoSheIs(first);
    }

    /** {@code 张老师}, {@code 刘秀兰}, {@code 宝宝外婆}: a surname with who she is, a full name, or a child's relative. */
    private static boolean saysWhoSheIs(String w) {
        return NameLikeness.isSurnameAndKinship(w) || NameLikeness.endsWithRelative(w) || NameLikeness.isFullName(w);
    }

    /** {@code 小贾}, {@code 周老师}, {@code Ivy}: a word shaped like someone's name, not a code or a place. */
    private static boolean isPersonShaped(List<Token> tokens, Name name) {
        return soundsLikeSomeone(name.text())
                || (name.to() - name.from() == 1 && isGivenNameInLatin(tokens.get(name.from())));
    }

    /** {@code 小贾}, {@code 周老师}, {@code 刘大爷}: a nickname, a surname and who someone is, or an elder's title. */
    private static boolean soundsLikeSomeone(String w) {
        return NameLikeness.isNickname(w) || NameLikeness.isSurnameAndKinship(w) || endsWithWhoSheIs(w);
    }

    /** The word group right after {@code first}, joined to it by a space, dash or slash, that could be a name; or null. */
    private static Name wordAfter(List<Token> tokens, Name first) {
        int j = first.to();
        boolean joined = false;
        while (j < tokens.size() && isJoiningSeparator(tokens.get(j))) {
            joined = true;
            j++;
        }
        while (j < tokens.size() && tokens.get(j).is(TokenKind.BUILDING)) {
            joined = true;
            j++;
            while (j < tokens.size() && isJoiningSeparator(tokens.get(j))) {
                j++;
            }
        }
        if (!joined
                || j >= tokens.size()
                || !tokens.get(j).is(TokenKind.TEXT)
                || !tokens.get(j).isSubstantive()
                || CORRECTION_WORDS.contains(tokens.get(j).text())
                || "再还也加".indexOf(tokens.get(j).firstChar()) >= 0) {
            return null; // 一休 谢谢, 多多妈妈 再加海苔: thanks or a request, not a second name
        }
        if (isLoneLetterBeforeACount(tokens, j)) {
            return null; // 艾伦 B×2: a code the deal does not know, not a second name
        }
        return named(tokens, j, extend(tokens, j, j));
    }

    /** Whether an order follows {@code from} and, right after it, a word shaped like a nickname (a quick look). */
    private static boolean nicknameAfterTheOrder(List<Token> tokens, int from) {
        int j = pastTheOrder(tokens, from);
        return j >= 0
                && j < tokens.size()
                && tokens.get(j).is(TokenKind.TEXT)
                && NameLikeness.isNickname(tokens.get(j).text());
    }

    /**
     * {@code @小鹿✨momo 🌙 一休 1盒}: the line starts by mentioning someone; when another name stands after the
     * mention, before the order, that one signs the line.
     */
    private static Name nameAfterMention(List<Token> tokens, Name mention) {
        int j = mention.to();
        if (j >= tokens.size() || !tokens.get(j).is(TokenKind.SPACE)) {
            return mention;
        }
        while (j < tokens.size() && tokens.get(j).isSeparator()) {
            j++;
        }
        if (j >= tokens.size()
                || !tokens.get(j).is(TokenKind.TEXT)
                || NameLikeness.of(tokens.get(j).text()) <= 0) {
            return mention;
        }
        int last = extend(tokens, j, j);
        return orderFollows(tokens, last + 1) ? named(tokens, j, last) : mention;
    }

    private static boolean isLoneLetterBeforeACount(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (t.length() != 1 || !CatalogMatcher.isAsciiLetter(t.firstChar())) {
            return false;
        }
        int k = j + 1;
        while (k < tokens.size() && tokens.get(k).is(TokenKind.SPACE)) {
            k++;
        }
        return k < tokens.size()
                && (tokens.get(k).is(TokenKind.NUMBER) || tokens.get(k).is(TokenKind.TIMES));
    }

    /** {@code 茄子2斤}: a word glued to a quantity with its unit reads more like a product than a name. */
    private static boolean gluedToAQuantity(List<Token> tokens, int next) {
        return next < tokens.size()
                && next > 0
                && tokens.get(next).is(TokenKind.NUMBER)
                && tokens.get(next).unit() != null
                && tokens.get(next - 1).gluedTo(tokens.get(next));
    }

    private static boolean isJoiningSeparator(Token t) {
        return t.is(TokenKind.SPACE) || (t.is(TokenKind.PUNCT) && "-/_|—".indexOf(t.firstChar()) >= 0);
    }

    /** {@code 2201 小叶子 1箱}: a room number written without its building, before the name. */
    private static boolean isRoomBeforeName(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.is(TokenKind.SKIP) || !isBareNumber(t) || t.length() < 3) {
            return false;
        }
        Token next = afterSeparators(tokens, k);
        return next != null && next.is(TokenKind.TEXT) && Fillers.isSubstantive(next.text());
    }

    /** The token after the separators that follow {@code k}, or {@code null} when none follows or none is there. */
    private static Token afterSeparators(List<Token> tokens, int k) {
        int j = k + 1;
        while (j < tokens.size() && tokens.get(j).isSeparator()) {
            j++;
        }
        return j > k + 1 && j < tokens.size() ? tokens.get(j) : null;
    }

    /**
     * {@code 云景苑二期-小周}, {@code 翠湖湾 Lily}: a compound, area or building named in words before the name,
     * joined to it by a dash, slash or space. It becomes part of the note.
     */
    private static boolean isPlaceBeforeName(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.is(TokenKind.TEXT) && areaOfTheBuilding(tokens, k)) {
            return true;
        }
        if (t.is(TokenKind.TEXT)
                && t.length() <= 4
                && CatalogMatcher.isAsciiLetter(t.firstChar())
                && BuildingScanner.isFlatWord(t.text())) {
            Token following = afterSeparators(tokens, k);
            return following != null && following.is(TokenKind.BUILDING); // Flat 12B 陈太: the number is a flat
        }
        if (!t.is(TokenKind.TEXT) || !Places.isPlace(t.text())) {
            return false;
        }
        Token next = afterSeparators(tokens, k);
        return next != null && (next.is(TokenKind.TEXT) || next.is(TokenKind.BUILDING));
    }

    /**
     * {@code 梅园6栋-517 十一}, {@code 桃李1号楼 哆啦}, {@code 竹4-308 袁媛}: a short word glued before the building and a
     * name-like word apart after it: the word names the area (a campus's halls, an estate's part), the person follows.
     */
    private static boolean areaOfTheBuilding(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.length() > 4
                || k + 3 >= tokens.size()
                || !tokens.get(k + 1).is(TokenKind.BUILDING)
                || !t.gluedTo(tokens.get(k + 1))
                || !tokens.get(k + 2).is(TokenKind.SPACE)
                || !ProductFragments.isHan(t.lastChar())) {
            return false;
        }
        Token person = tokens.get(k + 3);
        boolean apart = k + 4 >= tokens.size() || tokens.get(k + 4).is(TokenKind.SPACE); // not 静静3-2-502 蓝梅1
        boolean word = person.is(TokenKind.TEXT)
                && (NameLikeness.of(person.text()) >= 0 || someonesMate(person.text())); // 小雅室友: her roommate
        boolean estate = t.length() >= 2
                && ESTATE_ENDINGS.indexOf(t.lastChar()) >= 0
                && person.is(TokenKind.TEXT); // 梅园5栋 嘻嘻哈哈: the estate's part, whoever signs after it
        return apart && (word || estate) || isNumeralNickname(tokens, k + 3);
    }

    /** The last characters of an estate's or a campus's part ({@code 梅园}, {@code 南苑}, {@code B区}). */
    private static final String ESTATE_ENDINGS = "园苑区村庄";

    private static boolean someonesMate(String word) {
        return word.length() >= 3
                && (word.endsWith("室友") || word.endsWith("舍友") || word.endsWith("同事") || word.endsWith("同学"));
    }

    /** The first token of a name standing at {@code k}, or -1 when the line does not start with a name. */
    private static int start(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return -1;
        }
        Token t = tokens.get(k);
        if (t.is(TokenKind.TEXT) || isNameLikePiece(tokens, k)) {
            return k;
        }
        if (t.is(TokenKind.PRODUCT)
                && k + 1 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.TEXT)
                && ProductFragments.isHan(tokens.get(k + 1).firstChar())) {
            return k + 1;
        }
        if (isNumeralNickname(tokens, k)) {
            return k;
        }
        if (isBareNumber(t) && k + 1 < tokens.size() && t.gluedTo(tokens.get(k + 1))) {
            Token next = tokens.get(k + 1);
            boolean classmate =
                    t.length() <= 2 && next.length() >= 2 && next.text().startsWith("班"); // 3班豆豆
            boolean nickname =
                    next.is(TokenKind.TEXT) && (NameLikeness.isNickname(t.text() + next.text()) || classmate);
            if (next.is(TokenKind.TEXT) && (CatalogMatcher.isAsciiLetter(next.firstChar()) || nickname)) {
                return k;
            }
        }
        if (isBareNumber(t) && t.length() >= 2 && orderFollows(tokens, k + 1)) {
            return k;
        }
        if (isBareNumber(t)
                && t.length() >= 3
                && k + 2 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.TEXT)
                && t.gluedTo(tokens.get(k + 1))
                && NameLikeness.isSurnameAndKinship(tokens.get(k + 1).text())
                && tokens.get(k + 2).is(TokenKind.SPACE)
                && orderFollows(tokens, k + 2)) {
            return k + 1; // 502刘阿姨 两袋: the flat glued before who she is
        }
        if (isDigitNickname(tokens, k)) {
            return k; // 520小猪 2箱, 99度 3盒, 888发发: a nickname that starts with digits
        }
        if (isNumeralWord(t) && k > 0 && (orderFollows(tokens, k + 1) || gluedTextAfterNumber(tokens, k) > k)) {
            return k;
        }
        return -1;
    }

    private static int extend(List<Token> tokens, int first, int startAt) {
        int last = startAt;
        if (isBareNumber(tokens.get(last)) || isNumeralWord(tokens.get(last))) {
            last = gluedTextAfterNumber(tokens, last);
        }
        int k = last + 1;
        if (isNumeralAfterAPrefix(tokens, last)) {
            last = k; // 阿四头 新米 两袋, 小六 2盒: a nickname of 阿, 小 or 老 and a numeral
            k++;
        }
        if (productInsideName(tokens, k)) {
            last = k;
            k++;
            if (k < tokens.size() && tokens.get(k).is(TokenKind.TEXT)) {
                last = k;
                k++;
            }
        }
        while (k < tokens.size()) {
            int next = continuation(tokens, first, last, k);
            if (next < 0) {
                break;
            }
            last = next;
            k = next + 1;
        }
        return last;
    }

    /**
     * {@code 阿四头 新米}, {@code 小六 2盒}: 阿, 小 or 老 alone, glued to a Chinese numeral (read as a count) that stands
     * apart from the order (or cancel) later on the line.
     */
    private static boolean isNumeralAfterAPrefix(List<Token> tokens, int last) {
        Token prefix = tokens.get(last);
        if (!prefix.is(TokenKind.TEXT) || prefix.length() != 1 || "阿小老".indexOf(prefix.firstChar()) < 0) {
            return false;
        }
        int k = last + 1;
        return k + 1 < tokens.size()
                && tokens.get(k).is(TokenKind.NUMBER)
                && prefix.gluedTo(tokens.get(k))
                && ChineseNumerals.isNumeral(tokens.get(k).firstChar())
                && tokens.get(k + 1).is(TokenKind.SPACE)
                && tokens.subList(k + 2, tokens.size()).stream()
                        .anyMatch(o -> o.is(TokenKind.NUMBER)
                                || o.is(TokenKind.PRODUCT)
                                || o.is(TokenKind.CANCEL)
                                || o.is(TokenKind.EACH));
    }

    private static int gluedTextAfterNumber(List<Token> tokens, int k) {
        return k + 1 < tokens.size()
                        && tokens.get(k + 1).is(TokenKind.TEXT)
                        && tokens.get(k).gluedTo(tokens.get(k + 1))
                ? k + 1
                : k;
    }

    /** Characters Chinese writes foreign names with ({@code 安妮}, {@code 大卫}, {@code 肖恩}). */
    private static final String FOREIGN_SOUNDS = "安妮恩卫肖艾莉丽莎娜琳琪露茜凯杰克汤姆约翰玛亚伦斯蒂芬娅黛贝拉乔治彼得保罗汉维奥佛尼托瑞秋薇芙蕾大戴蒙迪达森丹特尔萨卡米雅娃琼欧菲";

    /**
     * {@code 安妮 Annie}, {@code 大卫 David}: the English name written in Chinese sounds, the same person twice, unlike a
     * place or a team before the English name ({@code 光谷 Ken}, {@code 法务 Tina}).
     */
    private static boolean soundsForeign(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> FOREIGN_SOUNDS.indexOf(c) >= 0);
    }

    /**
     * The last token of the words glued right after an emoji that starts the name, up to a space, when they end with
     * a word (not a product: {@code 🍓草莓 2盒} is the picture of the order) and an order follows; otherwise -1.
     */
    private static int wordAfterAPicture(List<Token> tokens, int first, int last, int k) {
        Token prev = tokens.get(last);
        if (first != last || !isEmojiOnly(prev) || !prev.gluedTo(tokens.get(k))) {
            return -1;
        }
        int end = k;
        while (end < tokens.size()
                && (tokens.get(end).is(TokenKind.TEXT) || tokens.get(end).is(TokenKind.PRODUCT))
                && tokens.get(end - 1).gluedTo(tokens.get(end))) {
            end++;
        }
        end--;
        if (end < k
                || !tokens.get(end).is(TokenKind.TEXT)
                || isEmojiOnly(tokens.get(end))
                || (end + 1 < tokens.size() && !tokens.get(end + 1).is(TokenKind.SPACE))) {
            return -1;
        }
        boolean bareCountLast =
                end + 2 == tokens.size() - 1 && tokens.get(end + 2).is(TokenKind.NUMBER);
        return orderFollows(tokens, end + 2) || bareCountLast ? end : -1;
    }

    /** The last token of the name once the part at {@code k} is added to it, or -1 when the name ends before. */
    private static int continuation(List<Token> tokens, int first, int last, int k) {
        Token prev = tokens.get(last);
        Token t = tokens.get(k);
        int initial = latinInitial(tokens, prev, k);
        if (initial > 0) {
            return initial;
        }
        int pictured = wordAfterAPicture(tokens, first, last, k);
        if (pictured > 0) {
            return pictured; // 🦞虾虾, 🥥椰子Yezi, 🧀芝士就是力量: the picture and the words glued to it
        }
        if (t.is(TokenKind.SPACE) && first == last && isEmojiOnly(prev) && k + 1 < tokens.size()) {
            Token word = tokens.get(k + 1);
            boolean nameLike = NameLikeness.isNickname(word.text())
                    || (NameLikeness.of(word.text()) > 0 && orderFollows(tokens, k + 2));
            if (word.is(TokenKind.TEXT) && nameLike) {
                return k + 1; // 🌙 月亮: the moon is part of the nickname
            }
        }
        if (t.is(TokenKind.SPACE) && first == last && k + 1 < tokens.size() && isGivenNameInLatin(tokens.get(k + 1))) {
            boolean personal = allHan(prev.text())
                    && prev.length() <= 3
                    && NameLikeness.of(prev.text()) > 0
                    && (NameLikeness.isNickname(prev.text()) || soundsForeign(prev.text()))
                    && !NameLikeness.isTeamOrCompany(prev.text());
            if (personal && orderFollows(tokens, k + 2)) {
                return k + 1; // 安妮 Annie, 小象 Ellie: a Chinese and an English name of one person
            }
        }
        if (t.is(TokenKind.SKIP)
                && prev.is(TokenKind.TEXT)
                && prev.gluedTo(t)
                && (isNumberedNickname(t) || isAge(t))
                && (k + 1 >= tokens.size()
                        || tokens.get(k + 1).is(TokenKind.SPACE)
                        || tokens.get(k + 1).is(TokenKind.REMARK))) {
            return k; // 老王2号, 打工人1号: the number is part of the nickname (a code of the deal is a product)
        }
        if (t.is(TokenKind.NUMBER) && prev.gluedTo(t) && isNicknameMeasure(t) && spaceThenMore(tokens, k + 1)) {
            return k; // 吃货一枚 2盒
        }
        if (t.is(TokenKind.BUILDING) && prev.gluedTo(t) && first == last && isNamePrefix(prev)) {
            return k; // 阿K47
        }
        int partner = partnerAfterAmpersand(tokens, k);
        if (partner > 0) {
            return partner;
        }
        if (t.isChar('\'') && prev.gluedTo(t) && isLatinWord(prev) && k + 1 < tokens.size()) {
            Token s = tokens.get(k + 1);
            boolean possessive =
                    t.gluedTo(s) && s.is(TokenKind.TEXT) && s.text().equalsIgnoreCase("s");
            if (possessive) {
                int next = continuation(tokens, first, k + 1, k + 2);
                return next > 0 ? next : k + 1;
            }
        }
        if (isBareNumber(t) && prev.gluedTo(t) && digitsBelongToName(tokens, first, k)) {
            return gluedTextAfterNumber(tokens, k);
        }
        if (t.is(TokenKind.PUNCT) && NAME_JOINERS.indexOf(t.firstChar()) >= 0 && prev.gluedTo(t)) {
            return joinedPart(tokens, prev, k);
        }
        if (t.is(TokenKind.SPACE) && k + 1 < tokens.size()) {
            Token next = tokens.get(k + 1);
            Token after = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
            boolean startsTheOrder = after != null
                    && ProductFragments.isHan(next.firstChar())
                    && next.gluedTo(after)
                    && (after.is(TokenKind.PRODUCT)
                            || after.is(TokenKind.TIMES)
                            || (after.is(TokenKind.NUMBER) && after.unit() != null));
            boolean surname = next.length() == 1 && isLatinWord(prev) && NameLikeness.isCommonSurname(next.firstChar());
            if (startsTheOrder && !surname) {
                return -1; // Kiki 牛肉饭1, 黄sir 鱼2袋: the word starts the order (Leo 张两斤 is Leo Zhang's)
            }
            if (next.is(TokenKind.TEXT) && continuesName(prev, next)) {
                return k + 1;
            }
            boolean decoratesProduct = k + 2 < tokens.size()
                    && (tokens.get(k + 2).is(TokenKind.PRODUCT)
                            || tokens.get(k + 2).is(TokenKind.TIMES)
                            || tokens.get(k + 2).is(TokenKind.NUMBER)) // 小陈 🍒1盒: the picture of what is ordered
                    && next.gluedTo(tokens.get(k + 2));
            if (next.is(TokenKind.TEXT)
                    && isEmojiOnly(next)
                    && !decoratesProduct
                    && (hasEmoji(tokens, first, last) || orderFollows(tokens, k + 2))) {
                return k + 1;
            }
            if (next.is(TokenKind.TEXT)
                    && endsWithLatinWord(prev)
                    && !NameLikeness.isLatinDepartment(prev.text())
                    && NameLikeness.isNickname(next.text())
                    && !Questions.isHesitation(next.text())
                    && !Remarks.isRemark(next.text())) {
                return k + 1;
            }
        }
        return -1;
    }

    /** {@code 阿坤&阿珍}, {@code Coco & Mia}, {@code 张姐、李姐}: people signing up together are named together. */
    private static int partnerAfterAmpersand(List<Token> tokens, int k) {
        int j = k;
        if (j < tokens.size() && tokens.get(j).is(TokenKind.SPACE)) {
            j++;
        }
        if (j >= tokens.size()) {
            return -1;
        }
        Token joiner = tokens.get(j);
        boolean ampersand = joiner.isChar('&');
        boolean listed = joiner.isChar('、') || joiner.is(TokenKind.PLUS);
        if (!ampersand && !listed) {
            return -1;
        }
        j++;
        if (j < tokens.size() && tokens.get(j).is(TokenKind.SPACE)) {
            j++;
        }
        if (j >= tokens.size() || !tokens.get(j).is(TokenKind.TEXT) || !isNamePart(tokens.get(j))) {
            return -1;
        }
        // 张姐、李姐, 小蔡+小蔡妈: only another nickname is another person; 1、4 or +1 are no names
        return ampersand || NameLikeness.isNickname(tokens.get(j).text()) ? j : -1;
    }

    /**
     * {@code Mo.XY}, {@code Tony_Wu}, {@code Momo_2017}, {@code Mr. 黄}, {@code A-Li}, {@code 张.三}: a name joined to
     * its next part.
     */
    private static int joinedPart(List<Token> tokens, Token prev, int k) {
        Token joiner = tokens.get(k);
        if (joiner.isChar('·')
                && prev.gluedTo(joiner)
                && k + 1 < tokens.size()
                && joiner.gluedTo(tokens.get(k + 1))
                && tokens.get(k + 1).is(TokenKind.TEXT)) {
            return k + 1; // 沈·大侠
        }
        if (joiner.isChar('_')
                && prev.gluedTo(joiner)
                && k + 1 < tokens.size()
                && joiner.gluedTo(tokens.get(k + 1))
                && tokens.get(k + 1).is(TokenKind.TEXT)
                && !Places.isPlace(tokens.get(k + 1).text())) {
            return k + 1; // 小林_Design joined; 阿朗_翠湖湾 is the name and the compound
        }
        if (joiner.isChar('_')
                && prev.gluedTo(joiner)
                && k + 1 < tokens.size()
                && joiner.gluedTo(tokens.get(k + 1))
                && isBareNumber(tokens.get(k + 1))) {
            return k + 1; // 面包控_88
        }
        if (ProductFragments.isHan(prev.lastChar()) && prev.length() == 1 && joiner.isChar('.')) {
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            boolean hanAfter = next != null
                    && joiner.gluedTo(next)
                    && (next.is(TokenKind.TEXT) || (next.is(TokenKind.NUMBER) && next.unit() == null))
                    && next.length() <= 2
                    && ProductFragments.isHan(next.firstChar());
            return hanAfter ? k + 1 : -1;
        }
        if (!CatalogMatcher.isAsciiLetter(prev.lastChar()) && !BuildingScanner.isDigit(prev.lastChar())) {
            return -1;
        }
        if (joiner.isChar('-')) {
            boolean latinAfter = k + 1 < tokens.size()
                    && joiner.gluedTo(tokens.get(k + 1))
                    && tokens.get(k + 1).is(TokenKind.TEXT)
                    && isLatinWord(tokens.get(k + 1));
            return latinAfter && isLatinWord(prev) ? k + 1 : -1;
        }
        if (k + 1 >= tokens.size()) {
            return -1;
        }
        Token next = tokens.get(k + 1);
        if (joiner.gluedTo(next) && isNamePart(next)) {
            return isBareNumber(next) ? gluedTextAfterNumber(tokens, k + 1) : k + 1;
        }
        boolean title = joiner.isChar('.') && prev.is(TokenKind.TEXT) && isLatinWord(prev) && prev.length() <= 3;
        if (title && next.is(TokenKind.SPACE) && k + 2 < tokens.size()) {
            Token word = tokens.get(k + 2);
            boolean shortHan = word.is(TokenKind.TEXT)
                    && ProductFragments.isHan(word.firstChar())
                    && word.length() <= 3
                    && !Fillers.startsWithFiller(word.text());
            if (shortHan || (word.is(TokenKind.TEXT) && isLatinWord(word))) {
                return k + 2;
            }
        }
        return -1;
    }

    /** {@code John D.}: after a Latin word, a space and one capital glued to a dot is an initial of the name. */
    private static int latinInitial(List<Token> tokens, Token prev, int k) {
        if (!tokens.get(k).is(TokenKind.SPACE) || !isLatinWord(prev) || prev.length() < 2 || k + 2 >= tokens.size()) {
            return -1;
        }
        Token letter = tokens.get(k + 1);
        Token dot = tokens.get(k + 2);
        boolean initial = letter.length() == 1
                && Character.isUpperCase(letter.firstChar())
                && CatalogMatcher.isAsciiLetter(letter.firstChar())
                && dot.isChar('.')
                && letter.gluedTo(dot)
                && (k + 3 >= tokens.size() || tokens.get(k + 3).is(TokenKind.SPACE));
        return initial ? k + 1 : -1;
    }

    /** {@code 一枚}, {@code 一只}: what a nickname ends with ({@code 吃货一枚}, {@code 社畜一只}), not a count of it. */
    private static boolean isNicknameMeasure(Token t) {
        String text = t.text();
        return text.length() == 2 && text.charAt(0) == '一' && "枚只名位".indexOf(text.charAt(1)) >= 0;
    }

    private static boolean spaceThenMore(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).is(TokenKind.SPACE);
    }

    /** {@code 阿}, {@code 小}, {@code 老} alone before a letter code glued to it: the start of a nickname. */
    private static boolean isNamePrefix(Token t) {
        return t.is(TokenKind.TEXT) && t.length() == 1 && "阿小老".indexOf(t.firstChar()) >= 0;
    }

    private static boolean isNamePart(Token t) {
        if (t.is(TokenKind.TEXT)) {
            return CatalogMatcher.isAsciiLetter(t.firstChar()) || ProductFragments.isHan(t.firstChar());
        }
        return isBareNumber(t);
    }

    /**
     * Digits glued to a nickname are part of it ({@code 阿强666}, {@code Lucky88}) unless they are its
     * quantity ({@code 阿芳2}): a quantity is short, and the line would have no other.
     */
    private static boolean digitsBelongToName(List<Token> tokens, int first, int k) {
        Token number = tokens.get(k);
        if (!isBareNumber(number)) {
            return false;
        }
        if (k + 1 < tokens.size() && !boundaryAfter(tokens.get(k), tokens.get(k + 1))) {
            return false;
        }
        int digits = number.length();
        boolean repeated = digits >= 2 && number.text().chars().distinct().count() == 1;
        boolean latin = CatalogMatcher.isAsciiLetter(tokens.get(k - 1).lastChar());
        return digits >= 3 || repeated || (latin && digits >= 2) || orderFollows(tokens, k + 1);
    }

    private static boolean boundaryAfter(Token number, Token next) {
        return !number.gluedTo(next)
                || next.isSeparator()
                || next.is(TokenKind.REMARK) // Vicky77(16-1-1203)
                || (next.is(TokenKind.TEXT) && !Character.isLetterOrDigit(next.firstChar()));
    }

    /**
     * {@code 蛋蛋 两箱}, {@code 花生 1}, {@code 珍珠 5号 不要冰}: a line with no other name that starts with a product
     * word standing on its own, the order after it, is signed by someone whose nickname is that word (every
     * sign-up has a name). Menu codes ({@code 5号}, {@code 2}) are never a name. {@code null} when the line is
     * not so.
     */
    static Name productWordAsName(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && isLeadingNoise(tokens.get(k))) {
            k++;
        }
        int j = k;
        while (j < tokens.size() && tokens.get(j).is(TokenKind.PRODUCT) && isWordOfLetters(tokens.get(j))) {
            j++;
        }
        if (j > k && j < tokens.size() && tokens.get(j).is(TokenKind.TEXT) && isEmojiOnly(tokens.get(j))) {
            j++; // 蜜桃🍑 2盒
        }
        if (j == k || j >= tokens.size() || !tokens.get(j).is(TokenKind.SPACE) || !orderFollows(tokens, j)) {
            return null;
        }
        return new Name(tokens.get(k).spanTo(tokens.get(j - 1)), k, j);
    }

    private static boolean isWordOfLetters(Token t) {
        String text = t.text();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /**
     * {@code 一只猫 1箱}, {@code 一颗松子 a1}: a numeral and its measure glued to a word at the start of the line,
     * with the order or a cancel after a space, is a nickname.
     */
    private static boolean isNumeralNickname(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.is(TokenKind.NUMBER)
                || t.unit() == null
                || !(ChineseNumerals.isNumeral(t.firstChar()) || t.firstChar() == '半')
                || k + 2 >= tokens.size()) {
            return false;
        }
        Token word = tokens.get(k + 1);
        boolean text = word.is(TokenKind.TEXT) && ChineseNumerals.isNumeral(t.firstChar());
        boolean idiom = word.is(TokenKind.NUMBER) // 半斤八两 2斤: two weights glued, no count, a saying for a name
                && word.unit() != null
                && ChineseNumerals.isNumeral(word.firstChar())
                && k == Token.nonSpaceFrom(tokens, 0);
        return (text || idiom)
                && t.gluedTo(word)
                && ProductFragments.isHan(word.firstChar())
                && tokens.get(k + 2).is(TokenKind.SPACE)
                && (orderFollows(tokens, k + 2) || cancelFollows(tokens, k + 2));
    }

    private static boolean cancelFollows(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size(); j++) {
            if (tokens.get(j).is(TokenKind.CANCEL)) {
                return true;
            }
            if (!tokens.get(j).isSeparator()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a quantity or product comes later on the line (after spaces or punctuation). */
    private static boolean orderFollows(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.PRODUCT) || (t.is(TokenKind.NUMBER) && (t.unit() != null || k > from))) {
                return true;
            }
            if (t.is(TokenKind.TIMES)
                    || t.is(TokenKind.PLUS)
                    || t.is(TokenKind.CANCEL)
                    || t.is(TokenKind.CHANGE)
                    || t.is(TokenKind.EACH)
                    || t.is(TokenKind.EVERY)) {
                return true;
            }
            if (!t.isSeparator() && !t.is(TokenKind.BUILDING)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code 2袋 阿雯}, {@code 2箱脐橙 老戴}, {@code 2桶 7-1-301 周姐}: the order stands first and the name after it
     * (past the room, when there is one), as the last plain word group of the line.
     */
    private static Name nameAfterOrder(List<Token> tokens, int k) {
        int j = pastTheOrder(tokens, k);
        if (j < 0 || j >= tokens.size() || j == k || !tokens.get(j - 1).isSeparator()) {
            return new Name("", k, k);
        }
        Token word = tokens.get(j);
        if (word.is(TokenKind.TEXT)
                && Remarks.isRemark(word.text())
                && !NameLikeness.isSurnameAndKinship(word.text())) {
            return nameAfterTheRemarks(tokens, j).orElse(new Name("", k, k));
        }
        if (!word.is(TokenKind.TEXT) || !word.isSubstantive()) {
            return new Name("", k, k);
        }
        int last = extend(tokens, j, j);
        Name name = named(tokens, j, last);
        if (cancelledBefore(tokens, k, j) && !signsTheCancel(tokens, name)) {
            return new Name("", k, k); // 删除 再加B1: the words after a cancel are no signature
        }
        return name.text().isEmpty() ? new Name("", k, k) : betterNameAfter(tokens, name); // 2份 法务 小陈
    }

    /**
     * {@code B1 冰 少冰 老K}, {@code A2 去冰 三分糖 Queenie}: after the order and its remarks, a nickname that ends the
     * line signs it.
     */
    private static java.util.Optional<Name> nameAfterTheRemarks(List<Token> tokens, int from) {
        int end = tokens.size() - 1;
        while (end > from && tokens.get(end).isSeparator()) {
            end--;
        }
        Token last = tokens.get(end);
        if (end <= from
                || !last.is(TokenKind.TEXT)
                || !tokens.get(end - 1).isSeparator()
                || Remarks.isRemark(last.text())
                || !(NameLikeness.isNickname(last.text()) || hasLatin(last.text()))
                || NameLikeness.of(last.text()) <= 0) {
            return java.util.Optional.empty();
        }
        for (int j = from; j < end; j++) {
            Token t = tokens.get(j);
            boolean remark = t.is(TokenKind.TEXT)
                    && (Remarks.isRemark(t.text())
                            || tokens.get(j - 1).is(TokenKind.SKIP)
                                    && tokens.get(j - 1).gluedTo(t));
            if (!(t.isSeparator() || isOrderPart(t) || remark)) { // 三分糖: a word glued to what was skipped
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(named(tokens, end, end));
    }

    /** Where the token after the order part that starts at {@code from} stands, or -1 when no order stands there. */
    private static int pastTheOrder(List<Token> tokens, int from) {
        int j = from;
        boolean order = false;
        while (j < tokens.size()
                && (isOrderPart(tokens.get(j)) || tokens.get(j).is(TokenKind.CANCEL) && j + 1 < tokens.size())) {
            order |= !tokens.get(j).isSeparator();
            j++;
        }
        return order ? j : -1;
    }

    private static boolean cancelledBefore(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(TokenKind.CANCEL)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 不要了 小王}: a name that ends the line after a cancel signs it. */
    private static boolean signsTheCancel(List<Token> tokens, Name name) {
        for (int i = name.to(); i < tokens.size(); i++) {
            if (!tokens.get(i).isSeparator()) {
                return false;
            }
        }
        return NameLikeness.of(name.text()) > 0;
    }

    private static boolean isOrderPart(Token t) {
        return t.is(TokenKind.NUMBER)
                || t.is(TokenKind.BUILDING)
                || t.is(TokenKind.PRODUCT)
                || t.is(TokenKind.REMARK)
                || t.is(TokenKind.SKIP)
                || t.is(TokenKind.TIMES)
                || t.is(TokenKind.PLUS)
                || t.isSeparator();
    }

    private static Name named(List<Token> tokens, int first, int last) {
        String span = tokens.get(first).spanTo(tokens.get(last));
        if (span.contains("  ")) {
            span = span.replaceAll(" +", " ");
        }
        int at = span.indexOf('@');
        if (at > 0) {
            span = span.substring(0, at); // 小冉@链家: the company after the @ is not the name
        }
        String text = Places.withoutPlaceInFront(withoutPaymentMarks(TextNormalizer.trimSeparators(span)));
        text = withUnderscores(tokens, first, last, text);
        int next = last + 1;
        if (endsWithAnInitial(tokens, last)) {
            text = text + "."; // M.J., Alan W.: the dot of an initial belongs to the name
            next++;
        }
        boolean beforeQuantity = next < tokens.size() && tokens.get(next).is(TokenKind.NUMBER);
        String stripped = stripTrailingPrefix(text, beforeQuantity);
        // 五组赵大爷要四斤: the place shows once the words of wanting are off
        return new Name(stripped.equals(text) ? text : Places.withoutPlaceInFront(stripped), first, next);
    }

    /** {@code _小雪_}, {@code Momo_}, {@code 阿宝_}: underscores glued to a nickname are part of how it is written. */
    private static String withUnderscores(List<Token> tokens, int first, int last, String text) {
        if (text.isEmpty()) {
            return text;
        }
        String out = text;
        Token before = first > 0 ? tokens.get(first - 1) : null;
        boolean leading = first < 2 || tokens.get(first - 2).isSeparator(); // not 北苑_胖虎: that joins a place
        if (before != null
                && before.isChar('_')
                && before.gluedTo(tokens.get(first))
                && leading
                && !out.startsWith("_")) {
            out = "_" + out;
        }
        int k = last + 1;
        boolean after = (k < tokens.size()
                        && tokens.get(k).isChar('_')
                        && tokens.get(last).gluedTo(tokens.get(k))
                        && (k + 1 >= tokens.size() || tokens.get(k + 1).is(TokenKind.SPACE)))
                || tokens.get(last).lastChar() == '_';
        return after && !out.endsWith("_") ? out + "_" : out;
    }

    private static boolean endsWithAnInitial(List<Token> tokens, int last) {
        Token t = tokens.get(last);
        return last + 1 < tokens.size()
                && tokens.get(last + 1).isChar('.')
                && t.gluedTo(tokens.get(last + 1))
                && (t.is(TokenKind.TEXT) || t.is(TokenKind.PRODUCT))
                && t.length() == 1
                && t.firstChar() >= 'A'
                && t.firstChar() <= 'Z'
                && (last + 2 >= tokens.size() || tokens.get(last + 2).is(TokenKind.SPACE));
    }

    /** {@code 张三✅}, {@code 小美💰}, {@code ✅老耿}: the marks say paid, they are not part of the nickname. */
    private static String withoutPaymentMarks(String name) {
        if (!name.isEmpty() && PAID_FIRST.indexOf(name.charAt(0)) >= 0) {
            int start = 1;
            while (start < name.length()
                    && (name.charAt(start) == '\uFE0F' || PAID_FIRST.indexOf(name.charAt(start)) >= 0)) {
                start++;
            }
            if (start < name.length() && PAID_FIRST.indexOf(name.charAt(name.length() - 1)) < 0) {
                name = TextNormalizer.trimSeparators(name.substring(start)); // ✅老耿 2箱: paid, then who
            }
        }
        if (name.isEmpty() || name.charAt(name.length() - 1) < 0x2000) {
            return name;
        }
        int end = name.length();
        while (end > 0) {
            int at = end;
            if (name.charAt(at - 1) == '\uFE0F' && at > 1) {
                at--;
            }
            int cp = name.codePointBefore(at);
            if (PAYMENT_SYMBOLS.indexOf(cp) < 0 || name.codePointAt(0) == cp) {
                break; // 🧧利是🧧: the same mark on both sides decorates the name
            }
            end = at - Character.charCount(cp);
        }
        return end == name.length() ? name : TextNormalizer.trimSeparators(name.substring(0, end));
    }

    private static boolean isGluedProduct(List<Token> tokens, int product, int word) {
        return tokens.get(product).is(TokenKind.PRODUCT) && tokens.get(product).gluedTo(tokens.get(word));
    }

    /**
     * A product word glued to the end of a name and not followed by its quantity is part of the nickname
     * ({@code 小草莓 2盒}, {@code 桃桃妈}); {@code 阿芳草莓2} stays a product.
     */
    private static boolean productInsideName(List<Token> tokens, int k) {
        if (k >= tokens.size()
                || !tokens.get(k).is(TokenKind.PRODUCT)
                || tokens.get(k - 1).end() != tokens.get(k).start()) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (next.is(TokenKind.TEXT) && isEmojiOnly(next) && tokens.get(k).gluedTo(next)) {
            return true; // 小葡萄🍇 1箱: the grape and its emoji are the nickname
        }
        if (next.is(TokenKind.TEXT)) {
            return ProductFragments.isHan(next.firstChar())
                    && (!Fillers.startsWithFiller(next.text()) || next.text().startsWith("爱好")); // 烤红薯爱好者
        }
        if (!next.is(TokenKind.SPACE) || k + 2 >= tokens.size()) {
            return false;
        }
        if (NameLikeness.isNickname(tokens.get(k - 1).text() + tokens.get(k).text())) {
            return true; // 阿水 H2-1203 2桶, 阿水 不要了: 阿 and the water make a nickname
        }
        TokenKind after = tokens.get(k + 2).kind();
        if (after == TokenKind.BUILDING && isEmojiOnly(tokens.get(k - 1))) {
            return true; // 🌹玫瑰 10号楼1403 1束
        }
        return after == TokenKind.NUMBER
                || after == TokenKind.TIMES
                || after == TokenKind.PLUS
                || after == TokenKind.PRODUCT;
    }

    /** {@code 更正:阿国 梭子蟹3斤}: a word saying the line corrects an earlier one, before the name. */
    private static final java.util.Set<String> CORRECTION_WORDS = java.util.Set.of("更正", "修改", "修正", "改正", "补充");

    /** What voice input writes before the words: {@code 呃 我是戴阿姨 …}. */
    private static final java.util.Set<String> INTERJECTIONS =
            java.util.Set.of("呃", "嗯", "啊", "哦", "噢", "诶", "欸", "呐", "嗯嗯");

    private static boolean isLeadingNoise(Token token) {
        return token.isSeparator()
                || (token.is(TokenKind.TEXT) && token.length() == 1 && "要来整拿买订".indexOf(token.firstChar()) >= 0)
                || (token.is(TokenKind.TEXT) && INTERJECTIONS.contains(token.text()))
                || (token.is(TokenKind.TEXT) && CORRECTION_WORDS.contains(token.text()))
                || token.is(TokenKind.BUILDING)
                || token.is(TokenKind.REMARK)
                || token.is(TokenKind.STRIKE) // ~~王伯 1箱~~ 王伯 2箱: struck, then written again
                || (token.is(TokenKind.SKIP) && token.text().startsWith("已")) // ✅已付 老马 1盒: paid, then who
                || (token.is(TokenKind.TEXT) && isPaymentMarkOnly(token.text()))
                || (token.is(TokenKind.TEXT) && token.isChar('@'));
    }

    private static boolean isPaymentMarkOnly(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> "✅☑✔✓💰".indexOf(c) >= 0); // not 🧧, a nickname too
    }

    private static boolean continuesName(Token nameSoFar, Token next) {
        boolean oneHan = nameSoFar.length() == 1 && ProductFragments.isHan(nameSoFar.firstChar());
        if (oneHan && (isLatinWord(next) || isSingleNameCharacter(next) || NameLikeness.isKinshipWord(next.text()))) {
            return true;
        }
        boolean fewHan = nameSoFar.length() <= 3 && allHan(nameSoFar.text());
        if ((fewHan || isLatinWord(nameSoFar)) && NameLikeness.isRelativeWord(next.text())) {
            return true; // 周子涵 外婆, 马骁 妈: the child's name and who signs for the child
        }
        if (!CatalogMatcher.isAsciiLetter(nameSoFar.lastChar())) {
            return false;
        }
        if (isLatinWord(next)) {
            return endsWithLatinWord(nameSoFar)
                    && !NameLikeness.isCommonEnglishWord(next.text()); // Tony_Wu add one more
        }
        if (isLatinWord(nameSoFar) && LATIN_NAME_TITLES.contains(next.text())) {
            return true; // Tony 老师, Linda 姐: an English name and how the group calls the person
        }
        char first = next.firstChar();
        return next.length() == 1
                && ProductFragments.isHan(first)
                && PREFIX_WORDS.indexOf(first) < 0
                && SENTENCE_STARTS.indexOf(first) < 0;
    }

    /** Titles written after an English name, apart: {@code Tony 老师}, {@code Linda 姐}. */
    private static final java.util.Set<String> LATIN_NAME_TITLES =
            java.util.Set.of("老师", "先生", "女士", "小姐", "姐", "哥", "总", "经理", "医生", "阿姨", "叔");

    /**
     * {@code Ivy 有4L装的吗}, {@code Tom 不要辣}, {@code Ella 补一盒A}: a character that starts what the person says, not
     * a surname.
     */
    private static final String SENTENCE_STARTS = "有不那补多少减改换各";

    private static boolean allHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!ProductFragments.isHan(text.charAt(i))) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** {@code 小 王}: one Chinese character that reads as the rest of a spaced name, not a word of its own. */
    private static boolean isSingleNameCharacter(Token word) {
        char c = word.firstChar();
        return word.length() == 1
                && ProductFragments.isHan(c)
                && PREFIX_WORDS.indexOf(c) < 0
                && Fillers.isSubstantive(word.text())
                && !Remarks.isRemark(word.text());
    }

    /** {@code Annie}, {@code David}, {@code KEVIN}: a Latin given name, not a code, size or team. */
    private static boolean isGivenNameInLatin(Token word) {
        if (!word.is(TokenKind.TEXT) || !isLatinWord(word) || word.length() < 3) {
            return false;
        }
        String w = word.text();
        return Character.isUpperCase(w.charAt(0))
                && !NameLikeness.isLatinDepartment(w)
                && !NameLikeness.isCommonEnglishWord(w)
                && w.chars().skip(1).allMatch(Character::isLowerCase);
    }

    /** Characters that make digits before them a date, time, place or amount rather than part of a nickname. */
    private static final String NOT_AFTER_NICKNAME_DIGITS = "号点月日时分秒栋楼层室单期区座幢门户元块斤两年岁";

    /**
     * {@code 520小猪 2箱}, {@code 99度 3盒}, {@code 888发发 …}: two or more digits glued to Chinese words at the start of
     * the line, the order right after a space, name someone.
     */
    private static boolean isDigitNickname(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String digits;
        String word;
        int next;
        if (isBareNumber(t)
                && k + 1 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.TEXT)
                && t.gluedTo(tokens.get(k + 1))) {
            digits = t.text();
            word = tokens.get(k + 1).text();
            next = k + 2;
        } else if (t.is(TokenKind.SKIP)) {
            String text = t.text();
            int d = 0;
            while (d < text.length() && BuildingScanner.isDigit(text.charAt(d))) {
                d++;
            }
            digits = text.substring(0, d);
            word = text.substring(d);
            next = k + 1;
        } else {
            return false;
        }
        boolean roomThenName = digits.length() >= 3 && NameLikeness.isSurnameAndKinship(word); // 502刘阿姨
        return digits.length() >= 2
                && !roomThenName
                && !word.isEmpty()
                && ProductFragments.isHan(word.charAt(0))
                && NOT_AFTER_NICKNAME_DIGITS.indexOf(word.charAt(0)) < 0
                && !Remarks.isRemark(word)
                && next < tokens.size()
                && tokens.get(next).is(TokenKind.SPACE)
                && orderFollows(tokens, next);
    }

    /** {@code 2号}, {@code 1号}: a short number with 号 glued to a nickname. */
    private static boolean isNumberedNickname(Token t) {
        return isShortNumberWith(t, '号');
    }

    /** {@code 妞妞3岁}, {@code 豆豆5岁}: a child's age glued to the child's name is part of how she is known. */
    private static boolean isAge(Token t) {
        return isShortNumberWith(t, '岁');
    }

    private static boolean isShortNumberWith(Token t, char mark) {
        String w = t.text();
        return w.length() >= 2
                && w.length() <= 3
                && w.charAt(w.length() - 1) == mark
                && w.substring(0, w.length() - 1).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isLatinWord(Token word) {
        for (int i = 0; i < word.length(); i++) {
            if (!CatalogMatcher.isAsciiLetter(word.charAt(i))) {
                return false;
            }
        }
        return word.length() > 0 && word.length() <= 12;
    }

    /** {@code Sunny}, {@code 🌻Sunny}: a Latin word, maybe behind emoji. */
    private static boolean endsWithLatinWord(Token word) {
        String text = word.text();
        int i = text.length();
        while (i > 0 && CatalogMatcher.isAsciiLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i == text.length() || text.length() - i > 12) {
            return false;
        }
        for (int k = 0; k < i; ) {
            int cp = text.codePointAt(k);
            if (Character.isLetterOrDigit(cp) || cp < 0x2000) {
                return false;
            }
            k += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isEmojiOnly(Token word) {
        String text = word.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || PAYMENT_SYMBOLS.indexOf(cp) >= 0 || cp < 0x2000) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return !text.isEmpty();
    }

    private static boolean hasEmoji(List<Token> tokens, int first, int last) {
        String span = tokens.get(first).spanTo(tokens.get(last));
        return span.codePoints().anyMatch(cp -> cp >= 0x2000 && !Character.isLetterOrDigit(cp));
    }

    /**
     * {@code JJ 1盒} in a deal of 车厘子JJ级: a Latin piece of a product's name standing first on its own, before
     * the order, is the resident's nickname (a grade is written after the name).
     */
    private static boolean isNameLikePiece(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.is(TokenKind.PRODUCT)
                && t.modifier()
                && isLatinWord(t)
                && k + 1 < tokens.size()
                && tokens.get(k + 1).is(TokenKind.SPACE)
                && orderFollows(tokens, k + 1);
    }

    /**
     * {@code 十一}, {@code 五月}, {@code 四月天} standing after a room, with the order after it: a nickname, not a
     * count or a date.
     */
    private static boolean isNumeralWord(Token t) {
        boolean numeral = ChineseNumerals.isNumeral(t.firstChar());
        return numeral
                && ((t.is(TokenKind.NUMBER) && t.unit() == null) || (t.is(TokenKind.SKIP) && t.lastChar() == '月'));
    }

    /** Digits alone: a count without a unit, or a longer number that is no count ({@code 666}, {@code 1102}). */
    private static boolean isBareNumber(Token t) {
        if (t.is(TokenKind.NUMBER)) {
            return t.unit() == null && BuildingScanner.isDigit(t.firstChar());
        }
        if (!t.is(TokenKind.SKIP)) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!BuildingScanner.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripTrailingPrefix(String name, boolean beforeQuantity) {
        int wants = name.indexOf('要');
        if (wants >= 2 && endsWithWhoSheIs(name.substring(0, wants))) {
            return name.substring(0, wants); // 王阿姨要希兰花一颗: typed without a space, the name ends before 要
        }
        if (name.isEmpty() || "要订买来定".indexOf(name.charAt(name.length() - 1)) < 0) {
            return name;
        }
        for (String prefix : TRAILING_PREFIXES) {
            if ((beforeQuantity || prefix.length() > 1) && name.length() > prefix.length() && name.endsWith(prefix)) {
                return TextNormalizer.trimSeparators(name.substring(0, name.length() - prefix.length()));
            }
        }
        return name;
    }
}
