#include "exportdialogoptions.h"

#include "core/schema.h"
#include "sql/sqldialect.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const QList<Dialect> kDialects{Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite};

/// The page of a kind: the pictures share one.
int pageOf(ExportKind kind)
{
    return isPicture(kind) ? 4 : int(kind);
}

bool usesDialect(ExportKind kind)
{
    return kind == ExportKind::Ddl || kind == ExportKind::DeletePlans
           || kind == ExportKind::Cleanup;
}

QSpinBox *batchBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 1000000);
    box->setSuffix(QCoreApplication::translate("relata::ExportDialog", " rows"));
    return box;
}

QFormLayout *pageLayout(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

} // namespace

ExportDialogOptions::ExportDialogOptions(const Schema &schema, QWidget *parent)
    : QWidget(parent)
    , m_dialectRow(new QWidget(this))
    , m_dialect(new QComboBox(m_dialectRow))
    , m_pages(new QStackedWidget(this))
    , m_schemaDialect(schema.dialect)
{
    m_dialect->addItem(
            tr("Schema's dialect (%1)").arg(SqlDialect::get(schema.dialect).displayName()));
    for (const Dialect d : kDialects)
        m_dialect->addItem(SqlDialect::get(d).displayName(), int(d));
    auto *dialectForm = pageLayout(m_dialectRow);
    dialectForm->addRow(tr("&Dialect:"), m_dialect);

    m_pages->addWidget(createDdlPage());
    m_pages->addWidget(createCppPage());
    m_pages->addWidget(createPlansPage());
    m_pages->addWidget(createCleanupPage());
    m_pages->addWidget(createPicturePage());
    m_planTable->addItem(tr("All tables"));
    for (const Table &table : schema.tables())
        m_planTable->addItem(table.name, table.name);
    m_nameSpace->setPlaceholderText(defaultCppNamespace(schema));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dialectRow);
    layout->addWidget(m_pages);
    setChoices({});
    connectChanges();
}

QWidget *ExportDialogOptions::createDdlPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_withConstraints = new QCheckBox(tr("FOREIGN KEY &constraints"), page);
    m_withConstraints->setToolTip(tr("Declare each relation as a real constraint"));
    m_relationComments = new QCheckBox(tr("&Relation comments"), page);
    m_relationComments->setToolTip(
            tr("Record each relation in a column comment that an import reads back"));
    m_missingIndexes = new QCheckBox(tr("&Missing indexes"), page);
    m_missingIndexes->setToolTip(tr("Add the index each relation needs (R007)"));
    m_ifNotExists = new QCheckBox(tr("IF NOT &EXISTS"), page);
    m_dropFirst = new QCheckBox(tr("D&ROP TABLE first"), page);
    m_dropFirst->setToolTip(tr("Drop the tables before creating them, children first"));
    for (QCheckBox *box :
         {m_withConstraints, m_relationComments, m_missingIndexes, m_ifNotExists, m_dropFirst})
        layout->addWidget(box);
    layout->addStretch(1);
    return page;
}

QWidget *ExportDialogOptions::createCppPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = pageLayout(page);
    m_nameSpace = new QLineEdit(page);
    m_nameSpace->setToolTip(tr("The namespace of the declarations, such as app::db"));
    form->addRow(tr("&Namespace:"), m_nameSpace);
    m_nameSpaceProblem = new QLabel(page);
    m_nameSpaceProblem->setWordWrap(true);
    m_nameSpaceProblem->setStyleSheet(u"color: #b00020"_s);
    m_nameSpaceProblem->hide();
    form->addRow(QString(), m_nameSpaceProblem);
    auto *dialects = new QHBoxLayout;
    for (const Dialect d : kDialects) {
        auto *box = new QCheckBox(SqlDialect::get(d).displayName(), page);
        m_cppDialects.append(box);
        dialects->addWidget(box);
    }
    dialects->addStretch(1);
    form->addRow(tr("Delete scripts for:"), dialects);
    m_qtSqlAdapter = new QCheckBox(tr("Also write the &Qt SQL executor (relata_qtsql.hpp)"), page);
    m_qtSqlAdapter->setToolTip(
            tr("A second header beside the first: relata_gen::qt_sql_executor on a "
               "QSqlDatabase"));
    form->addRow(QString(), m_qtSqlAdapter);
    return page;
}

QWidget *ExportDialogOptions::createPlansPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = pageLayout(page);
    m_strategy = new QComboBox(page);
    m_strategy->addItem(tr("Inline: in the request, one transaction"), int(DeleteStrategy::Inline));
    m_strategy->addItem(tr("Scheduled: a job deletes flagged rows"),
                        int(DeleteStrategy::Scheduled));
    m_strategy->addItem(tr("Queue: a message handler runs the script"), int(DeleteStrategy::Queue));
    form->addRow(tr("&Strategy:"), m_strategy);
    m_planBatch = batchBox(page);
    m_planBatch->setToolTip(tr("Rows per run of the scheduled job"));
    form->addRow(tr("&Batch:"), m_planBatch);
    m_planTable = new QComboBox(page);
    form->addRow(tr("&Table:"), m_planTable);
    return page;
}

QWidget *ExportDialogOptions::createCleanupPage()
{
    auto *page = new QWidget(m_pages);
    auto *form = pageLayout(page);
    m_cleanupBatch = batchBox(page);
    m_cleanupBatch->setToolTip(tr("At most this many rows per statement"));
    form->addRow(tr("&Batch:"), m_cleanupBatch);
    return page;
}

