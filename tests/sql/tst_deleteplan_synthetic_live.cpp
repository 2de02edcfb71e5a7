// Relata's inline delete scripts against the database's own constraint engine (SPEC §5) on
// synthetic schemas (synthschema.h: random but seeded, with cascade / set null / restrict /
// no action mixes, self-references and composite keys), on MariaDB, PostgreSQL and SQLite.
// For each seed, the schema is created twice, with and without FOREIGN KEY constraints, the
// same rows are inserted, and every table is taken as the root of deleteRound() (as
// tst_deleteplan_live does for the examples): both refuse, or both delete and every table
// ends up identical.
#include "deleteround.h"
#include "oracletwins.h"
#include "synthschema.h"

#include "core/schema.h"
#include "schemabuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace relatatest;

namespace {

constexpr int kSchemas = 40;
constexpr int kRowsPerTable = 10;
constexpr quint64 kSeed = 0x51a7e71c;

} // namespace

class TstDeletePlanSyntheticLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesConstraints_data();
    void matchesConstraints();
    void cascadeLoop_data();
    void cascadeLoop();
};

void TstDeletePlanSyntheticLive::matchesConstraints_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<ServerKind>("kind");
    for (int seed = 1; seed <= kSchemas; ++seed) {
        for (const auto &[server, kind] : allServerKinds())
            QTest::addRow("synthetic%d %s", seed, server) << seed << kind;
    }
}

void TstDeletePlanSyntheticLive::matchesConstraints()
{
    QFETCH(int, seed);
    QFETCH(ServerKind, kind);
    if (!requireServer(kind))
        return;
    const relata::Schema schema = syntheticSchema(quint64(seed));
    QString error;
    const std::unique_ptr<Twins> twins = createTwins(schema, kind, &error);
    QVERIFY2(twins, qPrintable(error));
    QStringList problems;
    int proven = 0;
    int rounds = 0;
    int refused = 0;
    for (const relata::Table &root : schema.tables()) {
        QStringList summaries;
        const QString unprovable = inlineOracle(schema, *twins, root, kSeed ^ quint64(seed),
                                                kRowsPerTable, &problems, &summaries);
        if (!unprovable.isEmpty()) {
            qDebug("%s not proven: %s", qPrintable(root.name), qPrintable(unprovable));
            continue;
        }
        ++proven;
        rounds += int(summaries.size());
        for (const QString &summary : std::as_const(summaries)) {
            if (summary.contains(u" refused, "_s))
                ++refused;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(proven > 0, "no table of the schema could be proven");
    qDebug("%d of %d roots proven: %d rounds, %d refused", proven, int(schema.tables().size()),
           rounds, refused);
}

void TstDeletePlanSyntheticLive::cascadeLoop_data()
{
    QTest::addColumn<ServerKind>("kind");
    for (const auto &[server, kind] : allServerKinds())
        QTest::addRow("%s", server) << kind;
}

/// Two tables that cascade to each other (a cycle, R006) and a tree: the plan's loop group
/// runs until it finds no more rows, the recursive seed follows the tree to the bottom.
/// The random schemas leave cycles out (see synthschema.h); this one is small enough that
/// no database's answer depends on the order it visits rows in.
void TstDeletePlanSyntheticLive::cascadeLoop()
{
    QFETCH(ServerKind, kind);
    if (!requireServer(kind))
        return;
    using Action = relata::ReferentialAction;
    relatatest::SchemaBuilder b;
    b.table(u"stores"_s, u"id int NOT NULL, manager_id int, name varchar(20)"_s, u"id"_s)
            .table(u"staff"_s, u"id int NOT NULL, store_id int, name varchar(20)"_s, u"id"_s)
            .table(u"shifts"_s, u"id int NOT NULL, staff_id int, parent_id int"_s, u"id"_s)
            .relation(u"staff"_s, u"store_id"_s, u"stores"_s, u"id"_s, Action::Cascade)
            .relation(u"stores"_s, u"manager_id"_s, u"staff"_s, u"id"_s, Action::Cascade)
            .relation(u"shifts"_s, u"staff_id"_s, u"staff"_s, u"id"_s, Action::Cascade)
            .relation(u"shifts"_s, u"parent_id"_s, u"shifts"_s, u"id"_s, Action::Cascade);
    const relata::Schema &schema = b.schema();
    QString error;
    const std::unique_ptr<Twins> twins = createTwins(schema, kind, &error);
    QVERIFY2(twins, qPrintable(error));
    QStringList problems;
    for (const QString &root : {u"stores"_s, u"staff"_s, u"shifts"_s}) {
        QStringList summaries;
        const QString unprovable = inlineOracle(schema, *twins, *schema.tableByName(root), kSeed,
                                                kRowsPerTable, &problems, &summaries);
        QVERIFY2(unprovable.isEmpty(), qPrintable(root + u": "_s + unprovable));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(!summaries.isEmpty(), qPrintable(root + u": no round ran"_s));
    }
}

QTEST_GUILESS_MAIN(TstDeletePlanSyntheticLive)
#include "tst_deleteplan_synthetic_live.moc"
