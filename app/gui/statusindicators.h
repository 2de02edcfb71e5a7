#pragma once

#include "validate/finding.h"

#include <QList>
#include <QObject>

class QLabel;
class QStatusBar;

namespace relata {

class SchemaDocument;

/// The permanent part of the status bar: the findings summary with the worst
/// severity's badge, the table and relation counts, and the zoom.
class StatusIndicators final : public QObject
{
    Q_OBJECT

public:
    StatusIndicators(const SchemaDocument *document, QStatusBar *statusBar);

    /// "1 error, 1 warning", or "No findings".
    QString findingsText() const;

public Q_SLOTS:
    void setFindings(const QList<relata::Finding> &findings);
    void setZoom(qreal zoom);
    void updateCounts();

private:
    const SchemaDocument *m_document;
    QLabel *m_findingsIcon;
    QLabel *m_findingsLabel;
    QLabel *m_countLabel;
    QLabel *m_zoomLabel;
};

} // namespace relata
