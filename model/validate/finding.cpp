#include "finding.h"

using namespace Qt::StringLiterals;

namespace relata {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

} // namespace relata
