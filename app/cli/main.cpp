#include "clidispatcher.h"
#include "commandregistry.h"
#include "guiapplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A QApplication only for the commands that draw (see commandNeedsGui()).
    const std::unique_ptr<QCoreApplication> app = relata::createCliApplication(argc, argv);
    QCoreApplication::setApplicationName(relata::cliProgramName());
    QCoreApplication::setApplicationVersion(QStringLiteral(RELATA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const relata::CommandRegistry registry = relata::CommandRegistry::createDefault();
    const int status = relata::CliDispatcher(registry).run(app->arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
