package dev.groupbuy.admin.chain;

import static dev.groupbuy.admin.web.ApiProblems.unprocessable;

import dev.groupbuy.admin.deal.CatalogItemRequest;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.CatalogLimits;
import dev.groupbuy.core.jielong.ChainParser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reads a 接龙 message against a catalog without storing anything: to try the parser out. */
@RestController
@Tag(name = "chains")
class ChainController {

    private final ChainParser parser;

    ChainController(ChainParser parser) {
        this.parser = parser;
    }

    @Operation(summary = "Read a 接龙 message against a catalog, storing nothing")
    @PostMapping("/api/v1/chains/parse")
    ParsedChainView parse(@Valid @RequestBody ParseChainRequest request) {
        return ParsedChainView.of(parser.parse(request.text(), catalog(request.catalog())));
    }

    private static List<CatalogItem> catalog(List<CatalogItemRequest> items) {
        if (items == null) {
            return List.of();
        }
        try {
            List<CatalogItem> catalog =
                    items.stream().map(CatalogItemRequest::toCatalogItem).toList();
            if (catalog.stream().map(CatalogItem::sku).distinct().count() != catalog.size()) {
                throw unprocessable("the catalog lists a sku more than once");
            }
            CatalogLimits.check(catalog);
            return catalog;
        } catch (IllegalArgumentException e) {
            throw unprocessable(e.getMessage());
        }
    }
}
