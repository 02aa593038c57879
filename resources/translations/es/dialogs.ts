<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AuditActions</name>
        <message>
            <source>PIN reset</source>
            <translation>PIN restablecido</translation>
        </message>
        <message>
            <source>account added</source>
            <translation>cuenta agregada</translation>
        </message>
        <message>
            <source>account locked</source>
            <translation>cuenta bloqueada</translation>
        </message>
        <message>
            <source>account removed</source>
            <translation>cuenta quitada</translation>
        </message>
        <message>
            <source>account role changed</source>
            <translation>rol de la cuenta cambiado</translation>
        </message>
        <message>
            <source>badge reprinted</source>
            <translation>gafete reimpreso</translation>
        </message>
        <message>
            <source>badges printed</source>
            <translation>gafetes impresos</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>registro</translation>
        </message>
        <message>
            <source>check-in counts corrected</source>
            <translation>conteos del registro corregidos</translation>
        </message>
        <message>
            <source>check-in undone</source>
            <translation>registro deshecho</translation>
        </message>
        <message>
            <source>child-ID kits counted</source>
            <translation>kits de identificación infantil contados</translation>
        </message>
        <message>
            <source>database backed up</source>
            <translation>copia de seguridad hecha</translation>
        </message>
        <message>
            <source>database restored</source>
            <translation>base de datos restaurada</translation>
        </message>
        <message>
            <source>demo created</source>
            <translation>evento de demostración creado</translation>
        </message>
        <message>
            <source>demo stations created</source>
            <translation>estaciones de demostración creadas</translation>
        </message>
        <message>
            <source>demonstration cancelled</source>
            <translation>demostración cancelada</translation>
        </message>
        <message>
            <source>demonstration rescheduled</source>
            <translation>demostración reprogramada</translation>
        </message>
        <message>
            <source>demonstration restored</source>
            <translation>demostración restablecida</translation>
        </message>
        <message>
            <source>demonstration scheduled</source>
            <translation>demostración programada</translation>
        </message>
        <message>
            <source>desk locked</source>
            <translation>mesa bloqueada</translation>
        </message>
        <message>
            <source>donation corrected</source>
            <translation>donación corregida</translation>
        </message>
        <message>
            <source>donation recorded</source>
            <translation>donación registrada</translation>
        </message>
        <message>
            <source>donation voided</source>
            <translation>donación anulada</translation>
        </message>
        <message>
            <source>donations import stopped</source>
            <translation>importación de donaciones detenida</translation>
        </message>
        <message>
            <source>donations imported</source>
            <translation>donaciones importadas</translation>
        </message>
        <message>
            <source>donor added</source>
            <translation>donante agregado</translation>
        </message>
        <message>
            <source>donor edited</source>
            <translation>donante editado</translation>
        </message>
        <message>
            <source>donor kept apart across events</source>
            <translation>donante marcado como distinto entre eventos</translation>
        </message>
        <message>
            <source>donors linked across events</source>
            <translation>donantes vinculados entre eventos</translation>
        </message>
        <message>
            <source>donors merged</source>
            <translation>donantes unidos</translation>
        </message>
        <message>
            <source>event created</source>
            <translation>evento creado</translation>
        </message>
        <message>
            <source>event edited</source>
            <translation>evento editado</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>exportado</translation>
        </message>
        <message>
            <source>exported (counts only)</source>
            <translation>exportado (solo conteos)</translation>
        </message>
        <message>
            <source>family tickets exported</source>
            <translation>boletos de familias exportados</translation>
        </message>
        <message>
            <source>family tickets printed</source>
            <translation>boletos de familias impresos</translation>
        </message>
        <message>
            <source>giveaway item added</source>
            <translation>artículo de obsequio agregado</translation>
        </message>
        <message>
            <source>giveaway item edited</source>
            <translation>artículo de obsequio editado</translation>
        </message>
        <message>
            <source>hand-out override</source>
            <translation>entrega por encima del límite</translation>
        </message>
        <message>
            <source>hand-out undone</source>
            <translation>entrega deshecha</translation>
        </message>
        <message>
            <source>household added</source>
            <translation>hogar agregado</translation>
        </message>
        <message>
            <source>household edited</source>
            <translation>hogar editado</translation>
        </message>
        <message>
            <source>households import stopped</source>
            <translation>importación de hogares detenida</translation>
        </message>
        <message>
            <source>households imported</source>
            <translation>hogares importados</translation>
        </message>
        <message>
            <source>households merged</source>
            <translation>hogares unidos</translation>
        </message>
        <message>
            <source>import batch</source>
            <translation>lote de importación</translation>
        </message>
        <message>
            <source>incident recorded</source>
            <translation>incidente registrado</translation>
        </message>
        <message>
            <source>incident resolved</source>
            <translation>incidente resuelto</translation>
        </message>
        <message>
            <source>item handed out</source>
            <translation>artículo entregado</translation>
        </message>
        <message>
            <source>laptop file merged</source>
            <translation>archivo de computadora unido</translation>
        </message>
        <message>
            <source>neighbourhoods edited</source>
            <translation>vecindarios editados</translation>
        </message>
        <message>
            <source>operator signed in</source>
            <translation>inicio de sesión del operador</translation>
        </message>
        <message>
            <source>personal details removed</source>
            <translation>datos personales quitados</translation>
        </message>
        <message>
            <source>receipt issued</source>
            <translation>recibo emitido</translation>
        </message>
        <message>
            <source>receipt series set</source>
            <translation>serie de recibos fijada</translation>
        </message>
        <message>
            <source>receipt settings changed</source>
            <translation>configuración de recibos cambiada</translation>
        </message>
        <message>
            <source>receipt voided</source>
            <translation>recibo anulado</translation>
        </message>
        <message>
            <source>receipts printed</source>
            <translation>recibos impresos</translation>
        </message>
        <message>
            <source>setting changed</source>
            <translation>configuración cambiada</translation>
        </message>
        <message>
            <source>shift added</source>
            <translation>turno agregado</translation>
        </message>
        <message>
            <source>shift changed</source>
            <translation>turno cambiado</translation>
        </message>
        <message>
            <source>shift removed</source>
            <translation>turno quitado</translation>
        </message>
        <message>
            <source>station added</source>
            <translation>estación agregada</translation>
        </message>
        <message>
            <source>station edited</source>
            <translation>estación editada</translation>
        </message>
        <message>
            <source>station renamed</source>
            <translation>estación renombrada</translation>
        </message>
        <message>
            <source>station status changed</source>
            <translation>estado de la estación cambiado</translation>
        </message>
        <message>
            <source>stock adjusted</source>
            <translation>existencias ajustadas</translation>
        </message>
        <message>
            <source>stock counted</source>
            <translation>existencias contadas</translation>
        </message>
        <message>
            <source>stock received</source>
            <translation>existencias recibidas</translation>
        </message>
        <message>
            <source>summary receipt issued</source>
            <translation>recibo resumen emitido</translation>
        </message>
        <message>
            <source>sync conflict resolved</source>
            <translation>conflicto de sincronización revisado</translation>
        </message>
        <message>
            <source>tally</source>
            <translation>conteo</translation>
        </message>
        <message>
            <source>tally corrected</source>
            <translation>conteo corregido</translation>
        </message>
        <message>
            <source>volunteer added</source>
            <translation>voluntario agregado</translation>
        </message>
        <message>
            <source>volunteer assigned</source>
            <translation>voluntario asignado a un turno</translation>
        </message>
        <message>
            <source>volunteer clocked in</source>
            <translation>entrada de voluntario marcada</translation>
        </message>
        <message>
            <source>volunteer clocked out</source>
            <translation>salida de voluntario marcada</translation>
        </message>
        <message>
            <source>volunteer edited</source>
            <translation>voluntario editado</translation>
        </message>
        <message>
            <source>volunteer hours added</source>
            <translation>horas de voluntario agregadas</translation>
        </message>
        <message>
            <source>volunteer hours corrected</source>
            <translation>horas de voluntario corregidas</translation>
        </message>
        <message>
            <source>volunteer taken off shift</source>
            <translation>voluntario quitado del turno</translation>
        </message>
        <message>
            <source>volunteers import stopped</source>
            <translation>importación de voluntarios detenida</translation>
        </message>
        <message>
            <source>volunteers imported</source>
            <translation>voluntarios importados</translation>
        </message>
        <message>
            <source>waiver recorded</source>
            <translation>permiso registrado</translation>
        </message>
        <message>
            <source>walk-up check-in</source>
            <translation>llegada sin registro</translation>
        </message>
        <message>
            <source>wrong PIN</source>
            <translation>PIN incorrecto</translation>
        </message>
        <message>
            <source>year statements printed</source>
            <translation>estados anuales impresos</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit log entries</source>
            <translation>Entradas del registro de auditoría</translation>
        </message>
        <message>
            <source>Audit log — every change tonight</source>
            <translation>Registro de auditoría — cada cambio de esta noche</translation>
        </message>
        <message>
            <source>Filter the audit log</source>
            <translation>Filtrar el registro de auditoría</translation>
        </message>
        <message>
            <source>Filter: a name, an action, a laptop…</source>
            <translation>Filtro: un nombre, una acción, una computadora…</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>Computadora</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>&amp;Termina a las:</translation>
        </message>
        <message>
            <source>&amp;Park or place:</source>
            <translation>&amp;Parque o lugar:</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>&amp;Empieza a las:</translation>
        </message>
        <message>
            <source>&amp;Town:</source>
            <translation>&amp;Municipio:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome!&lt;/b&gt; Tell us about your night. You can change all of this later.</source>
            <translation>&lt;b&gt;¡Bienvenido!&lt;/b&gt; Cuéntenos sobre su noche. Puede cambiar todo esto después.</translation>
        </message>
        <message>
            <source>&lt;b&gt;You are the lieutenant / admin&lt;/b&gt; of this laptop's events: you add the other organizers and lieutenants (Settings › Operators…). Volunteers need no PIN.</source>
            <translation>&lt;b&gt;Usted es el teniente / administrador&lt;/b&gt; de los eventos de esta computadora: usted agrega a los demás organizadores y tenientes (Configuración › Operadores…). Los voluntarios no necesitan PIN.</translation>
        </message>
        <message>
            <source>Create the event</source>
            <translation>Crear el evento</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Termina a las</translation>
        </message>
        <message>
            <source>Event &amp;name:</source>
            <translation>&amp;Nombre del evento:</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>Nombre del evento</translation>
        </message>
        <message>
            <source>Event settings</source>
            <translation>Configuración del evento</translation>
        </message>
        <message>
            <source>Neigh&amp;bourhoods:</source>
            <translation>&amp;Vecindarios:</translation>
        </message>
        <message>
            <source>Neighbourhoods</source>
            <translation>Vecindarios</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Nuevo evento</translation>
        </message>
        <message>
            <source>One per line, with ZIP codes after a colon:
