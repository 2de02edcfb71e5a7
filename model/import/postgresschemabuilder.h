#pragma once

#include "schemaimporter.h"
#include "sql/relationmarker.h"

#include <QHash>
#include <QList>
#include <QString>

class QSqlQuery;

namespace relata {

/// Turns the rows of the pg_catalog queries (postgrescatalog.h) into a Schema. Rows are
/// fed in query order (tables, then columns, indexes, constraints); finish() orders the
/// tables by name and resolves the relations, which refer to tables by oid or by name.
///
/// With several schemas, every table is named `schema.table`, so that equal names in two
/// schemas stay apart; with one schema the names are plain.
class PostgresSchemaBuilder
{
public:
    PostgresSchemaBuilder(const QString &database, bool qualifiedNames);

    void addTable(const QSqlQuery &row);
    /// False with `*error` when the row names a table that was not listed (the catalog
    /// changed between queries, which the repeatable-read transaction rules out).
    bool addColumn(const QSqlQuery &row, QString *error);
    bool addIndex(const QSqlQuery &row, QString *error);
    bool addConstraint(const QSqlQuery &row, QString *error);

    /// The schema, with constraint relations first and then the relations read from
    /// Relata's comment markers; `summary` gets the counts and what was not modelled.
    Schema finish(ImportSummary *summary);

private:
    struct PendingTable
    {
        quint32 oid = 0;
        QString schemaName;
        Table table;
        QHash<int, ColumnId> columnsByAttnum;
    };
    struct PendingMarker
    {
        quint32 tableOid = 0;
        ColumnId column;
        RelationMarker marker;
    };
    struct PendingForeignKey
    {
        QString name;
        quint32 childOid = 0;
        quint32 parentOid = 0;
        QString parentName; ///< schema.table, for the message when it is not imported
        QList<int> childAttnums;
        QList<int> parentAttnums;
        QChar onDelete;
        QChar onUpdate;
    };

    PendingTable *pendingTable(quint32 oid, QString *error);
    bool columnIds(const PendingTable &table, const QList<int> &attnums, QList<ColumnId> *ids,
                   QString *error) const;
    void addTablesToSchema();
    void addForeignKeyRelation(const PendingForeignKey &fk);
    ReferentialAction action(QChar code, const QString &what, const QString &fkName,
                             const QString &table);
    void addMarkerRelation(const PendingMarker &pending);
    const Table *markerParent(const QString &name, const QString &childSchema) const;

    Schema m_schema;
    bool m_qualified = false;
    QList<PendingTable> m_tables;
    QHash<quint32, int> m_tableIndex;
    QHash<quint32, TableId> m_tableIds; ///< filled by addTablesToSchema()
    QHash<quint32, QString> m_schemaOf;
    QList<PendingForeignKey> m_foreignKeys;
    QList<PendingMarker> m_markers;
    ImportSummary m_summary;
};

} // namespace relata
