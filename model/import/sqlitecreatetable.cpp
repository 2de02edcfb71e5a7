#include "sqlitecreatetable.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Walks the statement once, keeping only what the column definitions need.
class CreateTableScanner
{
public:
    explicit CreateTableScanner(const QString &sql)
        : m_sql(sql)
    {}

    SqliteTableText scan();

private:
    void lineComment();
    void blockComment();
    QString quoted(QChar close);
    QString word();
    void token(const QString &text, bool isQuoted);
    void punctuation(QChar c);

    const QString &m_sql;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_beforeBody = true;    ///< before the `(` that opens the column list
    bool m_lineHasToken = false; ///< something other than a comment is on this line already
    bool m_elementStart = false; ///< the next token starts a column or table constraint
    int m_column = -1;           ///< the column being defined, or -1
    QStringList m_pending;       ///< comment lines waiting for the next column
    QStringList m_tableComment;
    SqliteTableText m_result;
};

SqliteTableText CreateTableScanner::scan()
{
    while (m_pos < m_sql.size()) {
        const QChar c = m_sql.at(m_pos);
        const QChar next = m_pos + 1 < m_sql.size() ? m_sql.at(m_pos + 1) : QChar();
        if (c == u'\n') {
            m_lineHasToken = false;
            ++m_pos;
        } else if (c.isSpace()) {
            ++m_pos;
        } else if (c == u'-' && next == u'-') {
            lineComment();
        } else if (c == u'/' && next == u'*') {
            blockComment();
        } else if (c == u'"' || c == u'`' || c == u'\'') {
            token(quoted(c), true);
        } else if (c == u'[') {
            token(quoted(u']'), true);
        } else if (c.isLetterOrNumber() || c == u'_' || c == u'$') {
            token(word(), false);
        } else {
            punctuation(c);
            ++m_pos;
        }
    }
    m_result.comment = m_tableComment.join(u'\n');
    return m_result;
}

void CreateTableScanner::lineComment()
{
    const qsizetype end = m_sql.indexOf(u'\n', m_pos);
    QString text = m_sql.mid(m_pos + 2, end < 0 ? -1 : end - m_pos - 2);
    m_pos = end < 0 ? m_sql.size() : end;
    if (text.endsWith(u'\r'))
        text.chop(1);
    // The writer puts one blank after "--"; anything further is the person's text.
    if (text.startsWith(u' '))
        text.remove(0, 1);
    if (m_lineHasToken)
        return; // a note at the end of a line, not a comment of the model
    if (m_beforeBody)
        m_tableComment.append(text);
    else if (m_depth == 1)
        m_pending.append(text);
}

void CreateTableScanner::blockComment()
{
    const qsizetype end = m_sql.indexOf(u"*/"_s, m_pos + 2);
    m_pos = end < 0 ? m_sql.size() : end + 2;
}

QString CreateTableScanner::quoted(QChar close)
{
    const qsizetype start = m_pos;
    ++m_pos;
    while (m_pos < m_sql.size()) {
        if (m_sql.at(m_pos) == close) {
            // A doubled closing quote is part of the name.
            if (close != u']' && m_pos + 1 < m_sql.size() && m_sql.at(m_pos + 1) == close) {
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        ++m_pos;
    }
    return m_sql.mid(start, m_pos - start);
}

QString CreateTableScanner::word()
{
    const qsizetype start = m_pos;
    while (m_pos < m_sql.size()
           && (m_sql.at(m_pos).isLetterOrNumber() || m_sql.at(m_pos) == u'_'
               || m_sql.at(m_pos) == u'$'))
        ++m_pos;
    return m_sql.mid(start, m_pos - start);
}

bool isTableConstraintKeyword(const QString &word)
{
    static const QStringList keywords{u"CONSTRAINT"_s, u"PRIMARY"_s, u"UNIQUE"_s, u"CHECK"_s,
                                      u"FOREIGN"_s};
    return keywords.contains(word, Qt::CaseInsensitive);
}

void CreateTableScanner::token(const QString &text, bool isQuoted)
{
    m_lineHasToken = true;
    if (m_depth != 1)
        return;
    if (m_elementStart) {
        m_elementStart = false;
        if (!isQuoted && isTableConstraintKeyword(text)) {
            m_column = -1;
        } else {
            m_result.columns.append({unquoteSqliteName(text), m_pending.join(u'\n'), false});
            m_column = int(m_result.columns.size() - 1);
        }
        m_pending.clear();
        return;
    }
    if (!isQuoted && m_column >= 0 && text.compare(u"AUTOINCREMENT"_s, Qt::CaseInsensitive) == 0)
        m_result.columns[m_column].autoIncrement = true;
}

void CreateTableScanner::punctuation(QChar c)
{
    m_lineHasToken = true;
    if (c == u'(') {
        ++m_depth;
        if (m_depth == 1 && m_beforeBody) {
            m_beforeBody = false;
            m_elementStart = true;
        }
    } else if (c == u')') {
        --m_depth;
    } else if (c == u',' && m_depth == 1) {
        m_elementStart = true;
        m_column = -1;
        m_pending.clear();
    }
}

} // namespace

QString unquoteSqliteName(const QString &token)
{
    if (token.size() < 2)
        return token;
    const QChar open = token.front();
    const QChar close = token.back();
    if (open == u'[' && close == u']')
        return token.mid(1, token.size() - 2);
    if ((open == u'"' || open == u'`' || open == u'\'') && close == open) {
        QString inner = token.mid(1, token.size() - 2);
        return inner.replace(QString(2, open), QString(open));
    }
    return token;
}

SqliteTableText readSqliteCreateTable(const QString &sql)
{
    return CreateTableScanner(sql).scan();
}

} // namespace relata
