#include "benchutil.h"

#include <QFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace relata {

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    if (samples.size() % 2 == 1)
        return samples.at(mid);
    return (samples.at(mid - 1) + samples.at(mid)) / 2;
}

qint64 peakResidentKib()
{
    // /proc files report size 0, so read them whole rather than line by line to atEnd().
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) {
            const QByteArray digits = line.mid(6).trimmed().split(' ').value(0);
            bool ok = false;
            const qint64 kib = digits.toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

QString groupedNumber(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return value < 0 ? u'-' + digits : digits;
}

QString formatMs(double ms)
{
    if (ms < 1)
        return u"%1 ms"_s.arg(ms, 0, 'f', 2);
    if (ms < 100)
        return u"%1 ms"_s.arg(ms, 0, 'f', 1);
    return u"%1 ms"_s.arg(groupedNumber(std::llround(ms)));
}

QString formatSamples(const QList<double> &samples)
{
    const QString middle = formatMs(median(samples));
    if (samples.size() < 2)
        return middle;
    const auto [low, high] = std::minmax_element(samples.cbegin(), samples.cend());
    const auto bare = [](double ms) {
        return formatMs(ms).chopped(3);
    }; // without " ms"
    return u"%1 (%2–%3)"_s.arg(middle, bare(*low), bare(*high));
}

QString formatBytes(qint64 bytes)
{
    constexpr double kib = 1024.0;
    if (bytes < 1024 * 1024)
        return u"%1 KiB"_s.arg(groupedNumber(std::llround(double(bytes) / kib)));
    return u"%1 MiB"_s.arg(double(bytes) / (kib * kib), 0, 'f', 1);
}

} // namespace relata
