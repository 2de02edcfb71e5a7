// The scheduled strategy and the orphan cleanup against the database's own constraint
// engine (SPEC §5), on MariaDB, PostgreSQL and SQLite, for the examples and for synthetic
// schemas (synthschema.h). Twin databases get the same schema, one with real FOREIGN KEY
// ... ON DELETE constraints and one without, and the same seeded rows.
//
// Scheduled: some root rows are flagged (the soft-delete column) in both; the constrained
// database deletes them with one DELETE (it cascades, sets null or refuses); the free one
// runs deleteScript(..., DeleteSource{Flagged, 2}) again and again until its Seed adds no
// row. Every table must then be identical. Rows the database refuses to delete are flagged
// on their own: the script, in one batch, must refuse too and change nothing.
//
// Orphan cleanup: the same parent rows are deleted from both, by one DELETE (the database
// carries out the ON DELETE actions) and by a plain DELETE in the free one, which leaves
// orphans; orphanCleanup() then runs until a whole pass changes no row. Its Count
// statements must find nothing, and every table must be identical. Only parent rows the
// database accepts to delete are taken.
//
// Roots whose delete the database answers in an order-dependent way are skipped with the
// reason, as in tst_deleteplan_live (deleteround.h, orderDependence()).
#include "deleteoracle.h"
#include "deleteoracle_p.h"
#include "deleteround.h"
#include "examples.h"
#include "oracletwins.h"
#include "synthschema.h"

#include "sql/deletesql.h"
#include "sql/orphancleanup.h"
#include "sql/typemapping.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace relatatest;

namespace {

constexpr quint64 kSeed = 0x5c4ed01e;
constexpr int kRowsPerTable = 10;
constexpr int kBatch = 2;        ///< the scheduled job's batch: several runs per job
constexpr int kCleanupBatch = 3; ///< the orphan cleanup's batch
constexpr int kSyntheticSchemas = 6;
constexpr int kMaxRuns = 1000;

/// The SQL values that set and clear the soft-delete column of `table`.
std::pair<QString, QString> flagValues(const relata::Schema &schema, const relata::Table &table,
                                       relata::Dialect dialect)
{
    const relata::Column &flag = *table.column(table.softDeleteColumn);
    const auto family = relata::SqlType::parse(
                                relata::mapType(flag.type, schema.dialect, dialect).text, dialect)
                                .family;
    if (family == relata::TypeFamily::Boolean || family == relata::TypeFamily::Integer) {
        const bool literal
                = dialect == relata::Dialect::PostgreSql && family == relata::TypeFamily::Boolean;
        return {literal ? u"TRUE"_s : u"1"_s,
                flag.nullable ? u"NULL"_s : (literal ? u"FALSE"_s : u"0"_s)};
    }
    return {u"'2024-01-02 03:04:05'"_s, u"NULL"_s};
}

} // namespace

class TstDeleteStrategiesLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scheduled_data();
    void scheduled();
    void orphanCleanup_data();
    void orphanCleanup();

private:
    void addRows(bool softDeleteOnly);
    /// The twins of `name` on `kind`, seeded; kept while the test rows use the same ones.
    Twins *twins(const QString &name, ServerKind kind, QString *error);
    bool setFlags(const relata::Table &root, const QList<Key> &keys, QString *error);
    struct RowStart
    {
        const relata::Table *root = nullptr;
        relata::DeletePlan plan;
        QList<Key> keys;
        QString skip;
        QString error;
    };
    RowStart startRow(const QString &schema, ServerKind kind, const QString &root, quint64 salt);

    QMap<QString, relata::Schema> m_schemas;
    TwinsCache m_cache;
    Twins *m_twins = nullptr; ///< the last twins() gave
    const relata::Schema *m_schema = nullptr;
};

void TstDeleteStrategiesLive::initTestCase()
{
    QString error;
    m_schemas = loadExamples(&error);
    QVERIFY2(!m_schemas.isEmpty(), qPrintable(error));
    for (int seed = 1; seed <= kSyntheticSchemas; ++seed)
        m_schemas.insert(u"synthetic%1"_s.arg(seed), syntheticSchema(quint64(seed)));
}

