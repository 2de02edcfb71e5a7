// R010: a name the target dialect rejects, truncates, or confuses with another.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

#include "sql/sqldialect.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// One named object: a table, or a column or index of `table`.
struct Subject
{
    const Table *table;
    const Column *column = nullptr;
    const Index *index = nullptr;

    QString kind() const { return column ? u"column"_s : index ? u"index"_s : u"table"_s; }
    const QString &name() const
    {
        return column ? column->name : index ? index->name : table->name;
    }
    /// "users", "users.email", "users.ix_email"
    QString ref() const { return column || index ? table->name + u'.' + name() : table->name; }
    QList<ColumnId> columns() const
    {
        return column ? QList<ColumnId>{column->id} : index ? index->columns : QList<ColumnId>();
    }
};

/// The names already taken in one namespace, compared without regard to case. A table's
/// columns are few and searched in a list; the tables of a schema go through a hash.
class Namespace
{
public:
    const Subject *find(const QString &name) const
    {
        if (m_folded.isEmpty()) {
            for (const Subject &s : m_taken) {
                // Case folding keeps the length, so most names differ by it alone.
                if (s.name().size() == name.size()
                    && s.name().compare(name, Qt::CaseInsensitive) == 0)
                    return &s;
            }
            return nullptr;
        }
        const qsizetype i = m_folded.value(name.toCaseFolded(), -1);
        return i < 0 ? nullptr : &m_taken.at(i);
    }
    void add(const Subject &subject)
    {
        m_taken.append(subject);
        if (m_taken.size() == kLinear + 1) {
            for (qsizetype i = 0; i < m_taken.size(); ++i)
                m_folded.insert(m_taken.at(i).name().toCaseFolded(), i);
        } else if (m_taken.size() > kLinear) {
            m_folded.insert(subject.name().toCaseFolded(), m_taken.size() - 1);
        }
    }
    void clear()
    {
        m_taken.clear(); // keeps the capacity for the next table
        m_folded.clear();
    }

private:
    static constexpr qsizetype kLinear = 16;
    QList<Subject> m_taken;
    QHash<QString, qsizetype> m_folded; ///< case-folded name → position, past kLinear names
};

/// Why two names that differ only in case collide, in the dialect's words.
QString foldReason(Dialect dialect, const QString &kind)
{
    switch (dialect) {
    case Dialect::MySql:
        return kind == u"table" ? u"MySQL folds table names to lower case on Windows and macOS"_s
                                : u"MySQL compares %1 names without regard to case"_s.arg(kind);
    case Dialect::PostgreSql:
        return u"PostgreSQL folds unquoted names to lower case"_s;
    case Dialect::Sqlite:
        break;
    }
    return u"SQLite compares names without regard to case"_s;
}

/// The checks of one validation run, with the namespaces filled as the tables go by.
class IdentifierCheck
{
public:
    IdentifierCheck(const ValidationRule &rule, const ValidationContext &context,
                    QList<Finding> &findings)
        : m_rule(rule)
        , m_context(context)
        , m_dialect(SqlDialect::get(context.schema().dialect))
        , m_findings(findings)
    {}

    void checkTable(const Table &table)
    {
        checkName({&table}, m_tables);
        m_columns.clear();
        for (const Column &c : table.columns)
            checkName({&table, &c}, m_columns);
        // MySQL keeps index names per table; PostgreSQL and SQLite per schema.
        const bool perTable = m_dialect.dialect() == Dialect::MySql;
        if (perTable)
            m_indexes.clear();
        for (const Index &ix : table.indexes)
            checkName({&table, nullptr, &ix}, m_indexes);
    }

private:
    /// Length, reserved word, then collision with an earlier name of the same namespace.
    void checkName(const Subject &s, Namespace &names)
    {
        const QString &name = s.name();
        if (name.isEmpty())
            return;
        const int max = m_dialect.maxIdentifierLength();
        const int length = m_dialect.identifierLength(name);
        if (max > 0 && length > max) {
            const QString unit
                    = m_dialect.dialect() == Dialect::PostgreSql ? u"bytes"_s : u"characters"_s;
            report(s,
                   u"the name is %1 %2 long; %3 allows at most %4"_s.arg(
                           QString::number(length), unit, m_dialect.displayName(),
                           QString::number(max)),
                   u"rename the %1 to at most %2 %3, e.g. %4"_s.arg(
                           s.kind(), QString::number(max), unit, m_dialect.fitIdentifier(name)));
        }
        if (m_dialect.isReserved(name)) {
            report(s,
                   u"\"%1\" is a reserved word in %2; quote it everywhere or rename it"_s.arg(
                           name, m_dialect.displayName()),
                   u"rename the %1, or write it as %2 in every statement"_s.arg(
                           s.kind(), m_dialect.quoteIdentifier(name)));
        }
        const Subject *earlier = names.find(name);
        if (!earlier) {
            names.add(s);
        } else if (earlier->name() == name) {
            report(s, u"the name is already used by %1 %2"_s.arg(s.kind(), earlier->ref()),
                   u"rename one of them"_s);
        } else {
            report(s,
                   u"the name collides with %1 %2 when case is folded; %3"_s.arg(
                           s.kind(), earlier->ref(), foldReason(m_dialect.dialect(), s.kind())),
                   u"rename one of them so that the names differ in more than letter case"_s);
        }
    }

    void report(const Subject &s, const QString &problem, const QString &fix)
    {
        Finding f
                = ValidationContext::finding(m_rule, s.kind() + u' ' + s.ref() + u": "_s + problem);
        m_context.attach(f, *s.table, s.columns());
        f.fix = fix;
        m_findings.append(f);
    }

    const ValidationRule &m_rule;
    const ValidationContext &m_context;
    const SqlDialect &m_dialect;
    QList<Finding> &m_findings;
    Namespace m_tables;
    Namespace m_columns; ///< of the current table
    Namespace m_indexes; ///< of the current table (MySQL) or the schema
};

class IdentifierRule final : public ValidationRule
{
public:
    QString code() const override { return u"R010"_s; }
    QString name() const override { return u"identifier"_s; }
    Severity severity() const override { return Severity::Warning; }
    QString summary() const override
    {
        return u"A name is too long, reserved, or differs from another only in case"_s;
    }
    QString help() const override
    {
        return u"MySQL rejects names longer than 64 characters and PostgreSQL silently "
               "truncates them to 63 bytes, so two long names can become one. A reserved "
               "word as a name breaks every hand-written query that forgets to quote it. "
               "Names that differ only in case collide wherever the database folds case: "
               "MySQL column and index names, MySQL table names on Windows and macOS, "
               "unquoted PostgreSQL names, and all SQLite names. Rename the object; "
               "quoting a reserved word everywhere also works."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        IdentifierCheck check(*this, context, findings);
        for (const Table &table : context.schema().tables())
            check.checkTable(table);
    }
};

} // namespace

const ValidationRule &identifierRule()
{
    static const IdentifierRule rule;
    return rule;
}

} // namespace relata
