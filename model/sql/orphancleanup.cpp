#include "orphancleanup.h"

#include "core/schema.h"
#include "ddlplan.h"
#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// At most this many orphans are counted for a relation that keeps them.
constexpr int kCountCap = 10000;

class CleanupWriter
{
public:
    CleanupWriter(const Schema &schema, Dialect dialect, int batch)
        : m_schema(schema)
        , m_dialect(dialect)
        , m_sql(SqlDialect::get(dialect))
        , m_names(DdlPlan::build(schema, DdlOptions{dialect}, m_sql))
        , m_batch(QString::number(batch))
    {}

    CleanupStatement statement(const Relation &relation) const;

private:
    QString table(TableId id) const
    {
        return m_sql.quoteIdentifier(m_names.tableName(*m_schema.table(id)));
    }
    QString column(TableId id, ColumnId c) const
    {
        const Table &t = *m_schema.table(id);
        return m_sql.quoteIdentifier(m_names.columnName(t, *t.column(c)));
    }
    /// The child row `c` (an alias, or the table's quoted name) is an orphan.
    QString orphan(const Relation &relation, const QString &c) const
    {
        QStringList set;
        QStringList match;
        for (qsizetype i = 0; i < relation.childColumns.size(); ++i) {
            const QString child
                    = c + u'.' + column(relation.childTable, relation.childColumns.at(i));
            set.append(child + u" IS NOT NULL"_s);
            match.append(u"p."_s + column(relation.parentTable, relation.parentColumns.at(i))
                         + u" = "_s + child);
        }
        return set.join(u" AND "_s)
               + u" AND NOT EXISTS (SELECT 1 FROM %1 p WHERE %2)"_s.arg(table(relation.parentTable),
                                                                        match.join(u" AND "_s));
    }
    /// The rows a statement may touch: at most the batch, picked the dialect's way.
    QString limited(const Relation &relation, const QString &verb) const
    {
        const QString child = table(relation.childTable);
        switch (m_dialect) {
        case Dialect::MySql:
            return verb + u" WHERE "_s + orphan(relation, child) + u" LIMIT "_s + m_batch;
        case Dialect::PostgreSql:
            return verb
                   + u" WHERE ctid IN (SELECT x.ctid FROM %1 x WHERE %2 LIMIT %3)"_s.arg(
                           child, orphan(relation, u"x"_s), m_batch);
        case Dialect::Sqlite:
            break;
        }
        return verb
               + u" WHERE rowid IN (SELECT x.rowid FROM %1 x WHERE %2 LIMIT %3)"_s.arg(
                       child, orphan(relation, u"x"_s), m_batch);
    }

    const Schema &m_schema;
    Dialect m_dialect;
    const SqlDialect &m_sql;
    DdlPlan m_names;
    QString m_batch;
};

CleanupStatement CleanupWriter::statement(const Relation &relation) const
{
    CleanupStatement out;
    out.relation = &relation;
    const QString child = table(relation.childTable);
    const QString what = m_schema.describe(relation);
    switch (relation.onDelete) {
    case ReferentialAction::Cascade:
        out.action = CleanupStatement::Action::Delete;
        out.sql = limited(relation, u"DELETE FROM "_s + child);
        out.note = u"%1: delete orphaned rows, %2 at a time"_s.arg(what, m_batch);
        break;
    case ReferentialAction::SetNull: {
        QStringList assignments;
        for (const ColumnId c : relation.childColumns)
            assignments.append(column(relation.childTable, c) + u" = NULL"_s);
        out.action = CleanupStatement::Action::SetNull;
        out.sql = limited(relation, u"UPDATE "_s + child + u" SET "_s + assignments.join(u", "_s));
        out.note = u"%1: set orphaned references to null, %2 at a time"_s.arg(what, m_batch);
        break;
    }
    case ReferentialAction::Restrict:
    case ReferentialAction::NoAction:
        out.action = CleanupStatement::Action::Count;
        out.sql = u"SELECT COUNT(*) FROM (SELECT 1 FROM %1 x WHERE %2 LIMIT %3) orphans"_s.arg(
                child, orphan(relation, u"x"_s), QString::number(kCountCap));
        out.note = u"%1: count orphaned rows (%2): they are kept for a person to decide"_s.arg(
                what, referentialActionName(relation.onDelete));
        break;
    }
    return out;
}

} // namespace

QList<CleanupStatement> orphanCleanup(const Schema &schema, Dialect dialect, int batch)
{
    const CleanupWriter writer(schema, dialect, qMax(batch, 1));
    QList<CleanupStatement> out;
    for (const Relation *relation : DdlPlan::relationsToWrite(schema))
        out.append(writer.statement(*relation));
    return out;
}

QString orphanCleanupText(const Schema &schema, Dialect dialect, int batch)
{
    QString out = u"-- %1 orphan cleanup for the schema \"%2\", written by Relata.\n"_s.arg(
            SqlDialect::get(dialect).displayName(), QString(schema.name).replace(u'\n', u' '));
    out += u"-- Run each DELETE and UPDATE until it changes no row, and all of them again while "
           u"one did\n-- (deleting an orphan may orphan the rows below it). Each statement "
           u"touches at most %1 rows.\n"_s.arg(batch);
    for (const CleanupStatement &statement : orphanCleanup(schema, dialect, batch)) {
        out += u"\n-- "_s + QString(statement.note).replace(u'\n', u' ') + u'\n';
        out += statement.sql + u";\n"_s;
    }
    return out;
}

} // namespace relata
