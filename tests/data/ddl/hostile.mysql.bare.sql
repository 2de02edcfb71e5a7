-- MySQL DDL for the schema "hostile names", written by Relata.
-- No FOREIGN KEY constraints: the application carries out the relations.

SET NAMES utf8mb4;

DROP TABLE IF EXISTS `select`;
DROP TABLE IF EXISTS `pair`;
DROP TABLE IF EXISTS `b`;
DROP TABLE IF EXISTS `a`;
DROP TABLE IF EXISTS `users`;
DROP TABLE IF EXISTS `tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c`;
DROP TABLE IF EXISTS `Users`;
DROP TABLE IF EXISTS `emoji _ table_81d992ec`;
DROP TABLE IF EXISTS `naïve café ✓`;
DROP TABLE IF EXISTS `we"ird``name'[x]`;
DROP TABLE IF EXISTS `order`;

CREATE TABLE IF NOT EXISTS `order` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `select` int,
  `from` varchar(20) DEFAULT 'it''s \\ a ''test''',
  `Order Id` int COMMENT 'person''s note: keep\nrelata: not a marker',
  PRIMARY KEY (`id`)
) COMMENT='reserved word; it''s "quoted" \\ back\\slash\nsecond line -- not SQL */ /*';

CREATE TABLE IF NOT EXISTS `we"ird``name'[x]` (
  `id` int NOT NULL,
  `order_id` bigint,
  `semi;colon -- x /* y */` int,
  PRIMARY KEY (`id`)
);

-- The name "emoji 🎉" is written "emoji __6c68de8e": MySQL would not accept it as it is.
CREATE TABLE IF NOT EXISTS `naïve café ✓` (
  `id` int NOT NULL,
  `clé` int,
  `emoji __6c68de8e` int COMMENT '🎉 party',
  PRIMARY KEY (`id`),
  KEY `idx` (`clé`)
);

-- The name "emoji 🎉 table" is written "emoji _ table_81d992ec": MySQL would not accept it as it is.
CREATE TABLE IF NOT EXISTS `emoji _ table_81d992ec` (
  `id` int NOT NULL,
  `naive_id` int,
  PRIMARY KEY (`id`),
  KEY `idx` (`naive_id`)
);

CREATE TABLE IF NOT EXISTS `Users` (
  `id` int NOT NULL,
  `ID2` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c` (
  `id` int NOT NULL,
  `ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c` int,
  `éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé` int,
  PRIMARY KEY (`id`)
);

-- The name "trailing " is written "trailing_9c1e414e": MySQL would not accept it as it is.
CREATE TABLE IF NOT EXISTS `users` (
  `id` int NOT NULL,
  `users_id` int,
  `trailing_9c1e414e` int,
  PRIMARY KEY (`id`)
);

-- Loop broken here: a.b_id → b.id refers to "b", which is created later.
CREATE TABLE IF NOT EXISTS `a` (
  `id` int NOT NULL,
  `b_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `b` (
  `id` int NOT NULL,
  `a_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `pair` (
  `k1` int NOT NULL,
  `k 2` int NOT NULL,
  `parent_k1` int,
  `parent k2` int,
  PRIMARY KEY (`k1`, `k 2`)
);

CREATE TABLE IF NOT EXISTS `select` (
  `id` int NOT NULL,
  `pair_k1` int,
  `pair_k2` int,
  `guess_id` int,
  PRIMARY KEY (`id`)
);
