#include "relation.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

template<typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return QString();
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table,
                         const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const auto &[v, text] : table) {
        if (n == QStringView(text))
            return v;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ReferentialAction, const char16_t *>, 4> kActions{{
        {ReferentialAction::NoAction, u"no action"},
        {ReferentialAction::Restrict, u"restrict"},
        {ReferentialAction::Cascade, u"cascade"},
        {ReferentialAction::SetNull, u"set null"},
}};

constexpr std::array<std::pair<RelationOrigin, const char16_t *>, 4> kOrigins{{
        {RelationOrigin::Drawn, u"drawn"},
        {RelationOrigin::Constraint, u"constraint"},
        {RelationOrigin::Comment, u"comment"},
        {RelationOrigin::Inferred, u"inferred"},
}};

constexpr std::array<std::pair<RelationDecision, const char16_t *>, 3> kDecisions{{
        {RelationDecision::Pending, u"pending"},
        {RelationDecision::Accepted, u"accepted"},
        {RelationDecision::Ignored, u"ignored"},
}};

} // namespace

QString referentialActionName(ReferentialAction action)
{
    return nameOf(kActions, action);
}
std::optional<ReferentialAction> referentialActionFromName(const QString &name)
{
    return valueOf(kActions, name);
}
QString relationOriginName(RelationOrigin origin)
{
    return nameOf(kOrigins, origin);
}
std::optional<RelationOrigin> relationOriginFromName(const QString &name)
{
    return valueOf(kOrigins, name);
}
QString relationDecisionName(RelationDecision decision)
{
    return nameOf(kDecisions, decision);
}
std::optional<RelationDecision> relationDecisionFromName(const QString &name)
{
    return valueOf(kDecisions, name);
}

} // namespace relata
