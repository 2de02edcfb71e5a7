#include "relationpage.h"

#include "commands/cardinalitycommand.h"
#include "commands/editordocument.h"
#include "commands/relationcommands.h"
#include "core/naming.h"
#include "propertyhelpers.h"
#include "propertylineedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

RelationPage::RelationPage(EditorDocument *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_summary(new QLabel(this))
    , m_onDelete(makeActionBox(u"onDelete"_s))
    , m_onUpdate(makeActionBox(u"onUpdate"_s))
    , m_cardinality(new QComboBox(this))
    , m_childNameLabel(new QLabel(this))
    , m_nameOnChild(new PropertyLineEdit(this))
    , m_parentNameLabel(new QLabel(this))
    , m_nameOnParent(new PropertyLineEdit(this))
    , m_origin(new QLabel(this))
{
    m_summary->setObjectName(u"relationSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cardinality->setObjectName(u"cardinality"_s);
    m_cardinality->addItem(tr("many-to-one"), int(RelationKind::ManyToOne));
    m_cardinality->addItem(tr("one-to-one"), int(RelationKind::OneToOne));
    m_nameOnChild->setObjectName(u"nameOnChild"_s);
    m_nameOnParent->setObjectName(u"nameOnParent"_s);
    m_childNameLabel->setBuddy(m_nameOnChild);
    m_parentNameLabel->setBuddy(m_nameOnParent);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("On &delete:"), m_onDelete);
    form->addRow(tr("On &update:"), m_onUpdate);
    form->addRow(tr("C&ardinality:"), m_cardinality);
    form->addRow(m_childNameLabel, m_nameOnChild);
    form->addRow(m_parentNameLabel, m_nameOnParent);
    form->addRow(tr("Origin:"), m_origin);
    addInferredRows(form);
    m_form = form;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(makeSectionTitle(tr("Relation"), this));
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addStretch();

    const SchemaDocument *document = &editor->schemaDocument();
    connect(document, &SchemaDocument::relationChanged, this, [this](RelationId id) {
        if (id == m_relation)
            refresh(false);
    });
    connect(document, &SchemaDocument::tableChanged, this, &RelationPage::onTableChanged);
    connect(m_onDelete, &QComboBox::activated, this, [this](int i) { commitAction(true, i); });
    connect(m_onUpdate, &QComboBox::activated, this, [this](int i) { commitAction(false, i); });
    connect(m_cardinality, &QComboBox::activated, this, &RelationPage::commitCardinality);
    connect(m_nameOnChild, &PropertyLineEdit::committed, this,
            [this](const QString &text) { commitName(true, text); });
    connect(m_nameOnParent, &PropertyLineEdit::committed, this,
            [this](const QString &text) { commitName(false, text); });
}

QComboBox *RelationPage::makeActionBox(const QString &name)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    for (ReferentialAction action : {ReferentialAction::NoAction, ReferentialAction::Restrict,
                                     ReferentialAction::Cascade, ReferentialAction::SetNull})
        box->addItem(referentialActionName(action), int(action));
    box->setToolTip(tr("What the application does to child rows; the database enforces nothing"));
    return box;
}

/// Confidence, decision and the accept/ignore buttons share the page's form, so that
/// their labels line up with the others; refreshInferred() hides them for relations
/// that were not inferred.
void RelationPage::addInferredRows(QFormLayout *form)
{
    m_confidence = new QLabel(this);
    m_decision = new QLabel(this);
    m_accept = new QPushButton(tr("&Accept"), this);
    m_ignore = new QPushButton(tr("&Ignore"), this);
    m_accept->setObjectName(u"acceptRelation"_s);
    m_ignore->setObjectName(u"ignoreRelation"_s);
    m_accept->setToolTip(tr("Keep this relation: exports and plans will trust it"));
    m_ignore->setToolTip(tr("Drop this guess; a re-import will not suggest it again"));

    auto *buttons = new QWidget(this);
    auto *buttonsLayout = new QHBoxLayout(buttons);
    buttonsLayout->setContentsMargins(0, 0, 0, 0);
    buttonsLayout->addWidget(m_accept);
    buttonsLayout->addWidget(m_ignore);
    buttonsLayout->addStretch();
    QLabel *title = makeSectionTitle(tr("Inferred"), this);
    form->addRow(title);
    form->addRow(tr("Confidence:"), m_confidence);
    form->addRow(tr("Decision:"), m_decision);
    form->addRow(QString(), buttons);
    m_inferredRows = {title, m_confidence, m_decision, buttons};

    connect(m_accept, &QPushButton::clicked, this,
            [this] { commitDecision(RelationDecision::Accepted); });
    connect(m_ignore, &QPushButton::clicked, this,
            [this] { commitDecision(RelationDecision::Ignored); });
}

void RelationPage::setRelation(RelationId relation)
{
    m_relation = relation;
    refresh(true);
}

void RelationPage::onTableChanged(TableId table)
{
    const Relation *r = m_editor->schema().relation(m_relation);
    if (r && (table == r->childTable || table == r->parentTable))
        refresh(false);
}

