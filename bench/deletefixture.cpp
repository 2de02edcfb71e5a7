#include "deletefixture.h"

#include "sql/ddl.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr qint64 kKeptRoot = 2;
constexpr qint64 kKeptIdBase = 1'000'000; ///< ids of the kept tree start above it
constexpr int kRowsPerInsert = 500;
constexpr int kAudits = 3;

/// The tables below level0: name, child column, parent table.
struct ChildTable
{
    const char *name;
    const char *column;
    const char *parent;
    ReferentialAction onDelete;
};
constexpr ChildTable kChildTables[] = {
        {"level1", "level0_id", "level0", ReferentialAction::Cascade},
        {"level2", "level1_id", "level1", ReferentialAction::Cascade},
        {"level3", "level2_id", "level2", ReferentialAction::Cascade},
        {"level4", "level3_id", "level3", ReferentialAction::Cascade},
        {"tags", "level1_id", "level1", ReferentialAction::Cascade},
        {"notes", "level2_id", "level2", ReferentialAction::SetNull},
        {"audits", "level0_id", "level0", ReferentialAction::Restrict},
};

int countOf(const TreeShape &shape, const QString &table)
{
    if (table == u"level1")
        return shape.level1;
    if (table == u"level2")
        return shape.level2;
    if (table == u"level3")
        return shape.level3;
    if (table == u"level4")
        return shape.level4;
    if (table == u"tags")
        return shape.tags;
    if (table == u"notes")
        return shape.notes;
    return 0;
}

Column column(const QString &name, const QString &type, bool nullable)
{
    Column c;
    c.name = name;
    c.type = SqlType::parse(type, Dialect::MySql);
    c.nullable = nullable;
    return c;
}

/// `INSERT INTO table (columns) VALUES ...` for the rows, `kRowsPerInsert` at a time.
QStringList insertStatements(const QString &table, const QString &parentColumn,
                             const QList<std::pair<qint64, qint64>> &rows)
{
    QStringList statements;
    QString sql;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i % kRowsPerInsert == 0) {
            if (!sql.isEmpty())
                statements.append(sql);
            sql = u"INSERT INTO %1 (id, %2, name) VALUES "_s.arg(table, parentColumn);
        } else {
            sql += u", "_s;
        }
        sql += u"(%1, %2, 'row %1')"_s.arg(rows.at(i).first).arg(rows.at(i).second);
    }
    if (!sql.isEmpty())
        statements.append(sql);
    return statements;
}

/// The rows (id, parent id) of every child table in the tree of level0 row `root`, parents
/// spread round-robin.
QMap<QString, QList<std::pair<qint64, qint64>>> treeRows(const TreeShape &shape, qint64 root,
                                                         qint64 idBase)
{
    QMap<QString, QList<std::pair<qint64, qint64>>> rows;
    for (const ChildTable &child : kChildTables) {
        const QString name = QString::fromLatin1(child.name);
        const QString parent = QString::fromLatin1(child.parent);
        QList<std::pair<qint64, qint64>> &list = rows[name];
        const int count = countOf(shape, name);
        const QList<std::pair<qint64, qint64>> parents = rows.value(parent);
        for (int j = 0; j < count; ++j) {
            const qint64 parentId
                    = parent == u"level0" ? root : parents.at(j % parents.size()).first;
            list.append({idBase + j + 1, parentId});
        }
    }
    return rows;
}

QString driverName(DeleteServer server)
{
    switch (server) {
    case DeleteServer::MariaDb:
        return QSqlDatabase::isDriverAvailable(u"QMARIADB"_s) ? u"QMARIADB"_s : u"QMYSQL"_s;
    case DeleteServer::Postgres:
        return u"QPSQL"_s;
    case DeleteServer::Sqlite:
        break;
    }
    return u"QSQLITE"_s;
}

QString env(DeleteServer server, const char *name)
{
    const QString prefix
            = server == DeleteServer::MariaDb ? u"RELATA_TEST_MYSQL_"_s : u"RELATA_TEST_PG_"_s;
    return qEnvironmentVariable((prefix + QLatin1StringView(name)).toLatin1().constData());
}

QString queryError(const QSqlQuery &query, const QString &sql)
{
    return query.lastError().text() + u"\n  in: "_s + sql.left(300);
}

} // namespace

QString deleteServerLabel(DeleteServer server)
{
    switch (server) {
    case DeleteServer::MariaDb:
        return u"MariaDB"_s;
    case DeleteServer::Postgres:
        return u"PostgreSQL"_s;
    case DeleteServer::Sqlite:
        break;
    }
    return u"SQLite"_s;
}

Dialect deleteServerDialect(DeleteServer server)
{
    switch (server) {
    case DeleteServer::MariaDb:
        return Dialect::MySql;
    case DeleteServer::Postgres:
        return Dialect::PostgreSql;
    case DeleteServer::Sqlite:
        break;
    }
    return Dialect::Sqlite;
}

