#include "findinglocator.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Deeper than any path the locator follows; the reader refuses deeper files anyway, and
/// the limit keeps hostile text from growing the stack without bound.
constexpr qsizetype kMaxDepth = 1024;

/// A single pass over JSON text that reports the members the locator needs, with lines.
/// It assumes well-formed JSON only as far as it needs to: on anything unexpected it stops.
class JsonLineScanner
{
public:
    JsonLineScanner(const QString &text, QList<FindingLocator::TableEntry> &tables,
                    QList<FindingLocator::RelationEntry> &relations)
        : m_text(text)
        , m_tables(tables)
        , m_relations(relations)
    {}

    void run()
    {
        while (skipWhitespace() && step()) {
        }
    }

private:
    using RelationEntry = FindingLocator::RelationEntry;

    struct Frame
    {
        bool object = false;
        QString key;         ///< objects: the member being read
        qsizetype index = 0; ///< arrays: elements started so far
    };

    bool skipWhitespace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\n')
                ++m_line;
            else if (c != u' ' && c != u'\t' && c != u'\r')
                return true;
            ++m_pos;
        }
        return false;
    }

    bool step()
    {
        const QChar c = m_text.at(m_pos);
        if (c == u'{' || c == u'[') {
            startValue();
            if (m_stack.size() >= kMaxDepth)
                return false;
            m_stack.append(Frame{c == u'{', QString(), 0});
            m_expectKey = c == u'{';
            ++m_pos;
            return true;
        }
        if (c == u'}' || c == u']') {
            if (m_stack.isEmpty() || m_stack.last().object != (c == u'}'))
                return false;
            m_stack.removeLast();
            m_expectKey = false;
            ++m_pos;
            return true;
        }
        if (c == u',') {
            m_expectKey = !m_stack.isEmpty() && m_stack.last().object;
            ++m_pos;
            return true;
        }
        if (c == u':') {
            ++m_pos;
            return true;
        }
        if (c == u'"')
            return readString();
        startValue();
        while (m_pos < m_text.size() && !u",:[]{}\" \t\r\n"_s.contains(m_text.at(m_pos)))
            ++m_pos;
        return true;
    }

    bool readString()
    {
        const int line = m_line;
        std::optional<QString> text = takeString();
        if (!text)
            return false;
        if (!m_stack.isEmpty() && m_stack.last().object && m_expectKey) {
            m_stack.last().key = *text;
            m_expectKey = false;
            return true;
        }
        startValue();
        stringValue(*text, line);
        return true;
    }

    /// The string at m_pos (its opening quote), unescaped; std::nullopt when unterminated.
    std::optional<QString> takeString()
    {
        QString out;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                return out;
            }
            if (c == u'\n')
                ++m_line;
            if (c != u'\\') {
                out.append(c);
                continue;
            }
            if (++m_pos >= m_text.size())
                return std::nullopt;
            const QChar e = m_text.at(m_pos);
            if (e == u'u') {
                bool ok = false;
                const ushort code = m_text.mid(m_pos + 1, 4).toUShort(&ok, 16);
                if (!ok || m_pos + 4 >= m_text.size())
                    return std::nullopt;
                out.append(QChar(code));
                m_pos += 4;
            } else {
                static const QString kFrom = u"bfnrt"_s;
                static const QString kTo = u"\b\f\n\r\t"_s;
                const qsizetype i = kFrom.indexOf(e);
                out.append(i >= 0 ? kTo.at(i) : e);
            }
        }
        return std::nullopt;
    }

    /// A value begins at the current position: count it in its array, and note the objects
    /// the locator wants to know about.
    void startValue()
    {
        if (m_stack.isEmpty() || m_stack.last().object)
            return;
        ++m_stack.last().index;
        const QChar c = m_text.at(m_pos);
        if (c != u'{')
            return;
        if (isAt({u"tables"_s}))
            m_tables.append(FindingLocator::TableEntry());
        else if (isAt({u"tables"_s, u"columns"_s}) && !m_tables.isEmpty())
            m_tables.last().columns.append({QString(), 0});
        else if (isAt({u"relations"_s}))
            m_relations.append(RelationEntry{m_line, 0, {}, {}, {}, {}});
    }

    void stringValue(const QString &text, int line)
    {
        if (m_stack.isEmpty())
            return;
        const QString &key = m_stack.last().key;
        if (m_stack.last().object && key == u"name") {
            if (isAt({u"tables"_s}, 1) && !m_tables.isEmpty() && m_tables.last().line == 0) {
                m_tables.last().name = text;
                m_tables.last().line = line;
            } else if (isAt({u"tables"_s, u"columns"_s}, 1) && !m_tables.isEmpty()
                       && !m_tables.last().columns.isEmpty()
                       && m_tables.last().columns.last().second == 0) {
                m_tables.last().columns.last() = {text, line};
            }
            return;
        }
        if (m_relations.isEmpty())
            return;
        RelationEntry &r = m_relations.last();
        if (m_stack.last().object && isAt({u"relations"_s}, 1)) {
            if (key == u"child") {
                r.child = text;
                r.childLine = line;
            } else if (key == u"parent") {
                r.parent = text;
            }
        } else if (!m_stack.last().object && isAt({u"relations"_s}, 2)) {
            const QString &member = m_stack.at(m_stack.size() - 2).key;
            if (member == u"childColumns")
                r.childColumns.append(text);
            else if (member == u"parentColumns")
                r.parentColumns.append(text);
        }
    }

    /// True when the stack, without its last `skip` frames, is the root object followed by
    /// one array per name in `members` (each inside an object's member of that name):
    /// {"tables"} is the tables array, {"tables", "columns"} a table's columns array.
    bool isAt(std::initializer_list<QString> members, qsizetype skip = 0) const
    {
        const qsizetype depth = m_stack.size() - skip;
        if (depth != qsizetype(2 * members.size()) || depth == 0 || !m_stack.first().object)
            return false;
        qsizetype i = 0;
        for (const QString &member : members) {
            if (!m_stack.at(i).object || m_stack.at(i).key != member || m_stack.at(i + 1).object)
                return false;
            i += 2;
        }
        return true;
    }

    const QString &m_text;
    QList<FindingLocator::TableEntry> &m_tables;
    QList<RelationEntry> &m_relations;
    QList<Frame> m_stack;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_expectKey = false;
};

