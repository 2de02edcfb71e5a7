#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace relata {

/// A valid, portable C++ identifier for an SQL name, the same every time: ASCII letters,
/// digits and single underscores. Accents are dropped ("résumé" → "resume"), other
/// non-ASCII characters become their code point ("名前" → "u540d_u524d"), runs of other
/// characters one underscore ("user id" → "user_id"); a leading digit gets an underscore
/// before it, a name that would be reserved (leading "_X", "__") or empty gets an "x"
/// before it, and a C++ keyword or a common macro ("class", "linux", "emit") an underscore
/// after it.
QString cppIdentifier(const QString &sqlName);

/// C++ keywords (up to C++20, with the alternative tokens) and the macros that the C and
/// Qt headers a generated header meets define with plain names.
bool isCppReservedName(const QString &identifier);

/// The identifiers of one C++ scope: each SQL name gets cppIdentifier(), made unique by
/// "_2", "_3"... in the order the names come ("class_2" after "class_": never "__"), never
/// one of `reserved`.
class CppScope
{
public:
    explicit CppScope(QSet<QString> reserved = {})
        : m_taken(std::move(reserved))
    {}
    QString take(const QString &sqlName);

private:
    QSet<QString> m_taken;
};

/// A C++ string literal ("...") for `text` as UTF-8, in ASCII: quotes, backslashes and
/// control characters escaped, bytes above 127 as octal escapes, "??" broken so that no
/// trigraph forms.
QByteArray cppStringLiteral(const QString &text);

/// `text` in quotes for a // comment: one line (control and format characters, such as
/// bidirectional overrides, become spaces), UTF-8, never ending in a backslash.
QByteArray cppCommentText(const QString &text);

} // namespace relata
