package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.jielong.layout.RunTogetherLines;
import dev.groupbuy.core.jielong.layout.SequenceNumber;
import dev.groupbuy.core.jielong.layout.SequenceNumberReader;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Seeded randomised properties of the parser. A failing run prints its seed; rerun with
 * {@code -Djielong.seed=<seed>} to replay it.
 */
class ChainParserPropertyTests {

    private static final int RUNS = 300;
    private static final String ALPHABET = "0123456789１２３.、)）,，: 　\n\r\t~~（）()【】#接龙例格式取消不要了退改为成→加到同上各每样或者都行份盒斤半两一二三十"
            + "草莓蓝莓栋单元号楼门东西ABCabcxX*×+元点已付共要订买😀🍓☀️\u200B\uFEFF";

    private final ChainParser parser = new ChainParser();

    private static void forEachSeed(String property, Consumer<Random> check) {
        long base = Long.getLong("jielong.seed", System.nanoTime());
        for (int run = 0; run < RUNS; run++) {
            long seed = base + run;
            try {
                check.accept(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(property + " failed with seed " + seed + " (-Djielong.seed=" + seed + ")", e);
            }
        }
    }

    private static List<CorpusCase> corpus() {
        try {
            return CorpusCase.load("corpus/jielong").toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aParserThatHasReadOtherChainsReadsEachAsAFreshParserDoes() throws Exception {
        List<CorpusCase> cases = new ArrayList<>(corpus());
        CorpusCase.load("corpus/jielong-real-dev").limit(1_500).forEach(cases::add);
        forEachSeed("reads every chain as a fresh parser does", random -> {
            CorpusCase c = cases.get(random.nextInt(cases.size()));
            ParsedChain fresh = new ChainParser().parse(c.text(), c.catalog());
            assertThat(parser.parse(c.text(), c.catalog())).as(c.id()).isEqualTo(fresh);
            assertThat(parser.parse(c.text(), c.catalog()))
                    .as(c.id() + ", read again")
                    .isEqualTo(fresh);
        });
    }

    @Test
    void theSameAsAboveIsReadUnderTheOrderAboveItEveryTime() {
        String strawberries = "#接龙\n1. 小王 草莓2\n2. 小李 同上";
        String blueberries = "#接龙\n1. 小王 B1\n2. 小李 同上";
        for (String text : List.of(strawberries, blueberries, strawberries, blueberries)) {
            ParsedChain chain = parser.parse(text, Catalogs.berries());
            assertThat(chain.entries().get(1).items())
                    .isEqualTo(chain.entries().get(0).items())
                    .isNotEmpty();
        }
    }

    @Test
    void neverThrowsOnRandomText() {
        forEachSeed("never throws on random text", random -> {
            String text = randomText(random, random.nextInt(400));
            ParsedChain chain = parser.parse(text, Catalogs.berries());
            assertThat(chain.entries()).noneMatch(e -> e.reason() == ReviewReason.UNREADABLE);
        });
    }

    @Test
    void neverThrowsOnMutatedCorpusTexts() {
        List<CorpusCase> cases = corpus();
        forEachSeed("never throws on mutated corpus texts", random -> {
            CorpusCase c = cases.get(random.nextInt(cases.size()));
            ParsedChain chain = parser.parse(mutate(random, c.text()), c.catalog());
            assertThat(chain.entries()).noneMatch(e -> e.reason() == ReviewReason.UNREADABLE);
        });
    }

    @Test
    void neverInventsAnEntryFromAnUnnumberedLine() {
        List<CorpusCase> cases = corpus();
        forEachSeed("never invents entries", random -> {
            CorpusCase c = cases.get(random.nextInt(cases.size()));
            String text = mutate(random, c.text());
            List<String> numbered = numberedBodies(text);
            List<String> wrapped = belowABareNumber(text);
            ParsedChain chain = parser.parse(text, c.catalog());
            boolean trailing = false;
            for (ChainEntry e : chain.entries()) {
                boolean fromANumberedLine = numbered.contains(e.text())
                        || wrapped.contains(e.text().strip()) // 4. alone, the order on the line under it
                        || numbered.stream() // 1. 陈阿姨 3号楼 with 2袋 on the line under it
                                .anyMatch(b -> !b.isBlank() && e.text().startsWith(b.strip() + " "));
                assertThat(fromANumberedLine || e.items().size() > 0)
                        .as(e.line())
                        .isTrue();
                assertThat(trailing && fromANumberedLine)
                        .as("unnumbered sign-ups only at the end: " + e.line())
                        .isFalse();
                trailing |= !fromANumberedLine;
            }
            long unnumbered = chain.entries().stream()
                    .filter(e -> !numbered.contains(e.text())
                            && numbered.stream()
                                    .noneMatch(b -> !b.isBlank() && e.text().startsWith(b.strip() + " ")))
                    .count();
            assertThat(unnumbered).isLessThanOrEqualTo(6);
        });
    }

    @Test
    void ignoresTrailingWhitespaceLineEndingsAndDigitWidth() {
        List<CorpusCase> cases = corpus();
        forEachSeed("invariant under whitespace, CRLF and full-width digits", random -> {
            CorpusCase c = cases.get(random.nextInt(cases.size()));
            String variant = variant(random, c.text());
            assertThat(comparable(parser.parse(variant, c.catalog())))
                    .isEqualTo(comparable(parser.parse(c.text(), c.catalog())));
        });
    }

    private static final List<String> OTHER_NAMES = List.of(
            "张伟", "王芳", "李娜", "刘洋洋", "陈静怡", "杨帆", "赵磊", "黄敏", "吴霞", "徐明", "孙丽", "朱红", "胡斌", "郭靖", "高峰", "林涛", "罗兰",
            "梁静", "宋雨", "郑爽", "谢娜", "韩梅", "萧敬腾", "Kiki", "Leo 张", "小鱼儿🐟", "阿杰", "老马", "豆豆", "球球妈", "Sunny", "Momo",
            "向阳花🌻", "大宝", "糖糖", "七七", "三妹", "一休", "Anna Li", "包大人", "双双", "东东", "西西", "南风", "北北", "十三郎", "百合", "半夏",
            "千寻", "加菲猫", "同同", "共享单车", "小A", "B哥");

    @Test
    void renamingParticipantsChangesOnlyTheirNames() {
        List<CorpusCase> cases = corpus().stream().filter(CorpusCase::isChain).toList();
        forEachSeed("renaming participants changes only their names", random -> {
            CorpusCase c = cases.get(random.nextInt(cases.size()));
            java.util.Map<Integer, String> renamed = new java.util.HashMap<>();
            StringBuilder text = new StringBuilder();
            for (String line : c.text().split("\n", -1)) {
                SequenceNumber seq = SequenceNumberReader.readOrNull(TextNormalizer.normalize(line));
                CorpusCase.Expected want = seq == null ? null : expected(c, seq.value());
                if (want != null
                        && !want.name().isEmpty()
                        && line.contains(want.name())
                        && !renamed.containsKey(seq.value())) {
                    String other = OTHER_NAMES.get(random.nextInt(OTHER_NAMES.size()));
                    if (renamed.containsValue(other) || c.text().contains(other)) {
                        text.append(line).append('\n'); // two people under one name would make two lines one
                        continue;
                    }
                    renamed.put(seq.value(), other);
                    line = line.replaceFirst(java.util.regex.Pattern.quote(want.name()), other);
                }
                text.append(line).append('\n');
            }
            ParsedChain before = parser.parse(c.text(), c.catalog());
            ParsedChain after = parser.parse(text.toString(), c.catalog());
            assertThat(after.entries()).hasSameSizeAs(before.entries());
            for (int k = 0; k < before.entries().size(); k++) {
                ChainEntry b = before.entries().get(k);
                ChainEntry a = after.entries().get(k);
                String name = renamed.getOrDefault(b.seq(), b.name());
                assertThat(a.name()).as(a.line()).isEqualTo(name);
                assertThat(a.items() + "|" + a.cancelled() + "|" + a.review())
                        .as(a.line())
                        .isEqualTo(b.items() + "|" + b.cancelled() + "|" + b.review());
            }
        });
    }

    private static final List<List<String>> OTHER_PRODUCTS = List.of(
            List.of("智利车厘子", "车厘子", "鲜车厘子"),
            List.of("泰国金枕榴莲", "榴莲", "金枕"),
            List.of("澳洲西冷牛排", "牛排", "西冷"),
            List.of("阳澄湖大闸蟹", "大闸蟹", "螃蟹"),
            List.of("泰国山竹", "山竹", "竹果"),
            List.of("越南火龙果", "火龙果", "红心果"),
            List.of("墨西哥牛油果", "牛油果", "鳄梨"),
            List.of("仙居杨梅", "杨梅", "仙居梅"),
            List.of("塘栖枇杷", "枇杷", "白沙枇杷"));

    @Test
    void renamingProductsChangesNothingElse() {
        List<CorpusCase> cases = corpus().stream().filter(CorpusCase::isChain).toList();
        forEachSeed("renaming products changes nothing else", random -> {
            CorpusCase c = cases.get(random.nextInt(cases.size()));
            List<List<String>> pool = new ArrayList<>(OTHER_PRODUCTS);
            java.util.Collections.shuffle(pool, random);
            java.util.Map<String, String> words = new java.util.HashMap<>();
            List<dev.groupbuy.core.deal.CatalogItem> catalog = new ArrayList<>();
            for (int k = 0; k < c.catalog().size(); k++) {
                dev.groupbuy.core.deal.CatalogItem item = c.catalog().get(k);
                List<String> other = pool.get(k);
                words.put(item.name(), other.get(0));
                List<String> aliases = new ArrayList<>();
                int next = 1;
                for (String alias : item.aliases()) {
                    boolean code = alias.length() == 1 && alias.charAt(0) < 128 || alias.endsWith("号");
                    String replacement = code ? alias : words.getOrDefault(alias, other.get(Math.min(next++, 2)));
                    words.putIfAbsent(alias, replacement);
                    aliases.add(replacement);
                }
                catalog.add(dev.groupbuy.core.deal.CatalogItem.of(
                        item.sku(), other.get(0), aliases, item.unit(), item.price()));
            }
            String text = c.text();
            List<String> byLength = new ArrayList<>(words.keySet());
            byLength.sort((a, b) -> b.length() - a.length());
            java.util.Map<String, String> placeholders = new java.util.HashMap<>();
            for (int k = 0; k < byLength.size(); k++) {
                String placeholder = "\uE000" + (char) ('\uE100' + k);
                placeholders.put(placeholder, words.get(byLength.get(k)));
                text = text.replace(byLength.get(k), placeholder);
            }
            for (java.util.Map.Entry<String, String> e : placeholders.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            assertThat(text).doesNotContain(c.catalog().get(0).name());
            ParsedChain before = parser.parse(c.text(), c.catalog());
            ParsedChain after = parser.parse(text, catalog);
            assertThat(summary(after)).as(text).isEqualTo(summary(before));
        });
    }

    private static List<String> summary(ParsedChain chain) {
        List<String> out = new ArrayList<>();
        out.add(String.valueOf(chain.isChain()));
        chain.entries()
                .forEach(e ->
                        out.add(e.seq() + "|" + e.name() + "|" + e.items() + "|" + e.cancelled() + "|" + e.review()));
        return out;
    }

    private static CorpusCase.Expected expected(CorpusCase c, int seq) {
        return c.entries().stream().filter(e -> e.seq() == seq).findFirst().orElse(null);
    }

    /** Everything but the raw line, which keeps the characters as typed. */
    private static List<String> comparable(ParsedChain chain) {
        List<String> out = new ArrayList<>();
        out.add(chain.isChain() + "|" + chain.title());
        chain.entries()
                .forEach(e -> out.add(e.seq() + "|" + e.name() + "|" + e.items() + "|" + e.cancelled() + "|"
                        + e.review() + "|" + e.reason() + "|" + e.note() + "|" + e.text()));
        return out;
    }

    /** The lines right under a number written alone ({@code 4.}), where the sign-up it numbers is written. */
    private static List<String> belowABareNumber(String text) {
        String[] lines = TextNormalizer.normalize(text).split("\n", -1);
        List<String> below = new ArrayList<>();
        for (int k = 0; k + 1 < lines.length; k++) {
            SequenceNumber seq = SequenceNumberReader.readOrNull(lines[k]);
            if (seq != null && lines[k].substring(seq.bodyStart()).isBlank()) {
                below.add(lines[k + 1].strip());
            }
        }
        return below;
    }

    private static List<String> numberedBodies(String text) {
        List<String> bodies = new ArrayList<>();
        SequenceNumber last = null;
        // sign-ups pasted without their line breaks are numbered lines of their own
        for (String line : RunTogetherLines.split(TextNormalizer.normalize(text).split("\n", -1))) {
            SequenceNumber seq = SequenceNumberReader.readOrNull(line);
            if (seq == null && last != null) {
                seq = SequenceNumberReader.readBeforeQuantity(line, last.value() + 1);
            }
            if (seq == null) {
                seq = SequenceNumberReader.readGlued(line, last == null ? 1 : last.value() + 1);
            }
            if (seq == null && last != null) {
                seq = SequenceNumberReader.readGlued(line, 1); // 1刘洋 where the numbering starts again
            }
            if (seq != null) {
                bodies.add(line.substring(seq.bodyStart()).strip());
                last = seq;
            }
        }
        return bodies;
    }

    private static String variant(Random random, String text) {
        StringBuilder out = new StringBuilder();
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        for (String line : text.split("\n", -1)) {
            StringBuilder l = new StringBuilder();
            for (char ch : line.toCharArray()) {
                l.append(ch >= '0' && ch <= '9' && random.nextInt(3) == 0 ? (char) (ch - '0' + '０') : ch);
            }
            l.append(" ".repeat(random.nextInt(3))).append(random.nextInt(4) == 0 ? "\t" : "");
            out.append(l).append(newline);
        }
        return out.toString();
    }

    private static String mutate(Random random, String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(12);
        for (int k = 0; k < edits && s.length() > 0; k++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> s.setCharAt(at, (char) random.nextInt(0x3000));
                default -> {
                    int from = random.nextInt(s.length());
                    s.insert(at, s.substring(from, Math.min(s.length(), from + 5)));
                }
            }
        }
        return s.toString();
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            int pick = random.nextInt(10);
            if (pick < 6) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            } else if (pick < 9) {
                s.append((char) random.nextInt(Character.MAX_VALUE + 1));
            } else {
                s.appendCodePoint(0x1F300 + random.nextInt(0x300));
            }
        }
        return s.toString();
    }
}
