#pragma once

#include <QStringList>

namespace relata {

/// Checks what generateSchema promises, on a few hundred tables: the same options give
/// the same bytes, the file loads back to the same text, and the schema has the
/// features benchmarks and rules need (forward relations that close cycles,
/// self-references, composite relations, unindexed references, inferred relations).
/// Returns the problems found; empty when all is well.
QStringList checkGenerator();

} // namespace relata
