#pragma once

#include <QKeySequence>
#include <QList>

namespace relata {

/// The given key sequences without empty or repeated ones: a sequence listed twice
/// (Ctrl+- is also the platform's ZoomOut) would make the shortcut ambiguous and dead.
inline QList<QKeySequence> uniqueShortcuts(const QList<QKeySequence> &sequences)
{
    QList<QKeySequence> unique;
    for (const QKeySequence &s : sequences) {
        if (!s.isEmpty() && !unique.contains(s))
            unique.append(s);
    }
    return unique;
}

} // namespace relata
