#include "table.h"

#include <algorithm>

namespace relata {

const Column *Table::column(ColumnId cid) const
{
    for (const Column &c : columns) {
        if (c.id == cid)
            return &c;
    }
    return nullptr;
}

Column *Table::column(ColumnId cid)
{
    for (Column &c : columns) {
        if (c.id == cid)
            return &c;
    }
    return nullptr;
}

const Column *Table::columnByName(const QString &columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

int Table::columnIndex(ColumnId cid) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).id == cid)
            return int(i);
    }
    return -1;
}

const Index *Table::index(IndexId iid) const
{
    const int i = indexIndex(iid);
    return i < 0 ? nullptr : &indexes.at(i);
}

int Table::indexIndex(IndexId iid) const
{
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (indexes.at(i).id == iid)
            return int(i);
    }
    return -1;
}

QStringList Table::columnNames(const QList<ColumnId> &ids) const
{
    QStringList names;
    names.reserve(ids.size());
    for (ColumnId cid : ids) {
        const Column *c = column(cid);
        names.append(c ? c->name : QString());
    }
    return names;
}

QList<ColumnId> Table::columnIdsByName(const QStringList &names) const
{
    QList<ColumnId> ids;
    ids.reserve(names.size());
    for (const QString &name : names) {
        const Column *c = columnByName(name);
        if (!c)
            return {};
        ids.append(c->id);
    }
    return ids;
}

static bool sameSet(QList<ColumnId> a, QList<ColumnId> b)
{
    if (a.size() != b.size())
        return false;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

bool Table::isKey(const QList<ColumnId> &cols) const
{
    if (cols.isEmpty())
        return false;
    if (sameSet(cols, primaryKey))
        return true;
    return std::any_of(indexes.cbegin(), indexes.cend(),
                       [&](const Index &ix) { return ix.unique && sameSet(cols, ix.columns); });
}

bool Table::isIndexed(const QList<ColumnId> &cols) const
{
    if (cols.isEmpty())
        return false;
    const auto covers = [&](const QList<ColumnId> &key) {
        return key.size() >= cols.size() && std::equal(cols.cbegin(), cols.cend(), key.cbegin());
    };
    return covers(primaryKey)
           || std::any_of(indexes.cbegin(), indexes.cend(),
                          [&](const Index &ix) { return covers(ix.columns); });
}

const Index *Table::promotableUniqueIndex() const
{
    const Index *best = nullptr;
    for (const Index &index : indexes) {
        if (!index.unique || index.columns.isEmpty())
            continue;
        const bool notNull
                = std::all_of(index.columns.cbegin(), index.columns.cend(), [this](ColumnId id) {
                      const Column *c = column(id);
                      return c && !c->nullable;
                  });
        if (notNull && (!best || index.columns.size() < best->columns.size()))
            best = &index;
    }
    return best;
}

} // namespace relata
