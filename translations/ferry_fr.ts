<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Authenticator</name>
    <message>
        <source>The server broke off the login: %1</source>
        <translation>Le serveur a interrompu l&apos;authentification : %1</translation>
    </message>
    <message>
        <source>The server accepts: %1</source>
        <translation>Le serveur accepte : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Authentication failed for %1. Tried: %2. The server accepts: %3.</source>
        <translation>L&apos;authentification a échoué pour %1. Essayé : %2. Le serveur accepte : %3.</translation>
    </message>
    <message>
        <source>nothing Ferry could offer</source>
        <translation>rien que Ferry puisse proposer</translation>
    </message>
    <message>
        <source>Authenticated with %1</source>
        <translation>Authentifié avec %1</translation>
    </message>
    <message>
        <source>%1 accepted; the server asks for more: %2</source>
        <translation>%1 accepté ; le serveur en demande davantage : %2</translation>
    </message>
    <message>
        <source>The login failed during %1: %2</source>
        <translation>L&apos;authentification a échoué pendant %1 : %2</translation>
    </message>
    <message>
        <source>%1 was refused</source>
        <translation>%1 a été refusé</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>Trying the keys of the SSH agent</source>
        <translation>Essai des clés de l&apos;agent SSH</translation>
    </message>
    <message>
        <source>The SSH agent could not be used: %1</source>
        <translation>L&apos;agent SSH n&apos;a pas pu être utilisé : %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>Offering key %1</source>
        <translation>Proposition de la clé %1</translation>
    </message>
    <message>
        <source>The server does not accept key %1</source>
        <translation>Le serveur n&apos;accepte pas la clé %1</translation>
    </message>
    <message>
        <source>Key %1 could not be used: %2.</source>
        <translation>La clé %1 n&apos;a pas pu être utilisée : %2.</translation>
    </message>
    <message>
        <source>Key %1 is not a private key Ferry can read.</source>
        <translation>La clé %1 n&apos;est pas une clé privée que Ferry sait lire.</translation>
    </message>
    <message>
        <source>Passphrase for key %1:</source>
        <translation>Phrase secrète de la clé %1 :</translation>
    </message>
    <message>
        <source>No passphrase was given for key %1.</source>
        <translation>Aucune phrase secrète n&apos;a été saisie pour la clé %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase for key %1</source>
        <translation>Phrase secrète incorrecte pour la clé %1</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase for key %1 was wrong %n time(s).</source>
        <translation>
            <numerusform>La phrase secrète de la clé %1 était incorrecte (%n essai).</numerusform>
            <numerusform>La phrase secrète de la clé %1 était incorrecte (%n essais).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in with key %1</source>
        <translation>Authentification avec la clé %1</translation>
    </message>
    <message>
        <source>Trying keyboard-interactive</source>
        <translation>Essai de la méthode keyboard-interactive</translation>
    </message>
    <message>
        <source>Answering the password prompt with the remembered password</source>
        <translation>Réponse à la demande de mot de passe avec le mot de passe mémorisé</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>L&apos;authentification a été annulée.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>Trying the remembered password</source>
        <translation>Essai du mot de passe mémorisé</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Ferry, an SSH terminal and SFTP client.</source>
        <translation>Ferry, un terminal SSH et client SFTP.</translation>
    </message>
    <message>
        <source>The server to connect to, also as ssh://[user@]host[:port]. -l and -p take precedence over the user and port written here. An IPv6 address with a port is written [address]:port.</source>
        <translation>Le serveur auquel se connecter, aussi sous la forme ssh://[utilisateur@]hôte[:port]. -l et -p ont priorité sur l&apos;utilisateur et le port indiqués ici. Une adresse IPv6 suivie d&apos;un port s&apos;écrit [adresse]:port.</translation>
    </message>
    <message>
        <source>[[user@]host[:port]]</source>
        <translation>[[utilisateur@]hôte[:port]]</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Port to connect to (default: 22).</source>
        <translation>Port auquel se connecter (par défaut : 22).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>User to log in as (default: %1).</source>
        <translation>Utilisateur sous lequel se connecter (par défaut : %1).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Private key to try; repeat for more. Default: id_rsa, id_ecdsa, id_ed25519 and id_dsa in the ssh directory, those that exist.</source>
        <translation>Clé privée à essayer ; répétez l&apos;option pour en indiquer plusieurs. Par défaut : id_rsa, id_ecdsa, id_ed25519 et id_dsa dans le répertoire ssh, parmi ceux qui existent.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>OpenSSH known_hosts file to check and store host keys in (default: known_hosts in the ssh directory).</source>
        <translation>Fichier known_hosts d&apos;OpenSSH dans lequel vérifier et enregistrer les clés d&apos;hôte (par défaut : known_hosts dans le répertoire ssh).</translation>
    </message>
    <message>
        <source>The ssh directory (default: %1).</source>
        <translation>Le répertoire ssh (par défaut : %1).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>Save a PNG of the window as shown on the screen and print its path, once the first remote output has arrived and settled (or the connection failed; 30 seconds at the latest).</source>
        <translation>Enregistre une capture PNG de la fenêtre telle qu&apos;elle apparaît à l&apos;écran et affiche son chemin, une fois que la première sortie distante est arrivée et s&apos;est stabilisée (ou que la connexion a échoué ; au plus tard après 30 secondes).</translation>
    </message>
    <message>
        <source>Quit once the screenshot is saved: exit status 0 if remote output had arrived, 1 otherwise.</source>
        <translation>Quitte une fois la capture d&apos;écran enregistrée : code de sortie 0 si une sortie distante était arrivée, 1 sinon.</translation>
    </message>
    <message>
        <source>OpenSSH client configuration to read for the destination, as ssh does (default: config in the ssh directory); &quot;none&quot; reads none.</source>
        <translation>Configuration du client OpenSSH à lire pour la destination, comme le fait ssh (par défaut : config dans le répertoire ssh) ; « none » n&apos;en lit aucune.</translation>
    </message>
    <message>
        <source>Open the saved session with this name instead of a destination.</source>
        <translation>Ouvre la session enregistrée portant ce nom au lieu d&apos;une destination.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Expected one destination, got %1: %2</source>
        <translation>Une seule destination attendue, %1 reçues : %2</translation>
    </message>
    <message>
        <source>--quit-after-screenshot needs --screenshot.</source>
        <translation>--quit-after-screenshot nécessite --screenshot.</translation>
    </message>
    <message>
        <source>--session needs the name of a saved session.</source>
        <translation>--session nécessite le nom d&apos;une session enregistrée.</translation>
    </message>
    <message>
        <source>Give either a destination or --session, not both.</source>
        <translation>Indiquez soit une destination, soit --session, mais pas les deux.</translation>
    </message>
    <message>
        <source>-p, -l and -i apply to a destination; the saved session has its own settings.</source>
        <translation>-p, -l et -i s&apos;appliquent à une destination ; la session enregistrée a ses propres réglages.</translation>
    </message>
    <message>
        <source>-p, -l and -i need a destination.</source>
        <translation>-p, -l et -i nécessitent une destination.</translation>
    </message>
    <message>
        <source>Not a valid port: %1</source>
        <translation>Port non valide : %1</translation>
    </message>
    <message>
        <source>No user name: give one with -l or as user@host.</source>
        <translation>Aucun nom d&apos;utilisateur : indiquez-en un avec -l ou sous la forme utilisateur@hôte.</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>The host name “%1” could not be found. Check its spelling and your DNS.</source>
        <translation>Le nom d&apos;hôte « %1 » est introuvable. Vérifiez son orthographe et votre DNS.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server is listening there.</source>
        <translation>%1 a refusé la connexion : aucun serveur SSH n&apos;y est à l&apos;écoute.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this network.</source>
        <translation>%1 est injoignable depuis ce réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the login.</source>
        <translation>%1 a fermé la connexion avant l&apos;authentification.</translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2</source>
        <translation>La négociation SSH avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>A destination has no spaces in it: %1</source>
        <translation>Une destination ne contient pas d’espaces : %1</translation>
    </message>
    <message>
        <source>No user name before &apos;@&apos; in %1</source>
        <translation>Aucun nom d&apos;utilisateur avant « @ » dans %1</translation>
    </message>
    <message>
        <source>Not a valid destination: %1</source>
        <translation>Destination non valide : %1</translation>
    </message>
    <message>
        <source>No host name in %1</source>
        <translation>Aucun nom d&apos;hôte dans %1</translation>
    </message>
    <message>
        <source>Not a valid port in %1</source>
        <translation>Port non valide dans %1</translation>
    </message>
    <message>
        <source>Ferry opens ssh:// URLs, not %1://: %2</source>
        <translation>Ferry ouvre les URL ssh://, pas %1:// : %2</translation>
    </message>
    <message>
        <source>Not a valid ssh:// URL: %1 (an &apos;@&apos; in the user name is written %2)</source>
        <translation>URL ssh:// non valide : %1 (un « @ » dans le nom d&apos;utilisateur s&apos;écrit %2)</translation>
    </message>
    <message>
        <source>Not a valid ssh:// URL: %1</source>
        <translation>URL ssh:// non valide : %1</translation>
    </message>
    <message>
        <source>A password in an ssh:// URL is not used; Ferry asks for it when the server wants one: %1</source>
        <translation>Un mot de passe contenu dans une URL ssh:// n&apos;est pas utilisé ; Ferry le demande quand le serveur en exige un : %1</translation>
    </message>
    <message>
        <source>Connection parameters (after &apos;;&apos;) in ssh:// URLs are not supported: %1</source>
        <translation>Les paramètres de connexion (après « ; ») dans les URL ssh:// ne sont pas pris en charge : %1</translation>
    </message>
    <message>
        <source>An ssh:// URL names only [user@]host[:port]; Ferry cannot open the rest of %1</source>
        <translation>Une URL ssh:// ne désigne que [utilisateur@]hôte[:port] ; Ferry ne peut pas ouvrir le reste de %1</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>binary data in the line</source>
        <translation>données binaires dans la ligne</translation>
    </message>
    <message>
        <source>unknown marker %1</source>
        <translation>marqueur inconnu %1</translation>
    </message>
    <message>
        <source>no host names after the marker</source>
        <translation>aucun nom d&apos;hôte après le marqueur</translation>
    </message>
    <message>
        <source>missing key type or key</source>
        <translation>type de clé ou clé manquant</translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation>la clé n&apos;est pas en base64 valide</translation>
    </message>
    <message>
        <source>the key is not an SSH public key</source>
        <translation>la clé n&apos;est pas une clé publique SSH</translation>
    </message>
    <message>
        <source>key type %1 does not match the key, which is %2</source>
        <translation>le type de clé %1 ne correspond pas à la clé, qui est de type %2</translation>
    </message>
    <message>
        <source>malformed hashed host name</source>
        <translation>nom d&apos;hôte haché mal formé</translation>
    </message>
    <message>
        <source>The host key is not an SSH public key.</source>
        <translation>La clé d&apos;hôte n&apos;est pas une clé publique SSH.</translation>
    </message>
    <message>
        <source>Cannot store a host key for the host name &quot;%1&quot;.</source>
        <translation>Impossible d&apos;enregistrer une clé d&apos;hôte pour le nom d&apos;hôte « %1 ».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Line %1 of %2 gives the key for %3 through a pattern that also covers other hosts. Edit that line yourself.</source>
        <translation>La ligne %1 de %2 donne la clé de %3 au moyen d&apos;un motif qui couvre aussi d&apos;autres hôtes. Modifiez cette ligne vous-même.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFile</name>
    <message>
        <source>the file is too large to be a private key</source>
        <translation>le fichier est trop volumineux pour être une clé privée</translation>
    </message>
    <message>
        <source>not a private key in OpenSSH, PEM or PKCS#8 format, or the file is damaged</source>
        <translation>ce n&apos;est pas une clé privée au format OpenSSH, PEM ou PKCS#8, ou le fichier est endommagé</translation>
    </message>
