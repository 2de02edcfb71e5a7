#include "inferencescore.h"

#include "core/schema.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// "child(a,b)" of a key, the part that says which columns refer.
QStringView childPart(const QString &key)
{
    return QStringView(key).left(key.indexOf(u" -> "_s));
}

} // namespace

QString relationKey(const Schema &schema, const Relation &relation)
{
    const Table *child = schema.table(relation.childTable);
    const Table *parent = schema.table(relation.parentTable);
    const QString childName = child ? child->name : u"?"_s;
    const QString parentName = parent ? parent->name : u"?"_s;
    const QString childColumns
            = child ? child->columnNames(relation.childColumns).join(u',') : QString();
    const QString parentColumns
            = parent ? parent->columnNames(relation.parentColumns).join(u',') : QString();
    return u"%1(%2) -> %3(%4)"_s.arg(childName, childColumns, parentName, parentColumns);
}

QStringList relationKeys(const Schema &schema, const QList<Relation> &relations)
{
    QStringList keys;
    keys.reserve(relations.size());
    for (const Relation &relation : relations)
        keys.append(relationKey(schema, relation));
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

QStringList constraintKeys(const Schema &schema)
{
    QList<Relation> constraints;
    for (const Relation &relation : schema.relations()) {
        if (relation.origin == RelationOrigin::Constraint)
            constraints.append(relation);
    }
    return relationKeys(schema, constraints);
}

double InferenceScore::precision() const
{
    return predicted == 0 ? 1.0 : double(truePositives) / predicted;
}

double InferenceScore::recall() const
{
    return truth == 0 ? 1.0 : double(truePositives) / truth;
}

void InferenceScore::add(const InferenceScore &other)
{
    truth += other.truth;
    predicted += other.predicted;
    truePositives += other.truePositives;
    wrongParent += other.wrongParent;
    ambiguous += other.ambiguous;
    belowThreshold += other.belowThreshold;
}

InferenceScore scoreInference(const QStringList &truth, const QStringList &predicted)
{
    InferenceScore score;
    score.truth = int(truth.size());
    score.predicted = int(predicted.size());
    std::set_difference(predicted.cbegin(), predicted.cend(), truth.cbegin(), truth.cend(),
                        std::back_inserter(score.falsePositives));
    std::set_difference(truth.cbegin(), truth.cend(), predicted.cbegin(), predicted.cend(),
                        std::back_inserter(score.falseNegatives));
    score.truePositives = score.predicted - int(score.falsePositives.size());
    QSet<QStringView> truthChildren;
    for (const QString &key : truth)
        truthChildren.insert(childPart(key));
    for (const QString &key : std::as_const(score.falsePositives)) {
        if (truthChildren.contains(childPart(key)))
            ++score.wrongParent;
    }
    return score;
}

} // namespace relata
