#pragma once

#include <QHash>
#include <QString>

namespace relatatest {

/// One row of the corpus's expected.tsv: what the servers' catalogs held after loading
/// schema.<dialect>.sql.
struct ExpectedCounts
{
    int tables = 0;
    int columns = 0;
    int fks = 0;
    int indexes = 0; ///< every index, the primary key included
    int views = 0;
};

/// expected.tsv by "<schema>/<dialect>" ("sakila/mysql"); empty with `error` set when the
/// file cannot be read or a line is malformed.
QHash<QString, ExpectedCounts> readExpectedCounts(const QString &path, QString *error);

} // namespace relatatest
