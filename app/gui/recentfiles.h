#pragma once

#include <QStringList>

namespace relata {

/// The most recently opened or saved files, newest first, kept in QSettings.
class RecentFiles final
{
public:
    static constexpr int kMaxEntries = 8;

    /// The stored entries that still exist; entries for vanished files are dropped
    /// from the settings as well.
    QStringList files() const;
    /// Puts `path` (made absolute) first, removing an older entry for it.
    void add(const QString &path);
    void clear();
};

} // namespace relata
