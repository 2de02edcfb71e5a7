#pragma once

#include "column.h"
#include "index.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace relata {

struct Table
{
    TableId id;
    QString name;
    QString comment;
    QList<Column> columns;      ///< ordered as in CREATE TABLE
    QList<ColumnId> primaryKey; ///< ordered; empty = no primary key
    QList<Index> indexes;
    ColumnId softDeleteColumn; ///< invalid = none
    QPointF position;          ///< top-left on the canvas (layout section of the file)
    bool pinned = false;       ///< auto-layout leaves pinned tables where they are
    QJsonObject extra;

    const Column *column(ColumnId id) const;
    Column *column(ColumnId id);
    const Column *columnByName(const QString &name) const;
    int columnIndex(ColumnId id) const;
    const Index *index(IndexId id) const;
    int indexIndex(IndexId id) const;
    /// Names of the given columns, in order; unknown ids give an empty string.
    QStringList columnNames(const QList<ColumnId> &ids) const;
    /// Ids of the columns named `names`, in order; empty when one of them is missing.
    QList<ColumnId> columnIdsByName(const QStringList &names) const;
    /// True when `cols` are, as a set, exactly the primary key or a unique index.
    bool isKey(const QList<ColumnId> &cols) const;
    /// True when `cols`, in order, are a leftmost prefix of the primary key or of an index:
    /// the lookup a database needs to find child rows by these columns is fast.
    bool isIndexed(const QList<ColumnId> &cols) const;
    /// The unique index that could become the primary key as it is (every column NOT
    /// NULL): the one with the fewest columns, the first of those in model order; null
    /// when there is none. What R008 suggests, and its quick fix does.
    const Index *promotableUniqueIndex() const;

    bool operator==(const Table &other) const = default;
};

} // namespace relata
