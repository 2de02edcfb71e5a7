#pragma once

#include "infer/carryover.h"
#include "infer/relationinference.h"
#include "schemaimporter.h"

#include <optional>

namespace relata {

/// Everything an import does besides reading the catalog.
struct ImportOptions
{
    bool infer = true; ///< guess relations from names where there are no constraints
    InferenceOptions inference;
    /// The model this import replaces: its decisions are honoured (carryOverDecisions()).
    std::optional<Schema> previous;
};

/// The whole import as the command line and the application run it: read the catalog
/// with the driver's importer, infer relations (phase "inferring relations"), then carry
/// over the decisions of `options.previous`. Cancellable like SchemaImporter::import().
struct ImportRun
{
    ImportResult result;
    /// What inference left for a person: ambiguous columns and the counts under the
    /// threshold (its relations are in result.schema).
    InferenceResult inference;
    CarryOverSummary carriedOver;
};

Result<ImportRun> runImport(const ConnectionSettings &settings, const ImportOptions &options,
                            const ImportProgress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

} // namespace relata
