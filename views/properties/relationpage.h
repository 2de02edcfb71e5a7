#pragma once

#include "core/schemadocument.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace relata {

class EditorDocument;
class PropertyLineEdit;

/// The property page of one relation: its ends, referential actions, cardinality,
/// names, and for an inferred relation its origin and the accept/ignore decision.
class RelationPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RelationPage(EditorDocument *editor, QWidget *parent = nullptr);

    /// Shows `relation` (invalid clears the page).
    void setRelation(RelationId relation);
    RelationId relation() const { return m_relation; }

    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *onDeleteBox() const { return m_onDelete; }
    QComboBox *onUpdateBox() const { return m_onUpdate; }
    QComboBox *cardinalityBox() const { return m_cardinality; }
    PropertyLineEdit *nameOnChildEdit() const { return m_nameOnChild; }
    PropertyLineEdit *nameOnParentEdit() const { return m_nameOnParent; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *ignoreButton() const { return m_ignore; }

private:
    void addInferredRows(QFormLayout *form);
    QComboBox *makeActionBox(const QString &name);
    void refresh(bool force);
    void refreshCardinality(const Relation &relation);
    void refreshInferred(const Relation &relation);
    void onTableChanged(TableId table);
    void changeRelation(const Relation &after, const QString &text);
    void commitAction(bool onDelete, int comboIndex);
    void commitCardinality(int comboIndex);
    void commitName(bool onChild, const QString &text);
    void commitDecision(RelationDecision decision);

    EditorDocument *m_editor;
    RelationId m_relation;
    QLabel *m_summary;
    QComboBox *m_onDelete;
    QComboBox *m_onUpdate;
    QComboBox *m_cardinality;
    QLabel *m_childNameLabel;
    PropertyLineEdit *m_nameOnChild;
    QLabel *m_parentNameLabel;
    PropertyLineEdit *m_nameOnParent;
    QLabel *m_origin;
    QFormLayout *m_form;
    QList<QWidget *> m_inferredRows;
    QLabel *m_confidence;
    QLabel *m_decision;
    QPushButton *m_accept;
    QPushButton *m_ignore;
};

} // namespace relata