</context>
<context>
    <name>SessionConnector</name>
    <message>
        <source>ssh-rsa could not be allowed: the algorithm list &quot;%1&quot; only removes algorithms.</source>
        <translation>ssh-rsa n&apos;a pas pu être autorisé : la liste d&apos;algorithmes « %1 » ne fait que retirer des algorithmes.</translation>
    </message>
    <message>
        <source>ProxyJump %1 is not supported yet; Ferry connects to %2 directly.</source>
        <translation>ProxyJump %1 n&apos;est pas encore pris en charge ; Ferry se connecte directement à %2.</translation>
    </message>
</context>
<context>
    <name>SessionProfile</name>
    <message>
        <source>%1 %2 is out of range (%3 to %4); %5 is used instead.</source>
        <translation>%1 %2 est hors de la plage autorisée (%3 à %4) ; %5 est utilisé à la place.</translation>
    </message>
    <message>
        <source>an entry of %1 is not text and was skipped.</source>
        <translation>une entrée de %1 n&apos;est pas du texte et a été ignorée.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not known; &quot;%3&quot; is used instead.</source>
        <translation>%1 « %2 » est inconnu ; « %3 » est utilisé à la place.</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not known and was ignored.</source>
        <translation>le réglage « %1 » est inconnu et a été ignoré.</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type; the default is used instead.</source>
        <translation>%1 a une valeur du mauvais type ; la valeur par défaut est utilisée à la place.</translation>
    </message>
    <message>
        <source>The session needs a name.</source>
        <translation>La session doit avoir un nom.</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>Le nom d&apos;hôte est vide.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space, @ or /; the user and port have fields of their own.</source>
        <translation>Le nom d&apos;hôte « %1 » contient un espace, un @ ou un / ; l&apos;utilisateur et le port ont leurs propres champs.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>At least one authentication method must be allowed.</source>
        <translation>Au moins une méthode d&apos;authentification doit être autorisée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authentication method Ferry knows.</source>
        <translation>« %1 » n&apos;est pas une méthode d&apos;authentification connue de Ferry.</translation>
    </message>
    <message>
        <source>The connect timeout must be between 1 and 3600 seconds.</source>
        <translation>Le délai de connexion doit être compris entre 1 et 3600 secondes.</translation>
    </message>
    <message>
        <source>The keepalive interval must be between 0 (off) and 86400 seconds.</source>
        <translation>L&apos;intervalle de keepalive doit être compris entre 0 (désactivé) et 86400 secondes.</translation>
    </message>
    <message>
        <source>The terminal type (TERM) is empty.</source>
        <translation>Le type de terminal (TERM) est vide.</translation>
    </message>
    <message>
        <source>The environment variable name &quot;%1&quot; is empty or contains &apos;=&apos;.</source>
        <translation>Le nom de variable d&apos;environnement « %1 » est vide ou contient « = ».</translation>
    </message>
    <message>
        <source>A session without a name: </source>
        <translation>Une session sans nom : </translation>
    </message>
    <message>
        <source>Session &quot;%1&quot;: </source>
        <translation>Session « %1 » : </translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is not valid; the session gets a new one.</source>
        <translation>l&apos;identifiant « %1 » n&apos;est pas valide ; la session en reçoit un nouveau.</translation>
    </message>
    <message>
        <source>the authentication method &quot;%1&quot; is not known or repeated and was left out.</source>
        <translation>la méthode d&apos;authentification « %1 » est inconnue ou répétée et a été omise.</translation>
    </message>
    <message>
        <source>an environment variable without a valid name or value was skipped.</source>
        <translation>une variable d&apos;environnement sans nom ou valeur valide a été ignorée.</translation>
    </message>
    <message>
        <source>environment has a value of the wrong type; no variables are set.</source>
        <translation>environment a une valeur du mauvais type ; aucune variable n&apos;est définie.</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at byte %2</source>
        <translation>ce n&apos;est pas du JSON valide : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>it is not a Ferry sessions file</source>
        <translation>ce n&apos;est pas un fichier de sessions Ferry</translation>
    </message>
    <message>
        <source>its format version is missing or not valid</source>
        <translation>sa version de format est absente ou non valide</translation>
    </message>
    <message>
        <source>it was written by a newer version of Ferry (format version %1; this version reads version %2)</source>
        <translation>il a été écrit par une version plus récente de Ferry (version de format %1 ; cette version lit la version %2)</translation>
    </message>
    <message>
        <source>its list of sessions is not a list</source>
        <translation>sa liste de sessions n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>Entry %1 of the session list is not a session and was skipped.</source>
        <translation>L&apos;entrée %1 de la liste des sessions n&apos;est pas une session et a été ignorée.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; has the same id as an earlier one and gets a new one.</source>
        <translation>La session « %1 » a le même identifiant qu&apos;une session précédente et en reçoit un nouveau.</translation>
    </message>
    <message>
        <source>An entry of the folder list is not a folder name and was skipped.</source>
        <translation>Une entrée de la liste des dossiers n&apos;est pas un nom de dossier et a été ignorée.</translation>
    </message>
    <message>
        <source>The folder list is not a list; empty folders were lost.</source>
        <translation>La liste des dossiers n&apos;est pas une liste ; les dossiers vides ont été perdus.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; of the file is not known and was ignored.</source>
        <translation>L&apos;entrée « %1 » du fichier est inconnue et a été ignorée.</translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be opened (%2). Ferry starts with no saved sessions and will not change that file; check its permissions and restart Ferry.</source>
        <translation>Le fichier des sessions enregistrées %1 n&apos;a pas pu être ouvert (%2). Ferry démarre sans session enregistrée et ne modifiera pas ce fichier ; vérifiez ses permissions et redémarrez Ferry.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. Ferry could not move it aside either, so it starts with no saved sessions and will not change that file.</source>
        <translation>Le fichier des sessions enregistrées %1 n&apos;a pas pu être utilisé : %2. Ferry n&apos;a pas non plus pu le mettre de côté ; il démarre donc sans session enregistrée et ne modifiera pas ce fichier.</translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. So that nothing is lost, it was moved to %3, where a newer Ferry can still read it. This Ferry starts with an empty list of sessions.</source>
        <translation>Le fichier des sessions enregistrées %1 n&apos;a pas pu être utilisé : %2. Pour que rien ne soit perdu, il a été déplacé vers %3, où une version plus récente de Ferry pourra encore le lire. Cette version de Ferry démarre avec une liste de sessions vide.</translation>
    </message>
    <message>
        <source>The saved sessions file %1 could not be used: %2. So that nothing is lost, it was moved to %3, and Ferry starts with an empty list of sessions. The backup can be opened in a text editor to recover the sessions.</source>
        <translation>Le fichier des sessions enregistrées %1 n&apos;a pas pu être utilisé : %2. Pour que rien ne soit perdu, il a été déplacé vers %3, et Ferry démarre avec une liste de sessions vide. La copie de sauvegarde peut être ouverte dans un éditeur de texte pour récupérer les sessions.</translation>
    </message>
    <message>
        <source>Some settings in the saved sessions file %1 could not be read, and Ferry could not make a copy of it. The sessions are shown, but changes will not be saved, so the file stays as it is.</source>
        <translation>Certains réglages du fichier des sessions enregistrées %1 n&apos;ont pas pu être lus, et Ferry n&apos;a pas pu en faire de copie. Les sessions sont affichées, mais les modifications ne seront pas enregistrées, afin que le fichier reste tel quel.</translation>
    </message>
    <message>
        <source>Some settings in the saved sessions file %1 could not be read and were set to their defaults. The file as it was is kept at %2.</source>
        <translation>Certains réglages du fichier des sessions enregistrées %1 n&apos;ont pas pu être lus et ont reçu leur valeur par défaut. Le fichier d&apos;origine est conservé dans %2.</translation>
    </message>
    <message>
        <source>The sessions were not saved: %1 could not be read when Ferry started, and Ferry does not overwrite a file it could not read.</source>
        <translation>Les sessions n&apos;ont pas été enregistrées : %1 n&apos;a pas pu être lu au démarrage de Ferry, et Ferry n&apos;écrase pas un fichier qu&apos;il n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 ne peut pas être importé : %2.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is already in the list (same id); it was added as a new session.</source>
        <translation>La session « %1 » figure déjà dans la liste (même identifiant) ; elle a été ajoutée comme nouvelle session.</translation>
    </message>
