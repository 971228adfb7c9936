<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Authenticator</name>
    <message>
        <source>The server broke off the login: %1</source>
        <translation>Der Server hat die Anmeldung abgebrochen: %1</translation>
    </message>
    <message>
        <source>The server accepts: %1</source>
        <translation>Der Server akzeptiert: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Authentication failed for %1. Tried: %2. The server accepts: %3.</source>
        <translation>Die Authentifizierung für %1 ist fehlgeschlagen. Versucht: %2. Der Server akzeptiert: %3.</translation>
    </message>
    <message>
        <source>nothing Ferry could offer</source>
        <translation>nichts, was Ferry anbieten konnte</translation>
    </message>
    <message>
        <source>Authenticated with %1</source>
        <translation>Authentifiziert mit %1</translation>
    </message>
    <message>
        <source>%1 accepted; the server asks for more: %2</source>
        <translation>%1 akzeptiert; der Server verlangt weitere Methoden: %2</translation>
    </message>
    <message>
        <source>The login failed during %1: %2</source>
        <translation>Die Anmeldung ist bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 was refused</source>
        <translation>%1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Trying the keys of the SSH agent</source>
        <translation>Die Schlüssel des SSH-Agenten werden versucht</translation>
    </message>
    <message>
        <source>The SSH agent could not be used: %1</source>
        <translation>Der SSH-Agent konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Offering key %1</source>
        <translation>Schlüssel %1 wird angeboten</translation>
    </message>
    <message>
        <source>The server does not accept key %1</source>
        <translation>Der Server akzeptiert den Schlüssel %1 nicht</translation>
    </message>
    <message>
        <source>Key %1 could not be used: %2.</source>
        <translation>Der Schlüssel %1 konnte nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Key %1 is not a private key Ferry can read.</source>
        <translation>Der Schlüssel %1 ist kein privater Schlüssel, den Ferry lesen kann.</translation>
    </message>
    <message>
        <source>Passphrase for key %1:</source>
        <translation>Passphrase für den Schlüssel %1:</translation>
    </message>
    <message>
        <source>No passphrase was given for key %1.</source>
        <translation>Für den Schlüssel %1 wurde keine Passphrase eingegeben.</translation>
    </message>
    <message>
        <source>Wrong passphrase for key %1</source>
        <translation>Falsche Passphrase für den Schlüssel %1</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase for key %1 was wrong %n time(s).</source>
        <translation>
            <numerusform>Die Passphrase für den Schlüssel %1 war %n-mal falsch.</numerusform>
            <numerusform>Die Passphrase für den Schlüssel %1 war %n-mal falsch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in with key %1</source>
        <translation>Anmeldung mit dem Schlüssel %1</translation>
    </message>
    <message>
        <source>Trying keyboard-interactive</source>
        <translation>keyboard-interactive wird versucht</translation>
    </message>
    <message>
        <source>Answering the password prompt with the remembered password</source>
        <translation>Die Passwortabfrage wird mit dem gespeicherten Passwort beantwortet</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>Trying the remembered password</source>
        <translation>Das gespeicherte Passwort wird versucht</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Offering certificate %1</source>
        <translation>Zertifikat %1 wird angeboten</translation>
    </message>
    <message>
        <source>The server does not accept certificate %1</source>
        <translation>Der Server akzeptiert das Zertifikat %1 nicht</translation>
    </message>
    <message>
        <source>Using certificate %1</source>
        <translation>Zertifikat %1 wird verwendet</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Ferry, an SSH terminal and SFTP client.</source>
        <translation>Ferry, ein SSH-Terminal und SFTP-Client.</translation>
    </message>
    <message>
        <source>The server to connect to, also as ssh://[user@]host[:port]. -l and -p take precedence over the user and port written here. An IPv6 address with a port is written [address]:port.</source>
        <translation>Der Server, mit dem verbunden werden soll, auch als ssh://[Benutzer@]Host[:Port]. -l und -p haben Vorrang vor dem hier angegebenen Benutzer und Port. Eine IPv6-Adresse mit Port wird als [Adresse]:Port geschrieben.</translation>
    </message>
    <message>
        <source>[[user@]host[:port]]</source>
        <translation>[[Benutzer@]Host[:Port]]</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Port to connect to (default: 22).</source>
        <translation>Port, mit dem verbunden wird (Standard: 22).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User to log in as (default: %1).</source>
        <translation>Benutzer, als der die Anmeldung erfolgt (Standard: %1).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Private key to try; repeat for more. Default: id_rsa, id_ecdsa, id_ed25519 and id_dsa in the ssh directory, those that exist.</source>
        <translation>Privater Schlüssel, der versucht werden soll; für weitere Schlüssel wiederholen. Standard: id_rsa, id_ecdsa, id_ed25519 und id_dsa im ssh-Verzeichnis, soweit vorhanden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>OpenSSH known_hosts file to check and store host keys in (default: known_hosts in the ssh directory).</source>
        <translation>OpenSSH-known_hosts-Datei, in der Host-Schlüssel geprüft und gespeichert werden (Standard: known_hosts im ssh-Verzeichnis).</translation>
    </message>
    <message>
        <source>The ssh directory (default: %1).</source>
        <translation>Das ssh-Verzeichnis (Standard: %1).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Save a PNG of the window as shown on the screen and print its path, once the first remote output has arrived and settled (or the connection failed; 30 seconds at the latest).</source>
        <translation>Speichert ein PNG des Fensters, wie es auf dem Bildschirm angezeigt wird, und gibt seinen Pfad aus, sobald die erste Ausgabe vom Server eingetroffen ist und sich nichts mehr ändert (oder die Verbindung fehlgeschlagen ist; spätestens nach 30 Sekunden).</translation>
    </message>
    <message>
        <source>Quit once the screenshot is saved: exit status 0 if remote output had arrived, 1 otherwise.</source>
        <translation>Beendet Ferry, sobald der Screenshot gespeichert ist: Exit-Status 0, wenn Ausgabe vom Server eingetroffen war, sonst 1.</translation>
    </message>
    <message>
        <source>OpenSSH client configuration to read for the destination, as ssh does (default: config in the ssh directory); &quot;none&quot; reads none.</source>
        <translation>OpenSSH-Clientkonfiguration, die wie bei ssh für das Ziel gelesen wird (Standard: config im ssh-Verzeichnis); „none“ liest keine.</translation>
    </message>
    <message>
        <source>Open the saved session with this name instead of a destination.</source>
        <translation>Öffnet die gespeicherte Sitzung mit diesem Namen statt eines Ziels.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Expected one destination, got %1: %2</source>
        <translation>Ein Ziel erwartet, aber %1 erhalten: %2</translation>
    </message>
    <message>
        <source>--quit-after-screenshot needs --screenshot.</source>
        <translation>--quit-after-screenshot erfordert --screenshot.</translation>
    </message>
    <message>
        <source>--session needs the name of a saved session.</source>
        <translation>--session erfordert den Namen einer gespeicherten Sitzung.</translation>
    </message>
    <message>
        <source>Give either a destination or --session, not both.</source>
        <translation>Geben Sie entweder ein Ziel oder --session an, nicht beides.</translation>
    </message>
    <message>
        <source>-p, -l and -i apply to a destination; the saved session has its own settings.</source>
        <translation>-p, -l und -i gelten für ein Ziel; die gespeicherte Sitzung hat ihre eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>-p, -l and -i need a destination.</source>
        <translation>-p, -l und -i erfordern ein Ziel.</translation>
    </message>
    <message>
        <source>Not a valid port: %1</source>
        <translation>Kein gültiger Port: %1</translation>
    </message>
    <message>
        <source>No user name: give one with -l or as user@host.</source>
        <translation>Kein Benutzername: Geben Sie ihn mit -l oder als Benutzer@Host an.</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>The host name “%1” could not be found. Check its spelling and your DNS.</source>
        <translation>Der Hostname „%1“ wurde nicht gefunden. Prüfen Sie die Schreibweise und Ihre DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server is listening there.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort lauscht kein SSH-Server.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this network.</source>
        <translation>%1 ist von diesem Netzwerk aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the login.</source>
        <translation>%1 hat die Verbindung vor der Anmeldung geschlossen.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2</source>
        <translation>Der SSH-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>A destination has no spaces in it: %1</source>
        <translation>Ein Ziel enthält keine Leerzeichen: %1</translation>
    </message>
    <message>
        <source>No user name before &apos;@&apos; in %1</source>
        <translation>Kein Benutzername vor „@“ in %1</translation>
    </message>
    <message>
        <source>Not a valid destination: %1</source>
        <translation>Kein gültiges Ziel: %1</translation>
    </message>
    <message>
        <source>No host name in %1</source>
        <translation>Kein Hostname in %1</translation>
    </message>
    <message>
        <source>Not a valid port in %1</source>
        <translation>Kein gültiger Port in %1</translation>
    </message>
    <message>
        <source>Ferry opens ssh:// URLs, not %1://: %2</source>
        <translation>Ferry öffnet ssh://-URLs, nicht %1://: %2</translation>
    </message>
    <message>
        <source>Not a valid ssh:// URL: %1 (an &apos;@&apos; in the user name is written %2)</source>
        <translation>Keine gültige ssh://-URL: %1 (ein „@“ im Benutzernamen wird als %2 geschrieben)</translation>
    </message>
    <message>
        <source>Not a valid ssh:// URL: %1</source>
        <translation>Keine gültige ssh://-URL: %1</translation>
    </message>
    <message>
        <source>A password in an ssh:// URL is not used; Ferry asks for it when the server wants one: %1</source>
        <translation>Ein Passwort in einer ssh://-URL wird nicht verwendet; Ferry fragt danach, wenn der Server eines verlangt: %1</translation>
    </message>
    <message>
        <source>Connection parameters (after &apos;;&apos;) in ssh:// URLs are not supported: %1</source>
        <translation>Verbindungsparameter (nach „;“) in ssh://-URLs werden nicht unterstützt: %1</translation>
    </message>
    <message>
        <source>An ssh:// URL names only [user@]host[:port]; Ferry cannot open the rest of %1</source>
        <translation>Eine ssh://-URL gibt nur [Benutzer@]Host[:Port] an; den Rest von %1 kann Ferry nicht öffnen</translation>
    </message>
</context>
<context>
    <name>DownloadTask</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>the target exists</source>
        <translation>das Ziel existiert</translation>
    </message>
    <message>
        <source>cannot create the symbolic link</source>
        <translation>der symbolische Link kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>a folder has the name of the partial file</source>
        <translation>ein Ordner trägt den Namen der Teildatei</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>ein Ordner mit diesem Namen existiert</translation>
    </message>
    <message>
        <source>the target is larger than the source: nothing to resume</source>
        <translation>das Ziel ist größer als die Quelle: nichts fortzusetzen</translation>
    </message>
    <message>
        <source>no free name found</source>
        <translation>kein freier Name gefunden</translation>
    </message>
    <message>
        <source>cannot take over the file to resume it</source>
        <translation>die Datei kann zum Fortsetzen nicht übernommen werden</translation>
    </message>
    <message>
        <source>cannot create the partial file</source>
        <translation>die Teildatei kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot prepare the partial file</source>
        <translation>die Teildatei kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>the server&apos;s replies left a gap in the file</source>
        <translation>die Antworten des Servers haben eine Lücke in der Datei hinterlassen</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich</translation>
    </message>
    <message>
        <source>cannot rename the partial file into place</source>
        <translation>die Teildatei kann nicht auf den endgültigen Namen umbenannt werden</translation>
    </message>
</context>
<context>
    <name>KeyCertificate</name>
    <message>
        <source>The certificate %1 cannot be read.</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate %1 is not for the key %2.</source>
        <translation>Das Zertifikat %1 gehört nicht zum Schlüssel %2.</translation>
    </message>
