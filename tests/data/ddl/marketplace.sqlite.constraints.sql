-- SQLite DDL for the schema "marketplace", written by Relata.
-- Relations are FOREIGN KEY constraints.
-- Each relation is recorded in a "relata:" comment on its first child column,
-- which an import reads back (docs/ddl.md).

CREATE TABLE "users"
-- Buyers and sellers alike. Deleting sets deleted_at; a nightly job purges flagged users and what depends on them.
(
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "email" VARCHAR(320) NOT NULL,
  "display_name" VARCHAR(120) NOT NULL,
  "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  "deleted_at" TIMESTAMP -- time zone dropped: SQLite has no time-zone type; store UTC
);
CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email");

CREATE TABLE "addresses" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references users(id) on delete cascade
  "user_id" INTEGER NOT NULL,
  "line1" VARCHAR(200) NOT NULL,
  "line2" VARCHAR(200),
  "city" VARCHAR(100) NOT NULL,
  "postal_code" VARCHAR(20) NOT NULL,
  "country_code" CHAR(2) NOT NULL,
  "is_default" BOOLEAN NOT NULL DEFAULT false,
  CONSTRAINT "fk_addresses_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_addresses_user_id" ON "addresses" ("user_id");

CREATE TABLE "sellers"
-- A shop; at most one per user.
(
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references users(id) on delete restrict name ""/"seller"
  "user_id" INTEGER NOT NULL,
  "shop_name" VARCHAR(120) NOT NULL,
  "slug" VARCHAR(120) NOT NULL,
  "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_sellers_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "uq_sellers_user_id" ON "sellers" ("user_id");
CREATE UNIQUE INDEX "uq_sellers_slug" ON "sellers" ("slug");

CREATE TABLE "categories"
-- A tree of categories: parent_id is the enclosing category, null at the top.
(
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references categories(id) on delete set null name "parent"/"children"
  "parent_id" INTEGER,
  "name" VARCHAR(120) NOT NULL,
  "slug" VARCHAR(120) NOT NULL,
  CONSTRAINT "fk_categories_parent_id" FOREIGN KEY ("parent_id") REFERENCES "categories" ("id") ON DELETE SET NULL
);
CREATE INDEX "idx_categories_parent_id" ON "categories" ("parent_id");
CREATE UNIQUE INDEX "uq_categories_slug" ON "categories" ("slug");

CREATE TABLE "tags" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "name" VARCHAR(60) NOT NULL
);
CREATE UNIQUE INDEX "uq_tags_name" ON "tags" ("name");

CREATE TABLE "products"
-- Listings are taken down with deleted_at, so that orders keep their history.
(
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references sellers(id) on delete restrict
  "seller_id" INTEGER NOT NULL,
  -- relata: references categories(id) on delete set null
  "category_id" INTEGER,
  "title" VARCHAR(200) NOT NULL,
  "description" TEXT,
  "status" VARCHAR(20) NOT NULL DEFAULT 'draft',
  "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  "deleted_at" TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_products_seller_id" FOREIGN KEY ("seller_id") REFERENCES "sellers" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_products_category_id" FOREIGN KEY ("category_id") REFERENCES "categories" ("id") ON DELETE SET NULL
);
CREATE INDEX "idx_products_seller_id" ON "products" ("seller_id");
CREATE INDEX "idx_products_category_id" ON "products" ("category_id");

CREATE TABLE "product_images" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references products(id) on delete cascade name ""/"images"
  "product_id" INTEGER NOT NULL,
  "url" VARCHAR(500) NOT NULL,
  "sort_order" INTEGER NOT NULL DEFAULT 0,
  "alt_text" VARCHAR(200),
  CONSTRAINT "fk_product_images_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_product_images_product_id" ON "product_images" ("product_id", "sort_order");

CREATE TABLE "product_variants" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references products(id) on delete cascade name ""/"variants"
  "product_id" INTEGER NOT NULL,
  "sku" VARCHAR(64) NOT NULL,
  "price" DECIMAL(12,2) NOT NULL, -- SQLite stores decimals that are not 64-bit integers as 8-byte floats, exact to 15 digits
  "currency" CHAR(3) NOT NULL,
  "attributes" JSON,
  CONSTRAINT "fk_product_variants_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uq_product_variants_sku" ON "product_variants" ("sku");
CREATE INDEX "idx_product_variants_product_id" ON "product_variants" ("product_id");

