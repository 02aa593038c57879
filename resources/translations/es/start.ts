<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>DeskLock</name>
        <message>
            <source>locked with Ctrl+L</source>
            <translation>bloqueada con Ctrl+L</translation>
        </message>
        <message numerus="yes">
            <source>no one at the laptop for %n minutes</source>
            <translation>
                <numerusform>nadie en la computadora durante %n minuto</numerusform>
                <numerusform>nadie en la computadora durante %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>no one at the laptop for {time}</source>
            <translation>nadie en la computadora durante {time}</translation>
        </message>
    </context>
    <context>
        <name>OperatorDialog</name>
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
            <source>PIN or password</source>
            <translation>PIN o contraseña</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>This &amp;laptop:</source>
            <translation>Esta &amp;computadora:</translation>
        </message>
        <message>
            <source>This laptop's name</source>
            <translation>Nombre de esta computadora</translation>
        </message>
        <message>
            <source>Who is at the desk?</source>
            <translation>¿Quién está en la mesa?</translation>
        </message>
        <message>
            <source>Your check-ins are credited to you, and the log shows who did what.
Volunteers need no PIN; organizers and lieutenants type theirs.</source>
            <translation>Sus registros quedan a su nombre, y el registro de auditoría muestra quién hizo qué.
Los voluntarios no necesitan PIN; organizadores y tenientes escriben el suyo.</translation>
        </message>
        <message>
            <source>Your first and last name</source>
            <translation>Su nombre y apellido</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Your role tonight</source>
            <translation>Su rol esta noche</translation>
        </message>
        <message>
            <source>e.g. Desk 2</source>
            <translation>p. ej. Mesa 2</translation>
        </message>
        <message>
            <source>the PIN of your account</source>
            <translation>el PIN de su cuenta</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>This needs a lieutenant / admin. Sign in?</source>
            <translation>Esto necesita un teniente / administrador. ¿Iniciar sesión?</translation>
        </message>
        <message>
            <source>This needs a volunteer. Sign in?</source>
            <translation>Esto necesita un voluntario. ¿Iniciar sesión?</translation>
        </message>
        <message>
            <source>This needs an organizer. Sign in?</source>
            <translation>Esto necesita un organizador. ¿Iniciar sesión?</translation>
        </message>
        <message>
            <source>{action}: this needs a lieutenant / admin.</source>
            <translation>{action}: esto necesita un teniente / administrador.</translation>
        </message>
        <message>
            <source>{action}: this needs a volunteer.</source>
            <translation>{action}: esto necesita un voluntario.</translation>
        </message>
        <message>
            <source>{action}: this needs an organizer.</source>
            <translation>{action}: esto necesita un organizador.</translation>
        </message>
    </context>
    <context>
        <name>Start</name>
        <message>
            <source>The backup could not be put in place.

{why}</source>
            <translation>No se pudo poner la copia de seguridad en su lugar.

{why}</translation>
        </message>
        <message>
            <source>The full check found damage in {file}, and no good backup was found beside it: what is saved now may be lost. Ask for help (the log has the details).</source>
            <translation>La revisión completa encontró daños en {file}, y no hay al lado ninguna copia de seguridad buena: lo que se guarde ahora puede perderse. Pida ayuda (el registro tiene los detalles).</translation>
        </message>
        <message>
            <source>There is no event called “{name}” in this database.</source>
            <translation>No hay ningún evento llamado «{name}» en esta base de datos.</translation>
        </message>
        <message>
            <source>it fails SQLite's integrity check, so it was not opened</source>
            <translation>no pasa la revisión de integridad de SQLite, así que no se abrió</translation>
        </message>
        <message>
            <source>the full check found damage, so what is saved now may be lost</source>
            <translation>la revisión completa encontró daños, así que lo que se guarde ahora puede perderse</translation>
        </message>
        <message>
            <source>{app} cannot start.

{why}</source>
            <translation>{app} no puede iniciarse.

{why}</translation>
        </message>
        <message>
            <source>{app}: the database is damaged</source>
            <translation>{app}: la base de datos está dañada</translation>
        </message>
        <message>
            <source>{file} is damaged: {found_at}.

The newest good backup is {backup} ({when}). Open that backup instead?

The damaged file is set aside as it is (renamed, nothing is deleted); what was saved after the backup is not in it.</source>
            <translation>{file} está dañado: {found_at}.

La copia de seguridad buena más reciente es {backup} ({when}). ¿Abrir esa copia en su lugar?

El archivo dañado se aparta tal como está (con otro nombre, no se borra nada); lo guardado después de la copia no está en ella.</translation>
        </message>
        <message>
            <source>{file} is read-only and has no event yet: there is nothing to look at.</source>
            <translation>{file} es de solo lectura y aún no tiene ningún evento: no hay nada que ver.</translation>
        </message>
    </context>
</TS>
