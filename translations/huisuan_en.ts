<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnualStatements</name>
    <message>
        <source>No employee with the identity number %1 is on the roster of %2. Check the number, or import the roster that has this employee.</source>
        <translation>No employee with the identity number %1 is on the roster of %2. Check the number, or import the roster that has this employee.</translation>
    </message>
    <message>
        <source>The withholding of %1-%2 is not computed for the payroll as it is now. Compute the year %1 first.</source>
        <translation>The withholding of %1-%2 is not computed for the payroll as it is now. Compute the year %1 first.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>CA: the certificate given with --ca.</source>
        <translation>CA: the certificate given with --ca.</translation>
    </message>
    <message>
        <source>CA: the one embedded in the audit file, as the taxpayer&apos;s vault trusted it. Pin the bureau&apos;s own with --ca to check that it is the bureau&apos;s.</source>
        <translation>CA: the one embedded in the audit file, as the taxpayer&apos;s vault trusted it. Pin the bureau&apos;s own with --ca to check that it is the bureau&apos;s.</translation>
    </message>
    <message>
        <source>CA: none. A bare signed filing needs the bureau&apos;s SM2 CA certificate with --ca.</source>
        <translation>CA: none. A bare signed filing needs the bureau&apos;s SM2 CA certificate with --ca.</translation>
    </message>
    <message>
        <source>Filing %1, tax year %2, signed by %3 at %4</source>
        <translation>Filing %1, tax year %2, signed by %3 at %4</translation>
    </message>
    <message>
        <source>The file holds no receipt from the bureau.</source>
        <translation>The file holds no receipt from the bureau.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Verified: every check holds.</source>
        <translation>Verified: every check holds.</translation>
    </message>
    <message>
        <source>NOT verified: see the failed checks above.</source>
        <translation>NOT verified: see the failed checks above.</translation>
    </message>
    <message>
        <source>Replay of %1, tax year %2, rule pack %3</source>
        <translation>Replay of %1, tax year %2, rule pack %3</translation>
    </message>
    <message>
        <source>filed:</source>
        <translation>filed:</translation>
    </message>
    <message>
        <source>replayed:</source>
        <translation>replayed:</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>file or submission | year | verified | replayed clean | differences</source>
        <translation>file or submission | year | verified | replayed clean | differences</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>%1 of %2 filing(s) verified and replayed clean.</source>
        <translation>%1 of %2 filing(s) verified and replayed clean.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>There is no folder %1.</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <source>This vault holds no filings.</source>
        <translation>This vault holds no filings.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote the audit file of %1 to %2.</source>
        <translation>Wrote the audit file of %1 to %2.</translation>
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
        <translation>usage: huisuan-cli verify FILE [--ca SM2_CA.der] [--json]
       huisuan-cli replay FILE [--json]
       huisuan-cli replay --vault DIR [--ca SM2_CA.der]
       huisuan-cli replay --folder DIR [--ca SM2_CA.der]
       huisuan-cli filing export --submission ID --out FILE [--vault DIR]
  FILE is an audit file (docs/audit-file.md) or a bare signed filing. Without --ca the CA in the
  audit file is used. The passphrase comes from HUISUAN_PASSPHRASE or a prompt.
  Exit status: 0 everything holds, 1 failure or bad usage, 2 a check failed or a replay differs.</translation>
    </message>
</context>
<context>
    <name>AuditFile</name>
    <message>
        <source>This is neither a Huisuan audit file nor a signed filing. Ask for the file again, exported with &quot;huisuan-cli filing export&quot; or as the signed filing itself.</source>
        <translation>This is neither a Huisuan audit file nor a signed filing. Ask for the file again, exported with &quot;huisuan-cli filing export&quot; or as the signed filing itself.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>audit entry %1 does not follow the entry before it: an entry was changed, removed or inserted</source>
        <translation>audit entry %1 does not follow the entry before it: an entry was changed, removed or inserted</translation>
    </message>
    <message>
        <source>audit entry %1 was changed after it was written</source>
        <translation>audit entry %1 was changed after it was written</translation>
    </message>
    <message>
        <source>The vault could not authenticate its audit log.</source>
        <translation>The vault could not authenticate its audit log.</translation>
    </message>
    <message>
        <source>the audit log&apos;s head record was altered: entries may have been removed from its end</source>
        <translation>the audit log&apos;s head record was altered: entries may have been removed from its end</translation>
    </message>
    <message>
        <source>the audit log&apos;s head record is missing: entries may have been removed from its end</source>
        <translation>the audit log&apos;s head record is missing: entries may have been removed from its end</translation>
    </message>
    <message>
        <source>audit entries %1 to %2 were removed from the end of the log</source>
        <translation>audit entries %1 to %2 were removed from the end of the log</translation>
    </message>
    <message>
        <source>audit entry %1 was added outside Huisuan</source>
        <translation>audit entry %1 was added outside Huisuan</translation>
    </message>
    <message>
        <source>audit entry %1 was replaced after it was written</source>
        <translation>audit entry %1 was replaced after it was written</translation>
    </message>
</context>
<context>
    <name>AuditReportPdf</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>Submission id</translation>
    </message>
    <message>
        <source>Taxpayer</source>
        <translation>Taxpayer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>Tax year</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Rule pack</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Engine version</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Replayed</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Same?</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>DIFFERS</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Audit report: filing %1</source>
        <translation>Audit report: filing %1</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>The filing</source>
        <translation>The filing</translation>
    </message>
    <message>
        <source>Replay, line by line</source>
        <translation>Replay, line by line</translation>
    </message>
    <message>
        <source>Audit report %1</source>
        <translation>Audit report %1</translation>
    </message>
</context>
<context>
    <name>BankCardCheck</name>
    <message>
        <source>A card number has only digits.</source>
        <translation>A card number has only digits.</translation>
    </message>
    <message>
        <source>A card number has at most %1 digits.</source>
        <translation>A card number has at most %1 digits.</translation>
    </message>
    <message>
        <source>This is not a card number yet: finish typing it, or check it against your card.</source>
        <translation>This is not a card number yet: finish typing it, or check it against your card.</translation>
    </message>
    <message>
        <source>This card number is mistyped: its last digit does not match the others. Check it against your card.</source>
        <translation>This card number is mistyped: its last digit does not match the others. Check it against your card.</translation>
    </message>