</context>
<context>
    <name>SshConfigOptions</name>
    <message>
        <source>ProxyJump %1 is not supported yet; Ferry connects to %2 directly.</source>
        <translation>ProxyJump %1 n&apos;est pas encore pris en charge ; Ferry se connecte directement à %2.</translation>
    </message>
    <message>
        <source>ProxyCommand is not supported (Ferry runs no shell commands from ssh_config); Ferry connects to %1 directly.</source>
        <translation>ProxyCommand n&apos;est pas pris en charge (Ferry n&apos;exécute aucune commande shell provenant de ssh_config) ; Ferry se connecte directement à %1.</translation>
    </message>
</context>
<context>
    <name>ferry::AuthPromptDialog</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Passphrase for the key %1</source>
        <translation>Phrase secrète de la clé %1</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 demande :</translation>
    </message>
    <message>
        <source>The key is needed to log in to %1.</source>
        <translation>La clé est nécessaire pour se connecter à %1.</translation>
    </message>
    <message>
        <source>That passphrase did not unlock the key. Please try again.</source>
        <translation>Cette phrase secrète n&apos;a pas déverrouillé la clé. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The server did not accept that. Please try again.</source>
        <translation>Le serveur a refusé cette saisie. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>&amp;Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>Keeps the password in your system&apos;s keychain once the login succeeds. Ferry never writes it to a file of its own.</source>
        <translation>Conserve le mot de passe dans le trousseau de votre système une fois la connexion réussie. Ferry ne l&apos;écrit jamais dans ses propres fichiers.</translation>
    </message>
