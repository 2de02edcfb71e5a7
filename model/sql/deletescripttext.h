#pragma once

#include "core/dialect.h"
#include "core/ids.h"
#include "core/result.h"

#include <QString>

namespace relata {

class Schema;

/// The delete plans of a schema as an SQL file for `dialect`: for each table (or only
/// `table` when it is valid), the plan in words, then its inline script
/// (inlineDeleteScript()) with a comment on each statement saying when and how to run it.
/// Tables whose plan cannot be written (no key to name their rows by) get a comment
/// saying why. Deterministic.
Result<QString> deletePlansText(const Schema &schema, Dialect dialect, TableId table = {});

} // namespace relata
