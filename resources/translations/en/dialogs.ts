<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n title lines skipped</source>
            <translation>
                <numerusform>%n title line skipped</numerusform>
                <numerusform>%n title lines skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message numerus="yes">
            <source>{title}: %n pages</source>
            <translation>
                <numerusform>{title}: %n page</numerusform>
                <numerusform>{title}: %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message numerus="yes">
            <source>Personal details of “{event}” are removed %n days after the event, from {day} on.</source>
            <translation>
                <numerusform>Personal details of “{event}” are removed %n day after the event, from {day} on.</numerusform>
                <numerusform>Personal details of “{event}” are removed %n days after the event, from {day} on.</numerusform>
            </translation>
        </message>
    </context>
</TS>
