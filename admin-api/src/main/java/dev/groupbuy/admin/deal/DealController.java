package dev.groupbuy.admin.deal;

import static dev.groupbuy.admin.web.ApiProblems.badRequest;
import static dev.groupbuy.admin.web.ApiProblems.conflict;
import static dev.groupbuy.admin.web.ApiProblems.notFound;
import static dev.groupbuy.admin.web.ApiProblems.unprocessable;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.CatalogLimits;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.GroupRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deals: what is on sale to which groups, and closing them. */
@RestController
@Tag(name = "deals")
@RequestMapping("/api/v1/deals")
class DealController {

    /** What a DATETIME column holds, with room to spare. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final DealRepository deals;
    private final GroupRepository groups;
    private final Clock clock;

    DealController(DealRepository deals, GroupRepository groups, Clock clock) {
        this.deals = deals;
        this.groups = groups;
        this.clock = clock;
    }

    @Operation(summary = "Open a deal in one or more groups")
    @PostMapping
    ResponseEntity<DealView> create(@Valid @RequestBody CreateDealRequest request) {
        long id = deals.create(newDeal(request)).id();
        return ResponseEntity.created(URI.create("/api/v1/deals/" + id)).body(DealView.of(find(id)));
    }

    @Operation(summary = "Deals, newest first, optionally of one group and/or in one status")
    @GetMapping
    DealList list(@RequestParam(required = false) Long groupId, @RequestParam(required = false) String status) {
        return new DealList(deals.find(groupId, parseStatus(status)).stream()
                .map(DealView::of)
                .toList());
    }

    @Operation(summary = "One deal with its catalog")
    @GetMapping("/{id}")
    DealView get(@PathVariable long id) {
        return DealView.of(find(id));
    }

    /** 截单: stops sign-ups. Only an open deal can be closed; anything else is a conflict. */
    @Operation(summary = "截单: close an open deal (409 when it is not open)")
    @PostMapping("/{id}/close")
    DealView close(@PathVariable long id) {
        Deal closed = find(id).close();
        if (!deals.changeStatus(id, DealStatus.OPEN, DealStatus.CLOSED)) {
            throw conflict("deal " + id + " changed meanwhile and is no longer open");
        }
        return DealView.of(closed);
    }

    record DealList(List<DealView> deals) {}

    private Deal find(long id) {
        return deals.findById(id).orElseThrow(() -> notFound("no deal with id " + id));
    }

    private Deal newDeal(CreateDealRequest request) {
        if (request.catalog().isEmpty()) {
            throw unprocessable("a deal needs at least one catalog item");
        }
        checkGroups(request.groupIds());
        if (request.closesAt() != null
                && (request.closesAt().isBefore(EARLIEST) || request.closesAt().isAfter(LATEST))) {
            throw unprocessable("closesAt must be between " + EARLIEST + " and " + LATEST);
        }
        try {
            List<CatalogItem> catalog = request.catalog().stream()
                    .map(CatalogItemRequest::toCatalogItem)
                    .toList();
            CatalogLimits.check(catalog);
            return new Deal(
                    null,
                    request.title(),
                    DealStatus.OPEN,
                    request.groupIds(),
                    catalog,
                    request.closesAt(),
                    request.pickup(),
                    clock.instant());
        } catch (IllegalArgumentException e) {
            throw unprocessable(e.getMessage());
        }
    }

    private void checkGroups(List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            throw unprocessable("a deal needs at least one group in groupIds");
        }
        if (groupIds.stream().distinct().count() != groupIds.size()) {
            throw unprocessable("groupIds lists a group more than once");
        }
        List<Long> unknown =
                groupIds.stream().filter(id -> groups.findById(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw unprocessable("unknown groupIds: " + unknown);
        }
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
