#pragma once

#include "exportdialogchoices.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace relata {

class Schema;

/// The options of the export dialog: the dialect shared by the SQL exports, then one page
/// per kind (DDL, C++, delete plans, cleanup, pictures). Reads and writes ExportChoices
/// and reports every change.
class ExportDialogOptions final : public QWidget
{
    Q_OBJECT

public:
    explicit ExportDialogOptions(const Schema &schema, QWidget *parent = nullptr);

    ExportChoices choices() const;
    /// Shows the page of `choices.kind` with those values, without reporting a change.
    void setChoices(const ExportChoices &choices);
    /// Shows the options of `kind`, without reporting a change.
    void setKind(ExportKind kind);
    /// Why the choices cannot be exported (a namespace that is no C++ name); empty if they
    /// can.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    QWidget *createDdlPage();
    QWidget *createCppPage();
    QWidget *createPlansPage();
    QWidget *createCleanupPage();
    QWidget *createPicturePage();
    void connectChanges();
    void updateEnabled();

    ExportKind m_kind = ExportKind::Ddl;
    QWidget *m_dialectRow;
    QComboBox *m_dialect;
    QStackedWidget *m_pages;
    QCheckBox *m_withConstraints = nullptr;
    QCheckBox *m_relationComments = nullptr;
    QCheckBox *m_missingIndexes = nullptr;
    QCheckBox *m_ifNotExists = nullptr;
    QCheckBox *m_dropFirst = nullptr;
    QLineEdit *m_nameSpace = nullptr;
    QLabel *m_nameSpaceProblem = nullptr;
    QList<QCheckBox *> m_cppDialects;
    QCheckBox *m_qtSqlAdapter = nullptr;
    QComboBox *m_strategy = nullptr;
    QSpinBox *m_planBatch = nullptr;
    QComboBox *m_planTable = nullptr;
    QSpinBox *m_cleanupBatch = nullptr;
    QComboBox *m_background = nullptr;
    QDoubleSpinBox *m_pngScale = nullptr;
    Dialect m_schemaDialect;
};

} // namespace relata
