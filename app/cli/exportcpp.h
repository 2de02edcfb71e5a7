#pragma once

#include <QTextStream>

namespace relata {

class CommandOptions;
class Schema;
namespace exportoptions {
struct ExportOptionSet;
}

/// `export cpp`: the generated header to -o FILE or standard output, and with --qt-sql
/// the Qt SQL executor header; the exit code.
int exportCpp(const CommandOptions &options, const exportoptions::ExportOptionSet &set,
              const Schema &schema, QTextStream &out, QTextStream &err);

} // namespace relata
