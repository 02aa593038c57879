<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n CSV files written to {folder} (readable by you only).</source>
            <translation>
                <numerusform>%n CSV file written to {folder} (readable by you only).</numerusform>
                <numerusform>%n CSV files written to {folder} (readable by you only).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n households</source>
            <translation>
                <numerusform>%n household</numerusform>
                <numerusform>%n households</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people on site</source>
            <translation>
                <numerusform>%n person on site</numerusform>
                <numerusform>%n people on site</numerusform>
            </translation>
        </message>
    </context>
</TS>
