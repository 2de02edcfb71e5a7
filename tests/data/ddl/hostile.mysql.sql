-- MySQL DDL for the schema "hostile names", written by Relata.
-- No FOREIGN KEY constraints: the application carries out the relations.
-- Each relation is recorded in a "relata:" comment on its first child column,
-- which an import reads back (docs/ddl.md).

SET NAMES utf8mb4;

CREATE TABLE `order` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `select` int,
  `from` varchar(20) DEFAULT 'it''s \\ a ''test''',
  `Order Id` int COMMENT 'person''s note: keep\nrelata: not a marker',
  PRIMARY KEY (`id`)
) COMMENT='reserved word; it''s "quoted" \\ back\\slash\nsecond line -- not SQL */ /*';

CREATE TABLE `we"ird``name'[x]` (
  `id` int NOT NULL,
  `order_id` bigint COMMENT 'relata: references order(id) on delete cascade on update cascade name "the ""order"""/"we''ird/ones"',
  `semi;colon -- x /* y */` int,
  PRIMARY KEY (`id`),
  KEY `idx_we"ird``name'[x]_order_id` (`order_id`)
);

-- The name "emoji 🎉" is written "emoji __6c68de8e": MySQL would not accept it as it is.
CREATE TABLE `naïve café ✓` (
  `id` int NOT NULL,
  `clé` int COMMENT 'relata: references "we""ird`name''[x]"(id) on delete no action',
  `emoji __6c68de8e` int COMMENT '🎉 party',
  PRIMARY KEY (`id`),
  KEY `idx` (`clé`)
);

-- The name "emoji 🎉 table" is written "emoji _ table_81d992ec": MySQL would not accept it as it is.
CREATE TABLE `emoji _ table_81d992ec` (
  `id` int NOT NULL,
  `naive_id` int COMMENT 'relata: references "naïve café ✓"(id) on delete set null',
  PRIMARY KEY (`id`),
  KEY `idx` (`naive_id`)
);

CREATE TABLE `Users` (
  `id` int NOT NULL,
  `ID2` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c` (
  `id` int NOT NULL,
  `ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c` int COMMENT 'relata: references Users(id) on delete restrict',
  `éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé` int,
  PRIMARY KEY (`id`),
  KEY `idx_ttttttttttttttttttttttttttttttttttttttttttttttttttt_05158a4b` (`ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c`)
);

-- The name "trailing " is written "trailing_9c1e414e": MySQL would not accept it as it is.
CREATE TABLE `users` (
  `id` int NOT NULL,
  `users_id` int COMMENT 'relata: references users(id) on delete set null name "parent"/"children"',
  `trailing_9c1e414e` int,
  PRIMARY KEY (`id`),
  KEY `idx_users_users_id` (`users_id`)
);

-- Loop broken here: a.b_id → b.id refers to "b", which is created later.
CREATE TABLE `a` (
  `id` int NOT NULL,
  `b_id` int COMMENT 'relata: references b(id) on delete no action',
  PRIMARY KEY (`id`),
  KEY `idx_a_b_id` (`b_id`)
);

CREATE TABLE `b` (
  `id` int NOT NULL,
  `a_id` int COMMENT 'relata: references a(id) on delete no action',
  PRIMARY KEY (`id`),
  KEY `idx_b_a_id` (`a_id`)
);

CREATE TABLE `pair` (
  `k1` int NOT NULL,
  `k 2` int NOT NULL,
  `parent_k1` int COMMENT 'relata: (parent_k1, "parent k2") references pair(k1, "k 2") on delete cascade',
  `parent k2` int,
  PRIMARY KEY (`k1`, `k 2`),
  KEY `idx_pair_parent_k1_parent k2` (`parent_k1`, `parent k2`)
);

CREATE TABLE `select` (
  `id` int NOT NULL,
  `pair_k1` int COMMENT 'relata: (pair_k1, pair_k2) references pair(k1, "k 2") on delete cascade',
  `pair_k2` int,
  `guess_id` int,
  PRIMARY KEY (`id`),
  KEY `idx_select_pair_k1_pair_k2` (`pair_k1`, `pair_k2`)
);
