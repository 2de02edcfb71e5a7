#include "importactions.h"

#include "commands/editordocument.h"
#include "commands/pastetablescommand.h"
#include "connectionhistory.h"
#include "core/schemadocument.h"
#include "fileactions.h"
#include "importdialog.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Right of the open document's tables, so that merged tables cover none of them.
QPointF besideExisting(const Schema &schema)
{
    if (schema.tables().isEmpty())
        return {};
    double right = -1e9;
    double top = 1e9;
    for (const Table &table : schema.tables()) {
        right = qMax(right, table.position.x());
        top = qMin(top, table.position.y());
    }
    return {right + 480.0, top};
}

} // namespace

ImportActions::ImportActions(EditorDocument *document, FileActions *files, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_window(window)
    , m_action(new QAction(tr("&Import from Database…"), this))
{
    m_action->setShortcut(QKeySequence(u"Ctrl+Shift+I"_s));
    m_action->setStatusTip(tr("Read the tables and relations of a MariaDB, MySQL, PostgreSQL or "
                              "SQLite database"));
    connect(m_action, &QAction::triggered, this, &ImportActions::importFromDatabase);
}

void ImportActions::importFromDatabase()
{
    const bool canMerge = !m_document->schema().tables().isEmpty();
    ImportDialog dialog(canMerge, m_window);
    const QList<RememberedConnection> recent = ConnectionHistory::recent();
    if (!recent.isEmpty()) {
        const RememberedConnection &last = recent.constFirst();
        dialog.setConnection(last.toSettings(), last.infer, last.minConfidence);
    }
    const bool handled = m_hook && m_hook(dialog);
    if (!handled && dialog.exec() != QDialog::Accepted)
        return;
    if (handled && dialog.result() != QDialog::Accepted)
        return;
    rememberConnection(dialog);
    const QList<TableId> tables = land(dialog.importedSchema(), dialog.mergeIntoOpen());
    if (!tables.isEmpty())
        Q_EMIT landed(tables, dialog.summaryText());
}

void ImportActions::rememberConnection(const ImportDialog &dialog)
{
    ConnectionHistory::remember(RememberedConnection::fromSettings(
            dialog.connection(), dialog.inferRelations(), dialog.minConfidence()));
}

QList<TableId> ImportActions::land(const Schema &imported, bool merge)
{
    if (imported.tables().isEmpty())
        return {};
    if (!merge) {
        if (!m_files->maybeSave())
            return {};
        Schema empty;
        empty.name = imported.name;
        empty.dialect = imported.dialect;
        m_document->resetSchema(empty, QString());
    }
    auto *command
            = new PasteTablesCommand(m_document->schemaDocument(), imported,
                                     merge ? besideExisting(m_document->schema()) : QPointF());
    const int n = int(imported.tables().size());
    command->setText(n == 1 ? tr("Import 1 table from %1").arg(imported.name)
                            : tr("Import %1 tables from %2").arg(n).arg(imported.name));
    m_document->push(command);
    return command->tableIds();
}

} // namespace relata
