// The import round trip (SPEC §4 and §7): every example exported as constraint-free DDL
// for each database (MariaDB, PostgreSQL, SQLite), loaded into a fresh one and read back by
// the catalog importer alone (no inference) gives the model it came from: tables, columns,
// canonical types, keys, indexes and, through Relata's markers, the relations with their
// actions and names.
#include "catalogcheck.h"
#include "importsettings.h"
#include "testdatabase.h"

#include "import/schemaimporter.h"
#include "io/relatafile.h"
#include "sql/ddl.h"
#include "sql/ddldefault.h"
#include "sql/ddlplan.h"
#include "sql/relationindex.h"
#include "sql/sqldialect.h"
#include "sql/typemapping.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;
using namespace relatatest;

namespace {

/// The schema in `db`, read by the importer for its server.
Result<ImportResult> importBack(const TestDatabase &db)
{
    const std::unique_ptr<SchemaImporter> importer
            = createSchemaImporter(importDriverOf(db.kind()));
    if (!importer)
        return Result<ImportResult>::failure(u"no importer for "_s + importDriverOf(db.kind()));
    return importer->import(relatatest::importSettingsFor(db));
}

QString quotedList(const QStringList &names)
{
    return u"(\""_s + names.join(u"\", \""_s) + u"\")"_s;
}

QString describeIndex(const Table &table, const Index &index)
{
    return u"\"%1\" %2%3"_s.arg(index.name, index.unique ? u"unique "_s : QString(),
                                quotedList(table.columnNames(index.columns)));
}

/// A DEFAULT in the spelling the server stores, so that what the DDL wrote and what the
/// server reports compare. Only these rewrites of the servers are undone; any other
/// difference is reported:
/// - MariaDB reports the current time in lower case, as the call it stores
///   (`current_timestamp()`, `current_timestamp(6)`);
/// - MariaDB's TRUE and FALSE are the literals 1 and 0, which it reports;
/// - MariaDB reports a literal in parentheses (`('{}')`, as MySQL 8 needs for JSON and TEXT
///   columns) without them;
/// - PostgreSQL casts a literal to the column's type (`'x'::character varying`); the type is
///   compared on its own, so the cast is left out on both sides.
QString serverSpelling(const QString &expression, Dialect target)
{
    QString text = expression.trimmed();
    if (target == Dialect::MySql) {
        static const QRegularExpression now(u"^current_timestamp(\\((\\d*)\\))?$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = now.match(text); m.hasMatch()) {
            const int precision = m.captured(2).toInt();
            return precision > 0 ? u"CURRENT_TIMESTAMP(%1)"_s.arg(precision)
                                 : u"CURRENT_TIMESTAMP"_s;
        }
        if (text.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return u"1"_s;
        if (text.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return u"0"_s;
        if (text.startsWith(u'(') && text.endsWith(u')')
            && unquoteStringLiteral(text.mid(1, text.size() - 2), target))
            return text.mid(1, text.size() - 2);
    } else if (target == Dialect::PostgreSql) {
        QString cast;
        const std::optional<QString> value = unquoteStringLiteral(text, target, &cast);
        if (value && !cast.isEmpty())
            return SqlDialect::get(target).quoteString(*value);
    }
    return text;
}

/// The default a column must have after the round trip: what the DDL writer wrote
/// (defaultExpression()).
std::optional<QString> expectedDefault(const Column &column, Dialect source, Dialect target)
{
    if (!column.defaultValue)
        return std::nullopt;
    return serverSpelling(defaultExpression(column, source, SqlDialect::get(target)), target);
}

// What the database cannot keep as written, and so the round trip may change: exactly this
// difference, for MySQL DDL loaded into MariaDB, and nothing else anywhere. (MariaDB's
// `json` is `longtext` with a json_valid() check in its catalog; the importer reads the
// check back, so JSON columns keep their type.)

/// MySQL's `serial` is `bigint unsigned NOT NULL AUTO_INCREMENT UNIQUE`: on a column that
/// is not the primary key, the server creates that UNIQUE index, named after the column,
/// which the model keeps in the type and the catalog as an index. (On the primary key the
/// DDL writes `bigint unsigned ... AUTO_INCREMENT`, so that no index repeats the key.)
QList<Index> indexesImpliedByTypes(const Table &table, Dialect source, Dialect target)
{
    QList<Index> implied;
    if (target != Dialect::MySql)
        return implied;
    for (const Column &column : table.columns) {
        if (SqlType::parse(mapType(column.type, source, target).text, target).impliesUnique
            && table.primaryKey != QList<ColumnId>{column.id})
            implied.append({{}, column.name, {column.id}, true, {}});
    }
    return implied;
}

class Comparison
{
public:
    Comparison(const Schema &original, Dialect target)
        : m_original(original)
        , m_target(target)
    {}

    QStringList compare(const Schema &imported)
    {
        QStringList names;
        for (const Table &table : m_original.tables()) {
            names.append(table.name);
            const Table *back = imported.tableByName(table.name);
            if (!back)
                m_problems.append(u"table \"%1\" is missing"_s.arg(table.name));
            else
                compareTable(table, *back);
        }
        for (const Table &table : imported.tables()) {
            if (!names.contains(table.name))
                m_problems.append(u"table \"%1\" was not in the original"_s.arg(table.name));
        }
        compareRelations(imported);
        return m_problems;
    }

private:
    void compareTable(const Table &table, const Table &back)
    {
        const auto problem = [&](const QString &what) {
            m_problems.append(u"table \"%1\": %2"_s.arg(table.name, what));
        };
        QStringList names;
        for (const Column &c : table.columns)
            names.append(c.name);
        QStringList backNames;
        for (const Column &c : back.columns)
            backNames.append(c.name);
        if (backNames != names) {
            problem(u"columns %1, expected %2"_s.arg(quotedList(backNames), quotedList(names)));
            return;
        }
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            compareColumn(table, table.columns.at(i), back.columns.at(i));
        const QStringList key = table.columnNames(table.primaryKey);
        const QStringList backKey = back.columnNames(back.primaryKey);
        if (backKey != key)
            problem(u"primary key %1, expected %2"_s.arg(quotedList(backKey), quotedList(key)));
        compareIndexes(table, back);
        if (back.comment != table.comment)
            problem(u"comment \"%1\", expected \"%2\""_s.arg(back.comment, table.comment));
    }

    void compareColumn(const Table &table, const Column &column, const Column &back)
    {
        const auto problem = [&](const QString &what) {
            m_problems.append(u"column \"%1\".\"%2\": %3"_s.arg(table.name, column.name, what));
        };
        // The type as the DDL writer maps it to the target, and as the importer parsed what
        // the server reports, both reduced to what they say alike (server defaults filled
        // in, display widths left out): catalogcheck.h's comparableType().
        const QString mapped = mapType(column.type, m_original.dialect, m_target).text;
        const QString want = comparableType(mapped, m_target);
        const QString got = comparableType(back.type.text, m_target);
        if (got != want)
            problem(u"type \"%1\" (%2), expected \"%3\" (%4)"_s.arg(back.type.text, got, mapped,
                                                                    want));
        const TypeFamily family = SqlType::parse(mapped, m_target).family;
        if (back.type.family != family)
            problem(u"type family %1, expected %2"_s.arg(typeFamilyName(back.type.family),
                                                         typeFamilyName(family)));
        if (back.nullable != column.nullable)
            problem(back.nullable ? u"nullable, expected NOT NULL"_s
                                  : u"NOT NULL, expected nullable"_s);
        if (back.autoIncrement != column.autoIncrement)
            problem(back.autoIncrement ? u"auto-increment, expected none"_s
                                       : u"no auto-increment, expected one"_s);
        compareDefault(column, back, problem);
        if (back.comment != column.comment)
            problem(u"comment \"%1\", expected \"%2\""_s.arg(back.comment, column.comment));
    }

    template<typename Problem>
    void compareDefault(const Column &column, const Column &back, const Problem &problem)
    {
        const std::optional<QString> want = expectedDefault(column, m_original.dialect, m_target);
        const std::optional<QString> got
                = back.defaultValue ? std::optional(serverSpelling(*back.defaultValue, m_target))
                                    : std::nullopt;
        if (got != want)
            problem(u"default %1, expected %2"_s.arg(got.value_or(u"none"_s),
                                                     want.value_or(u"none"_s)));
    }

    /// The model's indexes, those the server adds for a type (indexesImpliedByTypes()) and,
    /// for each relation whose child columns no index of the model covers (R007), the one
    /// the DDL adds, named by relationIndexName().
    QStringList expectedIndexes(const Table &table) const
    {
        QStringList expected;
        for (const Index &index : table.indexes)
            expected.append(describeIndex(table, index));
        for (const Index &index : indexesImpliedByTypes(table, m_original.dialect, m_target))
            expected.append(describeIndex(table, index));
        QList<QList<ColumnId>> added;
        for (const Relation *r : DdlPlan::relationsToWrite(m_original)) {
            if (r->childTable != table.id || table.isIndexed(r->childColumns))
                continue;
            const bool covered = std::any_of(added.cbegin(), added.cend(), [&](const auto &c) {
                return c.mid(0, r->childColumns.size()) == r->childColumns;
            });
            if (covered)
                continue;
            added.append(r->childColumns);
            const QStringList columns = table.columnNames(r->childColumns);
            const QString name = relationIndexName(SqlDialect::get(m_target), table.name, columns);
            expected.append(describeIndex(table, {{}, name, r->childColumns, false, {}}));
        }
        expected.sort();
        return expected;
    }

    void compareIndexes(const Table &table, const Table &back)
    {
        const QStringList expected = expectedIndexes(table);
        QStringList got;
        for (const Index &index : back.indexes)
            got.append(describeIndex(back, index));
        got.sort();
        for (const QString &index : expected) {
            if (!got.contains(index))
                m_problems.append(u"table \"%1\": index %2 is missing"_s.arg(table.name, index));
        }
        for (const QString &index : std::as_const(got)) {
            if (!expected.contains(index))
                m_problems.append(
                        u"table \"%1\": index %2 was not expected"_s.arg(table.name, index));
        }
    }

    static QString relationKey(const Schema &schema, const Relation &r)
    {
        const Table *child = schema.table(r.childTable);
        const Table *parent = schema.table(r.parentTable);
        if (!child || !parent)
            return u"a relation naming a missing table"_s;
        return u"\"%1\"%2 -> \"%3\"%4"_s.arg(
                child->name, quotedList(child->columnNames(r.childColumns)), parent->name,
                quotedList(parent->columnNames(r.parentColumns)));
    }

    static QString relationDetails(const Relation &r)
    {
        return u"on delete %1, on update %2, names \"%3\"/\"%4\", origin %5"_s.arg(
                referentialActionName(r.onDelete), referentialActionName(r.onUpdate), r.nameOnChild,
                r.nameOnParent, relationOriginName(r.origin));
    }

    /// The written relations, each back once from its marker (origin `comment`) with its
    /// actions and both names; nothing else.
    void compareRelations(const Schema &imported)
    {
        QMap<QString, QString> expected;
        for (const Relation *r : DdlPlan::relationsToWrite(m_original)) {
            Relation back = *r;
            back.origin = RelationOrigin::Comment;
            expected.insert(relationKey(m_original, *r), relationDetails(back));
        }
        QMap<QString, QString> got;
        for (const Relation &r : imported.relations()) {
            const QString key = relationKey(imported, r);
            if (got.contains(key))
                m_problems.append(u"relation %1 imported twice"_s.arg(key));
            got.insert(key, relationDetails(r));
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!got.contains(it.key()))
                m_problems.append(u"relation %1 is missing"_s.arg(it.key()));
            else if (got.value(it.key()) != it.value())
                m_problems.append(u"relation %1: %2, expected %3"_s.arg(
                        it.key(), got.value(it.key()), it.value()));
        }
        for (auto it = got.cbegin(); it != got.cend(); ++it) {
            if (!expected.contains(it.key()))
                m_problems.append(u"relation %1 was not in the original"_s.arg(it.key()));
        }
    }

    const Schema &m_original;
    Dialect m_target;
    QStringList m_problems;
};

} // namespace

class TstImportRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    QMap<QString, Schema> m_schemas;
};