Old Town: 12345
Mill Creek: 12346 12347</source>
            <translation>Uno por línea, con los códigos postales después de dos puntos:
Centro: 12345
Mill Creek: 12346 12347</translation>
        </message>
        <message>
            <source>Only an organizer chooses the printouts' language.</source>
            <translation>Solo un organizador elige el idioma de los impresos.</translation>
        </message>
        <message>
            <source>P&amp;rintouts in:</source>
            <translation>&amp;Impresos en:</translation>
        </message>
        <message>
            <source>PIN a&amp;gain:</source>
            <translation>PIN &amp;otra vez:</translation>
        </message>
        <message>
            <source>Park or place</source>
            <translation>Parque o lugar</translation>
        </message>
        <message>
            <source>Printouts in</source>
            <translation>Impresos en</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Set up your National Night Out</source>
            <translation>Prepare su Noche Nacional Contra el Crimen</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Empieza a las</translation>
        </message>
        <message>
            <source>The next night gets the default stations and the department's organizer and lieutenant accounts; this laptop then opens it. Its name must differ from every other event's.</source>
            <translation>La próxima noche recibe las estaciones predeterminadas y las cuentas de organizador y teniente del departamento; luego esta computadora la abre. Su nombre debe ser distinto del de cualquier otro evento.</translation>
        </message>
        <message>
            <source>The town's neighbourhoods are offered at the walk-up form and group the report.</source>
            <translation>Los vecindarios del municipio se ofrecen en el formulario de llegadas sin registro y agrupan el informe.</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type them again.</source>
            <translation>Los dos PIN no son iguales; escríbalos de nuevo.</translation>
        </message>
        <message>
            <source>Tickets, badges, receipts, letters, waivers and the report print in this language; an organizer's choice.</source>
            <translation>Los boletos, gafetes, recibos, cartas, permisos y el informe se imprimen en este idioma; lo elige un organizador.</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Municipio</translation>
        </message>
        <message>
            <source>Type your name: you are the first lieutenant / admin.</source>
            <translation>Escriba su nombre: usted es el primer teniente / administrador.</translation>
        </message>
        <message>
            <source>Your P&amp;IN:</source>
            <translation>Su P&amp;IN:</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Su PIN</translation>
        </message>
        <message>
            <source>Your PIN again</source>
            <translation>Su PIN otra vez</translation>
        </message>
        <message>
            <source>Your first and last name</source>
            <translation>Su nombre y apellido</translation>
        </message>
        <message>
            <source>Your na&amp;me:</source>
            <translation>Su no&amp;mbre:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>dddd, MMMM d, yyyy</source>
            <translation>dddd, d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>e.g. Riverside</source>
            <translation>p. ej. Riverside</translation>
        </message>
        <message>
            <source>e.g. Riverside National Night Out {year}</source>
            <translation>p. ej. Noche Nacional de Riverside {year}</translation>
        </message>
        <message>
            <source>e.g. Riverside Park</source>
            <translation>p. ej. Parque Riverside</translation>
        </message>
        <message>
            <source>{digits}+ digits, or {characters}+ characters</source>
            <translation>{digits}+ dígitos, o {characters}+ caracteres</translation>
        </message>
    </context>
    <context>
        <name>EventSwitch</name>
        <message>
            <source>New event</source>
            <translation>Nuevo evento</translation>
        </message>
        <message>
            <source>The demo's accounts</source>
            <translation>Las cuentas de la demostración</translation>
        </message>
        <message>
            <source>{name} has no lieutenant / admin account in this event: working as a volunteer. Ctrl+Shift+O signs in.</source>
            <translation>{name} no tiene cuenta de teniente / administrador en este evento: trabaja como voluntario. Ctrl+Shift+O para iniciar sesión.</translation>
        </message>
        <message>
            <source>{name} has no organizer account in this event: working as a volunteer. Ctrl+Shift+O signs in.</source>
            <translation>{name} no tiene cuenta de organizador en este evento: trabaja como voluntario. Ctrl+Shift+O para iniciar sesión.</translation>
        </message>
        <message>
            <source>“{event}” has the demo's accounts ({names}), whose PIN was printed for everyone to see.

