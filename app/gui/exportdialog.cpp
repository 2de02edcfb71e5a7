#include "exportdialog.h"

#include "cpphighlighter.h"
#include "exportdialogjob.h"
#include "exportdialogoptions.h"
#include "io/atomicfile.h"
#include "schemascene.h"
#include "sqlhighlighter.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Option changes come in bursts (typing a namespace, spinning a batch size).
constexpr int kUpdateDelayMs = 150;
/// The picture preview is drawn no larger than this, whatever the scale asked for.
constexpr int kPreviewPixels = 1600;

enum PreviewPage { TextPage, ImagePage, MessagePage };

const QString kQtSqlFileName = u"relata_qtsql.hpp"_s;
const QString kLastDirectoryKey = u"export/lastDirectory"_s;

QString fileSize(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString lineCount(int lines)
{
    return lines == 1 ? ExportDialog::tr("1 line") : ExportDialog::tr("%L1 lines").arg(lines);
}

} // namespace

ExportDialog::ExportDialog(const Schema &schema, SchemaScene *scene, const QString &fileName,
                           QWidget *parent)
    : QDialog(parent)
    , m_schema(schema)
    , m_scene(scene)
    , m_fileName(fileName)
    , m_job(new ExportJob(this))
    , m_update(new QTimer(this))
    , m_kinds(new QListWidget(this))
    , m_options(new ExportDialogOptions(m_schema, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Export"));
    for (int kind = int(ExportKind::Ddl); kind <= int(ExportKind::Pdf); ++kind) {
        auto *item = new QListWidgetItem(exportKindTitle(ExportKind(kind)), m_kinds);
        if (isPicture(ExportKind(kind)) && !m_scene)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_kinds->setFixedWidth(m_kinds->sizeHintForColumn(0) + 3 * m_kinds->frameWidth() + 24);
    auto *optionsBox = new QGroupBox(tr("Options"), this);
    (new QVBoxLayout(optionsBox))->addWidget(m_options);
    optionsBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QVBoxLayout;
    right->addWidget(optionsBox);
    right->addWidget(createPreview(), 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_kinds);
    top->addLayout(right, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(bottom);

    m_update->setSingleShot(true);
    m_update->setInterval(kUpdateDelayMs);
    connect(m_update, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_options, &ExportDialogOptions::changed, this, &ExportDialog::scheduleUpdate);
    connect(m_kinds, &QListWidget::currentRowChanged, this, &ExportDialog::onKindChanged);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::showText);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copy);
    resize(1000, 720);

    QSettings settings;
    ExportChoices remembered = ExportChoices::load(settings);
    if (isPicture(remembered.kind) && !m_scene)
        remembered.kind = ExportKind::Ddl;
    setChoices(remembered);
}

ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::createPreview()
{
    auto *box = new QGroupBox(tr("Preview"), this);
    m_preview = new QStackedWidget(box);
    m_text = new QPlainTextEdit(m_preview);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sqlHighlighter = new SqlHighlighter(m_text->document());
    m_cppHighlighter = new CppHighlighter(m_text->document());
    m_cppHighlighter->setDocument(nullptr);
    m_imageArea = new QScrollArea(m_preview);
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setBackgroundRole(QPalette::Dark);
    m_imageLabel = new QLabel(m_imageArea);
    m_imageArea->setWidget(m_imageLabel);
    m_message = new QLabel(m_preview);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(24);
    m_preview->insertWidget(TextPage, m_text);
    m_preview->insertWidget(ImagePage, m_imageArea);
    m_preview->insertWidget(MessagePage, m_message);
    m_info = new QLabel(box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_info);
    return box;
}

ExportChoices ExportDialog::choices() const
{
    return m_options->choices();
}

void ExportDialog::setChoices(const ExportChoices &choices)
{
    m_options->setChoices(choices);
    {
        const QSignalBlocker blocker(m_kinds);
        m_kinds->setCurrentRow(int(choices.kind));
    }
    updatePreview();
}

void ExportDialog::onKindChanged(int row)
{
    if (row < 0)
        return;
    m_options->setKind(ExportKind(row));
    // A new kind is one click, not a burst: its preview at once.
    updatePreview();
}

void ExportDialog::scheduleUpdate()
{
    updateButtons();
    m_update->start();
}

void ExportDialog::updatePreview()
{
    m_update->stop();
    const ExportChoices current = choices();
    QSettings settings;
    current.save(settings);
    setStatus(QString());
    if (isPicture(current.kind)) {
        showPicture(current);
        return;
    }
    const bool cpp = current.kind == ExportKind::Cpp;
    if ((m_cppHighlighter->document() != nullptr) != cpp) {
        m_text->clear(); // highlight the new text once, not the old one twice
        m_sqlHighlighter->setDocument(cpp ? nullptr : m_text->document());
        m_cppHighlighter->setDocument(cpp ? m_text->document() : nullptr);
    }
    const bool background = m_schema.tables().size() > m_backgroundThreshold;
    if (background) {
        m_shown.reset();
        showMessage(tr("Generating…"));
    }
    m_job->start(m_schema, current, sourceName(), background);
    updateButtons();
}

void ExportDialog::showText(const ExportChoices &choices, const QByteArray &data,
                            const QString &error)
{
    // A result for choices changed since is dropped: a newer one is on its way.
    if (!(choices == this->choices()))
        return;
    if (!error.isEmpty()) {
        m_shown.reset();
        m_bytes.clear();
        showMessage(tr("%1 cannot be exported: %2").arg(exportKindTitle(choices.kind), error));
        updateButtons();
        return;
    }
    m_shown = choices;
    m_bytes = data;
    m_image = QImage();
    const QString text = QString::fromUtf8(data);
    if (m_text->toPlainText() != text) {
        m_text->setPlainText(text);
        if (choices.kind == ExportKind::Cpp)
            scrollToDeclarations(choices);
    }
    m_preview->setCurrentIndex(TextPage);
    m_info->setText(lineCount(int(data.count('\n'))) + u", "_s + fileSize(data.size()));
    updateButtons();
}

void ExportDialog::scrollToDeclarations(const ExportChoices &choices)
{
    // The shared runtime comes first; what a person checks is the schema's own part.
    const QString nameSpace
            = choices.nameSpace.isEmpty() ? defaultCppNamespace(m_schema) : choices.nameSpace;
    const QTextCursor found = m_text->document()->find(u"namespace "_s + nameSpace + u" {"_s);
    if (found.isNull())
        return;
    QTextCursor cursor(found.block());
    m_text->setTextCursor(cursor);
    m_text->verticalScrollBar()->setValue(found.blockNumber());
}

void ExportDialog::showPicture(const ExportChoices &choices)
{
    const PictureFormat format = *pictureFormat(choices.kind);
    PictureOptions options = choices.pictureOptions();
    const QSize size = pictureSize(*m_scene, format, options);
    // The preview is a PNG of the same drawing, small enough to draw at once.
    PictureOptions preview = options;
    preview.scale = qMin(
            options.scale,
            kPreviewPixels / qMax<qreal>(1, qMax(size.width(), size.height()) / options.scale));
    const Result<QByteArray> png = renderDiagram(*m_scene, PictureFormat::Png, preview);
    if (!png) {
        m_shown.reset();
        m_image = QImage();
        showMessage(tr("%1 cannot be exported: %2")
                            .arg(exportKindTitle(choices.kind), png.errorString()));
        updateButtons();
        return;
    }
    m_shown = choices;
    m_bytes.clear();
    m_image = QImage::fromData(png.value(), "PNG");
    m_preview->setCurrentIndex(ImagePage);
    fitImage();
    m_info->setText(format == PictureFormat::Png
                            ? tr("%1 × %2 pixels").arg(size.width()).arg(size.height())
                            : tr("%1 × %2 points").arg(size.width()).arg(size.height()));
    updateButtons();
}

void ExportDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_preview->setCurrentIndex(MessagePage);
    m_info->clear();
}

