// The catalog of an SQLite database, from sqlite_schema and the pragma table functions.
#include "catalog_p.h"

#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

using detail::CatalogBuilder;
using detail::select;

/// The tables of the main schema (SQLite's own sqlite_* tables left out), as a FROM clause.
const QString kTables = u" FROM sqlite_schema m"_s;
const QString kIsTable = u" m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s;

/// Reads SQLite's copy of a CREATE TABLE statement for the `--` comment lines that stand on
/// their own lines right above a column definition (where Relata's DDL writes column
/// comments), joined with line breaks. A comment after code on the same line belongs to
/// that code, not to the next column.
class CreateTableComments
{
public:
    explicit CreateTableComments(const QString &sql)
        : m_sql(sql)
    {
        while (m_pos < m_sql.size())
            step();
    }

    QHash<QString, QString> comments;

private:
    void step()
    {
        const QChar ch = m_sql.at(m_pos);
        if (ch == u'\n') {
            m_lineHasCode = false;
        } else if (ch == u'-' && m_sql.mid(m_pos, 2) == u"--"_s) {
            return lineComment();
        } else if (ch == u'/' && m_sql.mid(m_pos, 2) == u"/*"_s) {
            const qsizetype end = m_sql.indexOf(u"*/"_s, m_pos + 2);
            m_pos = end < 0 ? m_sql.size() : end + 2;
            return;
        } else if (ch == u'\'' || ch == u'"') {
            return quoted(ch);
        } else if (!ch.isSpace()) {
            code(ch);
        }
        ++m_pos;
    }

    void lineComment()
    {
        qsizetype end = m_sql.indexOf(u'\n', m_pos);
        end = end < 0 ? m_sql.size() : end;
        QString text = m_sql.mid(m_pos + 2, end - m_pos - 2);
        if (text.startsWith(u' '))
            text.remove(0, 1);
        if (m_depth == 1 && !m_lineHasCode)
            m_pending.append(text);
        m_pos = end;
    }

    void quoted(QChar quote)
    {
        QString text;
        for (++m_pos; m_pos < m_sql.size(); ++m_pos) {
            if (m_sql.at(m_pos) == quote) {
                if (m_pos + 1 >= m_sql.size() || m_sql.at(m_pos + 1) != quote)
                    break;
                ++m_pos; // a doubled quote stands for itself
            }
            text.append(m_sql.at(m_pos));
        }
        ++m_pos;
        if (m_depth == 1 && m_expectItem && quote == u'"' && !m_pending.isEmpty())
            comments.insert(text, m_pending.join(u'\n'));
        itemStarted();
    }

    void code(QChar ch)
    {
        if (ch == u'(' && ++m_depth == 1) {
            m_expectItem = true;
            m_pending.clear();
            return;
        }
        if (ch == u')')
            --m_depth;
        if (ch == u',' && m_depth == 1) {
            m_expectItem = true;
            m_pending.clear();
            m_lineHasCode = true;
            return;
        }
        itemStarted();
    }

    void itemStarted()
    {
        m_expectItem = false;
        m_pending.clear();
        m_lineHasCode = true;
    }

    const QString &m_sql;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_expectItem = false;
    bool m_lineHasCode = false;
    QStringList m_pending;
};

bool readColumns(const QSqlDatabase &db, CatalogBuilder &builder, QString *error)
{
    auto tables
            = select(db, u"SELECT m.name, m.sql"_s + kTables + u" WHERE"_s + kIsTable, {}, error);
    if (!tables)
        return false;
    QHash<QString, QHash<QString, QString>> comments;
    while (tables->next()) {
        const QString sql = tables->value(1).toString();
        builder.addTable(tables->value(0).toString(), sql);
        comments.insert(tables->value(0).toString(), CreateTableComments(sql).comments);
    }
    auto query = select(db,
                        u"SELECT m.name, p.name, p.type, p.\"notnull\", p.pk"_s + kTables
                                + u" JOIN pragma_table_info(m.name) p WHERE"_s + kIsTable
                                + u" ORDER BY m.name, p.cid"_s,
                        {}, error);
    if (!query)
        return false;
    // The primary key has no index of its own when it is the rowid: build it from `pk`,
    // the column's position in the key (0 = not in it).
    QMap<QString, QMap<int, QString>> primaryKeys;
    while (query->next()) {
        const QString table = query->value(0).toString();
        const QString column = query->value(1).toString();
        builder.addColumn(table, CatalogColumn{column, query->value(2).toString(),
                                               query->value(3).toInt() == 0,
                                               comments.value(table).value(column)});
        if (const int position = query->value(4).toInt(); position > 0)
            primaryKeys[table].insert(position, column);
    }
    for (auto it = primaryKeys.cbegin(); it != primaryKeys.cend(); ++it) {
        for (const QString &column : it.value())
            builder.addIndexColumn(it.key(), QString(), true, true, column);
    }
    return true;
}

bool readIndexes(const QSqlDatabase &db, CatalogBuilder &builder, QString *error)
{
    // origin 'pk' is the primary key's automatic index, already reported as the key.
    auto query = select(db,
                        u"SELECT m.name, il.name, il.\"unique\", COALESCE(ii.name, '')"_s + kTables
                                + u" JOIN pragma_index_list(m.name) il"
                                  " JOIN pragma_index_info(il.name) ii WHERE"_s
                                + kIsTable
                                + u" AND il.origin <> 'pk' ORDER BY m.name, il.name, ii.seqno"_s,
                        {}, error);
    if (!query)
        return false;
    while (query->next()) {
        const QString index = query->value(1).toString();
        if (!builder.addIndexColumn(query->value(0).toString(), index, query->value(2).toInt() != 0,
                                    false, query->value(3).toString())) {
            *error = u"index %1 belongs to a table that is not listed"_s.arg(index);
            return false;
        }
    }
    return true;
}

bool readForeignKeys(const QSqlDatabase &db, CatalogBuilder &builder, QString *error)
{
    // `to` is NULL when the key names only the parent table (its primary key).
    auto query = select(db,
                        u"SELECT m.name, f.id, f.\"table\", f.\"from\", COALESCE(f.\"to\", '')"_s
                                + kTables + u" JOIN pragma_foreign_key_list(m.name) f WHERE"_s
                                + kIsTable + u" ORDER BY m.name, f.id, f.seq"_s,
                        {}, error);
    if (!query)
        return false;
    while (query->next()) {
        builder.addForeignKeyColumn(query->value(0).toString(), query->value(1).toString(),
                                    QString(), query->value(2).toString(),
                                    query->value(3).toString(), query->value(4).toString());
    }
    return true;
}

} // namespace

relata::Result<Catalog> readSqliteCatalog(const QSqlDatabase &db)
{
    CatalogBuilder builder;
    QString error;
    if (!readColumns(db, builder, &error) || !readIndexes(db, builder, &error)
        || !readForeignKeys(db, builder, &error)) {
        return relata::Result<Catalog>::failure(u"SQLite: "_s + error);
    }
    return builder.finish();
}

} // namespace relatatest
