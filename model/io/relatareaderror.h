#pragma once

#include <QByteArrayView>
#include <QJsonParseError>
#include <QString>

namespace relata {

/// Why a .relata text could not be read. Line and column (1-based, the column in
/// characters) are set for JSON syntax errors only; other errors name the object path
/// in the message instead.
struct RelataReadError
{
    int line = 0;
    int column = 0;
    QString message;

    /// One line: "3:17: message" or "message", prefixed with "fileName:" when given.
    QString toString(const QString &fileName = QString()) const;

    /// Files over kMaxRelataFileBytes are refused before they are parsed.
    static RelataReadError fileTooLarge(qint64 bytes);
    /// Words and a position for what QJsonDocument::fromJson reported about `json`.
    static RelataReadError fromJsonParseError(QByteArrayView json, const QJsonParseError &error);
};

} // namespace relata
