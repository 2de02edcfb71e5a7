#pragma once

#include "core/relation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relata {

class Schema;

/// How relations are guessed from names (SPEC §7).
struct InferenceOptions
{
    /// Candidates scoring below this are left out (and counted).
    double minConfidence = 0.6;
    /// User-given patterns, each one of
    ///   "{singular}_ref", "fk_{table}"   a column name template: {table} is a table's name
    ///                                    without its prefix, {singular} its singular;
    ///   "author_id=users", "*_by=users.id"
    ///                                    a column name (* matches any text) and the
    ///                                    table, optionally the column, it refers to.
    QStringList patterns;
    /// Table name prefixes to look through besides the ones found by themselves
    /// (a prefix most tables share, like "wp_" or "qlo_").
    QStringList tablePrefixes;
};

/// A column whose name fits more than one parent equally well: listed, not guessed.
struct AmbiguousReference
{
    QString child;          ///< "comments.owner_id"
    QStringList candidates; ///< "users.id", "teams.id"
};

struct InferenceResult
{
    /// New relations (origin inferred, decision pending, confidence and reasons set),
    /// ready for Schema::addRelation, in table and column order.
    QList<Relation> relations;
    QList<AmbiguousReference> ambiguous;
    int belowThreshold = 0; ///< candidates left out for scoring under minConfidence
    /// Of those, the columns that are under the threshold only because they are not indexed
    /// in a schema that indexes its references.
    int unindexedBelowThreshold = 0;
    /// What the schema showed of that habit ("213 of the 234 references found in the schema
    /// are indexed"), or empty when it did not count.
    QString indexHabit;
};

/// Proposes relations for the columns of `schema` that look like references by name and
/// are not yet covered by a relation (of any origin, including ignored ones). Pure: the
/// schema is not changed.
InferenceResult inferRelations(const Schema &schema, const InferenceOptions &options = {});

/// Checks user-given patterns; the first problem in words, or empty.
QString checkInferencePatterns(const QStringList &patterns);

} // namespace relata
