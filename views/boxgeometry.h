#pragma once

#include "core/schema.h"

#include <QHash>
#include <QList>
#include <QSizeF>

namespace relata {

/// A table's card as the diagram draws it: its size and the vertical centre of each
/// column row, measured from the card's top. What an automatic layout must know so that
/// no two cards overlap and edges meet their column rows.
struct BoxGeometry
{
    QSizeF size;
    QList<qreal> rowCenters; ///< one per column, in column order
};

/// Measures every table's card by building the diagram's items for `schema` (the same
/// fonts and metrics as on screen). Needs a QApplication.
QHash<TableId, BoxGeometry> measureBoxes(const Schema &schema);

} // namespace relata
