-- Real chat platforms (issue 11). Versioned 10 so that migrations other branches add meanwhile keep
-- their own numbers below it.

-- A leader's command sent to the bot 1:1 acts on the group and is answered in the 1:1 chat.
ALTER TABLE inbox ADD COLUMN reply_platform VARCHAR(32) NULL;
ALTER TABLE inbox ADD COLUMN reply_chat_id VARCHAR(128) NULL;

-- How the bot posts in a group on platforms with several ways of sending (WeCom: a group robot's webhook,
-- an app-created group chat, a customer group's mass send, the AI bot's reply address).
CREATE TABLE group_channels (
    group_id        BIGINT       NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    webhook_key     VARCHAR(255) NULL,
    sender_user_id  VARCHAR(128) NULL,
    PRIMARY KEY (group_id),
    CONSTRAINT fk_group_channels_group FOREIGN KEY (group_id) REFERENCES chat_groups (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A person reached 1:1 on one platform (an Official Account follower) who is a member of a group on
-- another (a bridged WeChat group): set by a binding code posted in the group, or by the admin API.
CREATE TABLE member_bindings (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    platform         VARCHAR(32)  NOT NULL,
    platform_user_id VARCHAR(128) NOT NULL,
    group_id         BIGINT       NOT NULL,
    member_user_id   VARCHAR(128) NOT NULL,
    member_name      VARCHAR(255) NOT NULL DEFAULT '',
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_member_bindings UNIQUE (platform, platform_user_id, group_id),
    CONSTRAINT fk_member_bindings_group FOREIGN KEY (group_id) REFERENCES chat_groups (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Where a pull from a platform stopped: the WeCom archive's last seq stored in the inbox.
CREATE TABLE platform_cursors (
    name        VARCHAR(64)  NOT NULL,
    position    BIGINT       NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The AI bot answers a message through the response_url its callback carried (valid for a while).
CREATE TABLE reply_urls (
    platform       VARCHAR(32)   NOT NULL,
    chat_id        VARCHAR(128)  NOT NULL,
    message_id     VARCHAR(191)  NOT NULL,
    url            VARCHAR(1000) NOT NULL,
    expires_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (platform, chat_id, message_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_reply_urls_expiry ON reply_urls (expires_at);

-- Codes an Official Account follower posts in their group (#绑定 123456) to be bound to who posted it.
CREATE TABLE binding_codes (
    code        VARCHAR(16)  NOT NULL,
    platform    VARCHAR(32)  NOT NULL,
    chat_id     VARCHAR(128) NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
