#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace relata {

/// The small highlighter both export languages need: a list of patterns, each with a
/// format, applied block by block, then strings and comments on top (a keyword inside a
/// string is not a keyword), and /* … */ comments carried across lines in the block
/// state. Per block and without backtracking-heavy patterns, so a 10,000-line script
/// highlights in a blink.
class RegexHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// The kinds of text the preview colours.
    enum class Role { Keyword, Type, Number, String, Comment, Preprocessor };

    /// The format of `role` for this highlighter (light or dark palette).
    QTextCharFormat format(Role role) const;

protected:
    explicit RegexHighlighter(QTextDocument *document);

    /// A pattern highlighted with the format of `role`. Later rules win where they overlap.
    void addRule(const QString &pattern, Role role,
                 QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);
    /// What starts a comment to the end of the line: "--" in SQL, "//" in C++.
    void setLineComment(const QString &marker) { m_lineComment = marker; }
    /// The characters that open and close a string: ' in SQL (where "x" is a name), ' and "
    /// in C++.
    void setStringQuotes(const QString &quotes) { m_stringQuotes = quotes; }
    /// "\b(?:A|B|C)\b": one pattern for a word list is much faster than one per word.
    static QString wordsPattern(const QStringList &words);

    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        Role role;
    };

    /// Strings and comments, left to right, so that "--" inside a string stays string.
    void highlightStringsAndComments(const QString &text);
    int endOfBlockComment(const QString &text, int from) const;

    QList<Rule> m_rules;
    QList<QTextCharFormat> m_formats;
    QString m_lineComment = QStringLiteral("--");
    QString m_stringQuotes = QStringLiteral("'");
};

} // namespace relata
