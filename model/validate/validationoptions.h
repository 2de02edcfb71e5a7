#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace relata {

/// What to check and with which thresholds; the CLI's options map onto it one to one.
struct ValidationOptions
{
    QSet<QString> disabled;   ///< codes not to run (`--disable R011,R012`)
    QSet<QString> only;       ///< when not empty, run only these (`--only R007`)
    int maxCascadeTables = 5; ///< R012: more tables reached by one delete is a finding
    int maxCascadeDepth = 3;  ///< R012: more levels of cascade is a finding
    /// R011: column name patterns that imply a relation. `{table}` is a table's name, plural
    /// or singular, with or without the schema's `wp_`-style prefix; `{pk}` is its single
    /// primary-key column. Matching is case-insensitive. Besides these, a primary key named
    /// after its own table (`hostid`, `id_product`) matches by its bare name.
    QStringList impliedPatterns{QStringLiteral("{table}_{pk}"), QStringLiteral("{table}{pk}"),
                                QStringLiteral("{pk}_{table}")};

    bool isEnabled(const QString &code) const
    {
        return !disabled.contains(code) && (only.isEmpty() || only.contains(code));
    }
};

} // namespace relata
