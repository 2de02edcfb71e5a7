#pragma once

#include "core/dialect.h"
#include "core/ids.h"
#include "core/result.h"

#include <QString>

#include <optional>

namespace relata {

class Schema;

/// The three ways teams carry out a delete without constraints (SPEC §5).
enum class DeleteStrategy {
    Inline,    ///< in the request: one transaction for the rows named by :ids
    Scheduled, ///< a job deletes flagged rows (the soft-delete column), a batch at a time
    Queue,     ///< the API sends a message; its handler runs the inline script for it
};

/// The delete plans of a schema as an SQL file for `dialect`: for each table (or only
/// `table` when it is valid), the plan in words, then its script for the strategy with a
/// comment on each statement saying when and how to run it. Tables whose plan cannot be
/// written (no key to name their rows by; for the scheduled job, no soft-delete column)
/// get a comment saying why. Deterministic.
Result<QString> deletePlansText(const Schema &schema, Dialect dialect, TableId table = {},
                                DeleteStrategy strategy = DeleteStrategy::Inline, int batch = 100);

/// "inline", "scheduled", "queue".
QString deleteStrategyName(DeleteStrategy strategy);
std::optional<DeleteStrategy> deleteStrategyFromName(const QString &name);

} // namespace relata
