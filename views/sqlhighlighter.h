#pragma once

#include "regexhighlighter.h"

namespace relata {

/// SQL as the exporters write it (MySQL, PostgreSQL, SQLite): keywords in any case, type
/// names, numbers, 'strings', -- and /* */ comments.
class SqlHighlighter final : public RegexHighlighter
{
    Q_OBJECT

public:
    explicit SqlHighlighter(QTextDocument *document);
};

} // namespace relata
