#pragma once

// A line-by-line checker of Mermaid erDiagram text, after Mermaid's own grammar: no
// Mermaid parser is installed, so the export tests check the syntax with this.
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mermaidtest {

using namespace Qt::StringLiterals;

/// The words Mermaid's erDiagram lexer matches before it tries a name, so a bare name
/// must not start with one (the lexer takes the first rule that matches).
inline bool startsWithMermaidKeyword(const QString &name)
{
    static const QStringList keywords{u"erdiagram"_s, u"style"_s,    u"classdef"_s, u"class"_s,
                                      u"subgraph"_s,  u"end"_s,      u"one"_s,      u"only"_s,
                                      u"many"_s,      u"zero"_s,     u"to"_s,       u"optionally"_s,
                                      u"acctitle"_s,  u"accdescr"_s, u"direction"_s};
    for (const QString &keyword : keywords) {
        if (name.toLower().startsWith(keyword))
            return true;
    }
    return false;
}

/// Checks Mermaid erDiagram text against the line grammar of Mermaid's parser
/// (erDiagram.jison): the header, entity blocks, attribute lines, plain entities and
/// relationship lines. Returns the problems, one per line; empty when the text is fine.
class MermaidChecker
{
public:
    QStringList check(const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        if (lines.value(0) != u"erDiagram")
            problem(1, u"the first line is not erDiagram"_s);
        if (!text.endsWith(u'\n'))
            problem(lines.size(), u"no newline at the end"_s);
        for (int i = 1; i < lines.size(); ++i)
            checkLine(i + 1, lines.at(i));
        if (m_inBlock)
            problem(lines.size(), u"entity block not closed"_s);
        return m_problems;
    }

    const QSet<QString> &entities() const { return m_entities; }
    int relationships() const { return m_relationships; }

private:
    static QString namePattern() { return uR"(([A-Za-z_][A-Za-z0-9_-]*|"[^"%\r\n\v\b\\]+"))"_s; }

    void checkLine(int number, const QString &line)
    {
        static const QRegularExpression direction(uR"(direction\s+(TB|BT|RL|LR))"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        if (line.contains(direction))
            problem(number, u"a direction statement hides in the line"_s);
        if (line.contains(u"%%"_s))
            problem(number, u"%% starts a Mermaid comment or directive"_s);
        if (line.isEmpty())
            return;
        if (m_inBlock)
            checkBlockLine(number, line);
        else
            checkStatement(number, line);
    }

    void checkBlockLine(int number, const QString &line)
    {
        static const QRegularExpression attribute(
                uR"(^        ([A-Za-z_][A-Za-z0-9_]*) ([A-Za-z_][A-Za-z0-9_]*)((?: (?:PK|FK|UK)(?:, (?:PK|FK|UK))*)?)( "[^"\r\n]*")?$)"_s);
        if (line == u"    }") {
            m_inBlock = false;
            return;
        }
        const QRegularExpressionMatch match = attribute.match(line);
        if (!match.hasMatch()) {
            problem(number, u"not an attribute: "_s + line);
            return;
        }
        static const QStringList keys{u"PK"_s, u"FK"_s, u"UK"_s};
        if (keys.contains(match.captured(1).toUpper())
            || keys.contains(match.captured(2).toUpper()))
            problem(number, u"a type or name that reads as a key: "_s + line);
    }

    void checkStatement(int number, const QString &line)
    {
        static const QRegularExpression open(u"^    %1 \\{$"_s.arg(namePattern()));
        static const QRegularExpression plain(u"^    %1$"_s.arg(namePattern()));
        static const QRegularExpression relationship(
                uR"(^    %1 (\|o|\|\||\}o|\}\|)(--|\.\.)(o\||\|\||o\{|\|\{) %1 : ("[^"\r\n]*")$)"_s
                        .arg(namePattern()));
        if (const QRegularExpressionMatch m = open.match(line); m.hasMatch()) {
            declare(number, m.captured(1));
            m_inBlock = true;
        } else if (const QRegularExpressionMatch m = plain.match(line); m.hasMatch()) {
            declare(number, m.captured(1));
        } else if (const QRegularExpressionMatch m = relationship.match(line); m.hasMatch()) {
            for (const QString &name : {m.captured(1), m.captured(5)}) {
                checkName(number, name);
                if (!m_entities.contains(unquoted(name)))
                    problem(number, u"relationship to an undeclared entity "_s + name);
            }
            ++m_relationships;
        } else {
            problem(number, u"not a statement: "_s + line);
        }
    }

    void declare(int number, const QString &name)
    {
        checkName(number, name);
        if (m_entities.contains(unquoted(name)))
            problem(number, u"entity declared twice: "_s + name);
        m_entities.insert(unquoted(name));
    }

    void checkName(int number, const QString &name)
    {
        if (!name.startsWith(u'"') && startsWithMermaidKeyword(name))
            problem(number, u"a bare name that starts with a keyword: "_s + name);
    }

    static QString unquoted(const QString &name)
    {
        return name.startsWith(u'"') ? name.mid(1, name.size() - 2) : name;
    }

    void problem(int line, const QString &message)
    {
        m_problems.append(u"line %1: %2"_s.arg(line).arg(message));
    }

    QStringList m_problems;
    QSet<QString> m_entities;
    int m_relationships = 0;
    bool m_inBlock = false;
};

} // namespace mermaidtest
