// R007–R009: what a table's keys and indexes lack or repeat; and the shipped examples give
// only their designed findings from R007–R011.
#include "rulecase.h"
#include "schemabuilder.h"

#include "io/relatafile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relatatest;

class TstRulesSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingIndex_data();
    void missingIndex() { checkRuleRow(u"R007"_s, Severity::Warning); }
    void missingPrimaryKey_data();
    void missingPrimaryKey() { checkRuleRow(u"R008"_s, Severity::Warning); }
    void redundantIndex_data();
    void redundantIndex() { checkRuleRow(u"R009"_s, Severity::Warning); }
    void examples_data();
    void examples();
};

namespace {

/// users ← blocks (user_id), the linkinbio shape, without any index on blocks.
SchemaBuilder blocks(Dialect dialect = Dialect::MySql)
{
    SchemaBuilder b(dialect);
    b.table(u"users"_s, u"id bigint NOT NULL, name varchar(50)"_s, u"id"_s)
            .table(u"blocks"_s,
                   u"id bigint NOT NULL, user_id bigint, label varchar(20), created_at datetime"_s,
                   u"id"_s);
    return b;
}

/// order_lines (order_id, line_no) ← order_items (order_id, line_no): a composite relation.
SchemaBuilder orderLines()
{
    SchemaBuilder b;
    b.table(u"order_lines"_s, u"order_id int NOT NULL, line_no int NOT NULL"_s,
            u"order_id, line_no"_s)
            .table(u"order_items"_s,
                   u"id int NOT NULL, order_id int NOT NULL, line_no int NOT NULL, sku int"_s,
                   u"id"_s);
    return b;
}

} // namespace

