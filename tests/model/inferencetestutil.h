#pragma once

// Reading inferRelations() results by names, for the inference tests.
#include "core/schema.h"
#include "infer/relationinference.h"

#include <QString>
#include <QStringList>

namespace inferencetest {

using namespace Qt::StringLiterals;

/// "posts.user_id" for one column, "node_tags(node_id,version)" for several.
inline QString endpoint(const relata::Schema &schema, relata::TableId tableId,
                        const QList<relata::ColumnId> &columns)
{
    const relata::Table *table = schema.table(tableId);
    if (!table)
        return u"?"_s;
    const QStringList names = table->columnNames(columns);
    return names.size() == 1 ? table->name + u'.' + names.first()
                             : table->name + u'(' + names.join(u',') + u')';
}

inline QString childOf(const relata::Schema &schema, const relata::Relation &relation)
{
    return endpoint(schema, relation.childTable, relation.childColumns);
}

inline QString parentOf(const relata::Schema &schema, const relata::Relation &relation)
{
    return endpoint(schema, relation.parentTable, relation.parentColumns);
}

/// Every proposed relation, ambiguity and the count under the threshold, one a line.
inline QString describe(const relata::Schema &schema, const relata::InferenceResult &result)
{
    QStringList lines;
    for (const relata::Relation &r : result.relations)
        lines.append(u"%1 -> %2 (%3): %4"_s.arg(childOf(schema, r), parentOf(schema, r))
                             .arg(r.confidence)
                             .arg(r.reasons.join(u"; "_s)));
    for (const relata::AmbiguousReference &a : result.ambiguous)
        lines.append(u"ambiguous %1: %2"_s.arg(a.child, a.candidates.join(u", "_s)));
    lines.append(u"below threshold: %1"_s.arg(result.belowThreshold));
    return lines.join(u'\n');
}

/// The proposed relation whose child is `child` ("posts.user_id"), or null.
inline const relata::Relation *relationFrom(const relata::Schema &schema,
                                            const relata::InferenceResult &result,
                                            const QString &child)
{
    for (const relata::Relation &r : result.relations) {
        if (childOf(schema, r) == child)
            return &r;
    }
    return nullptr;
}

/// What is wrong with the relation proposed for `child`: none, another parent, or not a
/// well-formed proposal (origin inferred, pending, confidence in (0, 1], reasons that name
/// the child columns). Empty when all is right.
inline QString checkProposed(const relata::Schema &schema, const relata::InferenceResult &result,
                             const QString &child, const QString &parent)
{
    const relata::Relation *r = relationFrom(schema, result, child);
    QString problem;
    if (!r) {
        problem = u"no relation from %1"_s.arg(child);
    } else if (parentOf(schema, *r) != parent) {
        problem = u"%1 refers to %2, expected %3"_s.arg(child, parentOf(schema, *r), parent);
    } else if (r->origin != relata::RelationOrigin::Inferred
               || r->decision != relata::RelationDecision::Pending) {
        problem = u"%1 is not an inferred, pending relation"_s.arg(child);
    } else if (!(r->confidence > 0.0 && r->confidence <= 1.0)) {
        problem = u"confidence %1 is out of (0, 1]"_s.arg(r->confidence);
    } else if (r->reasons.isEmpty()) {
        problem = u"no reasons"_s;
    } else {
        const QString reasons = r->reasons.join(u' ');
        const relata::Table *table = schema.table(r->childTable);
        for (const QString &column : table->columnNames(r->childColumns)) {
            if (!reasons.contains(column))
                problem = u"the reasons do not mention %1"_s.arg(column);
        }
    }
    return problem.isEmpty() ? problem : problem + u"\n"_s + describe(schema, result);
}

/// What is wrong with `child` being the one ambiguous column, its candidates `candidates`
/// (in any order), and nothing proposed for it. Empty when all is right.
inline QString checkOnlyAmbiguous(const relata::Schema &schema,
                                  const relata::InferenceResult &result, const QString &child,
                                  QStringList candidates)
{
    QString problem;
    if (relationFrom(schema, result, child)) {
        problem = u"a relation from %1"_s.arg(child);
    } else if (result.ambiguous.size() != 1 || result.ambiguous.first().child != child) {
        problem = u"expected only %1 to be ambiguous"_s.arg(child);
    } else {
        QStringList listed = result.ambiguous.first().candidates;
        listed.sort();
        candidates.sort();
        if (listed != candidates)
            problem = u"candidates %1, expected %2"_s.arg(listed.join(u", "_s),
                                                          candidates.join(u", "_s));
    }
    return problem.isEmpty() ? problem : problem + u"\n"_s + describe(schema, result);
}

} // namespace inferencetest
