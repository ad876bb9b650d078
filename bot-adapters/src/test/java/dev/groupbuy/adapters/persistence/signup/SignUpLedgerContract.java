package dev.groupbuy.adapters.persistence.signup;

import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredDeal;
import static dev.groupbuy.adapters.persistence.StoreFixtures.aStoredGroup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.AdaptersTestApplication;
import dev.groupbuy.adapters.testing.Concurrently;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.signup.SeenLine;
import dev.groupbuy.core.signup.SignUpLedger;
import dev.groupbuy.core.store.Transactions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every store must do for the sign-up ledger; run on H2 and MariaDB by the subclasses. */
@SpringBootTest(classes = AdaptersTestApplication.class)
abstract class SignUpLedgerContract {

    private static final Instant AT = Instant.parse("2026-06-01T02:00:00.123456Z");

    @Autowired
    SignUpLedger ledger;

    @Autowired
    DealRepository deals;

    @Autowired
    GroupRepository groups;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcTemplate jdbc;

    long groupId;
    long dealId;

    @BeforeEach
    void aDealInAGroup() {
        groupId = aStoredGroup(groups).id();
        dealId = aStoredDeal(deals, groupId).id();
    }

    private SeenLine line(String name, String text) {
        return new SeenLine(dealId, groupId, name, text, 42L, AT);
    }

    private int rows() {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM signup_lines WHERE deal_id = ? AND group_id = ?", Integer.class, dealId, groupId);
        return count == null ? 0 : count;
    }

    @Test
    void remembersTheFingerprintsOfTheLinesItRecorded() {
        ledger.record(List.of(line("小美🍓", "小美🍓 草莓2盒"), line("王五", "王五 改1盒")));

        assertThat(ledger.fingerprints(dealId, groupId))
                .containsExactlyInAnyOrder(
                        SeenLine.fingerprint("小美🍓", "小美🍓 草莓2盒"), SeenLine.fingerprint("王五", "王五 改1盒"));
    }

    @Test
    void keepsOneRowPerLineWhenALineIsRecordedAgain() {
        ledger.record(List.of(line("李四", "李四 2盒")));
        ledger.record(List.of(line("李四", "李四 2盒"), line("李四", "李四 2盒"), line("李四", "李四 改3盒")));

        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void keepsOneRowWhenManyThreadsRecordTheSameLineAtOnce() throws Exception {
        Concurrently.run(8, () -> {
            transactions.inTransaction(() -> ledger.record(List.of(line("赵六", "赵六 1盒"))));
            return null;
        });

        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void keepsDealsAndGroupsApart() {
        long otherGroup = aStoredGroup(groups).id();
        long otherDeal = aStoredDeal(deals, otherGroup).id();
        ledger.record(List.of(line("李四", "李四 2盒")));

        assertThat(ledger.fingerprints(otherDeal, otherGroup)).isEmpty();
        assertThat(ledger.fingerprints(dealId, otherGroup)).isEmpty();
    }

    @Test
    void storesNameTextInboxAndTimeAsGivenAndCutsOnlyOverlongTexts() {
        String longText = "王五 " + "🍓".repeat(1_500);
        ledger.record(List.of(line("王五", "王五 草莓２盒"), line("王五", longText)));

        assertThat(jdbc.queryForList(
                        "SELECT name, text, inbox_id, seen_at FROM signup_lines WHERE deal_id = ? ORDER BY id", dealId))
                .first()
                .satisfies(row -> {
                    assertThat(row.get("name")).isEqualTo("王五");
                    assertThat(row.get("text")).isEqualTo("王五 草莓２盒");
                    assertThat(((Number) row.get("inbox_id")).longValue()).isEqualTo(42L);
                });
        String stored = jdbc.queryForObject(
                "SELECT text FROM signup_lines WHERE deal_id = ? AND fingerprint = ?",
                String.class,
                dealId,
                SeenLine.fingerprint("王五", longText));
        assertThat(stored.length())
                .isBetween(SignUpLedgerPersistenceAdapter.TEXT_LENGTH - 1, SignUpLedgerPersistenceAdapter.TEXT_LENGTH);
        assertThat(longText).startsWith(stored);
        assertThat(stored).endsWith("🍓");
        assertThat(ledger.fingerprints(dealId, groupId)).contains(SeenLine.fingerprint("王五", longText));
    }

    @Test
    void aRolledBackTransactionLeavesNoLine() {
        try {
            transactions.inTransaction(() -> {
                ledger.record(List.of(line("钱七", "钱七 3盒")));
                throw new IllegalStateException("crash after recording");
            });
        } catch (IllegalStateException expected) {
            // the work failed: its ledger rows must be gone with it
        }

        assertThat(rows()).isZero();
    }
}