</context>
<context>
    <name>ferry::Connection</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>La connexion est fermée.</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionLogDialog</name>
    <message>
        <source>Connection Log: %1</source>
        <translation>Journal de connexion : %1</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Tout &amp;copier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Save Connection Log</source>
        <translation>Enregistrer le journal de connexion</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionTab</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Déconnecté : %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Verifying the host key…</source>
        <translation>Vérification de la clé d&apos;hôte…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translation>%1 en émission, %2 en réception</translation>
    </message>
    <message>
        <source>Key exchange: %1</source>
        <translation>Échange de clés : %1</translation>
    </message>
    <message>
        <source>Host key: %1</source>
        <translation>Clé d&apos;hôte : %1</translation>
    </message>
    <message>
        <source>Cipher: %1 out, %2 in</source>
        <translation>Chiffrement : %1 en émission, %2 en réception</translation>
    </message>
    <message>
        <source>MAC: %1 out, %2 in</source>
        <translation>MAC : %1 en émission, %2 en réception</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Verifying the host key of %1…</source>
        <translation>Vérification de la clé d&apos;hôte de %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>Authentification auprès de %1…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>No remembered password: %1</source>
        <translation>Aucun mot de passe mémorisé : %1</translation>
    </message>
    <message>
        <source>Using the password remembered in the keychain</source>
        <translation>Utilisation du mot de passe mémorisé dans le trousseau</translation>
    </message>
    <message>
        <source>The password for %1 is now remembered in the keychain.</source>
        <translation>Le mot de passe pour %1 est désormais mémorisé dans le trousseau.</translation>
    </message>
    <message>
        <source>Ferry could not remember the password: %1 It was not stored anywhere.</source>
        <translation>Ferry n&apos;a pas pu mémoriser le mot de passe : %1 Il n&apos;a été enregistré nulle part.</translation>
    </message>
    <message>
        <source>Close Session</source>
        <translation>Fermer la session</translation>
    </message>
    <message>
        <source>Close the session to %1?</source>
        <translation>Fermer la session sur %1 ?</translation>
    </message>
    <message>
        <source>The shell and every program running in it will end.</source>
        <translation>Le shell et tous les programmes qui s&apos;y exécutent vont se terminer.</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <source>The server did not start a shell: %1</source>
        <translation>Le serveur n&apos;a pas démarré de shell : %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>The shell was ended by signal %1.</source>
        <translation>Le shell a été terminé par le signal %1.</translation>
    </message>
    <message>
        <source>The shell exited with status %1.</source>
        <translation>Le shell s&apos;est terminé avec le code de sortie %1.</translation>
    </message>
    <message>
        <source>The shell ended without an exit status.</source>
        <translation>Le shell s&apos;est terminé sans code de sortie.</translation>
    </message>
    <message>
        <source>&amp;Restart Session</source>
        <translation>&amp;Redémarrer la session</translation>
    </message>
    <message>
        <source>The old key was not replaced: %1</source>
        <translation>L&apos;ancienne clé n&apos;a pas été remplacée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old key line(s) of %1 from %2 at the user&apos;s request</source>
        <translation>
            <numerusform>%n ancienne ligne de clé de %1 supprimée de %2 à la demande de l&apos;utilisateur</numerusform>
            <numerusform>%n anciennes lignes de clé de %1 supprimées de %2 à la demande de l&apos;utilisateur</numerusform>
        </translation>
    </message>
    <message>
        <source>The session log stopped: %1</source>
        <translation>Le journal de session s’est arrêté : %1</translation>
    </message>
    <message>
        <source>The session is not logged: %1</source>
        <translation>La session n’est pas journalisée : %1</translation>
    </message>
    <message>
        <source>[no shell: %1]</source>
        <translation>[pas de shell : %1]</translation>
    </message>
    <message>
        <source>[connection lost: %1]</source>
        <translation>[connexion perdue : %1]</translation>
    </message>
    <message>
        <source>[ended by signal %1]</source>
        <translation>[terminé par le signal %1]</translation>
    </message>
    <message>
        <source>[exit status %1]</source>
        <translation>[code de sortie %1]</translation>
    </message>
    <message>
        <source>[shell ended]</source>
        <translation>[shell terminé]</translation>
    </message>