void TstDeleteStrategiesLive::addRows(bool softDeleteOnly)
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<QString>("root");
    for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
        for (const auto &[server, kind] : allServerKinds()) {
            for (const relata::Table &table : it->tables()) {
                if (softDeleteOnly && !table.column(table.softDeleteColumn))
                    continue;
                QTest::addRow("%s %s %s", qPrintable(it.key()), server, qPrintable(table.name))
                        << it.key() << kind << table.name;
            }
        }
    }
}

Twins *TstDeleteStrategiesLive::twins(const QString &name, ServerKind kind, QString *error)
{
    m_schema = &m_schemas[name];
    m_twins = m_cache.get(name, *m_schema, kind, error);
    return m_twins;
}

bool TstDeleteStrategiesLive::setFlags(const relata::Table &root, const QList<Key> &keys,
                                       QString *error)
{
    const relata::Dialect dialect = m_twins->constrained.dialect();
    const auto [set, clear] = flagValues(*m_schema, root, dialect);
    const detail::QuotedNames names(*m_schema, dialect);
    for (TestDatabase *db : {&m_twins->constrained, &m_twins->free}) {
        QSqlDatabase connection = db->connection();
        const QString flag = names.column(root, root.softDeleteColumn);
        if (!execSql(connection, u"UPDATE %1 SET %2 = %3"_s.arg(names.table(root), flag, clear),
                     error))
            return false;
        for (const Key &key : keys) {
            QStringList where;
            for (qsizetype i = 0; i < key.size(); ++i)
                where.append(names.column(root, root.primaryKey.at(i)) + u" = ?"_s);
            const QString sql = u"UPDATE %1 SET %2 = %3 WHERE %4"_s.arg(
                    names.table(root), flag, set, where.join(u" AND "_s));
            QSqlQuery query(connection);
            bool ok = query.prepare(sql);
            for (qsizetype i = 0; ok && i < key.size(); ++i)
                query.bindValue(int(i), key.at(i));
            if (!ok || !query.exec() || query.numRowsAffected() != 1) {
                *error = detail::queryError(query, sql);
                return false;
            }
        }
    }
    return true;
}

/// What both tests start from: the twins of `schema` seeded with the rows of the root's
/// test, the root's plan, and the keys of its rows in a seeded random order (without the
/// first row where a relation keeps every child on it). `skip` when the database's answer
/// would depend on the order its engine visits rows in.
TstDeleteStrategiesLive::RowStart TstDeleteStrategiesLive::startRow(const QString &schema,
                                                                    ServerKind kind,
                                                                    const QString &root,
                                                                    quint64 salt)
{
    RowStart start;
    if (!twins(schema, kind, &start.error))
        return start;
    const relata::Schema &model = *m_schema;
    const relata::Dialect dialect = dialectOf(kind);
    start.root = model.tableByName(root);
    start.plan = relata::planDelete(model, start.root->id);
    const SeedOptions options{refusedForeignKeys(model, dialect)};
    start.skip = orderDependence(model, start.plan, options);
    if (!start.skip.isEmpty())
        return start;
    const quint64 seed = kSeed ^ fnv1a(schema) ^ fnv1a(root) ^ salt;
    if (!seedTwins(*m_twins, model, seed, kRowsPerTable, options, &start.error))
        return start;
    QSqlDatabase constrained = m_twins->constrained.connection();
    std::optional<QList<Key>> keys = tableKeys(constrained, model, *start.root, &start.error);
    if (!keys)
        return start;
    const relata::TableId rootId = start.root->id;
    if (std::any_of(options.firstParentOnly.cbegin(), options.firstParentOnly.cend(),
                    [&](const relata::Relation *r) { return r->parentTable == rootId; })
        && !keys->isEmpty())
        keys->removeFirst();
    QRandomGenerator random{quint32(seed)};
    std::shuffle(keys->begin(), keys->end(), random);
    start.keys = std::move(*keys);
    return start;
}

void TstDeleteStrategiesLive::scheduled_data()
{
    addRows(true);
}

