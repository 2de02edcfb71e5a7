#pragma once

// The input of the delete benchmark: a five-level schema built in code, the rows of one
// parent's tree, and a fresh database on each server to load them into.

#include "core/dialect.h"
#include "core/schema.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace relata {

/// Where the delete benchmark runs.
enum class DeleteServer { MariaDb, Postgres, Sqlite };

/// "MariaDB", "PostgreSQL", "SQLite"
QString deleteServerLabel(DeleteServer server);

/// The dialect of the DDL and the delete script for `server`.
Dialect deleteServerDialect(DeleteServer server);

/// Whether the variables scripts/bench exports name the server (RELATA_TEST_MYSQL_HOST,
/// RELATA_TEST_PG_HOST); SQLite always runs, in a file.
bool deleteServerGiven(DeleteServer server);

/// The schema: level0 ← level1 ← level2 ← level3 ← level4, each `levelN.levelM_id` a
/// cascade relation to its parent level; `tags.level1_id` cascade to level1,
/// `notes.level2_id` set null to level2, `audits.level0_id` restrict to level0. No FOREIGN
/// KEY in the DDL; every child column indexed by the DDL writer.
Schema deleteBenchSchema();

/// How many rows the tree under one level0 row has in each table.
struct TreeShape
{
    int level1 = 0;
    int level2 = 0;
    int level3 = 0;
    int level4 = 0;
    int tags = 0;  ///< spread over the level1 rows
    int notes = 0; ///< spread over the level2 rows (set null, not deleted)

    /// The rows a cascade from the level0 row deletes.
    int descendants() const { return level1 + level2 + level3 + level4 + tags; }
};

/// The tree the benchmark deletes: 10,000 descendants (10, 100, 1,000 and 8,790 rows on
/// the four levels, 100 tags), 1,000 notes.
TreeShape largeTree();
/// The same schema with 100 descendants, to show that the plan's statements do not change.
TreeShape smallTree();
/// The tree of a second level0 row that stays, with audits referring to it.
TreeShape keptTree();

/// The level0 row whose tree is deleted.
constexpr qint64 kDeletedRoot = 1;

/// A database created afresh on one server with the schema's constraint-free DDL; dropped
/// (or its file removed) by the destructor.
class DeleteDatabase
{
public:
    explicit DeleteDatabase(DeleteServer server);
    ~DeleteDatabase();
    DeleteDatabase(const DeleteDatabase &) = delete;
    DeleteDatabase &operator=(const DeleteDatabase &) = delete;

    /// Creates the database and runs the DDL of `schema` in it.
    bool create(const Schema &schema, QString *error);
    QSqlDatabase db() const;
    DeleteServer server() const { return m_server; }

    /// Empties every table and inserts the tree `deleted` under level0 row 1 and `kept`
    /// under row 2, by multi-row INSERT statements in one transaction; then updates the
    /// planner's statistics.
    bool load(const TreeShape &deleted, const TreeShape &kept, QString *error);

    /// Checks that the tree of row 1 is gone, its notes set null, and the tree of row 2
    /// untouched.
    bool verifyDeleted(const TreeShape &deleted, const TreeShape &kept, QString *error);

private:
    bool exec(const QString &sql, QString *error);
    bool openConnection(const QString &name, const QString &database, QString *error);

    DeleteServer m_server;
    QString m_connection;
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_created = false;
};

} // namespace relata
