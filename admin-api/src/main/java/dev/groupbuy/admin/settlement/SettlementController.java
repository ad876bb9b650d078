package dev.groupbuy.admin.settlement;

import static dev.groupbuy.admin.usecase.Refusals.OPERATOR;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;

import dev.groupbuy.admin.export.XlsxDownloads;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.report.settlement.Settlement;
import dev.groupbuy.core.report.settlement.SettlementWorkbook;
import dev.groupbuy.core.report.settlement.Settlements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 结算: what each leader's groups sold between two days, paid and not, refunds, and the commission. */
@RestController
@Tag(name = "settlements")
class SettlementController {

    private final UseCases use;

    SettlementController(UseCases use) {
        this.use = use;
    }

    @Operation(
            summary =
                    "Per leader and group: deals, orders, sales, paid, unpaid, refunds, commission (from/to included)")
    @GetMapping("/api/v1/settlements")
    SettlementView settle(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return SettlementView.of(settlement(from, to));
    }

    @Operation(summary = "The settlement as a workbook for the finance person: per leader, then per group")
    @GetMapping("/api/v1/settlements.xlsx")
    ResponseEntity<byte[]> workbook(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return XlsxDownloads.of(SettlementWorkbook.of(settlement(from, to)));
    }

    private Settlement settlement(LocalDate from, LocalDate to) {
        return orThrow(use.settlements().settle(new Settlements.Command(from, to, OPERATOR)));
    }
}
