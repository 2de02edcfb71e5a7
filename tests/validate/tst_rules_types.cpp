// R004 (child and parent column types incompatible) through validate(), and the type
// compatibility helper behind it. The other relation rules are in tst_rules_relations.cpp.
#include "schemabuilder.h"

#include "validate/typecompatibility.h"
#include "validate/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using relatatest::SchemaBuilder;

Q_DECLARE_METATYPE(relata::Schema)

namespace {

/// Runs R004 alone and compares every finding, in order, with the expected ones.
void checkTypeRule()
{
    QFETCH(Schema, schema);
    QFETCH(QStringList, messages);
    QFETCH(QList<QStringList>, objects);
    QFETCH(QStringList, fixes);
    ValidationOptions options;
    options.only = {u"R004"_s};
    const QList<Finding> findings = validate(schema, options);
    QStringList gotMessages;
    QList<QStringList> gotObjects;
    QStringList gotFixes;
    for (const Finding &f : findings) {
        QCOMPARE(f.code, u"R004"_s);
        QCOMPARE(f.severity, Severity::Error);
        gotMessages.append(f.message);
        gotObjects.append(f.objects);
        gotFixes.append(f.fix);
    }
    QCOMPARE(gotMessages, messages);
    QCOMPARE(findings.size(), objects.size());
    QCOMPARE(gotObjects, objects);
    QCOMPARE(gotFixes, fixes);
}

/// users.id of `parentType` and blocks.user_id of `childType` (with `NOT NULL` when
/// written so) referring to it.
Schema typePair(Dialect dialect, const QString &childType, const QString &parentType)
{
    SchemaBuilder b(dialect);
    b.table(u"users"_s, u"id "_s + parentType + u" NOT NULL"_s, u"id"_s)
            .table(u"blocks"_s, u"id int NOT NULL, user_id "_s + childType, u"id"_s)
            .relation(u"blocks"_s, u"user_id"_s, u"users"_s, u"id"_s);
    return b.schema();
}

/// A blocks.user_id → users.id row: quiet when `detail` is empty, else one finding whose
/// message is the relation followed by `detail`.
void pairRow(const char *name, const Schema &schema, const QString &detail = QString(),
             const QString &fix = QString())
{
    if (detail.isEmpty()) {
        QTest::newRow(name) << schema << QStringList() << QList<QStringList>() << QStringList();
        return;
    }
    QTest::newRow(name) << schema << QStringList{u"blocks.user_id → users.id: "_s + detail}
                        << QList<QStringList>{{u"blocks.user_id"_s, u"users.id"_s}}
                        << QStringList{fix};
}

void pairRow(const char *name, Dialect dialect, const QString &childType, const QString &parentType,
             const QString &detail = QString(), const QString &fix = QString())
{
    pairRow(name, typePair(dialect, childType, parentType), detail, fix);
}

/// customers keyed by (tenant_id, id) and orders referring to them with the given types.
Schema composite(const QString &tenantType, const QString &customerType)
{
    SchemaBuilder b;
    b.table(u"customers"_s, u"tenant_id smallint NOT NULL, id bigint NOT NULL"_s,
            u"tenant_id, id"_s)
            .table(u"orders"_s,
                   u"id int NOT NULL, tenant_id "_s + tenantType + u", customer_id "_s
                           + customerType,
                   u"id"_s)
            .relation(u"orders"_s, u"tenant_id, customer_id"_s, u"customers"_s, u"tenant_id, id"_s);
    return b.schema();
}

constexpr Dialect MySql = Dialect::MySql;
constexpr Dialect PostgreSql = Dialect::PostgreSql;
constexpr Dialect Sqlite = Dialect::Sqlite;

void typeMismatchFiringRows()
{
    pairRow("int → serial", MySql, u"int"_s, u"serial"_s,
            u"int is not compatible with serial (bigint unsigned): different width (32 vs 64 "
            "bits) and signedness"_s,
            u"ALTER TABLE blocks MODIFY user_id bigint unsigned;"_s);
    pairRow("int → int unsigned", MySql, u"int NOT NULL"_s, u"int unsigned"_s,
            u"int is not compatible with int unsigned: different signedness"_s,
            u"ALTER TABLE blocks MODIFY user_id int unsigned NOT NULL;"_s);
    pairRow("bigint → int", MySql, u"bigint"_s, u"int"_s,
            u"bigint is not compatible with int: different width (64 vs 32 bits)"_s,
            u"ALTER TABLE blocks MODIFY user_id int;"_s);
    pairRow("varchar(50) → varchar(100)", MySql, u"varchar(50)"_s, u"varchar(100)"_s,
            u"varchar(50) is not compatible with varchar(100): shorter length (50 vs 100)"_s,
            u"ALTER TABLE blocks MODIFY user_id varchar(100);"_s);
    pairRow("collations differ", MySql, u"varchar(20) COLLATE utf8mb4_bin"_s,
            u"varchar(20) COLLATE utf8mb4_general_ci"_s,
            u"varchar(20) COLLATE utf8mb4_bin is not compatible with varchar(20) COLLATE "
            "utf8mb4_general_ci: different collation (utf8mb4_bin vs utf8mb4_general_ci)"_s,
            u"ALTER TABLE blocks MODIFY user_id varchar(20) COLLATE utf8mb4_general_ci;"_s);
    pairRow("datetime → timestamp", MySql, u"datetime"_s, u"timestamp"_s,
            u"datetime is not compatible with timestamp: different time zone (without vs "
            "with)"_s,
            u"ALTER TABLE blocks MODIFY user_id timestamp;"_s);
    pairRow("decimal(10,2) → decimal(12,2)", MySql, u"decimal(10,2)"_s, u"decimal(12,2)"_s,
            u"decimal(10,2) is not compatible with decimal(12,2): different precision (10 vs "
            "12)"_s,
            u"ALTER TABLE blocks MODIFY user_id decimal(12,2);"_s);
    pairRow("char(36) → uuid", PostgreSql, u"char(36)"_s, u"uuid"_s,
            u"char(36) is not compatible with uuid: different family (string vs uuid)"_s,
            u"ALTER TABLE blocks ALTER COLUMN user_id TYPE uuid USING user_id::uuid;"_s);
    pairRow("integer → bigserial", PostgreSql, u"integer NOT NULL"_s, u"bigserial"_s,
            u"integer is not compatible with bigserial (bigint): different width (32 vs 64 "
            "bits)"_s,
            u"ALTER TABLE blocks ALTER COLUMN user_id TYPE bigint;"_s);
    pairRow("timestamp → timestamptz", PostgreSql, u"timestamp"_s, u"timestamptz"_s,
            u"timestamp is not compatible with timestamptz (timestamp with time zone): "
            "different time zone (without vs with)"_s,
            u"ALTER TABLE blocks ALTER COLUMN user_id TYPE timestamptz;"_s);
    pairRow("two unknown types", PostgreSql, u"mood"_s, u"feeling"_s,
            u"mood is not compatible with feeling: different type (mood vs feeling)"_s,
            u"ALTER TABLE blocks ALTER COLUMN user_id TYPE feeling;"_s);
    pairRow("TEXT → INTEGER", Sqlite, u"TEXT"_s, u"INTEGER"_s,
            u"TEXT is not compatible with INTEGER: different family (text vs integer)"_s,
            u"SQLite cannot alter a column type; recreate blocks with user_id INTEGER"_s);
}

/// Rows about the fix statement: what MODIFY must restate, and quoting.
void typeMismatchFixRows()
{
    {
        // MODIFY restates the column: its default and comment must survive the fix.
        Schema schema = typePair(MySql, u"int NOT NULL"_s, u"serial"_s);
        Column *userId
                = schema.tableForEdit(schema.tableByName(u"blocks"_s)->id)
                          ->column(schema.tableByName(u"blocks"_s)->columnByName(u"user_id"_s)->id);
        userId->defaultValue = u"0"_s;
        userId->comment = u"owner's id, see C:\\docs"_s;
        pairRow("MySQL keeps NOT NULL, default and comment", schema,
                u"int is not compatible with serial (bigint unsigned): different width (32 vs "
                "64 bits) and signedness"_s,
                u"ALTER TABLE blocks MODIFY user_id bigint unsigned NOT NULL DEFAULT 0 COMMENT "
                "'owner''s id, see C:\\\\docs';"_s);
    }
    {
        Schema schema = typePair(MySql, u"int"_s, u"bigint"_s);
        Table *blocks = schema.tableForEdit(schema.tableByName(u"blocks"_s)->id);
        blocks->name = u"order"_s;
        blocks->column(blocks->columnByName(u"user_id"_s)->id)->name = u"key"_s;
        QTest::newRow("reserved words quoted")
                << schema
                << QStringList{u"order.key → users.id: int is not compatible with bigint: "
                               "different width (32 vs 64 bits)"_s}
                << QList<QStringList>{{u"order.key"_s, u"users.id"_s}}
                << QStringList{u"ALTER TABLE `order` MODIFY `key` bigint;"_s};
    }
}

void typeMismatchQuietRows()
{
    pairRow("varchar(100) → varchar(50)", MySql, u"varchar(100)"_s, u"varchar(50)"_s);
    pairRow("bigint unsigned → serial", MySql, u"bigint unsigned"_s, u"serial"_s);
    pairRow("int(11) → int", MySql, u"int(11)"_s, u"int"_s);
    pairRow("varchar(36) → text", MySql, u"varchar(36)"_s, u"text"_s);
    pairRow("decimal(10) → decimal(10,0)", MySql, u"decimal(10)"_s, u"decimal(10,0)"_s);
    pairRow("integer → serial", PostgreSql, u"integer"_s, u"serial"_s);
    pairRow("int4 → integer", PostgreSql, u"int4"_s, u"integer"_s);
    pairRow("unknown types, same name", PostgreSql, u"mpaa_rating"_s, u"MPAA_RATING"_s);
    pairRow("INT → INTEGER", Sqlite, u"INT"_s, u"INTEGER"_s);
    pairRow("UNSIGNED BIG INT → INTEGER", Sqlite, u"UNSIGNED BIG INT"_s, u"INTEGER"_s);
    {
        Schema schema = typePair(MySql, u"int"_s, u"serial"_s);
        schema.relationForEdit(schema.relations().first().id)->decision = RelationDecision::Ignored;
        pairRow("ignored", schema);
    }
}

} // namespace

class TstRulesTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeMismatch_data();
    void typeMismatch() { checkTypeRule(); }
    void typeMismatchComposite_data();
    void typeMismatchComposite() { checkTypeRule(); }
    void compatible_data();
    void compatible();
    void display_data();
    void display();
};

void TstRulesTypes::typeMismatch_data()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QList<QStringList>>("objects");
    QTest::addColumn<QStringList>("fixes");
    typeMismatchFiringRows();
    typeMismatchFixRows();
    typeMismatchQuietRows();
}

void TstRulesTypes::typeMismatchComposite_data()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QList<QStringList>>("objects");
    QTest::addColumn<QStringList>("fixes");
    const QString relation = u"orders (tenant_id, customer_id) → customers (tenant_id, id): "_s;

    QTest::newRow("one pair of two")
            << composite(u"smallint NOT NULL"_s, u"int NOT NULL"_s)
            << QStringList{relation
                           + u"orders.customer_id int is not compatible with customers.id "
                             "bigint: different width (32 vs 64 bits)"_s}
            << QList<QStringList>{{u"orders.customer_id"_s, u"customers.id"_s}}
            << QStringList{u"ALTER TABLE orders MODIFY customer_id bigint NOT NULL;"_s};
    QTest::newRow("both pairs")
            << composite(u"int"_s, u"int unsigned"_s)
            << QStringList{relation
                           + u"orders.tenant_id int is not compatible with customers.tenant_id "
                             "smallint: different width (32 vs 16 bits); orders.customer_id int "
                             "unsigned is not compatible with customers.id bigint: different "
                             "width (32 vs 64 bits) and signedness"_s}
            << QList<QStringList>{{u"orders.tenant_id"_s, u"orders.customer_id"_s,
                                   u"customers.tenant_id"_s, u"customers.id"_s}}
            << QStringList{u"ALTER TABLE orders MODIFY tenant_id smallint, MODIFY customer_id "
                           "bigint;"_s};
    QTest::newRow("matching pairs") << composite(u"smallint"_s, u"bigint"_s) << QStringList()
                                    << QList<QStringList>() << QStringList();
    QTest::newRow("MySQL int2 and int8 aliases") << composite(u"int2"_s, u"int8"_s) << QStringList()
                                                 << QList<QStringList>() << QStringList();
}

