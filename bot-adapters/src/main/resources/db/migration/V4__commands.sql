-- Leaders run their day from the chat (issue 9): who did what to a deal and through which door; the door
-- of each order change; an order's building/room note for the pickup list; which ledger lines wait for
-- their participant (待确认).
CREATE TABLE deal_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    deal_id      BIGINT        NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    actor        VARCHAR(128)  NOT NULL,
    door         VARCHAR(16)   NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    before_status VARCHAR(16)  NULL,
    after_status VARCHAR(16)   NOT NULL,
    inbox_id     BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_deal_history_deal FOREIGN KEY (deal_id) REFERENCES deals (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_deal_history_deal ON deal_history (deal_id, id);

ALTER TABLE order_history ADD COLUMN door VARCHAR(16) NOT NULL DEFAULT 'chat';
ALTER TABLE orders ADD COLUMN note VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE signup_lines ADD COLUMN review BOOLEAN NOT NULL DEFAULT FALSE;
