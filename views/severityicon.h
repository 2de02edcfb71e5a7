#pragma once

#include "validate/finding.h"

#include <QColor>
#include <QIcon>

namespace relata {

/// The colour that marks a severity wherever findings are shown (list, status bar, items),
/// so that an error looks the same everywhere.
QColor severityColor(Severity severity);

/// A small drawn badge for a severity: a red disc with "!" for errors, an amber triangle
/// for warnings, a blue disc with "i" for infos. Drawn rather than taken from the style,
/// whose message-box icons are too large and too different between platforms.
QIcon severityIcon(Severity severity);

} // namespace relata
