#include "ddlwriter.h"

#include "ddldefault.h"
#include "mysqlddlwriter.h"
#include "postgresqlddlwriter.h"
#include "relationmarker.h"
#include "sqldialect.h"
#include "sqliteddlwriter.h"
#include "typemapping.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const QString kIndent = u"  "_s;

QString referentialClause(const QString &event, ReferentialAction action)
{
    if (action == ReferentialAction::NoAction)
        return QString();
    return u" ON "_s + event + u' ' + referentialActionName(action).toUpper();
}

/// The person's comment without markers left over from an earlier export, then the markers
/// this column carries.
QString columnComment(const Column &column,
                      const QList<std::pair<ColumnId, RelationMarker>> &markers)
{
    QString text;
    if (column.comment.contains(u"relata:"_s, Qt::CaseInsensitive))
        parseRelationMarkers(column.comment, &text);
    else
        text = column.comment;
    for (const auto &[id, marker] : markers) {
        if (id != column.id)
            continue;
        if (!text.isEmpty())
            text += u'\n';
        text += formatRelationMarker(marker);
    }
    return text;
}

/// One line of text for a `--` comment: line breaks become spaces.
QString oneLine(const QString &text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    static const QRegularExpression breaks(u"[\\r\\n]+"_s);
    return QString(text).replace(breaks, u" "_s);
}

} // namespace

DdlWriter::DdlWriter(const SqlDialect &dialect)
    : m_dialect(dialect)
{}

std::unique_ptr<DdlWriter> DdlWriter::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::MySql:
        return std::make_unique<MySqlDdlWriter>();
    case Dialect::PostgreSql:
        return std::make_unique<PostgreSqlDdlWriter>();
    case Dialect::Sqlite:
        return std::make_unique<SqliteDdlWriter>();
    }
    Q_UNREACHABLE();
    return nullptr;
}

Result<QString> DdlWriter::write(const Schema &schema, const DdlOptions &options)
{
    if (const QString problem = checkDefaults(schema); !problem.isEmpty())
        return Result<QString>::failure(problem);
    m_schema = &schema;
    m_options = options;
    m_source = schema.dialect;
    m_plan = DdlPlan::build(schema, options, m_dialect);
    QString out;
    out.reserve(1024 + schema.tables().size() * 1024); // avoids reallocating a large text
    out += header(schema);
    const QString start = preamble();
    out += start.isEmpty() ? QString() : u'\n' + start;
    if (options.dropFirst)
        out += dropStatements();
    for (const PlannedTable &planned : std::as_const(m_plan.tables)) {
        out += u'\n';
        out += createTable(planned);
    }
    out += deferredForeignKeys();
    out += refusedForeignKeys();
    m_schema = nullptr;
    return out;
}

QString DdlWriter::checkDefaults(const Schema &schema)
{
    for (const Table &table : schema.tables()) {
        for (const Column &column : table.columns) {
            if (column.defaultValue && !isOneExpression(*column.defaultValue, schema.dialect))
                return u"%1.%2: the default %3 is not one SQL expression (a ';', a comment, a "
                       u"backslash or an open quote or parenthesis outside a string); fix it "
                       u"in the model"_s.arg(table.name, column.name, *column.defaultValue);
        }
    }
    return QString();
}

QString DdlWriter::quoted(const QString &name) const
{
    return m_dialect.quoteIdentifier(name);
}

QString DdlWriter::quotedTable(const Table &table) const
{
    return quoted(m_plan.tableName(table));
}

QString DdlWriter::commentLines(const QString &text, const QString &indent)
{
    QString out;
    const QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (const QString &line : lines) {
        const QString clean = QString(line).replace(u'\r', u' ');
        out += indent + (clean.isEmpty() ? u"--"_s : u"-- "_s + clean) + u'\n';
    }
    return out;
}

QString DdlWriter::header(const Schema &schema) const
{
    QString text = u"%1 DDL for the schema \"%2\", written by Relata.\n"_s.arg(
            m_dialect.displayName(), schema.name);
    if (m_options.withConstraints)
        text += u"Relations are FOREIGN KEY constraints."_s;
    else
        text += u"No FOREIGN KEY constraints: the application carries out the relations."_s;
    if (m_options.relationComments)
        text += u"\nEach relation is recorded in a \"relata:\" comment on its first child "
                u"column,\nwhich an import reads back (docs/ddl.md)."_s;
    return commentLines(text);
}

