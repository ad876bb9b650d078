package dev.groupbuy.core.signup;

import static dev.groupbuy.core.signup.Chains.AT;
import static dev.groupbuy.core.signup.Chains.cancel;
import static dev.groupbuy.core.signup.Chains.chain;
import static dev.groupbuy.core.signup.Chains.line;
import static dev.groupbuy.core.signup.Chains.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.jielong.ParsedChain;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.order.PaymentStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignUpMergerTests {

    private final Deal deal = Chains.strawberries();
    private final SignUpMerger merger = new SignUpMerger();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private long nextId = 1;

    /** Merges and applies the result to the in-test state, as the writer would store it. */
    private MergeResult post(ParsedChain chain) {
        MergeResult result =
                merger.merge(new DealState(deal, 3L, orders, seen), chain, new SignUpMerger.Sender("u1", "李四"), AT);
        for (OrderDecision decision : result.decisions()) {
            Order after = decision.after().id() == null ? decision.after().withId(nextId++) : decision.after();
            orders.put(after.name(), after);
        }
        result.newLines().forEach(e -> seen.add(SeenLine.fingerprint(e.name(), SignUpMerger.textOf(e))));
        return result;
    }

    private Map<String, String> active() {
        Map<String, String> active = new LinkedHashMap<>();
        orders.values().stream()
                .filter(Order::isActive)
                .forEach(o -> active.put(o.name(), o.items().get(0).qty().toPlainString()));
        return active;
    }

    @Test
    void createsOneOrderPerParticipantOfTheFirstSnapshot() {
        MergeResult result = post(chain(line(1, "李四", 2), line(2, "王五", 1)));

        assertThat(result.decisions()).extracting(OrderDecision::action).containsExactly("created", "created");
        assertThat(active()).containsExactly(Map.entry("李四", "2"), Map.entry("王五", "1"));
    }

    @Test
    void givesTheSenderTheirOwnNewOrderButNotOthers() {
        post(chain(line(1, "李四", 2), line(2, "王五", 1)));

        assertThat(orders.get("李四").memberId()).isEqualTo("u1");
        assertThat(orders.get("王五").memberId()).isNull();
    }

    @Test
    void keepsBothEntriesWhenTwoResidentsForkTheSameList() {
        post(chain(line(1, "李四", 2), line(2, "王五", 1)));
        post(chain(line(1, "李四", 2), line(2, "王五", 1), line(3, "赵六", 1)));
        MergeResult fork = post(chain(line(1, "李四", 2), line(2, "王五", 1), line(3, "钱七", 3)));

        assertThat(active()).containsOnlyKeys("李四", "王五", "赵六", "钱七");
        assertThat(fork.forked()).isTrue();
        assertThat(fork.missingActive()).containsExactly("赵六");
    }

    @Test
    void setsTheOrderToWhatANewTextOfTheLineSays() {
        post(chain(line(1, "李四", 2), line(2, "苏婉", 3)));
        MergeResult change = post(chain(line(1, "李四", 2), line(2, "苏婉", 1, "苏婉 改1盒")));

        assertThat(change.decisions())
                .singleElement()
                .extracting(OrderDecision::action)
                .isEqualTo("changed");
        assertThat(active()).containsEntry("苏婉", "1");
    }

    @Test
    void ignoresAStaleCopyOfAnOlderTextOfTheLine() {
        post(chain(line(1, "苏婉", 3)));
        post(chain(line(1, "苏婉", 1, "苏婉 改1盒")));
        MergeResult stale = post(chain(line(1, "苏婉", 3), line(2, "潘建新", 2)));

        assertThat(active()).containsEntry("苏婉", "1").containsEntry("潘建新", "2");
        assertThat(stale.decisions())
                .singleElement()
                .extracting(d -> d.after().name())
                .isEqualTo("潘建新");
    }

    @Test
    void neverCancelsAParticipantMissingFromALaterSnapshot() {
        post(chain(line(1, "李四", 2), line(2, "王五", 1), line(3, "赵六", 1)));
        MergeResult older = post(chain(line(1, "李四", 2)));

        assertThat(older.decisions()).isEmpty();
        assertThat(active()).containsOnlyKeys("李四", "王五", "赵六");
    }

    @Test
    void cancelsOnANewCancelLineAndReordersOnALaterNewLine() {
        post(chain(line(1, "琳琳", 3)));
        MergeResult cancelled = post(chain(cancel(1, "琳琳", "琳琳 不要了")));
        assertThat(active()).doesNotContainKey("琳琳");
        assertThat(orders.get("琳琳").status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.decisions()).extracting(OrderDecision::action).containsExactly("cancelled");

        MergeResult reordered = post(chain(line(1, "琳琳", 1, "琳琳 1盒（又想要了）")));
        assertThat(reordered.decisions()).extracting(OrderDecision::action).containsExactly("reordered");
        assertThat(active()).containsEntry("琳琳", "1");
    }

    @Test
    void doesNotReviveACancelledOrderFromAStaleCopy() {
        post(chain(line(1, "白雪", 2)));
        post(chain(cancel(1, "白雪", "~~白雪 2盒~~")));
        MergeResult stale = post(chain(line(1, "白雪", 2), line(2, "孟静", 3)));

        assertThat(active()).containsOnlyKeys("孟静");
        assertThat(stale.decisions()).hasSize(1);
    }

    @Test
    void aCancelLineForSomeoneWithoutAnOrderChangesNothing() {
        MergeResult result = post(chain(cancel(1, "李四", "李四 取消")));

        assertThat(result.decisions()).isEmpty();
        assertThat(result.newLines()).hasSize(1);
    }

    @Test
    void aLineUnderReviewMakesNoOrderAndIsReportedOnce() {
        MergeResult first = post(chain(line(1, "廖芳", 2), review(2, "韩梅梅", "韩梅梅 老样子")));
        MergeResult copy = post(chain(line(1, "廖芳", 2), review(2, "韩梅梅", "韩梅梅 老样子"), line(3, "钟晓", 1)));

        assertThat(first.reviews()).extracting(e -> e.name()).containsExactly("韩梅梅");
        assertThat(copy.reviews()).isEmpty();
        assertThat(active()).containsOnlyKeys("廖芳", "钟晓");
    }

    @Test
    void aLaterClearLineForAReviewedNameCreatesTheOrder() {
        post(chain(review(1, "韩梅梅", "韩梅梅 老样子")));
        MergeResult clear = post(chain(line(1, "韩梅梅", 2)));
        MergeResult staleReview = post(chain(review(1, "韩梅梅", "韩梅梅 老样子"), line(2, "葛文", 3)));

        assertThat(clear.decisions()).extracting(OrderDecision::action).containsExactly("created");
        assertThat(staleReview.reviews()).isEmpty();
        assertThat(active()).containsEntry("韩梅梅", "2");
    }

    @Test
    void aLineUnderReviewLeavesAnExistingOrderAsItWas() {
        post(chain(line(1, "李四", 2)));
        MergeResult unclear = post(chain(review(1, "李四", "李四 看情况")));

        assertThat(unclear.decisions()).isEmpty();
        assertThat(unclear.reviews()).hasSize(1);
        assertThat(active()).containsEntry("李四", "2");
    }

    @Test
    void aNewTextWithTheSameItemsIsRememberedWithoutRewritingTheOrder() {
        post(chain(line(1, "李四", 2)));
        MergeResult thanks = post(chain(line(1, "李四", 2, "李四 2盒 谢谢团长")));

        assertThat(thanks.decisions()).isEmpty();
        assertThat(thanks.newLines()).hasSize(1);
    }

    @Test
    void aPaymentMarkOnTheSameItemsMarksTheOrderPaidAndNothingElse() {
        post(chain(line(1, "李四", 2)));
        MergeResult paid = post(chain(line(1, "李四", 2, "李四 2盒（已付）")));

        assertThat(paid.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.action()).isEqualTo("paid");
            assertThat(decision.after().payment()).isEqualTo(PaymentStatus.PAID);
            assertThat(decision.after().items()).isEqualTo(decision.before().items());
        });
    }

    @Test
    void aLaterCopyWithoutTheMarkLeavesThePaymentAndAChangeKeepsIt() {
        post(chain(line(1, "李四", 2, "李四 2盒 已转")));
        MergeResult stale = post(chain(line(1, "李四", 2, "李四 2盒")));
        MergeResult changed = post(chain(line(1, "李四", 3, "李四 改3盒")));

        assertThat(stale.decisions()).isEmpty();
        assertThat(changed.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.action()).isEqualTo("changed");
            assertThat(decision.after().payment()).isEqualTo(PaymentStatus.PAID);
        });
    }

    @Test
    void aNewLineWithAMarkPlacesAPaidOrderButAnUnpaidMarkDoesNot() {
        MergeResult placed = post(chain(line(1, "李四", 2, "李四 2盒 ✅"), line(2, "王五", 1, "王五 1盒 还没付")));

        assertThat(placed.decisions())
                .extracting(d -> d.after().name() + " " + d.after().payment())
                .containsExactly("李四 PAID", "王五 UNPAID");
    }

    @Test
    void aCopyWhoseSpacingChangedIsStillTheSameText() {
        post(chain(line(1, "苏婉", 3, "苏婉 3盒")));
        post(chain(line(1, "苏婉", 1, "苏婉 改1盒")));
        MergeResult respaced = post(chain(line(1, "苏婉", 3, "苏婉\u3000 3盒")));

        assertThat(respaced.changesNothing()).isTrue();
        assertThat(active()).containsEntry("苏婉", "1");
    }

    @Test
    void numbersAreLabelsSoARenumberedListChangesNothing() {
        post(chain(line(1, "李四", 2), line(2, "王五", 1)));
        MergeResult renumbered = post(chain(line(5, "李四", 2), line(9, "王五", 1)));

        assertThat(renumbered.changesNothing()).isTrue();
    }

    @Test
    void aParticipantChangedTwiceInOneSnapshotGetsOneDecisionWithTheLastText() {
        MergeResult result = post(chain(line(1, "李四", 2), line(2, "李四", 4, "李四 改4盒")));

        assertThat(result.decisions()).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo("created");
            assertThat(d.after().items()).containsExactly(OrderItem.of("A", "4"));
        });
    }

    @Test
    void skipsEntriesWithoutAName() {
        MergeResult result = post(chain(line(1, " ", 2)));

        assertThat(result.changesNothing()).isTrue();
        assertThat(new ArrayList<>(orders.values())).isEmpty();
    }

    @Test
    void aStaleCopyThatAddsNobodyIsNotAFork() {
        post(chain(line(1, "李四", 2), line(2, "王五", 1)));

        assertThat(post(chain(line(1, "李四", 2))).forked()).isFalse();
        assertThat(orders).hasSize(2);
    }
}
