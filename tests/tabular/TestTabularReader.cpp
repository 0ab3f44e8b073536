// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "tabular/TabularFixtures.h"
#include "tabular/TabularReader.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestTabularReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void refusesAFileLargerThanTheLimitBeforeReadingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeBytes(path, QByteArray("id\n") + QByteArray(5000, '1')));
        int rows = 0;
        const QList<TabularProblem> problems = TabularReader::forEachRow(
            path,
            [&](const TabularRow&) {
                ++rows;
                return true;
            },
            4096);
        QCOMPARE(rows, 0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).file, path);
        QVERIFY2(problems.at(0).reason.contains(QLocale().formattedDataSize(5003)), qPrintable(problems.at(0).reason));
        QVERIFY(problems.at(0).reason.contains(QLocale().formattedDataSize(4096)));
        QVERIFY(TabularReader::read(path, 5003).problems.isEmpty());
    }

    void picksTheFormatFromTheContentNotTheName()
    {
        const QString path = m_dir.filePath(QStringLiteral("really-a-workbook.csv"));
        QVERIFY(writeZip(path,
                         workbookParts("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
                                       "</row></sheetData>")));
        const TabularSheet sheet = TabularReader::read(path);
        QVERIFY(sheet.problems.isEmpty());
        QCOMPARE(sheet.header, QStringList({QStringLiteral("姓名")}));
    }

    void refusesAnOldExcelWorkbook()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.xls"));
        QVERIFY(writeBytes(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')));
        const TabularSheet sheet = TabularReader::read(path);
        QCOMPARE(sheet.problems.size(), 1);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral(".xls")));
    }

    void reportsAMissingFile()
    {
        const TabularSheet sheet = TabularReader::read(m_dir.filePath(QStringLiteral("absent.csv")));
        QCOMPARE(sheet.problems.size(), 1);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("could not be opened")));
    }

    void capsTheNumberOfProblems()
    {
        QByteArray bytes("a,b\n");
        for (int index = 0; index < 1500; ++index) {
            bytes += "1\n";
        }
        const QString path = m_dir.filePath(QStringLiteral("many.csv"));
        QVERIFY(writeBytes(path, bytes));
        const TabularSheet sheet = TabularReader::read(path);
        QCOMPARE(sheet.problems.size(), 1001);
        QCOMPARE(sheet.problems.at(999).row, 1001);
        QVERIFY(sheet.problems.constLast().reason.contains(QStringLiteral("more than 1000 problems")));
        QCOMPARE(sheet.rows.size(), 1500);
    }
};

HUISUAN_REGISTER_TEST(TestTabularReader)
#include "TestTabularReader.moc"
