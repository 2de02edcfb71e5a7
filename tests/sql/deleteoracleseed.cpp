// insertSeededRows(): deterministic rows that a database with FOREIGN KEY constraints
// accepts, for the delete oracle.
#include "deleteoracle.h"
#include "splitmix64.h"

#include "deleteoracle_p.h"

#include "core/schema.h"
#include "sql/dependencyorder.h"
#include "sql/typemapping.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

/// The same numbers for the same seed on every platform (the benchmarks' generator).
using Random = relata::SplitMix64;

using Row = QList<QVariant>; // by column position

constexpr int kAttempts = 20;
constexpr int kNullChance = 25; ///< percent of nullable child columns left NULL

/// Distinct short text for key `number`, within `length` characters where it can be.
QString keyText(int number, int length)
{
    const QString digits = QString::number(number, 36);
    const QString text = u'k' + digits;
    return length < 0 || text.size() <= length ? text : digits.right(length);
}

QVariant nullOf(relata::TypeFamily family)
{
    switch (family) {
    case relata::TypeFamily::Integer:
        return QVariant(QMetaType::fromType<qlonglong>());
    case relata::TypeFamily::Boolean:
        return QVariant(QMetaType::fromType<bool>());
    case relata::TypeFamily::Binary:
    case relata::TypeFamily::Blob:
        return QVariant(QMetaType::fromType<QByteArray>());
    default:
        break;
    }
    return QVariant(QMetaType::fromType<QString>());
}

class Seeder
{
public:
    Seeder(QSqlDatabase &db, const relata::Schema &schema, relata::Dialect dialect, quint64 seed,
           int rowsPerTable, const SeedOptions &options)
        : m_db(db)
        , m_schema(schema)
        , m_dialect(dialect)
        , m_names(schema, dialect)
        , m_random(seed)
        , m_rowsPerTable(rowsPerTable)
        , m_options(options)
    {}

    bool run(QString *error);

private:
    relata::SqlType targetType(const relata::Column &column) const
    {
        const QString text = relata::mapType(column.type, m_schema.dialect, m_dialect).text;
        return relata::SqlType::parse(text, m_dialect);
    }
    QVariant value(const relata::Column &column, int number, bool key);
    bool fillTable(const relata::Table &table, QString *error);
    bool makeRow(const relata::Table &table, int number, Row *row);
    bool takeParent(const relata::Relation &relation, const relata::Table &table, Row *row,
                    QList<bool> *assigned);
    bool isUnique(const relata::Table &table, const Row &row) const;
    bool closeLoops(QString *error);
    bool closeLoop(const relata::Relation &relation, QString *error);

    QSqlDatabase &m_db;
    const relata::Schema &m_schema;
    relata::Dialect m_dialect;
    detail::QuotedNames m_names;
    Random m_random;
    int m_rowsPerTable;
    const SeedOptions &m_options;
    QList<const relata::Relation *> m_relations;
    QSet<const relata::Relation *> m_loopClosing;
    QHash<relata::TableId, QList<Row>> m_rows;
};

QVariant Seeder::value(const relata::Column &column, int number, bool key)
{
    using F = relata::TypeFamily;
    const relata::SqlType type = targetType(column);
    const int pick = key ? number : m_random.below(100);
    QStringList members = column.type.enumValues;
    if (members.isEmpty())
        members = type.enumValues;
    if (!members.isEmpty())
        return members.at(key ? number % members.size() : m_random.below(int(members.size())));
    if (type.isArray) // a one-element PostgreSQL array literal, of numbers or of text
        return u"{%1}"_s.arg(pick);
    if (type.canonicalName == u"inet"_s || type.canonicalName == u"cidr"_s)
        return u"10.%1.%2.0/24"_s.arg(pick / 256 % 256).arg(pick % 256);
    switch (type.family) {
    case F::Integer:
        return qlonglong(pick);
    case F::Decimal: {
        const int scale = qMax(type.scale, 0);
        const int whole = type.precision > 0 ? qMin(type.precision - scale, 3) : 3;
        const int bound = whole <= 0 ? 1 : (whole == 1 ? 10 : (whole == 2 ? 100 : 1000));
        const int integral = key ? number : m_random.below(bound);
        if (scale == 0)
            return QString::number(integral);
        return u"%1.%2"_s.arg(integral).arg(m_random.below(10) * (scale > 1 ? 10 : 1) % 100,
                                            qMin(scale, 2), 10, QChar(u'0'));
    }
    case F::Float:
        return double(pick) + (key ? 0.0 : 0.25 * m_random.below(4));
    case F::Binary:
    case F::Blob: {
        const int length
                = type.length > 0 ? (type.fixedLength ? type.length : qMin(type.length, 8)) : 8;
        QByteArray bytes(length, '\0');
        quint64 bits = key ? quint64(number) : m_random.next();
        for (int i = length - 1; i >= 0 && bits != 0; --i, bits >>= 8)
            bytes[i] = char(bits & 0xff);
        return bytes;
    }
    case F::Date:
        return u"2024-%1-%2"_s.arg(1 + pick % 12, 2, 10, QChar(u'0'))
                .arg(1 + pick % 28, 2, 10, QChar(u'0'));
    case F::Time:
        return u"%1:%2:00"_s.arg(pick % 24, 2, 10, QChar(u'0')).arg(pick % 60, 2, 10, QChar(u'0'));
    case F::Timestamp:
        return u"2024-%1-%2 %3:%4:00"_s.arg(1 + pick % 12, 2, 10, QChar(u'0'))
                .arg(1 + pick % 28, 2, 10, QChar(u'0'))
                .arg(pick % 24, 2, 10, QChar(u'0'))
                .arg(pick % 60, 2, 10, QChar(u'0'));
    case F::Boolean:
        return key ? number % 2 == 1 : m_random.percent(50);
    case F::Json:
        return u"{}"_s;
    case F::Uuid:
        return u"00000000-0000-4000-8000-%1"_s.arg(key ? quint64(number) : m_random.next() >> 24,
                                                   12, 16, QChar(u'0'));
    case F::String:
    case F::Text:
    case F::Enum:
    case F::Other:
        break;
    }
    return key ? keyText(number, type.length) : keyText(pick, type.length);
}

