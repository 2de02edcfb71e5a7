// R010 and R011: what names say — to the database (too long, reserved, colliding) and to a
// reader (a column named like a reference without a declared relation).
#include "rulecase.h"
#include "schemabuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relatatest;

class TstRulesNaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifier_data();
    void identifier() { checkRuleRow(u"R010"_s, Severity::Warning); }
    void impliedRelation_data();
    void impliedRelation() { checkRuleRow(u"R011"_s, Severity::Info); }
    void impliedRelationConfiguredPattern();
};

namespace {

QString reserved(const QString &subject, const QString &word, const QString &dialect)
{
    return subject + u": \""_s + word + u"\" is a reserved word in "_s + dialect
           + u"; quote it everywhere or rename it"_s;
}

const QString kCaseFix = u"rename one of them so that the names differ in more than letter case"_s;

} // namespace

void TstRulesNaming::identifier_data()
{
    addRuleColumns();
    // Must fire.
    SchemaBuilder b;
    b.table(u"order"_s, u"id int NOT NULL, desc varchar(10)"_s, u"id"_s);
    addRuleRow("reserved table and column (MySQL)", b.schema(),
               {reserved(u"table order"_s, u"order"_s, u"MySQL"_s),
                reserved(u"column order.desc"_s, u"desc"_s, u"MySQL"_s)},
               {u"order"_s, u"order.desc"_s},
               {u"rename the table, or write it as `order` in every statement"_s,
                u"rename the column, or write it as `desc` in every statement"_s});

    b = SchemaBuilder();
    b.table(u"blocks"_s, u"id int NOT NULL, label varchar(10), offset int"_s, u"id"_s)
            .index(u"blocks"_s, u"range"_s, u"label"_s);
    addRuleRow("MariaDB's offset, reserved index name", b.schema(),
               {reserved(u"column blocks.offset"_s, u"offset"_s, u"MySQL"_s),
                reserved(u"index blocks.range"_s, u"range"_s, u"MySQL"_s)},
               {u"blocks.offset"_s, u"blocks.label"_s},
               {u"rename the column, or write it as `offset` in every statement"_s,
                u"rename the index, or write it as `range` in every statement"_s});

    b = SchemaBuilder(Dialect::PostgreSql);
    b.table(u"user"_s, u"id integer NOT NULL"_s, u"id"_s);
    addRuleRow("reserved in PostgreSQL", b.schema(),
               {reserved(u"table user"_s, u"user"_s, u"PostgreSQL"_s)}, {u"user"_s},
               {u"rename the table, or write it as \"user\" in every statement"_s});

    b = SchemaBuilder(Dialect::Sqlite);
    b.table(u"notes"_s, u"id integer NOT NULL, order integer"_s, u"id"_s);
    addRuleRow("reserved in SQLite", b.schema(),
               {reserved(u"column notes.order"_s, u"order"_s, u"SQLite"_s)}, {u"notes.order"_s},
               {u"rename the column, or write it as \"order\" in every statement"_s});

    const QString longColumn(65, u'c');
    b = SchemaBuilder();
    b.table(u"t"_s, u"id int NOT NULL, "_s + longColumn + u" int"_s, u"id"_s);
    addRuleRow("65 characters (MySQL)", b.schema(),
               {u"column t."_s + longColumn
                + u": the name is 65 characters long; MySQL allows at most 64"_s},
               {u"t."_s + longColumn},
               {u"rename the column to at most 64 characters, e.g. "_s + QString(55, u'c')
                + u"_ead70b1c"_s});

    const QString longTable(32, QChar(0xe9)); // 32 characters, 64 bytes of UTF-8
    b = SchemaBuilder(Dialect::PostgreSql);
    b.table(longTable, u"id integer NOT NULL"_s, u"id"_s);
    addRuleRow("64 bytes (PostgreSQL)", b.schema(),
               {u"table "_s + longTable
                + u": the name is 64 bytes long; PostgreSQL allows at most 63"_s},
               {longTable},
               {u"rename the table to at most 63 bytes, e.g. "_s + QString(27, QChar(0xe9))
                + u"_90d16168"_s});

    b = SchemaBuilder();
    b.table(u"Users"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"users"_s, u"id int NOT NULL"_s, u"id"_s);
    addRuleRow("tables differ only in case (MySQL)", b.schema(),
               {u"table users: the name collides with table Users when case is folded; MySQL "
                "folds table names to lower case on Windows and macOS"_s},
               {u"users"_s}, {kCaseFix});

    b = SchemaBuilder(Dialect::PostgreSql);
    b.table(u"people"_s, u"id integer NOT NULL, Email text, email text"_s, u"id"_s);
    addRuleRow("columns differ only in case (PostgreSQL)", b.schema(),
               {u"column people.email: the name collides with column people.Email when case is "
                "folded; PostgreSQL folds unquoted names to lower case"_s},
               {u"people.email"_s}, {kCaseFix});

    b = SchemaBuilder(Dialect::PostgreSql);
    b.table(u"posts"_s, u"id integer NOT NULL, user_id integer"_s, u"id"_s)
            .table(u"likes"_s, u"id integer NOT NULL, user_id integer"_s, u"id"_s)
            .index(u"posts"_s, u"ix_user"_s, u"user_id"_s)
            .index(u"likes"_s, u"ix_user"_s, u"user_id"_s);
    addRuleRow("index names per schema (PostgreSQL)", b.schema(),
               {u"index likes.ix_user: the name is already used by index posts.ix_user"_s},
               {u"likes.user_id"_s}, {u"rename one of them"_s});

    // Must not fire.
    b = SchemaBuilder();
    b.table(u"users"_s, u"id int NOT NULL, name varchar(50), status int, url text"_s, u"id"_s)
            .table(u"blocks"_s, u"id int NOT NULL, type int, label text, user_id int"_s, u"id"_s)
            .index(u"users"_s, u"ix_name"_s, u"name"_s)
            .index(u"blocks"_s, u"ix_name"_s, u"label"_s);
    addRuleRow("linkinbio names; index names per table (MySQL)", b.schema());

    b = SchemaBuilder(Dialect::PostgreSql);
    b.table(u"items"_s, u"id integer NOT NULL, key text, type text, range text, index int"_s,
            u"id"_s);
    addRuleRow("not reserved in PostgreSQL", b.schema());

    b = SchemaBuilder(Dialect::Sqlite);
    b.table(u"user"_s, u"id integer NOT NULL, desc text, key text, type text"_s, u"id"_s);
    addRuleRow("accepted by SQLite", b.schema());

    b = SchemaBuilder();
    b.table(QString(64, u't'), u"id int NOT NULL, "_s + QString(64, u'c') + u" int"_s, u"id"_s);
    addRuleRow("64 characters (MySQL)", b.schema());

    b = SchemaBuilder(Dialect::PostgreSql);
    b.table(QString(63, u't'), u"id integer NOT NULL, email text"_s, u"id"_s)
            .table(u"people"_s, u"id integer NOT NULL, email text"_s, u"id"_s);
    addRuleRow("63 bytes; same column name in two tables (PostgreSQL)", b.schema());
}

