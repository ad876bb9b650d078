package dev.groupbuy.core.action.product;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.history.Change;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.product.ProductLibrary;
import dev.groupbuy.core.product.Supplier;
import java.util.Optional;

/**
 * What the library's use cases share: operators only, under the back office's lock in one transaction,
 * names unique, suppliers known, every change in the change log.
 */
final class LibrarySteps {

    private final ActionPorts ports;

    LibrarySteps(ActionPorts ports) {
        this.ports = ports;
    }

    <T> ActionResult<T> run(Actor actor, java.util.function.Supplier<ActionResult<T>> work) {
        if (!Permissions.runsTheBackOffice(actor)) {
            return ActionResult.refused(Refusal.notAllowed(actor.id() + " does not run the back office"));
        }
        return ports.inBackOffice(work);
    }

    /** Why the product cannot be kept: a name another product has, or an unknown supplier. */
    Optional<Refusal> productProblem(Product product) {
        Optional<String> taken =
                ProductLibrary.of(ports.office().products().findAll()).takenName(product);
        if (taken.isPresent()) {
            return Optional.of(Refusal.invalid("another product is already called '" + taken.get() + "'"));
        }
        if (product.supplierId() != null
                && ports.office().suppliers().findById(product.supplierId()).isEmpty()) {
            return Optional.of(Refusal.invalid("no supplier with id " + product.supplierId()));
        }
        return Optional.empty();
    }

    /** Why the supplier cannot be kept: another supplier has its name. */
    Optional<Refusal> supplierProblem(Supplier supplier) {
        return ports.office().suppliers().findAll().stream()
                .filter(other ->
                        other.name().equals(supplier.name()) && !other.id().equals(supplier.id()))
                .findFirst()
                .map(other -> Refusal.invalid("supplier " + other.id() + " is already called '" + other.name() + "'"));
    }

    void log(Subject subject, long id, String action, String before, String after, Actor actor) {
        ports.office()
                .changes()
                .append(Change.of(
                        subject,
                        String.valueOf(id),
                        action,
                        before,
                        after,
                        actor,
                        ports.clock().instant()));
    }

    ActionPorts ports() {
        return ports;
    }
}
