#pragma once

#include <QSize>
#include <QString>

namespace relata {

class MainWindow;
struct GuiOptions;

/// Opens the options' file in `window`, lays the window out at the screenshot size
/// without showing it on screen, fits the diagram (or zooms to --zoom), selects
/// --select and saves the window's pixels to the screenshot path.
/// Returns the process exit code: 0, or 2 with a message on stderr when the file
/// cannot be opened, the object to select does not exist or the picture cannot be
/// written. Used for docs and CI.
int takeScreenshot(MainWindow &window, const GuiOptions &options);

} // namespace relata
