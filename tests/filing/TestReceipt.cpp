// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/FilingTestSupport.h"
#include "filing/Receipt.h"
#include "filing/Sm3Digest.h"

#include <QElapsedTimer>
#include <QTest>
#include <map>

using namespace huisuan;
using namespace huisuan::test;

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_enrolled = enrolTaxpayer();
        m_signer = receiptSigner(m_enrolled.authority);
        QVERIFY(!m_enrolled.certificate.isEmpty());
        QVERIFY(!m_signer.certificate.isEmpty());
    }

    void acceptedReceiptRoundTrips()
    {
        const Receipt receipt = acceptedReceipt();
        FilingResult<QByteArray> signedReceipt = receipt.sign(m_signer.key, m_signer.certificate);
        QVERIFY2(signedReceipt.ok(), qPrintable(signedReceipt.status.toString()));
        QVERIFY(signedReceipt.value.contains("\"replaces\":null"));
        QVERIFY(signedReceipt.value.contains("\"balance\":\"-1234.50\""));
        FilingResult<Receipt> verified = Receipt::verify(signedReceipt.value, m_enrolled.authority.certificateDer());
        QVERIFY2(verified.ok(), qPrintable(verified.status.toString()));
        QVERIFY(verified.value == receipt);
        QCOMPARE(verified.value.result->balance.toString(), QStringLiteral("-1234.50"));
    }

    void rejectionAndWithdrawalRoundTrip()
    {
        Receipt rejected = acceptedReceipt();
        rejected.outcome = Receipt::Outcome::Rejected;
        rejected.result.reset();
        rejected.kind = Receipt::Kind::Correction;
        rejected.replaces = QStringLiteral("sub-0000");
        rejected.problems = {
            {QStringLiteral("filing.replaces_not_current"),
             QStringLiteral("replaces"),
             QStringLiteral("更正的不是当前申报"),
             Receipt::Problem::Severity::Error},
            {QStringLiteral("prefill.income_differs"),
             QStringLiteral("return.income.wages"),
             QStringLiteral("与预填不同"),
             Receipt::Problem::Severity::Alert},
        };
        Receipt withdrawal = acceptedReceipt();
        withdrawal.kind = Receipt::Kind::Withdrawal;
        withdrawal.requestId = QStringLiteral("wd-0001");
        withdrawal.result.reset();
        for (const Receipt& receipt : {rejected, withdrawal}) {
            FilingResult<QByteArray> signedReceipt = receipt.sign(m_signer.key, m_signer.certificate);
            QVERIFY(signedReceipt.ok());
            FilingResult<Receipt> verified =
                Receipt::verify(signedReceipt.value, m_enrolled.authority.certificateDer());
            QVERIFY2(verified.ok(), qPrintable(verified.status.toString()));
            QVERIFY(verified.value == receipt);
        }
    }

    void onlyTheBureauMaySignAReceipt()
    {
        // A taxpayer certificate from the same CA verifies as a certificate, but is not the bureau's.
        FilingResult<QByteArray> forged = acceptedReceipt().sign(m_enrolled.key, m_enrolled.certificate);
        QVERIFY(forged.ok());
        FilingResult<Receipt> verified = Receipt::verify(forged.value, m_enrolled.authority.certificateDer());
        QCOMPARE(verified.status.code, FilingErrorCode::UntrustedCertificate);

        const EnrolledTaxpayer otherBureau = enrolTaxpayer();
        const ReceiptSigner otherSigner = receiptSigner(otherBureau.authority);
        FilingResult<QByteArray> foreign = acceptedReceipt().sign(otherSigner.key, otherSigner.certificate);
        QVERIFY(foreign.ok());
        QCOMPARE(Receipt::verify(foreign.value, m_enrolled.authority.certificateDer()).status.code,
                 FilingErrorCode::UntrustedCertificate);
    }

    void isCheckedAtItsIssueTime()
    {
        Receipt late = acceptedReceipt();
        late.issuedAt = utc(2027, 6, 1); // after the receipt certificate expired
        FilingResult<QByteArray> signedReceipt = late.sign(m_signer.key, m_signer.certificate);
        QVERIFY(signedReceipt.ok());
        QCOMPARE(Receipt::verify(signedReceipt.value, m_enrolled.authority.certificateDer()).status.code,
                 FilingErrorCode::UntrustedCertificate);
    }

    void membersMustAgree_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("accepted without result") << 0;
        QTest::newRow("rejected without an error") << 1;
        QTest::newRow("rejected with a result") << 2;
    }

    void membersMustAgree()
    {
        QFETCH(int, variant);
        Receipt receipt = acceptedReceipt();
        if (variant == 0) {
            receipt.result.reset();
        } else {
            receipt.outcome = Receipt::Outcome::Rejected;
            receipt.problems = {
                {QStringLiteral("x"), QString(), QStringLiteral("注意"), Receipt::Problem::Severity::Alert}};
            if (variant == 1) {
                receipt.result.reset();
            } else {
                receipt.problems.front().severity = Receipt::Problem::Severity::Error;
            }
        }
        FilingResult<QByteArray> signedReceipt = receipt.sign(m_signer.key, m_signer.certificate);
        QVERIFY(signedReceipt.ok());
        QCOMPARE(Receipt::verify(signedReceipt.value, m_enrolled.authority.certificateDer()).status.code,
                 FilingErrorCode::MalformedReceipt);
    }

    void refusesEverySingleByteChange()
    {
        // Issue 4: every single-byte change of a receipt is rejected by the client's verifier.
        FilingResult<QByteArray> signedReceipt = acceptedReceipt().sign(m_signer.key, m_signer.certificate);
        QVERIFY(signedReceipt.ok());
        const QByteArray& original = signedReceipt.value;
        const QByteArray ca = m_enrolled.authority.certificateDer();
        QVERIFY(Receipt::verify(original, ca).ok());
        std::map<FilingErrorCode, int> reasons;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < original.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray tampered = original;
                tampered[i] = char(tampered[i] ^ char(1 << bit));
                const FilingResult<Receipt> verified = Receipt::verify(tampered, ca);
                QVERIFY2(!verified.ok(), qPrintable(QStringLiteral("byte %1 bit %2 accepted").arg(i).arg(bit)));
                ++reasons[verified.status.code];
            }
        }
        qInfo("%lld single-byte changes of a %lld-byte receipt, all rejected, in %lld ms (malformed %d, "
              "untrusted %d, bad signature %d)",
              static_cast<long long>(original.size() * 8),
              static_cast<long long>(original.size()),
              static_cast<long long>(timer.elapsed()),
              reasons[FilingErrorCode::MalformedReceipt],
              reasons[FilingErrorCode::UntrustedCertificate],
              reasons[FilingErrorCode::BadSignature]);
    }

private:
    static Receipt acceptedReceipt()
    {
        Receipt receipt;
        receipt.kind = Receipt::Kind::Filing;
        receipt.outcome = Receipt::Outcome::Accepted;
        receipt.receiptId = QStringLiteral("R2026000000123");
        receipt.requestId = QStringLiteral("sub-0001");
        receipt.submissionId = QStringLiteral("sub-0001");
        receipt.filingDigest = Sm3Digest::tagged(QByteArrayLiteral("the signed filing"));
        receipt.issuedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 2), QTimeZone::utc());
        receipt.taxYear = 2025;
        receipt.rulePack = QStringLiteral("cn-iit-2025-abc");
        receipt.engineVersion = QStringLiteral("0.1.0");
        receipt.result = Receipt::Result {*Money::parse(QStringLiteral("-1234.50")),
                                          *Money::parse(QStringLiteral("2000.00")),
                                          *Money::parse(QStringLiteral("3234.50"))};
        receipt.sequence = 123;
        return receipt;
    }

    EnrolledTaxpayer m_enrolled;
    ReceiptSigner m_signer;
};

HUISUAN_REGISTER_TEST(TestReceipt)
#include "TestReceipt.moc"
