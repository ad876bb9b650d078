package dev.groupbuy.admin.order;

import static dev.groupbuy.admin.web.ApiProblems.notFound;

import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.order.OrderRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The orders of a deal, as the bot read them from the groups' chains. */
@RestController
@Tag(name = "orders")
class OrderController {

    private final DealRepository deals;
    private final OrderRepository orders;

    OrderController(DealRepository deals, OrderRepository orders) {
        this.deals = deals;
        this.orders = orders;
    }

    @Operation(summary = "The orders of a deal, in the order they were created")
    @GetMapping("/api/v1/deals/{id}/orders")
    OrderList list(@PathVariable("id") long dealId) {
        if (deals.findById(dealId).isEmpty()) {
            throw notFound("no deal with id " + dealId);
        }
        return new OrderList(
                orders.findByDeal(dealId).stream().map(OrderView::of).toList());
    }

    record OrderList(List<OrderView> orders) {}
}
