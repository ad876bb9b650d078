package dev.groupbuy.core.action;

import dev.groupbuy.core.commission.CommissionRates;
import dev.groupbuy.core.history.Change;
import dev.groupbuy.core.history.ChangeLog;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.product.ProductRepository;
import dev.groupbuy.core.product.Supplier;
import dev.groupbuy.core.product.SupplierRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stores behind goods and money: the product library, the suppliers, the commission rates, and the log of
 * every change to them.
 */
public record BackOffice(
        ProductRepository products, SupplierRepository suppliers, CommissionRates rates, ChangeLog changes) {

    /**
     * A back office that holds nothing and keeps nothing: an empty library, no rates. For tools and tests that
     * do not deal with goods and money; writing to it fails.
     */
    public static BackOffice none() {
        return new BackOffice(new NoProducts(), new NoSuppliers(), new NoRates(), new NoChanges());
    }

    private static UnsupportedOperationException nothingKept() {
        return new UnsupportedOperationException("this back office keeps nothing");
    }

    private record NoProducts() implements ProductRepository {
        public Product create(Product product) {
            throw nothingKept();
        }

        public void update(Product product) {
            throw nothingKept();
        }

        public Optional<Product> findById(long id) {
            return Optional.empty();
        }

        public List<Product> findAll() {
            return List.of();
        }
    }

    private record NoSuppliers() implements SupplierRepository {
        public Supplier create(Supplier supplier) {
            throw nothingKept();
        }

        public void update(Supplier supplier) {
            throw nothingKept();
        }

        public Optional<Supplier> findById(long id) {
            return Optional.empty();
        }

        public List<Supplier> findAll() {
            return List.of();
        }
    }

    private record NoRates() implements CommissionRates {
        public Optional<BigDecimal> ofGroup(long groupId) {
            return Optional.empty();
        }

        public Optional<BigDecimal> ofLeader(String platform, String userId) {
            return Optional.empty();
        }

        public Map<Long, BigDecimal> groupRates() {
            return Map.of();
        }

        public Map<String, BigDecimal> leaderRates() {
            return Map.of();
        }

        public void setGroup(long groupId, BigDecimal rate) {
            throw nothingKept();
        }

        public void setLeader(String platform, String userId, BigDecimal rate) {
            throw nothingKept();
        }
    }

    private record NoChanges() implements ChangeLog {
        public void append(Change change) {
            throw nothingKept();
        }

        public List<Change> of(Subject subject, String id) {
            return List.of();
        }
    }
}
