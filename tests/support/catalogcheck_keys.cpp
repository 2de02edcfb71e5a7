// compareCatalog(): indexes, foreign keys and relation markers.
#include "catalogcheck_p.h"

#include "sql/foreignkeycheck.h"
#include "sql/relationmarker.h"
#include "sql/typemapping.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relatatest::detail {

namespace {

bool startsWith(const QStringList &columns, const QStringList &prefix)
{
    return columns.size() >= prefix.size()
           && std::equal(prefix.cbegin(), prefix.cend(), columns.cbegin());
}

/// Markers as sorted text, so that two lists compare regardless of order.
QStringList markerTexts(const QList<relata::RelationMarker> &markers)
{
    QStringList texts;
    for (const relata::RelationMarker &marker : markers)
        texts.append(relata::formatRelationMarker(marker));
    texts.sort();
    return texts;
}

/// A comment as every target keeps it: `\n` line ends, no trailing blank lines.
QString plainComment(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u' ');
    while (text.endsWith(u'\n') || text.endsWith(u' '))
        text.chop(1);
    return text;
}

} // namespace

void CatalogCheck::checkIndexes(const Table &table, const CatalogTable &loaded)
{
    QList<const CatalogIndex *> unused;
    for (const CatalogIndex &index : loaded.indexes) {
        if (!index.primary)
            unused.append(&index);
    }
    for (const relata::Index &index : table.indexes) {
        const QStringList columns = m_names.columns(table.id, index.columns);
        const QString wanted = m_dialect.legalIdentifier(index.name);
        const bool strict = nameIsUnique(loaded.name, wanted);
        const auto it = std::find_if(unused.begin(), unused.end(), [&](const CatalogIndex *got) {
            return got->columns == columns && got->unique == index.unique
                   && (!strict || got->name == wanted);
        });
        if (it == unused.end()) {
            problem(u"table \"%1\": %2index \"%3\" %4 is missing"_s.arg(
                    loaded.name, index.unique ? u"unique "_s : QString(), wanted,
                    nameList(columns)));
            continue;
        }
        unused.erase(it);
    }
    if (m_options.missingIndexes)
        checkRelationIndexes(table, loaded, unused);
    checkUnusedIndexes(table, unused);
}

void CatalogCheck::checkRelationIndexes(const Table &table, const CatalogTable &loaded,
                                        QList<const CatalogIndex *> &unused)
{
    for (const Relation *r : std::as_const(m_relations)) {
        if (r->childTable != table.id)
            continue;
        const QStringList columns = m_names.columns(table.id, r->childColumns);
        if (!table.isIndexed(r->childColumns)) {
            // The DDL adds one (unless it did for another relation on the same columns).
            const QString wanted = relationIndexWanted(*r);
            const bool strict = nameIsUnique(loaded.name, wanted);
            const auto it
                    = std::find_if(unused.begin(), unused.end(), [&](const CatalogIndex *got) {
                          return got->columns == columns && !got->unique
                                 && (!strict || got->name == wanted);
                      });
            if (it != unused.end())
                unused.erase(it);
        }
        const bool covered = std::any_of(
                loaded.indexes.cbegin(), loaded.indexes.cend(),
                [&](const CatalogIndex &index) { return startsWith(index.columns, columns); });
        if (!covered) {
            problem(u"relation %1: no index starts with %2 (R007)"_s.arg(m_schema.describe(*r),
                                                                         nameList(columns)));
        }
    }
}

