#pragma once

// The pieces of the delete oracle (SPEC §5): a runner for Relata's delete scripts, seeded
// rows that a database with real FOREIGN KEY constraints accepts, and a dump of every table
// to compare two databases by.

#include "core/dialect.h"
#include "run/deleterunner.h"
#include "sql/deletesql.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace relata {
class Schema;
struct Relation;
} // namespace relata

namespace relatatest {

using relata::DeleteRun;

/// relata::runDeleteScript() (model/run), with the failure's words in `error`.
inline DeleteRun runDeleteScript(QSqlDatabase &db, const relata::DeleteScript &script,
                                 const QString &idsJson, QString *error)
{
    DeleteRun run = relata::runDeleteScript(db, script, idsJson);
    *error = run.error;
    return run;
}

/// Choices for insertSeededRows().
struct SeedOptions
{
    /// Relations whose child rows all refer to the first row of the parent: used for the
    /// relations a database refuses a FOREIGN KEY for, so that a delete that spares the
    /// first row never reaches them.
    QSet<const relata::Relation *> firstParentOnly;
};

/// Inserts about `rowsPerTable` deterministic rows into every table, parents first, so that
/// a database with FOREIGN KEY constraints accepts them: distinct keys, child columns that
/// name an existing parent row (or NULL, sometimes, where allowed), values that fit each
/// column's type, unique indexes respected. Relations that close a loop are filled in by
/// UPDATE once every table has its rows. The same seed gives the same rows everywhere.
bool insertSeededRows(QSqlDatabase &db, const relata::Schema &schema, relata::Dialect dialect,
                      quint64 seed, int rowsPerTable, QString *error,
                      const SeedOptions &options = {});

/// Empties every table (constraints set aside for the moment), ready for new rows.
bool clearTables(QSqlDatabase &db, const relata::Schema &schema, relata::Dialect dialect,
                 QString *error);

/// Every table's rows as sorted strings, by the model's table name: NULL as "NULL",
/// binary values in hex, so that two databases of one server compare equal.
using TableDump = QMap<QString, QStringList>;
std::optional<TableDump> dumpTables(QSqlDatabase &db, const relata::Schema &schema, QString *error);

/// The dialect of a connection, from its driver's name.
relata::Dialect dialectOfConnection(const QSqlDatabase &db);

/// Differences between two dumps, table by table, each with its first rows that differ.
QStringList compareDumps(const TableDump &expected, const TableDump &actual,
                         const QString &expectedName, const QString &actualName);

} // namespace relatatest
