#pragma once

#include "core/schema.h"
#include "exportdialogchoices.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace relata {

class ExportDialogOptions;
class ExportJob;
class RegexHighlighter;
class SchemaScene;

/// File ▸ Export…: every export of the schema in one place (SPEC §9), each with its
/// options and a live preview — highlighted text for DDL, the C++ header, delete plans and
/// the orphan cleanup, the picture for SVG, PNG and PDF. Option changes are debounced; a
/// big schema generates in a thread while the preview says so. Save writes atomically;
/// Copy puts the text on the clipboard. The choices are remembered in the settings.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `schema` is exported as it is now (the dialog is modal); `scene` draws the pictures
    /// (none: no pictures offered); `fileName`, the schema's file, names the files
    /// suggested and the header's source.
    ExportDialog(const Schema &schema, SchemaScene *scene, const QString &fileName,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportChoices choices() const;
    /// Shows `choices` and their preview at once (without waiting for the debounce).
    void setChoices(const ExportChoices &choices);

    /// The text preview as shown; empty for pictures.
    QString previewText() const;
    /// The picture preview (scaled down from the real picture); null for text.
    QImage previewImage() const { return m_image; }
    /// What the preview area says instead of a preview ("Generating…", an error); empty
    /// while it shows one.
    QString previewMessage() const;
    /// True once the preview is that of the current choices.
    bool isPreviewCurrent() const;
    QString statusText() const;
    /// The highlighted text's editor, for checks of the highlighting.
    QPlainTextEdit *textPreview() const { return m_text; }

    /// Where Save… proposes to write: beside the schema's file (or where the last export
    /// went), named after the schema and the export.
    QString suggestedPath() const;
    /// Writes the current export to `path` atomically (for a C++ header with the executor,
    /// relata_qtsql.hpp beside it). On failure the dialog shows the file's name and the
    /// reason and false is returned; nothing is written.
    bool saveTo(const QString &path);

    /// Schemas with more tables than this generate their text in a thread.
    void setBackgroundThreshold(int tables) { m_backgroundThreshold = tables; }

public Q_SLOTS:
    /// Asks for a file name and saves there.
    void save();
    /// Copies the text preview to the clipboard.
    void copy();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createPreview();
    void onKindChanged(int row);
    void scheduleUpdate();
    void updatePreview();
    void showText(const ExportChoices &choices, const QByteArray &data, const QString &error);
    void showPicture(const ExportChoices &choices);
    void scrollToDeclarations(const ExportChoices &choices);
    void showMessage(const QString &message);
    void setStatus(const QString &text, bool error = false);
    void fitImage();
    void updateButtons();
    Result<QByteArray> exportBytes(const ExportChoices &choices) const;
    QString sourceName() const;

    Schema m_schema;
    SchemaScene *m_scene;
    QString m_fileName;
    int m_backgroundThreshold = 300;
    ExportJob *m_job;
    QTimer *m_update;
    QListWidget *m_kinds;
    ExportDialogOptions *m_options;
    QStackedWidget *m_preview;
    QPlainTextEdit *m_text;
    RegexHighlighter *m_sqlHighlighter;
    RegexHighlighter *m_cppHighlighter;
    QScrollArea *m_imageArea;
    QLabel *m_imageLabel;
    QLabel *m_message;
    QLabel *m_info;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_copy;
    QImage m_image;
    /// The choices the preview shows, and whether it shows them without an error.
    std::optional<ExportChoices> m_shown;
    QByteArray m_bytes;
};

} // namespace relata
