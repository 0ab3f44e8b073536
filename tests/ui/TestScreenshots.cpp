// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditFileSupport.h"
#include "CompaniesTestSupport.h"
#include "TestRegistry.h"
#include "UiBureauSupport.h"
#include "UiTestSupport.h"
#include "session/ReturnTestSupport.h"
#include "session/SessionTestSupport.h"
#include "ui/DeductionsPage.h"
#include "ui/FileDialogSeam.h"
#include "ui/ReturnPage.h"
#include "ui/ReturnResultView.h"
#include "ui/SettingsDialog.h"
#include "ui/TraceDialog.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <memory>
#include <tuple>

using namespace huisuan;

/**
 * Renders every page in every language into $HUISUAN_SCREENSHOT_DIR (docs/screenshots through
 * tools/screenshots.sh); skipped in an ordinary test run, which must not write into the sources.
 */
class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;
    QDir m_output;
    std::unique_ptr<test::BureauProcess> m_bureau; // started by the first language that needs it

    bool save(QWidget* widget, const QString& page, const QString& language)
    {
        QApplication::processEvents();
        return widget->grab().save(m_output.filePath(QStringLiteral("%1-%2.png").arg(page, language)));
    }

private slots:
    // A skip in init(), not initTestCase(): a skipped initTestCase would also silence the classes
    // that run after this one in the same test-ui process.
    void init()
    {
        const QString output = qEnvironmentVariable("HUISUAN_SCREENSHOT_DIR");
        if (output.isEmpty()) {
            QSKIP("set HUISUAN_SCREENSHOT_DIR (tools/screenshots.sh) to render the screenshots");
        }
        QVERIFY(QDir().mkpath(output));
        m_output = QDir(output);
    }

    void everyPage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : LanguageSwitcher::languages()) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }

    void everyPage()
    {
        QFETCH(QString, language);
        const QString directory = m_root.filePath(QStringLiteral("vault-%1").arg(++m_next));
        {
            test::DesktopApp app(directory, language);
            test::typeInto(app.find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
            QVERIFY(save(app.window.get(), QStringLiteral("first-run"), language));
            SettingsDialog* settings = app.window->openSettings();
            QVERIFY(save(settings, QStringLiteral("settings"), language));
            settings->reject();
        }
        {
            auto vault = Vault::create(directory, test::secret("quiet river lantern"), test::cheapCost());
            QVERIFY(vault.ok());
            const qint64 filed = test::storeReturnWithBalance(*vault.value, 2024, "1480.00", "0.00");
            QVERIFY(test::fileAccepted(*vault.value, filed, QStringLiteral("sub-2024")));
            test::storeReturnWithBalance(*vault.value, 2023, "0.00", "312.50");
            vault.value->close();
        }
        test::DesktopApp app(directory, language);
        QVERIFY(save(app.window.get(), QStringLiteral("unlock"), language));
        QSignalSpy homeReady(app.window.get(), &MainWindow::homeReady);
        auto* edit = app.find<QLineEdit>("unlockPassphraseEdit");
        test::typeInto(edit, QStringLiteral("quiet river lantern"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(homeReady.wait(10000));
        QVERIFY(save(app.window.get(), QStringLiteral("home"), language));
    }

    /** The enrolment page, then the income page after a real enrolment and download. */
    void enrolmentAndIncome_data() { everyPage_data(); }

    void enrolmentAndIncome()
    {
        QFETCH(QString, language);
        if (!m_bureau) {
            m_bureau = std::make_unique<test::BureauProcess>();
            QVERIFY(test::startBureauWithDeclarations(*m_bureau));
        }
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)), language);
        test::typeInto(app.find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
        test::typeInto(app.find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app.find<QPushButton>("createButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);
        test::commitText(app.find<QLineEdit>("enrolNameEdit"), test::desktopTaxpayerName);
        test::typeInto(app.find<QLineEdit>("identityNumberEdit"), test::desktopIdentityNumber);
        // The shot shows the defaults (the sandbox bureau); the test's own bureau goes in after it.
        QVERIFY(save(app.window.get(), QStringLiteral("enrol"), language));
        test::replaceText(app.find<QLineEdit>("bureauUrlEdit"), m_bureau->url());
        test::replaceText(app.find<QLineEdit>("certificateFolderEdit"), m_bureau->dataDir());
        QTest::mouseClick(app.find<QPushButton>("enrolButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(app.find<QTableView>("taxYearsView")->model()->rowCount(), 1, 10000);
        QTest::mouseClick(app.find<QPushButton>("incomeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Income, 5000);
        QTest::mouseClick(app.find<QPushButton>("downloadPrefillButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.find<QTableView>("incomeView")->model()->rowCount(), 2, 20000);
        QVERIFY(save(app.window.get(), QStringLiteral("income"), language));

        // The deductions with a child, a housing loan and rent in the same year: the rent is refused at its field.
        QTest::mouseClick(app.find<QPushButton>("incomeBackButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.find<QTableView>("taxYearsView")->model()->rowCount(), 1, 10000);
        auto* deductions = app.find<DeductionsPage>("deductionsPage");
        QSignalSpy formReady(deductions, &DeductionsPage::formReady);
        QTest::mouseClick(app.find<QPushButton>("deductionsButton"), Qt::LeftButton);
        QVERIFY(formReady.wait(10000));
        test::commitText(app.find<QLineEdit>("familyNameEdit"), QStringLiteral("李小明"));
        test::typeInto(app.find<QLineEdit>("familyIdentityEdit"), QStringLiteral("110105201803010020"));
        QTest::mouseClick(app.find<QPushButton>("addFamilyMemberButton"), Qt::LeftButton);
        QTest::mouseClick(app.find<QPushButton>("childrenEducationAddButton"), Qt::LeftButton);
        app.find<QSpinBox>("loanMonthsSpin")->setValue(12);
        app.find<QSpinBox>("rentMonthsSpin")->setValue(12);
        app.window->resize(900, 1500);
        app.find<QScrollArea>("deductionsScroll")->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        QVERIFY(save(app.window.get(), QStringLiteral("deductions"), language));
    }

    /** A computed return with its lines and chart, and the "why?" of one of its numbers. */
    void returnPage_data() { everyPage_data(); }

    void returnPage()
    {
        QFETCH(QString, language);
        const QString directory = m_root.filePath(QStringLiteral("vault-%1").arg(++m_next));
        {
            auto vault = Vault::create(directory, test::secret("quiet river lantern"), test::cheapCost());
            QVERIFY(vault.ok());
            QVERIFY(vault.value->saveAnnualReturn(test::computedReturn(test::healthInsuranceCappedReturn)).ok());
            vault.value->close();
        }
        test::DesktopApp app(directory, language);
        QSignalSpy homeReady(app.window.get(), &MainWindow::homeReady);
        auto* edit = app.find<QLineEdit>("unlockPassphraseEdit");
        test::typeInto(edit, QStringLiteral("quiet river lantern"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(homeReady.wait(10000));
        app.find<QTableView>("taxYearsView")->selectRow(1);
        QSignalSpy shown(app.find<ReturnPage>("returnPage"), &ReturnPage::returnShown);
        QTest::mouseClick(app.find<QPushButton>("returnButton"), Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QVERIFY(save(app.window.get(), QStringLiteral("return"), language));
        auto* tabs = app.find<QTabWidget>("breakdownTabs");
        tabs->setCurrentIndex(2);
        QVERIFY(save(tabs, QStringLiteral("return-deductions"), language));
        tabs->setCurrentIndex(0);
        QTest::mouseClick(app.find<QPushButton>("whyButton_other_deductions"), Qt::LeftButton);
        TraceDialog* dialog = app.find<ReturnResultView>("returnResultView")->openExplanation();
        QVERIFY(dialog);
        QVERIFY(save(dialog, QStringLiteral("why"), language));
        dialog->reject();
    }

    void reconciliationAndFilings_data() { everyPage_data(); }

    void reconciliationAndFilings()
    {
        QFETCH(QString, language);
        if (!m_bureau) {
            m_bureau = std::make_unique<test::BureauProcess>();
            QVERIFY(test::startBureauWithDeclarations(*m_bureau));
        }
        // A taxpayer of one's own per language: the bureau accepts one original return a year per
        // person. An employer declares each month once, so each language has months of its own.
        const QStringList languages = LanguageSwitcher::languages();
        const QStringList identities {QStringLiteral("110105199003070025"),
                                      QStringLiteral("110105198511120039"),
                                      QStringLiteral("110105199205200043")};
        const int index = int(languages.indexOf(language));
        QVERIFY(index >= 0 && index < identities.size());
        const QString identity = identities.at(index);
        const QString name = QStringLiteral("王芳");
        const auto month = [index](int offset) {
            return QStringLiteral("2025-%1").arg(4 + 3 * index + offset, 2, 10, QLatin1Char('0'));
        };
        test::BureauClient employer(m_bureau->url(), m_bureau->tlsCaPem());
        for (const auto& [period, income, withheld, kind] :
             {std::tuple {month(0), QStringLiteral("10000.00"), QStringLiteral("90.00"), QStringLiteral("wages")},
              std::tuple {month(1), QStringLiteral("10000.00"), QStringLiteral("120.00"), QStringLiteral("wages")},
              std::tuple {
                  month(2), QStringLiteral("36000.00"), QStringLiteral("1080.00"), QStringLiteral("annual_bonus")}}) {
            const test::BureauReply declared =
                employer.post(QStringLiteral("/v1/withholding-declarations"),
                              test::withholdingDeclaration(
                                  QStringLiteral("shot-") + period, period, income, withheld, kind, identity, name));
            QVERIFY2(declared.status == 201, declared.body.constData());
        }
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)), language);
        test::typeInto(app.find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
        test::typeInto(app.find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app.find<QPushButton>("createButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);
        test::commitText(app.find<QLineEdit>("enrolNameEdit"), name);
        test::typeInto(app.find<QLineEdit>("identityNumberEdit"), identity);
        test::replaceText(app.find<QLineEdit>("bureauUrlEdit"), m_bureau->url());
        test::replaceText(app.find<QLineEdit>("certificateFolderEdit"), m_bureau->dataDir());
        QTest::mouseClick(app.find<QPushButton>("enrolButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(app.find<QTableView>("taxYearsView")->model()->rowCount(), 1, 10000);
        QTest::mouseClick(app.find<QPushButton>("incomeButton"), Qt::LeftButton);
        QTest::mouseClick(app.find<QPushButton>("downloadPrefillButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.find<QTableView>("incomeView")->model()->rowCount(), 3, 20000);
        QTest::mouseClick(app.find<QPushButton>("incomeBackButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.find<QTableView>("taxYearsView")->model()->rowCount(), 1, 10000);

        QTest::mouseClick(app.find<QPushButton>("reconcileButton"), Qt::LeftButton);
        auto* wizard = app.find<ReconciliationWizard>("reconciliationWizard");
        auto* next = app.find<QAbstractButton>("wizardNextButton");
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        const QStringList steps {QStringLiteral("wizard-identity"),
                                 QStringLiteral("wizard-income"),
                                 QStringLiteral("wizard-deductions"),
                                 QStringLiteral("wizard-bonus"),
                                 QStringLiteral("wizard-result")};
        for (const QString& step : steps) {
            QVERIFY(save(app.window.get(), step, language));
            QTest::mouseClick(next, Qt::LeftButton);
        }
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::RefundCard));
        test::commitText(app.find<QLineEdit>("refundBankEdit"), QStringLiteral("中国工商银行"));
        test::typeInto(app.find<QLineEdit>("refundCardEdit"), QStringLiteral("6222 0212 3456 7890 128"));
        QVERIFY(save(app.window.get(), QStringLiteral("wizard-card"), language));
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(app.find<QCheckBox>("declarationCheckBox"), Qt::LeftButton);
        QVERIFY(save(app.window.get(), QStringLiteral("wizard-submit"), language));
        QTest::mouseClick(app.find<QAbstractButton>("wizardCommitButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReconciliationWizard::Receipt), 30000);
        QVERIFY(save(app.window.get(), QStringLiteral("wizard-receipt"), language));

        QTest::mouseClick(app.find<QAbstractButton>("wizardFinishButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QPushButton>("filingsButton")->isEnabled(), 10000);
        QVERIFY(save(app.window.get(), QStringLiteral("home-filed"), language));
        QTest::mouseClick(app.find<QPushButton>("filingsButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Filings, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QPushButton>("withdrawButton")->isEnabled(), 10000);
        QVERIFY(save(app.window.get(), QStringLiteral("filings"), language));
    }

    /** The accountant's area in Chinese, its primary language: the companies, the tables, a refused file. */
    void accountant()
    {
        const QString language = QStringLiteral("zh_CN");
        auto app = test::companiesPage(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)), language);
        QVERIFY(app);
        app->window->resize(1100, 720);
        test::typeInto(app->find<QLineEdit>("creditCodeEdit"), QStringLiteral("91350100M000100Y43"));
        test::commitText(app->find<QLineEdit>("companyNameEdit"), QStringLiteral("福州某某贸易有限公司"));
        QTest::mouseClick(app->find<QPushButton>("addWorkspaceButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app->find<QListWidget>("workspaceList")->count(), 2, 10000);
        app->find<QListWidget>("workspaceList")->setCurrentRow(app->find<QListWidget>("workspaceList")->count() - 1);
        QVERIFY(save(app->window.get(), QStringLiteral("accountant-workspaces"), language));
        auto* list = app->find<QListWidget>("workspaceList");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->toolTip() == test::companyCode) {
                list->setCurrentRow(row);
            }
        }
        QVERIFY(test::importFile(
            *app, "importRosterButton", test::writeRoster(m_root.filePath(QStringLiteral("roster.csv")))));
        QVERIFY(test::importFile(
            *app, "importPayrollButton", test::writePayrollWorkbook(m_root.filePath(QStringLiteral("payroll.xlsx")))));
        QVERIFY(test::computeYear(*app));
        QVERIFY(save(app->window.get(), QStringLiteral("accountant-tables"), language));
        const QString bad =
            test::writeCsv(m_root.filePath(QStringLiteral("工资表-三月.csv")),
                           {QStringLiteral("证件号码,姓名,本期收入,专项扣除"),
                            test::residentId(1) + QStringLiteral(",张三,10000,1000"),
                            test::wrongCheckDigit(test::residentId(2)) + QStringLiteral(",李四,20000,2000"),
                            test::residentId(3) + QStringLiteral(",王五,6000元,1000"),
                            test::residentId(9) + QStringLiteral(",赵六,8000,800")});
        app->find<QSpinBox>("payrollMonthBox")->setValue(3);
        QVERIFY(test::importFile(*app, "importPayrollButton", bad));
        QVERIFY(app->find<QListWidget>("batchProblems")->count() >= 3);
        QVERIFY(save(app->window.get(), QStringLiteral("accountant-problems"), language));
    }

    void auditView_data() { everyPage_data(); }

    /** The auditor's view of a clean filing, and of one whose wages were altered after signing. */
    void auditView()
    {
        QFETCH(QString, language);
        const QByteArray input = QByteArrayLiteral(
            "{\"tax_year\": 2024, \"income\": {\"wages\": \"160000.00\"}, \"special_deductions\": \"12000.00\", "
            "\"prepaid\": \"9000.00\"}");
        AuditFile altered = test::signedAuditFile(input, QStringLiteral("sub-2024-0002"));
        altered.signedFiling.replace("\"160000.00\"", "\"190000.00\"");
        const QList<std::pair<QString, AuditFile>> files {
            {QStringLiteral("audit-clean"), test::signedAuditFile(input, QStringLiteral("sub-2024-0001"))},
            {QStringLiteral("audit-difference"), altered}};
        for (const auto& [page, file] : files) {
            const QString path = m_root.filePath(QStringLiteral("%1-%2.json").arg(page, language));
            QVERIFY(test::writeAuditFile(file, path));
            test::DesktopApp app(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)), language);
            app.window->resize(1000, 760);
            FileDialogSeam::setNextFileName(path);
            QTest::mouseClick(app.find<QPushButton>("firstRunAuditButton"), Qt::LeftButton);
            auto* trace = app.find<QTreeView>("auditTrace");
            QTRY_VERIFY_WITH_TIMEOUT(trace->model()->rowCount() > 0, 20000);
            QVERIFY(save(app.window.get(), page, language));
        }
    }

    void cleanupTestCase()
    {
        if (m_bureau) {
            QVERIFY(m_bureau->stop());
        }
    }
};

HUISUAN_REGISTER_TEST(TestScreenshots)
#include "TestScreenshots.moc"
