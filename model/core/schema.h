#pragma once

#include "dialect.h"
#include "relation.h"
#include "table.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace relata {

/// A named set of tables drawn together (a colored area on the canvas).
struct TableGroup
{
    QString name;
    QList<TableId> tables;
    QString color; ///< "#rrggbb" or empty
    QJsonObject extra;

    bool operator==(const TableGroup &other) const = default;
};

/// The viewport saved with a file (layout section).
struct ViewState
{
    bool isSet = false;
    double zoom = 1.0;
    QPointF center;

    bool operator==(const ViewState &other) const = default;
};

/// A whole schema as a plain value: tables, relations and groups in model order.
///
/// Schema only keeps its lookup tables consistent; it enforces no other rule (a
/// relation may name a column that no longer exists, which validation reports as
/// R001). Edits of an open schema go through SchemaDocument, which emits signals.
class Schema
{
public:
    QString name;
    Dialect dialect = Dialect::MySql;
    ViewState view;
    QList<TableGroup> groups;
    QJsonObject extra; ///< top-level keys from a newer file version

    const QList<Table> &tables() const { return m_tables; }
    const QList<Relation> &relations() const { return m_relations; }

    const Table *table(TableId id) const;
    Table *tableForEdit(TableId id);
    const Table *tableByName(const QString &name) const;
    int tableIndex(TableId id) const;

    /// Inserts `table` at `index` (-1 = append). Invalid ids of the table, its columns
    /// and indexes are replaced by fresh ones; valid ids are kept (undo restores them).
    TableId addTable(Table table, int index = -1);
    /// Removes the table (not its relations) and returns it.
    std::optional<Table> takeTable(TableId id);

    const Relation *relation(RelationId id) const;
    Relation *relationForEdit(RelationId id);
    int relationIndex(RelationId id) const;
    RelationId addRelation(Relation relation, int index = -1);
    std::optional<Relation> takeRelation(RelationId id);
    /// Relations whose child or parent is `table`, in model order.
    QList<RelationId> relationsOf(TableId table) const;

    ColumnId newColumnId() { return ColumnId(++m_lastId); }
    IndexId newIndexId() { return IndexId(++m_lastId); }

    /// "blocks.user_id → users.id"; composite columns in parentheses.
    QString describe(const Relation &relation) const;

    bool operator==(const Schema &other) const;

private:
    void noteId(quint32 value);
    void rebuildTableIndex();
    void rebuildRelationIndex();

    QList<Table> m_tables;
    QList<Relation> m_relations;
    QHash<TableId, int> m_tableIndex;
    QHash<RelationId, int> m_relationIndex;
    quint32 m_lastId = 0;
};

} // namespace relata
