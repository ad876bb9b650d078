package dev.groupbuy.admin.product;

import static dev.groupbuy.admin.usecase.Refusals.OPERATOR;
import static dev.groupbuy.admin.usecase.Refusals.orThrow;
import static dev.groupbuy.admin.web.ApiProblems.badRequest;
import static dev.groupbuy.admin.web.ApiProblems.notFound;

import dev.groupbuy.admin.history.ChangeView;
import dev.groupbuy.core.action.product.AddProduct;
import dev.groupbuy.core.action.product.ChangeProduct;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Product;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product library: what deals sell, bought from suppliers. Names and aliases are unique in it; deals'
 * catalog items are linked to products by name or alias when opened. Every change is in the product's history.
 */
@RestController
@Tag(name = "products")
@RequestMapping("/api/v1/products")
class ProductController {

    private final UseCases use;

    ProductController(UseCases use) {
        this.use = use;
    }

    @Operation(summary = "Add a product (422: a name or alias another product has, an unknown supplier)")
    @PostMapping
    ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw badRequest("name: must not be blank");
        }
        if (request.price() == null) {
            throw badRequest("price: must not be null");
        }
        Product product = orThrow(use.addProduct()
                .add(new AddProduct.Command(
                        request.name(),
                        request.aliases(),
                        request.unit(),
                        request.price(),
                        request.cost(),
                        request.supplierId(),
                        request.spec(),
                        OPERATOR)));
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.id()))
                .body(view(product));
    }

    @Operation(summary = "All products, optionally of one supplier")
    @GetMapping
    ProductList list(@RequestParam(required = false) Long supplierId) {
        return new ProductList(use.ports().office().products().findAll().stream()
                .filter(p -> supplierId == null || Objects.equals(p.supplierId(), supplierId))
                .map(this::view)
                .toList());
    }

    @Operation(summary = "One product")
    @GetMapping("/{id}")
    ProductView get(@PathVariable long id) {
        return view(find(id));
    }

    @Operation(summary = "Change a product: the fields given replace the stored ones")
    @PatchMapping("/{id}")
    ProductView patch(@PathVariable long id, @Valid @RequestBody ProductRequest request) {
        Product changed = orThrow(use.changeProduct()
                .change(new ChangeProduct.Command(
                        id,
                        new ChangeProduct.Patch(
                                request.name(),
                                request.aliases(),
                                request.unit(),
                                request.price(),
                                request.cost(),
                                request.supplierId(),
                                request.spec()),
                        OPERATOR)));
        return view(changed);
    }

    @Operation(summary = "The product's changes, oldest first: who, through which door, from what to what")
    @GetMapping("/{id}/history")
    ChangeView.ChangeList history(@PathVariable long id) {
        find(id);
        return ChangeView.ChangeList.of(use.ports().office().changes().of(Subject.PRODUCT, String.valueOf(id)));
    }

    record ProductList(List<ProductView> products) {}

    private Product find(long id) {
        return use.ports().office().products().findById(id).orElseThrow(() -> notFound("no product with id " + id));
    }

    private ProductView view(Product product) {
        return ProductView.of(
                product,
                product.supplierId() == null
                        ? null
                        : use.ports()
                                .office()
                                .suppliers()
                                .findById(product.supplierId())
                                .orElse(null));
    }
}
