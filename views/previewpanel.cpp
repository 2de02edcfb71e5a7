#include "previewpanel.h"

#include "codegen/cppheader.h"
#include "core/schemadocument.h"
#include "cpphighlighter.h"
#include "schemascene.h"
#include "sql/ddl.h"
#include "sql/deletescripttext.h"
#include "sql/sqldialect.h"
#include "sqlhighlighter.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace relata {

namespace {

/// Long enough to swallow a burst of edits or a rubber-band selection, short enough to
/// feel immediate.
constexpr int kRefreshDelayMs = 150;

/// The selected tables and the relations among them, as a schema of their own: what the
/// DDL and the declarations of "the selection" are.
Schema reducedSchema(const Schema &schema, const QList<TableId> &tables)
{
    Schema reduced;
    reduced.name = schema.name;
    reduced.dialect = schema.dialect;
    for (const Table &table : schema.tables()) {
        if (tables.contains(table.id))
            reduced.addTable(table);
    }
    for (const Relation &relation : schema.relations()) {
        if (tables.contains(relation.childTable) && tables.contains(relation.parentTable))
            reduced.addRelation(relation);
    }
    return reduced;
}

/// The header without its runtime part: from the schema's own namespace on.
QString declarationsOf(const QByteArray &header, const QString &nameSpace)
{
    const QByteArray start = "\nnamespace " + nameSpace.toUtf8() + " {";
    const qsizetype at = header.lastIndexOf(start);
    return QString::fromUtf8(at < 0 ? header : header.mid(at + 1));
}

QPlainTextEdit *makeEditor(QWidget *parent)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setReadOnly(true);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return editor;
}

} // namespace

PreviewPanel::PreviewPanel(SchemaScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_scope(new QLabel(this))
    , m_dialect(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_refresh(new QTimer(this))
{
    m_scope->setWordWrap(true);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dialect->addItem(QString());
    for (const Dialect d : {Dialect::MySql, Dialect::PostgreSql, Dialect::Sqlite})
        m_dialect->addItem(SqlDialect::get(d).displayName(), int(d));
    m_dialect->setToolTip(tr("The database the SQL is written for"));
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setToolTip(tr("Copy the text of this tab to the clipboard"));
    const QStringList titles{tr("DDL"), tr("C++"), tr("Delete Plan")};
    for (int i = 0; i < 3; ++i) {
        m_editors[i] = makeEditor(m_tabs);
        QTextDocument *text = m_editors[i]->document();
        if (Tab(i) == Tab::Cpp)
            new CppHighlighter(text);
        else
            new SqlHighlighter(text);
        m_tabs->addTab(m_editors[i], titles.at(i));
    }
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dialect, 1);
    bar->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_scope);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &PreviewPanel::refresh);
    connect(copy, &QPushButton::clicked, this, &PreviewPanel::copy);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PreviewPanel::refresh);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = {true, true, true};
        refresh();
    });
    connect(scene, &QGraphicsScene::selectionChanged, this, &PreviewPanel::scheduleRefresh);
    SchemaDocument *document = scene->document();
    for (const auto signal : {&SchemaDocument::reset, &SchemaDocument::schemaPropertiesChanged})
        connect(document, signal, this, &PreviewPanel::scheduleRefresh);
    connect(document, &SchemaDocument::tableAdded, this, &PreviewPanel::scheduleRefresh);
    connect(document, &SchemaDocument::tableRemoved, this, &PreviewPanel::scheduleRefresh);
    connect(document, &SchemaDocument::tableChanged, this, &PreviewPanel::scheduleRefresh);
    connect(document, &SchemaDocument::relationAdded, this, &PreviewPanel::scheduleRefresh);
    connect(document, &SchemaDocument::relationRemoved, this, &PreviewPanel::scheduleRefresh);
    connect(document, &SchemaDocument::relationChanged, this, &PreviewPanel::scheduleRefresh);
    updateDialectNames();
    updateScope();
}

std::optional<Dialect> PreviewPanel::dialect() const
{
    const QVariant data = m_dialect->currentData();
    return data.isValid() ? std::optional(Dialect(data.toInt())) : std::nullopt;
}