</context>
<context>
    <name>BatchBureauCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>--month needs a month such as 2025-04</source>
        <translation>--month needs a month such as 2025-04</translation>
    </message>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year needs a year such as 2025</translation>
    </message>
    <message>
        <source>%1: declared (receipt %2)</source>
        <translation>%1: declared (receipt %2)</translation>
    </message>
    <message>
        <source>%1: %2 Next attempt at %3.</source>
        <translation>%1: %2 Next attempt at %3.</translation>
    </message>
    <message>
        <source>ALARM for %1: %2</source>
        <translation>ALARM for %1: %2</translation>
    </message>
    <message>
        <source>Queued the declaration of %1 as %2.</source>
        <translation>Queued the declaration of %1 as %2.</translation>
    </message>
    <message>
        <source>Queued the declaration of %1 as %2, replacing %3.</source>
        <translation>Queued the declaration of %1 as %2, replacing %3.</translation>
    </message>
    <message>
        <source>%1 is declared already as %2 (receipt %3); the figures have not changed, so nothing was sent.</source>
        <translation>%1 is declared already as %2 (receipt %3); the figures have not changed, so nothing was sent.</translation>
    </message>
    <message>
        <source>queued, not sent yet</source>
        <translation>queued, not sent yet</translation>
    </message>
    <message>
        <source>sent, awaiting the bureau&apos;s answer</source>
        <translation>sent, awaiting the bureau&apos;s answer</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>declared</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>No declaration of %1 was submitted yet.</source>
        <translation>No declaration of %1 was submitted yet.</translation>
    </message>
    <message>
        <source>  receipt %1</source>
        <translation>  receipt %1</translation>
    </message>
    <message>
        <source>  replaces %1</source>
        <translation>  replaces %1</translation>
    </message>
    <message>
        <source>%1: %2 a month (%3)</source>
        <translation>%1: %2 a month (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded the special additional deductions of %n employee(s) for %1. Compute the year again to use them.</source>
        <translation>
            <numerusform>Downloaded the special additional deductions of %n employee for %1. Compute the year again to use them.</numerusform>
            <numerusform>Downloaded the special additional deductions of %n employees for %1. Compute the year again to use them.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: huisuan-cli batch submit --workspace CREDIT_CODE --month YYYY-MM [--wait SECONDS]
       huisuan-cli batch declarations --workspace CREDIT_CODE --year YYYY
       huisuan-cli batch deductions download --workspace CREDIT_CODE --year YYYY
  with [--vault DIR] and the bureau: [--bureau URL] [--bureau-dir DIR | --tls-ca FILE --sm2-ca FILE].
  Exit status: 0 done, 1 failure, 2 refused by the bureau, 3 queued and not yet answered (the next submit sends it again).</source>
        <translation>usage: huisuan-cli batch submit --workspace CREDIT_CODE --month YYYY-MM [--wait SECONDS]
       huisuan-cli batch declarations --workspace CREDIT_CODE --year YYYY
       huisuan-cli batch deductions download --workspace CREDIT_CODE --year YYYY
  with [--vault DIR] and the bureau: [--bureau URL] [--bureau-dir DIR | --tls-ca FILE --sm2-ca FILE].
  Exit status: 0 done, 1 failure, 2 refused by the bureau, 3 queued and not yet answered (the next submit sends it again).</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
</context>
<context>
    <name>BatchColumns</name>
    <message>
        <source>The column &quot;%1&quot; is not part of the template. Rename it to one of the template&apos;s headers (see docs/batch-template.md) or remove it.</source>
        <translation>The column &quot;%1&quot; is not part of the template. Rename it to one of the template&apos;s headers (see docs/batch-template.md) or remove it.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice (also column %2). Keep only one of them.</source>
        <translation>The column &quot;%1&quot; appears twice (also column %2). Keep only one of them.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; (%2) is missing. Add it to the header row.</source>
        <translation>The required column &quot;%1&quot; (%2) is missing. Add it to the header row.</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>--year needs a year such as 2025</source>
        <translation>--year needs a year such as 2025</translation>
    </message>
    <message>
        <source>--month needs a month such as 2025-04</source>
        <translation>--month needs a month such as 2025-04</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>Could not write %1 (%2).</translation>
    </message>
    <message>
        <source>Wrote the %1 template to %2.</source>
        <translation>Wrote the %1 template to %2.</translation>
    </message>
    <message>
        <source>Workspace %1 (%2) is ready.</source>
        <translation>Workspace %1 (%2) is ready.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: correct the %n problem(s) above and import the file again.</source>
        <translation>
            <numerusform>Nothing was imported: correct the %n problem above and import the file again.</numerusform>
            <numerusform>Nothing was imported: correct the %n problems above and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payroll of %1 is already imported; nothing was imported. To replace it, import again with --replace, then compute the year again.</source>
        <translation>The payroll of %1 is already imported; nothing was imported. To replace it, import again with --replace, then compute the year again.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed %1 payroll month(s) of %2 employee(s).</source>
        <translation>Computed %1 payroll month(s) of %2 employee(s).</translation>
    </message>
    <message>
        <source>unknown batch action %1</source>
        <translation>unknown batch action %1</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <source>The labor payments of %1 are already imported; nothing was imported. To replace them, import again with --replace.</source>
        <translation>The labor payments of %1 are already imported; nothing was imported. To replace them, import again with --replace.</translation>
    </message>
    <message>
        <source>Say which format to write with --format %1, or end the file name with .%2.</source>
        <translation>Say which format to write with --format %1, or end the file name with .%2.</translation>
    </message>
    <message>
        <source>Wrote the %1 statement of %2 to %3.</source>
        <translation>Wrote the %1 statement of %2 to %3.</translation>
    </message>
    <message>
        <source>Could not make the folder %1. Check that its parent can be written.</source>
        <translation>Could not make the folder %1. Check that its parent can be written.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 statements of %n employee(s) to %2.</source>
        <translation>
            <numerusform>Wrote the %1 statement of %n employee to %2.</numerusform>
            <numerusform>Wrote the %1 statements of %n employees to %2.</numerusform>
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
        <translation>usage: huisuan-cli batch workspace add CREDIT_CODE NAME | workspace list
       huisuan-cli batch template roster|payroll|labor --out FILE.csv
       huisuan-cli batch import roster|payroll|labor FILE.csv|FILE.xlsx --workspace CREDIT_CODE --month YYYY-MM [--replace]
       huisuan-cli batch compute --workspace CREDIT_CODE --year YYYY
       huisuan-cli batch report --workspace CREDIT_CODE --month YYYY-MM --out FILE.csv|.xlsx|.pdf [--format csv|xlsx|pdf]
       huisuan-cli batch statement --workspace CREDIT_CODE --year YYYY (--employee ID_NUMBER --out FILE.pdf|.csv | --all --out FOLDER) [--format pdf|csv]
  Options for all: [--vault DIR]. The columns are described in docs/batch-template.md.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the declaration, %n line(s), to %1.</source>
        <translation>
            <numerusform>Wrote the declaration, %n line, to %1.</numerusform>
            <numerusform>Wrote the declaration, %n lines, to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPdf</name>
    <message>
        <source>Withholding agent: %1    Unified social credit code: %2</source>
        <translation>Withholding agent: %1    Unified social credit code: %2</translation>
    </message>
    <message>
        <source>employed since %1</source>
        <translation>employed since %1</translation>
    </message>
    <message>
        <source>employed from %1 to %2</source>
        <translation>employed from %1 to %2</translation>
    </message>
    <message>
        <source>Employee: %1    Identity number: %2    %3</source>
        <translation>Employee: %1    Identity number: %2    %3</translation>
    </message>
    <message>
        <source>Tax year: %1    Income: wages and salaries    Amounts in yuan</source>
        <translation>Tax year: %1    Income: wages and salaries    Amounts in yuan</translation>
    </message>
    <message>
        <source>Tax period: %1    Amounts in yuan</source>
        <translation>Tax period: %1    Amounts in yuan</translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>&quot;%1&quot; is not a valid unified social credit code: it has 18 characters and ends with a check character. Copy it again from the business licence.</source>
        <translation>&quot;%1&quot; is not a valid unified social credit code: it has 18 characters and ends with a check character. Copy it again from the business licence.</translation>
    </message>
    <message>
        <source>There is no workspace for the company %1. Add it first with `batch workspace add`.</source>
        <translation>There is no workspace for the company %1. Add it first with `batch workspace add`.</translation>
    </message>
    <message>
        <source>The withholding of %1-%2 is not computed for the payroll as it is now. Compute the year %1 first.</source>
        <translation>The withholding of %1-%2 is not computed for the payroll as it is now. Compute the year %1 first.</translation>
    </message>
    <message>
        <source>%1 (%2), %3-%4: the payroll says %5 of special additional deductions; the %6 the employee pushed through the tax bureau is used.</source>
        <translation>%1 (%2), %3-%4: the payroll says %5 of special additional deductions; the %6 the employee pushed through the tax bureau is used.</translation>
    </message>
</context>
<context>
    <name>BureauAnswerReader</name>
    <message>
        <source>The tax bureau&apos;s answer could not be read.</source>
        <translation>The tax bureau&apos;s answer could not be read.</translation>
    </message>
</context>
<context>
    <name>BureauApplication</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>The data folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1.</source>
        <translation>Cannot listen on 127.0.0.1 port %1.</translation>
    </message>
    <message>
        <source>Cannot watch for SIGTERM and SIGINT.</source>
        <translation>Cannot watch for SIGTERM and SIGINT.</translation>
    </message>
    <message>
        <source>usage: huisuan-bureau [serve|report] --data-dir DIR [--port N] [options]; see --help.</source>
        <translation>usage: huisuan-bureau [serve|report] --data-dir DIR [--port N] [options]; see --help.</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the passphrase of the bureau&apos;s vault.</source>
        <translation>Set the environment variable %1 to the passphrase of the bureau&apos;s vault.</translation>
    </message>
</context>
<context>
    <name>BureauClient</name>
    <message>
        <source>The tax bureau at %1 cannot be reached.</source>
        <translation>The tax bureau at %1 cannot be reached.</translation>
    </message>
    <message>
        <source>The server at %1 is not the tax bureau this app trusts: its certificate does not match. Nothing was sent.</source>
        <translation>The server at %1 is not the tax bureau this app trusts: its certificate does not match. Nothing was sent.</translation>
    </message>
    <message>
        <source>The connection to the tax bureau broke before its answer arrived.</source>
        <translation>The connection to the tax bureau broke before its answer arrived.</translation>
    </message>
    <message>
        <source>The tax bureau is busy. The filing stays queued and will be sent again.</source>
        <translation>The tax bureau is busy. The filing stays queued and will be sent again.</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s answer could not be read.</source>
        <translation>The tax bureau&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>This vault is not enrolled with the tax bureau yet: enrol first.</source>
        <translation>This vault is not enrolled with the tax bureau yet: enrol first.</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt failed verification: do not treat this filing as filed. %1</source>
        <translation>The tax bureau&apos;s receipt failed verification: do not treat this filing as filed. %1</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt is for another request than the one sent: do not treat this filing as filed.</source>
        <translation>The tax bureau&apos;s receipt is for another request than the one sent: do not treat this filing as filed.</translation>
    </message>
    <message>
        <source>The tax bureau answered with another certificate authority than the one this app trusts; the enrolment is not used.</source>
        <translation>The tax bureau answered with another certificate authority than the one this app trusts; the enrolment is not used.</translation>
    </message>
    <message>
        <source>The tax bureau answered for another tax year than the one asked for.</source>
        <translation>The tax bureau answered for another tax year than the one asked for.</translation>
    </message>
    <message>
        <source>The tax bureau answered about another submission than the one asked for.</source>
        <translation>The tax bureau answered about another submission than the one asked for.</translation>
    </message>
    <message>
        <source>The tax bureau answered the declaration with a receipt for something else: do not treat it as declared.</source>
        <translation>The tax bureau answered the declaration with a receipt for something else: do not treat it as declared.</translation>
    </message>
    <message>
        <source>The tax bureau answered about another election than the one sent.</source>
        <translation>The tax bureau answered about another election than the one sent.</translation>
    </message>
    <message>
        <source>The tax bureau answered for another employer or tax year than the one asked for.</source>
        <translation>The tax bureau answered for another employer or tax year than the one asked for.</translation>
    </message>
</context>
<context>
    <name>BureauDeductions</name>
    <message>
        <source>The downloaded deductions of %1 are damaged; download them again.</source>
        <translation>The downloaded deductions of %1 are damaged; download them again.</translation>
    </message>
    <message>
        <source>The employee pushed special additional deductions of %1 a month to this company through the tax bureau, and they are used; this cell says %2. Leave the cell empty, or write %1.</source>
        <translation>The employee pushed special additional deductions of %1 a month to this company through the tax bureau, and they are used; this cell says %2. Leave the cell empty, or write %1.</translation>
    </message>
</context>
<context>
    <name>BureauEndpoint</name>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>The certificate file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The bureau address must be https://host:port, for example https://127.0.0.1:8443; &quot;%1&quot; is not.</source>
        <translation>The bureau address must be https://host:port, for example https://127.0.0.1:8443; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>The bureau&apos;s TLS certificate authority must be exactly one PEM certificate.</source>
        <translation>The bureau&apos;s TLS certificate authority must be exactly one PEM certificate.</translation>
    </message>
    <message>
        <source>The bureau&apos;s SM2 certificate authority is not a DER certificate.</source>
        <translation>The bureau&apos;s SM2 certificate authority is not a DER certificate.</translation>
    </message>
</context>
<context>
    <name>BureauError</name>
    <message>
        <source>The request is not in the form the bureau API requires. Update Huisuan or report the problem.</source>
        <translation>The request is not in the form the bureau API requires. Update Huisuan or report the problem.</translation>
    </message>
    <message>
        <source>A field of the request is invalid. Correct the fields named in the problems and send it again.</source>
        <translation>A field of the request is invalid. Correct the fields named in the problems and send it again.</translation>
    </message>
    <message>
        <source>The bureau has no such resource. Check the address and the identifiers you sent.</source>
        <translation>The bureau has no such resource. Check the address and the identifiers you sent.</translation>
    </message>
    <message>
        <source>This id was already used for a different request. Make a new id for a new request.</source>
        <translation>This id was already used for a different request. Make a new id for a new request.</translation>
    </message>
    <message>
        <source>The request&apos;s time is more than 5 minutes away from the bureau&apos;s clock. Check your computer&apos;s clock and make a new request.</source>
        <translation>The request&apos;s time is more than 5 minutes away from the bureau&apos;s clock. Check your computer&apos;s clock and make a new request.</translation>
    </message>
    <message>
        <source>The time is not within 5 minutes of the bureau&apos;s clock.</source>
        <translation>The time is not within 5 minutes of the bureau&apos;s clock.</translation>
    </message>
    <message>
        <source>The request is larger than 1 MiB. Send a smaller request.</source>
        <translation>The request is larger than 1 MiB. Send a smaller request.</translation>
    </message>
    <message>
        <source>The request must be sent as application/json.</source>
        <translation>The request must be sent as application/json.</translation>
    </message>
    <message>
        <source>The bureau had an internal error; nothing was changed. Send the same request again later.</source>
        <translation>The bureau had an internal error; nothing was changed. Send the same request again later.</translation>
    </message>
    <message>
        <source>The bureau is busy or shutting down; nothing was changed. Send the same request again later.</source>
        <translation>The bureau is busy or shutting down; nothing was changed. Send the same request again later.</translation>
    </message>
</context>
<context>
    <name>BureauIdentity</name>
    <message>
        <source>The bureau&apos;s vault lacks part of its identity. Start with a new data folder.</source>
        <translation>The bureau&apos;s vault lacks part of its identity. Start with a new data folder.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
</context>
<context>
    <name>BureauOptions</name>
    <message>
        <source>The Huisuan sandbox tax bureau: an HTTPS server on 127.0.0.1 (docs/bureau-api.md).
The vault passphrase is read from the environment variable HUISUAN_BUREAU_PASSPHRASE.</source>
        <translation>The Huisuan sandbox tax bureau: an HTTPS server on 127.0.0.1 (docs/bureau-api.md).
The vault passphrase is read from the environment variable HUISUAN_BUREAU_PASSPHRASE.</translation>
    </message>
    <message>
        <source>serve (the default) or report</source>
        <translation>serve (the default) or report</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <source>The bureau&apos;s folder (its vault).</source>
        <translation>The bureau&apos;s folder (its vault).</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1; 0 picks a free one.</source>
        <translation>The port on 127.0.0.1; 0 picks a free one.</translation>
    </message>
    <message>
        <source>scrypt cost N of a new vault (tests only).</source>
        <translation>scrypt cost N of a new vault (tests only).</translation>
    </message>
    <message>
        <source>Real seconds per simulated day for refunds and payments.</source>
        <translation>Real seconds per simulated day for refunds and payments.</translation>
    </message>
    <message>
        <source>Enables POST /v1/sandbox/advance.</source>
        <translation>Enables POST /v1/sandbox/advance.</translation>
    </message>
    <message>
        <source>Injects a fault every EVERY-th filing or withdrawal (tests only): %1.</source>
        <translation>Injects a fault every EVERY-th filing or withdrawal (tests only): %1.</translation>
    </message>
    <message>
        <source>How late delay-after-commit replies.</source>
        <translation>How late delay-after-commit replies.</translation>
    </message>
    <message>
        <source>Faults act on every write, not only filings and withdrawals.</source>
        <translation>Faults act on every write, not only filings and withdrawals.</translation>
    </message>
    <message>
        <source>An identity number whose refunds fail (bank_account_closed).</source>
        <translation>An identity number whose refunds fail (bank_account_closed).</translation>
    </message>
    <message>
        <source>An identity number whose payments are never made (they turn overdue).</source>
        <translation>An identity number whose payments are never made (they turn overdue).</translation>
    </message>
    <message>
        <source>Unknown command: %1. Use serve or report.</source>
        <translation>Unknown command: %1. Use serve or report.</translation>
    </message>
    <message>
        <source>--data-dir is required.</source>
        <translation>--data-dir is required.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port must be a number from 0 to 65535.</translation>
    </message>
    <message>
        <source>--scrypt-n must be a power of two from 1024 to 4194304.</source>
        <translation>--scrypt-n must be a power of two from 1024 to 4194304.</translation>
    </message>
    <message>
        <source>--day-seconds must be a positive number.</source>
        <translation>--day-seconds must be a positive number.</translation>
    </message>
    <message>
        <source>Unknown fault %1. Use MODE or MODE:EVERY with MODE one of %2.</source>
        <translation>Unknown fault %1. Use MODE or MODE:EVERY with MODE one of %2.</translation>
    </message>
    <message>
        <source>--fault-delay-ms must be a number of milliseconds.</source>
        <translation>--fault-delay-ms must be a number of milliseconds.</translation>
    </message>
</context>
<context>
    <name>BureauRequestParser</name>
    <message>
        <source>An id must be 1 to 64 letters, digits or the characters . _ - :.</source>
        <translation>An id must be 1 to 64 letters, digits or the characters . _ - :.</translation>
    </message>
    <message>
        <source>The body is not in its RFC 8785 canonical form.</source>
        <translation>The body is not in its RFC 8785 canonical form.</translation>
    </message>
    <message>
        <source>The certificate request must be canonical, non-empty base64.</source>
        <translation>The certificate request must be canonical, non-empty base64.</translation>
    </message>
    <message>
        <source>The unified social credit code is not valid (its form or check character is wrong).</source>
        <translation>The unified social credit code is not valid (its form or check character is wrong).</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters.</source>
        <translation>The name must be 1 to 64 characters.</translation>
    </message>
    <message>
        <source>The period must be a month, yyyy-MM.</source>
        <translation>The period must be a month, yyyy-MM.</translation>
    </message>
    <message>
        <source>A declaration must hold at least one record.</source>
        <translation>A declaration must hold at least one record.</translation>
    </message>
    <message>
        <source>The identity number is not valid (its form, birth date or check character is wrong).</source>
        <translation>The identity number is not valid (its form, birth date or check character is wrong).</translation>
    </message>
    <message>
        <source>The income type must be wages, labor, author, royalties or annual_bonus.</source>
        <translation>The income type must be wages, labor, author, royalties or annual_bonus.</translation>
    </message>
    <message>
        <source>The reason must be not_my_employer, wrong_amount or other.</source>
        <translation>The reason must be not_my_employer, wrong_amount or other.</translation>
    </message>
    <message>
        <source>The note must be at most 500 characters.</source>
        <translation>The note must be at most 500 characters.</translation>
    </message>
    <message>
        <source>Not a category an employer deducts monthly; use one of %1.</source>
        <translation>Not a category an employer deducts monthly; use one of %1.</translation>
    </message>
</context>
<context>
    <name>BureauService</name>
    <message>
        <source>There is no endpoint at this path.</source>
        <translation>There is no endpoint at this path.</translation>
    </message>
    <message>
        <source>Every endpoint takes POST only.</source>
        <translation>Every endpoint takes POST only.</translation>
    </message>
    <message>
        <source>The certificate is not one the bureau issued, or it has expired. Enrol again.</source>
        <translation>The certificate is not one the bureau issued, or it has expired. Enrol again.</translation>
    </message>
    <message>
        <source>The signature does not match the request. Sign it again with your enrolled key.</source>
        <translation>The signature does not match the request. Sign it again with your enrolled key.</translation>
    </message>
    <message>
        <source>The certificate is not a taxpayer&apos;s. Sign with the certificate you got on enrolment.</source>
        <translation>The certificate is not a taxpayer&apos;s. Sign with the certificate you got on enrolment.</translation>
    </message>
    <message>
        <source>The subject must hold exactly a common name (the name) and a serialNumber (the identity number).</source>
        <translation>The subject must hold exactly a common name (the name) and a serialNumber (the identity number).</translation>
    </message>
    <message>
        <source>The identity number is not valid (its form, birth date or check character is wrong).</source>
        <translation>The identity number is not valid (its form, birth date or check character is wrong).</translation>
    </message>
    <message>
        <source>The name must be 1 to 64 characters.</source>
        <translation>The name must be 1 to 64 characters.</translation>
    </message>
    <message>
        <source>There is no declaration of this employer and month to replace.</source>
        <translation>There is no declaration of this employer and month to replace.</translation>
    </message>
    <message>
        <source>Declaration %1 of this employer and month is in force; a new one must name it in replaces.</source>
        <translation>Declaration %1 of this employer and month is in force; a new one must name it in replaces.</translation>
    </message>
    <message>
        <source>There is no refund or payment for this submission: it is not an accepted return in force, or its balance is zero.</source>
        <translation>There is no refund or payment for this submission: it is not an accepted return in force, or its balance is zero.</translation>
    </message>
    <message>
        <source>You have no income record with this id.</source>
        <translation>You have no income record with this id.</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>The amount is empty. Enter the amount, or 0 if there is none.</source>
        <translation>The amount is empty. Enter the amount, or 0 if there is none.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative; only amounts of 0 or more can be imported. Enter the amount without a minus sign, or correct the month it belongs to.</source>
        <translation>The amount &quot;%1&quot; is negative; only amounts of 0 or more can be imported. Enter the amount without a minus sign, or correct the month it belongs to.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than two decimals, but amounts are in yuan and fen. Round it to the fen (two decimals) and import again.</source>
        <translation>The amount &quot;%1&quot; has more than two decimals, but amounts are in yuan and fen. Round it to the fen (two decimals) and import again.</translation>
    </message>
    <message>
        <source>The commas in &quot;%1&quot; are not thousands separators (a comma every three digits, before the decimal point), so the amount could be read more than one way. Write it without commas, as 12000.50, and import again.</source>
        <translation>The commas in &quot;%1&quot; are not thousands separators (a comma every three digits, before the decimal point), so the amount could be read more than one way. Write it without commas, as 12000.50, and import again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Write amounts in yuan with at most two decimals, as 12000.50, without a currency sign or letters, and import again.</source>
        <translation>&quot;%1&quot; is not an amount. Write amounts in yuan with at most two decimals, as 12000.50, without a currency sign or letters, and import again.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is larger than 999999999999.99 yuan, the largest that can be imported. Check the cell and import again.</source>
        <translation>The amount &quot;%1&quot; is larger than 999999999999.99 yuan, the largest that can be imported. Check the cell and import again.</translation>
    </message>
    <message>
        <source>The amount %1 has more than two decimals, but amounts are in yuan and fen. Round it to the fen (two decimals) in the workbook and import again.</source>
        <translation>The amount %1 has more than two decimals, but amounts are in yuan and fen. Round it to the fen (two decimals) in the workbook and import again.</translation>
    </message>
    <message>
        <source>This cell is formatted as a date, but an amount belongs here. Format the cell as a number, enter the amount and import again.</source>
        <translation>This cell is formatted as a date, but an amount belongs here. Format the cell as a number, enter the amount and import again.</translation>
    </message>
    <message>
        <source>This cell holds TRUE or FALSE, but an amount belongs here. Enter the amount and import again.</source>
        <translation>This cell holds TRUE or FALSE, but an amount belongs here. Enter the amount and import again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as 2025-03-01 (year-month-day), or format the cell as a date in Excel, and import again.</source>
        <translation>&quot;%1&quot; is not a date. Write dates as 2025-03-01 (year-month-day), or format the cell as a date in Excel, and import again.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <source>unsupported language &quot;%1&quot;: use --lang with one of %2</source>
        <translation>unsupported language &quot;%1&quot;: use --lang with one of %2</translation>
    </message>
    <message>
        <source>usage: huisuan-cli --version
  The version, the build and the rule packs with their ids.</source>
        <translation>usage: huisuan-cli --version
  The version, the build and the rule packs with their ids.</translation>
    </message>
</context>
<context>
    <name>CompanyWorkspaceStore</name>
    <message>
        <source>company name</source>
        <translation>company name</translation>
    </message>
    <message>
        <source>identity document type</source>
        <translation>identity document type</translation>
    </message>
    <message>
        <source>employee name</source>
        <translation>employee name</translation>
    </message>
    <message>
        <source>employee details</source>
        <translation>employee details</translation>
    </message>
    <message>
        <source>company workspace</source>
        <translation>company workspace</translation>
    </message>
    <message>
        <source>payroll</source>
        <translation>payroll</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>withholding result</source>
        <translation>withholding result</translation>
    </message>
    <message>
        <source>rule pack id</source>
        <translation>rule pack id</translation>
    </message>
    <message>
        <source>engine version</source>
        <translation>engine version</translation>
    </message>
    <message>
        <source>payroll month</source>
        <translation>payroll month</translation>
    </message>
    <message>
        <source>Payroll month %1 has no withholding result yet; compute it first.</source>
        <translation>Payroll month %1 has no withholding result yet; compute it first.</translation>
    </message>
    <message>
        <source>payee name</source>
        <translation>payee name</translation>
    </message>
    <message>
        <source>labor payment</source>
        <translation>labor payment</translation>
    </message>
    <message>
        <source>labor payment prepayment</source>
        <translation>labor payment prepayment</translation>
    </message>
    <message>
        <source>Nothing was stored: the payroll has problems.</source>
        <translation>Nothing was stored: the payroll has problems.</translation>
    </message>
</context>
<context>
    <name>ComputeCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Usage: huisuan-cli compute KIND FILE|- [--explain] [--lang zh_CN|en|ja] [--no-trace]
KIND is one of: %1
FILE holds a case or a bare input as JSON; - reads standard input.
Prints one JSON result (exit 0), or the trace as text with --explain.
A refused input prints PATH: message lines on standard error (exit 2).</source>
        <translation>Usage: huisuan-cli compute KIND FILE|- [--explain] [--lang zh_CN|en|ja] [--no-trace]
KIND is one of: %1
FILE holds a case or a bare input as JSON; - reads standard input.
Prints one JSON result (exit 0), or the trace as text with --explain.
A refused input prints PATH: message lines on standard error (exit 2).</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unknown kind &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be opened (%1). Check that it exists and that you may read it.</source>
        <translation>The file could not be opened (%1). Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>This file is saved as UTF-16 (&quot;Unicode text&quot;), which cannot be imported. In Excel, save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>This file is saved as UTF-16 (&quot;Unicode text&quot;), which cannot be imported. In Excel, save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</translation>
    </message>
    <message>
        <source>This file begins as UTF-8 but has bytes that are not UTF-8, so its text cannot be read reliably. Save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>This file begins as UTF-8 but has bytes that are not UTF-8, so its text cannot be read reliably. Save it again as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor GB18030 text, so its Chinese characters cannot be read. Save it again from Excel as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>This file is neither UTF-8 nor GB18030 text, so its Chinese characters cannot be read. Save it again from Excel as &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</translation>
    </message>
    <message>
        <source>There is not enough memory to read this file. Close other programs and try again.</source>
        <translation>There is not enough memory to read this file. Close other programs and try again.</translation>
    </message>
    <message>
        <source>The quotation marks in this row do not pair up (a quote inside a value must be doubled, and a quoted value must be closed), so the row cannot be split into its cells. Correct the row and import again.</source>
        <translation>The quotation marks in this row do not pair up (a quote inside a value must be doubled, and a quoted value must be closed), so the row cannot be split into its cells. Correct the row and import again.</translation>
    </message>
    <message>
        <source>The file could not be read to its end (%1). Copy it to this computer and try again.</source>
        <translation>The file could not be read to its end (%1). Copy it to this computer and try again.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Could not write %1 (%2). Check that the folder exists and can be written.</source>
        <translation>Could not write %1 (%2). Check that the folder exists and can be written.</translation>
    </message>
</context>
<context>
    <name>DeclarationDrainer</name>
    <message>
        <source>The tax bureau received the declaration of %1 (receipt %2).</source>
        <translation>The tax bureau received the declaration of %1 (receipt %2).</translation>
    </message>
    <message>
        <source>The tax bureau refused the declaration of %1: %2</source>
        <translation>The tax bureau refused the declaration of %1: %2</translation>
    </message>
    <message>
        <source>Not answered yet (%1); the declaration stays queued and will be sent again.</source>
        <translation>Not answered yet (%1); the declaration stays queued and will be sent again.</translation>
    </message>
</context>
<context>
    <name>DeclarationQueue</name>
    <message>
        <source>No employee of %1 was paid in %2: there is nothing to declare. Import the payroll of %2 and compute the year first.</source>
        <translation>No employee of %1 was paid in %2: there is nothing to declare. Import the payroll of %2 and compute the year first.</translation>
    </message>
    <message>
        <source>The declaration %1 of %2 has not been answered by the bureau yet. Submit again when the bureau can be reached; the corrected figures follow it.</source>
        <translation>The declaration %1 of %2 has not been answered by the bureau yet. Submit again when the bureau can be reached; the corrected figures follow it.</translation>
    </message>
</context>
<context>
    <name>DeclarationReport</name>
    <message>
        <source>Could not write the declaration to %1 (%2). Check that the folder exists and can be written.</source>
        <translation>Could not write the declaration to %1 (%2). Check that the folder exists and can be written.</translation>
    </message>
</context>
<context>
    <name>DeclarationTable</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeductionClaimStore</name>
    <message>
        <source>The deduction kind &quot;%1&quot; is not a kind name such as housing_rent.</source>
        <translation>The deduction kind &quot;%1&quot; is not a kind name such as housing_rent.</translation>
    </message>
    <message>
        <source>deduction claim</source>
        <translation>deduction claim</translation>
    </message>
    <message>
        <source>taxpayer profile</source>
        <translation>taxpayer profile</translation>
    </message>
</context>
<context>
    <name>DeductionsCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>usage: huisuan-cli deductions push --employer CREDIT_CODE --year YYYY [--vault DIR]
  Pushes the special additional deductions saved for YYYY to the employer through the tax bureau you enrolled with, as monthly amounts.</source>
        <translation>usage: huisuan-cli deductions push --employer CREDIT_CODE --year YYYY [--vault DIR]
  Pushes the special additional deductions saved for YYYY to the employer through the tax bureau you enrolled with, as monthly amounts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unified social credit code: it has 18 characters and ends with a check character. Ask the employer for it again.</source>
        <translation>&quot;%1&quot; is not a valid unified social credit code: it has 18 characters and ends with a check character. Ask the employer for it again.</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <source>%1 is not deducted by employers month by month; it stays for your annual reconciliation.</source>
        <translation>%1 is not deducted by employers month by month; it stays for your annual reconciliation.</translation>
    </message>
    <message>
        <source>There are no special additional deductions for %1 in this vault that an employer deducts monthly. Enter them in the app first.</source>
        <translation>There are no special additional deductions for %1 in this vault that an employer deducts monthly. Enter them in the app first.</translation>
    </message>
    <message>
        <source>Pushed %1 a month of special additional deductions for %2 to the employer %3 (election %4).</source>
        <translation>Pushed %1 a month of special additional deductions for %2 to the employer %3 (election %4).</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <source>Opening the vault in %1.</source>
        <translation>Opening the vault in %1.</translation>
    </message>
    <message>
        <source>Creating a vault in %1.</source>
        <translation>Creating a vault in %1.</translation>
    </message>
    <message>
        <source>--kdf-log2n must be between 10 and 22</source>
        <translation>--kdf-log2n must be between 10 and 22</translation>
    </message>
    <message>
        <source>unknown argument %1</source>
        <translation>unknown argument %1</translation>
    </message>
    <message>
        <source>usage: huisuan-cli demo [--vault DIR] [--lang zh_CN|en|ja]
  The whole taxpayer journey against a sandbox bureau on this machine; the vault passphrase comes from HUISUAN_PASSPHRASE or a prompt.</source>
        <translation>usage: huisuan-cli demo [--vault DIR] [--lang zh_CN|en|ja]
  The whole taxpayer journey against a sandbox bureau on this machine; the vault passphrase comes from HUISUAN_PASSPHRASE or a prompt.</translation>
    </message>
    <message>
        <source>internal error: the demo data is missing from this build</source>
        <translation>internal error: the demo data is missing from this build</translation>
    </message>
    <message>
        <source>A sandbox tax bureau on this machine</source>
        <translation>A sandbox tax bureau on this machine</translation>
    </message>
    <message>
        <source>Listening at %1; its TLS and SM2 certificate authorities are pinned.</source>
        <translation>Listening at %1; its TLS and SM2 certificate authorities are pinned.</translation>
    </message>
    <message>
        <source>Employers declare what they paid and withheld in %1</source>
        <translation>Employers declare what they paid and withheld in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly declaration(s) accepted by the bureau.</source>
        <translation>
            <numerusform>%n monthly declaration accepted by the bureau.</numerusform>
            <numerusform>%n monthly declarations accepted by the bureau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The taxpayer&apos;s encrypted vault</source>
        <translation>The taxpayer&apos;s encrypted vault</translation>
    </message>
    <message>
        <source>Enrolment: a new SM2 key, certified by the bureau</source>
        <translation>Enrolment: a new SM2 key, certified by the bureau</translation>
    </message>
    <message>
        <source>%1 (%2) is enrolled; the certificate is valid until %3.</source>
        <translation>%1 (%2) is enrolled; the certificate is valid until %3.</translation>
    </message>
    <message>
        <source>Prefill: the income the bureau knows of</source>
        <translation>Prefill: the income the bureau knows of</translation>
    </message>
    <message>
        <source>The return, computed and explained</source>
        <translation>The return, computed and explained</translation>
    </message>
    <message>
        <source>Signed with SM2, queued in the vault, filed exactly once</source>
        <translation>Signed with SM2, queued in the vault, filed exactly once</translation>
    </message>
    <message>
        <source>Submission %1.</source>
        <translation>Submission %1.</translation>
    </message>
    <message>
        <source>The filing was not answered.</source>
        <translation>The filing was not answered.</translation>
    </message>
    <message>
        <source>The refund, as the bureau&apos;s simulated days go by</source>
        <translation>The refund, as the bureau&apos;s simulated days go by</translation>
    </message>
    <message numerus="yes">
        <source>(%n simulated day(s) later)</source>
        <translation>
            <numerusform>(%n simulated day later)</numerusform>
            <numerusform>(%n simulated days later)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the receipt verified, and the vault keeps the filing and its receipt.</source>
        <translation>Done: the receipt verified, and the vault keeps the filing and its receipt.</translation>
    </message>
</context>
<context>
    <name>EnrolmentStore</name>
    <message>
        <source>The %1 &quot;%2&quot; is not a UTC time; write it as the certificate gives it, such as 2026-01-01T00:00:00Z.</source>
        <translation>The %1 &quot;%2&quot; is not a UTC time; write it as the certificate gives it, such as 2026-01-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>taxpayer name</source>
        <translation>taxpayer name</translation>
    </message>
    <message>
        <source>start of validity</source>
        <translation>start of validity</translation>
    </message>
    <message>
        <source>end of validity</source>
        <translation>end of validity</translation>
    </message>
    <message>
        <source>The bureau address &quot;%1&quot; is not an https:// address; enter it as the bureau publishes it, such as https://127.0.0.1:8443/.</source>
        <translation>The bureau address &quot;%1&quot; is not an https:// address; enter it as the bureau publishes it, such as https://127.0.0.1:8443/.</translation>
    </message>
    <message>
        <source>The bureau&apos;s TLS CA certificate is not a PEM certificate; use the file that begins with -----BEGIN CERTIFICATE-----.</source>
        <translation>The bureau&apos;s TLS CA certificate is not a PEM certificate; use the file that begins with -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <source>The bureau&apos;s SM2 CA certificate is not one DER certificate; enrol again to receive it from the bureau.</source>
        <translation>The bureau&apos;s SM2 CA certificate is not one DER certificate; enrol again to receive it from the bureau.</translation>
    </message>
    <message>
        <source>The taxpayer certificate is not one DER certificate; enrol again to receive it from the bureau.</source>
        <translation>The taxpayer certificate is not one DER certificate; enrol again to receive it from the bureau.</translation>
    </message>
    <message>
        <source>The signing key is not a PKCS#8 private key; enrol again to create a new one.</source>
        <translation>The signing key is not a PKCS#8 private key; enrol again to create a new one.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity ends (%1) before it starts (%2); enrol again.</source>
        <translation>The certificate&apos;s validity ends (%1) before it starts (%2); enrol again.</translation>
    </message>
    <message>
        <source>This vault is not enrolled with the tax bureau yet; enrol first to file.</source>
        <translation>This vault is not enrolled with the tax bureau yet; enrol first to file.</translation>
    </message>
</context>
<context>
    <name>FilingAuditReader</name>
    <message>
        <source>The file holds no receipt from the tax bureau.</source>
        <translation>The file holds no receipt from the tax bureau.</translation>
    </message>
    <message>
        <source>Receipt %1: accepted by the tax bureau at %2 (UTC).</source>
        <translation>Receipt %1: accepted by the tax bureau at %2 (UTC).</translation>
    </message>
    <message>
        <source>Receipt %1: refused by the tax bureau at %2 (UTC).</source>
        <translation>Receipt %1: refused by the tax bureau at %2 (UTC).</translation>
    </message>
    <message>
        <source>The file holds a receipt, but it does not verify: see the checks.</source>
        <translation>The file holds a receipt, but it does not verify: see the checks.</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2). Check the name and that you may read it.</source>
        <translation>%1 could not be opened (%2). Check the name and that you may read it.</translation>
    </message>
    <message>
        <source>%1 is too large to be a filing or an audit file. Choose the file the taxpayer or the tax bureau sent.</source>
        <translation>%1 is too large to be a filing or an audit file. Choose the file the taxpayer or the tax bureau sent.</translation>
    </message>
    <message>
        <source>Rule pack %1 (%2) changed a formula for %3: %4</source>
        <translation>Rule pack %1 (%2) changed a formula for %3: %4</translation>
    </message>
</context>
<context>
    <name>FilingCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>%1: %2 Next attempt at %3.</source>
        <translation>%1: %2 Next attempt at %3.</translation>
    </message>
    <message>
        <source>ALARM for %1: %2</source>
        <translation>ALARM for %1: %2</translation>
    </message>
    <message>
        <source>Enrolled %1 with the tax bureau at %2; the certificate is valid until %3.</source>
        <translation>Enrolled %1 with the tax bureau at %2; the certificate is valid until %3.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>There is no accepted filing of that tax year in this vault to correct; name it with --replaces.</source>
        <translation>There is no accepted filing of that tax year in this vault to correct; name it with --replaces.</translation>
    </message>
    <message>
        <source>--replaces belongs to correct, not to file</source>
        <translation>--replaces belongs to correct, not to file</translation>
    </message>
    <message>
        <source>Signed and queued as %1.</source>
        <translation>Signed and queued as %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Income record %1 is disputed (%2, dispute %3).</source>
        <translation>Income record %1 is disputed (%2, dispute %3).</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <source>signed, not sent yet</source>
        <translation>signed, not sent yet</translation>
    </message>
    <message>
        <source>sent, awaiting the bureau&apos;s answer</source>
        <translation>sent, awaiting the bureau&apos;s answer</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>replaced by a correction</translation>
    </message>
    <message>
        <source>This vault holds no filings yet.</source>
        <translation>This vault holds no filings yet.</translation>
    </message>
    <message>
        <source>correction of %1</source>
        <translation>correction of %1</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>filing</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3: %4</translation>
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
        <translation>usage: huisuan-cli enrol --name NAME --id IDENTITY_NUMBER [--bureau URL] [--bureau-dir DIR | --tls-ca FILE --sm2-ca FILE]
       huisuan-cli prefill YEAR
       huisuan-cli file RETURN.json [--wait SECONDS]
       huisuan-cli correct RETURN.json [--replaces SUBMISSION] [--wait SECONDS]
       huisuan-cli status [SUBMISSION]
       huisuan-cli withdraw SUBMISSION
       huisuan-cli dispute RECORD [--reason not_my_employer|wrong_amount|other] [--note TEXT]
  each with [--vault DIR] [--lang zh_CN|en|ja]; the passphrase comes from HUISUAN_PASSPHRASE or a prompt.
  Exit status: 0 done, 1 failure, 2 refused or rejected by the bureau, 3 queued and not yet answered (any later command sends it again).</translation>
    </message>
