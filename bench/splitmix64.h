#pragma once

#include <QtGlobal>

namespace relata {

/// A small, fixed pseudo-random generator (SplitMix64) for the benchmark inputs.
///
/// The standard library's distributions may give different numbers on different
/// implementations; this one gives the same sequence for the same seed everywhere, so a
/// generated schema is the same file on every machine.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// A number in [0, bound). The modulo bias is far below anything a benchmark sees.
    int below(int bound)
    {
        Q_ASSERT(bound > 0);
        return int(next() % quint64(bound));
    }

    /// A number in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }

    /// True with the given probability in percent.
    bool percent(int chance) { return below(100) < chance; }

private:
    quint64 m_state;
};

} // namespace relata
