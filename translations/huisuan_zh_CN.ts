<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnualStatements</name>
    <message>
        <source>No employee with the identity number %1 is on the roster of %2. Check the number, or import the roster that has this employee.</source>
        <translation>%2 的人员信息中没有身份证件号码为 %1 的员工。请检查该号码，或导入包含该员工的人员信息。</translation>
    </message>
    <message>
        <source>The withholding of %1-%2 is not computed for the payroll as it is now. Compute the year %1 first.</source>
        <translation>%1-%2 的预扣预缴税额尚未按当前工资表计算。请先计算 %1 年度。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>CA: the certificate given with --ca.</source>
        <translation>CA：使用 --ca 指定的证书。</translation>
    </message>
    <message>
        <source>CA: the one embedded in the audit file, as the taxpayer&apos;s vault trusted it. Pin the bureau&apos;s own with --ca to check that it is the bureau&apos;s.</source>
        <translation>CA：审计文件中内嵌的证书，即纳税人保险库所信任的证书。请用 --ca 固定信任税务机关自己的 CA 证书，以核实它确属税务机关。</translation>
    </message>
    <message>
        <source>CA: none. A bare signed filing needs the bureau&apos;s SM2 CA certificate with --ca.</source>
        <translation>CA：无。单纯的已签名申报需要用 --ca 指定税务机关的 SM2 CA 证书。</translation>
    </message>
    <message>
        <source>Filing %1, tax year %2, signed by %3 at %4</source>
        <translation>申报 %1，纳税年度 %2，由 %3 于 %4 签名</translation>
    </message>
    <message>
        <source>The file holds no receipt from the bureau.</source>
        <translation>该文件不含税务机关的回执。</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Verified: every check holds.</source>
        <translation>已验证：所有检查均通过。</translation>
    </message>
    <message>
        <source>NOT verified: see the failed checks above.</source>
        <translation>未通过验证：请查看上方未通过的检查项。</translation>
    </message>
    <message>
        <source>Replay of %1, tax year %2, rule pack %3</source>
        <translation>复算 %1，纳税年度 %2，规则包 %3</translation>
    </message>
    <message>
        <source>filed:</source>
        <translation>申报值：</translation>
    </message>
    <message>
        <source>replayed:</source>
        <translation>复算值：</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>file or submission | year | verified | replayed clean | differences</source>
        <translation>文件或提交编号 | 年度 | 已验证 | 复算一致 | 差异数</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 of %2 filing(s) verified and replayed clean.</source>
        <translation>%2 份申报中有 %1 份通过验证且复算一致。</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保险库口令：</translation>
    </message>
    <message>
        <source>This vault holds no filings.</source>
        <translation>本保险库中没有申报。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the audit file of %1 to %2.</source>
        <translation>已将 %1 的审计文件写入 %2。</translation>
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
        <translation>用法：huisuan-cli verify 文件 [--ca SM2_CA.der] [--json]
       huisuan-cli replay 文件 [--json]
       huisuan-cli replay --vault 目录 [--ca SM2_CA.der]
       huisuan-cli replay --folder 目录 [--ca SM2_CA.der]
       huisuan-cli filing export --submission 提交编号 --out 文件 [--vault 目录]
  文件为审计文件（docs/audit-file.md）或单纯的已签名申报。未指定 --ca 时，
  使用审计文件中的 CA。口令来自 HUISUAN_PASSPHRASE 或提示输入。
  退出状态：0 全部通过，1 失败或用法错误，2 有检查未通过或复算结果不一致。</translation>
    </message>
</context>
<context>
    <name>AuditFile</name>
    <message>
        <source>This is neither a Huisuan audit file nor a signed filing. Ask for the file again, exported with &quot;huisuan-cli filing export&quot; or as the signed filing itself.</source>
        <translation>这既不是汇算审计文件，也不是已签名申报。请重新索取该文件：用“huisuan-cli filing export”导出的文件，或已签名申报本身。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit entry %1 does not follow the entry before it: an entry was changed, removed or inserted</source>
        <translation>审计记录 %1 与前一条记录衔接不上：有记录被修改、删除或插入</translation>
    </message>
    <message>
        <source>audit entry %1 was changed after it was written</source>
        <translation>审计记录 %1 在写入后被修改</translation>
    </message>
    <message>
        <source>The vault could not authenticate its audit log.</source>
        <translation>保险库无法验证其审计日志的真实性。</translation>
    </message>
    <message>
        <source>the audit log&apos;s head record was altered: entries may have been removed from its end</source>
        <translation>审计日志的末条记录标识已被改动：日志末尾的记录可能已被删除</translation>
    </message>
    <message>
        <source>the audit log&apos;s head record is missing: entries may have been removed from its end</source>
        <translation>审计日志的末条记录标识缺失：日志末尾的记录可能已被删除</translation>
    </message>
    <message>
        <source>audit entries %1 to %2 were removed from the end of the log</source>
        <translation>审计记录 %1 至 %2 已从日志末尾被删除</translation>
    </message>
    <message>
        <source>audit entry %1 was added outside Huisuan</source>
        <translation>审计记录 %1 是在汇算之外添加的</translation>
    </message>
    <message>
        <source>audit entry %1 was replaced after it was written</source>
        <translation>审计记录 %1 在写入后被替换</translation>
    </message>
</context>
<context>
    <name>AuditReportPdf</name>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>提交编号</translation>
    </message>
    <message>
        <source>Taxpayer</source>
        <translation>纳税人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>纳税年度</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>引擎版本</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>复算</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>申报值</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>复算值</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>是否一致</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>政策依据</translation>
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
        <translation>审计报告：申报 %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>The filing</source>
        <translation>申报信息</translation>
    </message>
    <message>
        <source>Replay, line by line</source>
        <translation>逐行复算</translation>
    </message>
    <message>
        <source>Audit report %1</source>
        <translation>审计报告 %1</translation>
    </message>
</context>
<context>
    <name>BankCardCheck</name>
    <message>
        <source>A card number has only digits.</source>
        <translation>卡号只能包含数字。</translation>
    </message>
    <message>
        <source>A card number has at most %1 digits.</source>
        <translation>卡号最多 %1 位数字。</translation>
    </message>
    <message>
        <source>This is not a card number yet: finish typing it, or check it against your card.</source>
        <translation>这还不是完整的卡号：请输入完整，或对照银行卡核对。</translation>
    </message>
    <message>
        <source>This card number is mistyped: its last digit does not match the others. Check it against your card.</source>
        <translation>此卡号输入有误：最后一位校验数字与其他数字不符。请对照银行卡核对。</translation>
    </message>
</context>
<context>
    <name>BatchBureauCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>--month needs a month such as 2025-04</source>
        <translation>--month 需要一个月份，例如 2025-04</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year 需要一个年份，例如 2025</translation>
    </message>
    <message>
        <source>%1: declared (receipt %2)</source>
        <translation>%1：已申报（回执 %2）</translation>
    </message>
    <message>
        <source>%1: %2 Next attempt at %3.</source>
        <translation>%1：%2 下次尝试时间 %3。</translation>
    </message>
    <message>
        <source>ALARM for %1: %2</source>
        <translation>%1 警报：%2</translation>
    </message>
    <message>
        <source>Queued the declaration of %1 as %2.</source>
        <translation>已将 %1 的申报加入待发队列，编号 %2。</translation>
    </message>
    <message>
        <source>Queued the declaration of %1 as %2, replacing %3.</source>
        <translation>已将 %1 的申报加入待发队列，编号 %2，替换 %3。</translation>
    </message>
    <message>
        <source>%1 is declared already as %2 (receipt %3); the figures have not changed, so nothing was sent.</source>
        <translation>%1 已申报，编号 %2（回执 %3）；数据没有变化，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>queued, not sent yet</source>
        <translation>已加入待发队列，尚未发送</translation>
    </message>
    <message>
        <source>sent, awaiting the bureau&apos;s answer</source>
        <translation>已发送，等待税务机关答复</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>No declaration of %1 was submitted yet.</source>
        <translation>尚未提交 %1 的申报。</translation>
    </message>
    <message>
        <source>  receipt %1</source>
        <translation>  回执 %1</translation>
    </message>
    <message>
        <source>  replaces %1</source>
        <translation>  替换 %1</translation>
    </message>
    <message>
        <source>%1: %2 a month (%3)</source>
        <translation>%1：每月 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded the special additional deductions of %n employee(s) for %1. Compute the year again to use them.</source>
        <translation>
            <numerusform>已下载 %n 名员工 %1 年度的专项附加扣除。请重新计算该年度以使用这些扣除。</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: huisuan-cli batch submit --workspace CREDIT_CODE --month YYYY-MM [--wait SECONDS]
       huisuan-cli batch declarations --workspace CREDIT_CODE --year YYYY
       huisuan-cli batch deductions download --workspace CREDIT_CODE --year YYYY
  with [--vault DIR] and the bureau: [--bureau URL] [--bureau-dir DIR | --tls-ca FILE --sm2-ca FILE].
  Exit status: 0 done, 1 failure, 2 refused by the bureau, 3 queued and not yet answered (the next submit sends it again).</source>
        <translation>用法：huisuan-cli batch submit --workspace 统一社会信用代码 --month YYYY-MM [--wait 秒数]
       huisuan-cli batch declarations --workspace 统一社会信用代码 --year YYYY
       huisuan-cli batch deductions download --workspace 统一社会信用代码 --year YYYY
  均可加 [--vault 目录] 及税务机关参数：[--bureau 网址] [--bureau-dir 目录 | --tls-ca 文件 --sm2-ca 文件]。
  退出状态：0 完成，1 失败，2 被税务机关拒绝，3 已加入待发队列但尚未得到答复（下次 submit 会重新发送）。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保险库口令：</translation>
    </message>
</context>
<context>
    <name>BatchColumns</name>
    <message>
        <source>The column &quot;%1&quot; is not part of the template. Rename it to one of the template&apos;s headers (see docs/batch-template.md) or remove it.</source>
        <translation>列“%1”不属于模板。请将其改为模板中的某个表头（见 docs/batch-template.md），或删除该列。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (also column %2). Keep only one of them.</source>
        <translation>列“%1”出现了两次（另见第 %2 列）。请只保留其中一列。</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; (%2) is missing. Add it to the header row.</source>
        <translation>缺少必填列“%1”（%2）。请将其添加到表头行。</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year 需要一个年份，例如 2025</translation>
    </message>
    <message>
        <source>--month needs a month such as 2025-04</source>
        <translation>--month 需要一个月份，例如 2025-04</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Wrote the %1 template to %2.</source>
        <translation>已将 %1 模板写入 %2。</translation>
    </message>
    <message>
        <source>Workspace %1 (%2) is ready.</source>
        <translation>单位工作区 %1（%2）已就绪。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: correct the %n problem(s) above and import the file again.</source>
        <translation>
            <numerusform>未导入任何内容：请更正上述 %n 个问题后重新导入该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The payroll of %1 is already imported; nothing was imported. To replace it, import again with --replace, then compute the year again.</source>
        <translation>%1 的工资薪金已导入，本次未导入任何内容。如需替换，请使用 --replace 重新导入，然后重新计算该年度。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed %1 payroll month(s) of %2 employee(s).</source>
        <translation>已计算 %2 名员工的 %1 个工资薪金月份。</translation>
    </message>
    <message>
        <source>unknown batch action %1</source>
        <translation>未知的批量操作 %1</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保险库口令：</translation>
    </message>
    <message>
        <source>The labor payments of %1 are already imported; nothing was imported. To replace them, import again with --replace.</source>
        <translation>%1 的劳务报酬已导入，本次未导入任何内容。如需替换，请使用 --replace 重新导入。</translation>
    </message>
    <message>
        <source>Say which format to write with --format %1, or end the file name with .%2.</source>
        <translation>请用 --format %1 指定输出格式，或让文件名以 .%2 结尾。</translation>
    </message>
    <message>
        <source>Wrote the %1 statement of %2 to %3.</source>
        <translation>已将 %2 的 %1 年度扣缴明细写入 %3。</translation>
    </message>
    <message>
        <source>Could not make the folder %1. Check that its parent can be written.</source>
        <translation>无法创建文件夹 %1。请检查其上级文件夹是否可写入。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 statements of %n employee(s) to %2.</source>
        <translation>
            <numerusform>已将 %n 名员工的 %1 年度扣缴明细写入 %2。</numerusform>
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
        <translation>用法：huisuan-cli batch workspace add 统一社会信用代码 名称 | workspace list
       huisuan-cli batch template roster|payroll|labor --out 文件.csv
       huisuan-cli batch import roster|payroll|labor 文件.csv|文件.xlsx --workspace 统一社会信用代码 --month YYYY-MM [--replace]
       huisuan-cli batch compute --workspace 统一社会信用代码 --year YYYY
       huisuan-cli batch report --workspace 统一社会信用代码 --month YYYY-MM --out 文件.csv|.xlsx|.pdf [--format csv|xlsx|pdf]
       huisuan-cli batch statement --workspace 统一社会信用代码 --year YYYY (--employee 身份证件号码 --out 文件.pdf|.csv | --all --out 文件夹) [--format pdf|csv]
  所有命令均可加：[--vault 目录]。各列的说明见 docs/batch-template.md。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the declaration, %n line(s), to %1.</source>
        <translation>
            <numerusform>已将申报表（共 %n 行）写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPdf</name>
    <message>
        <source>Withholding agent: %1    Unified social credit code: %2</source>
        <translation>扣缴义务人：%1    统一社会信用代码：%2</translation>
    </message>
    <message>
        <source>employed since %1</source>
        <translation>自 %1 起任职受雇</translation>
    </message>
    <message>
        <source>employed from %1 to %2</source>
        <translation>任职受雇期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Employee: %1    Identity number: %2    %3</source>
        <translation>员工：%1    身份证件号码：%2    %3</translation>
    </message>
    <message>
        <source>Tax year: %1    Income: wages and salaries    Amounts in yuan</source>
        <translation>纳税年度：%1    所得项目：工资、薪金所得    金额单位：人民币元</translation>
    </message>
    <message>
        <source>Tax period: %1    Amounts in yuan</source>
        <translation>所属期：%1    金额单位：人民币元</translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>&quot;%1&quot; is not a valid unified social credit code: it has 18 characters and ends with a check character. Copy it again from the business licence.</source>
        <translation>“%1”不是有效的统一社会信用代码：统一社会信用代码为 18 位，最后一位是校验码。请从营业执照上重新复制。</translation>
    </message>
    <message>
        <source>There is no workspace for the company %1. Add it first with `batch workspace add`.</source>
        <translation>单位 %1 没有工作区。请先使用 `batch workspace add` 添加。</translation>
    </message>
    <message>
        <source>The withholding of %1-%2 is not computed for the payroll as it is now. Compute the year %1 first.</source>
        <translation>%1-%2 的预扣预缴税额尚未按当前工资薪金计算。请先计算 %1 年度。</translation>
    </message>
    <message>
        <source>%1 (%2), %3-%4: the payroll says %5 of special additional deductions; the %6 the employee pushed through the tax bureau is used.</source>
        <translation>%1（%2），%3-%4：工资表中的专项附加扣除为 %5；采用员工通过税务机关推送的 %6。</translation>
    </message>
</context>
<context>
    <name>BureauAnswerReader</name>
    <message>
        <source>The tax bureau&apos;s answer could not be read.</source>
        <translation>无法读取税务机关的答复。</translation>
    </message>
</context>
<context>
    <name>BureauApplication</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>无法在 127.0.0.1 的端口 %1 上监听。</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM and SIGINT.</source>
        <translation>无法监听 SIGTERM 和 SIGINT 信号。</translation>
    </message>
    <message>
        <source>usage: huisuan-bureau [serve|report] --data-dir DIR [--port N] [options]; see --help.</source>
        <translation>用法：huisuan-bureau [serve|report] --data-dir 目录 [--port 端口] [选项]；详见 --help。</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the passphrase of the bureau&apos;s vault.</source>
        <translation>请将环境变量 %1 设为税务机关保险库的口令。</translation>
    </message>
</context>
<context>
    <name>BureauClient</name>
    <message>
        <source>The tax bureau at %1 cannot be reached.</source>
        <translation>无法连接位于 %1 的税务机关。</translation>
    </message>
    <message>
        <source>The server at %1 is not the tax bureau this app trusts: its certificate does not match. Nothing was sent.</source>
        <translation>位于 %1 的服务器不是本程序信任的税务机关：其证书不符。未发送任何内容。</translation>
    </message>
    <message>
        <source>The connection to the tax bureau broke before its answer arrived.</source>
        <translation>税务机关的答复到达之前连接已中断。</translation>
    </message>
    <message>
        <source>The tax bureau is busy. The filing stays queued and will be sent again.</source>
        <translation>税务机关繁忙。该申报仍在待发队列中，稍后将重新发送。</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s answer could not be read.</source>
        <translation>无法读取税务机关的答复。</translation>
    </message>
    <message>
        <source>This vault is not enrolled with the tax bureau yet: enrol first.</source>
        <translation>本保险库尚未在税务机关登记：请先登记。</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt failed verification: do not treat this filing as filed. %1</source>
        <translation>税务机关的回执未通过验证：请勿视为已申报。%1</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt is for another request than the one sent: do not treat this filing as filed.</source>
        <translation>税务机关的回执针对的不是所发送的请求：请勿视为已申报。</translation>
    </message>
    <message>
        <source>The tax bureau answered with another certificate authority than the one this app trusts; the enrolment is not used.</source>
        <translation>税务机关答复的证书颁发机构与本程序信任的不同；此次登记不予使用。</translation>
    </message>
    <message>
        <source>The tax bureau answered for another tax year than the one asked for.</source>
        <translation>税务机关答复的纳税年度与所请求的不同。</translation>
    </message>
    <message>
        <source>The tax bureau answered about another submission than the one asked for.</source>
        <translation>税务机关答复的申报与所询问的不同。</translation>
    </message>
    <message>
        <source>The tax bureau answered the declaration with a receipt for something else: do not treat it as declared.</source>
        <translation>税务机关对该申报答复的回执针对的是其他内容：请勿视为已申报。</translation>
    </message>
    <message>
        <source>The tax bureau answered about another election than the one sent.</source>
        <translation>税务机关答复的扣除报送与所发送的不同。</translation>
    </message>
    <message>
        <source>The tax bureau answered for another employer or tax year than the one asked for.</source>
        <translation>税务机关答复的扣缴义务人或纳税年度与所请求的不同。</translation>
    </message>
</context>
<context>
    <name>BureauDeductions</name>
    <message>
        <source>The downloaded deductions of %1 are damaged; download them again.</source>
        <translation>已下载的 %1 扣除数据已损坏；请重新下载。</translation>
    </message>
    <message>
        <source>The employee pushed special additional deductions of %1 a month to this company through the tax bureau, and they are used; this cell says %2. Leave the cell empty, or write %1.</source>
        <translation>员工已通过税务机关向本单位推送每月 %1 的专项附加扣除，并已采用；此单元格填写的是 %2。请将此单元格留空，或填写 %1。</translation>
    </message>
</context>
<context>
    <name>BureauEndpoint</name>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>The bureau address must be https://host:port, for example https://127.0.0.1:8443; &quot;%1&quot; is not.</source>
        <translation>税务机关地址必须为 https://主机:端口，例如 https://127.0.0.1:8443；“%1”不符合。</translation>
    </message>
    <message>
        <source>The bureau&apos;s TLS certificate authority must be exactly one PEM certificate.</source>
        <translation>税务机关的 TLS 证书颁发机构必须恰好是一张 PEM 证书。</translation>
    </message>
    <message>
        <source>The bureau&apos;s SM2 certificate authority is not a DER certificate.</source>
        <translation>税务机关的 SM2 证书颁发机构不是 DER 证书。</translation>
    </message>
</context>
<context>
    <name>BureauError</name>
    <message>
        <source>The request is not in the form the bureau API requires. Update Huisuan or report the problem.</source>
        <translation>请求不符合税务机关接口要求的格式。请更新汇算或报告此问题。</translation>
    </message>
    <message>
        <source>A field of the request is invalid. Correct the fields named in the problems and send it again.</source>
        <translation>请求中有字段无效。请更正问题中列出的字段后重新发送。</translation>
    </message>
    <message>
        <source>The bureau has no such resource. Check the address and the identifiers you sent.</source>
        <translation>税务机关没有此资源。请检查地址和您发送的标识。</translation>
    </message>
    <message>
        <source>This id was already used for a different request. Make a new id for a new request.</source>
        <translation>此编号已用于另一个请求。请为新请求生成新的编号。</translation>
    </message>
    <message>
        <source>The request&apos;s time is more than 5 minutes away from the bureau&apos;s clock. Check your computer&apos;s clock and make a new request.</source>
        <translation>请求时间与税务机关时钟相差超过 5 分钟。请检查电脑时钟后重新发起请求。</translation>
    </message>
    <message>
        <source>The time is not within 5 minutes of the bureau&apos;s clock.</source>
        <translation>该时间与税务机关时钟相差超过 5 分钟。</translation>
    </message>
    <message>
        <source>The request is larger than 1 MiB. Send a smaller request.</source>
        <translation>请求超过 1 MiB。请发送较小的请求。</translation>
    </message>
    <message>
        <source>The request must be sent as application/json.</source>
        <translation>请以 application/json 格式发送请求。</translation>
    </message>
    <message>
        <source>The bureau had an internal error; nothing was changed. Send the same request again later.</source>
        <translation>税务机关发生内部错误，未作任何更改。请稍后重新发送同一请求。</translation>
    </message>
    <message>
        <source>The bureau is busy or shutting down; nothing was changed. Send the same request again later.</source>
        <translation>税务机关繁忙或正在关闭，未作任何更改。请稍后重新发送同一请求。</translation>
    </message>
</context>
<context>
    <name>BureauIdentity</name>
    <message>
        <source>The bureau&apos;s vault lacks part of its identity. Start with a new data folder.</source>
        <translation>税务机关保险库中的身份信息不完整。请使用新的数据文件夹启动。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>BureauOptions</name>
    <message>
        <source>The Huisuan sandbox tax bureau: an HTTPS server on 127.0.0.1 (docs/bureau-api.md).
The vault passphrase is read from the environment variable HUISUAN_BUREAU_PASSPHRASE.</source>
        <translation>汇算沙盒税务机关：127.0.0.1 上的 HTTPS 服务器（见 docs/bureau-api.md）。
保险库口令从环境变量 HUISUAN_BUREAU_PASSPHRASE 读取。</translation>
    </message>
    <message>
        <source>serve (the default) or report</source>
        <translation>serve（默认）或 report</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>The bureau&apos;s folder (its vault).</source>
        <translation>税务机关的文件夹（其保险库）。</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1; 0 picks a free one.</source>
        <translation>127.0.0.1 上的端口；0 表示自动选择空闲端口。</translation>
    </message>
    <message>
        <source>scrypt cost N of a new vault (tests only).</source>
        <translation>新保险库的 scrypt 成本 N（仅供测试）。</translation>
    </message>
    <message>
        <source>Real seconds per simulated day for refunds and payments.</source>
        <translation>退税和缴税进度中每个模拟日对应的实际秒数。</translation>
    </message>
    <message>
        <source>Enables POST /v1/sandbox/advance.</source>
        <translation>启用 POST /v1/sandbox/advance。</translation>
    </message>
    <message>
        <source>Injects a fault every EVERY-th filing or withdrawal (tests only): %1.</source>
        <translation>每隔 EVERY 次申报或作废注入一次故障（仅供测试）：%1。</translation>
    </message>
    <message>
        <source>How late delay-after-commit replies.</source>
        <translation>delay-after-commit 延迟答复的时长。</translation>
    </message>
    <message>
        <source>Faults act on every write, not only filings and withdrawals.</source>
        <translation>故障作用于所有写入请求，而不仅是申报和作废。</translation>
    </message>
    <message>
        <source>An identity number whose refunds fail (bank_account_closed).</source>
        <translation>退税将失败（bank_account_closed）的身份证件号码。</translation>
    </message>
    <message>
        <source>An identity number whose payments are never made (they turn overdue).</source>
        <translation>从不缴纳税款（将变为逾期）的身份证件号码。</translation>
    </message>
    <message>
        <source>Unknown command: %1. Use serve or report.</source>
        <translation>未知命令：%1。请使用 serve 或 report。</translation>
    </message>
    <message>
        <source>--data-dir is required.</source>
        <translation>必须提供 --data-dir。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port 必须是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 to 4194304.</source>
        <translation>--scrypt-n 必须是 1024 到 4194304 之间的 2 的幂。</translation>
    </message>
    <message>
        <source>--day-seconds must be a positive number.</source>
        <translation>--day-seconds 必须是正数。</translation>
    </message>
    <message>
        <source>Unknown fault %1. Use MODE or MODE:EVERY with MODE one of %2.</source>
        <translation>未知故障 %1。请使用 MODE 或 MODE:EVERY，MODE 为以下之一：%2。</translation>
    </message>
    <message>
        <source>--fault-delay-ms must be a number of milliseconds.</source>
        <translation>--fault-delay-ms 必须是毫秒数。</translation>
    </message>