CREATE TABLE "product_tags" (
  -- relata: references products(id) on delete cascade
  "product_id" INTEGER NOT NULL,
  -- relata: references tags(id) on delete cascade
  "tag_id" INTEGER NOT NULL,
  PRIMARY KEY ("product_id", "tag_id"),
  CONSTRAINT "fk_product_tags_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_product_tags_tag_id" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_product_tags_tag_id" ON "product_tags" ("tag_id");

CREATE TABLE "warehouses" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references sellers(id) on delete cascade
  "seller_id" INTEGER NOT NULL,
  "name" VARCHAR(120) NOT NULL,
  "city" VARCHAR(100) NOT NULL,
  "country_code" CHAR(2) NOT NULL,
  CONSTRAINT "fk_warehouses_seller_id" FOREIGN KEY ("seller_id") REFERENCES "sellers" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_warehouses_seller_id" ON "warehouses" ("seller_id");

CREATE TABLE "inventory_levels" (
  -- relata: references warehouses(id) on delete cascade
  "warehouse_id" INTEGER NOT NULL,
  -- relata: references product_variants(id) on delete cascade name "variant"/""
  "variant_id" INTEGER NOT NULL,
  "quantity" INTEGER NOT NULL DEFAULT 0,
  "updated_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  PRIMARY KEY ("warehouse_id", "variant_id"),
  CONSTRAINT "fk_inventory_levels_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_inventory_levels_variant_id" FOREIGN KEY ("variant_id") REFERENCES "product_variants" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_inventory_levels_variant_id" ON "inventory_levels" ("variant_id");

CREATE TABLE "carts" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references users(id) on delete cascade
  "user_id" INTEGER NOT NULL,
  "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  "updated_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_carts_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_carts_user_id" ON "carts" ("user_id");

CREATE TABLE "cart_items" (
  -- relata: references carts(id) on delete cascade name ""/"items"
  "cart_id" INTEGER NOT NULL,
  -- relata: references product_variants(id) on delete cascade name "variant"/""
  "variant_id" INTEGER NOT NULL,
  "quantity" INTEGER NOT NULL DEFAULT 1,
  "added_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  PRIMARY KEY ("cart_id", "variant_id"),
  CONSTRAINT "fk_cart_items_cart_id" FOREIGN KEY ("cart_id") REFERENCES "carts" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_cart_items_variant_id" FOREIGN KEY ("variant_id") REFERENCES "product_variants" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_cart_items_variant_id" ON "cart_items" ("variant_id");

CREATE TABLE "coupons" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references sellers(id) on delete cascade
  "seller_id" INTEGER NOT NULL,
  "code" VARCHAR(40) NOT NULL,
  "percent_off" INTEGER NOT NULL,
  "valid_until" TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_coupons_seller_id" FOREIGN KEY ("seller_id") REFERENCES "sellers" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uq_coupons_seller_id_code" ON "coupons" ("seller_id", "code");

CREATE TABLE "orders"
-- An order is a financial record: a buyer with orders cannot be deleted.
(
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references users(id) on delete restrict name "buyer"/""
  "user_id" INTEGER NOT NULL,
  -- relata: references addresses(id) on delete set null name "shipping_address"/""
  "shipping_address_id" INTEGER,
  "order_number" VARCHAR(20) NOT NULL,
  "status" VARCHAR(20) NOT NULL DEFAULT 'pending',
  "total" DECIMAL(12,2) NOT NULL, -- SQLite stores decimals that are not 64-bit integers as 8-byte floats, exact to 15 digits
  "currency" CHAR(3) NOT NULL,
  "placed_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_orders_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_orders_shipping_address_id" FOREIGN KEY ("shipping_address_id") REFERENCES "addresses" ("id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "uq_orders_order_number" ON "orders" ("order_number");
CREATE INDEX "idx_orders_user_id" ON "orders" ("user_id", "placed_at");
CREATE INDEX "idx_orders_shipping_address_id" ON "orders" ("shipping_address_id");

CREATE TABLE "order_items"
-- Order lines, keyed by order and line number; title and price are copied at checkout.
(
  -- relata: references orders(id) on delete cascade name ""/"items"
  "order_id" INTEGER NOT NULL,
  "line_no" INTEGER NOT NULL,
  -- relata: references product_variants(id) on delete set null name "variant"/""
  "variant_id" INTEGER,
  "title" VARCHAR(200) NOT NULL,
  "quantity" INTEGER NOT NULL,
  "unit_price" DECIMAL(12,2) NOT NULL, -- SQLite stores decimals that are not 64-bit integers as 8-byte floats, exact to 15 digits
  PRIMARY KEY ("order_id", "line_no"),
  CONSTRAINT "fk_order_items_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_order_items_variant_id" FOREIGN KEY ("variant_id") REFERENCES "product_variants" ("id") ON DELETE SET NULL
);
CREATE INDEX "idx_order_items_variant_id" ON "order_items" ("variant_id");

CREATE TABLE "order_item_refunds" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: (order_id, line_no) references order_items(order_id, line_no) on delete cascade name "order_item"/"refunds"
  "order_id" INTEGER NOT NULL,
  "line_no" INTEGER NOT NULL,
  "amount" DECIMAL(12,2) NOT NULL, -- SQLite stores decimals that are not 64-bit integers as 8-byte floats, exact to 15 digits
  "reason" TEXT,
  "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_order_item_refunds_order_id_line_no" FOREIGN KEY ("order_id", "line_no") REFERENCES "order_items" ("order_id", "line_no") ON DELETE CASCADE
);
CREATE INDEX "idx_order_item_refunds_order_id_line_no" ON "order_item_refunds" ("order_id", "line_no");

CREATE TABLE "payments" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references orders(id) on delete restrict
  "order_id" INTEGER NOT NULL,
  "provider" VARCHAR(40) NOT NULL,
  "provider_reference" VARCHAR(120) NOT NULL,
  "amount" DECIMAL(12,2) NOT NULL, -- SQLite stores decimals that are not 64-bit integers as 8-byte floats, exact to 15 digits
  "currency" CHAR(3) NOT NULL,
  "status" VARCHAR(20) NOT NULL,
  "paid_at" TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_payments_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_payments_order_id" ON "payments" ("order_id");

CREATE TABLE "shipments" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references orders(id) on delete cascade
  "order_id" INTEGER NOT NULL,
  "carrier" VARCHAR(60) NOT NULL,
  "tracking_number" VARCHAR(80),
  "shipped_at" TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  "delivered_at" TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_shipments_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_shipments_order_id" ON "shipments" ("order_id");

CREATE TABLE "shipment_items" (
  -- relata: references shipments(id) on delete cascade name ""/"items"
  "shipment_id" INTEGER NOT NULL,
  -- relata: (order_id, line_no) references order_items(order_id, line_no) on delete cascade name "order_item"/"shipment_items"
  "order_id" INTEGER NOT NULL,
  "line_no" INTEGER NOT NULL,
  "quantity" INTEGER NOT NULL,
  PRIMARY KEY ("shipment_id", "order_id", "line_no"),
  CONSTRAINT "fk_shipment_items_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_shipment_items_order_id_line_no" FOREIGN KEY ("order_id", "line_no") REFERENCES "order_items" ("order_id", "line_no") ON DELETE CASCADE
);
CREATE INDEX "idx_shipment_items_order_id_line_no" ON "shipment_items" ("order_id", "line_no");

CREATE TABLE "order_coupons" (
  -- relata: references orders(id) on delete cascade
  "order_id" INTEGER NOT NULL,
  -- relata: references coupons(id) on delete restrict
  "coupon_id" INTEGER NOT NULL,
  "discount" DECIMAL(12,2) NOT NULL, -- SQLite stores decimals that are not 64-bit integers as 8-byte floats, exact to 15 digits
  PRIMARY KEY ("order_id", "coupon_id"),
  CONSTRAINT "fk_order_coupons_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE,
  CONSTRAINT "fk_order_coupons_coupon_id" FOREIGN KEY ("coupon_id") REFERENCES "coupons" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_order_coupons_coupon_id" ON "order_coupons" ("coupon_id");

CREATE TABLE "reviews" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references products(id) on delete restrict
  "product_id" INTEGER NOT NULL,
  -- relata: references users(id) on delete set null name "author"/""
  "user_id" INTEGER,
  "rating" INTEGER NOT NULL,
  "body" TEXT,
  "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_reviews_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT,
  CONSTRAINT "fk_reviews_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "uq_reviews_product_id_user_id" ON "reviews" ("product_id", "user_id");
CREATE INDEX "idx_reviews_user_id" ON "reviews" ("user_id");

CREATE TABLE "payouts"
-- Money paid out to a seller for a period.
(
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references sellers(id) on delete restrict
  "seller_id" INTEGER NOT NULL,
  "amount" DECIMAL(12,2) NOT NULL, -- SQLite stores decimals that are not 64-bit integers as 8-byte floats, exact to 15 digits
  "currency" CHAR(3) NOT NULL,
  "period_start" DATE NOT NULL,
  "period_end" DATE NOT NULL,
  "paid_at" TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_payouts_seller_id" FOREIGN KEY ("seller_id") REFERENCES "sellers" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_payouts_seller_id" ON "payouts" ("seller_id");

CREATE TABLE "notifications" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  -- relata: references users(id) on delete cascade
  "user_id" INTEGER NOT NULL,
  "kind" VARCHAR(40) NOT NULL,
  "payload" JSON NOT NULL DEFAULT '{}',
  "read_at" TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  CONSTRAINT "fk_notifications_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_notifications_user_id" ON "notifications" ("user_id", "created_at");
