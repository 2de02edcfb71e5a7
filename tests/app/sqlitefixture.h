#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace clitest {

/// Creates the SQLite database file `path` with `statements`, through Qt's QSQLITE driver;
/// false when one of them fails.
inline bool createSqliteFile(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("fixture:") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements)
            ok = ok && QSqlQuery(db).exec(statement);
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

/// A database whose table `links` refers by name to `parents` tables p_aa, p_ab, ...
/// (`p_aa_id`), every column indexed but the last: a schema that indexes its references.
inline QStringList indexedLinksStatements(int parents)
{
    QStringList tables;
    QStringList indexes;
    QStringList columns{QStringLiteral("id INTEGER PRIMARY KEY")};
    for (int i = 0; i < parents; ++i) {
        const QString name = QStringLiteral("p_") + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
        tables.append(
                QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT)").arg(name));
        columns.append(name + QStringLiteral("_id INTEGER"));
        if (i + 1 < parents)
            indexes.append(QStringLiteral("CREATE INDEX ix_%1 ON links (%1_id)").arg(name));
    }
    tables.append(
            QStringLiteral("CREATE TABLE links (%1)").arg(columns.join(QStringLiteral(", "))));
    return tables + indexes;
}

} // namespace clitest
