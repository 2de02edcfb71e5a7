#pragma once

#include "ids.h"
#include "sqltype.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace relata {

struct Column
{
    ColumnId id;
    QString name;
    SqlType type;
    bool nullable = true;
    std::optional<QString> defaultValue; ///< SQL expression as written; nullopt = no default
    bool autoIncrement = false;          ///< AUTO_INCREMENT, IDENTITY or a serial alias
    QString comment;
    QJsonObject extra; ///< keys from a newer file version, kept for saving

    bool operator==(const Column &other) const = default;
};

} // namespace relata
