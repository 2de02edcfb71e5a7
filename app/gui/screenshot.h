#pragma once

#include <QSize>
#include <QString>

namespace relata {

class MainWindow;

/// Opens `file` in `window`, lays the window out at `size` without showing it on
/// screen, fits the diagram and saves the window's pixels to `pngPath`.
/// Returns the process exit code: 0, or 2 with a message on stderr when the file
/// cannot be opened or the picture cannot be written. Used for docs and CI.
int takeScreenshot(MainWindow &window, const QString &file, const QString &pngPath, QSize size);

} // namespace relata