</context>
<context>
    <name>FilingDesk</name>
    <message>
        <source>The bureau does not know this rule pack for tax year %1. Update Huisuan and compute the return again.</source>
        <translation>The bureau does not know this rule pack for tax year %1. Update Huisuan and compute the return again.</translation>
    </message>
    <message>
        <source>The bureau accepts returns computed by engine version %1. Update Huisuan and compute the return again.</source>
        <translation>The bureau accepts returns computed by engine version %1. Update Huisuan and compute the return again.</translation>
    </message>
    <message>
        <source>The return is for tax year %1 but the filing says %2.</source>
        <translation>The return is for tax year %1 but the filing says %2.</translation>
    </message>
    <message>
        <source>A return for %1 was already accepted (submission %2). To change it, file a correction that names that submission.</source>
        <translation>A return for %1 was already accepted (submission %2). To change it, file a correction that names that submission.</translation>
    </message>
    <message>
        <source>The correction must name the accepted submission %1.</source>
        <translation>The correction must name the accepted submission %1.</translation>
    </message>
    <message>
        <source>There is no accepted return for %1 to correct.</source>
        <translation>There is no accepted return for %1 to correct.</translation>
    </message>
    <message>
        <source>The wages (%1) differ from what employers declared (%2).</source>
        <translation>The wages (%1) differ from what employers declared (%2).</translation>
    </message>
    <message>
        <source>The tax prepaid (%1) differs from what employers withheld (%2).</source>
        <translation>The tax prepaid (%1) differs from what employers withheld (%2).</translation>
    </message>
    <message>
        <source>The bureau has no filing with this submission id from you.</source>
        <translation>The bureau has no filing with this submission id from you.</translation>
    </message>
    <message>
        <source>Only an accepted return whose refund or payment is not yet paid can be withdrawn; this one is %1.</source>
        <translation>Only an accepted return whose refund or payment is not yet paid can be withdrawn; this one is %1.</translation>
    </message>
</context>
<context>
    <name>FilingEnvelope</name>
    <message>
        <source>The return cannot be written as canonical JSON.</source>
        <translation>The return cannot be written as canonical JSON.</translation>
    </message>
    <message>
        <source>The filing is not a well-formed signed filing.</source>
        <translation>The filing is not a well-formed signed filing.</translation>
    </message>
    <message>
        <source>A filing needs a submission id, a rule pack, an engine version, a return and the time it was made, and cannot replace itself.</source>
        <translation>A filing needs a submission id, a rule pack, an engine version, a return and the time it was made, and cannot replace itself.</translation>
    </message>
