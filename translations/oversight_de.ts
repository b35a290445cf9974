<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agreement</name>
    <message>
        <source>Independent reviewers agree little before they see the model: Fleiss&apos; kappa %1 on %2 cases (below %3).</source>
        <translation>Unabhängige Prüfer stimmen wenig überein, bevor sie das Modell sehen: Fleiss&apos; Kappa %1 bei %2 Fällen (unter %3).</translation>
    </message>
    <message>
        <source>Reviewers who disagreed blind agree with the model after seeing it: kappa rises from %1 to %2, and %3 of the %4 cases they came to agree on took the model&apos;s answer.</source>
        <translation>Prüfer, die sich blind uneinig waren, folgen nach dem Aufdecken dem Modell: Kappa steigt von %1 auf %2, und %3 der %4 Fälle, in denen sie sich einig wurden, übernahmen die Antwort des Modells.</translation>
    </message>
    <message>
        <source>Cannot read the agreement between reviewers: %1</source>
        <translation>Die Übereinstimmung der Prüfer kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>Cannot read the oversight figures: %1</source>
        <translation>Die Aufsichtskennzahlen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The analytics time zone &apos;%1&apos; is not known on this machine.</source>
        <translation>Die Analyse-Zeitzone „%1“ ist auf diesem Rechner nicht bekannt.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>Cannot update the oversight figures: %1</source>
        <translation>Die Aufsichtskennzahlen können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the review facts: %1</source>
        <translation>Die Prüfungsfakten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone known on this machine.</source>
        <translation>»%1« ist keine Zeitzone, die dieser Rechner kennt.</translation>
    </message>
    <message>
        <source>team override rate</source>
        <translation>Team-Übersteuerungsquote</translation>
    </message>
    <message>
        <source>reviewer override rate</source>
        <translation>Übersteuerungsquote eines Prüfers</translation>
    </message>
    <message>
        <source>share of passive reviewers</source>
        <translation>Anteil passiver Prüfer</translation>
    </message>
    <message>
        <source>high- to low-volume ratio</source>
        <translation>Verhältnis volle zu ruhige Tage</translation>
    </message>
    <message>
        <source>trend significance level</source>
        <translation>Signifikanzniveau des Trends</translation>
    </message>
    <message>
        <source>The stored warning thresholds are not usable: %1</source>
        <translation>Die gespeicherten Warnschwellen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The %1 threshold must be above %2 and at most %3, not %4.</source>
        <translation>Die Schwelle »%1« muss über %2 und höchstens %3 sein, nicht %4.</translation>
    </message>
    <message>
        <source>Cannot read the review figures: %1</source>
        <translation>Die Prüfkennzahlen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the definition of the facts: %1</source>
        <translation>Die Definition der Fakten kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AppealCheck</name>
    <message>
        <source>Cannot check the appeals: %1</source>
        <translation>Die Einsprüche können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>the appeal %1 differs from the audit trail: %2</source>
        <translation>der Einspruch %1 weicht von der Audit-Spur ab: %2</translation>
    </message>
    <message>
        <source>the trail records it, the database has no such appeal</source>
        <translation>die Spur verzeichnet ihn, die Datenbank hat keinen solchen Einspruch</translation>
    </message>
    <message>
        <source>its case, statement, deadline or the decision appealed against was changed</source>
        <translation>sein Fall, seine Stellungnahme, seine Frist oder die angefochtene Entscheidung wurde geändert</translation>
    </message>
    <message>
        <source>its outcome, review or decision was changed</source>
        <translation>sein Ergebnis, seine Prüfung oder seine Entscheidung wurde geändert</translation>
    </message>
    <message>
        <source>it has no filing in the trail</source>
        <translation>die Spur verzeichnet keine Einlegung</translation>
    </message>
    <message>
        <source>the trail says it was decided</source>
        <translation>laut Spur wurde er entschieden</translation>
    </message>
    <message>
        <source>it has no decision in the trail</source>
        <translation>die Spur verzeichnet keine Entscheidung</translation>
    </message>
    <message>
        <source>its outcome does not follow from its decision</source>
        <translation>sein Ergebnis folgt nicht aus seiner Entscheidung</translation>
    </message>
</context>
<context>
    <name>AppealFigures</name>
    <message>
        <source>Appeals past their deadline without a decision: %1 of %2 pending.</source>
        <translation>Einsprüche über ihre Frist hinaus ohne Entscheidung: %1 von %2 offenen.</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <source>The appeal could not be read or stored: %1</source>
        <translation>Der Einspruch konnte nicht gelesen oder gespeichert werden: %1</translation>
    </message>
    <message>
        <source>An appeal needs the appellant&apos;s statement: say why case %1 is contested. Nothing was stored.</source>
        <translation>Ein Einspruch braucht die Stellungnahme der einsprechenden Person: Sagen Sie, warum Fall %1 angefochten wird. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>There is no case &apos;%1&apos;.</source>
        <translation>Es gibt keinen Fall „%1“.</translation>
    </message>
    <message>
        <source>Case %1 is a known-answer check: it decides nothing about anyone, so there is nothing to appeal.</source>
        <translation>Fall %1 ist ein Kontrollfall: Er entscheidet über niemanden, es gibt also nichts anzufechten.</translation>
    </message>
    <message>
        <source>Case %1 is already under appeal.</source>
        <translation>Gegen Fall %1 läuft bereits ein Einspruch.</translation>
    </message>
    <message>
        <source>Case %1 is not decided yet: it waits in the %2 queue (%3). Only a decision can be appealed, once its review is done.</source>
        <translation>Fall %1 ist noch nicht entschieden: Er wartet in der Warteschlange %2 (%3). Angefochten werden kann nur eine Entscheidung, sobald ihre Prüfung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Case %1 has no decision yet: only a decision can be appealed.</source>
        <translation>Fall %1 hat noch keine Entscheidung: Angefochten werden kann nur eine Entscheidung.</translation>
    </message>
    <message>
        <source>Case %1 was decided on %2; appeals closed %3 days later, on %4.</source>
        <translation>Fall %1 wurde am %2 entschieden; die Einspruchsfrist endete %3 Tage später, am %4.</translation>
    </message>
    <message>
        <source>Case %1 was already appealed on %2 (%3): a case is appealed once; an administrator may file another with --repeat.</source>
        <translation>Gegen Fall %1 wurde bereits am %2 Einspruch erhoben (%3): Ein Fall wird einmal angefochten; ein Administrator kann mit --repeat einen weiteren einlegen.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>AppealSettings</name>
    <message>
        <source>A number of days between 1 and %1 is needed, not %2.</source>
        <translation>Nötig ist eine Zahl von Tagen zwischen 1 und %1, nicht %2.</translation>
    </message>
</context>
<context>
    <name>AppealSteps</name>
    <message>
        <source>The appeal could not be read or stored: %1</source>
        <translation>Der Einspruch konnte nicht gelesen oder gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The appeal was already decided.</source>
        <translation>Über den Einspruch wurde bereits entschieden.</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Cannot read the report&apos;s data: %1</source>
        <translation>Die Daten des Berichts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A report needs a period: a first and a last day.</source>
        <translation>Ein Bericht braucht einen Zeitraum: einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot lock the audit trail: %1</source>
        <translation>Der Audit-Trail kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Der Audit-Trail kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the audit event &apos;%1&apos;: %2</source>
        <translation>Das Audit-Ereignis „%1“ kann nicht aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot start the audit trail: %1</source>
        <translation>Der Audit-Trail kann nicht begonnen werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Der Audit-Trail kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>event #%1 is missing (the next stored event is #%2)</source>
        <translation>Ereignis Nr. %1 fehlt (das nächste gespeicherte Ereignis ist Nr. %2)</translation>
    </message>
    <message>
        <source>event #%1 is stored twice</source>
        <translation>Ereignis Nr. %1 ist doppelt gespeichert</translation>
    </message>
    <message>
        <source>event #%1 (%2) was changed: its content no longer matches its hash</source>
        <translation>Ereignis Nr. %1 (%2) wurde verändert: sein Inhalt passt nicht mehr zu seinem Hash</translation>
    </message>
    <message>
        <source>event #%1 was recorded after event #%2, not after #%3: events were reordered</source>
        <translation>Ereignis Nr. %1 wurde nach Ereignis Nr. %2 aufgezeichnet, nicht nach Nr. %3: Ereignisse wurden umgeordnet</translation>
    </message>
    <message>
        <source>event #%1 was changed and given a new hash: event #%2 was chained to a different one</source>
        <translation>Ereignis Nr. %1 wurde verändert und erhielt einen neuen Hash: Ereignis Nr. %2 war mit einem anderen verkettet</translation>
    </message>
    <message>
        <source>the finalized review %1 of case %2 has no &apos;%3&apos; event</source>
        <translation>Die abgeschlossene Prüfung %1 von Fall %2 hat kein Ereignis „%3“</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>the review %1 of case %2 differs from its event #%3 (%4): %5</source>
        <translation>Die Prüfung %1 von Fall %2 weicht von ihrem Ereignis Nr. %3 (%4) ab: %5</translation>
    </message>
    <message>
        <source>event #%1 finalized review %2, which is no longer stored as finalized</source>
        <translation>Ereignis Nr. %1 hat die Prüfung %2 abgeschlossen, die nicht mehr als abgeschlossen gespeichert ist</translation>
    </message>
    <message>
        <source>the finalized review %1 of case %2 has no analytics record</source>
        <translation>Die abgeschlossene Prüfung %1 von Fall %2 hat keinen Analyse-Eintrag</translation>
    </message>
    <message>
        <source>the analytics record of review %1 (case %2) differs from the review</source>
        <translation>Der Analyse-Eintrag der Prüfung %1 (Fall %2) weicht von der Prüfung ab</translation>
    </message>
    <message>
        <source>an analytics record for case %1 has no finalized review</source>
        <translation>Ein Analyse-Eintrag für Fall %1 hat keine abgeschlossene Prüfung</translation>
    </message>
    <message>
        <source>the import %1 of %2 has no &apos;%3&apos; event</source>
        <translation>Der Import %1 von %2 hat kein Ereignis „%3“</translation>
    </message>
    <message>
        <source>the stored rows of import %1 (%2) differ from what event #%3 recorded: rows were changed, added or removed since</source>
        <translation>Die gespeicherten Zeilen des Imports %1 (%2) weichen von dem ab, was Ereignis Nr. %3 aufgezeichnet hat: Zeilen wurden seither geändert, hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>event #%1 has hash %2, not the %3 that was cited</source>
        <translation>Ereignis Nr. %1 hat den Hash %2, nicht den zitierten %3</translation>
    </message>
    <message>
        <source>event #%1, which was cited, is not in the trail</source>
        <translation>Das zitierte Ereignis Nr. %1 ist nicht im Trail</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>the import %1 of %2 was recorded as published, but its batch is marked as still being stored, which hides its cases</source>
        <translation>der Import %1 von %2 wurde als veröffentlicht aufgezeichnet, aber sein Stapel ist als noch im Speichern markiert, was seine Fälle verbirgt</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <source>Cannot read the import batches: %1</source>
        <translation>Die Importe können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <source>Cannot prepare a statement: %1</source>
        <translation>Eine Anweisung kann nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>CaseDossier</name>
    <message>
        <source>Cannot read the case&apos;s history: %1</source>
        <translation>Die Geschichte des Falls kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>There is no case &apos;%1&apos;.</source>
        <translation>Es gibt keinen Fall „%1“.</translation>
    </message>
    <message>
        <source>Case %1 is a known-answer check: it decides nothing about anyone and has no dossier.</source>
        <translation>Fall %1 ist ein Kontrollfall: Er entscheidet über niemanden und hat keine Akte.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
</context>
<context>
    <name>ChartTables</name>
    <message>
        <source>n/a</source>
        <extracomment>Not available: too few reviews to compute the figure.</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Overridden</source>
        <extracomment>Number of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>Override rate</source>
        <extracomment>The share of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Übersteuerungsquote</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range: the lower and upper end of an interval or period.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Reviews since a break</source>
        <extracomment>Column: position of a review since the reviewer&apos;s last break.</extracomment>
        <translation>Prüfungen seit einer Pause</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Reviewed cases</source>
        <translation>Geprüfte Fälle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Effective decision</source>
        <translation>Geltende Entscheidung</translation>
    </message>
    <message>
        <source>Reviewer, blind</source>
        <translation>Prüfer, blind</translation>
    </message>
    <message>
        <source>Reviewer, final</source>
        <translation>Prüfer, final</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Which cases a disparity is about: all decisions or the reviewed ones.</extracomment>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <extracomment>The group&apos;s rate divided by the reference group&apos;s.</extracomment>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Outside the four-fifths band, significant, and both groups large enough</source>
        <translation>Außerhalb des Vier-Fünftel-Bands, signifikant und beide Gruppen groß genug</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>column %1 has no name; it is called &apos;%2&apos;</source>
        <translation>Spalte %1 hat keinen Namen; sie heißt „%2“</translation>
    </message>
    <message>
        <source>column %1 repeats the name &apos;%2&apos;; it is called &apos;%3&apos;</source>
        <translation>Spalte %1 wiederholt den Namen „%2“; sie heißt „%3“</translation>
    </message>
    <message>
        <source>%1 names column &apos;%2&apos;, which the file does not have</source>
        <translation>%1 nennt die Spalte „%2“, die die Datei nicht hat</translation>
    </message>
    <message>
        <source>%1 names column &apos;%2&apos;, which is already mapped to another role</source>
        <translation>%1 nennt die Spalte „%2“, die schon einer anderen Rolle zugeordnet ist</translation>
    </message>
    <message>
        <source>give either --confidence-column or --proba-columns, not both</source>
        <translation>Geben Sie entweder --confidence-column oder --proba-columns an, nicht beides</translation>
    </message>
    <message>
        <source>--proba-columns names label &apos;%1&apos; twice</source>
        <translation>--proba-columns nennt das Label „%1“ zweimal</translation>
    </message>
    <message>
        <source>--proba-columns needs at least two labels</source>
        <translation>--proba-columns braucht mindestens zwei Labels</translation>
    </message>
    <message>
        <source>--allow-leak names column &apos;%1&apos;, which the file does not have</source>
        <translation>--allow-leak nennt die Spalte „%1“, die die Datei nicht hat</translation>
    </message>
    <message>
        <source>the file&apos;s columns are: %1</source>
        <translation>Die Spalten der Datei sind: %1</translation>
    </message>
    <message>
        <source>--group-columns names a column twice</source>
        <translation>--group-columns nennt eine Spalte zweimal</translation>
    </message>
    <message>
        <source>--group-bands names column &apos;%1&apos;, which --group-columns does not name</source>
        <translation>--group-bands nennt die Spalte „%1“, die --group-columns nicht nennt</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: %2</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URL: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &apos;%1&apos; names no database: add /dbname after the host.</source>
        <translation>Die PostgreSQL-URL „%1“ nennt keine Datenbank: Fügen Sie /dbname nach dem Host an.</translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; in the PostgreSQL URL is not a number.</source>
        <translation>Der Port „%1“ in der PostgreSQL-URL ist keine Zahl.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unknown parameter &apos;%1&apos;.</source>
        <translation>Die PostgreSQL-URL hat einen unbekannten Parameter „%1“.</translation>
    </message>
