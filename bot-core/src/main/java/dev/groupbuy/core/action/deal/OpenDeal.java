package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.chat.Posted;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.CatalogLimits;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealChange;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.jielong.DealPost;
import dev.groupbuy.core.jielong.DealPostParser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 开团: a new open deal in one or more groups, from a catalog (the API, {@code #复团}, a schedule) or from a
 * deal post as leaders write it ({@code #开团}, the API's {@code post}), read by the {@link DealPostParser}.
 * Its groups get the deal's 接龙 template. A catalog past {@link CatalogLimits} is refused as too large,
 * whichever door it comes from.
 */
public final class OpenDeal {

    private final ActionPorts ports;

    public OpenDeal(ActionPorts ports) {
        this.ports = ports;
    }

    /**
     * @param closesAt when sign-ups stop on their own (the scheduler closes the deal then), or {@code null}
     * @param remindBefore how long before {@code closesAt} the groups are reminded, or {@code null}
     */
    public record Command(
            String title,
            List<Long> groupIds,
            List<CatalogItem> catalog,
            Instant closesAt,
            String pickup,
            Duration remindBefore,
            Actor actor) {

        public Command(
                String title,
                List<Long> groupIds,
                List<CatalogItem> catalog,
                Instant closesAt,
                String pickup,
                Actor actor) {
            this(title, groupIds, catalog, closesAt, pickup, null, actor);
        }
    }

    /** A deal post to read; cut-off times in it are read in the first group's time zone. */
    public record FromPost(String post, List<Long> groupIds, Actor actor) {}

    /** @param post what the post said, when the deal came from one, else {@code null} */
    public record Opened(Deal deal, DealPost post, List<Posted> posted) {}

    public ActionResult<Opened> open(Command command) {
        return checkGroups(command.groupIds(), command.actor())
                .<ActionResult<Opened>>map(ActionResult::refused)
                .orElseGet(() -> create(command, null));
    }

    public ActionResult<Opened> openFromPost(FromPost command) {
        Optional<Refusal> refusal = checkGroups(command.groupIds(), command.actor());
        if (refusal.isPresent()) {
            return ActionResult.refused(refusal.get());
        }
        ChatGroup first = ports.groups().findById(command.groupIds().get(0)).orElseThrow();
        DealPost post = new DealPostParser(ports.clock(), first.zone()).parse(command.post());
        if (post.catalog().isEmpty()) {
            return ActionResult.refused(
                    Refusal.invalid("the post names no product with a price, such as 'A. 丹东草莓 25元/盒'"));
        }
        return create(
                new Command(
                        post.title(),
                        command.groupIds(),
                        post.catalog(),
                        post.closesAt(),
                        post.pickup(),
                        command.actor()),
                post);
    }

    private ActionResult<Opened> create(Command command, DealPost post) {
        if (command.catalog().isEmpty()) {
            return ActionResult.refused(Refusal.invalid("a deal needs at least one catalog item"));
        }
        try {
            CatalogLimits.check(command.catalog());
        } catch (IllegalArgumentException e) {
            return ActionResult.refused(Refusal.tooLarge(e.getMessage()));
        }
        Deal deal;
        try {
            deal = new Deal(
                    null,
                    command.title(),
                    DealStatus.OPEN,
                    command.groupIds(),
                    command.catalog(),
                    command.closesAt(),
                    command.pickup(),
                    ports.clock().instant(),
                    command.remindBefore());
        } catch (IllegalArgumentException e) {
            return ActionResult.refused(Refusal.invalid(e.getMessage()));
        }
        return ports.transactions().inTransaction(() -> {
            Deal stored = ports.deals().create(deal);
            ports.dealHistory()
                    .append(DealChange.of(
                            null,
                            stored,
                            DealAction.OPENED,
                            command.actor(),
                            ports.clock().instant()));
            return ActionResult.done(new Opened(stored, post, ports.listener().on(new DealEvent.Opened(stored))));
        });
    }

    private Optional<Refusal> checkGroups(List<Long> groupIds, Actor actor) {
        if (groupIds == null || groupIds.isEmpty()) {
            return Optional.of(Refusal.invalid("a deal needs at least one group in groupIds"));
        }
        if (groupIds.stream().distinct().count() != groupIds.size()) {
            return Optional.of(Refusal.invalid("groupIds lists a group more than once"));
        }
        List<Long> unknown = groupIds.stream()
                .filter(id -> ports.groups().findById(id).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            return Optional.of(Refusal.invalid("unknown groupIds: " + unknown));
        }
        boolean runsAll = groupIds.stream().allMatch(id -> ports.permissions().runs(actor, id));
        return runsAll
                ? Optional.empty()
                : Optional.of(Refusal.notAllowed(actor.id() + " does not run every group of the deal"));
    }
}
