#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace relata {

/// What the `relata` command line asked for.
struct GuiOptions
{
    QString file;           ///< schema to open; empty = start with an empty window
    QString screenshotPath; ///< non-empty: render the window to this PNG and exit
    QSize screenshotSize{1280, 800};
    QString select;           ///< a table, or "table.column" for that column's relation, to select
    int zoomPercent = 0;      ///< --zoom for --screenshot; 0 = fit the whole diagram
    int autosaveSeconds = 30; ///< how soon after a change the recovery copy is written
    QString error;            ///< non-empty: bad usage, to print before exiting with 2
};

/// Parses `relata [--select OBJECT] [--autosave-seconds N] [FILE]` and
/// `relata --screenshot OUT.png [--size WxH] [--zoom PERCENT] [--select OBJECT] FILE`.
/// --help and --version print and exit the process, as QCommandLineParser does; any
/// other problem is returned in GuiOptions::error so the caller exits with 2.
GuiOptions parseGuiOptions(const QStringList &arguments);

} // namespace relata
