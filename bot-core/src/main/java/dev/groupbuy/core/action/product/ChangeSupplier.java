package dev.groupbuy.core.action.product;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Supplier;
import java.util.Optional;

/** Changes a supplier ({@code PATCH /api/v1/suppliers/{id}}): the fields given replace the stored ones. */
public final class ChangeSupplier {

    private final LibrarySteps steps;

    public ChangeSupplier(ActionPorts ports) {
        this.steps = new LibrarySteps(ports);
    }

    /** {@code null} fields keep the stored value. */
    public record Command(long supplierId, String name, String contact, String note, Actor actor) {}

    public ActionResult<Supplier> change(Command command) {
        return steps.run(command.actor(), () -> {
            Optional<Supplier> found = steps.ports().office().suppliers().findById(command.supplierId());
            if (found.isEmpty()) {
                return ActionResult.refused(Refusal.notFound("no supplier with id " + command.supplierId()));
            }
            Supplier before = found.get();
            Supplier after;
            try {
                after = new Supplier(
                        before.id(),
                        command.name() == null ? before.name() : command.name(),
                        command.contact() == null ? before.contact() : command.contact(),
                        command.note() == null ? before.note() : command.note());
            } catch (IllegalArgumentException e) {
                return ActionResult.refused(Refusal.invalid(e.getMessage()));
            }
            if (after.equals(before)) {
                return ActionResult.done(before);
            }
            Optional<Refusal> problem = steps.supplierProblem(after);
            if (problem.isPresent()) {
                return ActionResult.refused(problem.get());
            }
            steps.ports().office().suppliers().update(after);
            steps.log(Subject.SUPPLIER, after.id(), "changed", before.describe(), after.describe(), command.actor());
            return ActionResult.done(after);
        });
    }
}
