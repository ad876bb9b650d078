-- Scheduled deals and content, deal deadlines and the outbound dispatcher (issue 10).

-- A deal may remind its groups before its cut-off time.
ALTER TABLE deals ADD COLUMN remind_before_minutes INT NULL;

-- The dispatcher: a key per message that platforms able to drop repeats are given with every attempt, when
-- a message may be tried again after a transient failure, and how many parts of a long message went out.
ALTER TABLE outbox ADD COLUMN idempotency_key VARCHAR(64) NULL;
ALTER TABLE outbox ADD COLUMN next_attempt_at DATETIME(6) NULL;
ALTER TABLE outbox ADD COLUMN parts_sent INT NOT NULL DEFAULT 0;
UPDATE outbox SET idempotency_key = CONCAT('outbox-', id) WHERE idempotency_key IS NULL;
CREATE UNIQUE INDEX ux_outbox_key ON outbox (idempotency_key);
CREATE INDEX ix_outbox_chat ON outbox (platform, chat_id, id);

-- What the sandbox platform "posted": one row per part, a repeated key counted instead of posted again.
CREATE TABLE sandbox_posts (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    idempotency_key  VARCHAR(80)  NOT NULL,
    chat_id          VARCHAR(128) NOT NULL,
    text             MEDIUMTEXT   NOT NULL,
    posted_at        DATETIME(6)  NOT NULL,
    repeats          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_sandbox_posts_key UNIQUE (idempotency_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_sandbox_posts_chat ON sandbox_posts (chat_id, id);

-- Chat text retention: finds the inbox entries older than the retention period.
CREATE INDEX ix_inbox_received ON inbox (received_at);

-- Schedules: what to do in which groups, when; the trigger is a one-shot time or a Quartz cron expression.
CREATE TABLE schedules (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    name                   VARCHAR(255)  NOT NULL,
    trigger_at             DATETIME(6)   NULL,
    cron                   VARCHAR(120)  NULL,
    zone                   VARCHAR(64)   NULL,
    start_at               DATETIME(6)   NULL,
    end_at                 DATETIME(6)   NULL,
    action_type            VARCHAR(16)   NOT NULL,
    action_text            MEDIUMTEXT    NULL,
    deal_title             VARCHAR(255)  NULL,
    deal_pickup            VARCHAR(1000) NULL,
    closes_after_minutes   INT           NULL,
    remind_before_minutes  INT           NULL,
    minutes_before         INT           NULL,
    list_kind              VARCHAR(16)   NULL,
    status                 VARCHAR(16)   NOT NULL,
    next_fire_at           DATETIME(6)   NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE schedule_groups (
    id           BIGINT NOT NULL AUTO_INCREMENT,
    schedule_id  BIGINT NOT NULL,
    group_id     BIGINT NOT NULL,
    position     INT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_schedule_groups UNIQUE (schedule_id, group_id),
    CONSTRAINT fk_schedule_groups_schedule FOREIGN KEY (schedule_id) REFERENCES schedules (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE schedule_catalog_items (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    schedule_id       BIGINT         NOT NULL,
    sku               VARCHAR(64)    NOT NULL,
    name              VARCHAR(255)   NOT NULL,
    aliases           VARCHAR(2000)  NOT NULL DEFAULT '',
    unit              VARCHAR(32)    NOT NULL DEFAULT '',
    price             DECIMAL(12, 2) NULL,
    stock             INT            NULL,
    limit_per_person  INT            NULL,
    position          INT            NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_schedule_catalog_schedule FOREIGN KEY (schedule_id) REFERENCES schedules (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per fire time of a schedule (so a fire time is taken once), and one per group of a run that was
-- not skipped: pending until that group's work is done, in the same transaction as the work.
CREATE TABLE schedule_runs (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    schedule_id    BIGINT        NOT NULL,
    scheduled_for  DATETIME(6)   NOT NULL,
    fired_at       DATETIME(6)   NOT NULL,
    skipped        BOOLEAN       NOT NULL DEFAULT FALSE,
    reason         VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_schedule_runs UNIQUE (schedule_id, scheduled_for),
    CONSTRAINT fk_schedule_runs_schedule FOREIGN KEY (schedule_id) REFERENCES schedules (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE schedule_run_groups (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    run_id       BIGINT        NOT NULL,
    group_id     BIGINT        NOT NULL,
    outcome      VARCHAR(16)   NOT NULL,
    detail       VARCHAR(500)  NULL,
    finished_at  DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_schedule_run_groups UNIQUE (run_id, group_id),
    CONSTRAINT fk_schedule_run_groups_run FOREIGN KEY (run_id) REFERENCES schedule_runs (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_schedule_run_groups_outcome ON schedule_run_groups (outcome, run_id);
CREATE INDEX ix_schedules_due ON schedules (status, next_fire_at);
