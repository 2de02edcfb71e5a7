#pragma once

#include <QString>

namespace relatatest {

/// Runs the SQL script `file` in `database` on the MariaDB test server with the mariadb (or
/// mysql) client, which understands DELIMITER blocks (triggers and routines) as the
/// corpus's own loader does. On failure `error` holds the client's message.
bool runMySqlClient(const QString &database, const QString &file, QString *error);

} // namespace relatatest
