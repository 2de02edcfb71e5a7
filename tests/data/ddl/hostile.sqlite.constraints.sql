-- SQLite DDL for the schema "hostile names", written by Relata.
-- Relations are FOREIGN KEY constraints.
-- Each relation is recorded in a "relata:" comment on its first child column,
-- which an import reads back (docs/ddl.md).

CREATE TABLE "order"
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

CREATE TABLE "we""ird`name'[x]" (
  "id" INTEGER NOT NULL,
  -- relata: references order(id) on delete cascade on update cascade name "the ""order"""/"we'ird/ones"
  "order_id" INTEGER,
  "semi;colon -- x /* y */" INTEGER,
  PRIMARY KEY ("id"),
  CONSTRAINT "fk_we""ird`name'[x]_order_id" FOREIGN KEY ("order_id") REFERENCES "order" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "idx_we""ird`name'[x]_order_id" ON "we""ird`name'[x]" ("order_id");

CREATE TABLE "naïve café ✓" (
  "id" INTEGER NOT NULL,
  -- relata: references "we""ird`name'[x]"(id) on delete no action
  "clé" INTEGER,
  -- 🎉 party
  "emoji 🎉" INTEGER,
  PRIMARY KEY ("id"),
  CONSTRAINT "fk_naïve café ✓_clé" FOREIGN KEY ("clé") REFERENCES "we""ird`name'[x]" ("id")
);
CREATE INDEX "idx" ON "naïve café ✓" ("clé");

CREATE TABLE "emoji 🎉 table" (
  "id" INTEGER NOT NULL,
  -- relata: references "naïve café ✓"(id) on delete set null
  "naive_id" INTEGER,
  PRIMARY KEY ("id"),
  CONSTRAINT "fk_emoji 🎉 table_naive_id" FOREIGN KEY ("naive_id") REFERENCES "naïve café ✓" ("id") ON DELETE SET NULL
);
-- Index "idx" is called "emoji 🎉 table_idx" here: the name is taken.
CREATE INDEX "emoji 🎉 table_idx" ON "emoji 🎉 table" ("naive_id");

CREATE TABLE "Users" (
  "id" INTEGER NOT NULL,
  "ID2" INTEGER,
  PRIMARY KEY ("id")
);

CREATE TABLE "tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c" (
  "id" INTEGER NOT NULL,
  -- relata: references Users(id) on delete restrict
  "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c" INTEGER,
  "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé" INTEGER,
  PRIMARY KEY ("id"),
  CONSTRAINT "fk_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c" FOREIGN KEY ("ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c") REFERENCES "Users" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c_ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c" ON "tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_64c" ("ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_63c");

-- The name "users" is written "users_2": SQLite would not accept it as it is.
CREATE TABLE "users_2" (
  "id" INTEGER NOT NULL,
  -- relata: references users_2(id) on delete set null name "parent"/"children"
  "users_id" INTEGER,
  "trailing " INTEGER,
  PRIMARY KEY ("id"),
  CONSTRAINT "fk_users_users_id" FOREIGN KEY ("users_id") REFERENCES "users_2" ("id") ON DELETE SET NULL
);
CREATE INDEX "idx_users_users_id" ON "users_2" ("users_id");

-- Loop broken here: a.b_id → b.id refers to "b", which is created later.
CREATE TABLE "a" (
  "id" INTEGER NOT NULL,
  -- relata: references b(id) on delete no action
  "b_id" INTEGER,
  PRIMARY KEY ("id"),
  CONSTRAINT "fk_a_b_id" FOREIGN KEY ("b_id") REFERENCES "b" ("id")
);
CREATE INDEX "idx_a_b_id" ON "a" ("b_id");

CREATE TABLE "b" (
  "id" INTEGER NOT NULL,
  -- relata: references a(id) on delete no action
  "a_id" INTEGER,
  PRIMARY KEY ("id"),
  CONSTRAINT "fk_b_a_id" FOREIGN KEY ("a_id") REFERENCES "a" ("id")
);
CREATE INDEX "idx_b_a_id" ON "b" ("a_id");

CREATE TABLE "pair" (
  "k1" INTEGER NOT NULL,
  "k 2" INTEGER NOT NULL,
  -- relata: (parent_k1, "parent k2") references pair(k1, "k 2") on delete cascade
  "parent_k1" INTEGER,
  "parent k2" INTEGER,
  PRIMARY KEY ("k1", "k 2"),
  CONSTRAINT "fk_pair_parent_k1_parent k2" FOREIGN KEY ("parent_k1", "parent k2") REFERENCES "pair" ("k1", "k 2") ON DELETE CASCADE
);
CREATE INDEX "idx_pair_parent_k1_parent k2" ON "pair" ("parent_k1", "parent k2");

CREATE TABLE "select" (
  "id" INTEGER NOT NULL,
  -- relata: (pair_k1, pair_k2) references pair(k1, "k 2") on delete cascade
  "pair_k1" INTEGER,
  "pair_k2" INTEGER,
  "guess_id" INTEGER,
  PRIMARY KEY ("id"),
  CONSTRAINT "fk_select_pair_k1_pair_k2" FOREIGN KEY ("pair_k1", "pair_k2") REFERENCES "pair" ("k1", "k 2") ON DELETE CASCADE
);
CREATE INDEX "idx_select_pair_k1_pair_k2" ON "select" ("pair_k1", "pair_k2");
