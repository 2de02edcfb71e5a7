#include "cpphighlighter.h"

using namespace Qt::StringLiterals;

namespace relata {

CppHighlighter::CppHighlighter(QTextDocument *document)
    : RegexHighlighter(document)
{
    const QStringList keywords{u"alignas"_s,       u"auto"_s,      u"break"_s,
                               u"case"_s,          u"class"_s,     u"const"_s,
                               u"constexpr"_s,     u"continue"_s,  u"default"_s,
                               u"delete"_s,        u"do"_s,        u"else"_s,
                               u"enum"_s,          u"explicit"_s,  u"false"_s,
                               u"for"_s,           u"friend"_s,    u"if"_s,
                               u"inline"_s,        u"namespace"_s, u"new"_s,
                               u"noexcept"_s,      u"nullptr"_s,   u"operator"_s,
                               u"override"_s,      u"private"_s,   u"protected"_s,
                               u"public"_s,        u"return"_s,    u"static"_s,
                               u"static_assert"_s, u"struct"_s,    u"switch"_s,
                               u"template"_s,      u"this"_s,      u"true"_s,
                               u"typename"_s,      u"using"_s,     u"virtual"_s,
                               u"while"_s};
    const QStringList types{u"bool"_s,     u"char"_s,     u"double"_s,      u"float"_s,
                            u"int"_s,      u"long"_s,     u"short"_s,       u"signed"_s,
                            u"unsigned"_s, u"void"_s,     u"size_t"_s,      u"int64_t"_s,
                            u"uint64_t"_s, u"string"_s,   u"string_view"_s, u"array"_s,
                            u"vector"_s,   u"optional"_s, u"span"_s};
    addRule(wordsPattern(keywords), Role::Keyword);
    addRule(wordsPattern(types), Role::Type);
    addRule(u"\\b(?:0x[0-9a-fA-F]+|\\d+(?:\\.\\d+)?)[uUlLfF]*\\b"_s, Role::Number);
    addRule(u"^\\s*#\\s*\\w+"_s, Role::Preprocessor);
    setLineComment(u"//"_s);
    setStringQuotes(u"'\""_s);
}

} // namespace relata
