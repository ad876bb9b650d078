package dev.groupbuy.core.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.product.AddProduct;
import dev.groupbuy.core.action.product.AddSupplier;
import dev.groupbuy.core.action.product.ChangeProduct;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.history.Change;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.testing.TestBot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductLibraryTests {

    private static final Actor OPERATOR = Actor.Operator.api("api");

    private final TestBot bot = TestBot.withSimpleReader();
    private final ChatGroup group = bot.group("g1", "L1", "王团长");

    private ActionResult<Product> add(String name, List<String> aliases, String price, Long supplierId) {
        return bot.useCases
                .addProduct()
                .add(new AddProduct.Command(
                        name, aliases, "盒", new BigDecimal(price), new BigDecimal("18"), supplierId, "", OPERATOR));
    }

    private String said(String text) {
        return String.join(
                "\n",
                bot.send("g1", "m" + System.nanoTime(), "L1", "王团长", text).replies().stream()
                        .map(OutboundMessage::text)
                        .toList());
    }

    @Test
    void keepsProductsWithUniqueNamesAndAliasesAndLogsEveryChange() {
        long supplier = bot.useCases
                .addSupplier()
                .add(new AddSupplier.Command("丹东果园", "138 0000 0000", "", OPERATOR))
                .value()
                .id();
        Product strawberry = add("丹东草莓", List.of("草莓", "99草莓"), "25", supplier).value();

        assertThat(strawberry.price()).isEqualTo(new BigDecimal("25.00"));
        assertThat(add("草莓", List.of(), "20", null).refusal().detail()).contains("草莓");
        assertThat(add("车厘子", List.of("丹东 草莓"), "60", null).refusal().reason()).isEqualTo(Refusal.Reason.INVALID);
        assertThat(add("车厘子", List.of(), "60", 99L).refusal().detail()).contains("no supplier with id 99");
        assertThat(add("车厘子", List.of(), "-1", null).refusal().reason()).isEqualTo(Refusal.Reason.INVALID);
        assertThat(add("车厘子", List.of(), "1.234", null).refusal().reason()).isEqualTo(Refusal.Reason.INVALID);

        Product cheaper = bot.useCases
                .changeProduct()
                .change(new ChangeProduct.Command(
                        strawberry.id(),
                        new ChangeProduct.Patch(null, null, null, new BigDecimal("23.5"), null, null, "3斤/盒"),
                        OPERATOR))
                .value();

        assertThat(cheaper.price()).isEqualTo(new BigDecimal("23.50"));
        assertThat(cheaper.name()).isEqualTo("丹东草莓");
        assertThat(bot.office.changes.of(Subject.PRODUCT, String.valueOf(strawberry.id())))
                .extracting(Change::action, Change::door, Change::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("created", Door.API, "admin:api"),
                        org.assertj.core.groups.Tuple.tuple("changed", Door.API, "admin:api"));
        assertThat(bot.office
                        .changes
                        .of(Subject.PRODUCT, String.valueOf(strawberry.id()))
                        .get(1)
                        .after())
                .contains("23.50", "3斤/盒");
    }

    @Test
    void onlyTheBackOfficeKeepsTheLibrary() {
        var refused = bot.useCases
                .addProduct()
                .add(new AddProduct.Command(
                        "丹东草莓", List.of(), "盒", BigDecimal.TEN, null, null, "", Actor.chat("L1", "王团长", 1)));

        assertThat(refused.refusal().reason()).isEqualTo(Refusal.Reason.NOT_ALLOWED);
        assertThat(bot.office.products.findAll()).isEmpty();
    }

    @Test
    void aDealPostIsLinkedToTheLibraryByNameOrAliasAndTheLeaderHearsWhichProductsAreNew() {
        Product strawberry = add("丹东草莓", List.of("草莓"), "25", null).value();

        String answer = said("#开团 周末水果\nA. 草莓 25元/盒\nB. 车厘子 60元/斤\n周五晚8点截单，明天下午3点东门自提");

        Deal deal = bot.deals.find(group.id(), DealStatus.OPEN).get(0);
        assertThat(deal.catalog()).extracting(CatalogItem::productId).containsExactly(strawberry.id(), null);
        assertThat(answer).contains("商品库里还没有（新商品）：车厘子").doesNotContain("草莓、");
        assertThat(deal.deliveryDate()).isEqualTo(LocalDate.parse("2026-06-02"));
    }

    @Test
    void withAnEmptyLibraryNobodyIsToldAboutNewProducts() {
        String answer = said("#开团 周末水果\nA. 草莓 25元/盒");

        assertThat(answer).doesNotContain("商品库");
    }

    @Test
    void aCatalogItemNamingAProductTakesItsPriceAndUnitAndAnUnknownOneIsRefused() {
        Product strawberry = add("丹东草莓", List.of(), "25", null).value();
        CatalogItem linked = new CatalogItem("A", "草莓礼盒", List.of(), "", null, null, null, strawberry.id());
        CatalogItem unknown = new CatalogItem("B", "车厘子", List.of(), "斤", BigDecimal.TEN, null, null, 42L);

        Deal deal = bot.useCases
                .openDeal()
                .open(new OpenDeal.Command("草莓", List.of(group.id()), List.of(linked), null, "", OPERATOR))
                .value()
                .deal();
        var refused = bot.useCases
                .openDeal()
                .open(new OpenDeal.Command("车厘子", List.of(group.id()), List.of(unknown), null, "", OPERATOR));

        assertThat(deal.catalog().get(0).price()).isEqualTo(new BigDecimal("25.00"));
        assertThat(deal.catalog().get(0).unit()).isEqualTo("盒");
        assertThat(refused.refusal().detail()).contains("product 42");
    }
}
