package dev.groupbuy.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextListsTests {

    @Test
    void keepsSingleLineItemsInOrder() {
        List<String> items = List.of("wx-leader", "小美🍓", "A 1号");

        assertThat(TextLists.split(TextLists.join(items))).isEqualTo(items);
    }

    @Test
    void turnsLineBreaksInsideAnItemIntoSpaces() {
        assertThat(TextLists.split(TextLists.join(List.of("草莓\r\n大果", "橙子")))).containsExactly("草莓 大果", "橙子");
    }

    @Test
    void storesAnEmptyListAsEmptyText() {
        assertThat(TextLists.join(List.of())).isEmpty();
        assertThat(TextLists.split("")).isEmpty();
        assertThat(TextLists.split(null)).isEmpty();
    }
}
