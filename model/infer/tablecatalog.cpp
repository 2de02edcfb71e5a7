#include "tablecatalog.h"

#include "core/naming.h"

using namespace Qt::StringLiterals;

namespace relata::inference {

QString squash(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'_')
            out.append(c.toLower());
    }
    return out;
}

QStringList words(const QString &name)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'_' || c == u' ' || c == u'-') {
            if (!current.isEmpty())
                out.append(std::exchange(current, {}));
            continue;
        }
        // A new word at lower→Upper ("mediaType") and at the last capital of a run
        // followed by a lower-case letter ("HTMLPage" → html, page).
        const bool upperStartsWord = c.isUpper() && i > 0
                                     && (name.at(i - 1).isLower()
                                         || (name.at(i - 1).isUpper() && i + 1 < name.size()
                                             && name.at(i + 1).isLower()));
        if (upperStartsWord && !current.isEmpty())
            out.append(std::exchange(current, {}));
        current.append(c.toLower());
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString keyStem(const QString &keyName)
{
    QStringList w = words(keyName);
    if (w.isEmpty())
        return {};
    if (w.size() > 1 && w.last() == u"id"_s)
        w.removeLast();
    else if (w.last().size() > 2 && w.last().endsWith(u"id"_s))
        w.last().chop(2);
    else
        return {};
    return w.join(u'_');
}

QString entityKey(const QString &name)
{
    return squash(singularize(name));
}

namespace {

/// True when some first (`fromStart`) or last words of `child`, not all of them, are the
/// entity `parentKey`.
bool hasNamePart(const QString &child, const QString &parentKey, bool fromStart)
{
    const QStringList childWords = words(child);
    for (qsizetype n = 1; n < childWords.size(); ++n) {
        const QStringList part = fromStart ? childWords.mid(0, n) : childWords.mid(n);
        if (entityKey(part.join(u'_')) == parentKey)
            return true;
    }
    return false;
}

} // namespace

bool beginsWithName(const QString &child, const QString &parent)
{
    return hasNamePart(child, entityKey(parent), true);
}

bool isNamedAfter(const QString &child, const QString &parent)
{
    const QString parentKey = entityKey(parent);
    return hasNamePart(child, parentKey, true) || hasNamePart(child, parentKey, false);
}

namespace {

void addUnique(QList<int> *list, int value)
{
    if (!list->contains(value))
        list->append(value);
}

} // namespace

TableCatalog::TableCatalog(const Schema &schema, const QStringList &givenPrefixes)
{
    QStringList prefixes;
    for (const QString &prefix : givenPrefixes)
        prefixes.append(prefix.toLower());
    const bool qualified = schema.dialect == Dialect::PostgreSql;
    m_tables.reserve(schema.tables().size());
    for (const Table &table : schema.tables()) {
        TableInfo info;
        info.table = &table;
        info.base = table.name;
        const qsizetype dot = qualified ? table.name.lastIndexOf(u'.') : -1;
        if (dot > 0) {
            info.qualifier = table.name.left(dot);
            info.base = table.name.mid(dot + 1);
        }
        if (table.primaryKey.size() == 1) {
            info.soleKey = table.column(table.primaryKey.first());
            if (info.soleKey)
                info.keyColumns.append(info.soleKey);
        }
        for (const Index &index : table.indexes) {
            if (!index.unique || index.columns.size() != 1)
                continue;
            const Column *column = table.column(index.columns.first());
            if (column && !info.keyColumns.contains(column))
                info.keyColumns.append(column);
        }
        const int i = int(m_tables.size());
        m_indexById.insert(table.id, i);
        addUnique(&m_byEntity[entityKey(info.base)], i);
        for (const QString &prefix : std::as_const(prefixes)) {
            if (info.base.size() > prefix.size() && info.base.toLower().startsWith(prefix))
                addUnique(&m_byEntity[entityKey(info.base.mid(prefix.size()))], i);
        }
        const QStringList parts = words(info.base);
        for (qsizetype from = 1; from < parts.size(); ++from)
            addUnique(&m_byLastWords[entityKey(parts.mid(from).join(u'_'))], i);
        if (info.soleKey && squash(info.soleKey->name) != u"id"_s)
            addUnique(&m_byKeyName[squash(info.soleKey->name)], i);
        for (const Column &column : table.columns) {
            m_byColumn[column.name].append(i);
            addUnique(&m_bySquashedColumn[squash(column.name)], i);
        }
        m_tables.append(info);
    }
}

QList<EntityHit> TableCatalog::tablesForEntity(const QString &entity, int child) const
{
    QList<EntityHit> hits;
    // A number is not a name: the 101 of report_101_id names nothing by itself.
    if (entity.isEmpty() || entity.front().isDigit())
        return hits;
    const auto add = [&hits](int table, EntityMatch match) {
        for (const EntityHit &hit : std::as_const(hits)) {
            if (hit.table == table)
                return;
        }
        hits.append({table, match});
    };
    const QString key = entityKey(entity);
    for (const int table : m_byEntity.value(key))
        add(table, EntityMatch::Exact);
    // The child's prefixes: current_way_nodes.node_id → current_nodes, wp_postmeta.post_id
    // → wp_posts.
    const QStringList childWords = words(m_tables.at(child).base);
    QString prefix;
    for (qsizetype i = 0; i + 1 < childWords.size(); ++i) {
        prefix += childWords.at(i);
        for (const int table : m_byEntity.value(prefix + key)) {
            if (table != child)
                add(table, EntityMatch::SharedPrefix);
        }
    }
    if (hits.isEmpty()) {
        for (const int table : m_byLastWords.value(key))
            add(table, EntityMatch::LastWords);
    }
    return hits;
}

bool TableCatalog::isNamed(const QString &entity, int table) const
{
    return m_byEntity.value(entityKey(entity)).contains(table);
}

QList<int> TableCatalog::tablesWithKeyNamed(const QString &squashedName) const
{
    return m_byKeyName.value(squashedName);
}

} // namespace relata::inference
