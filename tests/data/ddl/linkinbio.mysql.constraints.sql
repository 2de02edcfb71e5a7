-- MySQL DDL for the schema "linkinbio", written by Relata.
-- Relations are FOREIGN KEY constraints.
-- Each relation is recorded in a "relata:" comment on its first child column,
-- which an import reads back (docs/ddl.md).

SET NAMES utf8mb4;

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(120),
  `tagline` varchar(250),
  `display_name` varchar(250),
  `img_url` varchar(500),
  PRIMARY KEY (`id`)
);

CREATE TABLE `blocks` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `url` varchar(200),
  `type` int,
  `user_id` int COMMENT 'relata: references users(id) on delete no action name "user"/"blocks"',
  `label` varchar(200),
  PRIMARY KEY (`id`),
  KEY `idx_blocks_user_id` (`user_id`)
);

-- No FOREIGN KEY for these relations: MySQL would refuse it.
-- - blocks.user_id → users.id: blocks.user_id is int but users.id is serial: integer size or sign differs
-- Fix the relation first (relata-cli validate: R004, R005).