</context>
<context>
    <name>ferry::ConnectionWorker</name>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation>Les paramètres de connexion ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>%1 n&apos;a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Connexion à %1, port %2</translation>
    </message>
    <message>
        <source>The server sent no usable host key.</source>
        <translation>Le serveur n&apos;a envoyé aucune clé d&apos;hôte utilisable.</translation>
    </message>
    <message>
        <source>The server&apos;s host key is malformed.</source>
        <translation>La clé d&apos;hôte du serveur est mal formée.</translation>
    </message>
    <message>
        <source>The known hosts file %1 cannot be read (%2). Without it Ferry cannot tell whether the server&apos;s key changed, so it did not connect.</source>
        <translation>Le fichier des hôtes connus %1 ne peut pas être lu (%2). Sans lui, Ferry ne peut pas savoir si la clé du serveur a changé ; il ne s&apos;est donc pas connecté.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Host key %1 %2 matches %3 line %4</source>
        <translation>La clé d&apos;hôte %1 %2 correspond à %3, ligne %4</translation>
    </message>
    <message>
        <source>Host key %1 %2 is not known; asking</source>
        <translation>La clé d&apos;hôte %1 %2 est inconnue ; demande à l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The host key of %1 has changed. Someone may be intercepting the connection (a man-in-the-middle attack), or the server&apos;s key was replaced. Ferry did not log in and sent no password or key.</source>
        <translation>La clé d&apos;hôte de %1 a changé. Quelqu&apos;un intercepte peut-être la connexion (attaque de l&apos;homme du milieu), ou la clé du serveur a été remplacée. Ferry ne s&apos;est pas authentifié et n&apos;a envoyé ni mot de passe ni clé.</translation>
    </message>
    <message>
        <source>The host key of %1 is marked as revoked in %2. Ferry did not log in.</source>
        <translation>La clé d&apos;hôte de %1 est marquée comme révoquée dans %2. Ferry ne s&apos;est pas authentifié.</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted, so Ferry did not log in.</source>
        <translation>La clé d&apos;hôte de %1 n&apos;a pas été acceptée ; Ferry ne s&apos;est donc pas authentifié.</translation>
    </message>
    <message>
        <source>Saved the host key in %1</source>
        <translation>Clé d&apos;hôte enregistrée dans %1</translation>
    </message>
    <message>
        <source>Could not save the host key in %1: %2; it is trusted for this connection only.</source>
        <translation>Impossible d&apos;enregistrer la clé d&apos;hôte dans %1 : %2 ; elle n&apos;est approuvée que pour cette connexion.</translation>
    </message>
    <message>
        <source>Connected: %1, %2, %3</source>
        <translation>Connecté : %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped answering (%n keepalive(s) without a reply).</source>
        <translation>
            <numerusform>%1 ne répond plus (%n message keepalive sans réponse).</numerusform>
            <numerusform>%1 ne répond plus (%n messages keepalive sans réponse).</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>La connexion est fermée.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
</context>
<context>
    <name>ferry::HostKeyDialog</name>
    <message>
        <source>New Host Key Type</source>
        <translation>Nouveau type de clé d&apos;hôte</translation>
    </message>
    <message>
        <source>Unknown Host Key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>Is this really %1?</source>
        <translation>S&apos;agit-il vraiment de %1 ?</translation>
    </message>
    <message>
        <source>Ferry knows a key of another type for %1, but not this one, so it cannot tell whether this is really the server you mean. The server identified itself with this key:</source>
        <translation>Ferry connaît une clé d&apos;un autre type pour %1, mais pas celle-ci ; il ne peut donc pas savoir s&apos;il s&apos;agit vraiment du serveur que vous voulez joindre. Le serveur s&apos;est identifié avec cette clé :</translation>
    </message>
    <message>
        <source>Ferry has never connected to %1 before, so it cannot tell whether this is really the server you mean. The server identified itself with this key:</source>
        <translation>Ferry ne s&apos;est encore jamais connecté à %1 ; il ne peut donc pas savoir s&apos;il s&apos;agit vraiment du serveur que vous voulez joindre. Le serveur s&apos;est identifié avec cette clé :</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>Compare the fingerprint with one you got from the server&apos;s administrator over a channel you trust. If they differ, do not connect: someone may be impersonating the server.</source>
        <translation>Comparez l&apos;empreinte avec celle que vous a communiquée l&apos;administrateur du serveur par un canal de confiance. Si elles diffèrent, ne vous connectez pas : quelqu&apos;un pourrait se faire passer pour le serveur.</translation>
    </message>
    <message>
        <source>Accept and Save remembers the key for future connections. Accept Once trusts it for this connection only.</source>
        <translation>« Accepter et enregistrer » mémorise la clé pour les connexions futures. « Accepter une seule fois » ne lui fait confiance que pour cette connexion.</translation>
    </message>
    <message>
        <source>Accept and Save adds the key to %1, which the ssh command reads too. Accept Once trusts it for this connection only.</source>
        <translation>« Accepter et enregistrer » ajoute la clé à %1, que la commande ssh lit également. « Accepter une seule fois » ne lui fait confiance que pour cette connexion.</translation>
    </message>
    <message>
        <source>Accept and &amp;Save</source>
        <translation>Accepter et &amp;enregistrer</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>Accepter une &amp;seule fois</translation>
    </message>
</context>
<context>
    <name>ferry::HostKeyWarningDialog</name>
    <message>
        <source>Revoked Host Key</source>
        <translation>Clé d&apos;hôte révoquée</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>Clé d&apos;hôte modifiée</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has been revoked</source>
        <translation>ATTENTION : la clé d&apos;hôte de %1 a été révoquée</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed</source>
        <translation>ATTENTION : la clé d&apos;hôte de %1 a changé</translation>
    </message>
    <message>
        <source>The host key that %1 presented is marked as revoked in %2. A revoked key is one its owner no longer trusts, typically because it was stolen. Whoever holds it can impersonate the server.</source>
        <translation>La clé d&apos;hôte présentée par %1 est marquée comme révoquée dans %2. Une clé révoquée est une clé à laquelle son propriétaire ne fait plus confiance, généralement parce qu&apos;elle a été volée. Quiconque la détient peut se faire passer pour le serveur.</translation>
    </message>
    <message>
        <source>The host key that %1 presented is not the one recorded for it in %2. Someone may be intercepting the connection (a man-in-the-middle attack) to read your password and everything you type, or the server&apos;s administrator may have replaced the key.</source>
        <translation>La clé d&apos;hôte présentée par %1 n&apos;est pas celle enregistrée pour ce serveur dans %2. Quelqu&apos;un intercepte peut-être la connexion (attaque de l&apos;homme du milieu) pour lire votre mot de passe et tout ce que vous tapez, ou bien l&apos;administrateur du serveur a peut-être remplacé la clé.</translation>
    </message>
    <message>
        <source>Ferry did not connect and sent no password or key. Ask the server&apos;s administrator for the fingerprint of the new key before trusting it.</source>
        <translation>Ferry ne s&apos;est pas connecté et n&apos;a envoyé ni mot de passe ni clé. Demandez à l&apos;administrateur du serveur l&apos;empreinte de la nouvelle clé avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Key presented:</source>
        <translation>Clé présentée :</translation>
    </message>
    <message>
        <source>Revoked key:</source>
        <translation>Clé révoquée :</translation>
    </message>
    <message>
        <source>Key on record:</source>
        <translation>Clé enregistrée :</translation>
    </message>
    <message>
        <source>Known hosts file:</source>
        <translation>Fichier des hôtes connus :</translation>
    </message>
    <message>
        <source>&amp;Replace the Old Key and Reconnect…</source>
        <translation>&amp;Remplacer l&apos;ancienne clé et se reconnecter…</translation>
    </message>
    <message>
        <source>Entries involved:</source>
        <translation>Entrées concernées :</translation>
    </message>
    <message>
        <source>Replace the Host Key?</source>
        <translation>Remplacer la clé d&apos;hôte ?</translation>
    </message>
    <message>
        <source>Replace the key on record for %1 with the one it presented now?</source>
        <translation>Remplacer la clé enregistrée pour %1 par celle qu&apos;il vient de présenter ?</translation>
    </message>
    <message>
        <source>Do this only if you know the key was changed, for example because the server&apos;s administrator told you the new fingerprint, %1. Ferry removes the old %2 key of %3 from %4 and connects again; you will then be asked about the new key as for a server you have never seen.</source>
        <translation>Ne faites cela que si vous savez que la clé a été changée, par exemple parce que l&apos;administrateur du serveur vous a communiqué la nouvelle empreinte, %1. Ferry retire de %4 l&apos;ancienne clé %2 de %3 et se reconnecte ; la nouvelle clé vous sera alors soumise comme pour un serveur que vous n&apos;avez jamais vu.</translation>
    </message>
    <message>
        <source>&amp;Replace the Key</source>
        <translation>&amp;Remplacer la clé</translation>
    </message>
    <message>
        <source>&amp;Keep the Old Key</source>
        <translation>&amp;Conserver l&apos;ancienne clé</translation>
    </message>