</context>
<context>
    <name>BureauRequestParser</name>
    <message>
        <source>An id must be 1 to 64 letters, digits or the characters . _ - :.</source>
        <translation>编号须为 1 至 64 个字母、数字或字符 . _ - :。</translation>
    </message>
    <message>
        <source>The body is not in its RFC 8785 canonical form.</source>
        <translation>请求体不是 RFC 8785 规范形式。</translation>
    </message>
    <message>
        <source>The certificate request must be canonical, non-empty base64.</source>
        <translation>证书请求必须是规范的非空 base64。</translation>
    </message>
    <message>
        <source>The unified social credit code is not valid (its form or check character is wrong).</source>
        <translation>统一社会信用代码无效（格式或校验码错误）。</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters.</source>
        <translation>姓名须为 1 至 64 个字符。</translation>
    </message>
    <message>
        <source>The period must be a month, yyyy-MM.</source>
        <translation>所属期必须是月份，格式为 yyyy-MM。</translation>
    </message>
    <message>
        <source>A declaration must hold at least one record.</source>
        <translation>申报至少须包含一条记录。</translation>
    </message>
    <message>
        <source>The identity number is not valid (its form, birth date or check character is wrong).</source>
        <translation>居民身份证号码无效（格式、出生日期或校验码错误）。</translation>
    </message>
    <message>
        <source>The income type must be wages, labor, author, royalties or annual_bonus.</source>
        <translation>所得项目须为 wages、labor、author、royalties 或 annual_bonus。</translation>
    </message>
    <message>
        <source>The reason must be not_my_employer, wrong_amount or other.</source>
        <translation>理由须为 not_my_employer、wrong_amount 或 other。</translation>
    </message>
    <message>
        <source>The note must be at most 500 characters.</source>
        <translation>说明最多 500 个字符。</translation>
    </message>
    <message>
        <source>Not a category an employer deducts monthly; use one of %1.</source>
        <translation>不是扣缴义务人按月扣除的项目；请使用以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>BureauService</name>
    <message>
        <source>There is no endpoint at this path.</source>
        <translation>此路径没有接口。</translation>
    </message>
    <message>
        <source>Every endpoint takes POST only.</source>
        <translation>所有接口只接受 POST。</translation>
    </message>
    <message>
        <source>The certificate is not one the bureau issued, or it has expired. Enrol again.</source>
        <translation>证书不是税务机关签发的，或已过期。请重新登记。</translation>
    </message>
    <message>
        <source>The signature does not match the request. Sign it again with your enrolled key.</source>
        <translation>签名与请求不符。请用登记时的密钥重新签名。</translation>
    </message>
    <message>
        <source>The certificate is not a taxpayer&apos;s. Sign with the certificate you got on enrolment.</source>
        <translation>该证书不是纳税人证书。请使用登记时获得的证书签名。</translation>
    </message>
    <message>
        <source>The subject must hold exactly a common name (the name) and a serialNumber (the identity number).</source>
        <translation>主题必须且只能包含通用名（姓名）和 serialNumber（身份证件号码）。</translation>
    </message>
    <message>
        <source>The identity number is not valid (its form, birth date or check character is wrong).</source>
        <translation>居民身份证号码无效（格式、出生日期或校验码错误）。</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters.</source>
        <translation>姓名须为 1 至 64 个字符。</translation>
    </message>
    <message>
        <source>There is no declaration of this employer and month to replace.</source>
        <translation>该扣缴义务人在该月份没有可替换的申报。</translation>
    </message>
    <message>
        <source>Declaration %1 of this employer and month is in force; a new one must name it in replaces.</source>
        <translation>该扣缴义务人该月份的申报 %1 有效；新申报必须在 replaces 中指明它。</translation>
    </message>
    <message>
        <source>There is no refund or payment for this submission: it is not an accepted return in force, or its balance is zero.</source>
        <translation>此申报没有退税或补税：它不是有效的已受理申报，或其应退（补）税额为零。</translation>
    </message>
    <message>
        <source>You have no income record with this id.</source>
        <translation>您没有此编号的收入记录。</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>The amount is empty. Enter the amount, or 0 if there is none.</source>
        <translation>金额为空。请填写金额，没有则填 0。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative; only amounts of 0 or more can be imported. Enter the amount without a minus sign, or correct the month it belongs to.</source>
        <translation>金额“%1”为负数，只能导入 0 或以上的金额。请填写不带负号的金额，或更正其所属月份。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than two decimals, but amounts are in yuan and fen. Round it to the fen (two decimals) and import again.</source>
        <translation>金额“%1”超过两位小数，而金额以元和分为单位。请四舍五入到分（两位小数）后重新导入。</translation>
    </message>
    <message>
        <source>The commas in &quot;%1&quot; are not thousands separators (a comma every three digits, before the decimal point), so the amount could be read more than one way. Write it without commas, as 12000.50, and import again.</source>
        <translation>“%1”中的逗号不是千位分隔符（在小数点前每三位一个逗号），因此该金额可能有多种理解。请不带逗号填写，如 12000.50，然后重新导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Write amounts in yuan with at most two decimals, as 12000.50, without a currency sign or letters, and import again.</source>
        <translation>“%1”不是金额。请以元为单位填写金额，最多两位小数，如 12000.50，不要带货币符号或字母，然后重新导入。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is larger than 999999999999.99 yuan, the largest that can be imported. Check the cell and import again.</source>
        <translation>金额“%1”大于 999999999999.99 元，即可导入的最大金额。请检查该单元格后重新导入。</translation>
    </message>
    <message>
        <source>The amount %1 has more than two decimals, but amounts are in yuan and fen. Round it to the fen (two decimals) in the workbook and import again.</source>
        <translation>金额 %1 超过两位小数，而金额以元和分为单位。请在工作簿中将其四舍五入到分（两位小数）后重新导入。</translation>
    </message>
    <message>
        <source>This cell is formatted as a date, but an amount belongs here. Format the cell as a number, enter the amount and import again.</source>
        <translation>该单元格的格式为日期，但此处应填写金额。请将单元格格式设为数字，填写金额后重新导入。</translation>
    </message>
    <message>
        <source>This cell holds TRUE or FALSE, but an amount belongs here. Enter the amount and import again.</source>
        <translation>该单元格的内容为 TRUE 或 FALSE，但此处应填写金额。请填写金额后重新导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as 2025-03-01 (year-month-day), or format the cell as a date in Excel, and import again.</source>
        <translation>“%1”不是日期。请按 2025-03-01（年-月-日）填写日期，或在 Excel 中将单元格格式设为日期，然后重新导入。</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot;: use --lang with one of %2</source>
        <translation>不支持的语言“%1”：--lang 请使用以下之一：%2</translation>
    </message>
    <message>
        <source>usage: huisuan-cli --version
  The version, the build and the rule packs with their ids.</source>
        <translation>用法：huisuan-cli --version
  显示版本、构建信息以及各规则包及其标识。</translation>
    </message>
</context>
<context>
    <name>CompanyWorkspaceStore</name>
    <message>
        <source>company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>identity document type</source>
        <translation>身份证件类型</translation>
    </message>
    <message>
        <source>employee name</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <source>employee details</source>
        <translation>员工信息</translation>
    </message>
    <message>
        <source>company workspace</source>
        <translation>单位工作区</translation>
    </message>
    <message>
        <source>payroll</source>
        <translation>工资表</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>withholding result</source>
        <translation>预扣预缴计算结果</translation>
    </message>
    <message>
        <source>rule pack id</source>
        <translation>规则包标识</translation>
    </message>
    <message>
        <source>engine version</source>
        <translation>引擎版本</translation>
    </message>
    <message>
        <source>payroll month</source>
        <translation>工资月份</translation>
    </message>
    <message>
        <source>Payroll month %1 has no withholding result yet; compute it first.</source>
        <translation>工资月份 %1 还没有预扣预缴计算结果；请先计算。</translation>
    </message>
    <message>
        <source>payee name</source>
        <translation>收款人姓名</translation>
    </message>
    <message>
        <source>labor payment</source>
        <translation>劳务报酬支付</translation>
    </message>
    <message>
        <source>labor payment prepayment</source>
        <translation>劳务报酬预扣预缴</translation>
    </message>
    <message>
        <source>Nothing was stored: the payroll has problems.</source>
        <translation>未保存任何内容：工资表存在问题。</translation>
    </message>
</context>
<context>
    <name>ComputeCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Usage: huisuan-cli compute KIND FILE|- [--explain] [--lang zh_CN|en|ja] [--no-trace]
KIND is one of: %1
FILE holds a case or a bare input as JSON; - reads standard input.
Prints one JSON result (exit 0), or the trace as text with --explain.
A refused input prints PATH: message lines on standard error (exit 2).</source>
        <translation>用法：huisuan-cli compute KIND FILE|- [--explain] [--lang zh_CN|en|ja] [--no-trace]
KIND（计算类型）为以下之一：%1
FILE 为 JSON 格式的完整案例或单纯的输入对象；- 表示从标准输入读取。
输出一个 JSON 结果（退出码 0）；使用 --explain 时以文字输出计算过程。
输入被拒绝时，在标准错误上逐行输出“PATH: 说明”（退出码 2）。</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知计算类型“%1”</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be opened (%1). Check that it exists and that you may read it.</source>
        <translation>无法打开该文件（%1）。请检查文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>This file is saved as UTF-16 (&quot;Unicode text&quot;), which cannot be imported. In Excel, save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>该文件保存为 UTF-16（“Unicode 文本”），无法导入。请在 Excel 中重新另存为“CSV UTF-8（逗号分隔）”，然后导入该文件。</translation>
    </message>
    <message>
        <source>This file begins as UTF-8 but has bytes that are not UTF-8, so its text cannot be read reliably. Save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>该文件以 UTF-8 开头，但含有非 UTF-8 的字节，因此无法可靠地读取其文本。请重新另存为“CSV UTF-8（逗号分隔）”，然后导入该文件。</translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor GB18030 text, so its Chinese characters cannot be read. Save it again from Excel as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 文本，因此无法读取其中的汉字。请从 Excel 重新另存为“CSV UTF-8（逗号分隔）”，然后导入该文件。</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file. Close other programs and try again.</source>
        <translation>内存不足，无法读取该文件。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The quotation marks in this row do not pair up (a quote inside a value must be doubled, and a quoted value must be closed), so the row cannot be split into its cells. Correct the row and import again.</source>
        <translation>该行中的引号未成对（值内的引号必须写两遍，带引号的值必须闭合），因此无法将该行拆分为单元格。请更正该行后重新导入。</translation>
    </message>
    <message>
        <source>The file could not be read to its end (%1). Copy it to this computer and try again.</source>
        <translation>无法将该文件读取到末尾（%1）。请将其复制到本机后重试。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Could not write %1 (%2). Check that the folder exists and can be written.</source>
        <translation>无法写入 %1（%2）。请检查该文件夹是否存在且可写入。</translation>
    </message>
</context>
<context>
    <name>DeclarationDrainer</name>
    <message>
        <source>The tax bureau received the declaration of %1 (receipt %2).</source>
        <translation>税务机关已收到 %1 的申报（回执 %2）。</translation>
    </message>
    <message>
        <source>The tax bureau refused the declaration of %1: %2</source>
        <translation>税务机关拒绝了 %1 的申报：%2</translation>
    </message>
    <message>
        <source>Not answered yet (%1); the declaration stays queued and will be sent again.</source>
        <translation>尚未得到答复（%1）；该申报仍在待发队列中，将重新发送。</translation>
    </message>
</context>
<context>
    <name>DeclarationQueue</name>
    <message>
        <source>No employee of %1 was paid in %2: there is nothing to declare. Import the payroll of %2 and compute the year first.</source>
        <translation>%1 在 %2 没有向任何员工支付工资薪金：没有可申报的内容。请先导入 %2 的工资表并计算该年度。</translation>
    </message>
    <message>
        <source>The declaration %1 of %2 has not been answered by the bureau yet. Submit again when the bureau can be reached; the corrected figures follow it.</source>
        <translation>%2 的申报 %1 尚未得到税务机关答复。请在能够连接税务机关时再次提交；更正后的数据将随后发送。</translation>
    </message>
</context>
<context>
    <name>DeclarationReport</name>
    <message>
        <source>Could not write the declaration to %1 (%2). Check that the folder exists and can be written.</source>
        <translation>无法将申报写入 %1（%2）。请检查该文件夹是否存在且可写入。</translation>
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
        <translation>扣除类型“%1”不是类型名称（例如 housing_rent）。</translation>
    </message>
    <message>
        <source>deduction claim</source>
        <translation>扣除申报</translation>
    </message>
    <message>
        <source>taxpayer profile</source>
        <translation>纳税人信息</translation>
    </message>
</context>
<context>
    <name>DeductionsCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>usage: huisuan-cli deductions push --employer CREDIT_CODE --year YYYY [--vault DIR]
  Pushes the special additional deductions saved for YYYY to the employer through the tax bureau you enrolled with, as monthly amounts.</source>
        <translation>用法：huisuan-cli deductions push --employer 统一社会信用代码 --year YYYY [--vault 目录]
  将为 YYYY 年度保存的专项附加扣除按月度金额，通过您登记的税务机关推送给扣缴义务人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unified social credit code: it has 18 characters and ends with a check character. Ask the employer for it again.</source>
        <translation>“%1”不是有效的统一社会信用代码：统一社会信用代码为 18 位，最后一位是校验码。请向扣缴义务人重新索取。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保险库口令：</translation>
    </message>
    <message>
        <source>%1 is not deducted by employers month by month; it stays for your annual reconciliation.</source>
        <translation>%1 不由扣缴义务人按月扣除；它留待您在年度汇算时扣除。</translation>
    </message>
    <message>
        <source>There are no special additional deductions for %1 in this vault that an employer deducts monthly. Enter them in the app first.</source>
        <translation>本保险库中没有 %1 年度可由扣缴义务人按月扣除的专项附加扣除。请先在程序中填写。</translation>
    </message>
    <message>
        <source>Pushed %1 a month of special additional deductions for %2 to the employer %3 (election %4).</source>
        <translation>已将 %2 年度每月 %1 的专项附加扣除推送给扣缴义务人 %3（报送编号 %4）。</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Vault passphrase: </source>
        <translation>保险库口令：</translation>
    </message>
    <message>
        <source>Opening the vault in %1.</source>
        <translation>正在打开 %1 中的保险库。</translation>
    </message>
    <message>
        <source>Creating a vault in %1.</source>
        <translation>正在 %1 中创建保险库。</translation>
    </message>
    <message>
        <source>--kdf-log2n must be between 10 and 22</source>
        <translation>--kdf-log2n 必须在 10 到 22 之间</translation>
    </message>
    <message>
        <source>unknown argument %1</source>
        <translation>未知参数 %1</translation>
    </message>
    <message>
        <source>usage: huisuan-cli demo [--vault DIR] [--lang zh_CN|en|ja]
  The whole taxpayer journey against a sandbox bureau on this machine; the vault passphrase comes from HUISUAN_PASSPHRASE or a prompt.</source>
        <translation>用法：huisuan-cli demo [--vault 目录] [--lang zh_CN|en|ja]
  针对本机沙盒税务机关走完纳税人的全部流程；保险库口令来自 HUISUAN_PASSPHRASE 或提示输入。</translation>
    </message>
    <message>
        <source>internal error: the demo data is missing from this build</source>
        <translation>内部错误：本构建中缺少演示数据</translation>
    </message>
    <message>
        <source>A sandbox tax bureau on this machine</source>
        <translation>本机上的沙盒税务机关</translation>
    </message>
    <message>
        <source>Listening at %1; its TLS and SM2 certificate authorities are pinned.</source>
        <translation>正在 %1 监听；其 TLS 和 SM2 证书颁发机构已固定信任。</translation>
    </message>
    <message>
        <source>Employers declare what they paid and withheld in %1</source>
        <translation>扣缴义务人申报 %1 年支付的所得和扣缴的税款</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly declaration(s) accepted by the bureau.</source>
        <translation>
            <numerusform>税务机关已受理 %n 份月度申报。</numerusform>
        </translation>
    </message>
    <message>
        <source>The taxpayer&apos;s encrypted vault</source>
        <translation>纳税人的加密保险库</translation>
    </message>
    <message>
        <source>Enrolment: a new SM2 key, certified by the bureau</source>
        <translation>登记：新的 SM2 密钥，由税务机关认证</translation>
    </message>
    <message>
        <source>%1 (%2) is enrolled; the certificate is valid until %3.</source>
        <translation>%1（%2）已登记；证书有效期至 %3。</translation>
    </message>
    <message>
        <source>Prefill: the income the bureau knows of</source>
        <translation>预填：税务机关掌握的收入</translation>
    </message>
    <message>
        <source>The return, computed and explained</source>
        <translation>申报表：计算与逐项说明</translation>
    </message>
    <message>
        <source>Signed with SM2, queued in the vault, filed exactly once</source>
        <translation>以 SM2 签名，存入保险库待发队列，仅申报一次</translation>
    </message>
    <message>
        <source>Submission %1.</source>
        <translation>提交编号 %1。</translation>
    </message>
    <message>
        <source>The filing was not answered.</source>
        <translation>该申报未得到答复。</translation>
    </message>
    <message>
        <source>The refund, as the bureau&apos;s simulated days go by</source>
        <translation>随着税务机关模拟日推移的退税进度</translation>
    </message>
    <message numerus="yes">
        <source>(%n simulated day(s) later)</source>
        <translation>
            <numerusform>（%n 个模拟日之后）</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the receipt verified, and the vault keeps the filing and its receipt.</source>
        <translation>完成：回执已验证，保险库保存了该申报及其回执。</translation>
    </message>
</context>
<context>
    <name>EnrolmentStore</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a UTC time; write it as the certificate gives it, such as 2026-01-01T00:00:00Z.</source>
        <translation>%1“%2”不是 UTC 时间；请按证书中的写法填写，例如 2026-01-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>taxpayer name</source>
        <translation>纳税人姓名</translation>
    </message>
    <message>
        <source>start of validity</source>
        <translation>有效期起始时间</translation>
    </message>
    <message>
        <source>end of validity</source>
        <translation>有效期截止时间</translation>
    </message>
    <message>
        <source>The bureau address &quot;%1&quot; is not an https:// address; enter it as the bureau publishes it, such as https://127.0.0.1:8443/.</source>
        <translation>税务机关地址“%1”不是 https:// 地址；请按税务机关公布的地址填写，例如 https://127.0.0.1:8443/。</translation>
    </message>
    <message>
        <source>The bureau&apos;s TLS CA certificate is not a PEM certificate; use the file that begins with -----BEGIN CERTIFICATE-----.</source>
        <translation>税务机关的 TLS CA 证书不是 PEM 格式的证书；请使用以 -----BEGIN CERTIFICATE----- 开头的文件。</translation>
    </message>
    <message>
        <source>The bureau&apos;s SM2 CA certificate is not one DER certificate; enrol again to receive it from the bureau.</source>
        <translation>税务机关的 SM2 CA 证书不是单个 DER 格式的证书；请重新登记，以便从税务机关重新获取。</translation>
    </message>
    <message>
        <source>The taxpayer certificate is not one DER certificate; enrol again to receive it from the bureau.</source>
        <translation>纳税人证书不是单个 DER 格式的证书；请重新登记，以便从税务机关重新获取。</translation>
    </message>
    <message>
        <source>The signing key is not a PKCS#8 private key; enrol again to create a new one.</source>
        <translation>签名密钥不是 PKCS#8 格式的私钥；请重新登记以生成新密钥。</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity ends (%1) before it starts (%2); enrol again.</source>
        <translation>证书有效期的截止时间（%1）早于起始时间（%2）；请重新登记。</translation>
    </message>
    <message>
        <source>This vault is not enrolled with the tax bureau yet; enrol first to file.</source>
        <translation>此保险库尚未在税务机关登记；请先登记，再进行申报。</translation>
    </message>
</context>
<context>
    <name>FilingAuditReader</name>
    <message>
        <source>The file holds no receipt from the tax bureau.</source>
        <translation>该文件不含税务机关的回执。</translation>
    </message>
    <message>
        <source>Receipt %1: accepted by the tax bureau at %2 (UTC).</source>
        <translation>回执 %1：税务机关已于 %2（UTC）受理。</translation>
    </message>
    <message>
        <source>Receipt %1: refused by the tax bureau at %2 (UTC).</source>
        <translation>回执 %1：税务机关已于 %2（UTC）驳回。</translation>
    </message>
    <message>
        <source>The file holds a receipt, but it does not verify: see the checks.</source>
        <translation>该文件含有回执，但回执未通过验证：请查看各项检查。</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check the name and that you may read it.</source>
        <translation>无法打开 %1（%2）。请检查文件名以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>%1 is too large to be a filing or an audit file. Choose the file the taxpayer or the tax bureau sent.</source>
        <translation>%1 太大，不可能是申报或审计文件。请选择纳税人或税务机关发送的文件。</translation>
    </message>
    <message>
        <source>Rule pack %1 (%2) changed a formula for %3: %4</source>
        <translation>规则包 %1（%2）更改了 %3 的公式：%4</translation>
    </message>
</context>
<context>
    <name>FilingCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>%1: %2 Next attempt at %3.</source>
        <translation>%1：%2 下次尝试时间 %3。</translation>
    </message>
    <message>
        <source>ALARM for %1: %2</source>
        <translation>%1 警报：%2</translation>
    </message>
    <message>
        <source>Enrolled %1 with the tax bureau at %2; the certificate is valid until %3.</source>
        <translation>已在位于 %2 的税务机关登记 %1；证书有效期至 %3。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>There is no accepted filing of that tax year in this vault to correct; name it with --replaces.</source>
        <translation>本保险库中没有该纳税年度已受理的申报可供更正；请用 --replaces 指明。</translation>
    </message>
    <message>
        <source>--replaces belongs to correct, not to file</source>
        <translation>--replaces 属于 correct 命令，不属于 file 命令</translation>
    </message>
    <message>
        <source>Signed and queued as %1.</source>
        <translation>已签名并加入待发队列，编号 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Income record %1 is disputed (%2, dispute %3).</source>
        <translation>收入记录 %1 已提出异议（%2，异议编号 %3）。</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保险库口令：</translation>
    </message>
    <message>
        <source>signed, not sent yet</source>
        <translation>已签名，尚未发送</translation>
    </message>
    <message>
        <source>sent, awaiting the bureau&apos;s answer</source>
        <translation>已发送，等待税务机关答复</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>已被更正申报取代</translation>
    </message>
    <message>
        <source>This vault holds no filings yet.</source>
        <translation>本保险库中还没有申报。</translation>
    </message>
    <message>
        <source>correction of %1</source>
        <translation>对 %1 的更正</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>申报</translation>
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
        <translation>用法：huisuan-cli enrol --name 姓名 --id 身份证件号码 [--bureau 网址] [--bureau-dir 目录 | --tls-ca 文件 --sm2-ca 文件]
       huisuan-cli prefill 年度
       huisuan-cli file 申报表.json [--wait 秒数]
       huisuan-cli correct 申报表.json [--replaces 提交编号] [--wait 秒数]
       huisuan-cli status [提交编号]
       huisuan-cli withdraw 提交编号
       huisuan-cli dispute 记录 [--reason not_my_employer|wrong_amount|other] [--note 说明]
  均可加 [--vault 目录] [--lang zh_CN|en|ja]；口令来自 HUISUAN_PASSPHRASE 或提示输入。
  退出状态：0 完成，1 失败，2 被税务机关拒绝或驳回，3 已排队但尚未得到答复（之后任一命令都会重新发送）。</translation>
    </message>
