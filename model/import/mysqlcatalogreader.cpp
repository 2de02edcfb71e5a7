#include "mysqlcatalogreader.h"

#include "mysqlconnection.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

using namespace mysqlcatalog;

/// The text of a column that may be SQL NULL; nullopt for NULL.
std::optional<QString> optionalText(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toString();
}

/// After the last row: a server that went away during the fetch shows up here, not in
/// exec(), and must not pass for the end of the rows.
bool finished(const QSqlQuery &query, const QString &what, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    *error = u"%1 failed: %2"_s.arg(what, query.lastError().text());
    return false;
}

bool readServer(MySqlConnection &connection, Catalog &catalog, QString *error)
{
    const QString what = u"reading the server's version"_s;
    auto query = connection.select(kServerSql, what, error);
    if (!query)
        return false;
    if (!query->next()) {
        *error = u"%1 returned no row"_s.arg(what);
        return false;
    }
    catalog.serverVersion = query->value(0).toString();
    if (query->value(1).toInt() == 0) {
        *error = u"database \"%1\" is not visible in the server's catalog: it does not "
                 "exist or the user has no rights on it"_s.arg(catalog.database);
        return false;
    }
    return true;
}

bool readTables(MySqlConnection &connection, Catalog &catalog, QString *error)
{
    const QString what = u"reading tables"_s;
    auto query = connection.select(kTablesSql, what, error);
    if (!query)
        return false;
    while (query->next())
        catalog.tables.append({query->value(0).toString(), query->value(1).toString(),
                               query->value(2).toString()});
    return finished(*query, what, error);
}

bool readColumns(MySqlConnection &connection, Catalog &catalog, QString *error)
{
    const QString what = u"reading columns"_s;
    auto query = connection.select(kColumnsSql, what, error);
    if (!query)
        return false;
    while (query->next()) {
        ColumnRow row;
        row.table = query->value(0).toString();
        row.name = query->value(1).toString();
        row.type = query->value(2).toString();
        row.nullable = query->value(3).toString() == u"YES"_s;
        row.defaultValue = optionalText(*query, 4);
        row.extra = query->value(5).toString();
        row.comment = query->value(6).toString();
        catalog.columns.append(std::move(row));
    }
    return finished(*query, what, error);
}

bool readIndexes(MySqlConnection &connection, Catalog &catalog, QString *error)
{
    const QString what = u"reading indexes"_s;
    auto query = connection.select(kIndexesSql, what, error);
    if (!query)
        return false;
    while (query->next()) {
        IndexRow row;
        row.table = query->value(0).toString();
        row.index = query->value(1).toString();
        row.unique = query->value(2).toInt() == 0;
        row.column = query->value(3).toString();
        row.prefixLength = query->isNull(4) ? 0 : query->value(4).toInt();
        row.indexType = query->value(5).toString();
        catalog.indexes.append(std::move(row));
    }
    return finished(*query, what, error);
}

bool readForeignKeys(MySqlConnection &connection, Catalog &catalog, QString *error)
{
    const QString what = u"reading foreign keys"_s;
    auto query = connection.select(kForeignKeysSql, what, error);
    if (!query)
        return false;
    while (query->next()) {
        ForeignKeyRow row;
        row.table = query->value(0).toString();
        row.constraint = query->value(1).toString();
        row.column = query->value(2).toString();
        row.parentSchema = query->value(3).toString();
        row.parentTable = query->value(4).toString();
        row.parentColumn = query->value(5).toString();
        row.onUpdate = query->value(6).toString();
        row.onDelete = query->value(7).toString();
        catalog.foreignKeys.append(std::move(row));
    }
    return finished(*query, what, error);
}

bool readOtherObjects(MySqlConnection &connection, Catalog &catalog, QString *error)
{
    const QString what = u"counting views, routines and triggers"_s;
    auto query = connection.select(kOtherObjectsSql, what, error);
    if (!query)
        return false;
    if (!query->next()) {
        *error = u"%1 returned no row"_s.arg(what);
        return false;
    }
    catalog.views = query->value(0).toInt();
    catalog.routines = query->value(1).toInt();
    catalog.triggers = query->value(2).toInt();
    catalog.events = query->value(3).toInt();
    return true;
}

/// MariaDB: the LONGTEXT columns whose check is exactly json_valid(`column`) become
/// `json`, the type they were declared with. MySQL has a JSON type of its own.
bool readJsonChecks(MySqlConnection &connection, Catalog &catalog, QString *error)
{
    if (!catalog.isMariaDb())
        return true;
    auto query = connection.select(kJsonChecksSql, u"reading JSON column checks"_s, error);
    if (!query)
        return false;
    QSet<QString> json;
    while (query->next()) {
        const QString clause = query->value(1).toString().trimmed();
        static const QRegularExpression exact(uR"(^json_valid\(`((?:[^`]|``)+)`\)$)"_s);
        const QRegularExpressionMatch match = exact.match(clause);
        if (match.hasMatch())
            json.insert(query->value(0).toString() + u'\n'
                        + match.captured(1).replace(u"``"_s, u"`"_s));
    }
    for (ColumnRow &column : catalog.columns) {
        if (column.type.compare(u"longtext"_s, Qt::CaseInsensitive) == 0
            && json.contains(column.table + u'\n' + column.name))
            column.type = u"json"_s;
    }
    return true;
}

struct Phase
{
    const char16_t *name;
    bool (*read)(MySqlConnection &, Catalog &, QString *);
};

} // namespace

Result<Catalog> readMySqlCatalog(MySqlConnection &connection, const QString &database,
                                 const ImportProgress &progress, const std::atomic_bool *cancel)
{
    static constexpr Phase phases[] = {
            {u"server", readServer},
            {u"tables", readTables},
            {u"columns", readColumns},
            {u"JSON columns", readJsonChecks},
            {u"indexes", readIndexes},
            {u"relations", readForeignKeys},
            {u"other objects", readOtherObjects},
    };
    // Connecting comes before the first phase and building the schema after the last.
    constexpr double steps = std::size(phases) + 2;
    Catalog catalog;
    catalog.database = database;
    QString error;
    int done = 0;
    for (const Phase &phase : phases) {
        if (cancel && cancel->load())
            return Result<Catalog>::failure(u"import cancelled"_s);
        if (progress)
            progress(QString::fromUtf16(phase.name), (done + 1) / steps);
        if (!phase.read(connection, catalog, &error))
            return Result<Catalog>::failure(error);
        ++done;
    }
    if (cancel && cancel->load())
        return Result<Catalog>::failure(u"import cancelled"_s);
    return catalog;
}

} // namespace relata
