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
import dev.groupbuy.core.deal.DeliveryDays;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.jielong.DealPost;
import dev.groupbuy.core.jielong.DealPostParser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 开团: a new open deal in one or more groups, from a catalog (the API, {@code #复团}, a schedule) or from a
 * deal post as leaders write it ({@code #开团}, the API's {@code post}), read by the {@link DealPostParser}.
 * Its groups get the deal's 接龙 template. A catalog past {@link CatalogLimits} is refused as too large,
 * whichever door it comes from. Its items are linked to the product library by name or alias (or by the
 * {@code productId} they name), and the answer says which products the library does not know yet; a post's
 * pickup or arrival day ({@code 明天下午3点自提}) becomes the deal's delivery date.
 */
public final class OpenDeal {

    private final ActionPorts ports;

    public OpenDeal(ActionPorts ports) {
        this.ports = ports;
    }

    /**
     * @param closesAt when sign-ups stop on their own (the scheduler closes the deal then), or {@code null}
     * @param deliveryDate the day the goods are delivered, or {@code null} when not known
     * @param remindBefore how long before {@code closesAt} the groups are reminded, or {@code null}
     */
    public record Command(
            String title,
            List<Long> groupIds,
            List<CatalogItem> catalog,
            Instant closesAt,
            String pickup,
            LocalDate deliveryDate,
            Duration remindBefore,
            Actor actor) {

        /** A deal whose delivery date is not known. */
        public Command(
                String title,
                List<Long> groupIds,
                List<CatalogItem> catalog,
                Instant closesAt,
                String pickup,
                Actor actor) {
            this(title, groupIds, catalog, closesAt, pickup, null, null, actor);
        }

        /** A deal without a reminder before its cut-off. */
        public Command(
                String title,
                List<Long> groupIds,
                List<CatalogItem> catalog,
                Instant closesAt,
                String pickup,
                LocalDate deliveryDate,
                Actor actor) {
            this(title, groupIds, catalog, closesAt, pickup, deliveryDate, null, actor);
        }
    }

    /**
     * A deal post to read; cut-off times in it are read in the first group's time zone.
     *
     * @param deliveryDate the day the goods are delivered, or {@code null} for the day the post's pickup line
     *     names (if any)
     */
    public record FromPost(String post, List<Long> groupIds, LocalDate deliveryDate, Actor actor) {

        public FromPost(String post, List<Long> groupIds, Actor actor) {
            this(post, groupIds, null, actor);
        }
    }

    /**
     * @param post what the post said, when the deal came from one, else {@code null}
     * @param newProducts the names of catalog items the product library does not know (empty when the library
     *     is empty: then every product is new and nobody needs telling)
     */
    public record Opened(Deal deal, DealPost post, List<Posted> posted, List<String> newProducts) {

        public Opened {
            newProducts = List.copyOf(newProducts);
        }
    }

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
        LocalDate today = LocalDate.now(ports.clock().withZone(first.zone()));
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
                        command.deliveryDate() != null
                                ? command.deliveryDate()
                                : DeliveryDays.read(post.pickup(), today).orElse(null),
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
        Optional<Refusal> unknownProduct =
                CatalogLinks.check(command.catalog(), ports.office().products());
        if (unknownProduct.isPresent()) {
            return ActionResult.refused(unknownProduct.get());
        }
        CatalogLinks.Linked linked =
                CatalogLinks.link(command.catalog(), ports.office().products());
        Deal deal;
        try {
            deal = new Deal(
                    null,
                    command.title(),
                    DealStatus.OPEN,
                    command.groupIds(),
                    linked.catalog(),
                    command.closesAt(),
                    command.pickup(),
                    ports.clock().instant(),
                    command.deliveryDate(),
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
            List<Posted> posted = ports.listener().on(new DealEvent.Opened(stored));
            return ActionResult.done(
                    new Opened(stored, post, posted, linked.libraryEmpty() ? List.of() : linked.newProducts()));
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
