#include "relationinference.h"

#include "core/naming.h"
#include "core/schema.h"
#include "namecandidates.h"
#include "tablecatalog.h"
#include "userpatterns.h"
#include "validate/typecompatibility.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

using namespace inference;

// Evidence beyond the names (SPEC §7), added to a candidate's name score.
constexpr double kTypesMatch = 0.05;   ///< the child can hold every parent key
constexpr double kSameFamily = -0.1;   ///< both integers (or strings), but of other sizes
constexpr double kIndexed = 0.05;      ///< the child column leads an index
constexpr double kNotIndexed = -0.05;  ///< nothing finds the child rows quickly
constexpr double kAgreement = 0.05;    ///< two naming strategies found the same parent
constexpr double kSameSchema = 0.02;   ///< PostgreSQL: parent in the child's schema
constexpr double kCompositeKey = 0.85; ///< node_tags (node_id, version) → nodes
/// A schema whose references are nearly all indexed (as MySQL does for every FOREIGN KEY,
/// and as the indexes left behind when they are dropped show) makes an unindexed column
/// a weaker candidate: up to this much more is taken off.
constexpr double kUnindexedInIndexedSchema = -0.35;
/// The share of indexed references at which that starts, and at which it is all taken off.
constexpr double kIndexedShareFrom = 0.75;
constexpr double kIndexedShareFull = 0.9;
/// Unindexed references assumed besides those found, so that a few found in a small
/// schema say little about its habits.
constexpr int kUnindexedPrior = 5;
/// Candidates closer than this to the best one make a column ambiguous.
constexpr double kAmbiguityMargin = 0.05;

struct Scored
{
    NameCandidate name;
    double confidence = 0;
    QStringList reasons;
};

/// A column's candidates, best first, waiting for the schema-wide evidence.
struct ColumnCandidates
{
    int child = -1;
    const Column *column = nullptr;
    bool indexed = false; ///< the column leads an index
    QList<Scored> scored;
};

class Inferrer
{
public:
    Inferrer(const Schema &schema, const InferenceOptions &options)
        : m_schema(schema)
        , m_options(options)
        , m_catalog(schema, options.tablePrefixes)
    {
        QString error;
        m_patterns = compilePatterns(options.patterns, &error);
        for (const Relation &relation : schema.relations()) {
            for (const ColumnId column : relation.childColumns)
                m_covered.insert(column);
        }
    }

    InferenceResult run()
    {
        inferCompositeKeys();
        QList<ColumnCandidates> columns;
        for (qsizetype t = 0; t < m_catalog.size(); ++t) {
            const Table &table = *m_catalog.at(t).table;
            for (const Column &column : table.columns) {
                if (m_covered.contains(column.id) || !mayRefer(table, column, m_schema.dialect))
                    continue;
                ColumnCandidates candidates = scoreColumn(int(t), column);
                if (!candidates.scored.isEmpty())
                    columns.append(std::move(candidates));
            }
        }
        weighIndexHabit(columns);
        for (const ColumnCandidates &candidates : std::as_const(columns))
            decide(candidates);
        return std::move(m_result);
    }

private:
    /// A table's own generated key never refers to anything, and neither does the id of a
    /// polymorphic association (Rails' record_id next to record_type), which names a row
    /// of whichever table the type column says.
    static bool mayRefer(const Table &table, const Column &column, Dialect dialect)
    {
        const bool soleKey = table.primaryKey.size() == 1 && table.primaryKey.first() == column.id;
        // SQLite's INTEGER PRIMARY KEY is the row id: generated without saying so.
        const bool generated
                = column.autoIncrement || column.defaultValue
                  || (dialect == Dialect::Sqlite && column.type.canonicalName == u"integer"_s);
        if (soleKey
            && (generated || squash(column.name) == squash(table.name) + u"id"_s
                || squash(column.name) == entityKey(table.name) + u"id"_s))
            return false;
        for (const QString &suffix : {u"_id"_s, u"Id"_s}) {
            if (column.name.endsWith(suffix)
                && table.columnByName(column.name.chopped(suffix.size())
                                      + (suffix == u"Id"_s ? u"Type"_s : u"_type"_s)))
                return false;
        }
        return true;
    }

    /// A partition or copy of another table (the same columns by name) shares its keys; it
    /// does not refer to it.
    static bool isTwin(const Table &child, const Table &parent)
    {
        if (child.columns.size() != parent.columns.size())
            return false;
        for (const Column &column : parent.columns) {
            if (!child.columnByName(column.name))
                return false;
        }
        return true;
    }

