package dev.groupbuy.adapters.persistence.deal;

import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredDeal;
import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredGroup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.store.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every store must do for deals; run on H2 and MariaDB by the subclasses. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class DealRepositoryContract {

    @Autowired
    DealRepository deals;

    @Autowired
    GroupRepository groups;

    @Autowired
    DealMapper dealMapper;

    @Autowired
    DealGroupMapper dealGroupMapper;

    @Autowired
    CatalogItemMapper catalogMapper;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInstanceThatRemembersAGroupsDealsSeesChangesMadeByAnother() {
        DealRepository other = new DealPersistenceAdapter(
                new DealTables(dealMapper, dealGroupMapper, catalogMapper), transactions, Clock.systemUTC());
        long group = aStoredGroup(groups).id();
        Deal first = aStoredDeal(deals, group);
        assertThat(deals.find(group, DealStatus.OPEN)).extracting(Deal::id).containsExactly(first.id());

        assertThat(other.changeStatus(first.id(), DealStatus.OPEN, DealStatus.CLOSED))
                .isTrue();
        Deal second = other.create(new Deal(
                null,
                "第二团",
                DealStatus.OPEN,
                List.of(group),
                List.of(CatalogItem.of("X", "土鸡蛋", List.of(), "盒", null)),
                null,
                null,
                null));

        List<Deal> open = deals.find(group, DealStatus.OPEN);
        assertThat(open).extracting(Deal::id).containsExactly(second.id());
        assertThat(open.get(0).catalog()).extracting(CatalogItem::name).containsExactly("土鸡蛋");
        assertThat(open.get(0).groupIds()).containsExactly(group);
        List<Deal> closed = deals.find(group, DealStatus.CLOSED);
        assertThat(closed).extracting(Deal::id).containsExactly(first.id());
        assertThat(closed.get(0).catalog()).isEqualTo(first.catalog());
        assertThat(closed.get(0).status()).isEqualTo(DealStatus.CLOSED);
    }

    @Test
    void storesADealPostedToSeveralGroupsWithItsCatalogInOrder() {
        long first = aStoredGroup(groups).id();
        long second = aStoredGroup(groups).id();
        Instant closesAt = Instant.parse("2026-11-27T12:00:00.654321Z");
        List<CatalogItem> catalog = List.of(
                new CatalogItem("C", "智利车厘子🍒", List.of("车厘子", "樱桃", "C"), "盒", new BigDecimal("129.99"), 30, 2),
                CatalogItem.of("A", "丹东草莓", List.of(), "盒", new BigDecimal("0.01")),
                CatalogItem.of("B", "赠品袋", List.of(), "", null));
        Deal deal = new Deal(null, "车厘子团", DealStatus.CLOSED, List.of(first, second), catalog, closesAt, "东门", null);

        Deal stored = deals.create(deal);
        Deal read = deals.findById(stored.id()).orElseThrow();

        assertThat(read).isEqualTo(stored);
        assertThat(read.groupIds()).containsExactlyInAnyOrder(first, second);
        assertThat(read.catalog()).extracting(CatalogItem::sku).containsExactly("C", "A", "B");
        CatalogItem cherries = read.catalog().get(0);
        assertThat(cherries.name()).isEqualTo("智利车厘子🍒");
        assertThat(cherries.aliases()).containsExactly("车厘子", "樱桃", "C");
        assertThat(cherries.price()).isEqualByComparingTo("129.99");
        assertThat(cherries.stock()).isEqualTo(30);
        assertThat(cherries.limitPerPerson()).isEqualTo(2);
        assertThat(read.catalog().get(1).price()).isEqualByComparingTo("0.01");
        assertThat(read.catalog().get(2).price()).isNull();
        assertThat(read.closesAt()).isEqualTo(closesAt);
        assertThat(read.pickup()).isEqualTo("东门");
        assertThat(read.createdAt()).isNotNull();
    }

    @Test
    void keepsTheReminderBeforeTheCutOffAndAMovedDeadline() {
        long group = aStoredGroup(groups).id();
        Instant closesAt = Instant.parse("2026-12-01T12:00:00Z");
        Deal deal = deals.create(new Deal(
                null,
                "晚饭团",
                DealStatus.OPEN,
                List.of(group),
                List.of(CatalogItem.of("A", "饺子", List.of(), "份", BigDecimal.TEN)),
                closesAt,
                "",
                null,
                null,
                Duration.ofMinutes(30)));

        assertThat(deals.findById(deal.id()).orElseThrow().remindAt()).contains(Instant.parse("2026-12-01T11:30:00Z"));
        Deal moved = deal.withDeadline(closesAt.plusSeconds(3600), Duration.ofMinutes(15));
        assertThat(deals.save(moved, DealStatus.OPEN)).isTrue();

        Deal read = deals.find(group, DealStatus.OPEN).get(0);
        assertThat(read.closesAt()).isEqualTo(closesAt.plusSeconds(3600));
        assertThat(read.remindBefore()).isEqualTo(Duration.ofMinutes(15));
        assertThat(deals.save(moved.withDeadline(null, null), DealStatus.OPEN)).isTrue();
        assertThat(deals.findById(deal.id()).orElseThrow().remindBefore()).isNull();
    }

    @Test
    void findsDealsByGroupAndStatusNewestFirst() {
        long group = aStoredGroup(groups).id();
        long otherGroup = aStoredGroup(groups).id();
        Deal older = aStoredDeal(deals, group);
        Deal newer = aStoredDeal(deals, group);
        Deal elsewhere = aStoredDeal(deals, otherGroup);
        deals.changeStatus(older.id(), DealStatus.OPEN, DealStatus.CLOSED);

        assertThat(deals.find(group, null)).extracting(Deal::id).containsExactly(newer.id(), older.id());
        assertThat(deals.find(group, DealStatus.OPEN)).extracting(Deal::id).containsExactly(newer.id());
        assertThat(deals.find(group, DealStatus.CLOSED)).extracting(Deal::id).containsExactly(older.id());
        assertThat(deals.find(null, DealStatus.OPEN))
                .extracting(Deal::id)
                .contains(newer.id(), elsewhere.id())
                .doesNotContain(older.id());
        assertThat(deals.find(group, null).get(0).catalog()).hasSize(2);
    }

    @Test
    void changesStatusOnlyFromTheExpectedOne() {
        Deal deal = aStoredDeal(deals, aStoredGroup(groups).id());

        assertThat(deals.changeStatus(deal.id(), DealStatus.CLOSED, DealStatus.OPEN))
                .isFalse();
        assertThat(deals.changeStatus(deal.id(), DealStatus.OPEN, DealStatus.CLOSED))
                .isTrue();
        assertThat(deals.changeStatus(deal.id(), DealStatus.OPEN, DealStatus.CLOSED))
                .isFalse();
        assertThat(deals.findById(deal.id()).orElseThrow().status()).isEqualTo(DealStatus.CLOSED);
        assertThat(deals.changeStatus(Long.MAX_VALUE, DealStatus.OPEN, DealStatus.CLOSED))
                .isFalse();
    }

    @Test
    void letsExactlyOneOfManyRacingClosersWin() throws Exception {
        Deal deal = aStoredDeal(deals, aStoredGroup(groups).id());

        List<Boolean> won =
                Concurrently.run(8, () -> deals.changeStatus(deal.id(), DealStatus.OPEN, DealStatus.CLOSED));

        assertThat(won).containsOnlyOnce(true);
        assertThat(deals.findById(deal.id()).orElseThrow().status()).isEqualTo(DealStatus.CLOSED);
    }

    @Test
    void keepsADeliveryDateAndFindsDealsByItOrByCreationWhenUndated() {
        long group = aStoredGroup(groups).id();
        LocalDate day =
                LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        Deal delivered = aStoredDeal(deals, group);
        Deal later = aStoredDeal(deals, group);
        Deal undated = aStoredDeal(deals, group);

        assertThat(deals.saveDeliveryDate(delivered.id(), day)).isTrue();
        assertThat(deals.saveDeliveryDate(later.id(), day.plusDays(2))).isTrue();
        assertThat(deals.saveDeliveryDate(Long.MAX_VALUE, day)).isFalse();

        assertThat(deals.findById(delivered.id()).orElseThrow().deliveryDate()).isEqualTo(day);
        assertThat(deals.find(group, DealStatus.OPEN))
                .extracting(Deal::deliveryDate)
                .containsExactlyInAnyOrder(day, day.plusDays(2), null);
        assertThat(deals.findDelivered(day, day)).extracting(Deal::id).containsExactly(delivered.id());
        assertThat(deals.findDelivered(day, day.plusDays(2)))
                .extracting(Deal::id)
                .containsExactly(delivered.id(), later.id());
        Instant created = deals.findById(undated.id()).orElseThrow().createdAt();
        assertThat(deals.findUndated(created, created.plusSeconds(1)))
                .extracting(Deal::id)
                .contains(undated.id())
                .doesNotContain(delivered.id(), later.id());
        assertThat(deals.findUndated(created.plusSeconds(1), created.plusSeconds(2)))
                .extracting(Deal::id)
                .doesNotContain(undated.id());
        deals.saveDeliveryDate(delivered.id(), null);
        assertThat(deals.findById(delivered.id()).orElseThrow().deliveryDate()).isNull();
    }

    @Test
    void keepsTheProductACatalogItemSells() {
        long product = insertProduct();
        Deal deal = deals.create(new Deal(
                null,
                "草莓团",
                DealStatus.OPEN,
                List.of(aStoredGroup(groups).id()),
                List.of(
                        new CatalogItem("A", "丹东草莓", List.of(), "盒", BigDecimal.TEN, null, null, product),
                        CatalogItem.of("B", "车厘子", List.of(), "斤", BigDecimal.ONE)),
                null,
                "",
                null,
                LocalDate.of(2026, 12, 1)));

        Deal read = deals.findById(deal.id()).orElseThrow();

        assertThat(read.catalog()).extracting(CatalogItem::productId).containsExactly(product, null);
        assertThat(read.deliveryDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    private long insertProduct() {
        String name = "草莓" + System.nanoTime();
        jdbc.update(
                "INSERT INTO products (name, price, created_at, updated_at) VALUES (?, 25.00, ?, ?)",
                name,
                java.sql.Timestamp.from(Instant.now()),
                java.sql.Timestamp.from(Instant.now()));
        return jdbc.queryForObject("SELECT id FROM products WHERE name = ?", Long.class, name);
    }
}
