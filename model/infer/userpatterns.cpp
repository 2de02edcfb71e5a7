#include "userpatterns.h"

#include "relationinference.h"

using namespace Qt::StringLiterals;

namespace relata::inference {

namespace {

/// The regex for a column glob: `*` is any text, everything else literal.
QString globToRegex(const QString &glob)
{
    QStringList parts = glob.split(u'*');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return parts.join(u".*"_s);
}

bool compileOne(const QString &text, UserPattern *out, QString *why)
{
    out->text = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *why = u"is empty"_s;
        return false;
    }
    QString regex;
    const qsizetype equals = trimmed.indexOf(u'=');
    if (equals >= 0) {
        const QString column = trimmed.left(equals).trimmed();
        const QString target = trimmed.mid(equals + 1).trimmed();
        if (column.isEmpty() || target.isEmpty()) {
            *why = u"needs a column name before = and a table after it"_s;
            return false;
        }
        regex = globToRegex(column);
        // "users.id": the last dot separates the column (a PostgreSQL table may be
        // qualified: "auth.users.id" is auth.users and id).
        const qsizetype dot = target.lastIndexOf(u'.');
        const bool hasColumn = dot > 0 && target.count(u'.') >= 1 && !target.endsWith(u'.');
        out->table = hasColumn ? target.left(dot) : target;
        out->tableColumn = hasColumn ? target.mid(dot + 1) : QString();
    } else {
        const bool table = trimmed.contains(u"{table}"_s);
        const bool singular = trimmed.contains(u"{singular}"_s);
        if (table == singular) {
            *why = u"needs exactly one of {table} or {singular}, or the form COLUMN=TABLE"_s;
            return false;
        }
        const QString placeholder = table ? u"{table}"_s : u"{singular}"_s;
        const qsizetype at = trimmed.indexOf(placeholder);
        if (trimmed.indexOf(placeholder, at + 1) >= 0) {
            *why = u"names %1 twice"_s.arg(placeholder);
            return false;
        }
        regex = globToRegex(trimmed.left(at)) + u"(.+)"_s
                + globToRegex(trimmed.mid(at + placeholder.size()));
        out->namesEntity = true;
    }
    out->column = QRegularExpression(QRegularExpression::anchoredPattern(regex),
                                     QRegularExpression::CaseInsensitiveOption);
    if (!out->column.isValid()) {
        *why = out->column.errorString();
        return false;
    }
    return true;
}

} // namespace

QList<UserPattern> compilePatterns(const QStringList &patterns, QString *error)
{
    QList<UserPattern> out;
    for (const QString &text : patterns) {
        UserPattern pattern;
        QString why;
        if (!compileOne(text, &pattern, &why)) {
            *error = u"pattern \"%1\" %2"_s.arg(text, why);
            return {};
        }
        out.append(std::move(pattern));
    }
    return out;
}

} // namespace relata::inference

namespace relata {

QString checkInferencePatterns(const QStringList &patterns)
{
    QString error;
    inference::compilePatterns(patterns, &error);
    return error;
}

} // namespace relata
