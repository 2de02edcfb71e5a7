#pragma once

#include <QLatin1StringView>

#include <algorithm>

namespace relata::format {

/// The version this code reads and writes; a file with a higher one is refused.
inline constexpr int kVersion = 1;

/// Column types longer than this are refused: nothing legitimate comes close, and the
/// type parser should never see megabytes of hostile text.
inline constexpr int kMaxTypeLength = 65536;

/// Layout numbers are clamped and rounded the same way when read and when written,
/// so that reading a file and writing it again never changes it.
inline constexpr double kMaxCoordinate = 1e9;
inline constexpr double kMinZoom = 0.001;
inline constexpr double kMaxZoom = 1000;
inline constexpr int kPositionDecimals = 2;
inline constexpr int kZoomDecimals = 3;
inline constexpr int kConfidenceDecimals = 3;

/// The JSON null of "default" stands for this SQL expression (an explicit DEFAULT NULL).
inline constexpr QLatin1StringView kNullDefault("NULL");

/// Unknown keys of layout entries are kept in Table::extra, those of "layout" and
/// "layout.view" in Schema::extra, under this key (a table has no "layout" key of its own).
inline constexpr QLatin1StringView kLayoutExtraKey("layout");
inline constexpr QLatin1StringView kViewExtraKey("view");

inline double clampCoordinate(double v)
{
    return std::clamp(v, -kMaxCoordinate, kMaxCoordinate);
}

inline double clampZoom(double v)
{
    return std::clamp(v, kMinZoom, kMaxZoom);
}

} // namespace relata::format
