#include "expectednames.h"

#include "sql/sqldialect.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

/// Hands out names unique within one scope: the legal form of the wanted name, else with
/// `_2`, `_3`...
class Claims
{
public:
    Claims(relata::Dialect target, NameScope scope)
        : m_dialect(relata::SqlDialect::get(target))
        , m_target(target)
        , m_scope(scope)
    {}

    QString claim(const QString &wanted)
    {
        QString name = m_dialect.legalIdentifier(wanted);
        for (int n = 2; m_taken.contains(comparableName(name, m_target, m_scope)); ++n)
            name = m_dialect.legalIdentifier(wanted + u'_' + QString::number(n));
        m_taken.insert(comparableName(name, m_target, m_scope));
        return name;
    }

private:
    const relata::SqlDialect &m_dialect;
    relata::Dialect m_target;
    NameScope m_scope;
    QSet<QString> m_taken;
};

} // namespace

QString comparableName(const QString &name, relata::Dialect target, NameScope scope)
{
    if (target == relata::Dialect::PostgreSql
        || (target == relata::Dialect::MySql && scope == NameScope::Table)) {
        return name;
    }
    QString folded = name.toCaseFolded();
    if (target != relata::Dialect::MySql)
        return folded;
    folded = folded.normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded;
}

ExpectedNames::ExpectedNames(const relata::Schema &schema, relata::Dialect target)
{
    Claims tables(target, NameScope::Table);
    for (const relata::Table &table : schema.tables()) {
        m_tables.insert(table.id, tables.claim(table.name));
        Claims columns(target, NameScope::Column);
        QHash<relata::ColumnId, QString> &names = m_columns[table.id];
        for (const relata::Column &column : table.columns)
            names.insert(column.id, columns.claim(column.name));
    }
}

QStringList ExpectedNames::columns(relata::TableId table,
                                   const QList<relata::ColumnId> &columns) const
{
    QStringList names;
    names.reserve(columns.size());
    for (relata::ColumnId column : columns)
        names.append(this->column(table, column));
    return names;
}

} // namespace relatatest
