#include "deleteoracle.h"

#include "deleteoracle_p.h"

#include "core/schema.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relatatest {

relata::Dialect dialectOfConnection(const QSqlDatabase &db)
{
    const QString driver = db.driverName();
    if (driver.startsWith(u"QPSQL"_s))
        return relata::Dialect::PostgreSql;
    if (driver.startsWith(u"QSQLITE"_s))
        return relata::Dialect::Sqlite;
    return relata::Dialect::MySql;
}

bool clearTables(QSqlDatabase &db, const relata::Schema &schema, relata::Dialect dialect,
                 QString *error)
{
    const detail::QuotedNames names(schema, dialect);
    QStringList tables;
    for (const relata::Table &table : schema.tables())
        tables.append(names.table(table));
    QStringList statements;
    switch (dialect) {
    case relata::Dialect::PostgreSql:
        statements.append(u"TRUNCATE "_s + tables.join(u", "_s));
        break;
    case relata::Dialect::MySql:
        statements.append(u"SET FOREIGN_KEY_CHECKS = 0"_s);
        for (const QString &table : std::as_const(tables))
            statements.append(u"DELETE FROM "_s + table);
        statements.append(u"SET FOREIGN_KEY_CHECKS = 1"_s);
        break;
    case relata::Dialect::Sqlite: {
        QSqlQuery pragma(db);
        const bool on = pragma.exec(u"PRAGMA foreign_keys"_s) && pragma.next()
                        && pragma.value(0).toInt() == 1;
        statements.append(u"PRAGMA foreign_keys = OFF"_s);
        for (const QString &table : std::as_const(tables))
            statements.append(u"DELETE FROM "_s + table);
        if (on)
            statements.append(u"PRAGMA foreign_keys = ON"_s);
        break;
    }
    }
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *error = detail::queryError(query, sql);
            return false;
        }
    }
    return true;
}

namespace {

QString normalised(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    if (value.typeId() == QMetaType::QByteArray)
        return u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

std::optional<TableDump> dumpTables(QSqlDatabase &db, const relata::Schema &schema, QString *error)
{
    const detail::QuotedNames names(schema, dialectOfConnection(db));
    TableDump dump;
    for (const relata::Table &table : schema.tables()) {
        QStringList columns;
        for (const relata::Column &column : table.columns)
            columns.append(names.column(table, column.id));
        const QString sql = u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), names.table(table));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            *error = detail::queryError(query, sql);
            return std::nullopt;
        }
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values.append(normalised(query.value(i)));
            rows.append(values.join(u" | "_s));
        }
        std::sort(rows.begin(), rows.end());
        dump.insert(table.name, rows);
    }
    return dump;
}

QStringList compareDumps(const TableDump &expected, const TableDump &actual,
                         const QString &expectedName, const QString &actualName)
{
    QStringList differences;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList &want = it.value();
        const QStringList have = actual.value(it.key());
        if (want == have)
            continue;
        QStringList onlyExpected;
        QStringList onlyActual;
        std::set_difference(want.cbegin(), want.cend(), have.cbegin(), have.cend(),
                            std::back_inserter(onlyExpected));
        std::set_difference(have.cbegin(), have.cend(), want.cbegin(), want.cend(),
                            std::back_inserter(onlyActual));
        QString text = u"table %1: %2 rows in %3, %4 in %5"_s.arg(it.key())
                               .arg(want.size())
                               .arg(expectedName)
                               .arg(have.size())
                               .arg(actualName);
        for (const QString &row : onlyExpected.mid(0, 3))
            text += u"\n    only in %1: %2"_s.arg(expectedName, row);
        for (const QString &row : onlyActual.mid(0, 3))
            text += u"\n    only in %1: %2"_s.arg(actualName, row);
        differences.append(text);
    }
    return differences;
}

} // namespace relatatest
