#pragma once

#include "core/schemadocument.h"
#include "validate/finding.h"
#include "validate/validationoptions.h"

#include <QList>
#include <QObject>

class QTimer;

namespace relata {

/// Keeps the findings of an open document current.
///
/// validate() is a pure function of the schema, so the findings are simply recomputed:
/// at once when a whole schema arrives (a file opened, so that it never shows stale
/// findings), and after a short quiet period for edits, so that a burst of changes (a drag,
/// an undo macro, typing a name) costs one run instead of one per signal. Moving or
/// pinning boxes changes no finding and schedules nothing.
class LiveValidator final : public QObject
{
    Q_OBJECT

public:
    /// How long edits must pause before the schema is validated again.
    static constexpr int kDebounceMs = 150;

    explicit LiveValidator(const SchemaDocument *document, QObject *parent = nullptr);

    const QList<Finding> &findings() const { return m_findings; }
    void setOptions(const ValidationOptions &options);
    /// True while edits wait for the timer: findings() may be stale.
    bool isPending() const;

public Q_SLOTS:
    /// Validates now and cancels a pending run.
    void validateNow();

Q_SIGNALS:
    void findingsChanged();

private:
    void schedule();
    void onTableChanged(TableId id, SchemaDocument::TableChanges changes);

    const SchemaDocument *m_document;
    QTimer *m_timer;
    ValidationOptions m_options;
    QList<Finding> m_findings;
};

} // namespace relata