</context>
<context>
    <name>KeyInventory</name>
    <message>
        <source>the file is too large to be a key</source>
        <translation>die Datei ist zu groß für einen Schlüssel</translation>
    </message>
    <message>
        <source>The key file cannot be read: %1.</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>This is not a private key Ferry can read, or the file is damaged.</source>
        <translation>Dies ist kein privater Schlüssel, den Ferry lesen kann, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>There is no %1, and the public key cannot be read without the passphrase.</source>
        <translation>Es gibt keine Datei %1, und der öffentliche Schlüssel kann ohne die Passphrase nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>KeyOperations</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of the new key files.</source>
        <translation>Die Berechtigungen der neuen Schlüsseldateien können nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a line break.</source>
        <translation>Eine Passphrase darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>ECDSA P-521</source>
        <translation>ECDSA P-521</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>A key comment cannot contain a line break.</source>
        <translation>Ein Schlüsselkommentar darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>No file name was given for the key.</source>
        <translation>Für den Schlüssel wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>The key was saved in %1 and its public key in %1.pub.</source>
        <translation>Der Schlüssel wurde in %1 gespeichert und sein öffentlicher Schlüssel in %1.pub.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase: enter the current one.</source>
        <translation>Der Schlüssel ist durch eine Passphrase geschützt: Geben Sie die aktuelle ein.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>The passphrase of %1 was removed.</source>
        <translation>Die Passphrase von %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>Die Passphrase von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>%1 was imported as %2 (public key: %2.pub).</source>
        <translation>%1 wurde als %2 importiert (öffentlicher Schlüssel: %2.pub).</translation>
    </message>
    <message>
        <source>No SSH agent is running: SSH_AUTH_SOCK is not set.</source>
        <translation>Es läuft kein SSH-Agent: SSH_AUTH_SOCK ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase: enter it to add the key to the agent.</source>
        <translation>Der Schlüssel ist durch eine Passphrase geschützt: Geben Sie sie ein, um den Schlüssel zum Agenten hinzuzufügen.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was added to the agent for %n second(s).</source>
        <translation>
            <numerusform>Der Schlüssel %1 wurde für %n Sekunde zum Agenten hinzugefügt.</numerusform>
            <numerusform>Der Schlüssel %1 wurde für %n Sekunden zum Agenten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added to the agent.</source>
        <translation>Der Schlüssel %1 wurde zum Agenten hinzugefügt.</translation>
    </message>
    <message>
        <source>The public key of %1 cannot be read: there is no %1.pub, and the key file does not carry it.</source>
        <translation>Der öffentliche Schlüssel von %1 kann nicht gelesen werden: Es gibt keine Datei %1.pub, und die Schlüsseldatei enthält ihn nicht.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>binary data in the line</source>
        <translation>Binärdaten in der Zeile</translation>
    </message>
    <message>
        <source>unknown marker %1</source>
        <translation>unbekannte Markierung %1</translation>
    </message>
    <message>
        <source>no host names after the marker</source>
        <translation>keine Hostnamen nach der Markierung</translation>
    </message>
    <message>
        <source>missing key type or key</source>
        <translation>Schlüsseltyp oder Schlüssel fehlt</translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation>der Schlüssel ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the key is not an SSH public key</source>
        <translation>der Schlüssel ist kein öffentlicher SSH-Schlüssel</translation>
    </message>
    <message>
        <source>key type %1 does not match the key, which is %2</source>
        <translation>der Schlüsseltyp %1 passt nicht zum Schlüssel, der vom Typ %2 ist</translation>
    </message>
    <message>
        <source>malformed hashed host name</source>
        <translation>fehlerhafter gehashter Hostname</translation>
    </message>
    <message>
        <source>The host key is not an SSH public key.</source>
        <translation>Der Host-Schlüssel ist kein öffentlicher SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot store a host key for the host name &quot;%1&quot;.</source>
        <translation>Für den Hostnamen „%1“ kann kein Host-Schlüssel gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Line %1 of %2 gives the key for %3 through a pattern that also covers other hosts. Edit that line yourself.</source>
        <translation>Zeile %1 von %2 gibt den Schlüssel für %3 über ein Muster an, das auch andere Hosts abdeckt. Bearbeiten Sie diese Zeile selbst.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a host key entry.</source>
        <translation>Zeile %1 von %2 ist kein Host-Schlüssel-Eintrag.</translation>
    </message>
    <message>
        <source>%1 changed since it was read. Reload it and try again.</source>
        <translation>%1 hat sich seit dem Lesen geändert. Laden Sie die Datei neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LocalTarget</name>
    <message>
        <source>the name contains a backslash</source>
        <translation>der Name enthält einen Backslash</translation>
    </message>
    <message>
        <source>%1 is outside the target folder %2</source>
        <translation>%1 liegt außerhalb des Zielordners %2</translation>
    </message>
    <message>
        <source>the target folder %1 does not exist</source>
        <translation>der Zielordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 leads out of the target folder %2 through a symbolic link</source>
        <translation>%1 führt über einen symbolischen Link aus dem Zielordner %2 heraus</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder: not followed</source>
        <translation>%1 ist ein symbolischer Link, kein Ordner: nicht verfolgt</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>LocalWalkTask</name>
    <message>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Not followed %1: the link leads back into a folder that holds it</source>
        <translation>%1 nicht verfolgt: Der Link führt zurück in einen Ordner, der ihn enthält</translation>
    </message>
    <message>
        <source>Not entered %1: folders nest deeper than %2 levels</source>
        <translation>%1 nicht geöffnet: Die Ordner sind tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>Skipped %1: not a regular file</source>
        <translation>%1 übersprungen: keine reguläre Datei</translation>
    </message>
    <message>
        <source>Skipped the broken symbolic link %1</source>
        <translation>Defekter symbolischer Link %1 übersprungen</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <source>the file is too large to be a private key</source>
        <translation>die Datei ist zu groß für einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>not a private key in OpenSSH, PEM or PKCS#8 format, or the file is damaged</source>
        <translation>kein privater Schlüssel im OpenSSH-, PEM- oder PKCS#8-Format, oder die Datei ist beschädigt</translation>
    </message>
</context>
<context>
    <name>PuttyKeyFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a PuTTY key file.</source>
        <translation>%1 ist zu groß für eine PuTTY-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The PuTTY key file is damaged: %1.</source>
        <translation>Die PuTTY-Schlüsseldatei ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>The file is too large to be a PuTTY key file.</source>
        <translation>Die Datei ist zu groß für eine PuTTY-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>This PuTTY key file version is not supported (versions 2 and 3 are). Save it again with a newer PuTTYgen.</source>
        <translation>Diese Version der PuTTY-Schlüsseldatei wird nicht unterstützt (unterstützt werden die Versionen 2 und 3). Speichern Sie sie mit einem neueren PuTTYgen erneut.</translation>
    </message>
    <message>
        <source>This is an SSH-1 key, which no current server accepts.</source>
        <translation>Dies ist ein SSH-1-Schlüssel, den kein aktueller Server akzeptiert.</translation>
    </message>
    <message>
        <source>This is not a PuTTY key file (.ppk).</source>
        <translation>Dies ist keine PuTTY-Schlüsseldatei (.ppk).</translation>
    </message>
    <message>
        <source>Keys of type %1 cannot be imported; Ed25519, ECDSA and RSA keys can.</source>
        <translation>Schlüssel vom Typ %1 können nicht importiert werden; Ed25519-, ECDSA- und RSA-Schlüssel schon.</translation>
    </message>
    <message>
        <source>no Encryption line</source>
        <translation>keine Encryption-Zeile</translation>
    </message>
    <message>
        <source>The key is encrypted with %1, which Ferry does not know.</source>
        <translation>Der Schlüssel ist mit %1 verschlüsselt, das Ferry nicht kennt.</translation>
    </message>
    <message>
        <source>no Comment line</source>
        <translation>keine Comment-Zeile</translation>
    </message>
    <message>
        <source>the public key is missing or not valid base64</source>
        <translation>der öffentliche Schlüssel fehlt oder ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the public key is not a %1 key</source>
        <translation>der öffentliche Schlüssel ist kein %1-Schlüssel</translation>
    </message>
    <message>
        <source>the key derivation is missing or unknown</source>
        <translation>die Schlüsselableitung fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <source>the Argon2 parameters are missing or out of range</source>
        <translation>die Argon2-Parameter fehlen oder liegen außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the Argon2 salt is not valid</source>
        <translation>das Argon2-Salt ist ungültig</translation>
    </message>
    <message>
        <source>the private key is missing or not valid base64</source>
        <translation>der private Schlüssel fehlt oder ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the encrypted private key has a wrong length</source>
        <translation>der verschlüsselte private Schlüssel hat eine falsche Länge</translation>
    </message>
    <message>
        <source>no Private-MAC line</source>
        <translation>keine Private-MAC-Zeile</translation>
    </message>
    <message>
        <source>the Private-MAC line is not valid</source>
        <translation>die Private-MAC-Zeile ist ungültig</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase: %1.</source>
        <translation>Der Schlüssel konnte nicht aus der Passphrase abgeleitet werden: %1.</translation>
    </message>
    <message>
        <source>The private key could not be decrypted.</source>
        <translation>Der private Schlüssel konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>No PuTTY key file was read.</source>
        <translation>Es wurde keine PuTTY-Schlüsseldatei gelesen.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase.</source>
        <translation>Der Schlüssel konnte nicht aus der Passphrase abgeleitet werden.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file is damaged).</source>
        <translation>Die Passphrase ist falsch (oder die Schlüsseldatei ist beschädigt).</translation>
    </message>
    <message>
        <source>The PuTTY key file is damaged: its MAC does not match its contents.</source>
        <translation>Die PuTTY-Schlüsseldatei ist beschädigt: Ihr MAC passt nicht zu ihrem Inhalt.</translation>
    </message>
    <message>
        <source>The private key in the file does not belong to its public key.</source>
        <translation>Der private Schlüssel in der Datei gehört nicht zu ihrem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>No random numbers are available.</source>
        <translation>Es sind keine Zufallszahlen verfügbar.</translation>
    </message>
    <message>
        <source>The converted key could not be read back.</source>
        <translation>Der konvertierte Schlüssel konnte nicht wieder gelesen werden.</translation>
    </message>
</context>
<context>
    <name>RemoteWalkTask</name>
    <message>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Cannot list all of %1: %2</source>
        <translation>%1 kann nicht vollständig aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Refused &quot;%1&quot; in %2: %3</source>
        <translation>„%1“ in %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Skipped the broken symbolic link %1</source>
        <translation>Defekter symbolischer Link %1 übersprungen</translation>
    </message>
    <message>
        <source>Not entered %1: folders nest deeper than %2 levels</source>
        <translation>%1 nicht geöffnet: Die Ordner sind tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>Skipped %1: not a regular file</source>
        <translation>%1 übersprungen: keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>SessionConnector</name>
    <message>
        <source>ssh-rsa could not be allowed: the algorithm list &quot;%1&quot; only removes algorithms.</source>
        <translation>ssh-rsa konnte nicht erlaubt werden: Die Algorithmenliste „%1“ entfernt nur Algorithmen.</translation>
    </message>
    <message>
        <source>ProxyJump %1 is not supported yet; Ferry connects to %2 directly.</source>
        <translation>ProxyJump %1 wird noch nicht unterstützt; Ferry verbindet sich direkt mit %2.</translation>
    </message>
