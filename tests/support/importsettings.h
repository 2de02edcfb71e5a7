#pragma once

// The connection relata-cli import (and the import dialog) would use for a test database.
#include "testdatabase.h"

#include "import/schemaimporter.h"

namespace relatatest {

/// The import settings of `db`: its driver and name, and for a server the host, port,
/// user and password from the environment (see serverSettings()).
inline relata::ConnectionSettings importSettingsFor(const TestDatabase &db)
{
    relata::ConnectionSettings settings;
    settings.driver = importDriverOf(db.kind());
    settings.database = db.name();
    if (const std::optional<ServerSettings> server = serverSettings(db.kind())) {
        settings.host = server->host;
        settings.port = server->port;
        settings.user = server->user;
        settings.password = server->password;
    }
    return settings;
}

} // namespace relatatest
