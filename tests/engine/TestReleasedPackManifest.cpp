// SPDX-License-Identifier: GPL-3.0-or-later
// ReleasedPackManifest: the packs this build ships keep taxengine/rules/released-packs.json, and
// each way of breaking a released pack (an edit in place, a deletion, a new version left out of
// the manifest, a changelog that lost an entry) fails, naming the file and what to do.
#include "PackRevisions.h"
#include "TestRegistry.h"
#include "rules/ReleasedPackManifest.h"
#include "rules/RulePackRegistry.h"

#include <QFile>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

QByteArray committedManifest()
{
    QFile file(QStringLiteral(HUISUAN_SOURCE_DIR "/taxengine/rules/released-packs.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

QStringList texts(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems) {
        lines << problem.toString();
    }
    return lines;
}

const QString file2024 = QStringLiteral("cn-iit-2024.json");
const QString released2024 = QStringLiteral("released/cn-iit-2024-1.0.0.json");

RulePackChange correction()
{
    return packChange(QStringLiteral("1.0.1"),
                      QStringLiteral("2024-01-01/2024-12-31"),
                      QStringLiteral("The donation limit is applied before the special deductions."),
                      QStringLiteral("formula"));
}

// The manifest after the 2024 pack's first release moved to released/ and 1.0.1 was added.
QByteArray manifestAfterRelease(const QByteArray& newPack)
{
    QByteArray manifest = committedManifest();
    const QByteArray moved = "{\"file\": \"" + released2024.toUtf8() + "\"";
    manifest.replace("{\"file\": \"" + file2024.toUtf8() + "\"", moved);
    const QByteArray added = "{\"file\": \"cn-iit-2024.json\", \"version\": \"1.0.1\", \"id\": \"" +
        idOf(newPack).toUtf8() + "\"},\n    " + moved;
    manifest.replace(moved, added);
    return manifest;
}

} // namespace

class TestReleasedPackManifest : public QObject
{
    Q_OBJECT

private slots:
    void shippedPacksKeepTheManifest()
    {
        const auto shipped = RulePackRegistry::builtInFiles();
        QVERIFY(!shipped.empty());
        QCOMPARE(texts(ReleasedPackManifest::check(committedManifest(), shipped)), QStringList());
    }

    void editInPlaceFails()
    {
        auto shipped = RulePackRegistry::builtInFiles();
        const QString before = idOf(shipped.at(file2024));
        QByteArray& bytes = shipped.at(file2024);
        const QByteArray from = "\"value\": \"2000.00\"";
        QVERIFY(bytes.contains(from));
        bytes.replace(bytes.indexOf(from), from.size(), "\"value\": \"2100.00\"");
        const QString after = idOf(bytes);
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        QCOMPARE(
            texts(ReleasedPackManifest::check(committedManifest(), shipped)),
            QStringList {
                QStringLiteral(
                    "cn-iit-2024.json: released version 1.0.0 changed: its id was %1 and is now %2. Released packs "
                    "are immutable: restore the file from git (git checkout -- taxengine/rules/cn-iit-2024.json), "
                    "then release the change as a new version: keep 1.0.0 as released/cn-iit-2024-1.0.0.json, bump "
                    "\"version\", add a changelog entry with its \"periods\" and \"kind\", and add the new version "
                    "to released-packs.json (docs/rule-pack-changelog.md)")
                    .arg(before, after)});
    }

    void deletedPackFails()
    {
        auto shipped = RulePackRegistry::builtInFiles();
        const QString id = idOf(shipped.at(QStringLiteral("cn-iit-2019.json")));
        shipped.erase(QStringLiteral("cn-iit-2019.json"));
        QCOMPARE(
            texts(ReleasedPackManifest::check(committedManifest(), shipped)),
            QStringList {
                QStringLiteral(
                    "cn-iit-2019.json: released version 1.0.0 (%1) is gone: a filing may name it, so it must stay "
                    "built in. Restore the file byte for byte from git, or if it was moved to released/, point this "
                    "manifest entry's \"file\" there (docs/rule-pack-changelog.md)")
                    .arg(id)});
    }

    // The release as docs/rule-pack-changelog.md describes it passes, and each step left out fails.
    void newVersion()
    {
        auto shipped = RulePackRegistry::builtInFiles();
        const QByteArray first = shipped.at(file2024);
        const QByteArray second = revised(first, QStringLiteral("1.0.1"), {correction()});
        shipped[file2024] = second;
        shipped[released2024] = first;
        QCOMPARE(texts(ReleasedPackManifest::check(manifestAfterRelease(second), shipped)), QStringList());

        // Not added to the manifest.
        QByteArray moved = committedManifest();
        moved.replace("\"cn-iit-2024.json\"", "\"" + released2024.toUtf8() + "\"");
        QCOMPARE(texts(ReleasedPackManifest::check(moved, shipped)),
                 QStringList {QStringLiteral("cn-iit-2024.json: version 1.0.1 is not in released-packs.json. If it "
                                             "is a new release, add {\"file\": \"cn-iit-2024.json\", \"version\": "
                                             "\"1.0.1\", \"id\": \"%1\"} to it (docs/rule-pack-changelog.md)")
                                  .arg(idOf(second))});

        // The released version not kept.
        shipped.erase(released2024);
        QCOMPARE(texts(ReleasedPackManifest::check(committedManifest(), shipped)),
                 (QStringList {
                     QStringLiteral(
                         "cn-iit-2024.json: now holds version 1.0.1, but released version 1.0.0 (%1) must stay "
                         "loadable: put it back byte for byte as released/cn-iit-2024-1.0.0.json (git show "
                         "HEAD:taxengine/rules/cn-iit-2024.json > taxengine/rules/released/cn-iit-2024-1.0.0.json) "
                         "and point this manifest entry's \"file\" there (docs/rule-pack-changelog.md)")
                         .arg(idOf(first)),
                     QStringLiteral("cn-iit-2024.json: version 1.0.1 is not in released-packs.json. If it is a new "
                                    "release, add {\"file\": \"cn-iit-2024.json\", \"version\": \"1.0.1\", \"id\": "
                                    "\"%1\"} to it (docs/rule-pack-changelog.md)")
                         .arg(idOf(second))}));
    }

    void changelogOnlyGrows()
    {
        auto shipped = RulePackRegistry::builtInFiles();
        const QByteArray first = shipped.at(file2024);
        const QByteArray second = withChangelog(first, QStringLiteral("1.0.1"), {correction()});
        shipped[file2024] = second;
        shipped[released2024] = first;
        QCOMPARE(texts(ReleasedPackManifest::check(manifestAfterRelease(second), shipped)),
                 QStringList {QStringLiteral(
                     "cn-iit-2024.json: version 1.0.1 lost the changelog entry \"1.0.0 2026-11-27 "
                     "2024-01-01/2024-12-31 (data): First release of the pack for tax year 2024.\" of version 1.0.0 "
                     "(released/cn-iit-2024-1.0.0.json): a changelog only grows; copy the entry back unchanged "
                     "(docs/rule-pack-changelog.md)")});
    }

    void supersededPackEdited()
    {
        auto shipped = RulePackRegistry::builtInFiles();
        const QByteArray first = shipped.at(file2024);
        const QByteArray second = revised(first, QStringLiteral("1.0.1"), {correction()});
        shipped[file2024] = second;
        QByteArray edited = first;
        edited.replace("First release of the pack for tax year 2024.", "First release of the 2024 pack.");
        shipped[released2024] = edited;
        const Problems problems = ReleasedPackManifest::check(manifestAfterRelease(second), shipped);
        QVERIFY(!problems.empty());
        QCOMPARE(problems.front().toString(),
                 QStringLiteral("released/cn-iit-2024-1.0.0.json: superseded version 1.0.0 changed: its id was %1 "
                                "and is now %2. A superseded pack is never edited: restore it from git (git checkout "
                                "-- taxengine/rules/released/cn-iit-2024-1.0.0.json) (docs/rule-pack-changelog.md)")
                     .arg(idOf(first), idOf(edited)));
    }

    // Two shipped files that claim the same version of a year: one of them was changed in place.
    void versionShippedTwice()
    {
        auto shipped = RulePackRegistry::builtInFiles();
        QByteArray copy = shipped.at(file2024);
        copy.replace("First release of the pack for tax year 2024.", "First release of the 2024 pack.");
        shipped[released2024] = copy;
        const Problems problems = ReleasedPackManifest::check(committedManifest(), shipped);
        QVERIFY(texts(problems).contains(
            QStringLiteral("released/cn-iit-2024-1.0.0.json: holds version 1.0.0 of tax year 2024, as "
                           "cn-iit-2024.json does: a changed pack needs a new version and a changelog entry for it "
                           "(docs/rule-pack-changelog.md)")));
    }

    void unreadableManifest()
    {
        QCOMPARE(
            texts(ReleasedPackManifest::check("{\"format\": \"huisuan-released-packs/1\", \"packs\": []}",
                                              RulePackRegistry::builtInFiles())),
            (QStringList {QStringLiteral("released-packs.json: released: is required"),
                          QStringLiteral("released-packs.json: packs: unknown key; allowed here: format, released")}));
    }
};

HUISUAN_REGISTER_TEST(TestReleasedPackManifest)
#include "TestReleasedPackManifest.moc"