void RelationPage::refresh(bool force)
{
    const Schema &schema = m_editor->schema();
    const Relation *r = schema.relation(m_relation);
    setEnabled(r != nullptr);
    const Relation relation = r ? *r : Relation();
    const Table *child = schema.table(relation.childTable);
    const Table *parent = schema.table(relation.parentTable);
    m_summary->setText(r ? schema.describe(relation) : QString());
    m_onDelete->setCurrentIndex(m_onDelete->findData(int(relation.onDelete)));
    m_onUpdate->setCurrentIndex(m_onUpdate->findData(int(relation.onUpdate)));
    refreshCardinality(relation);

    Relation unnamed = relation; // what the names are when left empty
    unnamed.nameOnChild.clear();
    unnamed.nameOnParent.clear();
    m_childNameLabel->setText(tr("Name on %1:").arg(child ? child->name : tr("child")));
    m_parentNameLabel->setText(tr("Name on %1:").arg(parent ? parent->name : tr("parent")));
    m_nameOnChild->setValue(relation.nameOnChild, force);
    m_nameOnParent->setValue(relation.nameOnParent, force);
    m_nameOnChild->setPlaceholderText(r ? effectiveNameOnChild(schema, unnamed) : QString());
    m_nameOnParent->setPlaceholderText(r ? effectiveNameOnParent(schema, unnamed) : QString());
    m_origin->setText(relationOriginName(relation.origin));
    refreshInferred(relation);
}

void RelationPage::refreshCardinality(const Relation &relation)
{
    const RelationKind kind = relationKind(m_editor->schema(), relation);
    m_cardinality->setCurrentIndex(m_cardinality->findData(int(kind)));
    const bool byKey = isOneToOneByPrimaryKey(m_editor->schemaDocument(), relation);
    m_cardinality->setEnabled(!byKey);
    const Table *child = m_editor->schema().table(relation.childTable);
    if (byKey && child)
        m_cardinality->setToolTip(
                tr("One-to-one because %1 (%2) is the primary key of %1")
                        .arg(child->name, child->columnNames(relation.childColumns).join(u", "_s)));
    else
        m_cardinality->setToolTip(tr("One-to-one adds a unique index on the child columns; "
                                     "many-to-one removes it"));
}

void RelationPage::refreshInferred(const Relation &relation)
{
    for (QWidget *row : std::as_const(m_inferredRows))
        m_form->setRowVisible(row, relation.origin == RelationOrigin::Inferred);
    m_confidence->setText(tr("%1 %").arg(qRound(relation.confidence * 100)));
    m_decision->setText(relationDecisionName(relation.decision));
    m_accept->setEnabled(relation.decision != RelationDecision::Accepted);
    m_ignore->setEnabled(relation.decision != RelationDecision::Ignored);
}

void RelationPage::changeRelation(const Relation &after, const QString &text)
{
    auto *command = new ChangeRelationCommand(m_editor->schemaDocument(), after);
    command->setText(text);
    m_editor->push(command);
}

void RelationPage::commitAction(bool onDelete, int comboIndex)
{
    const Relation *r = m_editor->schema().relation(m_relation);
    QComboBox *box = onDelete ? m_onDelete : m_onUpdate;
    if (!r)
        return;
    Relation after = *r;
    const auto action = ReferentialAction(box->itemData(comboIndex).toInt());
    (onDelete ? after.onDelete : after.onUpdate) = action;
    if (after == *r)
        return;
    const QString text
            = onDelete ? tr("Set on delete of %1 to %2") : tr("Set on update of %1 to %2");
    changeRelation(after,
                   text.arg(m_editor->schema().describe(after), referentialActionName(action)));
}

void RelationPage::commitCardinality(int comboIndex)
{
    const Relation *r = m_editor->schema().relation(m_relation);
    if (!r)
        return;
    const auto kind = RelationKind(m_cardinality->itemData(comboIndex).toInt());
    if (QUndoCommand *command = makeCardinalityCommand(m_editor->schemaDocument(), *r, kind))
        m_editor->push(command);
    else
        refresh(false); // not possible: show the cardinality it has
}

void RelationPage::commitName(bool onChild, const QString &text)
{
    const Relation *r = m_editor->schema().relation(m_relation);
    if (!r)
        return;
    Relation after = *r;
    const QString name = text.trimmed();
    (onChild ? after.nameOnChild : after.nameOnParent) = name;
    if (after == *r) {
        refresh(true); // only blanks were added
        return;
    }
    const Table *end = m_editor->schema().table(onChild ? r->childTable : r->parentTable);
    const QString described = m_editor->schema().describe(*r);
    const QString tableName = end ? end->name : QString();
    changeRelation(after,
                   name.isEmpty()
                           ? tr("Clear name of %1 on %2").arg(described, tableName)
                           : tr("Set name of %1 on %2 to %3").arg(described, tableName, name));
}

void RelationPage::commitDecision(RelationDecision decision)
{
    const Relation *r = m_editor->schema().relation(m_relation);
    if (!r || r->decision == decision)
        return;
    Relation after = *r;
    after.decision = decision;
    const QString described = m_editor->schema().describe(after);
    changeRelation(after, decision == RelationDecision::Accepted
                                  ? tr("Accept inferred relation %1").arg(described)
                                  : tr("Ignore inferred relation %1").arg(described));
}

} // namespace relata
