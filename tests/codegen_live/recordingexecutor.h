#pragma once

// The executor the test runs generated delete plans through: relata_gen::qt_sql_executor
// (the generated Qt SQL adapter), with every call recorded so that the test can check that
// a delete ran in exactly one transaction.
#include "relata_qtsql.hpp"

#include "deleteround.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace relatatest {

class RecordingExecutor final : public relata_gen::executor
{
public:
    explicit RecordingExecutor(const QSqlDatabase &db);

    relata_gen::dialect sql_dialect() const override;
    bool begin() override;
    bool commit() override;
    bool rollback() override;
    std::string error() const override;
    relata_gen::statement_result
    execute(std::string_view sql, const std::vector<relata_gen::bound_value> &values) override;

    /// How the calls broke the protocol of delete_rows(), given what it returned: exactly
    /// one begin() first, then the statements, then exactly one commit() (deleted) or one
    /// rollback() (refused, failed) followed by nothing but the script's Finish
    /// statements; as many statements in the transaction as `result` counts (and the one
    /// that failed). Empty when it was kept.
    QStringList protocolProblems(const relata_gen::delete_result &result,
                                 const relata_gen::plan &plan) const;

    /// The SQL of every statement run, in order.
    QStringList statements() const;

private:
    enum class Call { Begin, Commit, Rollback, Statement };
    struct Entry
    {
        Call call;
        QString sql;
    };

    relata_gen::qt_sql_executor m_inner;
    QList<Entry> m_calls;
};

/// The delete_result as the oracle's DeleteRun.
DeleteRun toDeleteRun(const relata_gen::delete_result &result);

/// The oracle's runner for `plan`: relata_gen::delete_rows() through a RecordingExecutor on
/// the database without constraints; every broken protocol is added to `problems`.
DeleteRunner generatedRunner(const relata_gen::plan &plan, QStringList *problems);

/// The statements of `plan`'s script for `dialect`, or nullptr.
const relata_gen::script *generatedScript(const relata_gen::plan &plan,
                                          relata_gen::dialect dialect);

/// The generated dialect of a Relata dialect.
relata_gen::dialect generatedDialect(relata::Dialect dialect);

QString fromView(std::string_view text);

} // namespace relatatest