</context>
<context>
    <name>FilingReplayer</name>
    <message>
        <source>%1 (%2, periods %3): %4</source>
        <translation>%1 (%2, periods %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from what was filed, and no formula fix in the rule-pack changelog covers tax year %1: the filing was not computed as this rule pack computes it.</source>
        <translation>
            <numerusform>%n line differs from what was filed, and no formula fix in the rule-pack changelog covers tax year %1: the filing was not computed as this rule pack computes it.</numerusform>
            <numerusform>%n lines differ from what was filed, and no formula fix in the rule-pack changelog covers tax year %1: the filing was not computed as this rule pack computes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ from what was filed; the rule-pack changelog records a formula fix for tax year %1: %2</source>
        <translation>
            <numerusform>%n line differs from what was filed; the rule-pack changelog records a formula fix for tax year %1: %2</numerusform>
            <numerusform>%n lines differ from what was filed; the rule-pack changelog records a formula fix for tax year %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed, but there is nothing to compare with: the file holds neither the filed result nor a receipt with the bureau&apos;s figures. Ask for the audit file exported from the taxpayer&apos;s vault.</source>
        <translation>Recomputed, but there is nothing to compare with: the file holds neither the filed result nor a receipt with the bureau&apos;s figures. Ask for the audit file exported from the taxpayer&apos;s vault.</translation>
    </message>
    <message>
        <source>Every line recomputes exactly as filed, with the filing&apos;s own rule pack.</source>
        <translation>Every line recomputes exactly as filed, with the filing&apos;s own rule pack.</translation>
    </message>
    <message>
        <source>The recomputation gives the receipt&apos;s balance, tax payable and tax withheld; the file holds no filed trace to compare line by line.</source>
        <translation>The recomputation gives the receipt&apos;s balance, tax payable and tax withheld; the file holds no filed trace to compare line by line.</translation>
    </message>
    <message>
        <source>The signed filing cannot be read, so there is nothing to replay (%1).</source>
        <translation>The signed filing cannot be read, so there is nothing to replay (%1).</translation>
    </message>
    <message>
        <source>Not replayed: the filing names rule pack %1 for tax year %2, which this version of Huisuan does not hold. Replay it with the version that made it, or a newer one.</source>
        <translation>Not replayed: the filing names rule pack %1 for tax year %2, which this version of Huisuan does not hold. Replay it with the version that made it, or a newer one.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The engine refuses the filed return, so it cannot be replayed: %1</source>
        <translation>The engine refuses the filed return, so it cannot be replayed: %1</translation>
    </message>
    <message>
        <source>its tax year is not the rule pack&apos;s</source>
        <translation>its tax year is not the rule pack&apos;s</translation>
    </message>
    <message>
        <source>The engine failed on the filed return (%1); report this as a bug.</source>
        <translation>The engine failed on the filed return (%1); report this as a bug.</translation>
    </message>
</context>
<context>
    <name>FilingReportPdf</name>
    <message>
        <source>Tax year</source>
        <translation>Tax year</translation>
    </message>
    <message>
        <source>Wages and salaries</source>
        <translation>Wages and salaries</translation>
    </message>
    <message>
        <source>Remuneration for labour services</source>
        <translation>Remuneration for labour services</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration</source>
        <translation>Author&apos;s remuneration</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>Royalties</translation>
    </message>
    <message>
        <source>Tax prepaid (withheld)</source>
        <translation>Tax prepaid (withheld)</translation>
    </message>
    <message>
        <source>Gross comprehensive income</source>
        <translation>Gross comprehensive income</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration exempt</source>
        <translation>Author&apos;s remuneration exempt</translation>
    </message>
    <message>
        <source>Comprehensive income</source>
        <translation>Comprehensive income</translation>
    </message>
    <message>
        <source>Basic deduction</source>
        <translation>Basic deduction</translation>
    </message>
    <message>
        <source>Special deductions</source>
        <translation>Special deductions</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>Special additional deductions</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>Other deductions</translation>
    </message>
    <message>
        <source>Donations deducted</source>
        <translation>Donations deducted</translation>
    </message>
    <message>
        <source>Taxable income</source>
        <translation>Taxable income</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <source>Quick deduction</source>
        <translation>Quick deduction</translation>
    </message>
    <message>
        <source>Tax on comprehensive income</source>
        <translation>Tax on comprehensive income</translation>
    </message>
    <message>
        <source>Tax on the annual bonus</source>
        <translation>Tax on the annual bonus</translation>
    </message>
    <message>
        <source>Tax relief</source>
        <translation>Tax relief</translation>
    </message>
    <message>
        <source>Tax payable</source>
        <translation>Tax payable</translation>
    </message>
    <message>
        <source>Balance (negative: refund)</source>
        <translation>Balance (negative: refund)</translation>
    </message>
    <message>
        <source>Exempt from payment</source>
        <translation>Exempt from payment</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Annual bonus method</source>
        <translation>Annual bonus method</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Submission id</source>
        <translation>Submission id</translation>
    </message>
    <message>
        <source>Receipt id</source>
        <translation>Receipt id</translation>
    </message>
    <message>
        <source>Submitted at (UTC)</source>
        <translation>Submitted at (UTC)</translation>
    </message>
    <message>
        <source>Accepted at (UTC)</source>
        <translation>Accepted at (UTC)</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Tax withheld</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>SM3 digest of the filed return</source>
        <translation>SM3 digest of the filed return</translation>
    </message>
    <message>
        <source>Digest of the copy kept</source>
        <translation>Digest of the copy kept</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>the same</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Individual income tax: annual reconciliation %1</source>
        <translation>Individual income tax: annual reconciliation %1</translation>
    </message>
    <message>
        <source>Taxpayer: %1 (%2)</source>
        <translation>Taxpayer: %1 (%2)</translation>
    </message>
    <message>
        <source>Submission id: %1</source>
        <translation>Submission id: %1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>Rule pack: %1</translation>
    </message>
    <message>
        <source>The return as filed</source>
        <translation>The return as filed</translation>
    </message>
    <message>
        <source>What you declared</source>
        <translation>What you declared</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s receipt</source>
        <translation>The tax bureau&apos;s receipt</translation>
    </message>
    <message>
        <source>No receipt from the tax bureau yet.</source>
        <translation>No receipt from the tax bureau yet.</translation>
    </message>
    <message>
        <source>Tax record of the %1 tax year</source>
        <translation>Tax record of the %1 tax year</translation>
    </message>
    <message>
        <source>Annual reconciliation %1</source>
        <translation>Annual reconciliation %1</translation>
    </message>
</context>
<context>
    <name>FilingRowReader</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FilingService</name>
    <message>
        <source>The certificate the tax bureau returned is not for this key; the enrolment is not used.</source>
        <translation>The certificate the tax bureau returned is not for this key; the enrolment is not used.</translation>
    </message>
    <message>
        <source>The return cannot be filed as it is:
%1</source>
        <translation>The return cannot be filed as it is:
%1</translation>
    </message>
    <message>
        <source>The return could not be computed.</source>
        <translation>The return could not be computed.</translation>
    </message>
    <message>
        <source>The tax bureau had already withdrawn this filing; the answer to the earlier request was lost on the way. The filing is marked withdrawn.</source>
        <translation>The tax bureau had already withdrawn this filing; the answer to the earlier request was lost on the way. The filing is marked withdrawn.</translation>
    </message>
</context>
<context>
    <name>FilingStore</name>
    <message>
        <source>The signed envelope is empty; sign the return before filing it.</source>
        <translation>The signed envelope is empty; sign the return before filing it.</translation>
    </message>
    <message>
        <source>annual return</source>
        <translation>annual return</translation>
    </message>
    <message>
        <source>The submission id %1 already belongs to filing %2; a new filing needs a new id.</source>
        <translation>The submission id %1 already belongs to filing %2; a new filing needs a new id.</translation>
    </message>
    <message>
        <source>filing</source>
        <translation>filing</translation>
    </message>
    <message>
        <source>The bureau&apos;s receipt is empty; nothing was saved.</source>
        <translation>The bureau&apos;s receipt is empty; nothing was saved.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>Filing %1 was rejected by the bureau, which is final; file the corrected return as a new filing.</source>
        <translation>Filing %1 was rejected by the bureau, which is final; file the corrected return as a new filing.</translation>
    </message>
    <message>
        <source>Filing %1 was withdrawn, which is final; to file this year again, make a new filing.</source>
        <translation>Filing %1 was withdrawn, which is final; to file this year again, make a new filing.</translation>
    </message>
    <message>
        <source>Filing %1 was replaced by a correction, which is final; to change it again, correct the filing that replaced it.</source>
        <translation>Filing %1 was replaced by a correction, which is final; to change it again, correct the filing that replaced it.</translation>
    </message>
    <message>
        <source>Filing %1 is %2 and cannot become %3: a filing is signed, then submitted, then accepted or rejected, and only an accepted one can be withdrawn or replaced.</source>
        <translation>Filing %1 is %2 and cannot become %3: a filing is signed, then submitted, then accepted or rejected, and only an accepted one can be withdrawn or replaced.</translation>
    </message>
    <message>
        <source>A first filing replaces nothing, yet this one names submission %1; file it as a correction to replace that filing.</source>
        <translation>A first filing replaces nothing, yet this one names submission %1; file it as a correction to replace that filing.</translation>
    </message>
    <message>
        <source>A correction must name the submission it replaces; choose the accepted filing to correct.</source>
        <translation>A correction must name the submission it replaces; choose the accepted filing to correct.</translation>
    </message>
    <message>
        <source>The correction %1 names itself as the filing it replaces; name the accepted filing.</source>
        <translation>The correction %1 names itself as the filing it replaces; name the accepted filing.</translation>
    </message>
    <message>
        <source>There is no filing with the submission id %1 in the vault to correct; choose a filing made from this vault.</source>
        <translation>There is no filing with the submission id %1 in the vault to correct; choose a filing made from this vault.</translation>
    </message>
    <message>
        <source>Submission %1 is a filing for tax year %2, but the correction is for tax year %3; a correction replaces a filing of its own year.</source>
        <translation>Submission %1 is a filing for tax year %2, but the correction is for tax year %3; a correction replaces a filing of its own year.</translation>
    </message>
    <message>
        <source>There is no filing with the submission id %1 in the vault.</source>
        <translation>There is no filing with the submission id %1 in the vault.</translation>
    </message>
</context>
<context>
    <name>FilingVerifier</name>
    <message>
        <source>Well-formed filing</source>
        <translation>Well-formed filing</translation>
    </message>
    <message>
        <source>%1 Nothing else in it can be trusted.</source>
        <translation>%1 Nothing else in it can be trusted.</translation>
    </message>
    <message>
        <source>The signed filing is in its one exact canonical form with every member it needs.</source>
        <translation>The signed filing is in its one exact canonical form with every member it needs.</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certificate chain</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate cannot be read from a malformed filing.</source>
        <translation>The signer&apos;s certificate cannot be read from a malformed filing.</translation>
    </message>
    <message>
        <source>There is no CA certificate to check the signer&apos;s certificate against: give the tax bureau&apos;s SM2 CA certificate with --ca.</source>
        <translation>There is no CA certificate to check the signer&apos;s certificate against: give the tax bureau&apos;s SM2 CA certificate with --ca.</translation>
    </message>
    <message>
        <source>The filing does not say when it was made, so the certificate&apos;s validity cannot be checked.</source>
        <translation>The filing does not say when it was made, so the certificate&apos;s validity cannot be checked.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was issued by the pinned CA and was valid when the filing was made (%1).</source>
        <translation>The signer&apos;s certificate was issued by the pinned CA and was valid when the filing was made (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was issued by the CA in the audit file and was valid when the filing was made (%1); pin the bureau&apos;s CA with --ca to check that this CA is the bureau&apos;s.</source>
        <translation>The signer&apos;s certificate was issued by the CA in the audit file and was valid when the filing was made (%1); pin the bureau&apos;s CA with --ca to check that this CA is the bureau&apos;s.</translation>
    </message>
    <message>
        <source>%1 The filing may not come from the person it names.</source>
        <translation>%1 The filing may not come from the person it names.</translation>
    </message>
    <message>
        <source>SM2 signature</source>
        <translation>SM2 signature</translation>
    </message>
    <message>
        <source>The signature cannot be checked on a malformed filing.</source>
        <translation>The signature cannot be checked on a malformed filing.</translation>
    </message>
    <message>
        <source>The filing&apos;s certificate holds no SM2 key to check the signature with.</source>
        <translation>The filing&apos;s certificate holds no SM2 key to check the signature with.</translation>
    </message>
    <message>
        <source>The SM2 signature does not match the envelope: the filing was changed after it was signed, or the signature was damaged (%1).</source>
        <translation>The SM2 signature does not match the envelope: the filing was changed after it was signed, or the signature was damaged (%1).</translation>
    </message>
    <message>
        <source>The SM2-with-SM3 signature over the envelope&apos;s canonical bytes verifies with the certificate&apos;s key.</source>
        <translation>The SM2-with-SM3 signature over the envelope&apos;s canonical bytes verifies with the certificate&apos;s key.</translation>
    </message>
    <message>
        <source>Bureau receipt</source>
        <translation>Bureau receipt</translation>
    </message>
    <message>
        <source>Receipt answers this filing</source>
        <translation>Receipt answers this filing</translation>
    </message>
    <message>
        <source>The receipt %1 (%2, issued %3) is signed by the bureau&apos;s receipt certificate.</source>
        <translation>The receipt %1 (%2, issued %3) is signed by the bureau&apos;s receipt certificate.</translation>
    </message>
    <message>
        <source>%1 Do not rely on what the receipt says.</source>
        <translation>%1 Do not rely on what the receipt says.</translation>
    </message>
    <message>
        <source>There is no CA certificate to check the receipt against: give the bureau&apos;s SM2 CA with --ca.</source>
        <translation>There is no CA certificate to check the receipt against: give the bureau&apos;s SM2 CA with --ca.</translation>
    </message>
    <message>
        <source>malformed receipt</source>
        <translation>malformed receipt</translation>
    </message>
    <message>
        <source>The receipt cannot be read, so it cannot be matched to the filing.</source>
        <translation>The receipt cannot be read, so it cannot be matched to the filing.</translation>
    </message>
    <message>
        <source>The receipt answers other bytes (%1) than this filing&apos;s (%2): the filing or the receipt was swapped or changed.</source>
        <translation>The receipt answers other bytes (%1) than this filing&apos;s (%2): the filing or the receipt was swapped or changed.</translation>
    </message>
    <message>
        <source>The receipt names submission %1, the filing %2.</source>
        <translation>The receipt names submission %1, the filing %2.</translation>
    </message>
    <message>
        <source>The receipt answers exactly these bytes (%1).</source>
        <translation>The receipt answers exactly these bytes (%1).</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Rule pack</translation>
    </message>
    <message>
        <source>The rule pack %1 is not built into this version of Huisuan, so the filing cannot be replayed: use the version that made it, or a newer one.</source>
        <translation>The rule pack %1 is not built into this version of Huisuan, so the filing cannot be replayed: use the version that made it, or a newer one.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The rule pack %1 is the pack of tax year %2, but the filing is for %3.</source>
        <translation>The rule pack %1 is the pack of tax year %2, but the filing is for %3.</translation>
    </message>
    <message>
        <source>The rule pack %1 of tax year %2 is built into this version.</source>
        <translation>The rule pack %1 of tax year %2 is built into this version.</translation>
    </message>
    <message>
        <source>The filing is not a well-formed signed filing.</source>
        <translation>The filing is not a well-formed signed filing.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message numerus="yes">
        <source>%n more problem(s) are not listed. Correct the ones above and import the file again to see the rest.</source>
        <translation>
            <numerusform>%n more problem is not listed. Correct the ones above and import the file again to see the rest.</numerusform>
            <numerusform>%n more problems are not listed. Correct the ones above and import the file again to see the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomeRecordStore</name>
    <message>
        <source>income category</source>
        <translation>income category</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>payer</translation>
    </message>
    <message>
        <source>income amount</source>
        <translation>income amount</translation>
    </message>
    <message>
        <source>tax withheld</source>
        <translation>tax withheld</translation>
    </message>
    <message>
        <source>income record</source>
        <translation>income record</translation>
    </message>
    <message>
        <source>taxpayer profile</source>
        <translation>taxpayer profile</translation>
    </message>
    <message>
        <source>The month &quot;%1&quot; is not a month of tax year %2; write it as %2-01 to %2-12, or leave it empty when it is not known.</source>
        <translation>The month &quot;%1&quot; is not a month of tax year %2; write it as %2-01 to %2-12, or leave it empty when it is not known.</translation>
    </message>
    <message>
        <source>Only a prefilled income record carries the bureau&apos;s record id %1; clear the id, or download the record with the prefill.</source>
        <translation>Only a prefilled income record carries the bureau&apos;s record id %1; clear the id, or download the record with the prefill.</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is already income record %2; download the prefill again instead of adding it twice.</source>
        <translation>The bureau&apos;s record %1 is already income record %2; download the prefill again instead of adding it twice.</translation>
    </message>
    <message>
        <source>bureau&apos;s record id</source>
        <translation>bureau&apos;s record id</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is not marked as prefilled; only prefilled records replace the prefill.</source>
        <translation>The bureau&apos;s record %1 is not marked as prefilled; only prefilled records replace the prefill.</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is for tax year %2 of taxpayer profile %3, not for tax year %4 of profile %5; download the prefill again.</source>
        <translation>The bureau&apos;s record %1 is for tax year %2 of taxpayer profile %3, not for tax year %4 of profile %5; download the prefill again.</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 appears twice in the prefill; download the prefill again.</source>
        <translation>The bureau&apos;s record %1 appears twice in the prefill; download the prefill again.</translation>
    </message>
    <message>
        <source>The bureau&apos;s record %1 is already income record %2 of tax year %3, not of %4; download the prefill of %3 again.</source>
        <translation>The bureau&apos;s record %1 is already income record %2 of tax year %3, not of %4; download the prefill of %3 again.</translation>
    </message>
    <message>
        <source>In the bureau&apos;s record %1: %2</source>
        <translation>In the bureau&apos;s record %1: %2</translation>
    </message>
</context>
<context>
    <name>LaborImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the payee&apos;s identity card.</source>
        <translation>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the payee&apos;s identity card.</translation>
    </message>
    <message>
        <source>The month %1 is not in %2, the tax year being imported. Import it with its own year.</source>
        <translation>The month %1 is not in %2, the tax year being imported. Import it with its own year.</translation>
    </message>
    <message>
        <source>This payee is already paid in month %1 on row %2. A month&apos;s labor payments for the same service are one payment for the prepayment: add them up on one row.</source>
        <translation>This payee is already paid in month %1 on row %2. A month&apos;s labor payments for the same service are one payment for the prepayment: add them up on one row.</translation>
    </message>
    <message>
        <source>The prepayment on this payment cannot be computed: %1. Check the amount.</source>
        <translation>The prepayment on this payment cannot be computed: %1. Check the amount.</translation>
    </message>
</context>
<context>
    <name>MonthlyDeductions</name>
    <message>
        <source>The saved deductions cannot be read (%1).</source>
        <translation>The saved deductions cannot be read (%1).</translation>
    </message>
    <message>
        <source>The saved deductions of %1 cannot be computed: %2</source>
        <translation>The saved deductions of %1 cannot be computed: %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The submission %1 is not in the outbox; queue it first.</source>
        <translation>The submission %1 is not in the outbox; queue it first.</translation>
    </message>
    <message>
        <source>There is no filing with submission id %1; store the signed filing before queuing it.</source>
        <translation>There is no filing with submission id %1; store the signed filing before queuing it.</translation>
    </message>
    <message>
        <source>The next attempt time &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>The next attempt time &quot;%1&quot; is not an ISO 8601 date and time.</translation>
    </message>
    <message>
        <source>The submission %1 was already acknowledged; it is not sent again.</source>
        <translation>The submission %1 was already acknowledged; it is not sent again.</translation>
    </message>
</context>
<context>
    <name>OutboxDrainer</name>
    <message>
        <source>The tax bureau accepted the filing (receipt %1).</source>
        <translation>The tax bureau accepted the filing (receipt %1).</translation>
    </message>
    <message>
        <source>The tax bureau rejected the filing (receipt %1).</source>
        <translation>The tax bureau rejected the filing (receipt %1).</translation>
    </message>
    <message>
        <source>The tax bureau refused the filing: %1</source>
        <translation>The tax bureau refused the filing: %1</translation>
    </message>
    <message>
        <source>Not answered yet (%1); it stays queued and will be sent again.</source>
        <translation>Not answered yet (%1); it stays queued and will be sent again.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>No passphrase: set %1 or run on a terminal to be asked for it.</source>
        <translation>No passphrase: set %1 or run on a terminal to be asked for it.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>No passphrase was entered.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>The two passphrases differ; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PayrollImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the employee&apos;s identity card.</source>
        <translation>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the employee&apos;s identity card.</translation>
    </message>
    <message>
        <source>No employee with the identity number %1 is on this company&apos;s roster. Import the roster with this employee first.</source>
        <translation>No employee with the identity number %1 is on this company&apos;s roster. Import the roster with this employee first.</translation>
    </message>
    <message>
        <source>The month %1 is not in %2, the tax year being imported. Import it with its own year.</source>
        <translation>The month %1 is not in %2, the tax year being imported. Import it with its own year.</translation>
    </message>
    <message>
        <source>Month %1 comes after month %2 (row %3): the months are out of order. Sort the rows by month, earliest first.</source>
        <translation>Month %1 comes after month %2 (row %3): the months are out of order. Sort the rows by month, earliest first.</translation>
    </message>
    <message>
        <source>%1 started on %2, after month %3. Check the month, or the start date on the roster.</source>
        <translation>%1 started on %2, after month %3. Check the month, or the start date on the roster.</translation>
    </message>
    <message>
        <source>%1 left on %2, before month %3. Check the month, or the leaving date on the roster.</source>
        <translation>%1 left on %2, before month %3. Check the month, or the leaving date on the roster.</translation>
    </message>
    <message>
        <source>This employee&apos;s month %1 is already on row %2. Keep one row per employee and month.</source>
        <translation>This employee&apos;s month %1 is already on row %2. Keep one row per employee and month.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to tax the annual bonus. Write 单独计税 (taxed separately) or 并入综合所得 (combined with the wages).</source>
        <translation>&quot;%1&quot; is not a way to tax the annual bonus. Write 单独计税 (taxed separately) or 并入综合所得 (combined with the wages).</translation>
    </message>
    <message>
        <source>An annual bonus of %1 needs its method. Write 单独计税 (taxed separately) or 并入综合所得 (combined with the wages) in the %2 column.</source>
        <translation>An annual bonus of %1 needs its method. Write 单独计税 (taxed separately) or 并入综合所得 (combined with the wages) in the %2 column.</translation>
    </message>
    <message>
        <source>In %1 an annual bonus cannot be taxed separately. Write 并入综合所得 (combined with the wages).</source>
        <translation>In %1 an annual bonus cannot be taxed separately. Write 并入综合所得 (combined with the wages).</translation>
    </message>
    <message>
        <source>This employee&apos;s annual bonus is already taxed separately on row %1; the separate method may be used once a year. Tax this one with 并入综合所得 (combined).</source>
        <translation>This employee&apos;s annual bonus is already taxed separately on row %1; the separate method may be used once a year. Tax this one with 并入综合所得 (combined).</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>The PDF could not be written to %1 (%2). Choose another folder.</source>
        <translation>The PDF could not be written to %1 (%2). Choose another folder.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1 (%2). Check that the folder is writable and has space.</source>
        <translation>The PDF could not be saved as %1 (%2). Check that the folder is writable and has space.</translation>
    </message>
</context>
<context>
    <name>PrefillReturn</name>
    <message>
        <source>The taxpayer&apos;s part of the return must be a JSON object.</source>
        <translation>The taxpayer&apos;s part of the return must be a JSON object.</translation>
    </message>
    <message>
        <source>The return is not for %1, the year of the prefill.</source>
        <translation>The return is not for %1, the year of the prefill.</translation>
    </message>
    <message>
        <source>Income and prepaid tax come from the prefill; leave them out of the taxpayer&apos;s part.</source>
        <translation>Income and prepaid tax come from the prefill; leave them out of the taxpayer&apos;s part.</translation>
    </message>
    <message>
        <source>More than one annual bonus was declared; choose how each is taxed and enter them yourself.</source>
        <translation>More than one annual bonus was declared; choose how each is taxed and enter them yourself.</translation>
    </message>
    <message>
        <source>The income from %1 has an amount that is not money (%2, %3).</source>
        <translation>The income from %1 has an amount that is not money (%2, %3).</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>Separate taxation of the annual bonus</source>
        <translation>Separate taxation of the annual bonus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method: use separate, combined or optimal</source>
        <translation>&quot;%1&quot; is not a method: use separate, combined or optimal</translation>
    </message>
    <message>
        <source>%1 is not allowed: a claim is shared %2 percent (%3)</source>
        <translation>%1 is not allowed: a claim is shared %2 percent (%3)</translation>
    </message>
    <message>
        <source>The deduction for the care of infants under three</source>
        <translation>The deduction for the care of infants under three</translation>
    </message>
    <message>
        <source>%1 is not a city standard: use %2 (%3)</source>
        <translation>%1 is not a city standard: use %2 (%3)</translation>
    </message>
    <message>
        <source>cannot be claimed in the same tax year as housing loan interest (%1)</source>
        <translation>cannot be claimed in the same tax year as housing loan interest (%1)</translation>
    </message>
    <message>
        <source>an only child takes the whole amount and gives no monthly_share</source>
        <translation>an only child takes the whole amount and gives no monthly_share</translation>
    </message>
    <message>
        <source>is required when the taxpayer is not an only child: the siblings share the amount</source>
        <translation>is required when the taxpayer is not an only child: the siblings share the amount</translation>
    </message>
    <message>
        <source>%1 a month is above the cap of %2 a month for one sibling in %3 (%4)</source>
        <translation>%1 a month is above the cap of %2 a month for one sibling in %3 (%4)</translation>
    </message>
    <message>
        <source>The individual pension deduction</source>
        <translation>The individual pension deduction</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a donation limit: use &quot;30%&quot; or &quot;full&quot;</source>
        <translation>&quot;%1&quot; is not a donation limit: use &quot;30%&quot; or &quot;full&quot;</translation>
    </message>
    <message>
        <source>must be a JSON integer such as 2024</source>
        <translation>must be a JSON integer such as 2024</translation>
    </message>
    <message>
        <source>%1 is not supported: rule packs exist for tax years %2–%3</source>
        <translation>%1 is not supported: rule packs exist for tax years %2–%3</translation>
    </message>
    <message>
        <source>%1 is not in force in tax year %2 (in force %3 to %4, %5)</source>
        <translation>%1 is not in force in tax year %2 (in force %3 to %4, %5)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>must be a JSON object, not %1</source>
        <translation>must be a JSON object, not %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>must be %1, not %2</translation>
    </message>
    <message>
        <source>an amount as a JSON string such as &quot;1234.50&quot;</source>
        <translation>an amount as a JSON string such as &quot;1234.50&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: write yuan with at most two decimals, no sign, no separators, no leading zeros, at most 999999999999.99</source>
        <translation>&quot;%1&quot; is not an amount: write yuan with at most two decimals, no sign, no separators, no leading zeros, at most 999999999999.99</translation>
    </message>
    <message>
        <source>an amount as a JSON string</source>
        <translation>an amount as a JSON string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount with at most two decimals</source>
        <translation>&quot;%1&quot; is not an amount with at most two decimals</translation>
    </message>
    <message>
        <source>a rate as a JSON string such as &quot;0.03&quot;</source>
        <translation>a rate as a JSON string such as &quot;0.03&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal rate</source>
        <translation>&quot;%1&quot; is not a decimal rate</translation>
    </message>
    <message>
        <source>a JSON integer</source>
        <translation>a JSON integer</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 is outside %2–%3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a JSON string</source>
        <translation>a JSON string</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot; or null</source>
        <translation>a date &quot;YYYY-MM-DD&quot; or null</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation>a date &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date &quot;YYYY-MM-DD&quot;</source>
        <translation>&quot;%1&quot; is not a date &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>a JSON array</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>a JSON object</translation>
    </message>
    <message>
        <source>unknown key; allowed here: %1</source>
        <translation>unknown key; allowed here: %1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>A receipt needs an id, the request it answers, a time and a sequence number.</source>
        <translation>A receipt needs an id, the request it answers, a time and a sequence number.</translation>
    </message>
    <message>
        <source>The bureau&apos;s receipt is not a well-formed signed receipt.</source>
        <translation>The bureau&apos;s receipt is not a well-formed signed receipt.</translation>
    </message>
    <message>
        <source>The receipt was not signed by the tax bureau&apos;s receipt certificate.</source>
        <translation>The receipt was not signed by the tax bureau&apos;s receipt certificate.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>filing</source>
        <translation>filing</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>under review</translation>
    </message>
    <message>
        <source>at the treasury</source>
        <translation>at the treasury</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>refund %1</translation>
    </message>
    <message>
        <source>nothing to pay or refund</source>
        <translation>nothing to pay or refund</translation>
    </message>
    <message>
        <source>to pay %1</source>
        <translation>to pay %1</translation>
    </message>
    <message>
        <source>Receipt %1 (%2): %3</source>
        <translation>Receipt %1 (%2): %3</translation>
    </message>
    <message>
        <source>ACCEPTED</source>
        <translation>ACCEPTED</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>REJECTED</translation>
    </message>
    <message>
        <source>  Submission:   %1</source>
        <translation>  Submission:   %1</translation>
    </message>
    <message>
        <source>  Replaces:     %1</source>
        <translation>  Replaces:     %1</translation>
    </message>
    <message>
        <source>  Tax year:     %1</source>
        <translation>  Tax year:     %1</translation>
    </message>
    <message>
        <source>  Issued at:    %1</source>
        <translation>  Issued at:    %1</translation>
    </message>
    <message>
        <source>  Rule pack:    %1</source>
        <translation>  Rule pack:    %1</translation>
    </message>
    <message>
        <source>  Engine:       %1</source>
        <translation>  Engine:       %1</translation>
    </message>
    <message>
        <source>  Tax payable:  %1</source>
        <translation>  Tax payable:  %1</translation>
    </message>
    <message>
        <source>  Tax withheld: %1</source>
        <translation>  Tax withheld: %1</translation>
    </message>
    <message>
        <source>  Balance:      %1</source>
        <translation>  Balance:      %1</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>  %1 [%2] %3: %4</source>
        <translation>  %1 [%2] %3: %4</translation>
    </message>
    <message>
        <source>  Answers:      %1</source>
        <translation>  Answers:      %1</translation>
    </message>
    <message>
        <source>  Sequence:     %1</source>
        <translation>  Sequence:     %1</translation>
    </message>
    <message>
        <source>  Signature:    verified (SM2 with SM3, the bureau&apos;s receipt certificate, issued by the pinned SM2 CA)</source>
        <translation>  Signature:    verified (SM2 with SM3, the bureau&apos;s receipt certificate, issued by the pinned SM2 CA)</translation>
    </message>
    <message numerus="yes">
        <source>Income declared by payers for %1: %n record(s)</source>
        <translation>
            <numerusform>Income declared by payers for %1: %n record</numerusform>
            <numerusform>Income declared by payers for %1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  %3 (%4)  income %5  withheld %6%7</source>
        <translation>  %1  %2  %3 (%4)  income %5  withheld %6%7</translation>
    </message>
    <message>
        <source>  [disputed]</source>
        <translation>  [disputed]</translation>
    </message>
    <message>
        <source>      record %1</source>
        <translation>      record %1</translation>
    </message>
    <message>
        <source>Refund of %1: %2</source>
        <translation>Refund of %1: %2</translation>
    </message>
    <message>
        <source>Payment of %1: %2</source>
        <translation>Payment of %1: %2</translation>
    </message>
    <message>
        <source>  Due by %1</source>
        <translation>  Due by %1</translation>
    </message>
    <message>
        <source>  Reason: %1</source>
        <translation>  Reason: %1</translation>
    </message>
    <message>
        <source>not received by the bureau</source>
        <translation>not received by the bureau</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>replaced by a correction</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>withholding declaration</source>
        <translation>withholding declaration</translation>
    </message>
</context>
<context>
    <name>ReturnDraftStore</name>
    <message>
        <source>The saved deductions of %1 are damaged; enter them again.</source>
        <translation>The saved deductions of %1 are damaged; enter them again.</translation>
    </message>
    <message>
        <source>The deductions to save are not a return for %1.</source>
        <translation>The deductions to save are not a return for %1.</translation>
    </message>
</context>
<context>
    <name>ReturnExplanation</name>
    <message>
        <source>the rate of the annual table&apos;s bracket that holds the taxable income</source>
        <translation>the rate of the annual table&apos;s bracket that holds the taxable income</translation>
    </message>
    <message>
        <source>the quick deduction of that bracket, so that taxable income × rate − quick deduction taxes each part of the income at its own bracket&apos;s rate</source>
        <translation>the quick deduction of that bracket, so that taxable income × rate − quick deduction taxes each part of the income at its own bracket&apos;s rate</translation>
    </message>
    <message>
        <source>the tax withheld or prepaid during the year, as declared</source>
        <translation>the tax withheld or prepaid during the year, as declared</translation>
    </message>
    <message>
        <source>the annual bonus was added to the comprehensive income, so it has no tax of its own</source>
        <translation>the annual bonus was added to the comprehensive income, so it has no tax of its own</translation>
    </message>
    <message>
        <source>no annual one-off bonus was declared</source>
        <translation>no annual one-off bonus was declared</translation>
    </message>
    <message>
        <source>the method chosen in the return</source>
        <translation>the method chosen in the return</translation>
    </message>
    <message>
        <source>the exemption applies only when there is something to pay</source>
        <translation>the exemption applies only when there is something to pay</translation>
    </message>
    <message>
        <source>this return was stored without its trace, so the steps behind this number are not known</source>
        <translation>this return was stored without its trace, so the steps behind this number are not known</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <source>Quick deduction</source>
        <translation>Quick deduction</translation>
    </message>
    <message>
        <source>Tax prepaid</source>
        <translation>Tax prepaid</translation>
    </message>
    <message>
        <source>Tax on the annual bonus</source>
        <translation>Tax on the annual bonus</translation>
    </message>
</context>
<context>
    <name>ReturnPreview</name>
    <message>
        <source>Housing rent cannot be claimed in a year with housing loan interest: claim one of the two.</source>
        <translation>Housing rent cannot be claimed in a year with housing loan interest: claim one of the two.</translation>
    </message>
    <message>
        <source>A share of %1% is not allowed: choose %2 percent.</source>
        <translation>A share of %1% is not allowed: choose %2 percent.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 yuan a month is more than one sibling may claim in %3: enter at most %2 yuan.</source>
        <translation>%1 yuan a month is more than one sibling may claim in %3: enter at most %2 yuan.</translation>
    </message>
    <message>
        <source>Enter your monthly share: the siblings share the amount between them.</source>
        <translation>Enter your monthly share: the siblings share the amount between them.</translation>
    </message>
    <message>
        <source>%1 cannot be claimed for %2: it applies from %3.</source>
        <translation>%1 cannot be claimed for %2: it applies from %3.</translation>
    </message>
    <message>
        <source>The saved deductions cannot be read (%1).</source>
        <translation>The saved deductions cannot be read (%1).</translation>
    </message>
    <message>
        <source>The return could not be computed: %1</source>
        <translation>The return could not be computed: %1</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the employee&apos;s identity card.</source>
        <translation>&quot;%1&quot; is not a valid resident identity number: its length, birth date or check digit is wrong. Copy it again from the employee&apos;s identity card.</translation>
    </message>
    <message>
        <source>This employee is already on row %1. Keep one row per employee.</source>
        <translation>This employee is already on row %1. Keep one row per employee.</translation>
    </message>
    <message>
        <source>The employment starts after %1, the tax year being imported. Import this employee with the roster of the year the employment starts.</source>
        <translation>The employment starts after %1, the tax year being imported. Import this employee with the roster of the year the employment starts.</translation>
    </message>
    <message>
        <source>The leaving date is outside %1, the tax year being imported. Leave it empty while the employee stays beyond the year; an employee who left before it is not on this roster.</source>
        <translation>The leaving date is outside %1, the tax year being imported. Leave it empty while the employee stays beyond the year; an employee who left before it is not on this roster.</translation>
    </message>
    <message>
        <source>The leaving date is before the employment start date. Check both dates.</source>
        <translation>The leaving date is before the employment start date. Check both dates.</translation>
    </message>
</context>
<context>
    <name>SandboxBureau</name>
    <message>
        <source>huisuan-bureau was not found beside huisuan-cli or on the PATH.</source>
        <translation>huisuan-bureau was not found beside huisuan-cli or on the PATH.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the sandbox bureau.</source>
        <translation>No temporary folder could be made for the sandbox bureau.</translation>
    </message>
    <message>
        <source>The sandbox bureau did not start.</source>
        <translation>The sandbox bureau did not start.</translation>
    </message>
</context>
<context>
    <name>ScryptKdf</name>
    <message>
        <source>The key file names a key-derivation cost outside the allowed range.</source>
        <translation>The key file names a key-derivation cost outside the allowed range.</translation>
    </message>
    <message>
        <source>scrypt is not available in OpenSSL.</source>
        <translation>scrypt is not available in OpenSSL.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase.</source>
        <translation>The key could not be derived from the passphrase.</translation>
    </message>
</context>
<context>
    <name>SettlementStore</name>
    <message>
        <source>filing</source>
        <translation>filing</translation>
    </message>
    <message>
        <source>settlement amount</source>
        <translation>settlement amount</translation>
    </message>
    <message>
        <source>The settlement of filing %1 is neither a refund nor a payment (%2); nothing was saved.</source>
        <translation>The settlement of filing %1 is neither a refund nor a payment (%2); nothing was saved.</translation>
    </message>
</context>
<context>
    <name>SheetRow</name>
    <message>
        <source>The %1 is missing. Fill in this cell.</source>
        <translation>The %1 is missing. Fill in this cell.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it like 2025-04-01.</source>
        <translation>&quot;%1&quot; is not a date. Write it like 2025-04-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month. Write it like 2025-04.</source>
        <translation>&quot;%1&quot; is not a month. Write it like 2025-04.</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>The document to sign cannot be written as canonical JSON.</source>
        <translation>The document to sign cannot be written as canonical JSON.</translation>
    </message>
    <message>
        <source>A signed document needs a certificate.</source>
        <translation>A signed document needs a certificate.</translation>
    </message>
    <message>
        <source>The signed document could not be written.</source>
        <translation>The signed document could not be written.</translation>
    </message>
</context>
<context>
    <name>SignedRequest</name>
    <message>
        <source>A signed request needs the time it was made, in UTC to the second.</source>
        <translation>A signed request needs the time it was made, in UTC to the second.</translation>
    </message>
    <message>
        <source>The request is not a well-formed signed request.</source>
        <translation>The request is not a well-formed signed request.</translation>
    </message>
</context>
<context>
    <name>Sm2CertificateAuthority</name>
    <message>
        <source>A certificate authority needs a key pair, a name and a validity period.</source>
        <translation>A certificate authority needs a key pair, a name and a validity period.</translation>
    </message>
    <message>
        <source>The certificate authority could not be created.</source>
        <translation>The certificate authority could not be created.</translation>
    </message>
    <message>
        <source>A certificate needs a certificate authority and a validity period.</source>
        <translation>A certificate needs a certificate authority and a validity period.</translation>
    </message>
    <message>
        <source>The enrolment request is not a signed SM2 certificate request.</source>
        <translation>The enrolment request is not a signed SM2 certificate request.</translation>
    </message>
    <message>
        <source>The certificate could not be issued.</source>
        <translation>The certificate could not be issued.</translation>
    </message>
    <message>
        <source>The certificate or the certificate authority is not a valid certificate.</source>
        <translation>The certificate or the certificate authority is not a valid certificate.</translation>
    </message>
    <message>
        <source>The certificate is a certificate authority&apos;s, not a taxpayer&apos;s.</source>
        <translation>The certificate is a certificate authority&apos;s, not a taxpayer&apos;s.</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>The certificate could not be checked.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the tax bureau or is not valid at %1.</source>
        <translation>The certificate was not issued by the tax bureau or is not valid at %1.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is not an SM2 key.</source>
        <translation>The certificate&apos;s key is not an SM2 key.</translation>
    </message>
    <message>
        <source>The stored certificate is not a certificate authority&apos;s certificate.</source>
        <translation>The stored certificate is not a certificate authority&apos;s certificate.</translation>
    </message>
    <message>
        <source>The stored private key does not belong to the certificate authority&apos;s certificate.</source>
        <translation>The stored private key does not belong to the certificate authority&apos;s certificate.</translation>
    </message>
    <message>
        <source>The certificate is not a valid certificate.</source>
        <translation>The certificate is not a valid certificate.</translation>
    </message>
</context>
<context>
    <name>Sm2CertificateRequest</name>
    <message>
        <source>A certificate request needs a key pair, a name and an identity number.</source>
        <translation>A certificate request needs a key pair, a name and an identity number.</translation>
    </message>
    <message>
        <source>The certificate request could not be created.</source>
        <translation>The certificate request could not be created.</translation>
    </message>
</context>
<context>
    <name>Sm2KeyPair</name>
    <message>
        <source>An SM2 key could not be generated.</source>
        <translation>An SM2 key could not be generated.</translation>
    </message>
    <message>
        <source>The stored private key is not an SM2 key.</source>
        <translation>The stored private key is not an SM2 key.</translation>
    </message>
    <message>
        <source>The public key is not an SM2 key.</source>
        <translation>The public key is not an SM2 key.</translation>
    </message>
    <message>
        <source>There is no private key to export.</source>
        <translation>There is no private key to export.</translation>
    </message>
    <message>
        <source>The private key could not be exported.</source>
        <translation>The private key could not be exported.</translation>
    </message>
</context>
<context>
    <name>Sm2Signature</name>
    <message>
        <source>There is no private key to sign with.</source>
        <translation>There is no private key to sign with.</translation>
    </message>
    <message>
        <source>The filing could not be signed.</source>
        <translation>The filing could not be signed.</translation>
    </message>
    <message>
        <source>There is no public key to verify with.</source>
        <translation>There is no public key to verify with.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>The signature could not be checked.</translation>
    </message>
    <message>
        <source>The signature does not match the signed content or the signer.</source>
        <translation>The signature does not match the signed content or the signer.</translation>
    </message>
</context>
<context>
    <name>SqlCipherConnection</name>
    <message>
        <source>The vault database cannot be opened.</source>
        <translation>The vault database cannot be opened.</translation>
    </message>
    <message>
        <source>The vault database could not be keyed.</source>
        <translation>The vault database could not be keyed.</translation>
    </message>
    <message>
        <source>The vault database is damaged or does not belong to this key file. Restore the vault from a backup.</source>
        <translation>The vault database is damaged or does not belong to this key file. Restore the vault from a backup.</translation>
    </message>
    <message>
        <source>This SQLCipher library does not give the vault&apos;s required settings.</source>
        <translation>This SQLCipher library does not give the vault&apos;s required settings.</translation>
    </message>
    <message>
        <source>The vault database refused write-ahead logging with full sync.</source>
        <translation>The vault database refused write-ahead logging with full sync.</translation>
    </message>
    <message>
        <source>The vault database refused a change.</source>
        <translation>The vault database refused a change.</translation>
    </message>
    <message>
        <source>The vault could not prepare a query.</source>
        <translation>The vault could not prepare a query.</translation>
    </message>
    <message>
        <source>The vault could not run a query.</source>
        <translation>The vault could not run a query.</translation>
    </message>
    <message>
        <source>The vault was written by a newer Huisuan.</source>
        <translation>The vault was written by a newer Huisuan.</translation>
    </message>
</context>
<context>
    <name>TablePdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>TabularReader</name>
    <message>
        <source>This file is %1, more than the %2 that can be imported at once. Split it (by month or by department) and import the parts one after another.</source>
        <translation>This file is %1, more than the %2 that can be imported at once. Split it (by month or by department) and import the parts one after another.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Check that it exists and that you may read it.</source>
        <translation>The file could not be opened (%1). Check that it exists and that you may read it.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), which cannot be imported. Open it in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and import that file.</source>
        <translation>This is an Excel 97-2003 workbook (.xls), which cannot be imported. Open it in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and import that file.</translation>
    </message>
</context>
<context>
    <name>TabularRowSink</name>
    <message>
        <source>This row has %1 cells but the header has %2: a value may be missing or split by a stray comma, so the columns after it may have shifted. Correct the row and import again.</source>
        <translation>This row has %1 cells but the header has %2: a value may be missing or split by a stray comma, so the columns after it may have shifted. Correct the row and import again.</translation>
    </message>
    <message>
        <source>This cell is right of the last column of the header, so the columns of this row may have shifted. Move the value under its heading and import again.</source>
        <translation>This cell is right of the last column of the header, so the columns of this row may have shifted. Move the value under its heading and import again.</translation>
    </message>
    <message>
        <source>There are more than %1 problems in this file; only the first %1 are listed. Check that it is the right file, correct these and import again.</source>
        <translation>There are more than %1 problems in this file; only the first %1 are listed. Check that it is the right file, correct these and import again.</translation>
    </message>
</context>
<context>
    <name>TlsCertificateFactory</name>
    <message>
        <source>The bureau could not make its TLS certificates.</source>
        <translation>The bureau could not make its TLS certificates.</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Tax on the annual bonus, taxed separately</source>
        <translation>Tax on the annual bonus, taxed separately</translation>
    </message>
    <message>
        <source>bonus × rate − quick deduction, the bracket found by comparing the bonus with 12 × each edge of the monthly-converted table</source>
        <translation>bonus × rate − quick deduction, the bracket found by comparing the bonus with 12 × each edge of the monthly-converted table</translation>
    </message>
    <message>
        <source>Children&apos;s education</source>
        <translation>Children&apos;s education</translation>
    </message>
    <message>
        <source>monthly standard × months × share</source>
        <translation>monthly standard × months × share</translation>
    </message>
    <message>
        <source>Care of an infant under three</source>
        <translation>Care of an infant under three</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Continuing education</translation>
    </message>
    <message>
        <source>degree education: monthly standard × months; plus the fixed amount in the year a qualifying certificate is obtained</source>
        <translation>degree education: monthly standard × months; plus the fixed amount in the year a qualifying certificate is obtained</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>Serious illness</translation>
    </message>
    <message>
        <source>self-paid in-catalogue costs above the threshold, up to the cap, for this patient</source>
        <translation>self-paid in-catalogue costs above the threshold, up to the cap, for this patient</translation>
    </message>
    <message>
        <source>Housing loan interest</source>
        <translation>Housing loan interest</translation>
    </message>
    <message>
        <source>Housing rent</source>
        <translation>Housing rent</translation>
    </message>
    <message>
        <source>the city&apos;s monthly standard × months</source>
        <translation>the city&apos;s monthly standard × months</translation>
    </message>
    <message>
        <source>Support of elderly parents</source>
        <translation>Support of elderly parents</translation>
    </message>
    <message>
        <source>an only child&apos;s monthly standard × months</source>
        <translation>an only child&apos;s monthly standard × months</translation>
    </message>
    <message>
        <source>the agreed monthly share (within the per-sibling cap) × months</source>
        <translation>the agreed monthly share (within the per-sibling cap) × months</translation>
    </message>
    <message>
        <source>Special additional deductions</source>
        <translation>Special additional deductions</translation>
    </message>
    <message>
        <source>sum of the items above</source>
        <translation>sum of the items above</translation>
    </message>
    <message>
        <source>amount paid, up to the cap</source>
        <translation>amount paid, up to the cap</translation>
    </message>
    <message>
        <source>Enterprise or occupational annuity</source>
        <translation>Enterprise or occupational annuity</translation>
    </message>
    <message>
        <source>the deductible amount as the payer determined it</source>
        <translation>the deductible amount as the payer determined it</translation>
    </message>
    <message>
        <source>Commercial health insurance</source>
        <translation>Commercial health insurance</translation>
    </message>
    <message>
        <source>Tax-deferred commercial pension</source>
        <translation>Tax-deferred commercial pension</translation>
    </message>
    <message>
        <source>Individual pension</source>
        <translation>Individual pension</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>Other deductions</translation>
    </message>
    <message>
        <source>Comprehensive income (收入额)</source>
        <translation>Comprehensive income (收入额)</translation>
    </message>
    <message>
        <source>wages + labor + author + royalties − expenses row − author exempt row (+ the bonus when combined)</source>
        <translation>wages + labor + author + royalties − expenses row − author exempt row (+ the bonus when combined)</translation>
    </message>
    <message>
        <source>Taxable income before donations</source>
        <translation>Taxable income before donations</translation>
    </message>
    <message>
        <source>comprehensive income − tax-free income − basic deduction − special deductions − special additional deductions − other deductions, not below zero (deductions beyond income are lost, 实施条例 第十三条)</source>
        <translation>comprehensive income − tax-free income − basic deduction − special deductions − special additional deductions − other deductions, not below zero (deductions beyond income are lost, 实施条例 第十三条)</translation>
    </message>
    <message>
        <source>Limit for donations deductible up to 30%</source>
        <translation>Limit for donations deductible up to 30%</translation>
    </message>
    <message>
        <source>taxable income before donations × limit rate</source>
        <translation>taxable income before donations × limit rate</translation>
    </message>
    <message>
        <source>Donations deducted</source>
        <translation>Donations deducted</translation>
    </message>
    <message>
        <source>donations with the 30% limit, up to the limit, plus donations deductible in full, never beyond the taxable income before donations</source>
        <translation>donations with the 30% limit, up to the limit, plus donations deductible in full, never beyond the taxable income before donations</translation>
    </message>
    <message>
        <source>Taxable income</source>
        <translation>Taxable income</translation>
    </message>
    <message>
        <source>taxable income before donations − donations deducted</source>
        <translation>taxable income before donations − donations deducted</translation>
    </message>
    <message>
        <source>Tax on comprehensive income</source>
        <translation>Tax on comprehensive income</translation>
    </message>
    <message>
        <source>taxable income × rate − quick deduction (annual table)</source>
        <translation>taxable income × rate − quick deduction (annual table)</translation>
    </message>
    <message>
        <source>Tax relief applied</source>
        <translation>Tax relief applied</translation>
    </message>
    <message>
        <source>the relief claimed, never more than the tax</source>
        <translation>the relief claimed, never more than the tax</translation>
    </message>
    <message>
        <source>Tax payable for the year</source>
        <translation>Tax payable for the year</translation>
    </message>
    <message>
        <source>tax on comprehensive income + bonus tax − tax relief</source>
        <translation>tax on comprehensive income + bonus tax − tax relief</translation>
    </message>
    <message>
        <source>Expenses row</source>
        <translation>Expenses row</translation>
    </message>
    <message>
        <source>(labor + author + royalties) × expense rate</source>
        <translation>(labor + author + royalties) × expense rate</translation>
    </message>
    <message>
        <source>Author income exempt row</source>
        <translation>Author income exempt row</translation>
    </message>
    <message>
        <source>author × (1 − expense rate) × (1 − author income share)</source>
        <translation>author × (1 − expense rate) × (1 − author income share)</translation>
    </message>
    <message>
        <source>Basic deduction</source>
        <translation>Basic deduction</translation>
    </message>
    <message>
        <source>the year&apos;s fixed amount, whatever the months worked</source>
        <translation>the year&apos;s fixed amount, whatever the months worked</translation>
    </message>
    <message>
        <source>Special deductions (三险一金)</source>
        <translation>Special deductions (三险一金)</translation>
    </message>
    <message>
        <source>contributions as declared</source>
        <translation>contributions as declared</translation>
    </message>
    <message>
        <source>Bonus method chosen</source>
        <translation>Bonus method chosen</translation>
    </message>
    <message>
        <source>the method with the lower tax payable; separate on a tie</source>
        <translation>the method with the lower tax payable; separate on a tie</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>tax payable − tax prepaid: positive to pay, negative to refund</source>
        <translation>tax payable − tax prepaid: positive to pay, negative to refund</translation>
    </message>
    <message>
        <source>Exempt from paying</source>
        <translation>Exempt from paying</translation>
    </message>
    <message>
        <source>something to pay, and gross comprehensive income at most the income ceiling or the balance at most the balance ceiling</source>
        <translation>something to pay, and gross comprehensive income at most the income ceiling or the balance at most the balance ceiling</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>the balance when positive and not exempt, else nothing</source>
        <translation>the balance when positive and not exempt, else nothing</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>the balance when negative, as a positive amount</source>
        <translation>the balance when negative, as a positive amount</translation>
    </message>
    <message>
        <source>Expenses deducted</source>
        <translation>Expenses deducted</translation>
    </message>
    <message>
        <source>the fixed amount for a payment up to the ceiling (never more than the payment)</source>
        <translation>the fixed amount for a payment up to the ceiling (never more than the payment)</translation>
    </message>
    <message>
        <source>payment × expense rate</source>
        <translation>payment × expense rate</translation>
    </message>
    <message>
        <source>Taxable amount for prepayment</source>
        <translation>Taxable amount for prepayment</translation>
    </message>
    <message>
        <source>(payment − expenses) × author income share</source>
        <translation>(payment − expenses) × author income share</translation>
    </message>
    <message>
        <source>payment − expenses</source>
        <translation>payment − expenses</translation>
    </message>
    <message>
        <source>Prepayment withheld</source>
        <translation>Prepayment withheld</translation>
    </message>
    <message>
        <source>taxable amount × rate − quick deduction (withholding rate table 2)</source>
        <translation>taxable amount × rate − quick deduction (withholding rate table 2)</translation>
    </message>
    <message>
        <source>taxable amount × the flat rate</source>
        <translation>taxable amount × the flat rate</translation>
    </message>
    <message>
        <source>Cumulative basic deduction</source>
        <translation>Cumulative basic deduction</translation>
    </message>
    <message>
        <source>the whole year&apos;s amount from January</source>
        <translation>the whole year&apos;s amount from January</translation>
    </message>
    <message>
        <source>monthly amount × months counted so far</source>
        <translation>monthly amount × months counted so far</translation>
    </message>
    <message>
        <source>Cumulative taxable income</source>
        <translation>Cumulative taxable income</translation>
    </message>
    <message>
        <source>cumulative wages − tax-free income − basic deduction − special deductions − special additional deductions − other deductions, not below zero</source>
        <translation>cumulative wages − tax-free income − basic deduction − special deductions − special additional deductions − other deductions, not below zero</translation>
    </message>
    <message>
        <source>Cumulative tax</source>
        <translation>Cumulative tax</translation>
    </message>
    <message>
        <source>cumulative taxable income × rate − quick deduction (withholding rate table 1)</source>
        <translation>cumulative taxable income × rate − quick deduction (withholding rate table 1)</translation>
    </message>
    <message>
        <source>Withheld this month</source>
        <translation>Withheld this month</translation>
    </message>
    <message>
        <source>cumulative tax − cumulative tax relief − already withheld; nothing when negative (no refund mid-year)</source>
        <translation>cumulative tax − cumulative tax relief − already withheld; nothing when negative (no refund mid-year)</translation>
    </message>
    <message>
        <source>Total withheld</source>
        <translation>Total withheld</translation>
    </message>
    <message>
        <source>sum of the months&apos; withholding</source>
        <translation>sum of the months&apos; withholding</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>capped at %1</translation>
    </message>
    <message>
        <source>limited to the tax of %1</source>
        <translation>limited to the tax of %1</translation>
    </message>
</context>
<context>
    <name>TraceExplainer</name>
    <message>
        <source>Cumulative withholding of wages</source>
        <translation>Cumulative withholding of wages</translation>
    </message>
    <message>
        <source>Prepayment on one payment of labor, author or royalty income</source>
        <translation>Prepayment on one payment of labor, author or royalty income</translation>
    </message>
    <message>
        <source>Annual one-off bonus taxed separately</source>
        <translation>Annual one-off bonus taxed separately</translation>
    </message>
    <message>
        <source>Annual reconciliation of comprehensive income</source>
        <translation>Annual reconciliation of comprehensive income</translation>
    </message>
    <message>
        <source>Identifier check</source>
        <translation>Identifier check</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>How: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Rule: %1 = %2 — %3</source>
        <translation>Rule: %1 = %2 — %3</translation>
    </message>
    <message>
        <source>(unverified: a working hypothesis, see the rules reference)</source>
        <translation>(unverified: a working hypothesis, see the rules reference)</translation>
    </message>
    <message>
        <source>Rounded half-up to the fen: %1 → %2</source>
        <translation>Rounded half-up to the fen: %1 → %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>Rule pack: %1</translation>
    </message>
    <message>
        <source>Engine version: %1</source>
        <translation>Engine version: %1</translation>
    </message>
    <message>
        <source>Month %1: </source>
        <translation>Month %1: </translation>
    </message>
    <message>
        <source>In total the employer withholds %1.</source>
        <translation>In total the employer withholds %1.</translation>
    </message>
    <message>
        <source>The payer withholds %1 from this payment.</source>
        <translation>The payer withholds %1 from this payment.</translation>
    </message>
    <message>
        <source>The tax on the bonus is %1.</source>
        <translation>The tax on the bonus is %1.</translation>
    </message>
    <message>
        <source>The identifier is valid.</source>
        <translation>The identifier is valid.</translation>
    </message>
    <message>
        <source>The identifier is not valid.</source>
        <translation>The identifier is not valid.</translation>
    </message>
    <message>
        <source>%1 would be due, but you are exempt from paying it this year.</source>
        <translation>%1 would be due, but you are exempt from paying it this year.</translation>
    </message>
    <message>
        <source>You are owed a refund of %1.</source>
        <translation>You are owed a refund of %1.</translation>
    </message>
    <message>
        <source>You must pay %1.</source>
        <translation>You must pay %1.</translation>
    </message>
    <message>
        <source>Nothing to pay and nothing to refund.</source>
        <translation>Nothing to pay and nothing to refund.</translation>
    </message>
</context>
<context>
    <name>TraceInput</name>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>expense</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>taxable amount</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <source>months_counted</source>
        <translation>months counted</translation>
    </message>
    <message>
        <source>cumulative_wages</source>
        <translation>cumulative wages</translation>
    </message>
    <message>
        <source>cumulative_tax_free_income</source>
        <translation>cumulative tax-free income</translation>
    </message>
    <message>
        <source>cumulative_basic_deduction</source>
        <translation>cumulative basic deduction</translation>
    </message>
    <message>
        <source>cumulative_special_deductions</source>
        <translation>cumulative special deductions</translation>
    </message>
    <message>
        <source>cumulative_special_additional_deductions</source>
        <translation>cumulative special additional deductions</translation>
    </message>
    <message>
        <source>cumulative_other_deductions</source>
        <translation>cumulative other deductions</translation>
    </message>
    <message>
        <source>cumulative_taxable_income</source>
        <translation>cumulative taxable income</translation>
    </message>
    <message>
        <source>cumulative_tax</source>
        <translation>cumulative tax</translation>
    </message>
    <message>
        <source>cumulative_tax_relief</source>
        <translation>cumulative tax relief</translation>
    </message>
    <message>
        <source>already_withheld</source>
        <translation>already withheld</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>share_percent</source>
        <translation>share (%)</translation>
    </message>
    <message>
        <source>degree_months</source>
        <translation>degree months</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>out_of_pocket</source>
        <translation>out of pocket</translation>
    </message>
    <message>
        <source>monthly_share</source>
        <translation>monthly share</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>wages</source>
        <translation>wages</translation>
    </message>
    <message>
        <source>labor</source>
        <translation>labor</translation>
    </message>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <source>royalties</source>
        <translation>royalties</translation>
    </message>
    <message>
        <source>expenses_row</source>
        <translation>expenses row</translation>
    </message>
    <message>
        <source>author_exempt_row</source>
        <translation>author exempt row</translation>
    </message>
    <message>
        <source>bonus_combined</source>
        <translation>bonus combined</translation>
    </message>
    <message>
        <source>comprehensive_income</source>
        <translation>comprehensive income</translation>
    </message>
    <message>
        <source>tax_free_income</source>
        <translation>tax-free income</translation>
    </message>
    <message>
        <source>basic_deduction</source>
        <translation>basic deduction</translation>
    </message>
    <message>
        <source>special_deductions</source>
        <translation>special deductions</translation>
    </message>
    <message>
        <source>special_additional_deductions</source>
        <translation>special additional deductions</translation>
    </message>
    <message>
        <source>other_deductions</source>
        <translation>other deductions</translation>
    </message>
    <message>
        <source>taxable_income_before_donations</source>
        <translation>taxable income before donations</translation>
    </message>
    <message>
        <source>limited_donations</source>
        <translation>donations with the 30% limit</translation>
    </message>
    <message>
        <source>full_donations</source>
        <translation>donations deductible in full</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>donations_deducted</source>
        <translation>donations deducted</translation>
    </message>
    <message>
        <source>taxable_income</source>
        <translation>taxable income</translation>
    </message>
    <message>
        <source>tax_relief_claimed</source>
        <translation>tax relief claimed</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>tax</translation>
    </message>
    <message>
        <source>tax_on_comprehensive_income</source>
        <translation>tax on comprehensive income</translation>
    </message>
    <message>
        <source>bonus_tax</source>
        <translation>bonus tax</translation>
    </message>
    <message>
        <source>tax_relief</source>
        <translation>tax relief</translation>
    </message>
    <message>
        <source>tax_payable_separate</source>
        <translation>tax payable, separate</translation>
    </message>
    <message>
        <source>tax_payable_combined</source>
        <translation>tax payable, combined</translation>
    </message>
    <message>
        <source>tax_payable</source>
        <translation>tax payable</translation>
    </message>
    <message>
        <source>prepaid</source>
        <translation>prepaid</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>gross_comprehensive_income</source>
        <translation>gross comprehensive income</translation>
    </message>
</context>
<context>
    <name>TraceValue</name>
    <message>
        <source>true</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>false</source>
        <translation>no</translation>
    </message>
    <message>
        <source>separate</source>
        <translation>separate</translation>
    </message>
    <message>
        <source>combined</source>
        <translation>combined</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Internal error in the vault; nothing was saved.</source>
        <translation>Internal error in the vault; nothing was saved.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it with its passphrase.</source>
        <translation>The vault is locked. Unlock it with its passphrase.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore the vault from a backup.</source>
        <translation>The vault&apos;s database file is missing. Restore the vault from a backup.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is truncated. Restore the vault from a backup.</source>
        <translation>The vault&apos;s database file is truncated. Restore the vault from a backup.</translation>
    </message>
    <message>
        <source>The vault is in use by another Huisuan program. Close it there first.</source>
        <translation>The vault is in use by another Huisuan program. Close it there first.</translation>
    </message>
    <message>
        <source>The vault&apos;s lock file cannot be created. Check the folder&apos;s permissions.</source>
        <translation>The vault&apos;s lock file cannot be created. Check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>The backup copy failed its check after writing.</source>
        <translation>The backup copy failed its check after writing.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Huisuan. Update Huisuan to open it.</source>
        <translation>This vault was written by a newer version of Huisuan. Update Huisuan to open it.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 already holds a vault; it was left as it is.</source>
        <translation>%1 already holds a vault; it was left as it is.</translation>
    </message>
    <message>
        <source>There is no Huisuan vault in %1.</source>
        <translation>There is no Huisuan vault in %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>The backup %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 already holds a vault; restore into an empty folder.</source>
        <translation>%1 already holds a vault; restore into an empty folder.</translation>
    </message>
    <message>
        <source>The vault was closed.</source>
        <translation>The vault was closed.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>The new passphrase must not be empty.</translation>
    </message>
    <message>
        <source>The key file no longer matches the open vault; the passphrase was not changed.</source>
        <translation>The key file no longer matches the open vault; the passphrase was not changed.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation>The vault&apos;s key file cannot be read.</translation>
    </message>
    <message>
        <source>The backup copy cannot be created.</source>
        <translation>The backup copy cannot be created.</translation>
    </message>
    <message>
        <source>The backup copy cannot be read.</source>
        <translation>The backup copy cannot be read.</translation>
    </message>
    <message>
        <source>The backup cannot be read back.</source>
        <translation>The backup cannot be read back.</translation>
    </message>
    <message>
        <source>There is no annual return %1.</source>
        <translation>There is no annual return %1.</translation>
    </message>
</context>
<context>
    <name>VaultBackupFile</name>
    <message>
        <source>This backup is damaged or not a Huisuan vault backup; nothing was restored.</source>
        <translation>This backup is damaged or not a Huisuan vault backup; nothing was restored.</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Huisuan. Update Huisuan to restore it.</source>
        <translation>This backup was written by a newer version of Huisuan. Update Huisuan to restore it.</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <source>--kdf-log2n must be between 10 and 22</source>
        <translation>--kdf-log2n must be between 10 and 22</translation>
    </message>
    <message>
        <source>Created a vault in %1 (scrypt N=2^%2, r=%3, p=%4).</source>
        <translation>Created a vault in %1 (scrypt N=2^%2, r=%3, p=%4).</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified.</source>
        <translation>Backed up to %1 and verified.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Restored %1 into %2.</translation>
    </message>
    <message>
        <source>vault: %1</source>
        <translation>vault: %1</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>schema version: %1</translation>
    </message>
    <message>
        <source>cipher: SQLCipher %1, %2, page size %3, HMAC %4</source>
        <translation>cipher: SQLCipher %1, %2, page size %3, HMAC %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>journal: %1, synchronous %2</source>
        <translation>journal: %1, synchronous %2</translation>
    </message>
    <message>
        <source>key derivation: scrypt N=2^%1, r=%2, p=%3</source>
        <translation>key derivation: scrypt N=2^%1, r=%2, p=%3</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>audit log entries: %1, chain intact</source>
        <translation>audit log entries: %1, chain intact</translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation>audit log: %1</translation>
    </message>
    <message>
        <source>unknown vault action %1</source>
        <translation>unknown vault action %1</translation>
    </message>
    <message>
        <source>audit log: %1 entries, the hash chain is intact from the first to the head.</source>
        <translation>audit log: %1 entries, the hash chain is intact from the first to the head.</translation>
    </message>
    <message>
        <source>audit log: entry %1 is the first broken one (%2). Entries from it on cannot be trusted; restore the vault from a backup made before the change.</source>
        <translation>audit log: entry %1 is the first broken one (%2). Entries from it on cannot be trusted; restore the vault from a backup made before the change.</translation>
    </message>
    <message>
        <source>audit log: %1. Restore the vault from a backup made before the change.</source>
        <translation>audit log: %1. Restore the vault from a backup made before the change.</translation>
    </message>
    <message>
        <source>Usage: huisuan-cli vault init|passwd|verify|audit-log [--vault DIR] [--kdf-log2n L]
       huisuan-cli vault backup FILE|restore FILE [--vault DIR]
DIR defaults to %1.
The passphrase is read from HUISUAN_PASSPHRASE, or asked for without echo on a terminal;
passwd reads the new one from HUISUAN_NEW_PASSPHRASE or asks for it.
--kdf-log2n L sets scrypt&apos;s cost N = 2^L for init (default: about half a second here).</source>
        <translation>Usage: huisuan-cli vault init|passwd|verify|audit-log [--vault DIR] [--kdf-log2n L]
       huisuan-cli vault backup FILE|restore FILE [--vault DIR]
DIR defaults to %1.
The passphrase is read from HUISUAN_PASSPHRASE, or asked for without echo on a terminal;
passwd reads the new one from HUISUAN_NEW_PASSPHRASE or asks for it.
--kdf-log2n L sets scrypt&apos;s cost N = 2^L for init (default: about half a second here).</translation>
    </message>
</context>
<context>
    <name>VaultInputCheck</name>
    <message>
        <source>The tax year %1 is not one Huisuan keeps; enter a year from %2 to %3.</source>
        <translation>The tax year %1 is not one Huisuan keeps; enter a year from %2 to %3.</translation>
    </message>
    <message>
        <source>The month %1 does not exist; enter a month from 1 to 12.</source>
        <translation>The month %1 does not exist; enter a month from 1 to 12.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an amount in yuan; write it with two decimals, such as 1234.50.</source>
        <translation>The %1 &quot;%2&quot; is not an amount in yuan; write it with two decimals, such as 1234.50.</translation>
    </message>
    <message>
        <source>The %1 is empty; fill it in.</source>
        <translation>The %1 is empty; fill it in.</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object; nothing was saved.</source>
        <translation>The %1 is not a JSON object; nothing was saved.</translation>
    </message>
    <message>
        <source>The submission id &quot;%1&quot; is not valid; use 1 to %2 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>The submission id &quot;%1&quot; is not valid; use 1 to %2 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The unified social credit code &quot;%1&quot; is not valid; check its 18 characters against the business licence.</source>
        <translation>The unified social credit code &quot;%1&quot; is not valid; check its 18 characters against the business licence.</translation>
    </message>
    <message>
        <source>identity number</source>
        <translation>identity number</translation>
    </message>
    <message>
        <source>The resident identity number does not pass its check digit; compare it with the identity card.</source>
        <translation>The resident identity number does not pass its check digit; compare it with the identity card.</translation>
    </message>
    <message>
        <source>There is no %1 %2 in the vault.</source>
        <translation>There is no %1 %2 in the vault.</translation>
    </message>
</context>
<context>
    <name>VaultKeyFile</name>
    <message>
        <source>No random numbers for the key file.</source>
        <translation>No random numbers for the key file.</translation>
    </message>
    <message>
        <source>The data key could not be wrapped.</source>
        <translation>The data key could not be wrapped.</translation>
    </message>
    <message>
        <source>This is not a Huisuan vault: its key file is not a Huisuan key file.</source>
        <translation>This is not a Huisuan vault: its key file is not a Huisuan key file.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is truncated. Restore the vault from a backup.</source>
        <translation>The vault&apos;s key file is truncated. Restore the vault from a backup.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Huisuan. Update Huisuan to open it.</source>
        <translation>This vault was written by a newer version of Huisuan. Update Huisuan to open it.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged. Restore the vault from a backup.</source>
        <translation>The vault&apos;s key file is damaged. Restore the vault from a backup.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file cannot be read.</source>
        <translation>The vault&apos;s key file cannot be read.</translation>
    </message>
    <message>
        <source>The data key could not be unwrapped.</source>
        <translation>The data key could not be unwrapped.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the vault was not opened and nothing in it was changed.</source>
        <translation>Wrong passphrase: the vault was not opened and nothing in it was changed.</translation>
    </message>
    <message>
        <source>The key file could not be written; the previous one is unchanged.</source>
        <translation>The key file could not be written; the previous one is unchanged.</translation>
    </message>
</context>
<context>
    <name>VaultSchema</name>
    <message>
        <source>The vault&apos;s schema version cannot be read.</source>
        <translation>The vault&apos;s schema version cannot be read.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded from version %1 to %2; it is unchanged.</source>
        <translation>The vault could not be upgraded from version %1 to %2; it is unchanged.</translation>
    </message>
</context>
<context>
    <name>WithholdingDeclarationStore</name>
    <message>
        <source>There is no declaration %1 in this vault.</source>
        <translation>There is no declaration %1 in this vault.</translation>
    </message>
    <message>
        <source>The declaration %1 is answered already; it is not sent again.</source>
        <translation>The declaration %1 is answered already; it is not sent again.</translation>
    </message>
    <message>
        <source>A declaration needs a month and the bytes to send.</source>
        <translation>A declaration needs a month and the bytes to send.</translation>
    </message>
    <message>
        <source>The next attempt time &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>The next attempt time &quot;%1&quot; is not an ISO 8601 date and time.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>A cell of this row has the reference &quot;%1&quot;, which is not in this row; the workbook may be damaged. Open it in Excel, save it again and import that file.</source>
        <translation>A cell of this row has the reference &quot;%1&quot;, which is not in this row; the workbook may be damaged. Open it in Excel, save it again and import that file.</translation>
    </message>
    <message>
        <source>Cell %1%2 holds a formula. Its saved result may be out of date, so it is not used. Replace the formula by its value (copy, then Paste Special → Values) and import again.</source>
        <translation>Cell %1%2 holds a formula. Its saved result may be out of date, so it is not used. Replace the formula by its value (copy, then Paste Special → Values) and import again.</translation>
    </message>
    <message>
        <source>Cell %1%2 refers to text the workbook does not hold; the workbook may be damaged. Open it in Excel, save it again and import that file.</source>
        <translation>Cell %1%2 refers to text the workbook does not hold; the workbook may be damaged. Open it in Excel, save it again and import that file.</translation>
    </message>
    <message>
        <source>Cell %1%2 shows the error %3 instead of a value. Correct it in Excel and import again.</source>
        <translation>Cell %1%2 shows the error %3 instead of a value. Correct it in Excel and import again.</translation>
    </message>
    <message>
        <source>The cells %1 are merged. A merged range keeps its value in its first cell only, so the others would read as empty. Unmerge them, fill in every cell and import again.</source>
        <translation>The cells %1 are merged. A merged range keeps its value in its first cell only, so the others would read as empty. Unmerge them, fill in every cell and import again.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx): it is not the zip archive a workbook is. Open it in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and import that file.</source>
        <translation>This file is not an Excel workbook (.xlsx): it is not the zip archive a workbook is. Open it in Excel, save it as &quot;Excel Workbook (*.xlsx)&quot; and import that file.</translation>
    </message>
    <message>
        <source>The part %1 of this workbook unpacks to more than can be read safely, as a damaged or hostile file does, so it was not read. Save the sheet again from Excel, or as CSV, and import that file.</source>
        <translation>The part %1 of this workbook unpacks to more than can be read safely, as a damaged or hostile file does, so it was not read. Save the sheet again from Excel, or as CSV, and import that file.</translation>
    </message>
    <message>
        <source>The part %1 of this workbook is missing or damaged. Open the workbook in Excel, save it again and import that file.</source>
        <translation>The part %1 of this workbook is missing or damaged. Open the workbook in Excel, save it again and import that file.</translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>The workbook could not be written to %1 (%2). Check that the folder exists and can be written.</source>
        <translation>The workbook could not be written to %1 (%2). Check that the folder exists and can be written.</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1. Check that the folder exists and can be written.</source>
        <translation>The workbook could not be written to %1. Check that the folder exists and can be written.</translation>
    </message>
    <message>
        <source>The workbook could not be written to %1 (%2). Check that the folder can be written and has space.</source>
        <translation>The workbook could not be written to %1 (%2). Check that the folder can be written and has space.</translation>
    </message>
    <message>
        <source>The workbook could not be saved as %1. Check that the folder can be written.</source>
        <translation>The workbook could not be saved as %1. Check that the folder can be written.</translation>
    </message>
