#include "propertyhelpers.h"

#include <QLabel>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

QLabel *makeSectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

QString derivedIndexName(const Table &table, const QString &prefix, const QList<ColumnId> &columns)
{
    const QString base
            = u"%1_%2_%3"_s.arg(prefix, table.name, table.columnNames(columns).join(u'_'));
    const auto taken = [&](const QString &name) {
        return std::any_of(table.indexes.cbegin(), table.indexes.cend(),
                           [&](const Index &ix) { return ix.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = u"%1_%2"_s.arg(base).arg(n);
    return name;
}

QString defaultColumnType(Dialect dialect)
{
    return dialect == Dialect::MySql ? u"int"_s : u"integer"_s;
}

bool sameColumnSet(const QList<ColumnId> &a, const QList<ColumnId> &b)
{
    const QSet<ColumnId> setA(a.cbegin(), a.cend());
    return a.size() == b.size() && setA == QSet<ColumnId>(b.cbegin(), b.cend());
}

} // namespace relata
