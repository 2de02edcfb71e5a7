#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace relata {

/// True when the command line (the process arguments without the program name) runs a
/// command that draws: `export svg|png|pdf` and `layout`, which measure and paint table
/// boxes with the diagram's fonts. Only these need a QApplication; everything else stays
/// on QCoreApplication so that it starts fast and needs no display libraries.
bool commandNeedsGui(const QStringList &arguments);

/// The application object for the command line: a QApplication on the offscreen
/// platform (unless QT_QPA_PLATFORM says otherwise) when the command draws and the
/// build can draw, a QCoreApplication otherwise. Works without a display.
std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv);

} // namespace relata
