#pragma once

#include "tablecatalog.h"
#include "userpatterns.h"

#include <QList>
#include <QString>

namespace relata::inference {

/// A parent key a column may refer to, judged by names alone.
struct NameCandidate
{
    int parent = -1; ///< index in the TableCatalog
    const Column *parentColumn = nullptr;
    double score = 0;   ///< 0..1, before type and index evidence
    QString reason;     ///< "user_id is users + _id"
    int strategies = 1; ///< how many naming strategies found it
};

/// Every naming strategy of SPEC §7 for one column of the table `child`: the name of
/// another table's key (`emp_no`), an entity plus a key column (`user_id`, `UserId`,
/// `language_code`), the inverted `id_<entity>`, the entity alone (`release`), the child
/// table plus the column (`artist.type` → artist_type), `parent` for the table itself,
/// each also after a role prefix (`reported_user_id`), and the user's patterns. One
/// candidate per parent key, with the best score and the number of strategies that agree.
QList<NameCandidate> nameCandidates(const TableCatalog &catalog, int child, const Column &column,
                                    const QList<UserPattern> &patterns);

} // namespace relata::inference