/// Points the relation's child columns at a seeded parent row (one that agrees with the
/// columns already set), or at nothing where the columns may be NULL.
bool Seeder::takeParent(const relata::Relation &relation, const relata::Table &table, Row *row,
                        QList<bool> *assigned)
{
    const relata::Table &parent = *m_schema.table(relation.parentTable);
    QList<int> childAt;
    QList<int> parentAt;
    bool nullable = true;
    for (qsizetype i = 0; i < relation.childColumns.size(); ++i) {
        childAt.append(table.columnIndex(relation.childColumns.at(i)));
        parentAt.append(parent.columnIndex(relation.parentColumns.at(i)));
        if (!assigned->at(childAt.last()))
            nullable = nullable && table.columns.at(childAt.last()).nullable;
    }
    QList<const Row *> candidates;
    const QList<Row> &parents = m_rows.value(parent.id);
    for (const Row &candidate : parents) {
        bool agrees = true;
        for (qsizetype i = 0; i < childAt.size() && agrees; ++i) {
            const QVariant set = row->at(childAt.at(i));
            agrees = !assigned->at(childAt.at(i)) || set.isNull()
                     || set.toString() == candidate.at(parentAt.at(i)).toString();
        }
        if (agrees)
            candidates.append(&candidate);
        if (m_options.firstParentOnly.contains(&relation))
            break;
    }
    const bool leaveNull = candidates.isEmpty() || (nullable && m_random.percent(kNullChance));
    if (leaveNull && !nullable)
        return false;
    const Row *chosen = leaveNull ? nullptr : candidates.at(m_random.below(int(candidates.size())));
    for (qsizetype i = 0; i < childAt.size(); ++i) {
        const int at = childAt.at(i);
        if (assigned->at(at))
            continue;
        (*row)[at] = chosen ? chosen->at(parentAt.at(i))
                            : nullOf(targetType(table.columns.at(at)).family);
        (*assigned)[at] = true;
    }
    return true;
}

bool Seeder::isUnique(const relata::Table &table, const Row &row) const
{
    QList<QList<relata::ColumnId>> keys;
    if (!table.primaryKey.isEmpty())
        keys.append(table.primaryKey);
    for (const relata::Index &index : table.indexes) {
        if (index.unique)
            keys.append(index.columns);
    }
    const QList<Row> &rows = m_rows.value(table.id);
    for (const QList<relata::ColumnId> &key : std::as_const(keys)) {
        QList<int> at;
        bool hasNull = false;
        for (const relata::ColumnId c : key) {
            at.append(table.columnIndex(c));
            hasNull = hasNull || row.at(at.last()).isNull();
        }
        if (hasNull)
            continue; // NULLs are distinct in a unique index
        for (const Row &other : rows) {
            const bool same = std::all_of(at.cbegin(), at.cend(), [&](int i) {
                return other.at(i).toString() == row.at(i).toString();
            });
            if (same)
                return false;
        }
    }
    return true;
}

bool Seeder::makeRow(const relata::Table &table, int number, Row *row)
{
    row->fill(QVariant(), table.columns.size());
    QList<bool> assigned(table.columns.size(), false);
    for (const relata::Relation *relation : std::as_const(m_relations)) {
        if (relation->childTable != table.id || m_loopClosing.contains(relation))
            continue;
        if (!takeParent(*relation, table, row, &assigned))
            return false;
    }
    for (const relata::Relation *relation : std::as_const(m_loopClosing)) {
        if (relation->childTable != table.id)
            continue;
        for (const relata::ColumnId c : relation->childColumns) {
            const int at = table.columnIndex(c);
            if (!assigned.at(at))
                (*row)[at] = nullOf(targetType(table.columns.at(at)).family);
            assigned[at] = true;
        }
    }
    QSet<relata::ColumnId> keyColumns(table.primaryKey.cbegin(), table.primaryKey.cend());
    for (const relata::Index &index : table.indexes) {
        if (index.unique)
            keyColumns.unite(QSet<relata::ColumnId>(index.columns.cbegin(), index.columns.cend()));
    }
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (assigned.at(i))
            continue;
        const relata::Column &column = table.columns.at(i);
        const bool key = keyColumns.contains(column.id);
        if (!key && column.nullable && m_random.percent(10))
            (*row)[i] = nullOf(targetType(column).family);
        else
            (*row)[i] = value(column, number + 1, key);
    }
    return isUnique(table, *row);
}