</context>
<context>
    <name>ferry::KeychainSecretStore</name>
    <message>
        <source>No keychain is available on this system (no Secret Service such as GNOME Keyring or KWallet is running).</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (aucun service Secret Service tel que GNOME Keyring ou KWallet n&apos;est en cours d&apos;exécution).</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain denied access; it may be locked.</source>
        <translation>Le trousseau a refusé l&apos;accès ; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé.</translation>
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
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>À &amp;propos de Ferry</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>À propos de Ferry</translation>
    </message>
    <message>
        <source>Ferry %1

An SSH terminal and SFTP client.</source>
        <translation>Ferry %1

Un terminal SSH et client SFTP.</translation>
    </message>
    <message>
        <source>No terminal open.

Double-click a saved session on the left, or type user@host into Quick connect above.</source>
        <translation>Aucun terminal ouvert.

Double-cliquez sur une session enregistrée à gauche, ou tapez utilisateur@hôte dans « Connexion rapide » ci-dessus.</translation>
    </message>
    <message>
        <source>Import from &amp;ssh_config…</source>
        <translation>Importer depuis ssh_&amp;config…</translation>
    </message>
    <message>
        <source>&amp;Import Ferry Sessions…</source>
        <translation>&amp;Importer des sessions Ferry…</translation>
    </message>
    <message>
        <source>E&amp;xport Ferry Sessions…</source>
        <translation>E&amp;xporter des sessions Ferry…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Tab</source>
        <translation>&amp;Dupliquer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>Connection &amp;Log</source>
        <translation>&amp;Journal de connexion</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Quick Connect</source>
        <translation>Connexion &amp;rapide</translation>
    </message>
    <message>
        <source>&amp;Filter Sessions</source>
        <translation>&amp;Filtrer les sessions</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Tab</source>
        <translation>&amp;Onglet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sessions Panel</source>
        <translation>Panneau des &amp;sessions</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d&apos;outils</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Quick connect:</source>
        <translation>Connexion rapide :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>There is no saved session named &quot;%1&quot;.</source>
        <translation>Aucune session enregistrée ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>Several saved sessions are named &quot;%1&quot;; name the folder too, as in %2.</source>
        <translation>Plusieurs sessions enregistrées s&apos;appellent « %1 » ; indiquez aussi le dossier, comme dans %2.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé depuis %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) imported from %1.</source>
        <translation>
            <numerusform>%n session importée depuis %1.</numerusform>
            <numerusform>%n sessions importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be exported: %1</source>
        <translation>Les sessions n&apos;ont pas pu être exportées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation>
            <numerusform>%n session exportée vers %1.</numerusform>
            <numerusform>%n sessions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Ferry Sessions</source>
        <translation>Importer des sessions Ferry</translation>
    </message>
    <message>
        <source>Ferry sessions (*.json);;All files (*)</source>
        <translation>Sessions Ferry (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Ferry Sessions</source>
        <translation>Exporter des sessions Ferry</translation>
    </message>
    <message>
        <source>Quit Ferry</source>
        <translation>Quitter Ferry</translation>
    </message>
    <message numerus="yes">
        <source>Quit Ferry and end %n running session(s)?</source>
        <translation>
            <numerusform>Quitter Ferry et mettre fin à %n session en cours ?</numerusform>
            <numerusform>Quitter Ferry et mettre fin aux %n sessions en cours ?</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
</context>
<context>
    <name>ferry::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ferry::QuickConnectField</name>
    <message>
        <source>user@host:port</source>
        <translation>utilisateur@hôte:port</translation>
    </message>
    <message>
        <source>Quick connect: type user@host or user@host:port and press Enter.
Write an IPv6 address with a port as user@[::1]:22.</source>
        <translation>Connexion rapide : tapez utilisateur@hôte ou utilisateur@hôte:port et appuyez sur Entrée.
Une adresse IPv6 suivie d&apos;un port s&apos;écrit utilisateur@[::1]:22.</translation>
    </message>
    <message>
        <source>Type where to connect, for example user@example.com or user@example.com:2222.</source>
        <translation>Indiquez où vous connecter, par exemple utilisateur@example.com ou utilisateur@example.com:2222.</translation>
    </message>
</context>
<context>
    <name>ferry::SessionAuthPage</name>
    <message>
        <source>Public key (key files and agent)</source>
        <translation>Clé publique (fichiers de clé et agent)</translation>
    </message>
    <message>
        <source>Keyboard-interactive (one-time codes, PAM prompts)</source>
        <translation>Interactif au clavier (codes à usage unique, invites PAM)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Use the SSH &amp;agent (SSH_AUTH_SOCK)</source>
        <translation>Utiliser l&apos;&amp;agent SSH (SSH_AUTH_SOCK)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Remember the &amp;password in the system keychain</source>
        <translation>Mémoriser le mot de &amp;passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>The password is kept by the operating system&apos;s keychain, never in Ferry&apos;s files. Without a keychain nothing is stored and Ferry asks each time.</source>
        <translation>Le mot de passe est conservé par le trousseau du système d&apos;exploitation, jamais dans les fichiers de Ferry. Sans trousseau, rien n&apos;est enregistré et Ferry le demande à chaque fois.</translation>
    </message>
    <message>
        <source>Private key files</source>
        <translation>Fichiers de clé privée</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Ajo&amp;uter…</translation>
    </message>
    <message>
        <source>Tried in this order. None: the keys ssh_config names, else ~/.ssh/id_*.</source>
        <translation>Essayées dans cet ordre. Aucune : les clés indiquées par ssh_config, sinon ~/.ssh/id_*.</translation>
    </message>
    <message>
        <source>Login methods</source>
        <translation>Méthodes d&apos;authentification</translation>
    </message>
    <message>
        <source>Checked methods are tried in this order, among those the server offers.</source>
        <translation>Les méthodes cochées sont essayées dans cet ordre, parmi celles que le serveur propose.</translation>
    </message>
    <message>
        <source>Private Key Files</source>
        <translation>Fichiers de clé privée</translation>
    </message>
</context>
<context>
    <name>ferry::SessionConnectionPage</name>
    <message>
        <source>Co&amp;mpress the data (helps on slow links)</source>
        <translation>Co&amp;mpresser les données (utile sur les liaisons lentes)</translation>
    </message>
    <message>
        <source>Read ~/.ssh/&amp;config for settings this session leaves at their default</source>
        <translation>Lire ~/.ssh/&amp;config pour les réglages que cette session laisse à leur valeur par défaut</translation>
    </message>
    <message>
        <source>Allow ssh-&amp;rsa (RSA with SHA-1) for old servers</source>
        <translation>Autoriser ssh-&amp;rsa (RSA avec SHA-1) pour les anciens serveurs</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>How often to check that the server still answers. Keeps idle connections open through firewalls and notices a dead link.</source>
        <translation>Fréquence à laquelle vérifier que le serveur répond toujours. Maintient les connexions inactives ouvertes à travers les pare-feu et détecte une liaison coupée.</translation>
    </message>
    <message>
        <source>the session&apos;s host</source>
        <translation>l&apos;hôte de la session</translation>
    </message>
    <message>
        <source>SHA-1 signatures are weak; allow them only for servers too old for anything else.</source>
        <translation>Les signatures SHA-1 sont faibles ; ne les autorisez que pour les serveurs trop anciens pour accepter autre chose.</translation>
    </message>
    <message>
        <source>[user@]host[:port] – kept for a later version of Ferry</source>
        <translation>[utilisateur@]hôte[:port] – conservé pour une version ultérieure de Ferry</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Délai de connexion :</translation>
    </message>
    <message>
        <source>&amp;Keepalive interval:</source>
        <translation>Intervalle de &amp;keepalive :</translation>
    </message>
    <message>
        <source>ssh_config &amp;Host entry:</source>
        <translation>Entrée &amp;Host de ssh_config :</translation>
    </message>
    <message>
        <source>Pro&amp;xyJump:</source>
        <translation>Pro&amp;xyJump :</translation>
    </message>
    <message>
        <source>Algorithms (OpenSSH syntax; empty: the defaults)</source>
        <translation>Algorithmes (syntaxe OpenSSH ; vide : valeurs par défaut)</translation>
    </message>
    <message>
        <source>Host &amp;keys:</source>
        <translation>C&amp;lés d&apos;hôte :</translation>
    </message>
    <message>
        <source>Key &amp;exchange:</source>
        <translation>Échange de clé&amp;s :</translation>
    </message>
    <message>
        <source>C&amp;iphers:</source>
        <translation>Ch&amp;iffrements :</translation>
    </message>
    <message>
        <source>M&amp;ACs:</source>
        <translation>M&amp;AC :</translation>
    </message>
    <message>
        <source>&amp;Public keys:</source>
        <translation>Clés &amp;publiques :</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
</context>
<context>
    <name>ferry::SessionEditorDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Edit Session – %1</source>
        <translation>Modifier la session – %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Authentication</source>
        <translation>&amp;Authentification</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Subfolders are separated by &apos;/&apos;, for example Work/Servers. Empty: the top level.</source>
        <translation>Les sous-dossiers sont séparés par « / », par exemple Travail/Serveurs. Vide : à la racine.</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>nom d&apos;hôte ou adresse</translation>
    </message>
    <message>
        <source>from ssh_config, else your local user name</source>
        <translation>depuis ssh_config, sinon votre nom d&apos;utilisateur local</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Anything worth remembering about this server.</source>
        <translation>Tout ce qui mérite d&apos;être retenu à propos de ce serveur.</translation>
    </message>
    <message>
        <source>Give the session a name.</source>
        <translation>Donnez un nom à la session.</translation>
    </message>
    <message>
        <source>A name cannot contain &apos;/&apos;: it separates folders.</source>
        <translation>Un nom ne peut pas contenir « / » : ce caractère sépare les dossiers.</translation>
    </message>
    <message>
        <source>There is already a session named &quot;%1&quot;.</source>
        <translation>Il existe déjà une session nommée « %1 ».</translation>
    </message>
    <message>
        <source>There is already a session named &quot;%1&quot; in %2.</source>
        <translation>Il existe déjà une session nommée « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Type the host name or address to connect to.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur auquel vous connecter.</translation>
    </message>
    <message>
        <source>Put the user name in the User field, not in the host.</source>
        <translation>Indiquez le nom d&apos;utilisateur dans le champ Utilisateur, pas dans l&apos;hôte.</translation>
    </message>
    <message>
        <source>A host name has no spaces in it.</source>
        <translation>Un nom d&apos;hôte ne contient pas d&apos;espace.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (SSH&apos;s usual port is 22).</source>
        <translation>Le port est un nombre de 1 à 65535 (le port habituel de SSH est 22).</translation>
    </message>
</context>
<context>
    <name>ferry::SessionLog</name>
    <message>
        <source>No log file name given.</source>
        <translation>Aucun nom de fichier journal n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>Impossible d’ouvrir le fichier journal %1 : %2</translation>
    </message>
    <message>
        <source>Writing the log file %1 failed: %2</source>
        <translation>L’écriture du fichier journal %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>ferry::SessionTerminalPage</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Default font</source>
        <translation>Police par &amp;défaut</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Default size</source>
        <translation>Taille par défaut</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>&amp;Unlimited (slower: kept in temporary files)</source>
        <translation>&amp;Illimité (plus lent : conservé dans des fichiers temporaires)</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Co&amp;uleurs :</translation>
    </message>
    <message>
        <source>&amp;Scrollback:</source>
        <translation>&amp;Historique :</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>The TERM value the server&apos;s programs see.</source>
        <translation>La valeur de TERM que voient les programmes du serveur.</translation>
    </message>
    <message>
        <source>Control-? (DEL, 0x7F): most systems</source>
        <translation>Contrôle-? (DEL, 0x7F) : la plupart des systèmes</translation>
    </message>
    <message>
        <source>Control-H (0x08): some old systems</source>
        <translation>Contrôle-H (0x08) : certains systèmes anciens</translation>
    </message>
    <message>
        <source>empty: the login shell</source>
        <translation>vide : le shell de connexion</translation>
    </message>
    <message>
        <source>A command that runs in the terminal instead of the login shell.</source>
        <translation>Une commande exécutée dans le terminal à la place du shell de connexion.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Sent to the server, which accepts only the names its AcceptEnv allows.</source>
        <translation>Envoyées au serveur, qui n&apos;accepte que les noms autorisés par son AcceptEnv.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Close the tab if the shell ended cleanly</source>
        <translation>Fermer l&apos;onglet si le shell s&apos;est terminé proprement</translation>
    </message>
    <message>
        <source>Always close the tab</source>
        <translation>Toujours fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>Keep the tab open</source>
        <translation>Laisser l&apos;onglet ouvert</translation>
    </message>
    <message>
        <source>empty: no log</source>
        <translation>vide : pas de journal</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;TERM:</source>
        <translation>&amp;TERM :</translation>
    </message>
    <message>
        <source>&amp;Backspace sends:</source>
        <translation>Retour arrière en&amp;voie :</translation>
    </message>
    <message>
        <source>Re&amp;mote command:</source>
        <translation>Co&amp;mmande distante :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>When the shell &amp;ends:</source>
        <translation>À la &amp;fin du shell :</translation>
    </message>
    <message>
        <source>&amp;Log to file:</source>
        <translation>&amp;Journal dans le fichier :</translation>
    </message>
    <message>
        <source>Log the Session to</source>
        <translation>Journaliser la session dans</translation>
    </message>
</context>
<context>
    <name>ferry::SessionTreeDock</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>Shows the sessions whose name, host, user or notes contain the text.</source>
        <translation>Affiche les sessions dont le nom, l&apos;hôte, l&apos;utilisateur ou les notes contiennent le texte.</translation>
    </message>
    <message>
        <source>&amp;Open in New Tab</source>
        <translation>&amp;Ouvrir dans un nouvel onglet</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Edit Session…</source>
        <translation>Modifi&amp;er la session…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1 :</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier :</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the session &quot;%1&quot; (%2)?</source>
        <translation>Supprimer la session « %1 » (%2) ?</translation>
    </message>
    <message>
        <source>Delete the empty folder &quot;%1&quot;?</source>
        <translation>Supprimer le dossier vide « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and the %n session(s) in it?</source>
        <translation>
            <numerusform>Supprimer le dossier « %1 », qui contient %n session ?</numerusform>
            <numerusform>Supprimer le dossier « %1 », qui contient %n sessions ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s)?</source>
        <translation>
            <numerusform>Supprimer %n session ?</numerusform>
            <numerusform>Supprimer %n sessions ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n folder(s) with everything in them (%1)?</source>
        <translation>
            <numerusform>Supprimer %n dossier et tout son contenu (%1) ?</numerusform>
            <numerusform>Supprimer %n dossiers et tout leur contenu (%1) ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in all</source>
        <translation>
            <numerusform>%n session au total</numerusform>
            <numerusform>%n sessions au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::SessionTreeModel</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>A folder name must not be empty or contain &apos;/&apos;.</source>
        <translation>Un nom de dossier ne doit pas être vide ni contenir « / ».</translation>
    </message>
    <message>
        <source>There is already a folder named &quot;%1&quot; there.</source>
        <translation>Il existe déjà un dossier nommé « %1 » à cet endroit.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be moved into itself.</source>
        <translation>Le dossier « %1 » ne peut pas être déplacé dans lui-même.</translation>
    </message>
    <message>
        <source>There is already a folder named &quot;%1&quot; in %2.</source>
        <translation>Il existe déjà un dossier nommé « %1 » dans %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>Sessions can only be moved into a folder.</source>
        <translation>Les sessions ne peuvent être déplacées que dans un dossier.</translation>
    </message>
    <message>
        <source>A folder name must not be empty.</source>
        <translation>Un nom de dossier ne doit pas être vide.</translation>
    </message>
    <message>
        <source>A session name must not be empty.</source>
        <translation>Un nom de session ne doit pas être vide.</translation>
    </message>
    <message>
        <source>A folder name must not contain &apos;/&apos;.</source>
        <translation>Un nom de dossier ne doit pas contenir « / ».</translation>
    </message>
