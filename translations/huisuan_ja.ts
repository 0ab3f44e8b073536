<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AnnualStatements</name>
    <message>
        <source>No employee with the identity number %1 is on the roster of %2. Check the number, or import the roster that has this employee.</source>
        <translation>身分証番号 %1 の従業員は %2 の従業員名簿にいません。番号を確認するか、この従業員を含む名簿をインポートしてください。</translation>
    </message>
    <message>
        <source>The withholding of %1-%2 is not computed for the payroll as it is now. Compute the year %1 first.</source>
        <translation>%1-%2 の源泉徴収は、現在の給与データに対して計算されていません。先に %1 年を計算してください。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>CA: the certificate given with --ca.</source>
        <translation>CA：--ca で指定された証明書。</translation>
    </message>
    <message>
        <source>CA: the one embedded in the audit file, as the taxpayer&apos;s vault trusted it. Pin the bureau&apos;s own with --ca to check that it is the bureau&apos;s.</source>
        <translation>CA：監査ファイルに埋め込まれた CA（納税者の保管庫が信頼したもの）。税務当局のものであることを確認するには、税務当局自身の CA を --ca で固定してください。</translation>
    </message>
    <message>
        <source>CA: none. A bare signed filing needs the bureau&apos;s SM2 CA certificate with --ca.</source>
        <translation>CA：なし。署名済み申告だけのファイルには、--ca で税務当局の SM2 CA 証明書を指定する必要があります。</translation>
    </message>
    <message>
        <source>Filing %1, tax year %2, signed by %3 at %4</source>
        <translation>申告 %1、課税年度 %2、署名者 %3、署名日時 %4</translation>
    </message>
    <message>
        <source>The file holds no receipt from the bureau.</source>
        <translation>このファイルには税務当局の受領証が含まれていません。</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Verified: every check holds.</source>
        <translation>検証済み：すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>NOT verified: see the failed checks above.</source>
        <translation>検証されていません：上記の不合格のチェックを確認してください。</translation>
    </message>
    <message>
        <source>Replay of %1, tax year %2, rule pack %3</source>
        <translation>%1 の再計算、課税年度 %2、ルールパック %3</translation>
    </message>
    <message>
        <source>filed:</source>
        <translation>申告値：</translation>
    </message>
    <message>
        <source>replayed:</source>
        <translation>再計算値：</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>file or submission | year | verified | replayed clean | differences</source>
        <translation>ファイルまたは送信 | 年 | 検証済み | 再計算一致 | 差異</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 of %2 filing(s) verified and replayed clean.</source>
        <translation>申告 %2 件のうち %1 件が検証され、再計算も一致しました。</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>フォルダー %1 はありません。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保管庫のパスフレーズ：</translation>
    </message>
    <message>
        <source>This vault holds no filings.</source>
        <translation>この保管庫には申告がありません。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Wrote the audit file of %1 to %2.</source>
        <translation>%1 の監査ファイルを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>usage: huisuan-cli verify FILE [--ca SM2_CA.der] [--json]
       huisuan-cli replay FILE [--json]
       huisuan-cli replay --vault DIR [--ca SM2_CA.der]
       huisuan-cli replay --folder DIR [--ca SM2_CA.der]
       huisuan-cli filing export --submission ID --out FILE [--vault DIR]
  FILE is an audit file (docs/audit-file.md) or a bare signed filing. Without --ca the CA in the
  audit file is used. The passphrase comes from HUISUAN_PASSPHRASE or a prompt.
  Exit status: 0 everything holds, 1 failure or bad usage, 2 a check failed or a replay differs.</source>
        <translation>使い方：huisuan-cli verify FILE [--ca SM2_CA.der] [--json]
       huisuan-cli replay FILE [--json]
       huisuan-cli replay --vault DIR [--ca SM2_CA.der]
       huisuan-cli replay --folder DIR [--ca SM2_CA.der]
       huisuan-cli filing export --submission ID --out FILE [--vault DIR]
  FILE は監査ファイル（docs/audit-file.md）または署名済み申告だけのファイルです。--ca を指定しない場合は
  監査ファイル内の CA を使います。パスフレーズは HUISUAN_PASSPHRASE またはプロンプトから取得します。
  終了ステータス：0 すべて合格、1 失敗または使い方の誤り、2 チェックの不合格または再計算の不一致。</translation>
    </message>
</context>
<context>
    <name>AuditFile</name>
    <message>
        <source>This is neither a Huisuan audit file nor a signed filing. Ask for the file again, exported with &quot;huisuan-cli filing export&quot; or as the signed filing itself.</source>
        <translation>これは Huisuan の監査ファイルでも署名済み申告でもありません。「huisuan-cli filing export」で書き出したファイル、または署名済み申告そのものをもう一度依頼してください。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit entry %1 does not follow the entry before it: an entry was changed, removed or inserted</source>
        <translation>エントリ %1 が直前のエントリとつながっていません：エントリが変更、削除、または挿入されています</translation>
    </message>
    <message>
        <source>audit entry %1 was changed after it was written</source>
        <translation>エントリ %1 は書き込み後に変更されています</translation>
    </message>
    <message>
        <source>The vault could not authenticate its audit log.</source>
        <translation>保管庫は監査ログの真正性を確認できませんでした。</translation>
    </message>
    <message>
        <source>the audit log&apos;s head record was altered: entries may have been removed from its end</source>
        <translation>監査ログの末尾記録が改変されています：ログ末尾のエントリが削除された可能性があります</translation>
    </message>
    <message>
        <source>the audit log&apos;s head record is missing: entries may have been removed from its end</source>
        <translation>監査ログの末尾記録がありません：ログ末尾のエントリが削除された可能性があります</translation>
    </message>
    <message>
        <source>audit entries %1 to %2 were removed from the end of the log</source>
        <translation>監査エントリ %1～%2 がログの末尾から削除されています</translation>
    </message>
    <message>
        <source>audit entry %1 was added outside Huisuan</source>
        <translation>監査エントリ %1 は Huisuan 以外で追加されました</translation>
    </message>
    <message>
        <source>audit entry %1 was replaced after it was written</source>
        <translation>監査エントリ %1 は書き込み後に置き換えられました</translation>
    </message>
</context>
<context>
    <name>AuditReportPdf</name>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>送信 ID</translation>
    </message>
    <message>
        <source>Taxpayer</source>
        <translation>納税者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>課税年度</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>ルールパック</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>エンジンのバージョン</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受領証</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>再計算</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>申告値</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>再計算値</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>一致？</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>計算式</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>根拠条文</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>same</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Audit report: filing %1</source>
        <translation>監査報告書：申告 %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>The filing</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>Replay, line by line</source>
        <translation>再計算（行ごと）</translation>
    </message>
    <message>
        <source>Audit report %1</source>
        <translation>監査報告書 %1</translation>
    </message>
</context>
<context>
    <name>BankCardCheck</name>
    <message>
        <source>A card number has only digits.</source>
        <translation>カード番号には数字しか使えません。</translation>
    </message>
    <message>
        <source>A card number has at most %1 digits.</source>
        <translation>カード番号は最大 %1 桁です。</translation>
    </message>
    <message>
        <source>This is not a card number yet: finish typing it, or check it against your card.</source>
        <translation>まだカード番号になっていません。最後まで入力するか、カードと照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>This card number is mistyped: its last digit does not match the others. Check it against your card.</source>
        <translation>カード番号の入力に誤りがあります。最後の桁がほかの桁と合いません。カードと照らし合わせて確認してください。</translation>
    </message>
</context>
<context>
    <name>BatchBureauCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>--month needs a month such as 2025-04</source>
        <translation>--month には 2025-04 のような月を指定してください</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year には 2025 のような年を指定してください</translation>
    </message>
    <message>
        <source>%1: declared (receipt %2)</source>
        <translation>%1：申告済み（受領証 %2）</translation>
    </message>
    <message>
        <source>%1: %2 Next attempt at %3.</source>
        <translation>%1：%2 次回の試行は %3 です。</translation>
    </message>
    <message>
        <source>ALARM for %1: %2</source>
        <translation>%1 の警告：%2</translation>
    </message>
    <message>
        <source>Queued the declaration of %1 as %2.</source>
        <translation>%1 の申告を %2 として送信待ちに入れました。</translation>
    </message>
    <message>
        <source>Queued the declaration of %1 as %2, replacing %3.</source>
        <translation>%1 の申告を %2 として送信待ちに入れました（%3 を置き換えます）。</translation>
    </message>
    <message>
        <source>%1 is declared already as %2 (receipt %3); the figures have not changed, so nothing was sent.</source>
        <translation>%1 は既に %2 として申告済みです（受領証 %3）。金額が変わっていないため、何も送信していません。</translation>
    </message>
    <message>
        <source>queued, not sent yet</source>
        <translation>送信待ち（未送信）</translation>
    </message>
    <message>
        <source>sent, awaiting the bureau&apos;s answer</source>
        <translation>送信済み、税務当局の応答待ち</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>申告済み</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>No declaration of %1 was submitted yet.</source>
        <translation>%1 の申告はまだ送信されていません。</translation>
    </message>
    <message>
        <source>  receipt %1</source>
        <translation>  受領証 %1</translation>
    </message>
    <message>
        <source>  replaces %1</source>
        <translation>  置換対象 %1</translation>
    </message>
    <message>
        <source>%1: %2 a month (%3)</source>
        <translation>%1：月額 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded the special additional deductions of %n employee(s) for %1. Compute the year again to use them.</source>
        <translation>
            <numerusform>%1 について、従業員 %n 人の専項付加控除（专项附加扣除）をダウンロードしました。反映するには、年をもう一度計算してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: huisuan-cli batch submit --workspace CREDIT_CODE --month YYYY-MM [--wait SECONDS]
       huisuan-cli batch declarations --workspace CREDIT_CODE --year YYYY
       huisuan-cli batch deductions download --workspace CREDIT_CODE --year YYYY
  with [--vault DIR] and the bureau: [--bureau URL] [--bureau-dir DIR | --tls-ca FILE --sm2-ca FILE].
  Exit status: 0 done, 1 failure, 2 refused by the bureau, 3 queued and not yet answered (the next submit sends it again).</source>
        <translation>使い方：huisuan-cli batch submit --workspace CREDIT_CODE --month YYYY-MM [--wait SECONDS]
       huisuan-cli batch declarations --workspace CREDIT_CODE --year YYYY
       huisuan-cli batch deductions download --workspace CREDIT_CODE --year YYYY
  共通：[--vault DIR]、税務当局の指定：[--bureau URL] [--bureau-dir DIR | --tls-ca FILE --sm2-ca FILE]。
  終了ステータス：0 完了、1 失敗、2 税務当局による拒否、3 送信待ちで未応答（次回の submit で再送信します）。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保管庫のパスフレーズ：</translation>
    </message>
</context>
<context>
    <name>BatchColumns</name>
    <message>
        <source>The column &quot;%1&quot; is not part of the template. Rename it to one of the template&apos;s headers (see docs/batch-template.md) or remove it.</source>
        <translation>列「%1」はテンプレートにありません。テンプレートの見出しのいずれかに名前を変更するか（docs/batch-template.md を参照）、列を削除してください。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (also column %2). Keep only one of them.</source>
        <translation>列「%1」が 2 回あります（列 %2 にもあります）。どちらか一方だけを残してください。</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; (%2) is missing. Add it to the header row.</source>
        <translation>必須の列「%1」（%2）がありません。見出し行に追加してください。</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year には 2025 のような年を指定してください</translation>
    </message>
    <message>
        <source>--month needs a month such as 2025-04</source>
        <translation>--month には 2025-04 のような月を指定してください</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>%1 を書き込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>Wrote the %1 template to %2.</source>
        <translation>%1 のテンプレートを %2 に書き込みました。</translation>
    </message>
    <message>
        <source>Workspace %1 (%2) is ready.</source>
        <translation>ワークスペース %1（%2）の準備ができました。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: correct the %n problem(s) above and import the file again.</source>
        <translation>
            <numerusform>何もインポートされていません。上記の %n 件の問題を修正して、ファイルをもう一度インポートしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The payroll of %1 is already imported; nothing was imported. To replace it, import again with --replace, then compute the year again.</source>
        <translation>%1 の給与データは既にインポートされているため、何もインポートされていません。置き換えるには --replace を付けてもう一度インポートし、その後で年をもう一度計算してください。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>%n 行をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed %1 payroll month(s) of %2 employee(s).</source>
        <translation>従業員 %2 人の給与 %1 か月分を計算しました。</translation>
    </message>
    <message>
        <source>unknown batch action %1</source>
        <translation>不明な batch 操作 %1</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保管庫のパスフレーズ：</translation>
    </message>
    <message>
        <source>The labor payments of %1 are already imported; nothing was imported. To replace them, import again with --replace.</source>
        <translation>%1 の役務報酬の支払は既にインポートされているため、何もインポートされていません。置き換えるには --replace を付けてもう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Say which format to write with --format %1, or end the file name with .%2.</source>
        <translation>--format %1 で書き出す形式を指定するか、ファイル名の末尾を .%2 にしてください。</translation>
    </message>
    <message>
        <source>Wrote the %1 statement of %2 to %3.</source>
        <translation>%2 の %1 明細書を %3 に書き出しました。</translation>
    </message>
    <message>
        <source>Could not make the folder %1. Check that its parent can be written.</source>
        <translation>フォルダー %1 を作成できませんでした。親フォルダーに書き込めるか確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 statements of %n employee(s) to %2.</source>
        <translation>
            <numerusform>従業員 %n 人の %1 明細書を %2 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: huisuan-cli batch workspace add CREDIT_CODE NAME | workspace list
       huisuan-cli batch template roster|payroll|labor --out FILE.csv
       huisuan-cli batch import roster|payroll|labor FILE.csv|FILE.xlsx --workspace CREDIT_CODE --month YYYY-MM [--replace]
       huisuan-cli batch compute --workspace CREDIT_CODE --year YYYY
       huisuan-cli batch report --workspace CREDIT_CODE --month YYYY-MM --out FILE.csv|.xlsx|.pdf [--format csv|xlsx|pdf]
       huisuan-cli batch statement --workspace CREDIT_CODE --year YYYY (--employee ID_NUMBER --out FILE.pdf|.csv | --all --out FOLDER) [--format pdf|csv]
  Options for all: [--vault DIR]. The columns are described in docs/batch-template.md.</source>
        <translation>使い方：huisuan-cli batch workspace add CREDIT_CODE NAME | workspace list
       huisuan-cli batch template roster|payroll|labor --out FILE.csv
       huisuan-cli batch import roster|payroll|labor FILE.csv|FILE.xlsx --workspace CREDIT_CODE --month YYYY-MM [--replace]
       huisuan-cli batch compute --workspace CREDIT_CODE --year YYYY
       huisuan-cli batch report --workspace CREDIT_CODE --month YYYY-MM --out FILE.csv|.xlsx|.pdf [--format csv|xlsx|pdf]
       huisuan-cli batch statement --workspace CREDIT_CODE --year YYYY (--employee ID_NUMBER --out FILE.pdf|.csv | --all --out FOLDER) [--format pdf|csv]
  すべてに共通のオプション：[--vault DIR]。列の説明は docs/batch-template.md にあります。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the declaration, %n line(s), to %1.</source>
        <translation>
            <numerusform>申告書（%n 行）を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPdf</name>
    <message>
        <source>Withholding agent: %1    Unified social credit code: %2</source>
        <translation>源泉徴収義務者：%1    統一社会信用コード：%2</translation>
    </message>
    <message>
        <source>employed since %1</source>
        <translation>%1 から在職</translation>
    </message>
    <message>
        <source>employed from %1 to %2</source>
        <translation>%1 から %2 まで在職</translation>
    </message>
    <message>
        <source>Employee: %1    Identity number: %2    %3</source>
        <translation>従業員：%1    身分証番号：%2    %3</translation>
    </message>
    <message>
        <source>Tax year: %1    Income: wages and salaries    Amounts in yuan</source>
        <translation>課税年度：%1    所得：給与（給与所得）    金額の単位：元</translation>
    </message>
    <message>
        <source>Tax period: %1    Amounts in yuan</source>
        <translation>対象期間：%1    金額の単位：元</translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>&quot;%1&quot; is not a valid unified social credit code: it has 18 characters and ends with a check character. Copy it again from the business licence.</source>
        <translation>「%1」は有効な統一社会信用コードではありません。統一社会信用コードは 18 文字で、最後はチェック文字です。営業許可証からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>There is no workspace for the company %1. Add it first with `batch workspace add`.</source>
        <translation>会社 %1 のワークスペースがありません。先に `batch workspace add` で追加してください。</translation>
    </message>
    <message>
        <source>The withholding of %1-%2 is not computed for the payroll as it is now. Compute the year %1 first.</source>
        <translation>%1-%2 の源泉徴収は、現在の給与データに対して計算されていません。先に %1 年を計算してください。</translation>
    </message>
    <message>
        <source>%1 (%2), %3-%4: the payroll says %5 of special additional deductions; the %6 the employee pushed through the tax bureau is used.</source>
        <translation>%1（%2）、%3-%4：給与データの専項付加控除（专项附加扣除）は %5 ですが、従業員が税務当局を通じて届け出た %6 を使用します。</translation>
    </message>
</context>
<context>
    <name>BureauAnswerReader</name>
    <message>
        <source>The tax bureau&apos;s answer could not be read.</source>
        <translation>税務当局の応答を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>BureauApplication</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>データフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>127.0.0.1 のポート %1 で待ち受けできません。</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM and SIGINT.</source>
        <translation>SIGTERM と SIGINT を監視できません。</translation>
    </message>
    <message>
        <source>usage: huisuan-bureau [serve|report] --data-dir DIR [--port N] [options]; see --help.</source>
        <translation>使い方：huisuan-bureau [serve|report] --data-dir フォルダー [--port 番号] [オプション]。詳しくは --help を参照してください。</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the passphrase of the bureau&apos;s vault.</source>
        <translation>環境変数 %1 に税務当局の保管庫のパスフレーズを設定してください。</translation>
    </message>
</context>
<context>
    <name>BureauClient</name>
    <message>
        <source>The tax bureau at %1 cannot be reached.</source>
        <translation>%1 の税務当局に接続できません。</translation>
    </message>
    <message>
        <source>The server at %1 is not the tax bureau this app trusts: its certificate does not match. Nothing was sent.</source>
        <translation>%1 のサーバーはこのアプリが信頼する税務当局ではありません（証明書が一致しません）。何も送信していません。</translation>
    </message>
    <message>
        <source>The connection to the tax bureau broke before its answer arrived.</source>
        <translation>税務当局の応答が届く前に接続が切れました。</translation>
    </message>
    <message>
        <source>The tax bureau is busy. The filing stays queued and will be sent again.</source>
        <translation>税務当局が混み合っています。申告は送信待ちのまま残り、後で再送されます。</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s answer could not be read.</source>
        <translation>税務当局の応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>This vault is not enrolled with the tax bureau yet: enrol first.</source>
        <translation>この保管庫はまだ税務当局に登録されていません。先に登録してください。</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt failed verification: do not treat this filing as filed. %1</source>
        <translation>税務当局の受領証の検証に失敗しました。この申告を提出済みとみなさないでください。%1</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt is for another request than the one sent: do not treat this filing as filed.</source>
        <translation>税務当局の受領証は送信した要求に対するものではありません。この申告を提出済みとみなさないでください。</translation>
    </message>
    <message>
        <source>The tax bureau answered with another certificate authority than the one this app trusts; the enrolment is not used.</source>
        <translation>税務当局が返した認証局はこのアプリが信頼するものと異なります。この登録は使用しません。</translation>
    </message>
    <message>
        <source>The tax bureau answered for another tax year than the one asked for.</source>
        <translation>税務当局の応答は要求とは別の課税年度のものです。</translation>
    </message>
    <message>
        <source>The tax bureau answered about another submission than the one asked for.</source>
        <translation>税務当局の応答は問い合わせとは別の申告についてのものです。</translation>
    </message>
    <message>
        <source>The tax bureau answered the declaration with a receipt for something else: do not treat it as declared.</source>
        <translation>税務当局は申告に対して別の内容の受領証を返しました。申告済みとして扱わないでください。</translation>
    </message>
    <message>
        <source>The tax bureau answered about another election than the one sent.</source>
        <translation>税務当局は、送信したものとは別の控除選択について応答しました。</translation>
    </message>
    <message>
        <source>The tax bureau answered for another employer or tax year than the one asked for.</source>
        <translation>税務当局は、照会したものとは別の源泉徴収義務者または課税年度について応答しました。</translation>
    </message>
</context>
<context>
    <name>BureauDeductions</name>
    <message>
        <source>The downloaded deductions of %1 are damaged; download them again.</source>
        <translation>ダウンロードした %1 の控除データが破損しています。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The employee pushed special additional deductions of %1 a month to this company through the tax bureau, and they are used; this cell says %2. Leave the cell empty, or write %1.</source>
        <translation>従業員が税務当局を通じてこの会社に月額 %1 の専項付加控除（专项附加扣除）を届け出ており、その金額を使用します。このセルは %2 になっています。セルを空にするか、%1 と入力してください。</translation>
    </message>
</context>
<context>
    <name>BureauEndpoint</name>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>証明書ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The bureau address must be https://host:port, for example https://127.0.0.1:8443; &quot;%1&quot; is not.</source>
        <translation>税務当局のアドレスは https://ホスト:ポート の形式にしてください（例：https://127.0.0.1:8443）。「%1」は該当しません。</translation>
    </message>
    <message>
        <source>The bureau&apos;s TLS certificate authority must be exactly one PEM certificate.</source>
        <translation>税務当局の TLS 認証局は PEM 証明書ちょうど 1 枚でなければなりません。</translation>
    </message>
    <message>
        <source>The bureau&apos;s SM2 certificate authority is not a DER certificate.</source>
        <translation>税務当局の SM2 認証局が DER 証明書ではありません。</translation>
    </message>
</context>
<context>
    <name>BureauError</name>
    <message>
        <source>The request is not in the form the bureau API requires. Update Huisuan or report the problem.</source>
        <translation>リクエストが税務当局の API の求める形式ではありません。Huisuan を更新するか、問題を報告してください。</translation>
    </message>
    <message>
        <source>A field of the request is invalid. Correct the fields named in the problems and send it again.</source>
        <translation>リクエストの項目が無効です。problems に示された項目を直して再送信してください。</translation>
    </message>
    <message>
        <source>The bureau has no such resource. Check the address and the identifiers you sent.</source>
        <translation>税務当局にそのリソースはありません。アドレスと送信した ID を確認してください。</translation>
    </message>
    <message>
        <source>This id was already used for a different request. Make a new id for a new request.</source>
        <translation>この ID は別のリクエストに使用済みです。新しいリクエストには新しい ID を作成してください。</translation>
    </message>
    <message>
        <source>The request&apos;s time is more than 5 minutes away from the bureau&apos;s clock. Check your computer&apos;s clock and make a new request.</source>
        <translation>リクエストの時刻が税務当局の時計と 5 分以上ずれています。コンピューターの時計を確認して、新しいリクエストを作成してください。</translation>
    </message>
    <message>
        <source>The time is not within 5 minutes of the bureau&apos;s clock.</source>
        <translation>時刻が税務当局の時計から 5 分以内ではありません。</translation>
    </message>
    <message>
        <source>The request is larger than 1 MiB. Send a smaller request.</source>
        <translation>リクエストが 1 MiB を超えています。小さいリクエストを送信してください。</translation>
    </message>
    <message>
        <source>The request must be sent as application/json.</source>
        <translation>リクエストは application/json で送信してください。</translation>
    </message>
    <message>
        <source>The bureau had an internal error; nothing was changed. Send the same request again later.</source>
        <translation>税務当局で内部エラーが発生しました。何も変更されていません。後で同じリクエストを再送信してください。</translation>
    </message>
    <message>
        <source>The bureau is busy or shutting down; nothing was changed. Send the same request again later.</source>
        <translation>税務当局は混雑しているか停止中です。何も変更されていません。後で同じリクエストを再送信してください。</translation>
    </message>
</context>
<context>
    <name>BureauIdentity</name>
    <message>
        <source>The bureau&apos;s vault lacks part of its identity. Start with a new data folder.</source>
        <translation>税務当局の保管庫に ID 情報の一部がありません。新しいデータフォルダーで起動してください。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>BureauOptions</name>
    <message>
        <source>The Huisuan sandbox tax bureau: an HTTPS server on 127.0.0.1 (docs/bureau-api.md).
The vault passphrase is read from the environment variable HUISUAN_BUREAU_PASSPHRASE.</source>
        <translation>Huisuan サンドボックス税務当局：127.0.0.1 上の HTTPS サーバー（docs/bureau-api.md 参照）。
保管庫のパスフレーズは環境変数 HUISUAN_BUREAU_PASSPHRASE から読み取ります。</translation>
    </message>
    <message>
        <source>serve (the default) or report</source>
        <translation>serve（既定）または report</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The bureau&apos;s folder (its vault).</source>
        <translation>税務当局のフォルダー（保管庫）。</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1; 0 picks a free one.</source>
        <translation>127.0.0.1 のポート。0 なら空いているポートを選びます。</translation>
    </message>
    <message>
        <source>scrypt cost N of a new vault (tests only).</source>
        <translation>新しい保管庫の scrypt コスト N（テスト専用）。</translation>
    </message>
    <message>
        <source>Real seconds per simulated day for refunds and payments.</source>
        <translation>還付と納付の進行における模擬 1 日あたりの実時間（秒）。</translation>
    </message>
    <message>
        <source>Enables POST /v1/sandbox/advance.</source>
        <translation>POST /v1/sandbox/advance を有効にします。</translation>
    </message>
    <message>
        <source>Injects a fault every EVERY-th filing or withdrawal (tests only): %1.</source>
        <translation>申告または取消しの EVERY 回ごとに障害を注入します（テスト専用）：%1。</translation>
    </message>
    <message>
        <source>How late delay-after-commit replies.</source>
        <translation>delay-after-commit が応答を遅らせる時間。</translation>
    </message>
    <message>
        <source>Faults act on every write, not only filings and withdrawals.</source>
        <translation>障害を申告と取消しだけでなく、すべての書き込みに適用します。</translation>
    </message>
    <message>
        <source>An identity number whose refunds fail (bank_account_closed).</source>
        <translation>還付が失敗する（bank_account_closed）身分証番号。</translation>
    </message>
    <message>
        <source>An identity number whose payments are never made (they turn overdue).</source>
        <translation>納付が行われない（延滞になる）身分証番号。</translation>
    </message>
    <message>
        <source>Unknown command: %1. Use serve or report.</source>
        <translation>不明なコマンド：%1。serve または report を使ってください。</translation>
    </message>
    <message>
        <source>--data-dir is required.</source>
        <translation>--data-dir は必須です。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port は 0 から 65535 までの数値にしてください。</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 to 4194304.</source>
        <translation>--scrypt-n は 1024 から 4194304 までの 2 のべき乗にしてください。</translation>
    </message>
    <message>
        <source>--day-seconds must be a positive number.</source>
        <translation>--day-seconds は正の数にしてください。</translation>
    </message>
    <message>
        <source>Unknown fault %1. Use MODE or MODE:EVERY with MODE one of %2.</source>
        <translation>不明な障害 %1。MODE または MODE:EVERY を使い、MODE は %2 のいずれかにしてください。</translation>
    </message>
    <message>
        <source>--fault-delay-ms must be a number of milliseconds.</source>
        <translation>--fault-delay-ms はミリ秒の数値にしてください。</translation>
    </message>
