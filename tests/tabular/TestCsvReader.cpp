// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "tabular/TabularFixtures.h"
#include "tabular/TabularReader.h"

#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestCsvReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!writeBytes(path, bytes)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    static QStringList texts(const TabularRow& row)
    {
        QStringList result;
        for (const TabularCell& cell : row) {
            result.append(cell.text);
        }
        return result;
    }

private slots:
    void readsUtf8WithAndWithoutBom_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("no BOM") << QByteArray();
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF");
    }

    void readsUtf8WithAndWithoutBom()
    {
        QFETCH(QByteArray, prefix);
        const QString path =
            write(QStringLiteral("utf8.csv"),
                  prefix + QStringLiteral("身份证号,姓名,本期收入\r\n11010519491231002X,张三,12000.50\r\n").toUtf8());
        const TabularSheet sheet = TabularReader::read(path);
        QVERIFY(sheet.problems.isEmpty());
        QCOMPARE(sheet.header,
                 QStringList({QStringLiteral("身份证号"), QStringLiteral("姓名"), QStringLiteral("本期收入")}));
        QCOMPARE(sheet.rows.size(), 1);
        QCOMPARE(
            texts(sheet.rows.at(0)),
            QStringList({QStringLiteral("11010519491231002X"), QStringLiteral("张三"), QStringLiteral("12000.50")}));
        QCOMPARE(sheet.rows.at(0).at(2).row, 2);
        QCOMPARE(sheet.rows.at(0).at(2).column, 3);
        QCOMPARE(sheet.file, path);
    }

    void decodesGb18030AsChineseExcelWritesIt()
    {
        // Written with iconv -t GB18030; 𠮷 is one of the four-byte sequences GBK does not have.
        const TabularSheet sheet =
            TabularReader::read(QStringLiteral(HUISUAN_SOURCE_DIR "/tests/tabular/fixtures/roster-gb18030.csv"));
        QVERIFY(sheet.problems.isEmpty());
        QCOMPARE(sheet.header,
                 QStringList({QStringLiteral("身份证号"), QStringLiteral("姓名"), QStringLiteral("本期收入")}));
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(
            texts(sheet.rows.at(0)),
            QStringList({QStringLiteral("11010519491231002X"), QStringLiteral("张三"), QStringLiteral("12,000.50")}));
        QCOMPARE(
            texts(sheet.rows.at(1)),
            QStringList({QStringLiteral("110105194912310037"), QStringLiteral("王𠮷"), QStringLiteral("８０００")}));
    }

    void readsRfc4180Quoting()
    {
        const QString path = write(QStringLiteral("quoted.csv"),
                                   QByteArray("name,address,note\n"
                                              "\"Wang, Wu\",\"Line 1\nLine 2\",\"He said \"\"yes\"\"\"\n"
                                              "Li,,x\n"));
        const TabularSheet sheet = TabularReader::read(path);
        QVERIFY(sheet.problems.isEmpty());
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(
            texts(sheet.rows.at(0)),
            QStringList(
                {QStringLiteral("Wang, Wu"), QStringLiteral("Line 1\nLine 2"), QStringLiteral("He said \"yes\"")}));
        QCOMPARE(texts(sheet.rows.at(1)), QStringList({QStringLiteral("Li"), QString(), QStringLiteral("x")}));
        QCOMPARE(sheet.rows.at(1).at(0).row, 3);
    }

    void refusesTextThatIsNeitherUtf8NorGb18030()
    {
        const TabularSheet sheet =
            TabularReader::read(write(QStringLiteral("binary.csv"), QByteArray("a,b\n\xFF\xFE\xFD,1\n")));
        QCOMPARE(sheet.problems.size(), 1);
        QCOMPARE(sheet.problems.at(0).row, 0);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("neither UTF-8 nor GB18030")));
        QVERIFY(sheet.rows.isEmpty());
        QVERIFY(sheet.header.isEmpty());
    }

    void refusesBrokenUtf8AfterItsBom()
    {
        const TabularSheet sheet = TabularReader::read(write(QStringLiteral("bom-broken.csv"),
                                                             QByteArray("\xEF\xBB\xBF"
                                                                        "a,b\n\xD5\xC5,1\n")));
        QCOMPARE(sheet.problems.size(), 1);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("not UTF-8")));
    }

    void refusesUtf16()
    {
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = utf16(QStringLiteral("a,b\n1,2\n"));
        const TabularSheet sheet = TabularReader::read(write(QStringLiteral("utf16.csv"), bytes));
        QCOMPARE(sheet.problems.size(), 1);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("UTF-16")));
    }

    void reportsShiftedRowsWithTheirRowAndKeepsReading()
    {
        const TabularSheet sheet = TabularReader::read(write(
            QStringLiteral("shifted.csv"), QByteArray("id,name,wage\n1,Li,100\n2,Wang,1,000\n3,Zhao\n4,Sun,5\n")));
        QCOMPARE(sheet.problems.size(), 2);
        QCOMPARE(sheet.problems.at(0).row, 3);
        QCOMPARE(sheet.problems.at(0).column, 0);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("4 cells but the header has 3")));
        QCOMPARE(sheet.problems.at(1).row, 4);
        QVERIFY(sheet.problems.at(1).reason.contains(QStringLiteral("2 cells but the header has 3")));
        QCOMPARE(sheet.rows.size(), 4);
        QCOMPARE(sheet.problems.at(0).file, sheet.file);
    }

    void leavesBlankRowsOut()
    {
        const TabularSheet sheet =
            TabularReader::read(write(QStringLiteral("blank.csv"), QByteArray("\nid,name\n1,Li\n,\n\n2,Wang\n")));
        QVERIFY(sheet.problems.isEmpty());
        QCOMPARE(sheet.header, QStringList({QStringLiteral("id"), QStringLiteral("name")}));
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(sheet.rows.at(1).at(1).text, QStringLiteral("Wang"));
    }

    void reportsUnpairedQuotesAtTheirRow()
    {
        const TabularSheet sheet =
            TabularReader::read(write(QStringLiteral("quotes.csv"), QByteArray("id,name\n1,Li\n2,\"Wang\n")));
        QCOMPARE(sheet.problems.size(), 1);
        QCOMPARE(sheet.problems.at(0).row, 3);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("quotation marks")));
        const TabularSheet stray =
            TabularReader::read(write(QStringLiteral("stray.csv"), QByteArray("id,name\n1,\"Li\"x\n")));
        QCOMPARE(stray.problems.size(), 1);
        QCOMPARE(stray.problems.at(0).row, 2);
    }

    void streamsRowByRowAndStopsWhenAsked()
    {
        QByteArray bytes("n\n");
        for (int index = 1; index <= 1000; ++index) {
            bytes += QByteArray::number(index) + '\n';
        }
        const QString path = write(QStringLiteral("stream.csv"), bytes);
        QStringList seen;
        const QList<TabularProblem> problems = TabularReader::forEachRow(path, [&](const TabularRow& row) {
            seen.append(row.at(0).text);
            return seen.size() < 3;
        });
        QVERIFY(problems.isEmpty());
        QCOMPARE(seen, QStringList({QStringLiteral("n"), QStringLiteral("1"), QStringLiteral("2")}));
    }
};

HUISUAN_REGISTER_TEST(TestCsvReader)
#include "TestCsvReader.moc"