    /// Two tables whose one-column keys have the same name are one-to-one; the key refers
    /// only from the table named after the other (item_rtdata.itemid → items), or when it
    /// names the other (lld_override_opdiscover.lld_override_operationid), never the other
    /// way, nor between two tables that merely share a key name (hstgrp.groupid and
    /// group_discovery.groupid).
    bool extendsParent(int child, const Column &column, const NameCandidate &candidate) const
    {
        const TableInfo &childInfo = m_catalog.at(child);
        const TableInfo &parent = m_catalog.at(candidate.parent);
        if (childInfo.soleKey != &column || parent.soleKey != candidate.parentColumn
            || m_catalog.isNamed(keyStem(column.name), candidate.parent))
            return true;
        return beginsWithName(childInfo.base, parent.base);
    }

    Scored score(int child, const Column &column, bool indexed,
                 const NameCandidate &candidate) const
    {
        const TableInfo &childInfo = m_catalog.at(child);
        const TableInfo &parent = m_catalog.at(candidate.parent);
        const Column &key = *candidate.parentColumn;
        Scored s{candidate, candidate.score, {candidate.reason}};
        if (candidate.strategies > 1) {
            s.confidence += kAgreement;
            s.reasons.append(u"%1 ways of naming agree"_s.arg(candidate.strategies));
        }
        const QString parentKey = parent.base + u'.' + key.name;
        s.reasons.append(parent.soleKey == &key ? u"%1 is the primary key"_s.arg(parentKey)
                                                : u"%1 is unique"_s.arg(parentKey));
        const QString mismatch = typeIncompatibility(column.type, key.type, m_schema.dialect);
        if (mismatch.isEmpty()) {
            s.confidence += kTypesMatch;
            s.reasons.append(u"the types match (%1)"_s.arg(column.type.text));
        } else if (column.type.family == key.type.family) {
            s.confidence += kSameFamily;
            s.reasons.append(u"the types differ: %1"_s.arg(mismatch));
        } else {
            s.confidence = -1; // a join across type families is not a reference
            return s;
        }
        s.confidence += indexed ? kIndexed : kNotIndexed;
        s.reasons.append(indexed ? u"%1 is indexed"_s.arg(column.name)
                                 : u"%1 is not indexed"_s.arg(column.name));
        if (!parent.qualifier.isEmpty() && parent.qualifier == childInfo.qualifier)
            s.confidence += kSameSchema;
        s.confidence = std::clamp(s.confidence, 0.0, 1.0);
        return s;
    }