</context>
<context>
    <name>BureauRequestParser</name>
    <message>
        <source>An id must be 1 to 64 letters, digits or the characters . _ - :.</source>
        <translation>ID は英字、数字、または . _ - : の 1～64 文字にしてください。</translation>
    </message>
    <message>
        <source>The body is not in its RFC 8785 canonical form.</source>
        <translation>本文が RFC 8785 の正規形ではありません。</translation>
    </message>
    <message>
        <source>The certificate request must be canonical, non-empty base64.</source>
        <translation>証明書要求は正規の空でない base64 にしてください。</translation>
    </message>
    <message>
        <source>The unified social credit code is not valid (its form or check character is wrong).</source>
        <translation>統一社会信用コードが無効です（形式またはチェック文字が誤っています）。</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters.</source>
        <translation>氏名は 1～64 文字にしてください。</translation>
    </message>
    <message>
        <source>The period must be a month, yyyy-MM.</source>
        <translation>対象期間は月（yyyy-MM）にしてください。</translation>
    </message>
    <message>
        <source>A declaration must hold at least one record.</source>
        <translation>申告には少なくとも 1 件の記録が必要です。</translation>
    </message>
    <message>
        <source>The identity number is not valid (its form, birth date or check character is wrong).</source>
        <translation>身分証番号が無効です（形式、生年月日、またはチェック文字が誤っています）。</translation>
    </message>
    <message>
        <source>The income type must be wages, labor, author, royalties or annual_bonus.</source>
        <translation>所得の種類は wages、labor、author、royalties、annual_bonus のいずれかにしてください。</translation>
    </message>
    <message>
        <source>The reason must be not_my_employer, wrong_amount or other.</source>
        <translation>理由は not_my_employer、wrong_amount、other のいずれかにしてください。</translation>
    </message>
    <message>
        <source>The note must be at most 500 characters.</source>
        <translation>メモは 500 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Not a category an employer deducts monthly; use one of %1.</source>
        <translation>源泉徴収義務者が毎月控除する区分ではありません。%1 のいずれかを使ってください。</translation>
    </message>
</context>
<context>
    <name>BureauService</name>
    <message>
        <source>There is no endpoint at this path.</source>
        <translation>このパスにエンドポイントはありません。</translation>
    </message>
    <message>
        <source>Every endpoint takes POST only.</source>
        <translation>すべてのエンドポイントは POST のみを受け付けます。</translation>
    </message>
    <message>
        <source>The certificate is not one the bureau issued, or it has expired. Enrol again.</source>
        <translation>証明書が税務当局の発行したものではないか、期限切れです。再登録してください。</translation>
    </message>
    <message>
        <source>The signature does not match the request. Sign it again with your enrolled key.</source>
        <translation>署名がリクエストと一致しません。登録した鍵で署名し直してください。</translation>
    </message>
    <message>
        <source>The certificate is not a taxpayer&apos;s. Sign with the certificate you got on enrolment.</source>
        <translation>この証明書は納税者の証明書ではありません。登録時に受け取った証明書で署名してください。</translation>
    </message>
    <message>
        <source>The subject must hold exactly a common name (the name) and a serialNumber (the identity number).</source>
        <translation>サブジェクトは共通名（氏名）と serialNumber（身分証番号）のみを含む必要があります。</translation>
    </message>
    <message>
        <source>The identity number is not valid (its form, birth date or check character is wrong).</source>
        <translation>身分証番号が無効です（形式、生年月日、またはチェック文字が誤っています）。</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters.</source>
        <translation>氏名は 1～64 文字にしてください。</translation>
    </message>
    <message>
        <source>There is no declaration of this employer and month to replace.</source>
        <translation>この源泉徴収義務者と月に置き換える申告はありません。</translation>
    </message>
    <message>
        <source>Declaration %1 of this employer and month is in force; a new one must name it in replaces.</source>
        <translation>この源泉徴収義務者と月の申告 %1 が有効です。新しい申告は replaces でそれを指定する必要があります。</translation>
    </message>
    <message>
        <source>There is no refund or payment for this submission: it is not an accepted return in force, or its balance is zero.</source>
        <translation>この申告には還付も納付もありません。有効な受理済み申告ではないか、差額がゼロです。</translation>
    </message>
    <message>
        <source>You have no income record with this id.</source>
        <translation>この ID の所得記録はありません。</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>The amount is empty. Enter the amount, or 0 if there is none.</source>
        <translation>金額が空欄です。金額を入力してください。ない場合は 0 を入力してください。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative; only amounts of 0 or more can be imported. Enter the amount without a minus sign, or correct the month it belongs to.</source>
        <translation>金額「%1」は負の値です。インポートできるのは 0 以上の金額だけです。マイナス記号を付けずに金額を入力するか、その金額が属する月を修正してください。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than two decimals, but amounts are in yuan and fen. Round it to the fen (two decimals) and import again.</source>
        <translation>金額「%1」は小数点以下が 2 桁を超えていますが、金額は元と分の単位です。分（小数点以下 2 桁）に丸めて、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>The commas in &quot;%1&quot; are not thousands separators (a comma every three digits, before the decimal point), so the amount could be read more than one way. Write it without commas, as 12000.50, and import again.</source>
        <translation>「%1」のカンマは桁区切り（小数点より前で 3 桁ごとのカンマ）ではないため、金額を複数の意味に読めてしまいます。12000.50 のようにカンマなしで書いて、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Write amounts in yuan with at most two decimals, as 12000.50, without a currency sign or letters, and import again.</source>
        <translation>「%1」は金額ではありません。金額は 12000.50 のように元単位で小数点以下 2 桁までとし、通貨記号や文字を付けずに書いて、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is larger than 999999999999.99 yuan, the largest that can be imported. Check the cell and import again.</source>
        <translation>金額「%1」は、インポートできる上限の 999999999999.99 元を超えています。セルを確認して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>The amount %1 has more than two decimals, but amounts are in yuan and fen. Round it to the fen (two decimals) in the workbook and import again.</source>
        <translation>金額 %1 は小数点以下が 2 桁を超えていますが、金額は元と分の単位です。ブック内で分（小数点以下 2 桁）に丸めて、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This cell is formatted as a date, but an amount belongs here. Format the cell as a number, enter the amount and import again.</source>
        <translation>このセルは日付の書式になっていますが、ここには金額が入ります。セルの書式を数値にして金額を入力し、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This cell holds TRUE or FALSE, but an amount belongs here. Enter the amount and import again.</source>
        <translation>このセルには TRUE または FALSE が入っていますが、ここには金額が入ります。金額を入力して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as 2025-03-01 (year-month-day), or format the cell as a date in Excel, and import again.</source>
        <translation>「%1」は日付ではありません。日付は 2025-03-01（年-月-日）のように書くか、Excel でセルの書式を日付にして、もう一度インポートしてください。</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown command %1</source>
        <translation>不明なコマンド %1</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot;: use --lang with one of %2</source>
        <translation>サポートされていない言語「%1」：--lang には次のいずれかを指定してください：%2</translation>
    </message>
    <message>
        <source>usage: huisuan-cli --version
  The version, the build and the rule packs with their ids.</source>
        <translation>使い方：huisuan-cli --version
  バージョン、ビルド、ルールパックとその ID を表示します。</translation>
    </message>
</context>
<context>
    <name>CompanyWorkspaceStore</name>
    <message>
        <source>company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>identity document type</source>
        <translation>身分証明書の種類</translation>
    </message>
    <message>
        <source>employee name</source>
        <translation>従業員の氏名</translation>
    </message>
    <message>
        <source>employee details</source>
        <translation>従業員の情報</translation>
    </message>
    <message>
        <source>company workspace</source>
        <translation>会社ワークスペース</translation>
    </message>
    <message>
        <source>payroll</source>
        <translation>給与データ</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>従業員</translation>
    </message>
    <message>
        <source>withholding result</source>
        <translation>源泉徴収の計算結果</translation>
    </message>
    <message>
        <source>rule pack id</source>
        <translation>ルールパック ID</translation>
    </message>
    <message>
        <source>engine version</source>
        <translation>エンジンのバージョン</translation>
    </message>
    <message>
        <source>payroll month</source>
        <translation>給与月</translation>
    </message>
    <message>
        <source>Payroll month %1 has no withholding result yet; compute it first.</source>
        <translation>給与月 %1 にはまだ源泉徴収の計算結果がありません。先に計算してください。</translation>
    </message>
    <message>
        <source>payee name</source>
        <translation>受取人の氏名</translation>
    </message>
    <message>
        <source>labor payment</source>
        <translation>役務報酬の支払</translation>
    </message>
    <message>
        <source>labor payment prepayment</source>
        <translation>役務報酬の源泉徴収税額</translation>
    </message>
    <message>
        <source>Nothing was stored: the payroll has problems.</source>
        <translation>何も保存されていません：給与データに問題があります。</translation>
    </message>
</context>
<context>
    <name>ComputeCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>標準入力を読み取れません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>Usage: huisuan-cli compute KIND FILE|- [--explain] [--lang zh_CN|en|ja] [--no-trace]
KIND is one of: %1
FILE holds a case or a bare input as JSON; - reads standard input.
Prints one JSON result (exit 0), or the trace as text with --explain.
A refused input prints PATH: message lines on standard error (exit 2).</source>
        <translation>使い方：huisuan-cli compute KIND FILE|- [--explain] [--lang zh_CN|en|ja] [--no-trace]
KIND（計算の種類）は次のいずれか：%1
FILE はケース全体または入力オブジェクトだけを記した JSON。- で標準入力から読み取ります。
JSON の結果を 1 つ出力します（終了コード 0）。--explain では計算過程をテキストで出力します。
入力が拒否されたときは、標準エラーに「PATH: メッセージ」の行を出力します（終了コード 2）。</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>不明な計算の種類「%1」</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be opened (%1). Check that it exists and that you may read it.</source>
        <translation>ファイルを開けませんでした（%1）。ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>This file is saved as UTF-16 (&quot;Unicode text&quot;), which cannot be imported. In Excel, save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>このファイルは UTF-16（「Unicode テキスト」）で保存されているため、インポートできません。Excel で「CSV UTF-8 (コンマ区切り)」として保存し直し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>This file begins as UTF-8 but has bytes that are not UTF-8, so its text cannot be read reliably. Save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>このファイルは UTF-8 で始まっていますが、UTF-8 でないバイトが含まれているため、テキストを正しく読み取れません。「CSV UTF-8 (コンマ区切り)」として保存し直し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor GB18030 text, so its Chinese characters cannot be read. Save it again from Excel as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>このファイルは UTF-8 でも GB18030 でもないテキストのため、中国語の文字を読み取れません。Excel から「CSV UTF-8 (コンマ区切り)」として保存し直し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file. Close other programs and try again.</source>
        <translation>このファイルを読み取るためのメモリが足りません。ほかのプログラムを閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The quotation marks in this row do not pair up (a quote inside a value must be doubled, and a quoted value must be closed), so the row cannot be split into its cells. Correct the row and import again.</source>
        <translation>この行の引用符の対応が取れていません（値の中の引用符は二重にし、引用符で囲んだ値は閉じる必要があります）。そのため、行をセルに分割できません。行を修正して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>The file could not be read to its end (%1). Copy it to this computer and try again.</source>
        <translation>ファイルを最後まで読み取れませんでした（%1）。ファイルをこのコンピューターにコピーして、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Could not write %1 (%2). Check that the folder exists and can be written.</source>
        <translation>%1 に書き込めませんでした（%2）。フォルダーが存在し、書き込めるか確認してください。</translation>
    </message>
</context>
<context>
    <name>DeclarationDrainer</name>
    <message>
        <source>The tax bureau received the declaration of %1 (receipt %2).</source>
        <translation>税務当局は %1 の申告を受理しました（受領証 %2）。</translation>
    </message>
    <message>
        <source>The tax bureau refused the declaration of %1: %2</source>
        <translation>税務当局は %1 の申告を拒否しました：%2</translation>
    </message>
    <message>
        <source>Not answered yet (%1); the declaration stays queued and will be sent again.</source>
        <translation>まだ応答がありません（%1）。申告は送信待ちのまま、再送信されます。</translation>
    </message>
</context>
<context>
    <name>DeclarationQueue</name>
    <message>
        <source>No employee of %1 was paid in %2: there is nothing to declare. Import the payroll of %2 and compute the year first.</source>
        <translation>%2 に給与が支払われた %1 の従業員はいないため、申告するものがありません。先に %2 の給与データをインポートし、年を計算してください。</translation>
    </message>
    <message>
        <source>The declaration %1 of %2 has not been answered by the bureau yet. Submit again when the bureau can be reached; the corrected figures follow it.</source>
        <translation>%2 の申告 %1 には、まだ税務当局から応答がありません。税務当局に接続できるようになったら、もう一度送信してください。訂正後の金額はその後に続けて送信されます。</translation>
    </message>
</context>
<context>
    <name>DeclarationReport</name>
    <message>
        <source>Could not write the declaration to %1 (%2). Check that the folder exists and can be written.</source>
        <translation>申告を %1 に書き込めませんでした（%2）。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
</context>
<context>
    <name>DeclarationTable</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeductionClaimStore</name>
    <message>
        <source>The deduction kind &quot;%1&quot; is not a kind name such as housing_rent.</source>
        <translation>控除の種類「%1」は housing_rent のような種類名ではありません。</translation>
    </message>
    <message>
        <source>deduction claim</source>
        <translation>控除の申告</translation>
    </message>
    <message>
        <source>taxpayer profile</source>
        <translation>納税者情報</translation>
    </message>
</context>
<context>
    <name>DeductionsCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>usage: huisuan-cli deductions push --employer CREDIT_CODE --year YYYY [--vault DIR]
  Pushes the special additional deductions saved for YYYY to the employer through the tax bureau you enrolled with, as monthly amounts.</source>
        <translation>使い方：huisuan-cli deductions push --employer CREDIT_CODE --year YYYY [--vault DIR]
  YYYY 年について保存した専項付加控除（专项附加扣除）を、登録した税務当局を通じて源泉徴収義務者に月額として届け出ます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unified social credit code: it has 18 characters and ends with a check character. Ask the employer for it again.</source>
        <translation>「%1」は有効な統一社会信用コードではありません。統一社会信用コードは 18 文字で、最後はチェック文字です。源泉徴収義務者にもう一度確認してください。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保管庫のパスフレーズ：</translation>
    </message>
    <message>
        <source>%1 is not deducted by employers month by month; it stays for your annual reconciliation.</source>
        <translation>%1 は源泉徴収義務者による毎月の控除の対象ではありません。年度確定申告で控除します。</translation>
    </message>
    <message>
        <source>There are no special additional deductions for %1 in this vault that an employer deducts monthly. Enter them in the app first.</source>
        <translation>この保管庫には、源泉徴収義務者が毎月控除する %1 の専項付加控除（专项附加扣除）がありません。先にアプリで入力してください。</translation>
    </message>
    <message>
        <source>Pushed %1 a month of special additional deductions for %2 to the employer %3 (election %4).</source>
        <translation>%2 の専項付加控除（专项附加扣除）月額 %1 を源泉徴収義務者 %3 に届け出ました（控除選択 %4）。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Vault passphrase: </source>
        <translation>保管庫のパスフレーズ：</translation>
    </message>
    <message>
        <source>Opening the vault in %1.</source>
        <translation>%1 の保管庫を開いています。</translation>
    </message>
    <message>
        <source>Creating a vault in %1.</source>
        <translation>%1 に保管庫を作成しています。</translation>
    </message>
    <message>
        <source>--kdf-log2n must be between 10 and 22</source>
        <translation>--kdf-log2n は 10 から 22 までの値にしてください</translation>
    </message>
    <message>
        <source>unknown argument %1</source>
        <translation>不明な引数 %1</translation>
    </message>
    <message>
        <source>usage: huisuan-cli demo [--vault DIR] [--lang zh_CN|en|ja]
  The whole taxpayer journey against a sandbox bureau on this machine; the vault passphrase comes from HUISUAN_PASSPHRASE or a prompt.</source>
        <translation>使い方：huisuan-cli demo [--vault フォルダー] [--lang zh_CN|en|ja]
  このマシン上のサンドボックス税務当局を相手に納税者の手続きを一通り行います。保管庫のパスフレーズは HUISUAN_PASSPHRASE またはプロンプトから取得します。</translation>
    </message>
    <message>
        <source>internal error: the demo data is missing from this build</source>
        <translation>内部エラー：このビルドにはデモデータがありません</translation>
    </message>
    <message>
        <source>A sandbox tax bureau on this machine</source>
        <translation>このマシン上のサンドボックス税務当局</translation>
    </message>
    <message>
        <source>Listening at %1; its TLS and SM2 certificate authorities are pinned.</source>
        <translation>%1 で待ち受け中。TLS と SM2 の認証局は固定（ピン留め）されています。</translation>
    </message>
    <message>
        <source>Employers declare what they paid and withheld in %1</source>
        <translation>源泉徴収義務者が %1 年の支払額と源泉徴収税額を申告します</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly declaration(s) accepted by the bureau.</source>
        <translation>
            <numerusform>税務当局は月次申告 %n 件を受理しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The taxpayer&apos;s encrypted vault</source>
        <translation>納税者の暗号化保管庫</translation>
    </message>
    <message>
        <source>Enrolment: a new SM2 key, certified by the bureau</source>
        <translation>登録：新しい SM2 鍵を税務当局が認証</translation>
    </message>
    <message>
        <source>%1 (%2) is enrolled; the certificate is valid until %3.</source>
        <translation>%1（%2）を登録しました。証明書の有効期限は %3 です。</translation>
    </message>
    <message>
        <source>Prefill: the income the bureau knows of</source>
        <translation>事前入力：税務当局が把握している所得</translation>
    </message>
    <message>
        <source>The return, computed and explained</source>
        <translation>申告書：計算と説明</translation>
    </message>
    <message>
        <source>Signed with SM2, queued in the vault, filed exactly once</source>
        <translation>SM2 で署名し、保管庫の送信待ちに入れ、一度だけ申告</translation>
    </message>
    <message>
        <source>Submission %1.</source>
        <translation>送信 ID %1。</translation>
    </message>
    <message>
        <source>The filing was not answered.</source>
        <translation>この申告には応答がありませんでした。</translation>
    </message>
    <message>
        <source>The refund, as the bureau&apos;s simulated days go by</source>
        <translation>税務当局の模擬日数の経過に伴う還付の進行</translation>
    </message>
    <message numerus="yes">
        <source>(%n simulated day(s) later)</source>
        <translation>
            <numerusform>（模擬 %n 日後）</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the receipt verified, and the vault keeps the filing and its receipt.</source>
        <translation>完了：受領証は検証済みで、保管庫に申告と受領証を保存しました。</translation>
    </message>
</context>
<context>
    <name>EnrolmentStore</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a UTC time; write it as the certificate gives it, such as 2026-01-01T00:00:00Z.</source>
        <translation>%1「%2」は UTC の時刻ではありません。2026-01-01T00:00:00Z のように、証明書の記載どおりに入力してください。</translation>
    </message>
    <message>
        <source>taxpayer name</source>
        <translation>納税者の氏名</translation>
    </message>
    <message>
        <source>start of validity</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>end of validity</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>The bureau address &quot;%1&quot; is not an https:// address; enter it as the bureau publishes it, such as https://127.0.0.1:8443/.</source>
        <translation>税務当局のアドレス「%1」は https:// のアドレスではありません。https://127.0.0.1:8443/ のように、税務当局が公開しているとおりに入力してください。</translation>
    </message>
    <message>
        <source>The bureau&apos;s TLS CA certificate is not a PEM certificate; use the file that begins with -----BEGIN CERTIFICATE-----.</source>
        <translation>税務当局の TLS CA 証明書は PEM 形式の証明書ではありません。-----BEGIN CERTIFICATE----- で始まるファイルを使ってください。</translation>
    </message>
    <message>
        <source>The bureau&apos;s SM2 CA certificate is not one DER certificate; enrol again to receive it from the bureau.</source>
        <translation>税務当局の SM2 CA 証明書は単一の DER 形式の証明書ではありません。もう一度登録して、税務当局から受け取り直してください。</translation>
    </message>
    <message>
        <source>The taxpayer certificate is not one DER certificate; enrol again to receive it from the bureau.</source>
        <translation>納税者の証明書は単一の DER 形式の証明書ではありません。もう一度登録して、税務当局から受け取り直してください。</translation>
    </message>
    <message>
        <source>The signing key is not a PKCS#8 private key; enrol again to create a new one.</source>
        <translation>署名鍵は PKCS#8 形式の秘密鍵ではありません。もう一度登録して新しい鍵を作成してください。</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity ends (%1) before it starts (%2); enrol again.</source>
        <translation>証明書の有効期間の終了（%1）が開始（%2）より前になっています。もう一度登録してください。</translation>
    </message>
    <message>
        <source>This vault is not enrolled with the tax bureau yet; enrol first to file.</source>
        <translation>この保管庫はまだ税務当局に登録されていません。申告するには先に登録してください。</translation>
    </message>
</context>
<context>
    <name>FilingAuditReader</name>
    <message>
        <source>The file holds no receipt from the tax bureau.</source>
        <translation>このファイルには税務当局の受領証が含まれていません。</translation>
    </message>
    <message>
        <source>Receipt %1: accepted by the tax bureau at %2 (UTC).</source>
        <translation>受領証 %1：%2（UTC）に税務当局が受理しました。</translation>
    </message>
    <message>
        <source>Receipt %1: refused by the tax bureau at %2 (UTC).</source>
        <translation>受領証 %1：%2（UTC）に税務当局が却下しました。</translation>
    </message>
    <message>
        <source>The file holds a receipt, but it does not verify: see the checks.</source>
        <translation>このファイルには受領証が含まれていますが、検証できません。チェック結果を確認してください。</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check the name and that you may read it.</source>
        <translation>%1 を開けませんでした（%2）。名前と、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is too large to be a filing or an audit file. Choose the file the taxpayer or the tax bureau sent.</source>
        <translation>%1 は申告または監査ファイルとしては大きすぎます。納税者または税務当局から送られたファイルを選んでください。</translation>
    </message>
    <message>
        <source>Rule pack %1 (%2) changed a formula for %3: %4</source>
        <translation>ルールパック %1（%2）で %3 の計算式が変更されました：%4</translation>
    </message>
</context>
<context>
    <name>FilingCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>%1: %2 Next attempt at %3.</source>
        <translation>%1：%2 次回の試行は %3 です。</translation>
    </message>
    <message>
        <source>ALARM for %1: %2</source>
        <translation>%1 の警告：%2</translation>
    </message>
    <message>
        <source>Enrolled %1 with the tax bureau at %2; the certificate is valid until %3.</source>
        <translation>%2 の税務当局に %1 を登録しました。証明書の有効期限は %3 です。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 は JSON オブジェクトではありません：%2</translation>
    </message>
    <message>
        <source>There is no accepted filing of that tax year in this vault to correct; name it with --replaces.</source>
        <translation>この保管庫には訂正できるその課税年度の受理済み申告がありません。--replaces で指定してください。</translation>
    </message>
    <message>
        <source>--replaces belongs to correct, not to file</source>
        <translation>--replaces は correct 用で、file には使えません</translation>
    </message>
    <message>
        <source>Signed and queued as %1.</source>
        <translation>署名して送信待ちに入れました（%1）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Income record %1 is disputed (%2, dispute %3).</source>
        <translation>所得記録 %1 に異議を申し立てました（%2、異議番号 %3）。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保管庫のパスフレーズ：</translation>
    </message>
    <message>
        <source>signed, not sent yet</source>
        <translation>署名済み、未送信</translation>
    </message>
    <message>
        <source>sent, awaiting the bureau&apos;s answer</source>
        <translation>送信済み、税務当局の応答待ち</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>取消し済み</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>訂正申告で置き換え済み</translation>
    </message>
    <message>
        <source>This vault holds no filings yet.</source>
        <translation>この保管庫にはまだ申告がありません。</translation>
    </message>
    <message>
        <source>correction of %1</source>
        <translation>%1 の訂正</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3：%4</translation>
    </message>
    <message>
        <source>usage: huisuan-cli enrol --name NAME --id IDENTITY_NUMBER [--bureau URL] [--bureau-dir DIR | --tls-ca FILE --sm2-ca FILE]
       huisuan-cli prefill YEAR
       huisuan-cli file RETURN.json [--wait SECONDS]
       huisuan-cli correct RETURN.json [--replaces SUBMISSION] [--wait SECONDS]
       huisuan-cli status [SUBMISSION]
       huisuan-cli withdraw SUBMISSION
       huisuan-cli dispute RECORD [--reason not_my_employer|wrong_amount|other] [--note TEXT]
  each with [--vault DIR] [--lang zh_CN|en|ja]; the passphrase comes from HUISUAN_PASSPHRASE or a prompt.
  Exit status: 0 done, 1 failure, 2 refused or rejected by the bureau, 3 queued and not yet answered (any later command sends it again).</source>
        <translation>使い方：huisuan-cli enrol --name 氏名 --id 身分証番号 [--bureau URL] [--bureau-dir フォルダー | --tls-ca ファイル --sm2-ca ファイル]
       huisuan-cli prefill 年
       huisuan-cli file 申告書.json [--wait 秒]
       huisuan-cli correct 申告書.json [--replaces 送信ID] [--wait 秒]
       huisuan-cli status [送信ID]
       huisuan-cli withdraw 送信ID
       huisuan-cli dispute 記録 [--reason not_my_employer|wrong_amount|other] [--note 説明]
  いずれも [--vault フォルダー] [--lang zh_CN|en|ja] を指定可。パスフレーズは HUISUAN_PASSPHRASE またはプロンプトから取得します。
  終了コード：0 完了、1 失敗、2 税務当局による拒否・却下、3 送信待ちで未応答（以後のどのコマンドでも再送されます）。</translation>
    </message>
