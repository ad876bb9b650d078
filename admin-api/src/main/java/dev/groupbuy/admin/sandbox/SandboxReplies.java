package dev.groupbuy.admin.sandbox;

import dev.groupbuy.core.chat.OutboundMessage;
import java.util.List;

/** What the bot said in the group in answer to a sandbox message; often nothing. */
record SandboxReplies(List<Reply> replies) {

    static SandboxReplies of(List<OutboundMessage> messages) {
        return new SandboxReplies(
                messages.stream().map(m -> new Reply(m.text())).toList());
    }

    record Reply(String text) {}
}
