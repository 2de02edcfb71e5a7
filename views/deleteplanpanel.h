#pragma once

#include "core/ids.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace relata {

class SchemaScene;

/// Shows the delete plan of the table selected on the diagram (SPEC §5): the plan in
/// words, then the SQL that carries it out in the schema's dialect. Follows the selection
/// and every edit of the schema; read-only, so the text can be copied.
class DeletePlanPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DeletePlanPanel(SchemaScene *scene, QWidget *parent = nullptr);

    /// The table whose plan is shown; invalid when none is.
    TableId table() const { return m_table; }
    QString summary() const;
    QString script() const;

private:
    void followSelection();
    void refresh();

    SchemaScene *m_scene;
    TableId m_table;
    QLabel *m_summary;
    QPlainTextEdit *m_script;
    QTimer *m_refresh;
};

} // namespace relata