    /// The scored candidates of one column, best first (none when its name says nothing).
    ColumnCandidates scoreColumn(int child, const Column &column) const
    {
        ColumnCandidates result{child, &column, false, {}};
        const QList<NameCandidate> candidates
                = nameCandidates(m_catalog, child, column, m_patterns);
        if (candidates.isEmpty())
            return result;
        const bool indexed = m_catalog.at(child).table->isIndexed({column.id});
        result.indexed = indexed;
        QList<Scored> &scored = result.scored;
        for (const NameCandidate &candidate : candidates) {
            if (candidate.parent != child
                && (isTwin(*m_catalog.at(child).table, *m_catalog.at(candidate.parent).table)
                    || !extendsParent(child, column, candidate)))
                continue;
            Scored s = score(child, column, indexed, candidate);
            if (s.confidence >= 0)
                scored.append(std::move(s));
        }
        std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
            return a.confidence > b.confidence;
        });
        return result;
    }

    /// When nearly every reference the names find is indexed, the schema indexes its
    /// references, and an unindexed column is less likely one: its candidates lose up to
    /// kUnindexedInIndexedSchema more, in proportion to the share of indexed references.
    void weighIndexHabit(QList<ColumnCandidates> &columns)
    {
        // The references that show the habit: best candidates scoring at least the default
        // threshold before it is weighed, whatever threshold was asked for.
        const double evidence = InferenceOptions().minConfidence;
        int found = 0;
        int indexed = 0;
        for (const ColumnCandidates &c : std::as_const(columns)) {
            if (c.scored.first().confidence >= evidence) {
                ++found;
                indexed += c.indexed ? 1 : 0;
            }
        }
        const double share = double(indexed) / double(found + kUnindexedPrior);
        const double weight = std::clamp(
                (share - kIndexedShareFrom) / (kIndexedShareFull - kIndexedShareFrom), 0.0, 1.0);
        if (weight <= 0)
            return;
        const QString reason
                = u"%1 of the %2 references found in the schema are indexed"_s.arg(indexed).arg(
                        found);
        m_result.indexHabit = reason;
        // All the candidates of a column lose the same: their order stays.
        for (ColumnCandidates &c : columns) {
            if (c.indexed)
                continue;
            const bool wasIn = c.scored.first().confidence >= m_options.minConfidence;
            for (Scored &s : c.scored) {
                s.confidence = std::max(0.0, s.confidence + weight * kUnindexedInIndexedSchema);
                s.reasons.append(reason);
            }
            if (wasIn && c.scored.first().confidence < m_options.minConfidence)
                ++m_result.unindexedBelowThreshold;
        }
    }

    void decide(const ColumnCandidates &candidates)
    {
        const int child = candidates.child;
        const Column &column = *candidates.column;
        const QList<Scored> &scored = candidates.scored;
        const Scored &best = scored.first();
        if (best.confidence < m_options.minConfidence) {
            ++m_result.belowThreshold;
            return;
        }
        const TableInfo &childInfo = m_catalog.at(child);
        if (scored.size() > 1 && scored.at(1).confidence > best.confidence - kAmbiguityMargin) {
            AmbiguousReference ambiguous;
            ambiguous.child = childInfo.table->name + u'.' + column.name;
            for (const Scored &s : std::as_const(scored)) {
                if (s.confidence <= best.confidence - kAmbiguityMargin)
                    break;
                ambiguous.candidates.append(m_catalog.at(s.name.parent).table->name + u'.'
                                            + s.name.parentColumn->name);
            }
            m_result.ambiguous.append(std::move(ambiguous));
            return;
        }
        Relation relation;
        relation.childTable = childInfo.table->id;
        relation.childColumns = {column.id};
        const TableInfo &parent = m_catalog.at(best.name.parent);
        relation.parentTable = parent.table->id;
        relation.parentColumns = {best.name.parentColumn->id};
        relation.nameOnChild = roleName(column.name, parent.base);
        add(std::move(relation), best.confidence, best.reasons);
    }

    /// "reported_user" for reported_user_id → users: the column's name without its key
    /// suffix when that differs from the name derived from the parent; else empty.
    static QString roleName(const QString &column, const QString &parent)
    {
        QString stem = column;
        for (const QString &suffix : {u"_id"_s, u"Id"_s, u"ID"_s, u"id"_s}) {
            if (stem.size() > suffix.size() && stem.endsWith(suffix)) {
                stem.chop(suffix.size());
                break;
            }
        }
        return squash(stem) == entityKey(parent) || squash(stem) == squash(parent) ? QString()
                                                                                   : stem;
    }

    void add(Relation relation, double confidence, const QStringList &reasons)
    {
        relation.origin = RelationOrigin::Inferred;
        relation.decision = RelationDecision::Pending;
        relation.confidence = confidence;
        relation.reasons = reasons;
        for (const ColumnId column : std::as_const(relation.childColumns))
            m_covered.insert(column);
        m_result.relations.append(std::move(relation));
    }

    void inferCompositeKeys();
    QString compositeNaming(int table, const QStringList &keyNames) const;
    QList<ColumnId> compositeColumns(int child, int parent, bool mustName) const;
    bool namesParent(const QStringList &entityWords, int child, int parent) const;

    const Schema &m_schema;
    const InferenceOptions &m_options;
    TableCatalog m_catalog;
    QList<UserPattern> m_patterns;
    QSet<ColumnId> m_covered;
    InferenceResult m_result;
};

