#pragma once

#include "core/result.h"
#include "core/schema.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace relata {

/// Where to import from. The password is never stored in a model or a file.
struct ConnectionSettings
{
    QString driver; ///< "mariadb", "mysql", "postgresql" or "sqlite"
    QString host;   ///< empty = the driver's default (ignored for SQLite)
    int port = 0;   ///< 0 = the driver's default
    QString user;
    QString password;
    QString database; ///< for SQLite, the file's path
    /// PostgreSQL: the schemas to read; empty = "public". {"*"} = every user schema.
    QStringList schemas;
};

/// What was read but is not modelled, for the summary.
struct ImportSummary
{
    int tables = 0;
    int columns = 0;
    int indexes = 0;
    int constraintRelations = 0; ///< from FOREIGN KEY constraints
    int commentRelations = 0;    ///< from Relata's own comment markers
    int inferredRelations = 0;
    int views = 0;           ///< counted and skipped
    int otherObjects = 0;    ///< sequences, triggers, routines... counted and skipped
    QStringList notModelled; ///< "expression index ix_lower_email on users", ...
};

struct ImportResult
{
    Schema schema;
    ImportSummary summary;
};

/// Progress of an import: a short phase ("columns") and a fraction 0..1 when known.
using ImportProgress = std::function<void(const QString &phase, double fraction)>;

/// Reads the catalog of one live database into a Schema, in a constant number of bulk
/// queries (never one per table). One implementation per database family.
///
/// Errors (refused connection, wrong password, unknown database, missing rights, a
/// server gone in the middle) are a failure with words, never a partial schema.
class SchemaImporter
{
public:
    virtual ~SchemaImporter() = default;

    /// Imports; `progress` may be empty. Setting `*cancel` to true from another thread
    /// (or from the progress callback) stops the import between queries with a
    /// failure saying it was cancelled.
    virtual Result<ImportResult> import(const ConnectionSettings &settings,
                                        const ImportProgress &progress = {},
                                        const std::atomic_bool *cancel = nullptr)
            = 0;
};

/// The importer for `driver` ("mariadb", "mysql", "postgresql", "sqlite"), or null.
std::unique_ptr<SchemaImporter> createSchemaImporter(const QString &driver);

} // namespace relata
