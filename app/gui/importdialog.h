#pragma once

#include "core/schema.h"
#include "import/schemaimporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace relata {

class ImportJob;
class ImportReviewModel;
class LayoutRunner;
struct ImportRun;

/// Import from a live database (SPEC §7, §9): the connection (only drivers Qt has, the
/// password never kept), whether to infer relations and from which confidence; the
/// import runs off the UI thread with progress and Cancel, the new tables are laid out,
/// and a review page lists the inferred relations with their confidence and reasons to
/// accept or ignore, one by one or all above a confidence. The window lands the result.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Page { ConnectionPage, ProgressPage, ReviewPage };

    /// `canMerge`: a document is open that the result may be merged into.
    explicit ImportDialog(bool canMerge, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Fills the form (the password is never among what is remembered).
    void setConnection(const ConnectionSettings &settings, bool infer, double minConfidence);
    /// The form as typed, password included (for this import only).
    ConnectionSettings connection() const;
    bool inferRelations() const;
    double minConfidence() const;
    /// Into the open document rather than a new one.
    bool mergeIntoOpen() const;

    /// After Finish: the imported schema, laid out, with the decisions made on review.
    Schema importedSchema() const;
    QString summaryText() const;

    Page currentPage() const;
    ImportReviewModel *reviewModel() const { return m_review; }
    /// For tests: the relata-cli that lays out the imported tables.
    LayoutRunner *layoutRunner() const { return m_layout; }

    /// Qt's drivers for each of Relata's ("mariadb" → QMARIADB or QMYSQL...).
    static bool driverAvailable(const QString &driver);

public Q_SLOTS:
    /// Checks the form and starts the import (the Import button).
    void startImport();
    /// Cancels a running import, or closes the dialog.
    void reject() override;

Q_SIGNALS:
    /// The import reached the review page (for tests and the status bar).
    void reviewReady();
    void importFailed(const QString &message);

private:
    QWidget *createConnectionPage(bool canMerge);
    QWidget *createProgressPage();
    QWidget *createReviewPage();
    void onDriverChanged();
    void onImported(const ImportRun &run);
    void onFailed(const QString &message);
    void onLaidOut(const QHash<TableId, QPointF> &positions);
    void showReview();
    void decideSelected(RelationDecision decision);
    void setPage(Page page);

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_driver = nullptr;
    QLabel *m_driverHint = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_database = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_schemas = nullptr;
    QCheckBox *m_infer = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QRadioButton *m_newDocument = nullptr;
    QRadioButton *m_merge = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QDoubleSpinBox *m_acceptFrom = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_finishButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    ImportJob *m_job;
    LayoutRunner *m_layout;
    ImportReviewModel *m_review;
    Schema m_imported;
    QString m_summaryText;
};

} // namespace relata