void TstRulesSchema::missingIndex_data()
{
    addRuleColumns();
    const QString userMessage = u"blocks.user_id → users.id has no index on blocks (user_id)"_s;
    const QString userObjects = u"blocks.user_id, users.id"_s;
    const QString userFix = u"CREATE INDEX idx_blocks_user_id ON blocks (user_id);"_s;

    // Must fire.
    SchemaBuilder b = blocks();
    b.relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s);
    addRuleRow("no index at all", b.schema(), {userMessage}, {userObjects}, {userFix});

    b = blocks();
    b.index(u"blocks"_s, u"ix_label_user"_s, u"label, user_id"_s)
            .relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s);
    addRuleRow("column second in the index", b.schema(), {userMessage}, {userObjects}, {userFix});

    b = orderLines();
    b.index(u"order_items"_s, u"ix_line_order"_s, u"line_no, order_id"_s)
            .relation(u"order_items"_s, u"order_id, line_no"_s, u"order_lines"_s,
                      u"order_id, line_no"_s);
    addRuleRow("composite, index in the other order", b.schema(),
               {u"order_items (order_id, line_no) → order_lines (order_id, line_no) has no index "
                "on order_items (order_id, line_no)"_s},
               {u"order_items.order_id, order_items.line_no, order_lines.order_id, "
                "order_lines.line_no"_s},
               {u"CREATE INDEX idx_order_items_order_id_line_no ON order_items (order_id, "
                "line_no);"_s});

    b = SchemaBuilder();
    b.table(u"categories"_s, u"id int NOT NULL, parent_id int"_s, u"id"_s)
            .relation(u"categories"_s, u"parent_id"_s, u"categories"_s, u"id"_s);
    addRuleRow("self-reference", b.schema(),
               {u"categories.parent_id → categories.id has no index on categories (parent_id)"_s},
               {u"categories.parent_id, categories.id"_s},
               {u"CREATE INDEX idx_categories_parent_id ON categories (parent_id);"_s});

    b = SchemaBuilder();
    b.table(u"users"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"group"_s, u"id int NOT NULL, key int"_s, u"id"_s)
            .relation(u"group"_s, u"key"_s, u"users"_s, u"id"_s);
    addRuleRow("reserved names quoted (MySQL)", b.schema(),
               {u"group.key → users.id has no index on group (key)"_s}, {u"group.key, users.id"_s},
               {u"CREATE INDEX idx_group_key ON `group` (`key`);"_s});

    b = SchemaBuilder(Dialect::PostgreSql);
    b.table(u"Users"_s, u"id integer NOT NULL"_s, u"id"_s)
            .table(u"Blocks"_s, u"id integer NOT NULL, UserId integer"_s, u"id"_s)
            .relation(u"Blocks"_s, u"UserId"_s, u"Users"_s, u"id"_s);
    addRuleRow("upper case quoted (PostgreSQL)", b.schema(),
               {u"Blocks.UserId → Users.id has no index on Blocks (UserId)"_s},
               {u"Blocks.UserId, Users.id"_s},
               {u"CREATE INDEX \"idx_Blocks_UserId\" ON \"Blocks\" (\"UserId\");"_s});

    b = SchemaBuilder();
    b.table(u"partners"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"customer_loyalty_program_membership_events"_s,
                   u"id int NOT NULL, referring_partner_account_id int"_s, u"id"_s)
            .relation(u"customer_loyalty_program_membership_events"_s,
                      u"referring_partner_account_id"_s, u"partners"_s, u"id"_s);
    addRuleRow("index name cut to 64 characters", b.schema(),
               {u"customer_loyalty_program_membership_events.referring_partner_account_id → "
                "partners.id has no index on customer_loyalty_program_membership_events "
                "(referring_partner_account_id)"_s},
               {u"customer_loyalty_program_membership_events.referring_partner_account_id, "
                "partners.id"_s},
               {u"CREATE INDEX idx_customer_loyalty_program_membership_events_referrin_a2bb7582 "
                "ON customer_loyalty_program_membership_events (referring_partner_account_id);"_s});

    // Must not fire.
    b = blocks();
    b.index(u"blocks"_s, u"ix_user"_s, u"user_id"_s)
            .relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s);
    addRuleRow("index on the column", b.schema());

    b = blocks();
    b.index(u"blocks"_s, u"ix_user_created"_s, u"user_id, created_at"_s, true)
            .relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s);
    addRuleRow("leftmost column of a unique index", b.schema());

    b = SchemaBuilder();
    b.table(u"users"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"tags"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"user_tags"_s, u"user_id int NOT NULL, tag_id int NOT NULL"_s,
                   u"user_id, tag_id"_s)
            .relation(u"user_tags"_s, u"user_id"_s, u"users"_s, u"id"_s);
    addRuleRow("leftmost column of the primary key", b.schema());

    b = orderLines();
    b.index(u"order_items"_s, u"ix_order_line_sku"_s, u"order_id, line_no, sku"_s)
            .relation(u"order_items"_s, u"order_id, line_no"_s, u"order_lines"_s,
                      u"order_id, line_no"_s);
    addRuleRow("composite covered by a longer index", b.schema());

    b = blocks();
    b.relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s).lastRelation().decision
            = RelationDecision::Ignored;
    addRuleRow("ignored relation", b.schema());

    b = blocks();
    b.relation(u"blocks"_s, u"owner_id"_s, u"users"_s, u"id"_s);
    addRuleRow("relation naming a missing column (R001's)", b.schema());
}

