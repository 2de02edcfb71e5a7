// R106: a table references itself: deletes must recurse.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

class SelfReferenceRule final : public ValidationRule
{
public:
    QString code() const override { return u"R106"_s; }
    QString name() const override { return u"self-reference"_s; }
    Severity severity() const override { return Severity::Info; }
    QString summary() const override
    {
        return u"A table references itself: deletes must recurse"_s;
    }
    QString help() const override
    {
        return u"A relation from a table to itself (categories.parent_id → categories.id) "
               "makes a hierarchy. Deleting one row must first handle its children, then "
               "their children, down to the leaves: a delete plan for such a table runs a "
               "loop (or a recursive query) until no row changes, not a fixed list of "
               "statements. This is not a cycle between tables (R006) and needs no change; "
               "keep the hierarchy shallow, or use set null to detach subtrees instead of "
               "deleting them."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        for (const Relation *relation : context.relations()) {
            if (!relation->isSelfReference())
                continue;
            Finding f = ValidationContext::finding(
                    *this, context.schema().describe(*relation)
                                   + u": self-reference; deleting a row must recurse through "
                                     "the hierarchy"_s);
            context.attach(f, *relation);
            findings.append(f);
        }
    }
};

} // namespace

const ValidationRule &selfReferenceRule()
{
    static const SelfReferenceRule rule;
    return rule;
}

} // namespace relata
