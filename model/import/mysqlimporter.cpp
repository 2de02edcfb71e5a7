#include "mysqlimporter.h"

#include "mysqlcatalogreader.h"
#include "mysqlconnection.h"
#include "mysqlschemabuilder.h"

using namespace Qt::StringLiterals;

namespace relata {

Result<ImportResult> MySqlImporter::import(const ConnectionSettings &settings,
                                           const ImportProgress &progress,
                                           const std::atomic_bool *cancel)
{
    using R = Result<ImportResult>;
    if (settings.database.isEmpty())
        return R::failure(u"no database given: MariaDB/MySQL imports one database at a time"_s);
    if (cancel && cancel->load())
        return R::failure(u"import cancelled"_s);
    if (progress)
        progress(u"connecting"_s, 0.0);
    MySqlConnection connection;
    QString error;
    if (!connection.open(settings, &error))
        return R::failure(error);
    Result<mysqlcatalog::Catalog> catalog
            = readMySqlCatalog(connection, settings.database, progress, cancel);
    if (!catalog)
        return R::failure(catalog.errorString());
    if (progress)
        progress(u"building the schema"_s, 0.9);
    ImportResult result = mysqlimport::buildMySqlSchema(catalog.value());
    if (progress)
        progress(u"done"_s, 1.0);
    return result;
}

} // namespace relata
