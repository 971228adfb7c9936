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
    <name>KeyOperations</name>
    <message numerus="yes">
        <source>%1 was added to the agent for %n second(s).</source>
        <translation>
            <numerusform>%1 was added to the agent for %n second.</numerusform>
            <numerusform>%1 was added to the agent for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::AgentPanel</name>
    <message numerus="yes">
        <source>The SSH agent at %1 holds %n key(s).</source>
        <translation>
            <numerusform>The SSH agent at %1 holds %n key.</numerusform>
            <numerusform>The SSH agent at %1 holds %n keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n key(s) from the SSH agent?</source>
        <translation>
            <numerusform>Remove the key from the SSH agent?</numerusform>
            <numerusform>Remove all %n keys from the SSH agent?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::BrowserTab</name>
    <message numerus="yes">
        <source>Downloading %n item(s) for the drop…</source>
        <translation>
            <numerusform>Downloading %n item for the drop…</numerusform>
            <numerusform>Downloading %n items for the drop…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ConflictDialog</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionLogin</name>
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
    <name>ferry::FilePane</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items? Folders go with everything in them.</source>
        <translation>
            <numerusform>Delete this item? Folders go with everything in them.</numerusform>
            <numerusform>Delete these %n items? Folders go with everything in them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::FindReplaceBar</name>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>Replaced %n occurrence</numerusform>
            <numerusform>Replaced %n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::KnownHostsDialog</name>
    <message numerus="yes">
        <source>Remove %n entry(s) from the known hosts file?</source>
        <translation>
            <numerusform>Remove %n entry from the known hosts file?</numerusform>
            <numerusform>Remove %n entries from the known hosts file?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed from %1.</source>
        <translation>
            <numerusform>%n line removed from %1.</numerusform>
            <numerusform>%n lines removed from %1.</numerusform>
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
    <name>ferry::PaneModel</name>
    <message numerus="yes">
        <source>%L1 byte(s)</source>
        <translation>
            <numerusform>%L1 byte</numerusform>
            <numerusform>%L1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::PermissionsDialog</name>
    <message numerus="yes">
        <source>Permissions of %n Item(s)</source>
        <translation>
            <numerusform>Permissions of %n Item</numerusform>
            <numerusform>Permissions of %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::RemotePaneModel</name>
    <message numerus="yes">
        <source>Deleting %1: %n item(s) deleted, now %2</source>
        <translation>
            <numerusform>Deleting %1: %n item deleted, now %2</numerusform>
            <numerusform>Deleting %1: %n items deleted, now %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing permissions: %n item(s) done</source>
        <translation>
            <numerusform>Changing permissions: %n item done</numerusform>
            <numerusform>Changing permissions: %n items done</numerusform>
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
    <name>ferry::SftpService</name>
    <message numerus="yes">
        <source>SFTP channel %1 ready (version %2, %n extension(s), reads of %3 bytes, writes of %4 bytes)</source>
        <translation>
            <numerusform>SFTP channel %1 ready (version %2, %n extension, reads of %3 bytes, writes of %4 bytes)</numerusform>
            <numerusform>SFTP channel %1 ready (version %2, %n extensions, reads of %3 bytes, writes of %4 bytes)</numerusform>
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
<context>
    <name>ferry::TransferQueue</name>
    <message numerus="yes">
        <source>%1 of %n file(s) failed</source>
        <translation>
            <numerusform>%1 of %n file failed</numerusform>
            <numerusform>%1 of %n files failed</numerusform>
        </translation>
    </message>
</context>
</TS>
