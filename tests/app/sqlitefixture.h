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

} // namespace clitest
