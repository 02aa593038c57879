<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ReportsTab</name>
        <message numerus="yes">
            <source>%n CSV tables written to {folder}.</source>
            <translation>
                <numerusform>%n CSV table written to {folder}.</numerusform>
                <numerusform>%n CSV tables written to {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Donations by kind — %n donors</source>
            <translation>
                <numerusform>Donations by kind — %n donor</numerusform>
                <numerusform>Donations by kind — %n donors</numerusform>
            </translation>
        </message>
    </context>
</TS>
