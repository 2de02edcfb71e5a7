#pragma once

#include "core/dialect.h"
#include "core/ids.h"

#include <QList>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace relata {

class SchemaScene;

/// What the selection becomes in each target (SPEC §9): the DDL of the selected tables
/// and the relations among them, their C++ declarations, and the delete plan of the first
/// selected table; with nothing selected, of the whole schema. Follows the selection and
/// every edit (debounced), generates only the tab on show and only while visible, so that
/// a closed dock costs nothing on a big schema. Read-only and highlighted, with Copy.
class PreviewPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Ddl, Cpp, DeletePlan };

    explicit PreviewPanel(SchemaScene *scene, QWidget *parent = nullptr);

    /// The dialect the SQL is written for; empty: the schema's own.
    std::optional<Dialect> dialect() const;
    void setDialect(std::optional<Dialect> dialect);

    Tab currentTab() const;
    void setCurrentTab(Tab tab);
    /// The text of `tab` as last generated (empty until the tab has been shown).
    QString text(Tab tab) const;
    /// The line above the tabs: what the preview is of.
    QString scopeText() const;
    /// The tables the preview is of; empty: the whole schema.
    QList<TableId> tables() const { return m_tables; }
    QPlainTextEdit *editor(Tab tab) const { return m_editors.at(int(tab)); }

public Q_SLOTS:
    /// Puts the text of the current tab on the clipboard.
    void copy();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void updateScope();
    void updateDialectNames();
    QString generate(Tab tab) const;

    SchemaScene *m_scene;
    QList<TableId> m_tables;
    std::array<bool, 3> m_stale{true, true, true};
    QLabel *m_scope;
    QComboBox *m_dialect;
    QTabWidget *m_tabs;
    std::array<QPlainTextEdit *, 3> m_editors{};
    QTimer *m_refresh;
};

} // namespace relata
