#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace relata {

class EditorDocument;
class SchemaScene;

/// File ▸ Export: the export dialog (every export with its options and a preview), then
/// the diagram as an SVG, PNG or PDF picture drawn exactly as on screen,
/// and the schema as Graphviz DOT or Mermaid text (SPEC §8). Each asks for a file name
/// (suggested from the schema's file), reports failures in a message box and success in
/// the status bar. The same code as `relata-cli export` draws and writes.
class ExportActions final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Svg, Png, Pdf, Dot, Mermaid };

    ExportActions(EditorDocument *document, SchemaScene *scene, QWidget *window);

    /// Adds "Export…" (Ctrl+E, the dialog), "Export as SVG…", "PNG…", "PDF…", "Graphviz DOT…" and
    /// "Mermaid…".
    void fillMenu(QMenu *exportMenu) const;

    /// Writes `kind` to `path` without asking. On failure the message goes to
    /// `errorMessage`; nothing is shown, so tests and scripts can call it.
    bool exportTo(Kind kind, const QString &path, QString *errorMessage) const;
    /// The file name offered in the dialog: the schema's file with the kind's suffix.
    QString suggestedPath(Kind kind) const;

public Q_SLOTS:
    /// Opens the export dialog on the schema as it is (window-modal).
    void openExportDialog();
    void exportSvg() { exportAs(Kind::Svg); }
    void exportPng() { exportAs(Kind::Png); }
    void exportPdf() { exportAs(Kind::Pdf); }
    void exportDot() { exportAs(Kind::Dot); }
    void exportMermaid() { exportAs(Kind::Mermaid); }

private:
    /// Asks for a file name, writes, reports.
    void exportAs(Kind kind);
    static QString suffix(Kind kind);
    QString filter(Kind kind) const;

    EditorDocument *m_document;
    SchemaScene *m_scene;
    QWidget *m_window;
};

} // namespace relata