</context>
<context>
    <name>FilingDesk</name>
    <message>
        <source>The bureau does not know this rule pack for tax year %1. Update Huisuan and compute the return again.</source>
        <translation>税務当局は %1 年のこのルールパックを知りません。Huisuan を更新し、申告書を計算し直してください。</translation>
    </message>
    <message>
        <source>The bureau accepts returns computed by engine version %1. Update Huisuan and compute the return again.</source>
        <translation>税務当局が受け付けるのはエンジンのバージョン %1 で計算した申告書です。Huisuan を更新し、申告書を計算し直してください。</translation>
    </message>
    <message>
        <source>The return is for tax year %1 but the filing says %2.</source>
        <translation>申告書は %1 年のものですが、申告には %2 年とあります。</translation>
    </message>
    <message>
        <source>A return for %1 was already accepted (submission %2). To change it, file a correction that names that submission.</source>
        <translation>%1 年の申告書はすでに受理されています（送信 ID %2）。変更するには、その送信 ID を指定した訂正申告を提出してください。</translation>
    </message>
    <message>
        <source>The correction must name the accepted submission %1.</source>
        <translation>訂正申告には受理済みの送信 %1 を指定してください。</translation>
    </message>
    <message>
        <source>There is no accepted return for %1 to correct.</source>
        <translation>訂正できる %1 年の受理済み申告書はありません。</translation>
    </message>
    <message>
        <source>The wages (%1) differ from what employers declared (%2).</source>
        <translation>給与（%1）が源泉徴収義務者の申告額（%2）と異なります。</translation>
    </message>
    <message>
        <source>The tax prepaid (%1) differs from what employers withheld (%2).</source>
        <translation>既納付税額（%1）が源泉徴収義務者の源泉徴収額（%2）と異なります。</translation>
    </message>
    <message>
        <source>The bureau has no filing with this submission id from you.</source>
        <translation>税務当局には、あなたからのこの送信 ID の申告はありません。</translation>
    </message>
    <message>
        <source>Only an accepted return whose refund or payment is not yet paid can be withdrawn; this one is %1.</source>
        <translation>取り消せるのは、還付または納付がまだ済んでいない受理済みの申告書だけです。この申告書は %1 です。</translation>
    </message>
</context>
<context>
    <name>FilingEnvelope</name>
    <message>
        <source>The return cannot be written as canonical JSON.</source>
        <translation>申告書を正規化 JSON として書き出せません。</translation>
    </message>
    <message>
        <source>The filing is not a well-formed signed filing.</source>
        <translation>この申告は正しい形式の署名済み申告ではありません。</translation>
    </message>
    <message>
        <source>A filing needs a submission id, a rule pack, an engine version, a return and the time it was made, and cannot replace itself.</source>
        <translation>申告には送信 ID、ルールパック、エンジンのバージョン、申告書、作成時刻が必要です。また、申告は自分自身を置き換えることはできません。</translation>
    </message>
</context>
<context>
    <name>FilingReplayer</name>
    <message>
        <source>%1 (%2, periods %3): %4</source>
        <translation>%1（%2、期間 %3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from what was filed, and no formula fix in the rule-pack changelog covers tax year %1: the filing was not computed as this rule pack computes it.</source>
        <translation>
            <numerusform>%n 行が申告内容と異なり、ルールパックの変更履歴には課税年度 %1 を対象とする計算式の修正がありません。この申告は、このルールパックの計算方法で計算されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from what was filed; the rule-pack changelog records a formula fix for tax year %1: %2</source>
        <translation>
            <numerusform>%n 行が申告内容と異なります。ルールパックの変更履歴には課税年度 %1 の計算式の修正が記録されています：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed, but there is nothing to compare with: the file holds neither the filed result nor a receipt with the bureau&apos;s figures. Ask for the audit file exported from the taxpayer&apos;s vault.</source>
        <translation>再計算しましたが、比較対象がありません。ファイルには申告された結果も、税務当局の金額を含む受領証もありません。納税者の保管庫から書き出した監査ファイルを依頼してください。</translation>
    </message>
    <message>
        <source>Every line recomputes exactly as filed, with the filing&apos;s own rule pack.</source>
        <translation>申告自身のルールパックで、すべての行が申告どおりに再計算されました。</translation>
    </message>
    <message>
        <source>The recomputation gives the receipt&apos;s balance, tax payable and tax withheld; the file holds no filed trace to compare line by line.</source>
        <translation>再計算の結果は受領証の追加納付・還付税額、納付すべき税額、既納付税額と一致します。ファイルには行ごとに比較できる申告時の計算記録がありません。</translation>
    </message>
    <message>
        <source>The signed filing cannot be read, so there is nothing to replay (%1).</source>
        <translation>署名済み申告を読み取れないため、再計算できません（%1）。</translation>
    </message>
    <message>
        <source>Not replayed: the filing names rule pack %1 for tax year %2, which this version of Huisuan does not hold. Replay it with the version that made it, or a newer one.</source>
        <translation>再計算していません：この申告は課税年度 %2 のルールパック %1 を指定していますが、このバージョンの Huisuan には含まれていません。申告を作成したバージョン、またはそれより新しいバージョンで再計算してください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>The engine refuses the filed return, so it cannot be replayed: %1</source>
        <translation>計算エンジンが申告された申告書を受け付けないため、再計算できません：%1</translation>
    </message>
    <message>
        <source>its tax year is not the rule pack&apos;s</source>
        <translation>課税年度がルールパックの年度と異なります</translation>
    </message>
    <message>
        <source>The engine failed on the filed return (%1); report this as a bug.</source>
        <translation>申告された申告書の計算中にエンジンが失敗しました（%1）。バグとして報告してください。</translation>
    </message>
</context>
<context>
    <name>FilingReportPdf</name>
    <message>
        <source>Tax year</source>
        <translation>課税年度</translation>
    </message>
    <message>
        <source>Wages and salaries</source>
        <translation>給与所得（工资、薪金）</translation>
    </message>
    <message>
        <source>Remuneration for labour services</source>
        <translation>役務報酬（劳务报酬）</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration</source>
        <translation>原稿料（稿酬）</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>特許権等使用料（特许权使用费）</translation>
    </message>
    <message>
        <source>Tax prepaid (withheld)</source>
        <translation>既納付税額（源泉徴収分）</translation>
    </message>
    <message>
        <source>Gross comprehensive income</source>
        <translation>総合所得の収入合計</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>費用合計（费用合计）</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration exempt</source>
        <translation>原稿料所得の免税部分（稿酬所得免税部分）</translation>
    </message>
    <message>
        <source>Comprehensive income</source>
        <translation>総合所得の収入額（综合所得收入额）</translation>
    </message>
    <message>
        <source>Basic deduction</source>
        <translation>基礎控除（减除费用）</translation>
    </message>
    <message>
        <source>Special deductions</source>
        <translation>専項控除（专项扣除）</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>専項付加控除（专项附加扣除）の合計</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>法定のその他の控除（依法确定的其他扣除）の合計</translation>
    </message>
    <message>
        <source>Donations deducted</source>
        <translation>控除できる寄附金額（准予扣除的捐赠额）</translation>
    </message>
    <message>
        <source>Taxable income</source>
        <translation>課税所得額（应纳税所得额）</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Quick deduction</source>
        <translation>速算控除額</translation>
    </message>
    <message>
        <source>Tax on comprehensive income</source>
        <translation>総合所得の税額</translation>
    </message>
    <message>
        <source>Tax on the annual bonus</source>
        <translation>全年一時賞与の税額</translation>
    </message>
    <message>
        <source>Tax relief</source>
        <translation>減免税額</translation>
    </message>
    <message>
        <source>Tax payable</source>
        <translation>納付すべき税額</translation>
    </message>
    <message>
        <source>Balance (negative: refund)</source>
        <translation>追加納付・還付税額（負の値は還付）</translation>
    </message>
    <message>
        <source>Exempt from payment</source>
        <translation>追加納付の免除</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>追加納付税額</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>還付税額</translation>
    </message>
    <message>
        <source>Annual bonus method</source>
        <translation>全年一時賞与の課税方法</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>送信 ID</translation>
    </message>
    <message>
        <source>Receipt id</source>
        <translation>受領証 ID</translation>
    </message>
    <message>
        <source>Submitted at (UTC)</source>
        <translation>送信日時（UTC）</translation>
    </message>
    <message>
        <source>Accepted at (UTC)</source>
        <translation>受理日時（UTC）</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>源泉徴収税額</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>SM3 digest of the filed return</source>
        <translation>提出した申告書の SM3 ダイジェスト</translation>
    </message>
    <message>
        <source>Digest of the copy kept</source>
        <translation>保存した控えのダイジェスト</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>源泉徴収義務者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>所得の種類</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>収入額</translation>
    </message>
    <message>
        <source>Individual income tax: annual reconciliation %1</source>
        <translation>個人所得税：%1 年度確定申告</translation>
    </message>
    <message>
        <source>Taxpayer: %1 (%2)</source>
        <translation>納税者：%1（%2）</translation>
    </message>
    <message>
        <source>Submission id: %1</source>
        <translation>送信 ID：%1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>ルールパック：%1</translation>
    </message>
    <message>
        <source>The return as filed</source>
        <translation>提出した申告書</translation>
    </message>
    <message>
        <source>What you declared</source>
        <translation>申告内容</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>計算結果</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt</source>
        <translation>税務当局の受領証</translation>
    </message>
    <message>
        <source>No receipt from the tax bureau yet.</source>
        <translation>税務当局からの受領証はまだありません。</translation>
    </message>
    <message>
        <source>Tax record of the %1 tax year</source>
        <translation>%1 課税年度の納税記録</translation>
    </message>
    <message>
        <source>Annual reconciliation %1</source>
        <translation>%1 年度確定申告</translation>
    </message>
</context>
<context>
    <name>FilingRowReader</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>FilingService</name>
    <message>
        <source>The certificate the tax bureau returned is not for this key; the enrolment is not used.</source>
        <translation>税務当局が返した証明書はこの鍵のものではありません。この登録は使用しません。</translation>
    </message>
    <message>
        <source>The return cannot be filed as it is:
%1</source>
        <translation>この申告書はこのままでは提出できません：
%1</translation>
    </message>
    <message>
        <source>The return could not be computed.</source>
        <translation>申告書を計算できませんでした。</translation>
    </message>
    <message>
        <source>The tax bureau had already withdrawn this filing; the answer to the earlier request was lost on the way. The filing is marked withdrawn.</source>
        <translation>税務当局はこの申告をすでに取り消しています。先の要求への応答が途中で失われました。申告は取消し済みとして記録しました。</translation>
    </message>
</context>
<context>
    <name>FilingStore</name>
    <message>
        <source>The signed envelope is empty; sign the return before filing it.</source>
        <translation>署名済みの申告データが空です。申告の前に署名してください。</translation>
    </message>
    <message>
        <source>annual return</source>
        <translation>年度確定申告書</translation>
    </message>
    <message>
        <source>The submission id %1 already belongs to filing %2; a new filing needs a new id.</source>
        <translation>送信 ID %1 はすでに申告 %2 のものです。新しい申告には新しい ID が必要です。</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>The bureau&apos;s receipt is empty; nothing was saved.</source>
        <translation>税務当局の受領証が空です。何も保存されていません。</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>取消し済み</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>訂正により置換済み</translation>
    </message>
    <message>
        <source>Filing %1 was rejected by the bureau, which is final; file the corrected return as a new filing.</source>
        <translation>申告 %1 は税務当局に却下されました。この状態は確定しています。修正した申告書を新しい申告として提出してください。</translation>
    </message>
    <message>
        <source>Filing %1 was withdrawn, which is final; to file this year again, make a new filing.</source>
        <translation>申告 %1 は取り消されました。この状態は確定しています。この年度をもう一度申告するには、新しい申告を作成してください。</translation>
    </message>
    <message>
        <source>Filing %1 was replaced by a correction, which is final; to change it again, correct the filing that replaced it.</source>
        <translation>申告 %1 は訂正申告により置き換えられました。この状態は確定しています。さらに変更するには、置き換えた側の申告を訂正してください。</translation>
    </message>
    <message>
        <source>Filing %1 is %2 and cannot become %3: a filing is signed, then submitted, then accepted or rejected, and only an accepted one can be withdrawn or replaced.</source>
        <translation>申告 %1 は「%2」の状態で、「%3」にはできません。申告は署名、送信の順に進み、受理または却下されます。取消しや置換ができるのは受理済みの申告だけです。</translation>
    </message>
    <message>
        <source>A first filing replaces nothing, yet this one names submission %1; file it as a correction to replace that filing.</source>
        <translation>最初の申告は何も置き換えませんが、この申告は送信 %1 を指定しています。その申告を置き換えるには訂正申告として提出してください。</translation>
    </message>
    <message>
        <source>A correction must name the submission it replaces; choose the accepted filing to correct.</source>
        <translation>訂正申告には置き換える送信を指定する必要があります。訂正する受理済みの申告を選んでください。</translation>
    </message>
    <message>
        <source>The correction %1 names itself as the filing it replaces; name the accepted filing.</source>
        <translation>訂正申告 %1 は置き換える申告として自分自身を指定しています。受理済みの申告を指定してください。</translation>
    </message>
    <message>
        <source>There is no filing with the submission id %1 in the vault to correct; choose a filing made from this vault.</source>
        <translation>保管庫に訂正できる送信 ID %1 の申告はありません。この保管庫から行った申告を選んでください。</translation>
    </message>
    <message>
        <source>Submission %1 is a filing for tax year %2, but the correction is for tax year %3; a correction replaces a filing of its own year.</source>
        <translation>送信 %1 は課税年度 %2 の申告ですが、訂正申告は課税年度 %3 のものです。訂正申告が置き換えられるのは同じ年度の申告だけです。</translation>
    </message>
    <message>
        <source>There is no filing with the submission id %1 in the vault.</source>
        <translation>保管庫に送信 ID %1 の申告はありません。</translation>
    </message>
</context>
<context>
    <name>FilingVerifier</name>
    <message>
        <source>Well-formed filing</source>
        <translation>申告の形式</translation>
    </message>
    <message>
        <source>%1 Nothing else in it can be trusted.</source>
        <translation>%1 この申告の他の内容は信頼できません。</translation>
    </message>
    <message>
        <source>The signed filing is in its one exact canonical form with every member it needs.</source>
        <translation>署名済み申告は唯一の正規形で、必要な要素がすべて含まれています。</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>証明書チェーン</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be read from a malformed filing.</source>
        <translation>形式が不正な申告からは署名者の証明書を読み取れません。</translation>
    </message>
    <message>
        <source>There is no CA certificate to check the signer&apos;s certificate against: give the tax bureau&apos;s SM2 CA certificate with --ca.</source>
        <translation>署名者の証明書を照合する CA 証明書がありません。--ca で税務当局の SM2 CA 証明書を指定してください。</translation>
    </message>
    <message>
        <source>The filing does not say when it was made, so the certificate&apos;s validity cannot be checked.</source>
        <translation>申告の作成日時が記載されていないため、証明書の有効期間を確認できません。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was issued by the pinned CA and was valid when the filing was made (%1).</source>
        <translation>署名者の証明書は固定した CA が発行したもので、申告の作成時点（%1）で有効でした。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was issued by the CA in the audit file and was valid when the filing was made (%1); pin the bureau&apos;s CA with --ca to check that this CA is the bureau&apos;s.</source>
        <translation>署名者の証明書は監査ファイル内の CA が発行したもので、申告の作成時点（%1）で有効でした。この CA が税務当局のものであることを確認するには、--ca で税務当局の CA を固定してください。</translation>
    </message>
    <message>
        <source>%1 The filing may not come from the person it names.</source>
        <translation>%1 この申告は、記載された本人が作成したものではない可能性があります。</translation>
    </message>
    <message>
        <source>SM2 signature</source>
        <translation>SM2 署名</translation>
    </message>
    <message>
        <source>The signature cannot be checked on a malformed filing.</source>
        <translation>形式が不正な申告では署名を確認できません。</translation>
    </message>
    <message>
        <source>The filing&apos;s certificate holds no SM2 key to check the signature with.</source>
        <translation>申告の証明書には、署名を確認するための SM2 鍵がありません。</translation>
    </message>
    <message>
        <source>The SM2 signature does not match the envelope: the filing was changed after it was signed, or the signature was damaged (%1).</source>
        <translation>SM2 署名がエンベロープと一致しません。署名後に申告が変更されたか、署名が破損しています（%1）。</translation>
    </message>
    <message>
        <source>The SM2-with-SM3 signature over the envelope&apos;s canonical bytes verifies with the certificate&apos;s key.</source>
        <translation>エンベロープの正規化バイト列に対する SM2-with-SM3 署名は、証明書の鍵で検証されました。</translation>
    </message>
    <message>
        <source>Bureau receipt</source>
        <translation>税務当局の受領証</translation>
    </message>
    <message>
        <source>Receipt answers this filing</source>
        <translation>受領証とこの申告の対応</translation>
    </message>
    <message>
        <source>The receipt %1 (%2, issued %3) is signed by the bureau&apos;s receipt certificate.</source>
        <translation>受領証 %1（%2、発行日時 %3）は税務当局の受領証証明書で署名されています。</translation>
    </message>
    <message>
        <source>%1 Do not rely on what the receipt says.</source>
        <translation>%1 受領証の内容を信頼しないでください。</translation>
    </message>
    <message>
        <source>There is no CA certificate to check the receipt against: give the bureau&apos;s SM2 CA with --ca.</source>
        <translation>受領証を照合する CA 証明書がありません。--ca で税務当局の SM2 CA を指定してください。</translation>
    </message>
    <message>
        <source>malformed receipt</source>
        <translation>形式が不正な受領証</translation>
    </message>
    <message>
        <source>The receipt cannot be read, so it cannot be matched to the filing.</source>
        <translation>受領証を読み取れないため、申告と照合できません。</translation>
    </message>
    <message>
        <source>The receipt answers other bytes (%1) than this filing&apos;s (%2): the filing or the receipt was swapped or changed.</source>
        <translation>受領証が対応するバイト列（%1）は、この申告のもの（%2）と異なります。申告または受領証が差し替えられたか、変更されています。</translation>
    </message>
    <message>
        <source>The receipt names submission %1, the filing %2.</source>
        <translation>受領証には送信 %1、申告には送信 %2 が記載されています。</translation>
    </message>
    <message>
        <source>The receipt answers exactly these bytes (%1).</source>
        <translation>受領証はまさにこのバイト列（%1）に対応しています。</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>ルールパック</translation>
    </message>
    <message>
        <source>The rule pack %1 is not built into this version of Huisuan, so the filing cannot be replayed: use the version that made it, or a newer one.</source>
        <translation>ルールパック %1 はこのバージョンの Huisuan に組み込まれていないため、申告を再計算できません。申告を作成したバージョン、またはそれより新しいバージョンを使ってください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>The rule pack %1 is the pack of tax year %2, but the filing is for %3.</source>
        <translation>ルールパック %1 は課税年度 %2 のものですが、申告は %3 年のものです。</translation>
    </message>
    <message>
        <source>The rule pack %1 of tax year %2 is built into this version.</source>
        <translation>課税年度 %2 のルールパック %1 はこのバージョンに組み込まれています。</translation>
    </message>
    <message>
        <source>The filing is not a well-formed signed filing.</source>
        <translation>この申告は正しい形式の署名済み申告ではありません。</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>%n more problem(s) are not listed. Correct the ones above and import the file again to see the rest.</source>
        <translation>
            <numerusform>ほかに %n 件の問題が表示されていません。上記の問題を修正し、もう一度ファイルをインポートすると残りが表示されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomeRecordStore</name>
    <message>
        <source>income category</source>
        <translation>所得区分</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>源泉徴収義務者</translation>
    </message>
    <message>
        <source>income amount</source>
        <translation>収入金額</translation>
    </message>
    <message>
        <source>tax withheld</source>
        <translation>源泉徴収税額</translation>
    </message>
    <message>
        <source>income record</source>
        <translation>収入の記録</translation>
    </message>
    <message>
        <source>taxpayer profile</source>
        <translation>納税者情報</translation>
    </message>
    <message>
        <source>The month &quot;%1&quot; is not a month of tax year %2; write it as %2-01 to %2-12, or leave it empty when it is not known.</source>
        <translation>月「%1」は課税年度 %2 の月ではありません。%2-01～%2-12 の形で入力するか、不明な場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Only a prefilled income record carries the bureau&apos;s record id %1; clear the id, or download the record with the prefill.</source>
        <translation>税務当局の記録 ID %1 を持てるのは事前入力された収入の記録だけです。ID を消すか、事前入力データとしてこの記録をダウンロードしてください。</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is already income record %2; download the prefill again instead of adding it twice.</source>
        <translation>税務当局の記録 %1 はすでに収入の記録 %2 として保存されています。二重に追加せず、事前入力データをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>bureau&apos;s record id</source>
        <translation>税務当局の記録 ID</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is not marked as prefilled; only prefilled records replace the prefill.</source>
        <translation>税務当局の記録 %1 は事前入力の記録として示されていません。事前入力データを置き換えられるのは事前入力の記録だけです。</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is for tax year %2 of taxpayer profile %3, not for tax year %4 of profile %5; download the prefill again.</source>
        <translation>税務当局の記録 %1 は納税者情報 %3 の課税年度 %2 のもので、納税者情報 %5 の課税年度 %4 のものではありません。事前入力データをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 appears twice in the prefill; download the prefill again.</source>
        <translation>税務当局の記録 %1 が事前入力データに 2 回含まれています。事前入力データをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is already income record %2 of tax year %3, not of %4; download the prefill of %3 again.</source>
        <translation>税務当局の記録 %1 はすでに課税年度 %3 の収入の記録 %2 として保存されており、課税年度 %4 のものではありません。課税年度 %3 の事前入力データをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>In the bureau&apos;s record %1: %2</source>
        <translation>税務当局の記録 %1：%2</translation>
    </message>
</context>
<context>
    <name>LaborImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the payee&apos;s identity card.</source>
        <translation>「%1」は有効な居民身分証番号ではありません。桁数、生年月日、またはチェックディジットが誤っています。受取人の身分証からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The month %1 is not in %2, the tax year being imported. Import it with its own year.</source>
        <translation>月 %1 は、インポート中の課税年度 %2 に含まれていません。その月の年度でインポートしてください。</translation>
    </message>
    <message>
        <source>This payee is already paid in month %1 on row %2. A month&apos;s labor payments for the same service are one payment for the prepayment: add them up on one row.</source>
        <translation>この受取人には、%2 行目で月 %1 の支払が既にあります。同じ役務に対する同じ月の役務報酬は、源泉徴収では 1 回の支払として扱います。1 行に合算してください。</translation>
    </message>
    <message>
        <source>The prepayment on this payment cannot be computed: %1. Check the amount.</source>
        <translation>この支払に対する源泉徴収（预扣预缴）を計算できません：%1。金額を確認してください。</translation>
    </message>
</context>
<context>
    <name>MonthlyDeductions</name>
    <message>
        <source>The saved deductions cannot be read (%1).</source>
        <translation>保存されている控除を読み取れません（%1）。</translation>
    </message>
    <message>
        <source>The saved deductions of %1 cannot be computed: %2</source>
        <translation>保存されている %1 の控除を計算できません：%2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The submission %1 is not in the outbox; queue it first.</source>
        <translation>送信 %1 は送信待ちキューにありません。先にキューに入れてください。</translation>
    </message>
    <message>
        <source>There is no filing with submission id %1; store the signed filing before queuing it.</source>
        <translation>送信 ID %1 の申告はありません。キューに入れる前に署名済みの申告を保存してください。</translation>
    </message>
    <message>
        <source>The next attempt time &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>次回の試行時刻「%1」は ISO 8601 の日時ではありません。</translation>
    </message>
    <message>
        <source>The submission %1 was already acknowledged; it is not sent again.</source>
        <translation>送信 %1 はすでに受理確認済みです。再送されません。</translation>
    </message>
