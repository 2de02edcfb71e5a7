#include "sqltype.h"

// Placeholder until the parser lands (replaced in the same change).
namespace relata {
QString typeFamilyName(TypeFamily)
{
    return {};
}
SqlType SqlType::parse(const QString &text, Dialect)
{
    SqlType t;
    t.text = text;
    return t;
}
} // namespace relata