</context>
<context>
    <name>YearComputation</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>an annual bonus is taxed separately in month %1 and again in month %2; the separate method may be used once a year. Import one of them as 并入综合所得 (combined).</source>
        <translation>an annual bonus is taxed separately in month %1 and again in month %2; the separate method may be used once a year. Import one of them as 并入综合所得 (combined).</translation>
    </message>
</context>
<context>
    <name>huisuan::AboutDialog</name>
    <message>
        <source>About Huisuan</source>
        <translation>About Huisuan</translation>
    </message>
    <message>
        <source>Huisuan: individual income tax</source>
        <translation>Huisuan: individual income tax</translation>
    </message>
    <message>
        <source>Version %1 (tax engine %2)</source>
        <translation>Version %1 (tax engine %2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>&amp;Rule packs: every return records the id of the pack it was computed with.</source>
        <translation>&amp;Rule packs: every return records the id of the pack it was computed with.</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>Tax year</translation>
    </message>
    <message>
        <source>Rule pack id</source>
        <translation>Rule pack id</translation>
    </message>
    <message>
        <source>Rule packs and their ids</source>
        <translation>Rule packs and their ids</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>huisuan::AuditPage</name>
    <message>
        <source>Open a filing to audit</source>
        <translation>Open a filing to audit</translation>
    </message>
    <message>
        <source>Audit files and signed filings (*.json);;All files (*)</source>
        <translation>Audit files and signed filings (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Audit a filing</source>
        <translation>Audit a filing</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>&amp;Checks:</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Verification checks</translation>
    </message>
    <message>
        <source>Audit verdict</source>
        <translation>Audit verdict</translation>
    </message>
    <message>
        <source>The filing</source>
        <translation>The filing</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <translation>&amp;Differences only</translation>
    </message>
    <message>
        <source>Show only the lines that differ</source>
        <translation>Show only the lines that differ</translation>
    </message>
    <message>
        <source>The computation, line by line: filed and replayed</source>
        <translation>The computation, line by line: filed and replayed</translation>
    </message>
    <message>
        <source>The selected line: formula and citations</source>
        <translation>The selected line: formula and citations</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>&amp;Open a filing…</source>
        <translation>&amp;Open a filing…</translation>
    </message>
    <message>
        <source>&amp;Export audit report (PDF)…</source>
        <translation>&amp;Export audit report (PDF)…</translation>
    </message>
    <message>
        <source>Export the audit report as a PDF</source>
        <translation>Export the audit report as a PDF</translation>
    </message>
    <message>
        <source>Verifying and replaying %1…</source>
        <translation>Verifying and replaying %1…</translation>
    </message>
    <message>
        <source>Open an audit file or a signed filing: Huisuan checks its signature and receipt, computes it again under the rules it names and shows any line that differs.</source>
        <translation>Open an audit file or a signed filing: Huisuan checks its signature and receipt, computes it again under the rules it names and shows any line that differs.</translation>
    </message>
    <message>
        <source>Passed: %1. %2</source>
        <translation>Passed: %1. %2</translation>
    </message>
    <message>
        <source>FAILED: %1. %2</source>
        <translation>FAILED: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>The %n check passed.</numerusform>
            <numerusform>All %n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: do not rely on this filing until the failures are explained.</source>
        <translation>
            <numerusform>%n check failed: do not rely on this filing until the failure is explained.</numerusform>
            <numerusform>%n checks failed: do not rely on this filing until the failures are explained.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the replay differ from what was filed.</source>
        <translation>
            <numerusform>%n line of the replay differs from what was filed.</numerusform>
            <numerusform>%n lines of the replay differ from what was filed.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Submission id: %1</source>
        <translation>Submission id: %1</translation>
    </message>
    <message>
        <source>Taxpayer: %1 (%2)</source>
        <translation>Taxpayer: %1 (%2)</translation>
    </message>
    <message>
        <source>Tax year: %1</source>
        <translation>Tax year: %1</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>Rule pack: %1</translation>
    </message>
    <message>
        <source>Engine version: %1</source>
        <translation>Engine version: %1</translation>
    </message>
    <message>
        <source>Differs: the replay does not give what was filed.</source>
        <translation>Differs: the replay does not give what was filed.</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>Filed: %1</translation>
    </message>
    <message>
        <source>(not in the filing)</source>
        <translation>(not in the filing)</translation>
    </message>
    <message>
        <source>Replayed: %1</source>
        <translation>Replayed: %1</translation>
    </message>
    <message>
        <source>(not in the recomputation)</source>
        <translation>(not in the recomputation)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formula:</translation>
    </message>
    <message>
        <source>Citations:</source>
        <translation>Citations:</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>%1 = %2, set by %3</source>
        <translation>%1 = %2, set by %3</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Rules:</translation>
    </message>
    <message>
        <source>No rule-pack changelog entry for this tax year explains the difference: the filed value did not come from these rules.</source>
        <translation>No rule-pack changelog entry for this tax year explains the difference: the filed value did not come from these rules.</translation>
    </message>
    <message>
        <source>What explains it:</source>
        <translation>What explains it:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the audit report…</source>
        <translation>Writing the audit report…</translation>
    </message>
    <message>
        <source>The audit report was saved as %1.</source>
        <translation>The audit report was saved as %1.</translation>
    </message>
</context>
<context>
    <name>huisuan::AuditTraceModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Replayed</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Same?</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>The replay gives a different value from the one filed.</source>
        <translation>The replay gives a different value from the one filed.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchEmployeeListModel</name>
    <message>
        <source>Could not be computed</source>
        <translation>Could not be computed</translation>
    </message>
    <message>
        <source>No payroll yet</source>
        <translation>No payroll yet</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>Not computed</source>
        <translation>Not computed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Employed since</source>
        <translation>Employed since</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Tax withheld</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchMonthListModel</name>
    <message>
        <source>Imported, not computed</source>
        <translation>Imported, not computed</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>Partly computed: compute again</source>
        <translation>Partly computed: compute again</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Employees paid</source>
        <translation>Employees paid</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Tax withheld</translation>
    </message>
</context>
<context>
    <name>huisuan::BatchSession</name>
    <message>
        <source>The vault is locked. Unlock it to work on your client companies.</source>
        <translation>The vault is locked. Unlock it to work on your client companies.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), listed below. Nothing was imported: correct the file and import it again.</source>
        <translation>
            <numerusform>The file has %n problem, listed below. Nothing was imported: correct the file and import it again.</numerusform>
            <numerusform>The file has %n problems, listed below. Nothing was imported: correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped. Nothing was imported.</source>
        <translation>Import stopped. Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) imported onto the roster.</source>
        <translation>
            <numerusform>%n employee imported onto the roster.</numerusform>
            <numerusform>%n employees imported onto the roster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payroll month(s) imported. Compute the year to see the withholding.</source>
        <translation>
            <numerusform>%n payroll month imported. Compute the year to see the withholding.</numerusform>
            <numerusform>%n payroll months imported. Compute the year to see the withholding.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computation stopped. The %n employee(s) computed before have every month&apos;s result; compute the year again for the others.</source>
        <translation>
            <numerusform>Computation stopped. The %n employee computed before has every month&apos;s result; compute the year again for the others.</numerusform>
            <numerusform>Computation stopped. The %n employees computed before have every month&apos;s result; compute the year again for the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withholding computed for %n employee(s).</source>
        <translation>
            <numerusform>Withholding computed for %n employee.</numerusform>
            <numerusform>Withholding computed for %n employees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) could not be computed: they are marked in the table, with the reason.</source>
        <translation>
            <numerusform>%n employee could not be computed: the employee is marked in the table, with the reason.</numerusform>
            <numerusform>%n employees could not be computed: they are marked in the table, with the reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .pdf: the ending says which kind of file to write.</source>
        <translation>Choose a file name ending in .csv, .xlsx or .pdf: the ending says which kind of file to write.</translation>
    </message>
    <message numerus="yes">
        <source>%n labor payment(s) imported, each with its prepayment computed. They are in the month&apos;s declaration.</source>
        <translation>
            <numerusform>%n labor payment imported, with its prepayment computed. It is in the month&apos;s declaration.</numerusform>
            <numerusform>%n labor payments imported, each with its prepayment computed. They are in the month&apos;s declaration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Choose a folder you can write to and save it again.</source>
        <translation>Could not write %1 (%2). Choose a folder you can write to and save it again.</translation>
    </message>
