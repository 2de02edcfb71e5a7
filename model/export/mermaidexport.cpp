#include "mermaidexport.h"

#include "exportedrelations.h"

#include "core/naming.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Gives each name once: the second "a" becomes "a_2", the third "a_3".
class UniqueNames
{
public:
    QString take(const QString &wanted)
    {
        QString name = wanted;
        for (int n = 2; m_taken.contains(name); ++n)
            name = wanted + u'_' + QString::number(n);
        m_taken.insert(name);
        return name;
    }

private:
    QSet<QString> m_taken;
};

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

/// Mermaid's lexer takes the first rule that matches, and these words come before names:
/// an unquoted "classroom" or "tokens" would start with `class` or `to`.
bool startsWithKeyword(const QString &name)
{
    static const QStringList keywords{u"erdiagram"_s, u"style"_s,    u"classdef"_s, u"class"_s,
                                      u"subgraph"_s,  u"end"_s,      u"one"_s,      u"only"_s,
                                      u"many"_s,      u"zero"_s,     u"to"_s,       u"optionally"_s,
                                      u"acctitle"_s,  u"accdescr"_s, u"direction"_s};
    const QString lower = name.toLower();
    return std::any_of(keywords.cbegin(), keywords.cend(),
                       [&](const QString &keyword) { return lower.startsWith(keyword); });
}

/// Text outside entity blocks: a "direction TB" anywhere on a line is read as a
/// direction statement, and "%%" may start a directive.
QString defused(QString text)
{
    static const QRegularExpression direction(u"(direction)\\s+(TB|BT|RL|LR)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(direction, u"\\1_\\2"_s);
    while (text.contains(u"%%"_s))
        text.replace(u"%%"_s, u"%"_s);
    return text;
}

/// A quoted string (comment, label): no double quotes inside, one line.
QString quotedText(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += c == u'"' ? u'\'' : isControl(c) ? u' ' : c;
    return u'"' + defused(out) + u'"';
}

/// `[A-Za-z0-9_]` kept, every run of other characters one `_` between the kept parts:
/// "varchar(255)" → "varchar_255", "[id]" → "id". Empty when nothing is left.
QString word(const QString &text)
{
    QString out;
    bool separate = false;
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_')) {
            if (separate && !out.isEmpty())
                out += u'_';
            out += c;
            separate = false;
        } else {
            separate = true;
        }
    }
    if (!out.isEmpty() && out.at(0).isDigit())
        out.prepend(u'_');
    return out;
}

/// A name Mermaid reads as one entity without quotes.
bool isBareName(const QString &name)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_-]*$"_s);
    return plain.match(name).hasMatch() && !startsWithKeyword(name);
}

QString entityName(const QString &name)
{
    if (isBareName(name))
        return name;
    QString quoted;
    for (const QChar c : name) {
        if (c == u'"')
            quoted += u'\'';
        else if (c == u'\\')
            quoted += u'/';
        else if (c == u'%')
            quoted += u'_';
        else
            quoted += isControl(c) ? u' ' : c;
    }
    return defused(quoted);
}

/// The names to write, in model order: unquoted where Mermaid takes the name as it is.
QStringList entityNames(const Schema &schema)
{
    UniqueNames unique;
    QStringList names;
    for (int i = 0; i < schema.tables().size(); ++i) {
        QString name = entityName(schema.tables().at(i).name);
        if (name.trimmed().isEmpty())
            name = u"table_%1"_s.arg(i + 1);
        name = unique.take(name);
        names.append(isBareName(name) ? name : u'"' + name + u'"');
    }
    return names;
}

QString attributeType(const SqlType &type)
{
    QString text = type.text;
    text.replace(u"[]"_s, u" array"_s);
    const QString result = word(text);
    return result.isEmpty() ? u"unknown"_s : result;
}

/// Attribute names must not be read as a key (`PK`, `FK`, `UK`).
QString attributeName(const QString &name, int row)
{
    QString result = word(name);
    const bool readable = std::any_of(result.cbegin(), result.cend(),
                                      [](QChar c) { return c.isLetterOrNumber(); });
    if (!readable)
        result = u"column_%1"_s.arg(row + 1);
    const QString upper = result.toUpper();
    if (upper == u"PK"_s || upper == u"FK"_s || upper == u"UK"_s)
        result += u'_';
    return result;
}

QString attributeLine(const Table &table, int row, const QString &name,
                      const QSet<ColumnId> &foreignKeys)
{
    const Column &column = table.columns.at(row);
    QString line = u"        %1 %2"_s.arg(attributeType(column.type), name);
    QStringList keys;
    if (table.primaryKey.contains(column.id))
        keys.append(u"PK"_s);
    if (foreignKeys.contains(column.id))
        keys.append(u"FK"_s);
    if (!keys.isEmpty())
        line += u' ' + keys.join(u", "_s);
    QStringList comment;
    if (name != column.name && !column.name.isEmpty())
        comment.append(column.name);
    if (!column.comment.isEmpty())
        comment.append(column.comment);
    if (!comment.isEmpty())
        line += u' ' + quotedText(comment.join(u" — "_s));
    return line + u'\n';
}

QString entityBlock(const Table &table, const QString &name, const QSet<ColumnId> &foreignKeys)
{
    if (table.columns.isEmpty())
        return u"    %1 {\n    }\n"_s.arg(name);
    QString block = u"    %1 {\n"_s.arg(name);
    UniqueNames unique;
    for (int row = 0; row < table.columns.size(); ++row) {
        const QString attribute = unique.take(attributeName(table.columns.at(row).name, row));
        block += attributeLine(table, row, attribute, foreignKeys);
    }
    return block + u"    }\n"_s;
}

/// Child first, so the line reads "child … parent : name on child / name on parent".
QString relationshipLine(const Schema &schema, const Relation &relation, const QStringList &names)
{
    const bool oneToOne = relationKind(schema, relation) == RelationKind::OneToOne;
    const QString childEnd = oneToOne ? u"|o"_s : u"}o"_s;
    const QString line = relation.isUnconfirmed() ? u".."_s : u"--"_s;
    const QString parentEnd = parentIsOptional(schema, relation) ? u"o|"_s : u"||"_s;
    const QString label = effectiveNameOnChild(schema, relation) + u" / "_s
                          + effectiveNameOnParent(schema, relation);
    return u"    %1 %2%3%4 %5 : %6\n"_s.arg(
            names.at(schema.tableIndex(relation.childTable)), childEnd, line, parentEnd,
            names.at(schema.tableIndex(relation.parentTable)), quotedText(label));
}

} // namespace

Result<QString> generateMermaid(const Schema &schema, const MermaidOptions &options)
{
    const QList<const Relation *> relations = exportedRelations(schema, options.unconfirmed);
    const QSet<ColumnId> foreignKeys = foreignKeyColumns(relations);
    const QStringList names = entityNames(schema);
    QString text = u"erDiagram\n"_s;
    for (int i = 0; i < schema.tables().size(); ++i) {
        const Table &table = schema.tables().at(i);
        text += options.attributes ? entityBlock(table, names.at(i), foreignKeys)
                                   : u"    %1\n"_s.arg(names.at(i));
    }
    for (const Relation *relation : relations)
        text += relationshipLine(schema, *relation, names);
    return text;
}

} // namespace relata
