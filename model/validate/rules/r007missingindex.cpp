// R007: the referencing columns have no index.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

#include "sql/relationindex.h"
#include "sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// `CREATE INDEX idx_blocks_user_id ON blocks (user_id);` for the schema's dialect.
QString createIndexStatement(const SqlDialect &dialect, const Table &table,
                             const QStringList &columns)
{
    const QString indexName = relationIndexName(dialect, table.name, columns);
    QStringList quoted;
    quoted.reserve(columns.size());
    for (const QString &column : columns)
        quoted.append(dialect.quoteIfNeeded(column));
    return u"CREATE INDEX "_s + dialect.quoteIfNeeded(indexName) + u" ON "_s
           + dialect.quoteIfNeeded(table.name) + u" ("_s + quoted.join(u", "_s) + u");"_s;
}

class MissingIndexRule final : public ValidationRule
{
public:
    QString code() const override { return u"R007"_s; }
    QString name() const override { return u"missing-index"_s; }
    Severity severity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return u"The referencing columns are not the leading columns of any index"_s;
    }
    QString help() const override
    {
        return u"Without a foreign key the database creates no index for a relation. Every "
               "delete or key update of a parent row, and every cascade the application "
               "carries out, must then find the child rows by a full table scan, which "
               "grows with the table and holds locks for as long. The child columns must be "
               "the leftmost columns of the primary key or of an index, in order: an index "
               "on (a, b) serves a relation on a, but not one on b. Create the suggested "
               "index, or reorder an existing one."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const Schema &schema = context.schema();
        const SqlDialect &dialect = SqlDialect::get(schema.dialect);
        for (const Relation *relation : context.relations()) {
            const Table *child = schema.table(relation->childTable);
            if (child->isIndexed(relation->childColumns))
                continue;
            const QStringList columns = child->columnNames(relation->childColumns);
            Finding f = ValidationContext::finding(
                    *this, schema.describe(*relation) + u" has no index on "_s + child->name
                                   + u" ("_s + columns.join(u", "_s) + u')');
            context.attach(f, *relation);
            f.fix = createIndexStatement(dialect, *child, columns);
            findings.append(f);
        }
    }
};

} // namespace

const ValidationRule &missingIndexRule()
{
    static const MissingIndexRule rule;
    return rule;
}

} // namespace relata
