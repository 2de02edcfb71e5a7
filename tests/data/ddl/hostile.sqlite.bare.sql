-- SQLite DDL for the schema "hostile names", written by Relata.
-- No FOREIGN KEY constraints: the application carries out the relations.

DROP TABLE IF EXISTS "select";
DROP TABLE IF EXISTS "pair";
DROP TABLE IF EXISTS "b";
DROP TABLE IF EXISTS "a";
DROP TABLE IF EXISTS "users_2";
DROP TABLE IF EXISTS "tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c";
DROP TABLE IF EXISTS "Users";
DROP TABLE IF EXISTS "emoji 🎉 table";
DROP TABLE IF EXISTS "naïve café ✓";
DROP TABLE IF EXISTS "we""ird`name'[x]";
DROP TABLE IF EXISTS "order";

CREATE TABLE IF NOT EXISTS "order"
-- reserved word; it's "quoted" \ back\slash
-- second line -- not SQL */ /*
(
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "select" INTEGER,
  "from" VARCHAR(20) DEFAULT 'it''s \ a ''test''',
  -- person's note: keep
  -- relata: not a marker
  "Order Id" INTEGER
);

CREATE TABLE IF NOT EXISTS "we""ird`name'[x]" (
  "id" INTEGER NOT NULL,
  "order_id" INTEGER,
  "semi;colon -- x /* y */" INTEGER,
  PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "naïve café ✓" (
  "id" INTEGER NOT NULL,
  "clé" INTEGER,
  -- 🎉 party
  "emoji 🎉" INTEGER,
  PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "idx" ON "naïve café ✓" ("clé");

CREATE TABLE IF NOT EXISTS "emoji 🎉 table" (
  "id" INTEGER NOT NULL,
  "naive_id" INTEGER,
  PRIMARY KEY ("id")
);
-- Index "idx" is called "emoji 🎉 table_idx" here: the name is taken.
CREATE INDEX IF NOT EXISTS "emoji 🎉 table_idx" ON "emoji 🎉 table" ("naive_id");

CREATE TABLE IF NOT EXISTS "Users" (
  "id" INTEGER NOT NULL,
  "ID2" INTEGER,
  PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c" (
  "id" INTEGER NOT NULL,
  "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c" INTEGER,
  "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" INTEGER,
  PRIMARY KEY ("id")
);

-- The name "users" is written "users_2": SQLite would not accept it as it is.
CREATE TABLE IF NOT EXISTS "users_2" (
  "id" INTEGER NOT NULL,
  "users_id" INTEGER,
  "trailing " INTEGER,
  PRIMARY KEY ("id")
);

-- Loop broken here: a.b_id → b.id refers to "b", which is created later.
CREATE TABLE IF NOT EXISTS "a" (
  "id" INTEGER NOT NULL,
  "b_id" INTEGER,
  PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "b" (
  "id" INTEGER NOT NULL,
  "a_id" INTEGER,
  PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "pair" (
  "k1" INTEGER NOT NULL,
  "k 2" INTEGER NOT NULL,
  "parent_k1" INTEGER,
  "parent k2" INTEGER,
  PRIMARY KEY ("k1", "k 2")
);

CREATE TABLE IF NOT EXISTS "select" (
  "id" INTEGER NOT NULL,
  "pair_k1" INTEGER,
  "pair_k2" INTEGER,
  "guess_id" INTEGER,
  PRIMARY KEY ("id")
);
