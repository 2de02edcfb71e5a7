#pragma once

#include "schema.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace relata {

/// The only way to change an open schema. Every mutation is checked, applied to the
/// Schema value and announced by a fine-grained signal, so that views, validation
/// and undo commands never touch the Schema directly.
///
/// Mutators return false (or an invalid id) and change nothing when the request is
/// invalid: unknown ids, empty names, or names that would collide.
class SchemaDocument final : public QObject
{
    Q_OBJECT

public:
    enum class TableChange {
        Name = 0x01,
        Comment = 0x02,
        Columns = 0x04, ///< added, removed, reordered or changed columns
        PrimaryKey = 0x08,
        Indexes = 0x10,
        Position = 0x20,
        SoftDelete = 0x40,
        Pinned = 0x80,
    };
    Q_DECLARE_FLAGS(TableChanges, TableChange)

    explicit SchemaDocument(QObject *parent = nullptr);

    const Schema &schema() const { return m_schema; }
    /// Replaces the whole schema (open, import, revert); emits reset().
    void setSchema(Schema schema);

    bool setSchemaName(const QString &name);
    /// Re-parses every column type for the new dialect; emits reset().
    void setDialect(Dialect dialect);

    // Tables
    TableId addTable(Table table, int index = -1);
    /// Adds a table whose ids are only placeholders, consistent within the table (a
    /// copied table, a new one): table, column and index ids are replaced by fresh ones
    /// and the primary key, indexes and soft-delete column follow. `columnIds`, when
    /// given, receives placeholder → fresh column id.
    TableId addTableWithFreshIds(Table table, int index = -1,
                                 QHash<ColumnId, ColumnId> *columnIds = nullptr);
    /// Removes the table and every relation that touches it (relationRemoved first).
    bool removeTable(TableId id);
    bool renameTable(TableId id, const QString &name);
    bool setTableComment(TableId id, const QString &comment);
    bool moveTable(TableId id, QPointF position);
    bool moveTables(const QHash<TableId, QPointF> &positions);
    bool setTablePinned(TableId id, bool pinned);
    /// `column` invalid clears the soft-delete column.
    bool setSoftDeleteColumn(TableId id, ColumnId column);

    // Columns
    ColumnId addColumn(TableId table, Column column, int index = -1);
    /// Also drops the column from the primary key and indexes (an index left empty is
    /// removed) and removes the relations that use it.
    bool removeColumn(TableId table, ColumnId column);
    bool renameColumn(TableId table, ColumnId column, const QString &name);
    bool moveColumn(TableId table, ColumnId column, int newIndex);
    /// Replaces every property but the id; the type is re-parsed from its text.
    bool changeColumn(TableId table, const Column &column);
    bool setColumnType(TableId table, ColumnId column, const QString &typeText);
    bool setColumnNullable(TableId table, ColumnId column, bool nullable);
    bool setColumnDefault(TableId table, ColumnId column, const std::optional<QString> &value);
    bool setColumnAutoIncrement(TableId table, ColumnId column, bool autoIncrement);
    bool setColumnComment(TableId table, ColumnId column, const QString &comment);

    // Keys and indexes
    bool setPrimaryKey(TableId table, const QList<ColumnId> &columns);
    IndexId addIndex(TableId table, Index index, int position = -1);
    bool removeIndex(TableId table, IndexId index);
    bool changeIndex(TableId table, const Index &index);

    // Relations
    RelationId addRelation(Relation relation, int index = -1);
    bool removeRelation(RelationId id);
    /// Replaces every property but the id.
    bool changeRelation(const Relation &relation);
    bool setRelationActions(RelationId id, ReferentialAction onDelete, ReferentialAction onUpdate);
    bool setRelationNames(RelationId id, const QString &nameOnChild, const QString &nameOnParent);
    bool setRelationDecision(RelationId id, RelationDecision decision);

Q_SIGNALS:
    void reset();
    void schemaPropertiesChanged();
    void tableAdded(relata::TableId id);
    void tableRemoved(relata::TableId id);
    void tableChanged(relata::TableId id, relata::SchemaDocument::TableChanges changes);
    /// Column signals come with tableChanged(table, Columns) right after them.
    void columnAdded(relata::TableId table, relata::ColumnId column);
    void columnRemoved(relata::TableId table, relata::ColumnId column);
    void columnChanged(relata::TableId table, relata::ColumnId column);
    void relationAdded(relata::RelationId id);
    void relationRemoved(relata::RelationId id);
    void relationChanged(relata::RelationId id);

private:
    bool columnsBelongTo(TableId table, const QList<ColumnId> &columns) const;
    bool editColumn(TableId table, ColumnId column, const std::function<void(Column &)> &edit);
    bool editRelation(RelationId id, const std::function<void(Relation &)> &edit);

    Schema m_schema;
};

} // namespace relata

Q_DECLARE_OPERATORS_FOR_FLAGS(relata::SchemaDocument::TableChanges)
