#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

RecoveryDialog::RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *intro = new QLabel(
            tr("Relata did not close properly. These documents had changes that were not "
               "saved. Recovered documents open with their changes, still to be saved."),
            this);
    intro->setWordWrap(true);

    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus); // Return and Escape go to the buttons
    m_list->setHeaderLabels({tr("Document"), tr("Last copied"), tr("Location")});
    const QLocale locale;
    for (const RecoveryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.displayName());
        item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
        item->setText(1, locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, entry.originalPath.isEmpty()
                                 ? tr("never saved")
                                 : QDir::toNativeSeparators(entry.originalPath));
        item->setToolTip(2, item->text(2));
    }
    m_list->header()->setStretchLastSection(true);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    recover->setDefault(true);
    connect(recover, &QPushButton::clicked, this, [this] { choose(Recover); });
    connect(discard, &QPushButton::clicked, this, [this] { choose(Discard); });
    connect(later, &QPushButton::clicked, this, [this] { choose(Later); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 300);
}

void RecoveryDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Later)
        reject();
    else
        accept();
}

} // namespace relata
