// SPDX-License-Identifier: GPL-3.0-or-later
// The employee table's model: an employee the computation refused is tinted with the reason in its
// tooltip and its status says so; amounts sort by value, not as text.
#include "TestRegistry.h"
#include "ui/BatchEmployeeListModel.h"
#include "ui/ProblemMark.h"

#include <QBrush>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace huisuan;
using Model = BatchEmployeeListModel;

namespace {

BatchEmployeeRow employee(qint64 id, const QString& identity, const QString& name, const QString& wages)
{
    return {id, identity, name, QDate(2025, 1, 1), {}, 1, wages, QStringLiteral("0.00"), 1};
}

} // namespace

class TestBatchEmployeeListModel : public QObject
{
    Q_OBJECT
private slots:
    void marksTheEmployeesTheComputationRefused()
    {
        Model model;
        model.setRows(
            {employee(1, QStringLiteral("110105196001010011"), QStringLiteral("张三"), QStringLiteral("9000.00")),
             employee(2, QStringLiteral("110105196001010038"), QStringLiteral("李四"), QStringLiteral("10000.00"))});
        const QString reason = QStringLiteral("李四 (110105196001010038): months.0.wages: negative");
        model.setRefused({{QStringLiteral("110105196001010038"), reason}});
        const QModelIndex refused = model.index(1, Model::StatusColumn);
        QCOMPARE(refused.data().toString(), Model::tr("Could not be computed"));
        QCOMPARE(refused.data(Qt::ToolTipRole).toString(), reason);
        QCOMPARE(model.index(1, Model::NameColumn).data(Qt::BackgroundRole).value<QBrush>(), problemRowBackground());
        QVERIFY(!model.index(0, Model::NameColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, Model::NameColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.index(0, Model::StatusColumn).data().toString(), Model::tr("Computed"));

        model.setRefused({});
        QVERIFY(!model.index(1, Model::NameColumn).data(Qt::BackgroundRole).isValid());
    }

    void amountsSortByValue()
    {
        Model model;
        model.setRows({employee(1, QStringLiteral("a"), QStringLiteral("张三"), QStringLiteral("10000.00")),
                       employee(2, QStringLiteral("b"), QStringLiteral("李四"), QStringLiteral("9000.50")),
                       employee(3, QStringLiteral("c"), QStringLiteral("王五"), QStringLiteral("9000.05"))});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Model::SortRole);
        proxy.sort(Model::WagesColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, Model::NameColumn).data().toString(), QStringLiteral("王五"));
        QCOMPARE(proxy.index(1, Model::NameColumn).data().toString(), QStringLiteral("李四"));
        QCOMPARE(proxy.index(2, Model::NameColumn).data().toString(), QStringLiteral("张三"));
    }
};

HUISUAN_REGISTER_TEST(TestBatchEmployeeListModel)
#include "TestBatchEmployeeListModel.moc"
