package dev.groupbuy.admin.product;

import static dev.groupbuy.admin.usecase.Refusals.OPERATOR;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;
import static dev.groupbuy.admin.web.ApiProblems.badRequest;
import static dev.groupbuy.admin.web.ApiProblems.notFound;

import dev.groupbuy.admin.history.ChangeView;
import dev.groupbuy.core.action.product.AddSupplier;
import dev.groupbuy.core.action.product.ChangeSupplier;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Supplier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Suppliers the products are bought from; the purchase list is made per supplier. */
@RestController
@Tag(name = "products")
@RequestMapping("/api/v1/suppliers")
class SupplierController {

    private final UseCases use;

    SupplierController(UseCases use) {
        this.use = use;
    }

    @Operation(summary = "Add a supplier (422: the name is taken)")
    @PostMapping
    ResponseEntity<SupplierView> create(@Valid @RequestBody SupplierRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw badRequest("name: must not be blank");
        }
        Supplier supplier = orThrow(use.addSupplier()
                .add(new AddSupplier.Command(request.name(), request.contact(), request.note(), OPERATOR)));
        return ResponseEntity.created(URI.create("/api/v1/suppliers/" + supplier.id()))
                .body(SupplierView.of(supplier));
    }

    @Operation(summary = "All suppliers")
    @GetMapping
    SupplierList list() {
        return new SupplierList(use.ports().office().suppliers().findAll().stream()
                .map(SupplierView::of)
                .toList());
    }

    @Operation(summary = "One supplier")
    @GetMapping("/{id}")
    SupplierView get(@PathVariable long id) {
        return SupplierView.of(find(id));
    }

    @Operation(summary = "Change a supplier: the fields given replace the stored ones")
    @PatchMapping("/{id}")
    SupplierView patch(@PathVariable long id, @Valid @RequestBody SupplierRequest request) {
        return SupplierView.of(orThrow(use.changeSupplier()
                .change(new ChangeSupplier.Command(id, request.name(), request.contact(), request.note(), OPERATOR))));
    }

    @Operation(summary = "The supplier's changes, oldest first")
    @GetMapping("/{id}/history")
    ChangeView.ChangeList history(@PathVariable long id) {
        find(id);
        return ChangeView.ChangeList.of(use.ports().office().changes().of(Subject.SUPPLIER, String.valueOf(id)));
    }

    /** @param contact phone, WeChat or a person to call */
    record SupplierRequest(
            @Size(max = 128) String name,
            @Size(max = 255) String contact,
            @Size(max = 1000) String note) {}

    record SupplierList(List<SupplierView> suppliers) {}

    private Supplier find(long id) {
        return use.ports().office().suppliers().findById(id).orElseThrow(() -> notFound("no supplier with id " + id));
    }
}
