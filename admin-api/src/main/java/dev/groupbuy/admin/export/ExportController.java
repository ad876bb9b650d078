package dev.groupbuy.admin.export;

import static dev.groupbuy.admin.web.ApiProblems.notFound;

import dev.groupbuy.admin.usecase.Refusals;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.report.DealWorkbook;
import dev.groupbuy.core.report.ExportDeal;
import dev.groupbuy.core.report.ExportLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deal's workbook (导出): with the admin token at {@code /api/v1/deals/{id}/export.xlsx}, or without one
 * through a signed link that expires ({@code /exports/{token}}, what {@code #导出} hands out); a tampered or
 * expired link is a 404.
 */
@RestController
@Tag(name = "exports")
class ExportController {

    private final UseCases use;
    private final ExportTokens tokens;
    private final ExportLinks links;

    ExportController(UseCases use, ExportTokens tokens, ExportLinks links) {
        this.use = use;
        this.tokens = tokens;
        this.links = links;
    }

    @Operation(summary = "导出: the deal's workbook (orders, totals per product, pickup checklist, payments)")
    @GetMapping("/api/v1/deals/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return workbook(id, Refusals.OPERATOR);
    }

    @Operation(
            summary = "A signed download link to the deal's workbook, as #导出 hands out (works without a token until"
                    + " it expires); path is the same link relative to this server")
    @GetMapping("/api/v1/deals/{id}/export-link")
    ExportLinkView exportLink(@PathVariable long id) {
        use.ports().deals().findById(id).orElseThrow(() -> notFound("no deal with id " + id));
        ExportLinks.Link link = links.issue(id);
        String path = "/exports/" + link.url().substring(link.url().lastIndexOf('/') + 1);
        return new ExportLinkView(link.url(), path, link.expiresAt());
    }

    /** @param url under {@code groupbuy.public-url}; @param path the same link from this server's root */
    record ExportLinkView(String url, String path, Instant expiresAt) {}

    @Operation(summary = "The workbook behind a signed download link; 404 once expired or tampered with")
    @GetMapping("/exports/{token}")
    ResponseEntity<byte[]> download(@PathVariable String token) {
        long dealId = tokens.verify(token).orElseThrow(() -> notFound("this download link is unknown or expired"));
        return workbook(dealId, new Actor.Operator("export-link", dev.groupbuy.core.actor.Door.API));
    }

    private ResponseEntity<byte[]> workbook(long dealId, Actor actor) {
        DealWorkbook workbook = Refusals.orThrow(use.exportDeal().export(new ExportDeal.Command(dealId, actor)));
        return XlsxDownloads.of(workbook);
    }
}
