// R003: parent columns are neither the primary key nor a unique index.
#include "sql/sqldialect.h"
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Index names live in one namespace per schema in PostgreSQL and SQLite, so a suggested
/// name must not be taken by any table's index.
bool indexNameTaken(const Schema &schema, const QString &name)
{
    for (const Table &table : schema.tables()) {
        for (const Index &index : table.indexes) {
            if (index.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

/// `uq_<table>_<columns>`, fitted to the dialect's length limit and numbered when the
/// schema already has an index of that name.
QString uniqueIndexName(const Schema &schema, const Table &table, const QStringList &columns)
{
    const SqlDialect &dialect = SqlDialect::get(schema.dialect);
    const QString base = u"uq_"_s + table.name + u'_' + columns.join(u'_');
    QString name = dialect.fitIdentifier(base);
    for (int n = 2; indexNameTaken(schema, name); ++n)
        name = dialect.fitIdentifier(base + u'_' + QString::number(n));
    return name;
}

/// `CREATE UNIQUE INDEX uq_users_email ON users (email);` — the same text in every dialect.
QString createUniqueIndex(const Schema &schema, const Table &table, const QStringList &columns)
{
    const SqlDialect &dialect = SqlDialect::get(schema.dialect);
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns.append(dialect.quoteIfNeeded(column));
    return u"CREATE UNIQUE INDEX %1 ON %2 (%3);"_s.arg(
            dialect.quoteIfNeeded(uniqueIndexName(schema, table, columns)),
            dialect.quoteIfNeeded(table.name), quotedColumns.join(u", "_s));
}

class ParentNotKeyRule final : public ValidationRule
{
public:
    QString code() const override { return u"R003"_s; }
    QString name() const override { return u"parent-not-key"_s; }
    Severity severity() const override { return Severity::Error; }
    QString summary() const override
    {
        return u"Parent columns are neither the primary key nor a unique index"_s;
    }
    QString help() const override
    {
        return u"A child row refers to exactly one parent row only when the parent columns "
               "are unique. If they are not, one child value matches several parents: joins "
               "multiply rows, a delete cannot tell which parent owned the child, and a real "
               "FOREIGN KEY would be refused by PostgreSQL and SQLite. Point the relation at "
               "the parent's primary key, or declare a unique index on the parent columns."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const Schema &schema = context.schema();
        for (const Relation *relation : context.relations()) {
            const Table *parent = schema.table(relation->parentTable);
            if (parent->isKey(relation->parentColumns))
                continue;
            const QStringList columns = parent->columnNames(relation->parentColumns);
            Finding finding = ValidationContext::finding(
                    *this,
                    u"%1: %2 has no primary key or unique index on (%3)"_s.arg(
                            schema.describe(*relation), parent->name, columns.join(u", "_s)));
            context.attach(finding, *relation);
            finding.fix = createUniqueIndex(schema, *parent, columns);
            findings.append(finding);
        }
    }
};

} // namespace

const ValidationRule &parentNotKeyRule()
{
    static const ParentNotKeyRule rule;
    return rule;
}

} // namespace relata