</context>
<context>
    <name>FilingDesk</name>
    <message>
        <source>The bureau does not know this rule pack for tax year %1. Update Huisuan and compute the return again.</source>
        <translation>税务机关不认识 %1 纳税年度的此规则包。请更新汇算并重新计算申报表。</translation>
    </message>
    <message>
        <source>The bureau accepts returns computed by engine version %1. Update Huisuan and compute the return again.</source>
        <translation>税务机关只受理由引擎版本 %1 计算的申报表。请更新汇算并重新计算申报表。</translation>
    </message>
    <message>
        <source>The return is for tax year %1 but the filing says %2.</source>
        <translation>申报表的纳税年度为 %1，但申报写的是 %2。</translation>
    </message>
    <message>
        <source>A return for %1 was already accepted (submission %2). To change it, file a correction that names that submission.</source>
        <translation>%1 年度的申报已被受理（提交编号 %2）。如需修改，请提交指明该申报的更正申报。</translation>
    </message>
    <message>
        <source>The correction must name the accepted submission %1.</source>
        <translation>更正申报必须指明已受理的申报 %1。</translation>
    </message>
    <message>
        <source>There is no accepted return for %1 to correct.</source>
        <translation>%1 年度没有可更正的已受理申报。</translation>
    </message>
    <message>
        <source>The wages (%1) differ from what employers declared (%2).</source>
        <translation>工资薪金（%1）与扣缴义务人申报的（%2）不一致。</translation>
    </message>
    <message>
        <source>The tax prepaid (%1) differs from what employers withheld (%2).</source>
        <translation>已预缴税额（%1）与扣缴义务人扣缴的（%2）不一致。</translation>
    </message>
    <message>
        <source>The bureau has no filing with this submission id from you.</source>
        <translation>税务机关没有您以此提交编号提交的申报。</translation>
    </message>
    <message>
        <source>Only an accepted return whose refund or payment is not yet paid can be withdrawn; this one is %1.</source>
        <translation>只有退（补）税尚未完成的已受理申报才能作废；此申报的状态为 %1。</translation>
    </message>
</context>
<context>
    <name>FilingEnvelope</name>
    <message>
        <source>The return cannot be written as canonical JSON.</source>
        <translation>申报表无法写成规范化 JSON。</translation>
    </message>
    <message>
        <source>The filing is not a well-formed signed filing.</source>
        <translation>该申报不是格式正确的已签名申报。</translation>
    </message>
    <message>
        <source>A filing needs a submission id, a rule pack, an engine version, a return and the time it was made, and cannot replace itself.</source>
        <translation>申报需要提交编号、规则包、引擎版本、申报表和生成时间，且不能更正其自身。</translation>
    </message>
</context>
<context>
    <name>FilingReplayer</name>
    <message>
        <source>%1 (%2, periods %3): %4</source>
        <translation>%1（%2，适用期间 %3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from what was filed, and no formula fix in the rule-pack changelog covers tax year %1: the filing was not computed as this rule pack computes it.</source>
        <translation>
            <numerusform>有 %n 行与申报时不一致，且规则包变更日志中没有涵盖 %1 纳税年度的公式修正：该申报并非按此规则包的方式计算。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from what was filed; the rule-pack changelog records a formula fix for tax year %1: %2</source>
        <translation>
            <numerusform>有 %n 行与申报时不一致；规则包变更日志记录了 %1 纳税年度的一项公式修正：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed, but there is nothing to compare with: the file holds neither the filed result nor a receipt with the bureau&apos;s figures. Ask for the audit file exported from the taxpayer&apos;s vault.</source>
        <translation>已重新计算，但没有可比对的数据：该文件既不含申报结果，也不含载有税务机关数据的回执。请索取从纳税人保险库导出的审计文件。</translation>
    </message>
    <message>
        <source>Every line recomputes exactly as filed, with the filing&apos;s own rule pack.</source>
        <translation>按该申报自身的规则包，每一行的重新计算结果都与申报完全一致。</translation>
    </message>
    <message>
        <source>The recomputation gives the receipt&apos;s balance, tax payable and tax withheld; the file holds no filed trace to compare line by line.</source>
        <translation>重新计算得出了回执中的应补/退税额、应纳税额和已缴税额；该文件不含申报时的计算过程，无法逐行比对。</translation>
    </message>
    <message>
        <source>The signed filing cannot be read, so there is nothing to replay (%1).</source>
        <translation>无法读取已签名申报，因此无法复算（%1）。</translation>
    </message>
    <message>
        <source>Not replayed: the filing names rule pack %1 for tax year %2, which this version of Huisuan does not hold. Replay it with the version that made it, or a newer one.</source>
        <translation>未复算：该申报指定了 %2 纳税年度的规则包 %1，而此版本的汇算不包含该规则包。请使用生成该申报的版本或更新的版本进行复算。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The engine refuses the filed return, so it cannot be replayed: %1</source>
        <translation>计算引擎拒绝了所申报的申报表，因此无法复算：%1</translation>
    </message>
    <message>
        <source>its tax year is not the rule pack&apos;s</source>
        <translation>其纳税年度与规则包的不一致</translation>
    </message>
    <message>
        <source>The engine failed on the filed return (%1); report this as a bug.</source>
        <translation>计算引擎处理所申报的申报表时出错（%1）；请将此作为缺陷报告。</translation>
    </message>
</context>
<context>
    <name>FilingReportPdf</name>
    <message>
        <source>Tax year</source>
        <translation>纳税年度</translation>
    </message>
    <message>
        <source>Wages and salaries</source>
        <translation>工资薪金</translation>
    </message>
    <message>
        <source>Remuneration for labour services</source>
        <translation>劳务报酬</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration</source>
        <translation>稿酬</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>特许权使用费</translation>
    </message>
    <message>
        <source>Tax prepaid (withheld)</source>
        <translation>已缴税额（预扣预缴）</translation>
    </message>
    <message>
        <source>Gross comprehensive income</source>
        <translation>综合所得收入合计</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration exempt</source>
        <translation>稿酬所得免税部分</translation>
    </message>
    <message>
        <source>Comprehensive income</source>
        <translation>综合所得收入额</translation>
    </message>
    <message>
        <source>Basic deduction</source>
        <translation>减除费用</translation>
    </message>
    <message>
        <source>Special deductions</source>
        <translation>专项扣除（三险一金）</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>专项附加扣除合计</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>依法确定的其他扣除合计</translation>
    </message>
    <message>
        <source>Donations deducted</source>
        <translation>准予扣除的捐赠额</translation>
    </message>
    <message>
        <source>Taxable income</source>
        <translation>应纳税所得额</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Quick deduction</source>
        <translation>速算扣除数</translation>
    </message>
    <message>
        <source>Tax on comprehensive income</source>
        <translation>综合所得应纳税额</translation>
    </message>
    <message>
        <source>Tax on the annual bonus</source>
        <translation>全年一次性奖金应纳税额</translation>
    </message>
    <message>
        <source>Tax relief</source>
        <translation>减免税额</translation>
    </message>
    <message>
        <source>Tax payable</source>
        <translation>应纳税额</translation>
    </message>
    <message>
        <source>Balance (negative: refund)</source>
        <translation>应补/退税额（负数为应退税额）</translation>
    </message>
    <message>
        <source>Exempt from payment</source>
        <translation>免予补税</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应补税额</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>应退税额</translation>
    </message>
    <message>
        <source>Annual bonus method</source>
        <translation>全年一次性奖金计税方式</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>提交编号</translation>
    </message>
    <message>
        <source>Receipt id</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Submitted at (UTC)</source>
        <translation>提交时间（UTC）</translation>
    </message>
    <message>
        <source>Accepted at (UTC)</source>
        <translation>受理时间（UTC）</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>已扣缴税额</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名方</translation>
    </message>
    <message>
        <source>SM3 digest of the filed return</source>
        <translation>所申报申报表的 SM3 摘要</translation>
    </message>
    <message>
        <source>Digest of the copy kept</source>
        <translation>所保存副本的摘要</translation>
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
        <translation>月份</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>扣缴义务人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>所得项目</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入额</translation>
    </message>
    <message>
        <source>Individual income tax: annual reconciliation %1</source>
        <translation>个人所得税：%1 年度汇算</translation>
    </message>
    <message>
        <source>Taxpayer: %1 (%2)</source>
        <translation>纳税人：%1（%2）</translation>
    </message>
    <message>
        <source>Submission id: %1</source>
        <translation>提交编号：%1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>规则包：%1</translation>
    </message>
    <message>
        <source>The return as filed</source>
        <translation>已申报的申报表</translation>
    </message>
    <message>
        <source>What you declared</source>
        <translation>您申报的内容</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt</source>
        <translation>税务机关的回执</translation>
    </message>
    <message>
        <source>No receipt from the tax bureau yet.</source>
        <translation>尚未收到税务机关的回执。</translation>
    </message>
    <message>
        <source>Tax record of the %1 tax year</source>
        <translation>%1 纳税年度的纳税记录</translation>
    </message>
    <message>
        <source>Annual reconciliation %1</source>
        <translation>%1 年度汇算</translation>
    </message>
</context>
<context>
    <name>FilingRowReader</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FilingService</name>
    <message>
        <source>The certificate the tax bureau returned is not for this key; the enrolment is not used.</source>
        <translation>税务机关返回的证书不是为此密钥签发的；此次登记不予使用。</translation>
    </message>
    <message>
        <source>The return cannot be filed as it is:
%1</source>
        <translation>该申报表按现状无法申报：
%1</translation>
    </message>
    <message>
        <source>The return could not be computed.</source>
        <translation>无法计算该申报表。</translation>
    </message>
    <message>
        <source>The tax bureau had already withdrawn this filing; the answer to the earlier request was lost on the way. The filing is marked withdrawn.</source>
        <translation>税务机关已作废此申报；之前请求的答复在途中丢失。该申报已标记为已作废。</translation>
    </message>
</context>
<context>
    <name>FilingStore</name>
    <message>
        <source>The signed envelope is empty; sign the return before filing it.</source>
        <translation>签名后的申报数据为空；请先签名再申报。</translation>
    </message>
    <message>
        <source>annual return</source>
        <translation>年度汇算申报表</translation>
    </message>
    <message>
        <source>The submission id %1 already belongs to filing %2; a new filing needs a new id.</source>
        <translation>提交编号 %1 已属于申报 %2；新的申报需要新的编号。</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>The bureau&apos;s receipt is empty; nothing was saved.</source>
        <translation>税务机关的回执为空；未保存任何内容。</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已被更正替代</translation>
    </message>
    <message>
        <source>Filing %1 was rejected by the bureau, which is final; file the corrected return as a new filing.</source>
        <translation>申报 %1 已被税务机关驳回，此状态不可再更改；请将修改后的申报表作为新申报提交。</translation>
    </message>
    <message>
        <source>Filing %1 was withdrawn, which is final; to file this year again, make a new filing.</source>
        <translation>申报 %1 已作废，此状态不可再更改；如需再次申报该年度，请提交新的申报。</translation>
    </message>
    <message>
        <source>Filing %1 was replaced by a correction, which is final; to change it again, correct the filing that replaced it.</source>
        <translation>申报 %1 已被更正申报替代，此状态不可再更改；如需再次修改，请更正替代它的那份申报。</translation>
    </message>
    <message>
        <source>Filing %1 is %2 and cannot become %3: a filing is signed, then submitted, then accepted or rejected, and only an accepted one can be withdrawn or replaced.</source>
        <translation>申报 %1 当前为“%2”，不能变为“%3”：申报须先签名，再提交，然后被受理或被拒绝；只有已受理的申报才能作废或被更正替代。</translation>
    </message>
    <message>
        <source>A first filing replaces nothing, yet this one names submission %1; file it as a correction to replace that filing.</source>
        <translation>首次申报不替代任何申报，但此申报指定了提交 %1；如需替代该申报，请以更正申报方式提交。</translation>
    </message>
    <message>
        <source>A correction must name the submission it replaces; choose the accepted filing to correct.</source>
        <translation>更正申报必须指明所替代的提交；请选择要更正的已受理申报。</translation>
    </message>
    <message>
        <source>The correction %1 names itself as the filing it replaces; name the accepted filing.</source>
        <translation>更正申报 %1 将自身指定为被替代的申报；请指定已受理的申报。</translation>
    </message>
    <message>
        <source>There is no filing with the submission id %1 in the vault to correct; choose a filing made from this vault.</source>
        <translation>保险库中没有提交编号为 %1 的申报可供更正；请选择通过此保险库提交的申报。</translation>
    </message>
    <message>
        <source>Submission %1 is a filing for tax year %2, but the correction is for tax year %3; a correction replaces a filing of its own year.</source>
        <translation>提交 %1 是 %2 纳税年度的申报，而此更正申报属于 %3 纳税年度；更正申报只能替代同一年度的申报。</translation>
    </message>
    <message>
        <source>There is no filing with the submission id %1 in the vault.</source>
        <translation>保险库中没有提交编号为 %1 的申报。</translation>
    </message>
</context>
<context>
    <name>FilingVerifier</name>
    <message>
        <source>Well-formed filing</source>
        <translation>申报格式正确</translation>
    </message>
    <message>
        <source>%1 Nothing else in it can be trusted.</source>
        <translation>%1 其中的其他内容均不可信。</translation>
    </message>
    <message>
        <source>The signed filing is in its one exact canonical form with every member it needs.</source>
        <translation>已签名申报为唯一确定的规范形式，且包含所需的全部组成部分。</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be read from a malformed filing.</source>
        <translation>无法从格式错误的申报中读取签名人的证书。</translation>
    </message>
    <message>
        <source>There is no CA certificate to check the signer&apos;s certificate against: give the tax bureau&apos;s SM2 CA certificate with --ca.</source>
        <translation>没有用于校验签名人证书的 CA 证书：请用 --ca 指定税务机关的 SM2 CA 证书。</translation>
    </message>
    <message>
        <source>The filing does not say when it was made, so the certificate&apos;s validity cannot be checked.</source>
        <translation>该申报未注明生成时间，因此无法检查证书的有效期。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was issued by the pinned CA and was valid when the filing was made (%1).</source>
        <translation>签名人的证书由固定信任的 CA 签发，且在生成该申报时（%1）有效。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was issued by the CA in the audit file and was valid when the filing was made (%1); pin the bureau&apos;s CA with --ca to check that this CA is the bureau&apos;s.</source>
        <translation>签名人的证书由审计文件中的 CA 签发，且在生成该申报时（%1）有效；请用 --ca 固定信任税务机关的 CA，以核实此 CA 确属税务机关。</translation>
    </message>
    <message>
        <source>%1 The filing may not come from the person it names.</source>
        <translation>%1 该申报可能并非来自其所列明的人。</translation>
    </message>
    <message>
        <source>SM2 signature</source>
        <translation>SM2 签名</translation>
    </message>
    <message>
        <source>The signature cannot be checked on a malformed filing.</source>
        <translation>无法检查格式错误的申报的签名。</translation>
    </message>
    <message>
        <source>The filing&apos;s certificate holds no SM2 key to check the signature with.</source>
        <translation>该申报的证书中没有可用于检查签名的 SM2 密钥。</translation>
    </message>
    <message>
        <source>The SM2 signature does not match the envelope: the filing was changed after it was signed, or the signature was damaged (%1).</source>
        <translation>SM2 签名与申报数据不符：该申报在签名后被修改，或签名已损坏（%1）。</translation>
    </message>
    <message>
        <source>The SM2-with-SM3 signature over the envelope&apos;s canonical bytes verifies with the certificate&apos;s key.</source>
        <translation>针对申报数据规范化字节的 SM2 与 SM3 签名，已通过证书中密钥的验证。</translation>
    </message>
    <message>
        <source>Bureau receipt</source>
        <translation>税务机关回执</translation>
    </message>
    <message>
        <source>Receipt answers this filing</source>
        <translation>回执与本申报对应</translation>
    </message>
    <message>
        <source>The receipt %1 (%2, issued %3) is signed by the bureau&apos;s receipt certificate.</source>
        <translation>回执 %1（%2，签发于 %3）由税务机关的回执证书签名。</translation>
    </message>
    <message>
        <source>%1 Do not rely on what the receipt says.</source>
        <translation>%1 请勿以回执内容为准。</translation>
    </message>
    <message>
        <source>There is no CA certificate to check the receipt against: give the bureau&apos;s SM2 CA with --ca.</source>
        <translation>没有用于校验回执的 CA 证书：请用 --ca 指定税务机关的 SM2 CA 证书。</translation>
    </message>
    <message>
        <source>malformed receipt</source>
        <translation>格式错误的回执</translation>
    </message>
    <message>
        <source>The receipt cannot be read, so it cannot be matched to the filing.</source>
        <translation>无法读取回执，因此无法将其与申报对应。</translation>
    </message>
    <message>
        <source>The receipt answers other bytes (%1) than this filing&apos;s (%2): the filing or the receipt was swapped or changed.</source>
        <translation>回执对应的字节（%1）与本申报的字节（%2）不同：申报或回执已被调换或修改。</translation>
    </message>
    <message>
        <source>The receipt names submission %1, the filing %2.</source>
        <translation>回执列明的是提交 %1，而申报为 %2。</translation>
    </message>
    <message>
        <source>The receipt answers exactly these bytes (%1).</source>
        <translation>回执恰好对应这些字节（%1）。</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>The rule pack %1 is not built into this version of Huisuan, so the filing cannot be replayed: use the version that made it, or a newer one.</source>
        <translation>此版本的汇算未内置规则包 %1，因此无法复算该申报：请使用生成该申报的版本或更新的版本。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The rule pack %1 is the pack of tax year %2, but the filing is for %3.</source>
        <translation>规则包 %1 适用于 %2 纳税年度，但该申报属于 %3 纳税年度。</translation>
    </message>
    <message>
        <source>The rule pack %1 of tax year %2 is built into this version.</source>
        <translation>此版本已内置 %2 纳税年度的规则包 %1。</translation>
    </message>
    <message>
        <source>The filing is not a well-formed signed filing.</source>
        <translation>该申报不是格式正确的已签名申报。</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>%n more problem(s) are not listed. Correct the ones above and import the file again to see the rest.</source>
        <translation>
            <numerusform>另有 %n 个问题未列出。请更正上述问题并重新导入该文件，以查看其余问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomeRecordStore</name>
    <message>
        <source>income category</source>
        <translation>所得项目</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>扣缴义务人</translation>
    </message>
    <message>
        <source>income amount</source>
        <translation>收入金额</translation>
    </message>
    <message>
        <source>tax withheld</source>
        <translation>已扣缴税额</translation>
    </message>
    <message>
        <source>income record</source>
        <translation>收入记录</translation>
    </message>
    <message>
        <source>taxpayer profile</source>
        <translation>纳税人信息</translation>
    </message>
    <message>
        <source>The month &quot;%1&quot; is not a month of tax year %2; write it as %2-01 to %2-12, or leave it empty when it is not known.</source>
        <translation>月份“%1”不属于 %2 纳税年度；请填写 %2-01 至 %2-12 之间的月份，不确定时请留空。</translation>
    </message>
    <message>
        <source>Only a prefilled income record carries the bureau&apos;s record id %1; clear the id, or download the record with the prefill.</source>
        <translation>只有预填收入记录才带有税务机关的记录编号 %1；请清除该编号，或通过下载预填数据获取此记录。</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is already income record %2; download the prefill again instead of adding it twice.</source>
        <translation>税务机关记录 %1 已保存为收入记录 %2；请重新下载预填数据，不要重复添加。</translation>
    </message>
    <message>
        <source>bureau&apos;s record id</source>
        <translation>税务机关记录编号</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is not marked as prefilled; only prefilled records replace the prefill.</source>
        <translation>税务机关记录 %1 未标记为预填记录；只有预填记录才能替换预填数据。</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is for tax year %2 of taxpayer profile %3, not for tax year %4 of profile %5; download the prefill again.</source>
        <translation>税务机关记录 %1 属于纳税人信息 %3 的 %2 纳税年度，而不是纳税人信息 %5 的 %4 纳税年度；请重新下载预填数据。</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 appears twice in the prefill; download the prefill again.</source>
        <translation>税务机关记录 %1 在预填数据中出现了两次；请重新下载预填数据。</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is already income record %2 of tax year %3, not of %4; download the prefill of %3 again.</source>
        <translation>税务机关记录 %1 已保存为 %3 纳税年度的收入记录 %2，而不属于 %4 纳税年度；请重新下载 %3 纳税年度的预填数据。</translation>
    </message>
    <message>
        <source>In the bureau&apos;s record %1: %2</source>
        <translation>税务机关记录 %1：%2</translation>
    </message>
</context>
<context>
    <name>LaborImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the payee&apos;s identity card.</source>
        <translation>“%1”不是有效的居民身份证号码：其长度、出生日期或校验码有误。请从收款人的居民身份证上重新复制。</translation>
    </message>
    <message>
        <source>The month %1 is not in %2, the tax year being imported. Import it with its own year.</source>
        <translation>所属月份 %1 不在正在导入的纳税年度 %2 内。请按其所属纳税年度导入。</translation>
    </message>
    <message>
        <source>This payee is already paid in month %1 on row %2. A month&apos;s labor payments for the same service are one payment for the prepayment: add them up on one row.</source>
        <translation>该收款人在第 %2 行已有 %1 月的支付。同一项目在同一个月内取得的劳务报酬，预扣预缴时视为一次：请合并为一行填写。</translation>
    </message>
    <message>
        <source>The prepayment on this payment cannot be computed: %1. Check the amount.</source>
        <translation>无法计算此次支付的预扣预缴税额：%1。请检查金额。</translation>
    </message>
</context>
<context>
    <name>MonthlyDeductions</name>
    <message>
        <source>The saved deductions cannot be read (%1).</source>
        <translation>无法读取已保存的扣除信息（%1）。</translation>
    </message>
    <message>
        <source>The saved deductions of %1 cannot be computed: %2</source>
        <translation>无法计算已保存的 %1 纳税年度扣除信息：%2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The submission %1 is not in the outbox; queue it first.</source>
        <translation>提交 %1 不在待发队列中；请先加入队列。</translation>
    </message>
    <message>
        <source>There is no filing with submission id %1; store the signed filing before queuing it.</source>
        <translation>没有提交编号为 %1 的申报；请先保存已签名的申报，再加入队列。</translation>
    </message>
    <message>
        <source>The next attempt time &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>下次尝试时间“%1”不是 ISO 8601 日期时间。</translation>
    </message>
    <message>
        <source>The submission %1 was already acknowledged; it is not sent again.</source>
        <translation>提交 %1 已被确认；不会再次发送。</translation>
    </message>
</context>
<context>
    <name>OutboxDrainer</name>
    <message>
        <source>The tax bureau accepted the filing (receipt %1).</source>
        <translation>税务机关已受理该申报（回执 %1）。</translation>
    </message>
    <message>
        <source>The tax bureau rejected the filing (receipt %1).</source>
        <translation>税务机关驳回了该申报（回执 %1）。</translation>
    </message>
    <message>
        <source>The tax bureau refused the filing: %1</source>
        <translation>税务机关拒绝了该申报：%1</translation>
    </message>
    <message>
        <source>Not answered yet (%1); it stays queued and will be sent again.</source>
        <translation>尚未得到答复（%1）；该申报仍在待发队列中，将重新发送。</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>No passphrase: set %1 or run on a terminal to be asked for it.</source>
        <translation>未提供口令：请设置环境变量 %1，或在终端中运行以便输入口令。</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>未输入口令。</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再次输入以确认：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的口令不一致；未作任何改动。</translation>
    </message>
</context>
<context>
    <name>PayrollImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the employee&apos;s identity card.</source>
        <translation>“%1”不是有效的居民身份证号码：其长度、出生日期或校验码有误。请从员工的居民身份证上重新复制。</translation>
    </message>
    <message>
        <source>No employee with the identity number %1 is on this company&apos;s roster. Import the roster with this employee first.</source>
        <translation>该单位的人员信息中没有身份证件号码为 %1 的员工。请先导入包含该员工的人员信息。</translation>
    </message>
    <message>
        <source>The month %1 is not in %2, the tax year being imported. Import it with its own year.</source>
        <translation>所属月份 %1 不在正在导入的纳税年度 %2 内。请在其所属纳税年度中导入。</translation>
    </message>
    <message>
        <source>Month %1 comes after month %2 (row %3): the months are out of order. Sort the rows by month, earliest first.</source>
        <translation>所属月份 %1 在所属月份 %2 之后（第 %3 行）：月份顺序有误。请按所属月份从早到晚排序各行。</translation>
    </message>
    <message>
        <source>%1 started on %2, after month %3. Check the month, or the start date on the roster.</source>
        <translation>%1 的任职受雇日期为 %2，晚于所属月份 %3。请检查所属月份，或人员信息中的任职受雇日期。</translation>
    </message>
    <message>
        <source>%1 left on %2, before month %3. Check the month, or the leaving date on the roster.</source>
        <translation>%1 的离职日期为 %2，早于所属月份 %3。请检查所属月份，或人员信息中的离职日期。</translation>
    </message>
    <message>
        <source>This employee&apos;s month %1 is already on row %2. Keep one row per employee and month.</source>
        <translation>该员工所属月份 %1 的数据已在第 %2 行。每名员工每个月份只保留一行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to tax the annual bonus. Write 单独计税 (taxed separately) or 并入综合所得 (combined with the wages).</source>
        <translation>“%1”不是全年一次性奖金的计税方式。请填写“单独计税”或“并入综合所得”。</translation>
    </message>
    <message>
        <source>An annual bonus of %1 needs its method. Write 单独计税 (taxed separately) or 并入综合所得 (combined with the wages) in the %2 column.</source>
        <translation>金额为 %1 的全年一次性奖金需要填写计税方式。请在“%2”列中填写“单独计税”或“并入综合所得”。</translation>
    </message>
    <message>
        <source>In %1 an annual bonus cannot be taxed separately. Write 并入综合所得 (combined with the wages).</source>
        <translation>%1 纳税年度的全年一次性奖金不能单独计税。请填写“并入综合所得”。</translation>
    </message>
    <message>
        <source>This employee&apos;s annual bonus is already taxed separately on row %1; the separate method may be used once a year. Tax this one with 并入综合所得 (combined).</source>
        <translation>该员工的全年一次性奖金已在第 %1 行单独计税；单独计税方式每年只能使用一次。本笔奖金请选择“并入综合所得”。</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>The PDF could not be written to %1 (%2). Choose another folder.</source>
        <translation>无法将 PDF 写入 %1（%2）。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1 (%2). Check that the folder is writable and has space.</source>
        <translation>无法将 PDF 保存为 %1（%2）。请检查该文件夹是否可写入且有足够空间。</translation>
    </message>