Before the night, a lieutenant adds the town's own accounts in Settings › Operators… and removes the demo's.</source>
            <translation>“{event}” tiene las cuentas de la demostración ({names}), cuyo PIN se imprimió a la vista de todos.

Antes de la noche, un teniente agrega las cuentas propias del pueblo en Configuración › Operadores… y quita las de la demostración.</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Guide for the night</source>
            <translation>Guía para la noche</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n title lines skipped</source>
            <translation>
                <numerusform>%n línea de título omitida</numerusform>
                <numerusform>%n líneas de título omitidas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Elegir archivo…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Import the other {count} {noun}</source>
            <translation>&amp;Importar los otros {count} {noun}</translation>
        </message>
        <message>
            <source>&amp;Import the rest</source>
            <translation>&amp;Importar el resto</translation>
        </message>
        <message>
            <source>&amp;Import {count} {noun}</source>
            <translation>&amp;Importar {count} {noun}</translation>
        </message>
        <message>
            <source>&amp;Stop importing</source>
            <translation>&amp;Detener la importación</translation>
        </message>
        <message>
            <source>&lt;b&gt;{format}&lt;/b&gt; · {encoding} · {delimiter}-separated · header on line {line}{titles} · {rows} rows</source>
            <translation>&lt;b&gt;{format}&lt;/b&gt; · {encoding} · separado por {delimiter} · encabezado en la línea {line}{titles} · {rows} filas</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose the CSV file exported from the sign-up site (Eventbrite, SignUpGenius, a spreadsheet…). Nothing is imported until you press Import.</source>
            <translation>Elija el archivo CSV exportado del sitio de inscripción (Eventbrite, SignUpGenius, una hoja de cálculo…). No se importa nada hasta que pulse Importar.</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Elegir el archivo a importar</translation>
        </message>
        <message>
            <source>Chosen file</source>
            <translation>Archivo elegido</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>Cerrar esta ventana</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Archivo:</translation>
        </message>
        <message>
            <source>First rows, as they will be imported</source>
            <translation>Primeras filas, tal como se importarán</translation>
        </message>
        <message>
            <source>First rows, as they will be imported ({shown} of {total})</source>
            <translation>Primeras filas, tal como se importarán ({shown} de {total})</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Importing {count} {noun} from {file}, a few hundred at a time: the desks can keep checking families in meanwhile.</source>
            <translation>Importando {count} {noun} de {file}, unos cientos a la vez: mientras tanto las mesas pueden seguir registrando familias.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Aún no se eligió ningún archivo</translation>
        </message>
        <message>
            <source>Nothing was imported: {why}</source>
            <translation>No se importó nada: {why}</translation>
        </message>
        <message>
            <source>Read as:</source>
            <translation>Leer como:</translation>
        </message>
        <message>
            <source>Read the file as</source>
            <translation>Leer el archivo como</translation>
        </message>
        <message>
            <source>Reading {file} and checking every row…</source>
            <translation>Leyendo {file} y revisando cada fila…</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message>
            <source>Recognise automatically</source>
            <translation>Reconocer automáticamente</translation>
        </message>
        <message>
            <source>Rows that will be skipped</source>
            <translation>Filas que se omitirán</translation>
        </message>
        <message>
            <source>Rows that will be skipped ({count})</source>
            <translation>Filas que se omitirán ({count})</translation>
        </message>
        <message>
            <source>Rows that will be skipped, and why</source>
            <translation>Filas que se omitirán, y por qué</translation>
        </message>
        <message>
            <source>Rows, as they will be imported</source>
            <translation>Filas, tal como se importarán</translation>
        </message>
        <message>
            <source>Stop importing after the rows being written</source>
            <translation>Detener la importación tras las filas que se están escribiendo</translation>
        </message>
        <message>
            <source>Stopping after the rows being written… (what is written stays; importing the file again finishes the job)</source>
            <translation>Deteniendo tras las filas que se están escribiendo… (lo escrito se queda; importar el archivo de nuevo termina el trabajo)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>The file's first rows, as they are — choose the columns on the left</source>
            <translation>Las primeras filas del archivo, tal como están — elija las columnas a la izquierda</translation>
        </message>
        <message>
            <source>The first rows as they will be imported</source>
            <translation>Las primeras filas tal como se importarán</translation>
        </message>
        <message>
            <source>This file cannot be imported: {why}</source>
            <translation>Este archivo no se puede importar: {why}</translation>
        </message>
        <message>
            <source>What was recognised in the file</source>
            <translation>Lo que se reconoció en el archivo</translation>
        </message>
        <message>
            <source>Which column holds each field</source>
            <translation>Qué columna tiene cada campo</translation>
        </message>
        <message>
            <source>Why it will be skipped</source>
            <translation>Por qué se omitirá</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>el archivo</translation>
        </message>
        <message>
            <source>{done} of {total} {noun} written</source>
            <translation>{done} de {total} {noun} escritos</translation>
        </message>
        <message>
            <source>{title}: choose a file</source>
            <translation>{title}: elija un archivo</translation>
        </message>
    </context>
    <context>
        <name>LogCheck</name>
        <message>
            <source>Check the log</source>
            <translation>Comprobar el registro</translation>
        </message>
        <message>
            <source>The audit log check</source>
            <translation>La comprobación del registro de auditoría</translation>
        </message>
    </context>
    <context>
        <name>MappingModel</name>
        <message>
            <source>Column for {field}</source>
            <translation>Columna para {field}</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Columna en el archivo</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>{field} (required)</source>
            <translation>{field} (obligatorio)</translation>
        </message>
        <message>
            <source>{field} (required) — missing</source>
            <translation>{field} (obligatorio) — falta</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— no se importa —</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source> (you)</source>
            <translation> (usted)</translation>
        </message>
        <message>
            <source> — locked until {time}</source>
            <translation> — bloqueada hasta las {time}</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Agregar…</translation>
        </message>
        <message>
            <source>&amp;Reset PIN…</source>
            <translation>&amp;Restablecer PIN…</translation>
        </message>
        <message>
            <source>Add an operator</source>
            <translation>Agregar un operador</translation>
        </message>
        <message>
            <source>Change &amp;role</source>
            <translation>Cambiar &amp;rol</translation>
        </message>
        <message>
            <source>Change a role</source>
            <translation>Cambiar un rol</translation>
        </message>
        <message>
            <source>Operators</source>
            <translation>Operadores</translation>
        </message>
        <message>
            <source>Organizer and lieutenant accounts</source>
            <translation>Cuentas de organizadores y tenientes</translation>
        </message>
        <message>
            <source>Organizers and lieutenants sign in with their PIN; volunteers need none.
