<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Agreement</name>
    <message>
        <source>Independent reviewers agree little before they see the model: Fleiss&apos; kappa %1 on %2 cases (below %3).</source>
        <translation>Los revisores independientes coinciden poco antes de ver el modelo: kappa de Fleiss %1 en %2 casos (por debajo de %3).</translation>
    </message>
    <message>
        <source>Reviewers who disagreed blind agree with the model after seeing it: kappa rises from %1 to %2, and %3 of the %4 cases they came to agree on took the model&apos;s answer.</source>
        <translation>Revisores que discrepaban a ciegas coinciden con el modelo tras verlo: kappa sube de %1 a %2, y %3 de los %4 casos en que llegaron a coincidir tomaron la respuesta del modelo.</translation>
    </message>
    <message>
        <source>Cannot read the agreement between reviewers: %1</source>
        <translation>No se puede leer el acuerdo entre revisores: %1</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>Cannot read the oversight figures: %1</source>
        <translation>No se pueden leer las cifras de supervisión: %1</translation>
    </message>
    <message>
        <source>The analytics time zone &apos;%1&apos; is not known on this machine.</source>
        <translation>La zona horaria de análisis «%1» no se conoce en este equipo.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>Cannot update the oversight figures: %1</source>
        <translation>No se pueden actualizar las cifras de supervisión: %1</translation>
    </message>
    <message>
        <source>Cannot read the review facts: %1</source>
        <translation>No se pueden leer los hechos de las revisiones: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone known on this machine.</source>
        <translation>&apos;%1&apos; no es una zona horaria conocida en este equipo.</translation>
    </message>
    <message>
        <source>team override rate</source>
        <translation>tasa de anulación del equipo</translation>
    </message>
    <message>
        <source>reviewer override rate</source>
        <translation>tasa de anulación de un revisor</translation>
    </message>
    <message>
        <source>share of passive reviewers</source>
        <translation>proporción de revisores pasivos</translation>
    </message>
    <message>
        <source>high- to low-volume ratio</source>
        <translation>relación entre días de mucho y poco volumen</translation>
    </message>
    <message>
        <source>trend significance level</source>
        <translation>nivel de significación de la tendencia</translation>
    </message>
    <message>
        <source>The stored warning thresholds are not usable: %1</source>
        <translation>Los umbrales de aviso guardados no se pueden usar: %1</translation>
    </message>
    <message>
        <source>The %1 threshold must be above %2 and at most %3, not %4.</source>
        <translation>El umbral «%1» debe ser mayor que %2 y como mucho %3, no %4.</translation>
    </message>
    <message>
        <source>Cannot read the review figures: %1</source>
        <translation>No se pueden leer las cifras de revisión: %1</translation>
    </message>
    <message>
        <source>Cannot read the definition of the facts: %1</source>
        <translation>No se puede leer la definición de los hechos: %1</translation>
    </message>
</context>
<context>
    <name>AppealCheck</name>
    <message>
        <source>Cannot check the appeals: %1</source>
        <translation>No se pueden comprobar las apelaciones: %1</translation>
    </message>
    <message>
        <source>the appeal %1 differs from the audit trail: %2</source>
        <translation>la apelación %1 difiere del registro de auditoría: %2</translation>
    </message>
    <message>
        <source>the trail records it, the database has no such appeal</source>
        <translation>el registro la recoge, la base de datos no tiene esa apelación</translation>
    </message>
    <message>
        <source>its case, statement, deadline or the decision appealed against was changed</source>
        <translation>se cambió su caso, su declaración, su plazo o la decisión apelada</translation>
    </message>
    <message>
        <source>its outcome, review or decision was changed</source>
        <translation>se cambió su resultado, su revisión o su decisión</translation>
    </message>
    <message>
        <source>it has no filing in the trail</source>
        <translation>el registro no recoge su presentación</translation>
    </message>
    <message>
        <source>the trail says it was decided</source>
        <translation>según el registro, se decidió</translation>
    </message>
    <message>
        <source>it has no decision in the trail</source>
        <translation>el registro no recoge su decisión</translation>
    </message>
    <message>
        <source>its outcome does not follow from its decision</source>
        <translation>su resultado no se sigue de su decisión</translation>
    </message>
</context>
<context>
    <name>AppealFigures</name>
    <message>
        <source>Appeals past their deadline without a decision: %1 of %2 pending.</source>
        <translation>Apelaciones vencidas sin decisión: %1 de %2 pendientes.</translation>
    </message>
</context>
<context>
    <name>AppealService</name>
    <message>
        <source>The appeal could not be read or stored: %1</source>
        <translation>No se pudo leer ni guardar la apelación: %1</translation>
    </message>
    <message>
        <source>An appeal needs the appellant&apos;s statement: say why case %1 is contested. Nothing was stored.</source>
        <translation>Una apelación necesita la declaración de quien apela: diga por qué se impugna el caso %1. No se guardó nada.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>There is no case &apos;%1&apos;.</source>
        <translation>No existe el caso «%1».</translation>
    </message>
    <message>
        <source>Case %1 is a known-answer check: it decides nothing about anyone, so there is nothing to appeal.</source>
        <translation>El caso %1 es un control de respuesta conocida: no decide nada sobre nadie, así que no hay nada que apelar.</translation>
    </message>
    <message>
        <source>Case %1 is already under appeal.</source>
        <translation>El caso %1 ya está en apelación.</translation>
    </message>
    <message>
        <source>Case %1 is not decided yet: it waits in the %2 queue (%3). Only a decision can be appealed, once its review is done.</source>
        <translation>El caso %1 aún no está decidido: espera en la cola %2 (%3). Solo se puede apelar una decisión, una vez terminada su revisión.</translation>
    </message>
    <message>
        <source>Case %1 has no decision yet: only a decision can be appealed.</source>
        <translation>El caso %1 aún no tiene decisión: solo se puede apelar una decisión.</translation>
    </message>
    <message>
        <source>Case %1 was decided on %2; appeals closed %3 days later, on %4.</source>
        <translation>El caso %1 se decidió el %2; el plazo de apelación cerró %3 días después, el %4.</translation>
    </message>
    <message>
        <source>Case %1 was already appealed on %2 (%3): a case is appealed once; an administrator may file another with --repeat.</source>
        <translation>El caso %1 ya se apeló el %2 (%3): un caso se apela una vez; un administrador puede presentar otra con --repeat.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>AppealSettings</name>
    <message>
        <source>A number of days between 1 and %1 is needed, not %2.</source>
        <translation>Hace falta un número de días entre 1 y %1, no %2.</translation>
    </message>
</context>
<context>
    <name>AppealSteps</name>
    <message>
        <source>The appeal could not be read or stored: %1</source>
        <translation>No se pudo leer ni guardar la apelación: %1</translation>
    </message>
    <message>
        <source>The appeal was already decided.</source>
        <translation>La apelación ya se decidió.</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Cannot read the report&apos;s data: %1</source>
        <translation>No se pueden leer los datos del informe: %1</translation>
    </message>
    <message>
        <source>A report needs a period: a first and a last day.</source>
        <translation>Un informe necesita un período: un primer y un último día.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El período termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot lock the audit trail: %1</source>
        <translation>No se puede bloquear el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Cannot record the audit event &apos;%1&apos;: %2</source>
        <translation>No se puede registrar el evento de auditoría «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot start the audit trail: %1</source>
        <translation>No se puede iniciar el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>La verificación se canceló.</translation>
    </message>
    <message>
        <source>event #%1 is missing (the next stored event is #%2)</source>
        <translation>falta el evento n.º %1 (el siguiente evento guardado es el n.º %2)</translation>
    </message>
    <message>
        <source>event #%1 is stored twice</source>
        <translation>el evento n.º %1 está guardado dos veces</translation>
    </message>
    <message>
        <source>event #%1 (%2) was changed: its content no longer matches its hash</source>
        <translation>el evento n.º %1 (%2) fue modificado: su contenido ya no coincide con su hash</translation>
    </message>
    <message>
        <source>event #%1 was recorded after event #%2, not after #%3: events were reordered</source>
        <translation>el evento n.º %1 se registró después del evento n.º %2, no después del n.º %3: se reordenaron eventos</translation>
    </message>
    <message>
        <source>event #%1 was changed and given a new hash: event #%2 was chained to a different one</source>
        <translation>el evento n.º %1 fue modificado y recibió un hash nuevo: el evento n.º %2 estaba encadenado a otro</translation>
    </message>
    <message>
        <source>the finalized review %1 of case %2 has no &apos;%3&apos; event</source>
        <translation>la revisión finalizada %1 del caso %2 no tiene evento «%3»</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>the review %1 of case %2 differs from its event #%3 (%4): %5</source>
        <translation>la revisión %1 del caso %2 difiere de su evento n.º %3 (%4): %5</translation>
    </message>
    <message>
        <source>event #%1 finalized review %2, which is no longer stored as finalized</source>
        <translation>el evento n.º %1 finalizó la revisión %2, que ya no está guardada como finalizada</translation>
    </message>
    <message>
        <source>the finalized review %1 of case %2 has no analytics record</source>
        <translation>la revisión finalizada %1 del caso %2 no tiene registro de análisis</translation>
    </message>
    <message>
        <source>the analytics record of review %1 (case %2) differs from the review</source>
        <translation>el registro de análisis de la revisión %1 (caso %2) difiere de la revisión</translation>
    </message>
    <message>
        <source>an analytics record for case %1 has no finalized review</source>
        <translation>un registro de análisis del caso %1 no tiene revisión finalizada</translation>
    </message>
    <message>
        <source>the import %1 of %2 has no &apos;%3&apos; event</source>
        <translation>la importación %1 de %2 no tiene evento «%3»</translation>
    </message>
    <message>
        <source>the stored rows of import %1 (%2) differ from what event #%3 recorded: rows were changed, added or removed since</source>
        <translation>las filas guardadas de la importación %1 (%2) difieren de lo que registró el evento n.º %3: desde entonces se modificaron, añadieron o eliminaron filas</translation>
    </message>
    <message>
        <source>event #%1 has hash %2, not the %3 that was cited</source>
        <translation>el evento n.º %1 tiene el hash %2, no el %3 citado</translation>
    </message>
    <message>
        <source>event #%1, which was cited, is not in the trail</source>
        <translation>el evento n.º %1, que fue citado, no está en el registro</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>the import %1 of %2 was recorded as published, but its batch is marked as still being stored, which hides its cases</source>
        <translation>la importación %1 de %2 se registró como publicada, pero su lote está marcado como aún en almacenamiento, lo que oculta sus casos</translation>
    </message>
</context>
<context>
    <name>BatchList</name>
    <message>
        <source>Cannot read the import batches: %1</source>
        <translation>No se pueden leer las importaciones: %1</translation>
    </message>
</context>
<context>
    <name>BulkStatement</name>
    <message>
        <source>Cannot prepare a statement: %1</source>
        <translation>No se puede preparar una instrucción: %1</translation>
    </message>
</context>
<context>
    <name>CaseDossier</name>
    <message>
        <source>Cannot read the case&apos;s history: %1</source>
        <translation>No se puede leer la historia del caso: %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>There is no case &apos;%1&apos;.</source>
        <translation>No existe el caso «%1».</translation>
    </message>
    <message>
        <source>Case %1 is a known-answer check: it decides nothing about anyone and has no dossier.</source>
        <translation>El caso %1 es un control de respuesta conocida: no decide nada sobre nadie y no tiene expediente.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
</context>
<context>
    <name>ChartTables</name>
    <message>
        <source>n/a</source>
        <extracomment>Not available: too few reviews to compute the figure.</extracomment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Overridden</source>
        <extracomment>Number of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>Override rate</source>
        <extracomment>The share of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Tasa de anulación</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range: the lower and upper end of an interval or period.</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Reviews since a break</source>
        <extracomment>Column: position of a review since the reviewer&apos;s last break.</extracomment>
        <translation>Revisiones desde una pausa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Todas las decisiones</translation>
    </message>
    <message>
        <source>Reviewed cases</source>
        <translation>Casos revisados</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Effective decision</source>
        <translation>Decisión vigente</translation>
    </message>
    <message>
        <source>Reviewer, blind</source>
        <translation>Revisor, a ciegas</translation>
    </message>
    <message>
        <source>Reviewer, final</source>
        <translation>Revisor, final</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Which cases a disparity is about: all decisions or the reviewed ones.</extracomment>
        <translation>Casos</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <extracomment>The group&apos;s rate divided by the reference group&apos;s.</extracomment>
        <translation>Razón</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Outside the four-fifths band, significant, and both groups large enough</source>
        <translation>Fuera de la banda de cuatro quintos, significativa y ambos grupos suficientemente grandes</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>column %1 has no name; it is called &apos;%2&apos;</source>
        <translation>la columna %1 no tiene nombre; se llama «%2»</translation>
    </message>
    <message>
        <source>column %1 repeats the name &apos;%2&apos;; it is called &apos;%3&apos;</source>
        <translation>la columna %1 repite el nombre «%2»; se llama «%3»</translation>
    </message>
    <message>
        <source>%1 names column &apos;%2&apos;, which the file does not have</source>
        <translation>%1 nombra la columna «%2», que el archivo no tiene</translation>
    </message>
    <message>
        <source>%1 names column &apos;%2&apos;, which is already mapped to another role</source>
        <translation>%1 nombra la columna «%2», que ya está asignada a otra función</translation>
    </message>
    <message>
        <source>give either --confidence-column or --proba-columns, not both</source>
        <translation>indique --confidence-column o --proba-columns, no ambas</translation>
    </message>
    <message>
        <source>--proba-columns names label &apos;%1&apos; twice</source>
        <translation>--proba-columns nombra la etiqueta «%1» dos veces</translation>
    </message>
    <message>
        <source>--proba-columns needs at least two labels</source>
        <translation>--proba-columns necesita al menos dos etiquetas</translation>
    </message>
    <message>
        <source>--allow-leak names column &apos;%1&apos;, which the file does not have</source>
        <translation>--allow-leak nombra la columna «%1», que el archivo no tiene</translation>
    </message>
    <message>
        <source>the file&apos;s columns are: %1</source>
        <translation>las columnas del archivo son: %1</translation>
    </message>
    <message>
        <source>--group-columns names a column twice</source>
        <translation>--group-columns nombra una columna dos veces</translation>
    </message>
    <message>
        <source>--group-bands names column &apos;%1&apos;, which --group-columns does not name</source>
        <translation>--group-bands nombra la columna «%1», que --group-columns no nombra</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: %2</source>
        <translation>«%1» no es una URL de PostgreSQL válida: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL URL &apos;%1&apos; names no database: add /dbname after the host.</source>
        <translation>La URL de PostgreSQL «%1» no nombra ninguna base de datos: añada /dbname después del host.</translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; in the PostgreSQL URL is not a number.</source>
        <translation>El puerto «%1» de la URL de PostgreSQL no es un número.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an unknown parameter &apos;%1&apos;.</source>
        <translation>La URL de PostgreSQL tiene un parámetro desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>ContentDigest</name>
    <message>
        <source>Cannot read stored content: %1</source>
        <translation>No se puede leer el contenido guardado: %1</translation>
    </message>
</context>
<context>
    <name>CopiedCaseRows</name>
    <message>
        <source>Cannot prepare the rows&apos; table: %1</source>
        <translation>No se puede preparar la tabla de las filas: %1</translation>
    </message>
    <message>
        <source>Cannot store the rows: %1</source>
        <translation>No se pueden guardar las filas: %1</translation>
    </message>
