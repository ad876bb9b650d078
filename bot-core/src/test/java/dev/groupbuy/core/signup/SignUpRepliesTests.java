package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.ReviewReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignUpRepliesTests {

    private static ChainEntry unclear(String name, String text, ReviewReason reason) {
        return new ChainEntry(2, name, List.of(), false, true, reason, "", text, "2. " + text);
    }

    @Test
    void asksByNameQuotingTheLineAndShowingAnExampleInTheDealsUnit() {
        String text = SignUpReplies.askToClarify(
                Chains.strawberries(), List.of(unclear("王姐", "王姐 老样子", ReviewReason.UNCLEAR_QUANTITY)), "王姐");

        assertThat(text).isEqualTo("@王姐 没看懂「王姐 老样子」，麻烦在接龙里写清商品和数量，如『王姐 1盒』");
    }

    @Test
    void saysWhatIsOnSaleWhenTheLineNamesSomethingElse() {
        String text = SignUpReplies.askToClarify(
                Chains.strawberries(), List.of(unclear("贾敏", "贾敏 菠萝包2个", ReviewReason.UNKNOWN_PRODUCT)), "贾敏");

        assertThat(text).contains("@贾敏", "（这次只有丹东草莓）");
    }

    @Test
    void shortensALongLineWithoutBreakingAnEmoji() {
        String text = SignUpReplies.askToClarify(
                Chains.strawberries(),
                List.of(unclear("小美", "小美 " + "🍓".repeat(30), ReviewReason.UNCLEAR_QUANTITY)),
                "李四");

        assertThat(text).contains("🍓…」").doesNotContain("\uFFFD");
    }

    @Test
    void addressesTheSendersOwnLineByTheDisplayNameExactly() {
        String text = SignUpReplies.askToClarify(
                Chains.strawberries(), List.of(unclear("阿强", "阿强666 老样子", ReviewReason.UNCLEAR_QUANTITY)), "阿强666");

        assertThat(text).startsWith("@阿强666 没看懂");
    }

    @Test
    void addressesSomeoneElsesLineByTheNameOnIt() {
        String text = SignUpReplies.askToClarify(
                Chains.strawberries(), List.of(unclear("王姐", "王姐 老样子", ReviewReason.UNCLEAR_QUANTITY)), "阿强666");

        assertThat(text).startsWith("@王姐 没看懂");
    }

    @Test
    void answersAQuestionLineWithoutPretendingNotToUnderstand() {
        String text = SignUpReplies.askToClarify(
                Chains.strawberries(), List.of(unclear("王姐", "王姐 ？", ReviewReason.QUESTION)), "王姐");

        assertThat(text).isEqualTo("@王姐 「王姐 ？」先没记单，团长看到会回复你～");
    }

    @Test
    void asksWhetherALineWrittenTwiceMeansTwo() {
        String text = SignUpReplies.askToClarify(
                Chains.strawberries(), List.of(unclear("艳艳", "艳艳 1盒", ReviewReason.REPEATED_LINE)), "艳艳");

        assertThat(text).isEqualTo("@艳艳 「艳艳 1盒」接了两次，先按一次记，要两份的话麻烦写清数量");
    }

    @Test
    void tellsNewcomersAndChangersApartWhenTheDealIsClosed() {
        assertThat(SignUpReplies.closed(List.of("毕飞"), List.of())).isEqualTo("本单已截单，毕飞的接龙没有记上，没赶上的邻居下次早点哦");
        assertThat(SignUpReplies.closed(List.of(), List.of("任晓红"))).isEqualTo("本单已截单，任晓红的修改没有记上，有变动请私聊团长");
        assertThat(SignUpReplies.closed(List.of("a", "b", "c", "d", "e", "f"), List.of("g")))
                .startsWith("本单已截单，a、b、c、d、e等的接龙没有记上")
                .contains("；g的修改没有记上");
    }
}
