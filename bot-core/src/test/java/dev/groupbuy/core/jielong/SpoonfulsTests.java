package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spoonfuls of sugar or chilli are how an order is seasoned, never a count of what is sold. */
class SpoonfulsTests extends LineReading {

    private static final List<CatalogItem> BREAKFAST =
            List.of(Catalogs.item("A", "现磨豆浆", "瓶", "豆浆"), Catalogs.item("B", "油条", "根", "油条"));

    @Test
    void spoonfulsInTheRemarksAreNoCount() {
        assertThat(items(read(BREAKFAST, "林伯 豆浆1瓶 少2勺糖"))).containsExactly(Map.entry("A", "1"));
        assertThat(items(read(BREAKFAST, "老张 豆浆1瓶 油条2根 加2勺辣椒"))).containsOnly(Map.entry("A", "1"), Map.entry("B", "2"));
    }
}
