#include "deleteoracle.h"

#include "deleteoracle_p.h"

#include "core/schema.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

using Role = relata::DeleteStatement::Role;

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
bool runStatement(QSqlDatabase &db, const relata::DeleteStatement &statement, int number,
                  const QString &idsJson, bool *changed, bool *rowBack, QString *error)
{
    QSqlQuery query(db);
    const auto fail = [&] {
        *error = u"statement %1 (%2, %3) failed: %4"_s.arg(number).arg(
                relata::deleteStatementRoleName(statement.role), statement.note,
                detail::queryError(query, statement.sql));
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

DeleteRun runDeleteScript(QSqlDatabase &db, const relata::DeleteScript &script,
                          const QString &idsJson, QString *error)
{
    DeleteRun run;
    const QList<relata::DeleteStatement> &statements = script.statements;
    if (statements.isEmpty()) {
        *error = u"the delete script has no statements"_s;
        return run;
    }
    for (qsizetype i = 1; i < statements.size(); ++i) {
        if (phaseOf(statements.at(i).role) < phaseOf(statements.at(i - 1).role)) {
            *error = u"statement %1 (%2) comes after a %3 statement: deletesql.h runs "
                     "Prepare, Seed and Collect, then Check, then Delete, SetNull and Finish"_s
                             .arg(i + 1)
                             .arg(relata::deleteStatementRoleName(statements.at(i).role),
                                  relata::deleteStatementRoleName(statements.at(i - 1).role));
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
        for (const relata::DeleteStatement &statement : statements) {
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
    return run;
}

relata::Dialect dialectOfConnection(const QSqlDatabase &db)
{
    const QString driver = db.driverName();
    if (driver.startsWith(u"QPSQL"_s))
        return relata::Dialect::PostgreSql;
    if (driver.startsWith(u"QSQLITE"_s))
        return relata::Dialect::Sqlite;
    return relata::Dialect::MySql;
}

bool clearTables(QSqlDatabase &db, const relata::Schema &schema, relata::Dialect dialect,
                 QString *error)
{
    const detail::QuotedNames names(schema, dialect);
    QStringList tables;
    for (const relata::Table &table : schema.tables())
        tables.append(names.table(table));
    QStringList statements;
    switch (dialect) {
    case relata::Dialect::PostgreSql:
        statements.append(u"TRUNCATE "_s + tables.join(u", "_s));
        break;
    case relata::Dialect::MySql:
        statements.append(u"SET FOREIGN_KEY_CHECKS = 0"_s);
        for (const QString &table : std::as_const(tables))
            statements.append(u"DELETE FROM "_s + table);
        statements.append(u"SET FOREIGN_KEY_CHECKS = 1"_s);
        break;
    case relata::Dialect::Sqlite: {
        QSqlQuery pragma(db);
        const bool on = pragma.exec(u"PRAGMA foreign_keys"_s) && pragma.next()
                        && pragma.value(0).toInt() == 1;
        statements.append(u"PRAGMA foreign_keys = OFF"_s);
        for (const QString &table : std::as_const(tables))
            statements.append(u"DELETE FROM "_s + table);
        if (on)
            statements.append(u"PRAGMA foreign_keys = ON"_s);
        break;
    }
    }
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *error = detail::queryError(query, sql);
            return false;
        }
    }
    return true;
}

namespace {

QString normalised(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::QByteArray)
        return u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

std::optional<TableDump> dumpTables(QSqlDatabase &db, const relata::Schema &schema, QString *error)
{
    const detail::QuotedNames names(schema, dialectOfConnection(db));
    TableDump dump;
    for (const relata::Table &table : schema.tables()) {
        QStringList columns;
        for (const relata::Column &column : table.columns)
            columns.append(names.column(table, column.id));
        const QString sql = u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), names.table(table));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            *error = detail::queryError(query, sql);
            return std::nullopt;
        }
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values.append(normalised(query.value(i)));
            rows.append(values.join(u" | "_s));
        }
        std::sort(rows.begin(), rows.end());
        dump.insert(table.name, rows);
    }
    return dump;
}

QStringList compareDumps(const TableDump &expected, const TableDump &actual,
                         const QString &expectedName, const QString &actualName)
{
    QStringList differences;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList &want = it.value();
        const QStringList have = actual.value(it.key());
        if (want == have)
            continue;
        QStringList onlyExpected;
        QStringList onlyActual;
        std::set_difference(want.cbegin(), want.cend(), have.cbegin(), have.cend(),
                            std::back_inserter(onlyExpected));
        std::set_difference(have.cbegin(), have.cend(), want.cbegin(), want.cend(),
                            std::back_inserter(onlyActual));
        QString text = u"table %1: %2 rows in %3, %4 in %5"_s.arg(it.key())
                               .arg(want.size())
                               .arg(expectedName)
                               .arg(have.size())
                               .arg(actualName);
        for (const QString &row : onlyExpected.mid(0, 3))
            text += u"\n    only in %1: %2"_s.arg(expectedName, row);
        for (const QString &row : onlyActual.mid(0, 3))
            text += u"\n    only in %1: %2"_s.arg(actualName, row);
        differences.append(text);
    }
    return differences;
}

} // namespace relatatest