</context>
<context>
    <name>CopyIn</name>
    <message>
        <source>COPY needs a PostgreSQL connection.</source>
        <translation>COPY necesita una conexión PostgreSQL.</translation>
    </message>
    <message>
        <source>The database connection is closed.</source>
        <translation>La conexión con la base de datos está cerrada.</translation>
    </message>
    <message>
        <source>Cannot start copying rows: %1</source>
        <translation>No se puede empezar a copiar las filas: %1</translation>
    </message>
    <message>
        <source>Cannot copy rows: %1</source>
        <translation>No se pueden copiar las filas: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>field is longer than %1 KiB</source>
        <translation>el campo supera los %1 KiB</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>más de %1 campos</translation>
    </message>
    <message>
        <source>quoted field is never closed (the rest of the file was read as part of it)</source>
        <translation>un campo entre comillas nunca se cierra (el resto del archivo se leyó como parte de él)</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto después de unas comillas de cierre</translation>
    </message>
    <message>
        <source>the file is empty: no header line</source>
        <translation>el archivo está vacío: no hay línea de encabezado</translation>
    </message>
    <message>
        <source>the header line is malformed: %1</source>
        <translation>la línea de encabezado está mal formada: %1</translation>
    </message>
    <message>
        <source>the header line is not valid UTF-8 (column %1)</source>
        <translation>la línea de encabezado no es UTF-8 válido (columna %1)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database statement failed: %1</source>
        <translation>Falló una instrucción de la base de datos: %1</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>No se puede iniciar la actualización del esquema: %1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>Falló la actualización del esquema a la versión %1: %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer; it holds decisions and people&apos;s work. Restrict it with: chmod 600 &apos;%1&apos;</source>
        <translation>Otros usuarios de este equipo pueden leer %1; contiene decisiones y el trabajo de personas. Restrinja el acceso con: chmod 600 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is not an Oversight database (not an SQLite file).</source>
        <translation>%1 no es una base de datos de Oversight (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>%1 is read-only for this user (the file, or its folder %2, where the database keeps its -wal and -shm files). Oversight needs to write to its database; ask for write access, or copy the file to a folder of your own.</source>
        <translation>%1 es de solo lectura para este usuario (el archivo, o su carpeta %2, donde la base de datos guarda sus archivos -wal y -shm). Oversight necesita escribir en su base de datos; pida permiso de escritura o copie el archivo a una carpeta propia.</translation>
    </message>
    <message>
        <source>No database at %1. Create one with &apos;oversight-cli --db %1 init --admin NAME&apos;.</source>
        <translation>No hay ninguna base de datos en %1. Cree una con &apos;oversight-cli --db %1 init --admin NOMBRE&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver for Qt (Debian: apt-get install libqt6sql6-psql).</source>
        <translation>Esta instalación no tiene controlador de PostgreSQL para Qt (Debian: apt-get install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable Oversight database.</source>
        <translation>%1 no es una base de datos de Oversight legible.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this program knows versions up to %3. Use a newer Oversight; the database was not changed.</source>
        <translation>%1 tiene la versión de esquema %2, pero este programa solo conoce versiones hasta la %3. Use un Oversight más reciente; la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>%1 is a database of another application; it was not changed.</source>
        <translation>%1 es la base de datos de otra aplicación; no se modificó.</translation>
    </message>
    <message>
        <source>%1 already holds an Oversight database; a copy needs an empty one.</source>
        <translation>%1 ya contiene una base de datos de Oversight; una copia necesita una vacía.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: %1</source>
        <translation>No se puede acceder al servidor de base de datos: %1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>La base de datos está ocupada o es de solo lectura: %1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Falló el guardado: %1</translation>
    </message>
    <message>
        <source>Cannot write to %1: the disk is full, or the file may not grow any larger (%2). Nothing of this change was stored. Free some space and try again.</source>
        <translation>No se puede escribir en %1: el disco está lleno o el archivo no puede crecer más (%2). No se guardó nada de este cambio. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot write to %1: it is read-only for this user (%2). Nothing of this change was stored.</source>
        <translation>No se puede escribir en %1: es de solo lectura para este usuario (%2). No se guardó nada de este cambio.</translation>
    </message>
</context>
<context>
    <name>DatabaseAdmin</name>
    <message>
        <source>The copy failed and was undone: %1</source>
        <translation>La copia falló y se deshizo: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy row %1 of %2: %3</source>
        <translation>No se puede copiar la fila %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cannot copy %1 of %2: %3</source>
        <translation>No se puede copiar %1 de %2: %3</translation>
    </message>
    <message>
        <source>The database has a table this program does not copy: %1. Use the Oversight version that created it.</source>
        <translation>La base de datos tiene una tabla que este programa no copia: %1. Use la versión de Oversight que la creó.</translation>
    </message>
    <message>
        <source>Cannot read the source: %1</source>
        <translation>No se puede leer el origen: %1</translation>
    </message>
    <message>
        <source>Cannot write the target: %1</source>
        <translation>No se puede escribir el destino: %1</translation>
    </message>
    <message>
        <source>Cannot continue the keys of %1: %2</source>
        <translation>No se pueden continuar las claves de %1: %2</translation>
    </message>
    <message>
        <source>An import into the source is still storing its rows (imports in progress: %1); copy it once it has finished. Nothing was copied.</source>
        <translation>Una importación en el origen aún está almacenando sus filas (importaciones en curso: %1); cópielo cuando haya terminado. No se copió nada.</translation>
    </message>
</context>
<context>
    <name>DecisionExport</name>
    <message>
        <source>Cannot read the decisions to export: %1</source>
        <translation>No se pueden leer las decisiones que exportar: %1</translation>
    </message>
    <message>
        <source>A cursor is 0 or more, not %1.</source>
        <translation>Un cursor es 0 o mayor, no %1.</translation>
    </message>
    <message>
        <source>The limit is 1 record or more, not %1.</source>
        <translation>El límite es 1 registro o más, no %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 no se escribió: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded, so %1 was removed: %2</source>
        <translation>La exportación no pudo registrarse, así que se eliminó %1: %2</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Falló la escritura de la exportación: %1</translation>
    </message>
</context>
<context>
    <name>DecisionRecordCheck</name>
    <message>
        <source>Cannot check the decision records: %1</source>
        <translation>No se pueden comprobar los registros de decisiones: %1</translation>
    </message>
    <message>
        <source>the finalized review of case %1 has no decision record: an export would never hand it on</source>
        <translation>la revisión finalizada del caso %1 no tiene registro de decisión: una exportación nunca la entregaría</translation>
    </message>
    <message>
        <source>the decision record %1 of case %2 says %3 by %4 at %5; the review says %6 by %7 at %8</source>
        <translation>el registro de decisión %1 del caso %2 dice %3 por %4 a las %5; la revisión dice %6 por %7 a las %8</translation>
    </message>
    <message>
        <source>the decision record %1 of case %2 has no finalized review behind it</source>
        <translation>el registro de decisión %1 del caso %2 no tiene detrás ninguna revisión finalizada</translation>
    </message>
    <message>
        <source>batch %1 has no decision record: an export would never hand its automated decisions on</source>
        <translation>el lote %1 no tiene registro de decisión: una exportación nunca entregaría sus decisiones automatizadas</translation>
    </message>
    <message>
        <source>the decision record %1 of batch %2 does not cover the batch&apos;s cases or its import time</source>
        <translation>el registro de decisión %1 del lote %2 no cubre los casos del lote o su hora de importación</translation>
    </message>
    <message>
        <source>the decision records %1 and %2 claim the same cursors</source>
        <translation>los registros de decisión %1 y %2 reclaman los mismos cursores</translation>
    </message>
</context>
<context>
    <name>DecisionRecords</name>
    <message>
        <source>Cannot record the decision for export: %1</source>
        <translation>No se puede registrar la decisión para la exportación: %1</translation>
    </message>
    <message>
        <source>Cannot record the decision for export: review %1 is not finalized.</source>
        <translation>No se puede registrar la decisión para la exportación: la revisión %1 no está finalizada.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo Administrator</source>
        <translation>Administrador de demostración</translation>
    </message>
    <message>
        <source>Demo Reviewer</source>
        <translation>Revisor de demostración</translation>
    </message>
    <message>
        <source>Demo Compliance Officer</source>
        <translation>Responsable de cumplimiento de demostración</translation>
    </message>
    <message>
        <source>Cannot make a folder for the demo files: %1</source>
        <translation>No se puede crear una carpeta para los archivos de demostración: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo file: %1</source>
        <translation>No se puede escribir el archivo de demostración: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo review log: %1</source>
        <translation>No se puede escribir el registro de revisiones de demostración: %1</translation>
    </message>
    <message>
        <source>Cannot generate the demo&apos;s known-answer cases.</source>
        <translation>No se pueden generar los casos de respuesta conocida de la demostración.</translation>
    </message>
    <message>
        <source>Cannot read a demo check: %1</source>
        <translation>No se puede leer un control de la demostración: %1</translation>
    </message>
</context>
<context>
    <name>DemoAppeals</name>
    <message>
        <source>Cannot choose demo appeals: %1</source>
        <translation>No se pueden elegir las apelaciones de demostración: %1</translation>
    </message>
</context>
<context>
    <name>DossierPdf</name>
    <message>
        <source>Case dossier: %1</source>
        <translation>Expediente del caso: %1</translation>
    </message>
    <message>
        <source>The whole history of one decision: what the people who decided saw, what the model said, who decided what and when, and why.</source>
        <translation>La historia completa de una decisión: qué vieron quienes decidieron, qué dijo el modelo, quién decidió qué, cuándo y por qué.</translation>
    </message>
    <message>
        <source>The people involved are named Person 1, Person 2 ... in the order they appear.</source>
        <translation>Las personas implicadas se llaman Persona 1, Persona 2 … en el orden en que aparecen.</translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <translation>Generado por %1 el %2</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Decision in force</source>
        <translation>Decisión vigente</translation>
    </message>
    <message>
        <source>none yet: the case waits for review</source>
        <translation>ninguna aún: el caso espera revisión</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>the model, without human review</source>
        <translation>el modelo, sin revisión humana</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Id del caso</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>%1 from %2 by %3</source>
        <translation>%1 desde %2 por %3</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Facts as shown to reviewers</source>
        <translation>Hechos tal como los vieron los revisores</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>The model&apos;s output</source>
        <translation>La salida del modelo</translation>
    </message>
    <message>
        <source>Recommendation: %1 with confidence %2</source>
        <translation>Recomendación: %1 con confianza %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Revisión humana</translation>
    </message>
    <message>
        <source>No person reviewed this case.</source>
        <translation>Ninguna persona revisó este caso.</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Apelaciones</translation>
    </message>
    <message>
        <source>The decision was not appealed.</source>
        <translation>La decisión no se apeló.</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>%1, decided by %2</source>
        <translation>%1, decidida por %2</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>%1 on %2 by %3: %4</source>
        <translation>%1 el %2 por %3: %4</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Decision records</source>
        <translation>Registros de decisión</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Aún no hay decisión.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Sustituye</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Audit chain head when this dossier was made: event #%1, hash %2. Anyone with access to the database can check that the trail still holds it: &apos;oversight-cli verify --anchor %1:%2&apos;.</source>
        <translation>Cabeza de la cadena de auditoría al crear este expediente: evento #%1, hash %2. Quien tenga acceso a la base de datos puede comprobar que el registro aún la contiene: «oversight-cli verify --anchor %1:%2».</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Arbitraje</translation>
    </message>
    <message>
        <source>Appeal review</source>
        <translation>Revisión de la apelación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>%1 by %2 (queue %3): %4</source>
        <translation>%1 por %2 (cola %3): %4</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Tomado</translation>
    </message>
    <message>
        <source>Initial decision, before seeing the model</source>
        <translation>Decisión inicial, antes de ver el modelo</translation>
    </message>
    <message>
        <source>%1 (confidence %2) at %3</source>
        <translation>%1 (seguridad %2) a las %3</translation>
    </message>
    <message>
        <source>Initial rationale</source>
        <translation>Justificación inicial</translation>
    </message>
    <message>
        <source>Recommendation shown</source>
        <translation>Recomendación mostrada</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Final decision</source>
        <translation>Decisión final</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Escalado a</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Case dossier %1</source>
        <translation>Expediente del caso %1</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Cabeza de la cadena de auditoría</translation>
    </message>
    <message>
        <source>event #%1, hash %2</source>
        <translation>evento #%1, hash %2</translation>
    </message>
</context>
<context>
    <name>Fairness</name>
    <message>
        <source>selection-rate</source>
        <translation>tasa de selección</translation>
    </message>
    <message>
        <source>true-positive</source>
        <translation>verdaderos positivos</translation>
    </message>
    <message>
        <source>false-positive</source>
        <translation>falsos positivos</translation>
    </message>
    <message>
        <source>false-negative</source>
        <translation>falsos negativos</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>No positive label is known: the error rates (TPR, FPR, FNR) stay empty. Name the positive class with --positive-label when importing.</source>
        <translation>No se conoce ninguna etiqueta positiva: las tasas de error (TPR, FPR, FNR) quedan vacías. Indique la clase positiva con --positive-label al importar.</translation>
    </message>
    <message>
        <source>The batches in this filter name different positive labels (%1): the error rates stay empty; filter by model to compare like with like.</source>
        <translation>Los lotes de este filtro nombran etiquetas positivas distintas (%1): las tasas de error quedan vacías; filtre por modelo para comparar lo comparable.</translation>
    </message>
    <message>
        <source>%1 decisions and %2 reviews come from batches or logs that did not name &apos;%3&apos; and are not counted here.</source>
        <translation>%1 decisiones y %2 revisiones proceden de lotes o registros que no nombran «%3» y no se cuentan aquí.</translation>
    </message>
    <message>
        <source>--reference: attribute &apos;%1&apos; has no group &apos;%2&apos; in this filter (its groups: %3)</source>
        <translation>--reference: el atributo «%1» no tiene el grupo «%2» en este filtro (sus grupos: %3)</translation>
    </message>
    <message>
        <source>%1 overrides the model at different rates for different %2 groups (%3 test, p = %4, at least %5 reviews per group).</source>
        <translation>%1 corrige al modelo con tasas distintas según el grupo de %2 (prueba %3, p = %4, al menos %5 revisiones por grupo).</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact</source>
        <translation>exacta de Fisher</translation>
    </message>
    <message>
        <source>chi-square</source>
        <translation>chi cuadrado</translation>
    </message>
    <message>
        <source>Human review widened the %1 gap between %2 and %3 from %4 to %5 points.</source>
        <translation>La revisión humana amplió la brecha de %1 entre %2 y %3 de %4 a %5 puntos.</translation>
    </message>
    <message>
        <source>Human review narrowed the %1 gap between %2 and %3 from %4 to %5 points.</source>
        <translation>La revisión humana redujo la brecha de %1 entre %2 y %3 de %4 a %5 puntos.</translation>
    </message>
    <message>
        <source>Human review left the %1 gap between %2 and %3 at %4 points.</source>
        <translation>La revisión humana dejó la brecha de %1 entre %2 y %3 en %4 puntos.</translation>
    </message>
    <message>
        <source>--groups: no attribute &apos;%1&apos; in this filter (the stored ones: %2)</source>
        <translation>--groups: no hay atributo «%1» en este filtro (los guardados: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>--reference names attribute &apos;%1&apos;, which is not analysed here (the stored ones: %2)</source>
        <translation>--reference nombra el atributo «%1», que no se analiza aquí (los guardados: %2)</translation>
    </message>
    <message>
        <source>Cannot update the figures by group: %1</source>
        <translation>No se pueden actualizar las cifras por grupo: %1</translation>
    </message>
    <message>
        <source>Cannot read the figures by group: %1</source>
        <translation>No se pueden leer las cifras por grupo: %1</translation>
    </message>
    <message>
        <source>No batch or review log names group columns: import with --group-columns to see figures by group.</source>
        <translation>Ningún lote ni registro de revisiones nombra columnas de grupo: importe con --group-columns para ver cifras por grupo.</translation>
    </message>
    <message>
        <source>--group-bands &apos;%1&apos;: give COLUMN=CUT,CUT,... (e.g. age=25,45,65)</source>
        <translation>--group-bands «%1»: indique COLUMNA=CORTE,CORTE,... (p. ej. age=25,45,65)</translation>
    </message>
    <message>
        <source>--group-bands &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>--group-bands «%1»: «%2» no es un número</translation>
    </message>
    <message>
        <source>--group-bands &apos;%1&apos;: the cut points must increase</source>
        <translation>--group-bands «%1»: los puntos de corte deben ser crecientes</translation>
    </message>
    <message>
        <source>--group-bands names column &apos;%1&apos; twice</source>
        <translation>--group-bands nombra la columna «%1» dos veces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, and --group-bands gives this column numeric bands</source>
        <translation>«%1» no es un número, y --group-bands da a esta columna tramos numéricos</translation>
    </message>
    <message>
        <source>group column &apos;%1&apos; has more than %2 distinct values; an attribute must name groups, not individuals: give bands for a numeric column (e.g. --group-bands %1=25,45,65)</source>
        <translation>la columna de grupo «%1» tiene más de %2 valores distintos; un atributo debe nombrar grupos, no individuos: indique tramos para una columna numérica (p. ej. --group-bands %1=25,45,65)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the rollups by group: %1</source>
        <translation>No se pueden leer los resúmenes por grupo: %1</translation>
    </message>
    <message>
        <source>%1 has a row (%2) that no stored decision or review gives</source>
        <translation>%1 tiene una fila (%2) que no da ninguna decisión ni revisión guardada</translation>
    </message>
    <message>
        <source>%1 counts %2 at (%3); the decisions and reviews give %4</source>
        <translation>%1 cuenta %2 en (%3); las decisiones y revisiones dan %4</translation>
    </message>
    <message>
        <source>%1 lacks the row (%2) that the decisions and reviews give</source>
        <translation>A %1 le falta la fila (%2) que dan las decisiones y revisiones</translation>
    </message>
</context>
<context>
    <name>FairnessChart</name>
    <message>
        <source>Selection rate</source>
        <extracomment>Share of cases given the positive label (e.g. declined).</extracomment>
        <translation>Tasa de selección</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <source>False-negative rate</source>
        <translation>Tasa de falsos negativos</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model (reviewed cases)</source>
        <translation>Modelo (casos revisados)</translation>
    </message>
    <message>
        <source>Effective decision</source>
        <extracomment>The decision that counts: the reviewer&apos;s where there was a review.</extracomment>
        <translation>Decisión vigente</translation>
    </message>
    <message>
        <source>Reviewer, blind</source>
        <translation>Revisor, a ciegas</translation>
    </message>
    <message>
        <source>Reviewer, final</source>
        <translation>Revisor, final</translation>
    </message>
    <message>
        <source>%1 by %2 (95 % interval)</source>
        <translation>%1 por %2 (intervalo del 95 %)</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>%1 to %2 times the reference&apos;s rate</source>
        <translation>de %1 a %2 veces la tasa de la referencia</translation>
    </message>
</context>
<context>
    <name>HeadWitness</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>This computer saw event #%1 (hash %2...) on %3, and the audit trail no longer has it: its newest events were removed or the database was replaced by an older copy.</source>
        <translation>Este equipo vio el evento #%1 (hash %2...) el %3, y el registro de auditoría ya no lo tiene: se eliminaron sus eventos más recientes o la base de datos se sustituyó por una copia más antigua.</translation>
    </message>
    <message>
        <source>This computer saw event #%1 with hash %2... on %3, and the audit trail now has a different event there (hash %4...): its events were rewritten or the database was replaced.</source>
        <translation>Este equipo vio el evento #%1 con hash %2... el %3, y el registro de auditoría tiene ahora otro evento ahí (hash %4...): sus eventos se reescribieron o la base de datos se sustituyó.</translation>
    </message>
    <message>
        <source>Cannot read the heads this computer witnessed (%1): %2</source>
        <translation>No se pueden leer las cabezas que este equipo atestiguó (%1): %2</translation>
    </message>
    <message>
        <source>The heads this computer witnessed (%1) are damaged: %2. The file is left as it is; move it away to start witnessing afresh.</source>
        <translation>Las cabezas que este equipo atestiguó (%1) están dañadas: %2. El archivo se deja como está; muévalo para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Cannot create %1 to keep the witnessed heads.</source>
        <translation>No se puede crear %1 para guardar las cabezas atestiguadas.</translation>
    </message>
    <message>
        <source>Cannot keep the witnessed heads in %1: %2</source>
        <translation>No se pueden guardar las cabezas atestiguadas en %1: %2</translation>
    </message>
    <message>
        <source>The witnessed heads in %1 are locked by another program.</source>
        <translation>Las cabezas atestiguadas en %1 están bloqueadas por otro programa.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>Say why the trail is legitimately different (for example which backup was restored, and when).</source>
        <translation>Indique por qué el registro es legítimamente distinto (por ejemplo, qué copia de seguridad se restauró y cuándo).</translation>
    </message>
    <message>
        <source>This computer has no lost head to acknowledge for this database.</source>
        <translation>Este equipo no tiene ninguna cabeza perdida que confirmar para esta base de datos.</translation>
    </message>
    <message>
        <source>The acknowledgement is recorded, but %1 could not be removed; remove it by hand.</source>
        <translation>La confirmación está registrada, pero no se pudo eliminar %1; elimínelo a mano.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: cannot tell the format from the extension &apos;.%2&apos;; use --format csv or --format jsonl.</source>
        <translation>%1: no se puede deducir el formato de la extensión «.%2»; use --format csv o --format jsonl.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8.</source>
        <translation>%1 es texto UTF-16; guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not CSV or JSON Lines text.</source>
        <translation>%1 es un archivo binario, no texto CSV ni JSON Lines.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>it repeats the id of row %1 of this file</source>
        <translation>repite el identificador de la fila %1 de este archivo</translation>
    </message>
    <message>
        <source>it is already in the database (row %1 of %2, batch %3)</source>
        <translation>ya está en la base de datos (fila %1 de %2, importación %3)</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>La base de datos está ocupada o es de solo lectura: %1</translation>
    </message>
    <message>
        <source>%1 was already imported as batch %2 (from %3 at %4); use --force to import it again (cases already present are never duplicated).</source>
        <translation>%1 ya se importó como importación %2 (desde %3 el %4); use --force para importarlo de nuevo (los casos ya presentes nunca se duplican).</translation>
    </message>
    <message>
        <source>Cannot record the model version: %1</source>
        <translation>No se puede registrar la versión del modelo: %1</translation>
    </message>
    <message>
        <source>Cannot record the batch: %1</source>
        <translation>No se puede registrar la importación: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>La importación se canceló; no se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot store row %1: %2</source>
        <translation>No se puede guardar la fila %1: %2</translation>
    </message>
    <message>
        <source>duplicate case id &apos;%1&apos;: %2</source>
        <translation>identificador de caso duplicado «%1»: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Falló la lectura de %1: %2</translation>
    </message>
    <message>
        <source>leak check not applied: %1 accepted rows, fewer than the %2 it needs</source>
        <translation>comprobación de fugas no aplicada: %1 filas aceptadas, menos de las %2 que necesita</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; predicts the model label (score %2) but is allowed by --allow-leak</source>
        <translation>la columna «%1» predice la etiqueta del modelo (puntuación %2), pero está permitida con --allow-leak</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (score %2)</source>
        <translation>«%1» (puntuación %2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.</source>
        <translation>%1: se rechazaron %2 de %3 filas y --strict está activado; no se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot record the batch counts: %1</source>
        <translation>No se pueden registrar los recuentos de la importación: %1</translation>
    </message>
    <message>
        <source>%1: refused, %2 Nothing was stored.</source>
        <translation>%1: rechazado, %2 No se guardó nada.</translation>
    </message>
    <message>
        <source>%1: held before storing, so that a person decides on the columns strongly associated with the model&apos;s label or the outcome. Nothing was stored.</source>
        <translation>%1: detenido antes de guardar, para que una persona decida sobre las columnas muy asociadas con la etiqueta del modelo o el resultado. No se guardó nada.</translation>
    </message>
    <message>
        <source>outcome leak check not applied: %1 accepted rows with a known outcome, fewer than the %2 it needs</source>
        <translation>comprobación de fugas del resultado no aplicada: %1 filas aceptadas con resultado conocido, menos de las %2 que necesita</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; predicts the known outcome (score %2) but is allowed by --allow-leak</source>
        <translation>la columna «%1» predice el resultado conocido (puntuación %2) pero --allow-leak la permite</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is strongly associated with the model&apos;s label (score %2): reviewers may infer it; hide it with --hide unless they need it</source>
        <translation>la columna «%1» está muy asociada con la etiqueta del modelo (puntuación %2): los revisores podrían deducirla; ocúltela con --hide si no la necesitan</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is strongly associated with the known outcome (score %2): reviewers may infer it; hide it with --hide unless they need it</source>
        <translation>la columna «%1» está muy asociada con el resultado conocido (puntuación %2): los revisores podrían deducirlo; ocúltela con --hide si no la necesitan</translation>
    </message>
    <message>
        <source>fact columns predict the model&apos;s label and would show reviewers the AI&apos;s answer before they commit: %1.</source>
        <translation>columnas de hechos predicen la etiqueta del modelo y mostrarían a los revisores la respuesta de la IA antes de comprometerse: %1.</translation>
    </message>
    <message>
        <source>fact columns predict the known outcome and would show reviewers the answer their accuracy is measured on: %1.</source>
        <translation>columnas de hechos predicen el resultado conocido y mostrarían a los revisores la respuesta con la que se mide su precisión: %1.</translation>
    </message>
    <message>
        <source>Hide them with --hide, or, if reviewers must see them, allow them with --allow-leak.</source>
        <translation>Ocúltelas con --hide o, si los revisores deben verlas, permítalas con --allow-leak.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was stored.</source>
        <translation>%1: %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>The positive label &apos;%1&apos; is neither a label of the model nor an outcome in this file: every case counts as negative.</source>
        <translation>La etiqueta positiva «%1» no es ni una etiqueta del modelo ni un resultado en este archivo: todos los casos cuentan como negativos.</translation>
    </message>
    <message>
        <source>No --positive-label: the error rates by group (true and false positive rates) stay empty; selection rates and accuracy still come.</source>
        <translation>Sin --positive-label: las tasas de error por grupo (verdaderos y falsos positivos) quedan vacías; las tasas de selección y la exactitud sí se calculan.</translation>
    </message>
    <message>
        <source>a known-answer case needs its correct answer</source>
        <translation>un caso de respuesta conocida necesita su respuesta correcta</translation>
    </message>
    <message>
        <source>%1: a known-answer set needs the column with each case&apos;s correct answer (the known outcome). Nothing was stored.</source>
        <translation>%1: un conjunto de respuestas conocidas necesita la columna con la respuesta correcta de cada caso (el resultado conocido). No se guardó nada.</translation>
    </message>
    <message>
        <source>another import is storing it now (row %1 of %2, batch %3)</source>
        <translation>otra importación lo está almacenando ahora (fila %1 de %2, lote %3)</translation>
    </message>
    <message>
        <source>Cannot record the import&apos;s progress: %1</source>
        <translation>No se puede registrar el progreso de la importación: %1</translation>
    </message>
</context>
<context>
    <name>JsonlReader</name>
    <message>
        <source>the file is empty: no JSON object to take the columns from</source>
        <translation>el archivo está vacío: no hay ningún objeto JSON del que tomar las columnas</translation>
    </message>
    <message>
        <source>the first line is longer than %1 MiB</source>
        <translation>la primera línea supera los %1 MiB</translation>
    </message>
    <message>
        <source>the first line is not a JSON object (%1); the columns are taken from it</source>
        <translation>la primera línea no es un objeto JSON (%1); las columnas se toman de ella</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <source>line is longer than %1 MiB</source>
        <translation>la línea supera los %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>a key appears more than once</source>
        <translation>una clave aparece más de una vez</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is not among the columns of the first line</source>
        <translation>la clave «%1» no está entre las columnas de la primera línea</translation>
    </message>
</context>
<context>
    <name>KnownAnswers</name>
    <message>
        <source>%1 took the recommendation on %2 of %3 catch trials they had first answered correctly (%4 %, 95 % interval %5-%6 %): they follow the recommendation even when it is wrong.</source>
        <translation>%1 tomó la recomendación en %2 de %3 pruebas trampa que primero había respondido bien (%4 %, intervalo del 95 % %5-%6 %): sigue la recomendación incluso cuando es errónea.</translation>
    </message>
    <message>
        <source>Cannot read the known-answer reviews: %1</source>
        <translation>No se pueden leer las revisiones de casos de respuesta conocida: %1</translation>
    </message>
    <message>
        <source>Cannot read the known-answer cases: %1</source>
        <translation>No se pueden leer los casos de respuesta conocida: %1</translation>
    </message>
    <message>
        <source>Cannot read or change the known-answer sets: %1</source>
        <translation>No se pueden leer ni cambiar los conjuntos de respuestas conocidas: %1</translation>
    </message>
    <message>
        <source>There is no known-answer set %1.</source>
        <translation>No existe el conjunto de respuestas conocidas %1.</translation>
    </message>
    <message>
        <source>Say why set %1 is retired: a reason is required.</source>
        <translation>Indique por qué se retira el conjunto %1: se requiere un motivo.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>Set %1 was already retired at %2.</source>
        <translation>El conjunto %1 ya se retiró el %2.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System Language</source>
        <extracomment>The first language choice: follow the operating system&apos;s language.</extracomment>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LeaseSetting</name>
    <message>
        <source>A lease is between 1 and %1 minutes, not %2.</source>
        <translation>Una reserva dura entre 1 y %1 minutos, no %2.</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Cannot read the model cards: %1</source>
        <translation>No se pueden leer las fichas de modelo: %1</translation>
    </message>
</context>
<context>
    <name>OversightCharts</name>
    <message>
        <source>Rate (%)</source>
        <translation>Tasa (%)</translation>
    </message>
    <message>
        <source>Override rate by reviewer (95 % interval)</source>
        <translation>Tasa de anulación por revisor (intervalo del 95 %)</translation>
    </message>
    <message>
        <source>Override rate</source>
        <extracomment>The share of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Tasa de anulación</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Reviewer (lowest override rate first)</source>
        <translation>Revisor (menor tasa de anulación primero)</translation>
    </message>
    <message>
        <source>%1 threshold</source>
        <translation>Umbral del %1</translation>
    </message>
    <message>
        <source>Override rate by hour of day (finalization time)</source>
        <translation>Tasa de anulación por hora del día (hora de finalización)</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Override rate by position since the last break</source>
        <translation>Tasa de anulación según la posición desde la última pausa</translation>
    </message>
    <message>
        <source>Reviews since a break (gap &gt; 15 min)</source>
        <translation>Revisiones desde una pausa (intervalo &gt; 15 min)</translation>
    </message>
    <message>
        <source>Daily override rate</source>
        <translation>Tasa de anulación diaria</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
</context>
<context>
    <name>OversightReport</name>
    <message>
        <source>Reviewers overrode the model in %1 of %2 reviews (95 % interval %3 to %4), below %5: oversight may be passive.</source>
        <translation>Los revisores anularon al modelo en %1 de %2 revisiones (intervalo del 95 %: %3 a %4), por debajo del %5: la supervisión puede ser pasiva.</translation>
    </message>
    <message>
        <source>%1 of %2 reviewers with at least %3 reviews override the model in fewer than %4 of cases: %5.</source>
        <translation>%1 de %2 revisores con al menos %3 revisiones anulan al modelo en menos del %4 de los casos: %5.</translation>
    </message>
    <message>
        <source>On high-volume days reviewers overrode the model in %1 of %2 reviews, less than half the %3 of %4 reviews on low-volume days: oversight may thin out under load.</source>
        <translation>En los días de mucho volumen los revisores anularon al modelo en %1 de %2 revisiones, menos de la mitad del %3 de %4 revisiones en los días de poco volumen: la supervisión puede debilitarse bajo carga.</translation>
    </message>
    <message>
        <source>The daily override rate fell by %1 points a day over the last %2 days (p = %3).</source>
        <translation>La tasa de anulación diaria bajó %1 puntos al día durante los últimos %2 días (p = %3).</translation>
    </message>
    <message>
        <source>Override rates differ across reviewers more than chance explains (chi-square %1, %2 degrees of freedom, p = %3): compare how they review.</source>
        <translation>Las tasas de anulación difieren entre revisores más de lo que explica el azar (chi cuadrado %1, %2 grados de libertad, p = %3): compare cómo revisan.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>No se pudo inicializar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>No hay memoria suficiente para calcular el hash de la contraseña.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password must not be the login name.</source>
        <translation>La contraseña no puede ser el nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>n/a</source>
        <extracomment>Not available: too few reviews to compute the figure.</extracomment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range: the lower and upper end of an interval or period.</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Routing policy</source>
        <translation>Política de enrutamiento</translation>
    </message>
    <message>
        <source>Escalations and releases</source>
        <translation>Escalados y devoluciones</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Cadena de auditoría</translation>
    </message>
    <message>
        <source>Oversight</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <source>Human oversight audit report</source>
        <translation>Informe de auditoría de la supervisión humana</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (days in %3)</source>
        <translation>Período: %1 a %2 (días en %3)</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>cola %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>reviewer %1</source>
        <translation>revisor %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message>
        <source>none, every review of the period</source>
        <translation>ninguno, todas las revisiones del período</translation>
    </message>
    <message>
        <source>Generated by %1 on %2 with Oversight %3</source>
        <translation>Generado por %1 el %2 con Oversight %3</translation>
    </message>
    <message>
        <source>Audit chain: event #%1, hash %2; verification: %3</source>
        <translation>Cadena de auditoría: evento n.º %1, hash %2; verificación: %3</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>%1. %2, page %3</source>
        <translation>%1. %2, página %3</translation>
    </message>
    <message>
        <source>FAILED at event #%1: %2</source>
        <translation>FALLÓ en el evento n.º %1: %2</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>Column: the number of reviews behind a figure (statistical n).</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>Finalized reviews</source>
        <translation>Revisiones finalizadas</translation>
    </message>
    <message>
        <source>Override rate (final differs from the model)</source>
        <translation>Tasa de anulación (la decisión final difiere del modelo)</translation>
    </message>
    <message>
        <source>Independent disagreement (initial differs from the model)</source>
        <translation>Desacuerdo independiente (la decisión inicial difiere del modelo)</translation>
    </message>
    <message>
        <source>Deference (switched to the model after disagreeing)</source>
        <translation>Deferencia (cambió al modelo tras discrepar)</translation>
    </message>
    <message>
        <source>Changed mind (final differs from initial)</source>
        <translation>Cambio de opinión (la final difiere de la inicial)</translation>
    </message>
    <message>
        <source>Mean time to the initial decision</source>
        <translation>Tiempo medio hasta la decisión inicial</translation>
    </message>
    <message>
        <source>Mean time from reveal to final decision</source>
        <translation>Tiempo medio desde la revelación hasta la decisión final</translation>
    </message>
    <message>
        <source>Where the outcome is known</source>
        <translation>Donde se conoce el resultado</translation>
    </message>
    <message>
        <source>Model accuracy</source>
        <translation>Exactitud del modelo</translation>
    </message>
    <message>
        <source>Initial human decision accuracy</source>
        <translation>Exactitud de la decisión humana inicial</translation>
    </message>
    <message>
        <source>Final decision accuracy</source>
        <translation>Exactitud de la decisión final</translation>
    </message>
    <message>
        <source>Switched to the model when it was right</source>
        <translation>Cambió al modelo cuando este acertaba</translation>
    </message>
    <message>
        <source>Held against the model when it was wrong</source>
        <translation>Se mantuvo frente al modelo cuando este se equivocaba</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Override rate</source>
        <extracomment>The share of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Tasa de anulación</translation>
    </message>
    <message>
        <source>High volume (above the 75th percentile, %1 reviews a day)</source>
        <translation>Volumen alto (por encima del percentil 75, %1 revisiones al día)</translation>
    </message>
    <message>
        <source>Low volume (below the 25th percentile, %1 reviews a day)</source>
        <translation>Volumen bajo (por debajo del percentil 25, %1 revisiones al día)</translation>
    </message>
    <message>
        <source>No warning: none of the passive-oversight signals fired on the reviews of this period, at the sample sizes they need.</source>
        <translation>Ninguna advertencia: ninguna de las señales de supervisión pasiva se activó en las revisiones de este período, con los tamaños de muestra que necesitan.</translation>
    </message>
    <message>
        <source>Override rate by reviewer with 95 % intervals, in the order of the Reviewers table; the line marks the passive-oversight threshold.</source>
        <translation>Tasa de anulación por revisor con intervalos del 95 %, en el orden de la tabla de revisores; la línea marca el umbral de supervisión pasiva.</translation>
    </message>
    <message>
        <source>Override rate by hour of the finalization, in %1.</source>
        <translation>Tasa de anulación por hora de la finalización, en %1.</translation>
    </message>
    <message>
        <source>Override rate by position in the reviewer&apos;s day and since the last break.</source>
        <translation>Tasa de anulación según la posición en la jornada del revisor y desde la última pausa.</translation>
    </message>
    <message>
        <source>Daily override rate.</source>
        <translation>Tasa de anulación diaria.</translation>
    </message>
    <message>
        <source>No finalized review in this period.</source>
        <translation>Ninguna revisión finalizada en este período.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Override</source>
        <extracomment>Column: override rate (final decision differs from the model&apos;s).</extracomment>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Disagree</source>
        <extracomment>Column: share of reviews whose own first decision differed from the model&apos;s.</extracomment>
        <translation>Desacuerdo</translation>
    </message>
    <message>
        <source>Defer</source>
        <extracomment>Column: share of disagreements where the reviewer switched to the model after the reveal.</extracomment>
        <translation>Deferencia</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <extracomment>Column: share of reviews whose final decision differs from the reviewer&apos;s own first one.</extracomment>
        <translation>Cambio de opinión</translation>
    </message>
    <message>
        <source>Brier</source>
        <extracomment>Column: Brier score, a measure of how well stated confidence matched being right.</extracomment>
        <translation>Brier</translation>
    </message>
    <message>
        <source>Do reviewers differ? Chi-square %1 with %2 degrees of freedom, p = %3.</source>
        <translation>¿Difieren los revisores? Chi cuadrado %1 con %2 grados de libertad, p = %3.</translation>
    </message>
    <message>
        <source>In force when the report was generated: cases with model confidence below %1 go to human review; %2 of the rest are sampled for audit (sampling seed %3).</source>
        <translation>Vigente al generar el informe: los casos con una confianza del modelo inferior a %1 pasan a revisión humana; del resto se extrae un %2 para auditoría (semilla de muestreo %3).</translation>
    </message>
    <message>
        <source>Import batches up to the end of the period</source>
        <translation>Importaciones hasta el final del período</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Audit rate</source>
        <translation>Tasa de auditoría</translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>Column: the random seed that makes the audit sample re-derivable.</extracomment>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Policy overridden</source>
        <extracomment>The import used its own routing threshold or audit rate instead of the stored policy.</extracomment>
        <translation>Política modificada</translation>
    </message>
    <message>
        <source>No case was released, escalated or left to expire in this period.</source>
        <translation>En este período ningún caso se devolvió, se escaló ni dejó expirar su reserva.</translation>
    </message>
    <message>
        <source>%1 released, %2 escalated, %3 expired leases.</source>
        <translation>%1 devueltos, %2 escalados, %3 reservas expiradas.</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>escalado a %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed; the JSON report has all of them.</source>
        <translation>Se listan los primeros %1 de %2; el informe JSON los contiene todos.</translation>
    </message>
    <message>
        <source>Each case a reviewer decides is first judged blind: the reviewer commits an initial decision and a confidence before Oversight shows what the model recommended. Then the model&apos;s answer is shown and the reviewer decides.</source>
        <translation>Cada caso que decide un revisor se juzga primero a ciegas: el revisor confirma una decisión inicial y una confianza antes de que Oversight muestre lo que recomendó el modelo. Después se muestra la respuesta del modelo y el revisor decide.</translation>
    </message>
    <message>
        <source>Override rate: the share of finalized reviews whose final decision differs from the model&apos;s label.</source>
        <translation>Tasa de anulación: la proporción de revisiones finalizadas cuya decisión final difiere de la etiqueta del modelo.</translation>
    </message>
    <message>
        <source>Independent disagreement: the share whose initial, blind decision differs from the model&apos;s label.</source>
        <translation>Desacuerdo independiente: la proporción cuya decisión inicial, a ciegas, difiere de la etiqueta del modelo.</translation>
    </message>
    <message>
        <source>Deference: among reviews where the initial decision differed from the model, the share whose final decision is the model&apos;s.</source>
        <translation>Deferencia: entre las revisiones cuya decisión inicial difería del modelo, la proporción cuya decisión final es la del modelo.</translation>
    </message>
    <message>
        <source>Changed mind: the share whose final decision differs from the initial one.</source>
        <translation>Cambio de opinión: la proporción cuya decisión final difiere de la inicial.</translation>
    </message>
    <message>
        <source>Workload: each review carries its calendar day&apos;s review volume; high-volume reviews are on days above the 75th percentile of that series, low-volume below the 25th (linear interpolation). Breaks are gaps of more than 15 minutes between a reviewer&apos;s decisions.</source>
        <translation>Carga de trabajo: cada revisión lleva el volumen de revisiones de su día natural; las revisiones de volumen alto están en días por encima del percentil 75 de esa serie, las de volumen bajo por debajo del 25 (interpolación lineal). Las pausas son intervalos de más de 15 minutos entre las decisiones de un revisor.</translation>
    </message>
    <message>
        <source>Intervals are 95 % Wilson score intervals; n is the number of reviews a rate is computed from. A warning only fires when n is large enough to support it.</source>
        <translation>Los intervalos son intervalos de puntuación de Wilson del 95 %; n es el número de revisiones con que se calcula una tasa. Una advertencia solo se activa cuando n es suficiente para sostenerla.</translation>
    </message>
    <message>
        <source>Calibration: the Brier score of the confidence reviewers committed with their initial decision, where the outcome is known (0 is perfect, 0.25 is a coin toss).</source>
        <translation>Calibración: la puntuación de Brier de la confianza que los revisores confirmaron con su decisión inicial, donde se conoce el resultado (0 es perfecto, 0,25 es lanzar una moneda).</translation>
    </message>
    <message>
        <source>Days and hours are calendar days and hours in %1.</source>
        <translation>Los días y las horas son días naturales y horas en %1.</translation>
    </message>
    <message>
        <source>Every change in Oversight is an event in an append-only trail; each event&apos;s SHA-256 hash covers its content and the previous event&apos;s hash, so a changed, removed or reordered event breaks the chain.</source>
        <translation>Cada cambio en Oversight es un evento en un registro al que solo se añade; el hash SHA-256 de cada evento cubre su contenido y el hash del evento anterior, de modo que un evento modificado, eliminado o reordenado rompe la cadena.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Last event that changed data</source>
        <translation>Último evento que modificó datos</translation>
    </message>
    <message>
        <source>Its time</source>
        <extracomment>Column: when the newest audit event was recorded.</extracomment>
        <translation>Su hora</translation>
    </message>
    <message>
        <source>Its hash</source>
        <extracomment>Column: the SHA-256 hash of the newest audit event.</extracomment>
        <translation>Su hash</translation>
    </message>
    <message>
        <source>Verification when generated</source>
        <translation>Verificación al generarlo</translation>
    </message>
    <message>
        <source>To check this report against the database later, run &apos;oversight-cli verify&apos; and confirm that event #%1 still has the hash above (&apos;oversight-cli verify --anchor %1:HASH&apos; does both).</source>
        <translation>Para comprobar más adelante este informe frente a la base de datos, ejecute &apos;oversight-cli verify&apos; y confirme que el evento n.º %1 conserva el hash indicado arriba (&apos;oversight-cli verify --anchor %1:HASH&apos; hace ambas cosas).</translation>
    </message>
    <message>
        <source>Human oversight audit report %1 to %2</source>
        <translation>Informe de auditoría de la supervisión humana %1 a %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF: %1</source>
        <translation>No se puede iniciar el PDF: %1</translation>
    </message>
    <message>
        <source>Oversight audit report, %1 to %2</source>
        <translation>Informe de auditoría de Oversight, %1 a %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot finish the PDF: %1</source>
        <translation>No se puede terminar el PDF: %1</translation>
    </message>
    <message>
        <source>Warnings fire when the team&apos;s override rate is below %1; when more than %2 of the reviewers with enough reviews override in fewer than %3 of theirs; when busy days&apos; override rate is below %4 times quiet days&apos;; and when the daily override rate falls with p below %5.</source>
        <translation>Los avisos se activan cuando la tasa de anulación del equipo es inferior a %1; cuando más del %2 de los revisores con suficientes revisiones anulan en menos del %3 de las suyas; cuando la tasa de anulación de los días de mucho volumen es inferior a %4 veces la de los días tranquilos; y cuando la tasa de anulación diaria baja con p inferior a %5.</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FALLIDO: %1</translation>
    </message>
    <message>
        <source>intact (every event, finalized review and import checked, the rollups against the review facts and the decision records against the decisions)</source>
        <translation>íntegro (cada evento, revisión finalizada e importación comprobados, los agregados frente a los datos de revisión y los registros de decisión frente a las decisiones)</translation>
    </message>
    <message>
        <source>Fairness by group</source>
        <translation>Equidad por grupo</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>No batch or review log names protected attributes, so there are no figures by group. Name them at import (--group-columns) with the positive class (--positive-label).</source>
        <translation>Ningún lote ni registro de revisiones nombra atributos protegidos, así que no hay cifras por grupo. Nómbrelos al importar (--group-columns) con la clase positiva (--positive-label).</translation>
    </message>
    <message>
        <source>For each protected attribute: how the model and the decision that counts treat each group (all imported decisions of the model in the period), how the reviewers&apos; blind and final decisions do on the cases they reviewed, the disparities against the reference group and whether review narrowed or widened them.</source>
        <translation>Para cada atributo protegido: cómo tratan a cada grupo el modelo y la decisión vigente (todas las decisiones importadas del modelo en el periodo), cómo resultan las decisiones a ciegas y finales de los revisores en los casos revisados, las disparidades frente al grupo de referencia y si la revisión las redujo o amplió.</translation>
    </message>
    <message>
        <source>By %1: reference group %2, positive label %3</source>
        <translation>Por %1: grupo de referencia %2, etiqueta positiva %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 (%2 pending)</source>
        <translation>%1 (%2 pendientes)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Selection rate: model, then effective</source>
        <translation>Tasa de selección: modelo, luego vigente</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <source>False-negative rate</source>
        <translation>Tasa de falsos negativos</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>False-positive rate: model, blind, final</source>
        <translation>Tasa de falsos positivos: modelo, a ciegas, final</translation>
    </message>
    <message>
        <source>No reviewed case in this period names %1.</source>
        <translation>Ningún caso revisado en este periodo nombra %1.</translation>
    </message>
    <message>
        <source>%1, %2 (%3, %4): ratio %5, difference %6 points (95 % interval %7 to %8)</source>
        <translation>%1, %2 (%3, %4): razón %5, diferencia %6 puntos (intervalo del 95 % de %7 a %8)</translation>
    </message>
    <message>
        <source>No disparity is flagged.</source>
        <translation>No se señala ninguna disparidad.</translation>
    </message>
    <message>
        <source>Flagged disparities: %1.</source>
        <translation>Disparidades señaladas: %1.</translation>
    </message>
    <message>
        <source>(95 % interval of the change: %1 to %2 points)</source>
        <translation>(intervalo del 95 % del cambio: de %1 a %2 puntos)</translation>
    </message>
    <message>
        <source>Method: selection rate = share given the positive label; TPR = true positives / actual positives; FPR = false positives / actual negatives; FNR = false negatives / actual positives; accuracy = correct / cases with a known outcome. The effective decision is the latest human decision on a case, else the model&apos;s; cases waiting for a mandatory review are pending. The reference group is the largest unless chosen. Differences carry Newcombe&apos;s hybrid score interval; a disparity is flagged when the ratio lies outside %1 to %2, the interval excludes 0 and both groups have at least %3 cases. The change review made to a gap is |final difference| - |model difference| on the reviewed cases, with a 95 % interval from %4 bootstrap resamples stratified by group (fixed seed).</source>
        <translation>Método: tasa de selección = proporción con la etiqueta positiva; TPR = verdaderos positivos / positivos reales; FPR = falsos positivos / negativos reales; FNR = falsos negativos / positivos reales; exactitud = aciertos / casos con resultado conocido. La decisión vigente es la última decisión humana sobre un caso, si no la del modelo; los casos que esperan una revisión obligatoria están pendientes. El grupo de referencia es el mayor salvo que se elija otro. Las diferencias llevan el intervalo híbrido de puntuación de Newcombe; una disparidad se señala cuando la razón queda fuera de %1 a %2, el intervalo excluye el 0 y ambos grupos tienen al menos %3 casos. El cambio que la revisión hizo en una brecha es |diferencia final| - |diferencia del modelo| en los casos revisados, con un intervalo del 95 % a partir de %4 remuestreos bootstrap estratificados por grupo (semilla fija).</translation>
    </message>
    <message>
        <source>Model cards</source>
        <translation>Fichas de modelo</translation>
    </message>
    <message>
        <source>No model version has batches imported or reviews finalized in this period.</source>
        <translation>Ninguna versión de modelo tiene lotes importados ni revisiones finalizadas en este período.</translation>
    </message>
    <message>
        <source>Model card: %1</source>
        <translation>Ficha de modelo: %1</translation>
    </message>
    <message>
        <source>Decisions imported in the period</source>
        <translation>Decisiones importadas en el período</translation>
    </message>
    <message>
        <source>Routed to mandatory review</source>
        <translation>Enviadas a revisión obligatoria</translation>
    </message>
    <message>
        <source>Decided by the model</source>
        <translation>Decididas por el modelo</translation>
    </message>
    <message>
        <source>of which sampled for an audit review</source>
        <translation>de ellas, muestreadas para una revisión de auditoría</translation>
    </message>
    <message>
        <source>Accuracy where the outcome is known</source>
        <translation>Exactitud donde se conoce el resultado</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 de %2 casos</translation>
    </message>
    <message>
        <source>no outcomes known</source>
        <translation>ningún resultado conocido</translation>
    </message>
    <message>
        <source>%1 of %2 reviews</source>
        <translation>%1 de %2 revisiones</translation>
    </message>
    <message>
        <source>no reviews finalized</source>
        <translation>ninguna revisión finalizada</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>ninguno en el período</translation>
    </message>
    <message>
        <source>(%1 with an outcome)</source>
        <translation>(%1 con resultado)</translation>
    </message>
    <message>
        <source>Accuracy by group</source>
        <translation>Exactitud por grupo</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Independent double review</source>
        <translation>Doble revisión independiente</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>queue %1: %2 reviews per case, second-review rate %3</source>
        <translation>cola %1: %2 revisiones por caso, tasa de segunda revisión %3</translation>
    </message>
    <message>
        <source>Policy: one review per case in every queue.</source>
        <translation>Política: una revisión por caso en todas las colas.</translation>
    </message>
    <message>
        <source>Policy: %1.</source>
        <translation>Política: %1.</translation>
    </message>
    <message>
        <source>No case in this period was reviewed independently by more than one reviewer.</source>
        <translation>Ningún caso de este periodo fue revisado de forma independiente por más de un revisor.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>All agree</source>
        <translation>Todos coinciden</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>Blind (initial)</source>
        <translation>A ciegas (inicial)</translation>
    </message>
    <message>
        <source>After the reveal (final)</source>
        <translation>Tras la revelación (final)</translation>
    </message>
    <message>
        <source>Pairs of reviewers (Cohen&apos;s kappa, from 20 shared cases)</source>
        <translation>Parejas de revisores (kappa de Cohen, desde 20 casos compartidos)</translation>
    </message>
    <message>
        <source>Shared cases</source>
        <translation>Casos compartidos</translation>
    </message>
    <message>
        <source>Kappa blind</source>
        <translation>Kappa a ciegas</translation>
    </message>
    <message>
        <source>Kappa final</source>
        <translation>Kappa final</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Arbitraje</translation>
    </message>
    <message>
        <source>%1 resolved, %2 pending; the adjudicator took the model&apos;s answer in %3 of the resolved.</source>
        <translation>%1 resueltos, %2 pendientes; el árbitro tomó la respuesta del modelo en %3 de los resueltos.</translation>
    </message>
    <message>
        <source>Agrees blind</source>
        <translation>Coincide a ciegas</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Arbitrados</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Confirmados</translation>
    </message>
    <message>
        <source>Known answers</source>
        <translation>Respuestas conocidas</translation>
    </message>
    <message>
        <source>queue %1: known-answer rate %2, catch rate %3, feedback %4</source>
        <translation>cola %1: proporción de controles %2, proporción de trampas %3, aviso posterior %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Policy: no queue serves known-answer checks now.</source>
        <translation>Política: ninguna cola sirve ahora controles de respuesta conocida.</translation>
    </message>
    <message>
        <source>Policy: %1. Reviewers of these queues see a standing notice that some cases are checks with known answers and that some recommendations shown to them are deliberately wrong.</source>
        <translation>Política: %1. Los revisores de estas colas ven un aviso permanente de que algunos casos son controles con respuesta conocida y de que algunas recomendaciones que se les muestran son erróneas a propósito.</translation>
    </message>
    <message>
        <source>No known-answer check was finalized in this period.</source>
        <translation>En este periodo no se finalizó ningún control de respuesta conocida.</translation>
    </message>
    <message>
        <source>%1 checks on %2 known-answer cases, %3 catch trials. None of them is a decision: they are in no other figure of this report and never exported.</source>
        <translation>%1 controles sobre %2 casos de respuesta conocida, %3 pruebas trampa. Ninguno es una decisión: no están en ninguna otra cifra de este informe y nunca se exportan.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Catch trials</source>
        <translation>Pruebas trampa</translation>
    </message>
    <message>
        <source>Accuracy blind</source>
        <translation>Exactitud a ciegas</translation>
    </message>
    <message>
        <source>Accuracy final</source>
        <translation>Exactitud final</translation>
    </message>
    <message>
        <source>Catch deference</source>
        <translation>Deferencia en trampas</translation>
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
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>A known-answer case is imported with its correct answer and served in place of a production case at the queue&apos;s known-answer rate, at most once to each reviewer; before the final decision nothing on screen or in the data tells it apart. At the queue&apos;s catch rate its reveal shows a planted recommendation: a label other than the correct one (with two labels the other one, else the most probable wrong one) with the row&apos;s own confidence; each plant is an audit event. Accuracy blind and final: the initial and final decision equal the correct answer. Catch deference: among catch trials answered correctly blind, the share finally decided as the planted recommendation. RAIR: wrong blind with a correct recommendation, the share decided correctly; RSR: right blind with a wrong recommendation, the share kept (Schemmer et al. 2023). 95 % Wilson intervals. A reviewer is named when their catch deference is 50 % or more on at least 10 catch trials.</source>
        <translation>Un caso de respuesta conocida se importa con su respuesta correcta y se sirve en lugar de un caso real según la proporción de controles de la cola, como mucho una vez a cada revisor; antes de la decisión final nada en pantalla ni en los datos lo distingue. Según la proporción de trampas de la cola, su revelación muestra una recomendación colocada: una etiqueta distinta de la correcta (con dos etiquetas la otra, si no la errónea más probable) con la confianza propia de la fila; cada una es un evento de auditoría. Exactitud a ciegas y final: la decisión inicial y la final coinciden con la respuesta correcta. Deferencia en trampas: entre las pruebas trampa respondidas bien a ciegas, la parte decidida al final como la recomendación colocada. RAIR: mal a ciegas con una recomendación correcta, la parte decidida bien; RSR: bien a ciegas con una recomendación errónea, la parte mantenida (Schemmer et al. 2023). Intervalos de Wilson del 95 %. Se nombra a un revisor cuando su deferencia en trampas es del 50 % o más en al menos 10 pruebas trampa.</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Apelaciones</translation>
    </message>
    <message>
        <source>No decision has been appealed.</source>
        <translation>No se ha apelado ninguna decisión.</translation>
    </message>
    <message>
        <source>Appeals filed</source>
        <translation>Apelaciones presentadas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Overdue (pending past their deadline)</source>
        <translation>Vencidas (pendientes tras su plazo)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididas</translation>
    </message>
    <message>
        <source>Reversed on appeal</source>
        <translation>Revocadas en apelación</translation>
    </message>
    <message>
        <source>Median days to decide</source>
        <translation>Mediana de días hasta decidir</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>el modelo</translation>
    </message>
    <message>
        <source>Reversed on appeal, by who took the decision</source>
        <translation>Revocadas en apelación, según quién decidió</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Apelaciones decididas</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revocadas</translation>
    </message>
    <message>
        <source>Reversed on appeal, by group</source>
        <translation>Revocadas en apelación, por grupo</translation>
    </message>
    <message>
        <source>A decided case may be appealed within the appeal window after its decision, once. The appeal is decided by a reviewer who never reviewed, adjudicated, imported or appealed the case, blind to the model and to the earlier decisions until their own initial decision is stored; the same final decision upholds, another reverses, always with a rationale. A reversal becomes the case&apos;s decision and is handed on. These figures count every appeal in the database, whatever the report&apos;s period. 95 % Wilson intervals.</source>
        <translation>Un caso decidido puede apelarse una vez dentro del plazo de apelación tras su decisión. La apelación la decide un revisor que nunca revisó, arbitró, importó ni apeló el caso, sin ver el modelo ni las decisiones anteriores hasta guardar su propia decisión inicial; la misma decisión final confirma, otra revoca, siempre con justificación. Una revocación pasa a ser la decisión del caso y se entrega. Estas cifras cuentan todas las apelaciones de la base de datos, sea cual sea el periodo del informe. Intervalos de Wilson del 95 %.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>see queue depths</source>
        <translation>ver el tamaño de las colas</translation>
    </message>
    <message>
        <source>import model decisions</source>
        <translation>importar decisiones del modelo</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>see import batches</source>
        <translation>ver las importaciones</translation>
    </message>
    <message>
        <source>read oversight metrics, reports and the audit trail</source>
        <translation>leer las cifras de supervisión, los informes y el registro de auditoría</translation>
    </message>
    <message>
        <source>review cases</source>
        <translation>revisar casos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may not %2: that needs the role %3.</source>
        <translation>«%1» no puede %2: eso requiere el rol %3.</translation>
    </message>
    <message>
        <source>nobody</source>
        <extracomment>Stands for a session without a login in a permission error.</extracomment>
        <translation>nadie</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Joins role names: &quot;admin or compliance&quot;.</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <source>change the routing policy or the shared settings</source>
        <translation>cambiar la política de enrutamiento o la configuración compartida</translation>
    </message>
    <message>
        <source>export decisions</source>
        <translation>exportar decisiones</translation>
    </message>
    <message>
        <source>file appeals against decisions</source>
        <translation>presentar apelaciones contra decisiones</translation>
    </message>
    <message>
        <source>acknowledge that a database was restored from a backup</source>
        <translation>confirmar que una base de datos se restauró desde una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>Privileges are a PostgreSQL matter; an SQLite file is protected by its file permissions.</source>
        <translation>Los privilegios son cosa de PostgreSQL; un archivo SQLite está protegido por sus permisos de archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain role name (lower-case letters, digits, &apos;_&apos;).</source>
        <translation>«%1» no es un nombre de rol simple (minúsculas, dígitos, &apos;_&apos;).</translation>
    </message>
    <message>
        <source>There is no role &apos;%1&apos; on the server; create it first (CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;).</source>
        <translation>No existe el rol «%1» en el servidor; créelo primero (CREATE ROLE %1 LOGIN PASSWORD &apos;...&apos;).</translation>
    </message>
    <message>
        <source>The schema &apos;%1&apos; has a name this command does not quote.</source>
        <translation>El esquema «%1» tiene un nombre que este comando no entrecomilla.</translation>
    </message>
    <message>
        <source>Cannot grant privileges to %1: %2</source>
        <translation>No se pueden conceder privilegios a %1: %2</translation>
    </message>
</context>
<context>
    <name>QueueDepths</name>
    <message>
        <source>Cannot read the queues: %1</source>
        <translation>No se pueden leer las colas: %1</translation>
    </message>
</context>
<context>
    <name>RejectWriter</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>No se puede escribir el archivo de filas rechazadas %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Verifying the audit trail</source>
        <translation>Verificando el registro de auditoría</translation>
    </message>
    <message>
        <source>Writing the decision log</source>
        <translation>Escribiendo el registro de decisiones</translation>
    </message>
    <message>
        <source>Drawing the PDF</source>
        <translation>Dibujando el PDF</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 no se escribió: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>No se puede volver a leer %1: %2</translation>
    </message>
    <message>
        <source>The export could not be recorded, so %1 was removed: %2</source>
        <translation>No se pudo registrar la exportación, así que se eliminó %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportWriters</name>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>No se puede escribir el informe: %1</translation>
    </message>
</context>
<context>
    <name>ReviewEvents</name>
    <message>
        <source>Cannot read review %1: %2</source>
        <translation>No se puede leer la revisión %1: %2</translation>
    </message>
    <message>
        <source>There is no review %1.</source>
        <translation>No existe la revisión %1.</translation>
    </message>
    <message>
        <source>Cannot read the reviews of case %1: %2</source>
        <translation>No se pueden leer las revisiones del caso %1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewLogImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no column named %2 (the file has: %3)</source>
        <translation>%1: no hay ninguna columna llamada %2 (el archivo tiene: %3)</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>%1 was already imported on %2; use --force to import it again.</source>
        <translation>%1 ya se importó el %2; use --force para importarlo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot record the log: %1</source>
        <translation>No se puede registrar el registro de revisiones: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>Why a row was rejected: a required field has no value.</extracomment>
        <translation>vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (or does not exist in %2)</source>
        <translation>«%1» no es una fecha y hora ISO 8601 (o no existe en %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number from 0 to 1</source>
        <translation>«%1» no es un número de 0 a 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 100</source>
        <translation>«%1» no es un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Falló la lectura de %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows were rejected and --strict is set; nothing was stored.</source>
        <translation>%1: se rechazaron %2 de %3 filas y --strict está activado; no se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot order the reviews: %1</source>
        <translation>No se pueden ordenar las revisiones: %1</translation>
    </message>
    <message>
        <source>Cannot store the ordinals: %1</source>
        <translation>No se pueden guardar los ordinales: %1</translation>
    </message>
    <message>
        <source>%1: --group-bands names column &apos;%2&apos;, which --group-columns does not name</source>
        <translation>%1: --group-bands nombra la columna «%2», que --group-columns no nombra</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was stored.</source>
        <translation>%1: %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot store the review of %1: %2</source>
        <translation>No se puede guardar la revisión de %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>La importación se canceló; no se guardó nada.</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>Cannot store the reviews: %1</source>
        <translation>No se pueden guardar las revisiones: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPolicy</name>
    <message>
        <source>Cannot read or store the review policy: %1</source>
        <translation>No se puede leer ni guardar la política de revisión: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a queue name (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>&apos;%1&apos; no es un nombre de cola (minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;).</translation>
    </message>
    <message>
        <source>The adjudication queue always has one adjudicator per case.</source>
        <translation>La cola de arbitraje tiene siempre un árbitro por caso.</translation>
    </message>
    <message>
        <source>Reviews per case must be 1, 2 or 3; got %1.</source>
        <translation>Las revisiones por caso deben ser 1, 2 o 3; se recibió %1.</translation>
    </message>
    <message>
        <source>The second-review rate must be a number in [0, 1]; got %1.</source>
        <translation>La tasa de segunda revisión debe ser un número en [0, 1]; se recibió %1.</translation>
    </message>
    <message>
        <source>A second-review rate applies to a queue with one review per case; queue &apos;%1&apos; already has %2.</source>
        <translation>Una tasa de segunda revisión se aplica a colas con una revisión por caso; la cola &apos;%1&apos; ya tiene %2.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>The known-answer rate must be a number in [0, 1]; got %1.</source>
        <translation>La proporción de controles debe ser un número en [0, 1]; se recibió %1.</translation>
    </message>
    <message>
        <source>The catch rate must be a number in [0, 1]; got %1.</source>
        <translation>La proporción de trampas debe ser un número en [0, 1]; se recibió %1.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>The review could not be stored: %1</source>
        <translation>No se pudo guardar la revisión: %1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>You do not hold case %1: it was never claimed by you, is finished, or its lease expired and it went back to the queue.</source>
        <translation>No tiene el caso %1: nunca lo reservó usted, está terminado, o su reserva expiró y volvió a la cola.</translation>
    </message>
    <message>
        <source>Case %1 is missing from the database.</source>
        <translation>Falta el caso %1 en la base de datos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a queue name (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>«%1» no es un nombre de cola (minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;).</translation>
    </message>
    <message>
        <source>Your initial decision on case %1 is committed: finalize or escalate it before taking another case.</source>
        <translation>Su decisión inicial sobre el caso %1 está confirmada: finalícelo o escálelo antes de tomar otro caso.</translation>
    </message>
    <message>
        <source>The model&apos;s output for case %1 is missing.</source>
        <translation>Falta la salida del modelo para el caso %1.</translation>
    </message>
    <message>
        <source>Confidence must be between 0 and 100, not %1.</source>
        <translation>La confianza debe estar entre 0 y 100, no %1.</translation>
    </message>
    <message>
        <source>Your initial decision on case %1 is already committed (%2); it cannot change.</source>
        <translation>Su decisión inicial sobre el caso %1 ya está confirmada (%2); no puede cambiar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decision for case %2; choose one of: %3.</source>
        <translation>«%1» no es una decisión para el caso %2; elija una de: %3.</translation>
    </message>
    <message>
        <source>Commit your initial decision on case %1 before the final one.</source>
        <translation>Confirme su decisión inicial sobre el caso %1 antes de la final.</translation>
    </message>
    <message>
        <source>The model&apos;s answer for case %1 has not been shown to you yet; open the case again to see it before deciding.</source>
        <translation>Todavía no se le ha mostrado la respuesta del modelo para el caso %1; vuelva a abrir el caso para verla antes de decidir.</translation>
    </message>
    <message>
        <source>A rationale is required: your final decision &apos;%1&apos; differs from your initial decision &apos;%2&apos;. Nothing was stored.</source>
        <translation>Se requiere una justificación: su decisión final «%1» difiere de su decisión inicial «%2». No se guardó nada.</translation>
    </message>
    <message>
        <source>A rationale is required: your final decision &apos;%1&apos; differs from the model&apos;s &apos;%2&apos;. Nothing was stored.</source>
        <translation>Se requiere una justificación: su decisión final «%1» difiere de la del modelo, «%2». No se guardó nada.</translation>
    </message>
    <message>
        <source>Say why you give case %1 back: a reason is required.</source>
        <translation>Diga por qué devuelve el caso %1: se requiere un motivo.</translation>
    </message>
    <message>
        <source>Your initial decision on case %1 is committed, so it cannot be given back unreviewed; finalize or escalate it.</source>
        <translation>Su decisión inicial sobre el caso %1 está confirmada, así que no puede devolverse sin revisar; finalícelo o escálelo.</translation>
    </message>
    <message>
        <source>The audit queue holds the random sample of automated decisions; escalate to a named queue such as &apos;senior&apos;.</source>
        <translation>La cola de auditoría contiene la muestra aleatoria de decisiones automatizadas; escale a una cola con nombre como &apos;senior&apos;.</translation>
    </message>
    <message>
        <source>Add a note for the senior reviewer: escalating case %1 needs one.</source>
        <translation>Añada una nota para el revisor sénior: escalar el caso %1 la requiere.</translation>
    </message>
    <message>
        <source>Case %1 is already in the &apos;%2&apos; queue.</source>
        <translation>El caso %1 ya está en la cola «%2».</translation>
    </message>
    <message>
        <source>The case picked for you had all its reviewers already; ask for the next case again.</source>
        <translation>El caso elegido para usted ya tenía todos sus revisores; pida de nuevo el siguiente caso.</translation>
    </message>
    <message>
        <source>Case %1 is an adjudication: nothing is hidden from you, so there is no initial decision; decide it with finalize and a rationale.</source>
        <translation>El caso %1 es un arbitraje: no se le oculta nada, así que no hay decisión inicial; decídalo con finalize y una justificación.</translation>
    </message>
    <message>
        <source>An adjudication needs a rationale: say why &apos;%1&apos; decides case %2. Nothing was stored.</source>
        <translation>Un arbitraje necesita una justificación: diga por qué &apos;%1&apos; decide el caso %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>Cases reach the adjudication queue when their independent reviews disagree; escalate to a named queue such as &apos;senior&apos;.</source>
        <translation>Los casos llegan a la cola de arbitraje cuando sus revisiones independientes discrepan; escale a una cola con nombre como &apos;senior&apos;.</translation>
    </message>
    <message>
        <source>Case %1 is an adjudication: decide it, or release it for another adjudicator.</source>
        <translation>El caso %1 es un arbitraje: decídalo o devuélvalo para otro árbitro.</translation>
    </message>
    <message>
        <source>Some cases in this queue are checks whose correct answer is known, and some of the recommendations shown after your initial decision are deliberately wrong. Judge every case on its facts.</source>
        <translation>Algunos casos de esta cola son controles cuya respuesta correcta se conoce, y algunas de las recomendaciones que se muestran tras su decisión inicial son erróneas a propósito. Juzgue cada caso por sus hechos.</translation>
    </message>
    <message>
        <source>Appeal statement</source>
        <translation>Declaración de la apelación</translation>
    </message>
    <message>
        <source>An appeal&apos;s decision needs a rationale: say why &apos;%1&apos; decides case %2. Nothing was stored.</source>
        <translation>La decisión de una apelación necesita una justificación: diga por qué «%1» decide el caso %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>Cases reach the appeal queue when an appeal is filed against their decision; escalate to a named queue such as &apos;senior&apos;.</source>
        <translation>Los casos llegan a la cola de apelación cuando se apela su decisión; escale a una cola con nombre como «senior».</translation>
    </message>
    <message>
        <source>Case %1 is an appeal: it is decided by someone who never saw the case; decide it, or release it for another reviewer.</source>
        <translation>El caso %1 es una apelación: la decide alguien que nunca vio el caso; decídala o libérela para otro revisor.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>compliance officer</source>
        <translation>responsable de cumplimiento</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>integración</translation>
    </message>
</context>
<context>
    <name>RollupCheck</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has a row (%2) that no review fact gives</source>
        <translation>%1 tiene una fila (%2) que ningún hecho de revisión produce</translation>
    </message>
    <message>
        <source>%1 is %2, the review facts give %3</source>
        <translation>%1 es %2, los hechos de revisión dan %3</translation>
    </message>
    <message>
        <source>%1 row (%2) differs from the review facts: %3</source>
        <translation>la fila de %1 (%2) difiere de los hechos de revisión: %3</translation>
    </message>
    <message>
        <source>%1 has no row (%2), though %3 review facts fall under it</source>
        <translation>%1 no tiene fila (%2), aunque %3 hechos de revisión le corresponden</translation>
    </message>
    <message>
        <source>Cannot read the rollups: %1</source>
        <translation>No se pueden leer los agregados: %1</translation>
    </message>
</context>
<context>
    <name>RoutingPolicy</name>
    <message>
        <source>The threshold must be a number in (0, 1]; got %1.</source>
        <translation>El umbral debe ser un número en (0, 1]; se recibió %1.</translation>
    </message>
    <message>
        <source>The audit rate must be a number in [0, 1]; got %1.</source>
        <translation>La tasa de auditoría debe ser un número en [0, 1]; se recibió %1.</translation>
    </message>
    <message>
        <source>confidence %1 is below the threshold %2: mandatory review</source>
        <translation>la confianza %1 está por debajo del umbral %2: revisión obligatoria</translation>
    </message>
    <message>
        <source>confidence %1 is at or above the threshold %2; audit draw %3 is below the rate %4: sampled for audit</source>
        <translation>la confianza %1 está en el umbral %2 o por encima; el sorteo de auditoría %3 está por debajo de la tasa %4: seleccionado para auditoría</translation>
    </message>
    <message>
        <source>confidence %1 is at or above the threshold %2: automated</source>
        <translation>la confianza %1 está en el umbral %2 o por encima: automatizado</translation>
    </message>
    <message>
        <source>Cannot read the routing policy: %1</source>
        <translation>No se puede leer la política de enrutamiento: %1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>Cannot save the routing policy: %1</source>
        <translation>No se puede guardar la política de enrutamiento: %1</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>la fila tiene %1 campos, el encabezado tiene %2</translation>
    </message>
    <message>
        <source>field is longer than %1 KiB</source>
        <translation>el campo supera los %1 KiB</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <source>missing case id</source>
        <translation>falta el identificador del caso</translation>
    </message>
    <message>
        <source>missing model label</source>
        <translation>falta la etiqueta del modelo</translation>
    </message>
    <message>
        <source>confidence %1 is not a number</source>
        <translation>la confianza %1 no es un número</translation>
    </message>
    <message>
        <source>confidence %1 is outside [0, 1]</source>
        <translation>la confianza %1 está fuera de [0, 1]</translation>
    </message>
    <message>
        <source>probability %1 is not a number</source>
        <translation>la probabilidad %1 no es un número</translation>
    </message>
    <message>
        <source>probability %1 is outside [0, 1]</source>
        <translation>la probabilidad %1 está fuera de [0, 1]</translation>
    </message>
    <message>
        <source>probabilities sum to %1, not 1 (tolerance %2)</source>
        <translation>las probabilidades suman %1, no 1 (tolerancia %2)</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; has no probability column</source>
        <translation>la etiqueta «%1» no tiene columna de probabilidad</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; has probability %2, but the highest is %3: the label must be the most probable class</source>
        <translation>la etiqueta «%1» tiene probabilidad %2, pero la más alta es %3: la etiqueta debe ser la clase más probable</translation>
    </message>
</context>
<context>
    <name>ScratchDatabase</name>
    <message>
        <source>The scratch database failed: %1</source>
        <translation>La base de datos auxiliar ha fallado: %1</translation>
    </message>
    <message>
        <source>Scratch rows can only be copied into an SQLite database.</source>
        <translation>Las filas de la base de datos auxiliar solo se pueden copiar a una base de datos SQLite.</translation>
    </message>
</context>
<context>
    <name>ScriptSessions</name>
    <message>
        <source>The sessions could not be read or changed: %1</source>
        <translation>No se pudieron leer ni cambiar las sesiones: %1</translation>
    </message>
    <message>
        <source>by logout</source>
        <translation>al cerrar la sesión</translation>
    </message>
    <message>
        <source>when it expired</source>
        <translation>al caducar</translation>
    </message>
    <message>
        <source>because the password was changed</source>
        <translation>porque se cambió la contraseña</translation>
    </message>
    <message>
        <source>because the account was disabled</source>
        <translation>porque se desactivó la cuenta</translation>
    </message>
    <message>
        <source>because the account was locked after wrong passwords</source>
        <translation>porque la cuenta se bloqueó tras contraseñas incorrectas</translation>
    </message>
    <message>
        <source>when a new session was started</source>
        <translation>al iniciarse una sesión nueva</translation>
    </message>
    <message>
        <source>A session lasts between 1 and %1 hours, not %2.</source>
        <translation>Una sesión dura entre 1 y %1 horas, no %2.</translation>
    </message>
    <message>
        <source>Only a signed-in user can start a session.</source>
        <translation>Solo un usuario con sesión iniciada puede empezar una sesión.</translation>
    </message>
    <message>
        <source>The random number generator is not available.</source>
        <translation>El generador de números aleatorios no está disponible.</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>Sign in again with: oversight-cli login --as %1</source>
        <translation>Vuelva a iniciar sesión con: oversight-cli login --as %1</translation>
    </message>
    <message>
        <source>The saved session of &apos;%1&apos; is not a session of this database. %2</source>
        <translation>La sesión guardada de «%1» no es una sesión de esta base de datos. %2</translation>
    </message>
    <message>
        <source>The session of &apos;%1&apos; has ended %2. %3</source>
        <translation>La sesión de «%1» terminó %2. %3</translation>
    </message>
    <message>
        <source>The session of &apos;%1&apos; expired at %2 UTC. %3</source>
        <translation>La sesión de «%1» caducó a las %2 UTC. %3</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled or locked. %2</source>
        <translation>La cuenta «%1» está desactivada o bloqueada. %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>No se pueden leer los ajustes: %1</translation>
    </message>
    <message>
        <source>Cannot change the setting: %1</source>
        <translation>No se puede cambiar el ajuste: %1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>The organisation name has %1 characters; at most %2 fit a report&apos;s title page.</source>
        <translation>El nombre de la organización tiene %1 caracteres; en la portada de un informe caben como mucho %2.</translation>
    </message>
    <message>
        <source>The organisation name is one line of text, without line breaks or control characters.</source>
        <translation>El nombre de la organización es una sola línea de texto, sin saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>The analytics time zone stays %1: reviews are already counted in its days and hours.</source>
        <translation>La zona horaria de análisis sigue siendo %1: las revisiones ya se cuentan según sus días y horas.</translation>
    </message>
</context>
<context>
    <name>StagedBatches</name>
    <message>
        <source>Cannot remove an abandoned import: %1</source>
        <translation>No se puede eliminar una importación abandonada: %1</translation>
    </message>
    <message>
        <source>Cannot read the imports in progress: %1</source>
        <translation>No se pueden leer las importaciones en curso: %1</translation>
    </message>
    <message>
        <source>Cannot record the import&apos;s progress: %1</source>
        <translation>No se puede registrar el progreso de la importación: %1</translation>
    </message>
    <message>
        <source>Another client removed this import&apos;s rows as abandoned (it wrote nothing for %1 minutes); nothing was stored.</source>
        <translation>Otro cliente eliminó las filas de esta importación por abandonada (no escribió nada durante %1 minutos); no se almacenó nada.</translation>
    </message>
    <message>
        <source>(What it stored stays invisible to everyone and is removed by the next import: %1)</source>
        <translation>(Lo que almacenó sigue invisible para todos y se elimina con la próxima importación: %1)</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user database could not be changed: %1</source>
        <translation>No se pudo modificar la base de datos de usuarios: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid login: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>«%1» no es un nombre de usuario válido: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; o &apos;@&apos;.</translation>
    </message>
    <message>
        <source>A user needs at least one role: %1.</source>
        <translation>Un usuario necesita al menos un rol: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; the roles are %2.</source>
        <translation>«%1» no es un rol; los roles son %2.</translation>
    </message>
    <message>
        <source>There is already a user &apos;%1&apos;.</source>
        <translation>Ya existe un usuario «%1».</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>La base de datos está ocupada: %1</translation>
    </message>
    <message>
        <source>This database already has users; the first administrator exists.</source>
        <translation>Esta base de datos ya tiene usuarios; el primer administrador existe.</translation>
    </message>
    <message>
        <source>Wrong login or password for &apos;%1&apos;.</source>
        <translation>Usuario o contraseña incorrectos para «%1».</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is locked after repeated wrong passwords until %2 UTC.</source>
        <translation>La cuenta «%1» está bloqueada tras repetidas contraseñas incorrectas hasta las %2 UTC.</translation>
    </message>
    <message>
        <source>The new user was stored but cannot be read back.</source>
        <translation>El nuevo usuario se guardó, pero no se puede volver a leer.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>No existe el usuario «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already enabled.</source>
        <translation>«%1» ya está habilitado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already disabled.</source>
        <translation>«%1» ya está deshabilitado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last active administrator and cannot be disabled.</source>
        <translation>«%1» es el último administrador activo y no puede deshabilitarse.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Cannot open a second connection to check the rollups: %1</source>
        <translation>No se puede abrir una segunda conexión para comprobar los agregados: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oversight desktop application</source>
        <translation>Aplicación de escritorio de Oversight</translation>
    </message>
    <message>
        <source>Database to open: a file, or a team server as postgresql://user@host:port/dbname.</source>
        <translation>Base de datos que abrir: un archivo, o un servidor de equipo como postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>oversight::AboutDialog</name>
    <message>
        <source>About Oversight</source>
        <translation>Acerca de Oversight</translation>
    </message>
    <message>
        <source>Oversight icon</source>
        <translation>Icono de Oversight</translation>
    </message>
    <message>
        <source>Oversight %1</source>
        <translation>Oversight %1</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Publicado el %1</translation>
    </message>
    <message>
        <source>Keeps human oversight of AI decisions honest: reviewers judge each case before they see the model&apos;s answer, and compliance officers see whether the oversight is real.</source>
        <translation>Mantiene honesta la supervisión humana de las decisiones de IA: los revisores juzgan cada caso antes de ver la respuesta del modelo, y los responsables de cumplimiento ven si la supervisión es real.</translation>
    </message>
    <message>
        <source>Copyright 2026 Oversight developers. Oversight is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Copyright 2026 desarrolladores de Oversight. Oversight es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece SIN NINGUNA GARANTÍA.</translation>
    </message>
    <message>
        <source>Built on Qt %1, SQLite %2, libsodium %3 and Boost.</source>
        <extracomment>The versions of the libraries the program runs with.</extracomment>
        <translation>Construido sobre Qt %1, SQLite %2, libsodium %3 y Boost.</translation>
    </message>
    <message>
        <source>&amp;Licence...</source>
        <translation>&amp;Licencia...</translation>
    </message>
    <message>
        <source>Shows the full text of the GNU GPL version 3</source>
        <translation>Muestra el texto completo de la GNU GPL versión 3</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>The licence text is missing.</source>
        <translation>Falta el texto de la licencia.</translation>
    </message>
</context>
<context>
    <name>oversight::AddUserDialog</name>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Revisor</translation>
    </message>
    <message>
        <source>&amp;Compliance officer</source>
        <translation>Responsable de &amp;cumplimiento</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrador</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epetir:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas son distintas.</translation>
    </message>
    <message>
        <source>What the person types to sign in: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Lo que la persona escribe para iniciar sesión: letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The person&apos;s name as reports and lists show it (optional).</source>
        <translation>El nombre de la persona tal como lo muestran los informes y las listas (opcional).</translation>
    </message>
    <message>
        <source>Reviews cases blind, then sees the model&apos;s recommendation.</source>
        <translation>Revisa casos a ciegas y después ve la recomendación del modelo.</translation>
    </message>
    <message>
        <source>Reads the oversight dashboard, reports and the audit trail.</source>
        <translation>Consulta el panel de supervisión, los informes y el registro de auditoría.</translation>
    </message>
    <message>
        <source>Manages accounts, imports and the shared settings.</source>
        <translation>Gestiona cuentas, importaciones y la configuración compartida.</translation>
    </message>
    <message>
        <source>&amp;Integration</source>
        <translation>&amp;Integración</translation>
    </message>
    <message>
        <source>An account for a system that takes the decisions: it may export decisions and nothing else.</source>
        <translation>Una cuenta para un sistema que recibe las decisiones: puede exportar decisiones y nada más.</translation>
    </message>
</context>
<context>
    <name>oversight::AdjudicationPage</name>
    <message>
        <source>Re&amp;lease...</source>
        <translation>&amp;Devolver...</translation>
    </message>
    <message>
        <source>The independent reviews</source>
        <translation>Las revisiones independientes</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>El modelo</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>Decision (press its number):</source>
        <translation>Decisión (pulse su número):</translation>
    </message>
    <message>
        <source>Why this decision</source>
        <translation>Por qué esta decisión</translation>
    </message>
    <message>
        <source>Required: why this decision settles the case. It is kept with the decision and shown in the case&apos;s record.</source>
        <translation>Obligatorio: por qué esta decisión resuelve el caso. Se guarda con la decisión y se muestra en el expediente del caso.</translation>
    </message>
    <message>
        <source>Gives the adjudication back to its queue for another adjudicator, with a reason.</source>
        <translation>Devuelve el arbitraje a su cola para otro árbitro, con un motivo.</translation>
    </message>
    <message>
        <source>The facts of the case, exactly as imported.</source>
        <translation>Los hechos del caso, tal como se importaron.</translation>
    </message>
    <message>
        <source>Store the decision for the case and open the next (Ctrl+Return)</source>
        <translation>Guardar la decisión del caso y abrir el siguiente (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Give the adjudication back for someone else, with a reason (%1)</source>
        <translation>Devolver el arbitraje para otra persona, con un motivo (%1)</translation>
    </message>
    <message>
        <source>The adjudication queue has no more cases for you.</source>
        <translation>La cola de arbitraje no tiene más casos para usted.</translation>
    </message>
    <message>
        <source>Adjudication of case %1</source>
        <translation>Arbitraje del caso %1</translation>
    </message>
    <message>
        <source>Initially: %1 (confidence %2 %)</source>
        <translation>Inicialmente: %1 (confianza %2 %)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Finally: %1</source>
        <translation>Finalmente: %1</translation>
    </message>
    <message>
        <source>Recommends %1 (confidence %2)</source>
        <translation>Recomienda %1 (confianza %2)</translation>
    </message>
    <message>
        <source>Release Adjudication</source>
        <translation>Devolver arbitraje</translation>
    </message>
    <message>
        <source>Why do you give the adjudication of case %1 back?</source>
        <translation>¿Por qué devuelve el arbitraje del caso %1?</translation>
    </message>
    <message>
        <source>The adjudication went back to its queue.</source>
        <translation>El arbitraje volvió a su cola.</translation>
    </message>
    <message>
        <source>1 ... 9</source>
        <extracomment>The number keys that choose a decision.</extracomment>
        <translation>1 ... 9</translation>
    </message>
    <message>
        <source>Choose the decision with that number</source>
        <translation>Elegir la decisión con ese número</translation>
    </message>
    <message>
        <source>Write why</source>
        <translation>Escribir el motivo</translation>
    </message>
    <message>
        <source>Decide and open the next adjudication</source>
        <translation>Decidir y abrir el siguiente arbitraje</translation>
    </message>
    <message>
        <source>Release the adjudication</source>
        <translation>Devolver el arbitraje</translation>
    </message>
    <message>
        <source>Decide and &amp;next</source>
        <translation>Decidir y si&amp;guiente</translation>
    </message>
    <message>
        <source>Wh&amp;y (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
</context>
<context>
    <name>oversight::AgreementPage</name>
    <message>
        <source>n/a</source>
        <extracomment>A kappa that cannot be computed (too few cases, or no variation).</extracomment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (n %3)</source>
        <extracomment>Cohen&apos;s kappa before -&gt; after the reveal, and the cases both reviewed.</extracomment>
        <translation>%1 -&gt; %2 (n %3)</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <source>Agrees blind</source>
        <translation>Coincide a ciegas</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Arbitrados</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Confirmados</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Agreement of reviewer pairs</source>
        <translation>Acuerdo de las parejas de revisores</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of each pair of reviewers on the cases both reviewed, blind and after the reveal, with the number of such cases.</source>
        <translation>Kappa de Cohen de cada pareja de revisores en los casos que ambos revisaron, a ciegas y tras la revelación, con el número de esos casos.</translation>
    </message>
    <message>
        <source>Agreement by reviewer</source>
        <translation>Acuerdo por revisor</translation>
    </message>
    <message>
        <source>How often each reviewer&apos;s blind decision equals another reviewer&apos;s, how adjudication settled their cases, and their accuracy where the outcome is known.</source>
        <translation>Con qué frecuencia la decisión a ciegas de cada revisor coincide con la de otro, cómo el arbitraje resolvió sus casos y su exactitud donde se conoce el resultado.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Pairs of reviewers: Cohen&apos;s kappa blind -&gt; after the reveal (from 20 shared cases)</source>
        <translation>Pare&amp;jas de revisores: kappa de Cohen a ciegas -&gt; tras la revelación (desde 20 casos compartidos)</translation>
    </message>
    <message>
        <source>&amp;Each reviewer</source>
        <translation>Cada revis&amp;or</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>Avisos de acu&amp;erdo</translation>
    </message>
    <message>
        <source>Agreement warnings</source>
        <translation>Avisos de acuerdo</translation>
    </message>
    <message>
        <source>Low agreement between independent reviewers, and reviewers who agree only after seeing the model, each with the numbers behind it.</source>
        <translation>Poco acuerdo entre revisores independientes, y revisores que solo coinciden tras ver el modelo, cada uno con sus cifras.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model whose cases the agreement is measured on.</source>
        <translation>El modelo en cuyos casos se mide el acuerdo.</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Analizando...</translation>
    </message>
    <message>
        <source>No case has been reviewed independently by more than one reviewer yet. Set a queue&apos;s reviews per case (oversight-cli policy set --queue review --reviews-per-case 2) to measure agreement.</source>
        <translation>Aún no hay casos revisados de forma independiente por más de un revisor. Fije las revisiones por caso de una cola (oversight-cli policy set --queue review --reviews-per-case 2) para medir el acuerdo.</translation>
    </message>
    <message>
        <source>%1 cases with every independent review final. All reviewers agree on %2 blind and %3 after the reveal; Fleiss&apos; kappa %4 blind, %5 after. Adjudication: %6 pending, %7 resolved, %8 of them as the model recommended.</source>
        <translation>%1 casos con todas sus revisiones independientes finales. Todos los revisores coinciden en %2 a ciegas y en %3 tras la revelación; kappa de Fleiss %4 a ciegas, %5 después. Arbitraje: %6 pendientes, %7 resueltos, %8 de ellos como recomendó el modelo.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
</context>
<context>
    <name>oversight::AppealsPage</name>
    <message>
        <source>n/a</source>
        <extracomment>A rate without any appeal to compute it from.</extracomment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 % (%2-%3 %)</source>
        <translation>%1 % (%2-%3 %)</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>el modelo</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Save D&amp;ossier...</source>
        <translation>&amp;Guardar expediente...</translation>
    </message>
    <message>
        <source>Pseudo&amp;nymise</source>
        <translation>Seudonimi&amp;zar</translation>
    </message>
    <message>
        <source>File an appeal</source>
        <translation>Presentar una apelación</translation>
    </message>
    <message>
        <source>The external id of the decided case that is contested.</source>
        <translation>El id externo del caso decidido que se impugna.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>What the person who contests the decision says; the appeal&apos;s reviewer sees it with the case. Required.</source>
        <translation>Lo que dice la persona que impugna la decisión; quien revisa la apelación lo ve con el caso. Obligatorio.</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Who asked for the appeal (optional).</source>
        <translation>Quién pidió la apelación (opcional).</translation>
    </message>
    <message>
        <source>&amp;Second appeal of the same case</source>
        <translation>Segunda apelación del &amp;mismo caso</translation>
    </message>
    <message>
        <source>A case is appealed once; tick this to file another after the first was decided.</source>
        <translation>Un caso se apela una vez; marque esto para presentar otra después de decidida la primera.</translation>
    </message>
    <message>
        <source>Send the case to the appeal queue, where a reviewer who never saw it decides it again, blind.</source>
        <translation>Enviar el caso a la cola de apelación, donde un revisor que nunca lo vio lo decide de nuevo, a ciegas.</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Caso (id e&amp;xterno):</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>&amp;Declaración:</translation>
    </message>
    <message>
        <source>Requested b&amp;y:</source>
        <translation>Solici&amp;tada por:</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Apelaciones</translation>
    </message>
    <message>
        <source>Every appeal, newest first; overdue ones are marked.</source>
        <translation>Todas las apelaciones, las más recientes primero; las vencidas están marcadas.</translation>
    </message>
    <message>
        <source>Reversed on appeal, by who took the decision:</source>
        <translation>Revocadas en apelación, según quién decidió:</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Appeals decided</source>
        <translation>Apelaciones decididas</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revocadas</translation>
    </message>
    <message>
        <source>Reversals by decider</source>
        <translation>Revocaciones por decisor</translation>
    </message>
    <message>
        <source>How often the decisions of the model and of each reviewer were reversed on appeal, with a 95 % interval.</source>
        <translation>Con qué frecuencia se revocaron en apelación las decisiones del modelo y de cada revisor, con un intervalo del 95 %.</translation>
    </message>
    <message>
        <source>Name the people involved Person 1, Person 2 ... in the dossier: a copy for the person the decision is about.</source>
        <translation>Llamar Persona 1, Persona 2 … a las personas implicadas en el expediente: una copia para la persona a quien afecta la decisión.</translation>
    </message>
    <message>
        <source>Save the whole history of the selected appeal&apos;s case as PDF.</source>
        <translation>Guardar como PDF la historia completa del caso de la apelación seleccionada.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 appeals filed, %2 pending (%3 overdue), %4 decided: %5 reversed. Median time to decide: %6.</source>
        <translation>%1 apelaciones presentadas, %2 pendientes (%3 vencidas), %4 decididas: %5 revocadas. Mediana del tiempo hasta decidir: %6.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Appeal filed against %1&apos;s decision %2 on case %3; it is due by %4.</source>
        <translation>Apelación presentada contra la decisión %2 de %1 en el caso %3; vence el %4.</translation>
    </message>
    <message>
        <source>Select an appeal first.</source>
        <translation>Seleccione primero una apelación.</translation>
    </message>
    <message>
        <source>Save Case Dossier</source>
        <translation>Guardar expediente del caso</translation>
    </message>
    <message>
        <source>dossier-%1.pdf</source>
        <translation>expediente-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the dossier of case %1 to %2.</source>
        <translation>Se guardó el expediente del caso %1 en %2.</translation>
    </message>
    <message>
        <source>Fil&amp;e Appeal</source>
        <translation>Presentar ape&amp;lación</translation>
    </message>
</context>
<context>
    <name>oversight::AuditTrailPanel</name>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verificar ahora</translation>
    </message>
    <message>
        <source>Recompute every hash of the audit trail and check the stored reviews and imports against it</source>
        <translation>Recalcular todos los hashes del registro de auditoría y comprobar con él las revisiones e importaciones guardadas</translation>
    </message>
    <message>
        <source>Audit trail: event #%1, hash %2…</source>
        <translation>Registro de auditoría: evento n.º %1, hash %2…</translation>
    </message>
    <message>
        <source>Full hash of event #%1: %2</source>
        <translation>Hash completo del evento n.º %1: %2</translation>
    </message>
    <message>
        <source>Never verified.</source>
        <translation>Nunca verificado.</translation>
    </message>
    <message>
        <source>Last verified %1 by %2: intact.</source>
        <translation>Última verificación %1 por %2: intacto.</translation>
    </message>
    <message>
        <source>Last verified %1 by %2: BROKEN at event #%3: %4</source>
        <translation>Última verificación %1 por %2: ROTO en el evento n.º %3: %4</translation>
    </message>
    <message>
        <source>Verifying the audit trail...</source>
        <translation>Verificando el registro de auditoría...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Verify Audit Trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit Trail Broken</source>
        <translation>Registro de auditoría roto</translation>
    </message>
    <message>
        <source>The audit trail does not verify at event #%1: %2</source>
        <translation>El registro de auditoría no se verifica en el evento n.º %1: %2</translation>
    </message>
    <message>
        <source>The stored data does not verify: %1</source>
        <translation>Los datos guardados no superan la verificación: %1</translation>
    </message>
</context>
<context>
    <name>oversight::BatchListModel</name>
    <message>
        <source>Batch %1
SHA-256 %2</source>
        <translation>Importación %1
SHA-256 %2</translation>
    </message>
    <message>
        <source>threshold %1, audit %2 %</source>
        <translation>umbral %1, auditoría %2 %</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Audit sample</source>
        <translation>Muestra de auditoría</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatizadas</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>%1 (known answers)</source>
        <extracomment>A file of checks whose answers are known, not of decisions.</extracomment>
        <translation>%1 (respuestas conocidas)</translation>
    </message>
    <message>
        <source>served at each queue&apos;s known-answer rate</source>
        <translation>servido según la proporción de controles de cada cola</translation>
    </message>
</context>
<context>
    <name>oversight::ConnectDialog</name>
    <message>
        <source>Connect to a Team Server</source>
        <translation>Conectar con un servidor de equipo</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, o una carpeta de sockets como /run/postgresql</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or $PGPASSWORD</source>
        <translation>vacío: de ~/.pgpass o $PGPASSWORD</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name; prefer uses TLS when the server offers it.</source>
        <translation>verify-full comprueba el certificado y el nombre del servidor; prefer usa TLS cuando el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>A review team shares one PostgreSQL database. Ask your administrator for these details.</source>
        <translation>Un equipo de revisión comparte una base de datos PostgreSQL. Pida estos datos a su administrador.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Introduzca el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL&apos;s usual one is 5432.</source>
        <translation>El puerto del servidor; el habitual de PostgreSQL es 5432.</translation>
    </message>
    <message>
        <source>The name of the team&apos;s database on the server.</source>
        <translation>El nombre de la base de datos del equipo en el servidor.</translation>
    </message>
    <message>
        <source>Your PostgreSQL user on the server (not your Oversight login, which you give next).</source>
        <translation>Su usuario de PostgreSQL en el servidor (no su usuario de Oversight, que indicará después).</translation>
    </message>
</context>
<context>
    <name>oversight::DashboardPage</name>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Limit the analysis to a range of days; off: all time</source>
        <translation>Limitar el análisis a un intervalo de días; desactivado: todo el tiempo</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last day of the analysed period.</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Filtro de cola</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation>Filtro de modelo</translation>
    </message>
    <message>
        <source>Reviewer filter</source>
        <translation>Filtro de revisor</translation>
    </message>
    <message>
        <source>Write an audit report of the chosen days and filters as PDF, CSV or JSON</source>
        <translation>Escribir un informe de auditoría de los días y filtros elegidos como PDF, CSV o JSON</translation>
    </message>
    <message>
        <source>&amp;Warnings (activate one to see the reviews behind it)</source>
        <translation>Adver&amp;tencias (active una para ver las revisiones que hay detrás)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>&amp;Back to the dashboard</source>
        <translation>&amp;Volver al panel</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Todos los revisores</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Analizando...</translation>
    </message>
    <message>
        <source>Finalized reviews</source>
        <translation>Revisiones finalizadas</translation>
    </message>
    <message>
        <source>in this filter</source>
        <translation>en este filtro</translation>
    </message>
    <message>
        <source>Override rate</source>
        <extracomment>The share of reviews whose final decision differs from the model&apos;s.</extracomment>
        <translation>Tasa de anulación</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2</source>
        <translation>intervalo del 95 %: %1 a %2</translation>
    </message>
    <message>
        <source>Deference after the reveal</source>
        <extracomment>Share of disagreements where the reviewer switched to the model&apos;s answer after seeing it.</extracomment>
        <translation>Deferencia tras la revelación</translation>
    </message>
    <message>
        <source>of %1 disagreements switched to the model</source>
        <translation>de %1 desacuerdos cambiaron al modelo</translation>
    </message>
    <message>
        <source>High- vs low-volume days</source>
        <translation>Días de volumen alto frente a bajo</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <extracomment>Two override rates compared: on busy days vs on quiet days.</extracomment>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>override rate; %1 and %2 reviews</source>
        <translation>tasa de anulación; %1 y %2 revisiones</translation>
    </message>
    <message>
        <source>none fired</source>
        <translation>ninguna activada</translation>
    </message>
    <message>
        <source>see below</source>
        <translation>ver abajo</translation>
    </message>
    <message>
        <source>Activate to see the reviews behind this warning</source>
        <translation>Active para ver las revisiones que hay detrás de esta advertencia</translation>
    </message>
    <message>
        <source>No warning: none of the passive-oversight signals is present, or there are too few reviews to tell (each warning states the number of reviews it needs).</source>
        <translation>Ninguna advertencia: no hay ninguna de las señales de supervisión pasiva, o hay demasiado pocas revisiones para saberlo (cada advertencia indica el número de revisiones que necesita).</translation>
    </message>
    <message>
        <source>No finalized reviews match this filter. Widen the dates or choose another queue, model or reviewer; reviews appear here as soon as they are finalized or imported with import-reviews.</source>
        <translation>Ninguna revisión finalizada coincide con este filtro. Amplíe las fechas o elija otra cola, modelo o revisor; las revisiones aparecen aquí en cuanto se finalizan o se importan con import-reviews.</translation>
    </message>
    <message>
        <source>Only %1 reviews: the rates below swing widely and no warning can fire yet. Read the intervals, not the bars.</source>
        <translation>Solo %1 revisiones: las tasas de abajo oscilan mucho y todavía no puede activarse ninguna advertencia. Lea los intervalos, no las barras.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 reviews overridden (%4, 95 % interval %5 to %6). Click for the reviews.</source>
        <translation>%1: %2 de %3 revisiones anuladas (%4, intervalo del 95 %: %5 a %6). Haga clic para ver las revisiones.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 reviews overridden (%5)</source>
        <translation>%1 %2: %3 de %4 revisiones anuladas (%5)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Since a break</source>
        <extracomment>Position of a review since the reviewer&apos;s last break (gap over 15 minutes).</extracomment>
        <translation>Desde una pausa</translation>
    </message>
    <message>
        <source>Override rate by reviewer</source>
        <translation>Tasa de anulación por revisor</translation>
    </message>
    <message>
        <source>Override rate by hour of day</source>
        <translation>Tasa de anulación por hora del día</translation>
    </message>
    <message>
        <source>Override rate by position since the last break</source>
        <translation>Tasa de anulación según la posición desde la última pausa</translation>
    </message>
    <message>
        <source>Daily override rate</source>
        <translation>Tasa de anulación diaria</translation>
    </message>
    <message>
        <source>All reviews in the filter</source>
        <translation>Todas las revisiones del filtro</translation>
    </message>
    <message>
        <source>Reviews by %1</source>
        <translation>Revisiones de %1</translation>
    </message>
    <message>
        <source>%1 shown, newest first</source>
        <translation>%1 mostradas, las más recientes primero</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 reviews to %2</source>
        <translation>Se exportaron %1 revisiones a %2</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>A report covers a period: tick Dates and choose the first and last day, then export again.</source>
        <translation>Un informe abarca un período: marque Fechas, elija el primer y el último día y vuelva a exportar.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV decision log (*.csv)</source>
        <translation>Registro de decisiones CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Informe JSON (*.json)</translation>
    </message>
    <message>
        <source>Preparing the report...</source>
        <translation>Preparando el informe...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
    <message>
        <source>Export Reviews</source>
        <translation>Exportar revisiones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>Show as &amp;tables</source>
        <translation>Mostrar como ta&amp;blas</translation>
    </message>
    <message>
        <source>The first calendar day analysed.</source>
        <translation>El primer día natural analizado.</translation>
    </message>
    <message>
        <source>The last calendar day analysed.</source>
        <translation>El último día natural analizado.</translation>
    </message>
    <message>
        <source>Qu&amp;eue:</source>
        <translation>Co&amp;la:</translation>
    </message>
    <message>
        <source>Analyse the reviews of one queue, or of all.</source>
        <translation>Analizar las revisiones de una cola o de todas.</translation>
    </message>
    <message>
        <source>Analyse the reviews of one model version, or of all.</source>
        <translation>Analizar las revisiones de una versión del modelo o de todas.</translation>
    </message>
    <message>
        <source>Analyse one reviewer&apos;s reviews, or the whole team&apos;s.</source>
        <translation>Analizar las revisiones de un revisor o de todo el equipo.</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>Por revisor</translation>
    </message>
    <message>
        <source>Override rate by reviewer: activate a row for the reviews</source>
        <translation>Tasa de anulación por revisor: active una fila para ver las revisiones</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>One table per chart; the arrow keys change the table.</source>
        <translation>Una tabla por gráfico; las flechas cambian de tabla.</translation>
    </message>
    <message>
        <source>One row per bar or point of the chart: reviews, overrides, override rate and its 95 % interval.</source>
        <translation>Una fila por barra o punto del gráfico: revisiones, anulaciones, tasa de anulación y su intervalo del 95 %.</translation>
    </message>
    <message>
        <source>The charts&apos; figures as tables, one row per bar or point: for screen readers and for reading exact numbers.</source>
        <translation>Las cifras de los gráficos como tablas, una fila por barra o punto: para lectores de pantalla y para leer valores exactos.</translation>
    </message>
    <message>
        <source>Signs of passive oversight in the analysed reviews, each with the numbers behind it. Return on a warning lists the reviews behind it.</source>
        <translation>Indicios de supervisión pasiva en las revisiones analizadas, cada uno con sus cifras. Intro sobre un aviso muestra las revisiones que hay detrás.</translation>
    </message>
    <message>
        <source>A chart. “Show as tables” gives its figures as a table.</source>
        <translation>Un gráfico. «Mostrar como tablas» da sus cifras en una tabla.</translation>
    </message>
    <message>
        <source>Rev&amp;iewer:</source>
        <translation>Revis&amp;or:</translation>
    </message>
    <message>
        <source>E&amp;xport Report...</source>
        <translation>Exportar i&amp;nforme...</translation>
    </message>
    <message>
        <source>Case D&amp;ossier...</source>
        <translation>Expedien&amp;te del caso...</translation>
    </message>
    <message>
        <source>Save the whole history of the selected review&apos;s case as PDF: what was shown, what the model said, who decided what, when and why.</source>
        <translation>Guardar como PDF la historia completa del caso de la revisión seleccionada: qué se mostró, qué dijo el modelo, quién decidió qué, cuándo y por qué.</translation>
    </message>
    <message>
        <source>Select a review first.</source>
        <translation>Seleccione primero una revisión.</translation>
    </message>
    <message>
        <source>Saved the dossier of case %1 to %2.</source>
        <translation>Se guardó el expediente del caso %1 en %2.</translation>
    </message>
    <message>
        <source>Save Case Dossier</source>
        <translation>Guardar expediente del caso</translation>
    </message>
    <message>
        <source>dossier-%1.pdf</source>
        <translation>expediente-%1.pdf</translation>
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
        <translation>Escalar caso</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Note for the senior reviewer</source>
        <translation>Nota para el revisor sénior</translation>
    </message>
    <message>
        <source>What should the senior reviewer look at?</source>
        <translation>¿Qué debería mirar el revisor sénior?</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalar</translation>
    </message>
    <message>
        <source>The case leaves your hands and waits in the chosen queue for a senior reviewer, who starts blind.</source>
        <translation>El caso sale de sus manos y espera en la cola elegida a un revisor sénior, que empieza a ciegas.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The queue the case waits in for a senior reviewer.</source>
        <translation>La cola en la que el caso espera a un revisor sénior.</translation>
    </message>
    <message>
        <source>Required: what the senior reviewer should look at. It goes into the audit trail. Tab moves on.</source>
        <translation>Obligatorio: qué debe mirar el revisor sénior. Queda en el registro de auditoría. Tab pasa al siguiente campo.</translation>
    </message>
</context>
<context>
    <name>oversight::ExportDecisionsDialog</name>
    <message>
        <source>Export Decisions</source>
        <translation>Exportar decisiones</translation>
    </message>
    <message>
        <source>Every change of a decision after a cursor, in the order it was made: automated decisions when their batch was imported, and finalized reviews. The system that acts on the decisions reads the file; the export is recorded in the audit trail.</source>
        <translation>Cada cambio de una decisión después de un cursor, en el orden en que se hizo: las decisiones automatizadas al importarse su lote y las revisiones finalizadas. El sistema que aplica las decisiones lee el archivo; la exportación queda registrada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&amp;Only what is new since the last export from this computer (cursor %1)</source>
        <translation>&amp;Solo lo nuevo desde la última exportación desde este equipo (cursor %1)</translation>
    </message>
    <message>
        <source>&amp;Only what is new since the last export (none from this computer yet)</source>
        <translation>&amp;Solo lo nuevo desde la última exportación (aún ninguna desde este equipo)</translation>
    </message>
    <message>
        <source>Records with a greater cursor are exported; 0 exports everything.</source>
        <translation>Se exportan los registros con un cursor mayor; 0 exporta todo.</translation>
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
        <translation>El archivo que escribir; se escribe entero o no se escribe.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;Since cursor:</source>
        <translation>&amp;Desde el cursor:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Archivos JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que escribir.</translation>
    </message>
    <message>
        <source>Exporting decisions...</source>
        <translation>Exportando decisiones...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting decisions: %L1 so far...</source>
        <translation>Exportando decisiones: %L1 hasta ahora...</translation>
    </message>
</context>
<context>
    <name>oversight::FactsView</name>
    <message>
        <source>Case facts</source>
        <translation>Hechos del caso</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>oversight::FairnessPage</name>
    <message>
        <source>Show as &amp;tables</source>
        <translation>Mostrar como &amp;tablas</translation>
    </message>
    <message>
        <source>Rates by group</source>
        <translation>Tasas por grupo</translation>
    </message>
    <message>
        <source>One row per group and decider: cases, the rate and its 95 % interval.</source>
        <translation>Una fila por grupo y decisor: casos, la tasa y su intervalo del 95 %.</translation>
    </message>
    <message>
        <source>Disparities</source>
        <translation>Disparidades</translation>
    </message>
    <message>
        <source>Each group against the reference group: ratio, difference and its 95 % interval, and whether it is flagged.</source>
        <translation>Cada grupo frente al grupo de referencia: razón, diferencia y su intervalo del 95 %, y si está señalada.</translation>
    </message>
    <message>
        <source>Attr&amp;ibute:</source>
        <translation>A&amp;tributo:</translation>
    </message>
    <message>
        <source>The protected attribute whose groups are compared.</source>
        <translation>El atributo protegido cuyos grupos se comparan.</translation>
    </message>
    <message>
        <source>a&amp;nd:</source>
        <extracomment>A second attribute, for the intersection of two (e.g. sex and age band).</extracomment>
        <translation>&amp;y:</translation>
    </message>
    <message>
        <source>A second attribute: compare the groups of both at once (their intersection).</source>
        <translation>Un segundo atributo: compara a la vez los grupos de ambos (su intersección).</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>M&amp;étrica:</translation>
    </message>
    <message>
        <source>The rate compared across groups.</source>
        <translation>La tasa que se compara entre grupos.</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <source>The decisions and reviews of one model, or of all.</source>
        <translation>Las decisiones y revisiones de un modelo, o de todos.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Oversight effect</source>
        <translation>Efecto de la supervisión</translation>
    </message>
    <message>
        <source>A chart. “Show as tables” gives its figures as a table.</source>
        <translation>Un gráfico. «Mostrar como tablas» da sus cifras como tabla.</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Analizando...</translation>
    </message>
    <message>
        <source>Dis&amp;parities against the reference group</source>
        <translation>Dispari&amp;dades frente al grupo de referencia</translation>
    </message>
    <message>
        <source>Warnings by &amp;group</source>
        <translation>Avisos por &amp;grupo</translation>
    </message>
    <message>
        <source>Warnings by group</source>
        <translation>Avisos por grupo</translation>
    </message>
    <message>
        <source>Where review widens a gap between groups, and reviewers whose override rates differ by group more than chance explains.</source>
        <translation>Dónde la revisión amplía una brecha entre grupos, y revisores cuyas tasas de corrección difieren por grupo más de lo que explica el azar.</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table, one row per group and decider: for screen readers and for reading exact numbers.</source>
        <translation>Las cifras del gráfico como tabla, una fila por grupo y decisor: para lectores de pantalla y para leer cifras exactas.</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>No warning for this attribute: review widens no gap significantly, and no reviewer&apos;s override rate differs by group more than chance explains (each needs at least 20 reviews per group).</source>
        <translation>Ningún aviso para este atributo: la revisión no amplía ninguna brecha de forma significativa y la tasa de corrección de ningún revisor difiere por grupo más de lo que explica el azar (cada aviso necesita al menos 20 revisiones por grupo).</translation>
    </message>
    <message>
        <source>Fewer than %1 cases in %2: their rates swing widely and no disparity is flagged for them. Read the intervals, not the points.</source>
        <translation>Menos de %1 casos en %2: sus tasas oscilan mucho y no se señala ninguna disparidad para ellos. Lea los intervalos, no los puntos.</translation>
    </message>
    <message>
        <source>Accuracy counts only cases whose outcome is known.</source>
        <translation>La exactitud solo cuenta casos con resultado conocido.</translation>
    </message>
    <message>
        <source>Without a positive label only accuracy can be compared.</source>
        <translation>Sin etiqueta positiva solo puede compararse la exactitud.</translation>
    </message>
    <message>
        <source>(change %1 points, 95 % interval %2 to %3)</source>
        <translation>(cambio de %1 puntos, intervalo del 95 % de %2 a %3)</translation>
    </message>
    <message>
        <source>No reviewed cases in these groups yet: whether review narrows or widens a gap shows once there are.</source>
        <translation>Aún no hay casos revisados en estos grupos: si la revisión reduce o amplía una brecha se verá cuando los haya.</translation>
    </message>
    <message>
        <source>No figures by group yet. Name the protected attributes when importing decisions or a review log (oversight-cli import --group-columns), with the positive label (--positive-label), and they appear here.</source>
        <translation>Aún no hay cifras por grupo. Nombre los atributos protegidos al importar decisiones o un registro de revisiones (oversight-cli import --group-columns), con la etiqueta positiva (--positive-label), y aparecerán aquí.</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Reviews of the group</source>
        <translation>Revisiones del grupo</translation>
    </message>
    <message>
        <source>The group&apos;s finalized reviews, newest first.</source>
        <translation>Las revisiones finalizadas del grupo, las más recientes primero.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Only decisions imported, and reviews finalized, on these days. Unticked: every day.</source>
        <translation>Solo las decisiones importadas y las revisiones finalizadas en estos días. Sin marcar: todos los días.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Co&amp;la:</translation>
    </message>
    <message>
        <source>The reviews of one queue, or of all.</source>
        <translation>Las revisiones de una cola, o de todas.</translation>
    </message>
    <message>
        <source>Enter or double-click on a group&apos;s row lists its reviews.</source>
        <translation>Intro o doble clic en la fila de un grupo muestra sus revisiones.</translation>
    </message>
    <message>
        <source>&amp;Back to the figures</source>
        <translation>Volver a los &amp;números</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>Reviews of %1 = %2: %3 shown, newest first</source>
        <translation>Revisiones de %1 = %2: %3 mostradas, las más recientes primero</translation>
    </message>
</context>
<context>
    <name>oversight::HeadAlarmBanner</name>
    <message>
        <source>Acknowledge Res&amp;tore...</source>
        <translation>Confirmar res&amp;tauración...</translation>
    </message>
    <message>
        <source>Tamper alarm</source>
        <translation>Alarma de manipulación</translation>
    </message>
    <message>
        <source>Only when the database was restored from a backup: record that, and witness the trail as it is from now on.</source>
        <translation>Solo si la base de datos se restauró desde una copia de seguridad: registrarlo y atestiguar el registro tal como está a partir de ahora.</translation>
    </message>
    <message>
        <source>Tamper alarm: the audit trail no longer holds what this computer saw of it. Someone may have removed or rewritten its newest events. Tell your compliance officer; do not rely on this database&apos;s figures until it is explained.</source>
        <translation>Alarma de manipulación: el registro de auditoría ya no contiene lo que este equipo vio de él. Alguien puede haber eliminado o reescrito sus eventos más recientes. Avise a su responsable de cumplimiento; no confíe en las cifras de esta base de datos hasta que se aclare.</translation>
    </message>
</context>
<context>
    <name>oversight::ImportDialog</name>
    <message>
        <source>Import Decisions</source>
        <translation>Importar decisiones</translation>
    </message>
    <message>
        <source>A CSV or JSON Lines file of model decisions, one case per row.</source>
        <translation>Un archivo CSV o JSON Lines con decisiones del modelo, un caso por fila.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elegir el archivo que se importará.</translation>
    </message>
    <message>
        <source>The model&apos;s name, as reports and filters show it.</source>
        <translation>El nombre del modelo tal como lo muestran los informes y los filtros.</translation>
    </message>
    <message>
        <source>The model&apos;s version: analyses can compare versions.</source>
        <translation>La versión del modelo: los análisis pueden comparar versiones.</translation>
    </message>
    <message>
        <source>The column with each case&apos;s own id.</source>
        <translation>La columna con el identificador propio de cada caso.</translation>
    </message>
    <message>
        <source>The column with the decision the model made.</source>
        <translation>La columna con la decisión que tomó el modelo.</translation>
    </message>
    <message>
        <source>How sure the model was: one confidence column, or one probability column per decision named p_&lt;decision&gt;.</source>
        <translation>Cuán seguro estaba el modelo: una columna de confianza, o una columna de probabilidad por decisión llamada p_&lt;decisión&gt;.</translation>
    </message>
    <message>
        <source>The real outcome, where known: lets the dashboard measure accuracy.</source>
        <translation>El resultado real, cuando se conoce: permite al panel medir la exactitud.</translation>
    </message>
    <message>
        <source>Hidden from reviewers</source>
        <translation>Ocultas a los revisores</translation>
    </message>
    <message>
        <source>Columns reviewers must never see, such as scores that give the model&apos;s decision away.</source>
        <translation>Columnas que los revisores nunca deben ver, como puntuaciones que delatan la decisión del modelo.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>&amp;Decision column:</source>
        <translation>Columna de de&amp;cisión:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>Co&amp;nfianza:</translation>
    </message>
    <message>
        <source>Known &amp;outcome:</source>
        <translation>&amp;Resultado conocido:</translation>
    </message>
    <message>
        <source>&amp;Hidden from reviewers:</source>
        <translation>&amp;Ocultas a los revisores:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Decision files (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Archivos de decisiones (*.csv *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>One probability per decision (p_ columns)</source>
        <translation>Una probabilidad por decisión (columnas p_)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No column holds the known outcome.</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importando %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Imported %1 decisions: %2 to review, %3 automated (%4 of them sampled for audit).</source>
        <translation>Se importaron %1 decisiones: %2 para revisar, %3 automatizadas (%4 de ellas en la muestra de auditoría).</translation>
    </message>
    <message>
        <source>Rows rejected and not imported: %1</source>
        <translation>Filas rechazadas y no importadas: %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Case id co&amp;lumn:</source>
        <translation>Columna de i&amp;dentificador:</translation>
    </message>
    <message>
        <source>Columns that give answers away</source>
        <translation>Columnas que revelan respuestas</translation>
    </message>
    <message>
        <source>Some columns are strongly associated with the model&apos;s decision or the known outcome: reviewers may infer it from them. Hide them, or choose Import again to show them to reviewers.</source>
        <translation>Algunas columnas están muy asociadas con la decisión del modelo o el resultado conocido: los revisores podrían deducirlo de ellas. Ocúltelas o elija Importar de nuevo para mostrarlas a los revisores.</translation>
    </message>
    <message>
        <source>%1 gives the model&apos;s decision away (score %2).</source>
        <translation>%1 revela la decisión del modelo (puntuación %2).</translation>
    </message>
    <message>
        <source>%1 gives the known outcome away (score %2).</source>
        <translation>%1 revela el resultado conocido (puntuación %2).</translation>
    </message>
    <message>
        <source>%1 is strongly associated with the model&apos;s decision (score %2): reviewers may infer it.</source>
        <translation>%1 está muy asociada con la decisión del modelo (puntuación %2): los revisores podrían deducirla.</translation>
    </message>
    <message>
        <source>%1 is strongly associated with the known outcome (score %2): reviewers may infer it.</source>
        <translation>%1 está muy asociada con el resultado conocido (puntuación %2): los revisores podrían deducirlo.</translation>
    </message>
    <message>
        <source>Hide from reviewers</source>
        <translation>Ocultar a los revisores</translation>
    </message>
    <message>
        <source>Keep %1 in the database but never show it to reviewers.</source>
        <translation>Conservar %1 en la base de datos pero no mostrarla nunca a los revisores.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculta</translation>
    </message>
    <message>
        <source>%1 was not imported: the columns below give the model&apos;s decision or the known outcome away, so reviewers would see the answer before they judge. Hide them, then import again. Nothing was stored.</source>
        <translation>%1 no se importó: las columnas de abajo revelan la decisión del modelo o el resultado conocido, así que los revisores verían la respuesta antes de juzgar. Ocúltelas e importe de nuevo. No se guardó nada.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>&amp;Known-answer set: checks for reviewers, never decided</source>
        <translation>Con&amp;junto de respuestas conocidas: controles para revisores, nunca decididos</translation>
    </message>
    <message>
        <source>The file holds cases whose correct answer is the known outcome. They are served to reviewers as checks at each queue&apos;s known-answer rate and are never decided, exported or counted in the other figures.</source>
        <translation>El archivo contiene casos cuya respuesta correcta es el resultado conocido. Se sirven a los revisores como controles según la proporción de controles de cada cola y nunca se deciden, exportan ni cuentan en las otras cifras.</translation>
    </message>
</context>
<context>
    <name>oversight::KnownAnswersPage</name>
    <message>
        <source>n/a</source>
        <extracomment>A rate without any case to compute it from.</extracomment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 % (%2-%3 %)</source>
        <translation>%1 % (%2-%3 %)</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Catch trials</source>
        <translation>Pruebas trampa</translation>
    </message>
    <message>
        <source>Accuracy blind</source>
        <translation>Exactitud a ciegas</translation>
    </message>
    <message>
        <source>Accuracy final</source>
        <translation>Exactitud final</translation>
    </message>
    <message>
        <source>Catch deference</source>
        <translation>Deferencia en trampas</translation>
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
        <translation>Todos</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servidos</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizados</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>Known answers by reviewer</source>
        <translation>Respuestas conocidas por revisor</translation>
    </message>
    <message>
        <source>Each reviewer&apos;s checks: accuracy before and after the reveal, how often they took a deliberately wrong recommendation they had first answered correctly (catch deference), relative AI reliance and self-reliance, with 95 % intervals.</source>
        <translation>Los controles de cada revisor: exactitud antes y después de la revelación, cuántas veces tomó una recomendación errónea a propósito tras haber respondido bien (deferencia en trampas), confianza relativa en la IA y en sí mismo, con intervalos del 95 %.</translation>
    </message>
    <message>
        <source>Known-answer sets</source>
        <translation>Conjuntos de respuestas conocidas</translation>
    </message>
    <message>
        <source>Every known-answer set, how many cases it has and how often they were served.</source>
        <translation>Cada conjunto de respuestas conocidas, cuántos casos tiene y cuántas veces se sirvieron.</translation>
    </message>
    <message>
        <source>Re&amp;tire Set...</source>
        <translation>Re&amp;tirar conjunto...</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Each reviewer on the checks</source>
        <translation>Cada revisor en los contro&amp;les</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>Avisos de de&amp;ferencia</translation>
    </message>
    <message>
        <source>Known-answer warnings</source>
        <translation>Avisos de respuestas conocidas</translation>
    </message>
    <message>
        <source>Reviewers who take deliberately wrong recommendations, each with the numbers behind it.</source>
        <translation>Revisores que toman recomendaciones erróneas a propósito, cada uno con las cifras que lo respaldan.</translation>
    </message>
    <message>
        <source>Known-answer &amp;sets</source>
        <translation>Con&amp;juntos de respuestas conocidas</translation>
    </message>
    <message>
        <source>Retire set</source>
        <translation>Retirar conjunto</translation>
    </message>
    <message>
        <source>Stops serving the selected set&apos;s cases; its reviews and figures stay. Administrators only; a reason is recorded in the audit trail.</source>
        <translation>Deja de servir los casos del conjunto elegido; sus revisiones y cifras se quedan. Solo administradores; el motivo queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The model whose checks are measured.</source>
        <translation>El modelo cuyos controles se miden.</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>No known-answer sets yet: import one with oversight-cli import FILE --known-answers --truth-column COLUMN.</source>
        <translation>Aún no hay conjuntos de respuestas conocidas: importe uno con oversight-cli import ARCHIVO --known-answers --truth-column COLUMNA.</translation>
    </message>
    <message>
        <source>Select the set to retire first.</source>
        <translation>Elija primero el conjunto que quiere retirar.</translation>
    </message>
    <message>
        <source>Set %1 is retired: claims no longer serve its cases.</source>
        <translation>El conjunto %1 está retirado: ya no se sirven sus casos.</translation>
    </message>
    <message>
        <source>Retire Known-Answer Set</source>
        <translation>Retirar conjunto de respuestas conocidas</translation>
    </message>
    <message>
        <source>Why is the set retired? The reason goes into the audit trail.</source>
        <translation>¿Por qué se retira el conjunto? El motivo queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Analizando...</translation>
    </message>
    <message>
        <source>No known-answer check has been finalized yet. Import a set (import --known-answers) and set a queue&apos;s rate (policy set --queue review --known-answer-rate 0.05 --catch-rate 0.5).</source>
        <translation>Aún no se ha finalizado ningún control de respuesta conocida. Importe un conjunto (import --known-answers) y fije la proporción de una cola (policy set --queue review --known-answer-rate 0.05 --catch-rate 0.5).</translation>
    </message>
    <message>
        <source>%1 checks on %2 known-answer cases, %3 of them catch trials with a deliberately wrong recommendation. Accuracy %4 blind and %5 after the reveal; catch deference %6. None of these reviews counts as a decision or in any other figure.</source>
        <translation>%1 controles sobre %2 casos de respuesta conocida, %3 de ellos pruebas trampa con una recomendación errónea a propósito. Exactitud %4 a ciegas y %5 tras la revelación; deferencia en trampas %6. Ninguna de estas revisiones cuenta como decisión ni en ninguna otra cifra.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Cases of the set</source>
        <translation>Casos del conjunto</translation>
    </message>
    <message>
        <source>Each case of the set chosen above: its correct answer, how often it was served and finalized, and how often its reveal was planted.</source>
        <translation>Cada caso del conjunto elegido arriba: su respuesta correcta, cuántas veces se sirvió y se finalizó, y cuántas veces su revelación fue colocada.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <source>Planted</source>
        <translation>Colocadas</translation>
    </message>
</context>
<context>
    <name>oversight::LoginDialog</name>
    <message>
        <source>Sign in to Oversight</source>
        <translation>Iniciar sesión en Oversight</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in&lt;/b&gt; to %1</source>
        <translation>&lt;b&gt;Iniciar sesión&lt;/b&gt; en %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>The login your administrator gave you.</source>
        <translation>El usuario que le dio su administrador.</translation>
    </message>
    <message>
        <source>Your password. Accounts lock after repeated failures.</source>
        <translation>Su contraseña. Las cuentas se bloquean tras varios intentos fallidos.</translation>
    </message>
</context>
<context>
    <name>oversight::MainWindow</name>
    <message>
        <source>Oversight</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>&amp;Abrir base de datos...</translation>
    </message>
    <message>
        <source>Connect to &amp;Server...</source>
        <translation>Conectar con un ser&amp;vidor...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>¿&amp;Qué es esto?</translation>
    </message>
    <message>
        <source>&amp;About Oversight</source>
        <translation>Acerca &amp;de Oversight</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>Name of the main toolbar (shown in its context menu).</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>Queue depths</source>
        <translation>Tamaño de las colas</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>%1 - Oversight</source>
        <extracomment>Window title: the open database, then the application name.</extracomment>
        <translation>%1 - Oversight</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Window title part: database name on server host.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 - not signed in</source>
        <translation>%1 - sin sesión iniciada</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Queues</source>
        <translation>&amp;Colas</translation>
    </message>
    <message>
        <source>Import &amp;Batches</source>
        <translation>&amp;Importaciones</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>U&amp;suarios</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) - %3</source>
        <translation>Sesión iniciada como %1 (%2) - %3</translation>
    </message>
    <message>
        <source>Automated decisions (audit sample included): %1</source>
        <translation>Decisiones automatizadas (incluida la muestra de auditoría): %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Oversight databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de Oversight (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Open the page “%1”</source>
        <translation>Abrir la página «%1»</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Review page</source>
        <translation>Página de revisión</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language changes the next time Oversight starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie Oversight.</translation>
    </message>
    <message>
        <source>&amp;Import Decisions...</source>
        <translation>&amp;Importar decisiones...</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>Cases per queue: waiting, being reviewed and done.</source>
        <translation>Casos por cola: en espera, en revisión y terminados.</translation>
    </message>
    <message>
        <source>Every imported file: when, by whom, its rows and routing.</source>
        <translation>Cada archivo importado: cuándo, por quién, sus filas y su enrutamiento.</translation>
    </message>
    <message>
        <source>Your review queues and the case you are deciding.</source>
        <translation>Sus colas de revisión y el caso que está decidiendo.</translation>
    </message>
    <message>
        <source>How well oversight works: override rates, warnings, audit reports.</source>
        <translation>Qué tal funciona la supervisión: tasas de anulación, avisos, informes de auditoría.</translation>
    </message>
    <message>
        <source>How many cases wait in each queue.</source>
        <translation>Cuántos casos esperan en cada cola.</translation>
    </message>
    <message>
        <source>Every file imported so far.</source>
        <translation>Todos los archivos importados hasta ahora.</translation>
    </message>
    <message>
        <source>Accounts, their roles and sign-in state.</source>
        <translation>Cuentas, sus roles y su estado de acceso.</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <source>Ways to begin: a new database, a file, the demo.</source>
        <translation>Formas de empezar: una base de datos nueva, un archivo, la demostración.</translation>
    </message>
    <message>
        <source>Creating the demo database...</source>
        <translation>Creando la base de datos de demostración...</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>Import Decisions</source>
        <translation>Importar decisiones</translation>
    </message>
    <message>
        <source>S&amp;witch User...</source>
        <translation>Cambiar de &amp;usuario...</translation>
    </message>
    <message>
        <source>&amp;Export Decisions...</source>
        <translation>E&amp;xportar decisiones...</translation>
    </message>
    <message>
        <source>Export Decisions</source>
        <translation>Exportar decisiones</translation>
    </message>
    <message>
        <source>Nothing new to export: no decision changed after cursor %1.</source>
        <translation>Nada nuevo que exportar: ninguna decisión cambió después del cursor %1.</translation>
    </message>
    <message>
        <source>%L1 records written to %2.
The next export continues after cursor %3.</source>
        <translation>%L1 registros escritos en %2.
La próxima exportación continúa después del cursor %3.</translation>
    </message>
    <message>
        <source>F&amp;airness</source>
        <translation>E&amp;quidad</translation>
    </message>
    <message>
        <source>Rates by group for the model, the decisions and the reviewers, and whether review narrows or widens a gap.</source>
        <translation>Tasas por grupo del modelo, las decisiones y los revisores, y si la revisión reduce o amplía una brecha.</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Acuerd&amp;o</translation>
    </message>
    <message>
        <source>How far independent reviewers of the same cases agree, before and after seeing the model, and what adjudication settled.</source>
        <translation>Hasta qué punto coinciden revisores independientes de los mismos casos, antes y después de ver el modelo, y qué resolvió el arbitraje.</translation>
    </message>
    <message>
        <source>Adjudication page</source>
        <translation>Página de arbitraje</translation>
    </message>
    <message>
        <source>How reviewers fare on checks with known answers, and how often they take a deliberately wrong recommendation.</source>
        <translation>Cómo les va a los revisores en controles con respuesta conocida y cuántas veces toman una recomendación errónea a propósito.</translation>
    </message>
    <message>
        <source>Kno&amp;wn Answers</source>
        <translation>Respuestas co&amp;nocidas</translation>
    </message>
    <message>
        <source>Contested decisions: file an appeal, follow deadlines and outcomes, save a case&apos;s dossier.</source>
        <translation>Decisiones impugnadas: presentar una apelación, seguir plazos y resultados, guardar el expediente de un caso.</translation>
    </message>
    <message>
        <source>Appea&amp;ls</source>
        <translation>Ap&amp;elaciones</translation>
    </message>
    <message>
        <source>Acknowledge Restore</source>
        <translation>Confirmar restauración</translation>
    </message>
    <message>
        <source>Only when the database was legitimately replaced by a backup: which backup was restored, when, and by whom? This is recorded in the audit trail, and this computer then witnesses the trail as it is.</source>
        <translation>Solo si la base de datos se sustituyó legítimamente por una copia de seguridad: ¿qué copia se restauró, cuándo y quién lo hizo? Esto se registra en el registro de auditoría, y este equipo atestigua después el registro tal como está.</translation>
    </message>
    <message>
        <source>Restore acknowledged and recorded.</source>
        <translation>Restauración confirmada y registrada.</translation>
    </message>
</context>
<context>
    <name>oversight::NewDatabaseDialog</name>
    <message>
        <source>The database file to create.</source>
        <translation>El archivo de base de datos que se creará.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip.</source>
        <translation>La misma contraseña otra vez, para detectar errores de tecleo.</translation>
    </message>
    <message>
        <source>Create a New Database</source>
        <translation>Crear una base de datos nueva</translation>
    </message>
    <message>
        <source>An empty database in one file on this computer, with you as its first administrator. Administrators add the other accounts.</source>
        <translation>Una base de datos vacía en un archivo de este equipo, con usted como primer administrador. Los administradores añaden las demás cuentas.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Choose the folder and name of the new database file.</source>
        <translation>Elegir la carpeta y el nombre del nuevo archivo de base de datos.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>The login you will sign in with.</source>
        <translation>El usuario con el que iniciará sesión.</translation>
    </message>
    <message>
        <source>Your password: at least %1 characters.</source>
        <translation>Su contraseña: al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>&amp;Usuario del administrador:</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <source>A demo database with synthetic credit decisions and four weeks of a simulated review team&apos;s work. It has one account per role; choose their password and the role to try first. Switch User tries the others.</source>
        <translation>Una base de datos de demostración con decisiones de crédito sintéticas y cuatro semanas de trabajo de un equipo de revisión simulado. Tiene una cuenta por rol; elija su contraseña y el rol que probará primero. «Cambiar de usuario» prueba los demás.</translation>
    </message>
    <message>
        <source>The demo account to sign in with first.</source>
        <translation>La cuenta de demostración con la que iniciará sesión primero.</translation>
    </message>
    <message>
        <source>The password of all three demo accounts: at least %1 characters.</source>
        <translation>La contraseña de las tres cuentas de demostración: al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A role, then the login of its demo account.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation>&amp;Iniciar sesión como:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>Create the &amp;Demo</source>
        <translation>Crear la &amp;demostración</translation>
    </message>
    <message>
        <source>Oversight databases (*.db)</source>
        <translation>Bases de datos de Oversight (*.db)</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation>Elija dónde irá el archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File &gt; Open Database, or choose another name.</source>
        <translation>%1 ya existe. Ábrala con Archivo &gt; Abrir base de datos o elija otro nombre.</translation>
    </message>
    <message>
        <source>Name the administrator&apos;s login.</source>
        <translation>Indique el usuario del administrador.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>oversight::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nueva contraseña para %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas son distintas.</translation>
    </message>
    <message>
        <source>The same password again, to catch a typing slip.</source>
        <translation>La misma contraseña otra vez, para detectar errores de tecleo.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>oversight::QueueDepthModel</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In review</source>
        <extracomment>Column: cases claimed by a reviewer right now.</extracomment>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Finalizadas</translation>
    </message>
</context>
<context>
    <name>oversight::RevealPanel</name>
    <message>
        <source>The model&apos;s recommendation</source>
        <translation>La recomendación del modelo</translation>
    </message>
    <message>
        <source>Finali&amp;ze and next</source>
        <translation>Finali&amp;zar y siguiente</translation>
    </message>
    <message>
        <source>Your committed decision:</source>
        <translation>Su decisión confirmada:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 % sure</source>
        <extracomment>The model&apos;s decision label, then its confidence in percent.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;, seguro al %2 %</translation>
    </message>
    <message>
        <source>The model recommends:</source>
        <translation>El modelo recomienda:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, confidence %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, confianza %2</translation>
    </message>
    <message>
        <source>Your rationale: %1</source>
        <translation>Su justificación: %1</translation>
    </message>
    <message>
        <source>Model probability of %1</source>
        <translation>Probabilidad del modelo para %1</translation>
    </message>
    <message>
        <source>You and the model disagree: you said %1, the model says %2. Decide on the merits; either way, say why.</source>
        <translation>Usted y el modelo discrepan: usted dijo %1, el modelo dice %2. Decida según el fondo del asunto; en cualquier caso, diga por qué.</translation>
    </message>
    <message>
        <source>Your final decision:</source>
        <translation>Su decisión final:</translation>
    </message>
    <message>
        <source>&amp;Keep mine: %1</source>
        <translation>&amp;Mantener la mía: %1</translation>
    </message>
    <message>
        <source>Take the &amp;model&apos;s: %1</source>
        <translation>Tomar la del m&amp;odelo: %1</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>O&amp;tra:</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Otra decisión</translation>
    </message>
    <message>
        <source>Ra&amp;tionale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Final rationale</source>
        <translation>Justificación final</translation>
    </message>
    <message>
        <source>Store the final decision and open the next case (Ctrl+Return)</source>
        <translation>Guardar la decisión final y abrir el caso siguiente (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Choose your final decision.</source>
        <translation>Elija su decisión final.</translation>
    </message>
    <message>
        <source>A rationale is required: your final decision differs from %1.</source>
        <translation>Se requiere una justificación: su decisión final difiere de %1.</translation>
    </message>
    <message>
        <source>your initial decision</source>
        <extracomment>Completes &quot;your final decision is ...&quot;.</extracomment>
        <translation>su decisión inicial</translation>
    </message>
    <message>
        <source>the model&apos;s</source>
        <extracomment>Completes &quot;your final decision is ...&quot;: the model&apos;s decision.</extracomment>
        <translation>la del modelo</translation>
    </message>
    <message>
        <source>Rationale given.</source>
        <translation>Justificación indicada.</translation>
    </message>
    <message>
        <source>Optional: a rationale.</source>
        <translation>Opcional: una justificación.</translation>
    </message>
    <message>
        <source>After the reveal: keep your decision</source>
        <translation>Tras la revelación: mantener su decisión</translation>
    </message>
    <message>
        <source>After the reveal: take the model&apos;s decision</source>
        <translation>Tras la revelación: tomar la decisión del modelo</translation>
    </message>
    <message>
        <source>After the reveal: go to the rationale</source>
        <translation>Tras la revelación: ir a la justificación</translation>
    </message>
    <message>
        <source>After the reveal: finalize and open the next case</source>
        <translation>Tras la revelación: finalizar y abrir el caso siguiente</translation>
    </message>
    <message>
        <source>Your final decision is the one you made before the reveal.</source>
        <translation>Su decisión final es la que tomó antes de la revelación.</translation>
    </message>
    <message>
        <source>Your final decision follows the model&apos;s recommendation.</source>
        <translation>Su decisión final sigue la recomendación del modelo.</translation>
    </message>
    <message>
        <source>Your final decision is another label, chosen beside.</source>
        <translation>Su decisión final es otra etiqueta, elegida al lado.</translation>
    </message>
    <message>
        <source>The other label for your final decision.</source>
        <translation>La otra etiqueta para su decisión final.</translation>
    </message>
    <message>
        <source>Why you decided as you did; required when you change your decision. Tab moves on.</source>
        <translation>Por qué decidió así; obligatorio si cambia su decisión. Tab pasa al siguiente campo.</translation>
    </message>
    <message>
        <source>The appeal</source>
        <translation>La apelación</translation>
    </message>
    <message>
        <source>Appealed against: %1, decided by %2. The same final decision upholds it; another reverses it.</source>
        <translation>Apelada: %1, decidida por %2. La misma decisión final la confirma; otra la revoca.</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>el modelo</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Nobody reviewed the case before: the model decided it alone.</source>
        <translation>Nadie revisó el caso antes: el modelo lo decidió solo.</translation>
    </message>
    <message>
        <source>A rationale is required: say why the decision appealed against stands.</source>
        <translation>Se requiere una justificación: diga por qué se mantiene la decisión apelada.</translation>
    </message>
    <message>
        <source>A rationale is required: say why the decision appealed against is reversed.</source>
        <translation>Se requiere una justificación: diga por qué se revoca la decisión apelada.</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewPage</name>
    <message>
        <source>Your independent decision</source>
        <translation>Su decisión independiente</translation>
    </message>
    <message>
        <source>&amp;Commit my decision</source>
        <translation>&amp;Fijar mi decisión</translation>
    </message>
    <message>
        <source>Re&amp;lease...</source>
        <translation>&amp;Devolver...</translation>
    </message>
    <message>
        <source>&amp;Escalate...</source>
        <translation>&amp;Escalar...</translation>
    </message>
    <message>
        <source>Decision (press its number):</source>
        <translation>Decisión (pulse su número):</translation>
    </message>
    <message>
        <source>How &amp;sure are you?</source>
        <translation>¿Cuán se&amp;guro está?</translation>
    </message>
    <message>
        <source>Your confidence, 0 to 100</source>
        <translation>Su confianza, de 0 a 100</translation>
    </message>
    <message>
        <source>Rationale (optional):</source>
        <translation>Justificación (opcional):</translation>
    </message>
    <message>
        <source>Your rationale</source>
        <translation>Su justificación</translation>
    </message>
    <message>
        <source>Store your decision; it cannot be changed afterwards (Ctrl+Return)</source>
        <translation>Guardar su decisión; después no se puede cambiar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>The case you hold. Only you can work on it until its lease runs out.</source>
        <translation>El caso que tiene. Solo usted puede trabajar en él hasta que expire su reserva.</translation>
    </message>
    <message>
        <source>Time left on your lease of this case. When it runs out the case goes back to the queue and your unsaved answers are lost; any action renews it.</source>
        <translation>Tiempo que queda de su reserva de este caso. Cuando se agota, el caso vuelve a la cola y se pierden sus respuestas no guardadas; cualquier acción la renueva.</translation>
    </message>
    <message>
        <source>Cases you finished in this session and how long you have been working.</source>
        <translation>Casos que terminó en esta sesión y cuánto tiempo lleva trabajando.</translation>
    </message>
    <message>
        <source>The facts of the case, exactly as imported. You decide from these alone; nothing else about the case is shown until your decision is committed.</source>
        <translation>Los hechos del caso, tal como se importaron. Usted decide solo con ellos; no se muestra nada más del caso hasta que su decisión esté confirmada.</translation>
    </message>
    <message>
        <source>Your own decision, taken before anything else is shown. Press the number shown on a decision to choose it.</source>
        <translation>Su propia decisión, tomada antes de que se muestre nada más. Pulse el número que aparece en una decisión para elegirla.</translation>
    </message>
    <message>
        <source>How sure you are of your decision, from 0 (a guess) to 100 (certain). It is compared with how often you turn out to be right.</source>
        <translation>Cuán seguro está de su decisión, de 0 (una conjetura) a 100 (certeza). Se compara con la frecuencia con que resulta acertar.</translation>
    </message>
    <message>
        <source>Why you decided so. Optional here; required later if your final decision differs from your initial one or from the one shown after the commit.</source>
        <translation>Por qué decidió así. Aquí es opcional; más adelante se requiere si su decisión final difiere de la inicial o de la que se muestra tras la confirmación.</translation>
    </message>
    <message>
        <source>Stores your decision for good (Ctrl+Return); a committed decision can never be changed. Only then does the page show the second opinion.</source>
        <translation>Guarda su decisión definitivamente (Ctrl+Intro); una decisión confirmada nunca puede cambiarse. Solo entonces la página muestra la segunda opinión.</translation>
    </message>
    <message>
        <source>Gives the case back to the queue unreviewed, with a reason that is recorded in the audit trail.</source>
        <translation>Devuelve el caso a la cola sin revisar, con un motivo que queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Sends the case, still blind, to a senior reviewer&apos;s queue with a note.</source>
        <translation>Envía el caso, todavía a ciegas, a la cola de un revisor sénior con una nota.</translation>
    </message>
    <message>
        <source>1 ... 9</source>
        <extracomment>The number keys that choose a decision.</extracomment>
        <translation>1 ... 9</translation>
    </message>
    <message>
        <source>Choose the decision with that number</source>
        <translation>Elegir la decisión con ese número</translation>
    </message>
    <message>
        <source>Go to your confidence</source>
        <translation>Ir a su confianza</translation>
    </message>
    <message>
        <source>Commit your decision, or finalize and open the next case</source>
        <translation>Confirmar su decisión, o finalizar y abrir el caso siguiente</translation>
    </message>
    <message>
        <source>Release the case (give it back)</source>
        <translation>Devolver el caso</translation>
    </message>
    <message>
        <source>Escalate the case to a senior reviewer</source>
        <translation>Escalar el caso a un revisor sénior</translation>
    </message>
    <message>
        <source>Move to the next control</source>
        <translation>Ir al control siguiente</translation>
    </message>
    <message>
        <source>The %1 queue has no more cases for you.</source>
        <translation>La cola %1 no tiene más casos para usted.</translation>
    </message>
    <message>
        <source>Case %1 - %2 queue</source>
        <extracomment>The case&apos;s own id, then the name of its queue.</extracomment>
        <translation>Caso %1 - cola %2</translation>
    </message>
    <message>
        <source>Release Case</source>
        <translation>Devolver caso</translation>
    </message>
    <message>
        <source>Why do you give case %1 back unreviewed?</source>
        <translation>¿Por qué devuelve el caso %1 sin revisar?</translation>
    </message>
    <message>
        <source>Committed: this case stays with you until you finalize.</source>
        <translation>Confirmado: este caso se queda con usted hasta que lo finalice.</translation>
    </message>
    <message>
        <source>Lease expired: the case may go to another reviewer.</source>
        <translation>Reserva expirada: el caso puede ir a otro revisor.</translation>
    </message>
    <message>
        <source>Lease: %1:%2 left</source>
        <extracomment>Minutes and seconds left before the claimed case may return to its queue.</extracomment>
        <translation>Reserva: quedan %1:%2</translation>
    </message>
    <message>
        <source>This session: %1 done in %2 min</source>
        <translation>Esta sesión: %1 terminados en %2 min</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Your answers are kept on this page; reconnecting...</source>
        <translation>Se perdió la conexión con el servidor de base de datos. Sus respuestas se conservan en esta página; reconectando...</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Your answers are kept on this page; still trying to reconnect (attempt %1)...</source>
        <translation>Se perdió la conexión con el servidor de base de datos. Sus respuestas se conservan en esta página; se sigue intentando reconectar (intento %1)...</translation>
    </message>
    <message>
        <source>Give the case back unreviewed, with a reason (%1)</source>
        <translation>Devolver el caso sin revisar, con un motivo (%1)</translation>
    </message>
    <message>
        <source>Send the case to a senior reviewer&apos;s queue, with a note (%1)</source>
        <translation>Enviar el caso a la cola de un revisor sénior, con una nota (%1)</translation>
    </message>
    <message>
        <source>Commit your decision</source>
        <translation>Confirmar su decisión</translation>
    </message>
    <message>
        <source>Your own decision, before you see anything else. Key %1.</source>
        <translation>Su propia decisión, antes de ver nada más. Tecla %1.</translation>
    </message>
    <message>
        <source>Your own decision, before you see anything else.</source>
        <translation>Su propia decisión, antes de ver nada más.</translation>
    </message>
    <message>
        <source>You hold an adjudication: open the adjudication queue to decide it.</source>
        <translation>Tiene un arbitraje: abra la cola de arbitraje para decidirlo.</translation>
    </message>
    <message>
        <source>Shown while this queue includes checks with known answers: some cases test the review itself, and some recommendations shown after your decision are deliberately wrong.</source>
        <translation>Se muestra mientras esta cola incluye controles con respuesta conocida: algunos casos ponen a prueba la propia revisión, y algunas recomendaciones mostradas tras su decisión son erróneas a propósito.</translation>
    </message>
    <message>
        <source>What your last case was, when it was a check with a known answer.</source>
        <translation>Qué fue su último caso, cuando era un control con respuesta conocida.</translation>
    </message>
    <message>
        <source>Your last case (%1) was a check: its correct answer is %2, and the recommendation shown (%3) was deliberately wrong.</source>
        <translation>Su último caso (%1) era un control: su respuesta correcta es %2, y la recomendación mostrada (%3) era errónea a propósito.</translation>
    </message>
    <message>
        <source>Your last case (%1) was a check: its correct answer is %2; the recommendation shown (%3) was the model&apos;s own.</source>
        <translation>Su último caso (%1) era un control: su respuesta correcta es %2; la recomendación mostrada (%3) era la del modelo.</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewQueuesPage</name>
    <message>
        <source>&amp;Start reviewing</source>
        <translation>&amp;Empezar a revisar</translation>
    </message>
    <message>
        <source>Choose a queue and start. You will see each case&apos;s facts and decide on your own first; the model&apos;s recommendation is shown only after you commit your decision.</source>
        <translation>Elija una cola y empiece. Verá los hechos de cada caso y decidirá primero por su cuenta; la recomendación del modelo solo se muestra después de que confirme su decisión.</translation>
    </message>
    <message>
        <source>Review queues</source>
        <translation>Colas de revisión</translation>
    </message>
    <message>
        <source>No cases are waiting in any queue. Well done, or check back later.</source>
        <translation>No hay casos esperando en ninguna cola. Buen trabajo, o vuelva a mirar más tarde.</translation>
    </message>
    <message>
        <source>Nothing is waiting in the %1 queue.</source>
        <translation>No hay nada esperando en la cola %1.</translation>
    </message>
    <message>
        <source>Waiting in the %1 queue: %2.</source>
        <translation>En espera en la cola %1: %2.</translation>
    </message>
    <message>
        <source>One row per queue you may review: cases waiting, and your own counts for today. Return starts reviewing the selected queue.</source>
        <translation>Una fila por cola que puede revisar: casos en espera y sus propias cifras de hoy. Intro empieza a revisar la cola seleccionada.</translation>
    </message>
    <message>
        <source>Take the next case of the selected queue. You decide before you see the model&apos;s recommendation.</source>
        <translation>Tomar el siguiente caso de la cola seleccionada. Usted decide antes de ver la recomendación del modelo.</translation>
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
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Initial</source>
        <extracomment>Column: the reviewer&apos;s own decision, made before seeing the model&apos;s.</extracomment>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Final</source>
        <extracomment>Column: the reviewer&apos;s final decision, after seeing the model&apos;s.</extracomment>
        <translation>Final</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Blind (s)</source>
        <extracomment>Column: seconds the reviewer took before committing, without the model&apos;s answer.</extracomment>
        <translation>A ciegas (s)</translation>
    </message>
    <message>
        <source>Decide (s)</source>
        <extracomment>Column: seconds from the reveal of the model&apos;s answer to the final decision.</extracomment>
        <translation>Decisión (s)</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewerQueueModel</name>
    <message>
        <source>empty</source>
        <extracomment>A queue with no cases waiting.</extracomment>
        <translation>vacía</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Done by you today</source>
        <translation>Hechos por usted hoy</translation>
    </message>
    <message>
        <source>Of those, you overrode the model</source>
        <translation>De ellos, anuló al modelo</translation>
    </message>
</context>
<context>
    <name>oversight::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>The language of the menus, pages and dialogs. It changes the next time Oversight starts.</source>
        <translation>El idioma de los menús, páginas y diálogos. Cambia la próxima vez que se inicie Oversight.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The first in the list</source>
        <extracomment>The default review queue: none chosen, the first queue in the list is selected.</extracomment>
        <translation>La primera de la lista</translation>
    </message>
    <message>
        <source>The queue selected on the review page when you sign in as a reviewer.</source>
        <translation>La cola seleccionada en la página de revisión cuando inicia sesión como revisor.</translation>
    </message>
    <message>
        <source>Default review &amp;queue:</source>
        <translation>&amp;Cola de revisión predeterminada:</translation>
    </message>
    <message>
        <source>For everyone using this database</source>
        <translation>Para todos los que usan esta base de datos</translation>
    </message>
    <message>
        <source>Printed on the title page of every audit report.</source>
        <translation>Aparece en la portada de cada informe de auditoría.</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>Nombre de la &amp;organización:</translation>
    </message>
    <message>
        <source>The dashboards count calendar days and hours of the day in this zone, for every user. It is fixed by the first review recorded.</source>
        <translation>Los paneles cuentan los días naturales y las horas del día en esta zona, para todos los usuarios. La primera revisión registrada la fija.</translation>
    </message>
    <message>
        <source>Analytics &amp;time zone:</source>
        <translation>&amp;Zona horaria de análisis:</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix of a number of minutes, with its leading space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>How long a claimed case stays with its reviewer before it may go back to the queue. Applies to the next claims.</source>
        <translation>Cuánto tiempo se queda un caso tomado con su revisor antes de poder volver a la cola. Se aplica a los próximos casos tomados.</translation>
    </message>
    <message>
        <source>Warn when the team overrides the model in fewer reviews than this.</source>
        <translation>Avisar cuando el equipo anula el modelo en menos revisiones que esta proporción.</translation>
    </message>
    <message>
        <source>Warn when the team&apos;s override rate is &amp;below:</source>
        <translation>Avisar si la tasa de anulación del equipo es in&amp;ferior a:</translation>
    </message>
    <message>
        <source>A reviewer who overrides in fewer reviews than this counts as passive.</source>
        <translation>Un revisor que anula en menos revisiones que esta proporción se considera pasivo.</translation>
    </message>
    <message>
        <source>Warn when more reviewers than this share are passive.</source>
        <translation>Avisar cuando más revisores que esta proporción son pasivos.</translation>
    </message>
    <message>
        <source>Warn when passive reviewers are &amp;more than:</source>
        <translation>Avisar si los revisores pasivos son &amp;más de:</translation>
    </message>
    <message>
        <source>Warn when the override rate on busy days falls below this fraction of the rate on quiet days.</source>
        <translation>Avisar cuando la tasa de anulación en días de mucho volumen cae por debajo de esta fracción de la de días tranquilos.</translation>
    </message>
    <message>
        <source>Warn when busy days override less than (× quiet &amp;days):</source>
        <translation>Avisar si los días de mucho volumen anulan menos que (× &amp;días tranquilos):</translation>
    </message>
    <message>
        <source>How sure the downward trend of the daily override rate must be before it warns (its p-value is below this).</source>
        <translation>Cuán segura debe ser la tendencia a la baja de la tasa de anulación diaria antes de avisar (su valor p queda por debajo).</translation>
    </message>
    <message>
        <source>Trend warning &amp;significance level:</source>
        <translation>Nivel de &amp;significación del aviso de tendencia:</translation>
    </message>
    <message>
        <source>Fixed: reviews are already counted in its days and hours.</source>
        <translation>Fijada: las revisiones ya se cuentan según sus días y horas.</translation>
    </message>
    <message>
        <source>Not fixed yet: the first review recorded keeps it.</source>
        <translation>Aún sin fijar: la primera revisión registrada la conserva.</translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation>Solo un administrador puede cambiarlos.</translation>
    </message>
    <message>
        <source>Review l&amp;ease:</source>
        <translation>&amp;Reserva de revisión:</translation>
    </message>
    <message>
        <source>A reviewer is &amp;passive below:</source>
        <translation>Un revisor es &amp;pasivo por debajo de:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How long a session started with &apos;oversight-cli login&apos; lasts before scripts need the password again.</source>
        <translation>Cuánto dura una sesión iniciada con «oversight-cli login» antes de que los scripts vuelvan a necesitar la contraseña.</translation>
    </message>
    <message>
        <source>Script session &amp;hours:</source>
        <translation>&amp;Horas de sesión de scripts:</translation>
    </message>
</context>
<context>
    <name>oversight::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each group lists the keys and what they do; use the arrow keys to read them.</source>
        <translation>Cada grupo enumera las teclas y lo que hacen; use las flechas para leerlas.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>oversight::UserListModel</name>
    <message>
        <source>locked until %1</source>
        <translation>bloqueado hasta %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitado</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>oversight::UsersPage</name>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>Reset &amp;Password...</source>
        <translation>Restablecer &amp;contraseña...</translation>
    </message>
    <message>
        <source>&amp;Add User...</source>
        <translation>&amp;Añadir usuario...</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Se estableció una contraseña nueva para %1.</translation>
    </message>
    <message>
        <source>Create an account with its roles and first password.</source>
        <translation>Crear una cuenta con sus roles y su primera contraseña.</translation>
    </message>
    <message>
        <source>Every account: login, name, roles, whether it may sign in, and its last sign-in.</source>
        <translation>Cada cuenta: usuario, nombre, roles, si puede iniciar sesión y su último inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>oversight::WelcomePage</name>
    <message>
        <source>&amp;Create a New Database...</source>
        <translation>&amp;Crear una base de datos nueva...</translation>
    </message>
    <message>
        <source>An empty database on this computer, with you as its administrator.</source>
        <translation>Una base de datos vacía en este equipo, con usted como administrador.</translation>
    </message>
    <message>
        <source>&amp;Import a File...</source>
        <translation>&amp;Importar un archivo...</translation>
    </message>
    <message>
        <source>A new database, then a file of model decisions imported into it.</source>
        <translation>Una base de datos nueva y, después, un archivo de decisiones del modelo importado en ella.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>Synthetic credit decisions and a simulated review team, to try every role.</source>
        <translation>Decisiones de crédito sintéticas y un equipo de revisión simulado, para probar cada rol.</translation>
    </message>
    <message>
        <source>&amp;Open a Database...</source>
        <translation>Abrir una base de da&amp;tos...</translation>
    </message>
    <message>
        <source>A database file made before.</source>
        <translation>Un archivo de base de datos creado antes.</translation>
    </message>
    <message>
        <source>Connect to a &amp;Server...</source>
        <translation>Conectar con un &amp;servidor...</translation>
    </message>
    <message>
        <source>Your team&apos;s PostgreSQL server, shared by many reviewers.</source>
        <translation>El servidor PostgreSQL de su equipo, compartido por muchos revisores.</translation>
    </message>
    <message>
        <source>Welcome to Oversight</source>
        <translation>Bienvenido a Oversight</translation>
    </message>
    <message>
        <source>Oversight routes a model&apos;s uncertain decisions, and a sample of its confident ones, to people who judge each case before they see what the model said, and shows how well that oversight works. Begin with one of these:</source>
        <translation>Oversight envía las decisiones inseguras de un modelo, y una muestra de las seguras, a personas que juzgan cada caso antes de ver lo que dijo el modelo, y muestra qué tal funciona esa supervisión. Empiece con una de estas opciones:</translation>
    </message>
</context>
</TS>