</context>
<context>
    <name>PrefillReturn</name>
    <message>
        <source>The taxpayer&apos;s part of the return must be a JSON object.</source>
        <translation>申报表中纳税人填写的部分必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The return is not for %1, the year of the prefill.</source>
        <translation>该申报表不属于预填数据所在的 %1 年度。</translation>
    </message>
    <message>
        <source>Income and prepaid tax come from the prefill; leave them out of the taxpayer&apos;s part.</source>
        <translation>收入和已缴税额来自预填数据；请不要在纳税人填写的部分中填写。</translation>
    </message>
    <message>
        <source>More than one annual bonus was declared; choose how each is taxed and enter them yourself.</source>
        <translation>申报了不止一笔全年一次性奖金；请自行选择各笔的计税方式并填写。</translation>
    </message>
    <message>
        <source>The income from %1 has an amount that is not money (%2, %3).</source>
        <translation>来自 %1 的收入中有无效金额（%2，%3）。</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Separate taxation of the annual bonus</source>
        <translation>全年一次性奖金单独计税</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method: use separate, combined or optimal</source>
        <translation>“%1”不是有效的计税方式：请使用 separate、combined 或 optimal</translation>
    </message>
    <message>
        <source>%1 is not allowed: a claim is shared %2 percent (%3)</source>
        <translation>扣除比例 %1% 不允许：只能为 %2%（%3）</translation>
    </message>
    <message>
        <source>The deduction for the care of infants under three</source>
        <translation>3岁以下婴幼儿照护专项附加扣除</translation>
    </message>
    <message>
        <source>%1 is not a city standard: use %2 (%3)</source>
        <translation>%1 不是所在城市的住房租金扣除标准：请使用 %2（%3）</translation>
    </message>
    <message>
        <source>cannot be claimed in the same tax year as housing loan interest (%1)</source>
        <translation>不能与住房贷款利息在同一纳税年度同时扣除（%1）</translation>
    </message>
    <message>
        <source>an only child takes the whole amount and gives no monthly_share</source>
        <translation>独生子女按全额扣除，不填写 monthly_share</translation>
    </message>
    <message>
        <source>is required when the taxpayer is not an only child: the siblings share the amount</source>
        <translation>纳税人不是独生子女时为必填项：由兄弟姐妹分摊扣除额度</translation>
    </message>
    <message>
        <source>%1 a month is above the cap of %2 a month for one sibling in %3 (%4)</source>
        <translation>每月 %1 超过了 %3 年每人每月 %2 的分摊限额（%4）</translation>
    </message>
    <message>
        <source>The individual pension deduction</source>
        <translation>个人养老金扣除</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a donation limit: use &quot;30%&quot; or &quot;full&quot;</source>
        <translation>“%1”不是有效的捐赠扣除限额：请使用 &quot;30%&quot; 或 &quot;full&quot;</translation>
    </message>
    <message>
        <source>must be a JSON integer such as 2024</source>
        <translation>必须是 JSON 整数，例如 2024</translation>
    </message>
    <message>
        <source>%1 is not supported: rule packs exist for tax years %2–%3</source>
        <translation>不支持 %1：现有规则包适用于 %2–%3 纳税年度</translation>
    </message>
    <message>
        <source>%1 is not in force in tax year %2 (in force %3 to %4, %5)</source>
        <translation>%1在 %2 纳税年度不适用（适用期间为 %3 至 %4，%5）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>必须是 JSON 对象，而不是 %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>必须是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>an amount as a JSON string such as &quot;1234.50&quot;</source>
        <translation>以 JSON 字符串表示的金额，例如 &quot;1234.50&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write yuan with at most two decimals, no sign, no separators, no leading zeros, at most 999999999999.99</source>
        <translation>“%1”不是有效金额：请以元为单位填写，最多两位小数，不带正负号、分隔符或前导零，最大为 999999999999.99</translation>
    </message>
    <message>
        <source>an amount as a JSON string</source>
        <translation>以 JSON 字符串表示的金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with at most two decimals</source>
        <translation>“%1”不是最多两位小数的金额</translation>
    </message>
    <message>
        <source>a rate as a JSON string such as &quot;0.03&quot;</source>
        <translation>以 JSON 字符串表示的比率，例如 &quot;0.03&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal rate</source>
        <translation>“%1”不是小数形式的比率</translation>
    </message>
    <message>
        <source>a JSON integer</source>
        <translation>JSON 整数</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 超出 %2–%3 的范围</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a JSON string</source>
        <translation>JSON 字符串</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot; or null</source>
        <translation>&quot;YYYY-MM-DD&quot; 格式的日期或 null</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation>&quot;YYYY-MM-DD&quot; 格式的日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date &quot;YYYY-MM-DD&quot;</source>
        <translation>“%1”不是 &quot;YYYY-MM-DD&quot; 格式的日期</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>unknown key; allowed here: %1</source>
        <translation>未知的键；此处允许的键：%1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>A receipt needs an id, the request it answers, a time and a sequence number.</source>
        <translation>回执需要回执编号、所答复的请求、时间和序号。</translation>
    </message>
    <message>
        <source>The bureau&apos;s receipt is not a well-formed signed receipt.</source>
        <translation>税务机关的回执不是格式正确的已签名回执。</translation>
    </message>
    <message>
        <source>The receipt was not signed by the tax bureau&apos;s receipt certificate.</source>
        <translation>该回执不是由税务机关的回执证书签名的。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>filing</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>at the treasury</source>
        <translation>国库处理中</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待缴</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>退税 %1</translation>
    </message>
    <message>
        <source>nothing to pay or refund</source>
        <translation>无需补税也无退税</translation>
    </message>
    <message>
        <source>to pay %1</source>
        <translation>应补税 %1</translation>
    </message>
    <message>
        <source>Receipt %1 (%2): %3</source>
        <translation>回执 %1（%2）：%3</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>  Submission:   %1</source>
        <translation>  提交编号：  %1</translation>
    </message>
    <message>
        <source>  Replaces:     %1</source>
        <translation>  更正对象：  %1</translation>
    </message>
    <message>
        <source>  Tax year:     %1</source>
        <translation>  纳税年度：  %1</translation>
    </message>
    <message>
        <source>  Issued at:    %1</source>
        <translation>  签发时间：  %1</translation>
    </message>
    <message>
        <source>  Rule pack:    %1</source>
        <translation>  规则包：    %1</translation>
    </message>
    <message>
        <source>  Engine:       %1</source>
        <translation>  引擎版本：  %1</translation>
    </message>
    <message>
        <source>  Tax payable:  %1</source>
        <translation>  应纳税额：  %1</translation>
    </message>
    <message>
        <source>  Tax withheld: %1</source>
        <translation>  已缴税额：  %1</translation>
    </message>
    <message>
        <source>  Balance:      %1</source>
        <translation>  结算：      %1</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>  %1 [%2] %3: %4</source>
        <translation>  %1 [%2] %3：%4</translation>
    </message>
    <message>
        <source>  Answers:      %1</source>
        <translation>  答复对象：  %1</translation>
    </message>
    <message>
        <source>  Sequence:     %1</source>
        <translation>  序号：      %1</translation>
    </message>
    <message>
        <source>  Signature:    verified (SM2 with SM3, the bureau&apos;s receipt certificate, issued by the pinned SM2 CA)</source>
        <translation>  签名：      已验证（SM2 与 SM3，税务机关的回执证书，由固定信任的 SM2 证书颁发机构签发）</translation>
    </message>
    <message numerus="yes">
        <source>Income declared by payers for %1: %n record(s)</source>
        <translation>
            <numerusform>扣缴义务人申报的 %1 年度收入：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  %3 (%4)  income %5  withheld %6%7</source>
        <translation>  %1  %2  %3（%4）  收入 %5  扣缴 %6%7</translation>
    </message>
    <message>
        <source>  [disputed]</source>
        <translation>  [有异议]</translation>
    </message>
    <message>
        <source>      record %1</source>
        <translation>      记录 %1</translation>
    </message>
    <message>
        <source>Refund of %1: %2</source>
        <translation>退税 %1：%2</translation>
    </message>
    <message>
        <source>Payment of %1: %2</source>
        <translation>缴税 %1：%2</translation>
    </message>
    <message>
        <source>  Due by %1</source>
        <translation>  缴款期限 %1</translation>
    </message>
    <message>
        <source>  Reason: %1</source>
        <translation>  原因：%1</translation>
    </message>
    <message>
        <source>not received by the bureau</source>
        <translation>税务机关未收到</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>已被更正申报取代</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>withholding declaration</source>
        <translation>扣缴申报</translation>
    </message>
</context>
<context>
    <name>ReturnDraftStore</name>
    <message>
        <source>The saved deductions of %1 are damaged; enter them again.</source>
        <translation>已保存的 %1 纳税年度扣除信息已损坏；请重新填写。</translation>
    </message>
    <message>
        <source>The deductions to save are not a return for %1.</source>
        <translation>要保存的扣除信息不属于 %1 纳税年度的申报表。</translation>
    </message>
</context>
<context>
    <name>ReturnExplanation</name>
    <message>
        <source>the rate of the annual table&apos;s bracket that holds the taxable income</source>
        <translation>应纳税所得额所在级距在综合所得税率表（按年）中对应的税率</translation>
    </message>
    <message>
        <source>the quick deduction of that bracket, so that taxable income × rate − quick deduction taxes each part of the income at its own bracket&apos;s rate</source>
        <translation>该级距的速算扣除数；应纳税所得额 × 税率 − 速算扣除数，即相当于各部分所得分别按其所在级距的税率计税</translation>
    </message>
    <message>
        <source>the tax withheld or prepaid during the year, as declared</source>
        <translation>年度内已扣缴或预缴的税额，按申报数填列</translation>
    </message>
    <message>
        <source>the annual bonus was added to the comprehensive income, so it has no tax of its own</source>
        <translation>全年一次性奖金已并入综合所得，因此没有单独的应纳税额</translation>
    </message>
    <message>
        <source>no annual one-off bonus was declared</source>
        <translation>未申报全年一次性奖金</translation>
    </message>
    <message>
        <source>the method chosen in the return</source>
        <translation>申报表中选择的计税方式</translation>
    </message>
    <message>
        <source>the exemption applies only when there is something to pay</source>
        <translation>只有需要补税时才适用免予补税</translation>
    </message>
    <message>
        <source>this return was stored without its trace, so the steps behind this number are not known</source>
        <translation>此申报表保存时未附带计算过程，因此无法得知该数值的计算步骤</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Quick deduction</source>
        <translation>速算扣除数</translation>
    </message>
    <message>
        <source>Tax prepaid</source>
        <translation>已预缴税额</translation>
    </message>
    <message>
        <source>Tax on the annual bonus</source>
        <translation>全年一次性奖金应纳税额</translation>
    </message>
</context>
<context>
    <name>ReturnPreview</name>
    <message>
        <source>Housing rent cannot be claimed in a year with housing loan interest: claim one of the two.</source>
        <translation>同一年度已扣除住房贷款利息时不能扣除住房租金：两者只能选择其一。</translation>
    </message>
    <message>
        <source>A share of %1% is not allowed: choose %2 percent.</source>
        <translation>扣除比例不能为 %1%：请选择 %2%。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 yuan a month is more than one sibling may claim in %3: enter at most %2 yuan.</source>
        <translation>每月 %1 元超过了 %3 年每位兄弟姐妹可分摊的限额：请最多填写 %2 元。</translation>
    </message>
    <message>
        <source>Enter your monthly share: the siblings share the amount between them.</source>
        <translation>请填写您每月的分摊额：由兄弟姐妹之间分摊扣除额度。</translation>
    </message>
    <message>
        <source>%1 cannot be claimed for %2: it applies from %3.</source>
        <translation>%2 纳税年度不能扣除%1：该项自 %3 起施行。</translation>
    </message>
    <message>
        <source>The saved deductions cannot be read (%1).</source>
        <translation>无法读取已保存的扣除信息（%1）。</translation>
    </message>
    <message>
        <source>The return could not be computed: %1</source>
        <translation>无法计算申报表：%1</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the employee&apos;s identity card.</source>
        <translation>“%1”不是有效的居民身份证号码：其长度、出生日期或校验码有误。请从员工的居民身份证上重新复制。</translation>
    </message>
    <message>
        <source>This employee is already on row %1. Keep one row per employee.</source>
        <translation>该员工已在第 %1 行。每名员工只保留一行。</translation>
    </message>
    <message>
        <source>The employment starts after %1, the tax year being imported. Import this employee with the roster of the year the employment starts.</source>
        <translation>任职受雇日期晚于正在导入的纳税年度 %1。请在任职受雇开始年度的人员信息中导入该员工。</translation>
    </message>
    <message>
        <source>The leaving date is outside %1, the tax year being imported. Leave it empty while the employee stays beyond the year; an employee who left before it is not on this roster.</source>
        <translation>离职日期不在正在导入的纳税年度 %1 内。员工在该年度后仍在职的，请留空；在该年度前已离职的员工不属于此人员信息。</translation>
    </message>
    <message>
        <source>The leaving date is before the employment start date. Check both dates.</source>
        <translation>离职日期早于任职受雇日期。请检查这两个日期。</translation>
    </message>
</context>
<context>
    <name>SandboxBureau</name>
    <message>
        <source>huisuan-bureau was not found beside huisuan-cli or on the PATH.</source>
        <translation>在 huisuan-cli 旁边或 PATH 中找不到 huisuan-bureau。</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the sandbox bureau.</source>
        <translation>无法为沙盒税务机关创建临时文件夹。</translation>
    </message>
    <message>
        <source>The sandbox bureau did not start.</source>
        <translation>沙盒税务机关未能启动。</translation>
    </message>
</context>
<context>
    <name>ScryptKdf</name>
    <message>
        <source>The key file names a key-derivation cost outside the allowed range.</source>
        <translation>密钥文件中指定的密钥派生成本超出允许范围。</translation>
    </message>
    <message>
        <source>scrypt is not available in OpenSSL.</source>
        <translation>OpenSSL 中没有可用的 scrypt。</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase.</source>
        <translation>无法从口令派生密钥。</translation>
    </message>
</context>
<context>
    <name>SettlementStore</name>
    <message>
        <source>filing</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>settlement amount</source>
        <translation>退（补）税金额</translation>
    </message>
    <message>
        <source>The settlement of filing %1 is neither a refund nor a payment (%2); nothing was saved.</source>
        <translation>申报 %1 的退（补）税既不是退税也不是补税（%2）；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>SheetRow</name>
    <message>
        <source>The %1 is missing. Fill in this cell.</source>
        <translation>缺少%1。请填写该单元格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it like 2025-04-01.</source>
        <translation>“%1”不是日期。请按 2025-04-01 的格式填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month. Write it like 2025-04.</source>
        <translation>“%1”不是月份。请按 2025-04 的格式填写。</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>The document to sign cannot be written as canonical JSON.</source>
        <translation>待签名的文档无法写成规范化 JSON。</translation>
    </message>
    <message>
        <source>A signed document needs a certificate.</source>
        <translation>已签名文档需要证书。</translation>
    </message>
    <message>
        <source>The signed document could not be written.</source>
        <translation>无法写出已签名的文档。</translation>
    </message>
</context>
<context>
    <name>SignedRequest</name>
    <message>
        <source>A signed request needs the time it was made, in UTC to the second.</source>
        <translation>已签名请求需要其生成时间（UTC，精确到秒）。</translation>
    </message>
    <message>
        <source>The request is not a well-formed signed request.</source>
        <translation>该请求不是格式正确的已签名请求。</translation>
    </message>
</context>
<context>
    <name>Sm2CertificateAuthority</name>
    <message>
        <source>A certificate authority needs a key pair, a name and a validity period.</source>
        <translation>证书颁发机构需要密钥对、名称和有效期。</translation>
    </message>
    <message>
        <source>The certificate authority could not be created.</source>
        <translation>无法创建证书颁发机构。</translation>
    </message>
    <message>
        <source>A certificate needs a certificate authority and a validity period.</source>
        <translation>证书需要证书颁发机构和有效期。</translation>
    </message>
    <message>
        <source>The enrolment request is not a signed SM2 certificate request.</source>
        <translation>登记请求不是已签名的 SM2 证书请求。</translation>
    </message>
    <message>
        <source>The certificate could not be issued.</source>
        <translation>无法签发证书。</translation>
    </message>
    <message>
        <source>The certificate or the certificate authority is not a valid certificate.</source>
        <translation>证书或证书颁发机构不是有效的证书。</translation>
    </message>
    <message>
        <source>The certificate is a certificate authority&apos;s, not a taxpayer&apos;s.</source>
        <translation>该证书属于证书颁发机构，而不是纳税人。</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>无法校验证书。</translation>
    </message>
    <message>
        <source>The certificate was not issued by the tax bureau or is not valid at %1.</source>
        <translation>该证书不是税务机关签发的，或在 %1 时无效。</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is not an SM2 key.</source>
        <translation>证书中的密钥不是 SM2 密钥。</translation>
    </message>
    <message>
        <source>The stored certificate is not a certificate authority&apos;s certificate.</source>
        <translation>保存的证书不是证书颁发机构的证书。</translation>
    </message>
    <message>
        <source>The stored private key does not belong to the certificate authority&apos;s certificate.</source>
        <translation>保存的私钥与证书颁发机构的证书不匹配。</translation>
    </message>
    <message>
        <source>The certificate is not a valid certificate.</source>
        <translation>该证书不是有效的证书。</translation>
    </message>
</context>
<context>
    <name>Sm2CertificateRequest</name>
    <message>
        <source>A certificate request needs a key pair, a name and an identity number.</source>
        <translation>证书请求需要密钥对、姓名和身份证件号码。</translation>
    </message>
    <message>
        <source>The certificate request could not be created.</source>
        <translation>无法创建证书请求。</translation>
    </message>
</context>
<context>
    <name>Sm2KeyPair</name>
    <message>
        <source>An SM2 key could not be generated.</source>
        <translation>无法生成 SM2 密钥。</translation>
    </message>
    <message>
        <source>The stored private key is not an SM2 key.</source>
        <translation>保存的私钥不是 SM2 密钥。</translation>
    </message>
    <message>
        <source>The public key is not an SM2 key.</source>
        <translation>该公钥不是 SM2 密钥。</translation>
    </message>
    <message>
        <source>There is no private key to export.</source>
        <translation>没有可导出的私钥。</translation>
    </message>
    <message>
        <source>The private key could not be exported.</source>
        <translation>无法导出私钥。</translation>
    </message>
</context>
<context>
    <name>Sm2Signature</name>
    <message>
        <source>There is no private key to sign with.</source>
        <translation>没有用于签名的私钥。</translation>
    </message>
    <message>
        <source>The filing could not be signed.</source>
        <translation>无法对申报签名。</translation>
    </message>
    <message>
        <source>There is no public key to verify with.</source>
        <translation>没有用于验证的公钥。</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>无法校验签名。</translation>
    </message>
    <message>
        <source>The signature does not match the signed content or the signer.</source>
        <translation>签名与所签内容或签名人不符。</translation>
    </message>
</context>
<context>
    <name>SqlCipherConnection</name>
    <message>
        <source>The vault database cannot be opened.</source>
        <translation>无法打开保险库数据库。</translation>
    </message>
    <message>
        <source>The vault database could not be keyed.</source>
        <translation>无法为保险库数据库设置密钥。</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this key file. Restore the vault from a backup.</source>
        <translation>保险库数据库已损坏，或与此密钥文件不匹配。请从备份恢复保险库。</translation>
    </message>
    <message>
        <source>This SQLCipher library does not give the vault&apos;s required settings.</source>
        <translation>当前的 SQLCipher 库无法提供保险库所需的设置。</translation>
    </message>
    <message>
        <source>The vault database refused write-ahead logging with full sync.</source>
        <translation>保险库数据库无法启用 WAL（预写日志）模式及完全同步。</translation>
    </message>
    <message>
        <source>The vault database refused a change.</source>
        <translation>保险库数据库拒绝执行一项操作。</translation>
    </message>
    <message>
        <source>The vault could not prepare a query.</source>
        <translation>保险库无法准备数据库查询。</translation>
    </message>
    <message>
        <source>The vault could not run a query.</source>
        <translation>保险库无法执行数据库查询。</translation>
    </message>
    <message>
        <source>The vault was written by a newer Huisuan.</source>
        <translation>该保险库由更新版本的汇算写入。</translation>
    </message>
</context>
<context>
    <name>TablePdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>TabularReader</name>
    <message>
        <source>This file is %1, more than the %2 that can be imported at once. Split it (by month or by department) and import the parts one after another.</source>
        <translation>该文件大小为 %1，超过了单次可导入的 %2。请将其拆分（按月份或部门），然后依次导入各部分。</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Check that it exists and that you may read it.</source>
        <translation>无法打开该文件（%1）。请检查文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), which cannot be imported. Open it in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and import that file.</source>
        <translation>这是 Excel 97-2003 工作簿（.xls），无法导入。请在 Excel 中打开，另存为“Excel 工作簿(*.xlsx)”，然后导入该文件。</translation>
    </message>
</context>
<context>
    <name>TabularRowSink</name>
    <message>
        <source>This row has %1 cells but the header has %2: a value may be missing or split by a stray comma, so the columns after it may have shifted. Correct the row and import again.</source>
        <translation>该行有 %1 个单元格，但表头有 %2 个：可能缺少某个值，或某个值被多余的逗号拆开，导致其后的列发生错位。请更正该行后重新导入。</translation>
    </message>
    <message>
        <source>This cell is right of the last column of the header, so the columns of this row may have shifted. Move the value under its heading and import again.</source>
        <translation>该单元格位于表头最后一列的右侧，因此该行的列可能已错位。请将该值移到对应的表头下方后重新导入。</translation>
    </message>
    <message>
        <source>There are more than %1 problems in this file; only the first %1 are listed. Check that it is the right file, correct these and import again.</source>
        <translation>该文件中的问题超过 %1 个，仅列出前 %1 个。请确认文件是否正确，更正这些问题后重新导入。</translation>
    </message>
