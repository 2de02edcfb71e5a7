#pragma once

#include "ddl.h"
#include "ddlplan.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace relata {

class SqlDialect;

/// Writes the DDL of a planned schema. The base class holds the statement order and the
/// parts every dialect shares (quoting, column lists, defaults, type mapping, indexes,
/// constraints); each dialect overrides the few hooks where its syntax differs: where a
/// comment lives, how a column counts up, whether indexes sit inside CREATE TABLE.
class DdlWriter
{
public:
    Q_DISABLE_COPY_MOVE(DdlWriter)
    virtual ~DdlWriter() = default;

    /// The writer for `dialect`.
    static std::unique_ptr<DdlWriter> create(Dialect dialect);

    /// The whole script, or why it cannot be written (a default that is not one expression).
    Result<QString> write(const Schema &schema, const DdlOptions &options);

protected:
    explicit DdlWriter(const SqlDialect &dialect);

    /// One column definition after the base has put name, type, NOT NULL and DEFAULT.
    struct ColumnText
    {
        QStringList commentLines; ///< SQL comment lines written above the column
        QString definition;       ///< e.g. "`id` bigint NOT NULL AUTO_INCREMENT"
        QString note;             ///< a `--` comment after the column (type mapping loss)
    };

    // Hooks. Statements before the first table (MySQL: SET NAMES).
    virtual QString preamble() const { return QString(); }
    /// The column's type in the target; `note` holds the type mapping's loss, if any.
    virtual QString columnType(const Table &table, const Column &column, const QString &mappedType,
                               QString *note) const;
    /// How the column counts up (" AUTO_INCREMENT", identity...), or empty; `type` is the
    /// one columnType() returned.
    virtual QString identityClause(const Table &table, const Column &column, const QString &type,
                                   QString *note) const = 0;
    /// Adds the column's comment (person's text and relation markers) where the dialect
    /// keeps it; `comment` is empty when there is none.
    virtual void addColumnComment(ColumnText &column, const QString &comment) const = 0;
    /// Whether the primary key is written after the columns (SQLite writes an
    /// autoincrementing key on its column instead).
    virtual bool separatePrimaryKey(const Table &table) const;
    /// Whether indexes are written inside CREATE TABLE (MySQL) rather than after it.
    virtual bool inlineIndexes() const { return false; }
    /// Text between the table name and "(": SQLite keeps a table comment there.
    virtual QString beforeColumns(const Table &table) const;
    /// Text after ")": MySQL's table COMMENT.
    virtual QString tableOptions(const Table &table) const;
    /// Statements after CREATE TABLE and its indexes: PostgreSQL's COMMENT ON.
    virtual QString afterTable(const Table &table,
                               const QList<std::pair<QString, QString>> &columnComments) const;

    // Helpers for the hooks.
    const SqlDialect &dialect() const { return m_dialect; }
    /// A name quoted for the dialect.
    QString quoted(const QString &name) const;
    /// The table's name as the database gets it (DdlPlan::tableNames), quoted.
    QString quotedTable(const Table &table) const;
    /// `text` as `--` lines, one per line of text, each prefixed by `indent`.
    static QString commentLines(const QString &text, const QString &indent = QString());
    Dialect sourceDialect() const { return m_source; }

private:
    static QString checkDefaults(const Schema &schema);
    QString header(const Schema &schema) const;
    QString dropStatements() const;
    QString createTable(const PlannedTable &planned);
    ColumnText columnText(const PlannedTable &planned, const Column &column,
                          QList<std::pair<QString, QString>> *comments) const;
    QStringList constraintLines(const PlannedTable &planned) const;
    QString indexStatements(const PlannedTable &planned) const;
    QString indexLine(const Table &table, const PlannedIndex &index) const;
    QString foreignKeyClause(const PlannedForeignKey &fk) const;
    QString cycleNote(const PlannedTable &planned) const;
    QString renameNote(const Table &table) const;
    QString deferredForeignKeys() const;
    QString refusedForeignKeys() const;
    QString columnList(const Table &table, const QList<ColumnId> &columns) const;

    const SqlDialect &m_dialect;
    const Schema *m_schema = nullptr;
    DdlOptions m_options;
    DdlPlan m_plan;
    Dialect m_source = Dialect::MySql;
};

} // namespace relata
