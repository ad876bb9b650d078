package dev.groupbuy.core.testing;

import dev.groupbuy.core.action.BackOffice;
import dev.groupbuy.core.commission.CommissionRates;
import dev.groupbuy.core.history.Change;
import dev.groupbuy.core.history.ChangeLog;
import dev.groupbuy.core.history.Subject;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.product.ProductRepository;
import dev.groupbuy.core.product.Supplier;
import dev.groupbuy.core.product.SupplierRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The product library, suppliers, commission rates and change log in memory, thread-safe. */
public final class InMemoryBackOffice {

    public final Products products = new Products();
    public final Suppliers suppliers = new Suppliers();
    public final Rates rates = new Rates();
    public final Changes changes = new Changes();

    public BackOffice office() {
        return new BackOffice(products, suppliers, rates, changes);
    }

    public static final class Products implements ProductRepository {
        private final Map<Long, Product> all = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public synchronized Product create(Product product) {
            Product stored = product.withId(ids.incrementAndGet());
            all.put(stored.id(), stored);
            return stored;
        }

        @Override
        public synchronized void update(Product product) {
            all.put(product.id(), product);
        }

        @Override
        public synchronized Optional<Product> findById(long id) {
            return Optional.ofNullable(all.get(id));
        }

        @Override
        public synchronized List<Product> findAll() {
            return new ArrayList<>(all.values());
        }
    }

    public static final class Suppliers implements SupplierRepository {
        private final Map<Long, Supplier> all = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public synchronized Supplier create(Supplier supplier) {
            Supplier stored = supplier.withId(ids.incrementAndGet());
            all.put(stored.id(), stored);
            return stored;
        }

        @Override
        public synchronized void update(Supplier supplier) {
            all.put(supplier.id(), supplier);
        }

        @Override
        public synchronized Optional<Supplier> findById(long id) {
            return Optional.ofNullable(all.get(id));
        }

        @Override
        public synchronized List<Supplier> findAll() {
            return new ArrayList<>(all.values());
        }
    }

    public static final class Rates implements CommissionRates {
        private final Map<Long, BigDecimal> groups = new LinkedHashMap<>();
        private final Map<String, BigDecimal> leaders = new LinkedHashMap<>();

        @Override
        public synchronized Optional<BigDecimal> ofGroup(long groupId) {
            return Optional.ofNullable(groups.get(groupId));
        }

        @Override
        public synchronized Optional<BigDecimal> ofLeader(String platform, String userId) {
            return Optional.ofNullable(leaders.get(platform + "/" + userId));
        }

        @Override
        public synchronized Map<Long, BigDecimal> groupRates() {
            return Map.copyOf(groups);
        }

        @Override
        public synchronized Map<String, BigDecimal> leaderRates() {
            return Map.copyOf(leaders);
        }

        @Override
        public synchronized void setGroup(long groupId, BigDecimal rate) {
            if (rate == null) {
                groups.remove(groupId);
            } else {
                groups.put(groupId, rate);
            }
        }

        @Override
        public synchronized void setLeader(String platform, String userId, BigDecimal rate) {
            if (rate == null) {
                leaders.remove(platform + "/" + userId);
            } else {
                leaders.put(platform + "/" + userId, rate);
            }
        }
    }

    public static final class Changes implements ChangeLog {
        private final List<Change> all = new ArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public synchronized void append(Change change) {
            all.add(new Change(
                    ids.incrementAndGet(),
                    change.subject(),
                    change.subjectId(),
                    change.at(),
                    change.actor(),
                    change.door(),
                    change.action(),
                    change.before(),
                    change.after()));
        }

        @Override
        public synchronized List<Change> of(Subject subject, String subjectId) {
            return all.stream()
                    .filter(c -> c.subject() == subject && c.subjectId().equals(subjectId))
                    .toList();
        }
    }
}
