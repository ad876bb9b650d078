package dev.groupbuy.core.jielong.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.jielong.Catalogs;
import dev.groupbuy.core.jielong.ChainParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainDetectorTests {

    private final ChainParser parser = new ChainParser();

    private boolean isChain(String text) {
        return parser.parse(text, Catalogs.strawberries()).isChain();
    }

    @Test
    void aHeadedListOfSignUpsIsAChain() {
        assertThat(isChain("#接龙\n1. 张三 2盒\n2. 李四")).isTrue();
        assertThat(isChain("【接龙】\n1. 张三\n2. 李四")).isTrue();
    }

    @Test
    void aComplaintToTheLeaderWithANumberedListIsNoChain() {
        assertThat(isChain("群主 昨天那草莓咋回事儿啊\n我家那盒坏了好几个\n1. 外包装都湿了\n2. 有五六个破了\n给换一盒呗"))
                .isFalse();
        assertThat(isChain("团长，上周的草莓\n1. 阿霞 2盒\n2. 阿伦 1盒")).isFalse();
    }

    @Test
    void signUpsWithQuantitiesAreAChainEvenWithoutAHeader() {
        assertThat(isChain("1. 张三 2盒\n2. 李四 1盒")).isTrue();
    }

    @Test
    void aBareListOfNamesWithoutAHeaderIsNot() {
        assertThat(isChain("1. 张三\n2. 李四\n3. 王五")).isFalse();
    }

    @Test
    void instructionsRulesAndRecipesAreNotChains() {
        assertThat(isChain("温馨提示：\n1. 自提时间：下午3点—6点\n2. 取货请报接龙序号和楼号")).isFalse();
        assertThat(isChain("本群群规：\n1. 只发团购相关信息，禁止发广告\n2. 接龙后请及时付款")).isFalse();
        assertThat(isChain("草莓酱做法\n1. 草莓洗净切块\n2. 加入白糖腌制30分钟")).isFalse();
    }

    @Test
    void aLeadersConfirmationOrPackingListIsNotAChain() {
        assertThat(isChain("草莓接龙名单确认，请核对：\n1. 张三 2盒\n2. 李四 1盒\n3. 王五 3盒")).isFalse();
        assertThat(isChain("草莓分拣表（按楼栋）\n1. 3栋：张三2盒 李四1盒\n2. 5栋：王五3盒")).isFalse();
    }

    @Test
    void aPaymentReminderListingNamesIsNotAChain() {
        assertThat(isChain("请以下邻居尽快付款：\n1. 张三 2盒\n2. 李四 1盒")).isFalse();
        assertThat(isChain("还没付款的：\n1. 张三\n2. 李四")).isFalse();
    }

    @Test
    void aPricedPreviewIsNotAChainEvenUnderAHeader() {
        assertThat(isChain("#接龙\n1. 麒麟西瓜 29.9元/个\n2. 水蜜桃 39元/箱")).isFalse();
    }

    @Test
    void chatterIsNotAChain() {
        assertThat(isChain("今天的草莓真甜！谢谢团长\n明天还有吗？想再订两盒")).isFalse();
        assertThat(isChain("")).isFalse();
    }

    @Test
    void theLeadersTallyInABracketOrSignedByTheLeaderAboveTheListKeepsItAChain() {
        String chain = "黑猪肉接龙 五花肉 32元/斤\n【团长统计：目前9斤】\n1. 张姐 2斤\n2. 老吴 3斤\n3. 阿May 4斤";
        assertThat(new ChainParser()
                        .parse(chain, List.of(Catalogs.item("A", "五花肉", "斤")))
                        .isChain())
                .isTrue();
        String first = "团长统计：已接5斤\n#接龙 黄牛腩 42元/斤\n1. 牛魔王 3斤\n2. 方姐 2斤";
        assertThat(new ChainParser()
                        .parse(first, List.of(Catalogs.item("A", "黄牛腩", "斤")))
                        .isChain())
                .isTrue();
    }
}
