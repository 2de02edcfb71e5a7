#include "scenarios.h"

#include "linkinbio.hpp"
#include "linkinbio_cascade.hpp"
#include "linkinbio_restrict.hpp"
#include "linkinbio_setnull.hpp"
#include "recipes.hpp"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

QString quoted(relata::Dialect dialect, const QString &name)
{
    return dialect == relata::Dialect::MySql ? u'`' + name + u'`' : u'"' + name + u'"';
}

QString insert(relata::Dialect dialect, const QString &table, const QStringList &columns,
               const QStringList &rows)
{
    QStringList names;
    for (const QString &column : columns)
        names.append(quoted(dialect, column));
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quoted(dialect, table), names.join(u", "_s),
                                                    rows.join(u"), ("_s));
}

/// User 1 with blocks 10, 11, 12; user 2 with blocks 20, 21; user 3 with none.
const QStringList kUsersAfterOne{u"2"_s, u"3"_s};
const QStringList kBlocksUntouched{u"10|1"_s, u"11|1"_s, u"12|1"_s, u"20|2"_s, u"21|2"_s};

relata_gen::delete_result deleteUser(relata_gen::executor &db, const QString &example)
{
    const std::string ids = relata_gen::ids_json({1});
    if (example == u"linkinbio-cascade")
        return relata_gen::delete_rows<linkinbio_cascade::users>(db, ids);
    if (example == u"linkinbio-setnull")
        return relata_gen::delete_rows<linkinbio_setnull::users>(db, ids);
    if (example == u"linkinbio-restrict")
        return relata_gen::delete_rows<linkinbio_restrict::users>(db, ids);
    return relata_gen::delete_rows<linkinbio::users>(db, ids);
}

Scenario userScenario(const QString &example, relata_gen::delete_outcome outcome,
                      const QStringList &blocksAfter)
{
    const bool refused = outcome == relata_gen::delete_outcome::refused;
    return {example,
            [example](relata_gen::executor &db) { return deleteUser(db, example); },
            outcome,
            refused ? u"blocks.user_id → users.id"_s : QString(),
            {{u"users"_s, refused ? QStringList{u"1"_s, u"2"_s, u"3"_s} : kUsersAfterOne},
             {u"blocks"_s, blocksAfter}}};
}

} // namespace

QList<std::pair<QString, Scenario>> scenarios()
{
    using relata_gen::delete_outcome;
    Scenario recipe{u"recipes"_s,
                    [](relata_gen::executor &db) {
                        return relata_gen::delete_rows<recipes::recipes>(db,
                                                                         relata_gen::ids_json({1}));
                    },
                    delete_outcome::deleted,
                    {},
                    {{u"recipes"_s, {u"2"_s}},
                     {u"ingredients"_s, {u"20|2"_s}},
                     {u"steps"_s, {u"20|2"_s, u"21|2"_s}}}};
    return {
            {u"cascade deletes the user's blocks"_s,
             userScenario(u"linkinbio-cascade"_s, delete_outcome::deleted, {u"20|2"_s, u"21|2"_s})},
            {u"set null keeps the blocks without a user"_s,
             userScenario(u"linkinbio-setnull"_s, delete_outcome::deleted,
                          {u"10|NULL"_s, u"11|NULL"_s, u"12|NULL"_s, u"20|2"_s, u"21|2"_s})},
            {u"restrict refuses"_s,
             userScenario(u"linkinbio-restrict"_s, delete_outcome::refused, kBlocksUntouched)},
            {u"no action refuses"_s,
             userScenario(u"linkinbio"_s, delete_outcome::refused, kBlocksUntouched)},
            {u"a recipe takes its ingredients and steps"_s, recipe},
    };
}

QStringList scenarioColumns(const QString &table)
{
    if (table == u"blocks")
        return {u"id"_s, u"user_id"_s};
    if (table == u"ingredients" || table == u"steps")
        return {u"id"_s, u"recipe_id"_s};
    return {u"id"_s};
}

QStringList scenarioRows(const QString &example, relata::Dialect dialect)
{
    if (example == u"recipes") {
        const QString recipe = u"%1, 'r%1', '2024-01-0%1 12:00:00', FALSE"_s;
        return {insert(dialect, u"recipes"_s,
                       {u"id"_s, u"title"_s, u"created_at"_s, u"is_deleted"_s},
                       {recipe.arg(1), recipe.arg(2)}),
                insert(dialect, u"ingredients"_s,
                       {u"id"_s, u"recipe_id"_s, u"position"_s, u"name"_s},
                       {u"10, 1, 1, 'salt'"_s, u"11, 1, 2, 'egg'"_s, u"20, 2, 1, 'rice'"_s}),
                insert(dialect, u"steps"_s,
                       {u"id"_s, u"recipe_id"_s, u"position"_s, u"instruction"_s},
                       {u"10, 1, 1, 'mix'"_s, u"20, 2, 1, 'boil'"_s, u"21, 2, 2, 'serve'"_s})};
    }
    const QString block = u"%1, 'https://example.com/%1', 1, %2, 'b%1'"_s;
    QStringList blocks;
    for (const QString &row : kBlocksUntouched) {
        const QStringList parts = row.split(u'|');
        blocks.append(block.arg(parts.at(0), parts.at(1)));
    }
    return {insert(dialect, u"users"_s, {u"id"_s, u"username"_s},
                   {u"1, 'ada'"_s, u"2, 'bob'"_s, u"3, 'cy'"_s}),
            insert(dialect, u"blocks"_s, {u"id"_s, u"url"_s, u"type"_s, u"user_id"_s, u"label"_s},
                   blocks)};
}

std::optional<QStringList> tableRows(QSqlDatabase &db, relata::Dialect dialect,
                                     const QString &table, QString *error)
{
    const QStringList columns = scenarioColumns(table);
    QStringList names;
    for (const QString &column : columns)
        names.append(quoted(dialect, column));
    const QString sql = u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
            names.join(u", "_s), quoted(dialect, table), names.constFirst());
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text() + u": "_s + sql;
        return std::nullopt;
    }
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

} // namespace relatatest
