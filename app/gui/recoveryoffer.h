#pragma once

#include "recoverydialog.h"
#include "recoverystore.h"

#include <functional>

namespace relata {

class MainWindow;

/// At start-up: offers what a crashed Relata left in the recovery folder and, on
/// Recover, opens each document in a window with its changes unsaved and its original
/// file name, so that Save writes where the work belongs.
class RecoveryOffer final
{
public:
    using Question = std::function<RecoveryDialog::Choice(const QList<RecoveryEntry> &entries)>;

    explicit RecoveryOffer(const RecoveryStore &store = RecoveryStore());

    /// Replaces the dialog (for tests).
    void setQuestion(Question question) { m_question = std::move(question); }

    /// Asks when there is something to recover. `window` takes the first document
    /// when it holds nothing yet; the others get windows of their own. Returns the
    /// windows holding recovered documents.
    QList<MainWindow *> run(MainWindow *window);

private:
    RecoveryStore m_store;
    Question m_question;
    MainWindow *m_parent = nullptr;
};

} // namespace relata