std::optional<int> known(int line)
{
    return line > 0 ? std::optional<int>(line) : std::nullopt;
}

} // namespace

FindingLocator::FindingLocator(const QByteArray &fileText)
{
    const QString text = QString::fromUtf8(fileText);
    JsonLineScanner(text, m_tables, m_relations).run();
}

std::optional<int> FindingLocator::tableLine(const QString &table) const
{
    for (const TableEntry &t : m_tables) {
        if (t.name == table)
            return known(t.line);
    }
    return std::nullopt;
}

std::optional<int> FindingLocator::columnLine(const QString &table, const QString &column) const
{
    for (const TableEntry &t : m_tables) {
        if (t.name != table)
            continue;
        for (const auto &[name, line] : t.columns) {
            if (name == column)
                return known(line);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<int> FindingLocator::relationLine(const QStringList &childRefs,
                                                const QStringList &parentRefs) const
{
    const auto refs = [](const QString &table, const QStringList &columns) {
        QStringList list;
        for (const QString &column : columns)
            list.append(table + u'.' + column);
        return list;
    };
    for (const RelationEntry &r : m_relations) {
        if (refs(r.child, r.childColumns) == childRefs
            && refs(r.parent, r.parentColumns) == parentRefs)
            return known(r.childLine > 0 ? r.childLine : r.objectLine);
    }
    return std::nullopt;
}

std::optional<int> FindingLocator::objectLine(const QString &object) const
{
    if (const std::optional<int> line = tableLine(object))
        return line;
    // Names may contain dots: try every split of "table.column".
    for (qsizetype dot = object.indexOf(u'.'); dot >= 0; dot = object.indexOf(u'.', dot + 1)) {
        if (const std::optional<int> line = columnLine(object.left(dot), object.mid(dot + 1)))
            return line;
    }
    return std::nullopt;
}

std::optional<int> FindingLocator::lineOf(const Finding &finding) const
{
    if (finding.objects.isEmpty())
        return std::nullopt;
    if (const std::optional<int> line = objectLine(finding.objects.constFirst()))
        return line;
    const qsizetype half = finding.objects.size() / 2;
    if (finding.relations.isEmpty() || finding.objects.size() % 2 != 0)
        return std::nullopt;
    return relationLine(finding.objects.mid(0, half), finding.objects.mid(half));
}

std::optional<int> findingLine(const QByteArray &fileText, const Finding &finding)
{
    return FindingLocator(fileText).lineOf(finding);
}

} // namespace relata