void TstRulesTypes::compatible_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("child");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("reason");
    const auto row
            = [](Dialect d, const QString &child, const QString &parent, const QString &reason) {
                  QTest::addRow("%s → %s", qPrintable(child), qPrintable(parent))
                          << int(d) << child << parent << reason;
              };
    row(MySql, u"char(36) CHARACTER SET latin1"_s, u"char(36) CHARACTER SET utf8mb4"_s,
        u"different character set (latin1 vs utf8mb4)"_s);
    row(MySql, u"binary(8)"_s, u"binary(16)"_s, u"shorter length (8 vs 16)"_s);
    row(MySql, u"varchar(10) COLLATE utf8mb4_bin"_s, u"varchar(20)"_s,
        u"shorter length (10 vs 20)"_s);
    row(MySql, u"varchar(10) COLLATE a_bin"_s, u"varchar(20) COLLATE b_bin"_s,
        u"different collation (a_bin vs b_bin) and shorter length (10 vs 20)"_s);
    row(MySql, u"decimal(10,2)"_s, u"decimal(12,4)"_s,
        u"different precision (10 vs 12) and scale (2 vs 4)"_s);
    row(MySql, u"enum('a','b')"_s, u"varchar(1)"_s, u"different family (enum vs string)"_s);
    row(PostgreSql, u"integer[]"_s, u"integer"_s, u"different shape (array vs scalar)"_s);
    row(PostgreSql, u"time"_s, u"time with time zone"_s,
        u"different time zone (without vs with)"_s);
    row(MySql, u"decimal"_s, u"decimal(12,2)"_s, QString());
    row(MySql, u"text"_s, u"varchar(255)"_s, QString());
    row(MySql, u"tinyint(1)"_s, u"bool"_s, QString());
    row(PostgreSql, u"bigint"_s, u"int8"_s, QString());
}

