#include "deleterunner.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

using Role = DeleteStatement::Role;

constexpr int kMaxRounds = 10000;

/// Where a role comes in the order deletesql.h gives a runner: collecting, checking,
/// changing.
int phaseOf(Role role)
{
    switch (role) {
    case Role::Prepare:
    case Role::Seed:
    case Role::Collect:
        return 0;
    case Role::Check:
        return 1;
    case Role::SetNull:
    case Role::Delete:
    case Role::Finish:
        break;
    }
    return 2;
}

/// Runs one statement; `changed` is set when it changed a row, `rowBack` when it returned
/// one.
bool runStatement(QSqlDatabase &db, const DeleteStatement &statement, int number,
                  const QString &idsJson, bool *changed, bool *rowBack, QString *error)
{
    QSqlQuery query(db);
    const auto fail = [&] {
        *error = u"statement %1 (%2, %3) failed: %4"_s.arg(number).arg(
                deleteStatementRoleName(statement.role), statement.note,
                query.lastError().text() + u"\n  in: "_s + statement.sql);
        return false;
    };
    // Only statements with the parameter are prepared: PostgreSQL's PREPARE takes no DDL
    // (CREATE TEMPORARY TABLE, DROP TABLE), and Qt's PostgreSQL driver prepares that way.
    if (statement.sql.contains(u":ids"_s)) {
        if (!query.prepare(statement.sql))
            return fail();
        query.bindValue(u":ids"_s, idsJson);
        if (!query.exec())
            return fail();
    } else if (!query.exec(statement.sql)) {
        return fail();
    }
    *rowBack = query.isSelect() && query.next();
    *changed = !query.isSelect() && query.numRowsAffected() > 0;
    return true;
}

} // namespace

DeleteRun runDeleteScript(QSqlDatabase &db, const DeleteScript &script, const QString &idsJson)
{
    DeleteRun run;
    QElapsedTimer timer;
    timer.start();
    QString *error = &run.error;
    const QList<DeleteStatement> &statements = script.statements;
    if (statements.isEmpty()) {
        *error = u"the delete script has no statements"_s;
        return run;
    }
    for (qsizetype i = 1; i < statements.size(); ++i) {
        if (phaseOf(statements.at(i).role) < phaseOf(statements.at(i - 1).role)) {
            *error = u"statement %1 (%2) comes after a %3 statement: deletesql.h runs "
                     "Prepare, Seed and Collect, then Check, then Delete, SetNull and Finish"_s
                             .arg(i + 1)
                             .arg(deleteStatementRoleName(statements.at(i).role),
                                  deleteStatementRoleName(statements.at(i - 1).role));
            return run;
        }
    }
    if (!db.transaction()) {
        *error = u"cannot begin a transaction: "_s + db.lastError().text();
        return run;
    }
    // After a refusal or an error: roll back, then drop the working tables (MySQL keeps
    // temporary tables through a ROLLBACK), as deletesql.h asks of a runner.
    const auto rollBack = [&] {
        db.rollback();
        for (const DeleteStatement &statement : statements) {
            QSqlQuery query(db);
            if (statement.role == Role::Finish)
                query.exec(statement.sql);
        }
    };
    const auto failed = [&] {
        rollBack();
        run.outcome = DeleteRun::Outcome::Failed;
        return run;
    };
    qsizetype i = 0;
    while (i < statements.size()) {
        // A loop group: the statements that follow with the same group number.
        const int group = statements.at(i).repeatGroup;
        qsizetype end = i + 1;
        while (group >= 0 && end < statements.size() && statements.at(end).repeatGroup == group)
            ++end;
        for (int round = 1;; ++round) {
            bool anyChange = false;
            for (qsizetype s = i; s < end; ++s) {
                bool changed = false;
                bool rowBack = false;
                if (!runStatement(db, statements.at(s), int(s + 1), idsJson, &changed, &rowBack,
                                  error))
                    return failed();
                ++run.statements;
                anyChange = anyChange || changed;
                if (statements.at(s).role == Role::Seed && changed)
                    run.seeded = true;
                if (statements.at(s).role == Role::Check && rowBack) {
                    rollBack();
                    run.outcome = DeleteRun::Outcome::Refused;
                    run.refusedBy = statements.at(s).note;
                    return run;
                }
            }
            if (group < 0 || !anyChange)
                break;
            if (round >= kMaxRounds) {
                *error = u"loop group %1 still changed rows after %2 rounds"_s.arg(group).arg(
                        kMaxRounds);
                return failed();
            }
        }
        i = end;
    }
    if (!db.commit()) {
        *error = u"commit failed: "_s + db.lastError().text();
        return failed();
    }
    run.outcome = DeleteRun::Outcome::Deleted;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

} // namespace relata
