#include "relatareaderror.h"

#include "relatafile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Qt's offset points one past the offending byte for most errors, at it for some, and
/// past the end for a string cut off by the end of the file.
qsizetype errorPosition(QByteArrayView json, const QJsonParseError &error)
{
    qsizetype pos = error.offset;
    switch (error.error) {
    case QJsonParseError::IllegalUTF8String:
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::IllegalEscapeSequence:
    case QJsonParseError::GarbageAtEnd:
    case QJsonParseError::UnterminatedString:
        break;
    default:
        if (pos < json.size())
            --pos;
        break;
    }
    pos = std::clamp<qsizetype>(pos, 0, json.size());
    // Qt sometimes reports the blank after the offending byte.
    while (pos > 0 && pos < json.size() && isSpace(json[pos]))
        --pos;
    if (error.error == QJsonParseError::IllegalValue) { // "nul", "tru": point at the word
        while (pos > 0 && isLetter(json[pos - 1]))
            --pos;
    }
    return pos;
}

bool startsValue(char c)
{
    return c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || c == 't'
           || c == 'f' || c == 'n';
}

QString describe(QByteArrayView json, qsizetype pos, QJsonParseError::ParseError error)
{
    using E = QJsonParseError;
    const bool atEnd = pos >= json.size();
    switch (error) {
    case E::UnterminatedString:
        return u"JSON syntax error: unterminated string"_s;
    case E::IllegalUTF8String:
        return u"invalid UTF-8 (a .relata file must be UTF-8 encoded)"_s;
    case E::DeepNesting:
        return u"JSON nested too deeply (at most 1024 levels)"_s;
    case E::DocumentTooLarge:
        return u"JSON document too large"_s;
    default:
        break;
    }
    if (atEnd)
        return u"JSON syntax error: unexpected end of file"_s;
    if (json[pos] == '\0')
        return u"JSON syntax error: unexpected NUL byte"_s;
    QString words;
    switch (error) {
    case E::UnterminatedObject:
    case E::UnterminatedArray:
    case E::MissingValueSeparator:
        words = startsValue(json[pos])           ? u"missing comma"_s
                : error == E::UnterminatedObject ? u"expected \",\" or \"}\""_s
                                                 : u"expected \",\" or \"]\""_s;
        break;
    case E::MissingNameSeparator:
        words = u"expected \":\" after the key"_s;
        break;
    case E::IllegalValue:
        words = u"invalid value"_s;
        break;
    case E::IllegalNumber:
        words = u"invalid number"_s;
        break;
    case E::IllegalEscapeSequence:
        words = u"invalid escape sequence"_s;
        break;
    case E::MissingObject:
        words = json[pos] == '}' || json[pos] == ']' ? u"trailing comma"_s
                                                     : u"expected a value after \",\""_s;
        break;
    case E::GarbageAtEnd:
        words = u"unexpected text after the end of the document"_s;
        break;
    default:
        words = QJsonParseError{0, error}.errorString().toLower();
        break;
    }
    return u"JSON syntax error: "_s + words;
}

} // namespace

QString RelataReadError::toString(const QString &fileName) const
{
    const QString position = line > 0 ? u"%1:%2: "_s.arg(line).arg(column) : QString();
    if (fileName.isEmpty())
        return position + message;
    return fileName + (position.isEmpty() ? u": "_s : u":"_s + position) + message;
}

RelataReadError RelataReadError::fileTooLarge(qint64 bytes)
{
    return {0, 0,
            u"the file is too large (%1 bytes; at most %2)"_s.arg(
                    QString::number(bytes), QString::number(kMaxRelataFileBytes))};
}

RelataReadError RelataReadError::fromJsonParseError(QByteArrayView json,
                                                    const QJsonParseError &error)
{
    const qsizetype pos = errorPosition(json, error);
    RelataReadError result;
    result.line = 1;
    result.column = 1;
    for (qsizetype i = 0; i < pos; ++i) {
        const auto byte = static_cast<unsigned char>(json[i]);
        if (byte == '\n') {
            ++result.line;
            result.column = 1;
        } else if ((byte & 0xc0) != 0x80) { // not a UTF-8 continuation byte
            ++result.column;
        }
    }
    result.message = describe(json, pos, error.error);
    return result;
}

} // namespace relata
