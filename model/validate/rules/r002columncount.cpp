// R002: child and parent column lists differ in length.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// "1 child column", "2 parent columns"
QString countText(qsizetype count, const QString &side)
{
    return u"%1 %2 column%3"_s.arg(QString::number(count), side, count == 1 ? QString() : u"s"_s);
}

class ColumnCountRule final : public ValidationRule
{
public:
    QString code() const override { return u"R002"_s; }
    QString name() const override { return u"column-count-mismatch"_s; }
    Severity severity() const override { return Severity::Error; }
    QString summary() const override { return u"Child and parent column lists differ in length"_s; }
    QString help() const override
    {
        return u"A relation pairs its child columns with its parent columns in order: the "
               "first child column refers to the first parent column, and so on. When the "
               "lists differ in length some column has no partner, so the relation means no "
               "join at all and every other check skips it. Give both sides the same number "
               "of columns, in matching order."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const Schema &schema = context.schema();
        for (const Relation &relation : schema.relations()) {
            if (relation.decision == RelationDecision::Ignored || !context.resolves(relation)
                || relation.childColumns.size() == relation.parentColumns.size())
                continue;
            Finding finding = ValidationContext::finding(
                    *this, schema.describe(relation) + u": "_s
                                   + countText(relation.childColumns.size(), u"child"_s)
                                   + u" but "_s
                                   + countText(relation.parentColumns.size(), u"parent"_s));
            context.attach(finding, relation);
            finding.fix = u"give both sides the same number of columns, in matching order"_s;
            findings.append(finding);
        }
    }
};

} // namespace

const ValidationRule &columnCountRule()
{
    static const ColumnCountRule rule;
    return rule;
}

} // namespace relata
