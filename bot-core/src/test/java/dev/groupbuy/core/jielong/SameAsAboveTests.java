package dev.groupbuy.core.jielong;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ditto marks, 跟楼上, 一样 alone and English ditto take the order of the line above. */
class SameAsAboveTests {

    private static final List<CatalogItem> RICE = List.of(Catalogs.item("A", "五常大米", "袋", "大米"));

    @Test
    void everyWayOfSayingTheSameTakesTheOrderAbove() {
        List<ChainEntry> e = new ChainParser().parse("""
                        #接龙 五常大米
                        1. 曲姐 2袋
                        2. 秀兰 〃
                        3. 付姐 跟楼上
                        4. 栾 同上 放仓库门口就行
                        5. 王会计 一样
                        6. Jack ditto
                        7. 周周 same
                        8. 阿伟 3袋
                        9. 宁 一样的
                        10. 三毛 跟曲姐一样
                        """, RICE).entries();
        assertThat(e).extracting(x -> x.items().get(0).qty().intValue()).containsExactly(2, 2, 2, 2, 2, 2, 2, 3, 3, 2);
        assertThat(e.get(5).name()).isEqualTo("Jack");
        assertThat(e.get(9).name()).isEqualTo("三毛");
    }
}
