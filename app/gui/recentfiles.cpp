#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString settingsKey()
{
    return u"recentFiles"_s;
}

void store(const QStringList &files)
{
    QSettings().setValue(settingsKey(), files);
}

} // namespace

QStringList RecentFiles::files() const
{
    const QStringList stored = QSettings().value(settingsKey()).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing.append(path);
    }
    if (existing.size() > kMaxEntries)
        existing.resize(kMaxEntries);
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    if (list.size() > kMaxEntries)
        list.resize(kMaxEntries);
    store(list);
}

void RecentFiles::clear()
{
    QSettings().remove(settingsKey());
}

} // namespace relata
