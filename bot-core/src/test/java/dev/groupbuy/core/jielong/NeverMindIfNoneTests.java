package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "If they are sold out, never mind" after a count: the order stands, and nothing is asked. */
class NeverMindIfNoneTests extends LineReading {

    private static final List<CatalogItem> TARTS = List.of(Catalogs.item("A", "葡式蛋挞", "盒", "蛋挞"));

    @Test
    void soldOutThenNeverMindLeavesTheOrder() {
        for (String line : List.of("小橘 两盒 卖完了就算了", "小橘 两盒 卖完就算了", "小橘 两盒 没了就算了", "小橘 两盒 没有就算了哈")) {
            ChainEntry e = read(TARTS, line);
            assertThat(e.review()).as(line).isFalse();
            assertThat(items(e)).as(line).containsExactly(Map.entry("A", "2"));
        }
    }

    @Test
    void afterAQuestionItStillWaitsForTheAnswer() {
        assertThat(read(TARTS, "小橘 两盒 有大的吗 卖完了就算了").review()).isTrue();
    }
}
