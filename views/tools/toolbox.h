#pragma once

#include "core/ids.h"

#include <QObject>

#include <memory>

namespace relata {

class ConnectTool;
class CreateTableTool;
class EditorDocument;
class SchemaScene;
class SelectTool;
class Tool;

/// The diagram's tools and which one has the mouse. Owns the tools, installs the
/// current one on the scene, and is how tools talk to the window (status messages,
/// "edit this") without knowing it.
class ToolBox final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Select, Connect, CreateTable };
    Q_ENUM(Kind)

    ToolBox(SchemaScene *scene, EditorDocument *editor, QObject *parent = nullptr);
    ~ToolBox() override;

    SchemaScene *scene() const { return m_scene; }
    EditorDocument *editor() const { return m_editor; }
    Kind current() const { return m_current; }
    Tool *tool(Kind kind) const;

    /// Used by tools.
    void tell(const QString &message) { Q_EMIT statusMessage(message); }
    void reportTableCreated(TableId id) { Q_EMIT tableCreated(id); }
    void requestEdit(TableId table) { Q_EMIT editRequested(table); }

public Q_SLOTS:
    void setCurrent(relata::ToolBox::Kind kind);
    /// Escape: drops what the current tool is doing and returns to selecting.
    void cancel();

Q_SIGNALS:
    void currentChanged(relata::ToolBox::Kind kind);
    /// A short line for the status bar.
    void statusMessage(const QString &message);
    /// A table was created on the canvas; the window may put its name up for editing.
    void tableCreated(relata::TableId id);
    /// A double click on a table: show its properties.
    void editRequested(relata::TableId id);

private:
    SchemaScene *m_scene;
    EditorDocument *m_editor;
    std::unique_ptr<SelectTool> m_select;
    std::unique_ptr<ConnectTool> m_connect;
    std::unique_ptr<CreateTableTool> m_create;
    Kind m_current = Kind::Select;
};

} // namespace relata
