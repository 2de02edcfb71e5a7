#include "helptext.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

constexpr int kIndent = 2;
constexpr int kGap = 2;
constexpr int kMaxLabelWidth = 28;

/// Splits `text` into lines of at most `width` characters, breaking at spaces.
QStringList wrapWords(const QString &text, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

} // namespace

QString formatHelpRows(const QList<std::pair<QString, QString>> &rows, int width)
{
    qsizetype labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, row.first.size());
    labelWidth = std::min<qsizetype>(labelWidth, kMaxLabelWidth);
    const qsizetype column = kIndent + labelWidth + kGap;
    const QString indent(column, u' ');

    QString text;
    for (const auto &[label, description] : rows) {
        QString line = QString(kIndent, u' ') + label;
        const QStringList wrapped = wrapWords(description, std::max<int>(20, width - column));
        if (label.size() > labelWidth || wrapped.isEmpty()) {
            text += line + u'\n';
            line = indent;
        } else {
            line += QString(column - line.size(), u' ');
        }
        for (qsizetype i = 0; i < wrapped.size(); ++i)
            text += (i == 0 ? line : indent) + wrapped.at(i) + u'\n';
    }
    return text;
}

} // namespace relata
