package dev.groupbuy.admin.dashboard;

import static dev.groupbuy.admin.usecase.Refusals.OPERATOR;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;

import dev.groupbuy.admin.web.ApiProblems;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.report.dashboard.Dashboard;
import dev.groupbuy.core.report.dashboard.DashboardFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's dashboard: orders, items and amount today, per day, per group and per product. Reads only, so
 * read-only tokens may call it. Every parameter the use case cannot take is a 400.
 */
@RestController
@Tag(name = "dashboard")
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(
            summary = "Orders that count (not cancelled or refunded, deal not cancelled) by the day they were placed:"
                    + " today, per day (from/to included, default the last 14 days, at most 92), per group and the"
                    + " top products by amount; days in zone (default the group's, else Asia/Shanghai)")
    @GetMapping("/api/v1/dashboard")
    DashboardView show(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) Long groupId,
            @RequestParam(required = false) Integer top) {
        if (groupId != null && groupId <= 0) {
            throw ApiProblems.badRequest("'groupId' must be a positive group id");
        }
        ActionResult<DashboardFigures> shown =
                dashboard.show(new Dashboard.Command(from, to, zone(zone), groupId, top, OPERATOR));
        if (!shown.isDone() && shown.refusal().reason() == Refusal.Reason.INVALID) {
            throw ApiProblems.badRequest(shown.refusal().detail());
        }
        return DashboardView.of(orThrow(shown));
    }

    private static ZoneId zone(String zone) {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw ApiProblems.badRequest("'zone' is not a time zone such as Asia/Shanghai");
        }
    }
}
