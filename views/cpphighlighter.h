#pragma once

#include "regexhighlighter.h"

namespace relata {

/// C++ as the header generator writes it: keywords, fundamental and standard types,
/// numbers, "strings" and 'characters', // and /* */ comments, preprocessor lines.
class CppHighlighter final : public RegexHighlighter
{
    Q_OBJECT

public:
    explicit CppHighlighter(QTextDocument *document);
};

} // namespace relata
