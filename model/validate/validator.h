#pragma once

#include "finding.h"
#include "validationoptions.h"

#include "core/schema.h"

#include <QList>

namespace relata {

class ValidationRule;

/// Every rule of the catalogue, in code order (R001…R012, then R106).
const QList<const ValidationRule *> &validationRules();
/// The rule with that code, or nullptr.
const ValidationRule *findValidationRule(const QString &code);

/// Runs the enabled rules. A pure function of the schema: the same schema and options
/// give the same findings in the same order (by code, then model order).
QList<Finding> validate(const Schema &schema, const ValidationOptions &options = {});

} // namespace relata