</context>
<context>
    <name>SessionProfile</name>
    <message>
        <source>%1 %2 is out of range (%3 to %4); %5 is used instead.</source>
        <translation>%1 %2 liegt außerhalb des gültigen Bereichs (%3 bis %4); stattdessen wird %5 verwendet.</translation>
    </message>
    <message>
        <source>an entry of %1 is not text and was skipped.</source>
        <translation>ein Eintrag von %1 ist kein Text und wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not known; &quot;%3&quot; is used instead.</source>
        <translation>%1 „%2“ ist unbekannt; stattdessen wird „%3“ verwendet.</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not known and was ignored.</source>
        <translation>die Einstellung „%1“ ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type; the default is used instead.</source>
        <translation>%1 hat einen Wert vom falschen Typ; stattdessen wird der Standardwert verwendet.</translation>
    </message>
    <message>
        <source>The session needs a name.</source>
        <translation>Die Sitzung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>Der Hostname ist leer.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space, @ or /; the user and port have fields of their own.</source>
        <translation>Der Hostname „%1“ enthält ein Leerzeichen, @ oder /; Benutzer und Port haben eigene Felder.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>At least one authentication method must be allowed.</source>
        <translation>Mindestens eine Authentifizierungsmethode muss erlaubt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authentication method Ferry knows.</source>
        <translation>„%1“ ist keine Authentifizierungsmethode, die Ferry kennt.</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 3600 seconds.</source>
        <translation>Das Verbindungszeitlimit muss zwischen 1 und 3600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The keepalive interval must be between 0 (off) and 86400 seconds.</source>
        <translation>Das Keepalive-Intervall muss zwischen 0 (aus) und 86400 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The terminal type (TERM) is empty.</source>
        <translation>Der Terminaltyp (TERM) ist leer.</translation>
    </message>
    <message>
        <source>The environment variable name &quot;%1&quot; is empty or contains &apos;=&apos;.</source>
        <translation>Der Name der Umgebungsvariablen „%1“ ist leer oder enthält „=“.</translation>
    </message>
    <message>
        <source>A session without a name: </source>
        <translation>Eine Sitzung ohne Namen: </translation>
    </message>
    <message>
        <source>Session &quot;%1&quot;: </source>
        <translation>Sitzung „%1“: </translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is not valid; the session gets a new one.</source>
        <translation>die ID „%1“ ist ungültig; die Sitzung erhält eine neue.</translation>
    </message>
    <message>
        <source>the authentication method &quot;%1&quot; is not known or repeated and was left out.</source>
        <translation>die Authentifizierungsmethode „%1“ ist unbekannt oder doppelt und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>an environment variable without a valid name or value was skipped.</source>
        <translation>eine Umgebungsvariable ohne gültigen Namen oder Wert wurde übersprungen.</translation>
    </message>
    <message>
        <source>environment has a value of the wrong type; no variables are set.</source>
        <translation>environment hat einen Wert vom falschen Typ; es werden keine Variablen gesetzt.</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>it is not a Ferry sessions file</source>
        <translation>keine Ferry-Sitzungsdatei</translation>
    </message>
    <message>
        <source>its format version is missing or not valid</source>
        <translation>die Formatversion fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>it was written by a newer version of Ferry (format version %1; this version reads version %2)</source>
        <translation>die Datei wurde von einer neueren Ferry-Version geschrieben (Formatversion %1; diese Version liest Version %2)</translation>
    </message>
    <message>
        <source>its list of sessions is not a list</source>
        <translation>die Sitzungsliste ist keine Liste</translation>
    </message>
    <message>
        <source>Entry %1 of the session list is not a session and was skipped.</source>
        <translation>Eintrag %1 der Sitzungsliste ist keine Sitzung und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; has the same id as an earlier one and gets a new one.</source>
        <translation>Sitzung „%1“ hat dieselbe ID wie eine frühere und erhält eine neue.</translation>
    </message>
    <message>
        <source>An entry of the folder list is not a folder name and was skipped.</source>
        <translation>Ein Eintrag der Ordnerliste ist kein Ordnername und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The folder list is not a list; empty folders were lost.</source>
        <translation>Die Ordnerliste ist keine Liste; leere Ordner sind verloren gegangen.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the file is not known and was ignored.</source>
        <translation>Der Eintrag „%1“ der Datei ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be opened (%2). Ferry starts with no saved sessions and will not change that file; check its permissions and restart Ferry.</source>
        <translation>Die Datei mit den gespeicherten Sitzungen %1 konnte nicht geöffnet werden (%2). Ferry startet ohne gespeicherte Sitzungen und ändert diese Datei nicht; prüfen Sie ihre Berechtigungen und starten Sie Ferry neu.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es handelt sich um einen Ordner</translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. Ferry could not move it aside either, so it starts with no saved sessions and will not change that file.</source>
        <translation>Die Datei mit den gespeicherten Sitzungen %1 konnte nicht verwendet werden: %2. Ferry konnte sie auch nicht beiseitelegen; daher startet Ferry ohne gespeicherte Sitzungen und ändert diese Datei nicht.</translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. So that nothing is lost, it was moved to %3, where a newer Ferry can still read it. This Ferry starts with an empty list of sessions.</source>
        <translation>Die Datei mit den gespeicherten Sitzungen %1 konnte nicht verwendet werden: %2. Damit nichts verloren geht, wurde sie nach %3 verschoben, wo eine neuere Ferry-Version sie weiterhin lesen kann. Diese Ferry-Version startet mit einer leeren Sitzungsliste.</translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. So that nothing is lost, it was moved to %3, and Ferry starts with an empty list of sessions. The backup can be opened in a text editor to recover the sessions.</source>
        <translation>Die Datei mit den gespeicherten Sitzungen %1 konnte nicht verwendet werden: %2. Damit nichts verloren geht, wurde sie nach %3 verschoben, und Ferry startet mit einer leeren Sitzungsliste. Die Sicherungskopie kann in einem Texteditor geöffnet werden, um die Sitzungen wiederherzustellen.</translation>
    </message>
    <message>
        <source>Some settings in the saved sessions file %1 could not be read, and Ferry could not make a copy of it. The sessions are shown, but changes will not be saved, so the file stays as it is.</source>
        <translation>Einige Einstellungen in der Datei mit den gespeicherten Sitzungen %1 konnten nicht gelesen werden, und Ferry konnte keine Kopie davon anlegen. Die Sitzungen werden angezeigt, aber Änderungen werden nicht gespeichert, sodass die Datei unverändert bleibt.</translation>
    </message>
    <message>
        <source>Some settings in the saved sessions file %1 could not be read and were set to their defaults. The file as it was is kept at %2.</source>
        <translation>Einige Einstellungen in der Datei mit den gespeicherten Sitzungen %1 konnten nicht gelesen werden und wurden auf ihre Standardwerte gesetzt. Die Datei im ursprünglichen Zustand ist unter %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The sessions were not saved: %1 could not be read when Ferry started, and Ferry does not overwrite a file it could not read.</source>
        <translation>Die Sitzungen wurden nicht gespeichert: %1 konnte beim Start von Ferry nicht gelesen werden, und Ferry überschreibt keine Datei, die es nicht lesen konnte.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is already in the list (same id); it was added as a new session.</source>
        <translation>Die Sitzung „%1“ ist bereits in der Liste (gleiche ID); sie wurde als neue Sitzung hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>SftpChannel</name>
    <message>
        <source>SFTP server: %1</source>
        <translation>SFTP-Server: %1</translation>
    </message>
    <message>
        <source>the connection cannot open another channel: %1</source>
        <translation>die Verbindung kann keinen weiteren Kanal öffnen: %1</translation>
    </message>
    <message>
        <source>the server refused a channel for file transfer: %1</source>
        <translation>der Server hat einen Kanal für die Dateiübertragung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server does not offer SFTP (%1)</source>
        <translation>der Server bietet kein SFTP an (%1)</translation>
    </message>
    <message>
        <source>the server ended the SFTP session</source>
        <translation>der Server hat die SFTP-Sitzung beendet</translation>
    </message>
    <message>
        <source>the server ended the SFTP session in the middle of a packet</source>
        <translation>der Server hat die SFTP-Sitzung mitten in einem Paket beendet</translation>
    </message>
    <message>
        <source>a packet of %1 bytes, above the limit of %2 bytes</source>
        <translation>ein Paket von %1 Byte, über der Grenze von %2 Byte</translation>
    </message>
    <message>
        <source>an empty packet</source>
        <translation>ein leeres Paket</translation>
    </message>
    <message>
        <source>the server answered INIT with a packet of type %1</source>
        <translation>der Server hat auf INIT mit einem Paket vom Typ %1 geantwortet</translation>
    </message>
    <message>
        <source>a packet of type %1 out of place</source>
        <translation>ein Paket vom Typ %1 an unerwarteter Stelle</translation>
    </message>
    <message>
        <source>an answer to request %1, which was never sent or was already answered</source>
        <translation>eine Antwort auf Anfrage %1, die nie gesendet oder bereits beantwortet wurde</translation>
    </message>
    <message>
        <source>a malformed or unexpected reply to request %1</source>
        <translation>eine fehlerhafte oder unerwartete Antwort auf Anfrage %1</translation>
    </message>
    <message>
        <source>a malformed VERSION packet</source>
        <translation>ein fehlerhaftes VERSION-Paket</translation>
    </message>
    <message>
        <source>the server speaks SFTP version %1; Ferry speaks version %2</source>
        <translation>der Server spricht SFTP-Version %1; Ferry spricht Version %2</translation>
    </message>
    <message>
        <source>a malformed extension list</source>
        <translation>eine fehlerhafte Liste von Erweiterungen</translation>
    </message>
    <message>
        <source>SFTP session ended: %1</source>
        <translation>SFTP-Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>the server does not offer %1</source>
        <translation>der Server bietet %1 nicht an</translation>
    </message>
    <message>
        <source>unexpected reply of type %1</source>
        <translation>unerwartete Antwort vom Typ %1</translation>
    </message>
    <message>
        <source>a malformed reply</source>
        <translation>eine fehlerhafte Antwort</translation>
    </message>
</context>
<context>
    <name>SftpEntry</name>
    <message>
        <source>the server sent an empty name</source>
        <translation>der Server hat einen leeren Namen gesendet</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; points outside the folder</source>
        <translation>der Name „%1“ zeigt aus dem Ordner heraus</translation>
    </message>
    <message>
        <source>the name contains a slash</source>
        <translation>der Name enthält einen Schrägstrich</translation>
    </message>
    <message>
        <source>the name contains a NUL byte</source>
        <translation>der Name enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>der Name enthält ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>SftpError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Left out an entry of %1 named &quot;%2&quot;: %3</source>
        <translation>Ein Eintrag von %1 namens „%2“ wurde ausgelassen: %3</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 bytes, the limit is %2 bytes</source>
        <translation>%1 Byte, die Grenze liegt bei %2 Byte</translation>
    </message>
    <message>
        <source>it grew past the limit of %1 bytes</source>
        <translation>sie ist über die Grenze von %1 Byte hinausgewachsen</translation>
    </message>
    <message>
        <source>the file&apos;s data came back with a gap</source>
        <translation>die Daten der Datei kamen mit einer Lücke zurück</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a path, then what went wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>Die Datei oder der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The server denied permission.</source>
        <translation>Der Server hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The server does not support this operation.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>Unexpected end of file.</source>
        <translation>Unerwartetes Dateiende.</translation>
    </message>
    <message>
        <source>The server could not do it (the target may already exist, or a folder may not be empty).</source>
        <translation>Der Server konnte den Vorgang nicht ausführen (möglicherweise existiert das Ziel bereits oder ein Ordner ist nicht leer).</translation>
    </message>
    <message>
        <source>The server could not do it: %1</source>
        <translation>Der Server konnte den Vorgang nicht ausführen: %1</translation>
    </message>
    <message>
        <source>The server answered with error %1 and no reason.</source>
        <translation>Der Server hat mit dem Fehler %1 geantwortet, ohne Angabe eines Grundes.</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>Der Server hat mit dem Fehler %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The server broke the SFTP protocol, so Ferry closed the file transfer session.</source>
        <translation>Der Server hat das SFTP-Protokoll verletzt, daher hat Ferry die Dateiübertragungssitzung geschlossen.</translation>
    </message>
    <message>
        <source>The server broke the SFTP protocol, so Ferry closed the file transfer session: %1</source>
        <translation>Der Server hat das SFTP-Protokoll verletzt, daher hat Ferry die Dateiübertragungssitzung geschlossen: %1</translation>
    </message>
    <message>
        <source>The file transfer session ended.</source>
        <translation>Die Dateiübertragungssitzung wurde beendet.</translation>
    </message>
    <message>
        <source>The file transfer session ended: %1</source>
        <translation>Die Dateiübertragungssitzung wurde beendet: %1</translation>
    </message>
    <message>
        <source>The file is too large to open here.</source>
        <translation>Die Datei ist zu groß, um sie hier zu öffnen.</translation>
    </message>
    <message>
        <source>The file is too large to open here: %1</source>
        <translation>Die Datei ist zu groß, um sie hier zu öffnen: %1</translation>
    </message>
    <message>
        <source>The file changed on the server since it was opened.</source>
        <translation>Die Datei wurde seit dem Öffnen auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Ferry refused a name it cannot use safely.</source>
        <translation>Ferry hat einen Namen abgelehnt, den es nicht sicher verwenden kann.</translation>
    </message>
    <message>
        <source>Ferry refused a name it cannot use safely: %1</source>
        <translation>Ferry hat einen Namen abgelehnt, den es nicht sicher verwenden kann: %1</translation>
    </message>
    <message>
        <source>The server does not offer what this needs.</source>
        <translation>Der Server bietet nicht an, was hierfür nötig ist.</translation>
    </message>
    <message>
        <source>The server does not offer what this needs: %1</source>
        <translation>Der Server bietet nicht an, was hierfür nötig ist: %1</translation>
    </message>
    <message>
        <source>The folder tree is too deep.</source>
        <translation>Die Ordnerstruktur ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The target already exists.</source>
        <translation>Das Ziel existiert bereits.</translation>
    </message>
    <message>
        <source>Ferry refused to do it.</source>
        <translation>Ferry hat den Vorgang abgelehnt.</translation>
    </message>
    <message>
        <source>Ferry refused to do it: %1</source>
        <translation>Ferry hat den Vorgang abgelehnt: %1</translation>
    </message>
    <message>
        <source>A local error occurred.</source>
        <translation>Ein lokaler Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>A local error occurred: %1</source>
        <translation>Ein lokaler Fehler ist aufgetreten: %1</translation>
    </message>
