#pragma once

#include "import/schemaimporter.h"

#include <QList>
#include <QString>

namespace relata {

/// What the import dialog remembers of a database connection. There is deliberately no
/// password: it is typed again each time and never reaches the settings file.
struct RememberedConnection
{
    QString driver; ///< Relata's driver name: "mariadb", "mysql", "postgresql" or "sqlite"
    QString host;
    int port = 0;
    QString user;
    QString database;
    QString schema;
    bool infer = false;         ///< infer relations after the import
    double minConfidence = 0.0; ///< the lowest confidence of an inferred relation to keep

    /// All of `settings` but the password, which is typed again for each import.
    static RememberedConnection fromSettings(const ConnectionSettings &settings, bool infer,
                                             double minConfidence);
    /// The connection for the import dialog, without a password.
    ConnectionSettings toSettings() const;

    /// Same server, account, database and schema: the same connection, whatever the
    /// import options.
    bool sameConnection(const RememberedConnection &other) const;
    friend bool operator==(const RememberedConnection &, const RememberedConnection &) = default;
};

/// The last connections used for imports, newest first, kept in QSettings.
class ConnectionHistory final
{
public:
    static constexpr int kMaxEntries = 10;

    /// Puts `connection` first, replacing an older entry for the same connection.
    static void remember(const RememberedConnection &connection);
    static QList<RememberedConnection> recent();
    static void clear();
};

} // namespace relata
