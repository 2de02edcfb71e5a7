#include "clidispatcher.h"
#include "commandregistry.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(relata::cliProgramName());
    QCoreApplication::setApplicationVersion(QStringLiteral(RELATA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const relata::CommandRegistry registry = relata::CommandRegistry::createDefault();
    const int status = relata::CliDispatcher(registry).run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
