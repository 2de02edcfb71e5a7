#include "dialect.h"

using namespace Qt::StringLiterals;

namespace relata {

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::MySql:
        return u"mysql"_s;
    case Dialect::PostgreSql:
        return u"postgresql"_s;
    case Dialect::Sqlite:
        return u"sqlite"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<Dialect> dialectFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"mysql" || n == u"mariadb" || n == u"vitess")
        return Dialect::MySql;
    if (n == u"postgresql" || n == u"postgres" || n == u"pg")
        return Dialect::PostgreSql;
    if (n == u"sqlite" || n == u"sqlite3")
        return Dialect::Sqlite;
    return std::nullopt;
}

} // namespace relata
