#include "regexhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

enum BlockState { Normal = 0, InBlockComment = 1 };

QTextCharFormat makeFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(italic);
    return format;
}

} // namespace

RegexHighlighter::RegexHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Colours that read well on the window's own base colour, light or dark.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    m_formats = {
            makeFormat(dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x00, 0x33, 0x99), true), // keyword
            makeFormat(dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x26, 0x7f, 0x99)),       // type
            makeFormat(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x98, 0x5c, 0x00)),       // number
            makeFormat(dark ? QColor(0xce, 0x91, 0x78) : QColor(0x0a, 0x7d, 0x28)),       // string
            makeFormat(dark ? QColor(0x8a, 0x99, 0x8a) : QColor(0x80, 0x80, 0x80), false,
                       true),                                                       // comment
            makeFormat(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x86, 0x1f, 0x9a)), // preprocessor
    };
}

QTextCharFormat RegexHighlighter::format(Role role) const
{
    return m_formats.at(int(role));
}

void RegexHighlighter::addRule(const QString &pattern, Role role,
                               QRegularExpression::PatternOptions options)
{
    QRegularExpression expression(pattern, options);
    Q_ASSERT(expression.isValid());
    expression.optimize();
    m_rules.append({expression, role});
}

QString RegexHighlighter::wordsPattern(const QStringList &words)
{
    return u"\\b(?:"_s + words.join(u'|') + u")\\b"_s;
}

void RegexHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), format(rule.role));
        }
    }
    highlightStringsAndComments(text);
}

int RegexHighlighter::endOfBlockComment(const QString &text, int from) const
{
    const int end = int(text.indexOf(u"*/"_s, from));
    return end < 0 ? -1 : end + 2;
}

void RegexHighlighter::highlightStringsAndComments(const QString &text)
{
    const QTextCharFormat comment = format(Role::Comment);
    int i = 0;
    setCurrentBlockState(Normal);
    if (previousBlockState() == InBlockComment) {
        const int end = endOfBlockComment(text, 0);
        if (end < 0) {
            setFormat(0, int(text.size()), comment);
            setCurrentBlockState(InBlockComment);
            return;
        }
        setFormat(0, end, comment);
        i = end;
    }
    const int size = int(text.size());
    while (i < size) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
        if (c == m_lineComment.at(0)
            && QStringView(text).mid(i, m_lineComment.size()) == m_lineComment) {
            setFormat(i, size - i, comment);
            return;
        }
        if (c == u'/' && next == u'*') {
            const int end = endOfBlockComment(text, i + 2);
            if (end < 0) {
                setFormat(i, size - i, comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(i, end - i, comment);
            i = end;
            continue;
        }
        if (m_stringQuotes.contains(c)) {
            // To the closing quote; a backslash escapes (C++), a doubled quote too (SQL).
            int j = i + 1;
            while (j < size && text.at(j) != c)
                j += text.at(j) == u'\\' ? 2 : 1;
            j = qMin(j + 1, size);
            setFormat(i, j - i, format(Role::String));
            i = j;
            continue;
        }
        ++i;
    }
}

} // namespace relata
