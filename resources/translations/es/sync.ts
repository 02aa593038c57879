<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts between laptops</source>
            <translation>Conflictos entre computadoras</translation>
        </message>
        <message>
            <source>Mark as looked at</source>
            <translation>Marcar como revisado</translation>
        </message>
        <message>
            <source>Mark the chosen conflict as looked at</source>
            <translation>Marcar como revisado el conflicto elegido</translation>
        </message>
        <message>
            <source>No conflicts: the laptops' work fitted together.</source>
            <translation>Sin conflictos: el trabajo de las computadoras encajó.</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>Conflictos de sincronización</translation>
        </message>
        <message numerus="yes">
            <source>{still} of %n conflicts not looked at yet. Nothing was lost: what was set aside is also in the audit log.</source>
            <translation>
                <numerusform>{still} de %n conflicto sin revisar aún. No se perdió nada: lo apartado también está en el registro de auditoría.</numerusform>
                <numerusform>{still} de %n conflictos sin revisar aún. No se perdió nada: lo apartado también está en el registro de auditoría.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Laptops</source>
            <translation>Computadoras</translation>
        </message>
        <message>
            <source>Looked at</source>
            <translation>Revisado</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>Apartado</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>What stands</source>
            <translation>Qué queda</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>aún no</translation>
        </message>
        <message>
            <source>yes, by {operator}</source>
            <translation>sí, por {operator}</translation>
        </message>
    </context>
    <context>
        <name>SyncAndBackups</name>
        <message>
            <source>Carry on from {file} ({when})?

The file in use now is set aside as it is (renamed, nothing is deleted); what was saved after this backup is not in the copy.</source>
            <translation>¿Seguir desde {file} ({when})?

El archivo en uso se aparta tal como está (con otro nombre, no se borra nada); lo guardado después de esta copia no está en ella.</translation>
        </message>
        <message>
            <source>Carrying on from {file}.</source>
            <translation>Se sigue desde {file}.</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Revisando {file}…</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Unir</translation>
        </message>
        <message>
            <source>Merge a laptop's file</source>
            <translation>Unir el archivo de una computadora</translation>
        </message>
        <message>
            <source>Merge a laptop's file…</source>
            <translation>Unir el archivo de una computadora…</translation>
        </message>
        <message>
            <source>Merge which laptop's file (or backup)?</source>
            <translation>¿Qué archivo de computadora (o copia) unir?</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Unido</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>Uniendo {file}…</translation>
        </message>
        <message>
            <source>NightOut Desk databases (*.sqlite3 *.db);;All files (*)</source>
            <translation>Bases de datos de NightOut Desk (*.sqlite3 *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Only this laptop's own file can be restored here.</source>
            <translation>Aquí solo se puede restaurar el archivo propio de esta computadora.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>No se pudo restaurar</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <source>Restore from which backup?</source>
            <translation>¿Desde qué copia de seguridad restaurar?</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restaurado</translation>
        </message>
        <message>
            <source>Restoring from {file}…</source>
            <translation>Restaurando desde {file}…</translation>
        </message>
        <message>
            <source>Sync conflicts…</source>
            <translation>Conflictos de sincronización…</translation>
        </message>
        <message>
            <source>Sync with the hub now</source>
            <translation>Sincronizar con el servidor central ahora</translation>
        </message>
        <message>
            <source>The backup holds no event: start the app again to create one.</source>
            <translation>La copia no tiene ningún evento: vuelva a iniciar el programa para crear uno.</translation>
        </message>
        <message>
            <source>The file that was in use is kept as {file}.</source>
            <translation>El archivo que estaba en uso se guarda como {file}.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%n changes waiting</source>
            <translation>
                <numerusform>%n cambio pendiente</numerusform>
                <numerusform>%n cambios pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>Base de datos: {name}</translation>
        </message>
        <message>
            <source>Hub not reachable — {waiting}; this laptop keeps working</source>
            <translation>Servidor central no responde — {waiting}; la computadora sigue funcionando</translation>
        </message>
        <message>
            <source>Hub: {hub}</source>
            <translation>Servidor central: {hub}</translation>
        </message>
        <message>
            <source>Hub: {hub}
{reason}
The laptop tries again by itself.</source>
            <translation>Servidor central: {hub}
{reason}
La computadora vuelve a intentarlo sola.</translation>
        </message>
        <message>
            <source>Not syncing with the hub — this laptop keeps working (hover for why)</source>
            <translation>Sin sincronizar con el servidor central — esta computadora sigue funcionando (pase el ratón para ver por qué)</translation>
        </message>
        <message>
            <source>Sync with the hub</source>
            <translation>Sincronización con el servidor central</translation>
        </message>
        <message numerus="yes">
            <source>Synced {ago} · %n laptops</source>
            <translation>
                <numerusform>Sincronizado {ago} · %n computadora</numerusform>
                <numerusform>Sincronizado {ago} · %n computadoras</numerusform>
            </translation>
        </message>
        <message>
            <source>Syncing with the hub…</source>
            <translation>Sincronizando con el servidor central…</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>a las {time}</translation>
        </message>
        <message>
            <source>nothing waiting</source>
            <translation>nada pendiente</translation>
        </message>
        <message>
            <source>what this laptop did is kept</source>
            <translation>lo hecho en esta computadora se conserva</translation>
        </message>
        <message numerus="yes">
            <source>{check_ins} and %n other changes waiting</source>
            <translation>
                <numerusform>{check_ins} y %n cambio más pendientes</numerusform>
                <numerusform>{check_ins} y %n cambios más pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>{check_ins} waiting</source>
            <translation>{check_ins} pendientes</translation>
        </message>
        <message>
            <source>{minutes} min ago</source>
            <translation>hace {minutes} min</translation>
        </message>
        <message>
            <source>{seconds} s ago</source>
            <translation>hace {seconds} s</translation>
        </message>
    </context>
</TS>
