package dev.groupbuy.core.report.goods;

import dev.groupbuy.core.report.DealWorkbook;
import dev.groupbuy.core.report.DealWorkbook.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The purchase list and the sorting sheets as workbooks: the same numbers as their JSON, laid out for the
 * people who use them (the buyer, each supplier, the packers).
 */
public final class GoodsWorkbooks {

    private GoodsWorkbooks() {}

    /**
     * Sheet 采购汇总: every supplier's products with groups, orders, cost and sales, a subtotal per supplier and
     * the total; then one sheet per supplier to send them: product, spec, unit, quantity, cost (no sales prices).
     */
    public static DealWorkbook purchase(Purchase purchase) {
        List<DealWorkbook.Sheet> sheets = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Purchase.SupplierOrder supplier : purchase.suppliers()) {
            for (Purchase.Line line : supplier.lines()) {
                rows.add(List.of(
                        supplier.name(),
                        line.name(),
                        line.spec(),
                        line.unit(),
                        line.qty(),
                        line.groups(),
                        line.orders(),
                        orBlank(line.unitCost()),
                        orBlank(line.costAmount()),
                        line.salesAmount()));
            }
            rows.add(List.of(
                    new Label(supplier.name() + " 小计"),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    orBlank(supplier.costAmount()),
                    supplier.salesAmount()));
        }
        rows.add(List.of(
                new Label("合计"),
                "",
                "",
                "",
                "",
                purchase.groups(),
                purchase.orders(),
                "",
                purchase.costAmount(),
                purchase.salesAmount()));
        sheets.add(new DealWorkbook.Sheet(
                "采购汇总", List.of("供应商", "商品", "规格", "单位", "数量", "团数", "订单数", "成本价", "成本金额", "销售金额"), rows));
        purchase.suppliers().forEach(supplier -> sheets.add(supplierSheet(supplier)));
        return new DealWorkbook(title("采购单", purchase.deliveryDate()), sheets);
    }

    /**
     * One sheet per group: a title line, the products to pack (分拣), then the residents' bags sorted by
     * building and room with what each still owes (配送), and the group's total.
     */
    public static DealWorkbook sorting(Sorting sorting) {
        List<DealWorkbook.Sheet> sheets = new ArrayList<>();
        for (Sorting.GroupSheet group : sorting.groups()) {
            sheets.add(groupSheet(sorting, group));
        }
        if (sheets.isEmpty()) {
            sheets.add(new DealWorkbook.Sheet("分拣单", List.of("没有要分拣的订单"), List.of()));
        }
        return new DealWorkbook(sorting.title(), sheets);
    }

    private static DealWorkbook.Sheet supplierSheet(Purchase.SupplierOrder supplier) {
        List<List<Object>> rows = new ArrayList<>();
        for (Purchase.Line line : supplier.lines()) {
            rows.add(List.of(
                    line.name(),
                    line.spec(),
                    line.unit(),
                    line.qty(),
                    orBlank(line.unitCost()),
                    orBlank(line.costAmount())));
        }
        rows.add(List.of(new Label("合计"), "", "", "", "", orBlank(supplier.costAmount())));
        if (!supplier.contact().isEmpty()) {
            rows.add(List.of(new Label("联系"), supplier.contact()));
        }
        return new DealWorkbook.Sheet(supplier.name(), List.of("商品", "规格", "单位", "数量", "成本价", "金额"), rows);
    }

    private static DealWorkbook.Sheet groupSheet(Sorting sorting, Sorting.GroupSheet group) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(new Label("自提"), group.pickup()));
        rows.add(List.of());
        rows.add(List.of(new Label("商品"), new Label("规格"), new Label("单位"), new Label("数量")));
        for (Sorting.Pack pack : group.products()) {
            rows.add(List.of(pack.name(), pack.spec(), pack.unit(), pack.qty()));
        }
        rows.add(List.of());
        rows.add(List.of(
                new Label("楼栋/房号"),
                new Label("名字"),
                new Label("商品"),
                new Label("金额"),
                new Label("待收"),
                new Label("序号")));
        for (Sorting.Bag bag : group.bags()) {
            rows.add(List.of(bag.note(), bag.name(), items(bag), bag.amount(), bag.unpaid(), numbers(bag)));
        }
        rows.add(List.of(new Label("合计"), group.bags().size() + "人", "", group.amount(), group.unpaid(), ""));
        String date = sorting.deliveryDate() == null ? "到货日未定" : "到货 " + sorting.deliveryDate();
        return new DealWorkbook.Sheet(
                group.groupName().isEmpty() ? "群" + group.groupId() : group.groupName(),
                List.of("分拣单 " + group.groupName(), "团长 " + group.leader(), date, String.join("、", group.deals())),
                rows);
    }

    /** A bag's contents as packers read them: {@code 丹东草莓2盒 车厘子1斤}. */
    public static String items(Sorting.Bag bag) {
        return bag.items().stream()
                .map(item -> item.name() + item.qty().toPlainString() + item.unit())
                .collect(Collectors.joining(" "));
    }

    private static String numbers(Sorting.Bag bag) {
        return bag.numbers().stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    private static Object orBlank(BigDecimal amount) {
        return amount == null ? "" : amount;
    }

    private static String title(String what, java.time.LocalDate date) {
        return date == null ? what : what + " " + date;
    }
}
