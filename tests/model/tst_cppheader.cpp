// The generated C++ header (SPEC §6) as text: reviewed golden files for linkinbio and
// recipes, and what the header declares for the cases the examples do not have: which
// relations count, both ends of a self-reference, one-to-one and composite relations,
// namespaces and dialects. tests/codegen compiles and runs what it writes; tests/codegen_live
// runs its delete plans on real databases. After a deliberate change to the output:
//     RELATA_UPDATE_GOLDEN=1 ./tst_cppheader goldens
#include "codegen/cppheader.h"
#include "core/schema.h"
#include "io/relatafile.h"
#include "testfiles.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relata;

namespace {

Schema load(const QString &path)
{
    return relatatest::loadOrWarn(path);
}

Schema parse(const QString &json)
{
    return relatatest::parseOrWarn(json);
}

QByteArray header(const Schema &schema, const CppOptions &options = {})
{
    const Result<QByteArray> text = generateCppHeader(schema, options);
    if (!text)
        qWarning("%s", qPrintable(text.errorString()));
    return text ? text.value() : QByteArray();
}

/// The declarations of the table struct's nested `relations` struct.
QByteArray relationsOf(const QByteArray &text, const QByteArray &table)
{
    const qsizetype start = text.indexOf("struct " + table + "::relations\n{");
    if (start < 0)
        return {};
    return text.mid(start, text.indexOf("\n};\n", start) - start);
}

/// employees: a self-reference (manager), a one-to-one extension table (badges), a
/// composite relation (desks), and three relations that a database would not have.
Schema office()
{
    return parse(
            uR"json({"format": "relata", "version": 1, "name": "office", "dialect": "postgresql",
      "tables": [
        {"name": "employees", "columns": [{"name": "id", "type": "bigint", "nullable": false},
                                          {"name": "manager_id", "type": "bigint"},
                                          {"name": "site", "type": "int", "nullable": false},
                                          {"name": "desk", "type": "int", "nullable": false}],
         "primaryKey": ["id"]},
        {"name": "badges", "columns": [{"name": "employee_id", "type": "bigint", "nullable": false}],
         "primaryKey": ["employee_id"]},
        {"name": "desks", "columns": [{"name": "site", "type": "int", "nullable": false},
                                      {"name": "number", "type": "int", "nullable": false}],
         "primaryKey": ["site", "number"]},
        {"name": "notes", "columns": [{"name": "id", "type": "int", "nullable": false},
                                      {"name": "employee_id", "type": "bigint"},
                                      {"name": "author_id", "type": "bigint"}],
         "primaryKey": ["id"]}
      ],
      "relations": [
        {"child": "employees", "childColumns": ["manager_id"], "parent": "employees",
         "parentColumns": ["id"], "nameOnChild": "manager", "nameOnParent": "reports",
         "onDelete": "set null"},
        {"child": "badges", "childColumns": ["employee_id"], "parent": "employees",
         "parentColumns": ["id"], "onDelete": "cascade"},
        {"child": "employees", "childColumns": ["site", "desk"], "parent": "desks",
         "parentColumns": ["site", "number"], "onDelete": "restrict"},
        {"child": "notes", "childColumns": ["employee_id"], "parent": "employees",
         "parentColumns": ["id"], "origin": "inferred", "confidence": 0.9},
        {"child": "notes", "childColumns": ["author_id"], "parent": "employees",
         "parentColumns": ["id"], "origin": "inferred", "confidence": 0.9,
         "decision": "ignored"},
        {"child": "notes", "childColumns": ["id"], "parent": "badges",
         "parentColumns": ["employee_id"], "origin": "inferred", "confidence": 0.9,
         "decision": "accepted"}
      ]})json"_s);
}

} // namespace

class TstCppHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldens_data();
    void goldens();
    void deterministic();
    void relationEnds();
    void relationsThatCount();
    void deletePlans();
    void namespaces_data();
    void namespaces();
    void dialects();
    void qtSqlAdapter();
};