</context>
<context>
    <name>huisuan::BonusMethodStep</name>
    <message>
        <source>total tax %1</source>
        <translation>total tax %1</translation>
    </message>
    <message>
        <source>Both ways cost the same tax; taxing the bonus separately keeps your annual income lower.</source>
        <translation>Both ways cost the same tax; taxing the bonus separately keeps your annual income lower.</translation>
    </message>
    <message>
        <source>Recommended: tax the bonus separately. It costs %1 less tax than combining it.</source>
        <translation>Recommended: tax the bonus separately. It costs %1 less tax than combining it.</translation>
    </message>
    <message>
        <source>Recommended: combine the bonus with your income. It costs %1 less tax than taxing it separately.</source>
        <translation>Recommended: combine the bonus with your income. It costs %1 less tax than taxing it separately.</translation>
    </message>
    <message>
        <source>How your annual bonus is taxed</source>
        <translation>How your annual bonus is taxed</translation>
    </message>
    <message>
        <source>An annual one-off bonus (全年一次性奖金) can be taxed on its own or together with your comprehensive income. Choose one; the lower tax is recommended.</source>
        <translation>An annual one-off bonus (全年一次性奖金) can be taxed on its own or together with your comprehensive income. Choose one; the lower tax is recommended.</translation>
    </message>
    <message>
        <source>Tax the bonus &amp;separately</source>
        <translation>Tax the bonus &amp;separately</translation>
    </message>
    <message>
        <source>&amp;Combine it with comprehensive income</source>
        <translation>&amp;Combine it with comprehensive income</translation>
    </message>
</context>
<context>
    <name>huisuan::BuildInfo</name>
    <message>
        <source>commit %1 (%2)</source>
        <translation>commit %1 (%2)</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>engine %1; build: %2</source>
        <translation>engine %1; build: %2</translation>
    </message>
    <message>
        <source>rule packs:</source>
        <translation>rule packs:</translation>
    </message>
</context>
<context>
    <name>huisuan::ClaimRowList</name>
    <message>
        <source>Enter the amount in yuan, such as 1200 or 1200.50.</source>
        <translation>Enter the amount in yuan, such as 1200 or 1200.50.</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>Add a child to this deduction</source>
        <translation>Add a child to this deduction</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Add a patient</translation>
    </message>
    <message>
        <source>Add a patient to this deduction</source>
        <translation>Add a patient to this deduction</translation>
    </message>
    <message>
        <source>Add a donation</source>
        <translation>Add a donation</translation>
    </message>
    <message>
        <source>Child %1</source>
        <translation>Child %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Months claimed for child %1</source>
        <translation>Months claimed for child %1</translation>
    </message>
    <message>
        <source>Your share for child %1</source>
        <translation>Your share for child %1</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Amount paid for patient %1</source>
        <translation>Amount paid for patient %1</translation>
    </message>
    <message>
        <source>Amount of donation %1</source>
        <translation>Amount of donation %1</translation>
    </message>
    <message>
        <source>up to 30% of taxable income</source>
        <translation>up to 30% of taxable income</translation>
    </message>
    <message>
        <source>deducted in full</source>
        <translation>deducted in full</translation>
    </message>
    <message>
        <source>Deduction limit of donation %1</source>
        <translation>Deduction limit of donation %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove entry %1</source>
        <translation>Remove entry %1</translation>
    </message>
    <message>
        <source>Problem with entry %1</source>
        <translation>Problem with entry %1</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>yourself</translation>
    </message>
    <message>
        <source>100% (you alone)</source>
        <translation>100% (you alone)</translation>
    </message>
    <message>
        <source>%1% (shared)</source>
        <translation>%1% (shared)</translation>
    </message>
</context>
<context>
    <name>huisuan::CompaniesPage</name>
    <message>
        <source>Client companies: withholding for employees</source>
        <translation>Client companies: withholding for employees</translation>
    </message>
    <message>
        <source>Com&amp;panies</source>
        <translation>Com&amp;panies</translation>
    </message>
    <message>
        <source>Client companies</source>
        <translation>Client companies</translation>
    </message>
    <message>
        <source>Unified social &amp;credit code:</source>
        <translation>Unified social &amp;credit code:</translation>
    </message>
    <message>
        <source>Unified social credit code of the company to add</source>
        <translation>Unified social credit code of the company to add</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>Name of the company to add</source>
        <translation>Name of the company to add</translation>
    </message>
    <message>
        <source>&amp;Add company</source>
        <translation>&amp;Add company</translation>
    </message>
    <message>
        <source>Add the company</source>
        <translation>Add the company</translation>
    </message>
    <message>
        <source>Companies status</source>
        <translation>Companies status</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>Back to your tax years</translation>
    </message>
    <message>
        <source>No client company yet. Add one with its unified social credit code.</source>
        <translation>No client company yet. Add one with its unified social credit code.</translation>
    </message>
    <message>
        <source>This is not a unified social credit code: it has 18 characters and ends with a check character. Copy it again from the business licence.</source>
        <translation>This is not a unified social credit code: it has 18 characters and ends with a check character. Copy it again from the business licence.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
</context>
<context>
    <name>huisuan::DeductionsPage</name>
    <message>
        <source>Your deductions are saved.</source>
        <translation>Your deductions are saved.</translation>
    </message>
    <message>
        <source>Saved, except the marked claims: correct them and save again.</source>
        <translation>Saved, except the marked claims: correct them and save again.</translation>
    </message>
    <message>
        <source>Reading your family and deductions…</source>
        <translation>Reading your family and deductions…</translation>
    </message>
    <message>
        <source>100% (you alone)</source>
        <translation>100% (you alone)</translation>
    </message>
    <message>
        <source>%1% (with your spouse)</source>
        <translation>%1% (with your spouse)</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 a month</translation>
    </message>
    <message>
        <source>Deductions for the %1 tax year</source>
        <translation>Deductions for the %1 tax year</translation>
    </message>
    <message>
        <source>Deductions status</source>
        <translation>Deductions status</translation>
    </message>
    <message>
        <source>Problems with the return</source>
        <translation>Problems with the return</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>Children&apos;s education (per child)</source>
        <translation>Children&apos;s education (per child)</translation>
    </message>
    <message>
        <source>Care of infants under three (per child)</source>
        <translation>Care of infants under three (per child)</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Continuing education</translation>
    </message>
    <message>
        <source>Serious illness (per patient)</source>
        <translation>Serious illness (per patient)</translation>
    </message>
    <message>
        <source>Housing: loan interest or rent, not both</source>
        <translation>Housing: loan interest or rent, not both</translation>
    </message>
    <message>
        <source>Support of the elderly</source>
        <translation>Support of the elderly</translation>
    </message>
    <message>
        <source>Social insurance, tax-free income and tax relief</source>
        <translation>Social insurance, tax-free income and tax relief</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>Other deductions</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>Months of degree education:</source>
        <translation>Months of degree education:</translation>
    </message>
    <message>
        <source>Months of housing loan interest:</source>
        <translation>Months of housing loan interest:</translation>
    </message>
    <message>
        <source>Your share of the loan interest:</source>
        <translation>Your share of the loan interest:</translation>
    </message>
    <message>
        <source>Months of rent:</source>
        <translation>Months of rent:</translation>
    </message>
    <message>
        <source>City standard for rent:</source>
        <translation>City standard for rent:</translation>
    </message>
    <message>
        <source>Months of support:</source>
        <translation>Months of support:</translation>
    </message>
    <message>
        <source>Your share a month (yuan):</source>
        <translation>Your share a month (yuan):</translation>
    </message>
    <message>
        <source>Social insurance and housing fund (yuan):</source>
        <translation>Social insurance and housing fund (yuan):</translation>
    </message>
    <message>
        <source>Tax-free income (yuan):</source>
        <translation>Tax-free income (yuan):</translation>
    </message>
    <message>
        <source>Tax relief (yuan):</source>
        <translation>Tax relief (yuan):</translation>
    </message>
    <message>
        <source>Enterprise or occupational annuity (yuan):</source>
        <translation>Enterprise or occupational annuity (yuan):</translation>
    </message>
    <message>
        <source>Commercial health insurance (yuan):</source>
        <translation>Commercial health insurance (yuan):</translation>
    </message>
    <message>
        <source>Tax-deferred pension insurance (yuan):</source>
        <translation>Tax-deferred pension insurance (yuan):</translation>
    </message>
    <message>
        <source>Individual pension (yuan):</source>
        <translation>Individual pension (yuan):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>I obtained a qualifying vocational certificate this year</source>
        <translation>I obtained a qualifying vocational certificate this year</translation>
    </message>
    <message>
        <source>I am an only child</source>
        <translation>I am an only child</translation>
    </message>
    <message>
        <source>Children&apos;s education claims</source>
        <translation>Children&apos;s education claims</translation>
    </message>
    <message>
        <source>Infant care claims</source>
        <translation>Infant care claims</translation>
    </message>
    <message>
        <source>Serious illness claims</source>
        <translation>Serious illness claims</translation>
    </message>
    <message>
        <source>The deduction for the care of infants under three began in 2022: it cannot be claimed for %1.</source>
        <translation>The deduction for the care of infants under three began in 2022: it cannot be claimed for %1.</translation>
    </message>
    <message>
        <source>The individual pension deduction began in 2022: it cannot be claimed for %1.</source>
        <translation>The individual pension deduction began in 2022: it cannot be claimed for %1.</translation>
    </message>
    <message>
        <source>Tax payable for the year</source>
        <translation>Tax payable for the year</translation>
    </message>
    <message>
        <source>Refund or amount due</source>
        <translation>Refund or amount due</translation>
    </message>
    <message>
        <source>About the figures</source>
        <translation>About the figures</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>Back to your tax years</translation>
    </message>
    <message>
        <source>&amp;Save deductions</source>
        <translation>&amp;Save deductions</translation>
    </message>
    <message>
        <source>Save the deductions in the vault</source>
        <translation>Save the deductions in the vault</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, such as 1200 or 1200.50.</source>
        <translation>Enter the amount in yuan, such as 1200 or 1200.50.</translation>
    </message>
    <message>
        <source>Tax payable: —</source>
        <translation>Tax payable: —</translation>
    </message>
    <message>
        <source>The return cannot be computed until the marked fields are corrected.</source>
        <translation>The return cannot be computed until the marked fields are corrected.</translation>
    </message>
    <message>
        <source>Tax payable: %1</source>
        <translation>Tax payable: %1</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Refund: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <source>Nothing to pay: you are exempt from paying the difference</source>
        <translation>Nothing to pay: you are exempt from paying the difference</translation>
    </message>
    <message>
        <source>Nothing to pay or refund</source>
        <translation>Nothing to pay or refund</translation>
    </message>
    <message>
        <source>Tax withheld during the year: %1.</source>
        <translation>Tax withheld during the year: %1.</translation>
    </message>
    <message>
        <source>Tax withheld during the year: %1. The marked claims are left out until they are corrected.</source>
        <translation>Tax withheld during the year: %1. The marked claims are left out until they are corrected.</translation>
    </message>
    <message>
        <source>Saving your deductions…</source>
        <translation>Saving your deductions…</translation>
    </message>
</context>
<context>
    <name>huisuan::DeductionsStep</name>
    <message>
        <source>Your deductions</source>
        <translation>Your deductions</translation>
    </message>
    <message>
        <source>The amounts the law allows for what you claimed, after the year&apos;s caps. Claim a deduction you are entitled to before you file: it lowers your tax.</source>
        <translation>The amounts the law allows for what you claimed, after the year&apos;s caps. Claim a deduction you are entitled to before you file: it lowers your tax.</translation>
    </message>
    <message>
        <source>Basic deduction:</source>
        <translation>Basic deduction:</translation>
    </message>
    <message>
        <source>Special deductions (social insurance and housing fund):</source>
        <translation>Special deductions (social insurance and housing fund):</translation>
    </message>
    <message>
        <source>Special additional deductions:</source>
        <translation>Special additional deductions:</translation>
    </message>
    <message>
        <source>Other deductions:</source>
        <translation>Other deductions:</translation>
    </message>
    <message>
        <source>Donations:</source>
        <translation>Donations:</translation>
    </message>
    <message>
        <source>Change &amp;deductions…</source>
        <translation>Change &amp;deductions…</translation>
    </message>
    <message>
        <source>Change the deductions of this year</source>
        <translation>Change the deductions of this year</translation>
    </message>
