#include "sqliteimporter.h"

#include "sqlitecatalog.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

// The catalog SQL. `t` holds the user's ordinary tables: sqlite_* tables are SQLite's
// own, and virtual tables are skipped (their pragmas would need the module loaded).
const QString kTablesCte = uR"(WITH t AS (
    SELECT name FROM sqlite_schema
    WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
      AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'))"_s;

const QString kObjectsSql = uR"(
SELECT type, name, sql FROM sqlite_schema ORDER BY rowid)"_s;

const QString kColumnsSql = kTablesCte + uR"(
SELECT t.name, p.name, p.type, p."notnull", p.dflt_value, p.pk
FROM t JOIN pragma_table_info(t.name) p
ORDER BY t.name, p.cid)"_s;

// Indexes in the order they were created (their rows in sqlite_schema).
const QString kIndexesSql = kTablesCte + uR"(
SELECT t.name, il.name, il."unique", il.origin, il.partial
FROM t JOIN pragma_index_list(t.name) il
LEFT JOIN sqlite_schema s ON s.type = 'index' AND s.name = il.name
ORDER BY t.name, s.rowid, il.name)"_s;

const QString kIndexColumnsSql = kTablesCte + uR"(
SELECT il.name, x.cid, x.name, x."desc"
FROM t JOIN pragma_index_list(t.name) il JOIN pragma_index_xinfo(il.name) x
WHERE x.key = 1
ORDER BY il.name, x.seqno)"_s;

// pragma_foreign_key_list numbers a table's constraints from the last one declared.
const QString kForeignKeysSql = kTablesCte + uR"(
SELECT t.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete
FROM t JOIN pragma_foreign_key_list(t.name) f
ORDER BY t.name, f.id DESC, f.seq)"_s;

QString sqlErrorText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.isEmpty() ? u"unknown error"_s : text;
}

/// A uniquely named QSQLITE connection, removed again however the import ends.
class SqliteConnection
{
public:
    SqliteConnection()
        : m_name(u"relata-import-sqlite-%1"_s.arg(s_counter.fetch_add(1)))
    {}
    ~SqliteConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    /// Opens `path` read-only; a missing file is an error, never a new empty database.
    bool open(const QString &path, QString *error);
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline std::atomic_int s_counter = 0;
    QString m_name;
};

bool SqliteConnection::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (path.isEmpty()) {
        *error = u"no SQLite database file given"_s;
        return false;
    }
    if (!info.exists() || info.isDir()) {
        *error = info.isDir() ? u"%1 is a directory, not an SQLite database file"_s.arg(path)
                              : u"SQLite database file %1 does not exist"_s.arg(path);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        *error = u"Qt's SQLite driver (QSQLITE) is not installed"_s;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open()) {
        *error = u"cannot open SQLite database %1: %2"_s.arg(path, sqlErrorText(db.lastError()));
        return false;
    }
    return true;
}

/// Runs the catalog queries against one open connection and feeds the builder.
class SqliteCatalogReader
{
public:
    SqliteCatalogReader(QSqlDatabase db, QString path, const ImportProgress &progress,
                        const std::atomic_bool *cancel)
        : m_db(std::move(db))
        , m_path(std::move(path))
        , m_progress(progress)
        , m_cancel(cancel)
    {}

    bool read(SqliteCatalogBuilder &builder);
    const QString &errorString() const { return m_error; }

private:
    /// Runs `sql` and calls `row` for each result row; false (with m_error) on failure.
    template<typename RowFunction>
    bool forEachRow(const QString &phase, double fraction, const QString &sql, RowFunction row);

    QSqlDatabase m_db;
    QString m_path;
    const ImportProgress &m_progress;
    const std::atomic_bool *m_cancel;
    QString m_error;
};

template<typename RowFunction>
bool SqliteCatalogReader::forEachRow(const QString &phase, double fraction, const QString &sql,
                                     RowFunction row)
{
    if (m_progress)
        m_progress(phase, fraction);
    if (m_cancel && m_cancel->load()) {
        m_error = u"import cancelled"_s;
        return false;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        m_error = u"cannot read the %1 of %2: %3"_s.arg(phase, m_path,
                                                        sqlErrorText(query.lastError()));
        return false;
    }
    while (query.next())
        row(query);
    if (query.lastError().isValid()) {
        m_error = u"cannot read the %1 of %2: %3"_s.arg(phase, m_path,
                                                        sqlErrorText(query.lastError()));
        return false;
    }
    return true;
}

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toString());
}

bool SqliteCatalogReader::read(SqliteCatalogBuilder &b)
{
    const auto objects = [&](const QSqlQuery &q) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        const QString sql = q.value(2).toString();
        if (type == u"view")
            b.skipView();
        else if (type == u"trigger")
            b.skipOther();
        else if (type == u"table" && sql.startsWith(u"CREATE VIRTUAL TABLE"_s, Qt::CaseInsensitive))
            b.skipOther(u"virtual table %1"_s.arg(name));
        else if (type == u"table" && !name.startsWith(u"sqlite_"_s, Qt::CaseInsensitive))
            b.addTable(name, sql);
    };
    const auto columns = [&](const QSqlQuery &q) {
        b.addColumn({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toInt() != 0, optionalText(q.value(4)), q.value(5).toInt()});
    };
    const auto indexes = [&](const QSqlQuery &q) {
        b.addIndex({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                    q.value(3).toString(), q.value(4).toInt() != 0});
    };
    const auto indexColumns = [&](const QSqlQuery &q) {
        b.addIndexColumn({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                          q.value(3).toInt() != 0});
    };
    const auto foreignKeys = [&](const QSqlQuery &q) {
        b.addForeignKeyColumn({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                               q.value(3).toString(), optionalText(q.value(4)),
                               q.value(5).toString(), q.value(6).toString()});
    };
    return forEachRow(u"tables"_s, 0.0, kObjectsSql, objects)
           && forEachRow(u"columns"_s, 0.2, kColumnsSql, columns)
           && forEachRow(u"indexes"_s, 0.4, kIndexesSql, indexes)
           && forEachRow(u"index columns"_s, 0.6, kIndexColumnsSql, indexColumns)
           && forEachRow(u"foreign keys"_s, 0.8, kForeignKeysSql, foreignKeys);
}

} // namespace

Result<ImportResult> SqliteImporter::import(const ConnectionSettings &settings,
                                            const ImportProgress &progress,
                                            const std::atomic_bool *cancel)
{
    SqliteConnection connection;
    QString error;
    if (!connection.open(settings.database, &error))
        return Result<ImportResult>::failure(error);
    SqliteCatalogBuilder builder;
    {
        SqliteCatalogReader reader(connection.database(), settings.database, progress, cancel);
        if (!reader.read(builder))
            return Result<ImportResult>::failure(reader.errorString());
    }
    if (progress)
        progress(u"comment markers"_s, 0.9);
    ImportResult result = builder.finish(QFileInfo(settings.database).completeBaseName());
    if (progress)
        progress(u"done"_s, 1.0);
    return result;
}

} // namespace relata
