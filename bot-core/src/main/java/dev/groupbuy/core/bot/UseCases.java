package dev.groupbuy.core.bot;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.deal.AnnounceArrival;
import dev.groupbuy.core.action.deal.CancelDeal;
import dev.groupbuy.core.action.deal.ChangeDeadline;
import dev.groupbuy.core.action.deal.CloseDeal;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.deal.RemindDeal;
import dev.groupbuy.core.action.deal.ReopenDeal;
import dev.groupbuy.core.action.order.AddOrder;
import dev.groupbuy.core.action.order.CancelOrder;
import dev.groupbuy.core.action.order.ChangeOrder;
import dev.groupbuy.core.action.order.MarkPickedUp;
import dev.groupbuy.core.report.ExportDeal;
import dev.groupbuy.core.report.ExportLinks;
import dev.groupbuy.core.report.MyOrders;
import dev.groupbuy.core.report.Tally;

/**
 * Every action on deals and orders, one use case each, built once on the same ports: the chat commands, the
 * admin API and the scheduler all call these.
 */
public record UseCases(
        ActionPorts ports,
        OpenDeal openDeal,
        CloseDeal closeDeal,
        ReopenDeal reopenDeal,
        CancelDeal cancelDeal,
        AnnounceArrival announceArrival,
        ChangeDeadline changeDeadline,
        RemindDeal remindDeal,
        AddOrder addOrder,
        ChangeOrder changeOrder,
        CancelOrder cancelOrder,
        MarkPickedUp markPickedUp,
        Tally tally,
        ExportDeal exportDeal,
        MyOrders myOrders,
        ExportLinks exportLinks) {

    public static UseCases of(ActionPorts ports, ExportLinks exportLinks) {
        return new UseCases(
                ports,
                new OpenDeal(ports),
                new CloseDeal(ports),
                new ReopenDeal(ports),
                new CancelDeal(ports),
                new AnnounceArrival(ports),
                new ChangeDeadline(ports),
                new RemindDeal(ports),
                new AddOrder(ports),
                new ChangeOrder(ports),
                new CancelOrder(ports),
                new MarkPickedUp(ports),
                new Tally(ports),
                new ExportDeal(ports),
                new MyOrders(ports),
                exportLinks);
    }
}
