// SPDX-License-Identifier: GPL-3.0-or-later
// ResidentIdNumber: GB 11643-1999. Check character by ISO 7064 MOD 11-2 with weights
// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 and "10X98765432"[S mod 11] (rules reference §8.1); the birth
// date must exist. Worked example, the standard's own 11010519491231002X:
//   1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
//   = 167; 167 mod 11 = 2 → 'X'.
// 11010519900101108?: the same start with 1990-01-01 and sequence 108 gives S = 144, 144 mod 11 = 1
// → '0'; sequence 102 gives S = 132, 132 mod 11 = 0 → '1'.
#include "TestRegistry.h"
#include "identifiers/ResidentIdNumber.h"

#include <QTest>

using namespace huisuan;

class TestResidentIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("birthDate");
        // clang-format off
        QTest::newRow("GB 11643 example, X")      << "11010519491231002X" << QDate(1949, 12, 31);
        QTest::newRow("lower-case x")             << "11010519491231002x" << QDate(1949, 12, 31);
        QTest::newRow("check 0")                  << "110105199001011080" << QDate(1990, 1, 1);
        QTest::newRow("check 1")                  << "110105199001011021" << QDate(1990, 1, 1);
        QTest::newRow("check 3")                  << "440304199001011233" << QDate(1990, 1, 1);
        QTest::newRow("leap day 2000")            << "110105200002291235" << QDate(2000, 2, 29);
        QTest::newRow("leap day 1996")            << "110105199602291233" << QDate(1996, 2, 29);
        QTest::newRow("leap day 2024")            << "110105202402294514" << QDate(2024, 2, 29);
        QTest::newRow("28 February 1997")         << "110105199702281235" << QDate(1997, 2, 28);
        QTest::newRow("earliest year accepted")   << "110105180001010010" << QDate(1800, 1, 1);
        // clang-format on
    }

    void validNumbers()
    {
        QFETCH(QString, value);
        QFETCH(QDate, birthDate);
        QVERIFY(ResidentIdNumber::isValid(value));
        QCOMPARE(ResidentIdNumber::birthDate(value), birthDate);
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("value");
        // Each date row carries the check character its first 17 digits call for, so that only
        // the date is wrong.
        // clang-format off
        QTest::newRow("wrong check digit")        << "110105194912310021";
        QTest::newRow("X where 3 is due")         << "44030419900101123X";
        QTest::newRow("check digit off by one")   << "440304199001011234";
        QTest::newRow("29 February 1900")         << "110105190002291239"; // 1900 is not a leap year
        QTest::newRow("29 February 1997")         << "110105199702291230";
        QTest::newRow("30 February 2000")         << "110105200002301237";
        QTest::newRow("31 April")                 << "110105199904311236";
        QTest::newRow("month 00")                 << "110105199900011236";
        QTest::newRow("month 13")                 << "110105199913011235";
        QTest::newRow("day 00")                   << "110105199901001232";
        QTest::newRow("before 1800")              << "110105179912310016";
        QTest::newRow("empty")                    << "";
        QTest::newRow("17 characters")            << "11010519491231002";
        QTest::newRow("19 characters")            << "11010519491231002X0";
        QTest::newRow("15-digit old number")      << "110105491231002";
        QTest::newRow("letter in the body")       << "1101051949123100AX";
        QTest::newRow("other letter as check")    << "11010519491231002Y";
        QTest::newRow("space")                    << "11010519491231002 ";
        QTest::newRow("full-width digits")
            << "\xEF\xBC\x91\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x95\xEF\xBC\x91\xEF\xBC\x99"
               "\xEF\xBC\x94\xEF\xBC\x99\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90"
               "\xEF\xBC\x92X";
        QTest::newRow("one Arabic-Indic digit")   << "1101051949123100\xD9\xA2X"; // U+0662 in place of '2'
        QTest::newRow("full-width X")             << "11010519491231002\xEF\xBC\xB8";
        // clang-format on
    }

    void invalidNumbers()
    {
        QFETCH(QString, value);
        QVERIFY(!ResidentIdNumber::isValid(value));
        QVERIFY(ResidentIdNumber::birthDate(value).isNull());
    }
};

HUISUAN_REGISTER_TEST(TestResidentIdNumber)
#include "TestResidentIdNumber.moc"
