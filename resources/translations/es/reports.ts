<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Charts</name>
        <message>
            <source>Handed out</source>
            <translation>Entregados</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Restantes</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Sin datos todavía</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>{title}: {nothing}</source>
            <translation>{title}: {nothing}</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message numerus="yes">
            <source>%n CSV tables written to {folder}.</source>
            <translation>
                <numerusform>%n tabla CSV guardada en {folder}.</numerusform>
                <numerusform>%n tablas CSV guardadas en {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Incidents and notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Incidentes y notas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Worth knowing:&lt;/b&gt; {notes}</source>
            <translation>&lt;b&gt;Para tener en cuenta:&lt;/b&gt; {notes}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{time}&lt;/b&gt; {where}: {description} — &lt;i&gt;{state}&lt;/i&gt;</source>
            <translation>&lt;b&gt;{time}&lt;/b&gt; {where}: {description} — &lt;i&gt;{state}&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Donations</source>
            <translation>Donaciones</translation>
        </message>
        <message numerus="yes">
            <source>Donations by kind — %n donors</source>
            <translation>
                <numerusform>Donaciones por tipo — %n donante</numerusform>
                <numerusform>Donaciones por tipo — %n donantes</numerusform>
            </translation>
        </message>
        <message>
            <source>End-of-night report</source>
            <translation>Informe de fin de noche</translation>
        </message>
        <message>
            <source>Giveaway stock</source>
            <translation>Obsequios</translation>
        </message>
        <message>
            <source>Giveaway stock: handed out and left</source>
            <translation>Obsequios: entregados y restantes</translation>
        </message>
        <message>
            <source>Households by neighbourhood</source>
            <translation>Hogares por vecindario</translation>
        </message>
        <message>
            <source>Making the report…</source>
            <translation>Preparando el informe…</translation>
        </message>
        <message>
            <source>No incidents recorded tonight.</source>
            <translation>No se registraron incidentes esta noche.</translation>
        </message>
        <message>
            <source>OPEN</source>
            <translation>SIN RESOLVER</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Participants by station</source>
            <translation>Participantes por estación</translation>
        </message>
        <message>
            <source>People arriving per 15 minutes</source>
            <translation>Personas que llegan cada 15 minutos</translation>
        </message>
        <message>
            <source>People on site over time (checked in so far)</source>
            <translation>Personas en el lugar durante la noche (registradas hasta ahora)</translation>
        </message>
        <message>
            <source>Print / preview…</source>
            <translation>Imprimir / vista previa…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Save CSV tables…</source>
            <translation>Guardar tablas CSV…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Guardar PDF…</translation>
        </message>
        <message>
            <source>Save the report as PDF</source>
            <translation>Guardar el informe como PDF</translation>
        </message>
        <message>
            <source>Save the report's tables (CSV) in which folder?</source>
            <translation>¿En qué carpeta guardar las tablas del informe (CSV)?</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Estaciones</translation>
        </message>
        <message>
            <source>The report PDF could not be made</source>
            <translation>No se pudo crear el PDF del informe</translation>
        </message>
        <message>
            <source>The report could not be made</source>
            <translation>No se pudo crear el informe</translation>
        </message>
        <message>
            <source>The report was not saved</source>
            <translation>El informe no se guardó</translation>
        </message>
        <message>
            <source>The tables were not saved</source>
            <translation>Las tablas no se guardaron</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Horas de voluntarios</translation>
        </message>
        <message>
            <source>Volunteer hours by organization</source>
            <translation>Horas de voluntarios por organización</translation>
        </message>
        <message>
            <source>Volunteer hours by station</source>
            <translation>Horas de voluntarios por estación</translation>
        </message>
        <message>
            <source>Walk-ups and pre-registered households</source>
            <translation>Hogares sin registro e inscritos</translation>
        </message>
        <message>
            <source>as of {time}</source>
            <translation>datos de las {time}</translation>
        </message>
        <message>
            <source>no donations recorded.</source>
            <translation>no se registraron donaciones.</translation>
        </message>
        <message>
            <source>no hours recorded.</source>
            <translation>no se registraron horas.</translation>
        </message>
        <message>
            <source>no station has counted anybody.</source>
            <translation>ninguna estación ha contado a nadie.</translation>
        </message>
        <message>
            <source>no stock recorded.</source>
            <translation>no se registraron obsequios.</translation>
        </message>
        <message>
            <source>nobody has been checked in.</source>
            <translation>todavía no se ha registrado a nadie.</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>resolved: {how}</source>
            <translation>resuelto: {how}</translation>
        </message>
        <message>
            <source>{kind} at {station}</source>
            <translation>{kind} en {station}</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
    </context>
</TS>
