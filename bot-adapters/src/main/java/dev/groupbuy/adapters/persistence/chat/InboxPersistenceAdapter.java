package dev.groupbuy.adapters.persistence.chat;

import dev.groupbuy.adapters.persistence.TextLists;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.chat.ChatKey;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.store.TextLimit;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;

/**
 * {@link Inbox} on the {@code inbox} table. Deduplication rests on its UNIQUE (platform, platform_msg_id):
 * of two instances storing the same delivery at once, the database lets exactly one insert through. An entry
 * is finished by a guarded UPDATE (only from received or processing), so of two workers finishing the same
 * entry one changes the row and the other learns it came second.
 */
class InboxPersistenceAdapter implements Inbox {

    static final int DETAIL_LENGTH = 1000;

    private final InboxMapper inbox;
    private final Clock clock;

    InboxPersistenceAdapter(InboxMapper inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public Optional<Long> storeIfNew(InboundMessage message) {
        InboxDO row = toRow(message, clock.instant());
        try {
            inbox.store(row);
            return Optional.of(row.getId());
        } catch (DuplicateKeyException alreadyStored) {
            return Optional.empty();
        }
    }

    @Override
    public boolean markState(long id, InboxState state, String detail) {
        return inbox.markState(id, state.wireName(), truncate(detail), clock.instant()) == 1;
    }

    @Override
    public List<Long> unfinishedIds(ChatKey chat, long upTo, int limit) {
        return inbox.unfinishedIds(chat.platform(), chat.chatId(), upTo, limit);
    }

    @Override
    public List<ChatKey> waitingChats(Instant receivedBy, int limit) {
        return inbox.waitingChats(receivedBy, limit).stream()
                .map(row -> new ChatKey(row.getPlatform(), row.getChatId()))
                .toList();
    }

    @Override
    public Optional<StoredMessage> findById(long id) {
        return Optional.ofNullable(inbox.selectById(id)).map(InboxPersistenceAdapter::toStored);
    }

    private static InboxDO toRow(InboundMessage message, Instant now) {
        InboxDO row = new InboxDO();
        row.setPlatform(message.platform());
        row.setPlatformMsgId(message.messageId());
        row.setChatId(message.chatId());
        row.setSenderId(message.senderId());
        row.setSenderName(message.senderName());
        row.setText(message.text());
        row.setMentions(TextLists.join(message.mentions()));
        row.setChainOwners(ChainOwnersText.format(message.chainOwners()));
        if (message.replyTo() != null) {
            row.setReplyPlatform(message.replyTo().platform());
            row.setReplyChatId(message.replyTo().chatId());
        }
        row.setSentAt(message.sentAt());
        row.setState(InboxState.RECEIVED.wireName());
        row.setReceivedAt(now);
        row.setUpdatedAt(now);
        return row;
    }

    private static StoredMessage toStored(InboxDO row) {
        InboundMessage message = new InboundMessage(
                row.getPlatform(),
                row.getChatId(),
                row.getSenderId(),
                row.getSenderName(),
                row.getPlatformMsgId(),
                row.getText(),
                TextLists.split(row.getMentions()),
                row.getSentAt(),
                ChainOwnersText.parse(row.getChainOwners()),
                row.getReplyPlatform() == null ? null : new ChatAddress(row.getReplyPlatform(), row.getReplyChatId()));
        return new StoredMessage(row.getId(), message, InboxState.fromWireName(row.getState()));
    }

    private static String truncate(String detail) {
        return TextLimit.cut(detail, DETAIL_LENGTH);
    }
}