void PreviewPanel::setDialect(std::optional<Dialect> dialect)
{
    m_dialect->setCurrentIndex(dialect ? m_dialect->findData(int(*dialect)) : 0);
}

PreviewPanel::Tab PreviewPanel::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void PreviewPanel::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString PreviewPanel::text(Tab tab) const
{
    return m_editors.at(int(tab))->toPlainText();
}

QString PreviewPanel::scopeText() const
{
    return m_scope->text();
}

void PreviewPanel::copy()
{
    refresh();
    QGuiApplication::clipboard()->setText(text(currentTab()));
}

void PreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void PreviewPanel::scheduleRefresh()
{
    m_stale = {true, true, true};
    m_refresh->start();
}

void PreviewPanel::refresh()
{
    m_refresh->stop();
    updateDialectNames();
    updateScope();
    // A hidden dock generates nothing; showing it (or the tab) catches up.
    const int tab = m_tabs->currentIndex();
    if (!isVisible() || tab < 0 || !m_stale[tab])
        return;
    m_stale[tab] = false;
    const QString text = generate(Tab(tab));
    QPlainTextEdit *editor = m_editors[tab];
    if (editor->toPlainText() != text)
        editor->setPlainText(text);
}

void PreviewPanel::updateDialectNames()
{
    const Dialect own = m_scene->document()->schema().dialect;
    m_dialect->setItemText(0, tr("Schema's dialect (%1)").arg(SqlDialect::get(own).displayName()));
}

void PreviewPanel::updateScope()
{
    const Schema &schema = m_scene->document()->schema();
    m_tables = m_scene->selectedTables();
    QStringList names;
    for (const TableId id : std::as_const(m_tables))
        names.append(schema.table(id)->name);
    if (names.isEmpty()) {
        const int count = int(schema.tables().size());
        m_scope->setText(count == 1 ? tr("The whole schema (1 table): select tables to see only "
                                         "theirs.")
                                    : tr("The whole schema (%L1 tables): select tables to see "
                                         "only theirs.")
                                              .arg(count));
    } else if (currentTab() == Tab::DeletePlan) {
        m_scope->setText(names.size() == 1 ? tr("The delete plan of %1.").arg(names.first())
                                           : tr("The delete plan of %1, the first of %2 "
                                                "selected tables.")
                                                     .arg(names.first())
                                                     .arg(names.size()));
    } else {
        constexpr int kNamed = 3;
        QString list = names.mid(0, kNamed).join(u", "_s);
        if (names.size() > kNamed)
            list = tr("%1 and %2 more").arg(list).arg(names.size() - kNamed);
        m_scope->setText(tr("The selection: %1, and the relations among them.").arg(list));
    }
}

QString PreviewPanel::generate(Tab tab) const
{
    const Schema &schema = m_scene->document()->schema();
    const Dialect target = dialect().value_or(schema.dialect);
    switch (tab) {
    case Tab::Ddl: {
        DdlOptions options;
        options.dialect = target;
        const Result<QString> ddl = generateDdl(
                m_tables.isEmpty() ? schema : reducedSchema(schema, m_tables), options);
        return ddl ? ddl.value() : tr("The DDL cannot be written: %1").arg(ddl.errorString());
    }
    case Tab::Cpp: {
        CppOptions options;
        options.nameSpace = defaultCppNamespace(schema);
        options.dialects = {target};
        const Result<QByteArray> header = generateCppHeader(
                m_tables.isEmpty() ? schema : reducedSchema(schema, m_tables), options);
        return header ? declarationsOf(header.value(), options.nameSpace)
                      : tr("The declarations cannot be written: %1").arg(header.errorString());
    }
    case Tab::DeletePlan: {
        const TableId table = m_tables.isEmpty() ? TableId() : m_tables.first();
        const Result<QString> plans = deletePlansText(schema, target, table);
        return plans ? plans.value()
                     : tr("The delete plan cannot be written: %1").arg(plans.errorString());
    }
    }
    return QString();
}

} // namespace relata
