// The C++ headers relata-cli generates (SPEC §6), used as an application would: the
// relation metadata checked at compile time, and the delete plans run through the
// generated Qt SQL adapter on SQLite, MariaDB and PostgreSQL. Named scenarios with hand-made
// rows (cascade, set null, restrict, no action), the delete oracle of tests/sql with the
// generated code as Relata's side for every table of every schema as the root, the
// generated statements compared with Relata's own scripts, and a statement that fails.
#include "linkinbio.hpp"
#include "linkinbio_cascade.hpp"
#include "linkinbio_restrict.hpp"
#include "linkinbio_setnull.hpp"
#include "recipes.hpp"

#include "recordingexecutor.h"
#include "scenarios.h"

#include "deleteoracle.h"
#include "deleteround.h"
#include "oracletwins.h"
#include "testdatabase.h"

#include "io/relatafile.h"
#include "sql/ddl.h"
#include "sql/deleteplan.h"
#include "sql/deletesql.h"

#include <QTest>

#include <memory>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace relatatest;

namespace {

template<const auto &Relation>
using TargetOf = typename std::remove_cv_t<std::remove_reference_t<decltype(Relation)>>::target;

constexpr bool deletesRows(const relata_gen::plan &plan, std::string_view table, int depth)
{
    for (const relata_gen::plan_step &step : plan.steps) {
        if (step.kind == relata_gen::step_kind::delete_rows && step.table == table
            && step.depth == depth)
            return true;
    }
    return false;
}

// linkinbio: blocks.user_id → users.id, no action, from both ends.
constexpr auto &kUser = linkinbio::blocks::relations::user;
constexpr auto &kBlocks = linkinbio::users::relations::blocks;
static_assert(kUser.references.size() == 1 && kUser.references[0] == linkinbio::users::id);
static_assert(kUser.fields[0] == linkinbio::blocks::user_id);
static_assert(kUser.fields[0] != linkinbio::users::id);
static_assert(std::is_same_v<TargetOf<kUser>, linkinbio::users>);
static_assert(kUser.end == relata_gen::side::child && kUser.kind == relata_gen::cardinality::one);
static_assert(kUser.on_delete == relata_gen::action::no_action && kUser.optional);
static_assert(kUser.name == "user");
static_assert(std::is_same_v<TargetOf<kBlocks>, linkinbio::blocks>);
static_assert(kBlocks.kind == relata_gen::cardinality::many);
static_assert(kBlocks.end == relata_gen::side::parent && kBlocks.name == "blocks");
static_assert(kBlocks.fields[0] == linkinbio::users::id);
static_assert(kBlocks.references[0] == linkinbio::blocks::user_id);
static_assert(linkinbio::users::primary_key[0] == linkinbio::users::id);
static_assert(linkinbio::blocks::sql_name == "blocks" && linkinbio::blocks::columns.size() == 5);
static_assert(relata_gen::find_table(linkinbio::tables, "users")->delete_plan
              == &linkinbio::users::delete_plan::data);
static_assert(relata_gen::find_table(linkinbio::tables, "nothing") == nullptr);
static_assert(!deletesRows(linkinbio::users::delete_plan::data, "blocks", 1));
static_assert(linkinbio::users::delete_plan::steps[0].kind == relata_gen::step_kind::refuse);

// The variants: only the action (and the child column) differs.
static_assert(linkinbio_cascade::blocks::relations::user.on_delete == relata_gen::action::cascade);
static_assert(!linkinbio_cascade::blocks::relations::user.optional);
static_assert(linkinbio_cascade::users::relations::blocks.on_delete == relata_gen::action::cascade);
static_assert(deletesRows(linkinbio_cascade::users::delete_plan::data, "blocks", 1));
static_assert(linkinbio_setnull::blocks::relations::user.on_delete == relata_gen::action::set_null);
static_assert(linkinbio_setnull::blocks::relations::user.optional);
static_assert(linkinbio_setnull::blocks::user_id.nullable);
static_assert(linkinbio_restrict::blocks::relations::user.on_delete
              == relata_gen::action::restrict);
static_assert(linkinbio_restrict::users::delete_plan::steps[0].kind
              == relata_gen::step_kind::refuse);

// recipes: a recipe's ingredients and steps cascade.
static_assert(recipes::recipes::relations::ingredients.on_delete == relata_gen::action::cascade);
static_assert(recipes::recipes::relations::steps.on_delete == relata_gen::action::cascade);
static_assert(recipes::recipes::relations::ingredients.kind == relata_gen::cardinality::many);
static_assert(std::is_same_v<TargetOf<recipes::recipes::relations::steps>, recipes::steps>);
static_assert(std::is_same_v<TargetOf<recipes::ingredients::relations::recipe>, recipes::recipes>);
static_assert(recipes::ingredients::relations::recipe.references[0] == recipes::recipes::id);
static_assert(deletesRows(recipes::recipes::delete_plan::data, "ingredients", 1));
static_assert(deletesRows(recipes::recipes::delete_plan::data, "steps", 1));
static_assert(deletesRows(recipes::recipes::delete_plan::data, "recipes", 0));

constexpr quint64 kSeed = 0xc0de9e11;
constexpr int kRowsPerTable = 12;

struct Generated
{
    QString name;
    QString file;
    relata_gen::list<relata_gen::table_info> tables;
};

const QList<Generated> &generated()
{
    static const QList<Generated> all{
            {u"linkinbio"_s,
             QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/linkinbio.relata"),
             linkinbio::tables},
            {u"linkinbio-cascade"_s,
             QStringLiteral(RELATA_CODEGEN_DATA "/linkinbio-cascade.relata"),
             linkinbio_cascade::tables},
            {u"linkinbio-setnull"_s,
             QStringLiteral(RELATA_CODEGEN_DATA "/linkinbio-setnull.relata"),
             linkinbio_setnull::tables},
            {u"linkinbio-restrict"_s,
             QStringLiteral(RELATA_CODEGEN_DATA "/linkinbio-restrict.relata"),
             linkinbio_restrict::tables},
            {u"recipes"_s, QStringLiteral(RELATA_SOURCE_DIR "/resources/examples/recipes.relata"),
             recipes::tables},
    };
    return all;
}

const Generated &generatedNamed(const QString &name)
{
    for (const Generated &g : generated()) {
        if (g.name == name)
            return g;
    }
    qFatal("no generated schema %s", qPrintable(name));
}

} // namespace

class TstCppGenLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statementsAreRelatas_data();
    void statementsAreRelatas();
    void scenario_data();
    void scenario();
    void matchesConstraints_data();
    void matchesConstraints();
    void failedStatement_data();
    void failedStatement();

private:
    void addServerRows(const QString &what, const QStringList &names);

    QMap<QString, relata::Schema> m_schemas;
    TwinsCache m_cache;
};

void TstCppGenLive::initTestCase()
{
    for (const Generated &g : generated()) {
        relata::Result<relata::Schema> schema = relata::loadRelataFile(g.file);
        QVERIFY2(schema.ok(), qPrintable(schema.errorString()));
        m_schemas.insert(g.name, std::move(schema).value());
    }
}

namespace {

relata_gen::statement_role generatedRole(relata::DeleteStatement::Role role)
{
    using Role = relata::DeleteStatement::Role;
    switch (role) {
    case Role::Prepare:
        return relata_gen::statement_role::prepare;
    case Role::Seed:
        return relata_gen::statement_role::seed;
    case Role::Collect:
        return relata_gen::statement_role::collect;
    case Role::Check:
        return relata_gen::statement_role::check;
    case Role::SetNull:
        return relata_gen::statement_role::set_null;
    case Role::Delete:
        return relata_gen::statement_role::delete_rows;
    case Role::Finish:
        break;
    }
    return relata_gen::statement_role::finish;
}

} // namespace

void TstCppGenLive::statementsAreRelatas_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<relata::Dialect>("dialect");
    for (const Generated &g : generated()) {
        for (const relata::Dialect d :
             {relata::Dialect::MySql, relata::Dialect::PostgreSql, relata::Dialect::Sqlite})
            QTest::addRow("%s %s", qPrintable(g.name), qPrintable(relata::dialectName(d)))
                    << g.name << d;
    }
}

