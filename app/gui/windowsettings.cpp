#include "windowsettings.h"

#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Bumped when the docks change, so that an old layout is not forced on new docks.
constexpr int kStateVersion = 1;

} // namespace

void WindowSettings::save(const QMainWindow &window)
{
    QSettings settings;
    settings.beginGroup(u"mainWindow"_s);
    settings.setValue(u"geometry"_s, window.saveGeometry());
    settings.setValue(u"state"_s, window.saveState(kStateVersion));
}

bool WindowSettings::restore(QMainWindow &window)
{
    QSettings settings;
    settings.beginGroup(u"mainWindow"_s);
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    const QByteArray state = settings.value(u"state"_s).toByteArray();
    if (geometry.isEmpty() && state.isEmpty())
        return false;
    const bool placed = geometry.isEmpty() || window.restoreGeometry(geometry);
    const bool docked = state.isEmpty() || window.restoreState(state, kStateVersion);
    return placed && docked;
}

} // namespace relata
