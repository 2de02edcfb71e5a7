#include "namecandidates.h"

#include "core/naming.h"

using namespace Qt::StringLiterals;

namespace relata::inference {

namespace {

// Name scores: how much a name alone says. Evidence (types, keys, indexes) moves them.
constexpr double kKeyName = 0.85;         ///< emp_no → employees.emp_no
constexpr double kEntityKey = 0.85;       ///< user_id → users.id
constexpr double kUserPattern = 0.9;      ///< the user said so
constexpr double kEntityAlone = 0.7;      ///< release → release.id
constexpr double kChildPlusColumn = 0.75; ///< artist.type → artist_type.id
constexpr double kParentColumn = 0.7;     ///< parent_id → the table itself
constexpr double kRolePenalty = 0.1;      ///< a role before the name: reported_user_id
/// Child and parent share a prefix (wp_postmeta.post_id → wp_posts): good evidence, but a
/// table of exactly the name is better (editor_subscribe_artist.editor → editor, not
/// editor_subscribe_editor), by more than the ambiguity margin.
constexpr double kSharedPrefixPenalty = 0.06;
constexpr double kLastWordsPenalty = 0.2;   ///< only the end of the table's name matched
constexpr double kRoleEntityPenalty = 0.15; ///< a role before a bare entity: begin_area
constexpr double kLinkTable = 0.75;         ///< l_area_artist.entity0 → area.id
constexpr double kExtension = 0.7;          ///< l_area_area_example.id → l_area_area.id
constexpr double kUnnamedKey = 0.1;         ///< a key name that does not name its table: emp_no

/// True when leading words of `keyWords` name the table `table` itself (cache.cache_key).
bool namesTable(const TableCatalog &catalog, const QStringList &keyWords, int table)
{
    for (qsizetype j = 1; j < keyWords.size(); ++j) {
        for (const EntityHit &hit : catalog.tablesForEntity(keyWords.mid(0, j).join(u'_'), table)) {
            if (hit.table == table && hit.match == EntityMatch::Exact)
                return true;
        }
    }
    return false;
}

/// True when a table's key is named after the first words of the table's own name, as in
/// group_discovery.groupid: the table adds to a `group` that owns the key.
bool borrowsKey(const TableInfo &table, const QString &stem)
{
    const QStringList tableWords = words(table.base);
    const QStringList stemWords = words(stem);
    return !stemWords.isEmpty() && tableWords.size() > stemWords.size()
           && tableWords.mid(0, stemWords.size()) == stemWords;
}

/// True when the whole of `columnName` is the name of a table other than `table`.
bool namesAnotherTable(const TableCatalog &catalog, const QString &columnName, int table)
{
    for (const EntityHit &hit : catalog.tablesForEntity(columnName, table)) {
        if (hit.table != table && hit.match == EntityMatch::Exact)
            return true;
    }
    return false;
}

/// True for a word that names a key by itself: `iconid` (not `id` alone, as in `id_state`).
bool isKeyWord(const QString &word)
{
    return word.size() > 4 && word.endsWith(u"id"_s);
}

class Collector
{
public:
    Collector(const TableCatalog &catalog, int child, const Column &column)
        : m_catalog(catalog)
        , m_child(child)
        , m_column(column)
    {}

    void offer(int parent, const Column *parentColumn, double score, const QString &reason)
    {
        if (!parentColumn || (parent == m_child && parentColumn->id == m_column.id))
            return;
        for (NameCandidate &c : m_out) {
            if (c.parent == parent && c.parentColumn == parentColumn) {
                if (score > c.score) {
                    c.score = score;
                    c.reason = reason;
                }
                ++c.strategies;
                return;
            }
        }
        m_out.append({parent, parentColumn, score, reason, 1});
    }

