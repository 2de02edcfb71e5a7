#pragma once

// Twin databases for the delete oracle (SPEC §5): one schema created twice on one server,
// with real FOREIGN KEY ... ON DELETE constraints and without, filled with the same seeded
// rows; and the small pieces the strategy, synthetic and corpus tests share.

#include "deleteoracle.h"
#include "deleteround.h"
#include "testdatabase.h"

#include "sql/deleteplan.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace relata {
class Schema;
struct Table;
} // namespace relata

namespace relatatest {

/// A hash that is the same in every process (qHash is seeded per process).
quint64 fnv1a(const QString &text);

/// The twin databases of one schema on one server: with and without constraints.
struct Twins
{
    explicit Twins(ServerKind kind)
        : constrained(kind)
        , free(kind)
    {}
    TestDatabase constrained;
    TestDatabase free;
};

/// Creates both databases and their tables from generateDdl(); nothing, with `error` set,
/// when one of them cannot be created.
std::unique_ptr<Twins> createTwins(const relata::Schema &schema, ServerKind kind, QString *error);

/// The twins of one schema on one server, kept while consecutive test rows want the same
/// ones: creating them is what takes the time.
class TwinsCache
{
public:
    /// The twins of `schema` on `kind`, created unless those of `name` on `kind` are there;
    /// nullptr, with `error` set, when they cannot be created.
    Twins *get(const QString &name, const relata::Schema &schema, ServerKind kind, QString *error);

private:
    QString m_key;
    std::unique_ptr<Twins> m_twins;
};

/// Empties both databases and inserts the same seeded rows; fails unless they compare equal.
bool seedTwins(Twins &twins, const relata::Schema &schema, quint64 seed, int rowsPerTable,
               const SeedOptions &options, QString *error);

/// One row's primary key values.
using Key = QList<QVariant>;

/// Every row's key of `table`, in key order.
std::optional<QList<Key>> tableKeys(QSqlDatabase &db, const relata::Schema &schema,
                                    const relata::Table &table, QString *error);

/// One DELETE of the rows with these keys; false (with the database's words in `message`)
/// when the database refuses.
bool deleteKeys(QSqlDatabase &db, const relata::Schema &schema, const relata::Table &table,
                const QList<Key> &keys, QString *message);

/// Whether the database accepts deleting the row with `key` (tried in a transaction that is
/// rolled back).
bool deleteAccepted(QSqlDatabase &db, const relata::Schema &schema, const relata::Table &table,
                    const Key &key);

/// Runs an UPDATE or other statement; false with the error in `error`.
bool execSql(QSqlDatabase &db, const QString &sql, QString *error);

/// The inline oracle for one root (as tst_deleteplan_live): seeded twins, three rounds of
/// deleteRound() with `runner` as Relata's side (empty: the inline script run by
/// relata::runDeleteScript()). Adds the problems to `problems`, the rounds' summaries to
/// `summaries`; returns a reason when the root cannot be proven (orderDependence()), else
/// empty.
QString inlineOracle(const relata::Schema &schema, Twins &twins, const relata::Table &root,
                     quint64 seed, int rowsPerTable, QStringList *problems, QStringList *summaries,
                     const DeleteRunner &runner = {});

} // namespace relatatest