bool Seeder::fillTable(const relata::Table &table, QString *error)
{
    QStringList columns;
    QStringList marks;
    for (const relata::Column &column : table.columns) {
        columns.append(m_names.column(table, column.id));
        marks.append(u"?"_s);
    }
    const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            m_names.table(table), columns.join(u", "_s), marks.join(u", "_s));
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        *error = detail::queryError(query, sql);
        return false;
    }
    QList<Row> &rows = m_rows[table.id];
    for (int number = 0; number < m_rowsPerTable; ++number) {
        Row row;
        bool made = false;
        for (int attempt = 0; attempt < kAttempts && !made; ++attempt)
            made = makeRow(table, number, &row);
        if (!made)
            continue; // no parent left to refer to, or every choice collides: a row fewer
        for (qsizetype i = 0; i < row.size(); ++i)
            query.bindValue(int(i), row.at(i));
        if (!query.exec()) {
            *error = u"row %1 of %2: %3"_s.arg(number).arg(table.name,
                                                           detail::queryError(query, sql));
            return false;
        }
        rows.append(row);
    }
    return true;
}

/// Fills in a relation that closes a loop, now that every table has rows: a self-reference
/// points at an earlier row only, so the rows form a forest, never a cycle.
bool Seeder::closeLoop(const relata::Relation &relation, QString *error)
{
    const relata::Table &table = *m_schema.table(relation.childTable);
    const relata::Table &parent = *m_schema.table(relation.parentTable);
    const QList<relata::ColumnId> key = table.primaryKey;
    if (key.isEmpty()) {
        *error = table.name + u": a table that closes a loop needs a primary key to be seeded"_s;
        return false;
    }
    for (const relata::Index &index : table.indexes) {
        for (const relata::ColumnId c : relation.childColumns) {
            if (index.unique && index.columns.contains(c))
                return true; // left NULL rather than risk a duplicate
        }
    }
    QStringList assignments;
    for (const relata::ColumnId c : relation.childColumns)
        assignments.append(m_names.column(table, c) + u" = ?"_s);
    QStringList conditions;
    for (const relata::ColumnId c : key)
        conditions.append(m_names.column(table, c) + u" = ?"_s);
    const QString sql = u"UPDATE %1 SET %2 WHERE %3"_s.arg(
            m_names.table(table), assignments.join(u", "_s), conditions.join(u" AND "_s));
    QList<Row> &rows = m_rows[table.id];
    const QList<Row> parents = m_rows.value(parent.id);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const qsizetype choices = relation.isSelfReference() ? r : parents.size();
        if (choices == 0 || m_random.percent(kNullChance))
            continue;
        const Row &chosen = parents.at(m_random.below(int(choices)));
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            *error = detail::queryError(query, sql);
            return false;
        }
        int bound = 0;
        for (qsizetype i = 0; i < relation.childColumns.size(); ++i) {
            const QVariant v = chosen.at(parent.columnIndex(relation.parentColumns.at(i)));
            rows[r][table.columnIndex(relation.childColumns.at(i))] = v;
            query.bindValue(bound++, v);
        }
        for (const relata::ColumnId c : key)
            query.bindValue(bound++, rows.at(r).at(table.columnIndex(c)));
        if (!query.exec()) {
            *error = detail::queryError(query, sql);
            return false;
        }
    }
    return true;
}

bool Seeder::closeLoops(QString *error)
{
    for (const relata::Relation *relation : std::as_const(m_relations)) {
        if (m_loopClosing.contains(relation) && !closeLoop(*relation, error))
            return false;
    }
    return true;
}

bool Seeder::run(QString *error)
{
    m_relations = relata::DdlPlan::relationsToWrite(m_schema);
    const relata::DependencyOrder order = relata::dependencyOrder(m_schema, m_relations);
    m_loopClosing = QSet<const relata::Relation *>(order.deferred.cbegin(), order.deferred.cend());
    for (const relata::Relation *relation : std::as_const(m_relations)) {
        if (relation->isSelfReference())
            m_loopClosing.insert(relation);
    }
    for (const int position : order.tables) {
        if (!fillTable(m_schema.tables().at(position), error))
            return false;
    }
    return closeLoops(error);
}

} // namespace

bool insertSeededRows(QSqlDatabase &db, const relata::Schema &schema, relata::Dialect dialect,
                      quint64 seed, int rowsPerTable, QString *error, const SeedOptions &options)
{
    return Seeder(db, schema, dialect, seed, rowsPerTable, options).run(error);
}

} // namespace relatatest
