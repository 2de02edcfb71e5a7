#include "findingreport.h"

#include "findinglocator.h"

#include "io/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString counted(int n, const QString &singular, const QString &plural)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? singular : plural);
}

void writeFinding(JsonWriter &json, const Finding &finding, std::optional<int> line)
{
    json.beginObject();
    json.key("code"_L1);
    json.string(finding.code);
    json.key("severity"_L1);
    json.string(severityName(finding.severity));
    json.key("message"_L1);
    json.string(finding.message);
    json.key("objects"_L1);
    json.beginArray(JsonWriter::Style::Compact);
    for (const QString &object : finding.objects)
        json.string(object);
    json.endArray();
    json.key("fix"_L1);
    if (finding.fix.isEmpty())
        json.null();
    else
        json.string(finding.fix);
    json.key("line"_L1);
    if (line)
        json.integer(*line);
    else
        json.null();
    json.endObject();
}

void writeFile(JsonWriter &json, const FileFindings &file)
{
    json.beginObject();
    json.key("file"_L1);
    json.string(file.path);
    json.key("findings"_L1);
    json.beginArray();
    for (qsizetype i = 0; i < file.findings.size(); ++i)
        writeFinding(json, file.findings.at(i), file.lines.value(i));
    json.endArray();
    const FindingCounts counts = countFindings(file.findings);
    json.key("summary"_L1);
    json.beginObject();
    json.key("errors"_L1);
    json.integer(counts.errors);
    json.key("warnings"_L1);
    json.integer(counts.warnings);
    json.key("infos"_L1);
    json.integer(counts.infos);
    json.endObject();
    json.endObject();
}

} // namespace

FindingCounts &FindingCounts::operator+=(const FindingCounts &other)
{
    errors += other.errors;
    warnings += other.warnings;
    infos += other.infos;
    return *this;
}

FileFindings locateFindings(const QString &path, const QList<Finding> &findings,
                            const QByteArray &fileText)
{
    FileFindings file{path, findings, {}};
    file.lines.reserve(findings.size());
    if (fileText.isEmpty()) {
        file.lines.resize(findings.size());
        return file;
    }
    const FindingLocator locator(fileText);
    for (const Finding &finding : findings)
        file.lines.append(locator.lineOf(finding));
    return file;
}

FindingCounts countFindings(const QList<Finding> &findings)
{
    FindingCounts counts;
    for (const Finding &finding : findings) {
        switch (finding.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

QString summaryText(const FindingCounts &counts)
{
    QStringList parts;
    if (counts.errors > 0)
        parts.append(counted(counts.errors, u"error"_s, u"errors"_s));
    if (counts.warnings > 0)
        parts.append(counted(counts.warnings, u"warning"_s, u"warnings"_s));
    if (counts.infos > 0)
        parts.append(counted(counts.infos, u"info"_s, u"infos"_s));
    return parts.isEmpty() ? u"no problems"_s : parts.join(u", "_s);
}

QByteArray textReport(const FileFindings &file)
{
    QString text;
    for (const Finding &finding : file.findings) {
        text += file.path + u": "_s + severityName(finding.severity) + u' ' + finding.code + u": "_s
                + finding.message + u'\n';
        if (!finding.fix.isEmpty()) {
            // A fix of several lines keeps its lines aligned under the first one.
            QString fix = finding.fix;
            fix.replace(u'\n', u"\n         "_s);
            text += u"    fix: "_s + fix + u'\n';
        }
    }
    return text.toUtf8();
}

QByteArray jsonReport(const FileFindings &file)
{
    JsonWriter json;
    writeFile(json, file);
    return json.take();
}

QByteArray jsonReport(const QList<FileFindings> &files)
{
    JsonWriter json;
    json.beginArray();
    for (const FileFindings &file : files)
        writeFile(json, file);
    json.endArray();
    return json.take();
}

} // namespace relata
