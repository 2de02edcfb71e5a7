#include "dotexport.h"

#include "exportedrelations.h"

#include "core/naming.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Control characters have no business in a label and some (NUL, form feed) make
/// Graphviz's XML parser reject the whole file.
bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

/// Text inside an HTML-like label: entities for the characters markup uses.
QString htmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else if (c == u'"')
            out += u"&quot;"_s;
        else if (isControl(c))
            out += u' ';
        else
            out += c;
    }
    return out;
}

/// A quoted DOT string. Backslashes are doubled because Graphviz reads `\N`, `\l`… in
/// labels and tooltips as escapes; newlines become the `\n` escape.
QString dotString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += u"\\n"_s;
        else if (isControl(c))
            out += u' ';
        else
            out += c;
    }
    return out + u'"';
}

/// `text` inside a markup element; nothing at all when empty, since Graphviz rejects
/// an empty `<FONT></FONT>` or `<B></B>` as a syntax error.
QString element(const QString &open, const QString &text)
{
    if (text.isEmpty())
        return QString();
    const QString tag = open.section(u' ', 0, 0);
    return u"<%1>%2</%3>"_s.arg(open, text, tag);
}

QString nodeId(int tableIndex)
{
    return u"t%1"_s.arg(tableIndex);
}

QString columnMarks(const Table &table, const Column &column, const QSet<ColumnId> &foreignKeys)
{
    QStringList marks;
    if (table.primaryKey.contains(column.id))
        marks.append(u"PK"_s);
    if (foreignKeys.contains(column.id))
        marks.append(u"FK"_s);
    return marks.join(u' ');
}

QString columnRow(const Table &table, int row, const QSet<ColumnId> &foreignKeys)
{
    const Column &column = table.columns.at(row);
    QString name = htmlText(column.name);
    if (table.primaryKey.contains(column.id))
        name = element(u"B"_s, name);
    QString type = htmlText(column.type.text);
    if (column.nullable)
        type += element(u"FONT COLOR=\"#a3acb9\""_s, u"?"_s);
    const QString marks = columnMarks(table, column, foreignKeys);
    return u"    <TR><TD PORT=\"in%1\" ALIGN=\"LEFT\">%2</TD><TD ALIGN=\"LEFT\">%3</TD>"
           u"<TD PORT=\"out%1\" ALIGN=\"LEFT\">%4</TD></TR>\n"_s.arg(
                   QString::number(row), element(u"FONT COLOR=\"#e09b0f\""_s, marks), name,
                   element(u"FONT COLOR=\"#6b7785\""_s, type));
}

QString tableNode(const Table &table, int index, const QSet<ColumnId> &foreignKeys,
                  const DotOptions &options)
{
    QString node
            = u"  %1 [label=<\n"
              u"<TABLE BORDER=\"1\" COLOR=\"#d5dbe3\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
              u"CELLPADDING=\"4\" BGCOLOR=\"white\">\n"
              u"    <TR><TD COLSPAN=\"3\" BGCOLOR=\"#3f63c9\" ALIGN=\"LEFT\">%2</TD></TR>\n"_s.arg(
                      nodeId(index),
                      element(u"FONT COLOR=\"white\""_s, element(u"B"_s, htmlText(table.name))));
    if (options.columns) {
        for (int row = 0; row < table.columns.size(); ++row)
            node += columnRow(table, row, foreignKeys);
    }
    node += u"</TABLE>>"_s;
    if (!table.comment.isEmpty())
        node += u", tooltip="_s + dotString(table.comment);
    return node + u"];\n"_s;
}

/// `port:compass`, or nothing when the column is unknown or columns are not drawn.
QString port(const QString &prefix, int row, const QString &compass, const DotOptions &options)
{
    if (row < 0 || !options.columns)
        return QString();
    return prefix + QString::number(row) + u':' + compass;
}

QString relationEdge(const Schema &schema, const Relation &relation, const DotOptions &options)
{
    const bool oneToOne = relationKind(schema, relation) == RelationKind::OneToOne;
    QStringList attributes;
    const QString tail = port(u"out"_s, childRow(schema, relation), u"e"_s, options);
    const QString head = port(u"in"_s, parentRow(schema, relation), u"w"_s, options);
    if (!tail.isEmpty())
        attributes.append(u"tailport=\"%1\""_s.arg(tail));
    if (!head.isEmpty())
        attributes.append(u"headport=\"%1\""_s.arg(head));
    attributes.append(u"arrowtail=%1"_s.arg(oneToOne ? u"teeodot"_s : u"crowodot"_s));
    attributes.append(
            u"arrowhead=%1"_s.arg(parentIsOptional(schema, relation) ? u"teeodot"_s : u"teetee"_s));
    if (relation.isUnconfirmed())
        attributes.append(u"style=dashed, color=\"#e8590c\""_s);
    attributes.append(u"tooltip="_s + dotString(schema.describe(relation)));
    return u"  %1 -> %2 [%3];\n"_s.arg(nodeId(schema.tableIndex(relation.childTable)),
                                       nodeId(schema.tableIndex(relation.parentTable)),
                                       attributes.join(u", "_s));
}

} // namespace

Result<QString> generateDot(const Schema &schema, const DotOptions &options)
{
    const QList<const Relation *> relations = exportedRelations(schema, options.unconfirmed);
    const QSet<ColumnId> foreignKeys = foreignKeyColumns(relations);
    QString dot = u"// Drawn from a Relata schema. Render: dot -Tsvg FILE.dot -o FILE.svg\n"
                  u"digraph %1 {\n"
                  u"  graph [rankdir=LR, nodesep=0.5, ranksep=1.2, fontname=\"Helvetica\"];\n"
                  u"  node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n"
                  u"  edge [dir=both, color=\"#7b8794\", arrowsize=0.8];\n"_s.arg(
                          dotString(schema.name));
    const QList<Table> &tables = schema.tables();
    for (int i = 0; i < tables.size(); ++i)
        dot += tableNode(tables.at(i), i, foreignKeys, options);
    for (const Relation *relation : relations)
        dot += relationEdge(schema, *relation, options);
    return dot + u"}\n"_s;
}

} // namespace relata