    /// Offers `hit`'s key columns whose squashed name is `keyName` (its one-column primary
    /// key when empty); `reason` says why, given the parent's name.
    template<typename Reason>
    void offerEntity(const EntityHit &hit, const QString &keyName, double score,
                     const Reason &reason)
    {
        const TableInfo &parent = m_catalog.at(hit.table);
        if (hit.match == EntityMatch::SharedPrefix)
            score -= kSharedPrefixPenalty;
        else if (hit.match == EntityMatch::LastWords)
            score -= kLastWordsPenalty;
        const QString how = hit.match == EntityMatch::SharedPrefix
                                    ? u" (sharing the prefix of %1)"_s.arg(childName())
                            : hit.match == EntityMatch::LastWords ? u" (the end of its name)"_s
                                                                  : QString();
        if (keyName.isEmpty()) {
            if (parent.soleKey)
                offer(hit.table, parent.soleKey, score, reason(parent.base) + how);
            return;
        }
        for (const Column *key : parent.keyColumns) {
            if (squash(key->name) == keyName)
                offer(hit.table, key, score, reason(parent.base) + how);
        }
    }

    QString childName() const { return m_catalog.at(m_child).base; }
    QList<NameCandidate> take() { return std::move(m_out); }

private:
    const TableCatalog &m_catalog;
    int m_child;
    const Column &m_column;
    QList<NameCandidate> m_out;
};

/// The two tables a link table is named after, skipping leading words:
/// l_area_release_group → area, release_group. Empty when its name is not two table names.
QList<int> linkedTables(const TableCatalog &catalog, int table)
{
    const auto exactTable = [&](const QStringList &entityWords) {
        int found = -1;
        for (const EntityHit &hit : catalog.tablesForEntity(entityWords.join(u'_'), table)) {
            if (hit.match != EntityMatch::Exact || hit.table == table)
                continue;
            if (found >= 0)
                return -1; // two tables of that name
            found = hit.table;
        }
        return found;
    };
    const QStringList w = words(catalog.at(table).base);
    for (qsizetype from = 0; from + 1 < w.size(); ++from) {
        for (qsizetype split = from + 1; split < w.size(); ++split) {
            const int first = exactTable(w.mid(from, split - from));
            const int second = first < 0 ? -1 : exactTable(w.mid(split));
            if (second >= 0)
                return {first, second};
        }
    }
    return {};
}

/// Numbered columns of a link table named after two tables refer to them in order:
/// l_area_artist (entity0, entity1) → area, artist.
void linkTableColumn(const TableCatalog &catalog, int child, const Column &column,
                     Collector *collect)
{
    const QString &name = column.name;
    qsizetype digits = 0;
    while (digits < name.size() && name.at(name.size() - 1 - digits).isDigit())
        ++digits;
    if (digits != 1 || name.size() == 1)
        return;
    const QString stem = name.chopped(1);
    const int number = name.back().digitValue();
    const Table &table = *catalog.at(child).table;
    // The pair: the column and its neighbour by number, both present, numbered from 0 or 1.
    const int first = table.columnByName(stem + u'0') ? 0 : 1;
    if (number - first > 1 || !table.columnByName(stem + QString::number(first))
        || !table.columnByName(stem + QString::number(first + 1))
        || table.columnByName(stem + QString::number(first + 2)))
        return;
    const QList<int> linked = linkedTables(catalog, child);
    if (linked.size() != 2)
        return;
    const TableInfo &parent = catalog.at(linked.at(number - first));
    collect->offer(linked.at(number - first), parent.soleKey, kLinkTable,
                   u"%1 is named after %2 and %3, and %4 is its column number %5"_s.arg(
                           catalog.at(child).base, catalog.at(linked.at(0)).base,
                           catalog.at(linked.at(1)).base, name,
                           QString::number(number - first + 1)));
}

/// A key that is not generated, in a table named after another table plus a suffix, is
/// that table's key: l_area_area_example.id → l_area_area.id (one-to-one).
void extensionKey(const TableCatalog &catalog, int child, const Column &column, Collector *collect)
{
    const Table &table = *catalog.at(child).table;
    if (!table.primaryKey.contains(column.id) || column.autoIncrement || column.defaultValue)
        return;
    // The longest table whose exact name, then an underscore, begins the child's name.
    const QString childName = catalog.at(child).base;
    int best = -1;
    for (qsizetype at = childName.lastIndexOf(u'_'); at > 0;
         at = childName.lastIndexOf(u'_', at - 1)) {
        for (const EntityHit &hit : catalog.tablesForEntity(childName.left(at), child)) {
            if (hit.match == EntityMatch::Exact && hit.table != child
                && catalog.at(hit.table).base.compare(childName.left(at), Qt::CaseInsensitive) == 0)
                best = hit.table;
        }
        if (best >= 0)
            break;
    }
    if (best < 0)
        return;
    const TableInfo &parent = catalog.at(best);
    if (parent.soleKey && parent.soleKey->name == column.name)
        collect->offer(best, parent.soleKey, kExtension,
                       u"%1 extends %2: its key %3 is not generated"_s.arg(childName, parent.base,
                                                                           column.name));
}

} // namespace

QList<NameCandidate> nameCandidates(const TableCatalog &catalog, int child, const Column &column,
                                    const QList<UserPattern> &patterns)
{
    Collector collect(catalog, child, column);
    const QStringList w = words(column.name);
    const qsizetype n = w.size();
    const QString name = column.name;
    // The name of another table's one-column key, or that name after a role prefix; only
    // names that say "key" (emp_no, hostid), not a bare `name` or `code`, and not a key that
    // is itself named after a table (country_area.area refers to area, like the column).
    for (qsizetype i = 0; i < n; ++i) {
        const QString key = w.mid(i).join(QString());
        if (n - i < 2 && keyStem(key).size() < 3)
            continue;
        for (const int parent : catalog.tablesWithKeyNamed(key)) {
            const TableInfo &p = catalog.at(parent);
            const QString stem = keyStem(p.soleKey->name);
            // A key named after another table is that table's (problem.eventid is events');
            // in a child named after the table holding it, it may mean either, equally
            // (problem_tag.eventid).
            const bool namedAfter = isNamedAfter(catalog.at(child).base, p.base);
            const bool othersKey = namesAnotherTable(catalog, p.soleKey->name, parent)
                                   || (!stem.isEmpty() && namesAnotherTable(catalog, stem, parent));
            if ((othersKey && !namedAfter) || borrowsKey(p, stem)
                || namesTable(catalog, w.mid(i), child))
                continue;
            // itemid is the key of items and of item_rtdata: the table it names comes first.
            const bool named = (othersKey && namedAfter)
                               || (!stem.isEmpty() && catalog.isNamed(stem, parent));
            const QString reason = i == 0 ? u"%1 is the name of %2's key"_s.arg(name, p.base)
                                          : u"%1 ends with the name of %2's key %3"_s.arg(
                                                  name, p.base, p.soleKey->name);
            collect.offer(parent, p.soleKey,
                          kKeyName - (i > 0 ? kRolePenalty : 0) - (named ? 0 : kUnnamedKey),
                          reason);
        }
    }
    // An entity, then a key column of its table: user_id, UserId, language_code; with a
    // role in front: reported_user_id.
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const QString entity = w.mid(i, j - i).join(u'_');
            const QString keyName = w.mid(j).join(QString());
            const auto reason = [&](const QString &parent) {
                return u"%1 names %2 and its key"_s.arg(name, parent);
            };
            for (const EntityHit &hit : catalog.tablesForEntity(entity, child))
                collect.offerEntity(hit, keyName, kEntityKey - (i > 0 ? kRolePenalty : 0), reason);
        }
    }
    // One word: userid, hostid → the table and its key `id`.
    if (n == 1 && w.first().size() > 2 && w.first().endsWith(u"id"_s)) {
        const QString entity = w.first().chopped(2);
        for (const EntityHit &hit : catalog.tablesForEntity(entity, child))
            collect.offerEntity(hit, u"id"_s, kEntityKey, [&](const QString &parent) {
                return u"%1 is %2 + id"_s.arg(name, parent);
            });
    }
    // The inverted style of PrestaShop-family schemas: id_product.
    if (n >= 2 && w.first() == u"id"_s) {
        const QString entity = w.mid(1).join(u'_');
        for (const EntityHit &hit : catalog.tablesForEntity(entity, child))
            collect.offerEntity(hit, {}, kEntityKey, [&](const QString &parent) {
                return u"%1 is id_ and the name of %2"_s.arg(name, parent);
            });
    }
    // The entity alone: release → release.id; after a role: begin_area → area.id. A plural
    // (`languages`) is a list, not a reference, unless it names a table with a numeric key
    // as it is (`series`).
    // Nor after a word that is itself a key: iconid_maintenance holds an icon, not a
    // maintenance.
    const bool plural = singularize(w.last()) != w.last();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && isKeyWord(w.at(i - 1)))
            break;
        if (w.at(i) == u"id"_s)
            continue;
        const QString entity = w.mid(i).join(u'_');
        const auto reason = [&](const QString &parent) {
            return (i == 0 ? u"%1 is the name of %2"_s : u"%1 ends with the name of %2"_s)
                    .arg(name, parent);
        };
        for (const EntityHit &hit : catalog.tablesForEntity(entity, child)) {
            const TableInfo &parent = catalog.at(hit.table);
            if (plural
                && (parent.base.compare(entity, Qt::CaseInsensitive) != 0 || !parent.soleKey
                    || parent.soleKey->type.family != TypeFamily::Integer))
                continue;
            collect.offerEntity(hit, {}, kEntityAlone - (i > 0 ? kRoleEntityPenalty : 0), reason);
        }
    }
    // The child table plus the column: artist.type → artist_type.
    const QString combined = catalog.at(child).base + u'_' + column.name;
    for (const EntityHit &hit : catalog.tablesForEntity(combined, child)) {
        if (hit.match == EntityMatch::Exact)
            collect.offerEntity(hit, {}, kChildPlusColumn, [&](const QString &parent) {
                return u"%1 plus %2 is %3"_s.arg(collect.childName(), name, parent);
            });
    }
    // parent, parent_id: the table itself (a tree).
    const QString squashed = squash(name);
    if ((squashed == u"parent"_s || squashed == u"parentid"_s) && catalog.at(child).soleKey)
        collect.offer(child, catalog.at(child).soleKey, kParentColumn,
                      u"%1 names the parent row in the same table"_s.arg(name));
    linkTableColumn(catalog, child, column, &collect);
    extensionKey(catalog, child, column, &collect);
    for (const UserPattern &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.column.match(name);
        if (!match.hasMatch())
            continue;
        const QString reason = u"%1 fits the pattern %2"_s.arg(name, pattern.text);
        if (pattern.namesEntity) {
            for (const EntityHit &hit : catalog.tablesForEntity(match.captured(1), child))
                collect.offerEntity(hit, {}, kUserPattern, [&](const QString &) { return reason; });
            continue;
        }
        for (qsizetype t = 0; t < catalog.size(); ++t) {
            const TableInfo &p = catalog.at(t);
            if (p.table->name.compare(pattern.table, Qt::CaseInsensitive) != 0
                && p.base.compare(pattern.table, Qt::CaseInsensitive) != 0)
                continue;
            const Column *key = pattern.tableColumn.isEmpty()
                                        ? p.soleKey
                                        : p.table->columnByName(pattern.tableColumn);
            collect.offer(int(t), key, kUserPattern, reason);
        }
    }
    return collect.take();
}

} // namespace relata::inference
