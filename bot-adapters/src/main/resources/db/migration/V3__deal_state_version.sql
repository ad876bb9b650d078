-- A counter per deal that moves on with every committed change to the deal's orders, sign-up ledger or
-- status (bot-core DealVersions). An instance may reuse the merge state it cached at version v while the
-- stored version is still v, so a chain message reads one row instead of the whole deal.
ALTER TABLE deals ADD COLUMN state_version BIGINT NOT NULL DEFAULT 0;
