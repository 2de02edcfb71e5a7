#include "columnsmodel.h"

#include "commands/columncommands.h"
#include "commands/editordocument.h"
#include "commands/keycommands.h"

using namespace Qt::StringLiterals;

namespace relata {

namespace {

QString columnLabel(const Table &table, const Column &column)
{
    return u"%1.%2"_s.arg(table.name, column.name);
}

bool isChecked(const QVariant &value)
{
    return value.toInt() == Qt::Checked;
}

} // namespace

ColumnsModel::ColumnsModel(EditorDocument *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    const SchemaDocument *document = &editor->schemaDocument();
    connect(document, &SchemaDocument::columnAdded, this, &ColumnsModel::syncRows);
    connect(document, &SchemaDocument::columnRemoved, this, &ColumnsModel::syncRows);
    connect(document, &SchemaDocument::columnChanged, this, &ColumnsModel::onColumnChanged);
    connect(document, &SchemaDocument::tableChanged, this, &ColumnsModel::onTableChanged);
    connect(document, &SchemaDocument::tableRemoved, this, [this](TableId id) {
        if (id == m_table)
            setTable({});
    });
    connect(document, &SchemaDocument::reset, this,
            [this] { setTable(currentTable() ? m_table : TableId()); });
}

void ColumnsModel::setTable(TableId table)
{
    beginResetModel();
    m_table = table;
    m_rows = documentRows();
    endResetModel();
}

ColumnId ColumnsModel::columnId(int row) const
{
    return m_rows.value(row);
}

int ColumnsModel::rowOf(ColumnId column) const
{
    return int(m_rows.indexOf(column));
}

const Table *ColumnsModel::currentTable() const
{
    return m_editor->schema().table(m_table);
}

QList<ColumnId> ColumnsModel::documentRows() const
{
    QList<ColumnId> rows;
    if (const Table *t = currentTable()) {
        for (const Column &c : t->columns)
            rows.append(c.id);
    }
    return rows;
}

/// Added, removed or reordered columns: a reset is simple and these are rare edits.
void ColumnsModel::syncRows()
{
    if (documentRows() != m_rows)
        setTable(m_table);
}

void ColumnsModel::onColumnChanged(TableId table, ColumnId column)
{
    if (table != m_table)
        return;
    if (documentRows() != m_rows) { // a move
        setTable(m_table);
        return;
    }
    const int row = rowOf(column);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, FieldCount - 1));
}

void ColumnsModel::onTableChanged(TableId table, SchemaDocument::TableChanges changes)
{
    if (table != m_table || m_rows.isEmpty())
        return;
    syncRows();
    if (changes.testFlag(SchemaDocument::TableChange::PrimaryKey))
        Q_EMIT dataChanged(index(0, PrimaryKeyField), index(rowCount() - 1, PrimaryKeyField));
}

int ColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant ColumnsModel::data(const QModelIndex &index, int role) const
{
    const Table *t = currentTable();
    const Column *c = t && index.isValid() ? t->column(columnId(index.row())) : nullptr;
    if (!c)
        return {};
    const int field = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayData(*c, field);
    case Qt::CheckStateRole:
        if (field == PrimaryKeyField)
            return t->primaryKey.contains(c->id) ? Qt::Checked : Qt::Unchecked;
        if (field == NullableField)
            return c->nullable ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (field == TypeField)
            return tr("%1 (%2)").arg(c->type.text, typeFamilyName(c->type.family));
        if (field == PrimaryKeyField && t->primaryKey.size() > 1 && t->primaryKey.contains(c->id))
            return tr("Part %1 of %2 of the primary key")
                    .arg(t->primaryKey.indexOf(c->id) + 1)
                    .arg(t->primaryKey.size());
        return {};
    default:
        return {};
    }
}

QVariant ColumnsModel::displayData(const Column &column, int field) const
{
    switch (field) {
    case NameField:
        return column.name;
    case TypeField:
        return column.type.text;
    case DefaultField:
        return column.defaultValue.value_or(QString());
    case CommentField:
        return column.comment;
    default:
        return {};
    }
}

