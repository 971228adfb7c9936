<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Authenticator</name>
    <message numerus="yes">
        <source>The passphrase for key %1 was wrong %n time(s).</source>
        <translation>
            <numerusform>The passphrase for key %1 was wrong %n time.</numerusform>
            <numerusform>The passphrase for key %1 was wrong %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTab</name>
    <message numerus="yes">
        <source>Removed %n old key line(s) of %1 from %2 at the user&apos;s request</source>
        <translation>
            <numerusform>Removed %n old key line of %1 from %2 at the user&apos;s request</numerusform>
            <numerusform>Removed %n old key lines of %1 from %2 at the user&apos;s request</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionWorker</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering (%n keepalive(s) without a reply).</source>
        <translation>
            <numerusform>%1 stopped answering (%n keepalive without a reply).</numerusform>
            <numerusform>%1 stopped answering (%n keepalives without a reply).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::MainWindow</name>
    <message numerus="yes">
        <source>%n session(s) imported from %1.</source>
        <translation>
            <numerusform>%n session imported from %1.</numerusform>
            <numerusform>%n sessions imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation>
            <numerusform>%n session exported to %1.</numerusform>
            <numerusform>%n sessions exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quit Ferry and end %n running session(s)?</source>
        <translation>
            <numerusform>Quit Ferry and end %n running session?</numerusform>
            <numerusform>Quit Ferry and end %n running sessions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::SessionTreeDock</name>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and the %n session(s) in it?</source>
        <translation>
            <numerusform>Delete the folder &quot;%1&quot; and the %n session in it?</numerusform>
            <numerusform>Delete the folder &quot;%1&quot; and the %n sessions in it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)?</source>
        <translation>
            <numerusform>Delete %n session?</numerusform>
            <numerusform>Delete %n sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n folder(s) with everything in them (%1)?</source>
        <translation>
            <numerusform>Delete %n folder with everything in it (%1)?</numerusform>
            <numerusform>Delete %n folders with everything in them (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation>
            <numerusform>%n session in all</numerusform>
            <numerusform>%n sessions in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::SshConfigImportDialog</name>
    <message numerus="yes">
        <source>%n host(s) in %1. Wildcard blocks such as &quot;Host *&quot; are not sessions; their settings apply to the hosts below.</source>
        <translation>
            <numerusform>%n host in %1. Wildcard blocks such as &quot;Host *&quot; are not sessions; their settings apply to the hosts below.</numerusform>
            <numerusform>%n hosts in %1. Wildcard blocks such as &quot;Host *&quot; are not sessions; their settings apply to the hosts below.</numerusform>
        </translation>
    </message>
</context>
</TS>
