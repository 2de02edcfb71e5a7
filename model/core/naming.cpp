#include "naming.h"

#include "schema.h"

using namespace Qt::StringLiterals;

namespace relata {

QString singularize(const QString &name)
{
    const QString lower = name.toLower();
    const auto chop = [&](int n, const QString &add = QString()) {
        return name.left(name.size() - n) + add;
    };
    if (lower.size() > 3 && lower.endsWith(u"ies"))
        return chop(3, u"y"_s);
    static const QStringList esEndings{u"sses"_s, u"shes"_s, u"ches"_s, u"xes"_s, u"zes"_s};
    for (const QString &e : esEndings) {
        if (lower.size() > e.size() && lower.endsWith(e))
            return chop(2);
    }
    if (lower.size() > 1 && lower.endsWith(u's') && !lower.endsWith(u"ss") && !lower.endsWith(u"us")
        && !lower.endsWith(u"is"))
        return chop(1);
    return name;
}

QString effectiveNameOnChild(const Schema &schema, const Relation &relation)
{
    if (!relation.nameOnChild.isEmpty())
        return relation.nameOnChild;
    const Table *parent = schema.table(relation.parentTable);
    return parent ? singularize(parent->name) : QString();
}

QString effectiveNameOnParent(const Schema &schema, const Relation &relation)
{
    if (!relation.nameOnParent.isEmpty())
        return relation.nameOnParent;
    const Table *child = schema.table(relation.childTable);
    return child ? child->name : QString();
}

RelationKind relationKind(const Schema &schema, const Relation &relation)
{
    const Table *child = schema.table(relation.childTable);
    return child && child->isKey(relation.childColumns) ? RelationKind::OneToOne
                                                        : RelationKind::ManyToOne;
}

} // namespace relata
