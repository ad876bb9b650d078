package dev.groupbuy.core.signup;

import dev.groupbuy.core.chat.Handling;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.MessageHandler;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.group.Leaders;
import java.time.Clock;
import java.util.Optional;

/**
 * Takes 接龙 messages: finds the deal (outside any lock, reading only), then merges the snapshot under the
 * deal's lock. When several open deals fit, asks the leader and changes nothing.
 */
public final class ChainSignUpHandler implements MessageHandler {

    private final DealResolver resolver;
    private final SignUpProcess process;
    private final SignUpTalk talk;

    public ChainSignUpHandler(SignUpStores stores, Leaders leaders, ChainReader reader, ReplyGate gate, Clock clock) {
        this.resolver = new DealResolver(stores.deals(), reader);
        this.talk = new SignUpTalk(gate, leaders);
        this.process = new SignUpProcess(
                stores.states(),
                new SignUpWriter(stores.orders(), stores.ledger(), stores.transactions()),
                talk,
                clock);
    }

    @Override
    public Optional<Handling> accept(MessageContext context) {
        DealResolver.Resolution resolution = resolver.resolve(context.group(), context.message());
        if (resolution instanceof DealResolver.Resolution.Found found) {
            long dealId = found.deal().id();
            return Optional.of(
                    Handling.locked(Handling.dealLock(dealId), () -> process.apply(context, dealId, found.chain())));
        }
        if (resolution instanceof DealResolver.Resolution.Ambiguous ambiguous) {
            return Optional.of(Handling.locked(
                    Handling.groupLock(context.groupId()),
                    () -> Outcome.done("chain fits several open deals", talk.whichDeal(context, ambiguous.deals()))));
        }
        return Optional.empty();
    }
}
