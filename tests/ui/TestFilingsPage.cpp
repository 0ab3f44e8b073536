// SPDX-License-Identifier: GPL-3.0-or-later
// The filings page against the real huisuan-bureau on 127.0.0.1: a return filed through
// FilingService, then the desktop app shows it with its receipt, asks the bureau where its refund
// stands as the sandbox clock moves, withdraws it (the question answered through MessageBoxSeam),
// shows the bureau's own sentence when it refuses, and exports the filing as a PDF that is read
// back with poppler-utils. Each test is its own taxpayer: the bureau takes one first filing a year.
#include "TestRegistry.h"
#include "UiTestSupport.h"
#include "filing/BureauFilingSupport.h"
#include "filing/PrefillReturn.h"
#include "filing/Receipt.h"
#include "report/FilingReportPdf.h"
#include "report/PdfInspection.h"
#include "ui/DisplayAmount.h"
#include "ui/FileDialogSeam.h"
#include "ui/FilingListModel.h"
#include "ui/FilingsPage.h"
#include "ui/MessageBoxSeam.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>

using namespace huisuan;

namespace {

constexpr int taxYear = 2025;
/** The taxpayers the employer declared wages for; each test files as the next one. */
constexpr int people = 5;

QString identityNumberOf(int person)
{
    return test::residentIdNumber(500 + person);
}

QString nameOf(int person)
{
    return QStringLiteral("张纳税人%1").arg(person);
}

/**
 * The employer's declaration of `period` for every taxpayer: 10000.00 wages, `withheld` withheld.
 * The bureau takes one declaration per employer and month (bureau-api.md §4.1), so one holds all.
 */
JsonValue declarationOf(const QString& period, const QString& withheld)
{
    std::vector<JsonValue> records;
    for (int person = 0; person < people; ++person) {
        records.push_back(
            JsonValue::object({{QStringLiteral("identity_number"), JsonValue::string(identityNumberOf(person))},
                               {QStringLiteral("income"), JsonValue::string(QStringLiteral("10000.00"))},
                               {QStringLiteral("income_type"), JsonValue::string(QStringLiteral("wages"))},
                               {QStringLiteral("name"), JsonValue::string(nameOf(person))},
                               {QStringLiteral("tax_withheld"), JsonValue::string(withheld)}}));
    }
    return JsonValue::object(
        {{QStringLiteral("declaration_id"), JsonValue::string(QStringLiteral("filings-") + period)},
         {QStringLiteral("employer"),
          JsonValue::object({{QStringLiteral("credit_code"), JsonValue::string(QStringLiteral("91110000802100433B"))},
                             {QStringLiteral("name"), JsonValue::string(QStringLiteral("甲公司"))}})},
         {QStringLiteral("period"), JsonValue::string(period)},
         {QStringLiteral("records"), JsonValue::array(std::move(records))}});
}
/** Simulated days after acceptance: the refund is at the treasury on day 2, paid on day 5. */
constexpr int daysToTreasury = 2;
constexpr int daysToPaid = 5;

QString translated(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}

/** The text the filings table shows in `column` of `row`. */
QString cell(test::DesktopApp& app, int row, int column)
{
    auto* view = app.find<QTableView>("filingsView");
    return view->model()->index(row, column).data().toString();
}

} // namespace

class TestFilingsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;
    test::BureauProcess m_bureau;
    std::unique_ptr<huisuan::BureauClient> m_desk; // the employer's declarations and the sandbox clock

    /** A vault whose taxpayer enrolled and filed their 2025 return, accepted; its submission id. */
    QString fileThroughService(const QString& directory)
    {
        const int person = m_next++;
        if (person >= people) {
            qWarning("only %d taxpayers were declared", people);
            return {};
        }
        const QString identityNumber = identityNumberOf(person);
        const QString name = nameOf(person);
        std::unique_ptr<Vault> vault = test::createTaxpayerVault(directory);
        if (!vault) {
            return {};
        }
        const QString submissionId = fileWith(*vault, name, identityNumber);
        vault->close(); // the app opens it next
        return submissionId;
    }

    QString fileWith(Vault& vault, const QString& name, const QString& identityNumber)
    {
        FilingService service(vault, test::quickOptions());
        BureauResult<EnrolmentAnswer> enrolled = service.enrol(test::endpointOf(m_bureau), name, identityNumber);
        BureauResult<PrefillAnswer> prefill = service.downloadPrefill(taxYear);
        if (!enrolled.ok() || !prefill.ok()) {
            qWarning("enrolment or prefill failed");
            return {};
        }
        const PrefillReturn::Result merged = PrefillReturn::merge(
            JsonValue::object({{QStringLiteral("tax_year"), JsonValue::integer(taxYear)}}), prefill.value);
        BureauResult<PreparedFiling> prepared = service.prepare(merged.input);
        if (!prepared.ok() || !service.drain(std::chrono::seconds(30)).ok()) {
            qWarning("filing failed: %s", qPrintable(prepared.status.toString()));
            return {};
        }
        return prepared.value.submissionId;
    }

    /** Unlocks the app and opens the filings page of 2025 from the home page. */
    static bool openFilings(test::DesktopApp& app)
    {
        QSignalSpy home(app.window.get(), &MainWindow::homeReady);
        auto* edit = app.find<QLineEdit>("unlockPassphraseEdit");
        test::typeInto(edit, QString::fromLatin1(test::taxpayerPassphrase()));
        QTest::keyClick(edit, Qt::Key_Return);
        if (!home.wait(10000)) {
            return false;
        }
        auto* filings = app.find<QPushButton>("filingsButton");
        if (!filings->isEnabled()) {
            return false;
        }
        QSignalSpy shown(app.find<FilingsPage>("filingsPage"), &FilingsPage::filingsShown);
        QTest::mouseClick(filings, Qt::LeftButton);
        return shown.wait(10000) && app.window->currentPage() == MainWindow::Page::Filings;
    }

    /** Clicks `button` and waits for the page to show the outcome and the filings read again. */
    static bool clickAndWait(test::DesktopApp& app, const char* button)
    {
        auto* page = app.find<FilingsPage>("filingsPage");
        QSignalSpy finished(page, &FilingsPage::operationFinished);
        QSignalSpy shown(page, &FilingsPage::filingsShown);
        QTest::mouseClick(app.find<QPushButton>(button), Qt::LeftButton);
        return finished.wait(20000) && (!shown.isEmpty() || shown.wait(10000));
    }

    bool advanceDays(int days) { return m_desk->advanceSandboxClock(days).ok(); }

    /** The home page's state text of the newest year, after going back to it. */
    static QString homeState(test::DesktopApp& app)
    {
        QSignalSpy home(app.window.get(), &MainWindow::homeReady);
        QTest::mouseClick(app.find<QPushButton>("filingsBackButton"), Qt::LeftButton);
        if (!home.wait(10000)) {
            return {};
        }
        auto* view = app.find<QTableView>("taxYearsView");
        return view->model()->index(0, 1).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // Simulated days pass only when a test moves the clock.
        QVERIFY(m_bureau.start(
            {QStringLiteral("--sandbox-controls"), QStringLiteral("--day-seconds"), QStringLiteral("1000000")}));
        m_desk = std::make_unique<huisuan::BureauClient>(
            test::endpointOf(m_bureau), huisuan::BureauClient::Options {std::chrono::seconds(10), "zh-CN", {}});
        for (const auto& [period, withheld] : {std::pair {QStringLiteral("2025-01"), QStringLiteral("90.00")},
                                               std::pair {QStringLiteral("2025-02"), QStringLiteral("120.00")}}) {
            BureauResult<VerifiedReceipt> declared = m_desk->declareWithholding(declarationOf(period, withheld));
            QVERIFY2(declared.ok(), qPrintable(declared.status.toString()));
            QCOMPARE(declared.value.receipt.kind, huisuan::Receipt::Kind::Declaration);
        }
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        QVERIFY(m_bureau.stop());
    }

    void filedReturnShowsWithItsReceipt()
    {
        const QString directory = m_root.filePath(QStringLiteral("shown"));
        const QString submissionId = fileThroughService(directory);
        QVERIFY(!submissionId.isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openFilings(app));

        QCOMPARE(app.find<QTableView>("filingsView")->model()->rowCount(), 1);
        QCOMPARE(cell(app, 0, FilingListModel::StatusColumn), FilingListModel::tr("Accepted"));
        // 20 000.00 wages are below the basic deduction: the 210.00 withheld comes back.
        QCOMPARE(cell(app, 0, FilingListModel::ReceiptColumn),
                 FilingListModel::tr("Accepted: refund of %1").arg(displayAmount(QStringLiteral("210.00"))));
        QCOMPARE(cell(app, 0, FilingListModel::SettlementColumn),
                 FilingListModel::tr("Not asked yet: refresh from the bureau"));
        const QString details = app.find<QLabel>("filingDetails")->text();
        for (const QString& expected : {submissionId,
                                        Receipt::signerCommonName(),
                                        QStringLiteral("sm3:"),
                                        FilingListModel::tr("Waiting to be sent"),
                                        QStringLiteral("-210.00")}) {
            QVERIFY2(details.contains(expected), qPrintable(expected + QStringLiteral(" in ") + details));
        }
        QVERIFY(app.find<QPushButton>("withdrawButton")->isEnabled());
        QVERIFY(app.find<QPushButton>("correctButton")->isEnabled());
        QVERIFY(app.find<QPushButton>("exportPdfButton")->isEnabled());

        // 更正 leaves for the year's return, naming the filing it corrects.
        QSignalSpy correction(app.find<FilingsPage>("filingsPage"), &FilingsPage::correctionRequested);
        QTest::mouseClick(app.find<QPushButton>("correctButton"), Qt::LeftButton);
        QCOMPARE(correction.size(), 1);
        QCOMPARE(correction.first().at(0).toInt(), taxYear);
        QCOMPARE(correction.first().at(1).toString(), submissionId);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Reconcile);
        auto* wizard = app.find<ReconciliationWizard>("reconciliationWizard");
        QCOMPARE(wizard->replaces(), submissionId);
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QLabel>("wizardCorrectionNote")->isVisible(), 5000);
        QVERIFY(app.find<QLabel>("wizardCorrectionNote")->text().contains(submissionId));
    }

    void refreshFollowsTheRefundToPaid()
    {
        const QString directory = m_root.filePath(QStringLiteral("refund"));
        QVERIFY(!fileThroughService(directory).isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openFilings(app));
        const QString refund = displayAmount(QStringLiteral("210.00"));
        const auto settlement = [&](SettlementRow::State state) {
            return FilingListModel::tr("Refund of %1: %2").arg(refund, FilingListModel::settlementStateText(state));
        };

        QVERIFY(clickAndWait(app, "refreshFilingsButton"));
        QCOMPARE(cell(app, 0, FilingListModel::SettlementColumn), settlement(SettlementRow::State::UnderReview));
        QVERIFY(advanceDays(daysToTreasury));
        QVERIFY(clickAndWait(app, "refreshFilingsButton"));
        QCOMPARE(cell(app, 0, FilingListModel::SettlementColumn), settlement(SettlementRow::State::Treasury));
        QVERIFY(app.find<QPushButton>("withdrawButton")->isEnabled());
        // The home page says what the bureau said, from the vault.
        QCOMPARE(homeState(app),
                 translated("huisuan::TaxYearListModel", "Filed: refund of %1 in progress").arg(refund));

        QSignalSpy shown(app.find<FilingsPage>("filingsPage"), &FilingsPage::filingsShown);
        QTest::mouseClick(app.find<QPushButton>("filingsButton"), Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QVERIFY(advanceDays(daysToPaid - daysToTreasury));
        QVERIFY(clickAndWait(app, "refreshFilingsButton"));
        QCOMPARE(cell(app, 0, FilingListModel::SettlementColumn), settlement(SettlementRow::State::Paid));
        // A paid refund can no longer be withdrawn (bureau-api.md §8.3); it can still be corrected.
        QVERIFY(!app.find<QPushButton>("withdrawButton")->isEnabled());
        QVERIFY(app.find<QPushButton>("correctButton")->isEnabled());
        QCOMPARE(homeState(app), translated("huisuan::TaxYearListModel", "Filed: refund of %1 paid").arg(refund));
    }

    void withdrawAfterConfirmation()
    {
        const QString directory = m_root.filePath(QStringLiteral("withdrawn"));
        const QString submissionId = fileThroughService(directory);
        QVERIFY(!submissionId.isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openFilings(app));
        auto* withdraw = app.find<QPushButton>("withdrawButton");

        // Answered No: nothing is sent, the filing stays accepted.
        MessageBoxSeam::setNextAnswer(false);
        QSignalSpy finished(app.find<FilingsPage>("filingsPage"), &FilingsPage::operationFinished);
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QVERIFY(MessageBoxSeam::lastQuestion().contains(submissionId));
        QVERIFY(withdraw->isEnabled());
        QVERIFY(!finished.wait(500));
        QCOMPARE(cell(app, 0, FilingListModel::StatusColumn), FilingListModel::tr("Accepted"));

        MessageBoxSeam::setNextAnswer(true);
        QVERIFY(clickAndWait(app, "withdrawButton"));
        QCOMPARE(app.find<QLabel>("filingsMessage")->text(),
                 translated("huisuan::FilingsPage",
                            "The tax bureau withdrew filing %1; its receipt is kept in your "
                            "vault.")
                     .arg(submissionId));
        QCOMPARE(cell(app, 0, FilingListModel::StatusColumn), FilingListModel::tr("Withdrawn"));
        QVERIFY(app.find<QLabel>("filingDetails")
                    ->text()
                    .contains(translated("huisuan::FilingsPage", "Withdrawal receipt")));
        QVERIFY(!withdraw->isEnabled());
        QVERIFY(!app.find<QPushButton>("correctButton")->isEnabled());
        QVERIFY(app.find<QPushButton>("exportPdfButton")->isEnabled());
        // The year is a draft again: the withdrawn return no longer counts.
        QCOMPARE(homeState(app),
                 translated("huisuan::TaxYearListModel", "Draft: %1")
                     .arg(translated("huisuan::TaxYearListModel", "refund of %1")
                              .arg(displayAmount(QStringLiteral("210.00")))));
    }

    void refusedWithdrawalShowsTheBureausSentence()
    {
        const QString directory = m_root.filePath(QStringLiteral("refused"));
        QVERIFY(!fileThroughService(directory).isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openFilings(app));
        // The refund is paid meanwhile, which the page has not heard yet.
        QVERIFY(advanceDays(daysToPaid));
        MessageBoxSeam::setNextAnswer(true);
        QVERIFY(clickAndWait(app, "withdrawButton"));

        const QString message = app.find<QLabel>("filingsMessage")->text();
        const QString prefix =
            translated("huisuan::DesktopSession", "The tax bureau did not withdraw the filing: %1").arg(QString());
        QVERIFY2(message.startsWith(prefix) && message.size() > prefix.size(), qPrintable(message));
        QCOMPARE(cell(app, 0, FilingListModel::StatusColumn), FilingListModel::tr("Accepted"));
        // The refusal is a signed receipt, kept: its sentence is the one shown.
        const QString details = app.find<QLabel>("filingDetails")->text();
        QVERIFY2(details.contains(message.mid(prefix.size())), qPrintable(details));
    }

    void exportsThePdf()
    {
        const QString directory = m_root.filePath(QStringLiteral("pdf"));
        const QString submissionId = fileThroughService(directory);
        QVERIFY(!submissionId.isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openFilings(app));

        const QString path = m_root.filePath(QStringLiteral("filing.pdf"));
        FileDialogSeam::setNextFileName(path);
        auto* page = app.find<FilingsPage>("filingsPage");
        QSignalSpy finished(page, &FilingsPage::operationFinished);
        QTest::mouseClick(app.find<QPushButton>("exportPdfButton"), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(QFileInfo::exists(path), qPrintable(app.find<QLabel>("filingsMessage")->text()));
        QVERIFY(test::fontEmbedded(path, QStringLiteral("NotoSansCJKsc")));
        const QString text = test::pdfText(path).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString& expected : {submissionId,
                                        nameOf(m_next - 1),
                                        QStringLiteral("甲公司"),
                                        QStringLiteral("2025-01"),
                                        QStringLiteral("2025-02"),
                                        QStringLiteral("10000.00"),
                                        QStringLiteral("90.00"),
                                        QStringLiteral("120.00"),
                                        QStringLiteral("-210.00"),
                                        FilingReportPdf::tr("Tax withheld"),
                                        FilingReportPdf::tr("Refund")}) {
            QVERIFY2(text.contains(QString(expected).remove(QLatin1Char(' '))), qPrintable(expected));
        }
        // The digest the receipt names is the digest of the bytes kept in the vault.
        QVERIFY(text.contains(FilingReportPdf::tr("the same").remove(QLatin1Char(' '))));

        // Cancelling the dialog writes nothing.
        QFile::remove(path);
        FileDialogSeam::setNextFileName(QString());
        QTest::mouseClick(app.find<QPushButton>("exportPdfButton"), Qt::LeftButton);
        QVERIFY(!finished.wait(500));
        QVERIFY(!QFileInfo::exists(path));
    }
};

HUISUAN_REGISTER_TEST(TestFilingsPage)
#include "TestFilingsPage.moc"
