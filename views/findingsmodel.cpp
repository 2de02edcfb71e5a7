#include "findingsmodel.h"

#include "severityicon.h"

using namespace Qt::StringLiterals;

namespace relata {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_icons{severityIcon(Severity::Error), severityIcon(Severity::Warning),
              severityIcon(Severity::Info)}
{}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == CodeColumn ? f.code : f.message;
    case Qt::DecorationRole:
        if (index.column() == CodeColumn)
            return m_icons.at(std::size_t(f.severity));
        return {};
    case Qt::ToolTipRole:
        return toolTip(f);
    case Qt::AccessibleTextRole:
        return severityName(f.severity) + u' ' + f.code + u": "_s + f.message;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

QString FindingsModel::toolTip(const Finding &finding) const
{
    const QString color = severityColor(finding.severity).name();
    QString html = u"<p style='white-space:pre-wrap'><b style='color:%1'>%2 %3</b> %4</p>"_s.arg(
            color, severityName(finding.severity), finding.code, finding.message.toHtmlEscaped());
    if (finding.fix.isEmpty())
        return html;
    // A statement reads best in a code font; advice in words does not.
    const QString fix = finding.fix.trimmed().endsWith(u';')
                                ? u"<code>%1</code>"_s.arg(finding.fix.toHtmlEscaped())
                                : finding.fix.toHtmlEscaped();
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Fix:"), fix);
    return html;
}

} // namespace relata
