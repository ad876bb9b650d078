package dev.groupbuy.admin.demo;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo: a sandbox group (chat id {@value #CHAT_ID}) with its leader, and a deal opened in it through the
 * same use case as {@code POST /api/v1/deals}, whose 接龙 the bot posts in the group. Made only when there is
 * no group at all yet.
 */
final class DemoData {

    static final String CHAT_ID = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor DEMO = new Actor.Operator("demo", Door.API);

    private final GroupRepository groups;
    private final UseCases use;
    private final Clock clock;

    DemoData(GroupRepository groups, UseCases use, Clock clock) {
        this.groups = groups;
        this.use = use;
        this.clock = clock;
    }

    void createOnFirstStart() {
        if (!groups.findAll().isEmpty()) {
            return;
        }
        ChatGroup group = groups.create(
                new ChatGroup(null, "sandbox", CHAT_ID, "阳光花园1群（演示）", ChatGroup.DEFAULT_ZONE, clock.instant()),
                List.of(new Member(0, "leader-wang", "王团长", Role.LEADER)));
        ActionResult<OpenDeal.Opened> opened = use.openDeal()
                .open(new OpenDeal.Command(
                        "丹东草莓 · 阳光玫瑰",
                        List.of(group.id()),
                        List.of(
                                item("A", "丹东99草莓", List.of("草莓"), "盒", "25"),
                                item("B", "阳光玫瑰葡萄", List.of("葡萄", "阳光玫瑰"), "串", "30"),
                                item("C", "散养土鸡蛋", List.of("鸡蛋", "土鸡蛋"), "盒", "18")),
                        null,
                        "明天下午4点 3号门自提",
                        DEMO));
        if (!opened.isDone()) {
            log.warn("The demo deal was not opened: {}", opened.refusal().detail());
            return;
        }
        log.info(
                "First start: made the demo sandbox group '{}' (id {}) with the open deal {} (groupbuy.demo.enabled=false"
                        + " turns this off)",
                group.name(),
                group.id(),
                opened.value().deal().id());
    }

    private static CatalogItem item(String sku, String name, List<String> aliases, String unit, String price) {
        return new CatalogItem(sku, name, aliases, unit, new BigDecimal(price), null, null);
    }
}
