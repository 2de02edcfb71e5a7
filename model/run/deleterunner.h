#pragma once

#include "sql/deletesql.h"

#include <QSqlDatabase>
#include <QString>

namespace relata {

/// How a delete script ran.
struct DeleteRun
{
    enum class Outcome { Deleted, Refused, Failed };
    Outcome outcome = Outcome::Failed;
    int statements = 0;  ///< statements executed, each round of a loop group counted
    QString refusedBy;   ///< the note of the Check statement that found a row
    bool seeded = false; ///< a Seed statement added a row (the scheduled job stops when not)
    QString error;       ///< Failed: which statement and why
    double ms = 0;       ///< Deleted: wall time from BEGIN to COMMIT
};

/// Runs `script` on `db` in one transaction as deletesql.h tells a runner to: `:ids` bound
/// to `idsJson` where a statement names it (only those are prepared: PostgreSQL cannot
/// prepare DDL), a loop group run again while any of its statements changes a row (at most
/// 10,000 rounds), a Check that returns a row refusing the delete. After a refusal or an
/// error it rolls back and runs the Finish statements.
DeleteRun runDeleteScript(QSqlDatabase &db, const DeleteScript &script, const QString &idsJson);

} // namespace relata