</context>
<context>
    <name>OutboxDrainer</name>
    <message>
        <source>The tax bureau accepted the filing (receipt %1).</source>
        <translation>税務当局は申告を受理しました（受領証 %1）。</translation>
    </message>
    <message>
        <source>The tax bureau rejected the filing (receipt %1).</source>
        <translation>税務当局は申告を却下しました（受領証 %1）。</translation>
    </message>
    <message>
        <source>The tax bureau refused the filing: %1</source>
        <translation>税務当局は申告を拒否しました：%1</translation>
    </message>
    <message>
        <source>Not answered yet (%1); it stays queued and will be sent again.</source>
        <translation>まだ応答がありません（%1）。申告は送信待ちのまま残り、再送されます。</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>No passphrase: set %1 or run on a terminal to be asked for it.</source>
        <translation>パスフレーズがありません：環境変数 %1 を設定するか、端末で実行してパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>パスフレーズが入力されませんでした。</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>確認のためもう一度入力：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>2 回入力したパスフレーズが一致しません。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>PayrollImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the employee&apos;s identity card.</source>
        <translation>「%1」は有効な居民身分証番号ではありません。桁数、生年月日、またはチェック文字が誤っています。従業員の身分証からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>No employee with the identity number %1 is on this company&apos;s roster. Import the roster with this employee first.</source>
        <translation>身分証番号 %1 の従業員は、この会社の従業員名簿にいません。先にこの従業員を含む名簿をインポートしてください。</translation>
    </message>
    <message>
        <source>The month %1 is not in %2, the tax year being imported. Import it with its own year.</source>
        <translation>月 %1 は、インポート中の課税年度 %2 に含まれていません。その月の年度でインポートしてください。</translation>
    </message>
    <message>
        <source>Month %1 comes after month %2 (row %3): the months are out of order. Sort the rows by month, earliest first.</source>
        <translation>月 %1 が月 %2（%3 行目）の後にあり、月の順序が正しくありません。行を月の古い順に並べ替えてください。</translation>
    </message>
    <message>
        <source>%1 started on %2, after month %3. Check the month, or the start date on the roster.</source>
        <translation>%1 は %2 に入社しており、月 %3 より後です。月、または名簿の入社日を確認してください。</translation>
    </message>
    <message>
        <source>%1 left on %2, before month %3. Check the month, or the leaving date on the roster.</source>
        <translation>%1 は %2 に退職しており、月 %3 より前です。月、または名簿の退職日を確認してください。</translation>
    </message>
    <message>
        <source>This employee&apos;s month %1 is already on row %2. Keep one row per employee and month.</source>
        <translation>この従業員の月 %1 は既に %2 行目にあります。従業員と月ごとに 1 行だけにしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to tax the annual bonus. Write 单独计税 (taxed separately) or 并入综合所得 (combined with the wages).</source>
        <translation>「%1」は全年一時賞与（全年一次性奖金）の課税方法ではありません。单独计税（分離課税）または 并入综合所得（総合所得に合算）と入力してください。</translation>
    </message>
    <message>
        <source>An annual bonus of %1 needs its method. Write 单独计税 (taxed separately) or 并入综合所得 (combined with the wages) in the %2 column.</source>
        <translation>全年一時賞与（全年一次性奖金）%1 には課税方法の指定が必要です。%2 列に 单独计税（分離課税）または 并入综合所得（総合所得に合算）と入力してください。</translation>
    </message>
    <message>
        <source>In %1 an annual bonus cannot be taxed separately. Write 并入综合所得 (combined with the wages).</source>
        <translation>%1 では、全年一時賞与（全年一次性奖金）を分離課税にできません。并入综合所得（総合所得に合算）と入力してください。</translation>
    </message>
    <message>
        <source>This employee&apos;s annual bonus is already taxed separately on row %1; the separate method may be used once a year. Tax this one with 并入综合所得 (combined).</source>
        <translation>この従業員の全年一時賞与（全年一次性奖金）は、既に %1 行目で分離課税されています。分離課税は年に 1 回しか使えません。この賞与は 并入综合所得（総合所得に合算）で課税してください。</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>The PDF could not be written to %1 (%2). Choose another folder.</source>
        <translation>PDF を %1 に書き出せませんでした（%2）。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1 (%2). Check that the folder is writable and has space.</source>
        <translation>PDF を %1 として保存できませんでした（%2）。フォルダーに書き込み権限と空き容量があるか確認してください。</translation>
    </message>
</context>
<context>
    <name>PrefillReturn</name>
    <message>
        <source>The taxpayer&apos;s part of the return must be a JSON object.</source>
        <translation>申告書の納税者記入部分は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>The return is not for %1, the year of the prefill.</source>
        <translation>申告書が事前入力の年（%1 年）のものではありません。</translation>
    </message>
    <message>
        <source>Income and prepaid tax come from the prefill; leave them out of the taxpayer&apos;s part.</source>
        <translation>所得と既納付税額は事前入力から取ります。納税者記入部分には含めないでください。</translation>
    </message>
    <message>
        <source>More than one annual bonus was declared; choose how each is taxed and enter them yourself.</source>
        <translation>全年一時賞与が複数申告されています。それぞれの課税方法を選んで自分で入力してください。</translation>
    </message>
    <message>
        <source>The income from %1 has an amount that is not money (%2, %3).</source>
        <translation>%1 からの収入に、金額として読み取れない値があります（%2、%3）。</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Separate taxation of the annual bonus</source>
        <translation>全年一時賞与の分離課税</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method: use separate, combined or optimal</source>
        <translation>「%1」は課税方法ではありません。separate、combined、optimal のいずれかを指定してください</translation>
    </message>
    <message>
        <source>%1 is not allowed: a claim is shared %2 percent (%3)</source>
        <translation>%1 は指定できません。控除の分担割合は %2 パーセントです（%3）</translation>
    </message>
    <message>
        <source>The deduction for the care of infants under three</source>
        <translation>3 歳未満の乳幼児の養育（3岁以下婴幼儿照护）の控除</translation>
    </message>
    <message>
        <source>%1 is not a city standard: use %2 (%3)</source>
        <translation>%1 は都市別の基準額ではありません。%2 のいずれかを指定してください（%3）</translation>
    </message>
    <message>
        <source>cannot be claimed in the same tax year as housing loan interest (%1)</source>
        <translation>住宅ローン利息（住房贷款利息）と同じ課税年度には申告できません（%1）</translation>
    </message>
    <message>
        <source>an only child takes the whole amount and gives no monthly_share</source>
        <translation>一人っ子は全額を控除するため、monthly_share は指定しません</translation>
    </message>
    <message>
        <source>is required when the taxpayer is not an only child: the siblings share the amount</source>
        <translation>納税者が一人っ子でない場合は必須です。控除額は兄弟姉妹で分担します</translation>
    </message>
    <message>
        <source>%1 a month is above the cap of %2 a month for one sibling in %3 (%4)</source>
        <translation>月 %1 は、%3 年の兄弟姉妹 1 人あたりの上限（月 %2）を超えています（%4）</translation>
    </message>
    <message>
        <source>The individual pension deduction</source>
        <translation>個人年金（个人养老金）の控除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a donation limit: use &quot;30%&quot; or &quot;full&quot;</source>
        <translation>「%1」は寄附金の控除限度ではありません。&quot;30%&quot; または &quot;full&quot; を指定してください</translation>
    </message>
    <message>
        <source>must be a JSON integer such as 2024</source>
        <translation>2024 のような JSON の整数でなければなりません</translation>
    </message>
    <message>
        <source>%1 is not supported: rule packs exist for tax years %2–%3</source>
        <translation>%1 には対応していません。ルールパックがあるのは課税年度 %2～%3 です</translation>
    </message>
    <message>
        <source>%1 is not in force in tax year %2 (in force %3 to %4, %5)</source>
        <translation>%1 は課税年度 %2 には適用されません（適用期間：%3～%4、%5）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>%1 ではなく JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>%2 ではなく %1 でなければなりません</translation>
    </message>
    <message>
        <source>an amount as a JSON string such as &quot;1234.50&quot;</source>
        <translation>&quot;1234.50&quot; のような JSON 文字列の金額</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write yuan with at most two decimals, no sign, no separators, no leading zeros, at most 999999999999.99</source>
        <translation>「%1」は金額ではありません。元単位で小数点以下 2 桁まで、符号・区切り記号・先頭のゼロなし、999999999999.99 以下で記入してください</translation>
    </message>
    <message>
        <source>an amount as a JSON string</source>
        <translation>JSON 文字列の金額</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with at most two decimals</source>
        <translation>「%1」は小数点以下 2 桁までの金額ではありません</translation>
    </message>
    <message>
        <source>a rate as a JSON string such as &quot;0.03&quot;</source>
        <translation>&quot;0.03&quot; のような JSON 文字列の率</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal rate</source>
        <translation>「%1」は小数で表した率ではありません</translation>
    </message>
    <message>
        <source>a JSON integer</source>
        <translation>JSON の整数</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 は %2～%3 の範囲外です</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a JSON string</source>
        <translation>JSON 文字列</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot; or null</source>
        <translation>&quot;YYYY-MM-DD&quot; 形式の日付または null</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation>&quot;YYYY-MM-DD&quot; 形式の日付</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date &quot;YYYY-MM-DD&quot;</source>
        <translation>「%1」は &quot;YYYY-MM-DD&quot; 形式の日付ではありません</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>JSON 配列</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON オブジェクト</translation>
    </message>
    <message>
        <source>unknown key; allowed here: %1</source>
        <translation>不明なキーです。ここで使えるキー：%1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>A receipt needs an id, the request it answers, a time and a sequence number.</source>
        <translation>受領証には ID、応答する要求、時刻、通し番号が必要です。</translation>
    </message>
    <message>
        <source>The bureau&apos;s receipt is not a well-formed signed receipt.</source>
        <translation>税務当局の受領証は正しい形式の署名済み受領証ではありません。</translation>
    </message>
    <message>
        <source>The receipt was not signed by the tax bureau&apos;s receipt certificate.</source>
        <translation>この受領証は税務当局の受領証用証明書で署名されていません。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>filing</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>取消し</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>at the treasury</source>
        <translation>国庫で処理中</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>due</source>
        <translation>納付待ち</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>延滞</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>還付 %1</translation>
    </message>
    <message>
        <source>nothing to pay or refund</source>
        <translation>納付も還付もありません</translation>
    </message>
    <message>
        <source>to pay %1</source>
        <translation>納付 %1</translation>
    </message>
    <message>
        <source>Receipt %1 (%2): %3</source>
        <translation>受領証 %1（%2）：%3</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>  Submission:   %1</source>
        <translation>  送信 ID：  %1</translation>
    </message>
    <message>
        <source>  Replaces:     %1</source>
        <translation>  訂正対象：  %1</translation>
    </message>
    <message>
        <source>  Tax year:     %1</source>
        <translation>  課税年度：  %1</translation>
    </message>
    <message>
        <source>  Issued at:    %1</source>
        <translation>  発行日時：  %1</translation>
    </message>
    <message>
        <source>  Rule pack:    %1</source>
        <translation>  ルールパック：%1</translation>
    </message>
    <message>
        <source>  Engine:       %1</source>
        <translation>  エンジン：  %1</translation>
    </message>
    <message>
        <source>  Tax payable:  %1</source>
        <translation>  納付すべき税額：%1</translation>
    </message>
    <message>
        <source>  Tax withheld: %1</source>
        <translation>  源泉徴収税額：%1</translation>
    </message>
    <message>
        <source>  Balance:      %1</source>
        <translation>  精算：      %1</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>  %1 [%2] %3: %4</source>
        <translation>  %1 [%2] %3：%4</translation>
    </message>
    <message>
        <source>  Answers:      %1</source>
        <translation>  応答対象：  %1</translation>
    </message>
    <message>
        <source>  Sequence:     %1</source>
        <translation>  通し番号：  %1</translation>
    </message>
    <message>
        <source>  Signature:    verified (SM2 with SM3, the bureau&apos;s receipt certificate, issued by the pinned SM2 CA)</source>
        <translation>  署名：      検証済み（SM2・SM3、税務当局の受領証証明書、固定した SM2 認証局の発行）</translation>
    </message>
    <message numerus="yes">
        <source>Income declared by payers for %1: %n record(s)</source>
        <translation>
            <numerusform>源泉徴収義務者が申告した %1 年の所得：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  %3 (%4)  income %5  withheld %6%7</source>
        <translation>  %1  %2  %3（%4）  所得 %5  源泉徴収 %6%7</translation>
    </message>
    <message>
        <source>  [disputed]</source>
        <translation>  [異議あり]</translation>
    </message>
    <message>
        <source>      record %1</source>
        <translation>      記録 %1</translation>
    </message>
    <message>
        <source>Refund of %1: %2</source>
        <translation>還付 %1：%2</translation>
    </message>
    <message>
        <source>Payment of %1: %2</source>
        <translation>納付 %1：%2</translation>
    </message>
    <message>
        <source>  Due by %1</source>
        <translation>  納付期限 %1</translation>
    </message>
    <message>
        <source>  Reason: %1</source>
        <translation>  理由：%1</translation>
    </message>
    <message>
        <source>not received by the bureau</source>
        <translation>税務当局は受け取っていません</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>訂正申告で置き換え済み</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>取消し済み</translation>
    </message>
    <message>
        <source>withholding declaration</source>
        <translation>源泉徴収申告</translation>
    </message>
</context>
<context>
    <name>ReturnDraftStore</name>
    <message>
        <source>The saved deductions of %1 are damaged; enter them again.</source>
        <translation>保存されている %1 年の控除が破損しています。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The deductions to save are not a return for %1.</source>
        <translation>保存しようとしている控除は %1 年の申告書のものではありません。</translation>
    </message>
</context>
<context>
    <name>ReturnExplanation</name>
    <message>
        <source>the rate of the annual table&apos;s bracket that holds the taxable income</source>
        <translation>課税所得額が該当する年間税率表の区分の税率</translation>
    </message>
    <message>
        <source>the quick deduction of that bracket, so that taxable income × rate − quick deduction taxes each part of the income at its own bracket&apos;s rate</source>
        <translation>その区分の速算控除額。これにより、課税所得額 × 税率 − 速算控除額 で所得の各部分にそれぞれの区分の税率がかかる</translation>
    </message>
    <message>
        <source>the tax withheld or prepaid during the year, as declared</source>
        <translation>年の途中で源泉徴収・納付された税額（申告どおり）</translation>
    </message>
    <message>
        <source>the annual bonus was added to the comprehensive income, so it has no tax of its own</source>
        <translation>全年一時賞与は総合所得に合算されたため、賞与単独の税額はない</translation>
    </message>
    <message>
        <source>no annual one-off bonus was declared</source>
        <translation>全年一時賞与は申告されていない</translation>
    </message>
    <message>
        <source>the method chosen in the return</source>
        <translation>申告書で選んだ方法</translation>
    </message>
    <message>
        <source>the exemption applies only when there is something to pay</source>
        <translation>免除は追加納付がある場合にだけ適用される</translation>
    </message>
    <message>
        <source>this return was stored without its trace, so the steps behind this number are not known</source>
        <translation>この申告書は計算過程なしで保存されたため、この数値の計算過程は不明</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Quick deduction</source>
        <translation>速算控除額</translation>
    </message>
    <message>
        <source>Tax prepaid</source>
        <translation>既納付税額</translation>
    </message>
    <message>
        <source>Tax on the annual bonus</source>
        <translation>全年一時賞与の税額</translation>
    </message>
</context>
<context>
    <name>ReturnPreview</name>
    <message>
        <source>Housing rent cannot be claimed in a year with housing loan interest: claim one of the two.</source>
        <translation>住宅ローン利息を申告する年には住宅家賃を申告できません。どちらか一方を申告してください。</translation>
    </message>
    <message>
        <source>A share of %1% is not allowed: choose %2 percent.</source>
        <translation>%1% の割合は指定できません。%2 パーセントを選んでください。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>%1 yuan a month is more than one sibling may claim in %3: enter at most %2 yuan.</source>
        <translation>月 %1 元は、%3 年に兄弟姉妹 1 人が申告できる額を超えています。%2 元以下を入力してください。</translation>
    </message>
    <message>
        <source>Enter your monthly share: the siblings share the amount between them.</source>
        <translation>あなたの月額分担額を入力してください。控除額は兄弟姉妹で分担します。</translation>
    </message>
    <message>
        <source>%1 cannot be claimed for %2: it applies from %3.</source>
        <translation>%1 は %2 年には申告できません。%3 から適用されます。</translation>
    </message>
    <message>
        <source>The saved deductions cannot be read (%1).</source>
        <translation>保存されている控除を読み取れません（%1）。</translation>
    </message>
    <message>
        <source>The return could not be computed: %1</source>
        <translation>申告書を計算できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the employee&apos;s identity card.</source>
        <translation>「%1」は有効な居民身分証番号ではありません。桁数、生年月日、またはチェック文字が誤っています。従業員の身分証からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This employee is already on row %1. Keep one row per employee.</source>
        <translation>この従業員は既に %1 行目にあります。従業員ごとに 1 行だけにしてください。</translation>
    </message>
    <message>
        <source>The employment starts after %1, the tax year being imported. Import this employee with the roster of the year the employment starts.</source>
        <translation>雇用の開始がインポート中の課税年度 %1 より後です。この従業員は、雇用が始まる年度の名簿でインポートしてください。</translation>
    </message>
    <message>
        <source>The leaving date is outside %1, the tax year being imported. Leave it empty while the employee stays beyond the year; an employee who left before it is not on this roster.</source>
        <translation>退職日がインポート中の課税年度 %1 の範囲外です。従業員が年度を越えて在籍する場合は空欄にしてください。年度より前に退職した従業員はこの名簿に含めません。</translation>
    </message>
    <message>
        <source>The leaving date is before the employment start date. Check both dates.</source>
        <translation>退職日が雇用開始日より前になっています。両方の日付を確認してください。</translation>
    </message>
</context>
<context>
    <name>SandboxBureau</name>
    <message>
        <source>huisuan-bureau was not found beside huisuan-cli or on the PATH.</source>
        <translation>huisuan-bureau が huisuan-cli と同じ場所にも PATH 上にも見つかりません。</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the sandbox bureau.</source>
        <translation>サンドボックス税務当局用の一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The sandbox bureau did not start.</source>
        <translation>サンドボックス税務当局を起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>ScryptKdf</name>
    <message>
        <source>The key file names a key-derivation cost outside the allowed range.</source>
        <translation>鍵ファイルに記録された鍵導出コストが許容範囲外です。</translation>
    </message>
    <message>
        <source>scrypt is not available in OpenSSL.</source>
        <translation>OpenSSL で scrypt を利用できません。</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase.</source>
        <translation>パスフレーズから鍵を導出できませんでした。</translation>
    </message>
</context>
<context>
    <name>SettlementStore</name>
    <message>
        <source>filing</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>settlement amount</source>
        <translation>精算額</translation>
    </message>
    <message>
        <source>The settlement of filing %1 is neither a refund nor a payment (%2); nothing was saved.</source>
        <translation>申告 %1 の精算は還付でも納付でもありません（%2）。何も保存されていません。</translation>
    </message>
</context>
<context>
    <name>SheetRow</name>
    <message>
        <source>The %1 is missing. Fill in this cell.</source>
        <translation>%1 がありません。このセルに入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it like 2025-04-01.</source>
        <translation>「%1」は日付ではありません。2025-04-01 のように書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month. Write it like 2025-04.</source>
        <translation>「%1」は月ではありません。2025-04 のように書いてください。</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>The document to sign cannot be written as canonical JSON.</source>
        <translation>署名する文書を正規化 JSON として書き出せません。</translation>
    </message>
    <message>
        <source>A signed document needs a certificate.</source>
        <translation>署名済み文書には証明書が必要です。</translation>
    </message>
    <message>
        <source>The signed document could not be written.</source>
        <translation>署名済み文書を書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>SignedRequest</name>
    <message>
        <source>A signed request needs the time it was made, in UTC to the second.</source>
        <translation>署名済み要求には作成時刻（UTC、秒単位）が必要です。</translation>
    </message>
    <message>
        <source>The request is not a well-formed signed request.</source>
        <translation>この要求は正しい形式の署名済み要求ではありません。</translation>
    </message>
</context>
<context>
    <name>Sm2CertificateAuthority</name>
    <message>
        <source>A certificate authority needs a key pair, a name and a validity period.</source>
        <translation>認証局には鍵ペア、名前、有効期間が必要です。</translation>
    </message>
    <message>
        <source>The certificate authority could not be created.</source>
        <translation>認証局を作成できませんでした。</translation>
    </message>
    <message>
        <source>A certificate needs a certificate authority and a validity period.</source>
        <translation>証明書には認証局と有効期間が必要です。</translation>
    </message>
    <message>
        <source>The enrolment request is not a signed SM2 certificate request.</source>
        <translation>登録要求は署名済みの SM2 証明書要求ではありません。</translation>
    </message>
    <message>
        <source>The certificate could not be issued.</source>
        <translation>証明書を発行できませんでした。</translation>
    </message>
    <message>
        <source>The certificate or the certificate authority is not a valid certificate.</source>
        <translation>証明書または認証局が有効な証明書ではありません。</translation>
    </message>
    <message>
        <source>The certificate is a certificate authority&apos;s, not a taxpayer&apos;s.</source>
        <translation>この証明書は納税者のものではなく認証局のものです。</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>The certificate was not issued by the tax bureau or is not valid at %1.</source>
        <translation>この証明書は税務当局が発行したものではないか、%1 の時点で有効ではありません。</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is not an SM2 key.</source>
        <translation>証明書の鍵は SM2 鍵ではありません。</translation>
    </message>
    <message>
        <source>The stored certificate is not a certificate authority&apos;s certificate.</source>
        <translation>保存されている証明書は認証局の証明書ではありません。</translation>
    </message>
    <message>
        <source>The stored private key does not belong to the certificate authority&apos;s certificate.</source>
        <translation>保存されている秘密鍵は認証局の証明書と対応していません。</translation>
    </message>
    <message>
        <source>The certificate is not a valid certificate.</source>
        <translation>この証明書は有効な証明書ではありません。</translation>
    </message>
</context>
<context>
    <name>Sm2CertificateRequest</name>
    <message>
        <source>A certificate request needs a key pair, a name and an identity number.</source>
        <translation>証明書要求には鍵ペア、氏名、身分証番号が必要です。</translation>
    </message>
    <message>
        <source>The certificate request could not be created.</source>
        <translation>証明書要求を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>Sm2KeyPair</name>
    <message>
        <source>An SM2 key could not be generated.</source>
        <translation>SM2 鍵を生成できませんでした。</translation>
    </message>
    <message>
        <source>The stored private key is not an SM2 key.</source>
        <translation>保存されている秘密鍵は SM2 鍵ではありません。</translation>
    </message>
    <message>
        <source>The public key is not an SM2 key.</source>
        <translation>この公開鍵は SM2 鍵ではありません。</translation>
    </message>
    <message>
        <source>There is no private key to export.</source>
        <translation>エクスポートする秘密鍵がありません。</translation>
    </message>
    <message>
        <source>The private key could not be exported.</source>
        <translation>秘密鍵をエクスポートできませんでした。</translation>
    </message>
</context>
<context>
    <name>Sm2Signature</name>
    <message>
        <source>There is no private key to sign with.</source>
        <translation>署名に使う秘密鍵がありません。</translation>
    </message>
    <message>
        <source>The filing could not be signed.</source>
        <translation>申告に署名できませんでした。</translation>
    </message>
    <message>
        <source>There is no public key to verify with.</source>
        <translation>検証に使う公開鍵がありません。</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>署名を検証できませんでした。</translation>
    </message>
    <message>
        <source>The signature does not match the signed content or the signer.</source>
        <translation>署名が署名対象の内容または署名者と一致しません。</translation>
    </message>
</context>
<context>
    <name>SqlCipherConnection</name>
    <message>
        <source>The vault database cannot be opened.</source>
        <translation>保管庫のデータベースを開けません。</translation>
    </message>
    <message>
        <source>The vault database could not be keyed.</source>
        <translation>保管庫のデータベースに鍵を設定できませんでした。</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this key file. Restore the vault from a backup.</source>
        <translation>保管庫のデータベースが壊れているか、この鍵ファイルのものではありません。バックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>This SQLCipher library does not give the vault&apos;s required settings.</source>
        <translation>この SQLCipher ライブラリでは、保管庫に必要な設定を得られません。</translation>
    </message>
    <message>
        <source>The vault database refused write-ahead logging with full sync.</source>
        <translation>保管庫のデータベースで WAL（ログ先行書き込み）と完全同期を有効にできませんでした。</translation>
    </message>
    <message>
        <source>The vault database refused a change.</source>
        <translation>保管庫のデータベースが操作を拒否しました。</translation>
    </message>
    <message>
        <source>The vault could not prepare a query.</source>
        <translation>保管庫でクエリを準備できませんでした。</translation>
    </message>
    <message>
        <source>The vault could not run a query.</source>
        <translation>保管庫でクエリを実行できませんでした。</translation>
    </message>
    <message>
        <source>The vault was written by a newer Huisuan.</source>
        <translation>この保管庫は新しいバージョンの Huisuan で書き込まれています。</translation>
    </message>
</context>
<context>
    <name>TablePdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>TabularReader</name>
    <message>
        <source>This file is %1, more than the %2 that can be imported at once. Split it (by month or by department) and import the parts one after another.</source>
        <translation>このファイルは %1 で、一度にインポートできる %2 を超えています。ファイルを（月ごとまたは部署ごとに）分割し、順にインポートしてください。</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Check that it exists and that you may read it.</source>
        <translation>ファイルを開けませんでした（%1）。ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), which cannot be imported. Open it in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and import that file.</source>
        <translation>これは Excel 97-2003 ブック（.xls）のため、インポートできません。Excel で開いて「Excel ブック (*.xlsx)」として保存し、そのファイルをインポートしてください。</translation>
    </message>
</context>
<context>
    <name>TabularRowSink</name>
    <message>
        <source>This row has %1 cells but the header has %2: a value may be missing or split by a stray comma, so the columns after it may have shifted. Correct the row and import again.</source>
        <translation>この行のセルは %1 個ですが、見出しは %2 個です。値が欠けているか、余分なカンマで分割されている可能性があり、その後の列がずれているかもしれません。行を修正して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This cell is right of the last column of the header, so the columns of this row may have shifted. Move the value under its heading and import again.</source>
        <translation>このセルは見出しの最後の列より右にあるため、この行の列がずれている可能性があります。値を正しい見出しの下に移動して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>There are more than %1 problems in this file; only the first %1 are listed. Check that it is the right file, correct these and import again.</source>
        <translation>このファイルには %1 件を超える問題があります。最初の %1 件だけを表示しています。正しいファイルであることを確認し、これらを修正して、もう一度インポートしてください。</translation>
    </message>
