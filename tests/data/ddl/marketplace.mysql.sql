-- MySQL DDL for the schema "marketplace", written by Relata.
-- No FOREIGN KEY constraints: the application carries out the relations.
-- Each relation is recorded in a "relata:" comment on its first child column,
-- which an import reads back (docs/ddl.md).

SET NAMES utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(320) NOT NULL,
  `display_name` varchar(120) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  `deleted_at` datetime(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_users_email` (`email`)
) COMMENT='Buyers and sellers alike. Deleting sets deleted_at; a nightly job purges flagged users and what depends on them.';

CREATE TABLE `addresses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL COMMENT 'relata: references users(id) on delete cascade',
  `line1` varchar(200) NOT NULL,
  `line2` varchar(200),
  `city` varchar(100) NOT NULL,
  `postal_code` varchar(20) NOT NULL,
  `country_code` char(2) NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT false,
  PRIMARY KEY (`id`),
  KEY `idx_addresses_user_id` (`user_id`)
);

CREATE TABLE `sellers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL COMMENT 'relata: references users(id) on delete restrict name ""/"seller"',
  `shop_name` varchar(120) NOT NULL,
  `slug` varchar(120) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_sellers_user_id` (`user_id`),
  UNIQUE KEY `uq_sellers_slug` (`slug`)
) COMMENT='A shop; at most one per user.';

CREATE TABLE `categories` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `parent_id` bigint COMMENT 'relata: references categories(id) on delete set null name "parent"/"children"',
  `name` varchar(120) NOT NULL,
  `slug` varchar(120) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_categories_parent_id` (`parent_id`),
  UNIQUE KEY `uq_categories_slug` (`slug`)
) COMMENT='A tree of categories: parent_id is the enclosing category, null at the top.';

CREATE TABLE `tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_tags_name` (`name`)
);

CREATE TABLE `products` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `seller_id` bigint NOT NULL COMMENT 'relata: references sellers(id) on delete restrict',
  `category_id` bigint COMMENT 'relata: references categories(id) on delete set null',
  `title` varchar(200) NOT NULL,
  `description` longtext,
  `status` varchar(20) NOT NULL DEFAULT 'draft',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  `deleted_at` datetime(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  KEY `idx_products_seller_id` (`seller_id`),
  KEY `idx_products_category_id` (`category_id`)
) COMMENT='Listings are taken down with deleted_at, so that orders keep their history.';

CREATE TABLE `product_images` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `product_id` bigint NOT NULL COMMENT 'relata: references products(id) on delete cascade name ""/"images"',
  `url` varchar(500) NOT NULL,
  `sort_order` int NOT NULL DEFAULT 0,
  `alt_text` varchar(200),
  PRIMARY KEY (`id`),
  KEY `idx_product_images_product_id` (`product_id`, `sort_order`)
);

CREATE TABLE `product_variants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `product_id` bigint NOT NULL COMMENT 'relata: references products(id) on delete cascade name ""/"variants"',
  `sku` varchar(64) NOT NULL,
  `price` decimal(12,2) NOT NULL,
  `currency` char(3) NOT NULL,
  `attributes` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_product_variants_sku` (`sku`),
  KEY `idx_product_variants_product_id` (`product_id`)
);

CREATE TABLE `product_tags` (
  `product_id` bigint NOT NULL COMMENT 'relata: references products(id) on delete cascade',
  `tag_id` bigint NOT NULL COMMENT 'relata: references tags(id) on delete cascade',
  PRIMARY KEY (`product_id`, `tag_id`),
  KEY `idx_product_tags_tag_id` (`tag_id`)
);

CREATE TABLE `warehouses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `seller_id` bigint NOT NULL COMMENT 'relata: references sellers(id) on delete cascade',
  `name` varchar(120) NOT NULL,
  `city` varchar(100) NOT NULL,
  `country_code` char(2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_warehouses_seller_id` (`seller_id`)
);

CREATE TABLE `inventory_levels` (
  `warehouse_id` bigint NOT NULL COMMENT 'relata: references warehouses(id) on delete cascade',
  `variant_id` bigint NOT NULL COMMENT 'relata: references product_variants(id) on delete cascade name "variant"/""',
  `quantity` int NOT NULL DEFAULT 0,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`warehouse_id`, `variant_id`),
  KEY `idx_inventory_levels_variant_id` (`variant_id`)
);

CREATE TABLE `carts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL COMMENT 'relata: references users(id) on delete cascade',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  KEY `idx_carts_user_id` (`user_id`)
);

CREATE TABLE `cart_items` (
  `cart_id` bigint NOT NULL COMMENT 'relata: references carts(id) on delete cascade name ""/"items"',
  `variant_id` bigint NOT NULL COMMENT 'relata: references product_variants(id) on delete cascade name "variant"/""',
  `quantity` int NOT NULL DEFAULT 1,
  `added_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`cart_id`, `variant_id`),
  KEY `idx_cart_items_variant_id` (`variant_id`)
);

CREATE TABLE `coupons` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `seller_id` bigint NOT NULL COMMENT 'relata: references sellers(id) on delete cascade',
  `code` varchar(40) NOT NULL,
  `percent_off` smallint NOT NULL,
  `valid_until` datetime(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_coupons_seller_id_code` (`seller_id`, `code`)
);

