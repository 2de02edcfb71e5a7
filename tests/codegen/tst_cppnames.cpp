// C++ names and texts of the header generator: identifiers from SQL names, unique names in a
// scope, string literals and comment text. Every identifier produced here is also checked
// against the rules of C++ (not a keyword, nothing reserved to the implementation).
#include "codegen/cppnames.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using relata::cppCommentText;
using relata::cppIdentifier;
using relata::CppScope;
using relata::cppStringLiteral;

namespace {

/// C++20 keywords and alternative tokens, and the macros a generated header can meet, kept
/// apart from the generator's own list so that a name missing there shows up here.
const QSet<QString> &keywords()
{
    static const QSet<QString> words = [] {
        const QString text = u"alignas alignof and and_eq asm auto bitand bitor bool break case "
                             "catch char char8_t char16_t char32_t class compl concept const "
                             "consteval constexpr constinit const_cast continue co_await "
                             "co_return co_yield decltype default delete do double dynamic_cast "
                             "else enum explicit export extern false float for friend goto if "
                             "inline int long mutable namespace new noexcept not not_eq nullptr "
                             "operator or or_eq private protected public register "
                             "reinterpret_cast requires return short signed sizeof static "
                             "static_assert static_cast struct switch template this "
                             "thread_local throw true try typedef typeid typename union "
                             "unsigned using virtual void volatile wchar_t while xor xor_eq "
                             "std relata_gen NULL linux unix emit signals slots foreach"_s;
        const QStringList list = text.split(u' ');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

/// Why `id` cannot be a name of generated code, or empty when it can.
QString identifierProblem(const QString &id)
{
    static const QRegularExpression shape(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    static const QRegularExpression reservedStart(u"^_[A-Z]"_s);
    if (!shape.match(id).hasMatch())
        return u"'%1' is not an identifier"_s.arg(id);
    if (id.contains(u"__"_s))
        return u"'%1' holds \"__\" (reserved)"_s.arg(id);
    if (reservedStart.match(id).hasMatch())
        return u"'%1' starts with _ and a capital (reserved)"_s.arg(id);
    if (keywords().contains(id))
        return u"'%1' is a keyword or a macro"_s.arg(id);
    return {};
}

/// The bytes a C string literal (as cppStringLiteral writes them) stands for, or a
/// description of what is wrong with it in `problem`.
QByteArray decodeLiteral(const QByteArray &literal, QString *problem)
{
    if (literal.size() < 2 || !literal.startsWith('"') || !literal.endsWith('"')) {
        *problem = u"not in quotes"_s;
        return {};
    }
    QByteArray bytes;
    for (qsizetype i = 1; i < literal.size() - 1; ++i) {
        const char c = literal.at(i);
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x7f || c == '"') {
            *problem = u"raw byte %1 at %2"_s.arg(int(byte)).arg(i);
            return {};
        }
        if (c != '\\') {
            bytes += c;
            continue;
        }
        const char e = i + 1 < literal.size() - 1 ? literal.at(++i) : '\0';
        if (e == 'n' || e == 't') {
            bytes += e == 'n' ? '\n' : '\t';
        } else if (e == '\\' || e == '"' || e == '?') {
            bytes += e;
        } else if (e >= '0' && e <= '7' && i + 2 < literal.size() - 1) {
            bytes += char(((e - '0') << 6) | ((literal.at(i + 1) - '0') << 3)
                          | (literal.at(i + 2) - '0'));
            i += 2;
        } else {
            *problem = u"bad escape at %1"_s.arg(i);
            return {};
        }
    }
    return bytes;
}

/// Names built from every sequence of up to three of these characters: letters, digits,
/// underscores, spaces, punctuation, accents, CJK, emoji.
QStringList combinations()
{
    const QStringList alphabet{u"a"_s,  u"Z"_s, u"_"_s, u"1"_s,  u" "_s, u"é"_s,
                               u"名"_s, u"😀"_s, u"?"_s, u"\\"_s, u"-"_s, u"\u202e"_s};
    QStringList names{QString()};
    QStringList previous{QString()};
    for (int length = 1; length <= 3; ++length) {
        QStringList next;
        for (const QString &prefix : std::as_const(previous)) {
            for (const QString &c : alphabet)
                next.append(prefix + c);
        }
        names += next;
        previous = next;
    }
    return names;
}

} // namespace

class TstCppNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifierCheckRejects();
    void identifier_data();
    void identifier();
    void identifiersAlwaysValid();
    void scope_data();
    void scope();
    void scopeUniqueOverManyNames();
    void stringLiteral_data();
    void stringLiteral();
    void stringLiteralRoundTrip();
    void commentText_data();
    void commentText();
};

void TstCppNames::identifierCheckRejects()
{
    // The check below is only worth something if it can fail.
    QVERIFY(identifierProblem(u"users"_s).isEmpty());
    QVERIFY(identifierProblem(u"_1st"_s).isEmpty());
    QVERIFY(!identifierProblem(u"class"_s).isEmpty());
    QVERIFY(!identifierProblem(u"a__b"_s).isEmpty());
    QVERIFY(!identifierProblem(u"_Hidden"_s).isEmpty());
    QVERIFY(!identifierProblem(u"1st"_s).isEmpty());
    QVERIFY(!identifierProblem(u"a b"_s).isEmpty());
    QVERIFY(!identifierProblem(QString()).isEmpty());
}

void TstCppNames::identifier_data()
{
    QTest::addColumn<QString>("sqlName");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *tag, const QString &name, const QString &id) {
        QTest::newRow(tag) << name << id;
    };
    row("plain", u"users"_s, u"users"_s);
    row("mixed case", u"CaseTwin"_s, u"CaseTwin"_s);
    row("keyword class", u"class"_s, u"class_"_s);
    row("keyword namespace", u"namespace"_s, u"namespace_"_s);
    row("keyword delete", u"delete"_s, u"delete_"_s);
    row("keyword template", u"template"_s, u"template_"_s);
    row("keyword int", u"int"_s, u"int_"_s);
    row("alternative token", u"and"_s, u"and_"_s);
    row("coroutine keyword", u"co_await"_s, u"co_await_"_s);
    row("std", u"std"_s, u"std_"_s);
    row("runtime namespace", u"relata_gen"_s, u"relata_gen_"_s);
    row("macro linux", u"linux"_s, u"linux_"_s);
    row("macro unix", u"unix"_s, u"unix_"_s);
    row("Qt macro emit", u"emit"_s, u"emit_"_s);
    row("macro NULL", u"NULL"_s, u"NULL_"_s);
    row("TRUE", u"TRUE"_s, u"TRUE_"_s);
    row("space", u"user id"_s, u"user_id"_s);
    row("dash", u"user-id"_s, u"user_id"_s);
    row("underscore kept", u"user_id"_s, u"user_id"_s);
    row("punctuation run", u"a  -- b"_s, u"a_b"_s);
    row("quotes", u"it's a \"quoted\" `table`"_s, u"it_s_a_quoted_table"_s);
    row("trailing space", u"trailing space "_s, u"trailing_space"_s);
    row("trailing backslash", u"ends in backslash\\"_s, u"ends_in_backslash"_s);
    row("trigraph", u"what?\?="_s, u"what"_s);
    row("leading digit", u"1st place"_s, u"_1st_place"_s);
    row("leading digit 2", u"2fa secret"_s, u"_2fa_secret"_s);
    row("digits only", u"42"_s, u"_42"_s);
    row("dollar digit", u"$1"_s, u"_1"_s);
    row("accents dropped", u"résumé"_s, u"resume"_s);
    row("accents dropped 2", u"Ünïcödé"_s, u"Unicode"_s);
    row("CJK", u"名前"_s, u"u540d_u524d"_s);
    row("Cyrillic", u"ключ"_s, u"u043a_u043b_u044e_u0447"_s);
    row("mixed scripts", u"naïve 名"_s, u"naive_u540d"_s);
    row("emoji is punctuation", u"emoji 😀 table"_s, u"emoji_table"_s);
    row("emoji only", u"😀"_s, u"x"_s);
    row("reserved _Hidden", u"_Hidden"_s, u"x_Hidden"_s);
    row("reserved __Hidden", u"__Hidden"_s, u"x_Hidden"_s);
    row("double underscore start", u"__double"_s, u"_double"_s);
    row("double underscore inside", u"a__b"_s, u"a_b"_s);
    row("trailing underscore kept", u"trailing_"_s, u"trailing_"_s);
    row("keyword with underscore", u"int_"_s, u"int_"_s);
    row("empty", QString(), u"x"_s);
    row("symbols only", u"?"_s, u"x"_s);
    row("percent", u"%%"_s, u"x"_s);
    row("bidi override", u"rtl \u202e override"_s, u"rtl_override"_s);
}