void TstCppHeader::goldens_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QList<Dialect>>("dialects");
    QTest::newRow("linkinbio, its own dialect") << u"linkinbio"_s << QList<Dialect>{};
    QTest::newRow("recipes, all dialects")
            << u"recipes"_s << QList<Dialect>{Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite};
}

void TstCppHeader::goldens()
{
    QFETCH(QString, example);
    QFETCH(QList<Dialect>, dialects);
    const Schema schema = load(QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/"_s
                               + example + u".relata"_s);
    QVERIFY(!schema.tables().isEmpty());
    const QByteArray text = header(schema, {{}, dialects, example + u".relata"_s});
    const QString path = QStringLiteral(RELATA_TEST_DATA) + u"/codegen/"_s + example + u".hpp"_s;
    if (qEnvironmentVariableIntValue("RELATA_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + u" (RELATA_UPDATE_GOLDEN=1)"_s));
    QCOMPARE(text, file.readAll());
}

void TstCppHeader::deterministic()
{
    const Schema schema = office();
    QCOMPARE(header(schema), header(schema));
    QVERIFY(header(schema).startsWith("// The tables and relations of \"office\""));
    QVERIFY(header(schema).endsWith("} // namespace office\n"));
}

void TstCppHeader::relationEnds()
{
    const QByteArray text = header(office());
    // A self-reference declares both ends on its one table.
    const QByteArray employees = relationsOf(text, "employees");
    QVERIFY2(employees.contains("::relata_gen::relation<::office::employees, 1> manager{\n"
                                "            \"manager\", ::relata_gen::side::child, "
                                "::relata_gen::cardinality::one,\n"
                                "            {{::office::employees::manager_id}},\n"
                                "            {{::office::employees::id}},\n"
                                "            ::relata_gen::action::set_null, "
                                "::relata_gen::action::no_action, true};"),
             employees.constData());
    QVERIFY(employees.contains("relation<::office::employees, 1> reports{\n            "
                               "\"reports\", ::relata_gen::side::parent, "
                               "::relata_gen::cardinality::many,"));
    // One-to-one: the parent's end is a "one", which may be missing.
    QVERIFY(employees.contains("relation<::office::badges, 1> badges{\n            \"badges\", "
                               "::relata_gen::side::parent, ::relata_gen::cardinality::one,"));
    QVERIFY(employees.contains("::relata_gen::action::cascade, ::relata_gen::action::no_action, "
                               "true};"));
    // Composite: both columns, in order, on each side.
    QVERIFY(employees.contains("relation<::office::desks, 2> desk{\n"));
    QVERIFY(employees.contains("{{::office::employees::site, ::office::employees::desk}},\n"
                               "            {{::office::desks::site, ::office::desks::number}},"));
    QVERIFY(relationsOf(text, "desks").contains("relation<::office::employees, 2> employees{"));
}

void TstCppHeader::relationsThatCount()
{
    const QByteArray text = header(office());
    // Pending and ignored inferred relations are guesses, not relations; an accepted one is.
    const QByteArray notes = relationsOf(text, "notes");
    QVERIFY2(!notes.contains("::office::notes::employee_id"), notes.constData());
    QVERIFY(!notes.contains("::office::notes::author_id"));
    QVERIFY(notes.contains("relation<::office::badges, 1> badge{"));
    QVERIFY(!relationsOf(text, "employees").contains("::office::notes"));
}

void TstCppHeader::deletePlans()
{
    const QByteArray text = header(office());
    const qsizetype plan = text.indexOf("struct employees::delete_plan\n{");
    QVERIFY(plan > 0);
    const QByteArray employees = text.mid(plan, text.indexOf("\n};\n", plan) - plan);
    QVERIFY2(employees.contains("{::relata_gen::step_kind::delete_rows, \"badges\", \"\", 1, "
                                "\"badges.employee_id \\342\\206\\222 employees.id\"}"),
             employees.constData());
    QVERIFY(employees.contains(
            "{::relata_gen::step_kind::set_null, \"employees\", \"manager_id\""));
    QVERIFY(employees.contains("static constexpr ::std::array<::relata_gen::statement, "));
    QVERIFY(employees.contains("{::relata_gen::dialect::postgresql, postgresql, \"\"}"));
    QVERIFY(employees.contains("static constexpr ::relata_gen::plan data{"
                               "::office::employees::sql_name, summary, steps, scripts};"));
    // Every table is listed for run-time lookup, with its plan.
    QVERIFY(text.contains("inline constexpr ::std::array<::relata_gen::table_info, 4> tables{{"));
    QVERIFY(text.contains("&::office::notes::delete_plan::data},"));
}

void TstCppHeader::namespaces_data()
{
    QTest::addColumn<QString>("nameSpace");
    QTest::addColumn<QString>("problem");
    QTest::newRow("one") << u"shop"_s << QString();
    QTest::newRow("nested") << u"app::db"_s << QString();
    QTest::newRow("keyword") << u"class"_s << u"'class' is not a C++ namespace name"_s;
    QTest::newRow("digit") << u"1db"_s << u"'1db' is not a C++ namespace name"_s;
    QTest::newRow("empty part") << u"app::"_s << u"'app::' is not a C++ namespace name"_s;
    QTest::newRow("space") << u"my db"_s << u"'my db' is not a C++ namespace name"_s;
    QTest::newRow("reserved") << u"__db"_s << u"'__db' is not a C++ namespace name"_s;
}

void TstCppHeader::namespaces()
{
    QFETCH(QString, nameSpace);
    QFETCH(QString, problem);
    const Result<QByteArray> text = generateCppHeader(office(), {nameSpace, {}, {}});
    QCOMPARE(text.ok(), problem.isEmpty());
    if (!text) {
        QVERIFY2(text.errorString().startsWith(problem), qPrintable(text.errorString()));
        return;
    }
    QVERIFY(text->contains("\nnamespace " + nameSpace.toLatin1() + " {\n"));
    QVERIFY(text->contains("relation<::" + nameSpace.toLatin1() + "::employees, 1> manager{"));
}

void TstCppHeader::dialects()
{
    // The schema's own dialect by default; each one asked for once, in the order asked.
    const QByteArray own = header(office());
    QVERIFY(own.contains("> postgresql{{"));
    QVERIFY(!own.contains("> mysql{{") && !own.contains("> sqlite{{"));
    const QByteArray two
            = header(office(), {{}, {Dialect::Sqlite, Dialect::MySql, Dialect::Sqlite}, {}});
    QVERIFY(two.contains("> sqlite{{") && two.contains("> mysql{{"));
    QVERIFY(!two.contains("> postgresql{{"));
    QVERIFY(two.contains(
            "::relata_gen::script, 2> scripts{{\n        {::relata_gen::dialect::sqlite, "
            "sqlite, \"\"},\n        {::relata_gen::dialect::mysql, mysql, \"\"},"));
}

void TstCppHeader::qtSqlAdapter()
{
    const QByteArray adapter = generateQtSqlAdapterHeader();
    // It stands alone: the runtime it implements comes with it, guarded.
    QVERIFY(adapter.contains("#ifndef RELATA_GENERATED_RUNTIME_V1"));
    QVERIFY(adapter.contains("class qt_sql_executor final : public ::relata_gen::executor"));
    QCOMPARE(adapter.count("#ifndef RELATA_GENERATED_RUNTIME_V1"), 1);
    QVERIFY(header(office()).contains("#ifndef RELATA_GENERATED_RUNTIME_V1"));
    QVERIFY(!header(office()).contains("QSqlDatabase m_db"));
}

QTEST_GUILESS_MAIN(TstCppHeader)
#include "tst_cppheader.moc"
