#include "iomeasure.h"

#include "benchutil.h"

#include "io/relatafile.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace relata {

QString IoMeasurement::toLine() const
{
    if (!error.isEmpty())
        return u"error=%1"_s.arg(QString(error).replace(u'\n', u' '));
    return u"tables=%1 columns=%2 indexes=%3 relations=%4 load_ms=%5 save_ms=%6 peak_kib=%7"_s
            .arg(tables)
            .arg(columns)
            .arg(indexes)
            .arg(relations)
            .arg(loadMs, 0, 'f', 4)
            .arg(saveMs, 0, 'f', 4)
            .arg(peakKib);
}

IoMeasurement IoMeasurement::fromLine(const QString &line)
{
    IoMeasurement m;
    if (line.startsWith(u"error="))
        m.error = line.mid(6);
    const QStringList pairs = line.split(u' ', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        if (key == u"tables")
            m.tables = value.toLongLong();
        else if (key == u"columns")
            m.columns = value.toLongLong();
        else if (key == u"indexes")
            m.indexes = value.toLongLong();
        else if (key == u"relations")
            m.relations = value.toLongLong();
        else if (key == u"load_ms")
            m.loadMs = value.toDouble();
        else if (key == u"save_ms")
            m.saveMs = value.toDouble();
        else if (key == u"peak_kib")
            m.peakKib = value.toLongLong();
    }
    if (m.error.isEmpty() && m.tables == 0)
        m.error = u"no measurement in \"%1\""_s.arg(line);
    return m;
}

static void countObjects(const Schema &schema, IoMeasurement *m)
{
    m->tables = schema.tables().size();
    m->relations = schema.relations().size();
    for (const Table &t : schema.tables()) {
        m->columns += t.columns.size();
        m->indexes += t.indexes.size();
    }
}

IoMeasurement measureLoadSave(const QString &file, int runs)
{
    IoMeasurement m;
    Schema loaded;
    QList<double> loads;
    for (int i = 0; i < runs; ++i) {
        loaded = Schema(); // one schema in memory at a time, freed outside the timing
        QElapsedTimer timer;
        timer.start();
        Result<Schema> result = loadRelataFile(file);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!result) {
            m.error = result.errorString().isEmpty() ? u"cannot load %1"_s.arg(file)
                                                     : result.errorString();
            return m;
        }
        loads.append(ms);
        loaded = std::move(result).value();
    }
    QTemporaryDir dir;
    const QString target = dir.filePath(u"saved.relata"_s);
    const QList<double> saves = timeRuns(
            runs, [&] { return dir.isValid() && saveRelataFile(loaded, target, &m.error); });
    if (saves.size() < runs) {
        if (m.error.isEmpty())
            m.error = u"cannot save %1"_s.arg(target);
        return m;
    }
    countObjects(loaded, &m);
    m.loadMs = median(loads);
    m.saveMs = median(saves);
    m.peakKib = peakResidentKib();
    return m;
}

QList<double> timeCliInfo(const QString &cli, const QString &file, int runs, QString *error)
{
    QString failure;
    const QList<double> times = timeRuns(runs, [&] {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(cli, {u"info"_s, file});
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            const QString why = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
            failure = u"%1 info failed (exit code %2)%3"_s.arg(cli)
                              .arg(process.exitCode())
                              .arg(why.isEmpty() ? QString() : u": "_s + why);
            return false;
        }
        return true;
    });
    if (times.size() < runs) {
        if (error)
            *error = failure;
        return {};
    }
    return times;
}

} // namespace relata