/// Every generated script is, statement for statement, Relata's inline script of the same
/// model file: what the oracle proves for one holds for the other.
void TstCppGenLive::statementsAreRelatas()
{
    QFETCH(QString, example);
    QFETCH(relata::Dialect, dialect);
    const relata::Schema &schema = m_schemas[example];
    const Generated &g = generatedNamed(example);
    QCOMPARE(qsizetype(g.tables.size()), schema.tables().size());
    for (const relata::Table &table : schema.tables()) {
        const relata_gen::table_info *info
                = relata_gen::find_table(g.tables, table.name.toStdString());
        QVERIFY2(info && info->delete_plan, qPrintable(table.name));
        QCOMPARE(fromView(info->delete_plan->table), table.name);
        const relata::Result<relata::DeleteScript> expected
                = relata::inlineDeleteScript(schema, relata::planDelete(schema, table.id), dialect);
        QVERIFY2(expected.ok(), qPrintable(expected.errorString()));
        const relata_gen::script *actual
                = generatedScript(*info->delete_plan, generatedDialect(dialect));
        QVERIFY(actual);
        QVERIFY(actual->unavailable.empty());
        QCOMPARE(qsizetype(actual->statements.size()), expected->statements.size());
        for (qsizetype i = 0; i < expected->statements.size(); ++i) {
            const relata::DeleteStatement &e = expected->statements.at(i);
            const relata_gen::statement &a = actual->statements[std::size_t(i)];
            QCOMPARE(fromView(a.sql), e.sql);
            QCOMPARE(fromView(a.note), e.note);
            QCOMPARE(a.repeat_group, e.repeatGroup);
            QVERIFY(a.role == generatedRole(e.role));
            QCOMPARE(a.binds_ids, e.sql.contains(u":ids"_s));
        }
    }
}

void TstCppGenLive::scenario_data()
{
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<int>("index");
    const QList<std::pair<QString, Scenario>> all = scenarios();
    for (const auto &[server, kind] : allServerKinds()) {
        for (int i = 0; i < all.size(); ++i)
            QTest::addRow("%s %s", server, qPrintable(all.at(i).first)) << kind << i;
    }
}

/// Hand-made rows, one delete written as an application would; where the server has the
/// relation's FOREIGN KEY, the same DELETE in the constrained twin must end the same.
void TstCppGenLive::scenario()
{
    QFETCH(ServerKind, kind);
    QFETCH(int, index);
    if (!requireServer(kind))
        return;
    const Scenario sc = scenarios().at(index).second;
    const relata::Schema &schema = m_schemas[sc.example];
    const relata::Dialect dialect = dialectOf(kind);
    QString error;
    Twins *twins = m_cache.get(sc.example, m_schemas[sc.example], kind, &error);
    QVERIFY2(twins, qPrintable(error));
    QSqlDatabase constrained = twins->constrained.connection();
    QSqlDatabase free = twins->free.connection();
    for (QSqlDatabase *db : {&constrained, &free}) {
        QVERIFY2(clearTables(*db, schema, dialect, &error), qPrintable(error));
        for (const QString &sql : scenarioRows(sc.example, dialect))
            QVERIFY2(execSql(*db, sql, &error), qPrintable(error));
    }
    const relata::Table &root = schema.tables().constFirst();
    const relata_gen::plan &plan
            = *relata_gen::find_table(generatedNamed(sc.example).tables, root.name.toStdString())
                       ->delete_plan;
    RecordingExecutor executor(free);
    const relata_gen::delete_result result = sc.run(executor);
    const QStringList broken = executor.protocolProblems(result, plan);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    QVERIFY2(result.outcome == sc.outcome, result.error.c_str());
    QVERIFY(result.seeded);
    const QString refusedBy = QString::fromStdString(result.refused_by);
    if (sc.outcome == relata_gen::delete_outcome::refused)
        QVERIFY2(!sc.refusedBy.isEmpty() && refusedBy.contains(sc.refusedBy),
                 qPrintable(refusedBy));
    else
        QVERIFY2(refusedBy.isEmpty(), qPrintable(refusedBy));
    for (const auto &[table, rows] : sc.after) {
        const std::optional<QStringList> actual = tableRows(free, dialect, table, &error);
        QVERIFY2(actual, qPrintable(error));
        QCOMPARE(*actual, rows);
    }
    if (!refusedForeignKeys(schema, dialect).isEmpty())
        return; // no FOREIGN KEY to compare with (linkinbio on MariaDB: int vs serial)
    QString refusal;
    const bool accepted = deleteKeys(constrained, schema, root, {{1}}, &refusal);
    QCOMPARE(accepted, sc.outcome == relata_gen::delete_outcome::deleted);
    const std::optional<TableDump> database = dumpTables(constrained, schema, &error);
    const std::optional<TableDump> relata = dumpTables(free, schema, &error);
    QVERIFY2(database && relata, qPrintable(error));
    const QStringList unequal = compareDumps(*database, *relata, u"the database"_s, u"generated"_s);
    QVERIFY2(unequal.isEmpty(), qPrintable(unequal.join(u'\n')));
}