void TstRulesSchema::missingPrimaryKey_data()
{
    addRuleColumns();
    // Must fire.
    SchemaBuilder b;
    b.table(u"wp_links"_s, u"link_id bigint unsigned NOT NULL, link_url varchar(255)"_s);
    addRuleRow("obvious <table>_id column, prefix dropped", b.schema(),
               {u"wp_links has no primary key"_s}, {u"wp_links"_s},
               {u"ALTER TABLE wp_links ADD PRIMARY KEY (link_id);"_s});

    b = SchemaBuilder();
    b.table(u"logs"_s, u"id bigint, message text"_s);
    addRuleRow("id column", b.schema(), {u"logs has no primary key"_s}, {u"logs"_s},
               {u"ALTER TABLE logs ADD PRIMARY KEY (id);"_s});

    b = SchemaBuilder();
    b.table(u"accounts"_s, u"email varchar(200) NOT NULL, name varchar(50)"_s)
            .index(u"accounts"_s, u"uq_email"_s, u"email"_s, true);
    addRuleRow("unique NOT NULL index (MySQL)", b.schema(), {u"accounts has no primary key"_s},
               {u"accounts"_s},
               {u"promote the unique index uq_email to the primary key: ALTER TABLE accounts "
                "DROP INDEX uq_email, ADD PRIMARY KEY (email);"_s});

    b = SchemaBuilder(Dialect::PostgreSql);
    b.table(u"accounts"_s, u"email varchar(200) NOT NULL, name varchar(50)"_s)
            .index(u"accounts"_s, u"uq_email"_s, u"email"_s, true);
    addRuleRow("unique NOT NULL index (PostgreSQL)", b.schema(), {u"accounts has no primary key"_s},
               {u"accounts"_s},
               {u"promote the unique index uq_email to the primary key: ALTER TABLE accounts ADD "
                "PRIMARY KEY USING INDEX uq_email;"_s});

    b = SchemaBuilder();
    b.table(u"events"_s, u"email varchar(200), payload text"_s)
            .index(u"events"_s, u"uq_email"_s, u"email"_s, true);
    addRuleRow("nullable unique index, nothing obvious", b.schema(),
               {u"events has no primary key"_s}, {u"events"_s},
               {u"add a column that identifies each row (an auto-increment or identity id) and "
                "make it the primary key"_s});

    b = SchemaBuilder(Dialect::Sqlite);
    b.table(u"logs"_s, u"id integer, message text"_s).table(u"order"_s, u"id integer"_s, u"id"_s);
    addRuleRow("SQLite cannot add one in place", b.schema(), {u"logs has no primary key"_s},
               {u"logs"_s},
               {u"make id the primary key; SQLite cannot add one in place, so rebuild the table "
                "with PRIMARY KEY (id)"_s});

    // Must not fire.
    addRuleRow("single-column key", blocks().schema());
    b = SchemaBuilder();
    b.table(u"user_tags"_s, u"user_id int NOT NULL, tag_id int NOT NULL"_s, u"user_id, tag_id"_s);
    addRuleRow("composite key", b.schema());
    addRuleRow("PostgreSQL", blocks(Dialect::PostgreSql).schema());
    addRuleRow("SQLite", blocks(Dialect::Sqlite).schema());
    addRuleRow("empty schema", Schema());
}