QVariant ColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameField:
            return tr("Name");
        case TypeField:
            return tr("Type");
        case PrimaryKeyField:
            return tr("PK");
        case NullableField:
            return tr("Null");
        case DefaultField:
            return tr("Default");
        case CommentField:
            return tr("Comment");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TypeField:
            return tr("The SQL type as written, e.g. varchar(200)");
        case PrimaryKeyField:
            return tr("Part of the primary key");
        case NullableField:
            return tr("Nullable: the column may hold NULL");
        case DefaultField:
            return tr("Default value as an SQL expression; empty for none");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags ColumnsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PrimaryKeyField || index.column() == NullableField)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

bool ColumnsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Table *t = currentTable();
    const Column *c = t && index.isValid() ? t->column(columnId(index.row())) : nullptr;
    if (!c)
        return false;
    const bool checkable = index.column() == PrimaryKeyField || index.column() == NullableField;
    if (role != (checkable ? Qt::CheckStateRole : Qt::EditRole))
        return false;
    QUndoCommand *command = editCommand(*t, *c, index.column(), value);
    if (!command)
        return false;
    const int before = m_editor->undoStack().count();
    m_editor->push(command); // the document's signals update the row
    return m_editor->undoStack().count() > before;
}

/// One command for one cell edit, with a text that says what changed; nullptr when
/// the edit changes nothing or is refused (then editRefused() says why).
QUndoCommand *ColumnsModel::editCommand(const Table &table, const Column &column, int field,
                                        const QVariant &value)
{
    if (field == NameField)
        return renameCommand(table, column, value.toString().trimmed());
    if (field == PrimaryKeyField)
        return primaryKeyCommand(table, column, isChecked(value));
    Column after = column;
    QString text;
    const QString label = columnLabel(table, column);
    switch (field) {
    case TypeField:
        after.type.text = value.toString().trimmed();
        if (after.type.text.isEmpty()) {
            Q_EMIT editRefused(tr("A column needs a type."));
            return nullptr;
        }
        text = tr("Change type of %1 to %2").arg(label, after.type.text);
        if (after.type.text == column.type.text)
            return nullptr;
        break;
    case NullableField:
        after.nullable = isChecked(value);
        text = after.nullable ? tr("Make %1 nullable").arg(label)
                              : tr("Make %1 NOT NULL").arg(label);
        break;
    case DefaultField: {
        const QString expression = value.toString().trimmed();
        if (!expression.isEmpty())
            after.defaultValue = expression;
        else
            after.defaultValue.reset();
        text = expression.isEmpty() ? tr("Remove default of %1").arg(label)
                                    : tr("Set default of %1 to %2").arg(label, expression);
        break;
    }
    case CommentField:
        after.comment = value.toString();
        text = after.comment.isEmpty() ? tr("Remove comment of column %1").arg(label)
                                       : tr("Change comment of column %1").arg(label);
        break;
    default:
        return nullptr;
    }
    if (after == column)
        return nullptr;
    auto *command = new ChangeColumnCommand(m_editor->schemaDocument(), table.id, after);
    command->setText(text);
    return command;
}

QUndoCommand *ColumnsModel::renameCommand(const Table &table, const Column &column,
                                          const QString &name)
{
    if (name == column.name)
        return nullptr;
    if (name.isEmpty()) {
        Q_EMIT editRefused(tr("A column needs a name."));
        return nullptr;
    }
    if (table.columnByName(name)) {
        Q_EMIT editRefused(tr("%1 already has a column named %2.").arg(table.name, name));
        return nullptr;
    }
    Column after = column;
    after.name = name;
    return new ChangeColumnCommand(m_editor->schemaDocument(), table.id, after);
}

/// A key column cannot hold NULL, so adding a nullable column to the key also makes
/// it NOT NULL, in the same undo step.
QUndoCommand *ColumnsModel::primaryKeyCommand(const Table &table, const Column &column, bool inKey)
{
    if (table.primaryKey.contains(column.id) == inKey)
        return nullptr;
    QList<ColumnId> key = table.primaryKey;
    if (inKey)
        key.append(column.id);
    else
        key.removeAll(column.id);
    const QString label = columnLabel(table, column);
    auto *command = new QUndoCommand(inKey ? tr("Add %1 to the primary key").arg(label)
                                           : tr("Remove %1 from the primary key").arg(label));
    new SetPrimaryKeyCommand(m_editor->schemaDocument(), table.id, key, command);
    if (inKey && column.nullable) {
        Column notNull = column;
        notNull.nullable = false;
        new ChangeColumnCommand(m_editor->schemaDocument(), table.id, notNull, command);
    }
    return command;
}

} // namespace relata
