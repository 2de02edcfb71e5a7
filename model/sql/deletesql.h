#pragma once

#include "core/dialect.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace relata {

class Schema;
struct DdlPlan;
struct DeletePlan;

/// One statement of a delete script.
struct DeleteStatement
{
    enum class Role {
        Prepare, ///< creates a working table (the keys of the rows to delete from one table)
        Seed,    ///< fills the root's working table from the :ids parameter
        Collect, ///< adds the keys of the rows a cascade reaches to a working table
        Check,   ///< a SELECT: a row back means a restrict / no action relation refuses
        SetNull, ///< clears the child columns of a `set null` relation
        Delete,  ///< deletes the rows of one table, children before parents
        Finish,  ///< drops a working table
    };
    Role role = Role::Prepare;
    QString sql;
    /// Statements of one loop (a self-reference or a cycle) share a group number: the
    /// group runs again, in order, while any of its statements changes a row. -1: once.
    int repeatGroup = -1;
    QString note; ///< what the statement is for, in words, for the script's comments
};

/// "prepare", "seed", "collect", "check", "set null", "delete", "finish".
QString deleteStatementRoleName(DeleteStatement::Role role);

/// The statements that carry out a delete plan set-wise, in one transaction: their number
/// depends on the relations in the plan, never on the rows.
///
/// The root rows are given as the named parameter `:ids`, a JSON array: one value per row
/// for a one-column key (`[1, 2, 3]`), one array per row for a composite key, its values in
/// key order (`[[1, "a"], [2, "b"]]`). A runner binds `:ids` in the statements that have
/// it (as a prepared statement; the others run as they are: PostgreSQL cannot prepare
/// CREATE TABLE) and runs them in order in one transaction: Prepare, Seed and Collect
/// (repeating each loop group until none of its statements changes a row), then every
/// Check (any row back: the delete is refused), then Delete, SetNull (after the deletes,
/// so that rows deleted anyway are not updated first) and Finish, and commits. After a
/// refusal or an error it rolls back and then runs the Finish statements, ignoring their
/// errors: MySQL keeps temporary tables through a ROLLBACK. (MySQL's Prepare also drops a
/// working table an interrupted run may have left on the connection.)
struct DeleteScript
{
    QList<DeleteStatement> statements;
};

/// Where the root rows a script deletes come from.
struct DeleteSource
{
    enum class Kind {
        Ids,     ///< the :ids parameter (inline, and the queue's handler)
        Flagged, ///< rows whose soft-delete column is set (the scheduled job)
    };
    Kind kind = Kind::Ids;
    /// Flagged: at most this many root rows per run, in key order; the job runs the script
    /// until its Seed adds no row.
    int batch = 100;
};

/// The delete script for `plan` in `dialect`; a failure when a table the plan needs to
/// remember rows of has no key (no primary key and no referenced unique columns), or when
/// the source is Flagged and the root has no soft-delete column.
Result<DeleteScript> deleteScript(const Schema &schema, const DeletePlan &plan, Dialect dialect,
                                  const DeleteSource &source);

/// The inline strategy: deleteScript() for the rows named by :ids.
Result<DeleteScript> inlineDeleteScript(const Schema &schema, const DeletePlan &plan,
                                        Dialect dialect);

/// deleteScript() for many plans of one schema in one dialect: the names of tables and
/// columns are planned once, not on every call.
class DeleteScriptWriter
{
public:
    DeleteScriptWriter(const Schema &schema, Dialect dialect);
    ~DeleteScriptWriter();
    DeleteScriptWriter(const DeleteScriptWriter &) = delete;
    DeleteScriptWriter &operator=(const DeleteScriptWriter &) = delete;

    Result<DeleteScript> script(const DeletePlan &plan, const DeleteSource &source = {}) const;

private:
    const Schema &m_schema;
    Dialect m_dialect;
    std::unique_ptr<DdlPlan> m_names;
};

} // namespace relata
