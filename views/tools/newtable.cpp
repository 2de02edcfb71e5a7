#include "newtable.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

QString unusedTableName(const Schema &schema, const QString &base)
{
    if (!schema.tableByName(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1_%2"_s.arg(base).arg(n);
        if (!schema.tableByName(candidate))
            return candidate;
    }
}

Table newTable(const Schema &schema, QPointF position)
{
    Column id;
    id.id = ColumnId(1);
    id.name = u"id"_s;
    // The key type each dialect's users would write by hand.
    switch (schema.dialect) {
    case Dialect::MySql:
        id.type.text = u"bigint unsigned"_s;
        break;
    case Dialect::PostgreSql:
        id.type.text = u"bigint"_s;
        break;
    case Dialect::Sqlite:
        id.type.text = u"integer"_s;
        break;
    }
    id.nullable = false;
    id.autoIncrement = true;

    Table table;
    for (int n = 1; table.name.isEmpty(); ++n) {
        if (!schema.tableByName(u"table_%1"_s.arg(n)))
            table.name = u"table_%1"_s.arg(n);
    }
    table.columns = {id};
    table.primaryKey = {id.id};
    table.position = QPointF(std::round(position.x()), std::round(position.y()));
    return table;
}

} // namespace relata
