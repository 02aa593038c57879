<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConflictsDialog</name>
        <message numerus="yes">
            <source>{still} of %n conflicts not looked at yet. Nothing was lost: what was set aside is also in the audit log.</source>
            <translation>
                <numerusform>{still} of %n conflict not looked at yet. Nothing was lost: what was set aside is also in the audit log.</numerusform>
                <numerusform>{still} of %n conflicts not looked at yet. Nothing was lost: what was set aside is also in the audit log.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message numerus="yes">
            <source>%n changes waiting</source>
            <translation>
                <numerusform>%n change waiting</numerusform>
                <numerusform>%n changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-ins</source>
            <translation>
                <numerusform>%n check-in</numerusform>
                <numerusform>%n check-ins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synced {ago} · %n laptops</source>
            <translation>
                <numerusform>Synced {ago} · %n laptop</numerusform>
                <numerusform>Synced {ago} · %n laptops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{check_ins} and %n other changes waiting</source>
            <translation>
                <numerusform>{check_ins} and %n other change waiting</numerusform>
                <numerusform>{check_ins} and %n other changes waiting</numerusform>
            </translation>
        </message>
    </context>
</TS>