void CatalogCheck::checkUnusedIndexes(const Table &table, const QList<const CatalogIndex *> &unused)
{
    const QString tableName = m_names.table(table.id);
    for (const CatalogIndex *index : unused) {
        if (m_target == Dialect::MySql) {
            // MySQL's serial is UNIQUE: the server adds a unique key named after the column.
            const Column *column = index->columns.size() == 1
                                           ? table.columnByName(index->columns.constFirst())
                                           : nullptr;
            const bool serial
                    = column && index->unique && index->name == column->name
                      && relata::SqlType::parse(
                                 relata::mapType(column->type, m_schema.dialect, m_target).text,
                                 m_target)
                                 .impliesUnique;
            // InnoDB adds an index named after a FOREIGN KEY that has none to use.
            const bool forKey
                    = std::any_of(m_catalog.foreignKeys.cbegin(), m_catalog.foreignKeys.cend(),
                                  [&](const CatalogForeignKey &fk) {
                                      return fk.childTable == tableName && fk.name == index->name;
                                  });
            if (serial || forKey)
                continue;
        }
        problem(u"table \"%1\": index \"%2\" %3 was not expected"_s.arg(tableName, index->name,
                                                                        nameList(index->columns)));
    }
}

void CatalogCheck::checkForeignKeys()
{
    QList<CatalogForeignKey> remaining = m_catalog.foreignKeys;
    if (m_options.withConstraints) {
        for (const Relation *r : std::as_const(m_relations)) {
            // The writer leaves out, with a comment, what the server would refuse.
            if (!relata::foreignKeyRefusal(m_schema, *r, m_target).isEmpty())
                continue;
            const QString child = m_names.table(r->childTable);
            const QString parent = m_names.table(r->parentTable);
            const QStringList childColumns = m_names.columns(r->childTable, r->childColumns);
            const QStringList parentColumns = m_names.columns(r->parentTable, r->parentColumns);
            const auto it = std::find_if(
                    remaining.begin(), remaining.end(), [&](const CatalogForeignKey &fk) {
                        return fk.childTable == child && fk.parentTable == parent
                               && fk.childColumns == childColumns
                               && fk.parentColumns == parentColumns;
                    });
            if (it == remaining.end())
                problem(u"relation %1 has no FOREIGN KEY"_s.arg(m_schema.describe(*r)));
            else
                remaining.erase(it);
        }
    }
    for (const CatalogForeignKey &fk : std::as_const(remaining)) {
        problem(u"FOREIGN KEY \"%1\" on \"%2\" %3 → \"%4\" %5 was not expected"_s.arg(
                fk.name, fk.childTable, nameList(fk.childColumns), fk.parentTable,
                nameList(fk.parentColumns)));
    }
}

void CatalogCheck::checkMarkers(const Table &table, const CatalogTable &loaded)
{
    QHash<relata::ColumnId, QList<relata::RelationMarker>> expected;
    for (const Relation *r : std::as_const(m_relations)) {
        if (r->childTable != table.id)
            continue;
        relata::RelationMarker marker;
        if (r->childColumns.size() > 1)
            marker.childColumns = m_names.columns(r->childTable, r->childColumns);
        marker.parentTable = m_names.table(r->parentTable);
        marker.parentColumns = m_names.columns(r->parentTable, r->parentColumns);
        marker.onDelete = r->onDelete;
        marker.onUpdate = r->onUpdate;
        marker.nameOnChild = r->nameOnChild;
        marker.nameOnParent = r->nameOnParent;
        expected[r->childColumns.constFirst()].append(marker);
    }
    for (const Column &column : table.columns) {
        const CatalogColumn *got = loaded.column(m_names.column(table.id, column.id));
        if (!got)
            continue;
        QString rest;
        const QStringList markers = markerTexts(relata::parseRelationMarkers(got->comment, &rest));
        if (markers != markerTexts(expected.value(column.id))) {
            problem(u"column \"%1\".\"%2\": relation markers [%3], expected [%4]"_s.arg(
                    loaded.name, got->name, markers.join(u" | "_s),
                    markerTexts(expected.value(column.id)).join(u" | "_s)));
        }
        QString own;
        relata::parseRelationMarkers(column.comment, &own);
        if (plainComment(rest) != plainComment(own)) {
            problem(u"column \"%1\".\"%2\": comment \"%3\", expected \"%4\""_s.arg(
                    loaded.name, got->name, plainComment(rest), plainComment(own)));
        }
    }
}

} // namespace relatatest::detail