/// A composite primary key whose columns all appear, by name, in another table that names
/// the key's table in one of them: node_tags (node_id, version) → nodes (node_id, version).
/// Where two keys fit the same columns (way_nodes has way_id, node_id and version), the
/// better scoring one wins: the indexed one.
void Inferrer::inferCompositeKeys()
{
    struct Composite
    {
        Relation relation;
        double confidence;
        QStringList reasons;
    };
    QList<Composite> found;
    for (qsizetype p = 0; p < m_catalog.size(); ++p) {
        const Table &parent = *m_catalog.at(p).table;
        if (parent.primaryKey.size() < 2)
            continue;
        const QStringList keyNames = parent.columnNames(parent.primaryKey);
        const QString naming = compositeNaming(int(p), keyNames);
        // The tables with every column of the key by name, and those with a column named
        // after the parent and one of its key columns (cart_id for carts.id).
        QList<int> children = m_catalog.tablesWithColumn(keyNames.first());
        for (qsizetype k = 1; k < keyNames.size(); ++k) {
            const QList<int> list = m_catalog.tablesWithColumn(keyNames.at(k));
            const QSet<int> having(list.cbegin(), list.cend());
            children.removeIf([&](int c) { return !having.contains(c); });
        }
        for (const QString &keyName : keyNames) {
            const QString named = entityKey(m_catalog.at(p).base) + squash(keyName);
            for (const int c : m_catalog.tablesWithSquashedColumn(named)) {
                if (!children.contains(c))
                    children.append(c);
            }
        }
        for (const int c : std::as_const(children)) {
            const Table &child = *m_catalog.at(c).table;
            if (c == p || isTwin(child, parent))
                continue;
            const QList<ColumnId> columns = compositeColumns(int(c), int(p), naming.isEmpty());
            if (columns.isEmpty())
                continue;
            const bool indexed = child.isIndexed(columns);
            Composite composite;
            composite.relation.childTable = child.id;
            composite.relation.childColumns = columns;
            composite.relation.parentTable = parent.id;
            composite.relation.parentColumns = parent.primaryKey;
            composite.confidence = std::clamp(
                    kCompositeKey + kTypesMatch + (indexed ? kIndexed : kNotIndexed), 0.0, 1.0);
            const QStringList childNames = child.columnNames(columns);
            QString namer = naming;
            for (qsizetype k = 0; k < keyNames.size(); ++k) {
                if (childNames.at(k) != keyNames.at(k))
                    namer = childNames.at(k);
            }
            composite.reasons
                    = {u"%1 (%2) hold %3's primary key (%4)"_s.arg(
                               m_catalog.at(c).base, childNames.join(u", "_s), m_catalog.at(p).base,
                               keyNames.join(u", "_s)),
                       u"%1 names %2"_s.arg(namer, m_catalog.at(p).base), u"the types match"_s,
                       indexed ? u"the columns are indexed"_s : u"the columns are not indexed"_s};
            if (composite.confidence >= m_options.minConfidence)
                found.append(std::move(composite));
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Composite &a, const Composite &b) {
        return a.confidence > b.confidence;
    });
    for (Composite &composite : found) {
        const bool overlaps = std::any_of(composite.relation.childColumns.cbegin(),
                                          composite.relation.childColumns.cend(),
                                          [this](ColumnId id) { return m_covered.contains(id); });
        if (!overlaps)
            add(std::move(composite.relation), composite.confidence, composite.reasons);
    }
}

/// The columns of `child` that hold the composite primary key of `parent`, in key order:
/// the same names (node_tags.node_id, version → nodes), or all but one by the same name
/// and one named after the parent and its key column (subscriptions.tenant_id, cart_id →
/// carts (tenant_id, id)). `mustName`: one column must be of the second kind. Empty when
/// they are not all there, or a type does not fit.
QList<ColumnId> Inferrer::compositeColumns(int child, int parent, bool mustName) const
{
    const Table &childTable = *m_catalog.at(child).table;
    const Table &parentTable = *m_catalog.at(parent).table;
    QList<ColumnId> columns;
    int named = 0;
    for (const ColumnId keyId : parentTable.primaryKey) {
        const Column *key = parentTable.column(keyId);
        // A column named after the parent comes first: the child's own `id` is not the
        // parent's.
        const Column *column = nullptr;
        const QStringList keyWords = words(key->name);
        for (const Column &candidate : childTable.columns) {
            const QStringList w = words(candidate.name);
            if (w.size() > keyWords.size() && w.mid(w.size() - keyWords.size()) == keyWords
                && namesParent(w.mid(0, w.size() - keyWords.size()), child, parent)) {
                column = &candidate;
                ++named;
                break;
            }
        }
        if (!column)
            column = childTable.columnByName(key->name);
        if (!column || m_covered.contains(column->id) || columns.contains(column->id)
            || !areTypesCompatible(column->type, key->type, m_schema.dialect))
            return {};
        columns.append(column->id);
    }
    if (named > 1 || (mustName && named == 0))
        return {};
    return columns;
}

/// True when `entityWords` name the table `parent`, seen from `child`.
bool Inferrer::namesParent(const QStringList &entityWords, int child, int parent) const
{
    for (const EntityHit &hit : m_catalog.tablesForEntity(entityWords.join(u'_'), child)) {
        if (hit.table == parent && hit.match != EntityMatch::LastWords)
            return true;
    }
    return false;
}

/// The first column of a composite key that names the key's own table (node_id of nodes),
/// or empty.
QString Inferrer::compositeNaming(int table, const QStringList &keyNames) const
{
    for (const QString &keyName : keyNames) {
        const QStringList w = words(keyName);
        for (qsizetype j = 1; j < w.size(); ++j) {
            for (const EntityHit &hit : m_catalog.tablesForEntity(w.mid(0, j).join(u'_'), table)) {
                if (hit.table == table && hit.match == EntityMatch::Exact)
                    return keyName;
            }
        }
    }
    return {};
}

} // namespace

InferenceResult inferRelations(const Schema &schema, const InferenceOptions &options)
{
    return Inferrer(schema, options).run();
}

} // namespace relata
