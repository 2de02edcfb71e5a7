#include "cppruntime.h"

namespace relata {

// The text is C++17 with the standard library only, and it is the same in every header
// Relata writes (guarded by one macro), so that two generated headers can be included in
// one translation unit. Everything in it is fully qualified where a generated name could
// hide a name it uses.
QByteArray cppRuntimeText()
{
    return QByteArrayLiteral(R"cpp(#ifndef RELATA_GENERATED_RUNTIME_V1
#define RELATA_GENERATED_RUNTIME_V1

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// What every header Relata generates declares its schema with, and the function that
/// carries out a delete plan through an executor the application provides.
namespace relata_gen {

enum class dialect { mysql, postgresql, sqlite };

/// What happens to child rows when their parent row is deleted (or its key updated).
enum class action { no_action, restrict, cascade, set_null };

/// one: at most one row of the other table; many: any number.
enum class cardinality { one, many };

/// Which end of a relation a declaration is: the child holds the referencing columns.
enum class side { child, parent };

/// A read-only view of a constant array (std::span is C++20).
template <class T>
class list
{
public:
    constexpr list() = default;
    template <std::size_t N>
    constexpr list(const std::array<T, N> &items) // implicit: a list views any array of T
        : m_data(items.data()), m_size(N)
    {
    }
    constexpr const T *begin() const { return m_data; }
    constexpr const T *end() const { return m_data + m_size; }
    constexpr std::size_t size() const { return m_size; }
    constexpr bool empty() const { return m_size == 0; }
    constexpr const T &operator[](std::size_t i) const { return m_data[i]; }

private:
    const T *m_data = nullptr;
    std::size_t m_size = 0;
};

/// A column: its table's and its own SQL name, exactly; its type as the model writes it.
struct column
{
    std::string_view table;
    std::string_view name;
    std::string_view sql_type;
    bool nullable;
    bool auto_increment;
};

/// Two columns are the same column when they have the same table and name.
constexpr bool operator==(const column &a, const column &b)
{
    return a.table == b.table && a.name == b.name;
}
constexpr bool operator!=(const column &a, const column &b)
{
    return !(a == b);
}

/// One end of a relation, the counterpart of Drizzle's one() and many(): Target is the
/// table at the other end; fields are this table's columns, references the matching
/// columns of Target, in the same order.
template <class Target, std::size_t N>
struct relation
{
    using target = Target;
    std::string_view name;
    side end;
    cardinality kind;
    std::array<column, N> fields;
    std::array<column, N> references;
    action on_delete;
    action on_update;
    /// one: the other row may be missing (nullable child columns, or the parent end of a
    /// one-to-one relation).
    bool optional;
};

enum class step_kind { delete_rows, set_null, refuse };

/// One thing that deleting rows of a plan's table does, as a database with FOREIGN KEY
/// constraints would: delete rows of a table (children before parents), clear child
/// columns, or refuse while a child row refers to a deleted row.
struct plan_step
{
    step_kind kind;
    std::string_view table;
    std::string_view columns;  ///< set_null, refuse: the child columns, comma-separated
    int depth;                 ///< delete_rows: cascade levels below the root (0: the root)
    std::string_view relation; ///< the relation that causes it; empty for the root
};

enum class statement_role { prepare, seed, collect, check, set_null, delete_rows, finish };

/// One SQL statement of a delete script.
struct statement
{
    statement_role role;
    std::string_view sql;
    /// Statements of one loop (a self-reference or a cycle) share a number: the group runs
    /// again, in order, while any of its statements changes a row. -1: once.
    int repeat_group;
    bool binds_ids; ///< takes the named parameter :ids
    std::string_view note;
};

/// The statements that carry out a plan in one dialect, set-wise: their number depends on
/// the relations, never on the rows.
struct script
{
    ::relata_gen::dialect sql_dialect;
    ::relata_gen::list<::relata_gen::statement> statements;
    std::string_view unavailable; ///< why there is no script (a table without a key)
};

/// What deleting rows of one table sets off, and the scripts that carry it out.
struct plan
{
    std::string_view table;
    std::string_view summary;
    ::relata_gen::list<::relata_gen::plan_step> steps;
    ::relata_gen::list<::relata_gen::script> scripts;
};

/// A table for code that looks tables up by name at run time.
struct table_info
{
    std::string_view sql_name;
    ::relata_gen::list<::relata_gen::column> columns;
    ::relata_gen::list<::relata_gen::column> primary_key;
    const ::relata_gen::plan *delete_plan;
};

/// The table of that SQL name, or nullptr.
constexpr const table_info *find_table(::relata_gen::list<table_info> tables,
                                       std::string_view sql_name)
{
    for (const table_info &t : tables) {
        if (t.sql_name == sql_name)
            return &t;
    }
    return nullptr;
}

/// A value bound to a named parameter (name without the colon), as text.
struct bound_value
{
    std::string_view name;
    std::string_view text;
};

struct statement_result
{
    bool ok = false;
    bool row_back = false;      ///< a SELECT returned a row
    long long rows_changed = 0; ///< rows inserted, updated or deleted
    std::string error;
};

/// What the application provides to run statements on its database connection.
class executor
{
public:
    virtual ~executor() = default;
    virtual ::relata_gen::dialect sql_dialect() const = 0;
    /// begin(), commit(), rollback(): false when it failed; error() says why.
    virtual bool begin() = 0;
    virtual bool commit() = 0;
    virtual bool rollback() = 0;
    virtual std::string error() const = 0;
    /// Runs one statement with the values bound to its named parameters.
    virtual statement_result execute(std::string_view sql,
                                     const std::vector<bound_value> &values) = 0;
};

enum class delete_outcome { deleted, refused, failed };

struct delete_result
{
    delete_outcome outcome = delete_outcome::failed;
    int statements = 0;     ///< statements run, each round of a loop counted
    std::string refused_by; ///< refused: the relation that refused, in words
    bool seeded = false;    ///< a root row was found
    std::string error;      ///< failed: which statement, and why
};

namespace detail {

inline const script *script_for(const plan &p, dialect d)
{
    for (const script &s : p.scripts) {
        if (s.sql_dialect == d)
            return &s;
    }
    return nullptr;
}

/// After a refusal or an error: roll back, then drop the working tables (MySQL keeps
/// temporary tables through a ROLLBACK).
inline void roll_back(executor &db, const script &s)
{
    db.rollback();
    for (const statement &st : s.statements) {
        if (st.role == statement_role::finish)
            db.execute(st.sql, {});
    }
}

inline delete_result failed(std::string error)
{
    delete_result r;
    r.error = std::move(error);
    return r;
}

} // namespace detail

/// Deletes the rows of p.table whose keys ids_json lists, with everything the plan says,
/// in one transaction: a JSON array, one value per row for a one-column key ([1, 2]), one
/// array per row, in key order, for a composite key ([[1, "a"], [2, "b"]]). Refused (and
/// nothing changed) when a restrict or no action relation has a child row left.
inline delete_result delete_rows(executor &db, const plan &p, std::string_view ids_json)
{
    const script *s = detail::script_for(p, db.sql_dialect());
    if (!s) {
        return detail::failed("no delete script for this database's dialect in the header "
                              "(export it with --dialect for this database)");
    }
    if (!s->unavailable.empty())
        return detail::failed(std::string(s->unavailable));
    if (!db.begin())
        return detail::failed("cannot begin a transaction: " + db.error());
    const std::vector<bound_value> ids{{"ids", ids_json}};
    const std::vector<bound_value> none;
    delete_result run;
    const std::size_t n = s->statements.size();
    std::size_t i = 0;
    while (i < n) {
        const int group = s->statements[i].repeat_group;
        std::size_t end = i + 1;
        while (group >= 0 && end < n && s->statements[end].repeat_group == group)
            ++end;
        for (int round = 1;; ++round) {
            bool any_change = false;
            for (std::size_t k = i; k < end; ++k) {
                const statement &st = s->statements[k];
                const statement_result r = db.execute(st.sql, st.binds_ids ? ids : none);
                if (!r.ok) {
                    detail::roll_back(db, *s);
                    run.error = "statement " + std::to_string(k + 1) + " ("
                                + std::string(st.note) + ") failed: " + r.error;
                    return run;
                }
                ++run.statements;
                any_change = any_change || r.rows_changed > 0;
                if (st.role == statement_role::seed && r.rows_changed > 0)
                    run.seeded = true;
                if (st.role == statement_role::check && r.row_back) {
                    detail::roll_back(db, *s);
                    run.outcome = delete_outcome::refused;
                    run.refused_by = std::string(st.note);
                    return run;
                }
            }
            if (group < 0 || !any_change)
                break;
            if (round >= 10000) {
                detail::roll_back(db, *s);
                run.error = "a loop still changed rows after 10000 rounds";
                return run;
            }
        }
        i = end;
    }
    if (!db.commit()) {
        run.error = "commit failed: " + db.error();
        detail::roll_back(db, *s);
        return run;
    }
    run.outcome = delete_outcome::deleted;
    return run;
}

/// delete_rows() with Table's plan: relata_gen::delete_rows<shop::users>(db, "[42]").
template <class Table>
delete_result delete_rows(executor &db, std::string_view ids_json)
{
    return ::relata_gen::delete_rows(db, Table::delete_plan::data, ids_json);
}

/// A JSON array of whole-number keys, for delete_rows().
inline std::string ids_json(std::initializer_list<long long> ids)
{
    std::string json = "[";
    for (const long long id : ids) {
        if (json.size() > 1)
            json += ',';
        json += std::to_string(id);
    }
    return json + ']';
}

/// A JSON array of text keys, escaped, for delete_rows().
inline std::string ids_json(std::initializer_list<std::string_view> ids)
{
    static const char hex[] = "0123456789abcdef";
    std::string json = "[";
    for (const std::string_view id : ids) {
        if (json.size() > 1)
            json += ',';
        json += '"';
        for (const char c : id) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                json += '\\';
                json += c;
            } else if (byte < 0x20) {
                json += "\\u00";
                json += hex[byte >> 4];
                json += hex[byte & 0xf];
            } else {
                json += c;
            }
        }
        json += '"';
    }
    return json + ']';
}

} // namespace relata_gen

#endif // RELATA_GENERATED_RUNTIME_V1
)cpp");
}

