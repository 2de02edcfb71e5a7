// Relata's delete scripts against the database's own constraint engine (SPEC §5), on
// MariaDB, PostgreSQL and SQLite. For every example and every table of it as the root, two
// fresh databases get the same schema, one with real FOREIGN KEY ... ON DELETE constraints
// and one without, and the same seeded rows. The same root rows are deleted from both: by
// one DELETE in the first (the database cascades, sets null or refuses), by the script of
// inlineDeleteScript(planDelete()) in the second. Both must refuse (and change nothing), or
// both delete and leave every table identical.
//
// What the test avoids, because the database's answer would depend on the order in which
// its engine visits rows rather than on the schema:
// - a restrict or no action relation whose child table the same delete also cascades into:
//   whether the child row is gone before the check looks differs between engines (InnoDB
//   checks row by row, PostgreSQL's RESTRICT at once, NO ACTION at the end of the
//   statement). None of the examples has one; a root that would is skipped with a message.
// - relations the constrained database has no FOREIGN KEY for (the target refuses it,
//   DdlPlan::refusedForeignKeys): their child rows all refer to the parent's first row,
//   which the test never deletes, so the database's missing check is never asked.
// - cycles in self-references: a row only ever refers to an earlier row of its table.
#include "deleteoracle.h"
#include "deleteround.h"
#include "examples.h"
#include "oracletwins.h"
#include "testdatabase.h"

#include "io/relatafile.h"
#include "sql/ddl.h"
#include "sql/deleteplan.h"
#include "sql/deletesql.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace relatatest;

namespace {

constexpr quint64 kSeed = 0x5eed2024;
constexpr int kRowsPerTable = 12;
constexpr int kRounds = 3;

} // namespace

class TstDeletePlanLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesConstraints_data();
    void matchesConstraints();

private:
    QMap<QString, relata::Schema> m_schemas;
    TwinsCache m_cache;
};

void TstDeletePlanLive::initTestCase()
{
    QString error;
    m_schemas = relatatest::loadExamples(&error);
    QVERIFY2(!m_schemas.isEmpty(), qPrintable(error));
}

void TstDeletePlanLive::matchesConstraints_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<QString>("root");
    const QList<std::pair<const char *, ServerKind>> servers = allServerKinds();
    for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
        for (const auto &[server, kind] : servers) {
            for (const relata::Table &table : it->tables()) {
                QTest::addRow("%s %s %s", qPrintable(it.key()), server, qPrintable(table.name))
                        << it.key() << kind << table.name;
            }
        }
    }
}

void TstDeletePlanLive::matchesConstraints()
{
    QFETCH(QString, example);
    QFETCH(ServerKind, kind);
    QFETCH(QString, root);
    if (!requireServer(kind))
        return;
    const relata::Schema &schema = m_schemas[example];
    const relata::Dialect dialect = dialectOf(kind);
    const relata::Table *rootTable = schema.tableByName(root);
    QVERIFY(rootTable);
    const relata::DeletePlan plan = relata::planDelete(schema, rootTable->id);
    const SeedOptions options{refusedForeignKeys(schema, dialect)};
    const QString unprovable = orderDependence(schema, plan, options);
    if (!unprovable.isEmpty())
        QSKIP(qPrintable(unprovable));

    QString error;
    Twins *twins = m_cache.get(example, m_schemas[example], kind, &error);
    QVERIFY2(twins, qPrintable(error));
    QSqlDatabase constrained = twins->constrained.connection();
    QSqlDatabase free = twins->free.connection();
    const quint64 seed = kSeed ^ fnv1a(example);
    for (QSqlDatabase *db : {&constrained, &free}) {
        QVERIFY2(clearTables(*db, schema, dialect, &error), qPrintable(error));
        QVERIFY2(insertSeededRows(*db, schema, dialect, seed, kRowsPerTable, &error, options),
                 qPrintable(error));
    }
    const std::optional<TableDump> seeded = dumpTables(constrained, schema, &error);
    QVERIFY2(seeded, qPrintable(error));
    const std::optional<TableDump> seededFree = dumpTables(free, schema, &error);
    QVERIFY2(seededFree, qPrintable(error));
    const QStringList unequal = compareDumps(*seeded, *seededFree, u"constrained"_s, u"free"_s);
    QVERIFY2(unequal.isEmpty(), qPrintable(u"the seeded rows differ:\n"_s + unequal.join(u'\n')));

    const relata::Result<relata::DeleteScript> script
            = relata::inlineDeleteScript(schema, plan, dialect);
    QVERIFY2(script.ok(), qPrintable(u"inlineDeleteScript failed: "_s + script.errorString()));
    QVERIFY2(!script->statements.isEmpty(), "inlineDeleteScript returned no statements");

    const bool spareFirst = std::any_of(
            options.firstParentOnly.cbegin(), options.firstParentOnly.cend(),
            [&](const relata::Relation *r) { return r->parentTable == rootTable->id; });
    for (int round = 0; round < kRounds; ++round) {
        const RoundResult result = deleteRound(schema, *rootTable, script.value(), constrained,
                                               free, plan, seed ^ fnv1a(root), round, spareFirst);
        QVERIFY2(result.problems.isEmpty(),
                 qPrintable(u"%1, round %2:\n%3"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                                    .arg(round)
                                    .arg(result.problems.join(u'\n'))));
        if (result.summary.isEmpty())
            break; // nothing left to delete
        qDebug("round %d: %s", round, qPrintable(result.summary));
    }
}

QTEST_GUILESS_MAIN(TstDeletePlanLive)
#include "tst_deleteplan_live.moc"