void TstImportRoundTrip::initTestCase()
{
    const QDir examples(QStringLiteral(RELATA_SOURCE_DIR "/resources/examples"));
    const QStringList files = examples.entryList({u"*.relata"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(u"no examples in "_s + examples.path()));
    for (const QString &file : files) {
        Result<Schema> schema = loadRelataFile(examples.filePath(file));
        QVERIFY2(schema.ok(), qPrintable(file + u": "_s + schema.errorString()));
        m_schemas.insert(file.chopped(int(qstrlen(".relata"))), std::move(schema).value());
    }
}

void TstImportRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<ServerKind>("kind");
    const QList<std::pair<const char *, ServerKind>> servers = allServerKinds();
    for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
        for (const auto &[server, kind] : servers)
            QTest::addRow("%s %s", qPrintable(it.key()), server) << it.key() << kind;
    }
}

/// Export, load, import: the model that comes back equals the original.
void TstImportRoundTrip::roundTrip()
{
    QFETCH(QString, example);
    QFETCH(ServerKind, kind);
    if (!requireServer(kind))
        return;
    const Schema &original = m_schemas[example];
    DdlOptions options;
    options.dialect = dialectOf(kind);
    const Result<QString> ddl = generateDdl(original, options);
    QVERIFY2(ddl.ok(), qPrintable(ddl.errorString()));
    TestDatabase db(kind);
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    QVERIFY2(db.execute(ddl.value(), &error), qPrintable(error));

    const Result<ImportResult> imported = importBack(db);
    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    const Schema &schema = imported->schema;
    QCOMPARE(schema.dialect, dialectOf(kind));
    const QStringList problems = Comparison(original, dialectOf(kind)).compare(schema);
    for (const QString &problem : problems) // the whole list: QVERIFY2 cuts long messages
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 difference(s):\n"_s.arg(problems.size()) + problems.join(u'\n')));
    QCOMPARE(imported->summary.constraintRelations, 0);
    QCOMPARE(imported->summary.inferredRelations, 0);
    QCOMPARE(imported->summary.commentRelations, int(schema.relations().size()));
}

QTEST_GUILESS_MAIN(TstImportRoundTrip)
#include "tst_import_roundtrip.moc"