void TstDeleteStrategiesLive::scheduled()
{
    QFETCH(QString, schema);
    QFETCH(ServerKind, kind);
    QFETCH(QString, root);
    if (!requireServer(kind))
        return;
    const RowStart start = startRow(schema, kind, root, 0);
    QVERIFY2(start.error.isEmpty(), qPrintable(start.error));
    if (!start.skip.isEmpty())
        QSKIP(qPrintable(start.skip));
    QString error;
    const relata::Schema &model = *m_schema;
    const relata::Dialect dialect = dialectOf(kind);
    const relata::Table &rootTable = *start.root;
    const relata::DeletePlan &plan = start.plan;
    QSqlDatabase constrained = m_twins->constrained.connection();
    QSqlDatabase free = m_twins->free.connection();
    QList<Key> accepted;
    QList<Key> refused;
    for (const Key &key : start.keys)
        (deleteAccepted(constrained, model, rootTable, key) ? accepted : refused).append(key);
    accepted = accepted.mid(0, 5);

    // A refused row, flagged with an accepted one: one batch of the job refuses, as the
    // database does, and nothing changes.
    if (!refused.isEmpty()) {
        QList<Key> flagged{refused.constFirst()};
        if (!accepted.isEmpty())
            flagged.append(accepted.constFirst());
        QVERIFY2(setFlags(rootTable, flagged, &error), qPrintable(error));
        const std::optional<TableDump> before = dumpTables(constrained, model, &error);
        QVERIFY2(before, qPrintable(error));
        QString refusal;
        QVERIFY2(!deleteKeys(constrained, model, rootTable, flagged, &refusal),
                 "the database deleted rows it refused one at a time");
        const relata::Result<relata::DeleteScript> script = relata::deleteScript(
                model, plan, dialect, {relata::DeleteSource::Kind::Flagged, int(flagged.size())});
        QVERIFY2(script.ok(), qPrintable(script.errorString()));
        const DeleteRun run = runDeleteScript(free, script.value(), {}, &error);
        QVERIFY2(run.outcome == DeleteRun::Outcome::Refused,
                 qPrintable(u"the database refused (%1), the job %2 %3"_s.arg(
                         refusal,
                         run.outcome == DeleteRun::Outcome::Failed ? u"failed"_s : u"deleted"_s,
                         error)));
        const std::optional<TableDump> after = dumpTables(free, model, &error);
        QVERIFY2(after, qPrintable(error));
        const QStringList differences = compareDumps(*before, *after, u"before"_s, u"Relata"_s);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        qDebug("refused: %s (%s)", qPrintable(root), qPrintable(run.refusedBy));
    }
    if (accepted.isEmpty()) {
        qDebug("no row of %s can be deleted: only the refusal compared", qPrintable(root));
        return;
    }

    QVERIFY2(setFlags(rootTable, accepted, &error), qPrintable(error));
    QString refusal;
    QVERIFY2(deleteKeys(constrained, model, rootTable, accepted, &refusal), qPrintable(refusal));
    const relata::Result<relata::DeleteScript> script = relata::deleteScript(
            model, plan, dialect, {relata::DeleteSource::Kind::Flagged, kBatch});
    QVERIFY2(script.ok(), qPrintable(script.errorString()));
    int runs = 0;
    int statements = 0;
    for (bool seeded = true; seeded; ++runs) {
        QVERIFY2(runs < kMaxRuns, "the job never ran out of flagged rows");
        const DeleteRun run = runDeleteScript(free, script.value(), {}, &error);
        QVERIFY2(run.outcome == DeleteRun::Outcome::Deleted,
                 qPrintable(u"run %1: %2 %3"_s.arg(runs + 1).arg(
                         run.outcome == DeleteRun::Outcome::Refused ? u"refused by "_s
                                                                    : u"failed: "_s,
                         run.refusedBy + error)));
        seeded = run.seeded;
        statements += run.statements;
    }
    // ceil(n / batch) runs that seed, and a last one that finds nothing.
    QVERIFY2(runs <= (accepted.size() + kBatch - 1) / kBatch + 1,
             qPrintable(u"%1 runs for %2 flagged rows"_s.arg(runs).arg(accepted.size())));
    const std::optional<TableDump> database = dumpTables(constrained, model, &error);
    const std::optional<TableDump> relata = dumpTables(free, model, &error);
    QVERIFY2(database && relata, qPrintable(error));
    const QStringList differences
            = compareDumps(*database, *relata, u"the database"_s, u"Relata"_s);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    qDebug("deleted: %s, %d flagged rows, %d runs, %d statements", qPrintable(root),
           int(accepted.size()), runs, statements);
}

