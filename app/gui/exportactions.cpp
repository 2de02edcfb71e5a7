#include "exportactions.h"

#include "commands/editordocument.h"
#include "diagramexport.h"
#include "export/dotexport.h"
#include "export/mermaidexport.h"
#include "exportdialog.h"
#include "io/atomicfile.h"
#include "schemascene.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Pictures from the application are for documents and slides, which are seen on
/// high-DPI screens: twice the diagram's pixels keeps the text sharp there.
constexpr qreal kPngScale = 2.0;

} // namespace

ExportActions::ExportActions(EditorDocument *document, SchemaScene *scene, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_window(window)
{}

void ExportActions::fillMenu(QMenu *exportMenu) const
{
    QAction *dialog = exportMenu->addAction(tr("&Export…"));
    dialog->setShortcut(QKeySequence(u"Ctrl+E"_s));
    dialog->setStatusTip(tr("Export DDL, a C++ header, delete plans, the orphan cleanup or a "
                            "picture, with a preview"));
    connect(dialog, &QAction::triggered, this, &ExportActions::openExportDialog);
    exportMenu->addSeparator();
    QAction *svg = exportMenu->addAction(tr("Export as &SVG…"));
    svg->setStatusTip(tr("Save the diagram as a scalable SVG picture, as drawn"));
    connect(svg, &QAction::triggered, this, &ExportActions::exportSvg);
    QAction *png = exportMenu->addAction(tr("Export as &PNG…"));
    png->setStatusTip(tr("Save the diagram as a PNG image at twice the screen size"));
    connect(png, &QAction::triggered, this, &ExportActions::exportPng);
    QAction *pdf = exportMenu->addAction(tr("Export as P&DF…"));
    pdf->setStatusTip(tr("Save the diagram as a PDF page the size of the diagram"));
    connect(pdf, &QAction::triggered, this, &ExportActions::exportPdf);
    exportMenu->addSeparator();
    QAction *dot = exportMenu->addAction(tr("Export as &Graphviz DOT…"));
    dot->setStatusTip(tr("Save the tables and relations as a Graphviz graph"));
    connect(dot, &QAction::triggered, this, &ExportActions::exportDot);
    QAction *mermaid = exportMenu->addAction(tr("Export as &Mermaid…"));
    mermaid->setStatusTip(tr("Save the tables and relations as a Mermaid erDiagram"));
    connect(mermaid, &QAction::triggered, this, &ExportActions::exportMermaid);
}

QString ExportActions::suffix(Kind kind)
{
    switch (kind) {
    case Kind::Svg:
        return u"svg"_s;
    case Kind::Png:
        return u"png"_s;
    case Kind::Pdf:
        return u"pdf"_s;
    case Kind::Dot:
        return u"dot"_s;
    case Kind::Mermaid:
        return u"mmd"_s;
    }
    return QString();
}

QString ExportActions::filter(Kind kind) const
{
    switch (kind) {
    case Kind::Svg:
        return tr("SVG pictures (*.svg)");
    case Kind::Png:
        return tr("PNG images (*.png)");
    case Kind::Pdf:
        return tr("PDF documents (*.pdf)");
    case Kind::Dot:
        return tr("Graphviz DOT files (*.dot *.gv)");
    case Kind::Mermaid:
        return tr("Mermaid diagrams (*.mmd *.mermaid)");
    }
    return QString();
}

QString ExportActions::suggestedPath(Kind kind) const
{
    const QString file = m_document->fileName();
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        return info.dir().filePath(info.completeBaseName() + u'.' + suffix(kind));
    }
    QString name = m_document->schema().name;
    if (name.isEmpty())
        name = tr("diagram");
    return QDir::home().filePath(name + u'.' + suffix(kind));
}

bool ExportActions::exportTo(Kind kind, const QString &path, QString *errorMessage) const
{
    const Schema &schema = m_document->schema();
    Result<QByteArray> data = QByteArray();
    switch (kind) {
    case Kind::Svg:
    case Kind::Png:
    case Kind::Pdf: {
        PictureOptions options;
        options.scale = kind == Kind::Png ? kPngScale : 1.0;
        const auto format = kind == Kind::Svg   ? PictureFormat::Svg
                            : kind == Kind::Png ? PictureFormat::Png
                                                : PictureFormat::Pdf;
        data = renderDiagram(*m_scene, format, options);
        break;
    }
    case Kind::Dot:
    case Kind::Mermaid: {
        const Result<QString> text
                = kind == Kind::Dot ? generateDot(schema) : generateMermaid(schema);
        data = text ? Result<QByteArray>(text.value().toUtf8())
                    : Result<QByteArray>::failure(text.errorString());
        break;
    }
    }
    if (!data) {
        if (errorMessage)
            *errorMessage = data.errorString();
        return false;
    }
    return writeFileAtomically(path, data.value(), errorMessage);
}

void ExportActions::openExportDialog()
{
    auto *dialog
            = new ExportDialog(m_document->schema(), m_scene, m_document->fileName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ExportActions::exportAs(Kind kind)
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), suggestedPath(kind),
                                                filter(kind));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix(kind);
    QString error;
    if (!exportTo(kind, path, &error)) {
        QMessageBox::warning(
                m_window, tr("Export Failed"),
                tr("The export to “%1” failed: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                         5000);
}

} // namespace relata
