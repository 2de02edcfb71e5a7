// The three pages of the import dialog: the connection form, the progress and the review.
#include "importdialog.h"
#include "importreviewmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

struct DriverInfo
{
    const char *id;
    const char *label;
    QStringList qtDrivers;
    const char *package;
};

const QList<DriverInfo> &drivers()
{
    static const QList<DriverInfo> list{
            {"mariadb", "MariaDB", {u"QMARIADB"_s, u"QMYSQL"_s}, "libqt6sql6-mysql"},
            {"mysql", "MySQL", {u"QMYSQL"_s, u"QMARIADB"_s}, "libqt6sql6-mysql"},
            {"postgresql", "PostgreSQL", {u"QPSQL"_s}, "libqt6sql6-psql"},
            {"sqlite", "SQLite", {u"QSQLITE"_s}, "libqt6sql6-sqlite"}};
    return list;
}

} // namespace

bool ImportDialog::driverAvailable(const QString &driver)
{
    const QStringList available = QSqlDatabase::drivers();
    for (const DriverInfo &info : drivers()) {
        if (QLatin1StringView(info.id) != driver)
            continue;
        for (const QString &qt : info.qtDrivers) {
            if (available.contains(qt))
                return true;
        }
    }
    return false;
}

QWidget *ImportDialog::createConnectionPage(bool canMerge)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout;
    m_driver = new QComboBox;
    QStringList missing;
    for (const DriverInfo &info : drivers()) {
        m_driver->addItem(QString::fromLatin1(info.label), QString::fromLatin1(info.id));
        if (!driverAvailable(QString::fromLatin1(info.id))) {
            // Listed but not selectable, so that a person sees what is missing and why.
            if (auto *model = qobject_cast<QStandardItemModel *>(m_driver->model()))
                model->item(m_driver->count() - 1)->setEnabled(false);
            missing.append(tr("%1 needs Qt's %2 driver (Debian package %3).")
                                   .arg(QString::fromLatin1(info.label),
                                        info.qtDrivers.constFirst(),
                                        QString::fromLatin1(info.package)));
        }
    }
    m_driverHint = new QLabel(missing.join(u'\n'));
    m_driverHint->setWordWrap(true);
    m_driverHint->setVisible(!missing.isEmpty());
    m_host = new QLineEdit;
    m_host->setPlaceholderText(u"127.0.0.1"_s);
    m_port = new QSpinBox;
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("used for this import only, never saved"));
    m_database = new QLineEdit;
    m_browse = new QPushButton(tr("Browse…"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this, tr("SQLite Database"), m_database->text(),
                tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!file.isEmpty())
            m_database->setText(file);
    });
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database);
    databaseRow->addWidget(m_browse);
    m_schemas = new QLineEdit;
    m_schemas->setPlaceholderText(tr("public (comma-separated, or * for every schema)"));
    m_infer = new QCheckBox(tr("Infer relations from column names where there are no "
                               "constraints"));
    m_infer->setChecked(true);
    m_threshold = new QDoubleSpinBox;
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.6);
    connect(m_infer, &QCheckBox::toggled, m_threshold, &QWidget::setEnabled);
    m_newDocument = new QRadioButton(tr("A new document"));
    m_merge = new QRadioButton(tr("The open document (added beside its tables)"));
    m_newDocument->setChecked(true);
    m_merge->setEnabled(canMerge);
    auto *into = new QVBoxLayout;
    into->addWidget(m_newDocument);
    into->addWidget(m_merge);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    form->addRow(tr("&Database system:"), m_driver);
    form->addRow(QString(), m_driverHint);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *databaseLabel = new QLabel(tr("Data&base:"));
    databaseLabel->setBuddy(m_database);
    form->addRow(databaseLabel, databaseRow);
    form->addRow(tr("&Schemas:"), m_schemas);
    form->addRow(QString(), m_infer);
    form->addRow(tr("Minimum &confidence:"), m_threshold);
    form->addRow(tr("Import into:"), into);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_driver, &QComboBox::currentIndexChanged, this, &ImportDialog::onDriverChanged);
    for (int row = 0; row < m_driver->count(); ++row) {
        if (driverAvailable(m_driver->itemData(row).toString())) {
            m_driver->setCurrentIndex(row);
            break;
        }
    }
    onDriverChanged();
    return page;
}

QWidget *ImportDialog::createProgressPage()
{
    auto *page = new QWidget;
    m_phase = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addStretch();
    return page;
}

QWidget *ImportDialog::createReviewPage()
{
    auto *page = new QWidget;
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_table = new QTableView;
    m_table->setModel(m_review);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportReviewModel::Reasons, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    auto *accept = new QPushButton(tr("&Accept"));
    auto *ignore = new QPushButton(tr("&Ignore"));
    auto *later = new QPushButton(tr("&Later"));
    connect(accept, &QPushButton::clicked, this,
            [this] { decideSelected(RelationDecision::Accepted); });
    connect(ignore, &QPushButton::clicked, this,
            [this] { decideSelected(RelationDecision::Ignored); });
    connect(later, &QPushButton::clicked, this,
            [this] { decideSelected(RelationDecision::Pending); });
    m_acceptFrom = new QDoubleSpinBox;
    m_acceptFrom->setRange(0.0, 1.0);
    m_acceptFrom->setSingleStep(0.05);
    m_acceptFrom->setValue(0.8);
    auto *acceptAll = new QPushButton(tr("Accept all at or above"));
    connect(acceptAll, &QPushButton::clicked, this,
            [this] { m_review->acceptAtLeast(m_acceptFrom->value()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Selected:")));
    buttons->addWidget(accept);
    buttons->addWidget(ignore);
    buttons->addWidget(later);
    buttons->addStretch();
    buttons->addWidget(acceptAll);
    buttons->addWidget(m_acceptFrom);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    auto *note = new QLabel(tr("Relations left for later stay in the model as unconfirmed "
                               "(dashed) until you accept or ignore them."));
    note->setWordWrap(true);
    layout->addWidget(note);
    return page;
}

void ImportDialog::onDriverChanged()
{
    const QString driver = m_driver->currentData().toString();
    const bool sqlite = driver == u"sqlite";
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        w->setEnabled(!sqlite);
    m_browse->setVisible(sqlite);
    m_schemas->setEnabled(driver == u"postgresql");
    m_database->setPlaceholderText(sqlite ? tr("the database file") : tr("the database name"));
}

} // namespace relata
