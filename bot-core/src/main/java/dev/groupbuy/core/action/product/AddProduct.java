package dev.groupbuy.core.action.product;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Product;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A new product in the library ({@code POST /api/v1/products}); its name and aliases must be new there. */
public final class AddProduct {

    private final LibrarySteps steps;

    public AddProduct(ActionPorts ports) {
        this.steps = new LibrarySteps(ports);
    }

    public record Command(
            String name,
            List<String> aliases,
            String unit,
            BigDecimal price,
            BigDecimal cost,
            Long supplierId,
            String spec,
            Actor actor) {}

    public ActionResult<Product> add(Command command) {
        return steps.run(command.actor(), () -> {
            Product product;
            try {
                product = new Product(
                        null,
                        command.name(),
                        command.aliases(),
                        command.unit(),
                        command.price(),
                        command.cost(),
                        command.supplierId(),
                        command.spec());
            } catch (IllegalArgumentException e) {
                return ActionResult.refused(Refusal.invalid(e.getMessage()));
            }
            Optional<Refusal> problem = steps.productProblem(product);
            if (problem.isPresent()) {
                return ActionResult.refused(problem.get());
            }
            Product stored = steps.ports().office().products().create(product);
            steps.log(Subject.PRODUCT, stored.id(), "created", "", stored.describe(), command.actor());
            return ActionResult.done(stored);
        });
    }
}
