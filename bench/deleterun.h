#pragma once

// The two ways the delete benchmark deletes one parent row with its dependants: Relata's
// set-wise script, and the row-by-row emulation of an ORM-side cascade.

#include "core/ids.h"

#include <QSqlDatabase>
#include <QString>

namespace relata {

class Schema;
struct DeleteScript;

/// How one delete went.
struct DeleteRunResult
{
    bool deleted = false; ///< committed; otherwise `error` says why
    int statements = 0;   ///< statements executed (each round of a loop group counted)
    double ms = 0;        ///< wall time from BEGIN to COMMIT
    QString error;
};

/// Runs `script` in one transaction as deletesql.h tells a runner to: `:ids` bound to
/// `idsJson` where a statement names it (only those are prepared), each loop group again
/// while one of its statements changes a row, a Check that returns a row refusing the
/// delete (rolled back, then the Finish statements run).
DeleteRunResult runPlanScript(QSqlDatabase &db, const DeleteScript &script, const QString &idsJson);

/// Deletes row `id` of `table` the way an ORM emulates ON DELETE: for each relation to the
/// table, one SELECT per row for its children (a restrict relation: any child refuses),
/// depth-first; one UPDATE per child of a `set null` relation and one DELETE per row,
/// children first. Prepared statements, one transaction, one connection.
DeleteRunResult runRowByRow(QSqlDatabase &db, const Schema &schema, TableId table, qint64 id);

} // namespace relata