</context>
<context>
    <name>TlsCertificateFactory</name>
    <message>
        <source>The bureau could not make its TLS certificates.</source>
        <translation>税務当局は TLS 証明書を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Tax on the annual bonus, taxed separately</source>
        <translation>全年一時賞与（全年一次性奖金）の分離課税の税額</translation>
    </message>
    <message>
        <source>bonus × rate − quick deduction, the bracket found by comparing the bonus with 12 × each edge of the monthly-converted table</source>
        <translation>賞与 × 税率 − 速算控除額（速算扣除数）。税率区分は、賞与を月換算後の総合所得税率表の各区分上限の 12 倍と比べて決める</translation>
    </message>
    <message>
        <source>Children&apos;s education</source>
        <translation>子女の教育（子女教育）</translation>
    </message>
    <message>
        <source>monthly standard × months × share</source>
        <translation>月額基準 × 月数 × 負担割合</translation>
    </message>
    <message>
        <source>Care of an infant under three</source>
        <translation>3 歳未満の乳幼児の養育（3岁以下婴幼儿照护）</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>継続教育（继续教育）</translation>
    </message>
    <message>
        <source>degree education: monthly standard × months; plus the fixed amount in the year a qualifying certificate is obtained</source>
        <translation>学歴（学位）継続教育：月額基準 × 月数。対象となる職業資格証書を取得した年は定額を加算</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>重大疾病の医療費（大病医疗）</translation>
    </message>
    <message>
        <source>self-paid in-catalogue costs above the threshold, up to the cap, for this patient</source>
        <translation>この患者の医療保険目録内の自己負担額のうち、下限額を超える部分（控除上限まで）</translation>
    </message>
    <message>
        <source>Housing loan interest</source>
        <translation>住宅ローン利息（住房贷款利息）</translation>
    </message>
    <message>
        <source>Housing rent</source>
        <translation>住宅家賃（住房租金）</translation>
    </message>
    <message>
        <source>the city&apos;s monthly standard × months</source>
        <translation>都市ごとの月額基準 × 月数</translation>
    </message>
    <message>
        <source>Support of elderly parents</source>
        <translation>老親の扶養（赡养老人）</translation>
    </message>
    <message>
        <source>an only child&apos;s monthly standard × months</source>
        <translation>一人っ子の月額基準 × 月数</translation>
    </message>
    <message>
        <source>the agreed monthly share (within the per-sibling cap) × months</source>
        <translation>兄弟姉妹で取り決めた月額分担額（1 人あたりの上限以内）× 月数</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>専項付加控除（专项附加扣除）の合計</translation>
    </message>
    <message>
        <source>sum of the items above</source>
        <translation>上記各項目の合計</translation>
    </message>
    <message>
        <source>amount paid, up to the cap</source>
        <translation>支払額（控除上限まで）</translation>
    </message>
    <message>
        <source>Enterprise or occupational annuity</source>
        <translation>企業年金・職業年金（企业年金/职业年金）</translation>
    </message>
    <message>
        <source>the deductible amount as the payer determined it</source>
        <translation>拠出を行う単位（雇用主）が確定した控除可能額</translation>
    </message>
    <message>
        <source>Commercial health insurance</source>
        <translation>商業健康保険（商业健康保险）</translation>
    </message>
    <message>
        <source>Tax-deferred commercial pension</source>
        <translation>税繰延型商業養老保険（税收递延型商业养老保险）</translation>
    </message>
    <message>
        <source>Individual pension</source>
        <translation>個人年金（个人养老金）</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>法定のその他の控除（依法确定的其他扣除）の合計</translation>
    </message>
    <message>
        <source>Comprehensive income (收入额)</source>
        <translation>総合所得の収入額（综合所得收入额）</translation>
    </message>
    <message>
        <source>wages + labor + author + royalties − expenses row − author exempt row (+ the bonus when combined)</source>
        <translation>給与 + 役務報酬（劳务报酬）+ 原稿料（稿酬）+ 特許権等使用料（特许权使用费）− 費用合計 − 原稿料所得の免税部分（賞与を合算課税する場合は賞与を加算）</translation>
    </message>
    <message>
        <source>Taxable income before donations</source>
        <translation>寄附金控除前の課税所得額</translation>
    </message>
    <message>
        <source>comprehensive income − tax-free income − basic deduction − special deductions − special additional deductions − other deductions, not below zero (deductions beyond income are lost, 实施条例 第十三条)</source>
        <translation>総合所得の収入額 − 非課税所得 − 基礎控除 − 専項控除 − 専項付加控除 − その他の控除。ゼロを下限とする（控除しきれない額は翌年以降に繰り越さない：实施条例 第十三条）</translation>
    </message>
    <message>
        <source>Limit for donations deductible up to 30%</source>
        <translation>30% 限度の寄附金の控除限度額</translation>
    </message>
    <message>
        <source>taxable income before donations × limit rate</source>
        <translation>寄附金控除前の課税所得額 × 限度割合</translation>
    </message>
    <message>
        <source>Donations deducted</source>
        <translation>控除できる寄附金額（准予扣除的捐赠额）</translation>
    </message>
    <message>
        <source>donations with the 30% limit, up to the limit, plus donations deductible in full, never beyond the taxable income before donations</source>
        <translation>30% 限度の寄附金（限度額まで）+ 全額控除の寄附金。合計は寄附金控除前の課税所得額を超えない</translation>
    </message>
    <message>
        <source>Taxable income</source>
        <translation>課税所得額（应纳税所得额）</translation>
    </message>
    <message>
        <source>taxable income before donations − donations deducted</source>
        <translation>寄附金控除前の課税所得額 − 控除できる寄附金額</translation>
    </message>
    <message>
        <source>Tax on comprehensive income</source>
        <translation>総合所得の税額</translation>
    </message>
    <message>
        <source>taxable income × rate − quick deduction (annual table)</source>
        <translation>課税所得額 × 税率 − 速算控除額（総合所得の年間税率表）</translation>
    </message>
    <message>
        <source>Tax relief applied</source>
        <translation>適用した減免税額（减免税额）</translation>
    </message>
    <message>
        <source>the relief claimed, never more than the tax</source>
        <translation>申告した減免税額。税額を超えない</translation>
    </message>
    <message>
        <source>Tax payable for the year</source>
        <translation>年間の納付すべき税額（減免後）</translation>
    </message>
    <message>
        <source>tax on comprehensive income + bonus tax − tax relief</source>
        <translation>総合所得の税額 + 賞与の税額 − 減免税額</translation>
    </message>
    <message>
        <source>Expenses row</source>
        <translation>費用合計（费用合计）</translation>
    </message>
    <message>
        <source>(labor + author + royalties) × expense rate</source>
        <translation>（役務報酬 + 原稿料 + 特許権等使用料）× 費用率</translation>
    </message>
    <message>
        <source>Author income exempt row</source>
        <translation>原稿料所得の免税部分（稿酬所得免税部分）</translation>
    </message>
    <message>
        <source>author × (1 − expense rate) × (1 − author income share)</source>
        <translation>原稿料 × (1 − 費用率) × (1 − 原稿料の収入額算入割合)</translation>
    </message>
    <message>
        <source>Basic deduction</source>
        <translation>基礎控除（减除费用）</translation>
    </message>
    <message>
        <source>the year&apos;s fixed amount, whatever the months worked</source>
        <translation>年間の定額。勤務月数にかかわらない</translation>
    </message>
    <message>
        <source>Special deductions (三险一金)</source>
        <translation>専項控除（专项扣除：社会保険料・住宅積立金）</translation>
    </message>
    <message>
        <source>contributions as declared</source>
        <translation>申告された拠出額</translation>
    </message>
    <message>
        <source>Bonus method chosen</source>
        <translation>選ばれた賞与の課税方法</translation>
    </message>
    <message>
        <source>the method with the lower tax payable; separate on a tie</source>
        <translation>納付すべき税額が低い方法。同額なら分離課税</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>追加納付・還付税額（应补/退税额）</translation>
    </message>
    <message>
        <source>tax payable − tax prepaid: positive to pay, negative to refund</source>
        <translation>納付すべき税額 − 既納付税額（已缴税额）：正なら追加納付、負なら還付</translation>
    </message>
    <message>
        <source>Exempt from paying</source>
        <translation>追加納付の免除</translation>
    </message>
    <message>
        <source>something to pay, and gross comprehensive income at most the income ceiling or the balance at most the balance ceiling</source>
        <translation>追加納付があり、かつ総合所得の収入総額が収入上限以下、または追加納付額が納付額上限以下</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>追加納付税額</translation>
    </message>
    <message>
        <source>the balance when positive and not exempt, else nothing</source>
        <translation>追加納付・還付税額が正で免除されない場合はその額、それ以外はゼロ</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>還付税額</translation>
    </message>
    <message>
        <source>the balance when negative, as a positive amount</source>
        <translation>追加納付・還付税額が負の場合、その絶対値</translation>
    </message>
    <message>
        <source>Expenses deducted</source>
        <translation>控除する費用（减除费用）</translation>
    </message>
    <message>
        <source>the fixed amount for a payment up to the ceiling (never more than the payment)</source>
        <translation>1 回の収入が基準額以下なら定額（支払額を超えない）</translation>
    </message>
    <message>
        <source>payment × expense rate</source>
        <translation>支払額 × 費用率</translation>
    </message>
    <message>
        <source>Taxable amount for prepayment</source>
        <translation>源泉徴収の課税所得額（预扣预缴应纳税所得额）</translation>
    </message>
    <message>
        <source>(payment − expenses) × author income share</source>
        <translation>（支払額 − 控除する費用）× 原稿料の収入額算入割合</translation>
    </message>
    <message>
        <source>payment − expenses</source>
        <translation>支払額 − 控除する費用</translation>
    </message>
    <message>
        <source>Prepayment withheld</source>
        <translation>源泉徴収税額（应预扣预缴税额）</translation>
    </message>
    <message>
        <source>taxable amount × rate − quick deduction (withholding rate table 2)</source>
        <translation>課税所得額 × 源泉徴収率 − 速算控除額（预扣率表二）</translation>
    </message>
    <message>
        <source>taxable amount × the flat rate</source>
        <translation>課税所得額 × 一律の源泉徴収率</translation>
    </message>
    <message>
        <source>Cumulative basic deduction</source>
        <translation>累計基礎控除（累计减除费用）</translation>
    </message>
    <message>
        <source>the whole year&apos;s amount from January</source>
        <translation>1 月から年間の全額を控除</translation>
    </message>
    <message>
        <source>monthly amount × months counted so far</source>
        <translation>月額 × 当月までに数える月数</translation>
    </message>
    <message>
        <source>Cumulative taxable income</source>
        <translation>累計源泉徴収課税所得額（累计预扣预缴应纳税所得额）</translation>
    </message>
    <message>
        <source>cumulative wages − tax-free income − basic deduction − special deductions − special additional deductions − other deductions, not below zero</source>
        <translation>累計給与 − 累計非課税所得 − 累計基礎控除 − 累計専項控除 − 累計専項付加控除 − 累計その他の控除。ゼロを下限とする</translation>
    </message>
    <message>
        <source>Cumulative tax</source>
        <translation>累計源泉徴収税額</translation>
    </message>
    <message>
        <source>cumulative taxable income × rate − quick deduction (withholding rate table 1)</source>
        <translation>累計課税所得額 × 源泉徴収率 − 速算控除額（预扣率表一）</translation>
    </message>
    <message>
        <source>Withheld this month</source>
        <translation>当月の源泉徴収税額</translation>
    </message>
    <message>
        <source>cumulative tax − cumulative tax relief − already withheld; nothing when negative (no refund mid-year)</source>
        <translation>累計源泉徴収税額 − 累計減免税額 − 既徴収税額。負ならゼロ（年の途中では還付しない）</translation>
    </message>
    <message>
        <source>Total withheld</source>
        <translation>源泉徴収税額の合計</translation>
    </message>
    <message>
        <source>sum of the months&apos; withholding</source>
        <translation>各月の源泉徴収税額の合計</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>控除限度額 %1 を上限とする</translation>
    </message>
    <message>
        <source>limited to the tax of %1</source>
        <translation>税額 %1 を上限とする</translation>
    </message>
</context>
<context>
    <name>TraceExplainer</name>
    <message>
        <source>Cumulative withholding of wages</source>
        <translation>給与所得の累計源泉徴収（累计预扣法）</translation>
    </message>
    <message>
        <source>Prepayment on one payment of labor, author or royalty income</source>
        <translation>役務報酬・原稿料・特許権等使用料の支払 1 回ごとの源泉徴収（预扣预缴）</translation>
    </message>
    <message>
        <source>Annual one-off bonus taxed separately</source>
        <translation>全年一時賞与（全年一次性奖金）の分離課税</translation>
    </message>
    <message>
        <source>Annual reconciliation of comprehensive income</source>
        <translation>総合所得の年度確定申告（综合所得年度汇算）</translation>
    </message>
    <message>
        <source>Identifier check</source>
        <translation>識別番号の検証（居民身份证号码・统一社会信用代码）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>計算方法：%1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>使用した値：%1</translation>
    </message>
    <message>
        <source>Rule: %1 = %2 — %3</source>
        <translation>規則：%1 = %2 ― %3</translation>
    </message>
    <message>
        <source>(unverified: a working hypothesis, see the rules reference)</source>
        <translation>（未検証：作業仮説。規則リファレンスを参照）</translation>
    </message>
    <message>
        <source>Rounded half-up to the fen: %1 → %2</source>
        <translation>分（フェン）未満を四捨五入：%1 → %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記：%1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>ルールパック：%1</translation>
    </message>
    <message>
        <source>Engine version: %1</source>
        <translation>エンジンのバージョン：%1</translation>
    </message>
    <message>
        <source>Month %1: </source>
        <translation>%1月：</translation>
    </message>
    <message>
        <source>In total the employer withholds %1.</source>
        <translation>源泉徴収義務者が年間で源泉徴収する税額は合計 %1 です。</translation>
    </message>
    <message>
        <source>The payer withholds %1 from this payment.</source>
        <translation>今回の支払いから %1 が源泉徴収（预扣预缴）されます。</translation>
    </message>
    <message>
        <source>The tax on the bonus is %1.</source>
        <translation>全年一時賞与の税額は %1 です。</translation>
    </message>
    <message>
        <source>The identifier is valid.</source>
        <translation>番号は有効です。</translation>
    </message>
    <message>
        <source>The identifier is not valid.</source>
        <translation>番号は無効です。</translation>
    </message>
    <message>
        <source>%1 would be due, but you are exempt from paying it this year.</source>
        <translation>追加納付額は %1 ですが、本年度は追加納付が免除されます（免予补税）。</translation>
    </message>
    <message>
        <source>You are owed a refund of %1.</source>
        <translation>還付税額は %1 です。</translation>
    </message>
    <message>
        <source>You must pay %1.</source>
        <translation>追加納付税額は %1 です。</translation>
    </message>
    <message>
        <source>Nothing to pay and nothing to refund.</source>
        <translation>追加納付も還付もありません。</translation>
    </message>
</context>
<context>
    <name>TraceInput</name>
    <message>
        <source>amount</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>控除費用</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>課税所得額</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>全年一時賞与</translation>
    </message>
    <message>
        <source>months_counted</source>
        <translation>計算月数</translation>
    </message>
    <message>
        <source>cumulative_wages</source>
        <translation>累計収入</translation>
    </message>
    <message>
        <source>cumulative_tax_free_income</source>
        <translation>累計非課税収入</translation>
    </message>
    <message>
        <source>cumulative_basic_deduction</source>
        <translation>累計基礎控除</translation>
    </message>
    <message>
        <source>cumulative_special_deductions</source>
        <translation>累計専項控除（专项扣除）</translation>
    </message>
    <message>
        <source>cumulative_special_additional_deductions</source>
        <translation>累計専項付加控除（专项附加扣除）</translation>
    </message>
    <message>
        <source>cumulative_other_deductions</source>
        <translation>累計その他の控除</translation>
    </message>
    <message>
        <source>cumulative_taxable_income</source>
        <translation>累計課税所得額</translation>
    </message>
    <message>
        <source>cumulative_tax</source>
        <translation>累計税額</translation>
    </message>
    <message>
        <source>cumulative_tax_relief</source>
        <translation>累計減免税額</translation>
    </message>
    <message>
        <source>already_withheld</source>
        <translation>既源泉徴収税額</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>share_percent</source>
        <translation>控除割合（%）</translation>
    </message>
    <message>
        <source>degree_months</source>
        <translation>学歴継続教育の月数</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>職業資格証書の取得</translation>
    </message>
    <message>
        <source>out_of_pocket</source>
        <translation>医療保険目録内の自己負担額</translation>
    </message>
    <message>
        <source>monthly_share</source>
        <translation>月額分担額</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>実際の支払額</translation>
    </message>
    <message>
        <source>wages</source>
        <translation>給与所得（工资薪金）</translation>
    </message>
    <message>
        <source>labor</source>
        <translation>役務報酬（劳务报酬）</translation>
    </message>
    <message>
        <source>author</source>
        <translation>原稿料（稿酬）</translation>
    </message>
    <message>
        <source>royalties</source>
        <translation>特許権等使用料（特许权使用费）</translation>
    </message>
    <message>
        <source>expenses_row</source>
        <translation>費用合計</translation>
    </message>
    <message>
        <source>author_exempt_row</source>
        <translation>原稿料所得の非課税部分</translation>
    </message>
    <message>
        <source>bonus_combined</source>
        <translation>総合所得に合算した賞与</translation>
    </message>
    <message>
        <source>comprehensive_income</source>
        <translation>総合所得の収入額</translation>
    </message>
    <message>
        <source>tax_free_income</source>
        <translation>非課税収入</translation>
    </message>
    <message>
        <source>basic_deduction</source>
        <translation>基礎控除（减除费用）</translation>
    </message>
    <message>
        <source>special_deductions</source>
        <translation>専項控除（专项扣除）</translation>
    </message>
    <message>
        <source>special_additional_deductions</source>
        <translation>専項付加控除（专项附加扣除）</translation>
    </message>
    <message>
        <source>other_deductions</source>
        <translation>その他の控除</translation>
    </message>
    <message>
        <source>taxable_income_before_donations</source>
        <translation>寄附金控除前の課税所得額</translation>
    </message>
    <message>
        <source>limited_donations</source>
        <translation>限度額付きの寄附金</translation>
    </message>
    <message>
        <source>full_donations</source>
        <translation>全額控除の寄附金</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>控除限度額</translation>
    </message>
    <message>
        <source>donations_deducted</source>
        <translation>控除できる寄附金額</translation>
    </message>
    <message>
        <source>taxable_income</source>
        <translation>課税所得額</translation>
    </message>
    <message>
        <source>tax_relief_claimed</source>
        <translation>申告した減免税額</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>税額</translation>
    </message>
    <message>
        <source>tax_on_comprehensive_income</source>
        <translation>総合所得の税額</translation>
    </message>
    <message>
        <source>bonus_tax</source>
        <translation>全年一時賞与の税額</translation>
    </message>
    <message>
        <source>tax_relief</source>
        <translation>減免税額</translation>
    </message>
    <message>
        <source>tax_payable_separate</source>
        <translation>分離課税の場合の税額</translation>
    </message>
    <message>
        <source>tax_payable_combined</source>
        <translation>合算課税の場合の税額</translation>
    </message>
    <message>
        <source>tax_payable</source>
        <translation>納付すべき税額</translation>
    </message>
    <message>
        <source>prepaid</source>
        <translation>既納付税額（已缴税额）</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>追加納付・還付税額</translation>
    </message>
    <message>
        <source>gross_comprehensive_income</source>
        <translation>総合所得の収入合計</translation>
    </message>
</context>
<context>
    <name>TraceValue</name>
    <message>
        <source>true</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>false</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>separate</source>
        <translation>分離課税</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>総合所得に合算</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Internal error in the vault; nothing was saved.</source>
        <translation>保管庫の内部エラーです。何も保存されていません。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it with its passphrase.</source>
        <translation>保管庫はロックされています。パスフレーズでロックを解除してください。</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore the vault from a backup.</source>
        <translation>保管庫のデータベースファイルがありません。バックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is truncated. Restore the vault from a backup.</source>
        <translation>保管庫のデータベースファイルが途中で切れています。バックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>The vault is in use by another Huisuan program. Close it there first.</source>
        <translation>保管庫は別の Huisuan プログラムで使用中です。先にそちらで保管庫を閉じてください。</translation>
    </message>
    <message>
        <source>The vault&apos;s lock file cannot be created. Check the folder&apos;s permissions.</source>
        <translation>保管庫のロックファイルを作成できません。フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The backup copy failed its check after writing.</source>
        <translation>バックアップのコピーが書き込み後の検査に合格しませんでした。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Huisuan. Update Huisuan to open it.</source>
        <translation>この保管庫は新しいバージョンの Huisuan で書き込まれています。開くには Huisuan を更新してください。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>パスフレーズを空にすることはできません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 already holds a vault; it was left as it is.</source>
        <translation>%1 にはすでに保管庫があります。保管庫には手を加えていません。</translation>
    </message>
    <message>
        <source>There is no Huisuan vault in %1.</source>
        <translation>%1 に Huisuan の保管庫はありません。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>バックアップ %1 を読み取れません。</translation>
    </message>
    <message>
        <source>%1 already holds a vault; restore into an empty folder.</source>
        <translation>%1 にはすでに保管庫があります。空のフォルダーに復元してください。</translation>
    </message>
    <message>
        <source>The vault was closed.</source>
        <translation>保管庫は閉じられています。</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>新しいパスフレーズを空にすることはできません。</translation>
    </message>
    <message>
        <source>The key file no longer matches the open vault; the passphrase was not changed.</source>
        <translation>鍵ファイルが開いている保管庫と一致しなくなっています。パスフレーズは変更していません。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation>保管庫の鍵ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The backup copy cannot be created.</source>
        <translation>バックアップ用のコピーを作成できません。</translation>
    </message>
    <message>
        <source>The backup copy cannot be read.</source>
        <translation>バックアップ用のコピーを読み取れません。</translation>
    </message>
    <message>
        <source>The backup cannot be read back.</source>
        <translation>書き込んだバックアップを読み戻せません。</translation>
    </message>
    <message>
        <source>There is no annual return %1.</source>
        <translation>番号 %1 の年度確定申告の記録はありません。</translation>
    </message>
</context>
<context>
    <name>VaultBackupFile</name>
    <message>
        <source>This backup is damaged or not a Huisuan vault backup; nothing was restored.</source>
        <translation>このバックアップは壊れているか、Huisuan の保管庫のバックアップではありません。何も復元していません。</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Huisuan. Update Huisuan to restore it.</source>
        <translation>このバックアップは新しいバージョンの Huisuan で書き込まれています。復元するには Huisuan を更新してください。</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保管庫のパスフレーズ：</translation>
    </message>
    <message>
        <source>--kdf-log2n must be between 10 and 22</source>
        <translation>--kdf-log2n は 10 から 22 までの値にしてください</translation>
    </message>
    <message>
        <source>Created a vault in %1 (scrypt N=2^%2, r=%3, p=%4).</source>
        <translation>%1 に保管庫を作成しました（scrypt N=2^%2, r=%3, p=%4）。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新しいパスフレーズ：</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified.</source>
        <translation>%1 にバックアップし、検証しました。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 を %2 に復元しました。</translation>
    </message>
    <message>
        <source>vault: %1</source>
        <translation>保管庫：%1</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>スキーマのバージョン：%1</translation>
    </message>
    <message>
        <source>cipher: SQLCipher %1, %2, page size %3, HMAC %4</source>
        <translation>暗号化：SQLCipher %1、%2、ページサイズ %3、HMAC %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>journal: %1, synchronous %2</source>
        <translation>ジャーナル：%1、同期レベル（synchronous）%2</translation>
    </message>
    <message>
        <source>key derivation: scrypt N=2^%1, r=%2, p=%3</source>
        <translation>鍵導出：scrypt N=2^%1, r=%2, p=%3</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>整合性：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>audit log entries: %1, chain intact</source>
        <translation>監査ログ：%1 件、ハッシュチェーンは完全です</translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation>監査ログ：%1</translation>
    </message>
    <message>
        <source>unknown vault action %1</source>
        <translation>不明な保管庫の操作 %1</translation>
    </message>
    <message>
        <source>audit log: %1 entries, the hash chain is intact from the first to the head.</source>
        <translation>監査ログ：%1 件、ハッシュチェーンは先頭から末尾まで完全です。</translation>
    </message>
    <message>
        <source>audit log: entry %1 is the first broken one (%2). Entries from it on cannot be trusted; restore the vault from a backup made before the change.</source>
        <translation>監査ログ：最初に壊れているエントリは %1 です（%2）。このエントリ以降は信頼できません。変更前に作成したバックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>audit log: %1. Restore the vault from a backup made before the change.</source>
        <translation>監査ログ：%1。変更前に作成したバックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>Usage: huisuan-cli vault init|passwd|verify|audit-log [--vault DIR] [--kdf-log2n L]
       huisuan-cli vault backup FILE|restore FILE [--vault DIR]
DIR defaults to %1.
The passphrase is read from HUISUAN_PASSPHRASE, or asked for without echo on a terminal;
passwd reads the new one from HUISUAN_NEW_PASSPHRASE or asks for it.
--kdf-log2n L sets scrypt&apos;s cost N = 2^L for init (default: about half a second here).</source>
        <translation>使い方：huisuan-cli vault init|passwd|verify|audit-log [--vault DIR] [--kdf-log2n L]
       huisuan-cli vault backup FILE|restore FILE [--vault DIR]
DIR の既定値は %1 です。
保管庫のパスフレーズは HUISUAN_PASSPHRASE から読み取ります。ない場合は、端末でエコーなしで入力を求めます。
passwd は新しいパスフレーズを HUISUAN_NEW_PASSPHRASE から読み取るか、入力を求めます。
--kdf-log2n L は init で使う scrypt のコスト N = 2^L を設定します（既定値：この環境で約 0.5 秒）。</translation>
    </message>