void TstCppNames::identifier()
{
    QFETCH(QString, sqlName);
    QFETCH(QString, expected);
    const QString id = cppIdentifier(sqlName);
    QCOMPARE(id, expected);
    QVERIFY2(identifierProblem(id).isEmpty(), qPrintable(identifierProblem(id)));
    QCOMPARE(cppIdentifier(sqlName), id); // the same every time
}

void TstCppNames::identifiersAlwaysValid()
{
    QStringList names = combinations();
    names += QStringList(keywords().cbegin(), keywords().cend());
    for (const QString &name : std::as_const(names)) {
        const QString problem = identifierProblem(cppIdentifier(name));
        QVERIFY2(problem.isEmpty(), qPrintable(u"from \"%1\": %2"_s.arg(name, problem)));
    }
}

void TstCppNames::scope_data()
{
    QTest::addColumn<QStringList>("reserved");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("same identifier")
            << QStringList() << QStringList{u"user-id"_s, u"user id"_s, u"user_id"_s}
            << QStringList{u"user_id"_s, u"user_id_2"_s, u"user_id_3"_s};
    QTest::newRow("taken suffix") << QStringList() << QStringList{u"a"_s, u"a_2"_s, u"a"_s}
                                  << QStringList{u"a"_s, u"a_2"_s, u"a_3"_s};
    QTest::newRow("members reserved")
            << QStringList{u"sql_name"_s, u"columns"_s, u"relations"_s}
            << QStringList{u"sql_name"_s, u"columns"_s, u"relations"_s, u"columns"_s}
            << QStringList{u"sql_name_2"_s, u"columns_2"_s, u"relations_2"_s, u"columns_3"_s};
    // A column named as its table: the struct's name is reserved; never "class__2".
    QTest::newRow("own table name")
            << QStringList{u"class_"_s} << QStringList{u"class"_s, u"class"_s}
            << QStringList{u"class_2"_s, u"class_3"_s};
    QTest::newRow("keyword then its escape")
            << QStringList() << QStringList{u"int"_s, u"int_"_s, u"int"_s}
            << QStringList{u"int_"_s, u"int_2"_s, u"int_3"_s};
    QTest::newRow("empty names") << QStringList() << QStringList{QString(), u"?"_s, u"x"_s}
                                 << QStringList{u"x"_s, u"x_2"_s, u"x_3"_s};
}

