package dev.groupbuy.core.report;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.actor.Actor;

/**
 * 汇总 and 名单: a deal's totals per product, and its numbered list, for its leaders and operators. The
 * chat's {@code #汇总}/{@code #名单}, {@code GET /api/v1/deals/{id}/summary} and the export all read these.
 */
public final class Tally {

    private final DealReading reading;

    public Tally(ActionPorts ports) {
        this.reading = new DealReading(ports);
    }

    public record Command(long dealId, Actor actor) {}

    public ActionResult<Summary> summarize(Command command) {
        return reading.roster(command.dealId(), command.actor()).map(Summary::of);
    }

    public ActionResult<Roster> list(Command command) {
        return reading.roster(command.dealId(), command.actor());
    }
}
