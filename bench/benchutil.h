#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace relata {

/// The median of the samples (the mean of the two middle ones for an even count); 0 when
/// there are none. The median rather than the mean: one slow run (a page cache miss,
/// the other core busy) does not move it.
double median(QList<double> samples);

/// Runs `work` `runs` times and returns the wall-clock time of each run in milliseconds.
/// `work` returns false to stop early (the failure is the caller's to report).
template<typename Work>
QList<double> timeRuns(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            break;
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

/// The peak resident set size of this process so far (VmHWM), in KiB; -1 when unknown.
qint64 peakResidentKib();

/// "12,345"
QString groupedNumber(qint64 value);
/// "0.42 ms", "8.1 ms", "312 ms", "1,204 ms"
QString formatMs(double ms);
/// The median, then the range when there are several samples: "494 ms (451–622)".
QString formatSamples(const QList<double> &samples);
/// "812 KiB", "7.9 MiB"
QString formatBytes(qint64 bytes);

} // namespace relata
