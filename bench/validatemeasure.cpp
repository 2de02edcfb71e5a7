#include "validatemeasure.h"

#include "benchutil.h"

#include "validate/validationcontext.h"
#include "validate/validationrule.h"
#include "validate/validator.h"

namespace relata {

ValidateMeasurement measureValidation(const Schema &schema, int runs)
{
    ValidateMeasurement m;
    m.tables = schema.tables().size();
    m.relations = schema.relations().size();
    // One untimed run counts the findings and warms the caches, as a second run in the
    // application would be.
    const QList<Finding> first = validate(schema);
    for (const Finding &f : first)
        ++m.findings[f.code];
    // A run that finds a different number stops the timing: validation must be pure.
    m.totals = timeRuns(runs, [&] { return validate(schema).size() == first.size(); });

    const ValidationOptions options;
    m.contexts = timeRuns(runs, [&] {
        const ValidationContext context(schema, options);
        return !context.relations().isEmpty() || schema.relations().isEmpty();
    });
    const ValidationContext context(schema, options);
    for (const ValidationRule *rule : validationRules()) {
        m.rules[rule->code()] = timeRuns(runs, [&] {
            QList<Finding> findings;
            rule->check(context, findings);
            return true;
        });
    }
    return m;
}

} // namespace relata
