<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Analytics</name>
    <message>
        <location filename="../core/analytics/analyticsservice.cpp" line="26"/>
        <source>Cannot read the oversight figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/analyticszone.cpp" line="31"/>
        <source>The analytics time zone &apos;%1&apos; is not known on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/factrecorder.cpp" line="21"/>
        <source>Cannot update the oversight figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <location filename="../core/reports/auditreportbuilder.cpp" line="21"/>
        <source>Cannot read the report&apos;s data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/auditreportbuilder.cpp" line="100"/>
        <source>A report needs a period: a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/auditreportbuilder.cpp" line="103"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/auditreportbuilder.cpp" line="124"/>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../core/audit/auditevent.cpp" line="60"/>
        <source>Cannot lock the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditevent.cpp" line="63"/>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/auditevent.cpp" line="83"/>
        <source>Cannot record the audit event &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/trailstart.cpp" line="26"/>
        <source>Cannot start the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="27"/>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="60"/>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="92"/>
        <source>event #%1 is missing (the next stored event is #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="95"/>
        <source>event #%1 is stored twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="101"/>
        <source>event #%1 (%2) was changed: its content no longer matches its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="109"/>
        <source>event #%1 was recorded after event #%2, not after #%3: events were reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="115"/>
        <source>event #%1 was changed and given a new hash: event #%2 was chained to a different one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="159"/>
        <source>the finalized review %1 of case %2 has no &apos;%3&apos; event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="166"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="168"/>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="180"/>
        <source>the review %1 of case %2 differs from its event #%3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="205"/>
        <source>event #%1 finalized review %2, which is no longer stored as finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="230"/>
        <source>the finalized review %1 of case %2 has no analytics record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="232"/>
        <source>the analytics record of review %1 (case %2) differs from the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="243"/>
        <source>an analytics record for case %1 has no finalized review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="281"/>
        <source>the import %1 of %2 has no &apos;%3&apos; event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="294"/>
        <source>the stored rows of import %1 (%2) differ from what event #%3 recorded: rows were changed, added or removed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="388"/>
        <source>event #%1 has hash %2, not the %3 that was cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="391"/>
        <source>event #%1, which was cited, is not in the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/chainverifier.cpp" line="400"/>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <location filename="../core/intake/batchlist.cpp" line="20"/>
        <source>Cannot read the import batches: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <location filename="../core/storage/bulkstatement.cpp" line="124"/>
        <location filename="../core/storage/bulkstatement.cpp" line="132"/>
        <source>Cannot prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="20"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="22"/>
        <source>column %1 has no name; it is called &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="31"/>
        <source>column %1 repeats the name &apos;%2&apos;; it is called &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="50"/>
        <source>%1 names column &apos;%2&apos;, which the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="52"/>
        <source>%1 names column &apos;%2&apos;, which is already mapped to another role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="62"/>
        <source>give either --confidence-column or --proba-columns, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="67"/>
        <source>--proba-columns names label &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="73"/>
        <source>--proba-columns needs at least two labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="85"/>
        <source>--allow-leak names column &apos;%1&apos;, which the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/columnmap.cpp" line="91"/>
        <source>the file&apos;s columns are: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <location filename="../core/storage/connectionspec.cpp" line="46"/>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/connectionspec.cpp" line="55"/>
        <source>The PostgreSQL URL &apos;%1&apos; names no database: add /dbname after the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/connectionspec.cpp" line="67"/>
        <source>The port &apos;%1&apos; in the PostgreSQL URL is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/connectionspec.cpp" line="71"/>
        <source>The PostgreSQL URL has an unknown parameter &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDigest</name>
    <message>
        <location filename="../core/audit/contentdigest.cpp" line="27"/>
        <location filename="../core/audit/contentdigest.cpp" line="36"/>
        <source>Cannot read stored content: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/intake/csvreader.cpp" line="64"/>
        <source>field is longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/csvreader.cpp" line="76"/>
        <source>more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/csvreader.cpp" line="103"/>
        <source>quoted field is never closed (the rest of the file was read as part of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/csvreader.cpp" line="142"/>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/csvreader.cpp" line="160"/>
        <source>the file is empty: no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/csvreader.cpp" line="165"/>
        <source>the header line is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/csvreader.cpp" line="171"/>
        <source>the header line is not valid UTF-8 (column %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="36"/>
        <source>Database statement failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="82"/>
        <source>Cannot start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="86"/>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="181"/>
        <source>%1 can be read by other users of this computer; it holds decisions and people&apos;s work. Restrict it with: chmod 600 &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="219"/>
        <source>%1 is a directory, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="222"/>
        <source>%1 is not an Oversight database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="226"/>
        <source>%1 is read-only for this user (the file, or its folder %2, where the database keeps its -wal and -shm files). Oversight needs to write to its database; ask for write access, or copy the file to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="233"/>
        <source>No database at %1. Create one with &apos;oversight-cli --db %1 init --admin NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="237"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="244"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="253"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="259"/>
        <source>This installation has no PostgreSQL driver for Qt (Debian: apt-get install libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="275"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="294"/>
        <source>%1 is not a readable Oversight database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="296"/>
        <source>%1 has schema version %2, but this program knows versions up to %3. Use a newer Oversight; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="303"/>
        <source>%1 is a database of another application; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="305"/>
        <source>%1 already holds an Oversight database; a copy needs an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="331"/>
        <source>The database server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="396"/>
        <source>The database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="404"/>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/writefailure.cpp" line="28"/>
        <source>Cannot write to %1: the disk is full, or the file may not grow any larger (%2). Nothing of this change was stored. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/writefailure.cpp" line="34"/>
        <source>Cannot write to %1: it is read-only for this user (%2). Nothing of this change was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseAdmin</name>
    <message>
        <location filename="../core/audit/databaseadmin.cpp" line="53"/>
        <source>The copy failed and was undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="89"/>
        <location filename="../core/storage/databasecopy.cpp" line="118"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="101"/>
        <location filename="../core/storage/databasecopy.cpp" line="122"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="112"/>
        <source>Cannot copy row %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="127"/>
        <source>Cannot copy %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="144"/>
        <source>The database has a table this program does not copy: %1. Use the Oversight version that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="150"/>
        <source>Cannot read the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="154"/>
        <source>Cannot write the target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databasecopy.cpp" line="174"/>
        <source>Cannot continue the keys of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/intake/importer.cpp" line="100"/>
        <source>%1: cannot tell the format from the extension &apos;.%2&apos;; use --format csv or --format jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="109"/>
        <source>%1 is UTF-16 text; save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="112"/>
        <source>%1 is a binary file, not CSV or JSON Lines text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="120"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="198"/>
        <source>it repeats the id of row %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="200"/>
        <source>it is already in the database (row %1 of %2, batch %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="237"/>
        <source>%1 is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="239"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="269"/>
        <location filename="../core/intake/importer.cpp" line="274"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="285"/>
        <source>The database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="302"/>
        <source>%1 was already imported as batch %2 (from %3 at %4); use --force to import it again (cases already present are never duplicated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="326"/>
        <source>Cannot record the model version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="351"/>
        <source>Cannot record the batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="383"/>
        <location filename="../core/intake/importer.cpp" line="485"/>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="414"/>
        <location filename="../core/intake/importer.cpp" line="441"/>
        <source>Cannot store row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="422"/>
        <source>duplicate case id &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="483"/>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="495"/>
        <source>leak check not applied: %1 accepted rows, fewer than the %2 it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="504"/>
        <source>column &apos;%1&apos; predicts the model label (score %2) but is allowed by --allow-leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="510"/>
        <source>&apos;%1&apos; (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="519"/>
        <source>%1: refused, fact columns predict the model&apos;s label and would show reviewers the AI&apos;s answer before they commit: %2. Hide them with --hide, or, if reviewers must see them, allow them with --allow-leak. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="526"/>
        <source>%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/importer.cpp" line="549"/>
        <source>Cannot record the batch counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlReader</name>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="141"/>
        <source>the file is empty: no JSON object to take the columns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="145"/>
        <source>the first line is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="152"/>
        <source>the first line is not a JSON object (%1); the columns are taken from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="154"/>
        <source>another JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="177"/>
        <source>line is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="188"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="192"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="198"/>
        <source>a key appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/jsonlreader.cpp" line="203"/>
        <source>key &apos;%1&apos; is not among the columns of the first line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaseSetting</name>
    <message>
        <location filename="../core/review/leasesetting.cpp" line="33"/>
        <source>A lease is between 1 and %1 minutes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OversightCharts</name>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="29"/>
        <source>Rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="56"/>
        <source>Override rate by reviewer (95 % interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="58"/>
        <location filename="../ui/charts/oversightcharts.cpp" line="147"/>
        <location filename="../ui/charts/oversightcharts.cpp" line="175"/>
        <source>Override rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="60"/>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="79"/>
        <source>Reviewer (lowest override rate first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="92"/>
        <source>%1 threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="113"/>
        <source>Override rate by hour of day (finalization time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="131"/>
        <source>Hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="146"/>
        <source>Override rate by position since the last break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="161"/>
        <source>Reviews since a break (gap &gt; 15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="173"/>
        <source>Daily override rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/oversightcharts.cpp" line="195"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OversightReport</name>
    <message>
        <location filename="../core/analytics/oversightreport.cpp" line="41"/>
        <source>Reviewers overrode the model in %1 of %2 reviews (95 % interval %3 to %4), below %5: oversight may be passive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/oversightreport.cpp" line="64"/>
        <source>%1 of %2 reviewers with at least %3 reviews override the model in fewer than %4 of cases: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/oversightreport.cpp" line="81"/>
        <source>On high-volume days reviewers overrode the model in %1 of %2 reviews, less than half the %3 of %4 reviews on low-volume days: oversight may thin out under load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/oversightreport.cpp" line="97"/>
        <source>The daily override rate fell by %1 points a day over the last %2 days (p = %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/oversightreport.cpp" line="109"/>
        <source>Override rates differ across reviewers more than chance explains (chi-square %1, %2 degrees of freedom, p = %3): compare how they review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <location filename="../core/accounts/passwordhasher.cpp" line="33"/>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/passwordhasher.cpp" line="39"/>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/passwordhasher.cpp" line="72"/>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/passwordhasher.cpp" line="74"/>
        <source>The password must not be the login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="29"/>
        <location filename="../ui/reports/pdfreport.cpp" line="34"/>
        <location filename="../ui/reports/pdfreport.cpp" line="39"/>
        <location filename="../ui/reports/pdfreport.cpp" line="243"/>
        <location filename="../ui/reports/pdfreport.cpp" line="247"/>
        <location filename="../ui/reports/pdfreport.cpp" line="322"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="35"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="39"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="88"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="88"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="89"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="89"/>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="90"/>
        <source>Routing policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="90"/>
        <source>Escalations and releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="91"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="91"/>
        <source>Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="156"/>
        <source>Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="157"/>
        <source>Human oversight audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="159"/>
        <source>Period: %1 to %2 (days in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="163"/>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="165"/>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="167"/>
        <source>reviewer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="168"/>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="169"/>
        <source>none, every review of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="171"/>
        <source>Generated by %1 on %2 with Oversight %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="173"/>
        <source>Audit chain: event #%1, hash %2; verification: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="178"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="188"/>
        <source>%1. %2, page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="196"/>
        <source>intact (every event, finalized review and import checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="197"/>
        <source>FAILED at event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="204"/>
        <location filename="../ui/reports/pdfreport.cpp" line="229"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="204"/>
        <location filename="../ui/reports/pdfreport.cpp" line="229"/>
        <location filename="../ui/reports/pdfreport.cpp" line="435"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="204"/>
        <location filename="../ui/reports/pdfreport.cpp" line="229"/>
        <location filename="../ui/reports/pdfreport.cpp" line="241"/>
        <location filename="../ui/reports/pdfreport.cpp" line="328"/>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="204"/>
        <location filename="../ui/reports/pdfreport.cpp" line="229"/>
        <location filename="../ui/reports/pdfreport.cpp" line="241"/>
        <location filename="../ui/reports/pdfreport.cpp" line="328"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="205"/>
        <source>Finalized reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="206"/>
        <source>Override rate (final differs from the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="209"/>
        <source>Independent disagreement (initial differs from the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="212"/>
        <source>Deference (switched to the model after disagreeing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="215"/>
        <source>Changed mind (final differs from initial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="218"/>
        <source>Mean time to the initial decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="220"/>
        <source>Mean time from reveal to final decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="224"/>
        <source>Where the outcome is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="230"/>
        <source>Model accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="231"/>
        <source>Initial human decision accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="232"/>
        <source>Final decision accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="233"/>
        <source>Switched to the model when it was right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="235"/>
        <source>Held against the model when it was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="238"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="241"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="241"/>
        <source>Override rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="242"/>
        <source>High volume (above the 75th percentile, %1 reviews a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="246"/>
        <source>Low volume (below the 25th percentile, %1 reviews a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="256"/>
        <source>No warning: none of the passive-oversight signals fired on the reviews of this period, at the sample sizes they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="292"/>
        <source>Override rate by reviewer with 95 % intervals, in the order of the Reviewers table; the line marks the passive-oversight threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="297"/>
        <source>Override rate by hour of the finalization, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="299"/>
        <source>Override rate by position in the reviewer&apos;s day and since the last break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="301"/>
        <source>Daily override rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="325"/>
        <source>No finalized review in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="328"/>
        <location filename="../ui/reports/pdfreport.cpp" line="392"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="328"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="329"/>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="329"/>
        <source>Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="329"/>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="330"/>
        <source>Brier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="333"/>
        <source>Do reviewers differ? Chi-square %1 with %2 degrees of freedom, p = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="343"/>
        <source>In force when the report was generated: cases with model confidence below %1 go to human review; %2 of the rest are sampled for audit (sampling seed %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="351"/>
        <source>Import batches up to the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="360"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="360"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="361"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="361"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="361"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="361"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="362"/>
        <source>Audit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="362"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="362"/>
        <source>Policy overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="371"/>
        <source>No case was released, escalated or left to expire in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="379"/>
        <source>%1 released, %2 escalated, %3 expired leases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="390"/>
        <source>escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="392"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="392"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="392"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="393"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="393"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="396"/>
        <source>The first %1 of %2 are listed; the JSON report has all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="404"/>
        <source>Each case a reviewer decides is first judged blind: the reviewer commits an initial decision and a confidence before Oversight shows what the model recommended. Then the model&apos;s answer is shown and the reviewer decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="407"/>
        <source>Override rate: the share of finalized reviews whose final decision differs from the model&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="409"/>
        <source>Independent disagreement: the share whose initial, blind decision differs from the model&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="411"/>
        <source>Deference: among reviews where the initial decision differed from the model, the share whose final decision is the model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="413"/>
        <source>Changed mind: the share whose final decision differs from the initial one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="414"/>
        <source>Workload: each review carries its calendar day&apos;s review volume; high-volume reviews are on days above the 75th percentile of that series, low-volume below the 25th (linear interpolation). Breaks are gaps of more than 15 minutes between a reviewer&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="418"/>
        <source>Intervals are 95 % Wilson score intervals; n is the number of reviews a rate is computed from. A warning only fires when n is large enough to support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="421"/>
        <source>Calibration: the Brier score of the confidence reviewers committed with their initial decision, where the outcome is known (0 is perfect, 0.25 is a coin toss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="424"/>
        <source>Days and hours are calendar days and hours in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="432"/>
        <source>Every change in Oversight is an event in an append-only trail; each event&apos;s SHA-256 hash covers its content and the previous event&apos;s hash, so a changed, removed or reordered event breaks the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="435"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="436"/>
        <source>Last event that changed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="437"/>
        <source>Its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="438"/>
        <source>Its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="439"/>
        <source>Verification when generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="440"/>
        <source>To check this report against the database later, run &apos;oversight-cli verify&apos; and confirm that event #%1 still has the hash above (&apos;oversight-cli verify --anchor %1:HASH&apos; does both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="463"/>
        <source>Human oversight audit report %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="494"/>
        <source>Cannot start the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="512"/>
        <source>Oversight audit report, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="515"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/pdfreport.cpp" line="518"/>
        <source>Cannot finish the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="33"/>
        <source>see queue depths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="35"/>
        <source>import model decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="37"/>
        <source>change the routing policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="39"/>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="41"/>
        <source>see import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="43"/>
        <source>read oversight metrics, reports and the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="45"/>
        <source>review cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="65"/>
        <source>&apos;%1&apos; may not %2: that needs the role %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="66"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/permissions.cpp" line="67"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <location filename="../core/storage/privileges.cpp" line="24"/>
        <source>Privileges are a PostgreSQL matter; an SQLite file is protected by its file permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/privileges.cpp" line="30"/>
        <source>&apos;%1&apos; is not a plain role name (lower-case letters, digits, &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/privileges.cpp" line="37"/>
        <source>There is no role &apos;%1&apos; on the server; create it first (CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/privileges.cpp" line="45"/>
        <source>The schema &apos;%1&apos; has a name this command does not quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/privileges.cpp" line="59"/>
        <source>Cannot grant privileges to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueDepths</name>
    <message>
        <location filename="../core/queues/queuedepths.cpp" line="17"/>
        <location filename="../core/queues/queuedepths.cpp" line="42"/>
        <source>Cannot read the queues: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectWriter</name>
    <message>
        <location filename="../core/intake/rejectwriter.cpp" line="41"/>
        <location filename="../core/intake/rejectwriter.cpp" line="76"/>
        <location filename="../core/intake/rejectwriter.cpp" line="87"/>
        <source>Cannot write the rejects file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../ui/reports/reportexporter.cpp" line="20"/>
        <source>Verifying the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportexporter.cpp" line="36"/>
        <source>Writing the decision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportexporter.cpp" line="55"/>
        <source>Drawing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportexporter.cpp" line="66"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <location filename="../core/reports/reportfile.cpp" line="53"/>
        <location filename="../core/reports/reportfile.cpp" line="59"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportfile.cpp" line="56"/>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportfile.cpp" line="64"/>
        <source>Cannot read back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportfile.cpp" line="91"/>
        <source>The export could not be recorded, so %1 was removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <location filename="../core/reports/reportwriters.cpp" line="20"/>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <location filename="../core/audit/reviewevents.cpp" line="113"/>
        <source>Cannot read review %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/audit/reviewevents.cpp" line="115"/>
        <source>There is no review %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLogImporter</name>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="71"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="75"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="84"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="107"/>
        <source>%1: no column named %2 (the file has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="113"/>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="120"/>
        <source>%1 was already imported on %2; use --force to import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="134"/>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="298"/>
        <source>Cannot record the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="165"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="178"/>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (or does not exist in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="187"/>
        <source>&apos;%1&apos; is not a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="196"/>
        <source>&apos;%1&apos; is not a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="245"/>
        <source>Cannot store row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="249"/>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="252"/>
        <source>%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="265"/>
        <source>Cannot order the reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/reviewlogimporter.cpp" line="286"/>
        <source>Cannot store the ordinals: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="43"/>
        <source>The review could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="47"/>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="128"/>
        <source>You do not hold case %1: it was never claimed by you, is finished, or its lease expired and it went back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="144"/>
        <source>Case %1 is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="260"/>
        <location filename="../core/review/reviewservice.cpp" line="597"/>
        <source>&apos;%1&apos; is not a queue name (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="281"/>
        <source>Your initial decision on case %1 is committed: finalize or escalate it before taking another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="349"/>
        <source>The model&apos;s output for case %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="428"/>
        <source>Confidence must be between 0 and 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="439"/>
        <source>Your initial decision on case %1 is already committed (%2); it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="446"/>
        <location filename="../core/review/reviewservice.cpp" line="501"/>
        <source>&apos;%1&apos; is not a decision for case %2; choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="492"/>
        <source>Commit your initial decision on case %1 before the final one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="494"/>
        <source>The model&apos;s answer for case %1 has not been shown to you yet; open the case again to see it before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="507"/>
        <source>A rationale is required: your final decision &apos;%1&apos; differs from your initial decision &apos;%2&apos;. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="510"/>
        <source>A rationale is required: your final decision &apos;%1&apos; differs from the model&apos;s &apos;%2&apos;. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="565"/>
        <source>Say why you give case %1 back: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="573"/>
        <source>Your initial decision on case %1 is committed, so it cannot be given back unreviewed; finalize or escalate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="600"/>
        <source>The audit queue holds the random sample of automated decisions; escalate to a named queue such as &apos;senior&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="603"/>
        <source>Add a note for the senior reviewer: escalating case %1 needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/review/reviewservice.cpp" line="612"/>
        <source>Case %1 is already in the &apos;%2&apos; queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <location filename="../ui/roletext.cpp" line="10"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roletext.cpp" line="11"/>
        <source>compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/roletext.cpp" line="12"/>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingPolicy</name>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="28"/>
        <source>The threshold must be a number in (0, 1]; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="30"/>
        <source>The audit rate must be a number in [0, 1]; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="69"/>
        <source>confidence %1 is below the threshold %2: mandatory review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="73"/>
        <source>confidence %1 is at or above the threshold %2; audit draw %3 is below the rate %4: sampled for audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="80"/>
        <source>confidence %1 is at or above the threshold %2: automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="92"/>
        <source>Cannot read the routing policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="104"/>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/routing/routingpolicy.cpp" line="119"/>
        <source>Cannot save the routing policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="61"/>
        <source>the row has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="70"/>
        <source>field is longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="72"/>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="74"/>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="81"/>
        <source>missing case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="84"/>
        <source>missing model label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="92"/>
        <source>confidence %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="95"/>
        <source>confidence %1 is outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="117"/>
        <source>probability %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="123"/>
        <source>probability %1 is outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="143"/>
        <source>probabilities sum to %1, not 1 (tolerance %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="148"/>
        <source>label &apos;%1&apos; has no probability column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/intake/rowvalidator.cpp" line="152"/>
        <source>label &apos;%1&apos; has probability %2, but the highest is %3: the label must be the most probable class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../core/accounts/settings.cpp" line="29"/>
        <source>Cannot read the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/settings.cpp" line="54"/>
        <source>Cannot change the setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/settings.cpp" line="68"/>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="16"/>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="16"/>
        <location filename="../app/cli/filteroptions.cpp" line="17"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="17"/>
        <source>Last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="18"/>
        <source>Only this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="18"/>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="19"/>
        <source>Only this model (name, or name and version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="20"/>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="21"/>
        <source>Only this reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="21"/>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="22"/>
        <source>Time zone for days and hours (IANA name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="23"/>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="37"/>
        <source>--%1 is required (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="42"/>
        <source>--%1 expects a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filteroptions.cpp" line="49"/>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="43"/>
        <source>The user database could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="87"/>
        <source>&apos;%1&apos; is not a valid login: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="91"/>
        <source>A user needs at least one role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="95"/>
        <source>&apos;%1&apos; is not a role; the roles are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="104"/>
        <source>There is already a user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="143"/>
        <location filename="../core/accounts/userstore.cpp" line="158"/>
        <location filename="../core/accounts/userstore.cpp" line="264"/>
        <location filename="../core/accounts/userstore.cpp" line="320"/>
        <location filename="../core/accounts/userstore.cpp" line="376"/>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="145"/>
        <source>This database already has users; the first administrator exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="191"/>
        <source>The account &apos;%1&apos; is locked after repeated wrong passwords until %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="277"/>
        <source>The new user was stored but cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="325"/>
        <location filename="../core/accounts/userstore.cpp" line="381"/>
        <source>There is no user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="328"/>
        <source>&apos;%1&apos; is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="329"/>
        <source>&apos;%1&apos; is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="343"/>
        <source>&apos;%1&apos; is the last active administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/accounts/userstore.cpp" line="155"/>
        <source>Wrong login or password for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/context.cpp" line="40"/>
        <source>Act as this user (password from --password-stdin or $OVERSIGHT_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="44"/>
        <source>Read the password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="46"/>
        <source>Print one JSON document on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="17"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="25"/>
        <source>Every oversight metric and warning for a filter (needs --as, compliance or administrator). Dates are calendar days in --tz (default: the system zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="55"/>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="30"/>
        <source>Compute from every review instead of the rollup (slow; for checking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="36"/>
        <source>analyze takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="85"/>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="60"/>
        <source>reviews %1, override rate %2 (95 % CI %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="66"/>
        <source>independent disagreement %1, deference %2, changed mind %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="78"/>
        <location filename="../app/cli/context.cpp" line="118"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="32"/>
        <source>Database: a file, or a PostgreSQL server as postgresql://user@host:port/dbname?sslmode=require (password from $PGPASSWORD, ~/.pgpass or a prompt). Default: $OVERSIGHT_DB, else a file in the user&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="96"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="129"/>
        <source>Cannot read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="138"/>
        <source>A password is needed: give it on standard input with --password-stdin, or in the OVERSIGHT_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="167"/>
        <source>The new password is read from standard input (after the acting user&apos;s password when --password-stdin is given); none was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="175"/>
        <source>This command needs to know who acts: add --as LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="184"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="189"/>
        <source>usage error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/context.cpp" line="190"/>
        <source>Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="32"/>
        <source>Demo Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="33"/>
        <source>Demo Compliance Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="49"/>
        <source>Generate a realistic synthetic batch of credit decisions and import it. On a new or empty database an administrator &apos;demo-admin&apos; is created and its password printed once; otherwise --as is needed. With --out, only write the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="54"/>
        <source>Number of decisions (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="56"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="59"/>
        <source>Write the CSV to this file and import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="63"/>
        <source>Also simulate this many reviews by a review team over the last 28 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="67"/>
        <source>Write the simulated review log (--reviews of them) to this file and import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="74"/>
        <source>demo takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="80"/>
        <source>--cases expects a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="83"/>
        <source>--seed expects a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="91"/>
        <source>--reviews expects a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="95"/>
        <source>--reviews-out needs --reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="100"/>
        <location filename="../app/cli/democommand.cpp" line="112"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="145"/>
        <source>Cannot write the demo file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="157"/>
        <source>Cannot write the demo review log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="178"/>
        <source>Imported %1 demo decisions: %2 to review, %3 automated (%4 sampled for audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="187"/>
        <source>Imported %1 simulated reviews by a team of demo reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="191"/>
        <source>Demo accounts (passwords are shown only now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="37"/>
        <source>--%1 expects a number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="55"/>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="56"/>
        <source>  rows %1, accepted %2, rejected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="61"/>
        <source>  routed: review %1, automated %2 (of which audit sample %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="67"/>
        <source>  note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="43"/>
        <location filename="../app/cli/importreviewscommand.cpp" line="124"/>
        <source>  row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="45"/>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="49"/>
        <source>  (more rejects not listed; write them all with --rejects FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="75"/>
        <source>Import a model&apos;s decisions from CSV or JSON Lines, validate every row, check fact columns for leaks of the label, and route each case (needs --as, an administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="78"/>
        <source>The CSV or JSON Lines file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="80"/>
        <source>csv or jsonl (default: from the extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="83"/>
        <source>Column with the case id (default: id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="87"/>
        <source>Column with the model&apos;s decision (default: label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="91"/>
        <source>Column with the model&apos;s confidence in [0, 1] (default: confidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="95"/>
        <source>Per-label probability columns instead of a confidence: LABEL=COLUMN,LABEL=COLUMN,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="100"/>
        <source>Column with the known outcome, where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="103"/>
        <source>Columns stored but never shown to reviewers (comma-separated; may repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="107"/>
        <source>Fact columns to import even though they predict the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="109"/>
        <source>Model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="112"/>
        <source>Model version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="115"/>
        <source>Override the policy: review below this confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="119"/>
        <source>Override the policy: share of automated cases sampled for audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="122"/>
        <source>Override the policy: audit sampling seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="125"/>
        <location filename="../app/cli/importreviewscommand.cpp" line="57"/>
        <source>Store nothing if any row is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="128"/>
        <source>Import a file again that was imported before (existing cases are never duplicated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="132"/>
        <source>Write rejected rows, with the reasons, to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="140"/>
        <source>import takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="151"/>
        <source>--format is csv or jsonl, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="160"/>
        <source>--proba-columns expects LABEL=COLUMN pairs, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="191"/>
        <source>Importing... %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="17"/>
        <source>Create the database (or bring its schema up to date) and its first administrator. The administrator&apos;s password comes from --password-stdin or OVERSIGHT_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="21"/>
        <source>Login of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="27"/>
        <source>init takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="40"/>
        <source>The database has no users yet: name its first administrator with --admin LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="49"/>
        <source>The database already has users; add more with the accounts commands, not init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="59"/>
        <source>Database %1 is at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="60"/>
        <source>Created database %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="65"/>
        <source>Administrator &apos;%1&apos; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="23"/>
        <source>Create or upgrade the database and its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="26"/>
        <source>Import model decisions from CSV or JSON Lines and route them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="29"/>
        <source>Import a historical review log (CSV) for analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>Every oversight metric and warning for a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>Show the depth of each review queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34"/>
        <source>Review cases: next, commit, finalize, release, escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>Show or set the routing policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Generate a realistic synthetic batch and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="39"/>
        <source>Add, list, disable or enable users; set passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="41"/>
        <source>Write an audit report (PDF, CSV or JSON) of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="43"/>
        <source>Check the audit trail for tampering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>Copy a whole database into an empty one (e.g. SQLite to PostgreSQL) and verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="49"/>
        <source>PostgreSQL: give the application&apos;s role its privileges (the audit trail: insert and read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="55"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="61"/>
        <source>Run &apos;oversight-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="115"/>
        <source>Oversight: human oversight of AI decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="121"/>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="148"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="26"/>
        <source>threshold   %1  (confidence below it goes to the review queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="29"/>
        <source>audit rate  %1  (share of automated decisions sampled for audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="32"/>
        <source>seed        %1  (makes the audit sample re-derivable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="34"/>
        <source>separation of duties  %1  (importers may not review their own batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="35"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="35"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="37"/>
        <source>lease       %1 min  (a claimed case returns to its queue after it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="49"/>
        <source>policy show: print the routing policy. policy set: change it (needs --as, an administrator); the options not given keep their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="51"/>
        <source>show or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="53"/>
        <source>Review below this confidence, in (0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="57"/>
        <source>Share of automated decisions sampled for audit, in [0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="60"/>
        <source>Audit sampling seed (an integer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="63"/>
        <source>on (default) or off: may an account review cases of a batch it imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="67"/>
        <source>How long a claimed case stays with its reviewer (1 to 480 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="74"/>
        <source>policy needs one action: show or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="79"/>
        <source>policy show takes no options; use policy set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="100"/>
        <source>policy set needs --threshold, --audit-rate, --seed, --separation-of-duties or --lease-minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="107"/>
        <source>--lease-minutes expects a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="111"/>
        <source>--separation-of-duties is on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/policycommand.cpp" line="120"/>
        <source>--threshold, --audit-rate and --seed expect numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuescommand.cpp" line="18"/>
        <source>Show how many cases wait in, are under review in, and were finalized in each queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuescommand.cpp" line="23"/>
        <source>queues takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuescommand.cpp" line="44"/>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuescommand.cpp" line="45"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuescommand.cpp" line="46"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuescommand.cpp" line="47"/>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/queuescommand.cpp" line="57"/>
        <source>automated decisions (audit sample included): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="29"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/grantcommand.cpp" line="19"/>
        <source>PostgreSQL only: give an application role (the one workstations log in as) the privileges Oversight needs, and on the audit trail only INSERT and SELECT. Run it connected as the owner of the tables (who ran &apos;init&apos;), with --as an administrator, after &apos;init&apos; and after every upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/grantcommand.cpp" line="24"/>
        <source>The application role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/grantcommand.cpp" line="25"/>
        <location filename="../app/cli/usercommand.cpp" line="30"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/grantcommand.cpp" line="30"/>
        <source>grant needs --role NAME and no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/grantcommand.cpp" line="45"/>
        <source>Role %1 may now use %2; the audit trail is insert-only for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="31"/>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="32"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="35"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="35"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="37"/>
        <source>, locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="51"/>
        <source>Manage accounts (needs --as, an administrator; passwd also for your own account).
  user add LOGIN --role ROLE [--role ROLE] [--display-name NAME]
  user list
  user disable LOGIN | user enable LOGIN
  user passwd LOGIN
New passwords are read from standard input, after the acting user&apos;s password when --password-stdin is given. Roles: reviewer, compliance, admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="60"/>
        <source>add, list, disable, enable or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="62"/>
        <source>A role of the new user (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="65"/>
        <source>The new user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="76"/>
        <source>user needs an action: add, list, disable, enable or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="78"/>
        <source>user %1 takes one LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="79"/>
        <source>user list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="81"/>
        <source>--role and --display-name belong to user add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="83"/>
        <source>user add needs at least one --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="121"/>
        <source>Added &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="135"/>
        <source>Password of &apos;%1&apos; changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="144"/>
        <source>&apos;%1&apos; enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="144"/>
        <source>&apos;%1&apos; disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="38"/>
        <source>case %1 (%2) from queue %3, lease until %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="49"/>
        <source>decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="54"/>
        <source>your initial decision: %1 (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="58"/>
        <source>the model: %1 (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="66"/>
        <source>You and the model disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="70"/>
        <source>The queue to take a case from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="71"/>
        <location filename="../app/cli/reviewcommand.cpp" line="81"/>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="72"/>
        <source>Your decision (a label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="73"/>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="75"/>
        <source>How sure you are, 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="75"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="76"/>
        <source>Why you decided so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="77"/>
        <location filename="../app/cli/reviewcommand.cpp" line="79"/>
        <location filename="../app/cli/reviewcommand.cpp" line="83"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="79"/>
        <source>Why you give the case back (release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="80"/>
        <source>The queue to escalate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="82"/>
        <source>A note for the senior reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="100"/>
        <source>You committed an initial decision on this case; decide it finally with &apos;review finalize&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="115"/>
        <source>The %1 queue has no case for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="133"/>
        <source>Review cases blind (needs --as, a reviewer):
  review next [--queue review|audit|QUEUE]
  review commit CASE --decision LABEL --confidence N [--rationale TEXT]
  review finalize CASE --decision LABEL [--rationale TEXT]
  review release CASE --reason TEXT
  review escalate CASE --to QUEUE --note TEXT
&apos;next&apos; shows a case&apos;s facts only; the model&apos;s answer is shown once &apos;commit&apos; has stored your own. A rationale is required when the final decision differs from your initial one or from the model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="143"/>
        <source>next, commit, finalize, release or escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="144"/>
        <source>The case id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="152"/>
        <source>review needs an action: next, commit, finalize, release or escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="159"/>
        <source>unknown review action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="161"/>
        <source>review %1 needs exactly one CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="162"/>
        <source>review next takes no case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="175"/>
        <source>review %1 needs --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="181"/>
        <source>--confidence must be a whole number from 0 to 100, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="223"/>
        <source>Finalized %1 as %2, overriding the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="224"/>
        <source>Finalized %1 as %2, as the model recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="238"/>
        <source>Released %1; it is back in its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommand.cpp" line="251"/>
        <source>Escalated %1 to the %2 queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="20"/>
        <source>Import a historical review log (CSV) for analysis (needs --as, an administrator). Timestamps are ISO 8601; those without an offset are read in --tz (default: the system zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="23"/>
        <source>The review log (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="26"/>
        <source>COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="30"/>
        <source>Who reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="32"/>
        <source>When the final decision was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="34"/>
        <source>The case id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="36"/>
        <source>The final decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="38"/>
        <source>The model&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="40"/>
        <source>The reviewer&apos;s initial decision (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="43"/>
        <source>The reviewer&apos;s stated confidence in the initial decision, 0 to 100 (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="46"/>
        <source>The model&apos;s confidence, 0 to 1 (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="48"/>
        <source>The known outcome (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="49"/>
        <source>The queue (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="51"/>
        <source>The model&apos;s name and version for these reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="52"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="54"/>
        <source>Time zone of timestamps without an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="59"/>
        <source>Import a file that was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="65"/>
        <source>import-reviews needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importreviewscommand.cpp" line="117"/>
        <source>Imported %1 of %2 reviews from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="22"/>
        <source>Write an audit report of a period (needs --as, compliance or administrator). Days are calendar days in --tz (default: the analytics time zone). The file is written whole or not at all, and the export is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="26"/>
        <source>pdf, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="27"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="28"/>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="29"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="31"/>
        <source>PDF paper size: a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="32"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="38"/>
        <source>report takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="47"/>
        <source>report needs --format pdf, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="50"/>
        <source>report needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="58"/>
        <source>--paper is a4 or letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="72"/>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="31"/>
        <source>Check the audit trail (needs --as, compliance or administrator): recompute every event&apos;s hash, check each finalized review against its events and each import against its recorded digest. Exit 0 when intact, 3 when not. The run is recorded as an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="37"/>
        <source>Also check that event SEQ still has HASH (as cited by an earlier report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="38"/>
        <source>SEQ:HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="43"/>
        <source>verify takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="48"/>
        <source>--anchor expects SEQ:HASH (a number, a colon and 64 hex digits), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="86"/>
        <source>intact: %1 events, %2 finalized reviews, %3 imports checked; head #%4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="96"/>
        <source>audit trail broken (%1) at event #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="19"/>
        <source>Copy a whole database (cases, reviews, users, settings, the audit chain) into an empty one, e.g. from an SQLite file to PostgreSQL (needs --as, an administrator of the source). The source&apos;s chain is verified first, the copy&apos;s on arrival; the copy lands whole or not at all and records who copied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="25"/>
        <source>The database to copy: a file or postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="26"/>
        <location filename="../app/cli/migratecommand.cpp" line="30"/>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="29"/>
        <source>The empty database to fill: a postgresql:// URL or a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="36"/>
        <source>migrate needs --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="38"/>
        <source>migrate takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="59"/>
        <source>The audit trail of %1 is broken (%2 at event %3): %4. Nothing was copied; run &apos;verify&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="53"/>
        <source>copied %1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="69"/>
        <source>The copy&apos;s audit trail does not verify (%1 at event %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/migratecommand.cpp" line="88"/>
        <source>Copied %1 to %2; its audit trail verifies on arrival (%3 events, head #%4 %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>Oversight desktop application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Database to open: a file, or a team server as postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::AddUserDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="80"/>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="81"/>
        <source>&amp;Compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="82"/>
        <source>&amp;Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="86"/>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="97"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="98"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="99"/>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="100"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="101"/>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="128"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::AuditTrailPanel</name>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="33"/>
        <source>&amp;Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="39"/>
        <source>Recompute every hash of the audit trail and check the stored reviews and imports against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="55"/>
        <source>Audit trail: event #%1, hash %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="56"/>
        <source>Full hash of event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="59"/>
        <source>Never verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="66"/>
        <source>Last verified %1 by %2: intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="67"/>
        <source>Last verified %1 by %2: BROKEN at event #%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="75"/>
        <source>Verifying the audit trail...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="85"/>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="90"/>
        <source>Verify Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="94"/>
        <source>Audit Trail Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/audittrailpanel.cpp" line="95"/>
        <source>The audit trail does not verify at event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::BatchListModel</name>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="30"/>
        <source>Batch %1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="56"/>
        <source>threshold %1, audit %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="66"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="68"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="70"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="72"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="74"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="76"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="78"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="80"/>
        <source>Audit sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="82"/>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/batchlistmodel.cpp" line="84"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="27"/>
        <source>Connect to a Team Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="29"/>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="39"/>
        <source>empty: from ~/.pgpass or $PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="44"/>
        <source>verify-full checks the server&apos;s certificate and name; prefer uses TLS when the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="51"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="53"/>
        <source>A review team shares one PostgreSQL database. Ask your administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="58"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="59"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="60"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="61"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="62"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="63"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="111"/>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="83"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="118"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="119"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="120"/>
        <source>Limit the analysis to a range of days; off: all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="121"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="135"/>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="135"/>
        <source>Queue filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="136"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="136"/>
        <source>Model filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="137"/>
        <source>Re&amp;viewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="137"/>
        <source>Reviewer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="139"/>
        <source>Export &amp;Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="140"/>
        <source>Write an audit report of the chosen days and filters as PDF, CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="175"/>
        <source>&amp;Warnings (activate one to see the reviews behind it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="178"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="343"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="195"/>
        <source>&amp;Back to the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="196"/>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="211"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="253"/>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="254"/>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="255"/>
        <source>All reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="281"/>
        <source>Analysing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="322"/>
        <source>Finalized reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="322"/>
        <source>in this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="324"/>
        <source>Override rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="325"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="332"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="341"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="327"/>
        <source>95 % interval %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="331"/>
        <source>Deference after the reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="333"/>
        <source>of %1 disagreements switched to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="336"/>
        <source>High- vs low-volume days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="338"/>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="342"/>
        <source>override rate; %1 and %2 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="344"/>
        <source>none fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="344"/>
        <source>see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="353"/>
        <source>Activate to see the reviews behind this warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="356"/>
        <source>No warning: none of the passive-oversight signals is present, or there are too few reviews to tell (each warning states the number of reviews it needs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="363"/>
        <source>No finalized reviews match this filter. Widen the dates or choose another queue, model or reviewer; reviews appear here as soon as they are finalized or imported with import-reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="370"/>
        <source>Only %1 reviews: the rates below swing widely and no warning can fire yet. Read the intervals, not the bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="393"/>
        <source>%1: %2 of %3 reviews overridden (%4, 95 % interval %5 to %6). Click for the reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="418"/>
        <source>%1 %2: %3 of %4 reviews overridden (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="436"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="437"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="440"/>
        <source>Since a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="447"/>
        <source>Override rate by reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="448"/>
        <source>Override rate by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="449"/>
        <source>Override rate by position since the last break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="450"/>
        <source>Daily override rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="472"/>
        <source>All reviews in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="473"/>
        <source>Reviews by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="474"/>
        <source>%1 shown, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="487"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="491"/>
        <source>Exported %1 reviews to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="497"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="511"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="536"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="548"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="498"/>
        <source>A report covers a period: tick Dates and choose the first and last day, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="503"/>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="504"/>
        <source>CSV decision log (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="505"/>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="535"/>
        <source>Preparing the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="535"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="551"/>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="557"/>
        <source>Export Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="557"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::EscalateDialog</name>
    <message>
        <location filename="../ui/dialogs/escalatedialog.cpp" line="17"/>
        <source>Escalate Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/escalatedialog.cpp" line="21"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/escalatedialog.cpp" line="23"/>
        <source>Note for the senior reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/escalatedialog.cpp" line="24"/>
        <source>What should the senior reviewer look at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/escalatedialog.cpp" line="25"/>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/escalatedialog.cpp" line="28"/>
        <source>The case leaves your hands and waits in the chosen queue for a senior reviewer, who starts blind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/escalatedialog.cpp" line="31"/>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/escalatedialog.cpp" line="32"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::FactsView</name>
    <message>
        <location filename="../ui/widgets/factsview.cpp" line="36"/>
        <source>Case facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/factsview.cpp" line="60"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::LoginDialog</name>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="25"/>
        <source>Sign in to Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="33"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="36"/>
        <source>&lt;b&gt;Sign in&lt;/b&gt; to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="39"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="40"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="57"/>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>Queue depths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>&amp;Open Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Connect to &amp;Server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>&amp;Switch User...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>&amp;About Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>%1 - Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>%1 - not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Import &amp;Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Signed in as %1 (%2) - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="276"/>
        <source>Automated decisions (audit sample included): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Oversight databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="313"/>
        <source>About Oversight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>&lt;h3&gt;Oversight %1&lt;/h3&gt;&lt;p&gt;Keeps human oversight of AI decisions honest: reviewers judge before they see the model&apos;s answer, and compliance sees whether oversight is real.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="48"/>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="50"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="51"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialogs.cpp" line="65"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::QueueDepthModel</name>
    <message>
        <location filename="../ui/models/queuedepthmodel.cpp" line="48"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/queuedepthmodel.cpp" line="50"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/queuedepthmodel.cpp" line="52"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/queuedepthmodel.cpp" line="54"/>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::RevealPanel</name>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="28"/>
        <source>The model&apos;s recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="36"/>
        <source>&amp;Finalize and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="41"/>
        <source>Your committed decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="42"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 % sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="48"/>
        <source>The model recommends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="50"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="61"/>
        <source>Your rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="82"/>
        <source>Model probability of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="93"/>
        <source>You and the model disagree: you said %1, the model says %2. Decide on the merits; either way, say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="101"/>
        <source>Your final decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="104"/>
        <source>&amp;Keep mine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="110"/>
        <source>Take the &amp;model&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="121"/>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="128"/>
        <source>Other decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="140"/>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="143"/>
        <source>Final rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="152"/>
        <source>Store the final decision and open the next case (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="196"/>
        <source>Choose your final decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="200"/>
        <source>A rationale is required: your final decision differs from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="201"/>
        <source>your initial decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="202"/>
        <source>the model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="203"/>
        <source>Rationale given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/revealpanel.cpp" line="205"/>
        <source>Optional: a rationale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::ReviewPage</name>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="39"/>
        <source>Your independent decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="45"/>
        <source>&amp;Commit my decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="46"/>
        <source>&amp;Release...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="47"/>
        <source>&amp;Escalate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="88"/>
        <source>Decision (press its number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="94"/>
        <source>How &amp;sure are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="100"/>
        <location filename="../ui/pages/reviewpage.cpp" line="103"/>
        <source>Your confidence, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="112"/>
        <source>Rationale (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="115"/>
        <source>Your rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="120"/>
        <source>Store your decision; it cannot be changed afterwards (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="153"/>
        <source>Give the case back unreviewed, with a reason (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="154"/>
        <source>Send the case to a senior reviewer&apos;s queue, with a note (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="216"/>
        <source>The %1 queue has no more cases for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="228"/>
        <source>Case %1 - %2 queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="342"/>
        <source>Release Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="343"/>
        <source>Why do you give case %1 back unreviewed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="381"/>
        <source>Committed: this case stays with you until you finalize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="387"/>
        <source>Lease expired: the case may go to another reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="390"/>
        <source>Lease: %1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="395"/>
        <source>This session: %1 done in %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="410"/>
        <source>The connection to the database server was lost. Your answers are kept on this page; reconnecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewpage.cpp" line="420"/>
        <source>The connection to the database server was lost. Your answers are kept on this page; still trying to reconnect (attempt %1)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::ReviewQueuesPage</name>
    <message>
        <location filename="../ui/pages/reviewqueuespage.cpp" line="24"/>
        <source>&amp;Start reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewqueuespage.cpp" line="29"/>
        <source>Choose a queue and start. You will see each case&apos;s facts and decide on your own first; the model&apos;s recommendation is shown only after you commit your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewqueuespage.cpp" line="40"/>
        <source>Review queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewqueuespage.cpp" line="112"/>
        <source>No cases are waiting in any queue. Well done, or check back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewqueuespage.cpp" line="114"/>
        <source>Nothing is waiting in the %1 queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reviewqueuespage.cpp" line="117"/>
        <source>Waiting in the %1 queue: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::ReviewRecordModel</name>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="60"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="84"/>
        <source>Finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="86"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="88"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="90"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="92"/>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="94"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="96"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="98"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="100"/>
        <source>Blind (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewrecordmodel.cpp" line="102"/>
        <source>Decide (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::ReviewerQueueModel</name>
    <message>
        <location filename="../ui/models/reviewerqueuemodel.cpp" line="35"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewerqueuemodel.cpp" line="50"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewerqueuemodel.cpp" line="52"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewerqueuemodel.cpp" line="54"/>
        <source>Done by you today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/reviewerqueuemodel.cpp" line="56"/>
        <source>Of those, you overrode the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::UserListModel</name>
    <message>
        <location filename="../ui/models/userlistmodel.cpp" line="46"/>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/userlistmodel.cpp" line="50"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/userlistmodel.cpp" line="50"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/userlistmodel.cpp" line="64"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/userlistmodel.cpp" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/userlistmodel.cpp" line="68"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/userlistmodel.cpp" line="70"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/userlistmodel.cpp" line="72"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oversight::UsersPage</name>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="24"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="25"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="26"/>
        <source>Reset &amp;Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="28"/>
        <source>&amp;Add User...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="38"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="97"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="113"/>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="114"/>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.cpp" line="128"/>
        <source>New password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
