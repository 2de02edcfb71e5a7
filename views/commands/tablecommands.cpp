#include "tablecommands.h"

#include "core/schemadocument.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString tablesLabel(const QString &verb, const QStringList &names)
{
    if (names.size() == 1)
        return u"%1 table %2"_s.arg(verb, names.first());
    return u"%1 %2 tables"_s.arg(verb).arg(names.size());
}

} // namespace

// ---- AddTablesCommand ---------------------------------------------------

AddTablesCommand::AddTablesCommand(SchemaDocument &document, QList<Table> tables,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_tables(std::move(tables))
{
    QStringList names;
    for (const Table &t : std::as_const(m_tables))
        names.append(t.name);
    setText(tablesLabel(u"Add"_s, names));
}

void AddTablesCommand::redo()
{
    QList<Table> added;
    for (const Table &table : std::as_const(m_tables)) {
        // A table without an id is new (drawn, pasted): its ids are placeholders.
        const TableId id = table.id.isValid() ? m_document->addTable(table)
                                              : m_document->addTableWithFreshIds(table);
        if (!id.isValid()) {
            // Refused (a name is taken...): all or nothing, and nothing to undo.
            for (const Table &t : std::as_const(added))
                m_document->removeTable(t.id);
            setObsolete(true);
            return;
        }
        added.append(*m_document->schema().table(id));
    }
    // Keep the ids the schema assigned so that the next redo restores them.
    m_tables = std::move(added);
}

void AddTablesCommand::undo()
{
    for (auto it = m_tables.crbegin(); it != m_tables.crend(); ++it)
        m_document->removeTable(it->id);
}

QList<TableId> AddTablesCommand::tableIds() const
{
    QList<TableId> ids;
    for (const Table &t : m_tables)
        ids.append(t.id);
    return ids;
}

// ---- RemoveTablesCommand ------------------------------------------------

RemoveTablesCommand::RemoveTablesCommand(SchemaDocument &document, const QList<TableId> &tables,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_tableIds(tables)
{
    QStringList names;
    for (TableId id : tables) {
        if (const Table *t = document.schema().table(id))
            names.append(t->name);
    }
    setText(tablesLabel(u"Remove"_s, names));
}

RemoveTablesCommand::Snapshot RemoveTablesCommand::takeSnapshot() const
{
    const Schema &schema = m_document->schema();
    Snapshot snapshot;
    QSet<RelationId> seen;
    for (TableId id : m_tableIds) {
        const Table *t = schema.table(id);
        if (!t)
            continue;
        snapshot.tables.append({schema.tableIndex(id), *t});
        for (RelationId rid : schema.relationsOf(id)) {
            if (!seen.contains(rid)) {
                seen.insert(rid);
                snapshot.relations.append({schema.relationIndex(rid), *schema.relation(rid)});
            }
        }
    }
    // Re-inserting in ascending model order puts every object back at its index.
    const auto byIndex = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    std::sort(snapshot.tables.begin(), snapshot.tables.end(), byIndex);
    std::sort(snapshot.relations.begin(), snapshot.relations.end(), byIndex);
    return snapshot;
}

void RemoveTablesCommand::redo()
{
    m_snapshot = takeSnapshot();
    if (m_snapshot.tables.isEmpty()) {
        setObsolete(true);
        return;
    }
    for (const auto &[index, table] : std::as_const(m_snapshot.tables))
        m_document->removeTable(table.id);
}

void RemoveTablesCommand::undo()
{
    for (const auto &[index, table] : std::as_const(m_snapshot.tables))
        m_document->addTable(table, index);
    for (const auto &[index, relation] : std::as_const(m_snapshot.relations))
        m_document->addRelation(relation, index);
}

// ---- RenameTableCommand -------------------------------------------------

RenameTableCommand::RenameTableCommand(SchemaDocument &document, TableId table,
                                       const QString &newName, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_after(newName)
{
    if (const Table *t = document.schema().table(table))
        m_before = t->name;
    setText(u"Rename table %1 to %2"_s.arg(m_before, newName));
}

void RenameTableCommand::redo()
{
    if (!m_document->renameTable(m_table, m_after))
        setObsolete(true);
}

void RenameTableCommand::undo()
{
    m_document->renameTable(m_table, m_before);
}

// ---- SetTableCommentCommand ---------------------------------------------

SetTableCommentCommand::SetTableCommentCommand(SchemaDocument &document, TableId table,
                                               const QString &comment, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(&document)
    , m_table(table)
    , m_after(comment)
{
    const Table *t = document.schema().table(table);
    if (t)
        m_before = t->comment;
    const QString name = t ? t->name : QString();
    setText(comment.isEmpty() ? u"Remove comment of table %1"_s.arg(name)
                              : u"Change comment of table %1"_s.arg(name));
}

void SetTableCommentCommand::redo()
{
    // An edit that changes nothing is no step in the history.
    if (m_after == m_before || !m_document->setTableComment(m_table, m_after))
        setObsolete(true);
}

void SetTableCommentCommand::undo()
{
    m_document->setTableComment(m_table, m_before);
}

} // namespace relata
