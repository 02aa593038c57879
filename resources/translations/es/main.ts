<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Areas</name>
        <message>
            <source>Check-in</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Donations</source>
            <translation>Donaciones</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventario</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Estaciones</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Voluntarios</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Language of the screens on this laptop:</source>
            <translation>Idioma de las pantallas en esta computadora:</translation>
        </message>
        <message>
            <source>Saved. The screens change language the next time NightOut Desk starts.</source>
            <translation>Guardado. Las pantallas cambiarán de idioma la próxima vez que se inicie NightOut Desk.</translation>
        </message>
        <message>
            <source>The language could not be kept: {why}.</source>
            <translation>No se pudo guardar el idioma: {why}.</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n CSV files written to {folder} (readable by you only).</source>
            <translation>
                <numerusform>%n archivo CSV escrito en {folder} (solo usted puede leerlo).</numerusform>
                <numerusform>%n archivos CSV escritos en {folder} (solo usted puede leerlos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n households</source>
            <translation>
                <numerusform>%n hogar</numerusform>
                <numerusform>%n hogares</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people on site</source>
            <translation>
                <numerusform>%n persona en el lugar</numerusform>
                <numerusform>%n personas en el lugar</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>A copy of the database was saved as
{file}</source>
            <translation>Se guardó una copia de la base de datos como
{file}</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>At the desk: {operator} ({role}) on {laptop}</source>
            <translation>En la mesa: {operator} ({role}) en {laptop}</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Registro de auditoría…</translation>
        </message>
        <message>
            <source>Back up the database…</source>
            <translation>Hacer copia de seguridad…</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation>Copia hecha</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <source>Change who is at the desk</source>
            <translation>Cambiar quién está en la mesa</translation>
        </message>
        <message>
            <source>Change who is at the desk…</source>
            <translation>Cambiar quién está en la mesa…</translation>
        </message>
        <message>
            <source>Check the log</source>
            <translation>Comprobar el registro</translation>
        </message>
        <message>
            <source>Database not reachable — retrying</source>
            <translation>Base de datos no disponible — reintentando</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Base de datos: {name}</translation>
        </message>
        <message>
            <source>Desk locked ({why}): back to volunteer. Ctrl+Shift+O signs in.</source>
            <translation>Mesa bloqueada ({why}): de vuelta a voluntario. Ctrl+Shift+O para iniciar sesión.</translation>
        </message>
        <message>
            <source>Event settings</source>
            <translation>Configuración del evento</translation>
        </message>
        <message>
            <source>Event settings and neighbourhoods…</source>
            <translation>Configuración del evento y vecindarios…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export CSV files to which folder?</source>
            <translation>¿En qué carpeta exportar los archivos CSV?</translation>
        </message>
        <message>
            <source>Export CSV files…</source>
            <translation>Exportar archivos CSV…</translation>
        </message>
        <message>
            <source>Export names and contacts</source>
            <translation>Exportar nombres y contactos</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <source>Guide for the night…</source>
            <translation>Guía para la noche…</translation>
        </message>
        <message>
            <source>Import attendees…</source>
            <translation>Importar asistentes…</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>Atajos de teclado…</translation>
        </message>
        <message>
            <source>Language…</source>
            <translation>Idioma…</translation>
        </message>
        <message>
            <source>Live counts</source>
            <translation>Conteos en vivo</translation>
        </message>
        <message>
            <source>Lock the desk (back to volunteer)</source>
            <translation>Bloquear la mesa (volver a voluntario)</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>Nuevo evento…</translation>
        </message>
        <message>
            <source>Operators…</source>
            <translation>Operadores…</translation>
        </message>
        <message>
            <source>Print family tickets…</source>
            <translation>Imprimir boletos familiares…</translation>
        </message>
        <message>
            <source>Privacy…</source>
            <translation>Privacidad…</translation>
        </message>
        <message>
            <source>Quick start…</source>
            <translation>Inicio rápido…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Pantallas</translation>
        </message>
        <message>
            <source>Station board (second screen or TV)</source>
            <translation>Tablero de estaciones (segunda pantalla o TV)</translation>
        </message>
        <message>
            <source>Switch event…</source>
            <translation>Cambiar de evento…</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Text size, in percent of this laptop's usual size:</source>
            <translation>Tamaño del texto, en porcentaje del tamaño habitual de esta computadora:</translation>
        </message>
        <message>
            <source>Text size…</source>
            <translation>Tamaño del texto…</translation>
        </message>
        <message>
            <source>The National Night Out table.</source>
            <translation>La mesa de National Night Out.</translation>
        </message>
        <message>
            <source>The desk is at the volunteer role already.</source>
            <translation>La mesa ya está en el rol de voluntario.</translation>
        </message>
        <message>
            <source>The size is used now but could not be kept for the next start: {why}.</source>
            <translation>El tamaño se usa ahora, pero no se pudo guardar para el próximo inicio: {why}.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Lieutenant / admin</source>
            <translation>Teniente / administrador</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>Organizador</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Voluntario</translation>
        </message>
    </context>
    <context>
        <name>ServiceMessages</name>
        <message>
            <source>Adults and kids must be between 0 and {limit}.</source>
            <translation>Adultos y niños deben estar entre 0 y {limit}.</translation>
        </message>
        <message>
            <source>Adults and kids must be whole numbers between 0 and {limit}.</source>
            <translation>Adultos y niños deben ser números enteros entre 0 y {limit}.</translation>
        </message>
        <message>
            <source>Adults and kids must be whole numbers.</source>
            <translation>Adultos y niños deben ser números enteros.</translation>
        </message>
        <message>
            <source>Another laptop is saving at this moment. Nothing was lost — please try again.</source>
            <translation>Otra computadora está guardando en este momento. No se perdió nada; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>At least one person has to arrive to check in.</source>
            <translation>Debe llegar al menos una persona para registrarse.</translation>
        </message>
        <message>
            <source>No automatic backup could be written to {folder} ({why}).</source>
            <translation>No se pudo escribir ninguna copia automática en {folder} ({why}).</translation>
        </message>
        <message>
            <source>One of those households is not in this event.</source>
            <translation>Uno de esos hogares no está en este evento.</translation>
        </message>
        <message>
            <source>Only {who} can {doing}. Ask one to sign in at this laptop.</source>
            <translation>Solo un {who} puede hacer esto ({doing}). Pida a uno que inicie sesión en esta computadora.</translation>
        </message>
        <message>
            <source>Opened read-only: you can look, nothing can be saved.</source>
            <translation>Abierta solo para lectura: puede mirar, no se puede guardar nada.</translation>
        </message>
        <message>
            <source>Pick two different households to merge.</source>
            <translation>Elija dos hogares distintos para unir.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Nothing was saved; the log has the details.</source>
            <translation>Algo salió mal ({kind}). No se guardó nada; el registro tiene los detalles.</translation>
        </message>
        <message>
            <source>That check-in is not in this event.</source>
            <translation>Ese registro no está en este evento.</translation>
        </message>
        <message>
            <source>That conflict is not in this event.</source>
            <translation>Ese conflicto no está en este evento.</translation>
        </message>
        <message>
            <source>That household is not in this event.</source>
            <translation>Ese hogar no está en este evento.</translation>
        </message>
        <message>
            <source>The automatic backup in {folder} failed SQLite's integrity check and was deleted: the database file itself may be damaged.</source>
            <translation>La copia automática en {folder} no pasó la revisión de integridad de SQLite y se borró: puede que el propio archivo de la base de datos esté dañado.</translation>
        </message>
        <message>
            <source>The database could not be reached, so nothing was saved. Check the network cable or Wi-Fi and try again.</source>
            <translation>No se pudo conectar con la base de datos, así que no se guardó nada. Revise el cable de red o el Wi-Fi e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The database file is read-only (a write-protected USB stick, or a copy opened from a CD or a zip file), so nothing was saved. Copy it to this laptop's disk and open that copy.</source>
            <translation>El archivo de la base de datos es de solo lectura (una memoria USB protegida, o una copia abierta desde un CD o un archivo zip), así que no se guardó nada. Cópielo al disco de esta computadora y abra esa copia.</translation>
        </message>
        <message>
            <source>The database refused the change, so nothing was saved. The log has the details.</source>
            <translation>La base de datos rechazó el cambio, así que no se guardó nada. El registro tiene los detalles.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space (or plug in a USB stick) and try again.</source>
            <translation>El disco está lleno, así que no se guardó nada. Libere espacio (o conecte una memoria USB) e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The family name is needed — type the name they give you.</source>
            <translation>Falta el apellido: escriba el nombre que le den.</translation>
        </message>
        <message>
            <source>There is no backup at {path}.</source>
            <translation>No hay ninguna copia de seguridad en {path}.</translation>
        </message>
        <message>
            <source>Type your name so your check-ins are credited to you.</source>
            <translation>Escriba su nombre para que sus registros queden a su nombre.</translation>
        </message>
        <message>
            <source>Wrong PIN for {name}.</source>
            <translation>PIN incorrecto para {name}.</translation>
        </message>
        <message>
            <source>{count} events are called “{name}” ({which}): name one by its id.</source>
            <translation>{count} eventos se llaman «{name}» ({which}): indique uno por su id.</translation>
        </message>
        <message>
            <source>{file} is damaged (it fails SQLite's integrity check), so nothing was restored.</source>
            <translation>{file} está dañado (no pasa la revisión de integridad de SQLite), así que no se restauró nada.</translation>
        </message>
        <message>
            <source>{file} is damaged (it fails SQLite's integrity check), so nothing was restored: choose another backup.</source>
            <translation>{file} está dañado (no pasa la revisión de integridad de SQLite), así que no se restauró nada: elija otra copia.</translation>
        </message>
        <message>
            <source>{file} is not a NightOut Desk database, so nothing was restored.</source>
            <translation>{file} no es una base de datos de NightOut Desk, así que no se restauró nada.</translation>
        </message>
        <message>
            <source>{file} was saved by a newer version of NightOut Desk than this one ({version}), so nothing was restored: install the newer version first.</source>
            <translation>{file} se guardó con una versión de NightOut Desk más nueva que esta ({version}), así que no se restauró nada: instale primero la versión nueva.</translation>
        </message>
        <message>
            <source>{name} has no lieutenant / admin account here. A lieutenant adds accounts in Settings › Operators… (or `nightout-desk operators add`).</source>
            <translation>{name} no tiene aquí una cuenta de teniente / administrador. Un teniente agrega cuentas en Configuración › Operadores… (o `nightout-desk operators add`).</translation>
        </message>
        <message>
            <source>{name} has no organizer account here. A lieutenant adds accounts in Settings › Operators… (or `nightout-desk operators add`).</source>
            <translation>{name} no tiene aquí una cuenta de organizador. Un teniente agrega cuentas en Configuración › Operadores… (o `nightout-desk operators add`).</translation>
        </message>
        <message>
            <source>{name} is an organizer, not a lieutenant / admin.</source>
            <translation>{name} es organizador, no teniente / administrador.</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in as lieutenant / admin.</source>
            <translation>{name} necesita un PIN para iniciar sesión como teniente / administrador.</translation>
        </message>
        <message>
            <source>{name} needs a PIN to sign in as organizer.</source>
            <translation>{name} necesita un PIN para iniciar sesión como organizador.</translation>
        </message>
        <message>
            <source>{name}'s account is locked after {count} wrong PINs. Try again at {time}, or ask a lieutenant to reset the PIN.</source>
            <translation>La cuenta de {name} está bloqueada tras {count} PIN incorrectos. Inténtelo de nuevo a las {time}, o pida a un teniente que restablezca el PIN.</translation>
        </message>
    </context>
</TS>
