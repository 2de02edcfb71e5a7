#pragma once

#include "core/schemadocument.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace relata {

/// One open file: the schema being edited, its undo history, its file name.
///
/// The dirty state is not stored: it is "the undo stack is not at its clean index",
/// so undoing back to the saved state makes the document clean again.
class EditorDocument final : public QObject
{
    Q_OBJECT

public:
    explicit EditorDocument(QObject *parent = nullptr);

    SchemaDocument &schemaDocument() { return m_schema; }
    const SchemaDocument &schemaDocument() const { return m_schema; }
    const Schema &schema() const { return m_schema.schema(); }
    QUndoStack &undoStack() { return m_undoStack; }

    /// Runs the command (redo) and records it; the stack takes ownership.
    void push(QUndoCommand *command) { m_undoStack.push(command); }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);

    bool isDirty() const { return !m_undoStack.isClean(); }
    /// The current state is what the file holds now.
    void markSaved() { m_undoStack.setClean(); }
    /// The file holds something else than the current state, although no step on the
    /// stack says so (a recovered document): no state of the stack is clean any more.
    void markModified() { m_undoStack.resetClean(); }

    /// Loads another schema (open, new, revert): the old history does not apply to
    /// it, so the stack is cleared and the document is clean.
    void resetSchema(Schema schema, const QString &fileName);

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void fileNameChanged(const QString &fileName);

private:
    SchemaDocument m_schema;
    QUndoStack m_undoStack;
    QString m_fileName;
};

} // namespace relata
