-- MySQL DDL for the schema "recipes", written by Relata.
-- Relations are FOREIGN KEY constraints.
-- Each relation is recorded in a "relata:" comment on its first child column,
-- which an import reads back (docs/ddl.md).

SET NAMES utf8mb4;

CREATE TABLE `recipes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `description` text,
  `servings` int,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_deleted` boolean NOT NULL DEFAULT false,
  PRIMARY KEY (`id`)
) COMMENT='Soft-deleted: the API sets is_deleted, a scheduled job then deletes the ingredients and steps and finally the recipe.';

CREATE TABLE `ingredients` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `recipe_id` bigint unsigned NOT NULL COMMENT 'relata: references recipes(id) on delete cascade',
  `position` int NOT NULL,
  `name` varchar(200) NOT NULL,
  `quantity` decimal(10,2),
  `unit` varchar(32),
  PRIMARY KEY (`id`),
  KEY `idx_ingredients_recipe_id` (`recipe_id`),
  CONSTRAINT `fk_ingredients_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `steps` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `recipe_id` bigint unsigned NOT NULL COMMENT 'relata: references recipes(id) on delete cascade',
  `position` int NOT NULL,
  `instruction` text NOT NULL,
  `duration_minutes` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_steps_recipe_id_position` (`recipe_id`, `position`),
  CONSTRAINT `fk_steps_recipe_id` FOREIGN KEY (`recipe_id`) REFERENCES `recipes` (`id`) ON DELETE CASCADE
);
