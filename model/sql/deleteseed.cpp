#include "deletesqlbuilder_p.h"
#include "typemapping.h"
#include "validate/typecompatibility.h"

using namespace Qt::StringLiterals;

namespace relata::deletesql {

QString ScriptBuilder::seedSource(const WorkTable &work) const
{
    return m_source.kind == DeleteSource::Kind::Flagged ? flaggedSource(work) : idsSource(work);
}

/// The root rows named by :ids, as a SELECT of the work table's columns from alias r.
QString ScriptBuilder::idsSource(const WorkTable &work) const
{
    const TableId root = m_plan.root;
    const QList<ColumnId> &key = work.key;
    QStringList values;
    QString from;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QString type = columnType(root, key.at(i));
        const QString path = key.size() == 1 ? u"$"_s : u"$[%1]"_s.arg(i);
        switch (m_dialect) {
        case Dialect::MySql:
            values.append(u"j.v%1"_s.arg(i));
            break;
        case Dialect::PostgreSql:
            values.append(key.size() == 1 ? u"(j.value #>> '{}')::%1"_s.arg(type)
                                          : u"(j.value ->> %1)::%2"_s.arg(i).arg(type));
            break;
        case Dialect::Sqlite:
            values.append(key.size() == 1 ? u"j.value"_s
                                          : u"json_extract(j.value, '%1')"_s.arg(path));
            break;
        }
    }
    switch (m_dialect) {
    case Dialect::MySql: {
        QStringList definitions;
        for (qsizetype i = 0; i < key.size(); ++i) {
            const QString path = key.size() == 1 ? u"$"_s : u"$[%1]"_s.arg(i);
            definitions.append(u"v%1 %2 PATH '%3'"_s.arg(i).arg(columnType(root, key.at(i)), path));
        }
        from = u"JSON_TABLE(:ids, '$[*]' COLUMNS (%1)) AS j"_s.arg(definitions.join(u", "_s));
        break;
    }
    case Dialect::PostgreSql:
        from = u"jsonb_array_elements(CAST(:ids AS jsonb)) AS j(value)"_s;
        break;
    case Dialect::Sqlite:
        from = u"json_each(:ids) AS j"_s;
        break;
    }
    return u"SELECT %1 FROM %2 r WHERE %3 IN (SELECT %4 FROM %5)"_s.arg(
            columns(root, work.columns, u"r"_s), tableName(root), tuple(root, key, u"r"_s),
            values.join(u", "_s), from);
}

/// Up to `batch` rows of the root whose soft-delete column is set, in key order.
QString ScriptBuilder::flaggedSource(const WorkTable &work) const
{
    const TableId root = m_plan.root;
    const Table &rootTable = table(root);
    const Column &flag = *rootTable.column(rootTable.softDeleteColumn);
    const QString name = u"r."_s + column(root, flag.id);
    // The column as the target database has it: MySQL's boolean is PostgreSQL's boolean,
    // which compares with TRUE, not with 0.
    const TypeFamily family
            = SqlType::parse(mapType(flag.type, m_schema.dialect, m_dialect).text, m_dialect)
                      .family;
    QString condition;
    switch (family) {
    case TypeFamily::Boolean:
    case TypeFamily::Integer:
        condition = m_dialect == Dialect::PostgreSql && family == TypeFamily::Boolean
                            ? name + u" IS TRUE"_s
                            : name + u" <> 0"_s;
        break;
    default:
        condition = name + u" IS NOT NULL"_s;
        break;
    }
    // In a subquery, so that ORDER BY and LIMIT stay with it inside a recursive query.
    return u"SELECT * FROM (SELECT %1 FROM %2 r WHERE %3 ORDER BY %4 LIMIT %5) flagged"_s.arg(
            columns(root, work.columns, u"r"_s), tableName(root), condition,
            columns(root, work.key, u"r"_s), QString::number(m_source.batch));
}

} // namespace relata::deletesql
