#include "tablepage.h"

#include "columnseditor.h"
#include "commands/editordocument.h"
#include "commands/tablecommands.h"
#include "indexeseditor.h"
#include "propertyhelpers.h"
#include "propertylineedit.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

TablePage::TablePage(EditorDocument *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_name(new PropertyLineEdit(this))
    , m_comment(new PropertyLineEdit(this))
    , m_message(new QLabel(this))
    , m_columns(new ColumnsEditor(editor, this))
    , m_indexes(new IndexesEditor(editor, m_columns, this))
{
    m_name->setObjectName(u"tableName"_s);
    m_comment->setObjectName(u"tableComment"_s);
    m_comment->setPlaceholderText(tr("No comment"));
    m_message->setObjectName(u"tableMessage"_s);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    m_message->setPalette(palette);
    m_message->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Comment:"), m_comment);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(makeSectionTitle(tr("Table"), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(makeSectionTitle(tr("Columns"), this));
    layout->addWidget(m_columns, 3);
    layout->addWidget(makeSectionTitle(tr("Indexes"), this));
    layout->addWidget(m_indexes, 1);

    const SchemaDocument *document = &editor->schemaDocument();
    connect(document, &SchemaDocument::tableChanged, this, &TablePage::onTableChanged);
    connect(m_name, &PropertyLineEdit::committed, this, &TablePage::commitName);
    connect(m_comment, &PropertyLineEdit::committed, this, &TablePage::commitComment);
    connect(m_columns, &ColumnsEditor::editRefused, this, &TablePage::showMessage);
}

void TablePage::setTable(TableId table)
{
    m_table = table;
    m_message->hide();
    m_columns->setTable(table);
    m_indexes->setTable(table);
    refresh(true);
}

void TablePage::refresh(bool force)
{
    const Table *t = m_editor->schema().table(m_table);
    m_name->setValue(t ? t->name : QString(), force);
    m_comment->setValue(t ? t->comment : QString(), force);
    setEnabled(t != nullptr);
}

void TablePage::onTableChanged(TableId table, SchemaDocument::TableChanges changes)
{
    using Change = SchemaDocument::TableChange;
    if (table == m_table && (changes & (Change::Name | Change::Comment)))
        refresh(false);
}

void TablePage::commitName(const QString &text)
{
    const Table *t = m_editor->schema().table(m_table);
    if (!t)
        return;
    const QString name = text.trimmed();
    QString refusal;
    if (name.isEmpty())
        refusal = tr("A table needs a name.");
    else if (name != t->name && m_editor->schema().tableByName(name))
        refusal = tr("There is already a table named %1.").arg(name);
    if (!refusal.isEmpty()) {
        m_name->revert();
        showMessage(refusal);
        return;
    }
    m_message->hide();
    if (name == t->name)
        m_name->setValue(name, true); // only blanks were added
    else
        m_editor->push(new RenameTableCommand(m_editor->schemaDocument(), m_table, name));
}

void TablePage::commitComment(const QString &text)
{
    m_message->hide();
    m_editor->push(new SetTableCommentCommand(m_editor->schemaDocument(), m_table, text));
}

void TablePage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

} // namespace relata
