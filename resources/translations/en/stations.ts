<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>StationsTab</name>
        <message numerus="yes">
            <source>{open} open · {paused} paused · %n visits counted tonight</source>
            <translation>
                <numerusform>{open} open · {paused} paused · %n visit counted tonight</numerusform>
                <numerusform>{open} open · {paused} paused · %n visits counted tonight</numerusform>
            </translation>
        </message>
    </context>
</TS>