void TstRulesNaming::impliedRelation_data()
{
    addRuleColumns();
    // Must fire.
    SchemaBuilder b;
    b.table(u"customers"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"orders"_s, u"id int NOT NULL, customer_id int"_s, u"id"_s);
    addRuleRow("<table>_id", b.schema(),
               {u"orders.customer_id looks like a reference to customers.id, but no relation is "
                "declared"_s},
               {u"orders.customer_id, customers.id"_s},
               {u"declare orders.customer_id → customers.id"_s});

    b = SchemaBuilder();
    b.table(u"categories"_s, u"id bigint NOT NULL"_s, u"id"_s)
            .table(u"products"_s, u"id bigint NOT NULL, category_id bigint"_s, u"id"_s);
    addRuleRow("plural in -ies", b.schema(),
               {u"products.category_id looks like a reference to categories.id, but no relation "
                "is declared"_s},
               {u"products.category_id, categories.id"_s},
               {u"declare products.category_id → categories.id"_s});

    b = SchemaBuilder();
    b.table(u"wp_posts"_s, u"ID bigint unsigned NOT NULL"_s, u"ID"_s)
            .table(u"wp_postmeta"_s, u"meta_id bigint unsigned NOT NULL, post_id bigint unsigned"_s,
                   u"meta_id"_s);
    addRuleRow("wp_ prefix, upper-case key", b.schema(),
               {u"wp_postmeta.post_id looks like a reference to wp_posts.ID, but no relation is "
                "declared"_s},
               {u"wp_postmeta.post_id, wp_posts.ID"_s},
               {u"declare wp_postmeta.post_id → wp_posts.ID"_s});

    b = SchemaBuilder();
    b.table(u"hosts"_s, u"hostid bigint unsigned NOT NULL"_s, u"hostid"_s)
            .table(u"items"_s, u"itemid bigint unsigned NOT NULL, hostid bigint unsigned"_s,
                   u"itemid"_s);
    addRuleRow("bare key name (zabbix)", b.schema(),
               {u"items.hostid looks like a reference to hosts.hostid, but no relation is "
                "declared"_s},
               {u"items.hostid, hosts.hostid"_s}, {u"declare items.hostid → hosts.hostid"_s});

    b = SchemaBuilder();
    b.table(u"qlo_product"_s, u"id_product int unsigned NOT NULL"_s, u"id_product"_s)
            .table(u"qlo_product_lang"_s,
                   u"id_product int unsigned NOT NULL, id_lang int unsigned NOT NULL"_s,
                   u"id_product, id_lang"_s);
    addRuleRow("bare key name in a composite key (PrestaShop)", b.schema(),
               {u"qlo_product_lang.id_product looks like a reference to qlo_product.id_product, "
                "but no relation is declared"_s},
               {u"qlo_product_lang.id_product, qlo_product.id_product"_s},
               {u"declare qlo_product_lang.id_product → qlo_product.id_product"_s});

    b = SchemaBuilder();
    b.table(u"user"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"users"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"posts"_s, u"id int NOT NULL, user_id int"_s, u"id"_s);
    addRuleRow("ambiguous: both named", b.schema(),
               {u"posts.user_id looks like a reference to user.id or users.id, but no relation "
                "is declared"_s},
               {u"posts.user_id, user.id, users.id"_s},
               {u"declare posts.user_id → user.id or posts.user_id → users.id"_s});

    // Must not fire.
    b = SchemaBuilder();
    b.table(u"customers"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"orders"_s, u"id int NOT NULL, customer_id int"_s, u"id"_s)
            .relation(u"orders"_s, u"customer_id"_s, u"customers"_s, u"id"_s);
    addRuleRow("declared", b.schema());

    b.lastRelation().decision = RelationDecision::Ignored;
    addRuleRow("declared and ignored", b.schema());

    b.lastRelation().decision = RelationDecision::Pending;
    b.lastRelation().origin = RelationOrigin::Inferred;
    addRuleRow("inferred, pending", b.schema());

    b = SchemaBuilder();
    b.table(u"orders"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"order_lines"_s, u"order_id int NOT NULL, line_no int NOT NULL"_s,
                   u"order_id, line_no"_s)
            .table(u"refunds"_s, u"id int NOT NULL, order_id int NOT NULL, line_no int NOT NULL"_s,
                   u"id"_s)
            .relation(u"order_lines"_s, u"order_id"_s, u"orders"_s, u"id"_s)
            .relation(u"refunds"_s, u"order_id, line_no"_s, u"order_lines"_s,
                      u"order_id, line_no"_s);
    addRuleRow("child column of a composite relation", b.schema());

    b = SchemaBuilder();
    b.table(u"customers"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"orders"_s, u"id int NOT NULL, customer_id varchar(20)"_s, u"id"_s);
    addRuleRow("incompatible types", b.schema());

    b = SchemaBuilder();
    b.table(u"users"_s, u"user_id int NOT NULL, id int, parent_id int"_s, u"user_id"_s)
            .table(u"sessions"_s, u"id int NOT NULL, token varchar(40)"_s, u"id"_s);
    addRuleRow("own key, plain id, no such table", b.schema());
}

void TstRulesNaming::impliedRelationConfiguredPattern()
{
    SchemaBuilder b;
    b.table(u"authors"_s, u"id int NOT NULL"_s, u"id"_s)
            .table(u"books"_s, u"id int NOT NULL, author_ref int"_s, u"id"_s);
    ValidationOptions options;
    options.only = {u"R011"_s};
    QVERIFY(validate(b.schema(), options).isEmpty());
    options.impliedPatterns = {u"{table}_ref"_s};
    const QList<Finding> findings = validate(b.schema(), options);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().message, u"books.author_ref looks like a reference to authors.id, "
                                       "but no relation is declared"_s);
    QCOMPARE(findings.first().tables,
             (QList<TableId>{b.tableId(u"books"_s), b.tableId(u"authors"_s)}));
}

QTEST_GUILESS_MAIN(TstRulesNaming)
#include "tst_rules_naming.moc"
