package dev.groupbuy.core.jielong.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.Catalogs;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogMatcherTests {

    private final CatalogMatcher berries = new CatalogMatcher(Catalogs.berries());

    private static String sku(CatalogMatcher.Match m) {
        return m.products().get(0).sku();
    }

    @Test
    void matchesNamesAndAliasesLongestFirst() {
        CatalogMatcher.Match m = berries.matchAt("丹东草莓2盒", 0);

        assertThat(m.length()).isEqualTo(4);
        assertThat(sku(m)).isEqualTo("A");
        assertThat(sku(berries.matchAt("x草莓", 1))).isEqualTo("A");
    }

    @Test
    void matchesLetterCodesOnlyStandingAlone() {
        assertThat(sku(berries.matchAt("A2 B1", 0))).isEqualTo("A");
        assertThat(sku(berries.matchAt("a*1", 0))).isEqualTo("A");
        assertThat(berries.matchAt("Amy", 0)).isNull();
        assertThat(berries.matchAt("Bob 1", 0)).isNull();
        assertThat(berries.matchAt("B座1203", 0)).isNull();
        assertThat(berries.matchAt("大B哥", 1)).isNull();
        assertThat(sku(berries.matchAt("B两盒", 0))).isEqualTo("B");
    }

    @Test
    void aLetterCodeGluedToAProductNameIsTheCodeOfThatProductWhicheverCaseItWasGivenIn() {
        CatalogMatcher codes =
                new CatalogMatcher(List.of(Catalogs.item("A", "丹东草莓", "盒", "A"), Catalogs.item("B", "大樱桃", "盒", "a")));

        CatalogMatcher.Match m = codes.matchAt("A大樱桃2盒", 0);

        assertThat(m.length()).isEqualTo(1);
        assertThat(sku(m)).isEqualTo("B");
        assertThat(sku(codes.matchAt("a丹东草莓1盒", 0))).isEqualTo("A");
        assertThat(codes.matchAt("A蓝莓", 0)).isNull();
    }

    @Test
    void numberCodesNeverMatchABuilding() {
        CatalogMatcher dumplings = new CatalogMatcher(Catalogs.dumplings());

        assertThat(sku(dumplings.matchAt("1号2袋", 0))).isEqualTo("A");
        assertThat(dumplings.matchAt("1号楼", 0)).isNull();
        assertThat(dumplings.matchAt("11号", 1)).isNull();
    }

    @Test
    void aWordSharedByTwoProductsIsAmbiguous() {
        CatalogMatcher shared =
                new CatalogMatcher(List.of(Catalogs.item("A", "鲜肉粽", "袋", "粽子"), Catalogs.item("B", "豆沙粽", "袋", "粽子")));

        CatalogMatcher.Match m = shared.matchAt("粽子2袋", 0);

        assertThat(m.ambiguous()).isTrue();
        assertThat(m.products()).extracting(CatalogItem::sku).containsExactly("A", "B");
    }

    @Test
    void noticesWordsThatResembleProducts() {
        CatalogMatcher dumplings = new CatalogMatcher(Catalogs.dumplings());

        assertThat(dumplings.productsResembling("水饺")).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(dumplings.productsResembling("苹果")).isEmpty();
    }
}
