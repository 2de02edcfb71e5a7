#pragma once

class QMainWindow;

namespace relata {

/// The main window's size, position and dock layout, kept in QSettings between runs.
class WindowSettings final
{
public:
    /// Stores the window's geometry and the state of its docks and tool bars.
    static void save(const QMainWindow &window);
    /// Gives the window what save() stored; false (and nothing changed) when nothing
    /// was stored or it no longer fits this version's docks.
    static bool restore(QMainWindow &window);
};

} // namespace relata