QString DdlWriter::dropStatements() const
{
    QString out = u"\n"_s;
    for (auto it = m_plan.tables.crbegin(); it != m_plan.tables.crend(); ++it)
        out += u"DROP TABLE IF EXISTS "_s + quotedTable(*it->table) + u";\n"_s;
    return out;
}

QString DdlWriter::createTable(const PlannedTable &planned)
{
    const Table &table = *planned.table;
    QString out;
    out.reserve(2048);
    out += cycleNote(planned);
    out += renameNote(table);
    out += u"CREATE TABLE "_s + (m_options.ifNotExists ? u"IF NOT EXISTS "_s : QString())
           + quotedTable(table) + beforeColumns(table);
    out += (out.endsWith(u'\n') ? u"(\n"_s : u" (\n"_s);
    QList<std::pair<QString, QString>> comments;
    QList<ColumnText> items;
    items.reserve(table.columns.size() + table.indexes.size() + 4);
    for (const Column &column : table.columns)
        items.append(columnText(planned, column, &comments));
    for (const QString &line : constraintLines(planned))
        items.append({{}, line, {}});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ColumnText &item = items.at(i);
        for (const QString &line : item.commentLines)
            out.append(kIndent).append(line).append(u'\n');
        out.append(kIndent).append(item.definition);
        if (i + 1 < items.size())
            out.append(u',');
        if (!item.note.isEmpty())
            out.append(u" -- "_s).append(oneLine(item.note));
        out.append(u'\n');
    }
    out += u')' + tableOptions(table) + u";\n"_s;
    out += indexStatements(planned);
    out += afterTable(table, comments);
    return out;
}

DdlWriter::ColumnText DdlWriter::columnText(const PlannedTable &planned, const Column &column,
                                            QList<std::pair<QString, QString>> *comments) const
{
    const Table &table = *planned.table;
    const MappedType mapped = mapType(column.type, m_source, m_dialect.dialect());
    ColumnText text;
    text.note = mapped.loss;
    const QString type = columnType(table, column, mapped.text, &text.note);
    const QString name = m_plan.columnName(table, column);
    text.definition = quoted(name) + u' ' + type;
    if (!column.nullable)
        text.definition += u" NOT NULL"_s;
    const QString identity = identityClause(table, column, type, &text.note);
    if (column.defaultValue && identity.isEmpty())
        text.definition += u" DEFAULT "_s + defaultExpression(column, m_source, m_dialect);
    text.definition += identity;
    const QString comment = columnComment(column, planned.markers);
    if (!comment.isEmpty()) {
        addColumnComment(text, comment);
        comments->append({name, comment});
    }
    return text;
}

QString DdlWriter::columnType(const Table &, const Column &, const QString &mappedType,
                              QString *) const
{
    return mappedType;
}

bool DdlWriter::separatePrimaryKey(const Table &table) const
{
    return !table.primaryKey.isEmpty();
}

QString DdlWriter::beforeColumns(const Table &) const
{
    return QString();
}

QString DdlWriter::tableOptions(const Table &) const
{
    return QString();
}

QString DdlWriter::afterTable(const Table &, const QList<std::pair<QString, QString>> &) const
{
    return QString();
}

QStringList DdlWriter::constraintLines(const PlannedTable &planned) const
{
    const Table &table = *planned.table;
    QStringList lines;
    if (separatePrimaryKey(table))
        lines.append(u"PRIMARY KEY "_s + columnList(table, table.primaryKey));
    if (inlineIndexes()) {
        for (const PlannedIndex &index : planned.indexes)
            lines.append(indexLine(table, index));
    }
    for (const PlannedForeignKey &fk : planned.foreignKeys)
        lines.append(foreignKeyClause(fk));
    return lines;
}

QString DdlWriter::indexLine(const Table &table, const PlannedIndex &index) const
{
    return (index.unique ? u"UNIQUE KEY "_s : u"KEY "_s) + quoted(index.name) + u' '
           + columnList(table, index.columns);
}