QByteArray cppQtSqlAdapterText()
{
    return QByteArrayLiteral(R"cpp(#ifndef RELATA_GENERATED_QT_SQL_V1
#define RELATA_GENERATED_QT_SQL_V1

#include <QLatin1Char>
#include <QLatin1String>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relata_gen {

/// The executor of relata_gen::delete_rows() on a Qt SQL connection (QSQLITE, QMYSQL,
/// QMARIADB or QPSQL). It does not own the connection's transaction outside a delete.
class qt_sql_executor final : public ::relata_gen::executor
{
public:
    explicit qt_sql_executor(QSqlDatabase db) : m_db(std::move(db)) {}

    ::relata_gen::dialect sql_dialect() const override
    {
        const QString driver = m_db.driverName();
        if (driver == QLatin1String("QSQLITE"))
            return ::relata_gen::dialect::sqlite;
        if (driver == QLatin1String("QPSQL"))
            return ::relata_gen::dialect::postgresql;
        return ::relata_gen::dialect::mysql; // QMYSQL, QMARIADB
    }
    bool begin() override { return succeeded(m_db.transaction()); }
    bool commit() override { return succeeded(m_db.commit()); }
    bool rollback() override { return succeeded(m_db.rollback()); }
    std::string error() const override { return m_error; }

    ::relata_gen::statement_result
    execute(std::string_view sql, const std::vector<::relata_gen::bound_value> &values) override
    {
        ::relata_gen::statement_result result;
        QSqlQuery query(m_db);
        const QString text = fromUtf8(sql);
        bool ok = false;
        // Only statements with parameters are prepared: PostgreSQL cannot prepare DDL.
        if (values.empty()) {
            ok = query.exec(text);
        } else if (query.prepare(text)) {
            for (const ::relata_gen::bound_value &value : values)
                query.bindValue(QLatin1Char(':') + fromUtf8(value.name), fromUtf8(value.text));
            ok = query.exec();
        }
        if (!ok) {
            result.error = query.lastError().text().toStdString();
            return result;
        }
        result.ok = true;
        if (query.isSelect())
            result.row_back = query.next();
        else
            result.rows_changed = query.numRowsAffected();
        return result;
    }

private:
    static QString fromUtf8(std::string_view text)
    {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    bool succeeded(bool ok)
    {
        if (!ok)
            m_error = m_db.lastError().text().toStdString();
        return ok;
    }

    QSqlDatabase m_db;
    std::string m_error;
};

} // namespace relata_gen

#endif // RELATA_GENERATED_QT_SQL_V1
)cpp");
}

} // namespace relata
