-- SQLite DDL for the schema "linkinbio", written by Relata.
-- No FOREIGN KEY constraints: the application carries out the relations.
-- Each relation is recorded in a "relata:" comment on its first child column,
-- which an import reads back (docs/ddl.md).

CREATE TABLE "users" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, -- unsigned dropped: SQLite has no unsigned 64-bit integer; values above 2^63-1 will not fit
  "username" VARCHAR(120),
  "tagline" VARCHAR(250),
  "display_name" VARCHAR(250),
  "img_url" VARCHAR(500)
);

CREATE TABLE "blocks" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, -- unsigned dropped: SQLite has no unsigned 64-bit integer; values above 2^63-1 will not fit
  "url" VARCHAR(200),
  "type" INTEGER,
  -- relata: references users(id) on delete no action name "user"/"blocks"
  "user_id" INTEGER,
  "label" VARCHAR(200)
);
CREATE INDEX "idx_blocks_user_id" ON "blocks" ("user_id");