QString DdlWriter::indexStatements(const PlannedTable &planned) const
{
    const Table &table = *planned.table;
    QString out;
    for (const PlannedIndex &index : planned.indexes) {
        if (!index.renamedFrom.isEmpty())
            out += commentLines(u"Index \"%1\" is called \"%2\" here: the name is taken."_s.arg(
                    oneLine(index.renamedFrom), oneLine(index.name)));
        if (inlineIndexes())
            continue;
        out += u"CREATE "_s + (index.unique ? u"UNIQUE "_s : QString()) + u"INDEX "_s
               + (m_options.ifNotExists ? u"IF NOT EXISTS "_s : QString()) + quoted(index.name)
               + u" ON "_s + quotedTable(table) + u' ' + columnList(table, index.columns)
               + u";\n"_s;
    }
    return out;
}

QString DdlWriter::foreignKeyClause(const PlannedForeignKey &fk) const
{
    const Relation &r = *fk.relation;
    const Table &child = *m_schema->table(r.childTable);
    const Table &parent = *m_schema->table(r.parentTable);
    return u"CONSTRAINT "_s + quoted(fk.name) + u" FOREIGN KEY "_s
           + columnList(child, r.childColumns) + u" REFERENCES "_s + quotedTable(parent) + u' '
           + columnList(parent, r.parentColumns) + referentialClause(u"DELETE"_s, r.onDelete)
           + referentialClause(u"UPDATE"_s, r.onUpdate);
}

QString DdlWriter::cycleNote(const PlannedTable &planned) const
{
    QString text;
    for (const Relation *r : planned.deferredParents) {
        text += u"Loop broken here: %1 refers to \"%2\", which is created later.\n"_s.arg(
                oneLine(m_schema->describe(*r)), oneLine(m_schema->table(r->parentTable)->name));
    }
    if (text.isEmpty())
        return text;
    if (m_options.withConstraints && m_dialect.dialect() != Dialect::Sqlite)
        text += u"Its FOREIGN KEY is added at the end, once both tables exist.\n"_s;
    text.chop(1);
    return commentLines(text);
}

QString DdlWriter::renameNote(const Table &table) const
{
    if (m_plan.renamedTables.isEmpty() && m_plan.renamedColumns.isEmpty())
        return QString();
    QList<std::pair<QString, QString>> names{{table.name, m_plan.tableName(table)}};
    for (const Column &column : table.columns)
        names.append({column.name, m_plan.columnName(table, column)});
    QString text;
    for (const auto &[name, legal] : std::as_const(names)) {
        if (legal != name)
            text += u"The name \"%1\" is written \"%2\": %3 would not accept it as it is.\n"_s.arg(
                    oneLine(name), oneLine(legal), m_dialect.displayName());
    }
    text.chop(1);
    return text.isEmpty() ? text : commentLines(text);
}

QString DdlWriter::deferredForeignKeys() const
{
    if (m_plan.deferredForeignKeys.isEmpty())
        return QString();
    QString out
            = u"\n"_s
              + commentLines(u"Foreign keys that close a loop, added once every table exists."_s);
    for (const PlannedForeignKey &fk : m_plan.deferredForeignKeys) {
        const Table &child = *m_schema->table(fk.relation->childTable);
        out += u"ALTER TABLE "_s + quotedTable(child) + u" ADD "_s + foreignKeyClause(fk)
               + u";\n"_s;
    }
    return out;
}

QString DdlWriter::refusedForeignKeys() const
{
    if (m_plan.refusedForeignKeys.isEmpty())
        return QString();
    QString text = u"No FOREIGN KEY for these relations: %1 would refuse it.\n"_s.arg(
            m_dialect.displayName());
    for (const auto &[relation, reason] : m_plan.refusedForeignKeys)
        text += u"- %1: %2\n"_s.arg(oneLine(m_schema->describe(*relation)), oneLine(reason));
    text += u"Fix the relation first (relata-cli validate: R004, R005)."_s;
    return u"\n"_s + commentLines(text);
}

QString DdlWriter::columnList(const Table &table, const QList<ColumnId> &columns) const
{
    QStringList names;
    names.reserve(columns.size());
    for (const QString &name : m_plan.columnNamesOf(table, columns))
        names.append(quoted(name));
    return u'(' + names.join(u", "_s) + u')';
}

} // namespace relata
