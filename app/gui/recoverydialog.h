#pragma once

#include "recoverystore.h"

#include <QDialog>

class QTreeWidget;

namespace relata {

/// Offers the documents that a crashed Relata left unsaved: their names, where they
/// belong and when they were last copied, with Recover, Discard and Later.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Recover, Discard, Later };

    explicit RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTreeWidget *list() const { return m_list; }

private:
    void choose(Choice choice);

    QTreeWidget *m_list;
    Choice m_choice = Later;
};

} // namespace relata