</context>
<context>
    <name>huisuan::DesktopSession</name>
    <message>
        <source>The vault is locked. Unlock it to see your tax years.</source>
        <translation>The vault is locked. Unlock it to see your tax years.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>The vault is locked. Unlock it first.</translation>
    </message>
    <message>
        <source>This income record is no longer in your vault; the list is shown again as it is now.</source>
        <translation>This income record is no longer in your vault; the list is shown again as it is now.</translation>
    </message>
    <message>
        <source>The bureau has not answered yet. The signed return is kept in the vault and will be sent again; nothing is filed twice.</source>
        <translation>The bureau has not answered yet. The signed return is kept in the vault and will be sent again; nothing is filed twice.</translation>
    </message>
    <message>
        <source>Your taxpayer profile is missing from the vault. Enrol again.</source>
        <translation>Your taxpayer profile is missing from the vault. Enrol again.</translation>
    </message>
    <message>
        <source>Enrol with the tax bureau first: your income is kept under the identity number you enrol with.</source>
        <translation>Enrol with the tax bureau first: your income is kept under the identity number you enrol with.</translation>
    </message>
    <message>
        <source>Only income you typed in can be changed. Dispute a prefilled record you do not recognise instead.</source>
        <translation>Only income you typed in can be changed. Dispute a prefilled record you do not recognise instead.</translation>
    </message>
    <message>
        <source>Only income you typed in can be deleted. Dispute a prefilled record you do not recognise instead.</source>
        <translation>Only income you typed in can be deleted. Dispute a prefilled record you do not recognise instead.</translation>
    </message>
    <message>
        <source>Only income the bureau prefilled can be disputed. Change or delete income you typed in yourself.</source>
        <translation>Only income the bureau prefilled can be disputed. Change or delete income you typed in yourself.</translation>
    </message>
    <message>
        <source>You have already disputed this record; the bureau is looking into it.</source>
        <translation>You have already disputed this record; the bureau is looking into it.</translation>
    </message>
    <message>
        <source>No return has been computed for %1 yet. Prepare the return of the year first.</source>
        <translation>No return has been computed for %1 yet. Prepare the return of the year first.</translation>
    </message>
    <message>
        <source>The tax bureau did not withdraw the filing: %1</source>
        <translation>The tax bureau did not withdraw the filing: %1</translation>
    </message>
</context>
<context>
    <name>huisuan::DisputePanel</name>
    <message>
        <source>Dispute a prefilled record</source>
        <translation>Dispute a prefilled record</translation>
    </message>
    <message>
        <source>%1 paid you %2 in %3, says the bureau. If that is not right, tell the bureau why; until it has looked into it, the record is left out of your return.</source>
        <translation>%1 paid you %2 in %3, says the bureau. If that is not right, tell the bureau why; until it has looked into it, the record is left out of your return.</translation>
    </message>
    <message>
        <source>The record disputed</source>
        <translation>The record disputed</translation>
    </message>
    <message>
        <source>This payer never paid me</source>
        <translation>This payer never paid me</translation>
    </message>
    <message>
        <source>The amount is wrong</source>
        <translation>The amount is wrong</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reason for the dispute</source>
        <translation>Reason for the dispute</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Note for the bureau, optional</source>
        <translation>Note for the bureau, optional</translation>
    </message>
    <message>
        <source>optional, for example what you know of this payer</source>
        <translation>optional, for example what you know of this payer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the dispute</source>
        <translation>Cancel the dispute</translation>
    </message>
    <message>
        <source>Send dispu&amp;te</source>
        <translation>Send dispu&amp;te</translation>
    </message>
    <message>
        <source>Send the dispute to the bureau</source>
        <translation>Send the dispute to the bureau</translation>
    </message>
    <message>
        <source>Dispute this income?</source>
        <translation>Dispute this income?</translation>
    </message>
    <message>
        <source>Send the dispute of %1 from %2 to the tax bureau? The bureau will look into it; meanwhile the record is left out of your return.</source>
        <translation>Send the dispute of %1 from %2 to the tax bureau? The bureau will look into it; meanwhile the record is left out of your return.</translation>
    </message>
    <message>
        <source>Send dispute</source>
        <translation>Send dispute</translation>
    </message>
</context>
<context>
    <name>huisuan::EnrolPage</name>
    <message>
        <source>Enrol with the tax bureau</source>
        <translation>Enrol with the tax bureau</translation>
    </message>
    <message>
        <source>To download your prefilled income and to file, Huisuan makes a signing key in your vault and has the bureau certify it for you. Enter your name and identity number as on your resident identity card.</source>
        <translation>To download your prefilled income and to file, Huisuan makes a signing key in your vault and has the bureau certify it for you. Enter your name and identity number as on your resident identity card.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>&amp;Identity number:</translation>
    </message>
    <message>
        <source>Resident identity number</source>
        <translation>Resident identity number</translation>
    </message>
    <message>
        <source>Identity number check</source>
        <translation>Identity number check</translation>
    </message>
    <message>
        <source>&amp;Bureau address:</source>
        <translation>&amp;Bureau address:</translation>
    </message>
    <message>
        <source>Bureau address</source>
        <translation>Bureau address</translation>
    </message>
    <message>
        <source>&amp;Certificates folder:</source>
        <translation>&amp;Certificates folder:</translation>
    </message>
    <message>
        <source>Folder with the bureau&apos;s certificates</source>
        <translation>Folder with the bureau&apos;s certificates</translation>
    </message>
    <message>
        <source>The folder where the bureau publishes tls-ca.pem and sm2-ca.der</source>
        <translation>The folder where the bureau publishes tls-ca.pem and sm2-ca.der</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the certificates folder</source>
        <translation>Choose the certificates folder</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Enrol with the bureau</source>
        <translation>Enrol with the bureau</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Enrol later</source>
        <translation>Enrol later</translation>
    </message>
    <message>
        <source>Enrolling with the bureau</source>
        <translation>Enrolling with the bureau</translation>
    </message>
    <message>
        <source>Enrolment status</source>
        <translation>Enrolment status</translation>
    </message>
    <message>
        <source>This is not a valid resident identity number: check the 18 characters, the birth date in them and the last character.</source>
        <translation>This is not a valid resident identity number: check the 18 characters, the birth date in them and the last character.</translation>
    </message>
    <message>
        <source>The bureau&apos;s certificates folder</source>
        <translation>The bureau&apos;s certificates folder</translation>
    </message>
    <message>
        <source>Asking the bureau for your certificate…</source>
        <translation>Asking the bureau for your certificate…</translation>
    </message>
</context>
<context>
    <name>huisuan::FamilyEditor</name>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>spouse</translation>
    </message>
    <message>
        <source>Saving your family members…</source>
        <translation>Saving your family members…</translation>
    </message>
    <message>
        <source>Your family members are saved.</source>
        <translation>Your family members are saved.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>&amp;Identity number:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Relation of the family member</source>
        <translation>Relation of the family member</translation>
    </message>
    <message>
        <source>Name of the family member</source>
        <translation>Name of the family member</translation>
    </message>
    <message>
        <source>Identity number of the family member</source>
        <translation>Identity number of the family member</translation>
    </message>
    <message>
        <source>Problem with the identity number</source>
        <translation>Problem with the identity number</translation>
    </message>
    <message>
        <source>Birth date of the family member</source>
        <translation>Birth date of the family member</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Add the family member</source>
        <translation>Add the family member</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected family member</source>
        <translation>Remove the selected family member</translation>
    </message>
    <message>
        <source>Save &amp;family</source>
        <translation>Save &amp;family</translation>
    </message>
    <message>
        <source>Save the family members in the vault</source>
        <translation>Save the family members in the vault</translation>
    </message>
    <message>
        <source>Family status</source>
        <translation>Family status</translation>
    </message>
    <message>
        <source>This is not a valid resident identity number: check the 18 characters on the identity card.</source>
        <translation>This is not a valid resident identity number: check the 18 characters on the identity card.</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation>Enter the family member&apos;s name first.</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s 18-character resident identity number first.</source>
        <translation>Enter the family member&apos;s 18-character resident identity number first.</translation>
    </message>
    <message>
        <source>This identity number is already in the list.</source>
        <translation>This identity number is already in the list.</translation>
    </message>
    <message>
        <source>Added. Save the family to keep it.</source>
        <translation>Added. Save the family to keep it.</translation>
    </message>
    <message>
        <source>Removed. Save the family to keep it.</source>
        <translation>Removed. Save the family to keep it.</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
</context>
<context>
    <name>huisuan::FilingListModel</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Refund or payment</source>
        <translation>Refund or payment</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Original return</source>
        <translation>Original return</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>Replaced by a correction</translation>
    </message>
    <message>
        <source>A receipt that does not verify: do not rely on it</source>
        <translation>A receipt that does not verify: do not rely on it</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Refused by the bureau</source>
        <translation>Refused by the bureau</translation>
    </message>
    <message>
        <source>Accepted: refund of %1</source>
        <translation>Accepted: refund of %1</translation>
    </message>
    <message>
        <source>Accepted: %1 to pay</source>
        <translation>Accepted: %1 to pay</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>under review</translation>
    </message>
    <message>
        <source>at the treasury</source>
        <translation>at the treasury</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>could not be paid</source>
        <translation>could not be paid</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Not asked yet: refresh from the bureau</source>
        <translation>Not asked yet: refresh from the bureau</translation>
    </message>
    <message>
        <source>%1 to pay by %2: %3</source>
        <translation>%1 to pay by %2: %3</translation>
    </message>
    <message>
        <source>%1 to pay: %2</source>
        <translation>%1 to pay: %2</translation>
    </message>
    <message>
        <source>Refund of %1: %2</source>
        <translation>Refund of %1: %2</translation>
    </message>
</context>
<context>
    <name>huisuan::FilingsPage</name>
    <message>
        <source>Filing receipt</source>
        <translation>Filing receipt</translation>
    </message>
    <message>
        <source>Correction receipt</source>
        <translation>Correction receipt</translation>
    </message>
    <message>
        <source>Withdrawal receipt</source>
        <translation>Withdrawal receipt</translation>
    </message>
    <message>
        <source>The bank account is closed: register another bank card with the tax bureau.</source>
        <translation>The bank account is closed: register another bank card with the tax bureau.</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s reason: %1</source>
        <translation>The tax bureau&apos;s reason: %1</translation>
    </message>
    <message>
        <source>Reading your filings…</source>
        <translation>Reading your filings…</translation>
    </message>
    <message>
        <source>Filings of the %1 tax year</source>
        <translation>Filings of the %1 tax year</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Filings</translation>
    </message>
    <message>
        <source>Filings status</source>
        <translation>Filings status</translation>
    </message>
    <message>
        <source>Details of the selected filing</source>
        <translation>Details of the selected filing</translation>
    </message>
    <message>
        <source>Waiting for the tax bureau</source>
        <translation>Waiting for the tax bureau</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>Back to your tax years</translation>
    </message>
    <message>
        <source>&amp;Refresh from the bureau</source>
        <translation>&amp;Refresh from the bureau</translation>
    </message>
    <message>
        <source>Ask the tax bureau where your filings, refunds and payments stand</source>
        <translation>Ask the tax bureau where your filings, refunds and payments stand</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Withdraw the selected filing</source>
        <translation>Withdraw the selected filing</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Correct the selected filing</source>
        <translation>Correct the selected filing</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the selected filing as a PDF</source>
        <translation>Export the selected filing as a PDF</translation>
    </message>
    <message>
        <source>Nothing was filed for this year yet.</source>
        <translation>Nothing was filed for this year yet.</translation>
    </message>
    <message>
        <source>Submission %1: %2, %3</source>
        <translation>Submission %1: %2, %3</translation>
    </message>
    <message>
        <source>It replaces submission %1.</source>
        <translation>It replaces submission %1.</translation>
    </message>
    <message>
        <source>It was replaced by the correction %1.</source>
        <translation>It was replaced by the correction %1.</translation>
    </message>
    <message>
        <source>The return filed: refund of %1.</source>
        <translation>The return filed: refund of %1.</translation>
    </message>
    <message>
        <source>The return filed: %1 to pay.</source>
        <translation>The return filed: %1 to pay.</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Status history:</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message>
        <source>A receipt kept for this filing does not verify against the tax bureau&apos;s certificate; it is not shown. Refresh from the bureau to fetch it again.</source>
        <translation>A receipt kept for this filing does not verify against the tax bureau&apos;s certificate; it is not shown. Refresh from the bureau to fetch it again.</translation>
    </message>
    <message>
        <source>No receipt from the tax bureau yet.</source>
        <translation>No receipt from the tax bureau yet.</translation>
    </message>
    <message>
        <source>%1 %2, issued %3: %4</source>
        <translation>%1 %2, issued %3: %4</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>  Tax payable %1, withheld %2, balance %3 (negative: a refund)</source>
        <translation>  Tax payable %1, withheld %2, balance %3 (negative: a refund)</translation>
    </message>
    <message>
        <source>  Signed by %1; SM3 digest of the filed return %2</source>
        <translation>  Signed by %1; SM3 digest of the filed return %2</translation>
    </message>
    <message>
        <source>  The bureau says: %1</source>
        <translation>  The bureau says: %1</translation>
    </message>
    <message>
        <source>As the tax bureau said at %1.</source>
        <translation>As the tax bureau said at %1.</translation>
    </message>
    <message>
        <source>Asking the tax bureau…</source>
        <translation>Asking the tax bureau…</translation>
    </message>
    <message>
        <source>The tax bureau&apos;s answer is shown below.</source>
        <translation>The tax bureau&apos;s answer is shown below.</translation>
    </message>
    <message>
        <source>Withdraw the filing</source>
        <translation>Withdraw the filing</translation>
    </message>
    <message>
        <source>Withdraw filing %1 of the %2 tax year? The tax bureau then treats the return as never filed, and a refund not yet paid is stopped. This cannot be undone; you can file the year again afterwards.</source>
        <translation>Withdraw filing %1 of the %2 tax year? The tax bureau then treats the return as never filed, and a refund not yet paid is stopped. This cannot be undone; you can file the year again afterwards.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Asking the tax bureau to withdraw filing %1…</source>
        <translation>Asking the tax bureau to withdraw filing %1…</translation>
    </message>
    <message>
        <source>The tax bureau withdrew filing %1; its receipt is kept in your vault.</source>
        <translation>The tax bureau withdrew filing %1; its receipt is kept in your vault.</translation>
    </message>
    <message>
        <source>Export the filing as a PDF</source>
        <translation>Export the filing as a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>Saved the return, the receipt and the year&apos;s tax record as %1.</source>
        <translation>Saved the return, the receipt and the year&apos;s tax record as %1.</translation>
    </message>
</context>
<context>
    <name>huisuan::FirstRunPage</name>
    <message>
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <source>Huisuan keeps your income, deductions and filings in an encrypted vault on this computer. Choose a passphrase to protect it.</source>
        <translation>Huisuan keeps your income, deductions and filings in an encrypted vault on this computer. Choose a passphrase to protect it.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>The strength is estimated from the length and the kinds of characters (lower case, upper case, digits, symbols, Chinese characters) as if each were chosen at random. Words, names and dates are much easier to guess than the meter shows: a few unrelated words make a good passphrase.</source>
        <translation>The strength is estimated from the length and the kinds of characters (lower case, upper case, digits, symbols, Chinese characters) as if each were chosen at random. Words, names and dates are much easier to guess than the meter shows: a few unrelated words make a good passphrase.</translation>
    </message>
    <message>
        <source>If you lose this passphrase, nobody can open the vault again: not Huisuan, not the tax bureau, not anyone else. Write it down and keep it somewhere safe.</source>
        <translation>If you lose this passphrase, nobody can open the vault again: not Huisuan, not the tax bureau, not anyone else. Write it down and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Type a passphrase.</translation>
    </message>
    <message>
        <source>Weak (about %1 bits): too easy to guess; make it longer.</source>
        <translation>Weak (about %1 bits): too easy to guess; make it longer.</translation>
    </message>
    <message>
        <source>Fair (about %1 bits).</source>
        <translation>Fair (about %1 bits).</translation>
    </message>
    <message>
        <source>Strong (about %1 bits).</source>
        <translation>Strong (about %1 bits).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Creating the vault. Protecting it with your passphrase takes a moment…</source>
        <translation>Creating the vault. Protecting it with your passphrase takes a moment…</translation>
    </message>
    <message>
        <source>The vault could not be created: %1</source>
        <translation>The vault could not be created: %1</translation>
    </message>
    <message>
        <source>Open a filing to &amp;audit…</source>
        <translation>Open a filing to &amp;audit…</translation>
    </message>
    <message>
        <source>Open a filing to audit, without a vault</source>
        <translation>Open a filing to audit, without a vault</translation>
    </message>
</context>
<context>
    <name>huisuan::HomePage</name>
    <message>
        <source>Reading your tax years…</source>
        <translation>Reading your tax years…</translation>
    </message>
    <message>
        <source>Your tax years</source>
        <translation>Your tax years</translation>
    </message>
    <message>
        <source>Tax years</source>
        <translation>Tax years</translation>
    </message>
    <message>
        <source>You have not enrolled with the tax bureau yet: enrol to download your prefilled income and to file.</source>
        <translation>You have not enrolled with the tax bureau yet: enrol to download your prefilled income and to file.</translation>
    </message>
    <message>
        <source>&amp;Enrol with the bureau…</source>
        <translation>&amp;Enrol with the bureau…</translation>
    </message>
    <message>
        <source>Enrol with the bureau</source>
        <translation>Enrol with the bureau</translation>
    </message>
    <message>
        <source>&amp;Income…</source>
        <translation>&amp;Income…</translation>
    </message>
    <message>
        <source>Income of the selected tax year</source>
        <translation>Income of the selected tax year</translation>
    </message>
    <message>
        <source>&amp;Reconcile and file…</source>
        <translation>&amp;Reconcile and file…</translation>
    </message>
    <message>
        <source>Reconcile and file the selected tax year</source>
        <translation>Reconcile and file the selected tax year</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>The computed return of the selected tax year, explained</source>
        <translation>The computed return of the selected tax year, explained</translation>
    </message>
    <message>
        <source>&amp;Filings…</source>
        <translation>&amp;Filings…</translation>
    </message>
    <message>
        <source>Filings of the selected tax year</source>
        <translation>Filings of the selected tax year</translation>
    </message>
    <message>
        <source>&amp;Deductions…</source>
        <translation>&amp;Deductions…</translation>
    </message>
    <message>
        <source>Deductions of the selected tax year</source>
        <translation>Deductions of the selected tax year</translation>
    </message>
</context>
<context>
    <name>huisuan::IdentityStep</name>
    <message>
        <source>Reading your vault…</source>
        <translation>Reading your vault…</translation>
    </message>
    <message>
        <source>This return corrects (更正) the accepted filing %1; the bureau keeps the new one in its place.</source>
        <translation>This return corrects (更正) the accepted filing %1; the bureau keeps the new one in its place.</translation>
    </message>
    <message>
        <source>Who and which year</source>
        <translation>Who and which year</translation>
    </message>
    <message>
        <source>Check that this is you and the year you are reconciling. Your identity comes from your enrolment with the bureau.</source>
        <translation>Check that this is you and the year you are reconciling. Your identity comes from your enrolment with the bureau.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Identity number:</source>
        <translation>Identity number:</translation>
    </message>
    <message>
        <source>Tax year:</source>
        <translation>Tax year:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>Tax year</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeEntryForm</name>
    <message>
        <source>Write the amount in yuan with digits and at most two decimals, without separators or signs: for example 12000 or 12000.50.</source>
        <translation>Write the amount in yuan with digits and at most two decimals, without separators or signs: for example 12000 or 12000.50.</translation>
    </message>
    <message>
        <source>This amount is larger than any income can be (at most 999999999999.99); check it.</source>
        <translation>This amount is larger than any income can be (at most 999999999999.99); check it.</translation>
    </message>
    <message>
        <source>Enter the income you received; it is more than zero.</source>
        <translation>Enter the income you received; it is more than zero.</translation>
    </message>
    <message>
        <source>Change income you typed in</source>
        <translation>Change income you typed in</translation>
    </message>
    <message>
        <source>Add income the bureau does not know</source>
        <translation>Add income the bureau does not know</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>Kind of income</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Month the income was paid</source>
        <translation>Month the income was paid</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Payer:</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>Payer&apos;s name</translation>
    </message>
    <message>
        <source>Credit c&amp;ode:</source>
        <translation>Credit c&amp;ode:</translation>
    </message>
    <message>
        <source>Payer&apos;s unified social credit code, if you know it</source>
        <translation>Payer&apos;s unified social credit code, if you know it</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Credit code check</source>
        <translation>Credit code check</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>&amp;Income:</translation>
    </message>
    <message>
        <source>Income in yuan, before tax</source>
        <translation>Income in yuan, before tax</translation>
    </message>
    <message>
        <source>Income check</source>
        <translation>Income check</translation>
    </message>
    <message>
        <source>Tax &amp;withheld:</source>
        <translation>Tax &amp;withheld:</translation>
    </message>
    <message>
        <source>Tax withheld in yuan</source>
        <translation>Tax withheld in yuan</translation>
    </message>
    <message>
        <source>Tax withheld check</source>
        <translation>Tax withheld check</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancel the change</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Save the changed income</source>
        <translation>Save the changed income</translation>
    </message>
    <message>
        <source>Add this income</source>
        <translation>Add this income</translation>
    </message>
    <message>
        <source>This is not a valid unified social credit code: check its 18 characters against the payer&apos;s business licence or your pay slip, or leave it empty.</source>
        <translation>This is not a valid unified social credit code: check its 18 characters against the payer&apos;s business licence or your pay slip, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomePage</name>
    <message>
        <source>Reading your income…</source>
        <translation>Reading your income…</translation>
    </message>
    <message>
        <source>Income of the %1 tax year</source>
        <translation>Income of the %1 tax year</translation>
    </message>
    <message>
        <source>Income records</source>
        <translation>Income records</translation>
    </message>
    <message>
        <source>&amp;Download from the bureau</source>
        <translation>&amp;Download from the bureau</translation>
    </message>
    <message>
        <source>Download the prefilled income from the bureau</source>
        <translation>Download the prefilled income from the bureau</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>Back to your tax years</translation>
    </message>
    <message>
        <source>Income status</source>
        <translation>Income status</translation>
    </message>
    <message>
        <source>Downloading the income employers declared for you…</source>
        <translation>Downloading the income employers declared for you…</translation>
    </message>
    <message numerus="yes">
        <source>The bureau sent %n prefilled record(s).</source>
        <translation>
            <numerusform>The bureau sent %n prefilled record.</numerusform>
            <numerusform>The bureau sent %n prefilled records.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Change the income you typed in</source>
        <translation>Change the income you typed in</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Delete the income you typed in</source>
        <translation>Delete the income you typed in</translation>
    </message>
    <message>
        <source>Di&amp;spute…</source>
        <translation>Di&amp;spute…</translation>
    </message>
    <message>
        <source>Dispute a prefilled record you do not recognise</source>
        <translation>Dispute a prefilled record you do not recognise</translation>
    </message>
    <message>
        <source>Waiting for your vault or the bureau</source>
        <translation>Waiting for your vault or the bureau</translation>
    </message>
    <message>
        <source>No income recorded for this year yet. Download the prefilled income from the bureau, or add income the bureau does not know below.</source>
        <translation>No income recorded for this year yet. Download the prefilled income from the bureau, or add income the bureau does not know below.</translation>
    </message>
    <message>
        <source>Delete this income?</source>
        <translation>Delete this income?</translation>
    </message>
    <message>
        <source>Delete the income of %1 from %2 in %3? It is left out of your return.</source>
        <translation>Delete the income of %1 from %2 in %3? It is left out of your return.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The income from %1 is deleted.</source>
        <translation>The income from %1 is deleted.</translation>
    </message>
    <message>
        <source>Saving in your vault…</source>
        <translation>Saving in your vault…</translation>
    </message>
    <message>
        <source>The income from %1 is added.</source>
        <translation>The income from %1 is added.</translation>
    </message>
    <message>
        <source>The income from %1 is changed.</source>
        <translation>The income from %1 is changed.</translation>
    </message>
    <message>
        <source>Sending your dispute to the bureau…</source>
        <translation>Sending your dispute to the bureau…</translation>
    </message>
    <message>
        <source>The bureau received your dispute. The record is left out of your return while it looks into it.</source>
        <translation>The bureau received your dispute. The record is left out of your return while it looks into it.</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeRecordListModel</name>
    <message>
        <source>Wages</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>Labor remuneration</source>
        <translation>Labor remuneration</translation>
    </message>
    <message>
        <source>Author&apos;s remuneration</source>
        <translation>Author&apos;s remuneration</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>Royalties</translation>
    </message>
    <message>
        <source>Prefilled by the bureau, disputed</source>
        <translation>Prefilled by the bureau, disputed</translation>
    </message>
    <message>
        <source>Prefilled by the bureau</source>
        <translation>Prefilled by the bureau</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Imported from a file</translation>
    </message>
    <message>
        <source>Typed in by you</source>
        <translation>Typed in by you</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>Unified social credit code: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>Kind of income</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Tax withheld</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
