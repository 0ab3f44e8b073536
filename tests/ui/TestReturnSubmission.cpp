// SPDX-License-Identifier: GPL-3.0-or-later
// The session's return: a draft kept in the vault, recomputed as typed, then signed, filed and
// answered by the real huisuan-bureau on 127.0.0.1 with a verified receipt.
#include "TestRegistry.h"
#include "UiBureauSupport.h"
#include "session/DesktopSession.h"
#include "session/ReturnPreview.h"
#include "vault/VaultTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace huisuan;

namespace {

/** Waits for the one emission of `spy` and returns its first argument. */
template <typename T>
T firstArgument(QSignalSpy& spy, int timeoutMs = 30000)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        return T();
    }
    return spy.takeFirst().at(0).value<T>();
}

ReturnDraft draftWith(const char* taxpayerPart, const char* bonusMethod = "optimal")
{
    return {2025, QByteArray(taxpayerPart), QString::fromLatin1(bonusMethod), {}};
}

} // namespace

class TestReturnSubmission : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;
    test::BureauProcess m_bureau;

    /** A session over a new vault, enrolled, with the two months the employer declared downloaded. */
    bool enrolledSession(DesktopSession& session)
    {
        session.setCreationCost(test::cheapCost());
        session.setLastEndedTaxYear(2025);
        QSignalSpy created(&session, &DesktopSession::vaultCreated);
        QByteArray passphrase = QByteArrayLiteral("quiet river lantern");
        session.createVault(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)),
                            SecureBuffer::takeFrom(passphrase));
        if (!firstArgument<SessionOutcome>(created).ok()) {
            return false;
        }
        QSignalSpy enrolled(&session, &DesktopSession::enrolFinished);
        session.enrol(QUrl(m_bureau.url()), m_bureau.dataDir(), test::desktopTaxpayerName, test::desktopIdentityNumber);
        const SessionOutcome enrolment = firstArgument<SessionOutcome>(enrolled);
        if (!enrolment.ok()) {
            qWarning("enrolment: %s", qPrintable(enrolment.message));
            return false;
        }
        QSignalSpy downloaded(&session, &DesktopSession::prefillDownloaded);
        session.downloadPrefill(2025);
        return downloaded.wait(30000) && downloaded.at(0).at(1).toInt() == 2;
    }

    static QList<IncomeRow> incomeOf(DesktopSession& session)
    {
        QSignalSpy ready(&session, &DesktopSession::incomeReady);
        session.requestIncome(2025);
        return ready.wait(10000) ? ready.at(0).at(1).value<QList<IncomeRow>>() : QList<IncomeRow>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(test::startBureauWithDeclarations(m_bureau));
    }

    void cleanupTestCase() { QVERIFY(m_bureau.stop()); }

    void aDraftIsEmptyAtFirstThenKept()
    {
        DesktopSession session;
        QVERIFY(enrolledSession(session));
        QSignalSpy ready(&session, &DesktopSession::draftReady);
        session.requestDraft(2025);
        const ReturnDraft empty = firstArgument<ReturnDraft>(ready);
        QCOMPARE(empty.taxYear, 2025);
        QCOMPARE(empty.taxpayerPart, QByteArrayLiteral("{\"tax_year\":2025}"));

        QSignalSpy saved(&session, &DesktopSession::draftSaved);
        session.saveDraft(draftWith("{\"tax_year\":2025,\"special_deductions\":\"2400.50\"}", "separate"));
        QVERIFY(firstArgument<SessionOutcome>(saved).ok());
        session.requestDraft(2025);
        const ReturnDraft kept = firstArgument<ReturnDraft>(ready);
        QCOMPARE(kept.taxpayerPart, QByteArrayLiteral("{\"tax_year\":2025,\"special_deductions\":\"2400.50\"}"));
        QCOMPARE(kept.bonusMethod, QStringLiteral("separate"));
        QSignalSpy overview(&session, &DesktopSession::overviewReady);
        session.requestOverview();
        QVERIFY(overview.wait(10000));
        const TaxYearOverview drafted = overview.at(0).at(0).value<QList<TaxYearOverview>>().at(0);
        QCOMPARE(drafted.state, TaxYearOverview::State::Draft);
        QVERIFY(!drafted.hasReturn); // deductions alone: nothing computed and kept yet for the return page

        // A draft of another year, or one that is not an object, is refused, and the kept one stays.
        session.saveDraft(draftWith("{\"tax_year\":2024}"));
        QVERIFY(!firstArgument<SessionOutcome>(saved).ok());
        session.saveDraft(draftWith("[1]"));
        QVERIFY(!firstArgument<SessionOutcome>(saved).ok());
        session.requestDraft(2025);
        QCOMPARE(firstArgument<ReturnDraft>(ready).bonusMethod, QStringLiteral("separate"));
    }

    void theFiledReturnIsThePreviewAndItsReceiptVerifies()
    {
        DesktopSession session;
        QVERIFY(enrolledSession(session));
        const QList<IncomeRow> income = incomeOf(session);
        QCOMPARE(income.size(), 2);
        // 20000.00 of wages is below the 60000.00 basic deduction: no tax, so the 210.00 withheld
        // (90.00 + 120.00) comes back.
        const ReturnDraft draft = draftWith("{\"tax_year\":2025,\"special_deductions\":\"1000.00\"}");
        const ReturnPreview::Outcome preview = ReturnPreview::compute(draft, income);
        QVERIFY(preview.computed());
        QCOMPARE(preview.taxPayable, QStringLiteral("0.00"));
        QCOMPARE(preview.prepaid, QStringLiteral("210.00"));
        QCOMPARE(preview.refund, QStringLiteral("210.00"));

        QSignalSpy finished(&session, &DesktopSession::submitFinished);
        session.submitReturn(draft);
        const SubmissionResult filed = firstArgument<SubmissionResult>(finished);
        QCOMPARE(filed.state, SubmissionResult::State::Accepted);
        QVERIFY(filed.submissionId.startsWith(QLatin1String("sub-")));
        QVERIFY(!filed.receiptId.isEmpty());
        QVERIFY(filed.filingDigest.startsWith(QLatin1String("sm3:")));
        QCOMPARE(filed.balance, QStringLiteral("-210.00"));
        QCOMPARE(filed.taxWithheld, QStringLiteral("210.00"));

        // The same draft saved before it was filed; a correction replaces the accepted filing.
        QSignalSpy ready(&session, &DesktopSession::draftReady);
        session.requestDraft(2025);
        QCOMPARE(firstArgument<ReturnDraft>(ready).taxpayerPart, draft.taxpayerPart);
        session.submitReturn(draftWith("{\"tax_year\":2025,\"special_deductions\":\"2000.00\"}"), filed.submissionId);
        const SubmissionResult corrected = firstArgument<SubmissionResult>(finished);
        QCOMPARE(corrected.state, SubmissionResult::State::Accepted);
        QVERIFY(corrected.submissionId != filed.submissionId);
        QCOMPARE(corrected.balance, QStringLiteral("-210.00"));
    }

    void aReturnTheEngineRefusesIsNeitherSignedNorSent()
    {
        DesktopSession session;
        QVERIFY(enrolledSession(session));
        // Housing loan interest and housing rent in the same year: the law allows one of them.
        const ReturnDraft draft =
            draftWith("{\"tax_year\":2025,\"special_additional_deductions\":{\"housing_loan_interest\":{\"months\":12,"
                      "\"share_percent\":100},\"housing_rent\":{\"months\":12,\"monthly_standard\":\"1500.00\"}}}");
        const ReturnPreview::Outcome preview = ReturnPreview::compute(draft, incomeOf(session));
        QCOMPARE(preview.status, ReturnPreview::Status::Refused);
        QVERIFY(std::any_of(preview.problems.cbegin(), preview.problems.cend(), [](const ReturnProblem& problem) {
            return problem.path.startsWith(QLatin1String("special_additional_deductions.housing_rent"));
        }));
        QSignalSpy finished(&session, &DesktopSession::submitFinished);
        session.submitReturn(draft);
        const SubmissionResult refused = firstArgument<SubmissionResult>(finished);
        QCOMPARE(refused.state, SubmissionResult::State::NotFiled);
        QVERIFY(refused.submissionId.isEmpty());
        QVERIFY(refused.message.contains(QLatin1String("housing_rent")));
        // Nothing was stored as filed or awaiting a receipt.
        QSignalSpy overview(&session, &DesktopSession::overviewReady);
        session.requestOverview();
        QVERIFY(overview.wait(10000));
        const auto years = overview.at(0).at(0).value<QList<TaxYearOverview>>();
        QVERIFY(std::all_of(years.cbegin(), years.cend(), [](const TaxYearOverview& year) {
            return year.state != TaxYearOverview::State::AwaitingReceipt && year.state != TaxYearOverview::State::Filed;
        }));
    }
};

HUISUAN_REGISTER_TEST(TestReturnSubmission)
#include "TestReturnSubmission.moc"
