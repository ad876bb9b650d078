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

/**
 * Changes a product of the library ({@code PATCH /api/v1/products/{id}}): the fields given replace the stored
 * ones. Deals already opened keep their own prices; the purchase list reads the cost and supplier as they
 * are when it is made.
 */
public final class ChangeProduct {

    private final LibrarySteps steps;

    public ChangeProduct(ActionPorts ports) {
        this.steps = new LibrarySteps(ports);
    }

    /** The fields to change; {@code null} keeps the stored value. */
    public record Patch(
            String name,
            List<String> aliases,
            String unit,
            BigDecimal price,
            BigDecimal cost,
            Long supplierId,
            String spec) {}

    public record Command(long productId, Patch patch, Actor actor) {}

    public ActionResult<Product> change(Command command) {
        return steps.run(command.actor(), () -> {
            Optional<Product> found = steps.ports().office().products().findById(command.productId());
            if (found.isEmpty()) {
                return ActionResult.refused(Refusal.notFound("no product with id " + command.productId()));
            }
            Product before = found.get();
            Product after;
            try {
                after = patched(before, command.patch());
            } catch (IllegalArgumentException e) {
                return ActionResult.refused(Refusal.invalid(e.getMessage()));
            }
            if (after.equals(before)) {
                return ActionResult.done(before);
            }
            Optional<Refusal> problem = steps.productProblem(after);
            if (problem.isPresent()) {
                return ActionResult.refused(problem.get());
            }
            steps.ports().office().products().update(after);
            steps.log(Subject.PRODUCT, after.id(), "changed", before.describe(), after.describe(), command.actor());
            return ActionResult.done(after);
        });
    }

    private static Product patched(Product p, Patch patch) {
        return new Product(
                p.id(),
                patch.name() == null ? p.name() : patch.name(),
                patch.aliases() == null ? p.aliases() : patch.aliases(),
                patch.unit() == null ? p.unit() : patch.unit(),
                patch.price() == null ? p.price() : patch.price(),
                patch.cost() == null ? p.cost() : patch.cost(),
                patch.supplierId() == null ? p.supplierId() : patch.supplierId(),
                patch.spec() == null ? p.spec() : patch.spec());
    }
}
