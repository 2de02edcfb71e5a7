#include "mysqlimporter.h"
#include "postgresimporter.h"
#include "schemaimporter.h"
#include "sqliteimporter.h"

using namespace Qt::StringLiterals;

namespace relata {

std::unique_ptr<SchemaImporter> createSchemaImporter(const QString &driver)
{
    if (driver == u"mariadb"_s || driver == u"mysql"_s)
        return std::make_unique<MySqlImporter>();
    if (driver == u"postgresql"_s)
        return std::make_unique<PostgresImporter>();
    if (driver == u"sqlite"_s)
        return std::make_unique<SqliteImporter>();
    return nullptr;
}

} // namespace relata