void TstRulesSchema::redundantIndex_data()
{
    addRuleColumns();
    // Must fire.
    SchemaBuilder b = blocks();
    b.index(u"blocks"_s, u"ix_user"_s, u"user_id"_s)
            .index(u"blocks"_s, u"ix_user_created"_s, u"user_id, created_at"_s);
    addRuleRow("prefix of a longer index", b.schema(),
               {u"index ix_user on blocks (user_id) is redundant: index ix_user_created (user_id, "
                "created_at) serves the same lookups"_s},
               {u"blocks.user_id"_s}, {u"DROP INDEX ix_user ON blocks;"_s});

    b = blocks();
    b.index(u"blocks"_s, u"ix_a"_s, u"user_id"_s).index(u"blocks"_s, u"ix_b"_s, u"user_id"_s);
    addRuleRow("identical: the later one", b.schema(),
               {u"index ix_b on blocks (user_id) is redundant: index ix_a (user_id) serves the "
                "same lookups"_s},
               {u"blocks.user_id"_s}, {u"DROP INDEX ix_b ON blocks;"_s});

    b = blocks();
    b.index(u"blocks"_s, u"ix_label"_s, u"label"_s)
            .index(u"blocks"_s, u"uq_label"_s, u"label"_s, true);
    addRuleRow("identical: the non-unique one", b.schema(),
               {u"index ix_label on blocks (label) is redundant: index uq_label (label) serves "
                "the same lookups"_s},
               {u"blocks.label"_s}, {u"DROP INDEX ix_label ON blocks;"_s});

    b = SchemaBuilder();
    b.table(u"user_tags"_s, u"user_id int NOT NULL, tag_id int NOT NULL"_s, u"user_id, tag_id"_s)
            .index(u"user_tags"_s, u"ix_user"_s, u"user_id"_s)
            .index(u"user_tags"_s, u"uq_pair"_s, u"user_id, tag_id"_s, true);
    addRuleRow("prefix of the primary key; unique copy of it", b.schema(),
               {u"index ix_user on user_tags (user_id) is redundant: the primary key (user_id, "
                "tag_id) serves the same lookups"_s,
                u"index uq_pair on user_tags (user_id, tag_id) is redundant: the primary key "
                "(user_id, tag_id) serves the same lookups"_s},
               {u"user_tags.user_id"_s, u"user_tags.user_id, user_tags.tag_id"_s},
               {u"DROP INDEX ix_user ON user_tags;"_s, u"DROP INDEX uq_pair ON user_tags;"_s});

    b = blocks(Dialect::PostgreSql);
    b.index(u"blocks"_s, u"IxUser"_s, u"user_id"_s)
            .index(u"blocks"_s, u"ix_user_created"_s, u"user_id, created_at"_s);
    addRuleRow("PostgreSQL drops by name", b.schema(),
               {u"index IxUser on blocks (user_id) is redundant: index ix_user_created (user_id, "
                "created_at) serves the same lookups"_s},
               {u"blocks.user_id"_s}, {u"DROP INDEX \"IxUser\";"_s});

    // Must not fire.
    b = blocks();
    b.index(u"blocks"_s, u"ix_user"_s, u"user_id"_s)
            .index(u"blocks"_s, u"ix_created_user"_s, u"created_at, user_id"_s);
    addRuleRow("not a leftmost prefix", b.schema());

    b = blocks();
    b.index(u"blocks"_s, u"uq_label"_s, u"label"_s, true)
            .index(u"blocks"_s, u"ix_label_user"_s, u"label, user_id"_s);
    addRuleRow("unique prefix of a non-unique index", b.schema());

    b = blocks();
    b.index(u"blocks"_s, u"uq_label"_s, u"label"_s, true)
            .index(u"blocks"_s, u"uq_label_user"_s, u"label, user_id"_s, true);
    addRuleRow("unique prefix of a longer unique index", b.schema());

    b = SchemaBuilder();
    b.table(u"user_tags"_s, u"user_id int NOT NULL, tag_id int NOT NULL"_s, u"user_id, tag_id"_s)
            .index(u"user_tags"_s, u"ix_tag_user"_s, u"tag_id, user_id"_s);
    addRuleRow("primary key columns in the other order", b.schema());

    b = blocks();
    b.index(u"blocks"_s, u"ix_user"_s, u"user_id"_s).index(u"blocks"_s, u"ix_label"_s, u"label"_s);
    addRuleRow("different columns", b.schema());
}

void TstRulesSchema::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("linkinbio") << u"linkinbio.relata"_s
                               << QStringList{u"R007 blocks.user_id → users.id has no index on "
                                              "blocks (user_id)"_s};
    QTest::newRow("recipes") << u"recipes.relata"_s << QStringList();
    QTest::newRow("marketplace") << u"marketplace.relata"_s
                                 << QStringList{u"R007 reviews.user_id → users.id has no index on "
                                                "reviews (user_id)"_s};
}

void TstRulesSchema::examples()
{
    QFETCH(QString, file);
    QFETCH(QStringList, messages);
    const Result<Schema> loaded
            = loadRelataFile(QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/"_s + file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    ValidationOptions options;
    options.only = {u"R007"_s, u"R008"_s, u"R009"_s, u"R010"_s, u"R011"_s};
    QStringList got;
    for (const Finding &f : validate(loaded.value(), options))
        got.append(f.code + u' ' + f.message);
    QCOMPARE(got, messages);
}

QTEST_GUILESS_MAIN(TstRulesSchema)
#include "tst_rules_schema.moc"
