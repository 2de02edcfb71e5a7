#include "requirement.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace relatatest {

bool inCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != u"0"_s && ci != u"false"_s;
}

bool missingRequirement(const QString &reason, const char *file, int line)
{
    if (inCi()) {
        const QString message = u"CI is set, so this test must run: "_s + reason;
        QTest::qFail(message.toUtf8().constData(), file, line);
    } else {
        QTest::qSkip(reason.toUtf8().constData(), file, line);
    }
    return false;
}

bool requireProgram(const QString &program, const QString &reason, const char *file, int line)
{
    if (!QStandardPaths::findExecutable(program).isEmpty())
        return true;
    return missingRequirement(reason, file, line);
}

} // namespace relatatest
