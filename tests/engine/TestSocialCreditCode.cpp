// SPDX-License-Identifier: GPL-3.0-or-later
// SocialCreditCode: GB 32100-2015 (rules reference §8.2). Alphabet 0-9 A-H J-N P-R T U W-Y (no I, O,
// S, V, Z); weights 3^i mod 31 = 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28; check =
// alphabet[(31 − S mod 31) mod 31]. Worked example 91110000600037341?:
//   9·1 + 1·3 + 1·9 + 1·27 + 0 + 0 + 0 + 0 + 6·20 + 0 + 0 + 0 + 3·8 + 7·24 + 3·10 + 4·30 + 1·28 = 538;
//   538 mod 31 = 11; 31 − 11 = 20 → 'L'.
// 911101080000000080: 9 + 3 + 9 + 27 + 26 + 8·17 + 8·28 = 434 = 14·31 → check '0'.
// The inner GB 11714 organisation code: weights 3 7 9 10 5 8 4 2, c = 11 − S mod 11, 10 → X,
// 11 → 0. 600037341 and 551385082 are the reference's verified examples; for 50000004X,
// 5·3 + 4·2 = 23, 23 mod 11 = 1 → 10 → 'X'; for 600000020, 6·3 + 2·2 = 22 → 11 → '0'.
#include "TestRegistry.h"
#include "identifiers/SocialCreditCode.h"

#include <QTest>

using namespace huisuan;

class TestSocialCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void validCodes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("organisationCodeChecks");
        // clang-format off
        QTest::newRow("check L, inner 600037341")    << "91110000600037341L" << true;
        QTest::newRow("check D, inner 551385082")    << "91310000551385082D" << true;
        QTest::newRow("check U, inner 400000712")    << "12100000400000712U" << true;
        QTest::newRow("check 0, inner wrong")        << "911101080000000080" << false;
        QTest::newRow("letters in the inner code")   << "91350100M000000013" << false; // M·3 = 66 → '0' due, '1' given
        QTest::newRow("inner check X, outer X")      << "9111010850000004XX" << true;
        QTest::newRow("inner check 0")               << "91110108600000020D" << true;
        QTest::newRow("letter as authority")         << "Y1110000600037341Y" << true;
        // clang-format on
    }

    void validCodes()
    {
        QFETCH(QString, value);
        QFETCH(bool, organisationCodeChecks);
        QVERIFY(SocialCreditCode::isValid(value));
        QCOMPARE(SocialCreditCode::organisationCodeChecks(value), organisationCodeChecks);
    }

    void invalidCodes_data()
    {
        QTest::addColumn<QString>("value");
        // clang-format off
        QTest::newRow("wrong check")              << "91110000600037341K";
        QTest::newRow("check 0 given as O")       << "91110108000000008O";
        QTest::newRow("I in the body")            << "91110000I00037341L";
        QTest::newRow("O in the body")            << "91110000O00037341L";
        QTest::newRow("S in the body")            << "91110000S00037341L";
        QTest::newRow("V in the body")            << "91110000V00037341L";
        QTest::newRow("Z in the body")            << "91110000Z00037341L";
        QTest::newRow("S as check")               << "91110000600037341S";
        // The check character (1) matches; only the letter where the division's digits stand is wrong.
        QTest::newRow("letter in the division")   << "91A100006000373411";
        QTest::newRow("lower case")               << "91350100m000000013";
        QTest::newRow("lower-case check")         << "91110000600037341l";
        QTest::newRow("17 characters")            << "91110000600037341";
        QTest::newRow("19 characters")            << "91110000600037341L0";
        QTest::newRow("empty")                    << "";
        QTest::newRow("hyphen")                   << "91110000-00037341L";
        QTest::newRow("full-width digit")         << "\xEF\xBC\x99" "1110000600037341L";
        // clang-format on
    }

    void invalidCodes()
    {
        QFETCH(QString, value);
        QVERIFY(!SocialCreditCode::isValid(value));
        // An invalid code has no inner code to check.
        QVERIFY(!SocialCreditCode::organisationCodeChecks(value));
    }
};

HUISUAN_REGISTER_TEST(TestSocialCreditCode)
#include "TestSocialCreditCode.moc"