QWidget *ExportDialogOptions::createPicturePage()
{
    auto *page = new QWidget(m_pages);
    auto *form = pageLayout(page);
    m_background = new QComboBox(page);
    m_background->addItem(tr("Canvas, as on screen"), int(PictureBackground::Canvas));
    m_background->addItem(tr("White, for print"), int(PictureBackground::White));
    form->addRow(tr("&Background:"), m_background);
    m_pngScale = new QDoubleSpinBox(page);
    m_pngScale->setRange(0.25, 8);
    m_pngScale->setSingleStep(0.25);
    m_pngScale->setSuffix(u" ×"_s);
    m_pngScale->setToolTip(tr("Pixels per diagram unit; 2 keeps text sharp on high-DPI screens"));
    form->addRow(tr("&Scale (PNG):"), m_pngScale);
    return page;
}

void ExportDialogOptions::connectChanges()
{
    const auto report = [this] {
        updateEnabled();
        Q_EMIT changed();
    };
    connect(m_dialect, &QComboBox::currentIndexChanged, this, report);
    for (QCheckBox *box : {m_withConstraints, m_relationComments, m_missingIndexes, m_ifNotExists,
                           m_dropFirst, m_qtSqlAdapter})
        connect(box, &QCheckBox::toggled, this, report);
    for (QCheckBox *box : std::as_const(m_cppDialects))
        connect(box, &QCheckBox::toggled, this, report);
    connect(m_nameSpace, &QLineEdit::textChanged, this, report);
    for (QComboBox *box : {m_strategy, m_planTable, m_background})
        connect(box, &QComboBox::currentIndexChanged, this, report);
    for (QSpinBox *box : {m_planBatch, m_cleanupBatch})
        connect(box, &QSpinBox::valueChanged, this, report);
    connect(m_pngScale, &QDoubleSpinBox::valueChanged, this, report);
}

ExportChoices ExportDialogOptions::choices() const
{
    ExportChoices c;
    c.kind = m_kind;
    const QVariant dialect = m_dialect->currentData();
    c.dialect = dialect.isValid() ? std::optional(Dialect(dialect.toInt())) : std::nullopt;
    c.withConstraints = m_withConstraints->isChecked();
    c.relationComments = m_relationComments->isChecked();
    c.missingIndexes = m_missingIndexes->isChecked();
    c.ifNotExists = m_ifNotExists->isChecked();
    c.dropFirst = m_dropFirst->isChecked();
    c.nameSpace = m_nameSpace->text().trimmed();
    for (int i = 0; i < kDialects.size(); ++i) {
        if (m_cppDialects.at(i)->isChecked())
            c.cppDialects.push_back(kDialects.at(i));
    }
    // The schema's own alone is the default: stored as such, it follows the schema.
    if (c.cppDialects == std::vector{m_schemaDialect})
        c.cppDialects.clear();
    c.qtSqlAdapter = m_qtSqlAdapter->isChecked();
    c.strategy = DeleteStrategy(m_strategy->currentData().toInt());
    c.planBatch = m_planBatch->value();
    c.planTable = m_planTable->currentData().toString();
    c.cleanupBatch = m_cleanupBatch->value();
    c.background = PictureBackground(m_background->currentData().toInt());
    c.pngScale = m_pngScale->value();
    return c;
}

void ExportDialogOptions::setChoices(const ExportChoices &c)
{
    // The widgets still update each other; only the dialog is not told.
    const QSignalBlocker blocker(this);
    m_kind = c.kind;
    m_dialect->setCurrentIndex(c.dialect ? m_dialect->findData(int(*c.dialect)) : 0);
    m_withConstraints->setChecked(c.withConstraints);
    m_relationComments->setChecked(c.relationComments);
    m_missingIndexes->setChecked(c.missingIndexes);
    m_ifNotExists->setChecked(c.ifNotExists);
    m_dropFirst->setChecked(c.dropFirst);
    m_nameSpace->setText(c.nameSpace);
    // No dialect chosen means the schema's own: show it ticked.
    const std::vector<Dialect> cppDialects
            = c.cppDialects.empty() ? std::vector{m_schemaDialect} : c.cppDialects;
    for (int i = 0; i < kDialects.size(); ++i)
        m_cppDialects.at(i)->setChecked(
                std::find(cppDialects.cbegin(), cppDialects.cend(), kDialects.at(i))
                != cppDialects.cend());
    m_qtSqlAdapter->setChecked(c.qtSqlAdapter);
    m_strategy->setCurrentIndex(m_strategy->findData(int(c.strategy)));
    m_planBatch->setValue(c.planBatch);
    m_planTable->setCurrentIndex(qMax(0, m_planTable->findData(c.planTable)));
    m_cleanupBatch->setValue(c.cleanupBatch);
    m_background->setCurrentIndex(m_background->findData(int(c.background)));
    m_pngScale->setValue(c.pngScale);
    updateEnabled();
}

void ExportDialogOptions::setKind(ExportKind kind)
{
    m_kind = kind;
    updateEnabled();
}

QString ExportDialogOptions::problem() const
{
    if (m_kind != ExportKind::Cpp || m_nameSpace->text().trimmed().isEmpty())
        return QString();
    return cppNamespaceProblem(m_nameSpace->text().trimmed());
}

void ExportDialogOptions::updateEnabled()
{
    m_pages->setCurrentIndex(pageOf(m_kind));
    m_dialectRow->setVisible(usesDialect(m_kind));
    m_planBatch->setEnabled(DeleteStrategy(m_strategy->currentData().toInt())
                            == DeleteStrategy::Scheduled);
    m_pngScale->setEnabled(m_kind == ExportKind::Png);
    const QString problem = this->problem();
    m_nameSpaceProblem->setText(problem);
    m_nameSpaceProblem->setVisible(!problem.isEmpty());
}

} // namespace relata
