// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/LanguageSwitcher.h"
#include "ui/IncomeRecordListModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace huisuan;
using Origin = IncomeRow::Origin;

class TestIncomeRecordListModel : public QObject
{
    Q_OBJECT
private:
    static IncomeRow row(Origin origin, const QString& category, bool disputed = false)
    {
        IncomeRow income;
        income.month = QStringLiteral("2025-03");
        income.payer = QStringLiteral("乙出版社");
        income.category = category;
        income.amount = QStringLiteral("4800.00");
        income.withheld = QStringLiteral("576.00");
        income.origin = origin;
        income.disputed = disputed;
        return income;
    }

private slots:
    void originAndKindAreWords_data()
    {
        QTest::addColumn<int>("origin");
        QTest::addColumn<bool>("disputed");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("originText");
        QTest::addColumn<QString>("categoryText");
        QTest::newRow("prefill") << int(Origin::Prefill) << false << QStringLiteral("wages")
                                 << QStringLiteral("Prefilled by the bureau") << QStringLiteral("Wages");
        QTest::newRow("disputed") << int(Origin::Prefill) << true << QStringLiteral("labor")
                                  << QStringLiteral("Prefilled by the bureau, disputed")
                                  << QStringLiteral("Labor remuneration");
        QTest::newRow("typed") << int(Origin::Typed) << false << QStringLiteral("author")
                               << QStringLiteral("Typed in by you") << QStringLiteral("Author's remuneration");
        QTest::newRow("imported") << int(Origin::Imported) << false << QStringLiteral("royalties")
                                  << QStringLiteral("Imported from a file") << QStringLiteral("Royalties");
        QTest::newRow("unknown kind") << int(Origin::Typed) << false << QStringLiteral("annual_bonus")
                                      << QStringLiteral("Typed in by you") << QStringLiteral("annual_bonus");
    }

    void originAndKindAreWords()
    {
        QFETCH(int, origin);
        QFETCH(bool, disputed);
        QFETCH(QString, category);
        QFETCH(QString, originText);
        QFETCH(QString, categoryText);
        IncomeRecordListModel model;
        model.setRows({row(static_cast<Origin>(origin), category, disputed)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IncomeRecordListModel::OriginColumn).data().toString(), originText);
        QCOMPARE(model.index(0, IncomeRecordListModel::CategoryColumn).data().toString(), categoryText);
        QCOMPARE(model.index(0, IncomeRecordListModel::AmountColumn).data().toString(), QStringLiteral("¥4,800.00"));
        QCOMPARE(model.index(0, IncomeRecordListModel::WithheldColumn).data().toString(), QStringLiteral("¥576.00"));
        // No credit code known: no tooltip that says nothing.
        QVERIFY(!model.index(0, IncomeRecordListModel::PayerColumn).data(Qt::ToolTipRole).isValid());
    }

    void languageChangeRetranslatesTheTable()
    {
        LanguageSwitcher language;
        QVERIFY(language.switchTo(QStringLiteral("zh_CN")));
        IncomeRecordListModel model;
        model.setRows({row(Origin::Prefill, QStringLiteral("wages"))});
        QCOMPARE(model.index(0, IncomeRecordListModel::OriginColumn).data().toString(), QStringLiteral("税务机关预填"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(language.switchTo(QStringLiteral("en")));
        model.retranslate();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, IncomeRecordListModel::OriginColumn).data().toString(),
                 QStringLiteral("Prefilled by the bureau"));
        QCOMPARE(model.headerData(IncomeRecordListModel::WithheldColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Tax withheld"));
    }
};

HUISUAN_REGISTER_TEST(TestIncomeRecordListModel)
#include "TestIncomeRecordListModel.moc"
