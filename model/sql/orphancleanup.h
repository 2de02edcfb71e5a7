#pragma once

#include "core/dialect.h"

#include <QList>
#include <QString>

namespace relata {

class Schema;
struct Relation;

/// One statement of the orphan cleanup: for one relation, the child rows whose parent row
/// no longer exists (all child columns set, no parent row with those values).
struct CleanupStatement
{
    enum class Action {
        Delete,  ///< `cascade`: deletes at most the batch size of orphaned rows
        SetNull, ///< `set null`: clears the child columns of at most that many rows
        Count,   ///< `restrict`, `no action`: counts the orphans (up to 10,000), touches none
    };
    const Relation *relation = nullptr;
    Action action = Action::Count;
    QString sql;
    QString note;
};

/// The orphan cleanup of a schema (SPEC §5), one statement per relation a database would
/// have (confirmed, not ignored), in model order, each small: at most `batch` rows. Run each
/// Delete and SetNull statement until it changes no row, and the whole list again while any
/// statement changed one (deleting an orphan may orphan the rows below it); Count
/// statements report what is left for a person to decide. Valid for the dialect: MySQL
/// allows LIMIT only on a single-table DELETE or UPDATE, PostgreSQL on neither (the rows
/// are picked by ctid), SQLite picks them by rowid.
QList<CleanupStatement> orphanCleanup(const Schema &schema, Dialect dialect, int batch = 100);

/// The cleanup as an SQL file with a comment on each statement.
QString orphanCleanupText(const Schema &schema, Dialect dialect, int batch = 100);

} // namespace relata
