#include "statusindicators.h"

#include "core/schemadocument.h"
#include "severityicon.h"
#include "validate/findingreport.h"

#include <QLabel>
#include <QStatusBar>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// "1 table", "3 tables": English plurals without shipping a translation.
QString counted(qsizetype n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

StatusIndicators::StatusIndicators(const SchemaDocument *document, QStatusBar *statusBar)
    : QObject(statusBar)
    , m_document(document)
    , m_findingsIcon(new QLabel(statusBar))
    , m_findingsLabel(new QLabel(statusBar))
    , m_countLabel(new QLabel(statusBar))
    , m_zoomLabel(new QLabel(statusBar))
{
    for (QLabel *label : {m_findingsLabel, m_countLabel, m_zoomLabel})
        label->setContentsMargins(0, 0, 10, 0);
    statusBar->addPermanentWidget(m_findingsIcon);
    statusBar->addPermanentWidget(m_findingsLabel);
    statusBar->addPermanentWidget(m_countLabel);
    statusBar->addPermanentWidget(m_zoomLabel);
    for (auto signal : {&SchemaDocument::tableAdded, &SchemaDocument::tableRemoved})
        connect(document, signal, this, &StatusIndicators::updateCounts);
    for (auto signal : {&SchemaDocument::relationAdded, &SchemaDocument::relationRemoved,
                        &SchemaDocument::relationChanged})
        connect(document, signal, this, &StatusIndicators::updateCounts);
    connect(document, &SchemaDocument::reset, this, &StatusIndicators::updateCounts);
    updateCounts();
}

QString StatusIndicators::findingsText() const
{
    return m_findingsLabel->text();
}

void StatusIndicators::updateCounts()
{
    const Schema &schema = m_document->schema();
    const auto unconfirmed = std::count_if(schema.relations().cbegin(), schema.relations().cend(),
                                           [](const Relation &r) { return r.isUnconfirmed(); });
    QString text = counted(schema.tables().size(), tr("%1 table"), tr("%1 tables")) + u" · "_s
                   + counted(schema.relations().size(), tr("%1 relation"), tr("%1 relations"));
    if (unconfirmed > 0)
        text += u" "_s + tr("(%1 unconfirmed)").arg(unconfirmed);
    m_countLabel->setText(text);
}

void StatusIndicators::setFindings(const QList<Finding> &findings)
{
    const FindingCounts counts = countFindings(findings);
    m_findingsLabel->setText(counts.total() == 0 ? tr("No findings") : summaryText(counts));
    // The badge of the worst severity present, none when clean.
    const Severity worst = counts.errors > 0     ? Severity::Error
                           : counts.warnings > 0 ? Severity::Warning
                                                 : Severity::Info;
    const int size = m_findingsLabel->fontMetrics().height();
    m_findingsIcon->setPixmap(counts.total() == 0 ? QPixmap()
                                                  : severityIcon(worst).pixmap(size, size));
}

void StatusIndicators::setZoom(qreal zoom)
{
    m_zoomLabel->setText(u"%1 %"_s.arg(std::lround(zoom * 100)));
}

} // namespace relata
