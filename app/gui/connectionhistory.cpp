#include "connectionhistory.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString arrayKey()
{
    return u"importConnections"_s;
}

void store(const QList<RememberedConnection> &connections)
{
    QSettings settings;
    settings.remove(arrayKey());
    settings.beginWriteArray(arrayKey(), int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const RememberedConnection &c = connections.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"driver"_s, c.driver);
        settings.setValue(u"host"_s, c.host);
        settings.setValue(u"port"_s, c.port);
        settings.setValue(u"user"_s, c.user);
        settings.setValue(u"database"_s, c.database);
        settings.setValue(u"schema"_s, c.schema);
        settings.setValue(u"infer"_s, c.infer);
        settings.setValue(u"minConfidence"_s, c.minConfidence);
    }
    settings.endArray();
}

} // namespace

bool RememberedConnection::sameConnection(const RememberedConnection &other) const
{
    return driver == other.driver && host == other.host && port == other.port && user == other.user
           && database == other.database && schema == other.schema;
}

void ConnectionHistory::remember(const RememberedConnection &connection)
{
    QList<RememberedConnection> connections = recent();
    connections.removeIf(
            [&](const RememberedConnection &old) { return old.sameConnection(connection); });
    connections.prepend(connection);
    if (connections.size() > kMaxEntries)
        connections.resize(kMaxEntries);
    store(connections);
}

QList<RememberedConnection> ConnectionHistory::recent()
{
    QSettings settings;
    const int size = settings.beginReadArray(arrayKey());
    QList<RememberedConnection> connections;
    for (int i = 0; i < size && connections.size() < kMaxEntries; ++i) {
        settings.setArrayIndex(i);
        RememberedConnection c;
        c.driver = settings.value(u"driver"_s).toString();
        c.host = settings.value(u"host"_s).toString();
        c.port = settings.value(u"port"_s).toInt();
        c.user = settings.value(u"user"_s).toString();
        c.database = settings.value(u"database"_s).toString();
        c.schema = settings.value(u"schema"_s).toString();
        c.infer = settings.value(u"infer"_s).toBool();
        c.minConfidence = settings.value(u"minConfidence"_s).toDouble();
        connections.append(c);
    }
    settings.endArray();
    return connections;
}

void ConnectionHistory::clear()
{
    QSettings().remove(arrayKey());
}

RememberedConnection RememberedConnection::fromSettings(const ConnectionSettings &settings,
                                                        bool infer, double minConfidence)
{
    RememberedConnection remembered;
    remembered.driver = settings.driver;
    remembered.host = settings.host;
    remembered.port = settings.port;
    remembered.user = settings.user;
    remembered.database = settings.database;
    remembered.schema = settings.schemas.join(u',');
    remembered.infer = infer;
    remembered.minConfidence = minConfidence;
    return remembered;
}

ConnectionSettings RememberedConnection::toSettings() const
{
    ConnectionSettings settings;
    settings.driver = driver;
    settings.host = host;
    settings.port = port;
    settings.user = user;
    settings.database = database;
    settings.schemas = schema.split(u',', Qt::SkipEmptyParts);
    return settings;
}

} // namespace relata
