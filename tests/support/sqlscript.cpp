#include "sqlscript.h"

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

/// Where the scanner is: in plain SQL, inside a quoted token, or inside a comment.
enum class State { Code, Quoted, LineComment, BlockComment };

class Splitter
{
public:
    Splitter(const QString &script, relata::Dialect dialect)
        : m_script(script)
        , m_mysql(dialect == relata::Dialect::MySql)
    {}

    QStringList run()
    {
        for (m_pos = 0; m_pos < m_script.size(); ++m_pos)
            step(m_script.at(m_pos));
        finishStatement();
        return m_statements;
    }

private:
    QChar next() const { return m_pos + 1 < m_script.size() ? m_script.at(m_pos + 1) : QChar(); }

    void step(QChar ch)
    {
        switch (m_state) {
        case State::Code:
            return code(ch);
        case State::Quoted:
            return quoted(ch);
        case State::LineComment:
            if (ch == u'\n')
                m_state = State::Code;
            return append(ch);
        case State::BlockComment:
            if (ch == u'*' && next() == u'/') {
                append(ch);
                ++m_pos;
                m_state = State::Code;
                ch = u'/';
            }
            return append(ch);
        }
    }

    void code(QChar ch)
    {
        if (ch == u';') {
            finishStatement();
            return;
        }
        if (ch == u'\'' || ch == u'"' || (m_mysql && ch == u'`')) {
            m_quote = ch;
            m_state = State::Quoted;
        } else if ((ch == u'-' && next() == u'-') || (m_mysql && ch == u'#')) {
            m_state = State::LineComment;
        } else if (ch == u'/' && next() == u'*') {
            append(ch);
            ++m_pos;
            ch = u'*';
            m_state = State::BlockComment;
        } else if (!ch.isSpace()) {
            m_hasCode = true;
        }
        append(ch);
    }

    void quoted(QChar ch)
    {
        append(ch);
        if (m_mysql && m_quote != u'`' && ch == u'\\' && m_pos + 1 < m_script.size()) {
            append(m_script.at(++m_pos)); // a backslash escapes the next character
        } else if (ch == m_quote) {
            if (next() == m_quote)
                append(m_script.at(++m_pos)); // a doubled quote stands for itself
            else
                m_state = State::Code;
        }
        m_hasCode = true;
    }

    void append(QChar ch) { m_current.append(ch); }

    void finishStatement()
    {
        const QString statement = m_current.trimmed();
        if (m_hasCode && !statement.isEmpty())
            m_statements.append(statement);
        m_current.clear();
        m_hasCode = false;
    }

    const QString &m_script;
    bool m_mysql;
    qsizetype m_pos = 0;
    State m_state = State::Code;
    QChar m_quote;
    QString m_current;
    bool m_hasCode = false;
    QStringList m_statements;
};

} // namespace

QStringList splitSqlStatements(const QString &script, relata::Dialect dialect)
{
    return Splitter(script, dialect).run();
}

} // namespace relatatest