</context>
<context>
    <name>TlsCertificateFactory</name>
    <message>
        <source>The bureau could not make its TLS certificates.</source>
        <translation>税务机关无法生成其 TLS 证书。</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Tax on the annual bonus, taxed separately</source>
        <translation>全年一次性奖金单独计税应纳税额</translation>
    </message>
    <message>
        <source>bonus × rate − quick deduction, the bracket found by comparing the bonus with 12 × each edge of the monthly-converted table</source>
        <translation>全年一次性奖金 × 税率 − 速算扣除数；适用级距由奖金与按月换算后的综合所得税率表各级上限的 12 倍比较确定</translation>
    </message>
    <message>
        <source>Children&apos;s education</source>
        <translation>子女教育</translation>
    </message>
    <message>
        <source>monthly standard × months × share</source>
        <translation>每月扣除标准 × 月份数 × 扣除比例</translation>
    </message>
    <message>
        <source>Care of an infant under three</source>
        <translation>3岁以下婴幼儿照护</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>继续教育</translation>
    </message>
    <message>
        <source>degree education: monthly standard × months; plus the fixed amount in the year a qualifying certificate is obtained</source>
        <translation>学历（学位）继续教育：每月扣除标准 × 月份数；取得相关职业资格证书的当年，另加定额扣除</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>大病医疗</translation>
    </message>
    <message>
        <source>self-paid in-catalogue costs above the threshold, up to the cap, for this patient</source>
        <translation>该患者医保目录范围内的自付部分超过起付金额的部分，在扣除限额内据实扣除</translation>
    </message>
    <message>
        <source>Housing loan interest</source>
        <translation>住房贷款利息</translation>
    </message>
    <message>
        <source>Housing rent</source>
        <translation>住房租金</translation>
    </message>
    <message>
        <source>the city&apos;s monthly standard × months</source>
        <translation>所在城市的每月扣除标准 × 月份数</translation>
    </message>
    <message>
        <source>Support of elderly parents</source>
        <translation>赡养老人</translation>
    </message>
    <message>
        <source>an only child&apos;s monthly standard × months</source>
        <translation>独生子女每月扣除标准 × 月份数</translation>
    </message>
    <message>
        <source>the agreed monthly share (within the per-sibling cap) × months</source>
        <translation>约定分摊的每月扣除额（不超过每人每月分摊限额）× 月份数</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>专项附加扣除合计</translation>
    </message>
    <message>
        <source>sum of the items above</source>
        <translation>以上各项之和</translation>
    </message>
    <message>
        <source>amount paid, up to the cap</source>
        <translation>实际缴纳金额，不超过扣除限额</translation>
    </message>
    <message>
        <source>Enterprise or occupational annuity</source>
        <translation>企业年金/职业年金</translation>
    </message>
    <message>
        <source>the deductible amount as the payer determined it</source>
        <translation>按缴费单位确定的可扣除金额</translation>
    </message>
    <message>
        <source>Commercial health insurance</source>
        <translation>商业健康保险</translation>
    </message>
    <message>
        <source>Tax-deferred commercial pension</source>
        <translation>税收递延型商业养老保险</translation>
    </message>
    <message>
        <source>Individual pension</source>
        <translation>个人养老金</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>依法确定的其他扣除合计</translation>
    </message>
    <message>
        <source>Comprehensive income (收入额)</source>
        <translation>综合所得收入额</translation>
    </message>
    <message>
        <source>wages + labor + author + royalties − expenses row − author exempt row (+ the bonus when combined)</source>
        <translation>工资薪金 + 劳务报酬 + 稿酬 + 特许权使用费 − 费用合计 − 稿酬所得免税部分（全年一次性奖金并入综合所得时另加奖金）</translation>
    </message>
    <message>
        <source>Taxable income before donations</source>
        <translation>扣除捐赠前的应纳税所得额</translation>
    </message>
    <message>
        <source>comprehensive income − tax-free income − basic deduction − special deductions − special additional deductions − other deductions, not below zero (deductions beyond income are lost, 实施条例 第十三条)</source>
        <translation>综合所得收入额 − 免税收入 − 减除费用 − 专项扣除 − 专项附加扣除 − 依法确定的其他扣除，最低为零（一个纳税年度扣除不完的，不结转以后年度扣除，实施条例第十三条）</translation>
    </message>
    <message>
        <source>Limit for donations deductible up to 30%</source>
        <translation>限额扣除捐赠的扣除限额（30%）</translation>
    </message>
    <message>
        <source>taxable income before donations × limit rate</source>
        <translation>扣除捐赠前的应纳税所得额 × 扣除限额比例</translation>
    </message>
    <message>
        <source>Donations deducted</source>
        <translation>准予扣除的捐赠额</translation>
    </message>
    <message>
        <source>donations with the 30% limit, up to the limit, plus donations deductible in full, never beyond the taxable income before donations</source>
        <translation>限额扣除的捐赠（不超过扣除限额）+ 全额扣除的捐赠，合计不超过扣除捐赠前的应纳税所得额</translation>
    </message>
    <message>
        <source>Taxable income</source>
        <translation>应纳税所得额</translation>
    </message>
    <message>
        <source>taxable income before donations − donations deducted</source>
        <translation>扣除捐赠前的应纳税所得额 − 准予扣除的捐赠额</translation>
    </message>
    <message>
        <source>Tax on comprehensive income</source>
        <translation>综合所得应纳税额</translation>
    </message>
    <message>
        <source>taxable income × rate − quick deduction (annual table)</source>
        <translation>应纳税所得额 × 税率 − 速算扣除数（综合所得税率表，按年）</translation>
    </message>
    <message>
        <source>Tax relief applied</source>
        <translation>减免税额</translation>
    </message>
    <message>
        <source>the relief claimed, never more than the tax</source>
        <translation>申报的减免税额，不超过应纳税额</translation>
    </message>
    <message>
        <source>Tax payable for the year</source>
        <translation>全年应纳税额（减免后）</translation>
    </message>
    <message>
        <source>tax on comprehensive income + bonus tax − tax relief</source>
        <translation>综合所得应纳税额 + 全年一次性奖金应纳税额 − 减免税额</translation>
    </message>
    <message>
        <source>Expenses row</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>(labor + author + royalties) × expense rate</source>
        <translation>（劳务报酬 + 稿酬 + 特许权使用费）× 费用扣除比例</translation>
    </message>
    <message>
        <source>Author income exempt row</source>
        <translation>稿酬所得免税部分</translation>
    </message>
    <message>
        <source>author × (1 − expense rate) × (1 − author income share)</source>
        <translation>稿酬 × (1 − 费用扣除比例) × (1 − 稿酬收入额计算比例)</translation>
    </message>
    <message>
        <source>Basic deduction</source>
        <translation>减除费用</translation>
    </message>
    <message>
        <source>the year&apos;s fixed amount, whatever the months worked</source>
        <translation>全年定额，与任职受雇月份数无关</translation>
    </message>
    <message>
        <source>Special deductions (三险一金)</source>
        <translation>专项扣除（三险一金）</translation>
    </message>
    <message>
        <source>contributions as declared</source>
        <translation>按申报的缴费金额</translation>
    </message>
    <message>
        <source>Bonus method chosen</source>
        <translation>全年一次性奖金计税方式</translation>
    </message>
    <message>
        <source>the method with the lower tax payable; separate on a tie</source>
        <translation>取应纳税额较低的方式；相等时单独计税</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>应补/退税额</translation>
    </message>
    <message>
        <source>tax payable − tax prepaid: positive to pay, negative to refund</source>
        <translation>应纳税额 − 已缴税额：正数为应补税额，负数为应退税额</translation>
    </message>
    <message>
        <source>Exempt from paying</source>
        <translation>免予补税</translation>
    </message>
    <message>
        <source>something to pay, and gross comprehensive income at most the income ceiling or the balance at most the balance ceiling</source>
        <translation>需要补税，且全年综合所得收入不超过收入限额，或应补税额不超过补税限额</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应补税额</translation>
    </message>
    <message>
        <source>the balance when positive and not exempt, else nothing</source>
        <translation>应补/退税额为正数且不免予补税时取该数额，否则为零</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>应退税额</translation>
    </message>
    <message>
        <source>the balance when negative, as a positive amount</source>
        <translation>应补/退税额为负数时取其绝对值</translation>
    </message>
    <message>
        <source>Expenses deducted</source>
        <translation>减除费用</translation>
    </message>
    <message>
        <source>the fixed amount for a payment up to the ceiling (never more than the payment)</source>
        <translation>每次收入不超过限额的，减除费用按定额计算（不超过收入本身）</translation>
    </message>
    <message>
        <source>payment × expense rate</source>
        <translation>每次收入 × 费用扣除比例</translation>
    </message>
    <message>
        <source>Taxable amount for prepayment</source>
        <translation>预扣预缴应纳税所得额</translation>
    </message>
    <message>
        <source>(payment − expenses) × author income share</source>
        <translation>（每次收入 − 减除费用）× 稿酬收入额计算比例</translation>
    </message>
    <message>
        <source>payment − expenses</source>
        <translation>每次收入 − 减除费用</translation>
    </message>
    <message>
        <source>Prepayment withheld</source>
        <translation>应预扣预缴税额</translation>
    </message>
    <message>
        <source>taxable amount × rate − quick deduction (withholding rate table 2)</source>
        <translation>预扣预缴应纳税所得额 × 预扣率 − 速算扣除数（预扣率表二）</translation>
    </message>
    <message>
        <source>taxable amount × the flat rate</source>
        <translation>预扣预缴应纳税所得额 × 比例预扣率</translation>
    </message>
    <message>
        <source>Cumulative basic deduction</source>
        <translation>累计减除费用</translation>
    </message>
    <message>
        <source>the whole year&apos;s amount from January</source>
        <translation>自1月份起直接按全年标准扣除</translation>
    </message>
    <message>
        <source>monthly amount × months counted so far</source>
        <translation>每月标准 × 截至本月的计算月份数</translation>
    </message>
    <message>
        <source>Cumulative taxable income</source>
        <translation>累计预扣预缴应纳税所得额</translation>
    </message>
    <message>
        <source>cumulative wages − tax-free income − basic deduction − special deductions − special additional deductions − other deductions, not below zero</source>
        <translation>累计收入 − 累计免税收入 − 累计减除费用 − 累计专项扣除 − 累计专项附加扣除 − 累计依法确定的其他扣除，最低为零</translation>
    </message>
    <message>
        <source>Cumulative tax</source>
        <translation>累计应预扣预缴税额</translation>
    </message>
    <message>
        <source>cumulative taxable income × rate − quick deduction (withholding rate table 1)</source>
        <translation>累计预扣预缴应纳税所得额 × 预扣率 − 速算扣除数（预扣率表一）</translation>
    </message>
    <message>
        <source>Withheld this month</source>
        <translation>本期应预扣预缴税额</translation>
    </message>
    <message>
        <source>cumulative tax − cumulative tax relief − already withheld; nothing when negative (no refund mid-year)</source>
        <translation>累计应预扣预缴税额 − 累计减免税额 − 累计已预扣预缴税额；余额为负值时为零（暂不退税）</translation>
    </message>
    <message>
        <source>Total withheld</source>
        <translation>已预扣预缴税额合计</translation>
    </message>
    <message>
        <source>sum of the months&apos; withholding</source>
        <translation>各月预扣预缴税额之和</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>以扣除限额 %1 为限</translation>
    </message>
    <message>
        <source>limited to the tax of %1</source>
        <translation>以应纳税额 %1 为限</translation>
    </message>
</context>
<context>
    <name>TraceExplainer</name>
    <message>
        <source>Cumulative withholding of wages</source>
        <translation>工资、薪金所得累计预扣预缴</translation>
    </message>
    <message>
        <source>Prepayment on one payment of labor, author or royalty income</source>
        <translation>劳务报酬、稿酬、特许权使用费所得按次预扣预缴</translation>
    </message>
    <message>
        <source>Annual one-off bonus taxed separately</source>
        <translation>全年一次性奖金单独计税</translation>
    </message>
    <message>
        <source>Annual reconciliation of comprehensive income</source>
        <translation>综合所得年度汇算</translation>
    </message>
    <message>
        <source>Identifier check</source>
        <translation>身份证件号码与统一社会信用代码校验</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>计算方法：%1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>所用数值：%1</translation>
    </message>
    <message>
        <source>Rule: %1 = %2 — %3</source>
        <translation>规则：%1 = %2 —— %3</translation>
    </message>
    <message>
        <source>(unverified: a working hypothesis, see the rules reference)</source>
        <translation>（未经核实：工作假设，详见规则参考文档）</translation>
    </message>
    <message>
        <source>Rounded half-up to the fen: %1 → %2</source>
        <translation>四舍五入至分：%1 → %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>规则包：%1</translation>
    </message>
    <message>
        <source>Engine version: %1</source>
        <translation>引擎版本：%1</translation>
    </message>
    <message>
        <source>Month %1: </source>
        <translation>%1月：</translation>
    </message>
    <message>
        <source>In total the employer withholds %1.</source>
        <translation>扣缴义务人全年合计预扣预缴税额 %1。</translation>
    </message>
    <message>
        <source>The payer withholds %1 from this payment.</source>
        <translation>本次收入应预扣预缴税额 %1。</translation>
    </message>
    <message>
        <source>The tax on the bonus is %1.</source>
        <translation>全年一次性奖金应纳税额 %1。</translation>
    </message>
    <message>
        <source>The identifier is valid.</source>
        <translation>号码有效。</translation>
    </message>
    <message>
        <source>The identifier is not valid.</source>
        <translation>号码无效。</translation>
    </message>
    <message>
        <source>%1 would be due, but you are exempt from paying it this year.</source>
        <translation>应补税额 %1，但本年度符合免予补税的条件，无需缴纳。</translation>
    </message>
    <message>
        <source>You are owed a refund of %1.</source>
        <translation>应退税额 %1。</translation>
    </message>
    <message>
        <source>You must pay %1.</source>
        <translation>应补税额 %1。</translation>
    </message>
    <message>
        <source>Nothing to pay and nothing to refund.</source>
        <translation>无需补税，也无退税。</translation>
    </message>
</context>
<context>
    <name>TraceInput</name>
    <message>
        <source>amount</source>
        <translation>收入额</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>减除费用</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>应纳税所得额</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>全年一次性奖金</translation>
    </message>
    <message>
        <source>months_counted</source>
        <translation>计算月份数</translation>
    </message>
    <message>
        <source>cumulative_wages</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <source>cumulative_tax_free_income</source>
        <translation>累计免税收入</translation>
    </message>
    <message>
        <source>cumulative_basic_deduction</source>
        <translation>累计减除费用</translation>
    </message>
    <message>
        <source>cumulative_special_deductions</source>
        <translation>累计专项扣除</translation>
    </message>
    <message>
        <source>cumulative_special_additional_deductions</source>
        <translation>累计专项附加扣除</translation>
    </message>
    <message>
        <source>cumulative_other_deductions</source>
        <translation>累计依法确定的其他扣除</translation>
    </message>
    <message>
        <source>cumulative_taxable_income</source>
        <translation>累计预扣预缴应纳税所得额</translation>
    </message>
    <message>
        <source>cumulative_tax</source>
        <translation>累计应预扣预缴税额</translation>
    </message>
    <message>
        <source>cumulative_tax_relief</source>
        <translation>累计减免税额</translation>
    </message>
    <message>
        <source>already_withheld</source>
        <translation>累计已预扣预缴税额</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月份数</translation>
    </message>
    <message>
        <source>share_percent</source>
        <translation>扣除比例（%）</translation>
    </message>
    <message>
        <source>degree_months</source>
        <translation>学历继续教育月份数</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>取得职业资格证书</translation>
    </message>
    <message>
        <source>out_of_pocket</source>
        <translation>医保目录范围内自付金额</translation>
    </message>
    <message>
        <source>monthly_share</source>
        <translation>每月分摊额</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>实际缴纳金额</translation>
    </message>
    <message>
        <source>wages</source>
        <translation>工资薪金</translation>
    </message>
    <message>
        <source>labor</source>
        <translation>劳务报酬</translation>
    </message>
    <message>
        <source>author</source>
        <translation>稿酬</translation>
    </message>
    <message>
        <source>royalties</source>
        <translation>特许权使用费</translation>
    </message>
    <message>
        <source>expenses_row</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>author_exempt_row</source>
        <translation>稿酬所得免税部分</translation>
    </message>
    <message>
        <source>bonus_combined</source>
        <translation>并入综合所得的奖金</translation>
    </message>
    <message>
        <source>comprehensive_income</source>
        <translation>综合所得收入额</translation>
    </message>
    <message>
        <source>tax_free_income</source>
        <translation>免税收入</translation>
    </message>
    <message>
        <source>basic_deduction</source>
        <translation>减除费用</translation>
    </message>
    <message>
        <source>special_deductions</source>
        <translation>专项扣除</translation>
    </message>
    <message>
        <source>special_additional_deductions</source>
        <translation>专项附加扣除</translation>
    </message>
    <message>
        <source>other_deductions</source>
        <translation>依法确定的其他扣除</translation>
    </message>
    <message>
        <source>taxable_income_before_donations</source>
        <translation>扣除捐赠前的应纳税所得额</translation>
    </message>
    <message>
        <source>limited_donations</source>
        <translation>限额扣除的捐赠</translation>
    </message>
    <message>
        <source>full_donations</source>
        <translation>全额扣除的捐赠</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>扣除限额</translation>
    </message>
    <message>
        <source>donations_deducted</source>
        <translation>准予扣除的捐赠额</translation>
    </message>
    <message>
        <source>taxable_income</source>
        <translation>应纳税所得额</translation>
    </message>
    <message>
        <source>tax_relief_claimed</source>
        <translation>申报的减免税额</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>应纳税额</translation>
    </message>
    <message>
        <source>tax_on_comprehensive_income</source>
        <translation>综合所得应纳税额</translation>
    </message>
    <message>
        <source>bonus_tax</source>
        <translation>全年一次性奖金应纳税额</translation>
    </message>
    <message>
        <source>tax_relief</source>
        <translation>减免税额</translation>
    </message>
    <message>
        <source>tax_payable_separate</source>
        <translation>单独计税时的应纳税额</translation>
    </message>
    <message>
        <source>tax_payable_combined</source>
        <translation>并入综合所得时的应纳税额</translation>
    </message>
    <message>
        <source>tax_payable</source>
        <translation>应纳税额</translation>
    </message>
    <message>
        <source>prepaid</source>
        <translation>已缴税额</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>应补/退税额</translation>
    </message>
    <message>
        <source>gross_comprehensive_income</source>
        <translation>综合所得收入合计</translation>
    </message>
</context>
<context>
    <name>TraceValue</name>
    <message>
        <source>true</source>
        <translation>是</translation>
    </message>
    <message>
        <source>false</source>
        <translation>否</translation>
    </message>
    <message>
        <source>separate</source>
        <translation>单独计税</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>并入综合所得</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Internal error in the vault; nothing was saved.</source>
        <translation>保险库内部错误；未保存任何内容。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it with its passphrase.</source>
        <translation>保险库已锁定。请输入保险库口令解锁。</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore the vault from a backup.</source>
        <translation>保险库的数据库文件缺失。请从备份恢复保险库。</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is truncated. Restore the vault from a backup.</source>
        <translation>保险库的数据库文件不完整（已被截断）。请从备份恢复保险库。</translation>
    </message>
    <message>
        <source>The vault is in use by another Huisuan program. Close it there first.</source>
        <translation>保险库正被另一个汇算程序使用。请先在该程序中关闭保险库。</translation>
    </message>
    <message>
        <source>The vault&apos;s lock file cannot be created. Check the folder&apos;s permissions.</source>
        <translation>无法创建保险库的锁文件。请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The backup copy failed its check after writing.</source>
        <translation>备份副本写入后未通过校验。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Huisuan. Update Huisuan to open it.</source>
        <translation>此保险库由更新版本的汇算写入。请升级汇算后再打开。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already holds a vault; it was left as it is.</source>
        <translation>%1 中已有保险库；未对其作任何改动。</translation>
    </message>
    <message>
        <source>There is no Huisuan vault in %1.</source>
        <translation>%1 中没有汇算保险库。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>无法读取备份文件 %1。</translation>
    </message>
    <message>
        <source>%1 already holds a vault; restore into an empty folder.</source>
        <translation>%1 中已有保险库；请恢复到空文件夹中。</translation>
    </message>
    <message>
        <source>The vault was closed.</source>
        <translation>保险库已关闭。</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>新口令不能为空。</translation>
    </message>
    <message>
        <source>The key file no longer matches the open vault; the passphrase was not changed.</source>
        <translation>密钥文件与当前打开的保险库已不匹配；口令未更改。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation>无法读取保险库的密钥文件。</translation>
    </message>
    <message>
        <source>The backup copy cannot be created.</source>
        <translation>无法创建备份副本。</translation>
    </message>
    <message>
        <source>The backup copy cannot be read.</source>
        <translation>无法读取备份副本。</translation>
    </message>
    <message>
        <source>The backup cannot be read back.</source>
        <translation>无法读回已写入的备份。</translation>
    </message>
    <message>
        <source>There is no annual return %1.</source>
        <translation>不存在编号为 %1 的年度汇算申报记录。</translation>
    </message>
</context>
<context>
    <name>VaultBackupFile</name>
    <message>
        <source>This backup is damaged or not a Huisuan vault backup; nothing was restored.</source>
        <translation>此备份已损坏，或不是汇算保险库的备份；未恢复任何内容。</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Huisuan. Update Huisuan to restore it.</source>
        <translation>此备份由更新版本的汇算写入。请升级汇算后再恢复。</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>保险库口令：</translation>
    </message>
    <message>
        <source>--kdf-log2n must be between 10 and 22</source>
        <translation>--kdf-log2n 必须在 10 到 22 之间</translation>
    </message>
    <message>
        <source>Created a vault in %1 (scrypt N=2^%2, r=%3, p=%4).</source>
        <translation>已在 %1 创建保险库（scrypt N=2^%2, r=%3, p=%4）。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新口令：</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>口令已更改。</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified.</source>
        <translation>已备份到 %1，并已通过校验。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>vault: %1</source>
        <translation>保险库：%1</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>数据库结构版本：%1</translation>
    </message>
    <message>
        <source>cipher: SQLCipher %1, %2, page size %3, HMAC %4</source>
        <translation>加密：SQLCipher %1，%2，页大小 %3，HMAC %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>journal: %1, synchronous %2</source>
        <translation>事务日志：%1，同步级别（synchronous）%2</translation>
    </message>
    <message>
        <source>key derivation: scrypt N=2^%1, r=%2, p=%3</source>
        <translation>密钥派生：scrypt N=2^%1, r=%2, p=%3</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>audit log entries: %1, chain intact</source>
        <translation>审计日志：共 %1 条记录，哈希链完整</translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message>
        <source>unknown vault action %1</source>
        <translation>未知的保险库操作 %1</translation>
    </message>
    <message>
        <source>audit log: %1 entries, the hash chain is intact from the first to the head.</source>
        <translation>审计日志：共 %1 条记录，哈希链从第一条到末条记录完整。</translation>
    </message>
    <message>
        <source>audit log: entry %1 is the first broken one (%2). Entries from it on cannot be trusted; restore the vault from a backup made before the change.</source>
        <translation>审计日志：第 %1 条记录是第一条损坏的记录（%2）。从该条起的记录均不可信；请从更改之前制作的备份恢复保险库。</translation>
    </message>
    <message>
        <source>audit log: %1. Restore the vault from a backup made before the change.</source>
        <translation>审计日志：%1。请从更改之前制作的备份恢复保险库。</translation>
    </message>
    <message>
        <source>Usage: huisuan-cli vault init|passwd|verify|audit-log [--vault DIR] [--kdf-log2n L]
       huisuan-cli vault backup FILE|restore FILE [--vault DIR]
DIR defaults to %1.
The passphrase is read from HUISUAN_PASSPHRASE, or asked for without echo on a terminal;
passwd reads the new one from HUISUAN_NEW_PASSPHRASE or asks for it.
--kdf-log2n L sets scrypt&apos;s cost N = 2^L for init (default: about half a second here).</source>
        <translation>用法：huisuan-cli vault init|passwd|verify|audit-log [--vault 目录] [--kdf-log2n L]
       huisuan-cli vault backup 文件|restore 文件 [--vault 目录]
目录默认为 %1。
保险库口令从 HUISUAN_PASSPHRASE 读取，或在终端中提示输入（不回显）；
passwd 从 HUISUAN_NEW_PASSPHRASE 读取新口令，或提示输入。
--kdf-log2n L 设置 init 时 scrypt 的成本 N = 2^L（默认：在本机约需半秒）。</translation>
    </message>
