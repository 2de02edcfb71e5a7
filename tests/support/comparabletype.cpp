// comparableType() of catalogcheck.h: column types as written and as servers report them.
#include "catalogcheck.h"

#include "core/sqltype.h"

using namespace Qt::StringLiterals;

namespace relatatest {

namespace {

/// The sizes MySQL and MariaDB fill in when a type leaves them out.
void fillMySqlDefaults(const relata::SqlType &type, QString &name, int &bits, int &length,
                       int &precision, int &scale)
{
    using F = relata::TypeFamily;
    if (type.family == F::Json) {
        name = u"longtext"_s; // MariaDB: JSON is LONGTEXT with a json_valid() CHECK
        bits = 0;
    }
    if (type.family == F::Decimal) {
        precision = precision < 0 ? 10 : precision;
        scale = scale < 0 ? 0 : scale;
    }
    if ((type.family == F::Time || type.family == F::Timestamp) && precision < 0)
        precision = 0;
    if (name == u"bit"_s && length < 0)
        length = 1;
    if (name == u"float"_s && precision > 24) {
        name = u"double"_s; // float(25..53) is a double
        precision = -1;
    } else if (name == u"float"_s) {
        precision = -1; // float(0..24) is a float
    }
}

} // namespace

QString comparableType(const QString &text, relata::Dialect target)
{
    if (target == relata::Dialect::Sqlite)
        return text.trimmed();
    const relata::SqlType type = relata::SqlType::parse(text, target);
    if (type.family == relata::TypeFamily::Other)
        return u"other "_s + text.simplified().toLower();
    QString name = type.canonicalName;
    int bits = type.integerBits;
    int length = type.length;
    int precision = type.precision;
    int scale = type.scale;
    if (type.fixedLength && length < 0
        && (type.family == relata::TypeFamily::String
            || type.family == relata::TypeFamily::Binary)) {
        length = 1; // char is char(1), binary is binary(1)
    }
    if (target == relata::Dialect::MySql)
        fillMySqlDefaults(type, name, bits, length, precision, scale);
    QString key = u"%1 bits=%2 length=%3 precision=%4 scale=%5"_s.arg(name)
                          .arg(bits)
                          .arg(length)
                          .arg(precision)
                          .arg(scale);
    if (type.isUnsigned || type.zeroFill)
        key += u" unsigned"_s;
    if (type.withTimeZone)
        key += u" with time zone"_s;
    if (type.isArray)
        key += u" array"_s;
    if (!type.enumValues.isEmpty())
        key += u" members="_s + type.enumValues.join(u'\x1f');
    return key;
}

} // namespace relatatest
