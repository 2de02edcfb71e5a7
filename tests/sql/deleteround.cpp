#include "deleteround.h"

#include "deleteoracle_p.h"

#include "core/schema.h"
#include "sql/typemapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

using Key = QList<QVariant>;

QString keyText(const Key &key)
{
    QStringList parts;
    for (const QVariant &v : key)
        parts.append(v.toString());
    return parts.size() == 1 ? parts.constFirst() : u'(' + parts.join(u", "_s) + u')';
}

/// The root's keys in key order; `unprotected` keeps only rows no child of a restrict or
/// no action relation refers to directly.
std::optional<QList<Key>> rootKeys(QSqlDatabase &db, const relata::Schema &schema,
                                   const relata::Table &root, const relata::DeletePlan &plan,
                                   bool unprotected, QString *error)
{
    const detail::QuotedNames names(schema, dialectOfConnection(db));
    QStringList columns;
    for (const relata::ColumnId c : root.primaryKey)
        columns.append(u"r."_s + names.column(root, c));
    QStringList conditions;
    for (const relata::Relation *relation : plan.checks) {
        if (!unprotected || relation->parentTable != root.id)
            continue;
        const relata::Table &child = *schema.table(relation->childTable);
        QStringList joins;
        for (qsizetype i = 0; i < relation->childColumns.size(); ++i)
            joins.append(u"c.%1 = r.%2"_s.arg(names.column(child, relation->childColumns.at(i)),
                                              names.column(root, relation->parentColumns.at(i))));
        conditions.append(u"NOT EXISTS (SELECT 1 FROM %1 c WHERE %2)"_s.arg(
                names.table(child), joins.join(u" AND "_s)));
    }
    const QString sql = u"SELECT %1 FROM %2 r%3 ORDER BY %1"_s.arg(
            columns.join(u", "_s), names.table(root),
            conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s));
    return detail::readKeys(db, sql, int(columns.size()), error);
}