</context>
<context>
    <name>SshConfigOptions</name>
    <message>
        <source>ProxyJump %1 is not supported yet; Ferry connects to %2 directly.</source>
        <translation>ProxyJump %1 wird noch nicht unterstützt; Ferry verbindet sich direkt mit %2.</translation>
    </message>
    <message>
        <source>ProxyCommand is not supported (Ferry runs no shell commands from ssh_config); Ferry connects to %1 directly.</source>
        <translation>ProxyCommand wird nicht unterstützt (Ferry führt keine Shell-Befehle aus ssh_config aus); Ferry verbindet sich direkt mit %1.</translation>
    </message>
</context>
<context>
    <name>TextFileCheck</name>
    <message>
        <source>%1 is too large to edit: it has %2, and the editor opens files of up to %3.</source>
        <translation>%1 ist zu groß zum Bearbeiten: Die Datei hat %2, und der Editor öffnet Dateien bis %3.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it contains NUL bytes, which mark binary data. Download it instead.</source>
        <translation>%1 ist keine Textdatei: Sie enthält NUL-Bytes, die auf Binärdaten hinweisen. Laden Sie sie stattdessen herunter.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: it contains bytes that are not valid UTF-8. It may be binary or in another encoding; download it instead.</source>
        <translation>%1 ist kein UTF-8-Text: Die Datei enthält Bytes, die kein gültiges UTF-8 sind. Sie ist möglicherweise binär oder anders kodiert; laden Sie sie stattdessen herunter.</translation>
    </message>
</context>
<context>
    <name>UploadTask</name>
    <message>
        <source>cannot read the symbolic link</source>
        <translation>der symbolische Link kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the symbolic link points nowhere</source>
        <translation>der symbolische Link zeigt ins Leere</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>the target exists</source>
        <translation>das Ziel existiert</translation>
    </message>
    <message>
        <source>a folder has the name of the partial file</source>
        <translation>ein Ordner trägt den Namen der Teildatei</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>ein Ordner mit diesem Namen existiert</translation>
    </message>
    <message>
        <source>the target is larger than the source: nothing to resume</source>
        <translation>das Ziel ist größer als die Quelle: nichts fortzusetzen</translation>
    </message>
    <message>
        <source>no free name found</source>
        <translation>kein freier Name gefunden</translation>
    </message>
</context>
<context>
    <name>ferry::AgentAddDialog</name>
    <message>
        <source>Add Key to Agent</source>
        <translation>Schlüssel zum Agenten hinzufügen</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Remove it from the agent after</source>
        <translation>Aus dem Agenten &amp;entfernen nach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>ferry::AgentClient</name>
    <message>
        <source>No SSH agent is running: SSH_AUTH_SOCK is not set.</source>
        <translation>Es läuft kein SSH-Agent: SSH_AUTH_SOCK ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The SSH agent did not answer.</source>
        <translation>Der SSH-Agent hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The SSH agent at %1 cannot be reached: %2</source>
        <translation>Der SSH-Agent unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The SSH agent sent an invalid answer.</source>
        <translation>Der SSH-Agent hat eine ungültige Antwort gesendet.</translation>
    </message>
    <message>
        <source>The SSH agent does not hold that key (any more).</source>
        <translation>Der SSH-Agent hat diesen Schlüssel nicht (mehr).</translation>
    </message>
    <message>
        <source>The SSH agent refused to remove the keys.</source>
        <translation>Der SSH-Agent hat das Entfernen der Schlüssel verweigert.</translation>
    </message>
    <message>
        <source>The SSH agent refused to list its keys.</source>
        <translation>Der SSH-Agent hat das Auflisten seiner Schlüssel verweigert.</translation>
    </message>
    <message>
        <source>The SSH agent sent an invalid list of keys.</source>
        <translation>Der SSH-Agent hat eine ungültige Schlüsselliste gesendet.</translation>
    </message>
</context>
<context>
    <name>ferry::AgentPanel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>The SSH agent at %1 holds no keys.</source>
        <translation>Der SSH-Agent unter %1 enthält keine Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>The SSH agent at %1 holds %n key(s).</source>
        <translation>
            <numerusform>Der SSH-Agent unter %1 enthält %n Schlüssel.</numerusform>
            <numerusform>Der SSH-Agent unter %1 enthält %n Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove All Keys from the Agent</source>
        <translation>Alle Schlüssel aus dem Agenten entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n key(s) from the SSH agent?</source>
        <translation>
            <numerusform>Den Schlüssel aus dem SSH-Agenten entfernen?</numerusform>
            <numerusform>Alle %n Schlüssel aus dem SSH-Agenten entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The key files stay; only the agent forgets them.</source>
        <translation>Die Schlüsseldateien bleiben erhalten; nur der Agent vergisst die Schlüssel.</translation>
    </message>
    <message>
        <source>Remove A&amp;ll</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
</context>
<context>
    <name>ferry::AuthPromptDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Passphrase für den Schlüssel %1</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 fragt:</translation>
    </message>
    <message>
        <source>The key is needed to log in to %1.</source>
        <translation>Der Schlüssel wird für die Anmeldung bei %1 benötigt.</translation>
    </message>
    <message>
        <source>That passphrase did not unlock the key. Please try again.</source>
        <translation>Diese Passphrase hat den Schlüssel nicht entsperrt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not accept that. Please try again.</source>
        <translation>Der Server hat das nicht akzeptiert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
    <message>
        <source>Keeps the password in your system&apos;s keychain once the login succeeds. Ferry never writes it to a file of its own.</source>
        <translation>Speichert das Passwort nach erfolgreicher Anmeldung im Schlüsselbund Ihres Systems. Ferry schreibt es nie in eine eigene Datei.</translation>
    </message>
</context>
<context>
    <name>ferry::AuthorizedKeyInstaller</name>
    <message>
        <source>This is not a public key in OpenSSH&apos;s format.</source>
        <translation>Dies ist kein öffentlicher Schlüssel im OpenSSH-Format.</translation>
    </message>
    <message>
        <source>There is no connection to install the key over.</source>
        <translation>Es besteht keine Verbindung, über die der Schlüssel installiert werden kann.</translation>
    </message>
    <message>
        <source>The server refused to run the command that adds the key: %1</source>
        <translation>Der Server hat sich geweigert, den Befehl auszuführen, der den Schlüssel hinzufügt: %1</translation>
    </message>
    <message>
        <source>the key did not reach the server.</source>
        <translation>der Schlüssel ist nicht beim Server angekommen.</translation>
    </message>
    <message>
        <source>the account has no home folder.</source>
        <translation>das Konto hat keinen Home-Ordner.</translation>
    </message>
    <message>
        <source>the folder ~/.ssh cannot be created.</source>
        <translation>der Ordner ~/.ssh kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>~/.ssh/authorized_keys cannot be written.</source>
        <translation>~/.ssh/authorized_keys kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the command ended with status %1.</source>
        <translation>der Befehl wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <source>the command ended without a status.</source>
        <translation>der Befehl wurde ohne Status beendet.</translation>
    </message>
    <message>
        <source>The key was not installed: %1</source>
        <translation>Der Schlüssel wurde nicht installiert: %1</translation>
    </message>
    <message>
        <source>The key was not installed: %1 The server said: %2</source>
        <translation>Der Schlüssel wurde nicht installiert: %1 Der Server meldete: %2</translation>
    </message>
    <message>
        <source>The key was added to %1 on the server.</source>
        <translation>Der Schlüssel wurde auf dem Server zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>The key is already in %1 on the server; nothing was changed.</source>
        <translation>Der Schlüssel ist auf dem Server bereits in %1 enthalten; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ferry::BrowserTab</name>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Verifying the host key of %1…</source>
        <translation>Host-Schlüssel von %1 wird überprüft…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Opening the file transfer session…</source>
        <translation>Dateiübertragungssitzung wird geöffnet…</translation>
    </message>
    <message>
        <source>The file transfer session ended: %1</source>
        <translation>Die Dateiübertragungssitzung wurde beendet: %1</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Die Verbindung zu %1 wurde getrennt.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>SFTP — %1</source>
        <translation>SFTP – %1</translation>
    </message>
    <message>
        <source>Connected; the file transfer session ended</source>
        <translation>Verbunden; die Dateiübertragungssitzung wurde beendet</translation>
    </message>
    <message>
        <source>Connected, transferring</source>
        <translation>Verbunden, Übertragung läuft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>SFTP version %1</source>
        <translation>SFTP-Version %1</translation>
    </message>
    <message>
        <source>%1 was not downloaded: %2</source>
        <translation>%1 wurde nicht heruntergeladen: %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the dragged files: %1</source>
        <translation>Kein temporärer Ordner für die gezogenen Dateien: %1</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) for the drop…</source>
        <translation>
            <numerusform>%n Element wird zum Ablegen heruntergeladen…</numerusform>
            <numerusform>%n Elemente werden zum Ablegen heruntergeladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Close SFTP Tab</source>
        <translation>SFTP-Registerkarte schließen</translation>
    </message>
    <message>
        <source>Close the file browser on %1?</source>
        <translation>Den Dateibrowser für %1 schließen?</translation>
    </message>
    <message>
        <source>Running transfers stop and can be resumed later; editor windows of this tab close.</source>
        <translation>Laufende Übertragungen werden angehalten und können später fortgesetzt werden; die Editorfenster dieser Registerkarte werden geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Registerkarte &amp;schließen</translation>
    </message>
</context>
<context>
    <name>ferry::ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <extracomment>%1 is a size such as 1.2 MiB, %2 the exact number of bytes.</extracomment>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>A&amp;pply to all remaining conflicts</source>
        <translation>Auf alle verbleibenden Konflikte &amp;anwenden</translation>
    </message>
    <message>
        <source>File Already Exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>neuer</translation>
    </message>
    <message>
        <source>same time</source>
        <translation>gleich alt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Existing:</source>
        <translation>Vorhanden:</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Die vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>Replace the existing file only if the new one was modified later</source>
        <translation>Die vorhandene Datei nur ersetzen, wenn die neue später geändert wurde</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the existing file from its current size</source>
        <translation>Die vorhandene Datei ab ihrer aktuellen Größe fortsetzen</translation>
    </message>
    <message>
        <source>Only a shorter file left by an earlier transfer of this file can be resumed</source>
        <translation>Fortgesetzt werden kann nur eine kürzere Datei, die eine frühere Übertragung dieser Datei hinterlassen hat</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Leave the existing file alone and go on</source>
        <translation>Die vorhandene Datei unverändert lassen und fortfahren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Transfer under the name on the left</source>
        <translation>Unter dem Namen links übertragen</translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <source>Stop the whole transfer (Escape)</source>
        <translation>Die gesamte Übertragung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Do the same for every other file of this transfer that already exists; with Rename, each gets a free name of its own</source>
        <translation>Für jede weitere bereits vorhandene Datei dieser Übertragung dasselbe tun; bei „Umbenennen“ erhält jede einen eigenen freien Namen</translation>
    </message>
    <message>
        <source>Enter the name to transfer the file under.</source>
        <translation>Geben Sie den Namen ein, unter dem die Datei übertragen wird.</translation>
    </message>
    <message>
        <source>“%1” is not a file name.</source>
        <translation>„%1“ ist kein Dateiname.</translation>
    </message>
    <message>
        <source>A file name cannot contain “/” or control characters.</source>
        <translation>Ein Dateiname darf weder „/“ noch Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>That is the name of the existing file.</source>
        <translation>Das ist der Name der vorhandenen Datei.</translation>
    </message>
    <message>
        <source>Overwrite if Ne&amp;wer</source>
        <translation>Überschreiben, wenn &amp;neuer</translation>
    </message>
    <message>
        <source>New na&amp;me:</source>
        <translation>Neuer Na&amp;me:</translation>
    </message>
