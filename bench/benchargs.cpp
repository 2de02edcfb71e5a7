#include "benchargs.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace relata {

bool parseBenchSizes(const QString &text, QList<int> *sizes)
{
    sizes->clear();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1)
            return false;
        sizes->append(n);
    }
    return !sizes->isEmpty();
}

void benchProgress(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                 qPrintable(message));
}

std::optional<BenchArgs> parseBenchArgs(const QCoreApplication &app, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption sizesOption(u"sizes"_s, u"Table counts (default 1000,10000,50000)."_s,
                                         u"N,N,..."_s, u"1000,10000,50000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (default 5)."_s, u"R"_s,
                                        u"5"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Generator seed (default 1)."_s, u"S"_s,
                                        u"1"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"One brief run on small schemas."_s);
    parser.addOptions({sizesOption, runsOption, seedOption, smokeOption});
    parser.process(app);

    BenchArgs args;
    bool runsOk = false;
    bool seedOk = false;
    args.runs = parser.value(runsOption).toInt(&runsOk);
    args.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!runsOk || args.runs < 1 || !seedOk
        || !parseBenchSizes(parser.value(sizesOption), &args.sizes)) {
        benchProgress(u"bad arguments; see --help"_s);
        return std::nullopt;
    }
    if (parser.isSet(smokeOption)) {
        args.sizes = {60, 120};
        args.runs = 1;
    }
    return args;
}

} // namespace relata
