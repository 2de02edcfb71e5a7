#include "deleteplanpanel.h"

#include "core/schemadocument.h"
#include "schemascene.h"
#include "sql/deleteplan.h"
#include "sql/deletescripttext.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

DeletePlanPanel::DeletePlanPanel(SchemaScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_summary(new QLabel(this))
    , m_script(new QPlainTextEdit(this))
    , m_refresh(new QTimer(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_script, 1);
    // Edits come in bursts (a paste, an undo of many steps): one refresh after them.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &DeletePlanPanel::refresh);
    connect(scene, &QGraphicsScene::selectionChanged, this, &DeletePlanPanel::followSelection);
    SchemaDocument *document = scene->document();
    const auto later = [this] {
        m_refresh->start();
    };
    for (const auto signal : {&SchemaDocument::reset, &SchemaDocument::schemaPropertiesChanged})
        connect(document, signal, this, later);
    connect(document, &SchemaDocument::tableAdded, this, later);
    connect(document, &SchemaDocument::tableRemoved, this, later);
    connect(document, &SchemaDocument::tableChanged, this, later);
    connect(document, &SchemaDocument::relationAdded, this, later);
    connect(document, &SchemaDocument::relationRemoved, this, later);
    connect(document, &SchemaDocument::relationChanged, this, later);
    refresh();
}

QString DeletePlanPanel::summary() const
{
    return m_summary->text();
}

QString DeletePlanPanel::script() const
{
    return m_script->toPlainText();
}

void DeletePlanPanel::followSelection()
{
    const QList<TableId> selected = m_scene->selectedTables();
    // With several tables selected, the first one's plan; with none, the last one shown.
    if (!selected.isEmpty() && selected.first() != m_table) {
        m_table = selected.first();
        refresh();
    }
}

void DeletePlanPanel::refresh()
{
    const Schema &schema = m_scene->document()->schema();
    if (!m_table.isValid() || !schema.table(m_table)) {
        m_table = {};
        m_summary->setText(tr("Select a table to see what deleting its rows sets off."));
        m_script->clear();
        return;
    }
    const DeletePlan plan = planDelete(schema, m_table);
    QString words = explainDeletePlan(schema, plan);
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    m_summary->setText(words + u'.');
    const Result<QString> text = deletePlansText(schema, schema.dialect, m_table);
    m_script->setPlainText(text ? text.value() : text.errorString());
}

} // namespace relata
