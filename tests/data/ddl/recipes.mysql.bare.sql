-- MySQL DDL for the schema "recipes", written by Relata.
-- No FOREIGN KEY constraints: the application carries out the relations.

SET NAMES utf8mb4;

DROP TABLE IF EXISTS `steps`;
DROP TABLE IF EXISTS `ingredients`;
DROP TABLE IF EXISTS `recipes`;

CREATE TABLE IF NOT EXISTS `recipes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `description` text,
  `servings` int,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_deleted` boolean NOT NULL DEFAULT false,
  PRIMARY KEY (`id`)
) COMMENT='Soft-deleted: the API sets is_deleted, a scheduled job then deletes the ingredients and steps and finally the recipe.';

CREATE TABLE IF NOT EXISTS `ingredients` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `recipe_id` bigint unsigned NOT NULL,
  `position` int NOT NULL,
  `name` varchar(200) NOT NULL,
  `quantity` decimal(10,2),
  `unit` varchar(32),
  PRIMARY KEY (`id`),
  KEY `idx_ingredients_recipe_id` (`recipe_id`)
);

CREATE TABLE IF NOT EXISTS `steps` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `recipe_id` bigint unsigned NOT NULL,
  `position` int NOT NULL,
  `instruction` text NOT NULL,
  `duration_minutes` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_steps_recipe_id_position` (`recipe_id`, `position`)
);
