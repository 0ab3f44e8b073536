// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's view over real audit files: a return computed by the engine, signed with a real SM2
// key under a fresh bureau CA, with the bureau's signed receipt; and the same file with one amount of
// the signed filing altered. Opened from the first-run and unlock pages (no vault) and the toolbar.
#include "AuditFileSupport.h"
#include "TestRegistry.h"
#include "UiTestSupport.h"
#include "report/PdfInspection.h"
#include "ui/AuditPage.h"
#include "ui/AuditTraceModel.h"
#include "ui/FileDialogSeam.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeView>

using namespace huisuan;

namespace {

const QByteArray returnInput = QByteArrayLiteral(
    "{\"tax_year\": 2024, \"income\": {\"wages\": \"160000.00\"}, \"special_deductions\": \"12000.00\", "
    "\"prepaid\": \"9000.00\"}");

/** The texts of every top-level row of the tree, column by column. */
QList<QStringList> treeRows(const QTreeView* tree)
{
    QList<QStringList> rows;
    const QAbstractItemModel* model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < AuditTraceModel::ColumnCount; ++column) {
            cells.append(model->index(row, column).data().toString());
        }
        rows.append(cells);
    }
    return rows;
}

int differingRows(const QTreeView* tree)
{
    int count = 0;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        count += tree->model()->index(row, 0).data(AuditTraceModel::DiffersRole).toBool() ? 1 : 0;
    }
    return count;
}

QStringList failedChecks(const QListWidget* checks)
{
    QStringList failed;
    for (int row = 0; row < checks->count(); ++row) {
        if (checks->item(row)->text().startsWith(AuditPage::tr("FAILED: %1. %2").section(QLatin1Char(':'), 0, 0))) {
            failed.append(checks->item(row)->data(Qt::UserRole).toString());
        }
    }
    return failed;
}

} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QString m_clean;
    QString m_altered;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    /** Opens `path` from the first-run page's button, as an auditor without a vault does. */
    static bool openFromFirstRun(test::DesktopApp& app, const QString& path)
    {
        FileDialogSeam::setNextFileName(path);
        QTest::mouseClick(app.find<QPushButton>("firstRunAuditButton"), Qt::LeftButton);
        if (app.window->currentPage() != MainWindow::Page::Audit) {
            return false;
        }
        auto* checks = app.find<QListWidget>("auditChecks");
        return QTest::qWaitFor([checks] { return checks->count() > 0; }, 20000);
    }

