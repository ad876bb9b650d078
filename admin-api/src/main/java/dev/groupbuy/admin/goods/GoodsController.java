package dev.groupbuy.admin.goods;

import static dev.groupbuy.admin.usecase.Refusals.OPERATOR;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;

import dev.groupbuy.admin.export.XlsxDownloads;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.report.goods.GoodsWorkbooks;
import dev.groupbuy.core.report.goods.Purchase;
import dev.groupbuy.core.report.goods.PurchaseList;
import dev.groupbuy.core.report.goods.Sorting;
import dev.groupbuy.core.report.goods.SortingSheets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * From orders to goods: the purchase list per supplier (以销定采) and the sorting and delivery sheets per group
 * (分拣单 / 配送单), as JSON and as workbooks with the same numbers. Orders cancelled or refunded are left out.
 */
@RestController
@Tag(name = "goods")
class GoodsController {

    private final UseCases use;

    GoodsController(UseCases use) {
        this.use = use;
    }

    @Operation(summary = "采购单: per supplier and product, the deals delivered on deliveryDate (or dealIds=1,2)")
    @GetMapping("/api/v1/purchase-list")
    PurchaseView purchaseList(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveryDate,
            @RequestParam(required = false) List<Long> dealIds) {
        return PurchaseView.of(purchase(deliveryDate, dealIds));
    }

    @Operation(summary = "采购单 as a workbook: the summary, then one sheet per supplier (quantities and costs)")
    @GetMapping("/api/v1/purchase-list.xlsx")
    ResponseEntity<byte[]> purchaseWorkbook(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveryDate,
            @RequestParam(required = false) List<Long> dealIds) {
        return XlsxDownloads.of(GoodsWorkbooks.purchase(purchase(deliveryDate, dealIds)));
    }

    @Operation(summary = "分拣单 of one deal: per group the products to pack and the residents' bags by building/room")
    @GetMapping("/api/v1/deals/{id}/sorting")
    SortingView dealSorting(@PathVariable long id) {
        return SortingView.of(sorting(id));
    }

    @Operation(summary = "分拣单 of one deal as a workbook, one sheet per group")
    @GetMapping("/api/v1/deals/{id}/sorting.xlsx")
    ResponseEntity<byte[]> dealSortingWorkbook(@PathVariable long id) {
        return XlsxDownloads.of(GoodsWorkbooks.sorting(sorting(id)));
    }

    @Operation(summary = "分拣单 of every deal delivered on a day: one sheet per group, one bag per resident")
    @GetMapping("/api/v1/sorting")
    SortingView daySorting(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveryDate) {
        return SortingView.of(sorting(deliveryDate));
    }

    @Operation(summary = "分拣单 of a delivery day as one workbook, one sheet per group")
    @GetMapping("/api/v1/sorting.xlsx")
    ResponseEntity<byte[]> daySortingWorkbook(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveryDate) {
        return XlsxDownloads.of(GoodsWorkbooks.sorting(sorting(deliveryDate)));
    }

    private Purchase purchase(LocalDate deliveryDate, List<Long> dealIds) {
        return orThrow(use.purchaseList().make(new PurchaseList.Command(deliveryDate, dealIds, OPERATOR)));
    }

    private Sorting sorting(long dealId) {
        return orThrow(use.sortingSheets().forDeal(new SortingSheets.ForDeal(dealId, OPERATOR)));
    }

    private Sorting sorting(LocalDate deliveryDate) {
        return orThrow(use.sortingSheets().forDay(new SortingSheets.ForDay(deliveryDate, OPERATOR)));
    }
}
