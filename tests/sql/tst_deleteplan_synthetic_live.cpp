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

QTEST_GUILESS_MAIN(TstDeletePlanSyntheticLive)
#include "tst_deleteplan_synthetic_live.moc"