</context>
<context>
    <name>VaultInputCheck</name>
    <message>
        <source>The tax year %1 is not one Huisuan keeps; enter a year from %2 to %3.</source>
        <translation>課税年度 %1 は Huisuan の対象外です。%2～%3 の年度を入力してください。</translation>
    </message>
    <message>
        <source>The month %1 does not exist; enter a month from 1 to 12.</source>
        <translation>%1 月は存在しません。1～12 の月を入力してください。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an amount in yuan; write it with two decimals, such as 1234.50.</source>
        <translation>%1「%2」は元単位の金額ではありません。1234.50 のように小数 2 桁で入力してください。</translation>
    </message>
    <message>
        <source>The %1 is empty; fill it in.</source>
        <translation>%1 が空です。入力してください。</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object; nothing was saved.</source>
        <translation>%1 は JSON オブジェクトではありません。何も保存されていません。</translation>
    </message>
    <message>
        <source>The submission id &quot;%1&quot; is not valid; use 1 to %2 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>送信 ID「%1」は無効です。1～%2 文字の英字、数字、「-」「_」「.」を使ってください。</translation>
    </message>
    <message>
        <source>The unified social credit code &quot;%1&quot; is not valid; check its 18 characters against the business licence.</source>
        <translation>統一社会信用コード「%1」は無効です。営業許可証と 18 文字を照合してください。</translation>
    </message>
    <message>
        <source>identity number</source>
        <translation>身分証番号</translation>
    </message>
    <message>
        <source>The resident identity number does not pass its check digit; compare it with the identity card.</source>
        <translation>居民身分証番号のチェックディジットが一致しません。身分証と照合してください。</translation>
    </message>
    <message>
        <source>There is no %1 %2 in the vault.</source>
        <translation>保管庫に %1 %2 はありません。</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>No random numbers for the key file.</source>
        <translation>鍵ファイル用の乱数を生成できませんでした。</translation>
    </message>
    <message>
        <source>The data key could not be wrapped.</source>
        <translation>データ鍵を暗号化（ラップ）できませんでした。</translation>
    </message>
    <message>
        <source>This is not a Huisuan vault: its key file is not a Huisuan key file.</source>
        <translation>これは Huisuan の保管庫ではありません：鍵ファイルが Huisuan の鍵ファイルではありません。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is truncated. Restore the vault from a backup.</source>
        <translation>保管庫の鍵ファイルが途中で切れています。バックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Huisuan. Update Huisuan to open it.</source>
        <translation>この保管庫は新しいバージョンの Huisuan で書き込まれています。開くには Huisuan を更新してください。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged. Restore the vault from a backup.</source>
        <translation>保管庫の鍵ファイルが壊れています。バックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation>保管庫の鍵ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The data key could not be unwrapped.</source>
        <translation>データ鍵を復号（アンラップ）できませんでした。</translation>
    </message>
    <message>
        <source>Wrong passphrase: the vault was not opened and nothing in it was changed.</source>
        <translation>パスフレーズが違います：保管庫は開かれておらず、中身は一切変更されていません。</translation>
    </message>
    <message>
        <source>The key file could not be written; the previous one is unchanged.</source>
        <translation>鍵ファイルを書き込めませんでした。以前の鍵ファイルは変更されていません。</translation>
    </message>
</context>
<context>
    <name>VaultSchema</name>
    <message>
        <source>The vault&apos;s schema version cannot be read.</source>
        <translation>保管庫のスキーマのバージョンを読み取れません。</translation>
    </message>
    <message>
        <source>The vault could not be upgraded from version %1 to %2; it is unchanged.</source>
        <translation>保管庫をバージョン %1 から %2 にアップグレードできませんでした。保管庫は変更されていません。</translation>
    </message>
</context>
<context>
    <name>WithholdingDeclarationStore</name>
    <message>
        <source>There is no declaration %1 in this vault.</source>
        <translation>この保管庫に申告 %1 はありません。</translation>
    </message>
    <message>
        <source>The declaration %1 is answered already; it is not sent again.</source>
        <translation>申告 %1 には既に応答があるため、再送信しません。</translation>
    </message>
    <message>
        <source>A declaration needs a month and the bytes to send.</source>
        <translation>申告には、月と送信するデータが必要です。</translation>
    </message>
    <message>
        <source>The next attempt time &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>次回の試行時刻「%1」は ISO 8601 の日時ではありません。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>A cell of this row has the reference &quot;%1&quot;, which is not in this row; the workbook may be damaged. Open it in Excel, save it again and import that file.</source>
        <translation>この行のセルに、この行にない参照「%1」があります。ブックが破損している可能性があります。Excel で開いて保存し直し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Cell %1%2 holds a formula. Its saved result may be out of date, so it is not used. Replace the formula by its value (copy, then Paste Special → Values) and import again.</source>
        <translation>セル %1%2 には数式が入っています。保存されている計算結果が古い可能性があるため、使用しません。数式をその値に置き換えて（コピーしてから［形式を選択して貼り付け］→［値］）、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Cell %1%2 refers to text the workbook does not hold; the workbook may be damaged. Open it in Excel, save it again and import that file.</source>
        <translation>セル %1%2 は、ブックにないテキストを参照しています。ブックが破損している可能性があります。Excel で開いて保存し直し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Cell %1%2 shows the error %3 instead of a value. Correct it in Excel and import again.</source>
        <translation>セル %1%2 には値ではなくエラー %3 が表示されています。Excel で修正して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>The cells %1 are merged. A merged range keeps its value in its first cell only, so the others would read as empty. Unmerge them, fill in every cell and import again.</source>
        <translation>セル %1 は結合されています。結合範囲の値は最初のセルにしか保持されないため、ほかのセルは空欄として読み取られます。結合を解除し、すべてのセルに入力して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx): it is not the zip archive a workbook is. Open it in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and import that file.</source>
        <translation>このファイルは Excel ブック（.xlsx）ではありません。ブックの形式である zip アーカイブになっていません。Excel で開いて「Excel ブック (*.xlsx)」として保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>The part %1 of this workbook unpacks to more than can be read safely, as a damaged or hostile file does, so it was not read. Save the sheet again from Excel, or as CSV, and import that file.</source>
        <translation>このブックのパーツ %1 は、展開すると安全に読み取れるサイズを超えます（破損したファイルや悪意のあるファイルに見られる状態です）。そのため読み取りませんでした。Excel からシートを保存し直すか CSV として保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>The part %1 of this workbook is missing or damaged. Open the workbook in Excel, save it again and import that file.</source>
        <translation>このブックのパーツ %1 がないか、破損しています。Excel でブックを開いて保存し直し、そのファイルをインポートしてください。</translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>The workbook could not be written to %1 (%2). Check that the folder exists and can be written.</source>
        <translation>ブックを %1 に書き込めませんでした（%2）。フォルダーが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1. Check that the folder exists and can be written.</source>
        <translation>ブックを %1 に書き込めませんでした。フォルダーが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1 (%2). Check that the folder can be written and has space.</source>
        <translation>ブックを %1 に書き込めませんでした（%2）。フォルダーに書き込み権限と空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>The workbook could not be saved as %1. Check that the folder can be written.</source>
        <translation>ブックを %1 として保存できませんでした。フォルダーに書き込めるか確認してください。</translation>
    </message>
</context>
<context>
    <name>YearComputation</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>an annual bonus is taxed separately in month %1 and again in month %2; the separate method may be used once a year. Import one of them as 并入综合所得 (combined).</source>
        <translation>全年一時賞与（全年一次性奖金）が月 %1 と月 %2 の両方で分離課税されています。分離課税は年に 1 回しか使えません。どちらか一方を 并入综合所得（総合所得に合算）としてインポートしてください。</translation>
    </message>
</context>
<context>
    <name>huisuan::AboutDialog</name>
    <message>
        <source>About Huisuan</source>
        <translation>Huisuan について</translation>
    </message>
    <message>
        <source>Huisuan: individual income tax</source>
        <translation>Huisuan：個人所得税</translation>
    </message>
    <message>
        <source>Version %1 (tax engine %2)</source>
        <translation>バージョン %1（税計算エンジン %2）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>ビルド：%1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>&amp;Rule packs: every return records the id of the pack it was computed with.</source>
        <translation>ルールパック(&amp;R)：各申告書には、計算に使ったルールパックの ID が記録されます。</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>課税年度</translation>
    </message>
    <message>
        <source>Rule pack id</source>
        <translation>ルールパック ID</translation>
    </message>
    <message>
        <source>Rule packs and their ids</source>
        <translation>ルールパックとその ID</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>huisuan::AuditPage</name>
    <message>
        <source>Open a filing to audit</source>
        <translation>監査する申告を開く</translation>
    </message>
    <message>
        <source>Audit files and signed filings (*.json);;All files (*)</source>
        <translation>監査ファイルと署名済み申告 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Audit a filing</source>
        <translation>申告の監査</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>検査項目(&amp;C)：</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>検証の検査項目</translation>
    </message>
    <message>
        <source>Audit verdict</source>
        <translation>監査結果</translation>
    </message>
    <message>
        <source>The filing</source>
        <translation>対象の申告</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <translation>差異のみ(&amp;D)</translation>
    </message>
    <message>
        <source>Show only the lines that differ</source>
        <translation>差異のある行だけを表示</translation>
    </message>
    <message>
        <source>The computation, line by line: filed and replayed</source>
        <translation>計算の各行：申告値と再計算値</translation>
    </message>
    <message>
        <source>The selected line: formula and citations</source>
        <translation>選択した行：計算式と根拠</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>&amp;Open a filing…</source>
        <translation>申告を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export audit report (PDF)…</source>
        <translation>監査レポートを PDF でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the audit report as a PDF</source>
        <translation>監査レポートを PDF としてエクスポート</translation>
    </message>
    <message>
        <source>Verifying and replaying %1…</source>
        <translation>%1 を検証し、再計算しています…</translation>
    </message>
    <message>
        <source>Open an audit file or a signed filing: Huisuan checks its signature and receipt, computes it again under the rules it names and shows any line that differs.</source>
        <translation>監査ファイルまたは署名済み申告を開いてください。Huisuan が署名と受領証を検査し、申告に記録された規則でもう一度計算して、差異のある行を表示します。</translation>
    </message>
    <message>
        <source>Passed: %1. %2</source>
        <translation>合格：%1。%2</translation>
    </message>
    <message>
        <source>FAILED: %1. %2</source>
        <translation>不合格：%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>%n 件の検査すべてに合格しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: do not rely on this filing until the failures are explained.</source>
        <translation>
            <numerusform>%n 件の検査が不合格です。原因がわかるまで、この申告を信頼しないでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the replay differ from what was filed.</source>
        <translation>
            <numerusform>再計算の %n 行が申告内容と異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル：%1</translation>
    </message>
    <message>
        <source>Submission id: %1</source>
        <translation>送信 ID：%1</translation>
    </message>
    <message>
        <source>Taxpayer: %1 (%2)</source>
        <translation>納税者：%1（%2）</translation>
    </message>
    <message>
        <source>Tax year: %1</source>
        <translation>課税年度：%1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>ルールパック：%1</translation>
    </message>
    <message>
        <source>Engine version: %1</source>
        <translation>エンジンのバージョン：%1</translation>
    </message>
    <message>
        <source>Differs: the replay does not give what was filed.</source>
        <translation>差異あり：再計算の結果が申告内容と一致しません。</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>申告値：%1</translation>
    </message>
    <message>
        <source>(not in the filing)</source>
        <translation>（申告にない項目）</translation>
    </message>
    <message>
        <source>Replayed: %1</source>
        <translation>再計算値：%1</translation>
    </message>
    <message>
        <source>(not in the recomputation)</source>
        <translation>（再計算にない項目）</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>計算式：</translation>
    </message>
    <message>
        <source>Citations:</source>
        <translation>根拠：</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>計算元：</translation>
    </message>
    <message>
        <source>%1 = %2, set by %3</source>
        <translation>%1 = %2（根拠：%3）</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>規則：</translation>
    </message>
    <message>
        <source>No rule-pack changelog entry for this tax year explains the difference: the filed value did not come from these rules.</source>
        <translation>この課税年度のルールパック変更履歴には、この差異を説明する記録がありません。申告値はこれらの規則で計算されたものではありません。</translation>
    </message>
    <message>
        <source>What explains it:</source>
        <translation>差異の理由：</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the audit report…</source>
        <translation>監査レポートを書き出しています…</translation>
    </message>
    <message>
        <source>The audit report was saved as %1.</source>
        <translation>監査レポートを %1 として保存しました。</translation>
    </message>
