#include "columncatalog.h"

#include <array>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

using K = ColumnKind;

constexpr std::array kTemplates = {
        ColumnTemplate{u"name", K::VarChar, 120, u"shown in lists"},
        ColumnTemplate{u"title", K::VarChar, 255, nullptr},
        ColumnTemplate{u"slug", K::VarChar, 120, u"unique, used in URLs"},
        ColumnTemplate{u"email", K::VarChar, 255, nullptr},
        ColumnTemplate{u"code", K::VarChar, 32, u"external reference"},
        ColumnTemplate{u"label", K::VarChar, 64, nullptr},
        ColumnTemplate{u"url", K::VarChar, 255, nullptr},
        ColumnTemplate{u"phone", K::VarChar, 32, nullptr},
        ColumnTemplate{u"locale", K::VarChar, 16, u"BCP 47 tag"},
        ColumnTemplate{u"quantity", K::Int, 0, nullptr},
        ColumnTemplate{u"position", K::Int, 0, u"sort order within the parent"},
        ColumnTemplate{u"view_count", K::Int, 0, nullptr},
        ColumnTemplate{u"attempts", K::Int, 0, nullptr},
        ColumnTemplate{u"price", K::Decimal, 0, u"in the account currency"},
        ColumnTemplate{u"amount", K::Decimal, 0, nullptr},
        ColumnTemplate{u"balance", K::Decimal, 0, nullptr},
        ColumnTemplate{u"tax_rate", K::Decimal, 0, u"percent"},
        ColumnTemplate{u"created_at", K::DateTime, 0, nullptr},
        ColumnTemplate{u"updated_at", K::DateTime, 0, nullptr},
        ColumnTemplate{u"published_at", K::DateTime, 0, u"null while a draft"},
        ColumnTemplate{u"expires_at", K::DateTime, 0, nullptr},
        ColumnTemplate{u"description", K::Text, 0, nullptr},
        ColumnTemplate{u"body", K::Text, 0, u"Markdown"},
        ColumnTemplate{u"notes", K::Text, 0, u"internal only"},
        ColumnTemplate{u"is_active", K::Flag, 0, nullptr},
        ColumnTemplate{u"is_public", K::Flag, 0, u"visible without signing in"},
        ColumnTemplate{u"enabled", K::Flag, 0, nullptr},
        ColumnTemplate{u"metadata", K::Json, 0, u"free-form, written by integrations"},
        ColumnTemplate{u"settings", K::Json, 0, nullptr},
        ColumnTemplate{u"payload", K::Json, 0, nullptr},
        ColumnTemplate{u"status", K::Enum, 0, u"draft until published"},
        ColumnTemplate{u"visibility", K::Enum, 0, nullptr},
};

constexpr std::array kNouns = {
        u"user",      u"account",  u"profile",  u"team",    u"member",     u"project",
        u"task",      u"comment",  u"post",     u"page",    u"block",      u"link",
        u"tag",       u"category", u"product",  u"order",   u"order_line", u"invoice",
        u"payment",   u"refund",   u"shipment", u"address", u"customer",   u"supplier",
        u"warehouse", u"stock",    u"coupon",   u"cart",    u"review",     u"recipe",
        u"step",      u"image",    u"file",     u"folder",  u"message",    u"thread",
        u"event",     u"ticket",   u"session",  u"device",  u"plan",       u"subscription",
        u"webhook",   u"report",   u"survey",   u"answer",  u"course",     u"lesson",
};

} // namespace

std::span<const ColumnTemplate> columnTemplates()
{
    return kTemplates;
}

std::span<const char16_t *const> tableNouns()
{
    return kNouns;
}

static QString enumType(Dialect dialect)
{
    switch (dialect) {
    case Dialect::MySql:
        return u"enum('draft','active','archived')"_s;
    case Dialect::PostgreSql:
        return u"varchar(16)"_s;
    case Dialect::Sqlite:
        return u"text"_s;
    }
    return {};
}

QString columnTypeText(ColumnKind kind, int length, Dialect dialect)
{
    const bool my = dialect == Dialect::MySql;
    const bool pg = dialect == Dialect::PostgreSql;
    switch (kind) {
    case K::Id:
    case K::Reference:
        return my ? u"bigint unsigned"_s : pg ? u"bigint"_s : u"integer"_s;
    case K::TenantId:
        return my ? u"int unsigned"_s : u"integer"_s;
    case K::VarChar:
        return u"varchar(%1)"_s.arg(length);
    case K::Int:
        return my ? u"int"_s : u"integer"_s;
    case K::Decimal:
        return my ? u"decimal(10,2)"_s : u"numeric(10,2)"_s;
    case K::DateTime:
        return pg ? u"timestamp"_s : u"datetime"_s;
    case K::Text:
        return u"text"_s;
    case K::Flag:
        return my ? u"tinyint(1)"_s : pg ? u"boolean"_s : u"integer"_s;
    case K::Json:
        return my ? u"json"_s : pg ? u"jsonb"_s : u"text"_s;
    case K::Enum:
        return enumType(dialect);
    }
    return {};
}

std::optional<QString> columnDefault(const ColumnTemplate &column, Dialect dialect)
{
    const QString name = QString::fromUtf16(column.name);
    switch (column.kind) {
    case K::Flag:
        return dialect == Dialect::PostgreSql ? u"false"_s : u"0"_s;
    case K::Int:
    case K::Decimal:
        return name == u"view_count" || name == u"attempts" ? std::optional(u"0"_s) : std::nullopt;
    case K::DateTime:
        return name == u"created_at" ? std::optional(u"CURRENT_TIMESTAMP"_s) : std::nullopt;
    case K::Enum:
        return u"'draft'"_s;
    case K::VarChar:
        return name == u"locale" ? std::optional(u"'en'"_s) : std::nullopt;
    default:
        return std::nullopt;
    }
}

QString pluralOf(const QString &noun)
{
    static const QString vowels = u"aeiou"_s;
    if (noun.endsWith(u'y') && noun.size() > 1 && !vowels.contains(noun.at(noun.size() - 2)))
        return noun.chopped(1) + u"ies"_s;
    if (noun.endsWith(u's') || noun.endsWith(u'x') || noun.endsWith(u"ch"_s)
        || noun.endsWith(u"sh"_s))
        return noun + u"es"_s;
    return noun + u's';
}

} // namespace relata
