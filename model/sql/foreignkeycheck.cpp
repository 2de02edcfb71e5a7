#include "foreignkeycheck.h"

#include "typemapping.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

bool stringLike(TypeFamily family)
{
    return family == TypeFamily::String || family == TypeFamily::Text;
}

/// The column's type as the target declares it.
SqlType targetType(const Column &column, Dialect from, Dialect target)
{
    return SqlType::parse(mapType(column.type, from, target).text, target);
}

QString pairRefusal(const SqlType &child, const SqlType &parent, Dialect target)
{
    const bool sameFamily = child.family == parent.family
                            || (stringLike(child.family) && stringLike(parent.family));
    if (!sameFamily)
        return u"different kinds of type"_s;
    if (target != Dialect::MySql)
        return QString();
    if (child.family == TypeFamily::Integer
        && (child.integerBits != parent.integerBits || child.isUnsigned != parent.isUnsigned))
        return u"integer size or sign differs"_s;
    if (child.family == TypeFamily::Decimal
        && (child.precision != parent.precision || child.scale != parent.scale))
        return u"decimal precision differs"_s;
    return QString();
}

} // namespace

QString foreignKeyRefusal(const Schema &schema, const Relation &relation, Dialect target)
{
    if (target == Dialect::Sqlite)
        return QString();
    const Table *child = schema.table(relation.childTable);
    const Table *parent = schema.table(relation.parentTable);
    if (!child || !parent || relation.childColumns.size() != relation.parentColumns.size())
        return u"the relation is incomplete"_s;
    const bool setNull = relation.onDelete == ReferentialAction::SetNull
                         || relation.onUpdate == ReferentialAction::SetNull;
    for (qsizetype i = 0; i < relation.childColumns.size(); ++i) {
        const Column *c = child->column(relation.childColumns.at(i));
        const Column *p = parent->column(relation.parentColumns.at(i));
        if (!c || !p)
            return u"the relation is incomplete"_s;
        const SqlType ct = targetType(*c, schema.dialect, target);
        const SqlType pt = targetType(*p, schema.dialect, target);
        const QString reason = pairRefusal(ct, pt, target);
        if (!reason.isEmpty())
            return u"%1.%2 is %3 but %4.%5 is %6: %7"_s.arg(child->name, c->name, ct.text,
                                                            parent->name, p->name, pt.text, reason);
        const bool notNull = !c->nullable || ct.impliesNotNull || child->primaryKey.contains(c->id);
        if (target == Dialect::MySql && setNull && notNull)
            return u"SET NULL on %1.%2, which is NOT NULL"_s.arg(child->name, c->name);
    }
    return QString();
}

} // namespace relata
