-- SQLite DDL for the schema "recipes", written by Relata.
-- No FOREIGN KEY constraints: the application carries out the relations.
-- Each relation is recorded in a "relata:" comment on its first child column,
-- which an import reads back (docs/ddl.md).

CREATE TABLE "recipes"
-- Soft-deleted: the API sets is_deleted, a scheduled job then deletes the ingredients and steps and finally the recipe.
(
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, -- unsigned dropped: SQLite has no unsigned 64-bit integer; values above 2^63-1 will not fit
  "title" VARCHAR(200) NOT NULL,
  "description" TEXT,
  "servings" INTEGER,
  "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, -- time zone dropped: SQLite has no time-zone type; store UTC
  "is_deleted" BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE "ingredients" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, -- unsigned dropped: SQLite has no unsigned 64-bit integer; values above 2^63-1 will not fit
  -- relata: references recipes(id) on delete cascade
  "recipe_id" INTEGER NOT NULL, -- unsigned dropped: SQLite has no unsigned 64-bit integer; values above 2^63-1 will not fit
  "position" INTEGER NOT NULL,
  "name" VARCHAR(200) NOT NULL,
  "quantity" DECIMAL(10,2), -- SQLite stores decimals that are not 64-bit integers as 8-byte floats, exact to 15 digits
  "unit" VARCHAR(32)
);
CREATE INDEX "idx_ingredients_recipe_id" ON "ingredients" ("recipe_id");

CREATE TABLE "steps" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, -- unsigned dropped: SQLite has no unsigned 64-bit integer; values above 2^63-1 will not fit
  -- relata: references recipes(id) on delete cascade
  "recipe_id" INTEGER NOT NULL, -- unsigned dropped: SQLite has no unsigned 64-bit integer; values above 2^63-1 will not fit
  "position" INTEGER NOT NULL,
  "instruction" TEXT NOT NULL,
  "duration_minutes" INTEGER
);
CREATE UNIQUE INDEX "uq_steps_recipe_id_position" ON "steps" ("recipe_id", "position");
