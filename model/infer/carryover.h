#pragma once

namespace relata {

class Schema;

/// What carryOverDecisions() kept.
struct CarryOverSummary
{
    int accepted = 0;  ///< inferred relations accepted again (or restored as accepted)
    int ignored = 0;   ///< inferred relations kept ignored
    int drawn = 0;     ///< relations a person drew, restored
    int positions = 0; ///< tables that kept their place on the canvas
};

/// Makes a fresh import honour what a person decided in the model it replaces: inferred
/// relations accepted or ignored there are accepted or ignored here (an accepted one that
/// inference no longer proposes is restored), drawn relations come back, and tables keep
/// their positions, names of relations and their actions. Everything is matched by table
/// and column names; what no longer exists is dropped.
CarryOverSummary carryOverDecisions(Schema &imported, const Schema &previous);

} // namespace relata