bool deleteServerGiven(DeleteServer server)
{
    return server == DeleteServer::Sqlite || !env(server, "HOST").isEmpty();
}

Schema deleteBenchSchema()
{
    Schema schema;
    schema.name = u"deletes"_s;
    schema.dialect = Dialect::MySql;
    const auto addTable
            = [&schema](const QString &name, const QString &parentColumn, bool nullable) {
                  Table table;
                  table.name = name;
                  table.columns.append(column(u"id"_s, u"bigint"_s, false));
                  if (!parentColumn.isEmpty())
                      table.columns.append(column(parentColumn, u"bigint"_s, nullable));
                  table.columns.append(column(u"name"_s, u"varchar(40)"_s, true));
                  const TableId id = schema.addTable(table);
                  Table *added = schema.tableForEdit(id);
                  added->primaryKey = {added->columns.first().id};
              };
    addTable(u"level0"_s, {}, false);
    for (const ChildTable &child : kChildTables)
        addTable(QString::fromLatin1(child.name), QString::fromLatin1(child.column),
                 child.onDelete == ReferentialAction::SetNull);
    for (const ChildTable &child : kChildTables) {
        const Table *table = schema.tableByName(QString::fromLatin1(child.name));
        const Table *parent = schema.tableByName(QString::fromLatin1(child.parent));
        Relation relation;
        relation.childTable = table->id;
        relation.childColumns = {table->columnByName(QString::fromLatin1(child.column))->id};
        relation.parentTable = parent->id;
        relation.parentColumns = parent->primaryKey;
        relation.onDelete = child.onDelete;
        schema.addRelation(relation);
    }
    return schema;
}

TreeShape largeTree()
{
    return {10, 100, 1000, 8790, 100, 1000};
}

TreeShape smallTree()
{
    return {2, 8, 20, 60, 10, 8};
}

TreeShape keptTree()
{
    return {2, 4, 8, 16, 2, 4};
}

DeleteDatabase::DeleteDatabase(DeleteServer server)
    : m_server(server)
    , m_connection(u"relata-bench-deletes-%1"_s.arg(int(server)))
    , m_database(u"relata_bench_deletes_%1"_s.arg(QCoreApplication::applicationPid()))
{}

DeleteDatabase::~DeleteDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (m_created && m_server != DeleteServer::Sqlite) {
        const QString admin = m_connection + u"-admin"_s;
        QString error;
        if (openConnection(admin, m_server == DeleteServer::Postgres ? u"postgres"_s : QString(),
                           &error)) {
            QSqlQuery query(QSqlDatabase::database(admin, false));
            query.exec(u"DROP DATABASE IF EXISTS "_s + m_database);
        }
        QSqlDatabase::database(admin, false).close();
        QSqlDatabase::removeDatabase(admin);
    }
}

bool DeleteDatabase::openConnection(const QString &name, const QString &database, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(m_server), name);
    if (!db.isValid()) {
        *error = u"Qt's %1 driver is not available"_s.arg(driverName(m_server));
        return false;
    }
    db.setDatabaseName(database);
    if (m_server != DeleteServer::Sqlite) {
        db.setHostName(env(m_server, "HOST"));
        if (const int port = env(m_server, "PORT").toInt(); port > 0)
            db.setPort(port);
        db.setUserName(env(m_server, "USER"));
        db.setPassword(env(m_server, "PASSWORD"));
    }
    if (!db.open()) {
        *error = u"cannot connect to %1: %2"_s.arg(deleteServerLabel(m_server),
                                                   db.lastError().text());
        return false;
    }
    if (m_server == DeleteServer::Postgres) {
        QSqlQuery query(db);
        query.exec(u"SET client_min_messages = warning"_s);
    }
    return true;
}

bool DeleteDatabase::create(const Schema &schema, QString *error)
{
    QString database;
    if (m_server == DeleteServer::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *error = u"cannot create a temporary directory: "_s + m_dir->errorString();
            return false;
        }
        database = m_dir->filePath(u"deletes.sqlite"_s);
    } else {
        const QString admin = m_connection + u"-admin"_s;
        bool ok = openConnection(
                admin, m_server == DeleteServer::Postgres ? u"postgres"_s : QString(), error);
        if (ok) {
            QSqlQuery query(QSqlDatabase::database(admin, false));
            for (const QString &sql :
                 {u"DROP DATABASE IF EXISTS "_s + m_database, u"CREATE DATABASE "_s + m_database}) {
                if (ok && !query.exec(sql)) {
                    *error = queryError(query, sql);
                    ok = false;
                }
            }
        }
        QSqlDatabase::database(admin, false).close();
        QSqlDatabase::removeDatabase(admin);
        if (!ok)
            return false;
        m_created = true;
        database = m_database;
    }
    if (!openConnection(m_connection, database, error))
        return false;
    DdlOptions options;
    options.dialect = deleteServerDialect(m_server);
    options.relationComments = false;
    const Result<QString> ddl = generateDdl(schema, options);
    if (!ddl) {
        *error = u"DDL: "_s + ddl.errorString();
        return false;
    }
    // The DDL of these plain tables has no semicolon inside a literal or a comment.
    QString script;
    for (const QString &line : ddl.value().split(u'\n')) {
        if (!line.trimmed().startsWith(u"--"_s))
            script += line + u'\n';
    }
    for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty() && !exec(statement.trimmed(), error))
            return false;
    }
    return true;
}

