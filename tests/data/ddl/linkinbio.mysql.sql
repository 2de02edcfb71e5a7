-- MySQL DDL for the schema "linkinbio", written by Relata.
-- No FOREIGN KEY constraints: the application carries out the relations.
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
