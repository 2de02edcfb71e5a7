#pragma once

#include "core/result.h"
#include "core/schema.h"

#include <QList>
#include <QString>

#include <optional>

namespace relata {

/// One file of the real-world corpus: `<dir>/<schema>/schema.<dialect>.sql`, where the
/// dialect is "mysql", "pg" or "sqlite".
struct CorpusFile
{
    QString schema;
    QString dialect;
};

/// The corpus directory: RELATA_CORPUS_DIR from the environment, else the one next to the
/// source tree.
QString defaultCorpusDir();

/// The files of `schemas` that exist in `corpusDir`, in the order given, dialects in the
/// order mysql, pg, sqlite.
QList<CorpusFile> corpusFiles(const QString &corpusDir, const QStringList &schemas);

/// Why `dialect` cannot be loaded here (its server's RELATA_TEST_*_HOST unset, its client
/// program or Qt driver missing); empty when it can.
QString corpusDialectUnavailable(const QString &dialect);

/// Loads the file into a fresh database (a server database named bench_infer_..., or a
/// temporary SQLite file) with the dialect's own client, imports it with runImport()
/// without inference and drops the database again. The schema keeps its FOREIGN KEY
/// relations (origin constraint).
Result<Schema> importCorpusFile(const QString &corpusDir, const CorpusFile &file);

} // namespace relata
