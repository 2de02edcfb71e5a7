#include "mysqlclient.h"

#include "testdatabase.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace relatatest {

bool runMySqlClient(const QString &database, const QString &file, QString *error)
{
    QString client = QStandardPaths::findExecutable(u"mariadb"_s);
    if (client.isEmpty())
        client = QStandardPaths::findExecutable(u"mysql"_s);
    if (client.isEmpty()) {
        *error = u"no mariadb or mysql client installed"_s;
        return false;
    }
    const ServerSettings server = serverSettings(ServerKind::MariaDb).value_or(ServerSettings());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MYSQL_PWD"_s, server.password);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(file);
    process.start(client, {u"--no-defaults"_s, u"--batch"_s, u"--host="_s + server.host,
                           u"--port="_s + QString::number(server.port), u"--user="_s + server.user,
                           u"--database="_s + database});
    if (!process.waitForFinished(240'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"%1 < %2 failed: %3"_s.arg(client, file,
                                             QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace relatatest