private slots:
    void initTestCase()
    {
        const AuditFile clean = test::signedAuditFile(returnInput, QStringLiteral("sub-clean-0001"));
        QVERIFY(!clean.signedFiling.isEmpty() && !clean.signedReceipt.isEmpty());
        m_clean = m_root.filePath(QStringLiteral("clean.audit.json"));
        QVERIFY(test::writeAuditFile(clean, m_clean));

        // One amount of the signed return changed after signing: what a forger would do.
        AuditFile altered = test::signedAuditFile(returnInput, QStringLiteral("sub-altered-0002"));
        QVERIFY(altered.signedFiling.contains("\"160000.00\""));
        altered.signedFiling.replace("\"160000.00\"", "\"190000.00\"");
        m_altered = m_root.filePath(QStringLiteral("altered.audit.json"));
        QVERIFY(test::writeAuditFile(altered, m_altered));
    }

    void aCleanFilingPassesEveryCheckAndDiffersNowhere()
    {
        test::DesktopApp app(freshDirectory());
        QCOMPARE(app.window->currentPage(), MainWindow::Page::FirstRun);
        QVERIFY(openFromFirstRun(app, m_clean));
        auto* checks = app.find<QListWidget>("auditChecks");
        QVERIFY(checks->count() >= 5);
        QVERIFY2(failedChecks(checks).isEmpty(), qPrintable(failedChecks(checks).join(QLatin1Char(','))));
        for (const char* id : {"envelope", "certificate", "signature", "receipt", "receipt_answers", "rule_pack"}) {
            bool found = false;
            for (int row = 0; row < checks->count(); ++row) {
                found = found || checks->item(row)->data(Qt::UserRole).toString() == QLatin1String(id);
            }
            QVERIFY2(found, id);
        }
        QVERIFY(app.find<QLabel>("auditVerdict")->text().contains(QStringLiteral("passed")));

        const QString summary = app.find<QLabel>("auditSummary")->text();
        QVERIFY(summary.contains(QStringLiteral("sub-clean-0001")));
        QVERIFY(summary.contains(QStringLiteral("张三")));
        QVERIFY(summary.contains(QStringLiteral("110105********002X")));
        QVERIFY2(!summary.contains(QStringLiteral("11010519491231002X")), "the identity number is shown masked");
        QVERIFY(summary.contains(QStringLiteral("2024")));
        QVERIFY(summary.contains(QStringLiteral("rcp-sub-clean-0001")));

        auto* tree = app.find<QTreeView>("auditTrace");
        const QList<QStringList> rows = treeRows(tree);
        QVERIFY(rows.size() > 5);
        QCOMPARE(differingRows(tree), 0);
        for (const QStringList& row : rows) {
            QCOMPARE(row.at(AuditTraceModel::FiledColumn), row.at(AuditTraceModel::ReplayedColumn));
            QCOMPARE(row.at(AuditTraceModel::SameColumn), AuditTraceModel::tr("Same"));
        }
        // On the box itself: a check box's label ends where its text does, not at its right edge.
        auto* differencesOnly = app.find<QCheckBox>("auditDifferencesOnly");
        QTest::mouseClick(differencesOnly, Qt::LeftButton, {}, QPoint(8, differencesOnly->height() / 2));
        QVERIFY(differencesOnly->isChecked());
        QCOMPARE(tree->model()->rowCount(), 0);
    }

    void anAlteredAmountNamesTheFailedCheckAndTheDifferingLines()
    {
        test::DesktopApp app(freshDirectory());
        QVERIFY(openFromFirstRun(app, m_altered));
        const QStringList failed = failedChecks(app.find<QListWidget>("auditChecks"));
        QVERIFY2(failed.contains(QStringLiteral("signature")), qPrintable(failed.join(QLatin1Char(','))));
        QVERIFY(failed.contains(QStringLiteral("receipt_answers")));
        QVERIFY(!failed.contains(QStringLiteral("rule_pack")));
        auto* checks = app.find<QListWidget>("auditChecks");
        for (int row = 0; row < checks->count(); ++row) {
            const QListWidgetItem* item = checks->item(row);
            if (failed.contains(item->data(Qt::UserRole).toString())) {
                QVERIFY(item->font().bold());
                QVERIFY(!item->icon().isNull());
            }
        }
        QVERIFY(app.find<QLabel>("auditVerdict")->text().contains(QStringLiteral("failed")));

        auto* tree = app.find<QTreeView>("auditTrace");
        QVERIFY(differingRows(tree) > 0);
        QVERIFY2(tree->currentIndex().data(AuditTraceModel::DiffersRole).toBool(), "the first difference is selected");
        int wagesRow = -1;
        const QList<QStringList> rows = treeRows(tree);
        for (int row = 0; row < rows.size(); ++row) {
            const QModelIndex label = tree->model()->index(row, 0);
            const bool differs = label.data(AuditTraceModel::DiffersRole).toBool();
            // Colour, icon and word together, never colour alone.
            QCOMPARE(rows.at(row).at(AuditTraceModel::SameColumn),
                     differs ? AuditTraceModel::tr("Differs") : AuditTraceModel::tr("Same"));
            QCOMPARE(!label.data(Qt::DecorationRole).isNull(), differs);
            QCOMPARE(label.data(Qt::BackgroundRole).isValid(), differs);
            if (rows.at(row).at(AuditTraceModel::FiledColumn) == QLatin1String("160000.00") &&
                rows.at(row).at(AuditTraceModel::ReplayedColumn) == QLatin1String("190000.00")) {
                wagesRow = row;
                QVERIFY(differs);
            }
        }
        QVERIFY2(wagesRow >= 0, "the altered wages show as filed 160000.00, replayed 190000.00");

        // The selected line's formula and citations show beside the tree.
        tree->setCurrentIndex(tree->model()->index(wagesRow, 0));
        const QString details = app.find<QTextBrowser>("auditLineDetails")->toPlainText();
        QVERIFY(details.contains(AuditPage::tr("Formula:")));
        QVERIFY(details.contains(QStringLiteral("190000.00")));
        QVERIFY(details.contains(AuditPage::tr("Differs: the replay does not give what was filed.")));
    }

    void theFilterKeepsOnlyTheDifferingLinesWithTheirChildren()
    {
        test::DesktopApp app(freshDirectory());
        QVERIFY(openFromFirstRun(app, m_altered));
        auto* tree = app.find<QTreeView>("auditTrace");
        const int all = tree->model()->rowCount();
        const int differing = differingRows(tree);
        QVERIFY(differing > 0 && differing < all);
        // Alt+D, the check box's mnemonic, from the keyboard alone.
        QVERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_D, Qt::AltModifier);
        // A mnemonic clicks its button after a short press animation.
        QTRY_VERIFY(app.find<QCheckBox>("auditDifferencesOnly")->isChecked());
        QCOMPARE(tree->model()->rowCount(), differing);
        QCOMPARE(differingRows(tree), differing);
        int children = 0;
        for (int row = 0; row < differing; ++row) {
            children += tree->model()->rowCount(tree->model()->index(row, 0));
        }
        QVERIFY2(children > 0, "a differing line keeps its inputs and rules");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(tree->model()->rowCount(), all);
    }

    void theReportPdfHasTheChecksAndEveryLine()
    {
        test::DesktopApp app(freshDirectory(), QStringLiteral("zh_CN"));
        QVERIFY(openFromFirstRun(app, m_altered));
        const QString path = m_root.filePath(QStringLiteral("audit-report.pdf"));
        FileDialogSeam::setNextFileName(path);
        QTest::mouseClick(app.find<QPushButton>("auditExportButton"), Qt::LeftButton);
        auto* message = app.find<QLabel>("auditMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("audit-report.pdf")), 20000);
        QVERIFY(test::fontEmbedded(path, QStringLiteral("NotoSansCJKsc")));
        const QString text = test::pdfText(path).remove(QRegularExpression(QStringLiteral("\\s")));
        // pdfText is NFKC-normalised (（ reads as ( ), so the expected phrases are too.
        const auto compact = [](const QString& phrase) {
            return phrase.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
        };
        QVERIFY(text.contains(QStringLiteral("sub-altered-0002")));
        QVERIFY(text.contains(QStringLiteral("张三")));
        auto* checks = app.find<QListWidget>("auditChecks");
        for (int row = 0; row < checks->count(); ++row) {
            // "Passed: NAME. SENTENCE": the name is what the PDF prints in its own column.
            const QString name =
                checks->item(row)->text().section(QStringLiteral(": "), 1).section(QLatin1Char('.'), 0, 0);
            QVERIFY2(text.contains(compact(name)), qPrintable(name));
        }
        const QList<QStringList> rows = treeRows(app.find<QTreeView>("auditTrace"));
        for (const QStringList& row : rows) {
            QVERIFY2(text.contains(compact(row.at(AuditTraceModel::LabelColumn))), qPrintable(row.first()));
        }
        QVERIFY(text.contains(QStringLiteral("190000.00")));
    }

    void reachableFromTheUnlockPageWithTheKeyboardAlone()
    {
        const QString directory = freshDirectory();
        QVERIFY(test::createClosedVault(directory, "quiet river lantern"));
        test::DesktopApp app(directory);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Unlock);
        FileDialogSeam::setNextFileName(m_clean);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Audit);
        auto* tree = app.find<QTreeView>("auditTrace");
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, 20000);
        QVERIFY(tree->hasFocus());
        // The arrows and End move the selection, and the detail pane follows it to another line.
        auto* details = app.find<QTextBrowser>("auditLineDetails");
        const QString first = details->toPlainText();
        QVERIFY(first.contains(AuditPage::tr("Formula:")));
        QTest::keyClick(tree, Qt::Key_End);
        QVERIFY(tree->currentIndex().row() > 0 || tree->currentIndex().parent().row() > 0);
        QVERIFY(details->toPlainText() != first);
        QTest::keyClick(tree, Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Unlock);
    }

    void aFileThatIsNoFilingIsASentence()
    {
        test::DesktopApp app(freshDirectory());
        const QString path = m_root.filePath(QStringLiteral("notes.json"));
        QFile notes(path);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("{\"note\": \"not a filing\"}");
        notes.close();
        FileDialogSeam::setNextFileName(path);
        app.window->findChild<QAction*>(QStringLiteral("auditAction"))->trigger();
        auto* message = app.find<QLabel>("auditMessage");
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty() && !message->text().contains(QStringLiteral("…")), 20000);
        QCOMPARE(app.find<QListWidget>("auditChecks")->count(), 0);
        QVERIFY(!app.find<QPushButton>("auditExportButton")->isEnabled());
    }
};

HUISUAN_REGISTER_TEST(TestAuditPage)
#include "TestAuditPage.moc"