void TstRulesTypes::compatible()
{
    QFETCH(int, dialect);
    QFETCH(QString, child);
    QFETCH(QString, parent);
    QFETCH(QString, reason);
    const auto d = Dialect(dialect);
    const SqlType c = SqlType::parse(child, d);
    const SqlType p = SqlType::parse(parent, d);
    QCOMPARE(typeIncompatibility(c, p, d), reason);
    QCOMPARE(areTypesCompatible(c, p, d), reason.isEmpty());
}

void TstRulesTypes::display_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("resolved");
    const auto row
            = [](Dialect d, const QString &text, const QString &shown, const QString &resolved) {
                  QTest::addRow("%s", qPrintable(text)) << int(d) << text << shown << resolved;
              };
    row(MySql, u"serial"_s, u"serial (bigint unsigned)"_s, u"bigint unsigned"_s);
    row(MySql, u"INT(11) UNSIGNED ZEROFILL"_s, u"INT(11) UNSIGNED ZEROFILL"_s,
        u"int(11) unsigned"_s);
    row(MySql, u"bool"_s, u"bool (tinyint(1))"_s, u"tinyint(1)"_s);
    row(MySql, u"Decimal(10, 2)"_s, u"Decimal(10, 2)"_s, u"decimal(10,2)"_s);
    row(MySql, u"varchar(50) collate utf8mb4_bin"_s, u"varchar(50) collate utf8mb4_bin"_s,
        u"varchar(50)"_s);
    row(PostgreSql, u"serial"_s, u"serial (integer)"_s, u"integer"_s);
    row(PostgreSql, u"int4"_s, u"int4 (integer)"_s, u"integer"_s);
    row(PostgreSql, u"_int4"_s, u"_int4 (integer[])"_s, u"integer[]"_s);
    row(PostgreSql, u"public.mpaa_rating"_s, u"public.mpaa_rating"_s, u"public.mpaa_rating"_s);
    row(Sqlite, u"INTEGER"_s, u"INTEGER"_s, u"integer"_s);
}

void TstRulesTypes::display()
{
    QFETCH(int, dialect);
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QFETCH(QString, resolved);
    const SqlType type = SqlType::parse(text, Dialect(dialect));
    QCOMPARE(typeDisplayText(type, Dialect(dialect)), shown);
    QCOMPARE(resolvedTypeText(type, Dialect(dialect)), resolved);
}

QTEST_GUILESS_MAIN(TstRulesTypes)
#include "tst_rules_types.moc"
