#include "expectedcounts.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace relatatest {

QHash<QString, ExpectedCounts> readExpectedCounts(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QHash<QString, ExpectedCounts> rows;
    QStringList header;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (header.isEmpty()) {
            header = fields; // schema, dialect, tables, columns, fks, indexes, views, ...
            continue;
        }
        auto number = [&](const QString &name, bool *ok) {
            const qsizetype at = header.indexOf(name);
            return at >= 0 && at < fields.size() ? fields.at(at).toInt(ok) : (*ok = false, 0);
        };
        bool ok[5] = {};
        const ExpectedCounts counts{number(u"tables"_s, &ok[0]), number(u"columns"_s, &ok[1]),
                                    number(u"fks"_s, &ok[2]), number(u"indexes"_s, &ok[3]),
                                    number(u"views"_s, &ok[4])};
        if (!(ok[0] && ok[1] && ok[2] && ok[3] && ok[4]) || fields.size() < 2) {
            *error = u"malformed line in %1: %2"_s.arg(path, line);
            return {};
        }
        rows.insert(fields.at(0) + u'/' + fields.at(1), counts);
    }
    if (rows.isEmpty())
        *error = u"no rows in %1"_s.arg(path);
    return rows;
}

} // namespace relatatest
