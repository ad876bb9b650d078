-- groupbuy-bot schema. Portable across H2 (MODE=MySQL) and MariaDB 10.11 (utf8mb4 database).
-- Times are UTC instants in DATETIME(6) columns, written and read as UTC by the adapters
-- (never through the JVM or session time zone). Money is DECIMAL(12,2), quantities DECIMAL(12,3).
-- Lists of short strings (mentions, aliases) are newline-separated text.
-- Tables are utf8mb4 (emoji) with binary collation: platform ids such as chat and message ids are
-- case-sensitive, and MariaDB compares the same way H2 does.

CREATE TABLE chat_groups (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    platform    VARCHAR(32)  NOT NULL,
    chat_id     VARCHAR(128) NOT NULL,
    name        VARCHAR(255) NOT NULL DEFAULT '',
    zone        VARCHAR(64)  NOT NULL DEFAULT 'Asia/Shanghai',
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_chat_groups_chat UNIQUE (platform, chat_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE group_members (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    group_id  BIGINT       NOT NULL,
    user_id   VARCHAR(128) NOT NULL,
    name      VARCHAR(255) NOT NULL DEFAULT '',
    role      VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_group_members_user UNIQUE (group_id, user_id),
    CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES chat_groups (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE deals (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    title       VARCHAR(255)  NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    closes_at   DATETIME(6)   NULL,
    pickup      VARCHAR(1000) NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_deals_status ON deals (status, created_at);

CREATE TABLE deal_groups (
    id        BIGINT NOT NULL AUTO_INCREMENT,
    deal_id   BIGINT NOT NULL,
    group_id  BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_deal_groups UNIQUE (deal_id, group_id),
    CONSTRAINT fk_deal_groups_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_deal_groups_group FOREIGN KEY (group_id) REFERENCES chat_groups (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_deal_groups_group ON deal_groups (group_id);

CREATE TABLE catalog_items (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    deal_id           BIGINT         NOT NULL,
    sku               VARCHAR(64)    NOT NULL,
    name              VARCHAR(255)   NOT NULL,
    aliases           VARCHAR(2000)  NOT NULL DEFAULT '',
    unit              VARCHAR(32)    NOT NULL DEFAULT '',
    price             DECIMAL(12, 2) NULL,
    stock             INT            NULL,
    limit_per_person  INT            NULL,
    position          INT            NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_catalog_items_sku UNIQUE (deal_id, sku),
    CONSTRAINT fk_catalog_items_deal FOREIGN KEY (deal_id) REFERENCES deals (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE orders (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    deal_id     BIGINT        NOT NULL,
    group_id    BIGINT        NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    member_id   VARCHAR(128)  NULL,
    status      VARCHAR(16)   NOT NULL,
    seq         INT           NOT NULL,
    line        VARCHAR(1000) NOT NULL DEFAULT '',
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_orders_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_orders_group FOREIGN KEY (group_id) REFERENCES chat_groups (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_orders_deal ON orders (deal_id, id);

CREATE TABLE order_items (
    id        BIGINT         NOT NULL AUTO_INCREMENT,
    order_id  BIGINT         NOT NULL,
    sku       VARCHAR(64)    NOT NULL,
    qty       DECIMAL(12, 3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_order_items_sku UNIQUE (order_id, sku),
    CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE order_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    order_id     BIGINT        NOT NULL,
    deal_id      BIGINT        NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    actor        VARCHAR(128)  NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    before_text  VARCHAR(2000) NOT NULL DEFAULT '',
    after_text   VARCHAR(2000) NOT NULL DEFAULT '',
    inbox_id     BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_history_order FOREIGN KEY (order_id) REFERENCES orders (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_order_history_order ON order_history (order_id, id);
CREATE INDEX ix_order_history_deal ON order_history (deal_id, id);

CREATE TABLE inbox (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    platform         VARCHAR(32)  NOT NULL,
    platform_msg_id  VARCHAR(191) NOT NULL,
    chat_id          VARCHAR(128) NOT NULL,
    sender_id        VARCHAR(128) NOT NULL,
    sender_name      VARCHAR(255) NOT NULL DEFAULT '',
    text             MEDIUMTEXT   NOT NULL,
    mentions         VARCHAR(2000) NOT NULL DEFAULT '',
    chain_owners     MEDIUMTEXT   NULL,
    sent_at          DATETIME(6)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    detail           VARCHAR(1000) NULL,
    received_at      DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_inbox_platform_msg UNIQUE (platform, platform_msg_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_inbox_state ON inbox (state, id);

CREATE TABLE outbox (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    platform     VARCHAR(32)   NOT NULL,
    chat_id      VARCHAR(128)  NOT NULL,
    text         MEDIUMTEXT    NOT NULL,
    mentions     VARCHAR(2000) NOT NULL DEFAULT '',
    in_reply_to  VARCHAR(191)  NULL,
    state        VARCHAR(16)   NOT NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    sent_at      DATETIME(6)   NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_outbox_state ON outbox (state, id);
