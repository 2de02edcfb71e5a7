#include "recordingexecutor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relatatest {

RecordingExecutor::RecordingExecutor(const QSqlDatabase &db)
    : m_inner(db)
{}

relata_gen::dialect RecordingExecutor::sql_dialect() const
{
    return m_inner.sql_dialect();
}

bool RecordingExecutor::begin()
{
    m_calls.append({Call::Begin, {}});
    return m_inner.begin();
}

bool RecordingExecutor::commit()
{
    m_calls.append({Call::Commit, {}});
    return m_inner.commit();
}

bool RecordingExecutor::rollback()
{
    m_calls.append({Call::Rollback, {}});
    return m_inner.rollback();
}

std::string RecordingExecutor::error() const
{
    return m_inner.error();
}

relata_gen::statement_result
RecordingExecutor::execute(std::string_view sql, const std::vector<relata_gen::bound_value> &values)
{
    m_calls.append({Call::Statement, fromView(sql)});
    return m_inner.execute(sql, values);
}

QStringList RecordingExecutor::statements() const
{
    QStringList sql;
    for (const Entry &entry : m_calls) {
        if (entry.call == Call::Statement)
            sql.append(entry.sql);
    }
    return sql;
}

QStringList RecordingExecutor::protocolProblems(const relata_gen::delete_result &result,
                                                const relata_gen::plan &plan) const
{
    QStringList problems;
    const auto count = [&](Call call) {
        return std::count_if(m_calls.cbegin(), m_calls.cend(),
                             [call](const Entry &e) { return e.call == call; });
    };
    if (m_calls.isEmpty() || m_calls.constFirst().call != Call::Begin || count(Call::Begin) != 1)
        problems.append(u"not exactly one begin(), before everything else"_s);
    const bool deleted = result.outcome == relata_gen::delete_outcome::deleted;
    const Call end = deleted ? Call::Commit : Call::Rollback;
    if (count(end) != 1 || count(deleted ? Call::Rollback : Call::Commit) != 0) {
        problems.append(u"%1: not exactly one %2() and no other end of the transaction"_s.arg(
                deleted ? u"deleted"_s : u"refused or failed"_s,
                deleted ? u"commit"_s : u"rollback"_s));
        return problems;
    }
    QStringList finish;
    if (const relata_gen::script *s = generatedScript(plan, sql_dialect())) {
        for (const relata_gen::statement &st : s->statements) {
            if (st.role == relata_gen::statement_role::finish)
                finish.append(fromView(st.sql));
        }
    }
    qsizetype inside = 0;
    bool ended = false;
    for (const Entry &entry : m_calls) {
        if (entry.call == end)
            ended = true;
        else if (entry.call == Call::Statement && !ended)
            ++inside;
        else if (entry.call == Call::Statement && (deleted || !finish.contains(entry.sql)))
            problems.append(u"a statement after the transaction ended: "_s + entry.sql);
    }
    const bool failed = result.outcome == relata_gen::delete_outcome::failed;
    if (inside != result.statements + (failed ? 1 : 0))
        problems.append(
                u"%1 statements ran in the transaction, the result counts %2"_s.arg(inside).arg(
                        result.statements));
    return problems;
}

DeleteRun toDeleteRun(const relata_gen::delete_result &result)
{
    DeleteRun run;
    switch (result.outcome) {
    case relata_gen::delete_outcome::deleted:
        run.outcome = DeleteRun::Outcome::Deleted;
        break;
    case relata_gen::delete_outcome::refused:
        run.outcome = DeleteRun::Outcome::Refused;
        break;
    case relata_gen::delete_outcome::failed:
        run.outcome = DeleteRun::Outcome::Failed;
        break;
    }
    run.statements = result.statements;
    run.refusedBy = QString::fromStdString(result.refused_by);
    run.seeded = result.seeded;
    run.error = QString::fromStdString(result.error);
    return run;
}

DeleteRunner generatedRunner(const relata_gen::plan &plan, QStringList *problems)
{
    return [&plan, problems](QSqlDatabase &free, const QString &idsJson) {
        RecordingExecutor executor(free);
        const relata_gen::delete_result result
                = relata_gen::delete_rows(executor, plan, idsJson.toStdString());
        for (const QString &problem : executor.protocolProblems(result, plan))
            problems->append(u"the transaction of delete_rows(%1): %2"_s.arg(idsJson, problem));
        return toDeleteRun(result);
    };
}

const relata_gen::script *generatedScript(const relata_gen::plan &plan, relata_gen::dialect dialect)
{
    for (const relata_gen::script &s : plan.scripts) {
        if (s.sql_dialect == dialect)
            return &s;
    }
    return nullptr;
}

relata_gen::dialect generatedDialect(relata::Dialect dialect)
{
    switch (dialect) {
    case relata::Dialect::PostgreSql:
        return relata_gen::dialect::postgresql;
    case relata::Dialect::Sqlite:
        return relata_gen::dialect::sqlite;
    case relata::Dialect::MySql:
        break;
    }
    return relata_gen::dialect::mysql;
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace relatatest
