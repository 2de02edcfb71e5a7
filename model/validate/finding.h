#pragma once

#include "core/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relata {

enum class Severity { Error, Warning, Info };

/// "error", "warning", "info" — the words of the text, JSON and SARIF outputs.
QString severityName(Severity severity);

/// One thing validation found. Codes are public interface (R001…): add, never renumber.
struct Finding
{
    QString code; ///< "R007"
    Severity severity = Severity::Warning;
    QString message;     ///< names the objects: "blocks.user_id → users.id has no index …"
    QStringList objects; ///< "table" or "table.column", child side first
    QString fix;         ///< a concrete statement or edit in words; empty when none
    // Subject ids, so that the GUI can select and mark the objects.
    QList<TableId> tables;
    QList<ColumnId> columns;
    QList<RelationId> relations;

    bool operator==(const Finding &other) const = default;
};

} // namespace relata