void ExportDialog::fitImage()
{
    if (m_image.isNull())
        return;
    const QSize room = m_imageArea->viewport()->size() - QSize(8, 8);
    QImage shown = m_image;
    if (m_image.width() > room.width() || m_image.height() > room.height())
        shown = m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_imageLabel->setPixmap(QPixmap::fromImage(shown));
    m_imageLabel->resize(shown.size());
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitImage();
}

QString ExportDialog::previewText() const
{
    return m_preview->currentIndex() == TextPage ? m_text->toPlainText() : QString();
}

QString ExportDialog::previewMessage() const
{
    return m_preview->currentIndex() == MessagePage ? m_message->text() : QString();
}

bool ExportDialog::isPreviewCurrent() const
{
    return !m_update->isActive() && !m_job->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020"_s : QString());
    m_status->setText(text);
}

void ExportDialog::updateButtons()
{
    const ExportKind kind = choices().kind;
    m_save->setEnabled(m_options->problem().isEmpty());
    m_copy->setEnabled(!isPicture(kind) && m_shown.has_value());
}

QString ExportDialog::sourceName() const
{
    return QFileInfo(m_fileName).fileName();
}

QString ExportDialog::suggestedPath() const
{
    const ExportChoices c = choices();
    QString base = m_fileName.isEmpty() ? m_schema.name : QFileInfo(m_fileName).completeBaseName();
    if (base.isEmpty())
        base = tr("schema");
    if (c.kind == ExportKind::DeletePlans)
        base += c.planTable.isEmpty() ? u"-delete-plans"_s : u"-delete-"_s + c.planTable;
    else if (c.kind == ExportKind::Cleanup)
        base += u"-cleanup"_s;
    QString dir = QSettings().value(kLastDirectoryKey).toString();
    if (!m_fileName.isEmpty())
        dir = QFileInfo(m_fileName).absolutePath();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return QDir(dir).filePath(base + u'.' + exportSuffix(c.kind));
}

