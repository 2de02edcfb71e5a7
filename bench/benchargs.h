#pragma once

#include <QList>
#include <QString>

#include <optional>

class QCoreApplication;

namespace relata {

/// The arguments every in-memory schema benchmark takes: `--sizes N,N,...`, `--runs R`,
/// `--seed S`, `--smoke` (one brief run on small schemas, for the CTest smoke test).
struct BenchArgs
{
    QList<int> sizes = {1000, 10000, 50000};
    int runs = 5;
    quint64 seed = 1;
};

/// Parses the command line of `app`, with `--help` built from `description`. On bad
/// arguments says so on stderr and returns nullopt (the caller exits 2).
std::optional<BenchArgs> parseBenchArgs(const QCoreApplication &app, const QString &description);

/// "1000,10000" → {1000, 10000}; false on anything but positive whole numbers.
bool parseBenchSizes(const QString &text, QList<int> *sizes);

/// "relata-bench-x: message" on stderr, so that stdout stays the Markdown report.
void benchProgress(const QString &message);

} // namespace relata
