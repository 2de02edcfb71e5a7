#include "deleterun.h"

#include "run/deleterunner.h"

#include "core/schema.h"
#include "sql/ddlplan.h"
#include "sql/deletesql.h"
#include "sql/sqldialect.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

using Role = DeleteStatement::Role;

QString queryError(const QSqlQuery &query, const QString &sql)
{
    return query.lastError().text() + u"\n  in: "_s + sql;
}

Dialect dialectOf(const QSqlDatabase &db)
{
    const QString driver = db.driverName();
    if (driver.startsWith(u"QPSQL"_s))
        return Dialect::PostgreSql;
    if (driver.startsWith(u"QSQLITE"_s))
        return Dialect::Sqlite;
    return Dialect::MySql;
}

/// The row-by-row emulation: one prepared statement per relation and table, reused.
class RowByRow
{
public:
    RowByRow(QSqlDatabase &db, const Schema &schema)
        : m_db(db)
        , m_schema(schema)
        , m_sql(SqlDialect::get(dialectOf(db)))
        , m_plan(DdlPlan::build(schema, DdlOptions{dialectOf(db)}, m_sql))
    {}

    bool deleteRow(TableId tableId, qint64 id);
    int statements() const { return m_statements; }
    const QString &error() const { return m_error; }

private:
    /// The prepared statement for `sql`, made on first use.
    QSqlQuery *prepared(const QString &sql);
    bool exec(QSqlQuery *query, qint64 value);
    /// The ids of the rows of `relation`'s child table that refer to `id`.
    bool children(const Relation &relation, qint64 id, QList<qint64> *ids);
    QString table(const Table &table) const
    {
        return m_sql.quoteIdentifier(m_plan.tableName(table));
    }
    QString column(const Table &table, ColumnId column) const
    {
        return m_sql.quoteIdentifier(m_plan.columnName(table, *table.column(column)));
    }
    QString keyColumn(const Table &t) const { return column(t, t.primaryKey.first()); }

    QSqlDatabase &m_db;
    const Schema &m_schema;
    const SqlDialect &m_sql;
    DdlPlan m_plan;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    int m_statements = 0;
    QString m_error;
};

QSqlQuery *RowByRow::prepared(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &query = m_queries[sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_error = queryError(*query, sql);
            return nullptr;
        }
    }
    return query.get();
}

bool RowByRow::exec(QSqlQuery *query, qint64 value)
{
    if (!query)
        return false;
    query->bindValue(0, value);
    ++m_statements;
    if (query->exec())
        return true;
    m_error = queryError(*query, query->lastQuery());
    return false;
}

bool RowByRow::children(const Relation &relation, qint64 id, QList<qint64> *ids)
{
    const Table &child = *m_schema.table(relation.childTable);
    QSqlQuery *query = prepared(u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(
            keyColumn(child), table(child), column(child, relation.childColumns.first())));
    if (!exec(query, id))
        return false;
    while (query->next())
        ids->append(query->value(0).toLongLong());
    query->finish();
    return true;
}

bool RowByRow::deleteRow(TableId tableId, qint64 id)
{
    const Table &parent = *m_schema.table(tableId);
    for (const Relation &relation : m_schema.relations()) {
        if (relation.parentTable != tableId || relation.isUnconfirmed())
            continue;
        QList<qint64> ids;
        if (!children(relation, id, &ids))
            return false;
        const Table &child = *m_schema.table(relation.childTable);
        switch (relation.onDelete) {
        case ReferentialAction::Restrict:
        case ReferentialAction::NoAction:
            if (!ids.isEmpty()) {
                m_error = u"refused: %1 row %2 has children in %3"_s.arg(parent.name)
                                  .arg(id)
                                  .arg(child.name);
                return false;
            }
            break;
        case ReferentialAction::Cascade:
            for (const qint64 childId : std::as_const(ids)) {
                if (!deleteRow(child.id, childId))
                    return false;
            }
            break;
        case ReferentialAction::SetNull: {
            QSqlQuery *update = prepared(u"UPDATE %1 SET %2 = NULL WHERE %3 = ?"_s.arg(
                    table(child), column(child, relation.childColumns.first()), keyColumn(child)));
            for (const qint64 childId : std::as_const(ids)) {
                if (!exec(update, childId))
                    return false;
            }
            break;
        }
        }
    }
    return exec(prepared(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table(parent), keyColumn(parent))),
                id);
}

} // namespace

DeleteRunResult runPlanScript(QSqlDatabase &db, const DeleteScript &script, const QString &idsJson)
{
    const DeleteRun run = runDeleteScript(db, script, idsJson);
    DeleteRunResult result;
    result.deleted = run.outcome == DeleteRun::Outcome::Deleted;
    result.statements = run.statements;
    result.ms = run.ms;
    result.error = run.outcome == DeleteRun::Outcome::Refused ? u"refused: "_s + run.refusedBy
                                                              : run.error;
    return result;
}

DeleteRunResult runRowByRow(QSqlDatabase &db, const Schema &schema, TableId table, qint64 id)
{
    DeleteRunResult run;
    QElapsedTimer timer;
    timer.start();
    if (!db.transaction()) {
        run.error = u"cannot begin a transaction: "_s + db.lastError().text();
        return run;
    }
    bool ok = false;
    {
        // Its prepared statements are released before the transaction ends.
        RowByRow emulation(db, schema);
        ok = emulation.deleteRow(table, id);
        run.statements = emulation.statements();
        run.error = emulation.error();
    }
    if (!ok) {
        db.rollback();
        return run;
    }
    if (!db.commit()) {
        run.error = u"commit failed: "_s + db.lastError().text();
        db.rollback();
        return run;
    }
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.deleted = true;
    return run;
}

} // namespace relata
