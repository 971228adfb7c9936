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
    <name>ferry::ConnectionTab</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
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
        <source>Use the SSH &amp;agent (SSH_AUTH_SOCK)</source>
        <translation>SSH-A&amp;gent verwenden (SSH_AUTH_SOCK)</translation>
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
</context>
<context>
    <name>ferry::SessionConnectionPage</name>
    <message>
        <source>Co&amp;mpress the data (helps on slow links)</source>
        <translation>Daten k&amp;omprimieren (hilft bei langsamen Leitungen)</translation>
    </message>
    <message>
        <source>Read ~/.ssh/&amp;config for settings this session leaves at their default</source>
        <translation>~/.ssh/&amp;config für Einstellungen lesen, die diese Sitzung auf dem Standardwert belässt</translation>
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
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Zeitlimit für den Verbindungsaufbau:</translation>
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
        <source>Host &amp;keys:</source>
        <translation>Host-&amp;Schlüssel:</translation>
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
        <source>M&amp;ACs:</source>
        <translation>&amp;MACs:</translation>
    </message>
    <message>
        <source>&amp;Public keys:</source>
        <translation>Ö&amp;ffentliche Schlüssel:</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>zum Beispiel %1</translation>
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
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
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
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
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
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;TERM:</source>
        <translation>TER&amp;M:</translation>
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
        <source>When the shell &amp;ends:</source>
        <translation>&amp;Wenn die Shell endet:</translation>
    </message>
    <message>
        <source>&amp;Log to file:</source>
        <translation>In Datei &amp;protokollieren:</translation>
    </message>
    <message>
        <source>Log the Session to</source>
        <translation>Sitzung protokollieren in</translation>
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
