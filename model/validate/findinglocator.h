#pragma once

#include "finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace relata {

/// Where the objects that findings name are written in a .relata file, so that reports can
/// point at a line (SARIF regions, an editor's jump-to-line).
///
/// Findings carry names, not positions: the model keeps no trace of the text it was read
/// from. The locator scans the JSON text once and follows the paths of the format
/// (`tables[i].name`, `tables[i].columns[j].name`, `relations[k]`), so it works for any
/// layout; in the canonical layout each of those members is on a line of its own.
class FindingLocator
{
public:
    /// Scans `fileText` (UTF-8 JSON). Text that is not valid JSON is scanned as far as it
    /// goes; nothing is located beyond the first structural error.
    explicit FindingLocator(const QByteArray &fileText);

    /// The 1-based line of the finding's first object: the `"name"` member of the table, or
    /// of the column inside its table. When the file does not name that object and the
    /// finding is about a relation, the line of the relation whose columns the objects list.
    /// std::nullopt when none is found (the file was edited since it was validated).
    std::optional<int> lineOf(const Finding &finding) const;

    std::optional<int> tableLine(const QString &table) const;
    std::optional<int> columnLine(const QString &table, const QString &column) const;
    /// The line of the first relation whose child and parent column references
    /// ("table.column") are `childRefs` and `parentRefs`.
    std::optional<int> relationLine(const QStringList &childRefs,
                                    const QStringList &parentRefs) const;

    struct TableEntry
    {
        QString name;
        int line = 0; ///< of the table's "name" value; 0 until seen
        QList<std::pair<QString, int>> columns;
    };
    struct RelationEntry
    {
        int objectLine = 0; ///< of the relation's opening brace
        int childLine = 0;  ///< of its "child" value; preferred when known
        QString child;
        QStringList childColumns;
        QString parent;
        QStringList parentColumns;
    };

private:
    std::optional<int> objectLine(const QString &object) const;

    QList<TableEntry> m_tables;
    QList<RelationEntry> m_relations;
};

/// FindingLocator(fileText).lineOf(finding), for a single lookup. Reports of many findings
/// build one locator per file instead.
std::optional<int> findingLine(const QByteArray &fileText, const Finding &finding);

} // namespace relata
