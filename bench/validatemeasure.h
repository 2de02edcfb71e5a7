#pragma once

#include "core/schema.h"

#include <QList>
#include <QMap>
#include <QString>

namespace relata {

/// What validating one schema costs: the whole run as a user gets it, and each rule's
/// share, so that a rule which stops scaling can be named.
struct ValidateMeasurement
{
    qint64 tables = 0;
    qint64 relations = 0;
    /// ms per run of validate(schema) with default options; fewer than asked when a run
    /// gave a different number of findings than the first
    QList<double> totals;
    QList<double> contexts;             ///< ms per construction of the ValidationContext alone
    QMap<QString, QList<double>> rules; ///< code → ms per run of that rule's check() alone
    QMap<QString, int> findings;        ///< code → findings of one validate(schema)
};

/// Validates `schema` `runs` times with every rule, then times the context and each rule
/// on its own `runs` times. The schema is built in memory by the caller: the largest sizes
/// would exceed the file size limit of the loader.
ValidateMeasurement measureValidation(const Schema &schema, int runs);

} // namespace relata
