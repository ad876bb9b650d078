package dev.groupbuy.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.direct.BoundMembers;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.testing.InMemoryOutbox;
import dev.groupbuy.core.testing.WriteCounter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalNoticesTests {

    private static final long GROUP = 7;
    private static final Deal DEAL = new Deal(
            42L,
            "丹东草莓",
            DealStatus.ARRIVED,
            List.of(GROUP),
            List.of(
                    new CatalogItem("A", "丹东草莓", List.of("草莓"), "盒", new BigDecimal("25.00"), null, null),
                    new CatalogItem("B", "车厘子", List.of(), "斤", new BigDecimal("60.00"), null, null)),
            null,
            "明天下午3点 小区南门",
            Instant.parse("2026-11-25T07:00:00Z"));

    private final InMemoryOutbox outbox = new InMemoryOutbox(new WriteCounter());
    private final List<BoundMembers.Bound> bound = new ArrayList<>();
    private final BoundMembers bindings =
            (platform, groupId) -> platform.equals("wechat") && groupId == GROUP ? List.copyOf(bound) : List.of();
    private final NoticeChannel channel = new NoticeChannel() {
        @Override
        public String bindingPlatform() {
            return "wechat";
        }

        @Override
        public OutboundMessage arrival(String platformUserId, ArrivalNotice notice) {
            return new OutboundMessage(
                    "wechat-template",
                    platformUserId,
                    String.join("|", notice.product(), notice.quantity(), notice.pickup(), notice.remark()),
                    List.of(),
                    null);
        }
    };
    private final ArrivalNotices notices = new ArrivalNotices(bindings, outbox, List.of(channel));

    @Test
    void tellsEachBoundBuyerPersonallyWhatTheyOrderedAndWhereToPickItUp() {
        bound.add(new BoundMembers.Bound("openid-wang", "wxid_wang"));

        notices.on(new DealEvent.Arrived(
                DEAL, List.of(order(1, "王姐", "wxid_wang", "A", 2), order(2, "李哥", "wxid_li", "B", 1))));

        assertThat(outbox.all())
                .containsExactly(new OutboundMessage(
                        "wechat-template", "openid-wang", "丹东草莓|丹东草莓2盒|明天下午3点 小区南门|到货啦，记得按时来取哦～", List.of(), null));
    }

    @Test
    void aSecondArrivalOfTheSameDealQueuesNothingMore() {
        bound.add(new BoundMembers.Bound("openid-wang", "wxid_wang"));
        DealEvent.Arrived arrived = new DealEvent.Arrived(DEAL, List.of(order(1, "王姐", "wxid_wang", "A", 2)));

        notices.on(arrived);
        notices.on(arrived);

        assertThat(outbox.all()).hasSize(1);
    }

    @Test
    void aMemberWhoSignedUpTheirFamilyTooGetsOneNoticeWithEveryOrder() {
        bound.add(new BoundMembers.Bound("openid-wang", "wxid_wang"));

        notices.on(new DealEvent.Arrived(
                DEAL, List.of(order(1, "王姐", "wxid_wang", "A", 2), order(2, "王姐妈妈", "wxid_wang", "B", 1))));

        assertThat(outbox.all())
                .singleElement()
                .satisfies(message -> assertThat(message.text()).contains("王姐 丹东草莓2盒，王姐妈妈 车厘子1斤"));
    }

    @Test
    void withoutPickupInformationTheNoticePointsToTheGroup() {
        bound.add(new BoundMembers.Bound("openid-wang", "wxid_wang"));
        Deal noPickup = new Deal(
                DEAL.id(), DEAL.title(), DEAL.status(), DEAL.groupIds(), DEAL.catalog(), null, " ", DEAL.createdAt());

        notices.on(new DealEvent.Arrived(noPickup, List.of(order(1, "王姐", "wxid_wang", "A", 2))));

        assertThat(outbox.all())
                .singleElement()
                .satisfies(message -> assertThat(message.text()).contains("|请留意群里的取货通知|"));
    }

    @Test
    void unboundBuyersCancelledOrdersOtherEventsAndNoChannelQueueNothing() {
        bound.add(new BoundMembers.Bound("openid-wang", "wxid_wang"));
        Order cancelled = new Order(
                1L,
                DEAL.id(),
                GROUP,
                "王姐",
                "wxid_wang",
                List.of(new OrderItem("A", BigDecimal.ONE)),
                OrderStatus.CANCELLED,
                1,
                "王姐 草莓1",
                1,
                Instant.EPOCH);

        notices.on(new DealEvent.Arrived(DEAL, List.of(cancelled, order(2, "李哥", "wxid_li", "A", 1))));
        notices.on(new DealEvent.Closed(DEAL, List.of(order(3, "王姐", "wxid_wang", "A", 1))));
        new ArrivalNotices(bindings, outbox, List.of())
                .on(new DealEvent.Arrived(DEAL, List.of(order(3, "王姐", "wxid_wang", "A", 1))));

        assertThat(outbox.all()).isEmpty();
    }

    @Test
    void keysFitTheOutboxAndDifferPerDealGroupAndPerson() {
        String longId = "o".repeat(120);

        assertThat(ArrivalNotices.key(42, 7, "wechat", "openid-wang")).isEqualTo("arrival:42:7:wechat:openid-wang");
        assertThat(ArrivalNotices.key(42, 7, "wechat", longId))
                .hasSizeLessThanOrEqualTo(Outbox.MAX_KEY_LENGTH)
                .isEqualTo(ArrivalNotices.key(42, 7, "wechat", longId))
                .isNotEqualTo(ArrivalNotices.key(43, 7, "wechat", longId));
    }

    private static Order order(long id, String name, String memberId, String sku, int qty) {
        return new Order(
                id,
                DEAL.id(),
                GROUP,
                name,
                memberId,
                List.of(new OrderItem(sku, BigDecimal.valueOf(qty))),
                OrderStatus.ACTIVE,
                (int) id,
                name + " " + qty,
                1,
                Instant.EPOCH);
    }
}
