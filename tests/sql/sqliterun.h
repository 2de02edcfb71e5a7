#pragma once

// Runs generated SQL in an in-memory SQLite database through Qt's QSQLITE driver, so that
// the DDL tests prove that SQLite accepts the output without a server.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace sqliterun {

using namespace Qt::StringLiterals;

/// Splits generated SQL into statements: `;` outside quotes and comments ends one.
inline QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    QChar quote;
    bool lineComment = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        current += c;
        if (lineComment) {
            lineComment = c != u'\n';
        } else if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote reopens at the next character
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            lineComment = true;
        } else if (c == u';') {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

/// Runs `sql` in a fresh in-memory SQLite database; returns the error, or empty. `tables`
/// receives the number of tables, `kept` the CREATE TABLE text SQLite keeps.
inline QString runInSqlite(const QString &sql, int *tables = nullptr, QString *kept = nullptr)
{
    const QString connection = u"ddl-check"_s;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        for (const QString &statement : splitStatements(sql)) {
            if (!query.exec(statement)) {
                error = query.lastError().text() + u"\n"_s + statement;
                break;
            }
        }
        if (error.isEmpty()
            && query.exec(u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name NOT "
                          u"LIKE 'sqlite_%'"_s)) {
            int count = 0;
            for (; query.next(); ++count) {
                if (kept)
                    *kept += query.value(0).toString() + u'\n';
            }
            if (tables)
                *tables = count;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace sqliterun
