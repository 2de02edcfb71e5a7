#include "propertyeditor.h"

#include "propertylineedit.h"

#include "commands/editordocument.h"
#include "relationpage.h"
#include "tablepage.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

PropertyEditor::PropertyEditor(EditorDocument *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_stack(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_tablePage(new TablePage(editor, this))
    , m_relationPage(new RelationPage(editor, this))
{
    m_summary->setObjectName(u"selectionSummary"_s);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setMargin(12);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_summary);
    m_stack->addWidget(m_tablePage);
    m_stack->addWidget(m_relationPage);
    setMinimumWidth(300);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const SchemaDocument *document = &editor->schemaDocument();
    connect(document, &SchemaDocument::tableRemoved, this, [this](TableId id) {
        if (id == shownTable())
            clear();
    });
    connect(document, &SchemaDocument::relationRemoved, this, [this](RelationId id) {
        if (id == shownRelation())
            clear();
    });
    connect(document, &SchemaDocument::reset, this, &PropertyEditor::onReset);
    clear();
}

void PropertyEditor::showSelection(const QList<TableId> &tables, const QList<RelationId> &relations)
{
    const Schema &schema = m_editor->schema();
    if (tables.size() == 1 && relations.isEmpty() && schema.table(tables.first())) {
        m_relationPage->setRelation({});
        m_tablePage->setTable(tables.first());
        m_stack->setCurrentWidget(m_tablePage);
    } else if (relations.size() == 1 && tables.isEmpty() && schema.relation(relations.first())) {
        m_tablePage->setTable({});
        m_relationPage->setRelation(relations.first());
        m_stack->setCurrentWidget(m_relationPage);
    } else {
        showSummary(tables, relations);
    }
}

TableId PropertyEditor::shownTable() const
{
    return m_stack->currentWidget() == m_tablePage ? m_tablePage->table() : TableId();
}

RelationId PropertyEditor::shownRelation() const
{
    return m_stack->currentWidget() == m_relationPage ? m_relationPage->relation() : RelationId();
}

void PropertyEditor::focusName()
{
    if (!shownTable().isValid())
        return;
    m_tablePage->nameEdit()->setFocus(Qt::OtherFocusReason);
    m_tablePage->nameEdit()->selectAll();
}

QString PropertyEditor::summaryText() const
{
    return m_summary->text();
}

void PropertyEditor::showSummary(const QList<TableId> &tables, const QList<RelationId> &relations)
{
    m_tablePage->setTable({});
    m_relationPage->setRelation({});
    QStringList parts;
    if (!tables.isEmpty())
        parts.append(tables.size() == 1 ? tr("1 table") : tr("%1 tables").arg(tables.size()));
    if (!relations.isEmpty())
        parts.append(relations.size() == 1 ? tr("1 relation")
                                           : tr("%1 relations").arg(relations.size()));
    if (parts.isEmpty())
        m_summary->setText(tr("Select a table or a relation to see and edit its properties."));
    else
        m_summary->setText(tr("%1 selected.\nSelect one to edit its properties.")
                                   .arg(parts.join(tr(" and "))));
    m_stack->setCurrentWidget(m_summary);
}

void PropertyEditor::clear()
{
    showSummary({}, {});
}

/// A new schema (open, revert, dialect change) keeps ids only when it is the same
/// schema re-parsed; show the object again if it still exists, otherwise nothing.
void PropertyEditor::onReset()
{
    const TableId table = shownTable();
    const RelationId relation = shownRelation();
    if (table.isValid() && m_editor->schema().table(table))
        showSelection({table}, {});
    else if (relation.isValid() && m_editor->schema().relation(relation))
        showSelection({}, {relation});
    else
        clear();
}

} // namespace relata