QSqlDatabase DeleteDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool DeleteDatabase::exec(const QString &sql, QString *error)
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    *error = queryError(query, sql);
    return false;
}

bool DeleteDatabase::load(const TreeShape &deleted, const TreeShape &kept, QString *error)
{
    QStringList tables = {u"level0"_s};
    for (const ChildTable &child : kChildTables)
        tables.append(QString::fromLatin1(child.name));
    for (const QString &table : std::as_const(tables)) {
        if (!exec((m_server == DeleteServer::Sqlite ? u"DELETE FROM "_s : u"TRUNCATE TABLE "_s)
                          + table,
                  error))
            return false;
    }
    QSqlDatabase connection = db();
    if (!connection.transaction()) {
        *error = u"cannot begin a transaction: "_s + connection.lastError().text();
        return false;
    }
    QStringList statements = {u"INSERT INTO level0 (id, name) VALUES (%1, 'deleted'), "
                              "(%2, 'kept')"_s.arg(kDeletedRoot)
                                      .arg(kKeptRoot)};
    const auto deletedRows = treeRows(deleted, kDeletedRoot, 0);
    const auto keptRows = treeRows(kept, kKeptRoot, kKeptIdBase);
    QList<std::pair<qint64, qint64>> audits;
    for (int i = 1; i <= kAudits; ++i)
        audits.append({i, kKeptRoot});
    for (const ChildTable &child : kChildTables) {
        const QString name = QString::fromLatin1(child.name);
        const QString column = QString::fromLatin1(child.column);
        statements += insertStatements(name, column, deletedRows.value(name));
        statements += insertStatements(name, column, keptRows.value(name));
        if (name == u"audits")
            statements += insertStatements(name, column, audits);
    }
    for (const QString &sql : std::as_const(statements)) {
        if (!exec(sql, error)) {
            connection.rollback();
            return false;
        }
    }
    if (!connection.commit()) {
        *error = u"commit failed: "_s + connection.lastError().text();
        return false;
    }
    switch (m_server) {
    case DeleteServer::MariaDb:
        return exec(u"ANALYZE TABLE "_s + tables.join(u", "_s), error);
    case DeleteServer::Postgres:
    case DeleteServer::Sqlite:
        break;
    }
    return exec(u"ANALYZE"_s, error);
}

bool DeleteDatabase::verifyDeleted(const TreeShape &deleted, const TreeShape &kept, QString *error)
{
    // What each table must hold afterwards: COUNT(*), and the count of the kept rows.
    struct Expect
    {
        QString sql;
        qint64 value;
    };
    QList<Expect> expects = {
            {u"SELECT COUNT(*) FROM level0"_s, 1},
            {u"SELECT COUNT(*) FROM level0 WHERE id = %1"_s.arg(kKeptRoot), 1},
            {u"SELECT COUNT(*) FROM audits"_s, kAudits},
            {u"SELECT COUNT(*) FROM notes"_s, deleted.notes + kept.notes},
            {u"SELECT COUNT(*) FROM notes WHERE level2_id IS NULL"_s, deleted.notes},
            {u"SELECT COUNT(*) FROM notes WHERE level2_id > %1"_s.arg(kKeptIdBase), kept.notes},
    };
    for (const ChildTable &child : kChildTables) {
        const QString name = QString::fromLatin1(child.name);
        if (child.onDelete != ReferentialAction::Cascade)
            continue;
        expects.append({u"SELECT COUNT(*) FROM "_s + name, countOf(kept, name)});
        expects.append({u"SELECT COUNT(*) FROM %1 WHERE id > %2"_s.arg(name).arg(kKeptIdBase),
                        countOf(kept, name)});
    }
    for (const Expect &expect : std::as_const(expects)) {
        QSqlQuery query(db());
        if (!query.exec(expect.sql) || !query.next()) {
            *error = queryError(query, expect.sql);
            return false;
        }
        const qint64 value = query.value(0).toLongLong();
        if (value != expect.value) {
            *error = u"after the delete, %1 gives %2, expected %3"_s.arg(expect.sql)
                             .arg(value)
                             .arg(expect.value);
            return false;
        }
    }
    return true;
}

} // namespace relata