</context>
<context>
    <name>ferry::Connection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionLogDialog</name>
    <message>
        <source>Connection Log: %1</source>
        <translation>Verbindungsprotokoll: %1</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Connection Log</source>
        <translation>Verbindungsprotokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionLogin</name>
    <message>
        <source>No remembered password: %1</source>
        <translation>Kein gespeichertes Passwort: %1</translation>
    </message>
    <message>
        <source>Using the password remembered in the keychain</source>
        <translation>Das im Schlüsselbund gespeicherte Passwort wird verwendet</translation>
    </message>
    <message>
        <source>The password for %1 is now remembered in the keychain.</source>
        <translation>Das Passwort für %1 ist jetzt im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Ferry could not remember the password: %1 It was not stored anywhere.</source>
        <translation>Ferry konnte das Passwort nicht speichern: %1 Es wurde nirgends abgelegt.</translation>
    </message>
    <message>
        <source>The old key was not replaced: %1</source>
        <translation>Der alte Schlüssel wurde nicht ersetzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old key line(s) of %1 from %2 at the user&apos;s request</source>
        <translation>
            <numerusform>Auf Wunsch des Benutzers %n alte Schlüsselzeile von %1 aus %2 entfernt</numerusform>
            <numerusform>Auf Wunsch des Benutzers %n alte Schlüsselzeilen von %1 aus %2 entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translation>%1 ausgehend, %2 eingehend</translation>
    </message>
    <message>
        <source>Key exchange: %1</source>
        <translation>Schlüsselaustausch: %1</translation>
    </message>
    <message>
        <source>Host key: %1</source>
        <translation>Host-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Cipher: %1 out, %2 in</source>
        <translation>Chiffre: %1 ausgehend, %2 eingehend</translation>
    </message>
    <message>
        <source>MAC: %1 out, %2 in</source>
        <translation>MAC: %1 ausgehend, %2 eingehend</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Verifying the host key…</source>
        <translation>Host-Schlüssel wird überprüft…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentifizierung läuft…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTab</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Verifying the host key of %1…</source>
        <translation>Host-Schlüssel von %1 wird überprüft…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <source>Close the session to %1?</source>
        <translation>Die Sitzung mit %1 schließen?</translation>
    </message>
    <message>
        <source>The shell and every program running in it will end.</source>
        <translation>Die Shell und alle darin laufenden Programme werden beendet.</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sitzung &amp;schließen</translation>
    </message>
    <message>
        <source>The server did not start a shell: %1</source>
        <translation>Der Server hat keine Shell gestartet: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen: %2</translation>
    </message>
    <message>
        <source>The shell was ended by signal %1.</source>
        <translation>Die Shell wurde durch Signal %1 beendet.</translation>
    </message>
    <message>
        <source>The shell exited with status %1.</source>
        <translation>Die Shell wurde mit Status %1 beendet.</translation>
    </message>
    <message>
        <source>The shell ended without an exit status.</source>
        <translation>Die Shell wurde ohne Exit-Status beendet.</translation>
    </message>
    <message>
        <source>&amp;Restart Session</source>
        <translation>Sitzung &amp;neu starten</translation>
    </message>
    <message>
        <source>The session log stopped: %1</source>
        <translation>Das Sitzungsprotokoll wurde beendet: %1</translation>
    </message>
    <message>
        <source>The session is not logged: %1</source>
        <translation>Die Sitzung wird nicht protokolliert: %1</translation>
    </message>
    <message>
        <source>[no shell: %1]</source>
        <translation>[keine Shell: %1]</translation>
    </message>
    <message>
        <source>[connection lost: %1]</source>
        <translation>[Verbindung verloren: %1]</translation>
    </message>
    <message>
        <source>[ended by signal %1]</source>
        <translation>[durch Signal %1 beendet]</translation>
    </message>
    <message>
        <source>[exit status %1]</source>
        <translation>[Exit-Status %1]</translation>
    </message>
    <message>
        <source>[shell ended]</source>
        <translation>[Shell beendet]</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionWorker</name>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation>Die Verbindungseinstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Verbindung zu %1 Port %2 wird hergestellt</translation>
    </message>
    <message>
        <source>The server sent no usable host key.</source>
        <translation>Der Server hat keinen verwendbaren Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s host key is malformed.</source>
        <translation>Der Host-Schlüssel des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The known hosts file %1 cannot be read (%2). Without it Ferry cannot tell whether the server&apos;s key changed, so it did not connect.</source>
        <translation>Die known_hosts-Datei %1 kann nicht gelesen werden (%2). Ohne sie kann Ferry nicht feststellen, ob sich der Schlüssel des Servers geändert hat, und hat deshalb keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Host key %1 %2 matches %3 line %4</source>
        <translation>Host-Schlüssel %1 %2 stimmt mit %3 Zeile %4 überein</translation>
    </message>
    <message>
        <source>Host key %1 %2 is not known; asking</source>
        <translation>Host-Schlüssel %1 %2 ist unbekannt; Rückfrage beim Benutzer</translation>
    </message>
    <message>
        <source>The host key of %1 has changed. Someone may be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. Ferry did not log in and sent no password or key.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert. Möglicherweise fängt jemand die Verbindung ab (ein Man-in-the-Middle-Angriff), oder der Schlüssel des Servers wurde ersetzt. Ferry hat sich nicht angemeldet und weder ein Passwort noch einen Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>The host key of %1 is marked as revoked in %2. Ferry did not log in.</source>
        <translation>Der Host-Schlüssel von %1 ist in %2 als widerrufen markiert. Ferry hat sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted, so Ferry did not log in.</source>
        <translation>Der Host-Schlüssel von %1 wurde nicht akzeptiert, daher hat sich Ferry nicht angemeldet.</translation>
    </message>
    <message>
        <source>Saved the host key in %1</source>
        <translation>Host-Schlüssel in %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the host key in %1: %2; it is trusted for this connection only.</source>
        <translation>Der Host-Schlüssel konnte nicht in %1 gespeichert werden: %2; er gilt nur für diese Verbindung als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Connected: %1, %2, %3</source>
        <translation>Verbunden: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering (%n keepalive(s) without a reply).</source>
        <translation>
            <numerusform>%1 antwortet nicht mehr (%n Keepalive ohne Antwort).</numerusform>
            <numerusform>%1 antwortet nicht mehr (%n Keepalives ohne Antwort).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>ferry::DualPaneBrowser</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
</context>
<context>
    <name>ferry::FilePane</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy to Other Pane</source>
        <translation>In anderen Bereich &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Permissions…</source>
        <translation>&amp;Berechtigungen…</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Terminal Here</source>
        <translation>&amp;Terminal hier öffnen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Wird geladen… %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the folder &quot;%1&quot; and everything in it?</source>
        <translation>Den Ordner „%1“ mit seinem gesamten Inhalt löschen?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items? Folders go with everything in them.</source>
        <translation>
            <numerusform>Dieses Element löschen? Ordner werden mit ihrem gesamten Inhalt gelöscht.</numerusform>
            <numerusform>Diese %n Elemente löschen? Ordner werden mit ihrem gesamten Inhalt gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Neuer Ordner %1</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a folder name.</source>
        <translation>„%1“ kann nicht als Ordnername verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ferry::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Ersetzen d&amp;urch:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Vom Ende aus fortgesetzt</translation>
    </message>
    <message>
        <source>Continued from the beginning</source>
        <translation>Vom Anfang aus fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt</numerusform>
            <numerusform>%n Vorkommen ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::HostKeyDialog</name>
    <message>
        <source>New Host Key Type</source>
        <translation>Neuer Host-Schlüsseltyp</translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>Ist das wirklich %1?</translation>
    </message>
    <message>
        <source>Ferry knows a key of another type for %1, but not this one, so it cannot tell whether this is really the server you mean. The server identified itself with this key:</source>
        <translation>Ferry kennt für %1 einen Schlüssel eines anderen Typs, aber nicht diesen, und kann daher nicht feststellen, ob dies wirklich der gemeinte Server ist. Der Server hat sich mit diesem Schlüssel ausgewiesen:</translation>
    </message>
    <message>
        <source>Ferry has never connected to %1 before, so it cannot tell whether this is really the server you mean. The server identified itself with this key:</source>
        <translation>Ferry hat noch nie eine Verbindung zu %1 hergestellt und kann daher nicht feststellen, ob dies wirklich der gemeinte Server ist. Der Server hat sich mit diesem Schlüssel ausgewiesen:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Compare the fingerprint with one you got from the server&apos;s administrator over a channel you trust. If they differ, do not connect: someone may be impersonating the server.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit einem, den Sie vom Administrator des Servers über einen vertrauenswürdigen Kanal erhalten haben. Wenn sie sich unterscheiden, stellen Sie keine Verbindung her: Möglicherweise gibt sich jemand als dieser Server aus.</translation>
    </message>
    <message>
        <source>Accept and Save remembers the key for future connections. Accept Once trusts it for this connection only.</source>
        <translation>„Akzeptieren und speichern“ merkt sich den Schlüssel für künftige Verbindungen. „Einmal akzeptieren“ vertraut ihm nur für diese Verbindung.</translation>
    </message>
    <message>
        <source>Accept and Save adds the key to %1, which the ssh command reads too. Accept Once trusts it for this connection only.</source>
        <translation>„Akzeptieren und speichern“ trägt den Schlüssel in %1 ein; diese Datei liest auch der Befehl ssh. „Einmal akzeptieren“ vertraut ihm nur für diese Verbindung.</translation>
    </message>
    <message>
        <source>Accept and &amp;Save</source>
        <translation>Akzeptieren und &amp;speichern</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>&amp;Einmal akzeptieren</translation>
    </message>
</context>
<context>
    <name>ferry::HostKeyWarningDialog</name>
    <message>
        <source>Revoked Host Key</source>
        <translation>Widerrufener Host-Schlüssel</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has been revoked</source>
        <translation>WARNUNG: Der Host-Schlüssel von %1 wurde widerrufen</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed</source>
        <translation>WARNUNG: Der Host-Schlüssel von %1 hat sich geändert</translation>
    </message>
    <message>
        <source>The host key that %1 presented is marked as revoked in %2. A revoked key is one its owner no longer trusts, typically because it was stolen. Whoever holds it can impersonate the server.</source>
        <translation>Der Host-Schlüssel, den %1 vorgelegt hat, ist in %2 als widerrufen markiert. Ein widerrufener Schlüssel ist einer, dem sein Besitzer nicht mehr vertraut, typischerweise weil er gestohlen wurde. Wer ihn besitzt, kann sich als dieser Server ausgeben.</translation>
    </message>
    <message>
        <source>The host key that %1 presented is not the one recorded for it in %2. Someone may be intercepting the connection (a man-in-the-middle attack) to read your password and everything you type, or the server&apos;s administrator may have replaced the key.</source>
        <translation>Der Host-Schlüssel, den %1 vorgelegt hat, ist nicht der, der dafür in %2 hinterlegt ist. Möglicherweise fängt jemand die Verbindung ab (ein Man-in-the-Middle-Angriff), um Ihr Passwort und alles, was Sie eingeben, mitzulesen, oder der Administrator des Servers hat den Schlüssel ersetzt.</translation>
    </message>
    <message>
        <source>Ferry did not connect and sent no password or key. Ask the server&apos;s administrator for the fingerprint of the new key before trusting it.</source>
        <translation>Ferry hat die Verbindung nicht hergestellt und weder ein Passwort noch einen Schlüssel gesendet. Fragen Sie den Administrator des Servers nach dem Fingerabdruck des neuen Schlüssels, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Key presented:</source>
        <translation>Vorgelegter Schlüssel:</translation>
    </message>
    <message>
        <source>Revoked key:</source>
        <translation>Widerrufener Schlüssel:</translation>
    </message>
    <message>
        <source>Key on record:</source>
        <translation>Hinterlegter Schlüssel:</translation>
    </message>
    <message>
        <source>Known hosts file:</source>
        <translation>known_hosts-Datei:</translation>
    </message>
    <message>
        <source>&amp;Replace the Old Key and Reconnect…</source>
        <translation>Alten Schlüssel &amp;ersetzen und neu verbinden…</translation>
    </message>
    <message>
        <source>Entries involved:</source>
        <translation>Betroffene Einträge:</translation>
    </message>
    <message>
        <source>Replace the Host Key?</source>
        <translation>Host-Schlüssel ersetzen?</translation>
    </message>
    <message>
        <source>Replace the key on record for %1 with the one it presented now?</source>
        <translation>Den für %1 hinterlegten Schlüssel durch den jetzt vorgelegten ersetzen?</translation>
    </message>
    <message>
        <source>Do this only if you know the key was changed, for example because the server&apos;s administrator told you the new fingerprint, %1. Ferry removes the old %2 key of %3 from %4 and connects again; you will then be asked about the new key as for a server you have never seen.</source>
        <translation>Tun Sie dies nur, wenn Sie wissen, dass der Schlüssel geändert wurde, zum Beispiel weil Ihnen der Administrator des Servers den neuen Fingerabdruck %1 mitgeteilt hat. Ferry entfernt den alten %2-Schlüssel von %3 aus %4 und verbindet sich erneut; danach werden Sie wie bei einem Server, den Sie noch nie gesehen haben, nach dem neuen Schlüssel gefragt.</translation>
    </message>
    <message>
        <source>&amp;Replace the Key</source>
        <translation>Schlüssel &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep the Old Key</source>
        <translation>Alten Schlüssel &amp;behalten</translation>
    </message>
