#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace relata {

/// Formats `label  description` rows as an aligned, indented two-column list; descriptions
/// wrap at `width` characters so help stays readable in an 80-column terminal.
QString formatHelpRows(const QList<std::pair<QString, QString>> &rows, int width = 80);

} // namespace relata
