package dev.groupbuy.admin.deal;

import static dev.groupbuy.admin.usecase.Refusals.operator;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;
import static dev.groupbuy.admin.web.ApiProblems.badRequest;
import static dev.groupbuy.admin.web.ApiProblems.notFound;
import static dev.groupbuy.admin.web.ApiProblems.unprocessable;

import dev.groupbuy.core.action.deal.AnnounceArrival;
import dev.groupbuy.core.action.deal.CancelDeal;
import dev.groupbuy.core.action.deal.ChangeDeadline;
import dev.groupbuy.core.action.deal.CloseDeal;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.deal.ReopenDeal;
import dev.groupbuy.core.action.deal.SetDeliveryDate;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.report.Summary;
import dev.groupbuy.core.report.Tally;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deals: what is on sale to which groups, and their life cycle. Every change runs the same use case as the
 * leader's chat command; a refusal is problem JSON (409 wrong state, 422 meaningless input).
 */
@RestController
@Tag(name = "deals")
@RequestMapping("/api/v1/deals")
class DealController {

    /** What a DATETIME column holds, with room to spare. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final UseCases use;

    DealController(UseCases use) {
        this.use = use;
    }

    @Operation(summary = "Open a deal in one or more groups, from a catalog or from a deal post (422: no product)")
    @PostMapping
    ResponseEntity<DealView> create(@Valid @RequestBody CreateDealRequest request) {
        OpenDeal.Opened opened = request.post() != null ? fromPost(request) : fromCatalog(request);
        long id = opened.deal().id();
        return ResponseEntity.created(URI.create("/api/v1/deals/" + id)).body(DealView.of(opened.deal()));
    }

    @Operation(summary = "Deals, newest first, optionally of one group and/or in one status")
    @GetMapping
    DealList list(@RequestParam(required = false) Long groupId, @RequestParam(required = false) String status) {
        return new DealList(use.ports().deals().find(groupId, parseStatus(status)).stream()
                .map(DealView::of)
                .toList());
    }

    @Operation(summary = "One deal with its catalog")
    @GetMapping("/{id}")
    DealView get(@PathVariable long id) {
        return DealView.of(use.ports().deals().findById(id).orElseThrow(() -> notFound("no deal with id " + id)));
    }

    @Operation(summary = "截单: close an open deal (409 when it is not open)")
    @PostMapping("/{id}/close")
    DealView close(@PathVariable long id) {
        return DealView.of(orThrow(use.closeDeal().close(new CloseDeal.Command(id, operator())))
                .deal());
    }

    @Operation(summary = "A new cut-off time (and reminder) for an open deal, or none; the automatic 截单 moves")
    @PutMapping("/{id}/deadline")
    DealView deadline(@PathVariable long id, @Valid @RequestBody DeadlineRequest request) {
        if (request.closesAt() != null && request.closesAt().isAfter(LATEST)) {
            throw unprocessable("closesAt must be before " + LATEST);
        }
        Duration remind = reminder(request.closesAt(), request.remindBeforeMinutes());
        return DealView.of(orThrow(use.changeDeadline()
                        .change(new ChangeDeadline.Command(id, request.closesAt(), remind, operator())))
                .deal());
    }

    @Operation(summary = "恢复接龙: reopen a closed deal (409 when it is not closed)")
    @PostMapping("/{id}/reopen")
    DealView reopen(@PathVariable long id) {
        return DealView.of(orThrow(use.reopenDeal().reopen(new ReopenDeal.Command(id, operator())))
                .deal());
    }

    @Operation(summary = "到货: tell the buyers the goods arrived (409 unless closed); optional {\"pickup\"}")
    @PostMapping("/{id}/arrived")
    DealView arrived(@PathVariable long id, @Valid @RequestBody(required = false) ArrivedRequest request) {
        String pickup = request == null ? null : request.pickup();
        return DealView.of(orThrow(use.announceArrival().announce(new AnnounceArrival.Command(id, pickup, operator())))
                .deal());
    }

    @Operation(summary = "取消团: cancel an open or closed deal (409 otherwise)")
    @PostMapping("/{id}/cancel")
    DealView cancel(@PathVariable long id) {
        return DealView.of(orThrow(use.cancelDeal().cancel(new CancelDeal.Command(id, operator())))
                .deal());
    }

    @Operation(summary = "汇总: totals per product, people, orders, lines under review, total amount")
    @GetMapping("/{id}/summary")
    SummaryView summary(@PathVariable long id) {
        Summary summary = orThrow(use.tally().summarize(new Tally.Command(id, operator())));
        return SummaryView.of(summary);
    }

    @Operation(
            summary = "The day the deal's goods are delivered, for purchase lists and sorting sheets (null: unknown)")
    @PutMapping("/{id}/delivery-date")
    DealView deliveryDate(@PathVariable long id, @RequestBody DeliveryDateRequest request) {
        return DealView.of(
                orThrow(use.setDeliveryDate().set(new SetDeliveryDate.Command(id, request.deliveryDate(), operator())))
                        .deal());
    }

    record DealList(List<DealView> deals) {}

    /** @param deliveryDate {@code 2026-12-01}, or {@code null} when not known */
    record DeliveryDateRequest(LocalDate deliveryDate) {}

    private OpenDeal.Opened fromPost(CreateDealRequest request) {
        if (request.post().isBlank()) {
            throw unprocessable("post is empty");
        }
        return orThrow(use.openDeal()
                .openFromPost(
                        new OpenDeal.FromPost(request.post(), request.groupIds(), request.deliveryDate(), operator())));
    }

    private OpenDeal.Opened fromCatalog(CreateDealRequest request) {
        if (request.title() == null || request.title().isBlank()) {
            throw badRequest("title: must not be blank (or send a post)");
        }
        if (request.catalog() == null) {
            throw badRequest("catalog: must not be null (or send a post)");
        }
        if (request.closesAt() != null
                && (request.closesAt().isBefore(EARLIEST) || request.closesAt().isAfter(LATEST))) {
            throw unprocessable("closesAt must be between " + EARLIEST + " and " + LATEST);
        }
        List<CatalogItem> catalog;
        try {
            catalog = request.catalog().stream()
                    .map(CatalogItemRequest::toCatalogItem)
                    .toList();
        } catch (IllegalArgumentException e) {
            throw unprocessable(e.getMessage());
        }
        return orThrow(use.openDeal()
                .open(new OpenDeal.Command(
                        request.title(),
                        request.groupIds(),
                        catalog,
                        request.closesAt(),
                        request.pickup(),
                        request.deliveryDate(),
                        reminder(request.closesAt(), request.remindBeforeMinutes()),
                        operator())));
    }

    /** @param closesAt when the reminder counts back from */
    private static Duration reminder(Instant closesAt, Integer remindBeforeMinutes) {
        if (remindBeforeMinutes == null) {
            return null;
        }
        if (closesAt == null || remindBeforeMinutes < 1 || remindBeforeMinutes > 60 * 24 * 30) {
            throw unprocessable("remindBeforeMinutes needs closesAt and must be between 1 and 43200");
        }
        return Duration.ofMinutes(remindBeforeMinutes);
    }

    private static DealStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DealStatus.fromWireName(status);
        } catch (IllegalArgumentException e) {
            throw badRequest("status must be one of "
                    + Arrays.stream(DealStatus.values())
                            .map(DealStatus::wireName)
                            .toList());
        }
    }
}
