-- From orders to goods and money (issue 13): a product library with suppliers that deals' catalog items point
-- at, so orders add up across deals and groups (purchase lists, sorting sheets); the day a deal's goods are
-- delivered; whether an order is paid; leaders' commission rates per group and per leader; and an append-only
-- log of every change to products, suppliers and rates. Money is DECIMAL(12,2), rates DECIMAL(5,4).
CREATE TABLE suppliers (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(128)  NOT NULL,
    contact     VARCHAR(255)  NOT NULL DEFAULT '',
    note        VARCHAR(1000) NOT NULL DEFAULT '',
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_suppliers_name UNIQUE (name)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE products (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    name         VARCHAR(64)    NOT NULL,
    aliases      VARCHAR(2000)  NOT NULL DEFAULT '',
    unit         VARCHAR(32)    NOT NULL DEFAULT '',
    price        DECIMAL(12, 2) NOT NULL,
    cost         DECIMAL(12, 2) NULL,
    supplier_id  BIGINT         NULL,
    spec         VARCHAR(255)   NOT NULL DEFAULT '',
    created_at   DATETIME(6)    NOT NULL,
    updated_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_products_name UNIQUE (name),
    CONSTRAINT fk_products_supplier FOREIGN KEY (supplier_id) REFERENCES suppliers (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE catalog_items ADD COLUMN product_id BIGINT NULL;
ALTER TABLE catalog_items ADD CONSTRAINT fk_catalog_items_product FOREIGN KEY (product_id) REFERENCES products (id);

ALTER TABLE deals ADD COLUMN delivery_date DATE NULL;
CREATE INDEX ix_deals_delivery_date ON deals (delivery_date, id);

ALTER TABLE orders ADD COLUMN payment_status VARCHAR(16) NOT NULL DEFAULT 'unpaid';

CREATE TABLE group_commissions (
    group_id    BIGINT        NOT NULL,
    rate        DECIMAL(5, 4) NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (group_id),
    CONSTRAINT fk_group_commissions_group FOREIGN KEY (group_id) REFERENCES chat_groups (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE leader_commissions (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    platform    VARCHAR(32)   NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    rate        DECIMAL(5, 4) NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_leader_commissions UNIQUE (platform, user_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE change_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    subject      VARCHAR(32)   NOT NULL,
    subject_id   VARCHAR(200)  NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    actor        VARCHAR(128)  NOT NULL,
    door         VARCHAR(16)   NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    before_text  VARCHAR(2000) NOT NULL DEFAULT '',
    after_text   VARCHAR(2000) NOT NULL DEFAULT '',
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_change_log_subject ON change_log (subject, subject_id, id);
