// R009: an index whose lookups another index (or the primary key) already serves.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

#include "sql/sqldialect.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// The primary key or an index, as a candidate that may make an index redundant.
struct Key
{
    const QList<ColumnId> *columns;
    bool unique;
    int position;       ///< -1 for the primary key, else the index's position in the table
    const Index *index; ///< nullptr for the primary key
};

/// True when `other` serves every lookup `index` serves and the database loses nothing
/// when `index` is dropped:
/// - its columns are a leftmost prefix of `other`'s;
/// - a unique index is kept unless `other` has the same columns and is unique too, since
///   the uniqueness on fewer columns is a constraint `other` does not enforce;
/// - of two indexes with the same columns only one is reported: the non-unique one when
///   exactly one is unique, else the later one.
bool coveredBy(const Index &index, int position, const Key &other)
{
    const qsizetype n = index.columns.size();
    if (other.columns->size() < n
        || !std::equal(index.columns.cbegin(), index.columns.cend(), other.columns->cbegin()))
        return false;
    const bool identical = other.columns->size() == n;
    if (index.unique)
        return identical && other.unique && other.position < position;
    if (identical && !other.unique)
        return other.position < position;
    return true;
}

QString describeColumns(const Table &table, const QList<ColumnId> &columns)
{
    return u'(' + table.columnNames(columns).join(u", "_s) + u')';
}

QString dropIndexStatement(const SqlDialect &dialect, const Table &table, const Index &index)
{
    QString statement = u"DROP INDEX "_s + dialect.quoteIfNeeded(index.name);
    if (dialect.dialect() == Dialect::MySql)
        statement += u" ON "_s + dialect.quoteIfNeeded(table.name);
    return statement + u';';
}

class RedundantIndexRule final : public ValidationRule
{
public:
    QString code() const override { return u"R009"_s; }
    QString name() const override { return u"redundant-index"_s; }
    Severity severity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return u"An index is a leftmost prefix of another index or of the primary key"_s;
    }
    QString help() const override
    {
        return u"An index on (a) is redundant next to an index on (a, b) or a primary key "
               "starting with a: the longer one serves every lookup the shorter one does. "
               "The redundant index costs disk, memory and time on every write. A unique "
               "index is kept when the other is not unique (or is longer), because it "
               "enforces a constraint. Drop the redundant index."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const SqlDialect &dialect = SqlDialect::get(context.schema().dialect);
        QList<Key> keys; // reused from table to table
        for (const Table &table : context.schema().tables()) {
            if (table.indexes.isEmpty()
                || (table.indexes.size() == 1 && table.primaryKey.isEmpty()))
                continue;
            keys.clear();
            if (!table.primaryKey.isEmpty())
                keys.append({&table.primaryKey, true, -1, nullptr});
            for (qsizetype i = 0; i < table.indexes.size(); ++i) {
                const Index &ix = table.indexes.at(i);
                keys.append({&ix.columns, ix.unique, int(i), &ix});
            }
            for (qsizetype i = 0; i < table.indexes.size(); ++i)
                checkIndex(context, dialect, table, int(i), keys, findings);
        }
    }

private:
    void checkIndex(const ValidationContext &context, const SqlDialect &dialect, const Table &table,
                    int position, const QList<Key> &keys, QList<Finding> &findings) const
    {
        const Index &index = table.indexes.at(position);
        if (index.columns.isEmpty())
            return;
        for (const Key &other : keys) {
            if (other.position == position || !coveredBy(index, position, other))
                continue;
            const QString otherText
                    = other.index ? u"index "_s + other.index->name : u"the primary key"_s;
            Finding f = ValidationContext::finding(
                    *this, u"index %1 on %2 %3 is redundant: %4 %5 serves the same lookups"_s.arg(
                                   index.name, table.name, describeColumns(table, index.columns),
                                   otherText, describeColumns(table, *other.columns)));
            context.attach(f, table, index.columns);
            f.fix = dropIndexStatement(dialect, table, index);
            findings.append(f);
            return;
        }
    }
};

} // namespace

const ValidationRule &redundantIndexRule()
{
    static const RedundantIndexRule rule;
    return rule;
}

} // namespace relata