</context>
<context>
    <name>VaultInputCheck</name>
    <message>
        <source>The tax year %1 is not one Huisuan keeps; enter a year from %2 to %3.</source>
        <translation>汇算不保存 %1 纳税年度；请输入 %2 至 %3 之间的年度。</translation>
    </message>
    <message>
        <source>The month %1 does not exist; enter a month from 1 to 12.</source>
        <translation>不存在 %1 月；请输入 1 至 12 之间的月份。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an amount in yuan; write it with two decimals, such as 1234.50.</source>
        <translation>%1“%2”不是以元为单位的金额；请保留两位小数，例如 1234.50。</translation>
    </message>
    <message>
        <source>The %1 is empty; fill it in.</source>
        <translation>%1为空；请填写。</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object; nothing was saved.</source>
        <translation>%1不是 JSON 对象；未保存任何内容。</translation>
    </message>
    <message>
        <source>The submission id &quot;%1&quot; is not valid; use 1 to %2 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>提交编号“%1”无效；请使用 1 至 %2 个字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <source>The unified social credit code &quot;%1&quot; is not valid; check its 18 characters against the business licence.</source>
        <translation>统一社会信用代码“%1”无效；请对照营业执照核对其 18 位字符。</translation>
    </message>
    <message>
        <source>identity number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>The resident identity number does not pass its check digit; compare it with the identity card.</source>
        <translation>居民身份证号码的校验码不符；请对照身份证核对。</translation>
    </message>
    <message>
        <source>There is no %1 %2 in the vault.</source>
        <translation>保险库中没有%1 %2。</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>No random numbers for the key file.</source>
        <translation>无法为密钥文件生成随机数。</translation>
    </message>
    <message>
        <source>The data key could not be wrapped.</source>
        <translation>无法加密封装数据密钥。</translation>
    </message>
    <message>
        <source>This is not a Huisuan vault: its key file is not a Huisuan key file.</source>
        <translation>这不是汇算保险库：其密钥文件不是汇算的密钥文件。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is truncated. Restore the vault from a backup.</source>
        <translation>保险库的密钥文件不完整（已被截断）。请从备份恢复保险库。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Huisuan. Update Huisuan to open it.</source>
        <translation>此保险库由更新版本的汇算写入。请升级汇算后再打开。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged. Restore the vault from a backup.</source>
        <translation>保险库的密钥文件已损坏。请从备份恢复保险库。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation>无法读取保险库的密钥文件。</translation>
    </message>
    <message>
        <source>The data key could not be unwrapped.</source>
        <translation>无法解密数据密钥。</translation>
    </message>
    <message>
        <source>Wrong passphrase: the vault was not opened and nothing in it was changed.</source>
        <translation>口令错误：保险库未打开，其中的内容也未作任何改动。</translation>
    </message>
    <message>
        <source>The key file could not be written; the previous one is unchanged.</source>
        <translation>无法写入密钥文件；原有的密钥文件保持不变。</translation>
    </message>
</context>
<context>
    <name>VaultSchema</name>
    <message>
        <source>The vault&apos;s schema version cannot be read.</source>
        <translation>无法读取保险库的数据库结构版本。</translation>
    </message>
    <message>
        <source>The vault could not be upgraded from version %1 to %2; it is unchanged.</source>
        <translation>无法将保险库从版本 %1 升级到版本 %2；保险库未作改动。</translation>
    </message>
</context>
<context>
    <name>WithholdingDeclarationStore</name>
    <message>
        <source>There is no declaration %1 in this vault.</source>
        <translation>此保险库中没有申报 %1。</translation>
    </message>
    <message>
        <source>The declaration %1 is answered already; it is not sent again.</source>
        <translation>申报 %1 已得到答复；不会再次发送。</translation>
    </message>
    <message>
        <source>A declaration needs a month and the bytes to send.</source>
        <translation>申报须包含所属月份和要发送的数据。</translation>
    </message>
    <message>
        <source>The next attempt time &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>下次尝试时间“%1”不是 ISO 8601 日期时间。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>A cell of this row has the reference &quot;%1&quot;, which is not in this row; the workbook may be damaged. Open it in Excel, save it again and import that file.</source>
        <translation>该行的某个单元格引用为“%1”，不在该行中；工作簿可能已损坏。请在 Excel 中打开并重新保存，然后导入该文件。</translation>
    </message>
    <message>
        <source>Cell %1%2 holds a formula. Its saved result may be out of date, so it is not used. Replace the formula by its value (copy, then Paste Special → Values) and import again.</source>
        <translation>单元格 %1%2 含有公式。其保存的结果可能已过时，因此不予使用。请将公式替换为其值（复制后，选择性粘贴 → 值），然后重新导入。</translation>
    </message>
    <message>
        <source>Cell %1%2 refers to text the workbook does not hold; the workbook may be damaged. Open it in Excel, save it again and import that file.</source>
        <translation>单元格 %1%2 引用了工作簿中不存在的文本；工作簿可能已损坏。请在 Excel 中打开并重新保存，然后导入该文件。</translation>
    </message>
    <message>
        <source>Cell %1%2 shows the error %3 instead of a value. Correct it in Excel and import again.</source>
        <translation>单元格 %1%2 显示错误 %3，而不是值。请在 Excel 中更正后重新导入。</translation>
    </message>
    <message>
        <source>The cells %1 are merged. A merged range keeps its value in its first cell only, so the others would read as empty. Unmerge them, fill in every cell and import again.</source>
        <translation>单元格 %1 已合并。合并区域只在第一个单元格中保留值，其他单元格将读取为空。请取消合并，填写每个单元格后重新导入。</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx): it is not the zip archive a workbook is. Open it in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and import that file.</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）：它不是工作簿应有的 zip 压缩包。请在 Excel 中打开，另存为“Excel 工作簿(*.xlsx)”，然后导入该文件。</translation>
    </message>
    <message>
        <source>The part %1 of this workbook unpacks to more than can be read safely, as a damaged or hostile file does, so it was not read. Save the sheet again from Excel, or as CSV, and import that file.</source>
        <translation>该工作簿的部件 %1 解压后超过了可安全读取的大小（损坏或恶意文件会如此），因此未读取。请从 Excel 重新保存该工作表，或另存为 CSV，然后导入该文件。</translation>
    </message>
    <message>
        <source>The part %1 of this workbook is missing or damaged. Open the workbook in Excel, save it again and import that file.</source>
        <translation>该工作簿的部件 %1 缺失或已损坏。请在 Excel 中打开该工作簿并重新保存，然后导入该文件。</translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>The workbook could not be written to %1 (%2). Check that the folder exists and can be written.</source>
        <translation>无法将工作簿写入 %1（%2）。请检查该文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1. Check that the folder exists and can be written.</source>
        <translation>无法将工作簿写入 %1。请检查该文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1 (%2). Check that the folder can be written and has space.</source>
        <translation>无法将工作簿写入 %1（%2）。请检查该文件夹是否可写入且有足够空间。</translation>
    </message>
    <message>
        <source>The workbook could not be saved as %1. Check that the folder can be written.</source>
        <translation>无法将工作簿保存为 %1。请检查该文件夹是否可写入。</translation>
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
        <translation>全年一次性奖金在所属月份 %1 已单独计税，在所属月份 %2 又单独计税；单独计税方式每年只能使用一次。请将其中一笔按“并入综合所得”导入。</translation>
    </message>
</context>
<context>
    <name>huisuan::AboutDialog</name>
    <message>
        <source>About Huisuan</source>
        <translation>关于汇算</translation>
    </message>
    <message>
        <source>Huisuan: individual income tax</source>
        <translation>汇算：个人所得税</translation>
    </message>
    <message>
        <source>Version %1 (tax engine %2)</source>
        <translation>版本 %1（计税引擎 %2）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>构建：%1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>&amp;Rule packs: every return records the id of the pack it was computed with.</source>
        <translation>规则包(&amp;R)：每份申报表都会记录计算时所用规则包的标识。</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>纳税年度</translation>
    </message>
    <message>
        <source>Rule pack id</source>
        <translation>规则包标识</translation>
    </message>
    <message>
        <source>Rule packs and their ids</source>
        <translation>规则包及其标识</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>huisuan::AuditPage</name>
    <message>
        <source>Open a filing to audit</source>
        <translation>打开要审计的申报</translation>
    </message>
    <message>
        <source>Audit files and signed filings (*.json);;All files (*)</source>
        <translation>审计文件和已签名申报 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Audit a filing</source>
        <translation>审计申报</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>检查项(&amp;C)：</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>验证检查项</translation>
    </message>
    <message>
        <source>Audit verdict</source>
        <translation>审计结论</translation>
    </message>
    <message>
        <source>The filing</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Show only the lines that differ</source>
        <translation>只显示不一致的项目</translation>
    </message>
    <message>
        <source>The computation, line by line: filed and replayed</source>
        <translation>逐项计算：申报值与复算值</translation>
    </message>
    <message>
        <source>The selected line: formula and citations</source>
        <translation>所选项目：公式及依据</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>&amp;Open a filing…</source>
        <translation>打开申报(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export audit report (PDF)…</source>
        <translation>导出审计报告 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the audit report as a PDF</source>
        <translation>将审计报告导出为 PDF</translation>
    </message>
    <message>
        <source>Verifying and replaying %1…</source>
        <translation>正在验证并复算 %1…</translation>
    </message>
    <message>
        <source>Open an audit file or a signed filing: Huisuan checks its signature and receipt, computes it again under the rules it names and shows any line that differs.</source>
        <translation>打开审计文件或已签名申报：汇算会检查其签名和回执，按其所注明的规则重新计算，并显示所有不一致的项目。</translation>
    </message>
    <message>
        <source>Passed: %1. %2</source>
        <translation>通过：%1。%2</translation>
    </message>
    <message>
        <source>FAILED: %1. %2</source>
        <translation>未通过：%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>全部 %n 项检查均已通过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: do not rely on this filing until the failures are explained.</source>
        <translation>
            <numerusform>%n 项检查未通过：在查明原因之前，请勿依赖此申报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the replay differ from what was filed.</source>
        <translation>
            <numerusform>复算结果中有 %n 个项目与申报不一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Submission id: %1</source>
        <translation>提交编号：%1</translation>
    </message>
    <message>
        <source>Taxpayer: %1 (%2)</source>
        <translation>纳税人：%1（%2）</translation>
    </message>
    <message>
        <source>Tax year: %1</source>
        <translation>纳税年度：%1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>规则包：%1</translation>
    </message>
    <message>
        <source>Engine version: %1</source>
        <translation>引擎版本：%1</translation>
    </message>
    <message>
        <source>Differs: the replay does not give what was filed.</source>
        <translation>不一致：复算结果与申报值不同。</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>已申报：%1</translation>
    </message>
    <message>
        <source>(not in the filing)</source>
        <translation>（申报中没有此项）</translation>
    </message>
    <message>
        <source>Replayed: %1</source>
        <translation>复算：%1</translation>
    </message>
    <message>
        <source>(not in the recomputation)</source>
        <translation>（复算中没有此项）</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>公式：</translation>
    </message>
    <message>
        <source>Citations:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>所用数值：</translation>
    </message>
    <message>
        <source>%1 = %2, set by %3</source>
        <translation>%1 = %2，依据：%3</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>No rule-pack changelog entry for this tax year explains the difference: the filed value did not come from these rules.</source>
        <translation>本纳税年度的规则包变更记录中没有任何条目能解释此差异：申报值并非按这些规则得出。</translation>
    </message>
    <message>
        <source>What explains it:</source>
        <translation>原因说明：</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the audit report…</source>
        <translation>正在生成审计报告…</translation>
    </message>
    <message>
        <source>The audit report was saved as %1.</source>
        <translation>审计报告已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>huisuan::AuditTraceModel</name>
    <message>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>复算</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>是否一致</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>The replay gives a different value from the one filed.</source>
        <translation>复算得出的值与申报值不同。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchEmployeeListModel</name>
    <message>
        <source>Could not be computed</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>No payroll yet</source>
        <translation>尚无工资薪金</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>已计算</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>Employed since</source>
        <translation>任职受雇日期</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>支付月数</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资薪金</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>已扣缴税额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchMonthListModel</name>
    <message>
        <source>Imported, not computed</source>
        <translation>已导入，未计算</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>已计算</translation>
    </message>
    <message>
        <source>Partly computed: compute again</source>
        <translation>部分已计算：请重新计算</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Employees paid</source>
        <translation>领薪员工数</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资薪金</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>已扣缴税额</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchSession</name>
    <message>
        <source>The vault is locked. Unlock it to work on your client companies.</source>
        <translation>保险库已锁定。请先解锁，再处理客户单位的业务。</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), listed below. Nothing was imported: correct the file and import it again.</source>
        <translation>
            <numerusform>文件中有 %n 个问题，列于下方。未导入任何内容：请更正文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped. Nothing was imported.</source>
        <translation>导入已停止。未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) imported onto the roster.</source>
        <translation>
            <numerusform>已将 %n 名员工导入人员信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payroll month(s) imported. Compute the year to see the withholding.</source>
        <translation>
            <numerusform>已导入 %n 个月的工资薪金。请计算全年以查看预扣预缴税额。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computation stopped. The %n employee(s) computed before have every month&apos;s result; compute the year again for the others.</source>
        <translation>
            <numerusform>计算已停止。此前已计算的 %n 名员工各月结果完整；请重新计算全年以完成其余员工。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withholding computed for %n employee(s).</source>
        <translation>
            <numerusform>已计算 %n 名员工的预扣预缴税额。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) could not be computed: they are marked in the table, with the reason.</source>
        <translation>
            <numerusform>%n 名员工无法计算：已在表格中标出，并注明原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .pdf: the ending says which kind of file to write.</source>
        <translation>请选择以 .csv、.xlsx 或 .pdf 结尾的文件名：文件的扩展名决定写出的文件类型。</translation>
    </message>
    <message numerus="yes">
        <source>%n labor payment(s) imported, each with its prepayment computed. They are in the month&apos;s declaration.</source>
        <translation>
            <numerusform>已导入 %n 笔劳务报酬，每笔均已计算预扣预缴税额，并已列入当月申报表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Choose a folder you can write to and save it again.</source>
        <translation>无法写入 %1（%2）。请选择可写入的文件夹后重新保存。</translation>
    </message>
