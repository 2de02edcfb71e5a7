#include "cppnames.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

const QSet<QString> &reservedNames()
{
    static const QSet<QString> names = [] {
        const QStringList words{
                // C++20 keywords and alternative tokens
                u"alignas"_s, u"alignof"_s, u"and"_s, u"and_eq"_s, u"asm"_s, u"auto"_s, u"bitand"_s,
                u"bitor"_s, u"bool"_s, u"break"_s, u"case"_s, u"catch"_s, u"char"_s, u"char8_t"_s,
                u"char16_t"_s, u"char32_t"_s, u"class"_s, u"compl"_s, u"concept"_s, u"const"_s,
                u"consteval"_s, u"constexpr"_s, u"constinit"_s, u"const_cast"_s, u"continue"_s,
                u"co_await"_s, u"co_return"_s, u"co_yield"_s, u"decltype"_s, u"default"_s,
                u"delete"_s, u"do"_s, u"double"_s, u"dynamic_cast"_s, u"else"_s, u"enum"_s,
                u"explicit"_s, u"export"_s, u"extern"_s, u"false"_s, u"float"_s, u"for"_s,
                u"friend"_s, u"goto"_s, u"if"_s, u"inline"_s, u"int"_s, u"long"_s, u"mutable"_s,
                u"namespace"_s, u"new"_s, u"noexcept"_s, u"not"_s, u"not_eq"_s, u"nullptr"_s,
                u"operator"_s, u"or"_s, u"or_eq"_s, u"private"_s, u"protected"_s, u"public"_s,
                u"register"_s, u"reinterpret_cast"_s, u"requires"_s, u"return"_s, u"short"_s,
                u"signed"_s, u"sizeof"_s, u"static"_s, u"static_assert"_s, u"static_cast"_s,
                u"struct"_s, u"switch"_s, u"template"_s, u"this"_s, u"thread_local"_s, u"throw"_s,
                u"true"_s, u"try"_s, u"typedef"_s, u"typeid"_s, u"typename"_s, u"union"_s,
                u"unsigned"_s, u"using"_s, u"virtual"_s, u"void"_s, u"volatile"_s, u"wchar_t"_s,
                u"while"_s, u"xor"_s, u"xor_eq"_s,
                // identifiers with a special meaning, and the namespaces generated code uses
                u"final"_s, u"override"_s, u"import"_s, u"module"_s, u"std"_s, u"relata_gen"_s,
                // macros of the C library, of GNU modes and of Qt
                u"NULL"_s, u"EOF"_s, u"errno"_s, u"assert"_s, u"offsetof"_s, u"stdin"_s,
                u"stdout"_s, u"stderr"_s, u"linux"_s, u"unix"_s, u"i386"_s, u"signals"_s,
                u"slots"_s, u"emit"_s, u"foreach"_s, u"forever"_s, u"TRUE"_s, u"FALSE"_s};
        return QSet<QString>(words.cbegin(), words.cend());
    }();
    return names;
}

bool isAsciiWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'_';
}

} // namespace

bool isCppReservedName(const QString &identifier)
{
    return reservedNames().contains(identifier);
}

QString cppIdentifier(const QString &sqlName)
{
    // Most names are identifiers already: the common case stays cheap for 100,000 columns.
    if (!sqlName.isEmpty() && !sqlName.at(0).isDigit() && !sqlName.startsWith(u'_')
        && !sqlName.endsWith(u'_') && !sqlName.contains(u"__"_s)
        && std::all_of(sqlName.cbegin(), sqlName.cend(), isAsciiWordChar))
        return isCppReservedName(sqlName) ? sqlName + u'_' : sqlName;
    // Decomposed, an accented letter is its letter and a combining mark to drop.
    const QString decomposed = sqlName.normalized(QString::NormalizationForm_KD);
    QString id;
    const auto separate = [&id] {
        if (!id.isEmpty() && !id.endsWith(u'_'))
            id += u'_';
    };
    for (const char32_t c : decomposed.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c < 128 && isAsciiWordChar(QChar(c))) {
            if (c != u'_' || !id.endsWith(u'_'))
                id += QChar(c);
        } else if (c >= 128 && QChar::isLetterOrNumber(c)) {
            separate();
            id += u"u%1"_s.arg(uint(c), 4, 16, QChar(u'0'));
            id += u'_';
        } else {
            separate();
        }
    }
    while (id.size() > 1 && id.endsWith(u'_') && sqlName.size() > 0 && !sqlName.endsWith(u'_'))
        id.chop(1);
    if (id.isEmpty() || (id.startsWith(u'_') && id.size() > 1 && id.at(1).isUpper()))
        id.prepend(u'x');
    else if (id.at(0).isDigit())
        id.prepend(u'_');
    if (isCppReservedName(id))
        id += u'_';
    return id;
}

QString CppScope::take(const QString &sqlName)
{
    const QString base = cppIdentifier(sqlName);
    // "class_" + "_2" would hold "__", which is reserved: "class_2".
    const QString stem = base.endsWith(u'_') ? base : base + u'_';
    QString id = base;
    for (int n = 2; m_taken.contains(id); ++n)
        id = stem + QString::number(n);
    m_taken.insert(id);
    return id;
}

QByteArray cppStringLiteral(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const auto plain = [](char c) {
        return c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?';
    };
    QByteArray literal;
    literal.reserve(utf8.size() + 2);
    literal += '"';
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    for (qsizetype i = 0; i < size;) {
        // Runs of characters that need no escape are copied whole.
        qsizetype end = i;
        while (end < size && plain(data[end]))
            ++end;
        literal.append(data + i, end - i);
        if (end == size)
            break;
        const char c = data[end];
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            literal += '\\';
            literal += c;
        } else if (c == '\n') {
            literal += "\\n";
        } else if (c == '\t') {
            literal += "\\t";
        } else if (c == '?') {
            // "??" could start a trigraph.
            literal += end > 0 && data[end - 1] == '?' ? "\\?" : "?";
        } else {
            // Octal escapes end after three digits: no following character is swallowed.
            literal += '\\';
            literal += char('0' + (byte >> 6));
            literal += char('0' + ((byte >> 3) & 7));
            literal += char('0' + (byte & 7));
        }
        i = end + 1;
    }
    literal += '"';
    return literal;
}

QByteArray cppCommentText(const QString &text)
{
    // In quotes: a trailing backslash would continue the comment on the next line.
    // Format characters go too: GCC refuses unpaired bidirectional controls (U+202E) in
    // comments (-Wbidi-chars), and they could make the comment read differently.
    QString line = text;
    for (QChar &c : line) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return '"' + line.toUtf8() + '"';
}

} // namespace relata
