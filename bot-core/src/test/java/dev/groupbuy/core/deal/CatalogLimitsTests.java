package dev.groupbuy.core.deal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLimitsTests {

    private static CatalogItem item(int k, String name, List<String> aliases) {
        return CatalogItem.of("S" + k, name, aliases, "盒", BigDecimal.ONE);
    }

    private static List<CatalogItem> catalog(int products, int aliasesEach) {
        List<CatalogItem> items = new ArrayList<>();
        for (int k = 0; k < products; k++) {
            items.add(item(k, "产品" + k, Collections.nCopies(aliasesEach, "别名" + k)));
        }
        return items;
    }

    @Test
    void acceptsACatalogRightAtEveryCap() {
        List<CatalogItem> catalog = new ArrayList<>(catalog(CatalogLimits.MAX_PRODUCTS - 1, 3));
        catalog.add(item(999, "草".repeat(CatalogLimits.MAX_WORD_LENGTH), List.of("莓".repeat(64), "A")));

        assertThatCode(() -> CatalogLimits.check(catalog)).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreProductsThanTheCap() {
        assertThatThrownBy(() -> CatalogLimits.check(catalog(CatalogLimits.MAX_PRODUCTS + 1, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a catalog holds at most 500 products, this one has 501");
    }

    @Test
    void refusesMoreNamesAndAliasesInAllThanTheCap() {
        assertThatThrownBy(() -> CatalogLimits.check(catalog(100, 20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a catalog holds at most 2000 product names and aliases in all, this one has 2100");
    }

    @Test
    void refusesANameOrAliasLongerThanTheCapSayingWhereItIsButNotWhatItSays() {
        String tooLong = "草".repeat(CatalogLimits.MAX_WORD_LENGTH + 1);

        assertThatThrownBy(() -> CatalogLimits.check(List.of(item(0, "蓝莓", List.of()), item(1, tooLong, List.of()))))
                .hasMessage("catalog[1].name is longer than 64 characters, the longest product word the parser reads");
        assertThatThrownBy(() -> CatalogLimits.check(List.of(item(0, "蓝莓", List.of("B", tooLong)))))
                .hasMessageStartingWith("an alias of catalog[0] is longer than 64 characters")
                .hasMessageNotContaining("草");
    }
}
