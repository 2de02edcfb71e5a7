#pragma once

#include "core/relation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relata {

class Schema;

/// A relation by names only, so that relations of two models (or two imports) compare:
/// "child(a,b) -> parent(x,y)".
QString relationKey(const Schema &schema, const Relation &relation);

/// The distinct keys of `relations`, sorted.
QStringList relationKeys(const Schema &schema, const QList<Relation> &relations);

/// The keys of the relations of `schema` that came from FOREIGN KEY constraints.
QStringList constraintKeys(const Schema &schema);

/// How inferred relations compare with the ground truth, for one schema or in total.
struct InferenceScore
{
    int truth = 0;     ///< distinct relations of the ground truth
    int predicted = 0; ///< distinct inferred relations
    int truePositives = 0;
    int wrongParent = 0; ///< false positives whose child columns are a true relation's
    int ambiguous = 0;   ///< references left out as ambiguous
    int belowThreshold = 0;
    QStringList falsePositives;
    QStringList falseNegatives;

    int falsePositiveCount() const { return predicted - truePositives; }
    int falseNegativeCount() const { return truth - truePositives; }
    /// 1 when nothing was predicted (no wrong guesses), as is usual for precision.
    double precision() const;
    /// 1 when there is nothing to find.
    double recall() const;

    /// Adds the counts of `other` (micro-averaging); the example lists are not merged.
    void add(const InferenceScore &other);
};

/// Compares sorted, distinct key lists.
InferenceScore scoreInference(const QStringList &truth, const QStringList &predicted);

} // namespace relata
