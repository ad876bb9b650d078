-- The inbox is also each chat's queue (bot-core ChatQueue, InboxSweep): a chat's unfinished entries are
-- processed oldest first, so "the next unfinished entries of this chat" must be an index range, not a scan of
-- every message the chat ever sent.
CREATE INDEX ix_inbox_chat_state ON inbox (platform, chat_id, state, id);
