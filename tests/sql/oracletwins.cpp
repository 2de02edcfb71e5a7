#include "oracletwins.h"

#include "deleteoracle_p.h"
#include "deleteround.h"

#include "core/schema.h"
#include "sql/ddl.h"
#include "sql/deletesql.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relatatest {

quint64 fnv1a(const QString &text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 0x100000001b3ULL;
    return hash;
}

std::unique_ptr<Twins> createTwins(const relata::Schema &schema, ServerKind kind, QString *error)
{
    auto twins = std::make_unique<Twins>(kind);
    for (const bool constraints : {true, false}) {
        TestDatabase &db = constraints ? twins->constrained : twins->free;
        relata::DdlOptions options;
        options.dialect = dialectOf(kind);
        options.withConstraints = constraints;
        const relata::Result<QString> ddl = relata::generateDdl(schema, options);
        if (!ddl) {
            *error = u"generateDdl failed: "_s + ddl.errorString();
            return nullptr;
        }
        if (!db.create(error) || !db.execute(ddl.value(), error))
            return nullptr;
        if (constraints && kind == ServerKind::Sqlite
            && !db.execute(u"PRAGMA foreign_keys = ON"_s, error))
            return nullptr;
    }
    return twins;
}

bool seedTwins(Twins &twins, const relata::Schema &schema, quint64 seed, int rowsPerTable,
               const SeedOptions &options, QString *error)
{
    const relata::Dialect dialect = twins.constrained.dialect();
    QSqlDatabase constrained = twins.constrained.connection();
    QSqlDatabase free = twins.free.connection();
    for (QSqlDatabase *db : {&constrained, &free}) {
        if (!clearTables(*db, schema, dialect, error)
            || !insertSeededRows(*db, schema, dialect, seed, rowsPerTable, error, options))
            return false;
    }
    const std::optional<TableDump> a = dumpTables(constrained, schema, error);
    const std::optional<TableDump> b = a ? dumpTables(free, schema, error) : std::nullopt;
    if (!b)
        return false;
    const QStringList unequal = compareDumps(*a, *b, u"constrained"_s, u"free"_s);
    if (!unequal.isEmpty()) {
        *error = u"the seeded rows differ:\n"_s + unequal.join(u'\n');
        return false;
    }
    return true;
}

std::optional<QList<Key>> tableKeys(QSqlDatabase &db, const relata::Schema &schema,
                                    const relata::Table &table, QString *error)
{
    const detail::QuotedNames names(schema, dialectOfConnection(db));
    QStringList columns;
    for (const relata::ColumnId c : table.primaryKey)
        columns.append(names.column(table, c));
    const QString sql
            = u"SELECT %1 FROM %2 ORDER BY %1"_s.arg(columns.join(u", "_s), names.table(table));
    return detail::readKeys(db, sql, int(columns.size()), error);
}

bool deleteKeys(QSqlDatabase &db, const relata::Schema &schema, const relata::Table &table,
                const QList<Key> &keys, QString *message)
{
    const detail::QuotedNames names(schema, dialectOfConnection(db));
    QStringList parts;
    for (const relata::ColumnId c : table.primaryKey)
        parts.append(names.column(table, c) + u" = ?"_s);
    const QString one = u'(' + parts.join(u" AND "_s) + u')';
    QStringList rows;
    for (qsizetype r = 0; r < keys.size(); ++r)
        rows.append(one);
    const QString sql = u"DELETE FROM %1 WHERE %2"_s.arg(names.table(table), rows.join(u" OR "_s));
    QSqlQuery query(db);
    if (query.prepare(sql)) {
        int bound = 0;
        for (const Key &key : keys) {
            for (const QVariant &v : key)
                query.bindValue(bound++, v);
        }
        if (query.exec())
            return true;
    }
    *message = detail::queryError(query, sql);
    return false;
}

bool deleteAccepted(QSqlDatabase &db, const relata::Schema &schema, const relata::Table &table,
                    const Key &key)
{
    if (!db.transaction())
        return false;
    QString message;
    const bool accepted = deleteKeys(db, schema, table, {key}, &message);
    db.rollback();
    return accepted;
}

bool execSql(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = detail::queryError(query, sql);
    return false;
}

Twins *TwinsCache::get(const QString &name, const relata::Schema &schema, ServerKind kind,
                       QString *error)
{
    const QString key = name + u'/' + serverKindName(kind);
    if (!m_twins || m_key != key) {
        m_twins.reset(); // the old databases go before the new ones are made
        m_twins = createTwins(schema, kind, error);
        m_key = m_twins ? key : QString();
    }
    return m_twins.get();
}

QString inlineOracle(const relata::Schema &schema, Twins &twins, const relata::Table &root,
                     quint64 seed, int rowsPerTable, QStringList *problems, QStringList *summaries,
                     const DeleteRunner &runner)
{
    const relata::Dialect dialect = twins.constrained.dialect();
    const relata::DeletePlan plan = relata::planDelete(schema, root.id);
    const SeedOptions options{refusedForeignKeys(schema, dialect)};
    const QString unprovable = orderDependence(schema, plan, options);
    if (!unprovable.isEmpty())
        return unprovable;
    QString error;
    if (!seedTwins(twins, schema, seed, rowsPerTable, options, &error)) {
        problems->append(error);
        return {};
    }
    const relata::Result<relata::DeleteScript> script
            = relata::inlineDeleteScript(schema, plan, dialect);
    if (!script.ok() || script->statements.isEmpty()) {
        problems->append(
                u"inlineDeleteScript failed for %1: %2"_s.arg(root.name, script.errorString()));
        return {};
    }
    const bool spareFirst
            = std::any_of(options.firstParentOnly.cbegin(), options.firstParentOnly.cend(),
                          [&](const relata::Relation *r) { return r->parentTable == root.id; });
    QSqlDatabase constrained = twins.constrained.connection();
    QSqlDatabase free = twins.free.connection();
    for (int round = 0; round < 3; ++round) {
        const RoundResult result
                = deleteRound(schema, root, script.value(), constrained, free, plan,
                              seed ^ fnv1a(root.name), round, spareFirst, runner);
        for (const QString &problem : result.problems)
            problems->append(u"%1, round %2: %3"_s.arg(root.name).arg(round).arg(problem));
        if (!result.problems.isEmpty() || result.summary.isEmpty())
            break;
        summaries->append(result.summary);
    }
    return {};
}

} // namespace relatatest
