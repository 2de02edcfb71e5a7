// R008: a table has no primary key.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

#include "core/naming.h"
#include "sql/sqldialect.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString quotedColumns(const SqlDialect &dialect, const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(dialect.quoteIfNeeded(name));
    return quoted.join(u", "_s);
}

QString promoteIndexFix(const SqlDialect &dialect, const Table &table, const Index &index)
{
    const QString t = dialect.quoteIfNeeded(table.name);
    const QString ix = dialect.quoteIfNeeded(index.name);
    const QString cols = quotedColumns(dialect, table.columnNames(index.columns));
    switch (dialect.dialect()) {
    case Dialect::MySql:
        return u"promote the unique index %1 to the primary key: ALTER TABLE %2 DROP INDEX %1, "
               "ADD PRIMARY KEY (%3);"_s.arg(ix, t, cols);
    case Dialect::PostgreSql:
        return u"promote the unique index %1 to the primary key: "
               "ALTER TABLE %2 ADD PRIMARY KEY USING INDEX %1;"_s.arg(ix, t);
    case Dialect::Sqlite:
        break;
    }
    return u"make the unique index %1 (%2) the primary key; SQLite cannot add one in place, "
           "so rebuild the table with PRIMARY KEY (%2)"_s.arg(ix, cols);
}

/// The column that obviously identifies a row: an auto-increment one, else `id`, else
/// `<table>_id` / `<table>id` with the table name singular and any `wp_`-style prefix dropped.
const Column *obviousKeyColumn(const Table &table)
{
    for (const Column &c : table.columns) {
        if (c.autoIncrement)
            return &c;
    }
    const QString tableName = table.name.toLower();
    const qsizetype underscore = tableName.indexOf(u'_');
    QStringList stems{singularize(tableName)};
    if (underscore > 0)
        stems.append(singularize(tableName.mid(underscore + 1)));
    QStringList names{u"id"_s};
    for (const QString &stem : std::as_const(stems))
        names << stem + u"_id"_s << stem + u"id"_s;
    for (const QString &name : std::as_const(names)) {
        for (const Column &c : table.columns) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return &c;
        }
    }
    return nullptr;
}

QString addKeyFix(const SqlDialect &dialect, const Table &table)
{
    const Column *id = obviousKeyColumn(table);
    if (!id) {
        return u"add a column that identifies each row (an auto-increment or identity id) and "
               "make it the primary key"_s;
    }
    const QString col = dialect.quoteIfNeeded(id->name);
    if (dialect.dialect() == Dialect::Sqlite) {
        return u"make %1 the primary key; SQLite cannot add one in place, so rebuild the "
               "table with PRIMARY KEY (%1)"_s.arg(col);
    }
    return u"ALTER TABLE %1 ADD PRIMARY KEY (%2);"_s.arg(dialect.quoteIfNeeded(table.name), col);
}

class MissingPrimaryKeyRule final : public ValidationRule
{
public:
    QString code() const override { return u"R008"_s; }
    QString name() const override { return u"missing-primary-key"_s; }
    Severity severity() const override { return Severity::Warning; }
    QString summary() const override { return u"A table has no primary key"_s; }
    QString help() const override
    {
        return u"Without a primary key a row has no stable identity: no relation can point "
               "at the table, the application cannot delete or update exactly one row, "
               "row-based replication and online schema-change tools (gh-ost, Vitess) "
               "slow down or refuse the table, and InnoDB clusters it by a hidden key. "
               "Promote a unique index on NOT NULL columns, or add an id column."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const SqlDialect &dialect = SqlDialect::get(context.schema().dialect);
        for (const Table &table : context.schema().tables()) {
            if (!table.primaryKey.isEmpty())
                continue;
            Finding f = ValidationContext::finding(*this, table.name + u" has no primary key"_s);
            context.attach(f, table);
            const Index *index = table.promotableUniqueIndex();
            f.fix = index ? promoteIndexFix(dialect, table, *index) : addKeyFix(dialect, table);
            findings.append(f);
        }
    }
};

} // namespace

const ValidationRule &missingPrimaryKeyRule()
{
    static const MissingPrimaryKeyRule rule;
    return rule;
}

} // namespace relata
