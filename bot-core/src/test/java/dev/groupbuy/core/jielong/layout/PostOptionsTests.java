package dev.groupbuy.core.jielong.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.jielong.Catalogs;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.LineReading;
import dev.groupbuy.core.jielong.ReviewReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The options a post offers of its one product, and lines that order by them. */
class PostOptionsTests extends LineReading {

    @Test
    void theListAfterAHeadWordUntilPriceOrInstructions() {
        assertThat(PostOptions.optionsIn("口味：椒盐 / 原味 / 海苔，同价，备注口味")).containsExactly("椒盐", "原味", "海苔");
        assertThat(PostOptions.optionsIn("颜色有 米白、藏青、酒红 三种")).containsExactly("米白", "藏青", "酒红");
        assertThat(PostOptions.optionsIn("尺码：S M L XL")).containsExactly("S", "M", "L", "XL");
        assertThat(PostOptions.optionsIn("口味随机")).as("one word is no list").isEmpty();
        assertThat(PostOptions.optionsIn("今天到货 28元一盒")).isEmpty();
    }

    @Test
    void inADealOfOneProductOptionsWithCountsAddUp() {
        String chain =
                "#接龙 手工汤圆 12元/袋\n口味：椒盐、芝麻、紫薯，统一价\n1. 小溪 芝麻2袋 紫薯1袋\n2. 阿鲁 椒盐3袋" + "\n3. 汤圆妹 汤圆4袋 芝麻2袋 紫薯2袋\n4. 阿木 榴莲2袋";
        List<ChainEntry> entries = parser.parse(chain, List.of(Catalogs.item("A", "手工汤圆", "袋", "汤圆")))
                .entries();

        assertThat(items(entries.get(0))).containsExactly(Map.entry("A", "3"));
        assertThat(items(entries.get(1))).containsExactly(Map.entry("A", "3"));
        assertThat(entries.get(2).review())
                .as("the product named with its own count: the options break it down")
                .isTrue();
        assertThat(entries.get(3).reason()).as("not an option of the post").isEqualTo(ReviewReason.UNKNOWN_PRODUCT);
    }

    @Test
    void inADealOfSeveralProductsAnOptionStaysUnknown() {
        String chain = "#接龙 汤圆 12元/袋 元宵 10元/袋\n口味：椒盐、芝麻、紫薯\n1. 小溪 芝麻2袋";
        ChainEntry entry = parser.parse(
                        chain, List.of(Catalogs.item("A", "汤圆", "袋", "汤圆"), Catalogs.item("B", "元宵", "袋", "元宵")))
                .entries()
                .get(0);

        assertThat(entry.review()).isTrue();
    }
}