/// The `:ids` parameter: one value per row, or one array per row for a composite key.
QString idsJson(const relata::Schema &schema, const relata::Table &root, relata::Dialect dialect,
                const QList<Key> &keys)
{
    QJsonArray rows;
    for (const Key &key : keys) {
        QJsonArray values;
        for (qsizetype i = 0; i < key.size(); ++i) {
            const relata::Column &column = *root.column(root.primaryKey.at(i));
            const auto family
                    = relata::SqlType::parse(
                              relata::mapType(column.type, schema.dialect, dialect).text, dialect)
                              .family;
            if (family == relata::TypeFamily::Integer)
                values.append(key.at(i).toLongLong());
            else if (family == relata::TypeFamily::Decimal || family == relata::TypeFamily::Float)
                values.append(key.at(i).toDouble());
            else if (family == relata::TypeFamily::Boolean)
                values.append(key.at(i).toBool());
            else
                values.append(key.at(i).toString());
        }
        if (values.size() == 1)
            rows.append(values.at(0));
        else
            rows.append(values);
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

/// The database's own delete: one statement, its ON DELETE actions doing the rest. False
/// when the database refuses; `message` then holds its words.
bool databaseDelete(QSqlDatabase &db, const relata::Schema &schema, const relata::Table &root,
                    const QList<Key> &keys, QString *message)
{
    const detail::QuotedNames names(schema, dialectOfConnection(db));
    QStringList rows;
    for (qsizetype r = 0; r < keys.size(); ++r) {
        QStringList parts;
        for (const relata::ColumnId c : root.primaryKey)
            parts.append(names.column(root, c) + u" = ?"_s);
        rows.append(u'(' + parts.join(u" AND "_s) + u')');
    }
    const QString sql = u"DELETE FROM %1 WHERE %2"_s.arg(names.table(root), rows.join(u" OR "_s));
    QSqlQuery query(db);
    int bound = 0;
    if (query.prepare(sql)) {
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

/// Runs the script's Finish statements once more and returns those that succeeded: the
/// working tables a rolled-back run left behind (MySQL keeps temporary tables through a
/// ROLLBACK; PostgreSQL and SQLite drop them with it).
QStringList dropLeftovers(QSqlDatabase &db, const relata::DeleteScript &script)
{
    QStringList dropped;
    for (const relata::DeleteStatement &statement : script.statements) {
        QSqlQuery query(db);
        if (statement.role == relata::DeleteStatement::Role::Finish && query.exec(statement.sql))
            dropped.append(statement.sql);
    }
    return dropped;
}

QString outcomeName(bool refused)
{
    return refused ? u"refused"_s : u"deleted"_s;
}

} // namespace

RoundResult deleteRound(const relata::Schema &schema, const relata::Table &root,
                        const relata::DeleteScript &script, QSqlDatabase &constrained,
                        QSqlDatabase &free, const relata::DeletePlan &plan, quint64 seed, int round,
                        bool spareFirst, const DeleteRunner &runner)
{
    RoundResult result;
    QString error;
    std::optional<QList<Key>> all = rootKeys(constrained, schema, root, plan, false, &error);
    std::optional<QList<Key>> open = rootKeys(constrained, schema, root, plan, true, &error);
    if (!all || !open) {
        result.problems.append(error);
        return result;
    }
    if (spareFirst && !all->isEmpty()) {
        open->removeAll(all->constFirst());
        all->removeFirst();
    }
    const QList<Key> &candidates = round == 1 && !open->isEmpty() ? *open : *all;
    if (candidates.isEmpty())
        return result;
    QRandomGenerator random(quint32(seed) + quint32(round));
    QList<Key> chosen;
    const int wanted = qMin(round == 2 ? 1 : 2, int(candidates.size()));
    while (chosen.size() < wanted) {
        const Key &key = candidates.at(random.bounded(int(candidates.size())));
        if (!chosen.contains(key))
            chosen.append(key);
    }
    QStringList shown;
    for (const Key &key : std::as_const(chosen))
        shown.append(keyText(key));

    const std::optional<TableDump> before = dumpTables(constrained, schema, &error);
    if (!before) {
        result.problems.append(error);
        return result;
    }
    QString refusal;
    const bool databaseRefused = !databaseDelete(constrained, schema, root, chosen, &refusal);
    const relata::Dialect dialect = dialectOfConnection(free);
    const QString ids = idsJson(schema, root, dialect, chosen);
    const DeleteRun run = runner ? runner(free, ids) : runDeleteScript(free, script, ids, &error);
    error = run.error;
    if (run.outcome == DeleteRun::Outcome::Failed) {
        dropLeftovers(free, script); // so that the next test row starts clean
        result.problems.append(u"Relata's script failed for :ids = %1: %2"_s.arg(ids, error));
        return result;
    }
    const bool relataRefused = run.outcome == DeleteRun::Outcome::Refused;
    if (relataRefused) {
        const QStringList left = dropLeftovers(free, script);
        if (!left.isEmpty())
            result.problems.append(
                    u"after the refusal was rolled back, %1 working tables were still there, "
                    "so the next delete on this connection fails: %2"_s.arg(left.size())
                            .arg(left.join(u"; "_s)));
    }
    const std::optional<TableDump> database = dumpTables(constrained, schema, &error);
    const std::optional<TableDump> relata = dumpTables(free, schema, &error);
    if (!database || !relata) {
        result.problems.append(error);
        return result;
    }
    if (databaseRefused != relataRefused) {
        result.problems.append(u"%1 rows %2: the database %3%4, Relata %5%6"_s.arg(
                root.name, shown.join(u", "_s), outcomeName(databaseRefused),
                databaseRefused ? u" ("_s + refusal + u')' : QString(), outcomeName(relataRefused),
                relataRefused ? u" ("_s + run.refusedBy + u')' : QString()));
    }
    if (databaseRefused)
        result.problems += compareDumps(*before, *database, u"before"_s, u"the database"_s);
    if (relataRefused)
        result.problems += compareDumps(*before, *relata, u"before"_s, u"Relata"_s);
    result.problems += compareDumps(*database, *relata, u"the database"_s, u"Relata"_s);
    qsizetype removed = 0;
    for (auto it = before->cbegin(); it != before->cend(); ++it)
        removed += it->size() - database->value(it.key()).size();
    result.summary = u"%1 %2 %3, %4 rows gone, %5 statements%6"_s
                             .arg(root.name, shown.join(u", "_s), outcomeName(databaseRefused))
                             .arg(removed)
                             .arg(run.statements)
                             .arg(relataRefused ? u" ("_s + run.refusedBy + u')' : QString());
    return result;
}

QSet<const relata::Relation *> refusedForeignKeys(const relata::Schema &schema,
                                                  relata::Dialect dialect)
{
    relata::DdlOptions options;
    options.dialect = dialect;
    options.withConstraints = true;
    const relata::DdlPlan plan
            = relata::DdlPlan::build(schema, options, relata::SqlDialect::get(dialect));
    QSet<const relata::Relation *> refused;
    for (const auto &[relation, why] : plan.refusedForeignKeys)
        refused.insert(relation);
    return refused;
}

QString orderDependence(const relata::Schema &schema, const relata::DeletePlan &plan,
                        const SeedOptions &options)
{
    for (const relata::Relation *relation : plan.checks) {
        if (plan.removes(relation->childTable))
            return u"%1 restricts, and the delete also cascades into %2: the database's "
                   "answer depends on the order its engine visits rows in"_s.arg(
                           schema.describe(*relation), schema.table(relation->childTable)->name);
    }
    for (const relata::Relation *relation : options.firstParentOnly) {
        if (relation->parentTable != plan.root && plan.removes(relation->parentTable))
            return u"the database has no FOREIGN KEY for %1 (it refuses one), and the delete "
                   "reaches its parent through a cascade"_s.arg(schema.describe(*relation));
    }
    return {};
}

} // namespace relatatest
