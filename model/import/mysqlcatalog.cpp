#include "mysqlcatalog.h"

#include <QVersionNumber>

namespace relata::mysqlcatalog {

/// VERSION() tells MariaDB from MySQL, whose COLUMN_DEFAULT differs. The SCHEMATA count
/// says whether the database is visible at all: a user without rights on it sees nothing
/// in information_schema, which must not pass for an empty database.
const QLatin1StringView kServerSql{R"sql(
SELECT VERSION(),
       (SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?)
)sql"};

/// Views are listed here too (TABLE_TYPE 'VIEW') and skipped by the reader, since their
/// columns come back from the COLUMNS query as well.
const QLatin1StringView kTablesSql{R"sql(
SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = ?
ORDER BY TABLE_NAME
)sql"};

/// COLUMN_TYPE rather than DATA_TYPE: it keeps sizes, `unsigned` and enum members.
const QLatin1StringView kColumnsSql{R"sql(
SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
       COLUMN_COMMENT
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = ?
ORDER BY TABLE_NAME, ORDINAL_POSITION
)sql"};

/// One row per key part; the primary key is the index called PRIMARY.
const QLatin1StringView kIndexesSql{R"sql(
SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = ?
ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
)sql"};

/// REFERENTIAL_CONSTRAINTS lists exactly the FOREIGN KEYs (KEY_COLUMN_USAGE also has
/// primary and unique keys) with their actions; KEY_COLUMN_USAGE gives the column pairs
/// in order.
const QLatin1StringView kForeignKeysSql{R"sql(
SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME,
       k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
       r.UPDATE_RULE, r.DELETE_RULE
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.REFERENTIAL_CONSTRAINTS r
  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
 AND r.TABLE_NAME = k.TABLE_NAME
 AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
)sql"};

/// Objects Relata does not model, only counted for the summary.
const QLatin1StringView kOtherObjectsSql{R"sql(
SELECT (SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?),
       (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?),
       (SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?),
       (SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?)
)sql"};

/// MariaDB stores a JSON column as LONGTEXT with the column check json_valid(`name`),
/// and reports it as longtext: the checks tell which columns were declared JSON.
const QLatin1StringView kJsonChecksSql{R"sql(
SELECT TABLE_NAME, CHECK_CLAUSE
FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = ? AND CHECK_CLAUSE LIKE 'json\_valid(%'
)sql"};

int bindCount(QLatin1StringView sql)
{
    return int(sql.count(u'?'));
}

bool Catalog::isMariaDb() const
{
    return serverVersion.contains(QLatin1StringView("mariadb"), Qt::CaseInsensitive);
}

bool Catalog::quotesDefaults() const
{
    return isMariaDb() && QVersionNumber::fromString(serverVersion) >= QVersionNumber(10, 2, 7);
}

} // namespace relata::mysqlcatalog
