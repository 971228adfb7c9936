<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Authenticator</name>
    <message>
        <source>The server broke off the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed for %1. Tried: %2. The server accepts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing Ferry could offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted; the server asks for more: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed during %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the keys of the SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH agent could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 could not be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is not a private key Ferry can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given for key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase for key %1 was wrong %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in with key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering the password prompt with the remembered password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the remembered password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Ferry, an SSH terminal and SFTP client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server to connect to, also as ssh://[user@]host[:port]. -l and -p take precedence over the user and port written here. An IPv6 address with a port is written [address]:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[user@]host[:port]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to connect to (default: 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User to log in as (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key to try; repeat for more. Default: id_rsa, id_ecdsa, id_ed25519 and id_dsa in the ssh directory, those that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSH known_hosts file to check and store host keys in (default: known_hosts in the ssh directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ssh directory (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window as shown on the screen and print its path, once the first remote output has arrived and settled (or the connection failed; 30 seconds at the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the screenshot is saved: exit status 0 if remote output had arrived, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSH client configuration to read for the destination, as ssh does (default: config in the ssh directory); &quot;none&quot; reads none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved session with this name instead of a destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one destination, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after-screenshot needs --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session needs the name of a saved session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a destination or --session, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-p, -l and -i apply to a destination; the saved session has its own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-p, -l and -i need a destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name: give one with -l or as user@host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name before &apos;@&apos; in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host name in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid port in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry opens ssh:// URLs, not %1://: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid ssh:// URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password in an ssh:// URL is not used; Ferry asks for it when the server wants one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection parameters (after &apos;;&apos;) in ssh:// URLs are not supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh:// URL names only [user@]host[:port]; Ferry cannot open the rest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid ssh:// URL: %1 (an &apos;@&apos; in the user name is written %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” could not be found. Check its spelling and your DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server is listening there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data in the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown marker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host names after the marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key type or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not an SSH public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key type %1 does not match the key, which is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed hashed host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key is not an SSH public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store a host key for the host name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 gives the key for %3 through a pattern that also covers other hosts. Edit that line yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <source>the file is too large to be a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a private key in OpenSSH, PEM or PKCS#8 format, or the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionConnector</name>
    <message>
        <source>ssh-rsa could not be allowed: the algorithm list &quot;%1&quot; only removes algorithms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyJump %1 is not supported yet; Ferry connects to %2 directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionProfile</name>
    <message>
        <source>%1 %2 is out of range (%3 to %4); %5 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1 is not text and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not known; &quot;%3&quot; is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not known and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type; the default is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space, @ or /; the user and port have fields of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one authentication method must be allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authentication method Ferry knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keepalive interval must be between 0 (off) and 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal type (TERM) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable name &quot;%1&quot; is empty or contains &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session without a name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is not valid; the session gets a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authentication method &quot;%1&quot; is not known or repeated and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an environment variable without a valid name or value was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment has a value of the wrong type; no variables are set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Ferry sessions file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version is missing or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Ferry (format version %1; this version reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of sessions is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the session list is not a session and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; has the same id as an earlier one and gets a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the folder list is not a folder name and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder list is not a list; empty folders were lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the file is not known and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be opened (%2). Ferry starts with no saved sessions and will not change that file; check its permissions and restart Ferry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. Ferry could not move it aside either, so it starts with no saved sessions and will not change that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. So that nothing is lost, it was moved to %3, where a newer Ferry can still read it. This Ferry starts with an empty list of sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. So that nothing is lost, it was moved to %3, and Ferry starts with an empty list of sessions. The backup can be opened in a text editor to recover the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings in the saved sessions file %1 could not be read, and Ferry could not make a copy of it. The sessions are shown, but changes will not be saved, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings in the saved sessions file %1 could not be read and were set to their defaults. The file as it was is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions were not saved: %1 could not be read when Ferry started, and Ferry does not overwrite a file it could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is already in the list (same id); it was added as a new session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfigOptions</name>
    <message>
        <source>ProxyJump %1 is not supported yet; Ferry connects to %2 directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyCommand is not supported (Ferry runs no shell commands from ssh_config); Ferry connects to %1 directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::AuthPromptDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is needed to log in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not unlock the key. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept that. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the password in your system&apos;s keychain once the login succeeds. Ferry never writes it to a file of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::Connection</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionLogDialog</name>
    <message>
        <source>Connection Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Connection Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTab</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the host key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher: %1 out, %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC: %1 out, %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the host key of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remembered password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the password remembered in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is now remembered in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry could not remember the password: %1 It was not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell and every program running in it will end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start a shell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell was ended by signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell exited with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell ended without an exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key was not replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old key line(s) of %1 from %2 at the user&apos;s request</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionWorker</name>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no usable host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known hosts file %1 cannot be read (%2). Without it Ferry cannot tell whether the server&apos;s key changed, so it did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key %1 %2 matches %3 line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key %1 %2 is not known; asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed. Someone may be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. Ferry did not log in and sent no password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is marked as revoked in %2. Ferry did not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted, so Ferry did not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the host key in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the host key in %1: %2; it is trusted for this connection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering (%n keepalive(s) without a reply).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::HostKeyDialog</name>
    <message>
        <source>New Host Key Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry knows a key of another type for %1, but not this one, so it cannot tell whether this is really the server you mean. The server identified itself with this key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry has never connected to %1 before, so it cannot tell whether this is really the server you mean. The server identified itself with this key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with one you got from the server&apos;s administrator over a channel you trust. If they differ, do not connect: someone may be impersonating the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and Save remembers the key for future connections. Accept Once trusts it for this connection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and Save adds the key to %1, which the ssh command reads too. Accept Once trusts it for this connection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and &amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::HostKeyWarningDialog</name>
    <message>
        <source>Revoked Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key that %1 presented is marked as revoked in %2. A revoked key is one its owner no longer trusts, typically because it was stolen. Whoever holds it can impersonate the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key that %1 presented is not the one recorded for it in %2. Someone may be intercepting the connection (a man-in-the-middle attack) to read your password and everything you type, or the server&apos;s administrator may have replaced the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry did not connect and sent no password or key. Ask the server&apos;s administrator for the fingerprint of the new key before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key presented:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key on record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known hosts file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the Old Key and Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Host Key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the key on record for %1 with the one it presented now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this only if you know the key was changed, for example because the server&apos;s administrator told you the new fingerprint, %1. Ferry removes the old %2 key of %3 from %4 and connects again; you will then be asked about the new key as for a server you have never seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the Old Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain denied access; it may be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::MainWindow</name>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry %1

An SSH terminal and SFTP client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal open.

Double-click a saved session on the left, or type user@host into Quick connect above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;ssh_config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Ferry Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Ferry Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved session named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several saved sessions are named &quot;%1&quot;; name the folder too, as in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) imported from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Ferry Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry sessions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ferry Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quit Ferry and end %n running session(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::QuickConnectField</name>
    <message>
        <source>user@host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick connect: type user@host or user@host:port and press Enter.
Write an IPv6 address with a port as user@[::1]:22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type where to connect, for example user@example.com or user@example.com:2222.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination has no spaces in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user name before the &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;[&apos; before the address is never closed with &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &apos;:&apos; and a port may follow the &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no port after the &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::SessionAuthPage</name>
    <message>
        <source>Public key (key files and agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-interactive (one-time codes, PAM prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SSH &amp;agent (SSH_AUTH_SOCK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the &amp;password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept by the operating system&apos;s keychain, never in Ferry&apos;s files. Without a keychain nothing is stored and Ferry asks each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried in this order. None: the keys ssh_config names, else ~/.ssh/id_*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked methods are tried in this order, among those the server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Key Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::SessionConnectionPage</name>
    <message>
        <source>Co&amp;mpress the data (helps on slow links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read ~/.ssh/&amp;config for settings this session leaves at their default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow ssh-&amp;rsa (RSA with SHA-1) for old servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to check that the server still answers. Keeps idle connections open through firewalls and notices a dead link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 signatures are weak; allow them only for servers too old for anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[user@]host[:port] – kept for a later version of Ferry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keepalive interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh_config &amp;Host entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xyJump:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithms (OpenSSH syntax; empty: the defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;iphers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ACs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example +ssh-rsa,ssh-dss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::SessionEditorDialog</name>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Session – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subfolders are separated by &apos;/&apos;, for example Work/Servers. Empty: the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ssh_config, else your local user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering about this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain &apos;/&apos;: it separates folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a session named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a session named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the host name or address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name in the User field, not in the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name has no spaces in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (SSH&apos;s usual port is 22).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::SessionTerminalPage</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlimited (slower: kept in temporary files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scrollback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TERM value the server&apos;s programs see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-? (DEL, 0x7F): most systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-H (0x08): some old systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the login shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that runs in the terminal instead of the login shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the server, which accepts only the names its AcceptEnv allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tab if the shell ended cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always close the tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the tab open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TERM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backspace sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mote command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the shell &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log to file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the Session to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::SessionTreeDock</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the sessions whose name, host, user or notes contain the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in New Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session &quot;%1&quot; (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the empty folder &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and the %n session(s) in it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n folder(s) with everything in them, %1 session(s) in all?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::SessionTreeModel</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name must not be empty or contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a folder named &quot;%1&quot; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be moved into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a folder named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions can only be moved into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name must not contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::SshConfigImportDialog</name>
    <message>
        <source>A session of this name is in the folder already; a copy would get a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines Ferry skipped, as ssh would refuse them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from ssh_config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh_config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no host to import (Host blocks with wildcards only set defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in %1. Wildcard blocks such as &quot;Host *&quot; are not sessions; their settings apply to the hosts below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyJump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSH Client Configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[connection closed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[connection closed: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::WindowScreenshot</name>
    <message>
        <source>No remote output after %1 seconds; taking the screenshot anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not grab the window from the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ferry::WorkerChannel</name>
    <message>
        <source>The connection cannot open another channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to open a session channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a terminal (pty): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &apos;ferry --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
