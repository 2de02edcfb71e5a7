#pragma once

// The shipped examples (resources/examples/*.relata), for tests that run over all of them.
#include "core/schema.h"
#include "io/relatafile.h"

#include <QDir>
#include <QMap>
#include <QString>

namespace relatatest {

/// Every example by name ("recipes"); empty, with `error` set, when one does not load.
/// RELATA_SOURCE_DIR comes from relata_add_test().
inline QMap<QString, relata::Schema> loadExamples(QString *error)
{
    const QDir examples(QStringLiteral(RELATA_SOURCE_DIR "/resources/examples"));
    const QStringList files
            = examples.entryList({QStringLiteral("*.relata")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("no examples in ") + examples.path();
        return {};
    }
    QMap<QString, relata::Schema> schemas;
    for (const QString &file : files) {
        relata::Result<relata::Schema> schema = relata::loadRelataFile(examples.filePath(file));
        if (!schema) {
            *error = schema.errorString();
            return {};
        }
        schemas.insert(file.chopped(int(qstrlen(".relata"))), std::move(schema).value());
    }
    return schemas;
}

} // namespace relatatest