Result<QByteArray> ExportDialog::exportBytes(const ExportChoices &choices) const
{
    if (const std::optional<PictureFormat> format = pictureFormat(choices.kind))
        return renderDiagram(*m_scene, *format, choices.pictureOptions());
    if (m_shown && *m_shown == choices)
        return m_bytes;
    return generateTextExport(m_schema, choices, sourceName());
}

bool ExportDialog::saveTo(const QString &path)
{
    const ExportChoices c = choices();
    const QString name = QFileInfo(path).fileName();
    const auto fail = [this, &name](const QString &reason) {
        setStatus(tr("Could not save “%1”: %2").arg(name, reason), true);
        return false;
    };
    if (const QString problem = m_options->problem(); !problem.isEmpty())
        return fail(problem);
    const QString adapterPath = QFileInfo(path).dir().filePath(kQtSqlFileName);
    const bool adapter = c.kind == ExportKind::Cpp && c.qtSqlAdapter;
    if (adapter && QFileInfo(path).fileName() == kQtSqlFileName)
        return fail(tr("the Qt SQL executor is written to a file of that name; choose "
                       "another for the header"));
    const Result<QByteArray> data = exportBytes(c);
    if (!data)
        return fail(data.errorString());
    QString error;
    if (!writeFileAtomically(path, data.value(), &error))
        return fail(error);
    if (adapter && !writeFileAtomically(adapterPath, generateQtSqlAdapterHeader(), &error))
        return fail(error);
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    setStatus(adapter ? tr("Saved “%1” and %2.").arg(name, kQtSqlFileName)
                      : tr("Saved “%1” (%2).").arg(name, fileSize(data.value().size())));
    return true;
}

void ExportDialog::save()
{
    const ExportKind kind = choices().kind;
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(exportKindTitle(kind)),
                                                suggestedPath(), exportFilter(kind));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + exportSuffix(kind);
    saveTo(path);
}

void ExportDialog::copy()
{
    const QString text = previewText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    setStatus(tr("Copied %1 to the clipboard.").arg(lineCount(int(text.count(u'\n')))));
}

} // namespace relata
