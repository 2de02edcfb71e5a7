#pragma once

#include "core/schema.h"

#include <QList>
#include <QUndoCommand>

namespace relata {

class SchemaDocument;

/// Adds one or more tables (each with its id, columns and position). A table without
/// an id gets fresh ids for it, its columns and indexes (its own ids only need to be
/// consistent within the table). The ids the first redo assigns are kept, so redo
/// after undo brings back the same ids.
class AddTablesCommand final : public QUndoCommand
{
public:
    AddTablesCommand(SchemaDocument &document, QList<Table> tables, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// The ids of the added tables, valid after the first redo.
    QList<TableId> tableIds() const;

private:
    SchemaDocument *m_document;
    QList<Table> m_tables;
};

/// Removes tables with every relation touching them. Undo puts tables and relations
/// back with their original ids and at their original places in the model order.
class RemoveTablesCommand final : public QUndoCommand
{
public:
    RemoveTablesCommand(SchemaDocument &document, const QList<TableId> &tables,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Snapshot
    {
        QList<QPair<int, Table>> tables;       ///< model index, value; ascending index
        QList<QPair<int, Relation>> relations; ///< model index, value; ascending index
    };
    Snapshot takeSnapshot() const;

    SchemaDocument *m_document;
    QList<TableId> m_tableIds;
    Snapshot m_snapshot;
};

class RenameTableCommand final : public QUndoCommand
{
public:
    RenameTableCommand(SchemaDocument &document, TableId table, const QString &newName,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    TableId m_table;
    QString m_before;
    QString m_after;
};

/// Sets a table's comment; an empty comment removes it.
class SetTableCommentCommand final : public QUndoCommand
{
public:
    SetTableCommentCommand(SchemaDocument &document, TableId table, const QString &comment,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SchemaDocument *m_document;
    TableId m_table;
    QString m_before;
    QString m_after;
};

} // namespace relata