CREATE TABLE `orders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL COMMENT 'relata: references users(id) on delete restrict name "buyer"/""',
  `shipping_address_id` bigint COMMENT 'relata: references addresses(id) on delete set null name "shipping_address"/""',
  `order_number` varchar(20) NOT NULL,
  `status` varchar(20) NOT NULL DEFAULT 'pending',
  `total` decimal(12,2) NOT NULL,
  `currency` char(3) NOT NULL,
  `placed_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_orders_order_number` (`order_number`),
  KEY `idx_orders_user_id` (`user_id`, `placed_at`),
  KEY `idx_orders_shipping_address_id` (`shipping_address_id`)
) COMMENT='An order is a financial record: a buyer with orders cannot be deleted.';

CREATE TABLE `order_items` (
  `order_id` bigint NOT NULL COMMENT 'relata: references orders(id) on delete cascade name ""/"items"',
  `line_no` int NOT NULL,
  `variant_id` bigint COMMENT 'relata: references product_variants(id) on delete set null name "variant"/""',
  `title` varchar(200) NOT NULL,
  `quantity` int NOT NULL,
  `unit_price` decimal(12,2) NOT NULL,
  PRIMARY KEY (`order_id`, `line_no`),
  KEY `idx_order_items_variant_id` (`variant_id`)
) COMMENT='Order lines, keyed by order and line number; title and price are copied at checkout.';

CREATE TABLE `order_item_refunds` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL COMMENT 'relata: (order_id, line_no) references order_items(order_id, line_no) on delete cascade name "order_item"/"refunds"',
  `line_no` int NOT NULL,
  `amount` decimal(12,2) NOT NULL,
  `reason` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  KEY `idx_order_item_refunds_order_id_line_no` (`order_id`, `line_no`)
);

CREATE TABLE `payments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL COMMENT 'relata: references orders(id) on delete restrict',
  `provider` varchar(40) NOT NULL,
  `provider_reference` varchar(120) NOT NULL,
  `amount` decimal(12,2) NOT NULL,
  `currency` char(3) NOT NULL,
  `status` varchar(20) NOT NULL,
  `paid_at` datetime(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  KEY `idx_payments_order_id` (`order_id`)
);

CREATE TABLE `shipments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL COMMENT 'relata: references orders(id) on delete cascade',
  `carrier` varchar(60) NOT NULL,
  `tracking_number` varchar(80),
  `shipped_at` datetime(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  `delivered_at` datetime(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  KEY `idx_shipments_order_id` (`order_id`)
);

CREATE TABLE `shipment_items` (
  `shipment_id` bigint NOT NULL COMMENT 'relata: references shipments(id) on delete cascade name ""/"items"',
  `order_id` bigint NOT NULL COMMENT 'relata: (order_id, line_no) references order_items(order_id, line_no) on delete cascade name "order_item"/"shipment_items"',
  `line_no` int NOT NULL,
  `quantity` int NOT NULL,
  PRIMARY KEY (`shipment_id`, `order_id`, `line_no`),
  KEY `idx_shipment_items_order_id_line_no` (`order_id`, `line_no`)
);

CREATE TABLE `order_coupons` (
  `order_id` bigint NOT NULL COMMENT 'relata: references orders(id) on delete cascade',
  `coupon_id` bigint NOT NULL COMMENT 'relata: references coupons(id) on delete restrict',
  `discount` decimal(12,2) NOT NULL,
  PRIMARY KEY (`order_id`, `coupon_id`),
  KEY `idx_order_coupons_coupon_id` (`coupon_id`)
);

CREATE TABLE `reviews` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `product_id` bigint NOT NULL COMMENT 'relata: references products(id) on delete restrict',
  `user_id` bigint COMMENT 'relata: references users(id) on delete set null name "author"/""',
  `rating` smallint NOT NULL,
  `body` longtext,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_reviews_product_id_user_id` (`product_id`, `user_id`),
  KEY `idx_reviews_user_id` (`user_id`)
);

CREATE TABLE `payouts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `seller_id` int NOT NULL COMMENT 'relata: references sellers(id) on delete restrict',
  `amount` decimal(12,2) NOT NULL,
  `currency` char(3) NOT NULL,
  `period_start` date NOT NULL,
  `period_end` date NOT NULL,
  `paid_at` datetime(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  KEY `idx_payouts_seller_id` (`seller_id`)
) COMMENT='Money paid out to a seller for a period.';

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL COMMENT 'relata: references users(id) on delete cascade',
  `kind` varchar(40) NOT NULL,
  `payload` json NOT NULL DEFAULT ('{}'),
  `read_at` datetime(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), -- time zone dropped: store UTC (MySQL's timestamp, which converts to UTC, ends in 2038)
  PRIMARY KEY (`id`),
  KEY `idx_notifications_user_id` (`user_id`, `created_at`)
);
