#pragma once

#include "finding.h"

#include <QList>
#include <QString>

namespace relata {

class ValidationContext;

/// One rule of the catalogue (SPEC §3): a pure function of the schema. Adding a rule is
/// one file deriving from this and one line in ruleregistry.cpp.
class ValidationRule
{
public:
    virtual ~ValidationRule() = default;

    virtual QString code() const = 0; ///< "R007"
    virtual QString name() const = 0; ///< "missing-index": a stable slug for SARIF
    virtual Severity severity() const = 0;
    virtual QString summary() const = 0; ///< one line: what the rule finds
    virtual QString help() const = 0;    ///< why it matters and how to fix it

    /// Appends findings in model order (tables, then relations, as the schema lists them).
    virtual void check(const ValidationContext &context, QList<Finding> &findings) const = 0;
};

} // namespace relata
