package dev.groupbuy.core.jielong.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trie matcher finds exactly what the bucket scan it replaced found, on seeded random catalogs and
 * texts built to collide: shared prefixes, the same word on several products, letter codes in both
 * cases, number codes next to digits and building words, one-character words before {@code 子}, and
 * characters whose upper case is an ASCII letter ({@code ı}, {@code ſ}). The run's seed is printed;
 * replay one with {@code -Djielong.seed=<seed>}.
 */
class CatalogMatcherEquivalenceTests {

    private static final int RUNS = 400;
    private static final String WORD_CHARS = "草莓莓蓝子大小1122号aAbBzZ🍓ıſ- 草莓";
    private static final String CONTEXT_CHARS = "楼门院单栋幢床房室区座半各每*×xX一二三五 5子，Ａａ😀\n";
    private static final String[] UNITS = {"盒", "盒装", "盒装大", "kg", "斤", "小盒", "个", "大盒装"};

    private static long base;

    @BeforeAll
    static void chooseSeed() {
        base = Long.getLong("jielong.seed", System.nanoTime());
        System.out.println("[CatalogMatcherEquivalenceTests] seed " + base + " (replay: -Djielong.seed=" + base + ")");
    }

    private static void forEachSeed(String property, Consumer<Random> check) {
        for (int run = 0; run < RUNS; run++) {
            long seed = base + run;
            try {
                check.accept(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(property + " failed with seed " + seed + " (-Djielong.seed=" + seed + ")", e);
            }
        }
    }

    @Test
    void findsTheSameProductMentionAtEveryPositionAsTheBucketScan() {
        forEachSeed("same mention at every position", random -> {
            List<CatalogItem> catalog = randomCatalog(random);
            CatalogMatcher trie = CatalogMatcher.exactWordsOnly(catalog);
            BucketScanCatalogMatcher scan = new BucketScanCatalogMatcher(catalog);
            String text = randomText(random, catalog);
            for (int i = 0; i < text.length(); i++) {
                CatalogMatcher.Match found = trie.matchAt(text, i);
                BucketScanCatalogMatcher.Match expected = scan.matchAt(text, i);
                String where = "at " + i + " of \"" + text + "\" in " + catalog;
                if (expected == null) {
                    assertThat(found).as(where).isNull();
                } else {
                    assertThat(found).as(where).isNotNull();
                    assertThat(found.length()).as(where).isEqualTo(expected.length());
                    assertThat(found.products()).as(where).isEqualTo(expected.products());
                }
            }
        });
    }

    @Test
    void answersEveryOtherQuestionAsTheBucketScan() {
        forEachSeed("same answers", random -> {
            List<CatalogItem> catalog = randomCatalog(random);
            CatalogMatcher trie = CatalogMatcher.exactWordsOnly(catalog);
            BucketScanCatalogMatcher scan = new BucketScanCatalogMatcher(catalog);
            String text = randomText(random, catalog);

            assertThat(characters(trie.startingCharacters())).isEqualTo(characters(scan.startingCharacters()));
            assertThat(trie.units()).isEqualTo(scan.units());
            assertThat(trie.catalog()).isEqualTo(scan.catalog());
            assertThat(trie.singleProduct()).isEqualTo(scan.singleProduct());
            assertThat(trie.hasMenuNumbers()).isEqualTo(scan.hasMenuNumbers());
            for (int n = 0; n <= 13; n++) {
                assertThat(trie.menuNumber(String.valueOf(n))).isEqualTo(scan.menuNumber(String.valueOf(n)));
            }
            for (int from = 0; from < text.length(); from += 1 + random.nextInt(4)) {
                String part = text.substring(from, Math.min(text.length(), from + random.nextInt(12)));
                assertThat(trie.productsResembling(part)).as(part).isEqualTo(scan.productsResembling(part));
            }
        });
    }

    @Test
    void readsTheSameUnitAtEveryPositionAsTheListScan() {
        forEachSeed("same unit at every position", random -> {
            List<CatalogItem> catalog = randomCatalog(random);
            List<String> units = new CatalogMatcher(catalog).units();
            List<String> plain = new ArrayList<>(units);
            String text = randomText(random, catalog);
            for (int i = 0; i <= text.length(); i++) {
                assertThat(Units.readAt(text, i, units))
                        .as("at " + i + " of \"" + text + "\" with " + plain)
                        .isEqualTo(Units.readAt(text, i, plain));
            }
        });
    }

    private static List<CatalogItem> randomCatalog(Random random) {
        int products = random.nextInt(10) == 0 ? 50 + random.nextInt(200) : 1 + random.nextInt(8);
        List<String> shared = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            shared.add(word(random, 1 + random.nextInt(6)));
        }
        List<CatalogItem> items = new ArrayList<>();
        for (int k = 0; k < products; k++) {
            List<String> aliases = new ArrayList<>();
            for (int a = random.nextInt(5); a > 0; a--) {
                aliases.add(alias(random, shared));
            }
            String name = alias(random, shared);
            if (name.isBlank()) {
                name = "草";
            }
            String unit = random.nextInt(4) == 0 ? "" : UNITS[random.nextInt(UNITS.length)];
            items.add(CatalogItem.of("S" + k, name, aliases, unit, BigDecimal.ONE));
        }
        return items;
    }

    private static String alias(Random random, List<String> shared) {
        return switch (random.nextInt(7)) {
            case 0 -> String.valueOf("aAbBzZ".charAt(random.nextInt(6)));
            case 1 -> (1 + random.nextInt(12)) + (random.nextBoolean() ? "号" : "");
            case 2 -> shared.get(random.nextInt(shared.size()));
            case 3 -> shared.get(random.nextInt(shared.size())) + word(random, 1 + random.nextInt(3));
            case 4 -> String.valueOf("草莓蓝梨".charAt(random.nextInt(4)));
            case 5 -> "Ａ";
            default -> word(random, 1 + random.nextInt(8));
        };
    }

    private static String word(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < length; k++) {
            int at = random.nextInt(WORD_CHARS.length());
            out.append(Character.isSurrogate(WORD_CHARS.charAt(at)) ? "🍓" : WORD_CHARS.charAt(at));
        }
        return out.toString();
    }

    /** Product words, parts of them and context characters run together, so that mentions collide. */
    private static String randomText(Random random, List<CatalogItem> catalog) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(30);
        for (int k = 0; k < pieces; k++) {
            CatalogItem item = catalog.get(random.nextInt(catalog.size()));
            List<String> words = new ArrayList<>(item.aliases());
            words.add(item.name());
            String w = TextNormalizer.normalize(words.get(random.nextInt(words.size())));
            switch (random.nextInt(5)) {
                case 0 -> out.append(w);
                case 1 -> out.append(w, 0, random.nextInt(w.length() + 1));
                case 2 -> out.append(UNITS[random.nextInt(UNITS.length)]);
                case 3 -> out.append(word(random, 1 + random.nextInt(3)));
                default -> out.append(CONTEXT_CHARS.charAt(random.nextInt(CONTEXT_CHARS.length())));
            }
        }
        return out.toString();
    }

    private static Set<Character> characters(String s) {
        return s.chars().mapToObj(c -> (char) c).collect(Collectors.toCollection(TreeSet::new));
    }
}
