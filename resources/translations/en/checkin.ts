<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CheckInTab</name>
        <message numerus="yes">
            <source>%n households match</source>
            <translation>
                <numerusform>%n household matches</numerusform>
                <numerusform>%n households match</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountersPanel</name>
        <message numerus="yes">
            <source>%n households</source>
            <translation>
                <numerusform>%n household</numerusform>
                <numerusform>%n households</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message numerus="yes">
            <source>%n adults</source>
            <translation>
                <numerusform>%n adult</numerusform>
                <numerusform>%n adults</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kids</source>
            <translation>
                <numerusform>%n kid</numerusform>
                <numerusform>%n kids</numerusform>
            </translation>
        </message>
    </context>
</TS>
