#pragma once

// Loading the shipped examples and looking into them, for the example tests.
#include "core/schema.h"
#include "io/relatafile.h"

#include <QString>
#include <QStringList>

namespace exampletest {

using namespace Qt::StringLiterals;
using namespace relata;

inline QString examplePath(const QString &file)
{
    return QStringLiteral(RELATA_SOURCE_DIR) + u"/resources/examples/"_s + file;
}

/// The example, or an empty schema (with the loader's message as a warning).
inline Schema load(const QString &file)
{
    const Result<Schema> loaded = loadRelataFile(examplePath(file));
    if (!loaded)
        qWarning("%s", qPrintable(loaded.errorString()));
    return loaded ? loaded.value() : Schema();
}

/// The relation of `child` whose child columns are `childCols`, or null.
inline const Relation *findRelation(const Schema &s, const QString &child,
                                    const QStringList &childCols)
{
    for (const Relation &r : s.relations()) {
        const Table *c = s.table(r.childTable);
        if (c && c->name == child && c->columnNames(r.childColumns) == childCols)
            return &r;
    }
    return nullptr;
}

/// True when `cols` are a leftmost prefix of the primary key or of an index of `t`.
inline bool isIndexed(const Table &t, const QStringList &cols)
{
    QList<QStringList> keys{t.columnNames(t.primaryKey)};
    for (const Index &ix : t.indexes)
        keys.append(t.columnNames(ix.columns));
    for (const QStringList &key : keys) {
        if (key.mid(0, cols.size()) == cols)
            return true;
    }
    return false;
}

} // namespace exampletest
