#pragma once

#include "ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace relata {

struct Index
{
    IndexId id;
    QString name;
    QList<ColumnId> columns; ///< ordered
    bool unique = false;
    QJsonObject extra;

    bool operator==(const Index &other) const = default;
};

} // namespace relata
