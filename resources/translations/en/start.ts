<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DeskLock</name>
        <message numerus="yes">
            <source>no one at the laptop for %n minutes</source>
            <translation>
                <numerusform>no one at the laptop for %n minute</numerusform>
                <numerusform>no one at the laptop for %n minutes</numerusform>
            </translation>
        </message>
    </context>
</TS>
