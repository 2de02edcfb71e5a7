#include "ddl.h"

#include "ddlwriter.h"

namespace relata {

Result<QString> generateDdl(const Schema &schema, const DdlOptions &options)
{
    const std::unique_ptr<DdlWriter> writer
            = DdlWriter::create(options.dialect.value_or(schema.dialect));
    return writer->write(schema, options);
}

} // namespace relata