</context>
<context>
    <name>huisuan::IncomeStep</name>
    <message>
        <source>Reading your income…</source>
        <translation>Reading your income…</translation>
    </message>
    <message>
        <source>No income is recorded for %1. Download it from the bureau, or add what you received, on the income page.</source>
        <translation>No income is recorded for %1. Download it from the bureau, or add what you received, on the income page.</translation>
    </message>
    <message>
        <source>Income recorded: %1; tax already withheld: %2.</source>
        <translation>Income recorded: %1; tax already withheld: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n disputed record(s) are left out of the return until the bureau settles them.</source>
        <translation>
            <numerusform>%n disputed record is left out of the return until the bureau settles it.</numerusform>
            <numerusform>%n disputed records are left out of the return until the bureau settles them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your income</source>
        <translation>Your income</translation>
    </message>
    <message>
        <source>What your employers and other payers declared, and what you added yourself. If something is missing or not yours, change it before you go on.</source>
        <translation>What your employers and other payers declared, and what you added yourself. If something is missing or not yours, change it before you go on.</translation>
    </message>
    <message>
        <source>Income records</source>
        <translation>Income records</translation>
    </message>
    <message>
        <source>Change &amp;income…</source>
        <translation>Change &amp;income…</translation>
    </message>
    <message>
        <source>Change the income of this year</source>
        <translation>Change the income of this year</translation>
    </message>
</context>
<context>
    <name>huisuan::MainWindow</name>
    <message>
        <source>Huisuan: individual income tax</source>
        <translation>Huisuan: individual income tax</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language, auto-lock time and tax bureau address</source>
        <translation>Language, auto-lock time and tax bureau address</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Lock the vault now</translation>
    </message>
    <message>
        <source>The vault was locked because you were away.</source>
        <translation>The vault was locked because you were away.</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Companies</translation>
    </message>
    <message>
        <source>Withholding for the employees of your client companies</source>
        <translation>Withholding for the employees of your client companies</translation>
    </message>
    <message>
        <source>&amp;Audit a filing…</source>
        <translation>&amp;Audit a filing…</translation>
    </message>
    <message>
        <source>Verify a signed filing and replay its computation; no vault needed</source>
        <translation>Verify a signed filing and replay its computation; no vault needed</translation>
    </message>
</context>
<context>
    <name>huisuan::ReceiptStep</name>
    <message>
        <source>Filed: the bureau accepted your return</source>
        <translation>Filed: the bureau accepted your return</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Receipt: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>Submission: %1</source>
        <translation>Submission: %1</translation>
    </message>
    <message>
        <source>Tax payable (the bureau&apos;s computation): %1</source>
        <translation>Tax payable (the bureau&apos;s computation): %1</translation>
    </message>
    <message>
        <source>Tax withheld: %1</source>
        <translation>Tax withheld: %1</translation>
    </message>
    <message>
        <source>Fingerprint of what you signed (SM3): %1</source>
        <translation>Fingerprint of what you signed (SM3): %1</translation>
    </message>
    <message>
        <source>The receipt carries the bureau&apos;s SM2 signature, verified; your vault keeps it.</source>
        <translation>The receipt carries the bureau&apos;s SM2 signature, verified; your vault keeps it.</translation>
    </message>
    <message>
        <source>The bureau did not accept your return</source>
        <translation>The bureau did not accept your return</translation>
    </message>
    <message>
        <source>Nothing was filed. Change what the bureau names and reconcile again.</source>
        <translation>Nothing was filed. Change what the bureau names and reconcile again.</translation>
    </message>
    <message>
        <source>Signed and waiting for the bureau</source>
        <translation>Signed and waiting for the bureau</translation>
    </message>
    <message>
        <source>Your filing is kept in the vault and sent again until the bureau answers; it is never filed twice. Its state shows on the home page.</source>
        <translation>Your filing is kept in the vault and sent again until the bureau answers; it is never filed twice. Its state shows on the home page.</translation>
    </message>
    <message>
        <source>Nothing was filed</source>
        <translation>Nothing was filed</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>huisuan::ReconciliationWizard</name>
    <message>
        <source>Annual reconciliation %1</source>
        <translation>Annual reconciliation %1</translation>
    </message>
    <message>
        <source>Correction of the %1 return</source>
        <translation>Correction of the %1 return</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Sign and submit</source>
        <translation>&amp;Sign and submit</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>huisuan::RefundCardStep</name>
    <message>
        <source>Where your refund goes</source>
        <translation>Where your refund goes</translation>
    </message>
    <message>
        <source>A bank card in your own name, issued in mainland China. The bureau pays the refund to it.</source>
        <translation>A bank card in your own name, issued in mainland China. The bureau pays the refund to it.</translation>
    </message>
    <message>
        <source>Ban&amp;k:</source>
        <translation>Ban&amp;k:</translation>
    </message>
    <message>
        <source>Ca&amp;rd number:</source>
        <translation>Ca&amp;rd number:</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>for example 中国工商银行</source>
        <translation>for example 中国工商银行</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>The card is kept in your encrypted vault only.</source>
        <translation>The card is kept in your encrypted vault only.</translation>
    </message>
</context>
<context>
    <name>huisuan::ResultStep</name>
    <message>
        <source>Refund: %1</source>
        <translation>Refund: %1</translation>
    </message>
    <message>
        <source>More tax was withheld during the year than the year&apos;s income owes. File to get the difference back.</source>
        <translation>More tax was withheld during the year than the year&apos;s income owes. File to get the difference back.</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <source>Less tax was withheld than the year&apos;s income owes. File, then pay the amount by the end of June.</source>
        <translation>Less tax was withheld than the year&apos;s income owes. File, then pay the amount by the end of June.</translation>
    </message>
    <message>
        <source>Nothing to pay: exempt</source>
        <translation>Nothing to pay: exempt</translation>
    </message>
    <message>
        <source>The return shows %1 more tax, but the law exempts you from paying it: your comprehensive income was at most 120 000 yuan, or the amount at most 400 yuan.</source>
        <translation>The return shows %1 more tax, but the law exempts you from paying it: your comprehensive income was at most 120 000 yuan, or the amount at most 400 yuan.</translation>
    </message>
    <message>
        <source>Nothing to pay and nothing to refund</source>
        <translation>Nothing to pay and nothing to refund</translation>
    </message>
    <message>
        <source>The tax withheld during the year is exactly what the year&apos;s income owes.</source>
        <translation>The tax withheld during the year is exactly what the year&apos;s income owes.</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <source>Computed from your income and deductions under the year&apos;s rules.</source>
        <translation>Computed from your income and deductions under the year&apos;s rules.</translation>
    </message>
    <message>
        <source>How it was computed</source>
        <translation>How it was computed</translation>
    </message>
    <message>
        <source>Where the tax comes from</source>
        <translation>Where the tax comes from</translation>
    </message>
</context>
<context>
    <name>huisuan::ReturnPage</name>
    <message>
        <source>Reading the return…</source>
        <translation>Reading the return…</translation>
    </message>
    <message>
        <source>Return of the %1 tax year</source>
        <translation>Return of the %1 tax year</translation>
    </message>
    <message>
        <source>Return status</source>
        <translation>Return status</translation>
    </message>
    <message>
        <source>The lines of the return</source>
        <translation>The lines of the return</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to your tax years</source>
        <translation>Back to your tax years</translation>
    </message>
    <message>
        <source>This return cannot be read. Compute the return of the year again.</source>
        <translation>This return cannot be read. Compute the return of the year again.</translation>
    </message>
</context>
<context>
    <name>huisuan::ReturnResultView</name>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Why is “%1” %2?</source>
        <translation>Why is “%1” %2?</translation>
    </message>
    <message>
        <source>How %1 is computed, and under which rule</source>
        <translation>How %1 is computed, and under which rule</translation>
    </message>
</context>
<context>
    <name>huisuan::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Lock &amp;after:</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutes idle</translation>
    </message>
    <message>
        <source>Minutes of inactivity before the vault locks</source>
        <translation>Minutes of inactivity before the vault locks</translation>
    </message>
    <message>
        <source>Tax &amp;bureau address:</source>
        <translation>Tax &amp;bureau address:</translation>
    </message>
    <message>
        <source>Tax bureau address</source>
        <translation>Tax bureau address</translation>
    </message>
    <message>
        <source>the sandbox bureau that comes with Huisuan</source>
        <translation>the sandbox bureau that comes with Huisuan</translation>
    </message>
    <message>
        <source>Leave empty to use the sandbox bureau. Only change it if your tax bureau gave you an address starting with https://.</source>
        <translation>Leave empty to use the sandbox bureau. Only change it if your tax bureau gave you an address starting with https://.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The tax bureau address must start with https://, for example https://bureau.example.cn/.</source>
        <translation>The tax bureau address must start with https://, for example https://bureau.example.cn/.</translation>
    </message>
    <message>
        <source>About &amp;Huisuan…</source>
        <translation>About &amp;Huisuan…</translation>
    </message>
    <message>
        <source>About Huisuan: version and rule packs</source>
        <translation>About Huisuan: version and rule packs</translation>
    </message>
</context>
<context>
    <name>huisuan::SubmitStep</name>
    <message>
        <source>Signing and sending your return to the bureau…</source>
        <translation>Signing and sending your return to the bureau…</translation>
    </message>
    <message>
        <source>a refund of %1 to your card %2</source>
        <translation>a refund of %1 to your card %2</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>%1 to pay</translation>
    </message>
    <message>
        <source>nothing to pay and nothing to refund</source>
        <translation>nothing to pay and nothing to refund</translation>
    </message>
    <message>
        <source>You are about to sign the %1 annual return of %2 with your enrolment key and file it with the bureau: tax payable %3, %4.</source>
        <translation>You are about to sign the %1 annual return of %2 with your enrolment key and file it with the bureau: tax payable %3, %4.</translation>
    </message>
    <message>
        <source>Sign and submit</source>
        <translation>Sign and submit</translation>
    </message>
    <message>
        <source>Once submitted, a return can only be corrected (更正) or withdrawn (作废), never silently changed.</source>
        <translation>Once submitted, a return can only be corrected (更正) or withdrawn (作废), never silently changed.</translation>
    </message>
    <message>
        <source>I declare that this return is true, accurate and complete, and I am responsible for it under the law.</source>
        <translation>I declare that this return is true, accurate and complete, and I am responsible for it under the law.</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Submitting</translation>
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
        <translation>, </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&amp;Tax by bracket</source>
        <translation>&amp;Tax by bracket</translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation>&amp;Income</translation>
    </message>
    <message>
        <source>&amp;Deductions</source>
        <translation>&amp;Deductions</translation>
    </message>
    <message>
        <source>Where the tax comes from</source>
        <translation>Where the tax comes from</translation>
    </message>
    <message>
        <source>Income by category</source>
        <translation>Income by category</translation>
    </message>
    <message>
        <source>Deductions by kind</source>
        <translation>Deductions by kind</translation>
    </message>
    <message>
        <source>Tax from each bracket of the annual table</source>
        <translation>Tax from each bracket of the annual table</translation>
    </message>
    <message>
        <source>Tax from each bracket</source>
        <translation>Tax from each bracket</translation>
    </message>
    <message>
        <source>Income: %1.</source>
        <translation>Income: %1.</translation>
    </message>
    <message>
        <source>Deductions: %1.</source>
        <translation>Deductions: %1.</translation>
    </message>
    <message>
        <source>The brackets cannot be shown: this return was computed with rules this version does not have. Update Huisuan to see them.</source>
        <translation>The brackets cannot be shown: this return was computed with rules this version does not have. Update Huisuan to see them.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>The taxable income of %1 reaches %n bracket(s): %2; together %3.</source>
        <translation>
            <numerusform>The taxable income of %1 reaches %n bracket: %2; together %3.</numerusform>
            <numerusform>The taxable income of %1 reaches %n brackets: %2; together %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Nothing is taxable, so no bracket is reached.</source>
        <translation>Nothing is taxable, so no bracket is reached.</translation>
    </message>
    <message>
        <source>The annual bonus, taxed on its own, adds %1.</source>
        <translation>The annual bonus, taxed on its own, adds %1.</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Bonus: %1</source>
        <translation>Bonus: %1</translation>
    </message>
</context>
<context>
    <name>huisuan::TaxYearListModel</name>
    <message>
        <source>%1 tax year</source>
        <translation>%1 tax year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>refund of %1</source>
        <translation>refund of %1</translation>
    </message>
    <message>
        <source>%1 to pay</source>
        <translation>%1 to pay</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Draft: %1</translation>
    </message>
    <message>
        <source>Submitted, awaiting the receipt</source>
        <translation>Submitted, awaiting the receipt</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Filed: %1</source>
        <translation>Filed: %1</translation>
    </message>
    <message>
        <source>Start the annual reconciliation</source>
        <translation>Start the annual reconciliation</translation>
    </message>
    <message>
        <source>Review the return, then sign and submit it</source>
        <translation>Review the return, then sign and submit it</translation>
    </message>
    <message>
        <source>Wait for the tax bureau&apos;s receipt</source>
        <translation>Wait for the tax bureau&apos;s receipt</translation>
    </message>
    <message>
        <source>Pay the amount due before the deadline</source>
        <translation>Pay the amount due before the deadline</translation>
    </message>
    <message>
        <source>Nothing to do now</source>
        <translation>Nothing to do now</translation>
    </message>
    <message>
        <source>Filed: refund of %1 in progress</source>
        <translation>Filed: refund of %1 in progress</translation>
    </message>
    <message>
        <source>Filed: the refund of %1 could not be paid</source>
        <translation>Filed: the refund of %1 could not be paid</translation>
    </message>
    <message>
        <source>Filed: %1 to pay, payment due</source>
        <translation>Filed: %1 to pay, payment due</translation>
    </message>
    <message>
        <source>Filed: %1 to pay, payment overdue</source>
        <translation>Filed: %1 to pay, payment overdue</translation>
    </message>
    <message>
        <source>Filed: %1 paid</source>
        <translation>Filed: %1 paid</translation>
    </message>
    <message>
        <source>Filed: refund of %1 paid</source>
        <translation>Filed: refund of %1 paid</translation>
    </message>
    <message>
        <source>Wait for the refund to reach your bank account</source>
        <translation>Wait for the refund to reach your bank account</translation>
    </message>
    <message>
        <source>Check your bank card with the tax bureau, then ask for the refund again</source>
        <translation>Check your bank card with the tax bureau, then ask for the refund again</translation>
    </message>
    <message>
        <source>Pay the amount due now: the deadline has passed and a late fee accrues</source>
        <translation>Pay the amount due now: the deadline has passed and a late fee accrues</translation>
    </message>
</context>
<context>
    <name>huisuan::TraceDialog</name>
    <message>
        <source>How it is computed:</source>
        <translation>How it is computed:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Rule and citation:</source>
        <translation>Rule and citation:</translation>
    </message>
    <message>
        <source>%1 = %2, set by %3</source>
        <translation>%1 = %2, set by %3</translation>
    </message>
    <message>
        <source>(unverified: a working hypothesis, see the rules reference)</source>
        <translation>(unverified: a working hypothesis, see the rules reference)</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>Rounding:</translation>
    </message>
    <message>
        <source>none; the value is exact.</source>
        <translation>none; the value is exact.</translation>
    </message>
    <message>
        <source>half-up to the fen, %1 → %2</source>
        <translation>half-up to the fen, %1 → %2</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Why %1?</source>
        <translation>Why %1?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How %1 is computed</source>
        <translation>How %1 is computed</translation>
    </message>
    <message>
        <source>Made up of</source>
        <translation>Made up of</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Close the explanation</translation>
    </message>
</context>
<context>
    <name>huisuan::UnlockPage</name>
    <message>
        <source>Unlock your vault</source>
        <translation>Unlock your vault</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unlocking the vault</source>
        <translation>Unlocking the vault</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then type it again.</source>
        <translation>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then type it again.</translation>
    </message>
    <message>
        <source>Open a filing to &amp;audit…</source>
        <translation>Open a filing to &amp;audit…</translation>
    </message>
    <message>
        <source>Open a filing to audit, without unlocking the vault</source>
        <translation>Open a filing to audit, without unlocking the vault</translation>
    </message>
</context>
<context>
    <name>huisuan::WizardStep</name>
    <message>
        <source>The return cannot be computed as it is:</source>
        <translation>The return cannot be computed as it is:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>huisuan::WorkspacePanel</name>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Choose a company on the left, or add one.</source>
        <translation>Choose a company on the left, or add one.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tax &amp;year:</source>
        <translation>Tax &amp;year:</translation>
    </message>
    <message>
        <source>Tax year</source>
        <translation>Tax year</translation>
    </message>
    <message>
        <source>Filter by name, identity number or status</source>
        <translation>Filter by name, identity number or status</translation>
    </message>
    <message>
        <source>Filter employees</source>
        <translation>Filter employees</translation>
    </message>
    <message>
        <source>&amp;Employees</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <source>Employees of the company</source>
        <translation>Employees of the company</translation>
    </message>
    <message>
        <source>Mon&amp;ths</source>
        <translation>Mon&amp;ths</translation>
    </message>
    <message>
        <source>Months of the tax year</source>
        <translation>Months of the tax year</translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation>Import &amp;roster…</translation>
    </message>
    <message>
        <source>Import the employee roster from a CSV or XLSX file</source>
        <translation>Import the employee roster from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>Payroll &amp;month:</source>
        <translation>Payroll &amp;month:</translation>
    </message>
    <message>
        <source>Month of the payroll rows without a month column</source>
        <translation>Month of the payroll rows without a month column</translation>
    </message>
    <message>
        <source>Import &amp;payroll…</source>
        <translation>Import &amp;payroll…</translation>
    </message>
    <message>
        <source>Import a payroll from a CSV or XLSX file</source>
        <translation>Import a payroll from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>&amp;Compute the year</source>
        <translation>&amp;Compute the year</translation>
    </message>
    <message>
        <source>Compute every employee&apos;s withholding for the tax year</source>
        <translation>Compute every employee&apos;s withholding for the tax year</translation>
    </message>
    <message>
        <source>Progress of the import or computation</source>
        <translation>Progress of the import or computation</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Stop the import or computation</source>
        <translation>Stop the import or computation</translation>
    </message>
    <message>
        <source>Batch work status</source>
        <translation>Batch work status</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>No employees yet. Import the company&apos;s roster (花名册) first, then its payroll.</source>
        <translation>No employees yet. Import the company&apos;s roster (花名册) first, then its payroll.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Import the roster</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Import a payroll</source>
        <translation>Import a payroll</translation>
    </message>
    <message>
        <source>Computing the withholding of %1…</source>
        <translation>Computing the withholding of %1…</translation>
    </message>
    <message>
        <source>Replace the payroll?</source>
        <translation>Replace the payroll?</translation>
    </message>
    <message>
        <source>The payroll of %1 is already imported. Replace it with this file? An employee missing from the file loses that month&apos;s payroll, and the withholding from that month on must be computed again.</source>
        <translation>The payroll of %1 is already imported. Replace it with this file? An employee missing from the file loses that month&apos;s payroll, and the withholding from that month on must be computed again.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Replacing the payroll of %1…</source>
        <translation>Replacing the payroll of %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: the payroll of %1 already imported is kept.</source>
        <translation>Nothing was imported: the payroll of %1 already imported is kept.</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%L1 rows read…</source>
        <translation>%L1 rows read…</translation>
    </message>
    <message>
        <source>%L1 of %L2 employees computed…</source>
        <translation>%L1 of %L2 employees computed…</translation>
    </message>
    <message>
        <source>roster template.csv</source>
        <translation>roster template.csv</translation>
    </message>
    <message>
        <source>payroll template.csv</source>
        <translation>payroll template.csv</translation>
    </message>
    <message>
        <source>labor payments template.csv</source>
        <translation>labor payments template.csv</translation>
    </message>
    <message>
        <source>Template&amp;s</source>
        <translation>Template&amp;s</translation>
    </message>
    <message>
        <source>Save an empty template to fill in</source>
        <translation>Save an empty template to fill in</translation>
    </message>
    <message>
        <source>Save &amp;roster template…</source>
        <translation>Save &amp;roster template…</translation>
    </message>
    <message>
        <source>Save &amp;payroll template…</source>
        <translation>Save &amp;payroll template…</translation>
    </message>
    <message>
        <source>Save &amp;labor payments template…</source>
        <translation>Save &amp;labor payments template…</translation>
    </message>
    <message>
        <source>Import &amp;labor payments…</source>
        <translation>Import &amp;labor payments…</translation>
    </message>
    <message>
        <source>Import the payroll month&apos;s labor payments (劳务报酬) from a CSV or XLSX file</source>
        <translation>Import the payroll month&apos;s labor payments (劳务报酬) from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>E&amp;xport declaration…</source>
        <translation>E&amp;xport declaration…</translation>
    </message>
    <message>
        <source>Save the payroll month&apos;s withholding declaration as CSV, Excel or PDF</source>
        <translation>Save the payroll month&apos;s withholding declaration as CSV, Excel or PDF</translation>
    </message>
    <message>
        <source>Import labor payments</source>
        <translation>Import labor payments</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Export the declaration of %1</source>
        <translation>Export the declaration of %1</translation>
    </message>
    <message>
        <source>declaration %1.xlsx</source>
        <translation>declaration %1.xlsx</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel (*.xlsx);;PDF (*.pdf)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the declaration of %1…</source>
        <translation>Writing the declaration of %1…</translation>
    </message>
    <message>
        <source>The template is saved as %1. Keep its header row, fill in one row per person, and import it.</source>
        <translation>The template is saved as %1. Keep its header row, fill in one row per person, and import it.</translation>
    </message>
    <message numerus="yes">
        <source>The declaration, %n line(s), is saved as %1.</source>
        <translation>
            <numerusform>The declaration, %n line, is saved as %1.</numerusform>
            <numerusform>The declaration, %n lines, is saved as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the labor payments?</source>
        <translation>Replace the labor payments?</translation>
    </message>
    <message>
        <source>The labor payments of %1 are already imported. Replace them with this file? Every labor payment of that month is replaced by the file&apos;s.</source>
        <translation>The labor payments of %1 are already imported. Replace them with this file? Every labor payment of that month is replaced by the file&apos;s.</translation>
    </message>
    <message>
        <source>Replacing the labor payments of %1…</source>
        <translation>Replacing the labor payments of %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: the labor payments of %1 already imported are kept.</source>
        <translation>Nothing was imported: the labor payments of %1 already imported are kept.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Huisuan: China&apos;s individual income tax, exact, explained and private.</source>
        <translation>Huisuan: China&apos;s individual income tax, exact, explained and private.</translation>
    </message>
    <message>
        <source>The vault directory to open or create.</source>
        <translation>The vault directory to open or create.</translation>
    </message>
    <message>
        <source>Show the version, the build and the rule packs, then exit.</source>
        <translation>Show the version, the build and the rule packs, then exit.</translation>
    </message>
</context>
</TS>
