#pragma once

#include <QList>
#include <QString>

namespace relata {

/// What one process measured on one file: load and save medians and the peak RSS.
struct IoMeasurement
{
    qint64 tables = 0;
    qint64 columns = 0;
    qint64 indexes = 0;
    qint64 relations = 0;
    double loadMs = 0;
    double saveMs = 0;
    qint64 peakKib = -1;
    QString error; ///< non-empty when the file could not be loaded or saved

    /// One line of `key=value` pairs, the child's answer to the benchmark driver.
    QString toLine() const;
    static IoMeasurement fromLine(const QString &line);
};

/// Loads `file` `runs` times (loadRelataFile) and saves it `runs` times to a temporary
/// file (saveRelataFile), in this process. Run it in a fresh child process so that its
/// peak RSS belongs to this file alone.
IoMeasurement measureLoadSave(const QString &file, int runs);

/// Runs `cli info file` `runs` times and returns the wall-clock time of each whole process
/// (start-up, load, count, print) in milliseconds; nothing, with `error` set, on failure.
QList<double> timeCliInfo(const QString &cli, const QString &file, int runs, QString *error);

} // namespace relata
