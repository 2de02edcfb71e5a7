#include "relatafile.h"

// Placeholder until the reader/writer lands (replaced in the same change).
namespace relata {
Result<Schema> parseRelata(const QByteArray &) { return Result<Schema>::failure(QString()); }
Result<Schema> loadRelataFile(const QString &) { return Result<Schema>::failure(QString()); }
QByteArray serializeRelata(const Schema &) { return {}; }
bool saveRelataFile(const Schema &, const QString &, QString *) { return false; }
}