</context>
<context>
    <name>ContentDigest</name>
    <message>
        <source>Cannot read stored content: %1</source>
        <translation>Gespeicherte Inhalte können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CopiedCaseRows</name>
    <message>
        <source>Cannot prepare the rows&apos; table: %1</source>
        <translation>Die Tabelle für die Zeilen kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the rows: %1</source>
        <translation>Die Zeilen können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CopyIn</name>
    <message>
        <source>COPY needs a PostgreSQL connection.</source>
        <translation>COPY braucht eine PostgreSQL-Verbindung.</translation>
    </message>
    <message>
        <source>The database connection is closed.</source>
        <translation>Die Datenbankverbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>Cannot start copying rows: %1</source>
        <translation>Das Kopieren der Zeilen kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Cannot copy rows: %1</source>
        <translation>Die Zeilen können nicht kopiert werden: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>field is longer than %1 KiB</source>
        <translation>Feld ist länger als %1 KiB</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>mehr als %1 Felder</translation>
    </message>
    <message>
        <source>quoted field is never closed (the rest of the file was read as part of it)</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen (der Rest der Datei wurde als Teil davon gelesen)</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>the file is empty: no header line</source>
        <translation>Die Datei ist leer: keine Kopfzeile</translation>
    </message>
    <message>
        <source>the header line is malformed: %1</source>
        <translation>Die Kopfzeile ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>the header line is not valid UTF-8 (column %1)</source>
        <translation>Die Kopfzeile ist kein gültiges UTF-8 (Spalte %1)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database statement failed: %1</source>
        <translation>Datenbankanweisung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>Die Schema-Aktualisierung kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>Die Schema-Aktualisierung auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer; it holds decisions and people&apos;s work. Restrict it with: chmod 600 &apos;%1&apos;</source>
        <translation>%1 kann von anderen Benutzern dieses Rechners gelesen werden; die Datei enthält Entscheidungen und die Arbeit von Menschen. Schränken Sie sie ein mit: chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not an Oversight database (not an SQLite file).</source>
        <translation>%1 ist keine Oversight-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>%1 is read-only for this user (the file, or its folder %2, where the database keeps its -wal and -shm files). Oversight needs to write to its database; ask for write access, or copy the file to a folder of your own.</source>
        <translation>%1 ist für diesen Benutzer schreibgeschützt (die Datei oder ihr Ordner %2, in dem die Datenbank ihre -wal- und -shm-Dateien ablegt). Oversight muss in seine Datenbank schreiben; bitten Sie um Schreibrechte oder kopieren Sie die Datei in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>No database at %1. Create one with &apos;oversight-cli --db %1 init --admin NAME&apos;.</source>
        <translation>Keine Datenbank unter %1. Legen Sie eine an mit &apos;oversight-cli --db %1 init --admin NAME&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver for Qt (Debian: apt-get install libqt6sql6-psql).</source>
        <translation>Diese Installation hat keinen PostgreSQL-Treiber für Qt (Debian: apt-get install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable Oversight database.</source>
        <translation>%1 ist keine lesbare Oversight-Datenbank.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this program knows versions up to %3. Use a newer Oversight; the database was not changed.</source>
        <translation>%1 hat die Schemaversion %2, dieses Programm kennt aber nur Versionen bis %3. Verwenden Sie ein neueres Oversight; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a database of another application; it was not changed.</source>
        <translation>%1 ist die Datenbank einer anderen Anwendung; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 already holds an Oversight database; a copy needs an empty one.</source>
        <translation>%1 enthält bereits eine Oversight-Datenbank; eine Kopie braucht eine leere.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: %1</source>
        <translation>Der Datenbankserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>Die Datenbank ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write to %1: the disk is full, or the file may not grow any larger (%2). Nothing of this change was stored. Free some space and try again.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll oder die Datei darf nicht weiter wachsen (%2). Von dieser Änderung wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write to %1: it is read-only for this user (%2). Nothing of this change was stored.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei ist für diesen Benutzer schreibgeschützt (%2). Von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>DatabaseAdmin</name>
    <message>
        <source>The copy failed and was undone: %1</source>
        <translation>Die Kopie ist fehlgeschlagen und wurde rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy row %1 of %2: %3</source>
        <translation>Zeile %1 von %2 kann nicht kopiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot copy %1 of %2: %3</source>
        <translation>%1 von %2 kann nicht kopiert werden: %3</translation>
    </message>
    <message>
        <source>The database has a table this program does not copy: %1. Use the Oversight version that created it.</source>
        <translation>Die Datenbank hat eine Tabelle, die dieses Programm nicht kopiert: %1. Verwenden Sie die Oversight-Version, die sie angelegt hat.</translation>
    </message>
    <message>
        <source>Cannot read the source: %1</source>
        <translation>Die Quelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the target: %1</source>
        <translation>Das Ziel kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot continue the keys of %1: %2</source>
        <translation>Die Schlüssel von %1 können nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>An import into the source is still storing its rows (imports in progress: %1); copy it once it has finished. Nothing was copied.</source>
        <translation>Ein Import in die Quelle speichert noch seine Zeilen (laufende Importe: %1); kopieren Sie sie, sobald er fertig ist. Es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>DecisionExport</name>
    <message>
        <source>Cannot read the decisions to export: %1</source>
        <translation>Die zu exportierenden Entscheidungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A cursor is 0 or more, not %1.</source>
        <translation>Ein Cursor ist 0 oder größer, nicht %1.</translation>
    </message>
    <message>
        <source>The limit is 1 record or more, not %1.</source>
        <translation>Die Grenze ist 1 Datensatz oder mehr, nicht %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded, so %1 was removed: %2</source>
        <translation>Der Export konnte nicht protokolliert werden, daher wurde %1 entfernt: %2</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DecisionRecordCheck</name>
    <message>
        <source>Cannot check the decision records: %1</source>
        <translation>Die Entscheidungsdatensätze können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>the finalized review of case %1 has no decision record: an export would never hand it on</source>
        <translation>die abgeschlossene Prüfung von Fall %1 hat keinen Entscheidungsdatensatz: ein Export würde sie nie weitergeben</translation>
    </message>
    <message>
        <source>the decision record %1 of case %2 says %3 by %4 at %5; the review says %6 by %7 at %8</source>
        <translation>der Entscheidungsdatensatz %1 von Fall %2 sagt %3 von %4 um %5; die Prüfung sagt %6 von %7 um %8</translation>
    </message>
    <message>
        <source>the decision record %1 of case %2 has no finalized review behind it</source>
        <translation>hinter dem Entscheidungsdatensatz %1 von Fall %2 steht keine abgeschlossene Prüfung</translation>
    </message>
    <message>
        <source>batch %1 has no decision record: an export would never hand its automated decisions on</source>
        <translation>Stapel %1 hat keinen Entscheidungsdatensatz: ein Export würde seine automatisierten Entscheidungen nie weitergeben</translation>
    </message>
    <message>
        <source>the decision record %1 of batch %2 does not cover the batch&apos;s cases or its import time</source>
        <translation>der Entscheidungsdatensatz %1 von Stapel %2 deckt die Fälle des Stapels oder seine Importzeit nicht ab</translation>
    </message>
    <message>
        <source>the decision records %1 and %2 claim the same cursors</source>
        <translation>die Entscheidungsdatensätze %1 und %2 beanspruchen dieselben Cursor</translation>
    </message>
</context>
<context>
    <name>DecisionRecords</name>
    <message>
        <source>Cannot record the decision for export: %1</source>
        <translation>Die Entscheidung kann nicht für den Export festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the decision for export: review %1 is not finalized.</source>
        <translation>Die Entscheidung kann nicht für den Export festgehalten werden: Prüfung %1 ist nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo Administrator</source>
        <translation>Demo-Administrator</translation>
    </message>
    <message>
        <source>Demo Reviewer</source>
        <translation>Demo-Prüfer</translation>
    </message>
    <message>
        <source>Demo Compliance Officer</source>
        <translation>Demo-Compliance-Beauftragter</translation>
    </message>
    <message>
        <source>Cannot make a folder for the demo files: %1</source>
        <translation>Für die Demo-Dateien kann kein Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo file: %1</source>
        <translation>Die Demo-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo review log: %1</source>
        <translation>Das Demo-Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot generate the demo&apos;s known-answer cases.</source>
        <translation>Die Fälle mit bekannter Antwort der Demo können nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>Cannot read a demo check: %1</source>
        <translation>Eine Kontrolle der Demo kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DemoAppeals</name>
    <message>
        <source>Cannot choose demo appeals: %1</source>
        <translation>Demo-Einsprüche können nicht gewählt werden: %1</translation>
    </message>
</context>
<context>
    <name>DossierPdf</name>
    <message>
        <source>Case dossier: %1</source>
        <translation>Fallakte: %1</translation>
    </message>
    <message>
        <source>The whole history of one decision: what the people who decided saw, what the model said, who decided what and when, and why.</source>
        <translation>Die ganze Geschichte einer Entscheidung: was die Entscheidenden sahen, was das Modell sagte, wer wann was entschied und warum.</translation>
    </message>
    <message>
        <source>The people involved are named Person 1, Person 2 ... in the order they appear.</source>
        <translation>Die Beteiligten heißen Person 1, Person 2 … in der Reihenfolge ihres Auftretens.</translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Die Entscheidung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Decision in force</source>
        <translation>Geltende Entscheidung</translation>
    </message>
    <message>
        <source>none yet: the case waits for review</source>
        <translation>noch keine: der Fall wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>the model, without human review</source>
        <translation>dem Modell, ohne menschliche Prüfung</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Fallkennung</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>%1 from %2 by %3</source>
        <translation>%1 aus %2 von %3</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Facts as shown to reviewers</source>
        <translation>Fakten, wie Prüfende sie sahen</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>The model&apos;s output</source>
        <translation>Die Ausgabe des Modells</translation>
    </message>
    <message>
        <source>Recommendation: %1 with confidence %2</source>
        <translation>Empfehlung: %1 mit Konfidenz %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Menschliche Prüfung</translation>
    </message>
    <message>
        <source>No person reviewed this case.</source>
        <translation>Kein Mensch hat diesen Fall geprüft.</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Einsprüche</translation>
    </message>
    <message>
        <source>The decision was not appealed.</source>
        <translation>Gegen die Entscheidung wurde kein Einspruch erhoben.</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Eingelegt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Stellungnahme</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Gegen</translation>
    </message>
    <message>
        <source>%1, decided by %2</source>
        <translation>%1, entschieden von %2</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 on %2 by %3: %4</source>
        <translation>%1 am %2 durch %3: %4</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>Entscheidungsdatensätze</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Noch keine Entscheidung.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Audit chain head when this dossier was made: event #%1, hash %2. Anyone with access to the database can check that the trail still holds it: &apos;oversight-cli verify --anchor %1:%2&apos;.</source>
        <translation>Kopf der Audit-Kette beim Erstellen dieser Akte: Ereignis #%1, Hash %2. Wer Zugriff auf die Datenbank hat, kann prüfen, dass die Spur ihn noch enthält: „oversight-cli verify --anchor %1:%2“.</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Schlichtung</translation>
    </message>
    <message>
        <source>Appeal review</source>
        <translation>Prüfung des Einspruchs</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 by %2 (queue %3): %4</source>
        <translation>%1 durch %2 (Warteschlange %3): %4</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Initial decision, before seeing the model</source>
        <translation>Erste Entscheidung, bevor das Modell zu sehen war</translation>
    </message>
    <message>
        <source>%1 (confidence %2) at %3</source>
        <translation>%1 (Sicherheit %2) um %3</translation>
    </message>
    <message>
        <source>Initial rationale</source>
        <translation>Erste Begründung</translation>
    </message>
    <message>
        <source>Recommendation shown</source>
        <translation>Gezeigte Empfehlung</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Final decision</source>
        <translation>Endgültige Entscheidung</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Eskaliert an</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Case dossier %1</source>
        <translation>Fallakte %1</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Kopf der Audit-Kette</translation>
    </message>
    <message>
        <source>event #%1, hash %2</source>
        <translation>Ereignis #%1, Hash %2</translation>
    </message>
</context>
<context>
    <name>Fairness</name>
    <message>
        <source>selection-rate</source>
        <translation>Auswahlquoten</translation>
    </message>
    <message>
        <source>true-positive</source>
        <translation>Richtig-positiv</translation>
    </message>
    <message>
        <source>false-positive</source>
        <translation>Falsch-positiv</translation>
    </message>
    <message>
        <source>false-negative</source>
        <translation>Falsch-negativ</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeits</translation>
    </message>
    <message>
        <source>No positive label is known: the error rates (TPR, FPR, FNR) stay empty. Name the positive class with --positive-label when importing.</source>
        <translation>Kein positives Label bekannt: Die Fehlerraten (TPR, FPR, FNR) bleiben leer. Nennen Sie die positive Klasse beim Import mit --positive-label.</translation>
    </message>
    <message>
        <source>The batches in this filter name different positive labels (%1): the error rates stay empty; filter by model to compare like with like.</source>
        <translation>Die Stapel in diesem Filter nennen verschiedene positive Labels (%1): Die Fehlerraten bleiben leer; filtern Sie nach Modell, um Gleiches mit Gleichem zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 decisions and %2 reviews come from batches or logs that did not name &apos;%3&apos; and are not counted here.</source>
        <translation>%1 Entscheidungen und %2 Prüfungen stammen aus Stapeln oder Protokollen, die „%3“ nicht nennen, und werden hier nicht gezählt.</translation>
    </message>
    <message>
        <source>--reference: attribute &apos;%1&apos; has no group &apos;%2&apos; in this filter (its groups: %3)</source>
        <translation>--reference: Das Merkmal „%1“ hat in diesem Filter keine Gruppe „%2“ (seine Gruppen: %3)</translation>
    </message>
    <message>
        <source>%1 overrides the model at different rates for different %2 groups (%3 test, p = %4, at least %5 reviews per group).</source>
        <translation>%1 überstimmt das Modell je nach Gruppe von %2 unterschiedlich oft (%3-Test, p = %4, mindestens %5 Prüfungen je Gruppe).</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact</source>
        <translation>exakter Fisher</translation>
    </message>
    <message>
        <source>chi-square</source>
        <translation>Chi-Quadrat</translation>
    </message>
    <message>
        <source>Human review widened the %1 gap between %2 and %3 from %4 to %5 points.</source>
        <translation>Die menschliche Prüfung hat den %1-Abstand zwischen %2 und %3 von %4 auf %5 Punkte vergrößert.</translation>
    </message>
    <message>
        <source>Human review narrowed the %1 gap between %2 and %3 from %4 to %5 points.</source>
        <translation>Die menschliche Prüfung hat den %1-Abstand zwischen %2 und %3 von %4 auf %5 Punkte verkleinert.</translation>
    </message>
    <message>
        <source>Human review left the %1 gap between %2 and %3 at %4 points.</source>
        <translation>Die menschliche Prüfung hat den %1-Abstand zwischen %2 und %3 bei %4 Punkten belassen.</translation>
    </message>
    <message>
        <source>--groups: no attribute &apos;%1&apos; in this filter (the stored ones: %2)</source>
        <translation>--groups: kein Merkmal „%1“ in diesem Filter (gespeichert sind: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>--reference names attribute &apos;%1&apos;, which is not analysed here (the stored ones: %2)</source>
        <translation>--reference nennt das Merkmal „%1“, das hier nicht ausgewertet wird (gespeichert sind: %2)</translation>
    </message>
    <message>
        <source>Cannot update the figures by group: %1</source>
        <translation>Die Kennzahlen nach Gruppe können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the figures by group: %1</source>
        <translation>Die Kennzahlen nach Gruppe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No batch or review log names group columns: import with --group-columns to see figures by group.</source>
        <translation>Kein Stapel und kein Prüfprotokoll nennt Gruppenspalten: Importieren Sie mit --group-columns, um Kennzahlen nach Gruppe zu sehen.</translation>
    </message>
    <message>
        <source>--group-bands &apos;%1&apos;: give COLUMN=CUT,CUT,... (e.g. age=25,45,65)</source>
        <translation>--group-bands „%1“: Geben Sie SPALTE=GRENZE,GRENZE,... an (z. B. age=25,45,65)</translation>
    </message>
    <message>
        <source>--group-bands &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>--group-bands „%1“: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--group-bands &apos;%1&apos;: the cut points must increase</source>
        <translation>--group-bands „%1“: Die Grenzen müssen aufsteigen</translation>
    </message>
    <message>
        <source>--group-bands names column &apos;%1&apos; twice</source>
        <translation>--group-bands nennt die Spalte „%1“ zweimal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, and --group-bands gives this column numeric bands</source>
        <translation>„%1“ ist keine Zahl, und --group-bands gibt dieser Spalte numerische Bänder</translation>
    </message>
    <message>
        <source>group column &apos;%1&apos; has more than %2 distinct values; an attribute must name groups, not individuals: give bands for a numeric column (e.g. --group-bands %1=25,45,65)</source>
        <translation>Die Gruppenspalte „%1“ hat mehr als %2 verschiedene Werte; ein Merkmal muss Gruppen benennen, nicht Einzelne: Geben Sie Bänder für eine numerische Spalte an (z. B. --group-bands %1=25,45,65)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the rollups by group: %1</source>
        <translation>Die Zusammenfassungen nach Gruppe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has a row (%2) that no stored decision or review gives</source>
        <translation>%1 hat eine Zeile (%2), die keine gespeicherte Entscheidung oder Prüfung ergibt</translation>
    </message>
    <message>
        <source>%1 counts %2 at (%3); the decisions and reviews give %4</source>
        <translation>%1 zählt %2 bei (%3); die Entscheidungen und Prüfungen ergeben %4</translation>
    </message>
    <message>
        <source>%1 lacks the row (%2) that the decisions and reviews give</source>
        <translation>%1 fehlt die Zeile (%2), die die Entscheidungen und Prüfungen ergeben</translation>
    </message>
</context>
<context>
    <name>FairnessChart</name>
    <message>
        <source>Selection rate</source>
        <extracomment>Share of cases given the positive label (e.g. declined).</extracomment>
        <translation>Auswahlquote</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <source>False-negative rate</source>
        <translation>Falsch-negativ-Rate</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model (reviewed cases)</source>
        <translation>Modell (geprüfte Fälle)</translation>
    </message>
    <message>
        <source>Effective decision</source>
        <extracomment>The decision that counts: the reviewer&apos;s where there was a review.</extracomment>
        <translation>Geltende Entscheidung</translation>
    </message>
    <message>
        <source>Reviewer, blind</source>
        <translation>Prüfer, blind</translation>
    </message>
    <message>
        <source>Reviewer, final</source>
        <translation>Prüfer, final</translation>
    </message>
    <message>
        <source>%1 by %2 (95 % interval)</source>
        <translation>%1 nach %2 (95-%-Intervall)</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1 to %2 times the reference&apos;s rate</source>
        <translation>%1- bis %2-fache Rate der Referenz</translation>
    </message>
</context>
<context>
    <name>HeadWitness</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Der Prüfpfad kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This computer saw event #%1 (hash %2...) on %3, and the audit trail no longer has it: its newest events were removed or the database was replaced by an older copy.</source>
        <translation>Dieser Computer hat Ereignis #%1 (Hash %2...) am %3 gesehen, und der Prüfpfad enthält es nicht mehr: seine neuesten Ereignisse wurden entfernt oder die Datenbank durch eine ältere Kopie ersetzt.</translation>
    </message>
    <message>
        <source>This computer saw event #%1 with hash %2... on %3, and the audit trail now has a different event there (hash %4...): its events were rewritten or the database was replaced.</source>
        <translation>Dieser Computer hat Ereignis #%1 mit Hash %2... am %3 gesehen, und der Prüfpfad hat dort jetzt ein anderes Ereignis (Hash %4...): seine Ereignisse wurden umgeschrieben oder die Datenbank wurde ersetzt.</translation>
    </message>
    <message>
        <source>Cannot read the heads this computer witnessed (%1): %2</source>
        <translation>Die von diesem Computer bezeugten Kettenköpfe (%1) können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The heads this computer witnessed (%1) are damaged: %2. The file is left as it is; move it away to start witnessing afresh.</source>
        <translation>Die von diesem Computer bezeugten Kettenköpfe (%1) sind beschädigt: %2. Die Datei bleibt unverändert; verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot create %1 to keep the witnessed heads.</source>
        <translation>%1 für die bezeugten Kettenköpfe kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot keep the witnessed heads in %1: %2</source>
        <translation>Die bezeugten Kettenköpfe können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The witnessed heads in %1 are locked by another program.</source>
        <translation>Die bezeugten Kettenköpfe in %1 sind von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>Say why the trail is legitimately different (for example which backup was restored, and when).</source>
        <translation>Geben Sie an, warum der Prüfpfad rechtmäßig anders ist (zum Beispiel welche Sicherung wann wiederhergestellt wurde).</translation>
    </message>
    <message>
        <source>This computer has no lost head to acknowledge for this database.</source>
        <translation>Dieser Computer hat für diese Datenbank keinen verlorenen Kettenkopf zu bestätigen.</translation>
    </message>
    <message>
        <source>The acknowledgement is recorded, but %1 could not be removed; remove it by hand.</source>
        <translation>Die Bestätigung ist aufgezeichnet, aber %1 konnte nicht entfernt werden; entfernen Sie die Datei von Hand.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: cannot tell the format from the extension &apos;.%2&apos;; use --format csv or --format jsonl.</source>
        <translation>%1: Das Format lässt sich an der Endung „.%2“ nicht erkennen; verwenden Sie --format csv oder --format jsonl.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8.</source>
        <translation>%1 ist UTF-16-Text; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not CSV or JSON Lines text.</source>
        <translation>%1 ist eine Binärdatei, kein CSV- oder JSON-Lines-Text.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it repeats the id of row %1 of this file</source>
        <translation>Sie wiederholt die ID von Zeile %1 dieser Datei</translation>
    </message>
    <message>
        <source>it is already in the database (row %1 of %2, batch %3)</source>
        <translation>Sie ist bereits in der Datenbank (Zeile %1 von %2, Import %3)</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>Die Datenbank ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>%1 was already imported as batch %2 (from %3 at %4); use --force to import it again (cases already present are never duplicated).</source>
        <translation>%1 wurde bereits als Import %2 importiert (aus %3 am %4); verwenden Sie --force, um die Datei erneut zu importieren (bereits vorhandene Fälle werden nie verdoppelt).</translation>
    </message>
    <message>
        <source>Cannot record the model version: %1</source>
        <translation>Die Modellversion kann nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the batch: %1</source>
        <translation>Der Import kann nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot store row %1: %2</source>
        <translation>Zeile %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>duplicate case id &apos;%1&apos;: %2</source>
        <translation>Doppelte Fall-ID „%1“: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>leak check not applied: %1 accepted rows, fewer than the %2 it needs</source>
        <translation>Leck-Prüfung nicht angewandt: %1 angenommene Zeilen, weniger als die %2, die sie braucht</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; predicts the model label (score %2) but is allowed by --allow-leak</source>
        <translation>Die Spalte „%1“ sagt das Modell-Label voraus (Wert %2), ist aber mit --allow-leak erlaubt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (score %2)</source>
        <translation>„%1“ (Wert %2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.</source>
        <translation>%1: %2 von %3 Zeilen wurden abgelehnt und --strict ist gesetzt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot record the batch counts: %1</source>
        <translation>Die Zählungen des Imports können nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>%1: refused, %2 Nothing was stored.</source>
        <translation>%1: abgelehnt, %2 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: held before storing, so that a person decides on the columns strongly associated with the model&apos;s label or the outcome. Nothing was stored.</source>
        <translation>%1: vor dem Speichern angehalten, damit ein Mensch über die Spalten entscheidet, die stark mit dem Label des Modells oder dem Ergebnis zusammenhängen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>outcome leak check not applied: %1 accepted rows with a known outcome, fewer than the %2 it needs</source>
        <translation>Leck-Prüfung gegen das Ergebnis nicht angewandt: %1 angenommene Zeilen mit bekanntem Ergebnis, weniger als die nötigen %2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; predicts the known outcome (score %2) but is allowed by --allow-leak</source>
        <translation>Spalte „%1“ sagt das bekannte Ergebnis voraus (Wert %2), ist aber durch --allow-leak erlaubt</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is strongly associated with the model&apos;s label (score %2): reviewers may infer it; hide it with --hide unless they need it</source>
        <translation>Spalte „%1“ hängt stark mit dem Label des Modells zusammen (Wert %2): Prüfende könnten es daraus ableiten; mit --hide verbergen, wenn sie sie nicht brauchen</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is strongly associated with the known outcome (score %2): reviewers may infer it; hide it with --hide unless they need it</source>
        <translation>Spalte „%1“ hängt stark mit dem bekannten Ergebnis zusammen (Wert %2): Prüfende könnten es daraus ableiten; mit --hide verbergen, wenn sie sie nicht brauchen</translation>
    </message>
    <message>
        <source>fact columns predict the model&apos;s label and would show reviewers the AI&apos;s answer before they commit: %1.</source>
        <translation>Faktenspalten sagen das Label des Modells voraus und würden Prüfenden die Antwort der KI zeigen, bevor sie sich festlegen: %1.</translation>
    </message>
    <message>
        <source>fact columns predict the known outcome and would show reviewers the answer their accuracy is measured on: %1.</source>
        <translation>Faktenspalten sagen das bekannte Ergebnis voraus und würden Prüfenden die Antwort zeigen, an der ihre Genauigkeit gemessen wird: %1.</translation>
    </message>
    <message>
        <source>Hide them with --hide, or, if reviewers must see them, allow them with --allow-leak.</source>
        <translation>Mit --hide verbergen oder, wenn Prüfende sie sehen müssen, mit --allow-leak erlauben.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was stored.</source>
        <translation>%1: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The positive label &apos;%1&apos; is neither a label of the model nor an outcome in this file: every case counts as negative.</source>
        <translation>Das positive Label „%1“ ist in dieser Datei weder ein Label des Modells noch ein Ergebnis: Jeder Fall zählt als negativ.</translation>
    </message>
    <message>
        <source>No --positive-label: the error rates by group (true and false positive rates) stay empty; selection rates and accuracy still come.</source>
        <translation>Kein --positive-label: Die Fehlerraten nach Gruppe (richtig- und falsch-positiv) bleiben leer; Auswahlquoten und Genauigkeit gibt es trotzdem.</translation>
    </message>
    <message>
        <source>a known-answer case needs its correct answer</source>
        <translation>ein Fall mit bekannter Antwort braucht seine richtige Antwort</translation>
    </message>
    <message>
        <source>%1: a known-answer set needs the column with each case&apos;s correct answer (the known outcome). Nothing was stored.</source>
        <translation>%1: ein Satz mit bekannten Antworten braucht die Spalte mit der richtigen Antwort jedes Falls (das bekannte Ergebnis). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>another import is storing it now (row %1 of %2, batch %3)</source>
        <translation>ein anderer Import speichert ihn gerade (Zeile %1 von %2, Stapel %3)</translation>
    </message>
    <message>
        <source>Cannot record the import&apos;s progress: %1</source>
        <translation>Der Fortschritt des Imports kann nicht aufgezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>JsonlReader</name>
    <message>
        <source>the file is empty: no JSON object to take the columns from</source>
        <translation>Die Datei ist leer: kein JSON-Objekt, dem die Spalten entnommen werden könnten</translation>
    </message>
    <message>
        <source>the first line is longer than %1 MiB</source>
        <translation>Die erste Zeile ist länger als %1 MiB</translation>
    </message>
    <message>
        <source>the first line is not a JSON object (%1); the columns are taken from it</source>
        <translation>Die erste Zeile ist kein JSON-Objekt (%1); ihr werden die Spalten entnommen</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein weiterer JSON-Wert</translation>
    </message>
    <message>
        <source>line is longer than %1 MiB</source>
        <translation>Zeile ist länger als %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>Kein gültiges JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>Kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a key appears more than once</source>
        <translation>Ein Schlüssel kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is not among the columns of the first line</source>
        <translation>Der Schlüssel „%1“ ist nicht unter den Spalten der ersten Zeile</translation>
    </message>
</context>
<context>
    <name>KnownAnswers</name>
    <message>
        <source>%1 took the recommendation on %2 of %3 catch trials they had first answered correctly (%4 %, 95 % interval %5-%6 %): they follow the recommendation even when it is wrong.</source>
        <translation>%1 hat bei %2 von %3 Fangversuchen, die zuerst richtig beantwortet waren, die Empfehlung übernommen (%4 %, 95-%-Intervall %5-%6 %): folgt der Empfehlung auch, wenn sie falsch ist.</translation>
    </message>
    <message>
        <source>Cannot read the known-answer reviews: %1</source>
        <translation>Die Prüfungen von Fällen mit bekannter Antwort können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the known-answer cases: %1</source>
        <translation>Die Fälle mit bekannter Antwort können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read or change the known-answer sets: %1</source>
        <translation>Die Sätze mit bekannten Antworten können nicht gelesen oder geändert werden: %1</translation>
    </message>
    <message>
        <source>There is no known-answer set %1.</source>
        <translation>Es gibt keinen Satz mit bekannten Antworten %1.</translation>
    </message>
    <message>
        <source>Say why set %1 is retired: a reason is required.</source>
        <translation>Sagen Sie, warum Satz %1 stillgelegt wird: ein Grund ist nötig.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>Set %1 was already retired at %2.</source>
        <translation>Satz %1 wurde bereits am %2 stillgelegt.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System Language</source>
        <extracomment>The first language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LeaseSetting</name>
    <message>
        <source>A lease is between 1 and %1 minutes, not %2.</source>
        <translation>Eine Reservierung dauert zwischen 1 und %1 Minuten, nicht %2.</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Cannot read the model cards: %1</source>
        <translation>Die Modellkarten können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>OversightCharts</name>
    <message>
        <source>Rate (%)</source>
        <translation>Quote (%)</translation>
    </message>
    <message>
        <source>Override rate by reviewer (95 % interval)</source>
        <translation>Übersteuerungsquote je Prüfer (95-%-Intervall)</translation>
    </message>
    <message>
        <source>Override rate</source>
        <extracomment>The share of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Übersteuerungsquote</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Reviewer (lowest override rate first)</source>
        <translation>Prüfer (niedrigste Übersteuerungsquote zuerst)</translation>
    </message>
    <message>
        <source>%1 threshold</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <source>Override rate by hour of day (finalization time)</source>
        <translation>Übersteuerungsquote nach Tageszeit (Zeitpunkt des Abschlusses)</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Override rate by position since the last break</source>
        <translation>Übersteuerungsquote nach Position seit der letzten Pause</translation>
    </message>
    <message>
        <source>Reviews since a break (gap &gt; 15 min)</source>
        <translation>Prüfungen seit einer Pause (Lücke &gt; 15 Min.)</translation>
    </message>
    <message>
        <source>Daily override rate</source>
        <translation>Tägliche Übersteuerungsquote</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>OversightReport</name>
    <message>
        <source>Reviewers overrode the model in %1 of %2 reviews (95 % interval %3 to %4), below %5: oversight may be passive.</source>
        <translation>Prüfer haben das Modell in %1 von %2 Prüfungen übersteuert (95-%-Intervall %3 bis %4), unter %5: Die Aufsicht ist möglicherweise passiv.</translation>
    </message>
    <message>
        <source>%1 of %2 reviewers with at least %3 reviews override the model in fewer than %4 of cases: %5.</source>
        <translation>%1 von %2 Prüfern mit mindestens %3 Prüfungen übersteuern das Modell in weniger als %4 der Fälle: %5.</translation>
    </message>
    <message>
        <source>On high-volume days reviewers overrode the model in %1 of %2 reviews, less than half the %3 of %4 reviews on low-volume days: oversight may thin out under load.</source>
        <translation>An Tagen mit hohem Aufkommen haben Prüfer das Modell in %1 von %2 Prüfungen übersteuert, weniger als die Hälfte der %3 von %4 Prüfungen an Tagen mit geringem Aufkommen: Die Aufsicht wird unter Last möglicherweise dünner.</translation>
    </message>
    <message>
        <source>The daily override rate fell by %1 points a day over the last %2 days (p = %3).</source>
        <translation>Die tägliche Übersteuerungsquote ist in den letzten %2 Tagen um %1 Punkte pro Tag gefallen (p = %3).</translation>
    </message>
    <message>
        <source>Override rates differ across reviewers more than chance explains (chi-square %1, %2 degrees of freedom, p = %3): compare how they review.</source>
        <translation>Die Übersteuerungsquoten der Prüfer unterscheiden sich stärker, als der Zufall erklärt (Chi-Quadrat %1, %2 Freiheitsgrade, p = %3): Vergleichen Sie, wie sie prüfen.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Nicht genug Speicher, um das Passwort zu hashen.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password must not be the login name.</source>
        <translation>Das Passwort darf nicht der Anmeldename sein.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>n/a</source>
        <extracomment>Not available: too few reviews to compute the figure.</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range: the lower and upper end of an interval or period.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Routing policy</source>
        <translation>Routing-Richtlinie</translation>
    </message>
    <message>
        <source>Escalations and releases</source>
        <translation>Eskalationen und Rückgaben</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Audit-Kette</translation>
    </message>
    <message>
        <source>Oversight</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <source>Human oversight audit report</source>
        <translation>Prüfbericht zur menschlichen Aufsicht</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (days in %3)</source>
        <translation>Zeitraum: %1 bis %2 (Tage in %3)</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>Prüfer %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>none, every review of the period</source>
        <translation>keine, jede Prüfung des Zeitraums</translation>
    </message>
    <message>
        <source>Generated by %1 on %2 with Oversight %3</source>
        <translation>Erstellt von %1 am %2 mit Oversight %3</translation>
    </message>
    <message>
        <source>Audit chain: event #%1, hash %2; verification: %3</source>
        <translation>Audit-Kette: Ereignis Nr. %1, Hash %2; Prüfung: %3</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1. %2, page %3</source>
        <translation>%1. %2, Seite %3</translation>
    </message>
    <message>
        <source>FAILED at event #%1: %2</source>
        <translation>FEHLGESCHLAGEN bei Ereignis Nr. %1: %2</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>Column: the number of reviews behind a figure (statistical n).</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>Finalized reviews</source>
        <translation>Abgeschlossene Prüfungen</translation>
    </message>
    <message>
        <source>Override rate (final differs from the model)</source>
        <translation>Übersteuerungsquote (endgültige Entscheidung weicht vom Modell ab)</translation>
    </message>
    <message>
        <source>Independent disagreement (initial differs from the model)</source>
        <translation>Unabhängiger Widerspruch (erste Entscheidung weicht vom Modell ab)</translation>
    </message>
    <message>
        <source>Deference (switched to the model after disagreeing)</source>
        <translation>Nachgeben (nach Widerspruch zum Modell gewechselt)</translation>
    </message>
    <message>
        <source>Changed mind (final differs from initial)</source>
        <translation>Meinung geändert (endgültige weicht von der ersten Entscheidung ab)</translation>
    </message>
    <message>
        <source>Mean time to the initial decision</source>
        <translation>Mittlere Zeit bis zur ersten Entscheidung</translation>
    </message>
    <message>
        <source>Mean time from reveal to final decision</source>
        <translation>Mittlere Zeit von der Aufdeckung bis zur endgültigen Entscheidung</translation>
    </message>
    <message>
        <source>Where the outcome is known</source>
        <translation>Wo das Ergebnis bekannt ist</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Genauigkeit des Modells</translation>
    </message>
    <message>
        <source>Initial human decision accuracy</source>
        <translation>Genauigkeit der ersten menschlichen Entscheidung</translation>
    </message>
    <message>
        <source>Final decision accuracy</source>
        <translation>Genauigkeit der endgültigen Entscheidung</translation>
    </message>
    <message>
        <source>Switched to the model when it was right</source>
        <translation>Zum Modell gewechselt, als es recht hatte</translation>
    </message>
    <message>
        <source>Held against the model when it was wrong</source>
        <translation>Gegen das Modell geblieben, als es falsch lag</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Override rate</source>
        <extracomment>The share of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Übersteuerungsquote</translation>
    </message>
    <message>
        <source>High volume (above the 75th percentile, %1 reviews a day)</source>
        <translation>Hohes Aufkommen (über dem 75. Perzentil, %1 Prüfungen am Tag)</translation>
    </message>
    <message>
        <source>Low volume (below the 25th percentile, %1 reviews a day)</source>
        <translation>Geringes Aufkommen (unter dem 25. Perzentil, %1 Prüfungen am Tag)</translation>
    </message>
    <message>
        <source>No warning: none of the passive-oversight signals fired on the reviews of this period, at the sample sizes they need.</source>
        <translation>Keine Warnung: Keines der Signale passiver Aufsicht hat bei den Prüfungen dieses Zeitraums angeschlagen, bei den Stichprobengrößen, die sie brauchen.</translation>
    </message>
    <message>
        <source>Override rate by reviewer with 95 % intervals, in the order of the Reviewers table; the line marks the passive-oversight threshold.</source>
        <translation>Übersteuerungsquote je Prüfer mit 95-%-Intervallen, in der Reihenfolge der Prüfertabelle; die Linie markiert die Schwelle passiver Aufsicht.</translation>
    </message>
    <message>
        <source>Override rate by hour of the finalization, in %1.</source>
        <translation>Übersteuerungsquote nach Stunde des Abschlusses, in %1.</translation>
    </message>
    <message>
        <source>Override rate by position in the reviewer&apos;s day and since the last break.</source>
        <translation>Übersteuerungsquote nach Position im Arbeitstag des Prüfers und seit der letzten Pause.</translation>
    </message>
    <message>
        <source>Daily override rate.</source>
        <translation>Tägliche Übersteuerungsquote.</translation>
    </message>
    <message>
        <source>No finalized review in this period.</source>
        <translation>Keine abgeschlossene Prüfung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Override</source>
        <extracomment>Column: override rate (final decision differs from the model&apos;s).</extracomment>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>Disagree</source>
        <extracomment>Column: share of reviews whose own first decision differed from the model&apos;s.</extracomment>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Defer</source>
        <extracomment>Column: share of disagreements where the reviewer switched to the model after the reveal.</extracomment>
        <translation>Nachgegeben</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <extracomment>Column: share of reviews whose final decision differs from the reviewer&apos;s own first one.</extracomment>
        <translation>Meinung geändert</translation>
    </message>
    <message>
        <source>Brier</source>
        <extracomment>Column: Brier score, a measure of how well stated confidence matched being right.</extracomment>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Do reviewers differ? Chi-square %1 with %2 degrees of freedom, p = %3.</source>
        <translation>Unterscheiden sich die Prüfer? Chi-Quadrat %1 mit %2 Freiheitsgraden, p = %3.</translation>
    </message>
    <message>
        <source>In force when the report was generated: cases with model confidence below %1 go to human review; %2 of the rest are sampled for audit (sampling seed %3).</source>
        <translation>Bei Erstellung des Berichts gültig: Fälle mit einer Modellkonfidenz unter %1 gehen in die menschliche Prüfung; %2 der übrigen werden für das Audit gezogen (Stichproben-Startwert %3).</translation>
    </message>
    <message>
        <source>Import batches up to the end of the period</source>
        <translation>Importe bis zum Ende des Zeitraums</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Audit rate</source>
        <translation>Audit-Quote</translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>Column: the random seed that makes the audit sample re-derivable.</extracomment>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Policy overridden</source>
        <extracomment>The import used its own routing threshold or audit rate instead of the stored policy.</extracomment>
        <translation>Richtlinie übersteuert</translation>
    </message>
    <message>
        <source>No case was released, escalated or left to expire in this period.</source>
        <translation>In diesem Zeitraum wurde kein Fall zurückgegeben, eskaliert oder seiner abgelaufenen Reservierung überlassen.</translation>
    </message>
    <message>
        <source>%1 released, %2 escalated, %3 expired leases.</source>
        <translation>%1 zurückgegeben, %2 eskaliert, %3 abgelaufene Reservierungen.</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>eskaliert an %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed; the JSON report has all of them.</source>
        <translation>Die ersten %1 von %2 sind aufgeführt; der JSON-Bericht enthält alle.</translation>
    </message>
    <message>
        <source>Each case a reviewer decides is first judged blind: the reviewer commits an initial decision and a confidence before Oversight shows what the model recommended. Then the model&apos;s answer is shown and the reviewer decides.</source>
        <translation>Jeden Fall, den ein Prüfer entscheidet, beurteilt er zuerst blind: Er legt eine erste Entscheidung und eine Sicherheit fest, bevor Oversight zeigt, was das Modell empfohlen hat. Dann wird die Antwort des Modells gezeigt, und der Prüfer entscheidet.</translation>
    </message>
    <message>
        <source>Override rate: the share of finalized reviews whose final decision differs from the model&apos;s label.</source>
        <translation>Übersteuerungsquote: der Anteil der abgeschlossenen Prüfungen, deren endgültige Entscheidung vom Label des Modells abweicht.</translation>
    </message>
    <message>
        <source>Independent disagreement: the share whose initial, blind decision differs from the model&apos;s label.</source>
        <translation>Unabhängiger Widerspruch: der Anteil, dessen erste, blinde Entscheidung vom Label des Modells abweicht.</translation>
    </message>
    <message>
        <source>Deference: among reviews where the initial decision differed from the model, the share whose final decision is the model&apos;s.</source>
        <translation>Nachgeben: unter den Prüfungen, deren erste Entscheidung vom Modell abwich, der Anteil, dessen endgültige Entscheidung die des Modells ist.</translation>
    </message>
    <message>
        <source>Changed mind: the share whose final decision differs from the initial one.</source>
        <translation>Meinung geändert: der Anteil, dessen endgültige Entscheidung von der ersten abweicht.</translation>
    </message>
    <message>
        <source>Workload: each review carries its calendar day&apos;s review volume; high-volume reviews are on days above the 75th percentile of that series, low-volume below the 25th (linear interpolation). Breaks are gaps of more than 15 minutes between a reviewer&apos;s decisions.</source>
        <translation>Arbeitslast: Jede Prüfung trägt das Prüfaufkommen ihres Kalendertags; Prüfungen mit hohem Aufkommen liegen an Tagen über dem 75. Perzentil dieser Reihe, solche mit geringem Aufkommen unter dem 25. (lineare Interpolation). Pausen sind Lücken von mehr als 15 Minuten zwischen den Entscheidungen eines Prüfers.</translation>
    </message>
    <message>
        <source>Intervals are 95 % Wilson score intervals; n is the number of reviews a rate is computed from. A warning only fires when n is large enough to support it.</source>
        <translation>Intervalle sind 95-%-Wilson-Intervalle; n ist die Zahl der Prüfungen, aus denen eine Quote berechnet ist. Eine Warnung schlägt erst an, wenn n groß genug ist, um sie zu stützen.</translation>
    </message>
    <message>
        <source>Calibration: the Brier score of the confidence reviewers committed with their initial decision, where the outcome is known (0 is perfect, 0.25 is a coin toss).</source>
        <translation>Kalibrierung: der Brier-Score der Sicherheit, die Prüfer mit ihrer ersten Entscheidung festgelegt haben, wo das Ergebnis bekannt ist (0 ist perfekt, 0,25 ist ein Münzwurf).</translation>
    </message>
    <message>
        <source>Days and hours are calendar days and hours in %1.</source>
        <translation>Tage und Stunden sind Kalendertage und Stunden in %1.</translation>
    </message>
    <message>
        <source>Every change in Oversight is an event in an append-only trail; each event&apos;s SHA-256 hash covers its content and the previous event&apos;s hash, so a changed, removed or reordered event breaks the chain.</source>
        <translation>Jede Änderung in Oversight ist ein Ereignis in einem Trail, an den nur angehängt wird; der SHA-256-Hash jedes Ereignisses deckt seinen Inhalt und den Hash des vorigen Ereignisses ab, sodass ein geändertes, entferntes oder umgeordnetes Ereignis die Kette bricht.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Last event that changed data</source>
        <translation>Letztes Ereignis, das Daten geändert hat</translation>
    </message>
    <message>
        <source>Its time</source>
        <extracomment>Column: when the newest audit event was recorded.</extracomment>
        <translation>Seine Zeit</translation>
    </message>
    <message>
        <source>Its hash</source>
        <extracomment>Column: the SHA-256 hash of the newest audit event.</extracomment>
        <translation>Sein Hash</translation>
    </message>
    <message>
        <source>Verification when generated</source>
        <translation>Prüfung bei Erstellung</translation>
    </message>
    <message>
        <source>To check this report against the database later, run &apos;oversight-cli verify&apos; and confirm that event #%1 still has the hash above (&apos;oversight-cli verify --anchor %1:HASH&apos; does both).</source>
        <translation>Um diesen Bericht später mit der Datenbank abzugleichen, führen Sie &apos;oversight-cli verify&apos; aus und bestätigen Sie, dass Ereignis Nr. %1 noch den obigen Hash hat (&apos;oversight-cli verify --anchor %1:HASH&apos; erledigt beides).</translation>
    </message>
    <message>
        <source>Human oversight audit report %1 to %2</source>
        <translation>Prüfbericht zur menschlichen Aufsicht %1 bis %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF: %1</source>
        <translation>Das PDF kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Oversight audit report, %1 to %2</source>
        <translation>Oversight-Prüfbericht, %1 bis %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot finish the PDF: %1</source>
        <translation>Das PDF kann nicht fertiggestellt werden: %1</translation>
    </message>
    <message>
        <source>Warnings fire when the team&apos;s override rate is below %1; when more than %2 of the reviewers with enough reviews override in fewer than %3 of theirs; when busy days&apos; override rate is below %4 times quiet days&apos;; and when the daily override rate falls with p below %5.</source>
        <translation>Warnungen entstehen, wenn die Übersteuerungsquote des Teams unter %1 liegt; wenn mehr als %2 der Prüfer mit genügend Prüfungen in weniger als %3 ihrer Prüfungen übersteuern; wenn die Übersteuerungsquote an vollen Tagen unter dem %4-Fachen der ruhigen Tage liegt; und wenn die tägliche Übersteuerungsquote mit p unter %5 fällt.</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>intact (every event, finalized review and import checked, the rollups against the review facts and the decision records against the decisions)</source>
        <translation>intakt (jedes Ereignis, jede abgeschlossene Prüfung und jeder Import geprüft, die Rollups gegen die Prüfdaten und die Entscheidungsdatensätze gegen die Entscheidungen)</translation>
    </message>
    <message>
        <source>Fairness by group</source>
        <translation>Fairness nach Gruppe</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>No batch or review log names protected attributes, so there are no figures by group. Name them at import (--group-columns) with the positive class (--positive-label).</source>
        <translation>Kein Stapel und kein Prüfprotokoll nennt geschützte Merkmale, daher gibt es keine Kennzahlen nach Gruppe. Nennen Sie sie beim Import (--group-columns) mit der positiven Klasse (--positive-label).</translation>
    </message>
    <message>
        <source>For each protected attribute: how the model and the decision that counts treat each group (all imported decisions of the model in the period), how the reviewers&apos; blind and final decisions do on the cases they reviewed, the disparities against the reference group and whether review narrowed or widened them.</source>
        <translation>Für jedes geschützte Merkmal: wie das Modell und die geltende Entscheidung jede Gruppe behandeln (alle importierten Entscheidungen des Modells im Zeitraum), wie die blinden und finalen Entscheidungen der Prüfer auf den geprüften Fällen abschneiden, die Abweichungen von der Referenzgruppe und ob die Prüfung sie verkleinert oder vergrößert hat.</translation>
    </message>
    <message>
        <source>By %1: reference group %2, positive label %3</source>
        <translation>Nach %1: Referenzgruppe %2, positives Label %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 ausstehend)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Selection rate: model, then effective</source>
        <translation>Auswahlquote: Modell, dann geltend</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <source>False-negative rate</source>
        <translation>Falsch-negativ-Rate</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>False-positive rate: model, blind, final</source>
        <translation>Falsch-positiv-Rate: Modell, blind, final</translation>
    </message>
    <message>
        <source>No reviewed case in this period names %1.</source>
        <translation>Kein geprüfter Fall in diesem Zeitraum nennt %1.</translation>
    </message>
    <message>
        <source>%1, %2 (%3, %4): ratio %5, difference %6 points (95 % interval %7 to %8)</source>
        <translation>%1, %2 (%3, %4): Verhältnis %5, Differenz %6 Punkte (95-%-Intervall %7 bis %8)</translation>
    </message>
    <message>
        <source>No disparity is flagged.</source>
        <translation>Keine Abweichung ist markiert.</translation>
    </message>
    <message>
        <source>Flagged disparities: %1.</source>
        <translation>Markierte Abweichungen: %1.</translation>
    </message>
    <message>
        <source>(95 % interval of the change: %1 to %2 points)</source>
        <translation>(95-%-Intervall der Änderung: %1 bis %2 Punkte)</translation>
    </message>
    <message>
        <source>Method: selection rate = share given the positive label; TPR = true positives / actual positives; FPR = false positives / actual negatives; FNR = false negatives / actual positives; accuracy = correct / cases with a known outcome. The effective decision is the latest human decision on a case, else the model&apos;s; cases waiting for a mandatory review are pending. The reference group is the largest unless chosen. Differences carry Newcombe&apos;s hybrid score interval; a disparity is flagged when the ratio lies outside %1 to %2, the interval excludes 0 and both groups have at least %3 cases. The change review made to a gap is |final difference| - |model difference| on the reviewed cases, with a 95 % interval from %4 bootstrap resamples stratified by group (fixed seed).</source>
        <translation>Methode: Auswahlquote = Anteil mit dem positiven Label; TPR = richtig Positive / tatsächlich Positive; FPR = falsch Positive / tatsächlich Negative; FNR = falsch Negative / tatsächlich Positive; Genauigkeit = richtige / Fälle mit bekanntem Ergebnis. Die geltende Entscheidung ist die letzte menschliche Entscheidung zu einem Fall, sonst die des Modells; Fälle, die auf eine Pflichtprüfung warten, sind ausstehend. Die Referenzgruppe ist die größte, sofern keine gewählt ist. Differenzen tragen Newcombes hybrides Score-Intervall; eine Abweichung wird markiert, wenn das Verhältnis außerhalb von %1 bis %2 liegt, das Intervall 0 ausschließt und beide Gruppen mindestens %3 Fälle haben. Die Änderung eines Abstands durch die Prüfung ist |finale Differenz| - |Modelldifferenz| auf den geprüften Fällen, mit einem 95-%-Intervall aus %4 nach Gruppe geschichteten Bootstrap-Stichproben (fester Startwert).</translation>
    </message>
    <message>
        <source>Model cards</source>
        <translation>Modellkarten</translation>
    </message>
    <message>
        <source>No model version has batches imported or reviews finalized in this period.</source>
        <translation>Keine Modellversion hat in diesem Zeitraum importierte Stapel oder abgeschlossene Prüfungen.</translation>
    </message>
    <message>
        <source>Model card: %1</source>
        <translation>Modellkarte: %1</translation>
    </message>
    <message>
        <source>Decisions imported in the period</source>
        <translation>Im Zeitraum importierte Entscheidungen</translation>
    </message>
    <message>
        <source>Routed to mandatory review</source>
        <translation>Zur Pflichtprüfung geleitet</translation>
    </message>
    <message>
        <source>Decided by the model</source>
        <translation>Vom Modell entschieden</translation>
    </message>
    <message>
        <source>of which sampled for an audit review</source>
        <translation>davon für eine Stichprobenprüfung gezogen</translation>
    </message>
    <message>
        <source>Accuracy where the outcome is known</source>
        <translation>Genauigkeit, wo das Ergebnis bekannt ist</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 von %2 Fällen</translation>
    </message>
    <message>
        <source>no outcomes known</source>
        <translation>keine Ergebnisse bekannt</translation>
    </message>
    <message>
        <source>%1 of %2 reviews</source>
        <translation>%1 von %2 Prüfungen</translation>
    </message>
    <message>
        <source>no reviews finalized</source>
        <translation>keine Prüfungen abgeschlossen</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>keine im Zeitraum</translation>
    </message>
    <message>
        <source>(%1 with an outcome)</source>
        <translation>(%1 mit Ergebnis)</translation>
    </message>
    <message>
        <source>Accuracy by group</source>
        <translation>Genauigkeit nach Gruppe</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Independent double review</source>
        <translation>Unabhängige Doppelprüfung</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>queue %1: %2 reviews per case, second-review rate %3</source>
        <translation>Warteschlange %1: %2 Prüfungen pro Fall, Anteil zweiter Prüfungen %3</translation>
    </message>
    <message>
        <source>Policy: one review per case in every queue.</source>
        <translation>Regel: eine Prüfung pro Fall in jeder Warteschlange.</translation>
    </message>
    <message>
        <source>Policy: %1.</source>
        <translation>Regel: %1.</translation>
    </message>
    <message>
        <source>No case in this period was reviewed independently by more than one reviewer.</source>
        <translation>Kein Fall dieses Zeitraums wurde von mehr als einem Prüfer unabhängig geprüft.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>All agree</source>
        <translation>Alle einig</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss&apos; Kappa</translation>
    </message>
    <message>
        <source>Blind (initial)</source>
        <translation>Blind (erste)</translation>
    </message>
    <message>
        <source>After the reveal (final)</source>
        <translation>Nach dem Aufdecken (endgültig)</translation>
    </message>
    <message>
        <source>Pairs of reviewers (Cohen&apos;s kappa, from 20 shared cases)</source>
        <translation>Prüferpaare (Cohens Kappa, ab 20 gemeinsamen Fällen)</translation>
    </message>
    <message>
        <source>Shared cases</source>
        <translation>Gemeinsame Fälle</translation>
    </message>
    <message>
        <source>Kappa blind</source>
        <translation>Kappa blind</translation>
    </message>
    <message>
        <source>Kappa final</source>
        <translation>Kappa endgültig</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Schiedsentscheidung</translation>
    </message>
    <message>
        <source>%1 resolved, %2 pending; the adjudicator took the model&apos;s answer in %3 of the resolved.</source>
        <translation>%1 entschieden, %2 offen; die Schiedsperson übernahm in %3 der entschiedenen die Antwort des Modells.</translation>
    </message>
    <message>
        <source>Agrees blind</source>
        <translation>Blind einig</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Schiedsentschieden</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Known answers</source>
        <translation>Bekannte Antworten</translation>
    </message>
    <message>
        <source>queue %1: known-answer rate %2, catch rate %3, feedback %4</source>
        <translation>Warteschlange %1: Anteil Kontrollen %2, Fangquote %3, Rückmeldung %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Policy: no queue serves known-answer checks now.</source>
        <translation>Richtlinie: derzeit verteilt keine Warteschlange Kontrollen mit bekannter Antwort.</translation>
    </message>
    <message>
        <source>Policy: %1. Reviewers of these queues see a standing notice that some cases are checks with known answers and that some recommendations shown to them are deliberately wrong.</source>
        <translation>Richtlinie: %1. Prüfer dieser Warteschlangen sehen einen ständigen Hinweis, dass manche Fälle Kontrollen mit bekannter Antwort sind und manche gezeigten Empfehlungen absichtlich falsch.</translation>
    </message>
    <message>
        <source>No known-answer check was finalized in this period.</source>
        <translation>In diesem Zeitraum wurde keine Kontrolle mit bekannter Antwort abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 checks on %2 known-answer cases, %3 catch trials. None of them is a decision: they are in no other figure of this report and never exported.</source>
        <translation>%1 Kontrollen an %2 Fällen mit bekannter Antwort, %3 Fangversuche. Keine davon ist eine Entscheidung: sie stehen in keiner anderen Kennzahl dieses Berichts und werden nie exportiert.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Catch trials</source>
        <translation>Fangversuche</translation>
    </message>
    <message>
        <source>Accuracy blind</source>
        <translation>Genauigkeit blind</translation>
    </message>
    <message>
        <source>Accuracy final</source>
        <translation>Genauigkeit final</translation>
    </message>
    <message>
        <source>Catch deference</source>
        <translation>Fang-Folgsamkeit</translation>
    </message>
    <message>
        <source>RAIR</source>
        <translation>RAIR</translation>
    </message>
    <message>
        <source>RSR</source>
        <translation>RSR</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>A known-answer case is imported with its correct answer and served in place of a production case at the queue&apos;s known-answer rate, at most once to each reviewer; before the final decision nothing on screen or in the data tells it apart. At the queue&apos;s catch rate its reveal shows a planted recommendation: a label other than the correct one (with two labels the other one, else the most probable wrong one) with the row&apos;s own confidence; each plant is an audit event. Accuracy blind and final: the initial and final decision equal the correct answer. Catch deference: among catch trials answered correctly blind, the share finally decided as the planted recommendation. RAIR: wrong blind with a correct recommendation, the share decided correctly; RSR: right blind with a wrong recommendation, the share kept (Schemmer et al. 2023). 95 % Wilson intervals. A reviewer is named when their catch deference is 50 % or more on at least 10 catch trials.</source>
        <translation>Ein Fall mit bekannter Antwort wird mit seiner richtigen Antwort importiert und mit dem Kontrollanteil der Warteschlange anstelle eines echten Falls verteilt, jedem Prüfer höchstens einmal; vor der finalen Entscheidung unterscheidet ihn nichts auf dem Bildschirm oder in den Daten. Mit der Fangquote der Warteschlange zeigt seine Aufdeckung eine untergeschobene Empfehlung: ein anderes Label als das richtige (bei zwei Labels das andere, sonst das wahrscheinlichste falsche) mit der eigenen Konfidenz der Zeile; jede ist ein Audit-Ereignis. Genauigkeit blind und final: die erste und die finale Entscheidung gleichen der richtigen Antwort. Fang-Folgsamkeit: unter den blind richtig beantworteten Fangversuchen der Anteil, der final wie die untergeschobene Empfehlung entschieden wurde. RAIR: blind falsch bei richtiger Empfehlung, der Anteil richtig entschieden; RSR: blind richtig bei falscher Empfehlung, der Anteil beibehalten (Schemmer et al. 2023). 95-%-Wilson-Intervalle. Ein Prüfer wird genannt, wenn seine Fang-Folgsamkeit bei mindestens 10 Fangversuchen 50 % oder mehr beträgt.</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Einsprüche</translation>
    </message>
    <message>
        <source>No decision has been appealed.</source>
        <translation>Gegen keine Entscheidung wurde Einspruch erhoben.</translation>
    </message>
    <message>
        <source>Appeals filed</source>
        <translation>Eingelegte Einsprüche</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue (pending past their deadline)</source>
        <translation>Überfällig (offen über die Frist hinaus)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Reversed on appeal</source>
        <translation>Im Einspruch aufgehoben</translation>
    </message>
    <message>
        <source>Median days to decide</source>
        <translation>Median der Tage bis zur Entscheidung</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <source>Reversed on appeal, by who took the decision</source>
        <translation>Im Einspruch aufgehoben, nach Entscheidenden</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Entschiedene Einsprüche</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Reversed on appeal, by group</source>
        <translation>Im Einspruch aufgehoben, nach Gruppe</translation>
    </message>
    <message>
        <source>A decided case may be appealed within the appeal window after its decision, once. The appeal is decided by a reviewer who never reviewed, adjudicated, imported or appealed the case, blind to the model and to the earlier decisions until their own initial decision is stored; the same final decision upholds, another reverses, always with a rationale. A reversal becomes the case&apos;s decision and is handed on. These figures count every appeal in the database, whatever the report&apos;s period. 95 % Wilson intervals.</source>
        <translation>Gegen einen entschiedenen Fall kann innerhalb der Einspruchsfrist nach seiner Entscheidung einmal Einspruch erhoben werden. Über den Einspruch entscheidet eine prüfende Person, die den Fall nie geprüft, geschlichtet, importiert oder angefochten hat, ohne das Modell und die früheren Entscheidungen zu sehen, bis ihre eigene erste Entscheidung gespeichert ist; dieselbe endgültige Entscheidung bestätigt, eine andere hebt auf, stets mit Begründung. Eine Aufhebung wird zur Entscheidung des Falls und wird weitergegeben. Diese Zahlen zählen jeden Einspruch der Datenbank, unabhängig vom Zeitraum des Berichts. 95-%-Wilson-Intervalle.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>see queue depths</source>
        <translation>Warteschlangen einsehen</translation>
    </message>
    <message>
        <source>import model decisions</source>
        <translation>Modellentscheidungen importieren</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>see import batches</source>
        <translation>Importe einsehen</translation>
    </message>
    <message>
        <source>read oversight metrics, reports and the audit trail</source>
        <translation>Aufsichtskennzahlen, Berichte und den Audit-Trail lesen</translation>
    </message>
    <message>
        <source>review cases</source>
        <translation>Fälle prüfen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may not %2: that needs the role %3.</source>
        <translation>„%1“ darf nicht %2: Dafür ist die Rolle %3 nötig.</translation>
    </message>
    <message>
        <source>nobody</source>
        <extracomment>Stands for a session without a login in a permission error.</extracomment>
        <translation>niemand</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins role names: &quot;admin or compliance&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>change the routing policy or the shared settings</source>
        <translation>die Routing-Regeln oder die gemeinsamen Einstellungen ändern</translation>
    </message>
    <message>
        <source>export decisions</source>
        <translation>Entscheidungen exportieren</translation>
    </message>
    <message>
        <source>file appeals against decisions</source>
        <translation>Einsprüche gegen Entscheidungen einlegen</translation>
    </message>
    <message>
        <source>acknowledge that a database was restored from a backup</source>
        <translation>bestätigen, dass eine Datenbank aus einer Sicherung wiederhergestellt wurde</translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>Privileges are a PostgreSQL matter; an SQLite file is protected by its file permissions.</source>
        <translation>Berechtigungen betreffen PostgreSQL; eine SQLite-Datei ist durch ihre Dateirechte geschützt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain role name (lower-case letters, digits, &apos;_&apos;).</source>
        <translation>„%1“ ist kein einfacher Rollenname (Kleinbuchstaben, Ziffern, &apos;_&apos;).</translation>
    </message>
    <message>
        <source>There is no role &apos;%1&apos; on the server; create it first (CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;).</source>
        <translation>Auf dem Server gibt es keine Rolle „%1“; legen Sie sie zuerst an (CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;).</translation>
    </message>
    <message>
        <source>The schema &apos;%1&apos; has a name this command does not quote.</source>
        <translation>Das Schema „%1“ hat einen Namen, den dieser Befehl nicht in Anführungszeichen setzt.</translation>
    </message>
    <message>
        <source>Cannot grant privileges to %1: %2</source>
        <translation>%1 können keine Berechtigungen erteilt werden: %2</translation>
    </message>
</context>
<context>
    <name>QueueDepths</name>
    <message>
        <source>Cannot read the queues: %1</source>
        <translation>Die Warteschlangen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RejectWriter</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Die Datei für abgelehnte Zeilen %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Verifying the audit trail</source>
        <translation>Audit-Trail wird geprüft</translation>
    </message>
    <message>
        <source>Writing the decision log</source>
        <translation>Entscheidungsprotokoll wird geschrieben</translation>
    </message>
    <message>
        <source>Drawing the PDF</source>
        <translation>PDF wird gezeichnet</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded, so %1 was removed: %2</source>
        <translation>Der Export konnte nicht aufgezeichnet werden, daher wurde %1 entfernt: %2</translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <source>Cannot read review %1: %2</source>
        <translation>Die Prüfung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation>Es gibt keine Prüfung %1.</translation>
    </message>
    <message>
        <source>Cannot read the reviews of case %1: %2</source>
        <translation>Die Prüfungen von Fall %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ReviewLogImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no column named %2 (the file has: %3)</source>
        <translation>%1: keine Spalte namens %2 (die Datei hat: %3)</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>%1 was already imported on %2; use --force to import it again.</source>
        <translation>%1 wurde bereits am %2 importiert; verwenden Sie --force, um die Datei erneut zu importieren.</translation>
    </message>
    <message>
        <source>Cannot record the log: %1</source>
        <translation>Das Protokoll kann nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>Why a row was rejected: a required field has no value.</extracomment>
        <translation>leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (or does not exist in %2)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601 (oder existiert in %2 nicht)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number from 0 to 1</source>
        <translation>„%1“ ist keine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 100</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.</source>
        <translation>%1: %2 von %3 Zeilen wurden abgelehnt und --strict ist gesetzt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cannot order the reviews: %1</source>
        <translation>Die Prüfungen können nicht geordnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the ordinals: %1</source>
        <translation>Die Ordnungszahlen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: --group-bands names column &apos;%2&apos;, which --group-columns does not name</source>
        <translation>%1: --group-bands nennt die Spalte „%2“, die --group-columns nicht nennt</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was stored.</source>
        <translation>%1: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot store the review of %1: %2</source>
        <translation>Die Prüfung von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Cannot store the reviews: %1</source>
        <translation>Die Überprüfungen können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPolicy</name>
    <message>
        <source>Cannot read or store the review policy: %1</source>
        <translation>Die Prüfregel kann nicht gelesen oder gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a queue name (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>&apos;%1&apos; ist kein Warteschlangenname (Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The adjudication queue always has one adjudicator per case.</source>
        <translation>Die Schiedswarteschlange hat immer eine Schiedsperson pro Fall.</translation>
    </message>
    <message>
        <source>Reviews per case must be 1, 2 or 3; got %1.</source>
        <translation>Prüfungen pro Fall müssen 1, 2 oder 3 sein, nicht %1.</translation>
    </message>
    <message>
        <source>The second-review rate must be a number in [0, 1]; got %1.</source>
        <translation>Der Anteil zweiter Prüfungen muss eine Zahl in [0, 1] sein, nicht %1.</translation>
    </message>
    <message>
        <source>A second-review rate applies to a queue with one review per case; queue &apos;%1&apos; already has %2.</source>
        <translation>Ein Anteil zweiter Prüfungen gilt für Warteschlangen mit einer Prüfung pro Fall; Warteschlange &apos;%1&apos; hat bereits %2.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>The known-answer rate must be a number in [0, 1]; got %1.</source>
        <translation>Der Kontrollanteil muss eine Zahl in [0, 1] sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>The catch rate must be a number in [0, 1]; got %1.</source>
        <translation>Die Fangquote muss eine Zahl in [0, 1] sein; erhalten: %1.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>The review could not be stored: %1</source>
        <translation>Die Prüfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>You do not hold case %1: it was never claimed by you, is finished, or its lease expired and it went back to the queue.</source>
        <translation>Sie halten Fall %1 nicht: Er wurde nie von Ihnen übernommen, ist erledigt, oder seine Reservierung ist abgelaufen und er ging zurück in die Warteschlange.</translation>
    </message>
    <message>
        <source>Case %1 is missing from the database.</source>
        <translation>Fall %1 fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a queue name (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>„%1“ ist kein Warteschlangenname (Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;).</translation>
    </message>
    <message>
        <source>Your initial decision on case %1 is committed: finalize or escalate it before taking another case.</source>
        <translation>Ihre erste Entscheidung zu Fall %1 ist festgelegt: Schließen Sie ihn ab oder eskalieren Sie ihn, bevor Sie einen weiteren Fall übernehmen.</translation>
    </message>
    <message>
        <source>The model&apos;s output for case %1 is missing.</source>
        <translation>Die Ausgabe des Modells für Fall %1 fehlt.</translation>
    </message>
    <message>
        <source>Confidence must be between 0 and 100, not %1.</source>
        <translation>Die Sicherheit muss zwischen 0 und 100 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Your initial decision on case %1 is already committed (%2); it cannot change.</source>
        <translation>Ihre erste Entscheidung zu Fall %1 ist bereits festgelegt (%2); sie kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decision for case %2; choose one of: %3.</source>
        <translation>„%1“ ist keine Entscheidung für Fall %2; wählen Sie eine von: %3.</translation>
    </message>
    <message>
        <source>Commit your initial decision on case %1 before the final one.</source>
        <translation>Legen Sie Ihre erste Entscheidung zu Fall %1 vor der endgültigen fest.</translation>
    </message>
    <message>
        <source>The model&apos;s answer for case %1 has not been shown to you yet; open the case again to see it before deciding.</source>
        <translation>Die Antwort des Modells für Fall %1 wurde Ihnen noch nicht gezeigt; öffnen Sie den Fall erneut, um sie vor der Entscheidung zu sehen.</translation>
    </message>
    <message>
        <source>A rationale is required: your final decision &apos;%1&apos; differs from your initial decision &apos;%2&apos;. Nothing was stored.</source>
        <translation>Eine Begründung ist nötig: Ihre endgültige Entscheidung „%1“ weicht von Ihrer ersten Entscheidung „%2“ ab. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>A rationale is required: your final decision &apos;%1&apos; differs from the model&apos;s &apos;%2&apos;. Nothing was stored.</source>
        <translation>Eine Begründung ist nötig: Ihre endgültige Entscheidung „%1“ weicht von der des Modells („%2“) ab. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Say why you give case %1 back: a reason is required.</source>
        <translation>Sagen Sie, warum Sie Fall %1 zurückgeben: Ein Grund ist nötig.</translation>
    </message>
    <message>
        <source>Your initial decision on case %1 is committed, so it cannot be given back unreviewed; finalize or escalate it.</source>
        <translation>Ihre erste Entscheidung zu Fall %1 ist festgelegt, daher kann er nicht ungeprüft zurückgegeben werden; schließen Sie ihn ab oder eskalieren Sie ihn.</translation>
    </message>
    <message>
        <source>The audit queue holds the random sample of automated decisions; escalate to a named queue such as &apos;senior&apos;.</source>
        <translation>Die Audit-Warteschlange enthält die Zufallsstichprobe automatisierter Entscheidungen; eskalieren Sie an eine benannte Warteschlange wie &apos;senior&apos;.</translation>
    </message>
    <message>
        <source>Add a note for the senior reviewer: escalating case %1 needs one.</source>
        <translation>Fügen Sie eine Notiz für den erfahrenen Prüfer hinzu: Das Eskalieren von Fall %1 braucht eine.</translation>
    </message>
    <message>
        <source>Case %1 is already in the &apos;%2&apos; queue.</source>
        <translation>Fall %1 ist bereits in der Warteschlange „%2“.</translation>
    </message>
    <message>
        <source>The case picked for you had all its reviewers already; ask for the next case again.</source>
        <translation>Der für Sie gewählte Fall hatte schon alle Prüfer; fordern Sie den nächsten Fall erneut an.</translation>
    </message>
    <message>
        <source>Case %1 is an adjudication: nothing is hidden from you, so there is no initial decision; decide it with finalize and a rationale.</source>
        <translation>Fall %1 ist eine Schiedsentscheidung: Ihnen wird nichts verborgen, daher gibt es keine erste Entscheidung; entscheiden Sie ihn mit finalize und einer Begründung.</translation>
    </message>
    <message>
        <source>An adjudication needs a rationale: say why &apos;%1&apos; decides case %2. Nothing was stored.</source>
        <translation>Eine Schiedsentscheidung braucht eine Begründung: sagen Sie, warum &apos;%1&apos; Fall %2 entscheidet. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cases reach the adjudication queue when their independent reviews disagree; escalate to a named queue such as &apos;senior&apos;.</source>
        <translation>Fälle kommen in die Schiedswarteschlange, wenn ihre unabhängigen Prüfungen voneinander abweichen; eskalieren Sie an eine benannte Warteschlange wie &apos;senior&apos;.</translation>
    </message>
    <message>
        <source>Case %1 is an adjudication: decide it, or release it for another adjudicator.</source>
        <translation>Fall %1 ist eine Schiedsentscheidung: entscheiden Sie ihn oder geben Sie ihn für eine andere Schiedsperson zurück.</translation>
    </message>
    <message>
        <source>Some cases in this queue are checks whose correct answer is known, and some of the recommendations shown after your initial decision are deliberately wrong. Judge every case on its facts.</source>
        <translation>Manche Fälle dieser Warteschlange sind Kontrollen mit bekannter richtiger Antwort, und manche der Empfehlungen, die nach Ihrer ersten Entscheidung gezeigt werden, sind absichtlich falsch. Beurteilen Sie jeden Fall nach seinen Fakten.</translation>
    </message>
    <message>
        <source>Appeal statement</source>
        <translation>Begründung des Einspruchs</translation>
    </message>
    <message>
        <source>An appeal&apos;s decision needs a rationale: say why &apos;%1&apos; decides case %2. Nothing was stored.</source>
        <translation>Die Entscheidung über einen Einspruch braucht eine Begründung: Sagen Sie, warum „%1“ Fall %2 entscheidet. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cases reach the appeal queue when an appeal is filed against their decision; escalate to a named queue such as &apos;senior&apos;.</source>
        <translation>Fälle kommen in die Einspruchs-Warteschlange, wenn gegen ihre Entscheidung Einspruch erhoben wird; eskalieren Sie an eine benannte Warteschlange wie „senior“.</translation>
    </message>
    <message>
        <source>Case %1 is an appeal: it is decided by someone who never saw the case; decide it, or release it for another reviewer.</source>
        <translation>Fall %1 ist ein Einspruch: Darüber entscheidet jemand, der den Fall nie gesehen hat; entscheiden Sie ihn oder geben Sie ihn für eine andere prüfende Person frei.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation>Compliance-Beauftragter</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>Integration</translation>
    </message>
</context>
<context>
    <name>RollupCheck</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has a row (%2) that no review fact gives</source>
        <translation>%1 hat eine Zeile (%2), die sich aus keinem Prüfungsfakt ergibt</translation>
    </message>
    <message>
        <source>%1 is %2, the review facts give %3</source>
        <translation>%1 ist %2, die Prüfungsfakten ergeben %3</translation>
    </message>
    <message>
        <source>%1 row (%2) differs from the review facts: %3</source>
        <translation>Zeile von %1 (%2) weicht von den Prüfungsfakten ab: %3</translation>
    </message>
    <message>
        <source>%1 has no row (%2), though %3 review facts fall under it</source>
        <translation>%1 hat keine Zeile (%2), obwohl %3 Prüfungsfakten darunter fallen</translation>
    </message>
    <message>
        <source>Cannot read the rollups: %1</source>
        <translation>Die Rollups können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RoutingPolicy</name>
    <message>
        <source>The threshold must be a number in (0, 1]; got %1.</source>
        <translation>Die Schwelle muss eine Zahl in (0, 1] sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>The audit rate must be a number in [0, 1]; got %1.</source>
        <translation>Die Audit-Quote muss eine Zahl in [0, 1] sein; erhalten: %1.</translation>
    </message>
    <message>
        <source>confidence %1 is below the threshold %2: mandatory review</source>
        <translation>Konfidenz %1 liegt unter der Schwelle %2: Pflichtprüfung</translation>
    </message>
    <message>
        <source>confidence %1 is at or above the threshold %2; audit draw %3 is below the rate %4: sampled for audit</source>
        <translation>Konfidenz %1 liegt auf oder über der Schwelle %2; Audit-Ziehung %3 liegt unter der Quote %4: für das Audit gezogen</translation>
    </message>
    <message>
        <source>confidence %1 is at or above the threshold %2: automated</source>
        <translation>Konfidenz %1 liegt auf oder über der Schwelle %2: automatisiert</translation>
    </message>
    <message>
        <source>Cannot read the routing policy: %1</source>
        <translation>Die Routing-Richtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>Cannot save the routing policy: %1</source>
        <translation>Die Routing-Richtlinie kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>field is longer than %1 KiB</source>
        <translation>Feld ist länger als %1 KiB</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>missing case id</source>
        <translation>Fall-ID fehlt</translation>
    </message>
    <message>
        <source>missing model label</source>
        <translation>Modell-Label fehlt</translation>
    </message>
    <message>
        <source>confidence %1 is not a number</source>
        <translation>Konfidenz %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>confidence %1 is outside [0, 1]</source>
        <translation>Konfidenz %1 liegt außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>probability %1 is not a number</source>
        <translation>Wahrscheinlichkeit %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>probability %1 is outside [0, 1]</source>
        <translation>Wahrscheinlichkeit %1 liegt außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>probabilities sum to %1, not 1 (tolerance %2)</source>
        <translation>Die Wahrscheinlichkeiten ergeben zusammen %1, nicht 1 (Toleranz %2)</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; has no probability column</source>
        <translation>Das Label „%1“ hat keine Wahrscheinlichkeitsspalte</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; has probability %2, but the highest is %3: the label must be the most probable class</source>
        <translation>Das Label „%1“ hat die Wahrscheinlichkeit %2, die höchste ist aber %3: Das Label muss die wahrscheinlichste Klasse sein</translation>
    </message>
</context>
<context>
    <name>ScratchDatabase</name>
    <message>
        <source>The scratch database failed: %1</source>
        <translation>Die Hilfsdatenbank ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Scratch rows can only be copied into an SQLite database.</source>
        <translation>Zeilen der Hilfsdatenbank können nur in eine SQLite-Datenbank kopiert werden.</translation>
    </message>
</context>
<context>
    <name>ScriptSessions</name>
    <message>
        <source>The sessions could not be read or changed: %1</source>
        <translation>Die Sitzungen konnten nicht gelesen oder geändert werden: %1</translation>
    </message>
    <message>
        <source>by logout</source>
        <translation>durch Abmelden</translation>
    </message>
    <message>
        <source>when it expired</source>
        <translation>bei ihrem Ablauf</translation>
    </message>
    <message>
        <source>because the password was changed</source>
        <translation>weil das Passwort geändert wurde</translation>
    </message>
    <message>
        <source>because the account was disabled</source>
        <translation>weil das Konto deaktiviert wurde</translation>
    </message>
    <message>
        <source>because the account was locked after wrong passwords</source>
        <translation>weil das Konto nach falschen Passwörtern gesperrt wurde</translation>
    </message>
    <message>
        <source>when a new session was started</source>
        <translation>als eine neue Sitzung begonnen wurde</translation>
    </message>
    <message>
        <source>A session lasts between 1 and %1 hours, not %2.</source>
        <translation>Eine Sitzung dauert zwischen 1 und %1 Stunden, nicht %2.</translation>
    </message>
    <message>
        <source>Only a signed-in user can start a session.</source>
        <translation>Nur angemeldete Benutzer können eine Sitzung beginnen.</translation>
    </message>
    <message>
        <source>The random number generator is not available.</source>
        <translation>Der Zufallszahlengenerator ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>Sign in again with: oversight-cli login --as %1</source>
        <translation>Melden Sie sich erneut an mit: oversight-cli login --as %1</translation>
    </message>
    <message>
        <source>The saved session of &apos;%1&apos; is not a session of this database. %2</source>
        <translation>Die gespeicherte Sitzung von „%1“ ist keine Sitzung dieser Datenbank. %2</translation>
    </message>
    <message>
        <source>The session of &apos;%1&apos; has ended %2. %3</source>
        <translation>Die Sitzung von „%1“ wurde beendet: %2. %3</translation>
    </message>
    <message>
        <source>The session of &apos;%1&apos; expired at %2 UTC. %3</source>
        <translation>Die Sitzung von „%1“ ist um %2 UTC abgelaufen. %3</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled or locked. %2</source>
        <translation>Das Konto „%1“ ist deaktiviert oder gesperrt. %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Die Einstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot change the setting: %1</source>
        <translation>Die Einstellung kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>The organisation name has %1 characters; at most %2 fit a report&apos;s title page.</source>
        <translation>Der Name der Organisation hat %1 Zeichen; auf die Titelseite eines Berichts passen höchstens %2.</translation>
    </message>
    <message>
        <source>The organisation name is one line of text, without line breaks or control characters.</source>
        <translation>Der Name der Organisation ist eine Textzeile ohne Zeilenumbrüche und Steuerzeichen.</translation>
    </message>
    <message>
        <source>The analytics time zone stays %1: reviews are already counted in its days and hours.</source>
        <translation>Die Analyse-Zeitzone bleibt %1: Prüfungen sind bereits nach ihren Tagen und Stunden gezählt.</translation>
    </message>
</context>
<context>
    <name>StagedBatches</name>
    <message>
        <source>Cannot remove an abandoned import: %1</source>
        <translation>Ein abgebrochener Import kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the imports in progress: %1</source>
        <translation>Die laufenden Importe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the import&apos;s progress: %1</source>
        <translation>Der Fortschritt des Imports kann nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Another client removed this import&apos;s rows as abandoned (it wrote nothing for %1 minutes); nothing was stored.</source>
        <translation>Ein anderer Client hat die Zeilen dieses Imports als abgebrochen entfernt (er schrieb %1 Minuten lang nichts); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>(What it stored stays invisible to everyone and is removed by the next import: %1)</source>
        <translation>(Was er gespeichert hat, bleibt für alle unsichtbar und wird beim nächsten Import entfernt: %1)</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user database could not be changed: %1</source>
        <translation>Die Benutzerdatenbank konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid login: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>„%1“ ist kein gültiger Anmeldename: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; oder &apos;@&apos;.</translation>
    </message>
    <message>
        <source>A user needs at least one role: %1.</source>
        <translation>Ein Benutzer braucht mindestens eine Rolle: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; the roles are %2.</source>
        <translation>„%1“ ist keine Rolle; die Rollen sind %2.</translation>
    </message>
    <message>
        <source>There is already a user &apos;%1&apos;.</source>
        <translation>Es gibt bereits einen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>Die Datenbank ist belegt: %1</translation>
    </message>
    <message>
        <source>This database already has users; the first administrator exists.</source>
        <translation>Diese Datenbank hat bereits Benutzer; der erste Administrator existiert.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is locked after repeated wrong passwords until %2 UTC.</source>
        <translation>Das Konto „%1“ ist nach wiederholt falschen Passwörtern gesperrt bis %2 UTC.</translation>
    </message>
    <message>
        <source>The new user was stored but cannot be read back.</source>
        <translation>Der neue Benutzer wurde gespeichert, kann aber nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already enabled.</source>
        <translation>„%1“ ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already disabled.</source>
        <translation>„%1“ ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last active administrator and cannot be disabled.</source>
        <translation>„%1“ ist der letzte aktive Administrator und kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Wrong login or password for &apos;%1&apos;.</source>
        <translation>Falscher Anmeldename oder falsches Passwort für „%1“.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Cannot open a second connection to check the rollups: %1</source>
        <translation>Eine zweite Verbindung zur Prüfung der Rollups lässt sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oversight desktop application</source>
        <translation>Oversight-Desktopanwendung</translation>
    </message>
    <message>
        <source>Database to open: a file, or a team server as postgresql://user@host:port/dbname.</source>
        <translation>Zu öffnende Datenbank: eine Datei oder ein Teamserver als postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>oversight::AboutDialog</name>
    <message>
        <source>About Oversight</source>
        <translation>Über Oversight</translation>
    </message>
    <message>
        <source>Oversight icon</source>
        <translation>Oversight-Symbol</translation>
    </message>
    <message>
        <source>Oversight %1</source>
        <translation>Oversight %1</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <source>Keeps human oversight of AI decisions honest: reviewers judge each case before they see the model&apos;s answer, and compliance officers see whether the oversight is real.</source>
        <translation>Hält die menschliche Aufsicht über KI-Entscheidungen ehrlich: Prüfer beurteilen jeden Fall, bevor sie die Antwort des Modells sehen, und Compliance-Beauftragte sehen, ob die Aufsicht echt ist.</translation>
    </message>
    <message>
        <source>Copyright 2026 Oversight developers. Oversight is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Copyright 2026 Oversight-Entwickler. Oversight ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Sie kommt OHNE JEDE GEWÄHRLEISTUNG.</translation>
    </message>
    <message>
        <source>Built on Qt %1, SQLite %2, libsodium %3 and Boost.</source>
        <extracomment>The versions of the libraries the program runs with.</extracomment>
        <translation>Aufgebaut auf Qt %1, SQLite %2, libsodium %3 und Boost.</translation>
    </message>
    <message>
        <source>&amp;Licence...</source>
        <translation>&amp;Lizenz...</translation>
    </message>
    <message>
        <source>Shows the full text of the GNU GPL version 3</source>
        <translation>Zeigt den vollständigen Text der GNU GPL Version 3</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The licence text is missing.</source>
        <translation>Der Lizenztext fehlt.</translation>
    </message>
</context>
<context>
    <name>oversight::AddUserDialog</name>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Prüfer</translation>
    </message>
    <message>
        <source>&amp;Compliance officer</source>
        <translation>&amp;Compliance-Beauftragter</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrator</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>A&amp;nmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>What the person types to sign in: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Was die Person zur Anmeldung eingibt: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The person&apos;s name as reports and lists show it (optional).</source>
        <translation>Der Name der Person, wie Berichte und Listen ihn zeigen (optional).</translation>
    </message>
    <message>
        <source>Reviews cases blind, then sees the model&apos;s recommendation.</source>
        <translation>Prüft Fälle blind und sieht danach die Empfehlung des Modells.</translation>
    </message>
    <message>
        <source>Reads the oversight dashboard, reports and the audit trail.</source>
        <translation>Liest das Aufsichts-Dashboard, Berichte und den Audit-Trail.</translation>
    </message>
    <message>
        <source>Manages accounts, imports and the shared settings.</source>
        <translation>Verwaltet Konten, Importe und die gemeinsamen Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Integration</source>
        <translation>&amp;Integration</translation>
    </message>
    <message>
        <source>An account for a system that takes the decisions: it may export decisions and nothing else.</source>
        <translation>Ein Konto für ein System, das die Entscheidungen übernimmt: Es darf Entscheidungen exportieren und sonst nichts.</translation>
    </message>
</context>
<context>
    <name>oversight::AdjudicationPage</name>
    <message>
        <source>Re&amp;lease...</source>
        <translation>&amp;Zurückgeben...</translation>
    </message>
    <message>
        <source>The independent reviews</source>
        <translation>Die unabhängigen Prüfungen</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Das Modell</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Decision (press its number):</source>
        <translation>Entscheidung (ihre Nummer drücken):</translation>
    </message>
    <message>
        <source>Why this decision</source>
        <translation>Warum diese Entscheidung</translation>
    </message>
    <message>
        <source>Required: why this decision settles the case. It is kept with the decision and shown in the case&apos;s record.</source>
        <translation>Pflicht: warum diese Entscheidung den Fall klärt. Sie wird mit der Entscheidung gespeichert und in der Akte des Falls gezeigt.</translation>
    </message>
    <message>
        <source>Gives the adjudication back to its queue for another adjudicator, with a reason.</source>
        <translation>Gibt die Schiedsentscheidung mit einem Grund an ihre Warteschlange für eine andere Schiedsperson zurück.</translation>
    </message>
    <message>
        <source>The facts of the case, exactly as imported.</source>
        <translation>Die Fakten des Falls, genau wie importiert.</translation>
    </message>
    <message>
        <source>Store the decision for the case and open the next (Ctrl+Return)</source>
        <translation>Die Entscheidung für den Fall speichern und den nächsten öffnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Give the adjudication back for someone else, with a reason (%1)</source>
        <translation>Die Schiedsentscheidung mit einem Grund für jemand anderen zurückgeben (%1)</translation>
    </message>
    <message>
        <source>The adjudication queue has no more cases for you.</source>
        <translation>Die Schiedswarteschlange hat keine Fälle mehr für Sie.</translation>
    </message>
    <message>
        <source>Adjudication of case %1</source>
        <translation>Schiedsentscheidung zu Fall %1</translation>
    </message>
    <message>
        <source>Initially: %1 (confidence %2 %)</source>
        <translation>Zuerst: %1 (Sicherheit %2 %)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Finally: %1</source>
        <translation>Endgültig: %1</translation>
    </message>
    <message>
        <source>Recommends %1 (confidence %2)</source>
        <translation>Empfiehlt %1 (Konfidenz %2)</translation>
    </message>
    <message>
        <source>Release Adjudication</source>
        <translation>Schiedsentscheidung zurückgeben</translation>
    </message>
    <message>
        <source>Why do you give the adjudication of case %1 back?</source>
        <translation>Warum geben Sie die Schiedsentscheidung zu Fall %1 zurück?</translation>
    </message>
    <message>
        <source>The adjudication went back to its queue.</source>
        <translation>Die Schiedsentscheidung ist zurück in ihrer Warteschlange.</translation>
    </message>
    <message>
        <source>1 ... 9</source>
        <extracomment>The number keys that choose a decision.</extracomment>
        <translation>1 ... 9</translation>
    </message>
    <message>
        <source>Choose the decision with that number</source>
        <translation>Die Entscheidung mit dieser Nummer wählen</translation>
    </message>
    <message>
        <source>Write why</source>
        <translation>Begründung schreiben</translation>
    </message>
    <message>
        <source>Decide and open the next adjudication</source>
        <translation>Entscheiden und die nächste Schiedsentscheidung öffnen</translation>
    </message>
    <message>
        <source>Release the adjudication</source>
        <translation>Die Schiedsentscheidung zurückgeben</translation>
    </message>
    <message>
        <source>Decide and &amp;next</source>
        <translation>Entscheiden und &amp;nächster</translation>
    </message>
    <message>
        <source>Wh&amp;y (required):</source>
        <translation>Begründun&amp;g (Pflicht):</translation>
    </message>
</context>
<context>
    <name>oversight::AgreementPage</name>
    <message>
        <source>n/a</source>
        <extracomment>A kappa that cannot be computed (too few cases, or no variation).</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (n %3)</source>
        <extracomment>Cohen&apos;s kappa before -&gt; after the reveal, and the cases both reviewed.</extracomment>
        <translation>%1 -&gt; %2 (n %3)</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Agrees blind</source>
        <translation>Blind einig</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Schiedsentschieden</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Agreement of reviewer pairs</source>
        <translation>Übereinstimmung der Prüferpaare</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of each pair of reviewers on the cases both reviewed, blind and after the reveal, with the number of such cases.</source>
        <translation>Cohens Kappa jedes Prüferpaars auf den Fällen, die beide geprüft haben, blind und nach dem Aufdecken, mit der Zahl dieser Fälle.</translation>
    </message>
    <message>
        <source>Agreement by reviewer</source>
        <translation>Übereinstimmung nach Prüfer</translation>
    </message>
    <message>
        <source>How often each reviewer&apos;s blind decision equals another reviewer&apos;s, how adjudication settled their cases, and their accuracy where the outcome is known.</source>
        <translation>Wie oft die blinde Entscheidung jedes Prüfers der eines anderen gleicht, wie Schiedsentscheidungen ihre Fälle klärten, und ihre Genauigkeit, wo das Ergebnis bekannt ist.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Pairs of reviewers: Cohen&apos;s kappa blind -&gt; after the reveal (from 20 shared cases)</source>
        <translation>Paa&amp;re von Prüfern: Cohens Kappa blind -&gt; nach dem Aufdecken (ab 20 gemeinsamen Fällen)</translation>
    </message>
    <message>
        <source>&amp;Each reviewer</source>
        <translation>&amp;Je Prüfer</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>Warnun&amp;gen</translation>
    </message>
    <message>
        <source>Agreement warnings</source>
        <translation>Warnungen zur Übereinstimmung</translation>
    </message>
    <message>
        <source>Low agreement between independent reviewers, and reviewers who agree only after seeing the model, each with the numbers behind it.</source>
        <translation>Geringe Übereinstimmung unabhängiger Prüfer und Prüfer, die erst nach dem Aufdecken des Modells übereinstimmen, jeweils mit den Zahlen dahinter.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model whose cases the agreement is measured on.</source>
        <translation>Das Modell, auf dessen Fällen die Übereinstimmung gemessen wird.</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Wird analysiert...</translation>
    </message>
    <message>
        <source>No case has been reviewed independently by more than one reviewer yet. Set a queue&apos;s reviews per case (oversight-cli policy set --queue review --reviews-per-case 2) to measure agreement.</source>
        <translation>Noch kein Fall wurde von mehr als einem Prüfer unabhängig geprüft. Legen Sie die Prüfungen pro Fall einer Warteschlange fest (oversight-cli policy set --queue review --reviews-per-case 2), um Übereinstimmung zu messen.</translation>
    </message>
    <message>
        <source>%1 cases with every independent review final. All reviewers agree on %2 blind and %3 after the reveal; Fleiss&apos; kappa %4 blind, %5 after. Adjudication: %6 pending, %7 resolved, %8 of them as the model recommended.</source>
        <translation>%1 Fälle mit allen unabhängigen Prüfungen abgeschlossen. Alle Prüfer sind sich bei %2 blind und bei %3 nach dem Aufdecken einig; Fleiss&apos; Kappa %4 blind, %5 danach. Schiedsentscheidung: %6 offen, %7 entschieden, davon %8 wie vom Modell empfohlen.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>oversight::AppealsPage</name>
    <message>
        <source>n/a</source>
        <extracomment>A rate without any appeal to compute it from.</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 % (%2-%3 %)</source>
        <translation>%1 % (%2–%3 %)</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Save D&amp;ossier...</source>
        <translation>Akte spei&amp;chern...</translation>
    </message>
    <message>
        <source>Pseudo&amp;nymise</source>
        <translation>Pseudon&amp;ymisieren</translation>
    </message>
    <message>
        <source>File an appeal</source>
        <translation>Einspruch einlegen</translation>
    </message>
    <message>
        <source>The external id of the decided case that is contested.</source>
        <translation>Die externe Kennung des entschiedenen Falls, der angefochten wird.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Stellungnahme</translation>
    </message>
    <message>
        <source>What the person who contests the decision says; the appeal&apos;s reviewer sees it with the case. Required.</source>
        <translation>Was die Person sagt, die die Entscheidung anficht; wer den Einspruch prüft, sieht es mit dem Fall. Pflichtfeld.</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Who asked for the appeal (optional).</source>
        <translation>Wer den Einspruch beantragt hat (optional).</translation>
    </message>
    <message>
        <source>&amp;Second appeal of the same case</source>
        <translation>&amp;Zweiter Einspruch zum selben Fall</translation>
    </message>
    <message>
        <source>A case is appealed once; tick this to file another after the first was decided.</source>
        <translation>Gegen einen Fall wird einmal Einspruch erhoben; kreuzen Sie dies an, um nach der Entscheidung über den ersten einen weiteren einzulegen.</translation>
    </message>
    <message>
        <source>Send the case to the appeal queue, where a reviewer who never saw it decides it again, blind.</source>
        <translation>Den Fall in die Einspruchs-Warteschlange geben, wo jemand, der ihn nie sah, blind neu entscheidet.</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Fa&amp;ll:</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>&amp;Stellungnahme:</translation>
    </message>
    <message>
        <source>Requested b&amp;y:</source>
        <translation>Beantragt &amp;von:</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Eingelegt</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Gegen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Einsprüche</translation>
    </message>
    <message>
        <source>Every appeal, newest first; overdue ones are marked.</source>
        <translation>Jeder Einspruch, neueste zuerst; überfällige sind markiert.</translation>
    </message>
    <message>
        <source>Reversed on appeal, by who took the decision:</source>
        <translation>Im Einspruch aufgehoben, nach Entscheidenden:</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Entschiedene Einsprüche</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Reversals by decider</source>
        <translation>Aufhebungen nach Entscheidenden</translation>
    </message>
    <message>
        <source>How often the decisions of the model and of each reviewer were reversed on appeal, with a 95 % interval.</source>
        <translation>Wie oft die Entscheidungen des Modells und jeder prüfenden Person im Einspruch aufgehoben wurden, mit 95-%-Intervall.</translation>
    </message>
    <message>
        <source>Name the people involved Person 1, Person 2 ... in the dossier: a copy for the person the decision is about.</source>
        <translation>Die Beteiligten in der Akte Person 1, Person 2 … nennen: eine Kopie für die Person, um die es in der Entscheidung geht.</translation>
    </message>
    <message>
        <source>Save the whole history of the selected appeal&apos;s case as PDF.</source>
        <translation>Die ganze Geschichte des Falls des gewählten Einspruchs als PDF speichern.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 appeals filed, %2 pending (%3 overdue), %4 decided: %5 reversed. Median time to decide: %6.</source>
        <translation>%1 Einsprüche eingelegt, %2 offen (%3 überfällig), %4 entschieden: %5 aufgehoben. Median der Zeit bis zur Entscheidung: %6.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Appeal filed against %1&apos;s decision %2 on case %3; it is due by %4.</source>
        <translation>Einspruch gegen die Entscheidung %2 von %1 zu Fall %3 eingelegt; fällig bis %4.</translation>
    </message>
    <message>
        <source>Select an appeal first.</source>
        <translation>Wählen Sie zuerst einen Einspruch.</translation>
    </message>
    <message>
        <source>Save Case Dossier</source>
        <translation>Fallakte speichern</translation>
    </message>
    <message>
        <source>dossier-%1.pdf</source>
        <translation>akte-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the dossier of case %1 to %2.</source>
        <translation>Die Akte von Fall %1 wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Fil&amp;e Appeal</source>
        <translation>Einspruch einle&amp;gen</translation>
    </message>
</context>
<context>
    <name>oversight::AuditTrailPanel</name>
    <message>
        <source>&amp;Verify now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Recompute every hash of the audit trail and check the stored reviews and imports against it</source>
        <translation>Jeden Hash des Audit-Trails neu berechnen und die gespeicherten Prüfungen und Importe damit abgleichen</translation>
    </message>
    <message>
        <source>Audit trail: event #%1, hash %2…</source>
        <translation>Audit-Trail: Ereignis Nr. %1, Hash %2…</translation>
    </message>
    <message>
        <source>Full hash of event #%1: %2</source>
        <translation>Vollständiger Hash von Ereignis Nr. %1: %2</translation>
    </message>
    <message>
        <source>Never verified.</source>
        <translation>Nie geprüft.</translation>
    </message>
    <message>
        <source>Last verified %1 by %2: intact.</source>
        <translation>Zuletzt geprüft %1 von %2: intakt.</translation>
    </message>
    <message>
        <source>Last verified %1 by %2: BROKEN at event #%3: %4</source>
        <translation>Zuletzt geprüft %1 von %2: GEBROCHEN bei Ereignis Nr. %3: %4</translation>
    </message>
    <message>
        <source>Verifying the audit trail...</source>
        <translation>Audit-Trail wird geprüft...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verify Audit Trail</source>
        <translation>Audit-Trail prüfen</translation>
    </message>
    <message>
        <source>Audit Trail Broken</source>
        <translation>Audit-Trail gebrochen</translation>
    </message>
    <message>
        <source>The audit trail does not verify at event #%1: %2</source>
        <translation>Der Audit-Trail hält der Prüfung bei Ereignis Nr. %1 nicht stand: %2</translation>
    </message>
    <message>
        <source>The stored data does not verify: %1</source>
        <translation>Die gespeicherten Daten bestehen die Prüfung nicht: %1</translation>
    </message>
</context>
<context>
    <name>oversight::BatchListModel</name>
    <message>
        <source>Batch %1
SHA-256 %2</source>
        <translation>Import %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>threshold %1, audit %2 %</source>
        <translation>Schwelle %1, Audit %2 %</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Audit sample</source>
        <translation>Audit-Stichprobe</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>%1 (known answers)</source>
        <extracomment>A file of checks whose answers are known, not of decisions.</extracomment>
        <translation>%1 (bekannte Antworten)</translation>
    </message>
    <message>
        <source>served at each queue&apos;s known-answer rate</source>
        <translation>verteilt mit dem Kontrollanteil jeder Warteschlange</translation>
    </message>
</context>
<context>
    <name>oversight::ConnectDialog</name>
    <message>
        <source>Connect to a Team Server</source>
        <translation>Mit einem Teamserver verbinden</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or $PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass oder $PGPASSWORD</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name; prefer uses TLS when the server offers it.</source>
        <translation>verify-full prüft Zertifikat und Namen des Servers; prefer verwendet TLS, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>A review team shares one PostgreSQL database. Ask your administrator for these details.</source>
        <translation>Ein Prüfteam teilt sich eine PostgreSQL-Datenbank. Fragen Sie Ihren Administrator nach diesen Angaben.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL&apos;s usual one is 5432.</source>
        <translation>Der Port des Servers; bei PostgreSQL üblicherweise 5432.</translation>
    </message>
    <message>
        <source>The name of the team&apos;s database on the server.</source>
        <translation>Der Name der Team-Datenbank auf dem Server.</translation>
    </message>
    <message>
        <source>Your PostgreSQL user on the server (not your Oversight login, which you give next).</source>
        <translation>Ihr PostgreSQL-Benutzer auf dem Server (nicht Ihre Oversight-Anmeldung, die danach folgt).</translation>
    </message>
</context>
<context>
    <name>oversight::DashboardPage</name>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Limit the analysis to a range of days; off: all time</source>
        <translation>Die Analyse auf einen Zeitraum beschränken; aus: gesamter Zeitraum</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last day of the analysed period.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Warteschlangenfilter</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Modellfilter</translation>
    </message>
    <message>
        <source>Reviewer filter</source>
        <translation>Prüferfilter</translation>
    </message>
    <message>
        <source>Write an audit report of the chosen days and filters as PDF, CSV or JSON</source>
        <translation>Einen Prüfbericht der gewählten Tage und Filter als PDF, CSV oder JSON schreiben</translation>
    </message>
    <message>
        <source>&amp;Warnings (activate one to see the reviews behind it)</source>
        <translation>Warnun&amp;gen (eine aktivieren, um die Prüfungen dahinter zu sehen)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Back to the dashboard</source>
        <translation>&amp;Zurück zum Dashboard</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Alle Prüfer</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Wird analysiert...</translation>
    </message>
    <message>
        <source>Finalized reviews</source>
        <translation>Abgeschlossene Prüfungen</translation>
    </message>
    <message>
        <source>in this filter</source>
        <translation>in diesem Filter</translation>
    </message>
    <message>
        <source>Override rate</source>
        <extracomment>The share of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Übersteuerungsquote</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2</source>
        <translation>95-%-Intervall %1 bis %2</translation>
    </message>
    <message>
        <source>Deference after the reveal</source>
        <extracomment>Share of disagreements where the reviewer switched to the model&apos;s answer after seeing it.</extracomment>
        <translation>Nachgeben nach der Aufdeckung</translation>
    </message>
    <message>
        <source>of %1 disagreements switched to the model</source>
        <translation>von %1 Widersprüchen zum Modell gewechselt</translation>
    </message>
    <message>
        <source>High- vs low-volume days</source>
        <translation>Tage mit hohem vs. geringem Aufkommen</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <extracomment>Two override rates compared: on busy days vs on quiet days.</extracomment>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>override rate; %1 and %2 reviews</source>
        <translation>Übersteuerungsquote; %1 und %2 Prüfungen</translation>
    </message>
    <message>
        <source>none fired</source>
        <translation>keine angeschlagen</translation>
    </message>
    <message>
        <source>see below</source>
        <translation>siehe unten</translation>
    </message>
    <message>
        <source>Activate to see the reviews behind this warning</source>
        <translation>Aktivieren, um die Prüfungen hinter dieser Warnung zu sehen</translation>
    </message>
    <message>
        <source>No warning: none of the passive-oversight signals is present, or there are too few reviews to tell (each warning states the number of reviews it needs).</source>
        <translation>Keine Warnung: Keines der Signale passiver Aufsicht liegt vor, oder es gibt zu wenige Prüfungen, um es zu sagen (jede Warnung nennt die Zahl der Prüfungen, die sie braucht).</translation>
    </message>
    <message>
        <source>No finalized reviews match this filter. Widen the dates or choose another queue, model or reviewer; reviews appear here as soon as they are finalized or imported with import-reviews.</source>
        <translation>Keine abgeschlossenen Prüfungen passen zu diesem Filter. Erweitern Sie die Tage oder wählen Sie eine andere Warteschlange, ein anderes Modell oder einen anderen Prüfer; Prüfungen erscheinen hier, sobald sie abgeschlossen oder mit import-reviews importiert sind.</translation>
    </message>
    <message>
        <source>Only %1 reviews: the rates below swing widely and no warning can fire yet. Read the intervals, not the bars.</source>
        <translation>Nur %1 Prüfungen: Die Quoten unten schwanken stark, und noch kann keine Warnung anschlagen. Lesen Sie die Intervalle, nicht die Balken.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 reviews overridden (%4, 95 % interval %5 to %6). Click for the reviews.</source>
        <translation>%1: %2 von %3 Prüfungen übersteuert (%4, 95-%-Intervall %5 bis %6). Klicken für die Prüfungen.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 reviews overridden (%5)</source>
        <translation>%1 %2: %3 von %4 Prüfungen übersteuert (%5)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Since a break</source>
        <extracomment>Position of a review since the reviewer&apos;s last break (gap over 15 minutes).</extracomment>
        <translation>Seit einer Pause</translation>
    </message>
    <message>
        <source>Override rate by reviewer</source>
        <translation>Übersteuerungsquote je Prüfer</translation>
    </message>
    <message>
        <source>Override rate by hour of day</source>
        <translation>Übersteuerungsquote nach Tageszeit</translation>
    </message>
    <message>
        <source>Override rate by position since the last break</source>
        <translation>Übersteuerungsquote nach Position seit der letzten Pause</translation>
    </message>
    <message>
        <source>Daily override rate</source>
        <translation>Tägliche Übersteuerungsquote</translation>
    </message>
    <message>
        <source>All reviews in the filter</source>
        <translation>Alle Prüfungen im Filter</translation>
    </message>
    <message>
        <source>Reviews by %1</source>
        <translation>Prüfungen von %1</translation>
    </message>
    <message>
        <source>%1 shown, newest first</source>
        <translation>%1 angezeigt, neueste zuerst</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 reviews to %2</source>
        <translation>%1 Prüfungen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A report covers a period: tick Dates and choose the first and last day, then export again.</source>
        <translation>Ein Bericht umfasst einen Zeitraum: Setzen Sie das Häkchen bei „Tage“, wählen Sie den ersten und letzten Tag und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>CSV decision log (*.csv)</source>
        <translation>CSV-Entscheidungsprotokoll (*.csv)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Preparing the report...</source>
        <translation>Bericht wird vorbereitet...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export Reviews</source>
        <translation>Prüfungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Show as &amp;tables</source>
        <translation>Als &amp;Tabellen</translation>
    </message>
    <message>
        <source>The first calendar day analysed.</source>
        <translation>Der erste analysierte Kalendertag.</translation>
    </message>
    <message>
        <source>The last calendar day analysed.</source>
        <translation>Der letzte analysierte Kalendertag.</translation>
    </message>
    <message>
        <source>Qu&amp;eue:</source>
        <translation>Warte&amp;schlange:</translation>
    </message>
    <message>
        <source>Analyse the reviews of one queue, or of all.</source>
        <translation>Die Prüfungen einer Warteschlange oder aller analysieren.</translation>
    </message>
    <message>
        <source>Analyse the reviews of one model version, or of all.</source>
        <translation>Die Prüfungen einer Modellversion oder aller analysieren.</translation>
    </message>
    <message>
        <source>Analyse one reviewer&apos;s reviews, or the whole team&apos;s.</source>
        <translation>Die Prüfungen eines Prüfers oder des ganzen Teams analysieren.</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>Nach Prüfer</translation>
    </message>
    <message>
        <source>Override rate by reviewer: activate a row for the reviews</source>
        <translation>Übersteuerungsquote nach Prüfer: eine Zeile aktivieren zeigt die Prüfungen</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Nach Stunde</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>One table per chart; the arrow keys change the table.</source>
        <translation>Eine Tabelle je Diagramm; die Pfeiltasten wechseln die Tabelle.</translation>
    </message>
    <message>
        <source>One row per bar or point of the chart: reviews, overrides, override rate and its 95 % interval.</source>
        <translation>Eine Zeile je Balken oder Punkt des Diagramms: Prüfungen, Übersteuerungen, Übersteuerungsquote und ihr 95-%-Intervall.</translation>
    </message>
    <message>
        <source>The charts&apos; figures as tables, one row per bar or point: for screen readers and for reading exact numbers.</source>
        <translation>Die Zahlen der Diagramme als Tabellen, eine Zeile je Balken oder Punkt: für Screenreader und zum Ablesen genauer Werte.</translation>
    </message>
    <message>
        <source>Signs of passive oversight in the analysed reviews, each with the numbers behind it. Return on a warning lists the reviews behind it.</source>
        <translation>Anzeichen passiver Aufsicht in den analysierten Prüfungen, jeweils mit den Zahlen dahinter. Eingabe auf einer Warnung listet die Prüfungen dahinter.</translation>
    </message>
    <message>
        <source>A chart. “Show as tables” gives its figures as a table.</source>
        <translation>Ein Diagramm. »Als Tabellen« zeigt seine Zahlen als Tabelle.</translation>
    </message>
    <message>
        <source>Rev&amp;iewer:</source>
        <translation>P&amp;rüfer:</translation>
    </message>
    <message>
        <source>E&amp;xport Report...</source>
        <translation>&amp;Bericht exportieren...</translation>
    </message>
    <message>
        <source>Case D&amp;ossier...</source>
        <translation>Fallak&amp;te...</translation>
    </message>
    <message>
        <source>Save the whole history of the selected review&apos;s case as PDF: what was shown, what the model said, who decided what, when and why.</source>
        <translation>Die ganze Geschichte des Falls der gewählten Prüfung als PDF speichern: was gezeigt wurde, was das Modell sagte, wer was wann und warum entschied.</translation>
    </message>
    <message>
        <source>Select a review first.</source>
        <translation>Wählen Sie zuerst eine Prüfung.</translation>
    </message>
    <message>
        <source>Saved the dossier of case %1 to %2.</source>
        <translation>Die Akte von Fall %1 wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Save Case Dossier</source>
        <translation>Fallakte speichern</translation>
    </message>
    <message>
        <source>dossier-%1.pdf</source>
        <translation>akte-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>oversight::EscalateDialog</name>
    <message>
        <source>Escalate Case</source>
        <translation>Fall eskalieren</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Note for the senior reviewer</source>
        <translation>Notiz für den erfahrenen Prüfer</translation>
    </message>
    <message>
        <source>What should the senior reviewer look at?</source>
        <translation>Was soll sich der erfahrene Prüfer ansehen?</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>The case leaves your hands and waits in the chosen queue for a senior reviewer, who starts blind.</source>
        <translation>Der Fall verlässt Ihre Hände und wartet in der gewählten Warteschlange auf einen erfahrenen Prüfer, der blind beginnt.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The queue the case waits in for a senior reviewer.</source>
        <translation>Die Warteschlange, in der der Fall auf einen erfahrenen Prüfer wartet.</translation>
    </message>
    <message>
        <source>Required: what the senior reviewer should look at. It goes into the audit trail. Tab moves on.</source>
        <translation>Pflicht: worauf der erfahrene Prüfer achten soll. Die Notiz kommt in den Audit-Trail. Tab geht weiter.</translation>
    </message>
</context>
<context>
    <name>oversight::ExportDecisionsDialog</name>
    <message>
        <source>Export Decisions</source>
        <translation>Entscheidungen exportieren</translation>
    </message>
    <message>
        <source>Every change of a decision after a cursor, in the order it was made: automated decisions when their batch was imported, and finalized reviews. The system that acts on the decisions reads the file; the export is recorded in the audit trail.</source>
        <translation>Jede Änderung einer Entscheidung nach einem Cursor, in der Reihenfolge, in der sie getroffen wurde: automatisierte Entscheidungen beim Import ihres Stapels und abgeschlossene Prüfungen. Das System, das die Entscheidungen umsetzt, liest die Datei; der Export wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Only what is new since the last export from this computer (cursor %1)</source>
        <translation>&amp;Nur Neues seit dem letzten Export von diesem Computer (Cursor %1)</translation>
    </message>
    <message>
        <source>&amp;Only what is new since the last export (none from this computer yet)</source>
        <translation>&amp;Nur Neues seit dem letzten Export (noch keiner von diesem Computer)</translation>
    </message>
    <message>
        <source>Records with a greater cursor are exported; 0 exports everything.</source>
        <translation>Datensätze mit größerem Cursor werden exportiert; 0 exportiert alles.</translation>
    </message>
    <message>
        <source>JSON Lines (.jsonl)</source>
        <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>The file to write; it is written whole or not at all.</source>
        <translation>Die zu schreibende Datei; sie wird ganz oder gar nicht geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Since cursor:</source>
        <translation>&amp;Ab Cursor:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Exporting decisions...</source>
        <translation>Entscheidungen werden exportiert...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting decisions: %L1 so far...</source>
        <translation>Entscheidungen werden exportiert: bisher %L1...</translation>
    </message>
</context>
<context>
    <name>oversight::FactsView</name>
    <message>
        <source>Case facts</source>
        <translation>Fakten des Falls</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>oversight::FairnessPage</name>
    <message>
        <source>Show as &amp;tables</source>
        <translation>Als &amp;Tabellen zeigen</translation>
    </message>
    <message>
        <source>Rates by group</source>
        <translation>Raten nach Gruppe</translation>
    </message>
    <message>
        <source>One row per group and decider: cases, the rate and its 95 % interval.</source>
        <translation>Eine Zeile je Gruppe und Entscheider: Fälle, die Rate und ihr 95-%-Intervall.</translation>
    </message>
    <message>
        <source>Disparities</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Each group against the reference group: ratio, difference and its 95 % interval, and whether it is flagged.</source>
        <translation>Jede Gruppe gegenüber der Referenzgruppe: Verhältnis, Differenz mit 95-%-Intervall und ob sie markiert ist.</translation>
    </message>
    <message>
        <source>Attr&amp;ibute:</source>
        <translation>&amp;Merkmal:</translation>
    </message>
    <message>
        <source>The protected attribute whose groups are compared.</source>
        <translation>Das geschützte Merkmal, dessen Gruppen verglichen werden.</translation>
    </message>
    <message>
        <source>a&amp;nd:</source>
        <extracomment>A second attribute, for the intersection of two (e.g. sex and age band).</extracomment>
        <translation>u&amp;nd:</translation>
    </message>
    <message>
        <source>A second attribute: compare the groups of both at once (their intersection).</source>
        <translation>Ein zweites Merkmal: Vergleicht die Gruppen beider zugleich (ihre Schnittmenge).</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>M&amp;etrik:</translation>
    </message>
    <message>
        <source>The rate compared across groups.</source>
        <translation>Die über Gruppen verglichene Rate.</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>The decisions and reviews of one model, or of all.</source>
        <translation>Die Entscheidungen und Prüfungen eines Modells oder aller.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Oversight effect</source>
        <translation>Wirkung der Aufsicht</translation>
    </message>
    <message>
        <source>A chart. “Show as tables” gives its figures as a table.</source>
        <translation>Ein Diagramm. „Als Tabellen zeigen“ gibt seine Zahlen als Tabelle aus.</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Wird ausgewertet...</translation>
    </message>
    <message>
        <source>Dis&amp;parities against the reference group</source>
        <translation>Abweichungen von der &amp;Referenzgruppe</translation>
    </message>
    <message>
        <source>Warnings by &amp;group</source>
        <translation>Warnungen nach &amp;Gruppe</translation>
    </message>
    <message>
        <source>Warnings by group</source>
        <translation>Warnungen nach Gruppe</translation>
    </message>
    <message>
        <source>Where review widens a gap between groups, and reviewers whose override rates differ by group more than chance explains.</source>
        <translation>Wo die Prüfung einen Abstand zwischen Gruppen vergrößert, und Prüfer, deren Überstimmungsraten je Gruppe stärker abweichen, als der Zufall erklärt.</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table, one row per group and decider: for screen readers and for reading exact numbers.</source>
        <translation>Die Zahlen des Diagramms als Tabelle, eine Zeile je Gruppe und Entscheider: für Bildschirmleser und zum Ablesen genauer Werte.</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>No warning for this attribute: review widens no gap significantly, and no reviewer&apos;s override rate differs by group more than chance explains (each needs at least 20 reviews per group).</source>
        <translation>Keine Warnung für dieses Merkmal: Die Prüfung vergrößert keinen Abstand signifikant, und keine Überstimmungsrate eines Prüfers weicht je Gruppe stärker ab, als der Zufall erklärt (jede braucht mindestens 20 Prüfungen je Gruppe).</translation>
    </message>
    <message>
        <source>Fewer than %1 cases in %2: their rates swing widely and no disparity is flagged for them. Read the intervals, not the points.</source>
        <translation>Weniger als %1 Fälle in %2: Ihre Raten schwanken stark, und für sie wird keine Abweichung markiert. Lesen Sie die Intervalle, nicht die Punkte.</translation>
    </message>
    <message>
        <source>Accuracy counts only cases whose outcome is known.</source>
        <translation>Die Genauigkeit zählt nur Fälle mit bekanntem Ergebnis.</translation>
    </message>
    <message>
        <source>Without a positive label only accuracy can be compared.</source>
        <translation>Ohne positives Label lässt sich nur die Genauigkeit vergleichen.</translation>
    </message>
    <message>
        <source>(change %1 points, 95 % interval %2 to %3)</source>
        <translation>(Änderung %1 Punkte, 95-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <source>No reviewed cases in these groups yet: whether review narrows or widens a gap shows once there are.</source>
        <translation>Noch keine geprüften Fälle in diesen Gruppen: Ob die Prüfung einen Abstand verkleinert oder vergrößert, zeigt sich, sobald es welche gibt.</translation>
    </message>
    <message>
        <source>No figures by group yet. Name the protected attributes when importing decisions or a review log (oversight-cli import --group-columns), with the positive label (--positive-label), and they appear here.</source>
        <translation>Noch keine Kennzahlen nach Gruppe. Nennen Sie die geschützten Merkmale beim Import von Entscheidungen oder eines Prüfprotokolls (oversight-cli import --group-columns) mit dem positiven Label (--positive-label), dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Reviews of the group</source>
        <translation>Prüfungen der Gruppe</translation>
    </message>
    <message>
        <source>The group&apos;s finalized reviews, newest first.</source>
        <translation>Die abgeschlossenen Prüfungen der Gruppe, neueste zuerst.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Only decisions imported, and reviews finalized, on these days. Unticked: every day.</source>
        <translation>Nur an diesen Tagen importierte Entscheidungen und abgeschlossene Prüfungen. Nicht angehakt: alle Tage.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Warte&amp;schlange:</translation>
    </message>
    <message>
        <source>The reviews of one queue, or of all.</source>
        <translation>Die Prüfungen einer Warteschlange oder aller.</translation>
    </message>
    <message>
        <source>Enter or double-click on a group&apos;s row lists its reviews.</source>
        <translation>Eingabetaste oder Doppelklick auf die Zeile einer Gruppe listet ihre Prüfungen.</translation>
    </message>
    <message>
        <source>&amp;Back to the figures</source>
        <translation>Zurüc&amp;k zu den Zahlen</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Reviews of %1 = %2: %3 shown, newest first</source>
        <translation>Prüfungen von %1 = %2: %3 gezeigt, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>oversight::HeadAlarmBanner</name>
    <message>
        <source>Acknowledge Res&amp;tore...</source>
        <translation>Wiederherstellung bes&amp;tätigen...</translation>
    </message>
    <message>
        <source>Tamper alarm</source>
        <translation>Manipulationsalarm</translation>
    </message>
    <message>
        <source>Only when the database was restored from a backup: record that, and witness the trail as it is from now on.</source>
        <translation>Nur wenn die Datenbank aus einer Sicherung wiederhergestellt wurde: dies aufzeichnen und den Prüfpfad ab jetzt so bezeugen, wie er ist.</translation>
    </message>
    <message>
        <source>Tamper alarm: the audit trail no longer holds what this computer saw of it. Someone may have removed or rewritten its newest events. Tell your compliance officer; do not rely on this database&apos;s figures until it is explained.</source>
        <translation>Manipulationsalarm: Der Prüfpfad enthält nicht mehr, was dieser Computer von ihm gesehen hat. Jemand hat möglicherweise seine neuesten Ereignisse entfernt oder umgeschrieben. Informieren Sie Ihre Compliance-Beauftragte; verlassen Sie sich nicht auf die Zahlen dieser Datenbank, bis es geklärt ist.</translation>
    </message>
</context>
<context>
    <name>oversight::ImportDialog</name>
    <message>
        <source>Import Decisions</source>
        <translation>Entscheidungen importieren</translation>
    </message>
    <message>
        <source>A CSV or JSON Lines file of model decisions, one case per row.</source>
        <translation>Eine CSV- oder JSON-Lines-Datei mit Modellentscheidungen, ein Fall je Zeile.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Die zu importierende Datei wählen.</translation>
    </message>
    <message>
        <source>The model&apos;s name, as reports and filters show it.</source>
        <translation>Der Name des Modells, wie Berichte und Filter ihn zeigen.</translation>
    </message>
    <message>
        <source>The model&apos;s version: analyses can compare versions.</source>
        <translation>Die Version des Modells: Analysen können Versionen vergleichen.</translation>
    </message>
    <message>
        <source>The column with each case&apos;s own id.</source>
        <translation>Die Spalte mit der eigenen Kennung jedes Falls.</translation>
    </message>
    <message>
        <source>The column with the decision the model made.</source>
        <translation>Die Spalte mit der Entscheidung des Modells.</translation>
    </message>
    <message>
        <source>How sure the model was: one confidence column, or one probability column per decision named p_&lt;decision&gt;.</source>
        <translation>Wie sicher das Modell war: eine Konfidenzspalte oder je Entscheidung eine Wahrscheinlichkeitsspalte namens p_&lt;Entscheidung&gt;.</translation>
    </message>
    <message>
        <source>The real outcome, where known: lets the dashboard measure accuracy.</source>
        <translation>Das tatsächliche Ergebnis, wo bekannt: damit misst das Dashboard die Genauigkeit.</translation>
    </message>
    <message>
        <source>Hidden from reviewers</source>
        <translation>Vor Prüfern verborgen</translation>
    </message>
    <message>
        <source>Columns reviewers must never see, such as scores that give the model&apos;s decision away.</source>
        <translation>Spalten, die Prüfer nie sehen dürfen, etwa Scores, die die Entscheidung des Modells verraten.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Decision column:</source>
        <translation>&amp;Entscheidungsspalte:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>Kon&amp;fidenz:</translation>
    </message>
    <message>
        <source>Known &amp;outcome:</source>
        <translation>Bekanntes Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>&amp;Hidden from reviewers:</source>
        <translation>Vor Prüfern ver&amp;borgen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Decision files (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Entscheidungsdateien (*.csv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>One probability per decision (p_ columns)</source>
        <translation>Eine Wahrscheinlichkeit je Entscheidung (p_-Spalten)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No column holds the known outcome.</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Imported %1 decisions: %2 to review, %3 automated (%4 of them sampled for audit).</source>
        <translation>%1 Entscheidungen importiert: %2 zur Prüfung, %3 automatisiert (davon %4 in der Audit-Stichprobe).</translation>
    </message>
    <message>
        <source>Rows rejected and not imported: %1</source>
        <translation>Abgewiesene, nicht importierte Zeilen: %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Case id co&amp;lumn:</source>
        <translation>&amp;Kennungsspalte:</translation>
    </message>
    <message>
        <source>Columns that give answers away</source>
        <translation>Spalten, die Antworten verraten</translation>
    </message>
    <message>
        <source>Some columns are strongly associated with the model&apos;s decision or the known outcome: reviewers may infer it from them. Hide them, or choose Import again to show them to reviewers.</source>
        <translation>Einige Spalten hängen stark mit der Entscheidung des Modells oder dem bekannten Ergebnis zusammen: Prüfende könnten es daraus ableiten. Verbergen Sie sie oder wählen Sie erneut Importieren, um sie Prüfenden zu zeigen.</translation>
    </message>
    <message>
        <source>%1 gives the model&apos;s decision away (score %2).</source>
        <translation>%1 verrät die Entscheidung des Modells (Wert %2).</translation>
    </message>
    <message>
        <source>%1 gives the known outcome away (score %2).</source>
        <translation>%1 verrät das bekannte Ergebnis (Wert %2).</translation>
    </message>
    <message>
        <source>%1 is strongly associated with the model&apos;s decision (score %2): reviewers may infer it.</source>
        <translation>%1 hängt stark mit der Entscheidung des Modells zusammen (Wert %2): Prüfende könnten sie ableiten.</translation>
    </message>
    <message>
        <source>%1 is strongly associated with the known outcome (score %2): reviewers may infer it.</source>
        <translation>%1 hängt stark mit dem bekannten Ergebnis zusammen (Wert %2): Prüfende könnten es ableiten.</translation>
    </message>
    <message>
        <source>Hide from reviewers</source>
        <translation>Vor Prüfenden verbergen</translation>
    </message>
    <message>
        <source>Keep %1 in the database but never show it to reviewers.</source>
        <translation>%1 in der Datenbank behalten, aber Prüfenden nie zeigen.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>%1 was not imported: the columns below give the model&apos;s decision or the known outcome away, so reviewers would see the answer before they judge. Hide them, then import again. Nothing was stored.</source>
        <translation>%1 wurde nicht importiert: Die Spalten unten verraten die Entscheidung des Modells oder das bekannte Ergebnis, Prüfende sähen also die Antwort, bevor sie urteilen. Verbergen Sie sie und importieren Sie erneut. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>&amp;Known-answer set: checks for reviewers, never decided</source>
        <translation>&amp;Satz mit bekannten Antworten: Kontrollen für Prüfer, nie entschieden</translation>
    </message>
    <message>
        <source>The file holds cases whose correct answer is the known outcome. They are served to reviewers as checks at each queue&apos;s known-answer rate and are never decided, exported or counted in the other figures.</source>
        <translation>Die Datei enthält Fälle, deren richtige Antwort das bekannte Ergebnis ist. Sie werden Prüfern mit dem Kontrollanteil jeder Warteschlange als Kontrollen verteilt und nie entschieden, exportiert oder in den anderen Kennzahlen gezählt.</translation>
    </message>
</context>
<context>
    <name>oversight::KnownAnswersPage</name>
    <message>
        <source>n/a</source>
        <extracomment>A rate without any case to compute it from.</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 % (%2-%3 %)</source>
        <translation>%1 % (%2-%3 %)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Catch trials</source>
        <translation>Fangversuche</translation>
    </message>
    <message>
        <source>Accuracy blind</source>
        <translation>Genauigkeit blind</translation>
    </message>
    <message>
        <source>Accuracy final</source>
        <translation>Genauigkeit final</translation>
    </message>
    <message>
        <source>Catch deference</source>
        <translation>Fang-Folgsamkeit</translation>
    </message>
    <message>
        <source>RAIR</source>
        <extracomment>Relative AI reliance: wrong blind, right recommendation, took it.</extracomment>
        <translation>RAIR</translation>
    </message>
    <message>
        <source>RSR</source>
        <extracomment>Relative self-reliance: right blind, wrong recommendation, kept it.</extracomment>
        <translation>RSR</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Verteilt</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>Known answers by reviewer</source>
        <translation>Bekannte Antworten je Prüfer</translation>
    </message>
    <message>
        <source>Each reviewer&apos;s checks: accuracy before and after the reveal, how often they took a deliberately wrong recommendation they had first answered correctly (catch deference), relative AI reliance and self-reliance, with 95 % intervals.</source>
        <translation>Die Kontrollen jedes Prüfers: Genauigkeit vor und nach der Aufdeckung, wie oft eine absichtlich falsche Empfehlung übernommen wurde, obwohl zuerst richtig geantwortet (Fang-Folgsamkeit), relatives Vertrauen in die KI und in sich selbst, mit 95-%-Intervallen.</translation>
    </message>
    <message>
        <source>Known-answer sets</source>
        <translation>Sätze mit bekannten Antworten</translation>
    </message>
    <message>
        <source>Every known-answer set, how many cases it has and how often they were served.</source>
        <translation>Jeder Satz mit bekannten Antworten, wie viele Fälle er hat und wie oft sie verteilt wurden.</translation>
    </message>
    <message>
        <source>Re&amp;tire Set...</source>
        <translation>Satz s&amp;tilllegen...</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Each reviewer on the checks</source>
        <translation>&amp;Je Prüfer bei den Kontrollen</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>Warnun&amp;gen</translation>
    </message>
    <message>
        <source>Known-answer warnings</source>
        <translation>Warnungen zu bekannten Antworten</translation>
    </message>
    <message>
        <source>Reviewers who take deliberately wrong recommendations, each with the numbers behind it.</source>
        <translation>Prüfer, die absichtlich falsche Empfehlungen übernehmen, jeweils mit den Zahlen dahinter.</translation>
    </message>
    <message>
        <source>Known-answer &amp;sets</source>
        <translation>&amp;Sätze mit bekannten Antworten</translation>
    </message>
    <message>
        <source>Retire set</source>
        <translation>Satz stilllegen</translation>
    </message>
    <message>
        <source>Stops serving the selected set&apos;s cases; its reviews and figures stay. Administrators only; a reason is recorded in the audit trail.</source>
        <translation>Die Fälle des gewählten Satzes werden nicht mehr verteilt; seine Prüfungen und Kennzahlen bleiben. Nur Administratoren; ein Grund wird im Audit-Trail festgehalten.</translation>
    </message>
    <message>
        <source>The model whose checks are measured.</source>
        <translation>Das Modell, dessen Kontrollen gemessen werden.</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>No known-answer sets yet: import one with oversight-cli import FILE --known-answers --truth-column COLUMN.</source>
        <translation>Noch keine Sätze mit bekannten Antworten: importieren Sie einen mit oversight-cli import DATEI --known-answers --truth-column SPALTE.</translation>
    </message>
    <message>
        <source>Select the set to retire first.</source>
        <translation>Wählen Sie zuerst den stillzulegenden Satz.</translation>
    </message>
    <message>
        <source>Set %1 is retired: claims no longer serve its cases.</source>
        <translation>Satz %1 ist stillgelegt: seine Fälle werden nicht mehr verteilt.</translation>
    </message>
    <message>
        <source>Retire Known-Answer Set</source>
        <translation>Satz mit bekannten Antworten stilllegen</translation>
    </message>
    <message>
        <source>Why is the set retired? The reason goes into the audit trail.</source>
        <translation>Warum wird der Satz stillgelegt? Der Grund kommt in den Audit-Trail.</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Wird ausgewertet...</translation>
    </message>
    <message>
        <source>No known-answer check has been finalized yet. Import a set (import --known-answers) and set a queue&apos;s rate (policy set --queue review --known-answer-rate 0.05 --catch-rate 0.5).</source>
        <translation>Noch keine Kontrolle mit bekannter Antwort abgeschlossen. Importieren Sie einen Satz (import --known-answers) und setzen Sie den Anteil einer Warteschlange (policy set --queue review --known-answer-rate 0.05 --catch-rate 0.5).</translation>
    </message>
    <message>
        <source>%1 checks on %2 known-answer cases, %3 of them catch trials with a deliberately wrong recommendation. Accuracy %4 blind and %5 after the reveal; catch deference %6. None of these reviews counts as a decision or in any other figure.</source>
        <translation>%1 Kontrollen an %2 Fällen mit bekannter Antwort, davon %3 Fangversuche mit absichtlich falscher Empfehlung. Genauigkeit %4 blind und %5 nach der Aufdeckung; Fang-Folgsamkeit %6. Keine dieser Prüfungen zählt als Entscheidung oder in einer anderen Kennzahl.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Cases of the set</source>
        <translation>Fälle des Satzes</translation>
    </message>
    <message>
        <source>Each case of the set chosen above: its correct answer, how often it was served and finalized, and how often its reveal was planted.</source>
        <translation>Jeder Fall des oben gewählten Satzes: seine richtige Antwort, wie oft er verteilt und abgeschlossen wurde und wie oft seine Aufdeckung untergeschoben war.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Richtige Antwort</translation>
    </message>
    <message>
        <source>Planted</source>
        <translation>Untergeschoben</translation>
    </message>
</context>
<context>
    <name>oversight::LoginDialog</name>
    <message>
        <source>Sign in to Oversight</source>
        <translation>Bei Oversight anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in&lt;/b&gt; to %1</source>
        <translation>&lt;b&gt;Anmelden&lt;/b&gt; bei %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>The login your administrator gave you.</source>
        <translation>Die Anmeldung, die Ihr Administrator Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>Your password. Accounts lock after repeated failures.</source>
        <translation>Ihr Passwort. Nach wiederholten Fehlversuchen wird das Konto gesperrt.</translation>
    </message>
</context>
<context>
    <name>oversight::MainWindow</name>
    <message>
        <source>Oversight</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <source>Queue depths</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>Datenbank ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Connect to &amp;Server...</source>
        <translation>Mit &amp;Server verbinden...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>&amp;About Oversight</source>
        <translation>Ü&amp;ber Oversight</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in its context menu).</extracomment>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 - Oversight</source>
        <extracomment>Window title: the open database, then the application name.</extracomment>
        <translation>%1 – Oversight</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Window title part: database name on server host.</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>%1 - not signed in</source>
        <translation>%1 – nicht angemeldet</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Dashb&amp;oard</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <source>Import &amp;Batches</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) - %3</source>
        <translation>Angemeldet als %1 (%2) – %3</translation>
    </message>
    <message>
        <source>Automated decisions (audit sample included): %1</source>
        <translation>Automatisierte Entscheidungen (Audit-Stichprobe eingeschlossen): %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Oversight databases (*.db *.sqlite);;All files (*)</source>
        <translation>Oversight-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Open the page “%1”</source>
        <translation>Die Seite „%1“ öffnen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Prüfseite</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time Oversight starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Oversight.</translation>
    </message>
    <message>
        <source>&amp;Import Decisions...</source>
        <translation>Entscheidungen &amp;importieren...</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Cases per queue: waiting, being reviewed and done.</source>
        <translation>Fälle je Warteschlange: wartend, in Prüfung und erledigt.</translation>
    </message>
    <message>
        <source>Every imported file: when, by whom, its rows and routing.</source>
        <translation>Jede importierte Datei: wann, von wem, ihre Zeilen und ihr Routing.</translation>
    </message>
    <message>
        <source>Your review queues and the case you are deciding.</source>
        <translation>Ihre Prüf-Warteschlangen und der Fall, über den Sie entscheiden.</translation>
    </message>
    <message>
        <source>How well oversight works: override rates, warnings, audit reports.</source>
        <translation>Wie gut die Aufsicht wirkt: Übersteuerungsquoten, Warnungen, Audit-Berichte.</translation>
    </message>
    <message>
        <source>How many cases wait in each queue.</source>
        <translation>Wie viele Fälle in jeder Warteschlange warten.</translation>
    </message>
    <message>
        <source>Every file imported so far.</source>
        <translation>Jede bisher importierte Datei.</translation>
    </message>
    <message>
        <source>Accounts, their roles and sign-in state.</source>
        <translation>Konten, ihre Rollen und ihr Anmeldestatus.</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>Ways to begin: a new database, a file, the demo.</source>
        <translation>Wege zum Anfangen: eine neue Datenbank, eine Datei, die Demo.</translation>
    </message>
    <message>
        <source>Creating the demo database...</source>
        <translation>Die Demo-Datenbank wird angelegt...</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Import Decisions</source>
        <translation>Entscheidungen importieren</translation>
    </message>
    <message>
        <source>S&amp;witch User...</source>
        <translation>Benutzer &amp;wechseln...</translation>
    </message>
    <message>
        <source>&amp;Export Decisions...</source>
        <translation>Entscheidungen e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export Decisions</source>
        <translation>Entscheidungen exportieren</translation>
    </message>
    <message>
        <source>Nothing new to export: no decision changed after cursor %1.</source>
        <translation>Nichts Neues zu exportieren: Nach Cursor %1 hat sich keine Entscheidung geändert.</translation>
    </message>
    <message>
        <source>%L1 records written to %2.
The next export continues after cursor %3.</source>
        <translation>%L1 Datensätze nach %2 geschrieben.
Der nächste Export setzt nach Cursor %3 fort.</translation>
    </message>
    <message>
        <source>F&amp;airness</source>
        <translation>&amp;Fairness</translation>
    </message>
    <message>
        <source>Rates by group for the model, the decisions and the reviewers, and whether review narrows or widens a gap.</source>
        <translation>Raten nach Gruppe für das Modell, die Entscheidungen und die Prüfer, und ob die Prüfung einen Abstand verkleinert oder vergrößert.</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Ü&amp;bereinstimmung</translation>
    </message>
    <message>
        <source>How far independent reviewers of the same cases agree, before and after seeing the model, and what adjudication settled.</source>
        <translation>Wie weit unabhängige Prüfer derselben Fälle übereinstimmen, vor und nach dem Aufdecken des Modells, und was Schiedsentscheidungen klärten.</translation>
    </message>
    <message>
        <source>Adjudication page</source>
        <translation>Schiedsseite</translation>
    </message>
    <message>
        <source>How reviewers fare on checks with known answers, and how often they take a deliberately wrong recommendation.</source>
        <translation>Wie Prüfer bei Kontrollen mit bekannter Antwort abschneiden und wie oft sie eine absichtlich falsche Empfehlung übernehmen.</translation>
    </message>
    <message>
        <source>Kno&amp;wn Answers</source>
        <translation>&amp;Kontrollfälle</translation>
    </message>
    <message>
        <source>Contested decisions: file an appeal, follow deadlines and outcomes, save a case&apos;s dossier.</source>
        <translation>Angefochtene Entscheidungen: Einspruch einlegen, Fristen und Ergebnisse verfolgen, die Akte eines Falls speichern.</translation>
    </message>
    <message>
        <source>Appea&amp;ls</source>
        <translation>&amp;Einsprüche</translation>
    </message>
    <message>
        <source>Acknowledge Restore</source>
        <translation>Wiederherstellung bestätigen</translation>
    </message>
    <message>
        <source>Only when the database was legitimately replaced by a backup: which backup was restored, when, and by whom? This is recorded in the audit trail, and this computer then witnesses the trail as it is.</source>
        <translation>Nur wenn die Datenbank rechtmäßig durch eine Sicherung ersetzt wurde: Welche Sicherung wurde wann und von wem wiederhergestellt? Dies wird im Prüfpfad aufgezeichnet, und dieser Computer bezeugt den Prüfpfad danach so, wie er ist.</translation>
    </message>
    <message>
        <source>Restore acknowledged and recorded.</source>
        <translation>Wiederherstellung bestätigt und aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>oversight::NewDatabaseDialog</name>
    <message>
        <source>The database file to create.</source>
        <translation>Die anzulegende Datenbankdatei.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip.</source>
        <translation>Dasselbe Passwort noch einmal, um Tippfehler abzufangen.</translation>
    </message>
    <message>
        <source>Create a New Database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>An empty database in one file on this computer, with you as its first administrator. Administrators add the other accounts.</source>
        <translation>Eine leere Datenbank in einer Datei auf diesem Rechner, mit Ihnen als erstem Administrator. Administratoren legen die weiteren Konten an.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose the folder and name of the new database file.</source>
        <translation>Ordner und Namen der neuen Datenbankdatei wählen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>The login you will sign in with.</source>
        <translation>Die Anmeldung, mit der Sie sich anmelden werden.</translation>
    </message>
    <message>
        <source>Your password: at least %1 characters.</source>
        <translation>Ihr Passwort: mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>&amp;Anmeldung des Administrators:</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>A demo database with synthetic credit decisions and four weeks of a simulated review team&apos;s work. It has one account per role; choose their password and the role to try first. Switch User tries the others.</source>
        <translation>Eine Demo-Datenbank mit synthetischen Kreditentscheidungen und vier Wochen Arbeit eines simulierten Prüfteams. Sie hat ein Konto je Rolle; wählen Sie deren Passwort und die Rolle, die Sie zuerst ausprobieren. »Benutzer wechseln« probiert die anderen.</translation>
    </message>
    <message>
        <source>The demo account to sign in with first.</source>
        <translation>Das Demo-Konto, mit dem Sie sich zuerst anmelden.</translation>
    </message>
    <message>
        <source>The password of all three demo accounts: at least %1 characters.</source>
        <translation>Das Passwort aller drei Demo-Konten: mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A role, then the login of its demo account.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>&amp;Anmelden als:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>Create the &amp;Demo</source>
        <translation>&amp;Demo anlegen</translation>
    </message>
    <message>
        <source>Oversight databases (*.db)</source>
        <translation>Oversight-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation>Wählen Sie, wohin die Datenbankdatei kommt.</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File &gt; Open Database, or choose another name.</source>
        <translation>%1 gibt es schon. Öffnen Sie sie mit Datei &gt; Datenbank öffnen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Name the administrator&apos;s login.</source>
        <translation>Geben Sie die Anmeldung des Administrators an.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>oversight::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip.</source>
        <translation>Dasselbe Passwort noch einmal, um Tippfehler abzufangen.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>oversight::QueueDepthModel</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In review</source>
        <extracomment>Column: cases claimed by a reviewer right now.</extracomment>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>oversight::RevealPanel</name>
    <message>
        <source>The model&apos;s recommendation</source>
        <translation>Die Empfehlung des Modells</translation>
    </message>
    <message>
        <source>Finali&amp;ze and next</source>
        <translation>Abschließen und wei&amp;ter</translation>
    </message>
    <message>
        <source>Your committed decision:</source>
        <translation>Ihre festgelegte Entscheidung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 % sure</source>
        <extracomment>The model&apos;s decision label, then its confidence in percent.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;, zu %2 % sicher</translation>
    </message>
    <message>
        <source>The model recommends:</source>
        <translation>Das Modell empfiehlt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, confidence %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Konfidenz %2</translation>
    </message>
    <message>
        <source>Your rationale: %1</source>
        <translation>Ihre Begründung: %1</translation>
    </message>
    <message>
        <source>Model probability of %1</source>
        <translation>Modellwahrscheinlichkeit von %1</translation>
    </message>
    <message>
        <source>You and the model disagree: you said %1, the model says %2. Decide on the merits; either way, say why.</source>
        <translation>Sie und das Modell sind uneins: Sie sagten %1, das Modell sagt %2. Entscheiden Sie in der Sache; so oder so, begründen Sie es.</translation>
    </message>
    <message>
        <source>Your final decision:</source>
        <translation>Ihre endgültige Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Keep mine: %1</source>
        <translation>Meine &amp;behalten: %1</translation>
    </message>
    <message>
        <source>Take the &amp;model&apos;s: %1</source>
        <translation>Die des &amp;Modells übernehmen: %1</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>A&amp;ndere:</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Andere Entscheidung</translation>
    </message>
    <message>
        <source>Ra&amp;tionale:</source>
        <translation>Begr&amp;ündung:</translation>
    </message>
    <message>
        <source>Final rationale</source>
        <translation>Endgültige Begründung</translation>
    </message>
    <message>
        <source>Store the final decision and open the next case (Ctrl+Return)</source>
        <translation>Die endgültige Entscheidung speichern und den nächsten Fall öffnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Choose your final decision.</source>
        <translation>Wählen Sie Ihre endgültige Entscheidung.</translation>
    </message>
    <message>
        <source>A rationale is required: your final decision differs from %1.</source>
        <translation>Eine Begründung ist nötig: Ihre endgültige Entscheidung weicht von %1 ab.</translation>
    </message>
    <message>
        <source>your initial decision</source>
        <extracomment>Completes &quot;your final decision is ...&quot;.</extracomment>
        <translation>Ihrer ersten Entscheidung</translation>
    </message>
    <message>
        <source>the model&apos;s</source>
        <extracomment>Completes &quot;your final decision is ...&quot;: the model&apos;s decision.</extracomment>
        <translation>der des Modells</translation>
    </message>
    <message>
        <source>Rationale given.</source>
        <translation>Begründung angegeben.</translation>
    </message>
    <message>
        <source>Optional: a rationale.</source>
        <translation>Optional: eine Begründung.</translation>
    </message>
    <message>
        <source>After the reveal: keep your decision</source>
        <translation>Nach der Aufdeckung: Ihre Entscheidung behalten</translation>
    </message>
    <message>
        <source>After the reveal: take the model&apos;s decision</source>
        <translation>Nach der Aufdeckung: die Entscheidung des Modells übernehmen</translation>
    </message>
    <message>
        <source>After the reveal: go to the rationale</source>
        <translation>Nach der Aufdeckung: zur Begründung springen</translation>
    </message>
    <message>
        <source>After the reveal: finalize and open the next case</source>
        <translation>Nach der Aufdeckung: abschließen und den nächsten Fall öffnen</translation>
    </message>
    <message>
        <source>Your final decision is the one you made before the reveal.</source>
        <translation>Ihre endgültige Entscheidung ist die, die Sie vor der Aufdeckung getroffen haben.</translation>
    </message>
    <message>
        <source>Your final decision follows the model&apos;s recommendation.</source>
        <translation>Ihre endgültige Entscheidung folgt der Empfehlung des Modells.</translation>
    </message>
    <message>
        <source>Your final decision is another label, chosen beside.</source>
        <translation>Ihre endgültige Entscheidung ist eine andere Kategorie, daneben gewählt.</translation>
    </message>
    <message>
        <source>The other label for your final decision.</source>
        <translation>Die andere Kategorie für Ihre endgültige Entscheidung.</translation>
    </message>
    <message>
        <source>Why you decided as you did; required when you change your decision. Tab moves on.</source>
        <translation>Warum Sie so entschieden haben; Pflicht, wenn Sie Ihre Entscheidung ändern. Tab geht weiter.</translation>
    </message>
    <message>
        <source>The appeal</source>
        <translation>Der Einspruch</translation>
    </message>
    <message>
        <source>Appealed against: %1, decided by %2. The same final decision upholds it; another reverses it.</source>
        <translation>Angefochten: %1, entschieden von %2. Dieselbe endgültige Entscheidung bestätigt sie, eine andere hebt sie auf.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Nobody reviewed the case before: the model decided it alone.</source>
        <translation>Niemand hat den Fall zuvor geprüft: das Modell hat allein entschieden.</translation>
    </message>
    <message>
        <source>A rationale is required: say why the decision appealed against stands.</source>
        <translation>Eine Begründung ist nötig: Sagen Sie, warum die angefochtene Entscheidung bestehen bleibt.</translation>
    </message>
    <message>
        <source>A rationale is required: say why the decision appealed against is reversed.</source>
        <translation>Eine Begründung ist nötig: Sagen Sie, warum die angefochtene Entscheidung aufgehoben wird.</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewPage</name>
    <message>
        <source>Your independent decision</source>
        <translation>Ihre unabhängige Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Commit my decision</source>
        <translation>Entscheidung &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Escalate...</source>
        <translation>&amp;Eskalieren...</translation>
    </message>
    <message>
        <source>Decision (press its number):</source>
        <translation>Entscheidung (ihre Nummer drücken):</translation>
    </message>
    <message>
        <source>How &amp;sure are you?</source>
        <translation>Wie &amp;sicher sind Sie?</translation>
    </message>
    <message>
        <source>Your confidence, 0 to 100</source>
        <translation>Ihre Sicherheit, 0 bis 100</translation>
    </message>
    <message>
        <source>Rationale (optional):</source>
        <translation>Begründung (optional):</translation>
    </message>
    <message>
        <source>Your rationale</source>
        <translation>Ihre Begründung</translation>
    </message>
    <message>
        <source>Store your decision; it cannot be changed afterwards (Ctrl+Return)</source>
        <translation>Ihre Entscheidung speichern; sie kann danach nicht mehr geändert werden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Re&amp;lease...</source>
        <translation>&amp;Zurückgeben...</translation>
    </message>
    <message>
        <source>The case you hold. Only you can work on it until its lease runs out.</source>
        <translation>Der Fall, den Sie halten. Nur Sie können daran arbeiten, bis seine Reservierung abläuft.</translation>
    </message>
    <message>
        <source>Time left on your lease of this case. When it runs out the case goes back to the queue and your unsaved answers are lost; any action renews it.</source>
        <translation>Verbleibende Zeit Ihrer Reservierung dieses Falls. Läuft sie ab, geht der Fall zurück in die Warteschlange und Ihre ungespeicherten Antworten gehen verloren; jede Aktion verlängert sie.</translation>
    </message>
    <message>
        <source>Cases you finished in this session and how long you have been working.</source>
        <translation>Fälle, die Sie in dieser Sitzung erledigt haben, und wie lange Sie schon arbeiten.</translation>
    </message>
    <message>
        <source>The facts of the case, exactly as imported. You decide from these alone; nothing else about the case is shown until your decision is committed.</source>
        <translation>Die Fakten des Falls, genau wie importiert. Sie entscheiden allein anhand dieser; nichts anderes über den Fall wird gezeigt, bis Ihre Entscheidung festgelegt ist.</translation>
    </message>
    <message>
        <source>Your own decision, taken before anything else is shown. Press the number shown on a decision to choose it.</source>
        <translation>Ihre eigene Entscheidung, getroffen, bevor irgendetwas anderes gezeigt wird. Drücken Sie die Nummer einer Entscheidung, um sie zu wählen.</translation>
    </message>
    <message>
        <source>How sure you are of your decision, from 0 (a guess) to 100 (certain). It is compared with how often you turn out to be right.</source>
        <translation>Wie sicher Sie sich Ihrer Entscheidung sind, von 0 (geraten) bis 100 (gewiss). Das wird damit verglichen, wie oft Sie sich als richtig erweisen.</translation>
    </message>
    <message>
        <source>Why you decided so. Optional here; required later if your final decision differs from your initial one or from the one shown after the commit.</source>
        <translation>Warum Sie so entschieden haben. Hier optional; später nötig, wenn Ihre endgültige Entscheidung von Ihrer ersten abweicht oder von der, die nach dem Festlegen gezeigt wird.</translation>
    </message>
    <message>
        <source>Stores your decision for good (Ctrl+Return); a committed decision can never be changed. Only then does the page show the second opinion.</source>
        <translation>Speichert Ihre Entscheidung endgültig (Strg+Eingabe); eine festgelegte Entscheidung kann nie geändert werden. Erst dann zeigt die Seite die zweite Meinung.</translation>
    </message>
    <message>
        <source>Gives the case back to the queue unreviewed, with a reason that is recorded in the audit trail.</source>
        <translation>Gibt den Fall ungeprüft an die Warteschlange zurück, mit einem Grund, der im Audit-Trail aufgezeichnet wird.</translation>
    </message>
    <message>
        <source>Sends the case, still blind, to a senior reviewer&apos;s queue with a note.</source>
        <translation>Schickt den Fall, weiterhin blind, mit einer Notiz in die Warteschlange eines erfahrenen Prüfers.</translation>
    </message>
    <message>
        <source>1 ... 9</source>
        <extracomment>The number keys that choose a decision.</extracomment>
        <translation>1 ... 9</translation>
    </message>
    <message>
        <source>Choose the decision with that number</source>
        <translation>Die Entscheidung mit dieser Nummer wählen</translation>
    </message>
    <message>
        <source>Go to your confidence</source>
        <translation>Zu Ihrer Sicherheit springen</translation>
    </message>
    <message>
        <source>Commit your decision, or finalize and open the next case</source>
        <translation>Ihre Entscheidung festlegen oder abschließen und den nächsten Fall öffnen</translation>
    </message>
    <message>
        <source>Release the case (give it back)</source>
        <translation>Den Fall zurückgeben</translation>
    </message>
    <message>
        <source>Escalate the case to a senior reviewer</source>
        <translation>Den Fall an einen erfahrenen Prüfer eskalieren</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Zum nächsten Bedienelement</translation>
    </message>
    <message>
        <source>The %1 queue has no more cases for you.</source>
        <translation>Die Warteschlange %1 hat keine weiteren Fälle für Sie.</translation>
    </message>
    <message>
        <source>Case %1 - %2 queue</source>
        <extracomment>The case&apos;s own id, then the name of its queue.</extracomment>
        <translation>Fall %1 – Warteschlange %2</translation>
    </message>
    <message>
        <source>Release Case</source>
        <translation>Fall zurückgeben</translation>
    </message>
    <message>
        <source>Why do you give case %1 back unreviewed?</source>
        <translation>Warum geben Sie Fall %1 ungeprüft zurück?</translation>
    </message>
    <message>
        <source>Committed: this case stays with you until you finalize.</source>
        <translation>Festgelegt: Dieser Fall bleibt bei Ihnen, bis Sie ihn abschließen.</translation>
    </message>
    <message>
        <source>Lease expired: the case may go to another reviewer.</source>
        <translation>Reservierung abgelaufen: Der Fall kann an einen anderen Prüfer gehen.</translation>
    </message>
    <message>
        <source>Lease: %1:%2 left</source>
        <extracomment>Minutes and seconds left before the claimed case may return to its queue.</extracomment>
        <translation>Reservierung: noch %1:%2</translation>
    </message>
    <message>
        <source>This session: %1 done in %2 min</source>
        <translation>Diese Sitzung: %1 erledigt in %2 Min.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Your answers are kept on this page; reconnecting...</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen. Ihre Antworten bleiben auf dieser Seite; Verbindung wird wiederhergestellt...</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Your answers are kept on this page; still trying to reconnect (attempt %1)...</source>
        <translation>Die Verbindung zum Datenbankserver ist abgebrochen. Ihre Antworten bleiben auf dieser Seite; neuer Verbindungsversuch (Versuch %1)...</translation>
    </message>
    <message>
        <source>Give the case back unreviewed, with a reason (%1)</source>
        <translation>Den Fall ungeprüft zurückgeben, mit einem Grund (%1)</translation>
    </message>
    <message>
        <source>Send the case to a senior reviewer&apos;s queue, with a note (%1)</source>
        <translation>Den Fall mit einer Notiz in die Warteschlange eines erfahrenen Prüfers schicken (%1)</translation>
    </message>
    <message>
        <source>Commit your decision</source>
        <translation>Ihre Entscheidung festlegen</translation>
    </message>
    <message>
        <source>Your own decision, before you see anything else. Key %1.</source>
        <translation>Ihre eigene Entscheidung, bevor Sie etwas anderes sehen. Taste %1.</translation>
    </message>
    <message>
        <source>Your own decision, before you see anything else.</source>
        <translation>Ihre eigene Entscheidung, bevor Sie etwas anderes sehen.</translation>
    </message>
    <message>
        <source>You hold an adjudication: open the adjudication queue to decide it.</source>
        <translation>Sie haben eine Schiedsentscheidung: öffnen Sie die Schiedswarteschlange, um sie zu entscheiden.</translation>
    </message>
    <message>
        <source>Shown while this queue includes checks with known answers: some cases test the review itself, and some recommendations shown after your decision are deliberately wrong.</source>
        <translation>Angezeigt, solange diese Warteschlange Kontrollen mit bekannter Antwort enthält: manche Fälle prüfen die Prüfung selbst, und manche nach Ihrer Entscheidung gezeigten Empfehlungen sind absichtlich falsch.</translation>
    </message>
    <message>
        <source>What your last case was, when it was a check with a known answer.</source>
        <translation>Was Ihr letzter Fall war, wenn er eine Kontrolle mit bekannter Antwort war.</translation>
    </message>
    <message>
        <source>Your last case (%1) was a check: its correct answer is %2, and the recommendation shown (%3) was deliberately wrong.</source>
        <translation>Ihr letzter Fall (%1) war eine Kontrolle: die richtige Antwort ist %2, und die gezeigte Empfehlung (%3) war absichtlich falsch.</translation>
    </message>
    <message>
        <source>Your last case (%1) was a check: its correct answer is %2; the recommendation shown (%3) was the model&apos;s own.</source>
        <translation>Ihr letzter Fall (%1) war eine Kontrolle: die richtige Antwort ist %2; die gezeigte Empfehlung (%3) war die des Modells.</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewQueuesPage</name>
    <message>
        <source>&amp;Start reviewing</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Choose a queue and start. You will see each case&apos;s facts and decide on your own first; the model&apos;s recommendation is shown only after you commit your decision.</source>
        <translation>Wählen Sie eine Warteschlange und beginnen Sie. Sie sehen die Fakten jedes Falls und entscheiden zuerst selbst; die Empfehlung des Modells wird erst gezeigt, nachdem Sie Ihre Entscheidung festgelegt haben.</translation>
    </message>
    <message>
        <source>Review queues</source>
        <translation>Prüf-Warteschlangen</translation>
    </message>
    <message>
        <source>No cases are waiting in any queue. Well done, or check back later.</source>
        <translation>In keiner Warteschlange warten Fälle. Gut gemacht – oder schauen Sie später wieder vorbei.</translation>
    </message>
    <message>
        <source>Nothing is waiting in the %1 queue.</source>
        <translation>In der Warteschlange %1 wartet nichts.</translation>
    </message>
    <message>
        <source>Waiting in the %1 queue: %2.</source>
        <translation>Wartend in der Warteschlange %1: %2.</translation>
    </message>
    <message>
        <source>One row per queue you may review: cases waiting, and your own counts for today. Return starts reviewing the selected queue.</source>
        <translation>Eine Zeile je Warteschlange, die Sie prüfen dürfen: wartende Fälle und Ihre eigenen Zahlen von heute. Eingabe beginnt die Prüfung der gewählten Warteschlange.</translation>
    </message>
    <message>
        <source>Take the next case of the selected queue. You decide before you see the model&apos;s recommendation.</source>
        <translation>Den nächsten Fall der gewählten Warteschlange nehmen. Sie entscheiden, bevor Sie die Empfehlung des Modells sehen.</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewRecordModel</name>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Initial</source>
        <extracomment>Column: the reviewer&apos;s own decision, made before seeing the model&apos;s.</extracomment>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Final</source>
        <extracomment>Column: the reviewer&apos;s final decision, after seeing the model&apos;s.</extracomment>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Blind (s)</source>
        <extracomment>Column: seconds the reviewer took before committing, without the model&apos;s answer.</extracomment>
        <translation>Blind (s)</translation>
    </message>
    <message>
        <source>Decide (s)</source>
        <extracomment>Column: seconds from the reveal of the model&apos;s answer to the final decision.</extracomment>
        <translation>Entscheiden (s)</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewerQueueModel</name>
    <message>
        <source>empty</source>
        <extracomment>A queue with no cases waiting.</extracomment>
        <translation>leer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Done by you today</source>
        <translation>Heute von Ihnen erledigt</translation>
    </message>
    <message>
        <source>Of those, you overrode the model</source>
        <translation>Davon haben Sie das Modell übersteuert</translation>
    </message>
</context>
<context>
    <name>oversight::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Rechner</translation>
    </message>
    <message>
        <source>The language of the menus, pages and dialogs. It changes the next time Oversight starts.</source>
        <translation>Die Sprache der Menüs, Seiten und Dialoge. Sie wechselt beim nächsten Start von Oversight.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The first in the list</source>
        <extracomment>The default review queue: none chosen, the first queue in the list is selected.</extracomment>
        <translation>Die erste der Liste</translation>
    </message>
    <message>
        <source>The queue selected on the review page when you sign in as a reviewer.</source>
        <translation>Die Warteschlange, die auf der Prüfseite gewählt ist, wenn Sie sich als Prüfer anmelden.</translation>
    </message>
    <message>
        <source>Default review &amp;queue:</source>
        <translation>Standard-&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Für alle, die diese Datenbank nutzen</translation>
    </message>
    <message>
        <source>Printed on the title page of every audit report.</source>
        <translation>Steht auf der Titelseite jedes Audit-Berichts.</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>Name der &amp;Organisation:</translation>
    </message>
    <message>
        <source>The dashboards count calendar days and hours of the day in this zone, for every user. It is fixed by the first review recorded.</source>
        <translation>Die Dashboards zählen Kalendertage und Tagesstunden in dieser Zone, für alle Benutzer. Die erste erfasste Prüfung legt sie fest.</translation>
    </message>
    <message>
        <source>Analytics &amp;time zone:</source>
        <translation>Analyse-&amp;Zeitzone:</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix of a number of minutes, with its leading space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>How long a claimed case stays with its reviewer before it may go back to the queue. Applies to the next claims.</source>
        <translation>Wie lange ein übernommener Fall bei seinem Prüfer bleibt, bevor er in die Warteschlange zurückgehen darf. Gilt für die nächsten Übernahmen.</translation>
    </message>
    <message>
        <source>Warn when the team overrides the model in fewer reviews than this.</source>
        <translation>Warnen, wenn das Team das Modell in weniger Prüfungen als diesem Anteil übersteuert.</translation>
    </message>
    <message>
        <source>Warn when the team&apos;s override rate is &amp;below:</source>
        <translation>Warnen bei Team-Übersteuerungsquote &amp;unter:</translation>
    </message>
    <message>
        <source>A reviewer who overrides in fewer reviews than this counts as passive.</source>
        <translation>Ein Prüfer, der in weniger Prüfungen als diesem Anteil übersteuert, gilt als passiv.</translation>
    </message>
    <message>
        <source>Warn when more reviewers than this share are passive.</source>
        <translation>Warnen, wenn mehr Prüfer als dieser Anteil passiv sind.</translation>
    </message>
    <message>
        <source>Warn when passive reviewers are &amp;more than:</source>
        <translation>Warnen bei mehr passiven Prüfern &amp;als:</translation>
    </message>
    <message>
        <source>Warn when the override rate on busy days falls below this fraction of the rate on quiet days.</source>
        <translation>Warnen, wenn die Übersteuerungsquote an vollen Tagen unter diesen Bruchteil der Quote an ruhigen Tagen fällt.</translation>
    </message>
    <message>
        <source>Warn when busy days override less than (× quiet &amp;days):</source>
        <translation>Warnen, wenn volle Tage weniger übersteuern als (× ruhige &amp;Tage):</translation>
    </message>
    <message>
        <source>How sure the downward trend of the daily override rate must be before it warns (its p-value is below this).</source>
        <translation>Wie sicher der Abwärtstrend der täglichen Übersteuerungsquote sein muss, bevor er warnt (sein p-Wert liegt darunter).</translation>
    </message>
    <message>
        <source>Trend warning &amp;significance level:</source>
        <translation>Si&amp;gnifikanzniveau der Trendwarnung:</translation>
    </message>
    <message>
        <source>Fixed: reviews are already counted in its days and hours.</source>
        <translation>Festgelegt: Prüfungen sind bereits nach ihren Tagen und Stunden gezählt.</translation>
    </message>
    <message>
        <source>Not fixed yet: the first review recorded keeps it.</source>
        <translation>Noch nicht festgelegt: die erste erfasste Prüfung behält sie bei.</translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation>Nur ein Administrator kann diese ändern.</translation>
    </message>
    <message>
        <source>Review l&amp;ease:</source>
        <translation>&amp;Reservierungsdauer:</translation>
    </message>
    <message>
        <source>A reviewer is &amp;passive below:</source>
        <translation>Ein Prüfer gilt als &amp;passiv unter:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How long a session started with &apos;oversight-cli login&apos; lasts before scripts need the password again.</source>
        <translation>Wie lange eine mit „oversight-cli login“ begonnene Sitzung dauert, bevor Skripte wieder das Passwort brauchen.</translation>
    </message>
    <message>
        <source>Script session &amp;hours:</source>
        <translation>Skript-Sitzung in &amp;Stunden:</translation>
    </message>
</context>
<context>
    <name>oversight::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each group lists the keys and what they do; use the arrow keys to read them.</source>
        <translation>Jede Gruppe listet die Tasten und was sie bewirken; lesen Sie sie mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>oversight::UserListModel</name>
    <message>
        <source>locked until %1</source>
        <translation>gesperrt bis %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>oversight::UsersPage</name>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;Password...</source>
        <translation>&amp;Passwort zurücksetzen...</translation>
    </message>
    <message>
        <source>&amp;Add User...</source>
        <translation>Benutzer &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Neues Passwort für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Create an account with its roles and first password.</source>
        <translation>Ein Konto mit seinen Rollen und erstem Passwort anlegen.</translation>
    </message>
    <message>
        <source>Every account: login, name, roles, whether it may sign in, and its last sign-in.</source>
        <translation>Jedes Konto: Anmeldung, Name, Rollen, ob es sich anmelden darf, und seine letzte Anmeldung.</translation>
    </message>
</context>
<context>
    <name>oversight::WelcomePage</name>
    <message>
        <source>&amp;Create a New Database...</source>
        <translation>Neue Datenbank an&amp;legen...</translation>
    </message>
    <message>
        <source>An empty database on this computer, with you as its administrator.</source>
        <translation>Eine leere Datenbank auf diesem Rechner, mit Ihnen als Administrator.</translation>
    </message>
    <message>
        <source>&amp;Import a File...</source>
        <translation>Datei &amp;importieren...</translation>
    </message>
    <message>
        <source>A new database, then a file of model decisions imported into it.</source>
        <translation>Eine neue Datenbank, dann eine Datei mit Modellentscheidungen darin importiert.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>D&amp;emo öffnen</translation>
    </message>
    <message>
        <source>Synthetic credit decisions and a simulated review team, to try every role.</source>
        <translation>Synthetische Kreditentscheidungen und ein simuliertes Prüfteam, um jede Rolle auszuprobieren.</translation>
    </message>
    <message>
        <source>&amp;Open a Database...</source>
        <translation>Datenbank ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>A database file made before.</source>
        <translation>Eine früher angelegte Datenbankdatei.</translation>
    </message>
    <message>
        <source>Connect to a &amp;Server...</source>
        <translation>Mit einem &amp;Server verbinden...</translation>
    </message>
    <message>
        <source>Your team&apos;s PostgreSQL server, shared by many reviewers.</source>
        <translation>Der PostgreSQL-Server Ihres Teams, den viele Prüfer teilen.</translation>
    </message>
    <message>
        <source>Welcome to Oversight</source>
        <translation>Willkommen bei Oversight</translation>
    </message>
    <message>
        <source>Oversight routes a model&apos;s uncertain decisions, and a sample of its confident ones, to people who judge each case before they see what the model said, and shows how well that oversight works. Begin with one of these:</source>
        <translation>Oversight leitet die unsicheren Entscheidungen eines Modells und eine Stichprobe der sicheren an Menschen weiter, die jeden Fall beurteilen, bevor sie sehen, was das Modell sagte, und zeigt, wie gut diese Aufsicht wirkt. Beginnen Sie mit einem dieser Schritte:</translation>
    </message>
</context>
</TS>