</context>
<context>
    <name>huisuan::BonusMethodStep</name>
    <message>
        <source>total tax %1</source>
        <translation>合计税额 %1</translation>
    </message>
    <message>
        <source>Both ways cost the same tax; taxing the bonus separately keeps your annual income lower.</source>
        <translation>两种方式的税额相同；奖金单独计税可使您全年的综合所得更低。</translation>
    </message>
    <message>
        <source>Recommended: tax the bonus separately. It costs %1 less tax than combining it.</source>
        <translation>建议：奖金单独计税。比并入综合所得少缴税 %1。</translation>
    </message>
    <message>
        <source>Recommended: combine the bonus with your income. It costs %1 less tax than taxing it separately.</source>
        <translation>建议：奖金并入综合所得。比单独计税少缴税 %1。</translation>
    </message>
    <message>
        <source>How your annual bonus is taxed</source>
        <translation>全年一次性奖金的计税方式</translation>
    </message>
    <message>
        <source>An annual one-off bonus (全年一次性奖金) can be taxed on its own or together with your comprehensive income. Choose one; the lower tax is recommended.</source>
        <translation>全年一次性奖金可以单独计税，也可以并入综合所得计税。请选择其一；建议选择税额较低的方式。</translation>
    </message>
    <message>
        <source>Tax the bonus &amp;separately</source>
        <translation>奖金单独计税(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Combine it with comprehensive income</source>
        <translation>并入综合所得(&amp;C)</translation>
    </message>
</context>
<context>
    <name>huisuan::BuildInfo</name>
    <message>
        <source>commit %1 (%2)</source>
        <translation>代码提交 %1（%2）</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（使用 %2 构建）</translation>
    </message>
    <message>
        <source>engine %1; build: %2</source>
        <translation>引擎 %1；构建：%2</translation>
    </message>
    <message>
        <source>rule packs:</source>
        <translation>规则包：</translation>
    </message>
</context>
<context>
    <name>huisuan::ClaimRowList</name>
    <message>
        <source>Enter the amount in yuan, such as 1200 or 1200.50.</source>
        <translation>请输入以元为单位的金额，例如 1200 或 1200.50。</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>添加子女</translation>
    </message>
    <message>
        <source>Add a child to this deduction</source>
        <translation>为此项扣除添加子女</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>添加患者</translation>
    </message>
    <message>
        <source>Add a patient to this deduction</source>
        <translation>为此项扣除添加患者</translation>
    </message>
    <message>
        <source>Add a donation</source>
        <translation>添加捐赠</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>子女 %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>患者 %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Months claimed for child %1</source>
        <translation>子女 %1 的扣除月份数</translation>
    </message>
    <message>
        <source>Your share for child %1</source>
        <translation>您对子女 %1 的扣除比例</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Amount paid for patient %1</source>
        <translation>为患者 %1 支付的金额</translation>
    </message>
    <message>
        <source>Amount of donation %1</source>
        <translation>捐赠 %1 的金额</translation>
    </message>
    <message>
        <source>up to 30% of taxable income</source>
        <translation>限额扣除（不超过应纳税所得额的 30%）</translation>
    </message>
    <message>
        <source>deducted in full</source>
        <translation>全额扣除</translation>
    </message>
    <message>
        <source>Deduction limit of donation %1</source>
        <translation>捐赠 %1 的扣除限额</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>删除第 %1 项</translation>
    </message>
    <message>
        <source>Problem with entry %1</source>
        <translation>第 %1 项有问题</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>100% (you alone)</source>
        <translation>100%（本人全额扣除）</translation>
    </message>
    <message>
        <source>%1% (shared)</source>
        <translation>%1%（分摊扣除）</translation>
    </message>
</context>
<context>
    <name>huisuan::CompaniesPage</name>
    <message>
        <source>Client companies: withholding for employees</source>
        <translation>客户单位：员工预扣预缴</translation>
    </message>
    <message>
        <source>Com&amp;panies</source>
        <translation>单位(&amp;P)</translation>
    </message>
    <message>
        <source>Client companies</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Unified social credit code of the company to add</source>
        <translation>要添加的单位的统一社会信用代码</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the company to add</source>
        <translation>要添加的单位的名称</translation>
    </message>
    <message>
        <source>&amp;Add company</source>
        <translation>添加单位(&amp;A)</translation>
    </message>
    <message>
        <source>Add the company</source>
        <translation>添加该单位</translation>
    </message>
    <message>
        <source>Companies status</source>
        <translation>单位状态</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>返回您的纳税年度</translation>
    </message>
    <message>
        <source>No client company yet. Add one with its unified social credit code.</source>
        <translation>还没有客户单位。请使用其统一社会信用代码添加。</translation>
    </message>
    <message>
        <source>This is not a unified social credit code: it has 18 characters and ends with a check character. Copy it again from the business licence.</source>
        <translation>这不是有效的统一社会信用代码：统一社会信用代码为 18 位，最后一位是校验码。请从营业执照上重新复制。</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
</context>
<context>
    <name>huisuan::DeductionsPage</name>
    <message>
        <source>Your deductions are saved.</source>
        <translation>您的扣除信息已保存。</translation>
    </message>
    <message>
        <source>Saved, except the marked claims: correct them and save again.</source>
        <translation>已保存，但标记的扣除项目除外：请更正后重新保存。</translation>
    </message>
    <message>
        <source>Reading your family and deductions…</source>
        <translation>正在读取您的家庭成员和扣除信息…</translation>
    </message>
    <message>
        <source>100% (you alone)</source>
        <translation>100%（本人全额扣除）</translation>
    </message>
    <message>
        <source>%1% (with your spouse)</source>
        <translation>%1%（与配偶分摊）</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>Deductions for the %1 tax year</source>
        <translation>%1 纳税年度的扣除</translation>
    </message>
    <message>
        <source>Deductions status</source>
        <translation>扣除信息状态</translation>
    </message>
    <message>
        <source>Problems with the return</source>
        <translation>申报表中的问题</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Children&apos;s education (per child)</source>
        <translation>子女教育（每个子女）</translation>
    </message>
    <message>
        <source>Care of infants under three (per child)</source>
        <translation>3岁以下婴幼儿照护（每个子女）</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>继续教育</translation>
    </message>
    <message>
        <source>Serious illness (per patient)</source>
        <translation>大病医疗（每位患者）</translation>
    </message>
    <message>
        <source>Housing: loan interest or rent, not both</source>
        <translation>住房：住房贷款利息或住房租金，二者只能选其一</translation>
    </message>
    <message>
        <source>Support of the elderly</source>
        <translation>赡养老人</translation>
    </message>
    <message>
        <source>Social insurance, tax-free income and tax relief</source>
        <translation>三险一金、免税收入和减免税额</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>依法确定的其他扣除合计</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Months of degree education:</source>
        <translation>学历（学位）继续教育月份数：</translation>
    </message>
    <message>
        <source>Months of housing loan interest:</source>
        <translation>住房贷款利息月份数：</translation>
    </message>
    <message>
        <source>Your share of the loan interest:</source>
        <translation>您的住房贷款利息扣除比例：</translation>
    </message>
    <message>
        <source>Months of rent:</source>
        <translation>住房租金月份数：</translation>
    </message>
    <message>
        <source>City standard for rent:</source>
        <translation>所在城市的住房租金扣除标准：</translation>
    </message>
    <message>
        <source>Months of support:</source>
        <translation>赡养老人月份数：</translation>
    </message>
    <message>
        <source>Your share a month (yuan):</source>
        <translation>您每月的分摊额（元）：</translation>
    </message>
    <message>
        <source>Social insurance and housing fund (yuan):</source>
        <translation>三险一金（元）：</translation>
    </message>
    <message>
        <source>Tax-free income (yuan):</source>
        <translation>免税收入（元）：</translation>
    </message>
    <message>
        <source>Tax relief (yuan):</source>
        <translation>减免税额（元）：</translation>
    </message>
    <message>
        <source>Enterprise or occupational annuity (yuan):</source>
        <translation>企业年金/职业年金（元）：</translation>
    </message>
    <message>
        <source>Commercial health insurance (yuan):</source>
        <translation>商业健康保险（元）：</translation>
    </message>
    <message>
        <source>Tax-deferred pension insurance (yuan):</source>
        <translation>税收递延型商业养老保险（元）：</translation>
    </message>
    <message>
        <source>Individual pension (yuan):</source>
        <translation>个人养老金（元）：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>I obtained a qualifying vocational certificate this year</source>
        <translation>本年度取得了符合条件的职业资格证书</translation>
    </message>
    <message>
        <source>I am an only child</source>
        <translation>我是独生子女</translation>
    </message>
    <message>
        <source>Children&apos;s education claims</source>
        <translation>子女教育扣除项目</translation>
    </message>
    <message>
        <source>Infant care claims</source>
        <translation>3岁以下婴幼儿照护扣除项目</translation>
    </message>
    <message>
        <source>Serious illness claims</source>
        <translation>大病医疗扣除项目</translation>
    </message>
    <message>
        <source>The deduction for the care of infants under three began in 2022: it cannot be claimed for %1.</source>
        <translation>3岁以下婴幼儿照护专项附加扣除自 2022 年起施行：%1 纳税年度不能扣除。</translation>
    </message>
    <message>
        <source>The individual pension deduction began in 2022: it cannot be claimed for %1.</source>
        <translation>个人养老金扣除自 2022 年起施行：%1 纳税年度不能扣除。</translation>
    </message>
    <message>
        <source>Tax payable for the year</source>
        <translation>全年应纳税额（减免后）</translation>
    </message>
    <message>
        <source>Refund or amount due</source>
        <translation>应退税额或应补税额</translation>
    </message>
    <message>
        <source>About the figures</source>
        <translation>数字说明</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>返回您的纳税年度</translation>
    </message>
    <message>
        <source>&amp;Save deductions</source>
        <translation>保存扣除信息(&amp;S)</translation>
    </message>
    <message>
        <source>Save the deductions in the vault</source>
        <translation>将扣除信息保存到保险库</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, such as 1200 or 1200.50.</source>
        <translation>请输入以元为单位的金额，例如 1200 或 1200.50。</translation>
    </message>
    <message>
        <source>Tax payable: —</source>
        <translation>应纳税额：—</translation>
    </message>
    <message>
        <source>The return cannot be computed until the marked fields are corrected.</source>
        <translation>请先更正标记的字段，才能计算申报表。</translation>
    </message>
    <message>
        <source>Tax payable: %1</source>
        <translation>应纳税额：%1</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>应退税额：%1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>应补税额：%1</translation>
    </message>
    <message>
        <source>Nothing to pay: you are exempt from paying the difference</source>
        <translation>无需补税：您符合免予补税的条件</translation>
    </message>
    <message>
        <source>Nothing to pay or refund</source>
        <translation>无需补税，也无退税</translation>
    </message>
    <message>
        <source>Tax withheld during the year: %1.</source>
        <translation>年度内已扣缴税额：%1。</translation>
    </message>
    <message>
        <source>Tax withheld during the year: %1. The marked claims are left out until they are corrected.</source>
        <translation>年度内已扣缴税额：%1。标记的扣除项目在更正之前不计入。</translation>
    </message>
    <message>
        <source>Saving your deductions…</source>
        <translation>正在保存您的扣除信息…</translation>
    </message>
</context>
<context>
    <name>huisuan::DeductionsStep</name>
    <message>
        <source>Your deductions</source>
        <translation>您的扣除</translation>
    </message>
    <message>
        <source>The amounts the law allows for what you claimed, after the year&apos;s caps. Claim a deduction you are entitled to before you file: it lowers your tax.</source>
        <translation>以下是按本年度扣除限额计算后，依法可扣除的金额。请在申报前填报您有权享受的扣除：这可以减少您的应纳税额。</translation>
    </message>
    <message>
        <source>Basic deduction:</source>
        <translation>减除费用：</translation>
    </message>
    <message>
        <source>Special deductions (social insurance and housing fund):</source>
        <translation>专项扣除（三险一金）：</translation>
    </message>
    <message>
        <source>Special additional deductions:</source>
        <translation>专项附加扣除：</translation>
    </message>
    <message>
        <source>Other deductions:</source>
        <translation>依法确定的其他扣除：</translation>
    </message>
    <message>
        <source>Donations:</source>
        <translation>捐赠：</translation>
    </message>
    <message>
        <source>Change &amp;deductions…</source>
        <translation>修改扣除(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the deductions of this year</source>
        <translation>修改本年度的扣除</translation>
    </message>
</context>
<context>
    <name>huisuan::DesktopSession</name>
    <message>
        <source>The vault is locked. Unlock it to see your tax years.</source>
        <translation>保险库已锁定。请先解锁，才能查看各纳税年度。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>保险库已锁定。请先解锁。</translation>
    </message>
    <message>
        <source>This income record is no longer in your vault; the list is shown again as it is now.</source>
        <translation>此收入记录已不在您的保险库中；已按当前内容重新显示列表。</translation>
    </message>
    <message>
        <source>The bureau has not answered yet. The signed return is kept in the vault and will be sent again; nothing is filed twice.</source>
        <translation>税务机关尚未答复。已签名的申报表保存在保险库中，将重新发送；不会重复申报。</translation>
    </message>
    <message>
        <source>Your taxpayer profile is missing from the vault. Enrol again.</source>
        <translation>保险库中缺少您的纳税人信息。请重新登记。</translation>
    </message>
    <message>
        <source>Enrol with the tax bureau first: your income is kept under the identity number you enrol with.</source>
        <translation>请先在税务机关登记：您的收入按登记时使用的身份证件号码保存。</translation>
    </message>
    <message>
        <source>Only income you typed in can be changed. Dispute a prefilled record you do not recognise instead.</source>
        <translation>只有您手动录入的收入才能修改。如有您不认可的预填记录，请对其提出异议。</translation>
    </message>
    <message>
        <source>Only income you typed in can be deleted. Dispute a prefilled record you do not recognise instead.</source>
        <translation>只有您手动录入的收入才能删除。如有您不认可的预填记录，请对其提出异议。</translation>
    </message>
    <message>
        <source>Only income the bureau prefilled can be disputed. Change or delete income you typed in yourself.</source>
        <translation>只有税务机关预填的收入才能提出异议。您自己录入的收入请直接修改或删除。</translation>
    </message>
    <message>
        <source>You have already disputed this record; the bureau is looking into it.</source>
        <translation>您已对此记录提出异议；税务机关正在核实。</translation>
    </message>
    <message>
        <source>No return has been computed for %1 yet. Prepare the return of the year first.</source>
        <translation>尚未计算 %1 年度的申报表。请先准备该年度的申报表。</translation>
    </message>
    <message>
        <source>The tax bureau did not withdraw the filing: %1</source>
        <translation>税务机关未作废该申报：%1</translation>
    </message>
</context>
<context>
    <name>huisuan::DisputePanel</name>
    <message>
        <source>Dispute a prefilled record</source>
        <translation>对预填记录提出异议</translation>
    </message>
    <message>
        <source>%1 paid you %2 in %3, says the bureau. If that is not right, tell the bureau why; until it has looked into it, the record is left out of your return.</source>
        <translation>据税务机关记录，%1 于 %3 向您支付了 %2。如有不符，请告知税务机关原因；在税务机关核实之前，此记录不计入您的申报表。</translation>
    </message>
    <message>
        <source>The record disputed</source>
        <translation>提出异议的记录</translation>
    </message>
    <message>
        <source>This payer never paid me</source>
        <translation>此扣缴义务人从未向我支付过</translation>
    </message>
    <message>
        <source>The amount is wrong</source>
        <translation>金额有误</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for the dispute</source>
        <translation>异议理由</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Note for the bureau, optional</source>
        <translation>给税务机关的说明（选填）</translation>
    </message>
    <message>
        <source>optional, for example what you know of this payer</source>
        <translation>选填，例如您所了解的该扣缴义务人的情况</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the dispute</source>
        <translation>取消异议</translation>
    </message>
    <message>
        <source>Send dispu&amp;te</source>
        <translation>提交异议(&amp;T)</translation>
    </message>
    <message>
        <source>Send the dispute to the bureau</source>
        <translation>向税务机关提交异议</translation>
    </message>
    <message>
        <source>Dispute this income?</source>
        <translation>对此收入提出异议？</translation>
    </message>
    <message>
        <source>Send the dispute of %1 from %2 to the tax bureau? The bureau will look into it; meanwhile the record is left out of your return.</source>
        <translation>要向税务机关提交对 %2 所付 %1 的异议吗？税务机关将进行核实；在此期间，此记录不计入您的申报表。</translation>
    </message>
    <message>
        <source>Send dispute</source>
        <translation>提交异议</translation>
    </message>
</context>
<context>
    <name>huisuan::EnrolPage</name>
    <message>
        <source>Enrol with the tax bureau</source>
        <translation>在税务机关登记</translation>
    </message>
    <message>
        <source>To download your prefilled income and to file, Huisuan makes a signing key in your vault and has the bureau certify it for you. Enter your name and identity number as on your resident identity card.</source>
        <translation>为了下载预填收入并办理申报，汇算会在您的保险库中生成签名密钥，并请税务机关为您签发证书。请按居民身份证上的信息填写姓名和身份证件号码。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>身份证件号码(&amp;I):</translation>
    </message>
    <message>
        <source>Resident identity number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Identity number check</source>
        <translation>身份证件号码校验</translation>
    </message>
    <message>
        <source>&amp;Bureau address:</source>
        <translation>税务机关地址(&amp;B):</translation>
    </message>
    <message>
        <source>Bureau address</source>
        <translation>税务机关地址</translation>
    </message>
    <message>
        <source>&amp;Certificates folder:</source>
        <translation>证书文件夹(&amp;C):</translation>
    </message>
    <message>
        <source>Folder with the bureau&apos;s certificates</source>
        <translation>存放税务机关证书的文件夹</translation>
    </message>
    <message>
        <source>The folder where the bureau publishes tls-ca.pem and sm2-ca.der</source>
        <translation>税务机关发布 tls-ca.pem 和 sm2-ca.der 的文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the certificates folder</source>
        <translation>选择证书文件夹</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>Enrol with the bureau</source>
        <translation>在税务机关登记</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>Enrol later</source>
        <translation>以后再登记</translation>
    </message>
    <message>
        <source>Enrolling with the bureau</source>
        <translation>正在向税务机关登记</translation>
    </message>
    <message>
        <source>Enrolment status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>This is not a valid resident identity number: check the 18 characters, the birth date in them and the last character.</source>
        <translation>这不是有效的居民身份证号码：请检查 18 位字符、其中的出生日期和最后一位校验码。</translation>
    </message>
    <message>
        <source>The bureau&apos;s certificates folder</source>
        <translation>税务机关的证书文件夹</translation>
    </message>
    <message>
        <source>Asking the bureau for your certificate…</source>
        <translation>正在向税务机关申请您的证书…</translation>
    </message>
</context>
<context>
    <name>huisuan::FamilyEditor</name>
    <message>
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Saving your family members…</source>
        <translation>正在保存您的家庭成员…</translation>
    </message>
    <message>
        <source>Your family members are saved.</source>
        <translation>您的家庭成员已保存。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>身份证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Relation of the family member</source>
        <translation>与家庭成员的关系</translation>
    </message>
    <message>
        <source>Name of the family member</source>
        <translation>家庭成员的姓名</translation>
    </message>
    <message>
        <source>Identity number of the family member</source>
        <translation>家庭成员的身份证件号码</translation>
    </message>
    <message>
        <source>Problem with the identity number</source>
        <translation>身份证件号码有误</translation>
    </message>
    <message>
        <source>Birth date of the family member</source>
        <translation>家庭成员的出生日期</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Add the family member</source>
        <translation>添加该家庭成员</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected family member</source>
        <translation>删除所选家庭成员</translation>
    </message>
    <message>
        <source>Save &amp;family</source>
        <translation>保存家庭成员(&amp;F)</translation>
    </message>
    <message>
        <source>Save the family members in the vault</source>
        <translation>将家庭成员保存到保险库</translation>
    </message>
    <message>
        <source>Family status</source>
        <translation>家庭成员状态</translation>
    </message>
    <message>
        <source>This is not a valid resident identity number: check the 18 characters on the identity card.</source>
        <translation>这不是有效的居民身份证号码：请核对身份证上的 18 位字符。</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation>请先输入家庭成员的姓名。</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s 18-character resident identity number first.</source>
        <translation>请先输入家庭成员的 18 位居民身份证号码。</translation>
    </message>
    <message>
        <source>This identity number is already in the list.</source>
        <translation>此身份证件号码已在列表中。</translation>
    </message>
    <message>
        <source>Added. Save the family to keep it.</source>
        <translation>已添加。请保存家庭成员以保留更改。</translation>
    </message>
    <message>
        <source>Removed. Save the family to keep it.</source>
        <translation>已删除。请保存家庭成员以保留更改。</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1，出生于 %2</translation>
    </message>
</context>
<context>
    <name>huisuan::FilingListModel</name>
    <message>
        <source>Signed</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>申报类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Refund or payment</source>
        <translation>退（补）税</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正申报</translation>
    </message>
    <message>
        <source>Original return</source>
        <translation>正常申报</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>已被更正申报替代</translation>
    </message>
    <message>
        <source>A receipt that does not verify: do not rely on it</source>
        <translation>回执未通过验证：请勿以此为准</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Refused by the bureau</source>
        <translation>被税务机关驳回</translation>
    </message>
    <message>
        <source>Accepted: refund of %1</source>
        <translation>已受理：应退税 %1</translation>
    </message>
    <message>
        <source>Accepted: %1 to pay</source>
        <translation>已受理：应补税 %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>暂不清楚</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>at the treasury</source>
        <translation>国库处理中</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>could not be paid</source>
        <translation>未能支付</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待缴</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Not asked yet: refresh from the bureau</source>
        <translation>尚未查询：请从税务机关刷新</translation>
    </message>
    <message>
        <source>%1 to pay by %2: %3</source>
        <translation>应补税 %1，缴款期限 %2：%3</translation>
    </message>
    <message>
        <source>%1 to pay: %2</source>
        <translation>应补税 %1：%2</translation>
    </message>
    <message>
        <source>Refund of %1: %2</source>
        <translation>退税 %1：%2</translation>
    </message>
</context>
<context>
    <name>huisuan::FilingsPage</name>
    <message>
        <source>Filing receipt</source>
        <translation>申报回执</translation>
    </message>
    <message>
        <source>Correction receipt</source>
        <translation>更正回执</translation>
    </message>
    <message>
        <source>Withdrawal receipt</source>
        <translation>作废回执</translation>
    </message>
    <message>
        <source>The bank account is closed: register another bank card with the tax bureau.</source>
        <translation>该银行账户已注销：请向税务机关登记另一张银行卡。</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s reason: %1</source>
        <translation>税务机关给出的原因：%1</translation>
    </message>
    <message>
        <source>Reading your filings…</source>
        <translation>正在读取您的申报…</translation>
    </message>
    <message>
        <source>Filings of the %1 tax year</source>
        <translation>%1 纳税年度的申报</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>申报记录</translation>
    </message>
    <message>
        <source>Filings status</source>
        <translation>申报状态</translation>
    </message>
    <message>
        <source>Details of the selected filing</source>
        <translation>所选申报的详细信息</translation>
    </message>
    <message>
        <source>Waiting for the tax bureau</source>
        <translation>正在等待税务机关</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>返回您的纳税年度</translation>
    </message>
    <message>
        <source>&amp;Refresh from the bureau</source>
        <translation>从税务机关刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the tax bureau where your filings, refunds and payments stand</source>
        <translation>向税务机关查询您的申报、退税和缴税进度</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>作废(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw the selected filing</source>
        <translation>作废所选申报</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Correct the selected filing</source>
        <translation>更正所选申报</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the selected filing as a PDF</source>
        <translation>将所选申报导出为 PDF</translation>
    </message>
    <message>
        <source>Nothing was filed for this year yet.</source>
        <translation>本年度尚未申报。</translation>
    </message>
    <message>
        <source>Submission %1: %2, %3</source>
        <translation>提交 %1：%2，%3</translation>
    </message>
    <message>
        <source>It replaces submission %1.</source>
        <translation>此申报替代提交 %1。</translation>
    </message>
    <message>
        <source>It was replaced by the correction %1.</source>
        <translation>此申报已被更正申报 %1 替代。</translation>
    </message>
    <message>
        <source>The return filed: refund of %1.</source>
        <translation>已申报的申报表：应退税 %1。</translation>
    </message>
    <message>
        <source>The return filed: %1 to pay.</source>
        <translation>已申报的申报表：应补税 %1。</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>状态历史：</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>A receipt kept for this filing does not verify against the tax bureau&apos;s certificate; it is not shown. Refresh from the bureau to fetch it again.</source>
        <translation>为此申报保存的一份回执未通过税务机关证书的验证，因此不予显示。请从税务机关刷新以重新获取。</translation>
    </message>
    <message>
        <source>No receipt from the tax bureau yet.</source>
        <translation>尚未收到税务机关的回执。</translation>
    </message>
    <message>
        <source>%1 %2, issued %3: %4</source>
        <translation>%1 %2，签发于 %3：%4</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>  Tax payable %1, withheld %2, balance %3 (negative: a refund)</source>
        <translation>  应纳税额 %1，已缴税额 %2，应补/退税额 %3（负数为退税）</translation>
    </message>
    <message>
        <source>  Signed by %1; SM3 digest of the filed return %2</source>
        <translation>  签名人：%1；所申报申报表的 SM3 摘要：%2</translation>
    </message>
    <message>
        <source>  The bureau says: %1</source>
        <translation>  税务机关提示：%1</translation>
    </message>
    <message>
        <source>As the tax bureau said at %1.</source>
        <translation>以上为税务机关于 %1 答复的情况。</translation>
    </message>
    <message>
        <source>Asking the tax bureau…</source>
        <translation>正在向税务机关查询…</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s answer is shown below.</source>
        <translation>税务机关的答复显示如下。</translation>
    </message>
    <message>
        <source>Withdraw the filing</source>
        <translation>作废申报</translation>
    </message>
    <message>
        <source>Withdraw filing %1 of the %2 tax year? The tax bureau then treats the return as never filed, and a refund not yet paid is stopped. This cannot be undone; you can file the year again afterwards.</source>
        <translation>要作废 %2 纳税年度的申报 %1 吗？作废后，税务机关将视该申报表从未申报，尚未支付的退税也将停止。此操作无法撤销；之后您可以重新申报该年度。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Asking the tax bureau to withdraw filing %1…</source>
        <translation>正在请求税务机关作废申报 %1…</translation>
    </message>
    <message>
        <source>The tax bureau withdrew filing %1; its receipt is kept in your vault.</source>
        <translation>税务机关已作废申报 %1；其回执已保存在您的保险库中。</translation>
    </message>
    <message>
        <source>Export the filing as a PDF</source>
        <translation>将申报导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Saved the return, the receipt and the year&apos;s tax record as %1.</source>
        <translation>已将申报表、回执和该年度的纳税记录保存为 %1。</translation>
    </message>
</context>
<context>
    <name>huisuan::FirstRunPage</name>
    <message>
        <source>Create your vault</source>
        <translation>创建您的保险库</translation>
    </message>
    <message>
        <source>Huisuan keeps your income, deductions and filings in an encrypted vault on this computer. Choose a passphrase to protect it.</source>
        <translation>汇算将您的收入、扣除和申报记录保存在本机一个加密的保险库中。请设置一个口令来保护它。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <source>The strength is estimated from the length and the kinds of characters (lower case, upper case, digits, symbols, Chinese characters) as if each were chosen at random. Words, names and dates are much easier to guess than the meter shows: a few unrelated words make a good passphrase.</source>
        <translation>强度按口令长度和所用字符种类（小写字母、大写字母、数字、符号、汉字）估算，并假定每个字符都是随机选取的。词语、姓名和日期比强度条显示的更容易被猜中：几个互不相关的词语组合起来就是好口令。</translation>
    </message>
    <message>
        <source>If you lose this passphrase, nobody can open the vault again: not Huisuan, not the tax bureau, not anyone else. Write it down and keep it somewhere safe.</source>
        <translation>如果遗失此口令，任何人都无法再打开这个保险库：汇算不能，税务机关不能，其他任何人也不能。请把它写下来，妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>正在创建保险库</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Weak (about %1 bits): too easy to guess; make it longer.</source>
        <translation>弱（约 %1 位）：太容易被猜中，请加长。</translation>
    </message>
    <message>
        <source>Fair (about %1 bits).</source>
        <translation>中等（约 %1 位）。</translation>
    </message>
    <message>
        <source>Strong (about %1 bits).</source>
        <translation>强（约 %1 位）。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Creating the vault. Protecting it with your passphrase takes a moment…</source>
        <translation>正在创建保险库。用您的口令加密保护需要片刻……</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>无法创建保险库：%1</translation>
    </message>
    <message>
        <source>Open a filing to &amp;audit…</source>
        <translation>打开申报进行审计(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a filing to audit, without a vault</source>
        <translation>打开申报进行审计，无需保险库</translation>
    </message>
</context>
<context>
    <name>huisuan::HomePage</name>
    <message>
        <source>Reading your tax years…</source>
        <translation>正在读取您的纳税年度……</translation>
    </message>
    <message>
        <source>Your tax years</source>
        <translation>您的纳税年度</translation>
    </message>
    <message>
        <source>Tax years</source>
        <translation>纳税年度</translation>
    </message>
    <message>
        <source>You have not enrolled with the tax bureau yet: enrol to download your prefilled income and to file.</source>
        <translation>您尚未在税务机关登记：登记后即可下载预填收入并办理申报。</translation>
    </message>
    <message>
        <source>&amp;Enrol with the bureau…</source>
        <translation>在税务机关登记(&amp;E)…</translation>
    </message>
    <message>
        <source>Enrol with the bureau</source>
        <translation>在税务机关登记</translation>
    </message>
    <message>
        <source>&amp;Income…</source>
        <translation>收入(&amp;I)…</translation>
    </message>
    <message>
        <source>Income of the selected tax year</source>
        <translation>所选纳税年度的收入</translation>
    </message>
    <message>
        <source>&amp;Reconcile and file…</source>
        <translation>汇算并申报(&amp;R)…</translation>
    </message>
    <message>
        <source>Reconcile and file the selected tax year</source>
        <translation>对所选纳税年度进行汇算并申报</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>申报表(&amp;T)…</translation>
    </message>
    <message>
        <source>The computed return of the selected tax year, explained</source>
        <translation>所选纳税年度的申报表计算结果及说明</translation>
    </message>
    <message>
        <source>&amp;Filings…</source>
        <translation>申报记录(&amp;F)…</translation>
    </message>
    <message>
        <source>Filings of the selected tax year</source>
        <translation>所选纳税年度的申报记录</translation>
    </message>
    <message>
        <source>&amp;Deductions…</source>
        <translation>扣除(&amp;D)…</translation>
    </message>
    <message>
        <source>Deductions of the selected tax year</source>
        <translation>所选纳税年度的扣除</translation>
    </message>
</context>
<context>
    <name>huisuan::IdentityStep</name>
    <message>
        <source>Reading your vault…</source>
        <translation>正在读取您的保险库…</translation>
    </message>
    <message>
        <source>This return corrects (更正) the accepted filing %1; the bureau keeps the new one in its place.</source>
        <translation>本申报表更正已受理的申报 %1；税务机关将以新申报替代原申报。</translation>
    </message>
    <message>
        <source>Who and which year</source>
        <translation>纳税人和纳税年度</translation>
    </message>
    <message>
        <source>Check that this is you and the year you are reconciling. Your identity comes from your enrolment with the bureau.</source>
        <translation>请核对以下是否为您本人以及您要汇算的年度。您的身份信息来自您在税务机关的登记。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation>身份证件号码：</translation>
    </message>
    <message>
        <source>Tax year:</source>
        <translation>纳税年度：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>身份证件号码</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>纳税年度</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeEntryForm</name>
    <message>
        <source>Write the amount in yuan with digits and at most two decimals, without separators or signs: for example 12000 or 12000.50.</source>
        <translation>请以元为单位用数字填写金额，最多两位小数，不要加分隔符或正负号：例如 12000 或 12000.50。</translation>
    </message>
    <message>
        <source>This amount is larger than any income can be (at most 999999999999.99); check it.</source>
        <translation>此金额超出了任何收入可能的上限（最多 999999999999.99）；请核对。</translation>
    </message>
    <message>
        <source>Enter the income you received; it is more than zero.</source>
        <translation>请输入您取得的收入，须大于零。</translation>
    </message>
    <message>
        <source>Change income you typed in</source>
        <translation>修改您录入的收入</translation>
    </message>
    <message>
        <source>Add income the bureau does not know</source>
        <translation>添加税务机关未掌握的收入</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>所得项目(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>所得项目</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Month the income was paid</source>
        <translation>收入支付月份</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>扣缴义务人(&amp;P)：</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>扣缴义务人名称</translation>
    </message>
    <message>
        <source>Credit c&amp;ode:</source>
        <translation>信用代码(&amp;O)：</translation>
    </message>
    <message>
        <source>Payer&apos;s unified social credit code, if you know it</source>
        <translation>扣缴义务人的统一社会信用代码（如已知）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Credit code check</source>
        <translation>信用代码校验</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>收入额(&amp;I)：</translation>
    </message>
    <message>
        <source>Income in yuan, before tax</source>
        <translation>税前收入额（元）</translation>
    </message>
    <message>
        <source>Income check</source>
        <translation>收入额校验</translation>
    </message>
    <message>
        <source>Tax &amp;withheld:</source>
        <translation>已扣缴税额(&amp;W)：</translation>
    </message>
    <message>
        <source>Tax withheld in yuan</source>
        <translation>已扣缴税额（元）</translation>
    </message>
    <message>
        <source>Tax withheld check</source>
        <translation>已扣缴税额校验</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>取消修改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Save the changed income</source>
        <translation>保存修改后的收入</translation>
    </message>
    <message>
        <source>Add this income</source>
        <translation>添加此收入</translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code: check its 18 characters against the payer&apos;s business licence or your pay slip, or leave it empty.</source>
        <translation>这不是有效的统一社会信用代码：请对照扣缴义务人的营业执照或您的工资条核对这 18 位字符，或留空。</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomePage</name>
    <message>
        <source>Reading your income…</source>
        <translation>正在读取您的收入…</translation>
    </message>
    <message>
        <source>Income of the %1 tax year</source>
        <translation>%1 纳税年度的收入</translation>
    </message>
    <message>
        <source>Income records</source>
        <translation>收入记录</translation>
    </message>
    <message>
        <source>&amp;Download from the bureau</source>
        <translation>从税务机关下载(&amp;D)</translation>
    </message>
    <message>
        <source>Download the prefilled income from the bureau</source>
        <translation>从税务机关下载预填收入</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>返回您的纳税年度</translation>
    </message>
    <message>
        <source>Income status</source>
        <translation>收入状态</translation>
    </message>
    <message>
        <source>Downloading the income employers declared for you…</source>
        <translation>正在下载扣缴义务人为您申报的收入…</translation>
    </message>
    <message numerus="yes">
        <source>The bureau sent %n prefilled record(s).</source>
        <translation>
            <numerusform>税务机关发来 %n 条预填记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>修改(&amp;E)</translation>
    </message>
    <message>
        <source>Change the income you typed in</source>
        <translation>修改您录入的收入</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the income you typed in</source>
        <translation>删除您录入的收入</translation>
    </message>
    <message>
        <source>Di&amp;spute…</source>
        <translation>提出异议(&amp;S)…</translation>
    </message>
    <message>
        <source>Dispute a prefilled record you do not recognise</source>
        <translation>对您不认可的预填记录提出异议</translation>
    </message>
    <message>
        <source>Waiting for your vault or the bureau</source>
        <translation>正在等待保险库或税务机关</translation>
    </message>
    <message>
        <source>No income recorded for this year yet. Download the prefilled income from the bureau, or add income the bureau does not know below.</source>
        <translation>本年度尚无收入记录。请从税务机关下载预填收入，或在下方添加税务机关未掌握的收入。</translation>
    </message>
    <message>
        <source>Delete this income?</source>
        <translation>删除此收入？</translation>
    </message>
    <message>
        <source>Delete the income of %1 from %2 in %3? It is left out of your return.</source>
        <translation>要删除 %3 来自 %2 的收入 %1 吗？删除后该收入不计入您的申报表。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The income from %1 is deleted.</source>
        <translation>来自 %1 的收入已删除。</translation>
    </message>
    <message>
        <source>Saving in your vault…</source>
        <translation>正在保存到您的保险库…</translation>
    </message>
    <message>
        <source>The income from %1 is added.</source>
        <translation>来自 %1 的收入已添加。</translation>
    </message>
    <message>
        <source>The income from %1 is changed.</source>
        <translation>来自 %1 的收入已修改。</translation>
    </message>
    <message>
        <source>Sending your dispute to the bureau…</source>
        <translation>正在向税务机关提交您的异议…</translation>
    </message>
    <message>
        <source>The bureau received your dispute. The record is left out of your return while it looks into it.</source>
        <translation>税务机关已收到您的异议。在其核实期间，该记录不计入您的申报表。</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeRecordListModel</name>
    <message>
        <source>Wages</source>
        <translation>工资薪金</translation>
    </message>
    <message>
        <source>Labor remuneration</source>
        <translation>劳务报酬</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration</source>
        <translation>稿酬</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>特许权使用费</translation>
    </message>
    <message>
        <source>Prefilled by the bureau, disputed</source>
        <translation>税务机关预填，有异议</translation>
    </message>
    <message>
        <source>Prefilled by the bureau</source>
        <translation>税务机关预填</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>Typed in by you</source>
        <translation>您手动录入</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>扣缴义务人</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>所得项目</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入额</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>已扣缴税额</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeStep</name>
    <message>
        <source>Reading your income…</source>
        <translation>正在读取您的收入…</translation>
    </message>
    <message>
        <source>No income is recorded for %1. Download it from the bureau, or add what you received, on the income page.</source>
        <translation>%1 年度没有收入记录。请在收入页面从税务机关下载，或添加您取得的收入。</translation>
    </message>
    <message>
        <source>Income recorded: %1; tax already withheld: %2.</source>
        <translation>已记录收入：%1；已扣缴税额：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed record(s) are left out of the return until the bureau settles them.</source>
        <translation>
            <numerusform>%n 条有异议的记录在税务机关处理完毕前不计入申报表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your income</source>
        <translation>您的收入</translation>
    </message>
    <message>
        <source>What your employers and other payers declared, and what you added yourself. If something is missing or not yours, change it before you go on.</source>
        <translation>扣缴义务人为您申报的收入，以及您自己添加的收入。如有遗漏或不属于您的收入，请先修改再继续。</translation>
    </message>
    <message>
        <source>Income records</source>
        <translation>收入记录</translation>
    </message>
    <message>
        <source>Change &amp;income…</source>
        <translation>修改收入(&amp;I)…</translation>
    </message>
    <message>
        <source>Change the income of this year</source>
        <translation>修改本年度的收入</translation>
    </message>
</context>
<context>
    <name>huisuan::MainWindow</name>
    <message>
        <source>Huisuan: individual income tax</source>
        <translation>汇算：个人所得税</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, auto-lock time and tax bureau address</source>
        <translation>语言、自动锁定时间和税务机关地址</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>立即锁定保险库</translation>
    </message>
    <message>
        <source>The vault was locked because you were away.</source>
        <translation>您离开了一段时间，保险库已自动锁定。</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>客户单位(&amp;C)</translation>
    </message>
    <message>
        <source>Withholding for the employees of your client companies</source>
        <translation>为客户单位的员工预扣预缴</translation>
    </message>
    <message>
        <source>&amp;Audit a filing…</source>
        <translation>审计申报(&amp;A)…</translation>
    </message>
    <message>
        <source>Verify a signed filing and replay its computation; no vault needed</source>
        <translation>验证已签名申报并复算其计算过程；无需保险库</translation>
    </message>
</context>
<context>
    <name>huisuan::ReceiptStep</name>
    <message>
        <source>Filed: the bureau accepted your return</source>
        <translation>已申报：税务机关已受理您的申报表</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>回执：%1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>签发时间：%1</translation>
    </message>
    <message>
        <source>Submission: %1</source>
        <translation>提交编号：%1</translation>
    </message>
    <message>
        <source>Tax payable (the bureau&apos;s computation): %1</source>
        <translation>应纳税额（税务机关计算）：%1</translation>
    </message>
    <message>
        <source>Tax withheld: %1</source>
        <translation>已扣缴税额：%1</translation>
    </message>
    <message>
        <source>Fingerprint of what you signed (SM3): %1</source>
        <translation>所签内容的指纹（SM3）：%1</translation>
    </message>
    <message>
        <source>The receipt carries the bureau&apos;s SM2 signature, verified; your vault keeps it.</source>
        <translation>回执带有税务机关的 SM2 签名，已通过验证，并保存在您的保险库中。</translation>
    </message>
    <message>
        <source>The bureau did not accept your return</source>
        <translation>税务机关未受理您的申报表</translation>
    </message>
    <message>
        <source>Nothing was filed. Change what the bureau names and reconcile again.</source>
        <translation>未申报任何内容。请修改税务机关指出的问题，然后重新汇算。</translation>
    </message>
    <message>
        <source>Signed and waiting for the bureau</source>
        <translation>已签名，等待税务机关答复</translation>
    </message>
    <message>
        <source>Your filing is kept in the vault and sent again until the bureau answers; it is never filed twice. Its state shows on the home page.</source>
        <translation>您的申报保存在保险库中，并会重新发送，直至税务机关答复；绝不会重复申报。其状态显示在主页上。</translation>
    </message>
    <message>
        <source>Nothing was filed</source>
        <translation>未申报任何内容</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
</context>
<context>
    <name>huisuan::ReconciliationWizard</name>
    <message>
        <source>Annual reconciliation %1</source>
        <translation>%1 年度汇算</translation>
    </message>
    <message>
        <source>Correction of the %1 return</source>
        <translation>更正 %1 年度申报表</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Sign and submit</source>
        <translation>签名并提交(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>huisuan::RefundCardStep</name>
    <message>
        <source>Where your refund goes</source>
        <translation>退税银行卡</translation>
    </message>
    <message>
        <source>A bank card in your own name, issued in mainland China. The bureau pays the refund to it.</source>
        <translation>须为您本人名下、在中国大陆开立的银行卡。税务机关会将退税款退至该卡。</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>银行(&amp;K)：</translation>
    </message>
    <message>
        <source>Ca&amp;rd number:</source>
        <translation>卡号(&amp;R)：</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>for example 中国工商银行</source>
        <translation>例如 中国工商银行</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>The card is kept in your encrypted vault only.</source>
        <translation>银行卡信息仅保存在您的加密保险库中。</translation>
    </message>
</context>
<context>
    <name>huisuan::ResultStep</name>
    <message>
        <source>Refund: %1</source>
        <translation>应退税额：%1</translation>
    </message>
    <message>
        <source>More tax was withheld during the year than the year&apos;s income owes. File to get the difference back.</source>
        <translation>年度内预扣预缴的税款多于全年收入应纳的税款。办理申报即可退回差额。</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>应补税额：%1</translation>
    </message>
    <message>
        <source>Less tax was withheld than the year&apos;s income owes. File, then pay the amount by the end of June.</source>
        <translation>年度内预扣预缴的税款少于全年收入应纳的税款。请办理申报，并在 6 月底前缴纳应补税额。</translation>
    </message>
    <message>
        <source>Nothing to pay: exempt</source>
        <translation>无需补税：免予补税</translation>
    </message>
    <message>
        <source>The return shows %1 more tax, but the law exempts you from paying it: your comprehensive income was at most 120 000 yuan, or the amount at most 400 yuan.</source>
        <translation>申报表显示应补税额 %1，但依法您免予补税：您的综合所得收入不超过 12 万元，或应补税额不超过 400 元。</translation>
    </message>
    <message>
        <source>Nothing to pay and nothing to refund</source>
        <translation>无需补税，也无退税</translation>
    </message>
    <message>
        <source>The tax withheld during the year is exactly what the year&apos;s income owes.</source>
        <translation>年度内预扣预缴的税款与全年收入应纳的税款正好相等。</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <source>Computed from your income and deductions under the year&apos;s rules.</source>
        <translation>根据您的收入和扣除，按该年度的规则计算。</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Where the tax comes from</source>
        <translation>税款从何而来</translation>
    </message>
</context>
<context>
    <name>huisuan::ReturnPage</name>
    <message>
        <source>Reading the return…</source>
        <translation>正在读取申报表…</translation>
    </message>
    <message>
        <source>Return of the %1 tax year</source>
        <translation>%1 纳税年度的申报表</translation>
    </message>
    <message>
        <source>Return status</source>
        <translation>申报表状态</translation>
    </message>
    <message>
        <source>The lines of the return</source>
        <translation>申报表明细</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>返回您的纳税年度</translation>
    </message>
    <message>
        <source>This return cannot be read. Compute the return of the year again.</source>
        <translation>无法读取此申报表。请重新计算该年度的申报表。</translation>
    </message>
</context>
<context>
    <name>huisuan::ReturnResultView</name>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Why is “%1” %2?</source>
        <translation>“%1”为什么是 %2？</translation>
    </message>
    <message>
        <source>How %1 is computed, and under which rule</source>
        <translation>%1 如何计算、依据哪条规则</translation>
    </message>
</context>
<context>
    <name>huisuan::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>自动锁定(&amp;A)：</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> 分钟无操作后</translation>
    </message>
    <message>
        <source>Minutes of inactivity before the vault locks</source>
        <translation>无操作多少分钟后锁定保险库</translation>
    </message>
    <message>
        <source>Tax &amp;bureau address:</source>
        <translation>税务机关地址(&amp;B)：</translation>
    </message>
    <message>
        <source>Tax bureau address</source>
        <translation>税务机关地址</translation>
    </message>
    <message>
        <source>the sandbox bureau that comes with Huisuan</source>
        <translation>汇算自带的沙盒税务机关</translation>
    </message>
    <message>
        <source>Leave empty to use the sandbox bureau. Only change it if your tax bureau gave you an address starting with https://.</source>
        <translation>留空则使用沙盒税务机关。只有当税务机关给了您一个以 https:// 开头的地址时才需要修改。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The tax bureau address must start with https://, for example https://bureau.example.cn/.</source>
        <translation>税务机关地址必须以 https:// 开头，例如 https://bureau.example.cn/。</translation>
    </message>
    <message>
        <source>About &amp;Huisuan…</source>
        <translation>关于汇算(&amp;H)…</translation>
    </message>
    <message>
        <source>About Huisuan: version and rule packs</source>
        <translation>关于汇算：版本和规则包</translation>
    </message>
</context>
<context>
    <name>huisuan::SubmitStep</name>
    <message>
        <source>Signing and sending your return to the bureau…</source>
        <translation>正在签名并向税务机关发送您的申报表…</translation>
    </message>
    <message>
        <source>a refund of %1 to your card %2</source>
        <translation>退税 %1 至您的银行卡 %2</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>应补税 %1</translation>
    </message>
    <message>
        <source>nothing to pay and nothing to refund</source>
        <translation>无需补税，也无退税</translation>
    </message>
    <message>
        <source>You are about to sign the %1 annual return of %2 with your enrolment key and file it with the bureau: tax payable %3, %4.</source>
        <translation>您即将用登记时的密钥签署 %2 的 %1 年度汇算申报表，并向税务机关申报：应纳税额 %3，%4。</translation>
    </message>
    <message>
        <source>Sign and submit</source>
        <translation>签名并提交</translation>
    </message>
    <message>
        <source>Once submitted, a return can only be corrected (更正) or withdrawn (作废), never silently changed.</source>
        <translation>申报表一经提交，只能更正或作废，不能被悄悄修改。</translation>
    </message>
    <message>
        <source>I declare that this return is true, accurate and complete, and I am responsible for it under the law.</source>
        <translation>本人声明：本申报表真实、准确、完整，本人依法对其承担责任。</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>正在提交</translation>
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
        <translation>，</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&amp;Tax by bracket</source>
        <translation>各级距税额(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation>收入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Deductions</source>
        <translation>扣除(&amp;D)</translation>
    </message>
    <message>
        <source>Where the tax comes from</source>
        <translation>税额构成</translation>
    </message>
    <message>
        <source>Income by category</source>
        <translation>按所得项目分列的收入</translation>
    </message>
    <message>
        <source>Deductions by kind</source>
        <translation>按类型分列的扣除</translation>
    </message>
    <message>
        <source>Tax from each bracket of the annual table</source>
        <translation>综合所得税率表（按年）各级距的税额</translation>
    </message>
    <message>
        <source>Tax from each bracket</source>
        <translation>各级距的税额</translation>
    </message>
    <message>
        <source>Income: %1.</source>
        <translation>收入：%1。</translation>
    </message>
    <message>
        <source>Deductions: %1.</source>
        <translation>扣除：%1。</translation>
    </message>
    <message>
        <source>The brackets cannot be shown: this return was computed with rules this version does not have. Update Huisuan to see them.</source>
        <translation>无法显示各级距：此申报表是按当前版本没有的规则计算的。请更新汇算后查看。</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>The taxable income of %1 reaches %n bracket(s): %2; together %3.</source>
        <translation>
            <numerusform>应纳税所得额 %1 涉及 %n 个级距：%2；合计 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Nothing is taxable, so no bracket is reached.</source>
        <translation>应纳税所得额为零，不涉及任何级距。</translation>
    </message>
    <message>
        <source>The annual bonus, taxed on its own, adds %1.</source>
        <translation>全年一次性奖金单独计税，另加 %1。</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation>全年一次性奖金：%1</translation>
    </message>
</context>
<context>
    <name>huisuan::TaxYearListModel</name>
    <message>
        <source>%1 tax year</source>
        <translation>%1 纳税年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>refund of %1</source>
        <translation>应退税 %1</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>应补税 %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>草稿：%1</translation>
    </message>
    <message>
        <source>Submitted, awaiting the receipt</source>
        <translation>已提交，等待回执</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>已申报：%1</translation>
    </message>
    <message>
        <source>Start the annual reconciliation</source>
        <translation>开始年度汇算</translation>
    </message>
    <message>
        <source>Review the return, then sign and submit it</source>
        <translation>核对申报表，然后签名并提交</translation>
    </message>
    <message>
        <source>Wait for the tax bureau&apos;s receipt</source>
        <translation>等待税务机关的回执</translation>
    </message>
    <message>
        <source>Pay the amount due before the deadline</source>
        <translation>在截止日期前缴纳应补税款</translation>
    </message>
    <message>
        <source>Nothing to do now</source>
        <translation>目前无需操作</translation>
    </message>
    <message>
        <source>Filed: refund of %1 in progress</source>
        <translation>已申报：退税 %1 处理中</translation>
    </message>
    <message>
        <source>Filed: the refund of %1 could not be paid</source>
        <translation>已申报：退税 %1 未能支付</translation>
    </message>
    <message>
        <source>Filed: %1 to pay, payment due</source>
        <translation>已申报：应补税 %1，待缴</translation>
    </message>
    <message>
        <source>Filed: %1 to pay, payment overdue</source>
        <translation>已申报：应补税 %1，已逾期</translation>
    </message>
    <message>
        <source>Filed: %1 paid</source>
        <translation>已申报：已缴税 %1</translation>
    </message>
    <message>
        <source>Filed: refund of %1 paid</source>
        <translation>已申报：退税 %1 已支付</translation>
    </message>
    <message>
        <source>Wait for the refund to reach your bank account</source>
        <translation>等待退税款到达您的银行账户</translation>
    </message>
    <message>
        <source>Check your bank card with the tax bureau, then ask for the refund again</source>
        <translation>请在税务机关核实您的银行卡信息，然后重新申请退税</translation>
    </message>
    <message>
        <source>Pay the amount due now: the deadline has passed and a late fee accrues</source>
        <translation>请立即缴纳应补税款：已过缴款期限，将加收滞纳金</translation>
    </message>
</context>
<context>
    <name>huisuan::TraceDialog</name>
    <message>
        <source>How it is computed:</source>
        <translation>计算方法：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>所用数值：</translation>
    </message>
    <message>
        <source>Rule and citation:</source>
        <translation>规则及依据：</translation>
    </message>
    <message>
        <source>%1 = %2, set by %3</source>
        <translation>%1 = %2，依据：%3</translation>
    </message>
    <message>
        <source>(unverified: a working hypothesis, see the rules reference)</source>
        <translation>（未经核实：工作假设，详见规则参考文档）</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>舍入：</translation>
    </message>
    <message>
        <source>none; the value is exact.</source>
        <translation>无；该数值是精确值。</translation>
    </message>
    <message>
        <source>half-up to the fen, %1 → %2</source>
        <translation>四舍五入至分，%1 → %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Why %1?</source>
        <translation>%1 是如何得出的？</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>How %1 is computed</source>
        <translation>%1 的计算方法</translation>
    </message>
    <message>
        <source>Made up of</source>
        <translation>构成</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>关闭说明</translation>
    </message>
</context>
<context>
    <name>huisuan::UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>解锁您的保险库</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlocking the vault</source>
        <translation>正在解锁保险库</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁……</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then type it again.</source>
        <translation>这个口令无法打开此保险库。请检查大写锁定键和键盘布局，然后重新输入。</translation>
    </message>
    <message>
        <source>Open a filing to &amp;audit…</source>
        <translation>打开申报进行审计(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a filing to audit, without unlocking the vault</source>
        <translation>打开申报进行审计，无需解锁保险库</translation>
    </message>
</context>
<context>
    <name>huisuan::WizardStep</name>
    <message>
        <source>The return cannot be computed as it is:</source>
        <translation>该申报表按现状无法计算：</translation>
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
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Choose a company on the left, or add one.</source>
        <translation>请在左侧选择一个单位，或添加一个。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tax &amp;year:</source>
        <translation>纳税年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>纳税年度</translation>
    </message>
    <message>
        <source>Filter by name, identity number or status</source>
        <translation>按姓名、身份证件号码或状态筛选</translation>
    </message>
    <message>
        <source>Filter employees</source>
        <translation>筛选员工</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>员工(&amp;E)</translation>
    </message>
    <message>
        <source>Employees of the company</source>
        <translation>该单位的员工</translation>
    </message>
    <message>
        <source>Mon&amp;ths</source>
        <translation>月份(&amp;T)</translation>
    </message>
    <message>
        <source>Months of the tax year</source>
        <translation>该纳税年度的各月份</translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation>导入人员信息(&amp;R)…</translation>
    </message>
    <message>
        <source>Import the employee roster from a CSV or XLSX file</source>
        <translation>从 CSV 或 XLSX 文件导入员工人员信息</translation>
    </message>
    <message>
        <source>Payroll &amp;month:</source>
        <translation>工资月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Month of the payroll rows without a month column</source>
        <translation>没有月份列的工资行所属的月份</translation>
    </message>
    <message>
        <source>Import &amp;payroll…</source>
        <translation>导入工资表(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a payroll from a CSV or XLSX file</source>
        <translation>从 CSV 或 XLSX 文件导入工资表</translation>
    </message>
    <message>
        <source>&amp;Compute the year</source>
        <translation>计算全年(&amp;C)</translation>
    </message>
    <message>
        <source>Compute every employee&apos;s withholding for the tax year</source>
        <translation>计算该纳税年度每名员工的预扣预缴税额</translation>
    </message>
    <message>
        <source>Progress of the import or computation</source>
        <translation>导入或计算的进度</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the import or computation</source>
        <translation>停止导入或计算</translation>
    </message>
    <message>
        <source>Batch work status</source>
        <translation>批量处理状态</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>No employees yet. Import the company&apos;s roster (花名册) first, then its payroll.</source>
        <translation>还没有员工。请先导入该单位的人员信息（花名册），再导入其工资表。</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>导入人员信息</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Import a payroll</source>
        <translation>导入工资表</translation>
    </message>
    <message>
        <source>Computing the withholding of %1…</source>
        <translation>正在计算 %1 年度的预扣预缴税额…</translation>
    </message>
    <message>
        <source>Replace the payroll?</source>
        <translation>替换工资表？</translation>
    </message>
    <message>
        <source>The payroll of %1 is already imported. Replace it with this file? An employee missing from the file loses that month&apos;s payroll, and the withholding from that month on must be computed again.</source>
        <translation>%1 的工资表已导入。要用此文件替换吗？文件中没有的员工将失去该月的工资薪金数据，且从该月起的预扣预缴税额须重新计算。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replacing the payroll of %1…</source>
        <translation>正在替换 %1 的工资表…</translation>
    </message>
    <message>
        <source>Nothing was imported: the payroll of %1 already imported is kept.</source>
        <translation>未导入任何内容：保留已导入的 %1 工资表。</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1 第 %2 行第 %3 列：%4</translation>
    </message>
    <message>
        <source>%L1 rows read…</source>
        <translation>已读取 %L1 行…</translation>
    </message>
    <message>
        <source>%L1 of %L2 employees computed…</source>
        <translation>已计算 %L1 / %L2 名员工…</translation>
    </message>
    <message>
        <source>roster template.csv</source>
        <translation>人员信息模板.csv</translation>
    </message>
    <message>
        <source>payroll template.csv</source>
        <translation>工资表模板.csv</translation>
    </message>
    <message>
        <source>labor payments template.csv</source>
        <translation>劳务报酬模板.csv</translation>
    </message>
    <message>
        <source>Template&amp;s</source>
        <translation>模板(&amp;S)</translation>
    </message>
    <message>
        <source>Save an empty template to fill in</source>
        <translation>保存空白模板以供填写</translation>
    </message>
    <message>
        <source>Save &amp;roster template…</source>
        <translation>保存人员信息模板(&amp;R)…</translation>
    </message>
    <message>
        <source>Save &amp;payroll template…</source>
        <translation>保存工资表模板(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;labor payments template…</source>
        <translation>保存劳务报酬模板(&amp;L)…</translation>
    </message>
    <message>
        <source>Import &amp;labor payments…</source>
        <translation>导入劳务报酬(&amp;L)…</translation>
    </message>
    <message>
        <source>Import the payroll month&apos;s labor payments (劳务报酬) from a CSV or XLSX file</source>
        <translation>从 CSV 或 XLSX 文件导入工资月份的劳务报酬</translation>
    </message>
    <message>
        <source>E&amp;xport declaration…</source>
        <translation>导出申报表(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the payroll month&apos;s withholding declaration as CSV, Excel or PDF</source>
        <translation>将工资月份的扣缴申报表保存为 CSV、Excel 或 PDF</translation>
    </message>
    <message>
        <source>Import labor payments</source>
        <translation>导入劳务报酬</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Export the declaration of %1</source>
        <translation>导出 %1 的申报表</translation>
    </message>
    <message>
        <source>declaration %1.xlsx</source>
        <translation>扣缴申报表 %1.xlsx</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx);;PDF (*.pdf)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the declaration of %1…</source>
        <translation>正在写出 %1 的申报表…</translation>
    </message>
    <message>
        <source>The template is saved as %1. Keep its header row, fill in one row per person, and import it.</source>
        <translation>模板已保存为 %1。请保留表头行，每人填写一行，然后导入。</translation>
    </message>
    <message numerus="yes">
        <source>The declaration, %n line(s), is saved as %1.</source>
        <translation>
            <numerusform>申报表（共 %n 行）已保存为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the labor payments?</source>
        <translation>替换劳务报酬？</translation>
    </message>
    <message>
        <source>The labor payments of %1 are already imported. Replace them with this file? Every labor payment of that month is replaced by the file&apos;s.</source>
        <translation>%1 的劳务报酬已导入。要用此文件替换吗？该月的全部劳务报酬都将被文件中的内容替换。</translation>
    </message>
    <message>
        <source>Replacing the labor payments of %1…</source>
        <translation>正在替换 %1 的劳务报酬…</translation>
    </message>
    <message>
        <source>Nothing was imported: the labor payments of %1 already imported are kept.</source>
        <translation>未导入任何内容：已导入的 %1 劳务报酬保持不变。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Huisuan: China&apos;s individual income tax, exact, explained and private.</source>
        <translation>汇算：中国个人所得税，精确、可解释、保护隐私。</translation>
    </message>
    <message>
        <source>The vault directory to open or create.</source>
        <translation>要打开或创建的保险库目录。</translation>
    </message>
    <message>
        <source>Show the version, the build and the rule packs, then exit.</source>
        <translation>显示版本、构建信息和规则包，然后退出。</translation>
    </message>
</context>
</TS>
