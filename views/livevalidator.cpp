#include "livevalidator.h"

#include "validate/validator.h"

#include <QTimer>

namespace relata {

LiveValidator::LiveValidator(const SchemaDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);
    connect(m_timer, &QTimer::timeout, this, &LiveValidator::validateNow);

    connect(document, &SchemaDocument::reset, this, &LiveValidator::validateNow);
    connect(document, &SchemaDocument::schemaPropertiesChanged, this, &LiveValidator::schedule);
    connect(document, &SchemaDocument::tableAdded, this, &LiveValidator::schedule);
    connect(document, &SchemaDocument::tableRemoved, this, &LiveValidator::schedule);
    connect(document, &SchemaDocument::tableChanged, this, &LiveValidator::onTableChanged);
    connect(document, &SchemaDocument::relationAdded, this, &LiveValidator::schedule);
    connect(document, &SchemaDocument::relationRemoved, this, &LiveValidator::schedule);
    connect(document, &SchemaDocument::relationChanged, this, &LiveValidator::schedule);
    // Column signals are followed by tableChanged(table, Columns): that one is enough.
    validateNow();
}

void LiveValidator::setOptions(const ValidationOptions &options)
{
    m_options = options;
    validateNow();
}

bool LiveValidator::isPending() const
{
    return m_timer->isActive();
}

void LiveValidator::validateNow()
{
    m_timer->stop();
    QList<Finding> findings = validate(m_document->schema(), m_options);
    if (findings == m_findings)
        return;
    m_findings = std::move(findings);
    Q_EMIT findingsChanged();
}

void LiveValidator::schedule()
{
    m_timer->start();
}

void LiveValidator::onTableChanged(TableId id, SchemaDocument::TableChanges changes)
{
    Q_UNUSED(id);
    const SchemaDocument::TableChanges layoutOnly
            = SchemaDocument::TableChange::Position | SchemaDocument::TableChange::Pinned;
    if ((changes.toInt() & ~layoutOnly.toInt()) != 0)
        schedule();
}

} // namespace relata