</context>
<context>
    <name>ferry::InstallKeyDialog</name>
    <message>
        <source>Install Key on Server</source>
        <translation>Schlüssel auf dem Server installieren</translation>
    </message>
    <message>
        <source>Adds the public key of %1 to ~/.ssh/authorized_keys on the server, as ssh-copy-id does: the folder and the file are made if missing, and a key already there is not added again.</source>
        <translation>Fügt den öffentlichen Schlüssel von %1 auf dem Server zu ~/.ssh/authorized_keys hinzu, wie es ssh-copy-id tut: Der Ordner und die Datei werden bei Bedarf angelegt, und ein bereits vorhandener Schlüssel wird nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>There are no saved sessions. Save a session for the server first.</source>
        <translation>Es gibt keine gespeicherten Sitzungen. Speichern Sie zuerst eine Sitzung für den Server.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Could not open a connection to %1.</source>
        <translation>Es konnte keine Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Installing the key…</source>
        <translation>Schlüssel wird installiert…</translation>
    </message>
</context>
<context>
    <name>ferry::KeyGenerateDialog</name>
    <message>
        <source>Generate Key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Ed25519 (recommended)</source>
        <translation>Ed25519 (empfohlen)</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>ECDSA P-521</source>
        <translation>ECDSA P-521</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 Bit</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 Bit</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets a copy of the file can use the key.</source>
        <translation>Ohne Passphrase kann jeder, der eine Kopie der Datei erhält, den Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>&amp;Dateiname:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Enter a file name.</source>
        <translation>Geben Sie einen Dateinamen ein.</translation>
    </message>
    <message>
        <source>The file name cannot contain &quot;/&quot; or start with a dot.</source>
        <translation>Der Dateiname darf kein „/“ enthalten und nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <source>%1 already exists; Ferry never overwrites a key.</source>
        <translation>%1 existiert bereits; Ferry überschreibt niemals einen Schlüssel.</translation>
    </message>
    <message>
        <source>In %1, with the public key beside it.</source>
        <translation>In %1, mit dem öffentlichen Schlüssel daneben.</translation>
    </message>
