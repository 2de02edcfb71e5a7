// R004: child and parent column types are incompatible.
#include "sql/sqldialect.h"
#include "validate/typecompatibility.h"
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// A child column whose type does not fit the parent column it refers to.
struct Mismatch
{
    const Column *child;
    const Column *parent;
    QString reason; ///< "different width (32 vs 64 bits) and signedness"
};

/// The type to give the child: the parent's as written, except that an alias which also
/// creates a sequence (`serial`) is replaced by the type it stands for.
QString targetType(const Column &parent, Dialect dialect)
{
    return parent.type.impliesAutoIncrement ? resolvedTypeText(parent.type, dialect)
                                            : parent.type.text;
}

/// `MODIFY` restates the whole column: keep its NOT NULL, default and comment (the comment
/// may carry the relation's own marker).
QString mySqlModify(const Mismatch &m)
{
    QString clause = u"MODIFY "_s + SqlDialect::get(Dialect::MySql).quoteIfNeeded(m.child->name)
                     + u' ' + targetType(*m.parent, Dialect::MySql);
    if (!m.child->nullable)
        clause += u" NOT NULL"_s;
    if (m.child->defaultValue)
        clause += u" DEFAULT "_s + *m.child->defaultValue;
    if (!m.child->comment.isEmpty()) {
        QString comment = m.child->comment;
        comment.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"''"_s);
        clause += u" COMMENT '"_s + comment + u'\'';
    }
    return clause;
}

bool isStringLike(TypeFamily family)
{
    return family == TypeFamily::String || family == TypeFamily::Text;
}

/// PostgreSQL keeps NOT NULL and the default across a type change, but converts between
/// families (`char(36)` to `uuid`) only when told how.
QString postgreSqlAlter(const Mismatch &m)
{
    const QString column = SqlDialect::get(Dialect::PostgreSql).quoteIfNeeded(m.child->name);
    const QString type = targetType(*m.parent, Dialect::PostgreSql);
    QString clause = u"ALTER COLUMN "_s + column + u" TYPE "_s + type;
    const TypeFamily from = m.child->type.family;
    const TypeFamily to = m.parent->type.family;
    if (from != to && !(isStringLike(from) && isStringLike(to)))
        clause += u" USING "_s + column + u"::"_s + type;
    return clause;
}

/// The statement that gives every mismatching child column its parent's type.
QString fixText(const Table &child, const QList<Mismatch> &mismatches, Dialect dialect)
{
    QStringList clauses;
    for (const Mismatch &m : mismatches) {
        switch (dialect) {
        case Dialect::MySql:
            clauses.append(mySqlModify(m));
            break;
        case Dialect::PostgreSql:
            clauses.append(postgreSqlAlter(m));
            break;
        case Dialect::Sqlite:
            clauses.append(m.child->name + u' ' + targetType(*m.parent, dialect));
            break;
        }
    }
    if (dialect == Dialect::Sqlite)
        return u"SQLite cannot alter a column type; recreate %1 with %2"_s.arg(
                child.name, clauses.join(u" and "_s));
    return u"ALTER TABLE "_s + SqlDialect::get(dialect).quoteIfNeeded(child.name) + u' '
           + clauses.join(u", "_s) + u';';
}

class TypeMismatchRule final : public ValidationRule
{
public:
    QString code() const override { return u"R004"_s; }
    QString name() const override { return u"type-mismatch"_s; }
    Severity severity() const override { return Severity::Error; }
    QString summary() const override { return u"Child and parent column types are incompatible"_s; }
    QString help() const override
    {
        return u"A child column must hold every value of the parent column it refers to, "
               "and compare with it without conversion. A narrower or differently signed "
               "integer overflows or rejects keys (MySQL requires the same size and sign for "
               "a real FOREIGN KEY), a shorter string truncates them, a different family or "
               "collation makes every join convert row by row so that it cannot use the "
               "index. Give the child column the parent's type."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        for (const Relation *relation : context.relations()) {
            const QList<Mismatch> mismatches = mismatchesOf(context.schema(), *relation);
            if (!mismatches.isEmpty())
                findings.append(findingFor(context, *relation, mismatches));
        }
    }

private:
    static QList<Mismatch> mismatchesOf(const Schema &schema, const Relation &relation)
    {
        const Table *child = schema.table(relation.childTable);
        const Table *parent = schema.table(relation.parentTable);
        QList<Mismatch> mismatches;
        for (qsizetype i = 0; i < relation.childColumns.size(); ++i) {
            const Column *c = child->column(relation.childColumns.at(i));
            const Column *p = parent->column(relation.parentColumns.at(i));
            const QString reason = typeIncompatibility(c->type, p->type, schema.dialect);
            if (!reason.isEmpty())
                mismatches.append({c, p, reason});
        }
        return mismatches;
    }

    Finding findingFor(const ValidationContext &context, const Relation &relation,
                       const QList<Mismatch> &mismatches) const
    {
        const Schema &schema = context.schema();
        const Table *child = schema.table(relation.childTable);
        const Table *parent = schema.table(relation.parentTable);
        // One pair: the relation already names both columns. Several: name each pair.
        const bool namePairs = relation.childColumns.size() > 1;
        QStringList pairs;
        for (const Mismatch &m : mismatches) {
            const QString childType = typeDisplayText(m.child->type, schema.dialect);
            const QString parentType = typeDisplayText(m.parent->type, schema.dialect);
            pairs.append(namePairs ? u"%1.%2 %3 is not compatible with %4.%5 %6: %7"_s.arg(
                                 child->name, m.child->name, childType, parent->name,
                                 m.parent->name, parentType, m.reason)
                                   : u"%1 is not compatible with %2: %3"_s.arg(
                                           childType, parentType, m.reason));
        }
        Finding finding = ValidationContext::finding(*this, schema.describe(relation) + u": "_s
                                                                    + pairs.join(u"; "_s));
        context.attach(finding, relation);
        // Point at the pairs that do not fit, child columns first.
        finding.objects.clear();
        finding.columns.clear();
        for (const Mismatch &m : mismatches) {
            finding.objects.append(child->name + u'.' + m.child->name);
            finding.columns.append(m.child->id);
        }
        for (const Mismatch &m : mismatches) {
            finding.objects.append(parent->name + u'.' + m.parent->name);
            finding.columns.append(m.parent->id);
        }
        finding.fix = fixText(*child, mismatches, schema.dialect);
        return finding;
    }
};

} // namespace

const ValidationRule &typeMismatchRule()
{
    static const TypeMismatchRule rule;
    return rule;
}

} // namespace relata
