package dev.groupbuy.core.action.product;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Supplier;
import java.util.Optional;

/** A new supplier ({@code POST /api/v1/suppliers}); its name must be new. */
public final class AddSupplier {

    private final LibrarySteps steps;

    public AddSupplier(ActionPorts ports) {
        this.steps = new LibrarySteps(ports);
    }

    public record Command(String name, String contact, String note, Actor actor) {}

    public ActionResult<Supplier> add(Command command) {
        return steps.run(command.actor(), () -> {
            Supplier supplier;
            try {
                supplier = new Supplier(null, command.name(), command.contact(), command.note());
            } catch (IllegalArgumentException e) {
                return ActionResult.refused(Refusal.invalid(e.getMessage()));
            }
            Optional<Refusal> problem = steps.supplierProblem(supplier);
            if (problem.isPresent()) {
                return ActionResult.refused(problem.get());
            }
            Supplier stored = steps.ports().office().suppliers().create(supplier);
            steps.log(Subject.SUPPLIER, stored.id(), "created", "", stored.describe(), command.actor());
            return ActionResult.done(stored);
        });
    }
}