void TstCppNames::scope()
{
    QFETCH(QStringList, reserved);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    CppScope scope(QSet<QString>(reserved.cbegin(), reserved.cend()));
    QStringList ids;
    for (const QString &name : std::as_const(names))
        ids.append(scope.take(name));
    QCOMPARE(ids, expected);
    for (const QString &id : std::as_const(ids))
        QVERIFY2(identifierProblem(id).isEmpty(), qPrintable(identifierProblem(id)));
}

void TstCppNames::scopeUniqueOverManyNames()
{
    // Thousands of names, many mapping to the same identifier, each taken twice.
    const QSet<QString> reserved{u"sql_name"_s, u"columns"_s, u"x_2"_s, u"a_"_s};
    CppScope scope(reserved);
    QSet<QString> seen;
    const QStringList names = combinations();
    for (const QString &name : names + names) {
        const QString id = scope.take(name);
        QVERIFY2(identifierProblem(id).isEmpty(), qPrintable(identifierProblem(id)));
        QVERIFY2(!reserved.contains(id), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(u"\"%1\" given twice"_s.arg(id)));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 2 * names.size());
}

void TstCppNames::stringLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("plain") << u"users"_s << QByteArray(R"("users")");
    QTest::newRow("quotes") << u"it's \"q\""_s << QByteArray(R"("it's \"q\"")");
    QTest::newRow("backslash") << u"C:\\temp\\"_s << QByteArray(R"("C:\\temp\\")");
    QTest::newRow("newline tab") << u"a\nb\tc"_s << QByteArray(R"("a\nb\tc")");
    QTest::newRow("carriage return") << u"a\rb"_s << QByteArray(R"("a\015b")");
    QTest::newRow("control chars") << u"\u0001\u001f\u007f"_s << QByteArray(R"("\001\037\177")");
    QTest::newRow("utf-8 octal") << u"é"_s << QByteArray(R"("\303\251")");
    // Octal escapes stop after three digits: the digit after stays a digit.
    QTest::newRow("digit after octal") << u"é1"_s << QByteArray(R"("\303\2511")");
    QTest::newRow("emoji") << u"😀"_s << QByteArray(R"("\360\237\230\200")");
    QTest::newRow("trigraph ?\?=") << u"?\?="_s << QByteArray(R"("?\?=")");
    QTest::newRow("trigraph ?\?/") << u"why?\?/"_s << QByteArray(R"("why?\?/")");
    QTest::newRow("three ?") << u"?\?\?"_s << QByteArray(R"("?\?\?")");
    QTest::newRow("single ?") << u"a?b"_s << QByteArray(R"("a?b")");
    QTest::newRow("comment-like") << u"/* x */ -- y"_s << QByteArray(R"("/* x */ -- y")");
}

