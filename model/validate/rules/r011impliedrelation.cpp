// R011: a column named like a reference has no declared relation.
#include "validate/validationcontext.h"
#include "validate/validationrule.h"

#include "core/naming.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// A table that a column name may refer to, through its single-column primary key.
struct Candidate
{
    const Table *table;
    const Column *key;
};

quint64 columnKey(TableId table, ColumnId column)
{
    return (quint64(table.value()) << 32) | column.value();
}

/// Integer goes with integer, string with string (text and uuid count as strings); an
/// unknown type goes with nothing, so that a guess never rests on it.
int typeGroup(TypeFamily family)
{
    switch (family) {
    case TypeFamily::Other:
        return -1;
    case TypeFamily::Text:
    case TypeFamily::Uuid:
        return int(TypeFamily::String);
    default:
        return int(family);
    }
}

bool compatible(const Column &a, const Column &b)
{
    const int group = typeGroup(a.type.family);
    return group >= 0 && group == typeGroup(b.type.family);
}

/// The `wp_`-style prefix of the schema's table names: the text up to the first `_` that at
/// least half of the tables (and two or more) share; empty when there is none.
QString commonTablePrefix(const QList<Table> &tables)
{
    QHash<QString, int> counts;
    for (const Table &t : tables) {
        const qsizetype underscore = t.name.indexOf(u'_');
        if (underscore > 0 && underscore + 1 < t.name.size())
            ++counts[t.name.left(underscore + 1).toLower()];
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return bestCount >= 2 && bestCount * 2 >= tables.size() ? best : QString();
}

/// FNV-1a over UTF-16 units folded with QChar::toLower(): a name given in pieces gets a
/// value without being built as a string, and the same name in any case the same value.
class Fingerprint
{
public:
    Fingerprint &add(QStringView text)
    {
        for (QChar c : text) {
            const char16_t u = c.unicode();
            m_value ^= u < 0x80 ? (u >= u'A' && u <= u'Z' ? u + 32 : u) : c.toLower().unicode();
            m_value *= 1099511628211ULL;
        }
        return *this;
    }
    quint64 value() const { return m_value; }

private:
    quint64 m_value = 14695981039346656037ULL;
};

/// A name pattern (`{table}_{pk}`) split at its placeholders once.
class NamePattern
{
public:
    explicit NamePattern(const QString &pattern)
    {
        qsizetype from = 0;
        while (from < pattern.size()) {
            const qsizetype table = pattern.indexOf(u"{table}"_s, from, Qt::CaseInsensitive);
            const qsizetype pk = pattern.indexOf(u"{pk}"_s, from, Qt::CaseInsensitive);
            const qsizetype at = table < 0 ? pk : pk < 0 ? table : std::min(table, pk);
            if (at < 0) {
                m_parts.append({Part::Text, pattern.mid(from)});
                break;
            }
            if (at > from)
                m_parts.append({Part::Text, pattern.mid(from, at - from)});
            m_parts.append({at == table ? Part::Table : Part::Key, QString()});
            from = at + (at == table ? 7 : 4);
        }
    }

    quint64 fingerprint(const QString &table, const QString &key) const
    {
        Fingerprint f;
        for (const auto &[part, text] : m_parts)
            f.add(part == Part::Table ? table : part == Part::Key ? key : text);
        return f.value();
    }

    bool matches(const QString &name, const QString &table, const QString &key) const
    {
        QString built;
        for (const auto &[part, text] : m_parts)
            built += part == Part::Table ? table : part == Part::Key ? key : text;
        return built.compare(name, Qt::CaseInsensitive) == 0;
    }

private:
    enum class Part { Text, Table, Key };
    QList<std::pair<Part, QString>> m_parts;
};

/// Which tables' keys a column name refers to. Built once per run from fingerprints of the
/// names each key implies, so that 10,000 tables cost no string building; a hit is then
/// confirmed by spelling the name out.
class ReferenceNames
{
public:
    ReferenceNames(const Schema &schema, const QStringList &patterns)
        : m_prefix(commonTablePrefix(schema.tables()))
    {
        for (const QString &p : patterns)
            m_patterns.append(NamePattern(p));
        m_names.reserve(schema.tables().size() * 8);
        for (const Table &t : schema.tables()) {
            if (t.primaryKey.size() == 1) {
                if (const Column *key = t.column(t.primaryKey.first()))
                    add(t, *key);
            }
        }
    }

    QList<Candidate> candidates(const QString &columnName) const
    {
        QList<Candidate> found;
        const auto it = m_names.constFind(Fingerprint().add(columnName).value());
        if (it == m_names.cend())
            return found;
        for (const Candidate &c : QList<Candidate>{it->first} + it->more) {
            if (refersTo(columnName, c))
                found.append(c);
        }
        return found;
    }

private:
    /// "users", "user"; with the prefix dropped too: "wp_posts", "wp_post", "posts", "post".
    QStringList tableForms(const Table &table) const
    {
        QStringList forms{table.name, singularize(table.name)};
        if (!m_prefix.isEmpty() && table.name.size() > m_prefix.size()
            && table.name.startsWith(m_prefix, Qt::CaseInsensitive)) {
            const QString stripped = table.name.mid(m_prefix.size());
            forms << stripped << singularize(stripped);
        }
        return forms;
    }

    /// A key named after its own table (zabbix hosts.hostid, PrestaShop product.id_product)
    /// is referred to by its bare name.
    static bool isDistinctive(const QString &key, const QStringList &forms)
    {
        return key.compare(u"id"_s, Qt::CaseInsensitive) != 0
               && std::any_of(forms.cbegin(), forms.cend(), [&](const QString &f) {
                      return key.size() > f.size()
                             && (key.startsWith(f, Qt::CaseInsensitive)
                                 || key.endsWith(f, Qt::CaseInsensitive));
                  });
    }

    void add(const Table &table, const Column &key)
    {
        const QStringList forms = tableForms(table);
        for (const NamePattern &pattern : std::as_const(m_patterns)) {
            for (const QString &form : forms)
                insert(pattern.fingerprint(form, key.name), {&table, &key});
        }
        if (isDistinctive(key.name, forms))
            insert(Fingerprint().add(key.name).value(), {&table, &key});
    }

    bool refersTo(const QString &columnName, const Candidate &c) const
    {
        const QStringList forms = tableForms(*c.table);
        if (isDistinctive(c.key->name, forms)
            && c.key->name.compare(columnName, Qt::CaseInsensitive) == 0)
            return true;
        return std::any_of(m_patterns.cbegin(), m_patterns.cend(), [&](const NamePattern &p) {
            return std::any_of(forms.cbegin(), forms.cend(), [&](const QString &form) {
                return p.matches(columnName, form, c.key->name);
            });
        });
    }

    void insert(quint64 name, Candidate candidate)
    {
        const auto it = m_names.find(name);
        if (it == m_names.end())
            m_names.insert(name, {candidate, {}});
        else if (it->last().table != candidate.table) // a table adds all its names in a row
            it->more.append(candidate);
    }

    /// The tables one name fits; almost always one, which needs no list.
    struct Entry
    {
        Candidate first;
        QList<Candidate> more;

        const Candidate &last() const { return more.isEmpty() ? first : more.last(); }
    };

    QString m_prefix;
    QList<NamePattern> m_patterns;
    QHash<quint64, Entry> m_names; ///< fingerprint of an implied name → its tables
};

class ImpliedRelationRule final : public ValidationRule
{
public:
    QString code() const override { return u"R011"_s; }
    QString name() const override { return u"implied-relation"_s; }
    Severity severity() const override { return Severity::Info; }
    QString summary() const override
    {
        return u"A column named like a reference has no declared relation"_s;
    }
    QString help() const override
    {
        return u"A column such as orders.customer_id, whose name and type match the "
               "primary key of another table, is almost always a reference. Undeclared, it "
               "gets no index check, no delete plan and no orphan cleanup. Declare the "
               "relation, or declare it and mark it ignored if the name is a coincidence. "
               "Names match through the configured patterns ({table}_{pk} and others, the "
               "table singular or plural, with or without a wp_-style prefix) and through a "
               "key named after its own table (hostid, id_product). When the name fits "
               "several tables, the finding lists them all."_s;
    }
    void check(const ValidationContext &context, QList<Finding> &findings) const override
    {
        const Schema &schema = context.schema();
        QSet<quint64> declared; // every relation counts, ignored and malformed ones too
        for (const Relation &r : schema.relations()) {
            for (ColumnId c : r.childColumns)
                declared.insert(columnKey(r.childTable, c));
        }
        const ReferenceNames names(schema, context.options().impliedPatterns);
        for (const Table &table : schema.tables()) {
            for (const Column &column : table.columns) {
                if (declared.contains(columnKey(table.id, column.id)))
                    continue;
                QList<Candidate> parents = names.candidates(column.name);
                parents.removeIf([&](const Candidate &c) {
                    return (c.table == &table && c.key == &column) || !compatible(column, *c.key);
                });
                if (!parents.isEmpty())
                    findings.append(implied(context, table, column, parents));
            }
        }
    }

private:
    Finding implied(const ValidationContext &context, const Table &table, const Column &column,
                    const QList<Candidate> &parents) const
    {
        const QString child = context.columnRef(table.id, column.id);
        QStringList targets;
        QStringList declarations;
        for (const Candidate &p : parents) {
            targets.append(context.columnRef(p.table->id, p.key->id));
            declarations.append(child + u" → "_s + targets.last());
        }
        const QString last = targets.takeLast();
        const QString targetText
                = targets.isEmpty() ? last : targets.join(u", "_s) + u" or "_s + last;
        Finding f = ValidationContext::finding(*this, child + u" looks like a reference to "_s
                                                              + targetText
                                                              + u", but no relation is declared"_s);
        f.objects = {child};
        f.tables = {table.id};
        f.columns = {column.id};
        for (const Candidate &p : parents) {
            f.objects.append(context.columnRef(p.table->id, p.key->id));
            if (!f.tables.contains(p.table->id))
                f.tables.append(p.table->id);
            f.columns.append(p.key->id);
        }
        f.fix = u"declare "_s + declarations.join(u" or "_s);
        return f;
    }
};

} // namespace

const ValidationRule &impliedRelationRule()
{
    static const ImpliedRelationRule rule;
    return rule;
}

} // namespace relata
