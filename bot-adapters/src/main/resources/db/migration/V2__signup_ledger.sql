-- The sign-up ledger (bot-core SignUpLedger): which line texts each participant of a deal already had in a
-- group's chains. A chain line changes an order only when its text is new for that participant, so stale
-- copies of older lists change nothing. Rows are only inserted; one per (deal, group, fingerprint), where
-- the fingerprint is the SHA-256 hex of the participant's name and the line's text.
CREATE TABLE signup_lines (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    deal_id      BIGINT        NOT NULL,
    group_id     BIGINT        NOT NULL,
    fingerprint  CHAR(64)      NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    text         VARCHAR(1000) NOT NULL DEFAULT '',
    inbox_id     BIGINT        NOT NULL,
    seen_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_signup_lines_fingerprint UNIQUE (deal_id, group_id, fingerprint),
    CONSTRAINT fk_signup_lines_deal FOREIGN KEY (deal_id) REFERENCES deals (id),
    CONSTRAINT fk_signup_lines_group FOREIGN KEY (group_id) REFERENCES chat_groups (id)
);