void TstCppNames::stringLiteral()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const QByteArray literal = cppStringLiteral(text);
    QCOMPARE(literal, expected);
    QString problem;
    QCOMPARE(decodeLiteral(literal, &problem), text.toUtf8());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstCppNames::stringLiteralRoundTrip()
{
    QStringList texts = combinations();
    texts += {u"\u0000\n\t\r\"\\?\?=?\?/?\?'?\?(?\?)?\?!?\?<?\?>?\?-"_s, u"line\u2028sep"_s};
    for (const QString &text : std::as_const(texts)) {
        const QByteArray literal = cppStringLiteral(text);
        QString problem;
        const QByteArray bytes = decodeLiteral(literal, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + QString::fromLatin1(literal)));
        QCOMPARE(bytes, text.toUtf8());
        QVERIFY2(!literal.contains("?\?"), literal.constData());
    }
}

void TstCppNames::commentText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"users.id → x"_s << QByteArray("\"users.id → x\"");
    QTest::newRow("trailing backslash") << u"ends\\"_s << QByteArray("\"ends\\\"");
    QTest::newRow("newlines") << u"a\nb\rc"_s << QByteArray("\"a b c\"");
    QTest::newRow("line separators") << u"a\u2028b\u2029c\u0085d"_s << QByteArray("\"a b c d\"");
    QTest::newRow("tab and control") << u"a\tb\u0001"_s << QByteArray("\"a b \"");
    // GCC's -Wbidi-chars refuses unpaired bidirectional controls in comments.
    QTest::newRow("bidi override") << u"rtl \u202e x\u2066"_s << QByteArray("\"rtl   x \"");
    QTest::newRow("trigraph") << u"?\?/"_s << QByteArray("\"?\?/\"");
    QTest::newRow("utf-8") << u"名前"_s << u"\"名前\""_s.toUtf8();
}

void TstCppNames::commentText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const QByteArray comment = cppCommentText(text);
    QCOMPARE(comment, expected);
    QVERIFY(!comment.endsWith('\\'));
    QVERIFY(!comment.contains('\n') && !comment.contains('\r'));
    for (const QString &t : combinations()) {
        const QByteArray c = cppCommentText(t + u"\n\\"_s);
        QVERIFY(!c.endsWith('\\') && !c.contains('\n'));
    }
}

QTEST_GUILESS_MAIN(TstCppNames)
#include "tst_cppnames.moc"
