package dev.groupbuy.adapters.persistence.product;

import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredGroup;
import static dev.groupbuy.adapters.persistence.StoreFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.commission.CommissionRates;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.history.Change;
import dev.groupbuy.core.history.ChangeLog;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.product.ProductRepository;
import dev.groupbuy.core.product.Supplier;
import dev.groupbuy.core.product.SupplierRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

/** What every store must do for the back office (products, suppliers, rates, change log); H2 and MariaDB. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class BackOfficeStoreContract {

    @Autowired
    ProductRepository products;

    @Autowired
    SupplierRepository suppliers;

    @Autowired
    CommissionRates rates;

    @Autowired
    ChangeLog changes;

    @Autowired
    GroupRepository groups;

    @Test
    void keepsProductsAndSuppliersAndClearsWhatAChangeClears() {
        Supplier supplier = suppliers.create(new Supplier(null, unique("丹东果园🍓"), "138 0000 0000", "周二、五送货"));
        Product product = products.create(new Product(
                null,
                unique("草莓").substring(0, 38),
                List.of("丹东草莓", "99草莓"),
                "盒",
                new BigDecimal("25"),
                new BigDecimal("18.5"),
                supplier.id(),
                "3斤/盒"));

        assertThat(suppliers.findById(supplier.id())).contains(supplier);
        assertThat(products.findById(product.id())).contains(product);
        assertThat(products.findById(product.id()).orElseThrow().cost()).isEqualTo(new BigDecimal("18.50"));
        assertThat(products.findAll()).contains(product);

        Product bare =
                new Product(product.id(), product.name(), List.of(), "盒", new BigDecimal("23.50"), null, null, "");
        products.update(bare);
        Supplier renamed = new Supplier(supplier.id(), supplier.name() + "2", "", "");
        suppliers.update(renamed);

        assertThat(products.findById(product.id())).contains(bare);
        assertThat(suppliers.findById(supplier.id())).contains(renamed);
        assertThat(suppliers.findAll()).contains(renamed);
    }

    @Test
    void refusesTwoProductsOfTheSameName() {
        String name = unique("车厘子").substring(0, 38);
        products.create(new Product(null, name, List.of(), "斤", BigDecimal.TEN, null, null, ""));

        assertThatThrownBy(
                        () -> products.create(new Product(null, name, List.of(), "斤", BigDecimal.ONE, null, null, "")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void keepsRatesPerGroupAndPerLeaderAndForgetsACleared() {
        long group = aStoredGroup(groups).id();
        String leader = unique("L");

        rates.setGroup(group, new BigDecimal("0.1000"));
        rates.setGroup(group, new BigDecimal("0.1250"));
        rates.setLeader("sandbox", leader, new BigDecimal("0.0800"));

        assertThat(rates.ofGroup(group)).contains(new BigDecimal("0.1250"));
        assertThat(rates.groupRates()).containsEntry(group, new BigDecimal("0.1250"));
        assertThat(rates.ofLeader("sandbox", leader)).contains(new BigDecimal("0.0800"));
        assertThat(rates.leaderRates()).containsEntry("sandbox/" + leader, new BigDecimal("0.0800"));
        assertThat(rates.ofLeader("wecom", leader)).isEmpty();

        rates.setGroup(group, null);
        rates.setLeader("sandbox", leader, null);

        assertThat(rates.ofGroup(group)).isEmpty();
        assertThat(rates.ofLeader("sandbox", leader)).isEmpty();
    }

    @Test
    void appendsChangesAndReadsASubjectsOldestFirst() {
        String id = unique("p");
        Instant at = Instant.parse("2026-11-29T08:00:00.123456Z");
        Actor operator = Actor.Operator.api("api");
        changes.append(Change.of(Subject.PRODUCT, id, "created", "", "丹东草莓 25.00/盒", operator, at));
        changes.append(Change.of(Subject.PRODUCT, id, "changed", "丹东草莓 25.00/盒", "丹东草莓 23.50/盒", operator, at));
        changes.append(Change.of(Subject.SUPPLIER, id, "created", "", "别的", operator, at));

        List<Change> read = changes.of(Subject.PRODUCT, id);

        assertThat(read).extracting(Change::action).containsExactly("created", "changed");
        assertThat(read.get(1).before()).isEqualTo("丹东草莓 25.00/盒");
        assertThat(read.get(1).after()).isEqualTo("丹东草莓 23.50/盒");
        assertThat(read.get(1).door()).isEqualTo(Door.API);
        assertThat(read.get(1).actor()).isEqualTo("admin:api");
        assertThat(read.get(1).at()).isEqualTo(at);
    }
}