Five wrong PINs lock an account for five minutes; a new PIN lifts the lock.</source>
            <translation>Organizadores y tenientes inician sesión con su PIN; los voluntarios no necesitan ninguno.
Cinco PIN incorrectos bloquean una cuenta cinco minutos; un PIN nuevo quita el bloqueo.</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove an account</source>
            <translation>Quitar una cuenta</translation>
        </message>
        <message>
            <source>Remove an operator</source>
            <translation>Quitar un operador</translation>
        </message>
        <message>
            <source>Remove {name}'s account? They may still sign in as a volunteer.</source>
            <translation>¿Quitar la cuenta de {name}? Aún podrá iniciar sesión como voluntario.</translation>
        </message>
        <message>
            <source>Reset a PIN</source>
            <translation>Restablecer un PIN</translation>
        </message>
        <message>
            <source>{name} is the first lieutenant / admin. Sign in with that name and PIN (Ctrl+Shift+O) to add the others.</source>
            <translation>{name} es el primer teniente / administrador. Inicie sesión con ese nombre y PIN (Ctrl+Shift+O) para agregar a los demás.</translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>Page {page}…</source>
            <translation>Página {page}…</translation>
        </message>
        <message>
            <source>Pages as they will print</source>
            <translation>Páginas tal como se imprimirán</translation>
        </message>
    </context>
    <context>
        <name>PdfJob</name>
        <message>
            <source>Making the PDF…</source>
            <translation>Creando el PDF…</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>Add an organizer or lieutenant</source>
            <translation>Agregar un organizador o teniente</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Nombre y apellido</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>Nuevo PIN para {name}</translation>
        </message>
        <message>
            <source>PIN &amp;again:</source>
            <translation>PIN &amp;otra vez:</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN otra vez</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN o contraseña</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>The two PINs are not the same; type them again.</source>
            <translation>Los dos PIN no son iguales; escríbalos de nuevo.</translation>
        </message>
        <message>
            <source>{digits}+ digits, or {characters}+ characters</source>
            <translation>{digits}+ dígitos, o {characters}+ caracteres</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>Calibration offset downwards, in millimetres</source>
            <translation>Ajuste de calibración hacia abajo, en milímetros</translation>
        </message>
        <message>
            <source>Calibration offset to the right, in millimetres</source>
            <translation>Ajuste de calibración hacia la derecha, en milímetros</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>If labels print off the die cuts on this printer, shift them here; saved per printer.</source>
            <translation>Si las etiquetas se imprimen fuera de los cortes en esta impresora, desplácelas aquí; se guarda para cada impresora.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No hay impresora</translation>
        </message>
        <message>
            <source>No printer is set up on this laptop. Use “Save as PDF…” and print the file from another computer, or add the printer in the system settings and try again.</source>
            <translation>No hay ninguna impresora configurada en esta computadora. Use «Guardar como PDF…» e imprima el archivo desde otra computadora, o agregue la impresora en la configuración del sistema e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>No se imprimió</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Printer offset (mm), right / down:</source>
            <translation>Ajuste de la impresora (mm), derecha / abajo:</translation>
        </message>
        <message>
            <source>Printer whose calibration offset is shown</source>
            <translation>Impresora cuyo ajuste de calibración se muestra</translation>
        </message>
        <message>
            <source>Printer:</source>
            <translation>Impresora:</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Imprimiendo</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Sending pages to the printer…</source>
            <translation>Enviando las páginas a la impresora…</translation>
        </message>
        <message>
            <source>Sending “{job}” to {printer}…</source>
            <translation>Enviando «{job}» a {printer}…</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {reason}.</source>
            <translation>No se pudo guardar el PDF: {reason}.</translation>
        </message>
        <message>
            <source>The pages were not all sent to the printer. Check that it is on and has labels, then try again.</source>
            <translation>No se enviaron todas las páginas a la impresora. Revise que esté encendida y tenga etiquetas, e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message numerus="yes">
            <source>{title}: %n pages</source>
            <translation>
                <numerusform>{title}: %n página</numerusform>
                <numerusform>{title}: %n páginas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source> days after the event</source>
            <translation> días después del evento</translation>
        </message>
        <message>
            <source>&amp;Remove personal details:</source>
            <translation>&amp;Quitar datos personales:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Removed:&lt;/b&gt; {removed}.&lt;br&gt;&lt;br&gt;&lt;b&gt;Kept:&lt;/b&gt; {kept}.</source>
            <translation>&lt;b&gt;Se quita:&lt;/b&gt; {removed}.&lt;br&gt;&lt;br&gt;&lt;b&gt;Se conserva:&lt;/b&gt; {kept}.</translation>
        </message>
        <message numerus="yes">
            <source>Personal details of “{event}” are removed %n days after the event, from {day} on.</source>
            <translation>
                <numerusform>Los datos personales de «{event}» se quitan %n día después del evento, a partir del {day}.</numerusform>
                <numerusform>Los datos personales de «{event}» se quitan %n días después del evento, a partir del {day}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Personal details removed</source>
            <translation>Datos personales quitados</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <source>Privacy — families' personal details</source>
            <translation>Privacidad — datos personales de las familias</translation>
        </message>
        <message>
            <source>Remove personal details</source>
            <translation>Quitar datos personales</translation>
        </message>
        <message>
            <source>Remove personal details now…</source>
            <translation>Quitar datos personales ahora…</translation>
        </message>
        <message>
            <source>Remove personal details this many days after the event</source>
            <translation>Quitar los datos personales esta cantidad de días después del evento</translation>
        </message>
        <message>
            <source>Remove the personal details of “{event}” now?