void TstDeleteStrategiesLive::orphanCleanup_data()
{
    addRows(false);
}

void TstDeleteStrategiesLive::orphanCleanup()
{
    QFETCH(QString, schema);
    QFETCH(ServerKind, kind);
    QFETCH(QString, root);
    if (!requireServer(kind))
        return;
    const RowStart start = startRow(schema, kind, root, 0x0f);
    QVERIFY2(start.error.isEmpty(), qPrintable(start.error));
    if (!start.skip.isEmpty())
        QSKIP(qPrintable(start.skip));
    QString error;
    const relata::Schema &model = *m_schema;
    const relata::Dialect dialect = dialectOf(kind);
    const relata::Table &parent = *start.root;
    QSqlDatabase constrained = m_twins->constrained.connection();
    QSqlDatabase free = m_twins->free.connection();
    QList<Key> chosen;
    for (const Key &key : start.keys) {
        if (chosen.size() < 3 && deleteAccepted(constrained, model, parent, key))
            chosen.append(key);
    }
    if (chosen.isEmpty()) {
        qDebug("no row of %s can be deleted: nothing to compare", qPrintable(root));
        return;
    }
    QString refusal;
    QVERIFY2(deleteKeys(constrained, model, parent, chosen, &refusal), qPrintable(refusal));
    QVERIFY2(deleteKeys(free, model, parent, chosen, &refusal), qPrintable(refusal));

    const QList<relata::CleanupStatement> cleanup
            = relata::orphanCleanup(model, dialect, kCleanupBatch);
    int passes = 0;
    int executed = 0;
    for (bool changed = true; changed; ++passes) {
        QVERIFY2(passes < 100, "the cleanup still changed rows after 100 passes");
        changed = false;
        for (const relata::CleanupStatement &statement : cleanup) {
            if (statement.action == relata::CleanupStatement::Action::Count)
                continue;
            for (int round = 0;; ++round) {
                QVERIFY2(round < kMaxRuns, qPrintable(statement.sql));
                QSqlQuery query(free);
                QVERIFY2(query.exec(statement.sql),
                         qPrintable(detail::queryError(query, statement.sql)));
                ++executed;
                const int rows = query.numRowsAffected();
                QVERIFY2(rows <= kCleanupBatch,
                         qPrintable(u"%1 rows changed by one statement of batch %2: %3"_s.arg(rows)
                                            .arg(kCleanupBatch)
                                            .arg(statement.sql)));
                if (rows <= 0)
                    break;
                changed = true;
            }
        }
    }
    for (const relata::CleanupStatement &statement : cleanup) {
        if (statement.action != relata::CleanupStatement::Action::Count)
            continue;
        QSqlQuery query(free);
        QVERIFY2(query.exec(statement.sql) && query.next(),
                 qPrintable(detail::queryError(query, statement.sql)));
        QVERIFY2(query.value(0).toLongLong() == 0,
                 qPrintable(u"%1 orphans counted by %2"_s.arg(query.value(0).toString(),
                                                              statement.sql)));
    }
    const std::optional<TableDump> database = dumpTables(constrained, model, &error);
    const std::optional<TableDump> relata = dumpTables(free, model, &error);
    QVERIFY2(database && relata, qPrintable(error));
    const QStringList differences
            = compareDumps(*database, *relata, u"the database"_s, u"Relata's cleanup"_s);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    qDebug("cleaned: %s, %d parent rows, %d passes, %d statements", qPrintable(root),
           int(chosen.size()), passes, executed);
}

QTEST_GUILESS_MAIN(TstDeleteStrategiesLive)
#include "tst_deletestrategies_live.moc"
