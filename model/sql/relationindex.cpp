#include "relationindex.h"

#include "sqldialect.h"

using namespace Qt::StringLiterals;

namespace relata {

QString relationIndexName(const SqlDialect &dialect, const QString &table,
                          const QStringList &columns)
{
    return dialect.legalIdentifier(u"idx_"_s + table + u'_' + columns.join(u'_'));
}

} // namespace relata