</context>
<context>
    <name>ferry::SshConfigImportDialog</name>
    <message>
        <source>A session of this name is in the folder already; a copy would get a new name.</source>
        <translation>Une session de ce nom existe déjà dans le dossier ; une copie recevrait un nouveau nom.</translation>
    </message>
    <message>
        <source>Lines Ferry skipped, as ssh would refuse them:</source>
        <translation>Lignes ignorées par Ferry, car ssh les refuserait :</translation>
    </message>
    <message>
        <source>Import from ssh_config</source>
        <translation>Importer depuis ssh_config</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Se connecte à</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>ssh_config</source>
        <translation>ssh_config</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import into &amp;folder:</source>
        <translation>Importer dans le d&amp;ossier :</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 names no host to import (Host blocks with wildcards only set defaults).</source>
        <translation>%1 ne désigne aucun hôte à importer (les blocs Host ne contenant que des jokers ne définissent que des valeurs par défaut).</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in %1. Wildcard blocks such as &quot;Host *&quot; are not sessions; their settings apply to the hosts below.</source>
        <translation>
            <numerusform>%n hôte dans %1. Les blocs avec jokers tels que « Host * » ne sont pas des sessions ; leurs réglages s&apos;appliquent aux hôtes ci-dessous.</numerusform>
            <numerusform>%n hôtes dans %1. Les blocs avec jokers tels que « Host * » ne sont pas des sessions ; leurs réglages s&apos;appliquent aux hôtes ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation>Clés : %1</translation>
    </message>
    <message>
        <source>ProxyJump: %1</source>
        <translation>ProxyJump : %1</translation>
    </message>
    <message>
        <source>OpenSSH Client Configuration</source>
        <translation>Configuration du client OpenSSH</translation>
    </message>