void TstCppGenLive::matchesConstraints_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<QString>("root");
    for (const Generated &g : generated()) {
        for (const auto &[server, kind] : allServerKinds()) {
            for (const relata_gen::table_info &table : g.tables) {
                const QString name = fromView(table.sql_name);
                QTest::addRow("%s %s %s", qPrintable(g.name), server, qPrintable(name))
                        << g.name << kind << name;
            }
        }
    }
}

/// The delete oracle (tests/sql) with the generated code as Relata's side: the plan looked
/// up by name at run time, run through the Qt SQL adapter in one transaction.
void TstCppGenLive::matchesConstraints()
{
    QFETCH(QString, example);
    QFETCH(ServerKind, kind);
    QFETCH(QString, root);
    if (!requireServer(kind))
        return;
    const relata::Schema &schema = m_schemas[example];
    const relata::Table *rootTable = schema.tableByName(root);
    QVERIFY(rootTable);
    const relata_gen::table_info *info
            = relata_gen::find_table(generatedNamed(example).tables, root.toStdString());
    QVERIFY(info && info->delete_plan);
    QString error;
    Twins *twins = m_cache.get(example, m_schemas[example], kind, &error);
    QVERIFY2(twins, qPrintable(error));
    QStringList problems;
    QStringList summaries;
    const QString unprovable
            = inlineOracle(schema, *twins, *rootTable, kSeed ^ fnv1a(example), kRowsPerTable,
                           &problems, &summaries, generatedRunner(*info->delete_plan, &problems));
    if (!unprovable.isEmpty())
        QSKIP(qPrintable(unprovable));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(!summaries.isEmpty(), "no round deleted anything");
    for (const QString &summary : std::as_const(summaries))
        qDebug("%s", qPrintable(summary));
}

void TstCppGenLive::failedStatement_data()
{
    QTest::addColumn<ServerKind>("kind");
    for (const auto &[server, kind] : allServerKinds())
        QTest::newRow(server) << kind;
}

/// A statement the database rejects (the child table is gone): failed, with the statement
/// in the message, everything rolled back, and the connection fit for the next delete.
void TstCppGenLive::failedStatement()
{
    QFETCH(ServerKind, kind);
    if (!requireServer(kind))
        return;
    const relata::Dialect dialect = dialectOf(kind);
    const QString example = u"linkinbio-cascade"_s;
    QString error;
    TestDatabase scratch(kind);
    QVERIFY2(scratch.create(&error), qPrintable(error));
    relata::DdlOptions options;
    options.dialect = dialect;
    const relata::Result<QString> ddl = relata::generateDdl(m_schemas[example], options);
    QVERIFY2(ddl.ok(), qPrintable(ddl.errorString()));
    QVERIFY2(scratch.execute(ddl.value(), &error), qPrintable(error));
    QSqlDatabase db = scratch.connection();
    for (const QString &sql : scenarioRows(example, dialect))
        QVERIFY2(execSql(db, sql, &error), qPrintable(error));
    QVERIFY2(execSql(db, u"DROP TABLE blocks"_s, &error), qPrintable(error));

    const relata_gen::plan &plan = linkinbio_cascade::users::delete_plan::data;
    const relata_gen::script *script = generatedScript(plan, generatedDialect(dialect));
    QVERIFY(script);
    for (int attempt = 0; attempt < 2; ++attempt) {
        RecordingExecutor executor(db);
        const relata_gen::delete_result result = relata_gen::delete_rows<linkinbio_cascade::users>(
                executor, relata_gen::ids_json({1, 2}));
        QVERIFY(result.outcome == relata_gen::delete_outcome::failed);
        const QStringList broken = executor.protocolProblems(result, plan);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
        // The last statement in the transaction is the one that failed.
        const QString failing = executor.statements().at(result.statements);
        QVERIFY2(failing.contains(u"blocks"_s), qPrintable(failing));
        const relata_gen::statement &st = script->statements[std::size_t(result.statements)];
        QCOMPARE(fromView(st.sql), failing);
        const QString message = QString::fromStdString(result.error);
        const QString expected
                = u"statement %1 (%2) failed: "_s.arg(result.statements + 1).arg(fromView(st.note));
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QVERIFY2(message.size() > expected.size(), "no word from the database");
        const std::optional<QStringList> users = tableRows(db, dialect, u"users"_s, &error);
        QVERIFY2(users, qPrintable(error));
        QCOMPARE(*users, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    }
}

QTEST_GUILESS_MAIN(TstCppGenLive)
#include "tst_cppgen_live.moc"
