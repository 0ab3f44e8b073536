<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
    <name>CliApplication</name>
    <message>
        <source>unknown command %1</source>
        <translation>不明なコマンド %1</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot;: use --lang with one of %2</source>
        <translation>サポートされていない言語「%1」：--lang には次のいずれかを指定してください：%2</translation>
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
        <source>Usage: huisuan-cli vault init|passwd|verify [--vault DIR] [--kdf-log2n L]
       huisuan-cli vault backup FILE|restore FILE [--vault DIR]
DIR defaults to %1.
The passphrase is read from HUISUAN_PASSPHRASE, or asked for without echo on a terminal;
passwd reads the new one from HUISUAN_NEW_PASSPHRASE or asks for it.
--kdf-log2n L sets scrypt&apos;s cost N = 2^L for init (default: about half a second here).</source>
        <translation>使い方：huisuan-cli vault init|passwd|verify [--vault DIR] [--kdf-log2n L]
        huisuan-cli vault backup FILE|restore FILE [--vault DIR]
DIR（保管庫のフォルダー）の既定値は %1 です。
パスフレーズは HUISUAN_PASSPHRASE から読み取ります。設定されていなければ、端末で入力を求めます（入力内容は表示されません）。
passwd は新しいパスフレーズを HUISUAN_NEW_PASSPHRASE から読み取るか、入力を求めます。
--kdf-log2n L は init で使う scrypt のコスト N を 2^L にします（既定値：このマシンで約 0.5 秒かかる値を自動で選択）。</translation>
    </message>
    <message>
        <source>unknown vault action %1</source>
        <translation>不明な保管庫の操作 %1</translation>
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
    <name>huisuan::DesktopSession</name>
    <message>
        <source>The vault is locked. Unlock it to see your tax years.</source>
        <translation>保管庫はロックされています。課税年度を表示するには、ロックを解除してください。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>保管庫はロックされています。先にロックを解除してください。</translation>
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
        <source>Downloading from the bureau</source>
        <translation>税務当局からダウンロードしています</translation>
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
        <source>No income recorded for this year yet. Download the prefilled income from the bureau.</source>
        <translation>この年度の収入はまだ記録されていません。事前入力された収入を税務当局からダウンロードしてください。</translation>
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
</context>
</TS>
