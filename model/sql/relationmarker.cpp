#include "relationmarker.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const QString kPrefix = u"relata:"_s;

bool isPlainName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && !(c >= u'0' && c <= u'9' && i > 0))
            return false;
    }
    return true;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString nameText(const QString &name)
{
    return isPlainName(name) ? name : quoted(name);
}

QString nameList(const QStringList &names)
{
    QStringList parts;
    parts.reserve(names.size());
    for (const QString &name : names)
        parts.append(nameText(name));
    return u'(' + parts.join(u", "_s) + u')';
}

/// Reads one marker from `text` at `pos`; stops at the end of its line.
class MarkerParser
{
public:
    MarkerParser(const QString &text, qsizetype pos)
        : m_text(text)
        , m_pos(pos)
    {}

    /// The marker when the whole line is one, with `end` just past its line break.
    std::optional<RelationMarker> parse(qsizetype *end)
    {
        RelationMarker marker;
        skipSpaces();
        if (!keyword(kPrefix))
            return std::nullopt;
        skipSpaces();
        if (peek() == u'(' && !names(&marker.childColumns))
            return std::nullopt;
        skipSpaces();
        if (!keyword(u"references"_s) || !skipSpaces(1) || !name(&marker.parentTable))
            return std::nullopt;
        skipSpaces();
        if (!names(&marker.parentColumns) || !clauses(&marker))
            return std::nullopt;
        skipSpaces();
        if (peek() == u'\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
            return std::nullopt;
        *end = m_pos < m_text.size() ? m_pos + 1 : m_pos;
        return marker;
    }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    bool skipSpaces(int atLeast = 0)
    {
        const qsizetype start = m_pos;
        while (peek() == u' ' || peek() == u'\t')
            ++m_pos;
        return m_pos - start >= atLeast;
    }

    bool keyword(const QString &word)
    {
        if (QStringView(m_text).mid(m_pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        m_pos += word.size();
        return true;
    }

    /// Words separated by one or more blanks (`on  delete`); nothing consumed on a mismatch.
    bool phrase(const QString &words)
    {
        const qsizetype start = m_pos;
        const QStringList parts = words.split(u' ');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if ((i > 0 && !skipSpaces(1)) || !keyword(parts.at(i))) {
                m_pos = start;
                return false;
            }
        }
        return true;
    }

    bool quotedText(QString *out)
    {
        if (peek() != u'"')
            return false;
        ++m_pos;
        out->clear();
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c != u'"') {
                out->append(c);
            } else if (peek() == u'"') {
                out->append(c);
                ++m_pos;
            } else {
                return true;
            }
        }
        return false; // unterminated
    }

    bool name(QString *out)
    {
        if (peek() == u'"')
            return quotedText(out) && !out->isEmpty();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (!(c.isLetterOrNumber() || c == u'_') || c.unicode() >= 0x80)
                break;
            ++m_pos;
        }
        *out = m_text.mid(start, m_pos - start);
        return isPlainName(*out);
    }

    bool names(QStringList *out)
    {
        if (peek() != u'(')
            return false;
        ++m_pos;
        for (;;) {
            skipSpaces();
            QString n;
            if (!name(&n))
                return false;
            out->append(n);
            skipSpaces();
            const QChar next = peek();
            ++m_pos;
            if (next == u')')
                return true;
            if (next != u',')
                return false;
        }
    }

    bool action(ReferentialAction *out)
    {
        for (ReferentialAction a : {ReferentialAction::NoAction, ReferentialAction::Restrict,
                                    ReferentialAction::Cascade, ReferentialAction::SetNull}) {
            if (phrase(referentialActionName(a))) {
                *out = a;
                return true;
            }
        }
        return false;
    }

    /// ` on delete X`, ` on update Y` and ` name "a"/"b"`, each at most once, in this order.
    bool clauses(RelationMarker *marker)
    {
        const qsizetype start = m_pos;
        skipSpaces();
        if (phrase(u"on delete"_s) && !(skipSpaces(1) && action(&marker->onDelete)))
            return false;
        skipSpaces();
        if (phrase(u"on update"_s) && !(skipSpaces(1) && action(&marker->onUpdate)))
            return false;
        skipSpaces();
        if (keyword(u"name"_s)) {
            if (!skipSpaces(1))
                return false;
            if (!quotedText(&marker->nameOnChild) || peek() != u'/')
                return false;
            ++m_pos;
            if (!quotedText(&marker->nameOnParent))
                return false;
        }
        return m_pos == start || m_text.at(start) == u' ' || m_text.at(start) == u'\t';
    }

    const QString &m_text;
    qsizetype m_pos;
};

} // namespace

QString formatRelationMarker(const RelationMarker &marker)
{
    QString text = kPrefix + u' ';
    if (!marker.childColumns.isEmpty())
        text += nameList(marker.childColumns) + u' ';
    text += u"references "_s + nameText(marker.parentTable) + nameList(marker.parentColumns);
    text += u" on delete "_s + referentialActionName(marker.onDelete);
    if (marker.onUpdate != ReferentialAction::NoAction)
        text += u" on update "_s + referentialActionName(marker.onUpdate);
    if (!marker.nameOnChild.isEmpty() || !marker.nameOnParent.isEmpty())
        text += u" name "_s + quoted(marker.nameOnChild) + u'/' + quoted(marker.nameOnParent);
    return text;
}

QList<RelationMarker> parseRelationMarkers(const QString &comment, QString *rest)
{
    QList<RelationMarker> markers;
    QStringList kept;
    qsizetype pos = 0;
    while (pos < comment.size()) {
        qsizetype end = pos;
        if (auto marker = MarkerParser(comment, pos).parse(&end)) {
            markers.append(*marker);
            pos = end;
            continue;
        }
        qsizetype lineEnd = comment.indexOf(u'\n', pos);
        if (lineEnd < 0)
            lineEnd = comment.size();
        kept.append(comment.mid(pos, lineEnd - pos));
        if (lineEnd == comment.size() - 1)
            kept.append(QString()); // "text\n" stays "text\n"
        pos = lineEnd + 1;
    }
    if (rest)
        *rest = kept.join(u'\n');
    return markers;
}

} // namespace relata
