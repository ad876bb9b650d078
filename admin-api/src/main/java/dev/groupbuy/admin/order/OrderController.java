package dev.groupbuy.admin.order;

import static dev.groupbuy.admin.usecase.Refusals.operator;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;
import static dev.groupbuy.admin.web.ApiProblems.badRequest;
import static dev.groupbuy.admin.web.ApiProblems.notFound;
import static dev.groupbuy.admin.web.ApiProblems.unprocessable;

import dev.groupbuy.core.action.order.AddOrder;
import dev.groupbuy.core.action.order.CancelOrder;
import dev.groupbuy.core.action.order.MarkPickedUp;
import dev.groupbuy.core.action.order.OrderChanged;
import dev.groupbuy.core.action.order.RecordPayment;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.OrderChange;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.report.Roster;
import dev.groupbuy.core.report.Tally;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The orders of a deal, as the bot read them from the chains, and the leader's actions on them. */
@RestController
@Tag(name = "orders")
class OrderController {

    private static final int MOST_PER_PAGE = 500;

    private final UseCases use;

    OrderController(UseCases use) {
        this.use = use;
    }

    @Operation(summary = "The orders of a deal, in the order they were created, with amounts")
    @GetMapping("/api/v1/deals/{id}/orders")
    OrderList list(@PathVariable("id") long dealId) {
        Deal deal = use.ports().deals().findById(dealId).orElseThrow(() -> notFound("no deal with id " + dealId));
        return new OrderList(use.ports().orders().findByDeal(dealId).stream()
                .map(order -> OrderView.of(order, deal))
                .toList());
    }

    @Operation(
            summary = "名单: a page of the deal's numbered list (序号 as in #核销), with the lines under review;"
                    + " q is a 序号 or a name, matched as #核销 matches it")
    @GetMapping("/api/v1/deals/{id}/roster")
    RosterView roster(
            @PathVariable("id") long dealId,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String q) {
        if (offset < 0 || limit < 1 || limit > MOST_PER_PAGE) {
            throw badRequest("offset must be 0 or more and limit between 1 and " + MOST_PER_PAGE);
        }
        Roster roster = orThrow(use.tally().list(new Tally.Command(dealId, operator())));
        List<Roster.Entry> matching = q == null || q.isBlank() ? roster.entries() : roster.find(q);
        return RosterView.of(roster, matching, offset, limit);
    }

    @Operation(summary = "补单: add an order for someone (added to theirs when they have one; 409 after arrival)")
    @PostMapping("/api/v1/deals/{id}/orders")
    ResponseEntity<OrderView> add(@PathVariable("id") long dealId, @Valid @RequestBody AddOrderRequest request) {
        List<OrderItem> items;
        try {
            items = request.items().stream()
                    .map(i -> new OrderItem(i.sku(), i.qty()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw unprocessable("items: " + e.getMessage());
        }
        OrderChanged added = orThrow(use.addOrder()
                .add(new AddOrder.Command(
                        dealId,
                        request.groupId(),
                        request.name(),
                        request.userId(),
                        items,
                        request.note(),
                        operator())));
        OrderView view = OrderView.of(added.order(), added.deal());
        return added.before() == null
                ? ResponseEntity.created(URI.create("/api/v1/orders/" + view.id()))
                        .body(view)
                : ResponseEntity.ok(view);
    }

    @Operation(summary = "Cancel an order (409 unless active)")
    @PostMapping("/api/v1/orders/{id}/cancel")
    OrderView cancel(@PathVariable long id) {
        OrderChanged cancelled = orThrow(use.cancelOrder().cancel(new CancelOrder.Command(id, operator())));
        return OrderView.of(cancelled.order(), cancelled.deal());
    }

    @Operation(summary = "核销: mark an order picked up (409 unless active in a closed or arrived deal)")
    @PostMapping("/api/v1/orders/{id}/pickup")
    OrderView pickup(@PathVariable long id) {
        MarkPickedUp.PickedUp picked = orThrow(use.markPickedUp().pickUp(new MarkPickedUp.Command(id, operator())));
        return OrderView.of(picked.change().order(), picked.change().deal());
    }

    @Operation(summary = "收款/退款: mark an order paid, unpaid or refunded (409: refunding an unpaid order)")
    @PostMapping("/api/v1/orders/{id}/payment")
    OrderView payment(@PathVariable long id, @Valid @RequestBody PaymentRequest request) {
        PaymentStatus status;
        try {
            status = PaymentStatus.fromWireName(request.status());
        } catch (IllegalArgumentException e) {
            throw unprocessable("status must be one of unpaid, paid, refunded");
        }
        RecordPayment.Recorded recorded =
                orThrow(use.recordPayment().record(new RecordPayment.Command(id, status, operator())));
        return OrderView.of(recorded.change().order(), recorded.change().deal());
    }

    @Operation(summary = "An order's history, oldest first: who changed what, through which door")
    @GetMapping("/api/v1/orders/{id}/history")
    HistoryList history(@PathVariable long id) {
        use.ports().orders().findById(id).orElseThrow(() -> notFound("no order with id " + id));
        return new HistoryList(
                use.ports().orders().history(id).stream().map(HistoryView::of).toList());
    }

    record OrderList(List<OrderView> orders) {}

    record PaymentRequest(@NotBlank @Size(max = 16) String status) {}

    record HistoryList(List<HistoryView> history) {}

    /** One change of an order: its items, status and payment before and after, as short texts. */
    record HistoryView(Instant at, String actor, String door, String action, String before, String after) {

        static HistoryView of(OrderChange change) {
            return new HistoryView(
                    change.at(),
                    change.actor(),
                    change.door().wireName(),
                    change.action(),
                    change.before(),
                    change.after());
        }
    }
}