</context>
<context>
    <name>huisuan::AuditTraceModel</name>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>申告値</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>再計算値</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>一致？</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>差異あり</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>The replay gives a different value from the one filed.</source>
        <translation>再計算の値が申告値と異なります。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>計算元：%1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>規則 %1</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchEmployeeListModel</name>
    <message>
        <source>Could not be computed</source>
        <translation>計算できませんでした</translation>
    </message>
    <message>
        <source>No payroll yet</source>
        <translation>給与データなし</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>計算済み</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>未計算</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>身分証番号</translation>
    </message>
    <message>
        <source>Employed since</source>
        <translation>入社日</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>支給月数</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>給与（給与所得）</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>源泉徴収税額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchMonthListModel</name>
    <message>
        <source>Imported, not computed</source>
        <translation>インポート済み・未計算</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>計算済み</translation>
    </message>
    <message>
        <source>Partly computed: compute again</source>
        <translation>一部のみ計算済み：もう一度計算してください</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Employees paid</source>
        <translation>支給対象の従業員数</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>給与（給与所得）</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>源泉徴収税額</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchSession</name>
    <message>
        <source>The vault is locked. Unlock it to work on your client companies.</source>
        <translation>保管庫がロックされています。顧問先の会社の作業をするには、ロックを解除してください。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), listed below. Nothing was imported: correct the file and import it again.</source>
        <translation>
            <numerusform>ファイルに %n 件の問題があります（下記参照）。何もインポートされていません。ファイルを修正して、もう一度インポートしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped. Nothing was imported.</source>
        <translation>インポートを中止しました。何もインポートされていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) imported onto the roster.</source>
        <translation>
            <numerusform>従業員 %n 人を名簿にインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payroll month(s) imported. Compute the year to see the withholding.</source>
        <translation>
            <numerusform>給与 %n か月分をインポートしました。源泉徴収を確認するには、年を計算してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computation stopped. The %n employee(s) computed before have every month&apos;s result; compute the year again for the others.</source>
        <translation>
            <numerusform>計算を中止しました。先に計算された従業員 %n 人には全月の結果があります。残りの従業員については、もう一度年を計算してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withholding computed for %n employee(s).</source>
        <translation>
            <numerusform>従業員 %n 人の源泉徴収を計算しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) could not be computed: they are marked in the table, with the reason.</source>
        <translation>
            <numerusform>従業員 %n 人を計算できませんでした。表に理由とともに示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .pdf: the ending says which kind of file to write.</source>
        <translation>末尾が .csv、.xlsx、.pdf のいずれかのファイル名を選んでください。拡張子で書き出す形式が決まります。</translation>
    </message>
    <message numerus="yes">
        <source>%n labor payment(s) imported, each with its prepayment computed. They are in the month&apos;s declaration.</source>
        <translation>
            <numerusform>役務報酬の支払 %n 件をインポートし、それぞれの予定納税額を計算しました。当月の申告書に含まれています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Choose a folder you can write to and save it again.</source>
        <translation>%1 に書き込めませんでした（%2）。書き込めるフォルダーを選んで、もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>huisuan::BonusMethodStep</name>
    <message>
        <source>total tax %1</source>
        <translation>税額合計 %1</translation>
    </message>
    <message>
        <source>Both ways cost the same tax; taxing the bonus separately keeps your annual income lower.</source>
        <translation>どちらの方法でも税額は同じです。賞与を分離課税にすると、年間の総合所得が低く抑えられます。</translation>
    </message>
    <message>
        <source>Recommended: tax the bonus separately. It costs %1 less tax than combining it.</source>
        <translation>おすすめ：賞与を分離課税にする。総合所得に合算するより税額が %1 少なくなります。</translation>
    </message>
    <message>
        <source>Recommended: combine the bonus with your income. It costs %1 less tax than taxing it separately.</source>
        <translation>おすすめ：賞与を総合所得に合算する。分離課税にするより税額が %1 少なくなります。</translation>
    </message>
    <message>
        <source>How your annual bonus is taxed</source>
        <translation>全年一時賞与の課税方法</translation>
    </message>
    <message>
        <source>An annual one-off bonus (全年一次性奖金) can be taxed on its own or together with your comprehensive income. Choose one; the lower tax is recommended.</source>
        <translation>全年一時賞与（全年一次性奖金）は、単独で課税することも、総合所得に合算して課税することもできます。どちらかを選んでください。税額が低い方をおすすめします。</translation>
    </message>
    <message>
        <source>Tax the bonus &amp;separately</source>
        <translation>賞与を分離課税にする(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Combine it with comprehensive income</source>
        <translation>総合所得に合算する(&amp;C)</translation>
    </message>
</context>
<context>
    <name>huisuan::BuildInfo</name>
    <message>
        <source>commit %1 (%2)</source>
        <translation>コミット %1（%2）</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（ビルド時 %2）</translation>
    </message>
    <message>
        <source>engine %1; build: %2</source>
        <translation>エンジン %1、ビルド：%2</translation>
    </message>
    <message>
        <source>rule packs:</source>
        <translation>ルールパック：</translation>
    </message>
</context>
<context>
    <name>huisuan::ClaimRowList</name>
    <message>
        <source>Enter the amount in yuan, such as 1200 or 1200.50.</source>
        <translation>金額を元単位で入力してください（例：1200、1200.50）。</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>子どもを追加</translation>
    </message>
    <message>
        <source>Add a child to this deduction</source>
        <translation>この控除に子どもを追加</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>患者を追加</translation>
    </message>
    <message>
        <source>Add a patient to this deduction</source>
        <translation>この控除に患者を追加</translation>
    </message>
    <message>
        <source>Add a donation</source>
        <translation>寄附を追加</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>子ども %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>Months claimed for child %1</source>
        <translation>子ども %1 の控除月数</translation>
    </message>
    <message>
        <source>Your share for child %1</source>
        <translation>子ども %1 のあなたの控除割合</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Amount paid for patient %1</source>
        <translation>患者 %1 の自己負担額</translation>
    </message>
    <message>
        <source>Amount of donation %1</source>
        <translation>寄附 %1 の金額</translation>
    </message>
    <message>
        <source>up to 30% of taxable income</source>
        <translation>課税所得額の 30% まで</translation>
    </message>
    <message>
        <source>deducted in full</source>
        <translation>全額控除</translation>
    </message>
    <message>
        <source>Deduction limit of donation %1</source>
        <translation>寄附 %1 の控除限度</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>項目 %1 を削除</translation>
    </message>
    <message>
        <source>Problem with entry %1</source>
        <translation>項目 %1 の問題</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>ご自身</translation>
    </message>
    <message>
        <source>100% (you alone)</source>
        <translation>100%（あなたのみ）</translation>
    </message>
    <message>
        <source>%1% (shared)</source>
        <translation>%1%（分担）</translation>
    </message>
</context>
<context>
    <name>huisuan::CompaniesPage</name>
    <message>
        <source>Client companies: withholding for employees</source>
        <translation>顧問先の会社：従業員の源泉徴収</translation>
    </message>
    <message>
        <source>Com&amp;panies</source>
        <translation>会社(&amp;P)</translation>
    </message>
    <message>
        <source>Client companies</source>
        <translation>顧問先の会社</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>統一社会信用コード(&amp;C)：</translation>
    </message>
    <message>
        <source>Unified social credit code of the company to add</source>
        <translation>追加する会社の統一社会信用コード</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>会社名(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the company to add</source>
        <translation>追加する会社の名称</translation>
    </message>
    <message>
        <source>&amp;Add company</source>
        <translation>会社を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the company</source>
        <translation>会社を追加</translation>
    </message>
    <message>
        <source>Companies status</source>
        <translation>会社の状況</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>課税年度の一覧に戻る</translation>
    </message>
    <message>
        <source>No client company yet. Add one with its unified social credit code.</source>
        <translation>顧問先の会社はまだありません。統一社会信用コードを入力して追加してください。</translation>
    </message>
    <message>
        <source>This is not a unified social credit code: it has 18 characters and ends with a check character. Copy it again from the business licence.</source>
        <translation>これは統一社会信用コードではありません。統一社会信用コードは 18 文字で、最後はチェック文字です。営業許可証からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 を追加しました。</translation>
    </message>
</context>
<context>
    <name>huisuan::DeductionsPage</name>
    <message>
        <source>Your deductions are saved.</source>
        <translation>控除を保存しました。</translation>
    </message>
    <message>
        <source>Saved, except the marked claims: correct them and save again.</source>
        <translation>印の付いた項目以外を保存しました。修正してもう一度保存してください。</translation>
    </message>
    <message>
        <source>Reading your family and deductions…</source>
        <translation>家族と控除を読み込んでいます…</translation>
    </message>
    <message>
        <source>100% (you alone)</source>
        <translation>100%（あなたのみ）</translation>
    </message>
    <message>
        <source>%1% (with your spouse)</source>
        <translation>%1%（配偶者と分担）</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>月 %1</translation>
    </message>
    <message>
        <source>Deductions for the %1 tax year</source>
        <translation>%1 課税年度の控除</translation>
    </message>
    <message>
        <source>Deductions status</source>
        <translation>控除の状況</translation>
    </message>
    <message>
        <source>Problems with the return</source>
        <translation>申告書の問題</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>控除</translation>
    </message>
    <message>
        <source>Children&apos;s education (per child)</source>
        <translation>子ども 1 人ごとの子女の教育（子女教育）</translation>
    </message>
    <message>
        <source>Care of infants under three (per child)</source>
        <translation>子ども 1 人ごとの 3 歳未満の乳幼児の養育（3岁以下婴幼儿照护）</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>継続教育（继续教育）</translation>
    </message>
    <message>
        <source>Serious illness (per patient)</source>
        <translation>患者 1 人ごとの重大疾病の医療費（大病医疗）</translation>
    </message>
    <message>
        <source>Housing: loan interest or rent, not both</source>
        <translation>住宅：住宅ローン利息（住房贷款利息）または住宅家賃（住房租金）のいずれか一方</translation>
    </message>
    <message>
        <source>Support of the elderly</source>
        <translation>老親の扶養（赡养老人）</translation>
    </message>
    <message>
        <source>Social insurance, tax-free income and tax relief</source>
        <translation>社会保険料、非課税所得、減免税額</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>その他の控除（依法确定的其他扣除）</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>寄附金</translation>
    </message>
    <message>
        <source>Months of degree education:</source>
        <translation>学歴（学位）継続教育の月数：</translation>
    </message>
    <message>
        <source>Months of housing loan interest:</source>
        <translation>住宅ローン利息の月数：</translation>
    </message>
    <message>
        <source>Your share of the loan interest:</source>
        <translation>ローン利息のあなたの控除割合：</translation>
    </message>
    <message>
        <source>Months of rent:</source>
        <translation>家賃の月数：</translation>
    </message>
    <message>
        <source>City standard for rent:</source>
        <translation>家賃の都市別基準額：</translation>
    </message>
    <message>
        <source>Months of support:</source>
        <translation>扶養の月数：</translation>
    </message>
    <message>
        <source>Your share a month (yuan):</source>
        <translation>あなたの月額分担額（元）：</translation>
    </message>
    <message>
        <source>Social insurance and housing fund (yuan):</source>
        <translation>社会保険料・住宅積立金（元）：</translation>
    </message>
    <message>
        <source>Tax-free income (yuan):</source>
        <translation>非課税所得（元）：</translation>
    </message>
    <message>
        <source>Tax relief (yuan):</source>
        <translation>減免税額（元）：</translation>
    </message>
    <message>
        <source>Enterprise or occupational annuity (yuan):</source>
        <translation>企業年金・職業年金（元）：</translation>
    </message>
    <message>
        <source>Commercial health insurance (yuan):</source>
        <translation>商業健康保険（元）：</translation>
    </message>
    <message>
        <source>Tax-deferred pension insurance (yuan):</source>
        <translation>税繰延型商業養老保険（元）：</translation>
    </message>
    <message>
        <source>Individual pension (yuan):</source>
        <translation>個人年金（元）：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>I obtained a qualifying vocational certificate this year</source>
        <translation>本年、対象となる職業資格証書を取得した</translation>
    </message>
    <message>
        <source>I am an only child</source>
        <translation>一人っ子である</translation>
    </message>
    <message>
        <source>Children&apos;s education claims</source>
        <translation>子女の教育の控除申告</translation>
    </message>
    <message>
        <source>Infant care claims</source>
        <translation>乳幼児の養育の控除申告</translation>
    </message>
    <message>
        <source>Serious illness claims</source>
        <translation>重大疾病の医療費の控除申告</translation>
    </message>
    <message>
        <source>The deduction for the care of infants under three began in 2022: it cannot be claimed for %1.</source>
        <translation>3 歳未満の乳幼児の養育の控除は 2022 年に始まりました。%1 年には申告できません。</translation>
    </message>
    <message>
        <source>The individual pension deduction began in 2022: it cannot be claimed for %1.</source>
        <translation>個人年金の控除は 2022 年に始まりました。%1 年には申告できません。</translation>
    </message>
    <message>
        <source>Tax payable for the year</source>
        <translation>年間の納付すべき税額（減免後）</translation>
    </message>
    <message>
        <source>Refund or amount due</source>
        <translation>還付税額または追加納付税額</translation>
    </message>
    <message>
        <source>About the figures</source>
        <translation>数値について</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>課税年度の一覧に戻る</translation>
    </message>
    <message>
        <source>&amp;Save deductions</source>
        <translation>控除を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the deductions in the vault</source>
        <translation>控除を保管庫に保存</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, such as 1200 or 1200.50.</source>
        <translation>金額を元単位で入力してください（例：1200、1200.50）。</translation>
    </message>
    <message>
        <source>Tax payable: —</source>
        <translation>納付すべき税額：—</translation>
    </message>
    <message>
        <source>The return cannot be computed until the marked fields are corrected.</source>
        <translation>印の付いた欄を修正するまで、申告書を計算できません。</translation>
    </message>
    <message>
        <source>Tax payable: %1</source>
        <translation>納付すべき税額：%1</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>還付税額：%1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>追加納付税額：%1</translation>
    </message>
    <message>
        <source>Nothing to pay: you are exempt from paying the difference</source>
        <translation>納付はありません：差額の追加納付は免除されます</translation>
    </message>
    <message>
        <source>Nothing to pay or refund</source>
        <translation>追加納付も還付もありません</translation>
    </message>
    <message>
        <source>Tax withheld during the year: %1.</source>
        <translation>年間の源泉徴収税額：%1。</translation>
    </message>
    <message>
        <source>Tax withheld during the year: %1. The marked claims are left out until they are corrected.</source>
        <translation>年間の源泉徴収税額：%1。印の付いた項目は、修正するまで計算に含まれません。</translation>
    </message>
    <message>
        <source>Saving your deductions…</source>
        <translation>控除を保存しています…</translation>
    </message>
</context>
<context>
    <name>huisuan::DeductionsStep</name>
    <message>
        <source>Your deductions</source>
        <translation>あなたの控除</translation>
    </message>
    <message>
        <source>The amounts the law allows for what you claimed, after the year&apos;s caps. Claim a deduction you are entitled to before you file: it lowers your tax.</source>
        <translation>申告した控除のうち、年間の上限を適用したあとで法律上認められる金額です。受けられる控除があれば、申告書を提出する前に申告してください。税額が下がります。</translation>
    </message>
    <message>
        <source>Basic deduction:</source>
        <translation>基礎控除：</translation>
    </message>
    <message>
        <source>Special deductions (social insurance and housing fund):</source>
        <translation>専項控除（社会保険料・住宅積立金）：</translation>
    </message>
    <message>
        <source>Special additional deductions:</source>
        <translation>専項付加控除：</translation>
    </message>
    <message>
        <source>Other deductions:</source>
        <translation>その他の控除：</translation>
    </message>
    <message>
        <source>Donations:</source>
        <translation>寄附金：</translation>
    </message>
    <message>
        <source>Change &amp;deductions…</source>
        <translation>控除を変更(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the deductions of this year</source>
        <translation>この年度の控除を変更</translation>
    </message>
</context>
<context>
    <name>huisuan::DesktopSession</name>
    <message>
        <source>The vault is locked. Unlock it to see your tax years.</source>
        <translation>保管庫はロックされています。課税年度を表示するには、ロックを解除してください。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>保管庫はロックされています。先にロックを解除してください。</translation>
    </message>
    <message>
        <source>This income record is no longer in your vault; the list is shown again as it is now.</source>
        <translation>この収入の記録はもう保管庫にありません。現在の一覧を表示し直します。</translation>
    </message>
    <message>
        <source>The bureau has not answered yet. The signed return is kept in the vault and will be sent again; nothing is filed twice.</source>
        <translation>税務当局からまだ応答がありません。署名済みの申告書は保管庫に保存されており、再送されます。二重に申告されることはありません。</translation>
    </message>
    <message>
        <source>Your taxpayer profile is missing from the vault. Enrol again.</source>
        <translation>保管庫に納税者情報がありません。もう一度登録してください。</translation>
    </message>
    <message>
        <source>Enrol with the tax bureau first: your income is kept under the identity number you enrol with.</source>
        <translation>先に税務当局に登録してください。収入は登録した身分証番号のもとで管理されます。</translation>
    </message>
    <message>
        <source>Only income you typed in can be changed. Dispute a prefilled record you do not recognise instead.</source>
        <translation>変更できるのは、ご自身で入力した収入だけです。心当たりのない事前入力の記録には、代わりに異議を申し立ててください。</translation>
    </message>
    <message>
        <source>Only income you typed in can be deleted. Dispute a prefilled record you do not recognise instead.</source>
        <translation>削除できるのは、ご自身で入力した収入だけです。心当たりのない事前入力の記録には、代わりに異議を申し立ててください。</translation>
    </message>
    <message>
        <source>Only income the bureau prefilled can be disputed. Change or delete income you typed in yourself.</source>
        <translation>異議を申し立てられるのは、税務当局が事前入力した収入だけです。ご自身で入力した収入は変更または削除してください。</translation>
    </message>
    <message>
        <source>You have already disputed this record; the bureau is looking into it.</source>
        <translation>この記録にはすでに異議を申し立てています。税務当局が調査中です。</translation>
    </message>
    <message>
        <source>No return has been computed for %1 yet. Prepare the return of the year first.</source>
        <translation>%1 年の申告書はまだ計算されていません。先にその年度の申告書を作成してください。</translation>
    </message>
    <message>
        <source>The tax bureau did not withdraw the filing: %1</source>
        <translation>税務当局は申告を取り消しませんでした：%1</translation>
    </message>
</context>
<context>
    <name>huisuan::DisputePanel</name>
    <message>
        <source>Dispute a prefilled record</source>
        <translation>事前入力の記録に異議を申し立てる</translation>
    </message>
    <message>
        <source>%1 paid you %2 in %3, says the bureau. If that is not right, tell the bureau why; until it has looked into it, the record is left out of your return.</source>
        <translation>税務当局によると、%1 は %3 にあなたに %2 を支払いました。正しくない場合は、その理由を税務当局に伝えてください。税務当局の調査が終わるまで、この記録は申告書に含まれません。</translation>
    </message>
    <message>
        <source>The record disputed</source>
        <translation>異議を申し立てる記録</translation>
    </message>
    <message>
        <source>This payer never paid me</source>
        <translation>この源泉徴収義務者から支払いを受けたことはない</translation>
    </message>
    <message>
        <source>The amount is wrong</source>
        <translation>金額が間違っている</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>その他の理由</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Reason for the dispute</source>
        <translation>異議の理由</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>補足(&amp;N):</translation>
    </message>
    <message>
        <source>Note for the bureau, optional</source>
        <translation>税務当局への補足（任意）</translation>
    </message>
    <message>
        <source>optional, for example what you know of this payer</source>
        <translation>任意。例：この源泉徴収義務者について知っていること</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the dispute</source>
        <translation>異議の申し立てをキャンセル</translation>
    </message>
    <message>
        <source>Send dispu&amp;te</source>
        <translation>異議を送信(&amp;T)</translation>
    </message>
    <message>
        <source>Send the dispute to the bureau</source>
        <translation>異議を税務当局に送信</translation>
    </message>
    <message>
        <source>Dispute this income?</source>
        <translation>この収入に異議を申し立てますか？</translation>
    </message>
    <message>
        <source>Send the dispute of %1 from %2 to the tax bureau? The bureau will look into it; meanwhile the record is left out of your return.</source>
        <translation>%2 からの %1 について、異議を税務当局に送信しますか？税務当局が調査します。その間、この記録は申告書に含まれません。</translation>
    </message>
    <message>
        <source>Send dispute</source>
        <translation>異議を送信</translation>
    </message>
</context>
<context>
    <name>huisuan::EnrolPage</name>
    <message>
        <source>Enrol with the tax bureau</source>
        <translation>税務当局に登録</translation>
    </message>
    <message>
        <source>To download your prefilled income and to file, Huisuan makes a signing key in your vault and has the bureau certify it for you. Enter your name and identity number as on your resident identity card.</source>
        <translation>事前入力された収入をダウンロードして申告するため、Huisuan は保管庫の中に署名鍵を作り、税務当局にあなたの証明書を発行してもらいます。居民身分証のとおりに氏名と身分証番号を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>身分証番号(&amp;I):</translation>
    </message>
    <message>
        <source>Resident identity number</source>
        <translation>居民身分証番号</translation>
    </message>
    <message>
        <source>Identity number check</source>
        <translation>身分証番号の検証</translation>
    </message>
    <message>
        <source>&amp;Bureau address:</source>
        <translation>税務当局のアドレス(&amp;B):</translation>
    </message>
    <message>
        <source>Bureau address</source>
        <translation>税務当局のアドレス</translation>
    </message>
    <message>
        <source>&amp;Certificates folder:</source>
        <translation>証明書フォルダー(&amp;C):</translation>
    </message>
    <message>
        <source>Folder with the bureau&apos;s certificates</source>
        <translation>税務当局の証明書があるフォルダー</translation>
    </message>
    <message>
        <source>The folder where the bureau publishes tls-ca.pem and sm2-ca.der</source>
        <translation>税務当局が tls-ca.pem と sm2-ca.der を公開するフォルダー</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the certificates folder</source>
        <translation>証明書フォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登録(&amp;E)</translation>
    </message>
    <message>
        <source>Enrol with the bureau</source>
        <translation>税務当局に登録</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Enrol later</source>
        <translation>後で登録</translation>
    </message>
    <message>
        <source>Enrolling with the bureau</source>
        <translation>税務当局に登録しています</translation>
    </message>
    <message>
        <source>Enrolment status</source>
        <translation>登録の状況</translation>
    </message>
    <message>
        <source>This is not a valid resident identity number: check the 18 characters, the birth date in them and the last character.</source>
        <translation>有効な居民身分証番号ではありません。18 文字、その中の生年月日、最後の文字を確認してください。</translation>
    </message>
    <message>
        <source>The bureau&apos;s certificates folder</source>
        <translation>税務当局の証明書フォルダー</translation>
    </message>
    <message>
        <source>Asking the bureau for your certificate…</source>
        <translation>税務当局に証明書を申請しています…</translation>
    </message>
</context>
<context>
    <name>huisuan::FamilyEditor</name>
    <message>
        <source>child</source>
        <translation>子ども</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>親</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <source>Saving your family members…</source>
        <translation>家族を保存しています…</translation>
    </message>
    <message>
        <source>Your family members are saved.</source>
        <translation>家族を保存しました。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>続柄(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>身分証番号(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>生年月日(&amp;B):</translation>
    </message>
    <message>
        <source>Relation of the family member</source>
        <translation>家族の続柄</translation>
    </message>
    <message>
        <source>Name of the family member</source>
        <translation>家族の氏名</translation>
    </message>
    <message>
        <source>Identity number of the family member</source>
        <translation>家族の身分証番号</translation>
    </message>
    <message>
        <source>Problem with the identity number</source>
        <translation>身分証番号の問題</translation>
    </message>
    <message>
        <source>Birth date of the family member</source>
        <translation>家族の生年月日</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>家族を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the family member</source>
        <translation>家族を追加</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected family member</source>
        <translation>選択した家族を削除</translation>
    </message>
    <message>
        <source>Save &amp;family</source>
        <translation>家族を保存(&amp;F)</translation>
    </message>
    <message>
        <source>Save the family members in the vault</source>
        <translation>家族を保管庫に保存</translation>
    </message>
    <message>
        <source>Family status</source>
        <translation>家族の状況</translation>
    </message>
    <message>
        <source>This is not a valid resident identity number: check the 18 characters on the identity card.</source>
        <translation>有効な居民身分証番号ではありません。身分証に記載された 18 文字を確認してください。</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation>先に家族の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s 18-character resident identity number first.</source>
        <translation>先に家族の 18 文字の居民身分証番号を入力してください。</translation>
    </message>
    <message>
        <source>This identity number is already in the list.</source>
        <translation>この身分証番号はすでに一覧にあります。</translation>
    </message>
    <message>
        <source>Added. Save the family to keep it.</source>
        <translation>追加しました。保持するには家族を保存してください。</translation>
    </message>
    <message>
        <source>Removed. Save the family to keep it.</source>
        <translation>削除しました。保持するには家族を保存してください。</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1、%2 生まれ</translation>
    </message>
</context>
<context>
    <name>huisuan::FilingListModel</name>
    <message>
        <source>Signed</source>
        <translation>署名日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受領証</translation>
    </message>
    <message>
        <source>Refund or payment</source>
        <translation>還付または納付</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>訂正申告</translation>
    </message>
    <message>
        <source>Original return</source>
        <translation>当初申告</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取消し済み</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>訂正申告で置き換え済み</translation>
    </message>
    <message>
        <source>A receipt that does not verify: do not rely on it</source>
        <translation>検証できない受領証：信頼しないでください</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Refused by the bureau</source>
        <translation>税務当局が却下</translation>
    </message>
    <message>
        <source>Accepted: refund of %1</source>
        <translation>受理済み：還付 %1</translation>
    </message>
    <message>
        <source>Accepted: %1 to pay</source>
        <translation>受理済み：納付 %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>at the treasury</source>
        <translation>国庫で処理中</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>could not be paid</source>
        <translation>支払えませんでした</translation>
    </message>
    <message>
        <source>due</source>
        <translation>納付待ち</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>延滞</translation>
    </message>
    <message>
        <source>Not asked yet: refresh from the bureau</source>
        <translation>未照会：税務当局から更新してください</translation>
    </message>
    <message>
        <source>%1 to pay by %2: %3</source>
        <translation>納付 %1（期限 %2）：%3</translation>
    </message>
    <message>
        <source>%1 to pay: %2</source>
        <translation>納付 %1：%2</translation>
    </message>
    <message>
        <source>Refund of %1: %2</source>
        <translation>還付 %1：%2</translation>
    </message>
</context>
<context>
    <name>huisuan::FilingsPage</name>
    <message>
        <source>Filing receipt</source>
        <translation>申告の受領証</translation>
    </message>
    <message>
        <source>Correction receipt</source>
        <translation>訂正申告の受領証</translation>
    </message>
    <message>
        <source>Withdrawal receipt</source>
        <translation>取消しの受領証</translation>
    </message>
    <message>
        <source>The bank account is closed: register another bank card with the tax bureau.</source>
        <translation>銀行口座が解約されています。別の銀行カードを税務当局に登録してください。</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s reason: %1</source>
        <translation>税務当局が示した理由：%1</translation>
    </message>
    <message>
        <source>Reading your filings…</source>
        <translation>申告を読み込んでいます…</translation>
    </message>
    <message>
        <source>Filings of the %1 tax year</source>
        <translation>%1 課税年度の申告</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>申告</translation>
    </message>
    <message>
        <source>Filings status</source>
        <translation>申告の状況</translation>
    </message>
    <message>
        <source>Details of the selected filing</source>
        <translation>選択した申告の詳細</translation>
    </message>
    <message>
        <source>Waiting for the tax bureau</source>
        <translation>税務当局の応答を待っています</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>課税年度の一覧に戻る</translation>
    </message>
    <message>
        <source>&amp;Refresh from the bureau</source>
        <translation>税務当局から更新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the tax bureau where your filings, refunds and payments stand</source>
        <translation>申告、還付、納付の状況を税務当局に問い合わせる</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>取り消す(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the selected filing</source>
        <translation>選択した申告を取り消す</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>訂正(&amp;C)…</translation>
    </message>
    <message>
        <source>Correct the selected filing</source>
        <translation>選択した申告を訂正する</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF をエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the selected filing as a PDF</source>
        <translation>選択した申告を PDF としてエクスポート</translation>
    </message>
    <message>
        <source>Nothing was filed for this year yet.</source>
        <translation>この年度はまだ何も申告していません。</translation>
    </message>
    <message>
        <source>Submission %1: %2, %3</source>
        <translation>送信 %1：%2、%3</translation>
    </message>
    <message>
        <source>It replaces submission %1.</source>
        <translation>この申告は送信 %1 を置き換えます。</translation>
    </message>
    <message>
        <source>It was replaced by the correction %1.</source>
        <translation>この申告は訂正申告 %1 で置き換えられました。</translation>
    </message>
    <message>
        <source>The return filed: refund of %1.</source>
        <translation>申告した内容：還付 %1。</translation>
    </message>
    <message>
        <source>The return filed: %1 to pay.</source>
        <translation>申告した内容：納付 %1。</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>状況の履歴：</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>A receipt kept for this filing does not verify against the tax bureau&apos;s certificate; it is not shown. Refresh from the bureau to fetch it again.</source>
        <translation>この申告について保存されている受領証は、税務当局の証明書で検証できないため表示していません。税務当局から更新して、もう一度取得してください。</translation>
    </message>
    <message>
        <source>No receipt from the tax bureau yet.</source>
        <translation>税務当局からの受領証はまだありません。</translation>
    </message>
    <message>
        <source>%1 %2, issued %3: %4</source>
        <translation>%1 %2、発行 %3：%4</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>  Tax payable %1, withheld %2, balance %3 (negative: a refund)</source>
        <translation>  納付すべき税額 %1、源泉徴収税額 %2、追加納付・還付税額 %3（マイナスは還付）</translation>
    </message>
    <message>
        <source>  Signed by %1; SM3 digest of the filed return %2</source>
        <translation>  署名者 %1、申告書の SM3 ダイジェスト %2</translation>
    </message>
    <message>
        <source>  The bureau says: %1</source>
        <translation>  税務当局の指摘：%1</translation>
    </message>
    <message>
        <source>As the tax bureau said at %1.</source>
        <translation>%1 時点の税務当局の回答です。</translation>
    </message>
    <message>
        <source>Asking the tax bureau…</source>
        <translation>税務当局に問い合わせています…</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s answer is shown below.</source>
        <translation>税務当局の応答を下に表示しています。</translation>
    </message>
    <message>
        <source>Withdraw the filing</source>
        <translation>申告を取り消す</translation>
    </message>
    <message>
        <source>Withdraw filing %1 of the %2 tax year? The tax bureau then treats the return as never filed, and a refund not yet paid is stopped. This cannot be undone; you can file the year again afterwards.</source>
        <translation>%2 課税年度の申告 %1 を取り消しますか？税務当局はこの申告書を提出されなかったものとして扱い、まだ支払われていない還付は停止されます。この操作は元に戻せません。取消し後に、この年度をもう一度申告できます。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Asking the tax bureau to withdraw filing %1…</source>
        <translation>申告 %1 の取消しを税務当局に依頼しています…</translation>
    </message>
    <message>
        <source>The tax bureau withdrew filing %1; its receipt is kept in your vault.</source>
        <translation>税務当局は申告 %1 を取り消しました。その受領証は保管庫に保存されています。</translation>
    </message>
    <message>
        <source>Export the filing as a PDF</source>
        <translation>申告を PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF を書き出しています…</translation>
    </message>
    <message>
        <source>Saved the return, the receipt and the year&apos;s tax record as %1.</source>
        <translation>申告書、受領証、この年度の税務記録を %1 として保存しました。</translation>
    </message>
</context>
<context>
    <name>huisuan::FirstRunPage</name>
    <message>
        <source>Create your vault</source>
        <translation>保管庫を作成する</translation>
    </message>
    <message>
        <source>Huisuan keeps your income, deductions and filings in an encrypted vault on this computer. Choose a passphrase to protect it.</source>
        <translation>Huisuan は、収入・控除・申告の記録をこのコンピューター上の暗号化された保管庫に保存します。保管庫を守るパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>パスフレーズを再入力(&amp;R)：</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>パスフレーズを再入力</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>パスフレーズの強度</translation>
    </message>
    <message>
        <source>The strength is estimated from the length and the kinds of characters (lower case, upper case, digits, symbols, Chinese characters) as if each were chosen at random. Words, names and dates are much easier to guess than the meter shows: a few unrelated words make a good passphrase.</source>
        <translation>強度は、長さと文字の種類（小文字・大文字・数字・記号・漢字）から、各文字を無作為に選んだと仮定して見積もっています。単語・名前・日付は、メーターの表示よりずっと推測されやすいものです。互いに無関係な単語をいくつか並べると、よいパスフレーズになります。</translation>
    </message>
    <message>
        <source>If you lose this passphrase, nobody can open the vault again: not Huisuan, not the tax bureau, not anyone else. Write it down and keep it somewhere safe.</source>
        <translation>このパスフレーズをなくすと、保管庫は二度と開けません。Huisuan にも、税務当局にも、ほかの誰にもできません。書き留めて、安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>保管庫を作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>保管庫を作成しています</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Weak (about %1 bits): too easy to guess; make it longer.</source>
        <translation>弱い（約 %1 ビット）：推測されやすすぎます。もっと長くしてください。</translation>
    </message>
    <message>
        <source>Fair (about %1 bits).</source>
        <translation>普通（約 %1 ビット）。</translation>
    </message>
    <message>
        <source>Strong (about %1 bits).</source>
        <translation>強い（約 %1 ビット）。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Creating the vault. Protecting it with your passphrase takes a moment…</source>
        <translation>保管庫を作成しています。パスフレーズで保護するのに少し時間がかかります…</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>保管庫を作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Open a filing to &amp;audit…</source>
        <translation>監査する申告を開く(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a filing to audit, without a vault</source>
        <translation>保管庫を使わずに、監査する申告を開く</translation>
    </message>
</context>
<context>
    <name>huisuan::HomePage</name>
    <message>
        <source>Reading your tax years…</source>
        <translation>課税年度を読み込んでいます…</translation>
    </message>
    <message>
        <source>Your tax years</source>
        <translation>あなたの課税年度</translation>
    </message>
    <message>
        <source>Tax years</source>
        <translation>課税年度</translation>
    </message>
    <message>
        <source>You have not enrolled with the tax bureau yet: enrol to download your prefilled income and to file.</source>
        <translation>まだ税務当局に登録していません。登録すると、事前入力された収入をダウンロードして申告できます。</translation>
    </message>
    <message>
        <source>&amp;Enrol with the bureau…</source>
        <translation>税務当局に登録(&amp;E)…</translation>
    </message>
    <message>
        <source>Enrol with the bureau</source>
        <translation>税務当局に登録</translation>
    </message>
    <message>
        <source>&amp;Income…</source>
        <translation>収入(&amp;I)…</translation>
    </message>
    <message>
        <source>Income of the selected tax year</source>
        <translation>選択した課税年度の収入</translation>
    </message>
    <message>
        <source>&amp;Reconcile and file…</source>
        <translation>年度確定申告をして提出(&amp;R)…</translation>
    </message>
    <message>
        <source>Reconcile and file the selected tax year</source>
        <translation>選択した課税年度の年度確定申告をして提出する</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>申告書(&amp;T)…</translation>
    </message>
    <message>
        <source>The computed return of the selected tax year, explained</source>
        <translation>選択した課税年度の計算済みの申告書とその説明</translation>
    </message>
    <message>
        <source>&amp;Filings…</source>
        <translation>申告(&amp;F)…</translation>
    </message>
    <message>
        <source>Filings of the selected tax year</source>
        <translation>選択した課税年度の申告</translation>
    </message>
    <message>
        <source>&amp;Deductions…</source>
        <translation>控除(&amp;D)…</translation>
    </message>
    <message>
        <source>Deductions of the selected tax year</source>
        <translation>選択した課税年度の控除</translation>
    </message>
</context>
<context>
    <name>huisuan::IdentityStep</name>
    <message>
        <source>Reading your vault…</source>
        <translation>保管庫を読み込んでいます…</translation>
    </message>
    <message>
        <source>This return corrects (更正) the accepted filing %1; the bureau keeps the new one in its place.</source>
        <translation>この申告書は受理済みの申告 %1 を訂正（更正）します。税務当局は新しい申告書をその代わりとして保持します。</translation>
    </message>
    <message>
        <source>Who and which year</source>
        <translation>本人と年度</translation>
    </message>
    <message>
        <source>Check that this is you and the year you are reconciling. Your identity comes from your enrolment with the bureau.</source>
        <translation>ご本人であることと、確定申告する年度を確認してください。本人情報は税務当局への登録内容に基づいています。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation>身分証番号：</translation>
    </message>
    <message>
        <source>Tax year:</source>
        <translation>課税年度：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>身分証番号</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>課税年度</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeEntryForm</name>
    <message>
        <source>Write the amount in yuan with digits and at most two decimals, without separators or signs: for example 12000 or 12000.50.</source>
        <translation>金額は元単位で、区切り記号や符号を付けずに、数字と小数 2 桁以内で入力してください（例：12000 または 12000.50）。</translation>
    </message>
    <message>
        <source>This amount is larger than any income can be (at most 999999999999.99); check it.</source>
        <translation>この金額は収入として大きすぎます（上限は 999999999999.99）。確認してください。</translation>
    </message>
    <message>
        <source>Enter the income you received; it is more than zero.</source>
        <translation>受け取った収入額を入力してください。0 より大きい金額です。</translation>
    </message>
    <message>
        <source>Change income you typed in</source>
        <translation>入力した収入を変更</translation>
    </message>
    <message>
        <source>Add income the bureau does not know</source>
        <translation>税務当局が把握していない収入を追加</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>所得の種類</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月(&amp;M)：</translation>
    </message>
    <message>
        <source>Month the income was paid</source>
        <translation>収入が支払われた月</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>源泉徴収義務者(&amp;P)：</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>源泉徴収義務者の名称</translation>
    </message>
    <message>
        <source>Credit c&amp;ode:</source>
        <translation>信用コード(&amp;O)：</translation>
    </message>
    <message>
        <source>Payer&apos;s unified social credit code, if you know it</source>
        <translation>源泉徴収義務者の統一社会信用コード（わかる場合）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Credit code check</source>
        <translation>信用コードの検証</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>収入額(&amp;I)：</translation>
    </message>
    <message>
        <source>Income in yuan, before tax</source>
        <translation>税引前の収入額（元）</translation>
    </message>
    <message>
        <source>Income check</source>
        <translation>収入額の検証</translation>
    </message>
    <message>
        <source>Tax &amp;withheld:</source>
        <translation>源泉徴収税額(&amp;W)：</translation>
    </message>
    <message>
        <source>Tax withheld in yuan</source>
        <translation>源泉徴収税額（元）</translation>
    </message>
    <message>
        <source>Tax withheld check</source>
        <translation>源泉徴収税額の検証</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Save the changed income</source>
        <translation>変更した収入を保存</translation>
    </message>
    <message>
        <source>Add this income</source>
        <translation>この収入を追加</translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code: check its 18 characters against the payer&apos;s business licence or your pay slip, or leave it empty.</source>
        <translation>有効な統一社会信用コードではありません。源泉徴収義務者の営業許可証または給与明細と 18 文字を照合するか、空欄のままにしてください。</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomePage</name>
    <message>
        <source>Reading your income…</source>
        <translation>収入を読み込んでいます…</translation>
    </message>
    <message>
        <source>Income of the %1 tax year</source>
        <translation>%1 課税年度の収入</translation>
    </message>
    <message>
        <source>Income records</source>
        <translation>収入の記録</translation>
    </message>
    <message>
        <source>&amp;Download from the bureau</source>
        <translation>税務当局からダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Download the prefilled income from the bureau</source>
        <translation>事前入力された収入を税務当局からダウンロード</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>課税年度の一覧に戻る</translation>
    </message>
    <message>
        <source>Income status</source>
        <translation>収入の状況</translation>
    </message>
    <message>
        <source>Downloading the income employers declared for you…</source>
        <translation>源泉徴収義務者があなたについて申告した収入をダウンロードしています…</translation>
    </message>
    <message numerus="yes">
        <source>The bureau sent %n prefilled record(s).</source>
        <translation>
            <numerusform>税務当局から事前入力の記録が %n 件届きました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Change the income you typed in</source>
        <translation>入力した収入を変更</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the income you typed in</source>
        <translation>入力した収入を削除</translation>
    </message>
    <message>
        <source>Di&amp;spute…</source>
        <translation>異議申立て(&amp;S)…</translation>
    </message>
    <message>
        <source>Dispute a prefilled record you do not recognise</source>
        <translation>心当たりのない事前入力の記録に異議を申し立てる</translation>
    </message>
    <message>
        <source>Waiting for your vault or the bureau</source>
        <translation>保管庫または税務当局を待っています</translation>
    </message>
    <message>
        <source>No income recorded for this year yet. Download the prefilled income from the bureau, or add income the bureau does not know below.</source>
        <translation>この年度の収入はまだ記録されていません。事前入力された収入を税務当局からダウンロードするか、税務当局が把握していない収入を下で追加してください。</translation>
    </message>
    <message>
        <source>Delete this income?</source>
        <translation>この収入を削除しますか？</translation>
    </message>
    <message>
        <source>Delete the income of %1 from %2 in %3? It is left out of your return.</source>
        <translation>%3 に %2 から受け取った収入 %1 を削除しますか？申告書には含まれなくなります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The income from %1 is deleted.</source>
        <translation>%1 からの収入を削除しました。</translation>
    </message>
    <message>
        <source>Saving in your vault…</source>
        <translation>保管庫に保存しています…</translation>
    </message>
    <message>
        <source>The income from %1 is added.</source>
        <translation>%1 からの収入を追加しました。</translation>
    </message>
    <message>
        <source>The income from %1 is changed.</source>
        <translation>%1 からの収入を変更しました。</translation>
    </message>
    <message>
        <source>Sending your dispute to the bureau…</source>
        <translation>異議を税務当局に送信しています…</translation>
    </message>
    <message>
        <source>The bureau received your dispute. The record is left out of your return while it looks into it.</source>
        <translation>税務当局は異議を受け付けました。税務当局が調査している間、この記録は申告書に含まれません。</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeRecordListModel</name>
    <message>
        <source>Wages</source>
        <translation>給与（給与所得）</translation>
    </message>
    <message>
        <source>Labor remuneration</source>
        <translation>役務報酬（劳务报酬）</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration</source>
        <translation>原稿料（稿酬）</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>特許権等使用料（特许权使用费）</translation>
    </message>
    <message>
        <source>Prefilled by the bureau, disputed</source>
        <translation>税務当局の事前入力、異議あり</translation>
    </message>
    <message>
        <source>Prefilled by the bureau</source>
        <translation>税務当局の事前入力</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>ファイルから取り込み</translation>
    </message>
    <message>
        <source>Typed in by you</source>
        <translation>ご自身で入力</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>統一社会信用コード: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>源泉徴収義務者</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>所得の種類</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>収入額</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>源泉徴収税額</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>出所</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeStep</name>
    <message>
        <source>Reading your income…</source>
        <translation>収入を読み込んでいます…</translation>
    </message>
    <message>
        <source>No income is recorded for %1. Download it from the bureau, or add what you received, on the income page.</source>
        <translation>%1 年の収入は記録されていません。収入のページで、税務当局からダウンロードするか、受け取った収入を追加してください。</translation>
    </message>
    <message>
        <source>Income recorded: %1; tax already withheld: %2.</source>
        <translation>記録された収入：%1、既納付税額：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed record(s) are left out of the return until the bureau settles them.</source>
        <translation>
            <numerusform>異議のある記録 %n 件は、税務当局が解決するまで申告書に含まれません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your income</source>
        <translation>あなたの収入</translation>
    </message>
    <message>
        <source>What your employers and other payers declared, and what you added yourself. If something is missing or not yours, change it before you go on.</source>
        <translation>源泉徴収義務者が申告した収入と、ご自身で追加した収入です。漏れているものやご自身のものでないものがあれば、先に進む前に変更してください。</translation>
    </message>
    <message>
        <source>Income records</source>
        <translation>収入の記録</translation>
    </message>
    <message>
        <source>Change &amp;income…</source>
        <translation>収入を変更(&amp;I)…</translation>
    </message>
    <message>
        <source>Change the income of this year</source>
        <translation>この年度の収入を変更</translation>
    </message>
</context>
<context>
    <name>huisuan::MainWindow</name>
    <message>
        <source>Huisuan: individual income tax</source>
        <translation>Huisuan：個人所得税</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, auto-lock time and tax bureau address</source>
        <translation>言語、自動ロックまでの時間、税務当局のアドレス</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>今すぐ保管庫をロック</translation>
    </message>
    <message>
        <source>The vault was locked because you were away.</source>
        <translation>しばらく操作がなかったため、保管庫をロックしました。</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>会社(&amp;C)</translation>
    </message>
    <message>
        <source>Withholding for the employees of your client companies</source>
        <translation>顧問先の会社の従業員の源泉徴収</translation>
    </message>
    <message>
        <source>&amp;Audit a filing…</source>
        <translation>申告を監査(&amp;A)…</translation>
    </message>
    <message>
        <source>Verify a signed filing and replay its computation; no vault needed</source>
        <translation>署名済み申告を検証して計算をやり直します（保管庫は不要）</translation>
    </message>
</context>
<context>
    <name>huisuan::ReceiptStep</name>
    <message>
        <source>Filed: the bureau accepted your return</source>
        <translation>申告完了：税務当局が申告書を受理しました</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>受領証：%1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>発行日時：%1</translation>
    </message>
    <message>
        <source>Submission: %1</source>
        <translation>送信 ID：%1</translation>
    </message>
    <message>
        <source>Tax payable (the bureau&apos;s computation): %1</source>
        <translation>納付すべき税額（税務当局の計算）：%1</translation>
    </message>
    <message>
        <source>Tax withheld: %1</source>
        <translation>源泉徴収税額：%1</translation>
    </message>
    <message>
        <source>Fingerprint of what you signed (SM3): %1</source>
        <translation>署名した内容のフィンガープリント（SM3）：%1</translation>
    </message>
    <message>
        <source>The receipt carries the bureau&apos;s SM2 signature, verified; your vault keeps it.</source>
        <translation>受領証には税務当局の SM2 署名があり、検証済みです。保管庫に保存されています。</translation>
    </message>
    <message>
        <source>The bureau did not accept your return</source>
        <translation>税務当局は申告書を受理しませんでした</translation>
    </message>
    <message>
        <source>Nothing was filed. Change what the bureau names and reconcile again.</source>
        <translation>何も申告されていません。税務当局が指摘した点を変更して、もう一度確定申告してください。</translation>
    </message>
    <message>
        <source>Signed and waiting for the bureau</source>
        <translation>署名済み、税務当局の応答待ち</translation>
    </message>
    <message>
        <source>Your filing is kept in the vault and sent again until the bureau answers; it is never filed twice. Its state shows on the home page.</source>
        <translation>申告は保管庫に保存され、税務当局が応答するまで再送されます。二重に申告されることはありません。状況はホームページに表示されます。</translation>
    </message>
    <message>
        <source>Nothing was filed</source>
        <translation>何も申告されていません</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受領証</translation>
    </message>
</context>
<context>
    <name>huisuan::ReconciliationWizard</name>
    <message>
        <source>Annual reconciliation %1</source>
        <translation>%1 年度確定申告</translation>
    </message>
    <message>
        <source>Correction of the %1 return</source>
        <translation>%1 年の申告書の訂正</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Sign and submit</source>
        <translation>署名して提出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>huisuan::RefundCardStep</name>
    <message>
        <source>Where your refund goes</source>
        <translation>還付金の振込先</translation>
    </message>
    <message>
        <source>A bank card in your own name, issued in mainland China. The bureau pays the refund to it.</source>
        <translation>中国本土で発行された本人名義の銀行カード。税務当局はこのカードに還付します。</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>銀行(&amp;K)：</translation>
    </message>
    <message>
        <source>Ca&amp;rd number:</source>
        <translation>カード番号(&amp;R)：</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>for example 中国工商银行</source>
        <translation>例：中国工商银行</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>カード番号</translation>
    </message>
    <message>
        <source>The card is kept in your encrypted vault only.</source>
        <translation>カード情報は暗号化された保管庫にのみ保存されます。</translation>
    </message>
</context>
<context>
    <name>huisuan::ResultStep</name>
    <message>
        <source>Refund: %1</source>
        <translation>還付：%1</translation>
    </message>
    <message>
        <source>More tax was withheld during the year than the year&apos;s income owes. File to get the difference back.</source>
        <translation>年間に源泉徴収された税額が、年間の所得に対する税額を上回っています。申告すると差額が還付されます。</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>納付：%1</translation>
    </message>
    <message>
        <source>Less tax was withheld than the year&apos;s income owes. File, then pay the amount by the end of June.</source>
        <translation>源泉徴収された税額が、年間の所得に対する税額を下回っています。申告して、6 月末までにその額を納付してください。</translation>
    </message>
    <message>
        <source>Nothing to pay: exempt</source>
        <translation>納付不要：免除</translation>
    </message>
    <message>
        <source>The return shows %1 more tax, but the law exempts you from paying it: your comprehensive income was at most 120 000 yuan, or the amount at most 400 yuan.</source>
        <translation>申告書では %1 の追加納付税額がありますが、法律により納付は免除されます（総合所得が 120 000 元以下、または追加納付税額が 400 元以下のため）。</translation>
    </message>
    <message>
        <source>Nothing to pay and nothing to refund</source>
        <translation>納付も還付もありません</translation>
    </message>
    <message>
        <source>The tax withheld during the year is exactly what the year&apos;s income owes.</source>
        <translation>年間に源泉徴収された税額は、年間の所得に対する税額とちょうど同じです。</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Computed from your income and deductions under the year&apos;s rules.</source>
        <translation>収入と控除をもとに、その年度のルールで計算しました。</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>計算の過程</translation>
    </message>
    <message>
        <source>Where the tax comes from</source>
        <translation>税額の内訳</translation>
    </message>
</context>
<context>
    <name>huisuan::ReturnPage</name>
    <message>
        <source>Reading the return…</source>
        <translation>申告書を読み込んでいます…</translation>
    </message>
    <message>
        <source>Return of the %1 tax year</source>
        <translation>%1 課税年度の申告書</translation>
    </message>
    <message>
        <source>Return status</source>
        <translation>申告書の状況</translation>
    </message>
    <message>
        <source>The lines of the return</source>
        <translation>申告書の各項目</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>課税年度の一覧に戻る</translation>
    </message>
    <message>
        <source>This return cannot be read. Compute the return of the year again.</source>
        <translation>この申告書を読み取れません。この年度の申告書をもう一度計算してください。</translation>
    </message>
</context>
<context>
    <name>huisuan::ReturnResultView</name>
    <message>
        <source>Why?</source>
        <translation>なぜ？</translation>
    </message>
    <message>
        <source>Why is “%1” %2?</source>
        <translation>「%1」が %2 なのはなぜですか？</translation>
    </message>
    <message>
        <source>How %1 is computed, and under which rule</source>
        <translation>%1 の計算方法と根拠となる規則</translation>
    </message>
</context>
<context>
    <name>huisuan::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>自動ロック(&amp;A)：</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> 分間操作がなければ</translation>
    </message>
    <message>
        <source>Minutes of inactivity before the vault locks</source>
        <translation>保管庫をロックするまでの無操作の分数</translation>
    </message>
    <message>
        <source>Tax &amp;bureau address:</source>
        <translation>税務当局のアドレス(&amp;B)：</translation>
    </message>
    <message>
        <source>Tax bureau address</source>
        <translation>税務当局のアドレス</translation>
    </message>
    <message>
        <source>the sandbox bureau that comes with Huisuan</source>
        <translation>Huisuan に付属するサンドボックスの税務当局</translation>
    </message>
    <message>
        <source>Leave empty to use the sandbox bureau. Only change it if your tax bureau gave you an address starting with https://.</source>
        <translation>空欄のままにするとサンドボックスの税務当局を使います。税務当局から https:// で始まるアドレスを知らされた場合にだけ変更してください。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The tax bureau address must start with https://, for example https://bureau.example.cn/.</source>
        <translation>税務当局のアドレスは https:// で始まる必要があります（例：https://bureau.example.cn/）。</translation>
    </message>
    <message>
        <source>About &amp;Huisuan…</source>
        <translation>Huisuan について(&amp;H)…</translation>
    </message>
    <message>
        <source>About Huisuan: version and rule packs</source>
        <translation>Huisuan について：バージョンとルールパック</translation>
    </message>
</context>
<context>
    <name>huisuan::SubmitStep</name>
    <message>
        <source>Signing and sending your return to the bureau…</source>
        <translation>申告書に署名して税務当局に送信しています…</translation>
    </message>
    <message>
        <source>a refund of %1 to your card %2</source>
        <translation>還付 %1（振込先カード %2）</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>納付 %1</translation>
    </message>
    <message>
        <source>nothing to pay and nothing to refund</source>
        <translation>納付も還付もありません</translation>
    </message>
    <message>
        <source>You are about to sign the %1 annual return of %2 with your enrolment key and file it with the bureau: tax payable %3, %4.</source>
        <translation>%2 さんの %1 年の年度確定申告書に登録済みの鍵で署名し、税務当局に提出します：納付すべき税額 %3、%4。</translation>
    </message>
    <message>
        <source>Sign and submit</source>
        <translation>署名して提出</translation>
    </message>
    <message>
        <source>Once submitted, a return can only be corrected (更正) or withdrawn (作废), never silently changed.</source>
        <translation>提出後の申告書は訂正（更正）または取消し（作废）しかできず、黙って変更されることはありません。</translation>
    </message>
    <message>
        <source>I declare that this return is true, accurate and complete, and I am responsible for it under the law.</source>
        <translation>この申告書の内容が真実、正確かつ完全であることを申告し、法律に基づいてその責任を負います。</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>宣誓</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>提出中</translation>
    </message>
</context>
<context>
    <name>huisuan::TaxBreakdownChart</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&amp;Tax by bracket</source>
        <translation>税率区分別の税額(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation>収入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Deductions</source>
        <translation>控除(&amp;D)</translation>
    </message>
    <message>
        <source>Where the tax comes from</source>
        <translation>税額の内訳</translation>
    </message>
    <message>
        <source>Income by category</source>
        <translation>所得区分別の収入</translation>
    </message>
    <message>
        <source>Deductions by kind</source>
        <translation>種類別の控除</translation>
    </message>
    <message>
        <source>Tax from each bracket of the annual table</source>
        <translation>年間税率表の各税率区分の税額</translation>
    </message>
    <message>
        <source>Tax from each bracket</source>
        <translation>各税率区分の税額</translation>
    </message>
    <message>
        <source>Income: %1.</source>
        <translation>収入：%1。</translation>
    </message>
    <message>
        <source>Deductions: %1.</source>
        <translation>控除：%1。</translation>
    </message>
    <message>
        <source>The brackets cannot be shown: this return was computed with rules this version does not have. Update Huisuan to see them.</source>
        <translation>税率区分を表示できません。この申告書は、このバージョンにないルールで計算されています。表示するには Huisuan を更新してください。</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>The taxable income of %1 reaches %n bracket(s): %2; together %3.</source>
        <translation>
            <numerusform>課税所得額 %1 は %n 個の税率区分にわたります：%2。合計 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Nothing is taxable, so no bracket is reached.</source>
        <translation>課税される所得がないため、どの税率区分にも該当しません。</translation>
    </message>
    <message>
        <source>The annual bonus, taxed on its own, adds %1.</source>
        <translation>全年一時賞与（全年一次性奖金）の分離課税により %1 が加算されます。</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税額</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation>全年一時賞与：%1</translation>
    </message>
</context>
<context>
    <name>huisuan::TaxYearListModel</name>
    <message>
        <source>%1 tax year</source>
        <translation>%1 課税年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <source>refund of %1</source>
        <translation>還付 %1</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>納付 %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>下書き：%1</translation>
    </message>
    <message>
        <source>Submitted, awaiting the receipt</source>
        <translation>提出済み、受領証を待っています</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>申告済み</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>申告済み：%1</translation>
    </message>
    <message>
        <source>Start the annual reconciliation</source>
        <translation>年度確定申告を始める</translation>
    </message>
    <message>
        <source>Review the return, then sign and submit it</source>
        <translation>申告書を確認し、署名して提出する</translation>
    </message>
    <message>
        <source>Wait for the tax bureau&apos;s receipt</source>
        <translation>税務当局の受領証を待つ</translation>
    </message>
    <message>
        <source>Pay the amount due before the deadline</source>
        <translation>期限までに納付額を納める</translation>
    </message>
    <message>
        <source>Nothing to do now</source>
        <translation>今は何もする必要はありません</translation>
    </message>
    <message>
        <source>Filed: refund of %1 in progress</source>
        <translation>申告済み：還付 %1 の手続き中</translation>
    </message>
    <message>
        <source>Filed: the refund of %1 could not be paid</source>
        <translation>申告済み：還付 %1 を支払えませんでした</translation>
    </message>
    <message>
        <source>Filed: %1 to pay, payment due</source>
        <translation>申告済み：納付 %1、納付待ち</translation>
    </message>
    <message>
        <source>Filed: %1 to pay, payment overdue</source>
        <translation>申告済み：納付 %1、延滞</translation>
    </message>
    <message>
        <source>Filed: %1 paid</source>
        <translation>申告済み：納付 %1 完了</translation>
    </message>
    <message>
        <source>Filed: refund of %1 paid</source>
        <translation>申告済み：還付 %1 完了</translation>
    </message>
    <message>
        <source>Wait for the refund to reach your bank account</source>
        <translation>還付金が銀行口座に振り込まれるのを待つ</translation>
    </message>
    <message>
        <source>Check your bank card with the tax bureau, then ask for the refund again</source>
        <translation>税務当局に登録した銀行カードを確認し、改めて還付を申請する</translation>
    </message>
    <message>
        <source>Pay the amount due now: the deadline has passed and a late fee accrues</source>
        <translation>すぐに納付してください：期限を過ぎており、延滞金が発生しています</translation>
    </message>
</context>
<context>
    <name>huisuan::TraceDialog</name>
    <message>
        <source>How it is computed:</source>
        <translation>計算方法：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>計算元：</translation>
    </message>
    <message>
        <source>Rule and citation:</source>
        <translation>規則と根拠：</translation>
    </message>
    <message>
        <source>%1 = %2, set by %3</source>
        <translation>%1 = %2（根拠：%3）</translation>
    </message>
    <message>
        <source>(unverified: a working hypothesis, see the rules reference)</source>
        <translation>（未検証：作業仮説。規則リファレンスを参照）</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>端数処理：</translation>
    </message>
    <message>
        <source>none; the value is exact.</source>
        <translation>なし。値は正確です。</translation>
    </message>
    <message>
        <source>half-up to the fen, %1 → %2</source>
        <translation>分単位で四捨五入、%1 → %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注記：</translation>
    </message>
    <message>
        <source>Why %1?</source>
        <translation>%1 の根拠</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>How %1 is computed</source>
        <translation>%1 の計算方法</translation>
    </message>
    <message>
        <source>Made up of</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>説明を閉じる</translation>
    </message>
</context>
<context>
    <name>huisuan::UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>保管庫のロックを解除する</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Unlocking the vault</source>
        <translation>保管庫のロックを解除しています</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then type it again.</source>
        <translation>このパスフレーズではこの保管庫を開けません。Caps Lock とキーボード配列を確認して、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Open a filing to &amp;audit…</source>
        <translation>監査する申告を開く(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a filing to audit, without unlocking the vault</source>
        <translation>保管庫のロックを解除せずに、監査する申告を開く</translation>
    </message>
</context>
<context>
    <name>huisuan::WizardStep</name>
    <message>
        <source>The return cannot be computed as it is:</source>
        <translation>このままでは申告書を計算できません：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>huisuan::WorkspacePanel</name>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Choose a company on the left, or add one.</source>
        <translation>左側で会社を選ぶか、会社を追加してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tax &amp;year:</source>
        <translation>課税年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>課税年度</translation>
    </message>
    <message>
        <source>Filter by name, identity number or status</source>
        <translation>氏名、身分証番号、状況で絞り込み</translation>
    </message>
    <message>
        <source>Filter employees</source>
        <translation>従業員を絞り込み</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>従業員(&amp;E)</translation>
    </message>
    <message>
        <source>Employees of the company</source>
        <translation>会社の従業員</translation>
    </message>
    <message>
        <source>Mon&amp;ths</source>
        <translation>月(&amp;T)</translation>
    </message>
    <message>
        <source>Months of the tax year</source>
        <translation>課税年度の各月</translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation>名簿をインポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Import the employee roster from a CSV or XLSX file</source>
        <translation>CSV または XLSX ファイルから従業員名簿をインポート</translation>
    </message>
    <message>
        <source>Payroll &amp;month:</source>
        <translation>給与の月(&amp;M)：</translation>
    </message>
    <message>
        <source>Month of the payroll rows without a month column</source>
        <translation>月の列がない給与データ行に適用する月</translation>
    </message>
    <message>
        <source>Import &amp;payroll…</source>
        <translation>給与データをインポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a payroll from a CSV or XLSX file</source>
        <translation>CSV または XLSX ファイルから給与データをインポート</translation>
    </message>
    <message>
        <source>&amp;Compute the year</source>
        <translation>年を計算(&amp;C)</translation>
    </message>
    <message>
        <source>Compute every employee&apos;s withholding for the tax year</source>
        <translation>課税年度の全従業員の源泉徴収を計算</translation>
    </message>
    <message>
        <source>Progress of the import or computation</source>
        <translation>インポートまたは計算の進行状況</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the import or computation</source>
        <translation>インポートまたは計算を中止</translation>
    </message>
    <message>
        <source>Batch work status</source>
        <translation>一括処理の状況</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>見つかった問題</translation>
    </message>
    <message>
        <source>No employees yet. Import the company&apos;s roster (花名册) first, then its payroll.</source>
        <translation>従業員がまだいません。先に会社の従業員名簿（花名册）をインポートし、次に給与データをインポートしてください。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>スプレッドシート (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>名簿のインポート</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Import a payroll</source>
        <translation>給与データのインポート</translation>
    </message>
    <message>
        <source>Computing the withholding of %1…</source>
        <translation>%1 の源泉徴収を計算しています…</translation>
    </message>
    <message>
        <source>Replace the payroll?</source>
        <translation>給与データを置き換えますか？</translation>
    </message>
    <message>
        <source>The payroll of %1 is already imported. Replace it with this file? An employee missing from the file loses that month&apos;s payroll, and the withholding from that month on must be computed again.</source>
        <translation>%1 の給与データは既にインポートされています。このファイルで置き換えますか？ファイルに含まれていない従業員はその月の給与データがなくなり、その月以降の源泉徴収をもう一度計算する必要があります。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>Replacing the payroll of %1…</source>
        <translation>%1 の給与データを置き換えています…</translation>
    </message>
    <message>
        <source>Nothing was imported: the payroll of %1 already imported is kept.</source>
        <translation>何もインポートされていません。インポート済みの %1 の給与データはそのまま残ります。</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3：%4</translation>
    </message>
    <message>
        <source>%L1 rows read…</source>
        <translation>%L1 行を読み込みました…</translation>
    </message>
    <message>
        <source>%L1 of %L2 employees computed…</source>
        <translation>従業員 %L2 人中 %L1 人を計算しました…</translation>
    </message>
    <message>
        <source>roster template.csv</source>
        <translation>従業員名簿テンプレート.csv</translation>
    </message>
    <message>
        <source>payroll template.csv</source>
        <translation>給与データテンプレート.csv</translation>
    </message>
    <message>
        <source>labor payments template.csv</source>
        <translation>役務報酬テンプレート.csv</translation>
    </message>
    <message>
        <source>Template&amp;s</source>
        <translation>テンプレート(&amp;S)</translation>
    </message>
    <message>
        <source>Save an empty template to fill in</source>
        <translation>記入用の空のテンプレートを保存します</translation>
    </message>
    <message>
        <source>Save &amp;roster template…</source>
        <translation>従業員名簿テンプレートを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Save &amp;payroll template…</source>
        <translation>給与データテンプレートを保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;labor payments template…</source>
        <translation>役務報酬テンプレートを保存(&amp;L)…</translation>
    </message>
    <message>
        <source>Import &amp;labor payments…</source>
        <translation>役務報酬の支払をインポート(&amp;L)…</translation>
    </message>
    <message>
        <source>Import the payroll month&apos;s labor payments (劳务报酬) from a CSV or XLSX file</source>
        <translation>給与月の役務報酬の支払（劳务报酬）を CSV または XLSX ファイルからインポートします</translation>
    </message>
    <message>
        <source>E&amp;xport declaration…</source>
        <translation>申告書をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the payroll month&apos;s withholding declaration as CSV, Excel or PDF</source>
        <translation>給与月の源泉徴収申告書を CSV、Excel または PDF で保存します</translation>
    </message>
    <message>
        <source>Import labor payments</source>
        <translation>役務報酬の支払をインポート</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>テンプレートを保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存しています…</translation>
    </message>
    <message>
        <source>Export the declaration of %1</source>
        <translation>%1 の申告書をエクスポート</translation>
    </message>
    <message>
        <source>declaration %1.xlsx</source>
        <translation>申告書 %1.xlsx</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx);;PDF (*.pdf)</source>
        <translation>CSV ファイル (*.csv);;Excel ブック (*.xlsx);;PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the declaration of %1…</source>
        <translation>%1 の申告書を書き出しています…</translation>
    </message>
    <message>
        <source>The template is saved as %1. Keep its header row, fill in one row per person, and import it.</source>
        <translation>テンプレートを %1 として保存しました。見出し行はそのままにして、1 人 1 行で記入し、インポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The declaration, %n line(s), is saved as %1.</source>
        <translation>
            <numerusform>申告書（%n 行）を %1 として保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the labor payments?</source>
        <translation>役務報酬の支払を置き換えますか？</translation>
    </message>
    <message>
        <source>The labor payments of %1 are already imported. Replace them with this file? Every labor payment of that month is replaced by the file&apos;s.</source>
        <translation>%1 の役務報酬の支払はインポート済みです。このファイルで置き換えますか？その月の役務報酬の支払はすべてファイルの内容に置き換わります。</translation>
    </message>
    <message>
        <source>Replacing the labor payments of %1…</source>
        <translation>%1 の役務報酬の支払を置き換えています…</translation>
    </message>
    <message>
        <source>Nothing was imported: the labor payments of %1 already imported are kept.</source>
        <translation>何もインポートしませんでした。インポート済みの %1 の役務報酬の支払はそのままです。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Huisuan: China&apos;s individual income tax, exact, explained and private.</source>
        <translation>Huisuan：中国の個人所得税を、正確に、説明つきで、プライバシーを守って。</translation>
    </message>
    <message>
        <source>The vault directory to open or create.</source>
        <translation>開く、または作成する保管庫のディレクトリ。</translation>
    </message>
    <message>
        <source>Show the version, the build and the rule packs, then exit.</source>
        <translation>バージョン、ビルド、ルールパックを表示して終了します。</translation>
    </message>
</context>
</TS>
