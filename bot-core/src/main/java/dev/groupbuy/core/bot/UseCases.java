package dev.groupbuy.core.bot;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.commission.SetCommission;
import dev.groupbuy.core.action.deal.AnnounceArrival;
import dev.groupbuy.core.action.deal.CancelDeal;
import dev.groupbuy.core.action.deal.ChangeDeadline;
import dev.groupbuy.core.action.deal.CloseDeal;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.action.deal.RemindDeal;
import dev.groupbuy.core.action.deal.ReopenDeal;
import dev.groupbuy.core.action.deal.SetDeliveryDate;
import dev.groupbuy.core.action.order.AddOrder;
import dev.groupbuy.core.action.order.CancelOrder;
import dev.groupbuy.core.action.order.ChangeOrder;
import dev.groupbuy.core.action.order.MarkPickedUp;
import dev.groupbuy.core.action.order.RecordPayment;
import dev.groupbuy.core.action.product.AddProduct;
import dev.groupbuy.core.action.product.AddSupplier;
import dev.groupbuy.core.action.product.ChangeProduct;
import dev.groupbuy.core.action.product.ChangeSupplier;
import dev.groupbuy.core.report.ExportDeal;
import dev.groupbuy.core.report.ExportLinks;
import dev.groupbuy.core.report.MyOrders;
import dev.groupbuy.core.report.Tally;
import dev.groupbuy.core.report.goods.PurchaseList;
import dev.groupbuy.core.report.goods.SortingSheets;
import dev.groupbuy.core.report.settlement.Settlements;

/**
 * Every action on deals, orders and the back office (products, suppliers, commission rates), one use case
 * each, and the reports, built once on the same ports: the chat commands, the admin API and the scheduler all
 * call these.
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
        RecordPayment recordPayment,
        SetDeliveryDate setDeliveryDate,
        AddProduct addProduct,
        ChangeProduct changeProduct,
        AddSupplier addSupplier,
        ChangeSupplier changeSupplier,
        SetCommission setCommission,
        Tally tally,
        ExportDeal exportDeal,
        MyOrders myOrders,
        PurchaseList purchaseList,
        SortingSheets sortingSheets,
        Settlements settlements,
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
                new RecordPayment(ports),
                new SetDeliveryDate(ports),
                new AddProduct(ports),
                new ChangeProduct(ports),
                new AddSupplier(ports),
                new ChangeSupplier(ports),
                new SetCommission(ports),
                new Tally(ports),
                new ExportDeal(ports),
                new MyOrders(ports),
                new PurchaseList(ports),
                new SortingSheets(ports),
                new Settlements(ports),
                exportLinks);
    }
}
