#include "validator.h"

#include "validationcontext.h"
#include "validationrule.h"

namespace relata {

const ValidationRule *findValidationRule(const QString &code)
{
    for (const ValidationRule *rule : validationRules()) {
        if (rule->code() == code)
            return rule;
    }
    return nullptr;
}

QList<Finding> validate(const Schema &schema, const ValidationOptions &options)
{
    const ValidationContext context(schema, options);
    QList<Finding> findings;
    for (const ValidationRule *rule : validationRules()) {
        if (options.isEnabled(rule->code()))
            rule->check(context, findings);
    }
    return findings;
}

} // namespace relata