Removed: {removed}.{early}

This cannot be undone. Every figure in the report stays the same.</source>
            <translation>¿Quitar ahora los datos personales de «{event}»?

Se quita: {removed}.{early}

Esto no se puede deshacer. Todas las cifras del informe siguen iguales.</translation>
        </message>
        <message>
            <source>Remove this event's personal details now</source>
            <translation>Quitar ahora los datos personales de este evento</translation>
        </message>
        <message>
            <source>Removing personal details</source>
            <translation>Quitando datos personales</translation>
        </message>
        <message>
            <source>Removing the personal details of “{event}”, then compacting the database…</source>
            <translation>Quitando los datos personales de «{event}» y compactando la base de datos…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save how long details are kept</source>
            <translation>Guardar cuánto tiempo se conservan los datos</translation>
        </message>
        <message>
            <source>They are kept until {day} otherwise: removing them now is before that.</source>
            <translation>Si no, se conservan hasta el {day}: quitarlos ahora es antes de esa fecha.</translation>
        </message>
        <message>
            <source>They were removed on {when} by {operator}.</source>
            <translation>Se quitaron el {when}, por {operator}.</translation>
        </message>
    </context>
    <context>
        <name>QuickStart</name>
        <message>
            <source>Check-in: hand out a giveaway to the family just checked in; put the last one back. Stations: Alt+1 / Alt+5 count visitors, Alt+0 takes one back</source>
            <translation>Registro: entregar un obsequio a la familia recién registrada; devolver el último. Estaciones: Alt+1 / Alt+5 cuentan visitantes, Alt+0 resta uno</translation>
        </message>
        <message>
            <source>Scan a ticket</source>
            <translation>Escanear un boleto</translation>
        </message>
        <message>
            <source>Type, then Enter</source>
            <translation>Escribir y luego Enter</translation>
        </message>
        <message>
            <source>adults, kids arriving</source>
            <translation>adultos, niños que llegan</translation>
        </message>
        <message>
            <source>anywhere in the window, whatever has the cursor: the family is checked in and the Check-in screen comes forward. A volunteer's badge clocks them in or out; on the Stations screen a ticket counts a visit there. An unknown code says NOT FOUND and changes nothing.</source>
            <translation>en cualquier parte de la ventana, tenga el cursor lo que tenga: la familia queda registrada y aparece la pantalla de Registro. El gafete de un voluntario marca su entrada o salida; en la pantalla Estaciones un boleto cuenta una visita allí. Un código desconocido dice NO ENCONTRADO y no cambia nada.</translation>
        </message>
        <message>
            <source>change who is at the desk</source>
            <translation>cambiar quién está en la mesa</translation>
        </message>
        <message>
            <source>choose another family in the list; clear the search box</source>
            <translation>elegir otra familia de la lista; vaciar la búsqueda</translation>
        </message>
        <message>
            <source>correct the last check-in's counts</source>
            <translation>corregir el conteo del último registro</translation>
        </message>
        <message>
            <source>edit the selected family</source>
            <translation>editar la familia elegida</translation>
        </message>
        <message>
            <source>find a family by name, phone, email or ticket code; Enter checks in the one highlighted</source>
            <translation>buscar una familia por nombre, teléfono, correo o código de boleto; Enter registra la marcada</translation>
        </message>
        <message>
            <source>switch screens</source>
            <translation>cambiar de pantalla</translation>
        </message>
        <message>
            <source>the station board for a TV</source>
            <translation>el tablero de estaciones para una TV</translation>
        </message>
        <message>
            <source>undo this laptop's last check-in: it names the family and time first — Enter undoes, Esc keeps</source>
            <translation>deshacer el último registro de esta computadora: primero dice la familia y la hora — Enter deshace, Esc mantiene</translation>
        </message>
        <message>
            <source>walk-up family (Enter saves, Esc cancels; F6 uses the family already registered)</source>
            <translation>familia sin registro (Enter guarda, Esc cancela; F6 usa la familia ya inscrita)</translation>
        </message>
    </context>
    <context>
        <name>QuickStartDialog</name>
        <message>
            <source>Keys and scanning at the desk</source>
            <translation>Teclas y escaneo en la mesa</translation>
        </message>
        <message>
            <source>Quick start</source>
            <translation>Inicio rápido</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Cheat sheet not saved</source>
            <translation>No se guardó la hoja de referencia</translation>
        </message>
        <message>
            <source>Every keyboard shortcut, by task</source>
            <translation>Todos los atajos de teclado, por tarea</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the cheat sheet</source>
            <translation>Guardar la hoja de referencia</translation>
        </message>
        <message>
            <source>Save the cheat sheet as PDF…</source>
            <translation>Guardar la hoja de referencia como PDF…</translation>
        </message>
        <message>
            <source>Save the one-page cheat sheet to print and tape to the table</source>
            <translation>Guardar la hoja de referencia de una página para imprimirla y pegarla en la mesa</translation>
        </message>
    </context>
    <context>
        <name>SwitchEventDialog</name>
        <message>
            <source> (open now)</source>
            <translation> (abierto ahora)</translation>
        </message>
        <message>
            <source>&amp;Which event should this laptop work on? It opens that one from now on (a demo only while there is no real event).</source>
            <translation>¿En qué &amp;evento debe trabajar esta computadora? Desde ahora abre ese (una demostración solo mientras no haya un evento real).</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>Open this event</source>
            <translation>Abrir este evento</translation>
        </message>
        <message>
            <source>Switch event</source>
            <translation>Cambiar de evento</translation>
        </message>
        <message>
            <source>{name}
{day}, {starts}–{ends}
id {id}</source>
            <translation>{name}
{day}, {starts}–{ends}
id {id}</translation>
        </message>
    </context>
</TS>