</context>
<context>
    <name>ferry::TabMessageBar</name>
    <message>
        <source>Show &amp;Log</source>
        <translation>Afficher le &amp;journal</translation>
    </message>
</context>
<context>
    <name>ferry::TerminalInput</name>
    <message>
        <source>Paste Several Lines?</source>
        <translation>Coller plusieurs lignes ?</translation>
    </message>
    <message>
        <source>The text contains line breaks. The remote shell may run each line as a command as soon as it arrives.</source>
        <translation>Le texte contient des sauts de ligne. Le shell distant peut exécuter chaque ligne comme une commande dès son arrivée.</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
</context>
<context>
    <name>ferry::TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
</context>
<context>
    <name>ferry::WindowScreenshot</name>
    <message>
        <source>No remote output after %1 seconds; taking the screenshot anyway.</source>
        <translation>Aucune sortie distante après %1 secondes ; capture d&apos;écran effectuée malgré tout.</translation>
    </message>
    <message>
        <source>Could not grab the window from the screen.</source>
        <translation>Impossible de capturer la fenêtre à l&apos;écran.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>ferry::WorkerChannel</name>
    <message>
        <source>The connection cannot open another channel: %1</source>
        <translation>La connexion ne peut pas ouvrir de canal supplémentaire : %1</translation>
    </message>
    <message>
        <source>The server refused to open a session channel: %1</source>
        <translation>Le serveur a refusé d&apos;ouvrir un canal de session : %1</translation>
    </message>
    <message>
        <source>The server refused a terminal (pty): %1</source>
        <translation>Le serveur a refusé un terminal (pty) : %1</translation>
    </message>
    <message>
        <source>The server refused to start the %1: %2</source>
        <translation>Le serveur a refusé de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>le shell</translation>
    </message>
    <message>
        <source>command</source>
        <translation>la commande</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run &apos;ferry --help&apos; for the options.</source>
        <translation>Exécutez « ferry --help » pour voir les options.</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
</context>
</TS>
