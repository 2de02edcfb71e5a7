#pragma once

#include "core/relation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relata {

/// A relation as written in a database comment, so that a constraint-free database still
/// says what references what and an import can read it back (docs/ddl.md, "Relation
/// markers"). References are by name: a comment is read without the rest of the model.
struct RelationMarker
{
    QStringList childColumns; ///< the child table's columns, in order; empty = the one column
                              ///< whose comment holds the marker (DDL writes single-column
                              ///< relations that way)
    QString parentTable;
    QStringList parentColumns; ///< in order, same length
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    QString nameOnChild;  ///< empty = default
    QString nameOnParent; ///< empty = default

    bool operator==(const RelationMarker &other) const = default;
};

/// One line per marker, e.g. `relata: references users(id) on delete cascade`. The text
/// is plain prose around names; a name that is not `[A-Za-z_][A-Za-z0-9_]*` is written in
/// double quotes (doubled inside), so that a name with spaces, parentheses, quotes or line
/// breaks survives: parseRelationMarkers(formatRelationMarker(m)) gives m back. Several
/// markers in one comment are separated by line breaks, after the person's own text.
QString formatRelationMarker(const RelationMarker &marker);

/// Splits a column or table comment into Relata's markers and the person's own comment
/// text (returned in `rest`, markers removed), so that existing comments survive a round
/// trip next to the markers. Malformed markers are left in `rest`, never guessed at.
QList<RelationMarker> parseRelationMarkers(const QString &comment, QString *rest = nullptr);

} // namespace relata