</context>
<context>
    <name>ferry::KeyListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>PuTTY key (import it)</source>
        <translation>PuTTY-Schlüssel (bitte importieren)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>In agent</source>
        <translation>Im Agenten</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>ferry::KeyManagerDialog</name>
    <message>
        <source>SSH Keys</source>
        <translation>SSH-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>The key was removed from the agent.</source>
        <translation>Der Schlüssel wurde aus dem Agenten entfernt.</translation>
    </message>
    <message>
        <source>Keys in %1 and key files you added:</source>
        <translation>Schlüssel in %1 und von Ihnen hinzugefügte Schlüsseldateien:</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Import PuTTY Key…</source>
        <translation>PuTTY-Schlüssel &amp;importieren…</translation>
    </message>
    <message>
        <source>Add Key &amp;File…</source>
        <translation>Schlüssel&amp;datei hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from &amp;List</source>
        <translation>Aus der &amp;Liste entfernen</translation>
    </message>
    <message>
        <source>Stops listing a key file you added; the file itself stays.</source>
        <translation>Eine von Ihnen hinzugefügte Schlüsseldatei wird nicht mehr aufgeführt; die Datei selbst bleibt erhalten.</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Install on &amp;Server…</source>
        <translation>Auf dem Server ins&amp;tallieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Without it, keys cannot be generated nor passphrases changed.</source>
        <translation>Ohne dieses Programm können weder Schlüssel erzeugt noch Passphrasen geändert werden.</translation>
    </message>
    <message>
        <source>Without it, keys cannot be added to the agent.</source>
        <translation>Ohne dieses Programm können keine Schlüssel zum Agenten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 is not a private key file Ferry can read: %2</source>
        <translation>%1 ist keine private Schlüsseldatei, die Ferry lesen kann: %2</translation>
    </message>
    <message>
        <source>%1 was added, but: %2</source>
        <translation>%1 wurde hinzugefügt, aber: %2</translation>
    </message>
    <message>
        <source>%1 was added to the list.</source>
        <translation>%1 wurde zur Liste hinzugefügt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Import PuTTY Key</source>
        <translation>PuTTY-Schlüssel importieren</translation>
    </message>
    <message>
        <source>PuTTY private keys (*.ppk);;All files (*)</source>
        <translation>Private PuTTY-Schlüssel (*.ppk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>Schlüsseldatei hinzufügen</translation>
    </message>
    <message>
        <source>%1 is no longer listed; the file was not touched.</source>
        <translation>%1 wird nicht mehr aufgeführt; die Datei selbst wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The agent does not hold this key.</source>
        <translation>Der Agent enthält diesen Schlüssel nicht.</translation>
    </message>
    <message>
        <source>P&amp;ublic Key…</source>
        <translation>Ö&amp;ffentlicher Schlüssel…</translation>
    </message>
    <message>
        <source>A&amp;dd to Agent…</source>
        <translation>Zum &amp;Agenten hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from Agen&amp;t</source>
        <translation>Aus dem Agenten entfer&amp;nen</translation>
    </message>
</context>
<context>
    <name>ferry::KeyPassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>An empty passphrase removes it: anyone who gets a copy of the file can use the key.</source>
        <translation>Eine leere Passphrase entfernt den Schutz: Jeder, der eine Kopie der Datei erhält, kann den Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ändern</translation>
    </message>
</context>
<context>
    <name>ferry::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (es läuft kein Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain denied access; it may be locked.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert; möglicherweise ist er gesperrt.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ferry::KnownHostsDialog</name>
    <message>
        <source>Known Hosts</source>
        <translation>Bekannte Hosts</translation>
    </message>
    <message>
        <source>Hosts trusted in %1, shared with the ssh command:</source>
        <translation>Vertrauenswürdige Hosts in %1, gemeinsam mit dem Befehl ssh genutzt:</translation>
    </message>
    <message>
        <source>Search: host name, [host]:port or SHA256:… (finds hashed entries too)</source>
        <translation>Suchen: Hostname, [Host]:Port oder SHA256:… (findet auch gehashte Einträge)</translation>
    </message>
    <message>
        <source>Host certificates (@cert-authority lines) are listed, but Ferry does not use them to check hosts: the SSH library it is built on (libssh 0.10) cannot verify host certificates. Such hosts are asked about like unknown hosts.</source>
        <translation>Host-Zertifikate (@cert-authority-Zeilen) werden aufgeführt, aber Ferry verwendet sie nicht zur Prüfung von Hosts: Die SSH-Bibliothek, auf der Ferry aufbaut (libssh 0.10), kann keine Host-Zertifikate prüfen. Bei solchen Hosts fragt Ferry wie bei unbekannten Hosts nach.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Lines that are not host entries were skipped (and are kept as they are): %1</source>
        <translation>Zeilen, die keine Host-Einträge sind, wurden übersprungen (und bleiben unverändert): %1</translation>
    </message>
    <message>
        <source>a hashed host name</source>
        <translation>ein gehashter Hostname</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4</source>
        <translation>Zeile %1: %2 %3 %4</translation>
    </message>
    <message>
        <source>Remove Known Hosts</source>
        <translation>Bekannte Hosts entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(s) from the known hosts file?</source>
        <translation>
            <numerusform>%n Eintrag aus der known_hosts-Datei entfernen?</numerusform>
            <numerusform>%n Einträge aus der known_hosts-Datei entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ferry and ssh will ask again before trusting these hosts.</source>
        <translation>Ferry und ssh fragen erneut nach, bevor sie diesen Hosts vertrauen.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Es wurde nichts entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed from %1.</source>
        <translation>
            <numerusform>%n Zeile aus %1 entfernt.</numerusform>
            <numerusform>%n Zeilen aus %1 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::KnownHostsModel</name>
    <message>
        <source>(hashed) %1</source>
        <translation>(gehasht) %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>ferry::LocalFileWorker</name>
    <message>
        <source>it does not exist.</source>
        <translation>es existiert nicht.</translation>
    </message>
    <message>
        <source>it is not a folder.</source>
        <translation>es ist kein Ordner.</translation>
    </message>
    <message>
        <source>permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: it already exists.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden: Er existiert bereits.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not rename %1: it no longer exists.</source>
        <translation>%1 konnte nicht umbenannt werden: Es existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %2 already exists.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %2 existiert bereits.</translation>
    </message>
    <message>
        <source>Could not move %1 into itself.</source>
        <translation>%1 konnte nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not change the permissions of %1.</source>
        <translation>Die Berechtigungen von %1 konnten nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ferry::MainWindow</name>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Registerkarte &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ü&amp;ber Ferry</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>Über Ferry</translation>
    </message>
    <message>
        <source>Ferry %1

An SSH terminal and SFTP client.</source>
        <translation>Ferry %1

Ein SSH-Terminal und SFTP-Client.</translation>
    </message>
    <message>
        <source>No terminal open.

Double-click a saved session on the left, or type user@host into Quick connect above.</source>
        <translation>Kein Terminal geöffnet.

Doppelklicken Sie links auf eine gespeicherte Sitzung oder geben Sie oben unter Schnellverbindung Benutzer@Host ein.</translation>
    </message>
    <message>
        <source>Import from &amp;ssh_config…</source>
        <translation>Aus &amp;ssh_config importieren…</translation>
    </message>
    <message>
        <source>&amp;Import Ferry Sessions…</source>
        <translation>Ferry-Sitzungen &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Ferry Sessions…</source>
        <translation>Ferry-Sitzungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Tab</source>
        <translation>Registerkarte &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>Connection &amp;Log</source>
        <translation>Verbindungs&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächste Registerkarte</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorherige Registerkarte</translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation>Schnell&amp;verbindung</translation>
    </message>
    <message>
        <source>&amp;Filter Sessions</source>
        <translation>Sitzungen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Tab</source>
        <translation>&amp;Registerkarte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sessions Panel</source>
        <translation>&amp;Sitzungsbereich</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Quick connect:</source>
        <translation>Schnellverbindung:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no saved session named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Sitzung namens „%1“.</translation>
    </message>
    <message>
        <source>Several saved sessions are named &quot;%1&quot;; name the folder too, as in %2.</source>
        <translation>Mehrere gespeicherte Sitzungen heißen „%1“; geben Sie auch den Ordner an, wie in %2.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) imported from %1.</source>
        <translation>
            <numerusform>%n Sitzung aus %1 importiert.</numerusform>
            <numerusform>%n Sitzungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be exported: %1</source>
        <translation>Die Sitzungen konnten nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation>
            <numerusform>%n Sitzung nach %1 exportiert.</numerusform>
            <numerusform>%n Sitzungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Ferry Sessions</source>
        <translation>Ferry-Sitzungen importieren</translation>
    </message>
    <message>
        <source>Ferry sessions (*.json);;All files (*)</source>
        <translation>Ferry-Sitzungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Ferry Sessions</source>
        <translation>Ferry-Sitzungen exportieren</translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation>Ferry beenden</translation>
    </message>
    <message numerus="yes">
        <source>Quit Ferry and end %n running session(s)?</source>
        <translation>
            <numerusform>Ferry beenden? %n laufende Sitzung wird dabei beendet.</numerusform>
            <numerusform>Ferry beenden? %n laufende Sitzungen werden dabei beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Open SFTP &amp;Here</source>
        <translation>SFTP &amp;hier öffnen</translation>
    </message>
    <message>
        <source>T&amp;ransfers Panel</source>
        <translation>Ü&amp;bertragungsbereich</translation>
    </message>
    <message>
        <source>No terminal was opened: the folder&apos;s name has control characters, which Ferry does not pass to a shell.</source>
        <translation>Es wurde kein Terminal geöffnet: Der Name des Ordners enthält Steuerzeichen, die Ferry nicht an eine Shell weitergibt.</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Keys and Agent…</source>
        <translation>&amp;Schlüssel und Agent…</translation>
    </message>
    <message>
        <source>Known &amp;Hosts…</source>
        <translation>&amp;Bekannte Hosts…</translation>
    </message>
</context>
<context>
    <name>ferry::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ferry::OpenSshTool</name>
    <message>
        <source>%1 was not found on the PATH. Install OpenSSH&apos;s client programs (on Debian and Ubuntu: the openssh-client package).</source>
        <translation>%1 wurde im PATH nicht gefunden. Installieren Sie die Client-Programme von OpenSSH (unter Debian und Ubuntu: das Paket openssh-client).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time and was stopped.</source>
        <translation>%1 wurde nicht rechtzeitig fertig und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>%1 failed with exit status %2.</source>
        <translation>%1 ist mit dem Exit-Status %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ferry::PaneModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 is a link to %2</source>
        <translation>%1 ist ein Link auf %2</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Eigentümer %1</translation>
    </message>
    <message>
        <source>Owner %1, group %2</source>
        <translation>Eigentümer %1, Gruppe %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a name.</source>
        <translation>„%1“ kann nicht als Name verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 byte(s)</source>
        <translation>
            <numerusform>%L1 Byte</numerusform>
            <numerusform>%L1 Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::PaneNavigationBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Hidden Files</source>
        <translation>Versteckte Dateien</translation>
    </message>
    <message>
        <source>Bookmark This Folder</source>
        <translation>Lesezeichen für diesen Ordner setzen</translation>
    </message>
    <message>
        <source>Parent folder (Backspace)</source>
        <translation>Übergeordneter Ordner (Rücktaste)</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
</context>
<context>
    <name>ferry::PassphraseFields</name>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Die beiden Passphrasen stimmen überein.</translation>
    </message>
</context>
<context>
    <name>ferry::PermissionsDialog</name>
    <message>
        <source>Permissions of %1</source>
        <translation>Berechtigungen von %1</translation>
    </message>
    <message numerus="yes">
        <source>Permissions of %n Item(s)</source>
        <translation>
            <numerusform>Berechtigungen von %n Element</numerusform>
            <numerusform>Berechtigungen von %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>%1 is &quot;3 items&quot;, %2 &quot;1 folder&quot;, %3 &quot;2 files&quot;.</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Auswahl:</translation>
    </message>
    <message>
        <source>(various)</source>
        <translation>(unterschiedlich)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is Owner, Group or Others; %2 is read, write or execute.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set &amp;user ID</source>
        <translation>&amp;Setuid-Bit</translation>
    </message>
    <message>
        <source>Runs with the owner&apos;s rights (setuid)</source>
        <translation>Läuft mit den Rechten des Eigentümers (setuid)</translation>
    </message>
    <message>
        <source>Set &amp;group ID</source>
        <translation>Set&amp;gid-Bit</translation>
    </message>
    <message>
        <source>Runs with the group&apos;s rights; in a folder, new files get its group</source>
        <translation>Läuft mit den Rechten der Gruppe; in einem Ordner erhalten neue Dateien dessen Gruppe</translation>
    </message>
    <message>
        <source>S&amp;ticky</source>
        <translation>S&amp;ticky-Bit</translation>
    </message>
    <message>
        <source>In a folder, only a file&apos;s owner may delete or rename it</source>
        <translation>In einem Ordner darf nur der Eigentümer einer Datei sie löschen oder umbenennen</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Spezial</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>&amp;Octal:</source>
        <translation>&amp;Oktal:</translation>
    </message>
    <message>
        <source>&amp;Apply to everything inside this folder</source>
        <translation>Auf den gesamten Inhalt dieses Ordners &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Apply to everything inside the selected folders</source>
        <translation>Auf den gesamten Inhalt der ausgewählten Ordner &amp;anwenden</translation>
    </message>
    <message>
        <source>Files and folders inside get the same changes, at every depth</source>
        <translation>Die enthaltenen Dateien und Ordner erhalten auf jeder Ebene dieselben Änderungen</translation>
    </message>
    <message>
        <source>A partly filled box: the selected items differ. Each keeps its own setting unless you change it.</source>
        <translation>Ein teilweise gefülltes Kästchen: Die ausgewählten Elemente unterscheiden sich. Jedes behält seine eigene Einstellung, solange Sie sie nicht ändern.</translation>
    </message>
    <message>
        <source>Enter a mode in octal, such as 644 or 755.</source>
        <translation>Geben Sie einen Modus in Oktalschreibweise ein, etwa 644 oder 755.</translation>
    </message>
    <message>
        <source>“%1” is not an octal mode: use up to four digits from 0 to 7, such as 644 or 2775.</source>
        <translation>„%1“ ist kein oktaler Modus: Verwenden Sie bis zu vier Ziffern von 0 bis 7, etwa 644 oder 2775.</translation>
    </message>
</context>
<context>
    <name>ferry::PublicKeyDialog</name>
    <message>
        <source>Public Key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>The public key of %1, in OpenSSH format:</source>
        <translation>Der öffentliche Schlüssel von %1 im OpenSSH-Format:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ferry::PuttyImportDialog</name>
    <message>
        <source>Import PuTTY Key</source>
        <translation>PuTTY-Schlüssel importieren</translation>
    </message>
    <message>
        <source>%1, PuTTY format version %2</source>
        <translation>%1, PuTTY-Format, Version %2</translation>
    </message>
    <message>
        <source>PuTTY key:</source>
        <translation>PuTTY-Schlüssel:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>PuTTY key &amp;passphrase:</source>
        <translation>&amp;Passphrase des PuTTY-Schlüssels:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets a copy of the file can use the key.</source>
        <translation>Ohne Passphrase kann jeder, der eine Kopie der Datei erhält, den Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>&amp;Dateiname:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>In %1, with the public key beside it.</source>
        <translation>In %1, mit dem öffentlichen Schlüssel daneben.</translation>
    </message>
</context>
<context>
    <name>ferry::QuickConnectField</name>
    <message>
        <source>user@host:port</source>
        <translation>Benutzer@Host:Port</translation>
    </message>
    <message>
        <source>Quick connect: type user@host or user@host:port and press Enter.
Write an IPv6 address with a port as user@[::1]:22.</source>
        <translation>Schnellverbindung: Geben Sie Benutzer@Host oder Benutzer@Host:Port ein und drücken Sie die Eingabetaste.
Eine IPv6-Adresse mit Port schreiben Sie als Benutzer@[::1]:22.</translation>
    </message>
    <message>
        <source>Type where to connect, for example user@example.com or user@example.com:2222.</source>
        <translation>Geben Sie das Verbindungsziel ein, zum Beispiel user@example.com oder user@example.com:2222.</translation>
    </message>
</context>
<context>
    <name>ferry::RemoteEditorDocument</name>
    <message>
        <source>The connection to %1 is closed; the file was not saved.</source>
        <translation>Die Verbindung zu %1 ist geschlossen; die Datei wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ferry::RemoteEditorWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Mixed line endings: saving writes %1 on every line</source>
        <translation>Gemischte Zeilenenden: Beim Speichern wird in jeder Zeile %1 geschrieben</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Einfacher Text</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <translation>%1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 changed on the server; not saved yet.</source>
        <translation>%1 wurde auf dem Server geändert; noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>File Changed on the Server</source>
        <translation>Datei auf dem Server geändert</translation>
    </message>
    <message>
        <source>The file changed on the server since you opened it.</source>
        <translation>Die Datei wurde auf dem Server geändert, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <source>Overwrite %1 with your version, discarding the changes made there, or cancel and keep your changes in the editor only.</source>
        <translation>Überschreiben Sie %1 mit Ihrer Version und verwerfen Sie damit die dort vorgenommenen Änderungen, oder brechen Sie ab und behalten Sie Ihre Änderungen nur im Editor.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Not saved: %1 changed on the server.</source>
        <translation>Nicht gespeichert: %1 wurde auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Saving %1; the window closes once it is saved.</source>
        <translation>%1 wird gespeichert; das Fenster schließt sich, sobald die Datei gespeichert ist.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
</context>
<context>
    <name>ferry::RemoteFileSystem</name>
    <message>
        <source>there is no connection</source>
        <translation>es besteht keine Verbindung</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung besteht nicht mehr</translation>
    </message>
</context>
<context>
    <name>ferry::RemotePaneModel</name>
    <message>
        <source>There is no connection.</source>
        <translation>Es besteht keine Verbindung.</translation>
    </message>
    <message>
        <source>The listing of %1 stopped: %2</source>
        <translation>Das Auflisten von %1 wurde abgebrochen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1: %n item(s) deleted, now %2</source>
        <translation>
            <numerusform>%1 wird gelöscht: %n Element gelöscht, jetzt %2</numerusform>
            <numerusform>%1 wird gelöscht: %n Elemente gelöscht, jetzt %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing permissions: %n item(s) done</source>
        <translation>
            <numerusform>Berechtigungen werden geändert: %n Element erledigt</numerusform>
            <numerusform>Berechtigungen werden geändert: %n Elemente erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::SessionAuthPage</name>
    <message>
        <source>Public key (key files and agent)</source>
        <translation>Öffentlicher Schlüssel (Schlüsseldateien und Agent)</translation>
    </message>
    <message>
        <source>Keyboard-interactive (one-time codes, PAM prompts)</source>
        <translation>Keyboard-interactive (Einmalcodes, PAM-Abfragen)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Na&amp;ch unten</translation>
    </message>
    <message>
        <source>Remember the &amp;password in the system keychain</source>
        <translation>&amp;Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>The password is kept by the operating system&apos;s keychain, never in Ferry&apos;s files. Without a keychain nothing is stored and Ferry asks each time.</source>
        <translation>Das Passwort wird im Schlüsselbund des Betriebssystems aufbewahrt, nie in Ferrys eigenen Dateien. Ohne Schlüsselbund wird nichts gespeichert, und Ferry fragt jedes Mal nach.</translation>
    </message>
    <message>
        <source>Private key files</source>
        <translation>Private Schlüsseldateien</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Tried in this order. None: the keys ssh_config names, else ~/.ssh/id_*.</source>
        <translation>Werden in dieser Reihenfolge versucht. Keine: die Schlüssel, die ssh_config nennt, sonst ~/.ssh/id_*.</translation>
    </message>
    <message>
        <source>Login methods</source>
        <translation>Anmeldemethoden</translation>
    </message>
    <message>
        <source>Checked methods are tried in this order, among those the server offers.</source>
        <translation>Angehakte Methoden werden in dieser Reihenfolge versucht, soweit der Server sie anbietet.</translation>
    </message>
    <message>
        <source>Private Key Files</source>
        <translation>Private Schlüsseldateien</translation>
    </message>
    <message>
        <source>Use the &amp;SSH agent (SSH_AUTH_SOCK)</source>
        <translation>&amp;SSH-Agent verwenden (SSH_AUTH_SOCK)</translation>
    </message>
</context>
<context>
    <name>ferry::SessionConnectionPage</name>
    <message>
        <source>Co&amp;mpress the data (helps on slow links)</source>
        <translation>Daten k&amp;omprimieren (hilft bei langsamen Leitungen)</translation>
    </message>
    <message>
        <source>Allow ssh-&amp;rsa (RSA with SHA-1) for old servers</source>
        <translation>ssh-&amp;rsa (RSA mit SHA-1) für alte Server erlauben</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How often to check that the server still answers. Keeps idle connections open through firewalls and notices a dead link.</source>
        <translation>Wie oft geprüft wird, ob der Server noch antwortet. Hält untätige Verbindungen durch Firewalls hindurch offen und bemerkt eine abgerissene Verbindung.</translation>
    </message>
    <message>
        <source>the session&apos;s host</source>
        <translation>der Host der Sitzung</translation>
    </message>
    <message>
        <source>SHA-1 signatures are weak; allow them only for servers too old for anything else.</source>
        <translation>SHA-1-Signaturen sind schwach; erlauben Sie sie nur für Server, die für alles andere zu alt sind.</translation>
    </message>
    <message>
        <source>[user@]host[:port] – kept for a later version of Ferry</source>
        <translation>[Benutzer@]Host[:Port] – für eine spätere Ferry-Version vorgesehen</translation>
    </message>
    <message>
        <source>&amp;Keepalive interval:</source>
        <translation>&amp;Keepalive-Intervall:</translation>
    </message>
    <message>
        <source>ssh_config &amp;Host entry:</source>
        <translation>ssh_config-&amp;Host-Eintrag:</translation>
    </message>
    <message>
        <source>Pro&amp;xyJump:</source>
        <translation>Pro&amp;xyJump:</translation>
    </message>
    <message>
        <source>Algorithms (OpenSSH syntax; empty: the defaults)</source>
        <translation>Algorithmen (OpenSSH-Syntax; leer: die Standardwerte)</translation>
    </message>
    <message>
        <source>Key &amp;exchange:</source>
        <translation>Sch&amp;lüsselaustausch:</translation>
    </message>
    <message>
        <source>C&amp;iphers:</source>
        <translation>Ch&amp;iffren:</translation>
    </message>
    <message>
        <source>&amp;Public keys:</source>
        <translation>Ö&amp;ffentliche Schlüssel:</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>zum Beispiel %1</translation>
    </message>
    <message>
        <source>Rea&amp;d ~/.ssh/config for settings this session leaves at their default</source>
        <translation>~/.ssh/config für Einstellungen l&amp;esen, die diese Sitzung auf dem Standardwert belässt</translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation>&amp;Zeitlimit für den Verbindungsaufbau:</translation>
    </message>
    <message>
        <source>Host ke&amp;ys:</source>
        <translation>Host-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>MAC&amp;s:</source>
        <translation>&amp;MACs:</translation>
    </message>
</context>
<context>
    <name>ferry::SessionEditorDialog</name>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Edit Session – %1</source>
        <translation>Sitzung bearbeiten – %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Authentication</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Subfolders are separated by &apos;/&apos;, for example Work/Servers. Empty: the top level.</source>
        <translation>Unterordner werden durch „/“ getrennt, zum Beispiel Arbeit/Server. Leer: die oberste Ebene.</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>from ssh_config, else your local user name</source>
        <translation>aus ssh_config, sonst Ihr lokaler Benutzername</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Anything worth remembering about this server.</source>
        <translation>Alles, was man sich zu diesem Server merken sollte.</translation>
    </message>
    <message>
        <source>Give the session a name.</source>
        <translation>Geben Sie der Sitzung einen Namen.</translation>
    </message>
    <message>
        <source>A name cannot contain &apos;/&apos;: it separates folders.</source>
        <translation>Ein Name darf kein „/“ enthalten: Es trennt Ordner.</translation>
    </message>
    <message>
        <source>There is already a session named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Sitzung namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a session named &quot;%1&quot; in %2.</source>
        <translation>Es gibt bereits eine Sitzung namens „%1“ in %2.</translation>
    </message>
    <message>
        <source>Type the host name or address to connect to.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse ein, mit der verbunden werden soll.</translation>
    </message>
    <message>
        <source>Put the user name in the User field, not in the host.</source>
        <translation>Tragen Sie den Benutzernamen in das Feld Benutzer ein, nicht beim Host.</translation>
    </message>
    <message>
        <source>A host name has no spaces in it.</source>
        <translation>Ein Hostname enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (SSH&apos;s usual port is 22).</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535 (der übliche SSH-Port ist 22).</translation>
    </message>
</context>
<context>
    <name>ferry::SessionLog</name>
    <message>
        <source>No log file name given.</source>
        <translation>Es wurde kein Name für die Protokolldatei angegeben.</translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Writing the log file %1 failed: %2</source>
        <translation>Das Schreiben der Protokolldatei %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ferry::SessionTerminalPage</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Default font</source>
        <translation>Stan&amp;dardschriftart</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Default size</source>
        <translation>Standardgröße</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>&amp;Unlimited (slower: kept in temporary files)</source>
        <translation>Unbe&amp;grenzt (langsamer: wird in temporären Dateien gehalten)</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Sc&amp;hriftart:</translation>
    </message>
    <message>
        <source>&amp;Scrollback:</source>
        <translation>Ve&amp;rlauf:</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>The TERM value the server&apos;s programs see.</source>
        <translation>Der TERM-Wert, den die Programme auf dem Server sehen.</translation>
    </message>
    <message>
        <source>Control-? (DEL, 0x7F): most systems</source>
        <translation>Strg-? (DEL, 0x7F): die meisten Systeme</translation>
    </message>
    <message>
        <source>Control-H (0x08): some old systems</source>
        <translation>Strg-H (0x08): einige alte Systeme</translation>
    </message>
    <message>
        <source>empty: the login shell</source>
        <translation>leer: die Login-Shell</translation>
    </message>
    <message>
        <source>A command that runs in the terminal instead of the login shell.</source>
        <translation>Ein Befehl, der im Terminal statt der Login-Shell ausgeführt wird.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sent to the server, which accepts only the names its AcceptEnv allows.</source>
        <translation>Wird an den Server gesendet, der nur die Namen akzeptiert, die seine AcceptEnv-Einstellung erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Close the tab if the shell ended cleanly</source>
        <translation>Registerkarte schließen, wenn die Shell sauber beendet wurde</translation>
    </message>
    <message>
        <source>Always close the tab</source>
        <translation>Registerkarte immer schließen</translation>
    </message>
    <message>
        <source>Keep the tab open</source>
        <translation>Registerkarte offen lassen</translation>
    </message>
    <message>
        <source>empty: no log</source>
        <translation>leer: kein Protokoll</translation>
    </message>
    <message>
        <source>&amp;Backspace sends:</source>
        <translation>Rü&amp;cktaste sendet:</translation>
    </message>
    <message>
        <source>Re&amp;mote command:</source>
        <translation>Entfernter &amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Umgebungsvar&amp;iablen:</translation>
    </message>
    <message>
        <source>&amp;Log to file:</source>
        <translation>In Datei &amp;protokollieren:</translation>
    </message>
    <message>
        <source>Log the Session to</source>
        <translation>Sitzung protokollieren in</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>TERM t&amp;ype:</source>
        <translation>TERM-T&amp;yp:</translation>
    </message>
    <message>
        <source>On shell e&amp;xit:</source>
        <translation>Bei&amp;m Beenden der Shell:</translation>
    </message>
</context>
<context>
    <name>ferry::SessionTreeDock</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Shows the sessions whose name, host, user or notes contain the text.</source>
        <translation>Zeigt die Sitzungen, deren Name, Host, Benutzer oder Notizen den Text enthalten.</translation>
    </message>
    <message>
        <source>&amp;Open in New Tab</source>
        <translation>In neuer Registerkarte ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Edit Session…</source>
        <translation>Sitzung b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the session &quot;%1&quot; (%2)?</source>
        <translation>Die Sitzung „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>Delete the empty folder &quot;%1&quot;?</source>
        <translation>Den leeren Ordner „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and the %n session(s) in it?</source>
        <translation>
            <numerusform>Den Ordner „%1“ und die %n Sitzung darin löschen?</numerusform>
            <numerusform>Den Ordner „%1“ und die %n Sitzungen darin löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)?</source>
        <translation>
            <numerusform>%n Sitzung löschen?</numerusform>
            <numerusform>%n Sitzungen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n folder(s) with everything in them (%1)?</source>
        <translation>
            <numerusform>%n Ordner mit seinem gesamten Inhalt löschen (%1)?</numerusform>
            <numerusform>%n Ordner mit ihrem gesamten Inhalt löschen (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation>
            <numerusform>insgesamt %n Sitzung</numerusform>
            <numerusform>insgesamt %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;SFTP</source>
        <translation>SF&amp;TP öffnen</translation>
    </message>
</context>
<context>
    <name>ferry::SessionTreeModel</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>A folder name must not be empty or contain &apos;/&apos;.</source>
        <translation>Ein Ordnername darf nicht leer sein und kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>There is already a folder named &quot;%1&quot; there.</source>
        <translation>Dort gibt es bereits einen Ordner namens „%1“.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be moved into itself.</source>
        <translation>Der Ordner „%1“ kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>There is already a folder named &quot;%1&quot; in %2.</source>
        <translation>Es gibt bereits einen Ordner namens „%1“ in %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>Sessions can only be moved into a folder.</source>
        <translation>Sitzungen können nur in einen Ordner verschoben werden.</translation>
    </message>
    <message>
        <source>A folder name must not be empty.</source>
        <translation>Ein Ordnername darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A session name must not be empty.</source>
        <translation>Ein Sitzungsname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A folder name must not contain &apos;/&apos;.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten.</translation>
    </message>
</context>
<context>
    <name>ferry::SftpService</name>
    <message numerus="yes">
        <source>SFTP channel %1 ready (version %2, %n extension(s), reads of %3 bytes, writes of %4 bytes)</source>
        <translation>
            <numerusform>SFTP-Kanal %1 bereit (Version %2, %n Erweiterung, Lesevorgänge zu %3 Byte, Schreibvorgänge zu %4 Byte)</numerusform>
            <numerusform>SFTP-Kanal %1 bereit (Version %2, %n Erweiterungen, Lesevorgänge zu %3 Byte, Schreibvorgänge zu %4 Byte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::SshConfigImportDialog</name>
    <message>
        <source>A session of this name is in the folder already; a copy would get a new name.</source>
        <translation>In diesem Ordner gibt es bereits eine Sitzung mit diesem Namen; eine Kopie würde einen neuen Namen erhalten.</translation>
    </message>
    <message>
        <source>Lines Ferry skipped, as ssh would refuse them:</source>
        <translation>Zeilen, die Ferry übersprungen hat, weil ssh sie ablehnen würde:</translation>
    </message>
    <message>
        <source>Import from ssh_config</source>
        <translation>Aus ssh_config importieren</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Verbindet mit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>ssh_config</source>
        <translation>ssh_config</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import into &amp;folder:</source>
        <translation>In &amp;Ordner importieren:</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 names no host to import (Host blocks with wildcards only set defaults).</source>
        <translation>%1 nennt keinen Host zum Importieren (Host-Blöcke mit Platzhaltern legen nur Standardwerte fest).</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in %1. Wildcard blocks such as &quot;Host *&quot; are not sessions; their settings apply to the hosts below.</source>
        <translation>
            <numerusform>%n Host in %1. Platzhalterblöcke wie „Host *“ sind keine Sitzungen; ihre Einstellungen gelten für die Hosts darunter.</numerusform>
            <numerusform>%n Hosts in %1. Platzhalterblöcke wie „Host *“ sind keine Sitzungen; ihre Einstellungen gelten für die Hosts darunter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>ProxyJump: %1</source>
        <translation>ProxyJump: %1</translation>
    </message>
    <message>
        <source>OpenSSH Client Configuration</source>
        <translation>OpenSSH-Clientkonfiguration</translation>
    </message>
</context>
<context>
    <name>ferry::TabMessageBar</name>
    <message>
        <source>Show &amp;Log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
</context>
<context>
    <name>ferry::TerminalInput</name>
    <message>
        <source>Paste Several Lines?</source>
        <translation>Mehrere Zeilen einfügen?</translation>
    </message>
    <message>
        <source>The text contains line breaks. The remote shell may run each line as a command as soon as it arrives.</source>
        <translation>Der Text enthält Zeilenumbrüche. Die entfernte Shell führt möglicherweise jede Zeile als Befehl aus, sobald sie ankommt.</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
</context>
<context>
    <name>ferry::TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
</context>
<context>
    <name>ferry::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>Alle pa&amp;usieren</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>Alle f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>Fehlgeschlagene wieder&amp;holen</translation>
    </message>
    <message>
        <source>How many files are transferred at the same time</source>
        <translation>Wie viele Dateien gleichzeitig übertragen werden</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>The most the transfers of a connection may use together</source>
        <translation>Die Bandbreite, die die Übertragungen einer Verbindung zusammen höchstens nutzen dürfen</translation>
    </message>
    <message>
        <source>Parallel &amp;files:</source>
        <translation>&amp;Gleichzeitige Dateien:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Keine Übertragungen</translation>
    </message>
    <message>
        <source>No file browser open</source>
        <translation>Kein Dateibrowser geöffnet</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · noch %1</translation>
    </message>
    <message>
        <source>Ca&amp;ncel All</source>
        <translation>Alle a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Remove F&amp;inished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>ferry::TransferProgressDelegate</name>
    <message>
        <source>%1 % · %2</source>
        <comment>percent done, bytes done</comment>
        <translation>%1 % · %2</translation>
    </message>
</context>
<context>
    <name>ferry::TransferQueue</name>
    <message>
        <source>Refused &quot;%1&quot;: %2</source>
        <translation>„%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>The connection ended</source>
        <translation>Die Verbindung wurde beendet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Wartet auf eine Antwort</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) failed</source>
        <translation>
            <numerusform>%1 von %n Datei fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::WindowScreenshot</name>
    <message>
        <source>No remote output after %1 seconds; taking the screenshot anyway.</source>
        <translation>Nach %1 Sekunden noch keine Ausgabe vom Server; der Screenshot wird trotzdem erstellt.</translation>
    </message>
    <message>
        <source>Could not grab the window from the screen.</source>
        <translation>Das Fenster konnte nicht vom Bildschirm erfasst werden.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ferry::WorkerChannel</name>
    <message>
        <source>The connection cannot open another channel: %1</source>
        <translation>Die Verbindung kann keinen weiteren Kanal öffnen: %1</translation>
    </message>
    <message>
        <source>The server refused to open a session channel: %1</source>
        <translation>Der Server hat das Öffnen eines Sitzungskanals abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused a terminal (pty): %1</source>
        <translation>Der Server hat ein Terminal (pty) abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused to start the %1: %2</source>
        <translation>Der Server hat sich geweigert, %1 zu starten: %2</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>die Shell</translation>
    </message>
    <message>
        <source>command</source>
        <translation>den Befehl</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &apos;ferry --help&apos; for the options.</source>
        <translation>Rufen Sie „ferry --help“ auf, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
</context>
</TS>
