// PostgreSQL import: one read-only transaction, one bulk pg_catalog query per phase
// (postgrescatalog.cpp), rows turned into a Schema by PostgresSchemaBuilder.
#include "postgresimporter.h"

#include "postgrescatalog.h"
#include "postgresconnection.h"
#include "postgresschemabuilder.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

using R = Result<ImportResult>;

/// The phases in order, for progress fractions.
const QStringList kPhases{u"connecting"_s, u"schemas"_s,     u"tables"_s,        u"columns"_s,
                          u"indexes"_s,    u"constraints"_s, u"other objects"_s, u"relations"_s};

QString quotedIdentifier(QString name)
{
    return u'"' + name.replace(u'"', u"\"\""_s) + u'"';
}

/// One import: the settings, the callback, the cancel flag, and the open connection.
class PostgresImport
{
public:
    PostgresImport(const ConnectionSettings &settings, const ImportProgress &progress,
                   const std::atomic_bool *cancel)
        : m_settings(settings)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_connection(settings)
    {}

    R run();

private:
    bool step(const QString &phase, QString *error);
    bool resolveSchemas(QString *error);
    bool setSearchPath(QString *error);
    bool readRows(const QString &phase, const QString &sql,
                  const std::function<bool(const QSqlQuery &, QString *)> &readRow, QString *error);
    bool readOtherObjects(ImportSummary *summary, QString *error);

    const ConnectionSettings &m_settings;
    const ImportProgress &m_progress;
    const std::atomic_bool *m_cancel;
    PostgresConnection m_connection;
    QStringList m_schemas; ///< resolved, readable
    QString m_schemaParameter;
};

/// Reports the phase and checks for a cancel: between queries, never inside one.
bool PostgresImport::step(const QString &phase, QString *error)
{
    if (m_progress)
        m_progress(phase, double(kPhases.indexOf(phase)) / double(kPhases.size()));
    if (m_cancel && m_cancel->load()) {
        *error = u"import cancelled"_s;
        return false;
    }
    return true;
}

/// Every schema asked for must exist and be readable; {"*"} takes the readable ones.
bool PostgresImport::resolveSchemas(QString *error)
{
    const QStringList wanted
            = m_settings.schemas.isEmpty() ? QStringList{u"public"_s} : m_settings.schemas;
    const bool all = wanted == QStringList{u"*"_s};
    QStringList found;
    QSqlQuery query = m_connection.newQuery();
    if (!m_connection.select(pgcatalog::schemasQuery, pgcatalog::schemaArrayLiteral(wanted), &query,
                             error)) {
        return false;
    }
    while (query.next()) {
        const QString name = query.value(0).toString();
        found.append(name);
        if (query.value(1).toBool())
            m_schemas.append(name);
    }
    for (const QString &name : wanted) {
        if (all)
            break;
        if (!found.contains(name)) {
            *error = u"database \"%1\" has no schema \"%2\""_s.arg(m_settings.database, name);
            return false;
        }
        if (!m_schemas.contains(name)) {
            *error = u"user \"%1\" has no right to use schema \"%2\" (USAGE)"_s.arg(m_settings.user,
                                                                                    name);
            return false;
        }
    }
    m_schemaParameter = pgcatalog::schemaArrayLiteral(m_schemas);
    return true;
}

/// Types and defaults come back unqualified when they live in the imported schema, as a
/// person wrote them; with several schemas only `public` is left implicit.
bool PostgresImport::setSearchPath(QString *error)
{
    const QString path
            = quotedIdentifier(m_schemas.size() == 1 ? m_schemas.constFirst() : u"public"_s);
    QSqlQuery query = m_connection.newQuery();
    return m_connection.select(u"SELECT pg_catalog.set_config('search_path', ?, true)"_s, path,
                               &query, error);
}

bool PostgresImport::readRows(const QString &phase, const QString &sql,
                              const std::function<bool(const QSqlQuery &, QString *)> &readRow,
                              QString *error)
{
    if (!step(phase, error))
        return false;
    QSqlQuery query = m_connection.newQuery();
    if (!m_connection.select(sql, m_schemaParameter, &query, error))
        return false;
    while (query.next()) {
        if (!readRow(query, error))
            return false;
    }
    return true;
}

bool PostgresImport::readOtherObjects(ImportSummary *summary, QString *error)
{
    const auto read = [summary](const QSqlQuery &row, QString *) {
        summary->views = row.value(0).toInt();
        const QStringList kinds{u"partitions"_s, u"sequences"_s, u"foreign tables"_s,
                                u"functions and procedures"_s, u"triggers"_s};
        for (int i = 0; i < kinds.size(); ++i) {
            const int count = row.value(i + 1).toInt();
            summary->otherObjects += count;
            if (count > 0 && i == 0)
                summary->notModelled.append(
                        u"%1 partitions not imported (their partitioned table is)"_s.arg(count));
        }
        return true;
    };
    return readRows(u"other objects"_s, pgcatalog::otherObjectsQuery, read, error);
}

R PostgresImport::run()
{
    QString error;
    if (!step(u"connecting"_s, &error) || !m_connection.open(&error) || !step(u"schemas"_s, &error)
        || !resolveSchemas(&error) || !setSearchPath(&error)) {
        return R::failure(error);
    }
    const bool qualified = m_schemas.size() > 1 || m_settings.schemas.size() > 1;
    PostgresSchemaBuilder builder(m_settings.database, qualified);
    using std::placeholders::_1;
    using std::placeholders::_2;
    const auto table = [&builder](const QSqlQuery &row, QString *) {
        builder.addTable(row);
        return true;
    };
    ImportResult result;
    if (!readRows(u"tables"_s, pgcatalog::tablesQuery, table, &error)
        || !readRows(u"columns"_s, pgcatalog::columnsQuery,
                     std::bind(&PostgresSchemaBuilder::addColumn, &builder, _1, _2), &error)
        || !readRows(u"indexes"_s, pgcatalog::indexesQuery,
                     std::bind(&PostgresSchemaBuilder::addIndex, &builder, _1, _2), &error)
        || !readRows(u"constraints"_s, pgcatalog::constraintsQuery,
                     std::bind(&PostgresSchemaBuilder::addConstraint, &builder, _1, _2), &error)
        || !readOtherObjects(&result.summary, &error) || !step(u"relations"_s, &error)) {
        return R::failure(error);
    }
    result.schema = builder.finish(&result.summary);
    if (m_progress)
        m_progress(u"done"_s, 1.0);
    return result;
}

} // namespace

/// Table names are qualified (`schema.table`) when more than one schema is imported.
Result<ImportResult> PostgresImporter::import(const ConnectionSettings &settings,
                                              const ImportProgress &progress,
                                              const std::atomic_bool *cancel)
{
    PostgresImport import(settings, progress, cancel);
    return import.run();
}

} // namespace relata
