#include "importdialog.h"

#include "importjob.h"
#include "importreviewmodel.h"
#include "layoutrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// "1 table", "4 tables".
QString counted(int n, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
}

/// Where a layout could not be made: a plain grid, so that no table hides another.
void placeOnGrid(Schema &schema)
{
    const int columns = qMax(1, int(std::ceil(std::sqrt(double(schema.tables().size())))));
    for (qsizetype i = 0; i < schema.tables().size(); ++i) {
        Table *table = schema.tableForEdit(schema.tables().at(i).id);
        table->position = QPointF(double(i % columns) * 320.0, double(i / columns) * 260.0);
    }
}

} // namespace

ImportDialog::ImportDialog(bool canMerge, QWidget *parent)
    : QDialog(parent)
    , m_job(new ImportJob(this))
    , m_layout(new LayoutRunner(this))
    , m_review(new ImportReviewModel(this))
{
    setWindowTitle(tr("Import from Database"));
    m_pages = new QStackedWidget;
    m_pages->addWidget(createConnectionPage(canMerge));
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createReviewPage());
    auto *buttons = new QDialogButtonBox;
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_finishButton = buttons->addButton(tr("&Finish"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_finishButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);

    connect(m_job, &ImportJob::progress, this, [this](const QString &phase, double fraction) {
        m_phase->setText(tr("Reading %1…").arg(phase));
        m_progress->setValue(int(fraction * 1000));
    });
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onImported);
    connect(m_job, &ImportJob::failed, this, &ImportDialog::onFailed);
    connect(m_job, &ImportJob::canceled, this,
            [this] { onFailed(tr("The import was canceled.")); });
    connect(m_layout, &LayoutRunner::finished, this, &ImportDialog::onLaidOut);
    connect(m_layout, &LayoutRunner::failed, this, [this] {
        placeOnGrid(m_imported); // the tables still land, in a grid
        showReview();
    });
    connect(m_layout, &LayoutRunner::canceled, this,
            [this] { onFailed(tr("The import was canceled.")); });
    setPage(ConnectionPage);
    resize(720, 560);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setConnection(const ConnectionSettings &settings, bool infer,
                                 double minConfidence)
{
    const int row = m_driver->findData(settings.driver);
    if (row >= 0 && driverAvailable(settings.driver))
        m_driver->setCurrentIndex(row);
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_user->setText(settings.user);
    m_password->setText(settings.password);
    m_database->setText(settings.database);
    m_schemas->setText(settings.schemas.join(u", "_s));
    m_infer->setChecked(infer);
    m_threshold->setValue(minConfidence);
}

ConnectionSettings ImportDialog::connection() const
{
    ConnectionSettings settings;
    settings.driver = m_driver->currentData().toString();
    const bool sqlite = settings.driver == u"sqlite";
    settings.host = sqlite ? QString() : m_host->text().trimmed();
    settings.port = sqlite ? 0 : m_port->value();
    settings.user = sqlite ? QString() : m_user->text().trimmed();
    settings.password = sqlite ? QString() : m_password->text();
    settings.database = m_database->text().trimmed();
    if (settings.driver == u"postgresql") {
        for (const QString &schema : m_schemas->text().split(u',', Qt::SkipEmptyParts)) {
            if (!schema.trimmed().isEmpty())
                settings.schemas.append(schema.trimmed());
        }
    }
    return settings;
}

bool ImportDialog::inferRelations() const
{
    return m_infer->isChecked();
}

double ImportDialog::minConfidence() const
{
    return m_threshold->value();
}

bool ImportDialog::mergeIntoOpen() const
{
    return m_merge->isChecked();
}

Schema ImportDialog::importedSchema() const
{
    return m_review->decidedSchema();
}

QString ImportDialog::summaryText() const
{
    return m_summaryText;
}

ImportDialog::Page ImportDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void ImportDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_importButton->setVisible(page == ConnectionPage);
    m_finishButton->setVisible(page == ReviewPage);
    m_importButton->setDefault(page == ConnectionPage);
    m_finishButton->setDefault(page == ReviewPage);
}

void ImportDialog::startImport()
{
    const ConnectionSettings settings = connection();
    if (!driverAvailable(settings.driver)) {
        m_error->setText(
                tr("Qt has no driver for %1 on this computer.").arg(m_driver->currentText()));
        return;
    }
    if (settings.database.isEmpty()) {
        m_error->setText(tr("Name the database to import."));
        m_database->setFocus();
        return;
    }
    ImportOptions options;
    options.infer = inferRelations();
    options.inference.minConfidence = minConfidence();
    m_error->clear();
    m_phase->setText(tr("Connecting to %1…").arg(settings.database));
    m_progress->setValue(0);
    setPage(ProgressPage);
    m_job->start(settings, options);
}

void ImportDialog::reject()
{
    if (m_job->isRunning()) {
        m_phase->setText(tr("Canceling…"));
        m_job->cancel();
        return;
    }
    if (m_layout->isRunning()) {
        m_layout->cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onFailed(const QString &message)
{
    m_error->setText(message);
    setPage(ConnectionPage);
    Q_EMIT importFailed(message);
}

void ImportDialog::onImported(const ImportRun &run)
{
    m_imported = run.result.schema;
    const ImportSummary &s = run.result.summary;
    QStringList parts{counted(s.tables, tr("table"), tr("tables")),
                      counted(s.constraintRelations, tr("relation from constraints"),
                              tr("relations from constraints"))};
    if (s.commentRelations > 0)
        parts.append(tr("%1 from Relata's comments").arg(s.commentRelations));
    parts.append(tr("%1 inferred").arg(s.inferredRelations));
    if (s.views + s.otherObjects > 0)
        parts.append(tr("%1 views and other objects skipped").arg(s.views + s.otherObjects));
    m_summaryText = parts.join(u", "_s) + u'.';
    if (!run.inference.ambiguous.isEmpty()) {
        QStringList columns;
        for (const AmbiguousReference &a : run.inference.ambiguous)
            columns.append(tr("%1 (%2)").arg(a.child, a.candidates.join(u", "_s)));
        m_summaryText
                += u' ' + tr("Ambiguous, left for you to draw: %1.").arg(columns.join(u"; "_s));
    }
    if (run.inference.unindexedBelowThreshold > 0)
        m_summaryText += u' '
                         + tr("Not inferred because not indexed (%1): %2; a lower threshold "
                              "keeps them.")
                                   .arg(run.inference.indexHabit)
                                   .arg(counted(run.inference.unindexedBelowThreshold, tr("column"),
                                                tr("columns")));
    if (m_imported.tables().isEmpty()) {
        showReview();
        return;
    }
    m_phase->setText(
            tr("Laying out %1…")
                    .arg(counted(int(m_imported.tables().size()), tr("table"), tr("tables"))));
    m_progress->setRange(0, 0);
    if (!m_layout->start(m_imported)) {
        placeOnGrid(m_imported);
        showReview();
    }
}

void ImportDialog::onLaidOut(const QHash<TableId, QPointF> &positions)
{
    placeOnGrid(m_imported); // any table the layout did not place keeps a free spot
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (Table *table = m_imported.tableForEdit(it.key()))
            table->position = it.value();
    }
    showReview();
}

void ImportDialog::showReview()
{
    m_progress->setRange(0, 1000);
    m_review->setSchema(m_imported);
    m_summary->setText(m_summaryText);
    setPage(ReviewPage);
    Q_EMIT reviewReady();
}

void ImportDialog::decideSelected(RelationDecision decision)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        m_review->setDecision(index.row(), decision);
}

} // namespace relata
