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
    <message>
        <source>Offering certificate %1</source>
        <translation>Proposition du certificat %1</translation>
    </message>
    <message>
        <source>The server does not accept certificate %1</source>
        <translation>Le serveur n&apos;accepte pas le certificat %1</translation>
    </message>
    <message>
        <source>Using certificate %1</source>
        <translation>Utilisation du certificat %1</translation>
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
    <name>DownloadTask</name>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>ce n&apos;est pas un fichier ordinaire (périphérique, tube ou socket)</translation>
    </message>
    <message>
        <source>the target exists</source>
        <translation>la cible existe</translation>
    </message>
    <message>
        <source>cannot create the symbolic link</source>
        <translation>impossible de créer le lien symbolique</translation>
    </message>
    <message>
        <source>a folder has the name of the partial file</source>
        <translation>un dossier porte le nom du fichier partiel</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>un dossier de ce nom existe</translation>
    </message>
    <message>
        <source>the target is larger than the source: nothing to resume</source>
        <translation>la cible est plus grande que la source : rien à reprendre</translation>
    </message>
    <message>
        <source>no free name found</source>
        <translation>aucun nom libre trouvé</translation>
    </message>
    <message>
        <source>cannot take over the file to resume it</source>
        <translation>impossible de reprendre le fichier pour poursuivre le transfert</translation>
    </message>
    <message>
        <source>cannot create the partial file</source>
        <translation>impossible de créer le fichier partiel</translation>
    </message>
    <message>
        <source>cannot prepare the partial file</source>
        <translation>impossible de préparer le fichier partiel</translation>
    </message>
    <message>
        <source>the server&apos;s replies left a gap in the file</source>
        <translation>les réponses du serveur ont laissé un trou dans le fichier</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d&apos;écrire</translation>
    </message>
    <message>
        <source>cannot rename the partial file into place</source>
        <translation>impossible de renommer le fichier partiel sous son nom définitif</translation>
    </message>
</context>
<context>
    <name>KeyCertificate</name>
    <message>
        <source>The certificate %1 cannot be read.</source>
        <translation>Impossible de lire le certificat %1.</translation>
    </message>
    <message>
        <source>The certificate %1 is not for the key %2.</source>
        <translation>Le certificat %1 ne correspond pas à la clé %2.</translation>
    </message>
</context>
<context>
    <name>KeyInventory</name>
    <message>
        <source>the file is too large to be a key</source>
        <translation>le fichier est trop volumineux pour être une clé</translation>
    </message>
    <message>
        <source>The key file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier de clé : %1.</translation>
    </message>
    <message>
        <source>This is not a private key Ferry can read, or the file is damaged.</source>
        <translation>Ce n&apos;est pas une clé privée que Ferry sait lire, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>There is no %1, and the public key cannot be read without the passphrase.</source>
        <translation>Il n&apos;existe pas de fichier %1, et la clé publique ne peut pas être lue sans la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>KeyOperations</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier %1 : %2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 existe déjà. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of the new key files.</source>
        <translation>Impossible de définir les permissions des nouveaux fichiers de clé.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a line break.</source>
        <translation>Une phrase secrète ne peut pas contenir de saut de ligne.</translation>
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
        <translation>Un commentaire de clé ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>No file name was given for the key.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour la clé.</translation>
    </message>
    <message>
        <source>The key was saved in %1 and its public key in %1.pub.</source>
        <translation>La clé a été enregistrée dans %1 et sa clé publique dans %1.pub.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 ne peut pas être utilisé : %2.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase: enter the current one.</source>
        <translation>La clé est protégée par une phrase secrète : saisissez la phrase actuelle.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La phrase secrète actuelle est incorrecte.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Impossible de remplacer %1 : %2</translation>
    </message>
    <message>
        <source>The passphrase of %1 was removed.</source>
        <translation>La phrase secrète de %1 a été supprimée.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>La phrase secrète de %1 a été modifiée.</translation>
    </message>
    <message>
        <source>%1 was imported as %2 (public key: %2.pub).</source>
        <translation>%1 a été importé sous %2 (clé publique : %2.pub).</translation>
    </message>
    <message>
        <source>No SSH agent is running: SSH_AUTH_SOCK is not set.</source>
        <translation>Aucun agent SSH n&apos;est en cours d&apos;exécution : SSH_AUTH_SOCK n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>The key is protected by a passphrase: enter it to add the key to the agent.</source>
        <translation>La clé est protégée par une phrase secrète : saisissez-la pour ajouter la clé à l&apos;agent.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was added to the agent for %n second(s).</source>
        <translation>
            <numerusform>La clé %1 a été ajoutée à l&apos;agent pour %n seconde.</numerusform>
            <numerusform>La clé %1 a été ajoutée à l&apos;agent pour %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added to the agent.</source>
        <translation>La clé %1 a été ajoutée à l&apos;agent.</translation>
    </message>
    <message>
        <source>The public key of %1 cannot be read: there is no %1.pub, and the key file does not carry it.</source>
        <translation>La clé publique de %1 ne peut pas être lue : il n&apos;existe pas de fichier %1.pub, et le fichier de clé ne la contient pas.</translation>
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
    <message>
        <source>Line %1 of %2 is not a host key entry.</source>
        <translation>La ligne %1 de %2 n&apos;est pas une entrée de clé d&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 changed since it was read. Reload it and try again.</source>
        <translation>%1 a changé depuis sa lecture. Rechargez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>LocalTarget</name>
    <message>
        <source>the name contains a backslash</source>
        <translation>le nom contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>%1 is outside the target folder %2</source>
        <translation>%1 se trouve hors du dossier cible %2</translation>
    </message>
    <message>
        <source>the target folder %1 does not exist</source>
        <translation>le dossier cible %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 leads out of the target folder %2 through a symbolic link</source>
        <translation>%1 sort du dossier cible %2 par un lien symbolique</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a folder: not followed</source>
        <translation>%1 est un lien symbolique, pas un dossier : lien non suivi</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1 : %2</translation>
    </message>
</context>
<context>
    <name>LocalWalkTask</name>
    <message>
        <source>it is not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Not followed %1: the link leads back into a folder that holds it</source>
        <translation>%1 non suivi : le lien ramène dans un dossier qui le contient</translation>
    </message>
    <message>
        <source>Not entered %1: folders nest deeper than %2 levels</source>
        <translation>%1 non parcouru : les dossiers sont imbriqués sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>Skipped %1: not a regular file</source>
        <translation>%1 ignoré : ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Skipped the broken symbolic link %1</source>
        <translation>Lien symbolique cassé %1 ignoré</translation>
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
    <name>PuttyKeyFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a PuTTY key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé PuTTY.</translation>
    </message>
    <message>
        <source>The PuTTY key file is damaged: %1.</source>
        <translation>Le fichier de clé PuTTY est endommagé : %1.</translation>
    </message>
    <message>
        <source>The file is too large to be a PuTTY key file.</source>
        <translation>Le fichier est trop volumineux pour être un fichier de clé PuTTY.</translation>
    </message>
    <message>
        <source>This PuTTY key file version is not supported (versions 2 and 3 are). Save it again with a newer PuTTYgen.</source>
        <translation>Cette version de fichier de clé PuTTY n&apos;est pas prise en charge (les versions 2 et 3 le sont). Enregistrez-le de nouveau avec un PuTTYgen plus récent.</translation>
    </message>
    <message>
        <source>This is an SSH-1 key, which no current server accepts.</source>
        <translation>C&apos;est une clé SSH-1, qu&apos;aucun serveur actuel n&apos;accepte.</translation>
    </message>
    <message>
        <source>This is not a PuTTY key file (.ppk).</source>
        <translation>Ce n&apos;est pas un fichier de clé PuTTY (.ppk).</translation>
    </message>
    <message>
        <source>Keys of type %1 cannot be imported; Ed25519, ECDSA and RSA keys can.</source>
        <translation>Les clés de type %1 ne peuvent pas être importées ; les clés Ed25519, ECDSA et RSA le peuvent.</translation>
    </message>
    <message>
        <source>no Encryption line</source>
        <translation>pas de ligne Encryption</translation>
    </message>
    <message>
        <source>The key is encrypted with %1, which Ferry does not know.</source>
        <translation>La clé est chiffrée avec %1, que Ferry ne connaît pas.</translation>
    </message>
    <message>
        <source>no Comment line</source>
        <translation>pas de ligne Comment</translation>
    </message>
    <message>
        <source>the public key is missing or not valid base64</source>
        <translation>la clé publique est absente ou n&apos;est pas en base64 valide</translation>
    </message>
    <message>
        <source>the public key is not a %1 key</source>
        <translation>la clé publique n&apos;est pas une clé %1</translation>
    </message>
    <message>
        <source>the key derivation is missing or unknown</source>
        <translation>la dérivation de clé est absente ou inconnue</translation>
    </message>
    <message>
        <source>the Argon2 parameters are missing or out of range</source>
        <translation>les paramètres Argon2 sont absents ou hors limites</translation>
    </message>
    <message>
        <source>the Argon2 salt is not valid</source>
        <translation>le sel Argon2 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the private key is missing or not valid base64</source>
        <translation>la clé privée est absente ou n&apos;est pas en base64 valide</translation>
    </message>
    <message>
        <source>the encrypted private key has a wrong length</source>
        <translation>la clé privée chiffrée n&apos;a pas la bonne longueur</translation>
    </message>
    <message>
        <source>no Private-MAC line</source>
        <translation>pas de ligne Private-MAC</translation>
    </message>
    <message>
        <source>the Private-MAC line is not valid</source>
        <translation>la ligne Private-MAC n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase: %1.</source>
        <translation>La clé n&apos;a pas pu être dérivée de la phrase secrète : %1.</translation>
    </message>
    <message>
        <source>The private key could not be decrypted.</source>
        <translation>La clé privée n&apos;a pas pu être déchiffrée.</translation>
    </message>
    <message>
        <source>No PuTTY key file was read.</source>
        <translation>Aucun fichier de clé PuTTY n&apos;a été lu.</translation>
    </message>
    <message>
        <source>The key could not be derived from the passphrase.</source>
        <translation>La clé n&apos;a pas pu être dérivée de la phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file is damaged).</source>
        <translation>La phrase secrète est incorrecte (ou le fichier de clé est endommagé).</translation>
    </message>
    <message>
        <source>The PuTTY key file is damaged: its MAC does not match its contents.</source>
        <translation>Le fichier de clé PuTTY est endommagé : son MAC ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>The private key in the file does not belong to its public key.</source>
        <translation>La clé privée du fichier ne correspond pas à sa clé publique.</translation>
    </message>
    <message>
        <source>No random numbers are available.</source>
        <translation>Aucun nombre aléatoire n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The converted key could not be read back.</source>
        <translation>La clé convertie n&apos;a pas pu être relue.</translation>
    </message>
</context>
<context>
    <name>RemoteWalkTask</name>
    <message>
        <source>it is not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>Impossible de lister %1 : %2</translation>
    </message>
    <message>
        <source>Cannot list all of %1: %2</source>
        <translation>Impossible de lister %1 en entier : %2</translation>
    </message>
    <message>
        <source>Refused &quot;%1&quot; in %2: %3</source>
        <translation>« %1 » refusé dans %2 : %3</translation>
    </message>
    <message>
        <source>Skipped the broken symbolic link %1</source>
        <translation>Lien symbolique cassé %1 ignoré</translation>
    </message>
    <message>
        <source>Not entered %1: folders nest deeper than %2 levels</source>
        <translation>%1 non parcouru : les dossiers sont imbriqués sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>Skipped %1: not a regular file</source>
        <translation>%1 ignoré : ce n&apos;est pas un fichier ordinaire</translation>
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
    <name>SftpChannel</name>
    <message>
        <source>SFTP server: %1</source>
        <translation>Serveur SFTP : %1</translation>
    </message>
    <message>
        <source>the connection cannot open another channel: %1</source>
        <translation>la connexion ne peut pas ouvrir de canal supplémentaire : %1</translation>
    </message>
    <message>
        <source>the server refused a channel for file transfer: %1</source>
        <translation>le serveur a refusé un canal de transfert de fichiers : %1</translation>
    </message>
    <message>
        <source>the server does not offer SFTP (%1)</source>
        <translation>le serveur ne propose pas SFTP (%1)</translation>
    </message>
    <message>
        <source>the server ended the SFTP session</source>
        <translation>le serveur a mis fin à la session SFTP</translation>
    </message>
    <message>
        <source>the server ended the SFTP session in the middle of a packet</source>
        <translation>le serveur a mis fin à la session SFTP au milieu d&apos;un paquet</translation>
    </message>
    <message>
        <source>a packet of %1 bytes, above the limit of %2 bytes</source>
        <translation>un paquet de %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>an empty packet</source>
        <translation>un paquet vide</translation>
    </message>
    <message>
        <source>the server answered INIT with a packet of type %1</source>
        <translation>le serveur a répondu à INIT par un paquet de type %1</translation>
    </message>
    <message>
        <source>a packet of type %1 out of place</source>
        <translation>un paquet de type %1 à un endroit inattendu</translation>
    </message>
    <message>
        <source>an answer to request %1, which was never sent or was already answered</source>
        <translation>une réponse à la requête %1, qui n&apos;a jamais été envoyée ou a déjà reçu une réponse</translation>
    </message>
    <message>
        <source>a malformed or unexpected reply to request %1</source>
        <translation>une réponse mal formée ou inattendue à la requête %1</translation>
    </message>
    <message>
        <source>a malformed VERSION packet</source>
        <translation>un paquet VERSION mal formé</translation>
    </message>
    <message>
        <source>the server speaks SFTP version %1; Ferry speaks version %2</source>
        <translation>le serveur parle la version %1 de SFTP ; Ferry parle la version %2</translation>
    </message>
    <message>
        <source>a malformed extension list</source>
        <translation>une liste d&apos;extensions mal formée</translation>
    </message>
    <message>
        <source>SFTP session ended: %1</source>
        <translation>Session SFTP terminée : %1</translation>
    </message>
    <message>
        <source>the server does not offer %1</source>
        <translation>le serveur ne propose pas %1</translation>
    </message>
    <message>
        <source>unexpected reply of type %1</source>
        <translation>réponse inattendue de type %1</translation>
    </message>
    <message>
        <source>a malformed reply</source>
        <translation>une réponse mal formée</translation>
    </message>
</context>
<context>
    <name>SftpEntry</name>
    <message>
        <source>the server sent an empty name</source>
        <translation>le serveur a envoyé un nom vide</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; points outside the folder</source>
        <translation>le nom « %1 » pointe hors du dossier</translation>
    </message>
    <message>
        <source>the name contains a slash</source>
        <translation>le nom contient une barre oblique</translation>
    </message>
    <message>
        <source>the name contains a NUL byte</source>
        <translation>le nom contient un octet NUL</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>le nom contient un caractère de contrôle</translation>
    </message>
</context>
<context>
    <name>SftpError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Left out an entry of %1 named &quot;%2&quot;: %3</source>
        <translation>Une entrée de %1 nommée « %2 » a été omise : %3</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 bytes, the limit is %2 bytes</source>
        <translation>%1 octets, la limite est de %2 octets</translation>
    </message>
    <message>
        <source>it grew past the limit of %1 bytes</source>
        <translation>il a dépassé la limite de %1 octets</translation>
    </message>
    <message>
        <source>the file&apos;s data came back with a gap</source>
        <translation>les données du fichier sont revenues avec un trou</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a path, then what went wrong with it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The file or folder does not exist.</source>
        <translation>Le fichier ou le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The server denied permission.</source>
        <translation>Le serveur a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>The server does not support this operation.</source>
        <translation>Le serveur ne prend pas en charge cette opération.</translation>
    </message>
    <message>
        <source>Unexpected end of file.</source>
        <translation>Fin de fichier inattendue.</translation>
    </message>
    <message>
        <source>The server could not do it (the target may already exist, or a folder may not be empty).</source>
        <translation>Le serveur n&apos;a pas pu effectuer l&apos;opération (la cible existe peut-être déjà, ou un dossier n&apos;est pas vide).</translation>
    </message>
    <message>
        <source>The server could not do it: %1</source>
        <translation>Le serveur n&apos;a pas pu effectuer l&apos;opération : %1</translation>
    </message>
    <message>
        <source>The server answered with error %1 and no reason.</source>
        <translation>Le serveur a répondu par l&apos;erreur %1, sans indiquer de raison.</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>Le serveur a répondu par l&apos;erreur %1 : %2</translation>
    </message>
    <message>
        <source>The server broke the SFTP protocol, so Ferry closed the file transfer session.</source>
        <translation>Le serveur a enfreint le protocole SFTP ; Ferry a donc fermé la session de transfert de fichiers.</translation>
    </message>
    <message>
        <source>The server broke the SFTP protocol, so Ferry closed the file transfer session: %1</source>
        <translation>Le serveur a enfreint le protocole SFTP ; Ferry a donc fermé la session de transfert de fichiers : %1</translation>
    </message>
    <message>
        <source>The file transfer session ended.</source>
        <translation>La session de transfert de fichiers a pris fin.</translation>
    </message>
    <message>
        <source>The file transfer session ended: %1</source>
        <translation>La session de transfert de fichiers a pris fin : %1</translation>
    </message>
    <message>
        <source>The file is too large to open here.</source>
        <translation>Le fichier est trop volumineux pour être ouvert ici.</translation>
    </message>
    <message>
        <source>The file is too large to open here: %1</source>
        <translation>Le fichier est trop volumineux pour être ouvert ici : %1</translation>
    </message>
    <message>
        <source>The file changed on the server since it was opened.</source>
        <translation>Le fichier a été modifié sur le serveur depuis son ouverture.</translation>
    </message>
    <message>
        <source>Ferry refused a name it cannot use safely.</source>
        <translation>Ferry a refusé un nom qu&apos;il ne peut pas utiliser sans risque.</translation>
    </message>
    <message>
        <source>Ferry refused a name it cannot use safely: %1</source>
        <translation>Ferry a refusé un nom qu&apos;il ne peut pas utiliser sans risque : %1</translation>
    </message>
    <message>
        <source>The server does not offer what this needs.</source>
        <translation>Le serveur ne propose pas ce qui est nécessaire ici.</translation>
    </message>
    <message>
        <source>The server does not offer what this needs: %1</source>
        <translation>Le serveur ne propose pas ce qui est nécessaire ici : %1</translation>
    </message>
    <message>
        <source>The folder tree is too deep.</source>
        <translation>L&apos;arborescence de dossiers est trop profonde.</translation>
    </message>
    <message>
        <source>The target already exists.</source>
        <translation>La cible existe déjà.</translation>
    </message>
    <message>
        <source>Ferry refused to do it.</source>
        <translation>Ferry a refusé d&apos;effectuer l&apos;opération.</translation>
    </message>
    <message>
        <source>Ferry refused to do it: %1</source>
        <translation>Ferry a refusé d&apos;effectuer l&apos;opération : %1</translation>
    </message>
    <message>
        <source>A local error occurred.</source>
        <translation>Une erreur locale est survenue.</translation>
    </message>
    <message>
        <source>A local error occurred: %1</source>
        <translation>Une erreur locale est survenue : %1</translation>
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
    <name>TextFileCheck</name>
    <message>
        <source>%1 is too large to edit: it has %2, and the editor opens files of up to %3.</source>
        <translation>%1 est trop volumineux pour être modifié : il fait %2, et l&apos;éditeur ouvre les fichiers jusqu&apos;à %3.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it contains NUL bytes, which mark binary data. Download it instead.</source>
        <translation>%1 n&apos;est pas un fichier texte : il contient des octets NUL, signe de données binaires. Téléchargez-le plutôt.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: it contains bytes that are not valid UTF-8. It may be binary or in another encoding; download it instead.</source>
        <translation>%1 n&apos;est pas du texte UTF-8 : il contient des octets qui ne sont pas de l&apos;UTF-8 valide. Il est peut-être binaire ou dans un autre encodage ; téléchargez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>UploadTask</name>
    <message>
        <source>cannot read the symbolic link</source>
        <translation>impossible de lire le lien symbolique</translation>
    </message>
    <message>
        <source>the symbolic link points nowhere</source>
        <translation>le lien symbolique ne mène nulle part</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>ce n&apos;est pas un fichier ordinaire (périphérique, tube ou socket)</translation>
    </message>
    <message>
        <source>the target exists</source>
        <translation>la cible existe</translation>
    </message>
    <message>
        <source>a folder has the name of the partial file</source>
        <translation>un dossier porte le nom du fichier partiel</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>un dossier de ce nom existe</translation>
    </message>
    <message>
        <source>the target is larger than the source: nothing to resume</source>
        <translation>la cible est plus grande que la source : rien à reprendre</translation>
    </message>
    <message>
        <source>no free name found</source>
        <translation>aucun nom libre trouvé</translation>
    </message>
</context>
<context>
    <name>ferry::AgentAddDialog</name>
    <message>
        <source>Add Key to Agent</source>
        <translation>Ajouter la clé à l&apos;agent</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Remove it from the agent after</source>
        <translation>&amp;Retirer de l&apos;agent après</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>ferry::AgentClient</name>
    <message>
        <source>No SSH agent is running: SSH_AUTH_SOCK is not set.</source>
        <translation>Aucun agent SSH n&apos;est en cours d&apos;exécution : SSH_AUTH_SOCK n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>The SSH agent did not answer.</source>
        <translation>L&apos;agent SSH n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The SSH agent at %1 cannot be reached: %2</source>
        <translation>L&apos;agent SSH à l&apos;adresse %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The SSH agent sent an invalid answer.</source>
        <translation>L&apos;agent SSH a envoyé une réponse non valide.</translation>
    </message>
    <message>
        <source>The SSH agent does not hold that key (any more).</source>
        <translation>L&apos;agent SSH ne détient pas (ou plus) cette clé.</translation>
    </message>
    <message>
        <source>The SSH agent refused to remove the keys.</source>
        <translation>L&apos;agent SSH a refusé de retirer les clés.</translation>
    </message>
    <message>
        <source>The SSH agent refused to list its keys.</source>
        <translation>L&apos;agent SSH a refusé de lister ses clés.</translation>
    </message>
    <message>
        <source>The SSH agent sent an invalid list of keys.</source>
        <translation>L&apos;agent SSH a envoyé une liste de clés non valide.</translation>
    </message>
</context>
<context>
    <name>ferry::AgentPanel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>The SSH agent at %1 holds no keys.</source>
        <translation>L&apos;agent SSH à l&apos;adresse %1 ne détient aucune clé.</translation>
    </message>
    <message numerus="yes">
        <source>The SSH agent at %1 holds %n key(s).</source>
        <translation>
            <numerusform>L&apos;agent SSH à l&apos;adresse %1 détient %n clé.</numerusform>
            <numerusform>L&apos;agent SSH à l&apos;adresse %1 détient %n clés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove All Keys from the Agent</source>
        <translation>Retirer toutes les clés de l&apos;agent</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n key(s) from the SSH agent?</source>
        <translation>
            <numerusform>Retirer la clé de l&apos;agent SSH ?</numerusform>
            <numerusform>Retirer les %n clés de l&apos;agent SSH ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The key files stay; only the agent forgets them.</source>
        <translation>Les fichiers de clé sont conservés ; seul l&apos;agent les oublie.</translation>
    </message>
    <message>
        <source>Remove A&amp;ll</source>
        <translation>Retirer &amp;tout</translation>
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
    <name>ferry::AuthorizedKeyInstaller</name>
    <message>
        <source>This is not a public key in OpenSSH&apos;s format.</source>
        <translation>Ce n&apos;est pas une clé publique au format OpenSSH.</translation>
    </message>
    <message>
        <source>There is no connection to install the key over.</source>
        <translation>Il n&apos;y a pas de connexion par laquelle installer la clé.</translation>
    </message>
    <message>
        <source>The server refused to run the command that adds the key: %1</source>
        <translation>Le serveur a refusé d&apos;exécuter la commande qui ajoute la clé : %1</translation>
    </message>
    <message>
        <source>the key did not reach the server.</source>
        <translation>la clé n&apos;est pas parvenue au serveur.</translation>
    </message>
    <message>
        <source>the account has no home folder.</source>
        <translation>le compte n&apos;a pas de dossier personnel.</translation>
    </message>
    <message>
        <source>the folder ~/.ssh cannot be created.</source>
        <translation>le dossier ~/.ssh ne peut pas être créé.</translation>
    </message>
    <message>
        <source>~/.ssh/authorized_keys cannot be written.</source>
        <translation>~/.ssh/authorized_keys n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>the command ended with status %1.</source>
        <translation>la commande s&apos;est terminée avec le code de sortie %1.</translation>
    </message>
    <message>
        <source>the command ended without a status.</source>
        <translation>la commande s&apos;est terminée sans code de sortie.</translation>
    </message>
    <message>
        <source>The key was not installed: %1</source>
        <translation>La clé n&apos;a pas été installée : %1</translation>
    </message>
    <message>
        <source>The key was not installed: %1 The server said: %2</source>
        <translation>La clé n&apos;a pas été installée : %1 Le serveur a répondu : %2</translation>
    </message>
    <message>
        <source>The key was added to %1 on the server.</source>
        <translation>La clé a été ajoutée à %1 sur le serveur.</translation>
    </message>
    <message>
        <source>The key is already in %1 on the server; nothing was changed.</source>
        <translation>La clé figure déjà dans %1 sur le serveur ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ferry::BrowserTab</name>
    <message>
        <source>Logging in to %1…</source>
        <translation>Authentification auprès de %1…</translation>
    </message>
    <message>
        <source>Verifying the host key of %1…</source>
        <translation>Vérification de la clé d&apos;hôte de %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Opening the file transfer session…</source>
        <translation>Ouverture de la session de transfert de fichiers…</translation>
    </message>
    <message>
        <source>The file transfer session ended: %1</source>
        <translation>La session de transfert de fichiers a pris fin : %1</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue : %2</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>SFTP — %1</source>
        <translation>SFTP – %1</translation>
    </message>
    <message>
        <source>Connected; the file transfer session ended</source>
        <translation>Connecté ; la session de transfert de fichiers a pris fin</translation>
    </message>
    <message>
        <source>Connected, transferring</source>
        <translation>Connecté, transfert en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>SFTP version %1</source>
        <translation>Version SFTP %1</translation>
    </message>
    <message>
        <source>%1 was not downloaded: %2</source>
        <translation>%1 n&apos;a pas été téléchargé : %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>No temporary folder for the dragged files: %1</source>
        <translation>Aucun dossier temporaire pour les fichiers glissés : %1</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n item(s) for the drop…</source>
        <translation>
            <numerusform>Téléchargement de %n élément pour le glisser-déposer…</numerusform>
            <numerusform>Téléchargement de %n éléments pour le glisser-déposer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Close SFTP Tab</source>
        <translation>Fermer l&apos;onglet SFTP</translation>
    </message>
    <message>
        <source>Close the file browser on %1?</source>
        <translation>Fermer le navigateur de fichiers sur %1 ?</translation>
    </message>
    <message>
        <source>Running transfers stop and can be resumed later; editor windows of this tab close.</source>
        <translation>Les transferts en cours s&apos;arrêtent et pourront être repris plus tard ; les fenêtres d&apos;édition de cet onglet se ferment.</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
</context>
<context>
    <name>ferry::ConflictDialog</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <extracomment>%1 is a size such as 1.2 MiB, %2 the exact number of bytes.</extracomment>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>A&amp;pply to all remaining conflicts</source>
        <translation>&amp;Appliquer à tous les conflits restants</translation>
    </message>
    <message>
        <source>File Already Exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>« %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>plus récent</translation>
    </message>
    <message>
        <source>same time</source>
        <translation>même date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveau :</translation>
    </message>
    <message>
        <source>Existing:</source>
        <translation>Existant :</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Écraser</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Remplacer le fichier existant</translation>
    </message>
    <message>
        <source>Replace the existing file only if the new one was modified later</source>
        <translation>Remplacer le fichier existant seulement si le nouveau a été modifié plus tard</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Continue the existing file from its current size</source>
        <translation>Poursuivre le fichier existant à partir de sa taille actuelle</translation>
    </message>
    <message>
        <source>Only a shorter file left by an earlier transfer of this file can be resumed</source>
        <translation>Seul un fichier plus court laissé par un transfert antérieur de ce fichier peut être repris</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Leave the existing file alone and go on</source>
        <translation>Laisser le fichier existant tel quel et continuer</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Transfer under the name on the left</source>
        <translation>Transférer sous le nom indiqué à gauche</translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Stop the whole transfer (Escape)</source>
        <translation>Arrêter tout le transfert (Échap)</translation>
    </message>
    <message>
        <source>Do the same for every other file of this transfer that already exists; with Rename, each gets a free name of its own</source>
        <translation>Faire de même pour chaque autre fichier de ce transfert qui existe déjà ; avec « Renommer », chacun reçoit son propre nom libre</translation>
    </message>
    <message>
        <source>Enter the name to transfer the file under.</source>
        <translation>Saisissez le nom sous lequel transférer le fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a file name.</source>
        <translation>« %1 » n&apos;est pas un nom de fichier.</translation>
    </message>
    <message>
        <source>A file name cannot contain “/” or control characters.</source>
        <translation>Un nom de fichier ne peut contenir ni « / » ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>That is the name of the existing file.</source>
        <translation>C&apos;est le nom du fichier existant.</translation>
    </message>
    <message>
        <source>Overwrite if Ne&amp;wer</source>
        <translation>Écraser si plus ré&amp;cent</translation>
    </message>
    <message>
        <source>New na&amp;me:</source>
        <translation>Nouveau no&amp;m :</translation>
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
    <name>ferry::ConnectionLogin</name>
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
</context>
<context>
    <name>ferry::ConnectionTab</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
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
    <name>ferry::DualPaneBrowser</name>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
</context>
<context>
    <name>ferry::FilePane</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Copy to Other Pane</source>
        <translation>Copier vers l&apos;&amp;autre panneau</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Permissions…</source>
        <translation>&amp;Permissions…</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copier le c&amp;hemin</translation>
    </message>
    <message>
        <source>Open &amp;Terminal Here</source>
        <translation>Ouvrir un terminal &amp;ici</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Chargement… %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the folder &quot;%1&quot; and everything in it?</source>
        <translation>Supprimer le dossier « %1 » et tout son contenu ?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items? Folders go with everything in them.</source>
        <translation>
            <numerusform>Supprimer cet élément ? Les dossiers sont supprimés avec tout leur contenu.</numerusform>
            <numerusform>Supprimer ces %n éléments ? Les dossiers sont supprimés avec tout leur contenu.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Nouveau dossier %1</translation>
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
        <source>&quot;%1&quot; cannot be used as a folder name.</source>
        <translation>« %1 » ne peut pas servir de nom de dossier.</translation>
    </message>
</context>
<context>
    <name>ferry::FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer p&amp;ar :</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Recherche reprise depuis la fin</translation>
    </message>
    <message>
        <source>Continued from the beginning</source>
        <translation>Recherche reprise depuis le début</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
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
    <name>ferry::InstallKeyDialog</name>
    <message>
        <source>Install Key on Server</source>
        <translation>Installer la clé sur le serveur</translation>
    </message>
    <message>
        <source>Adds the public key of %1 to ~/.ssh/authorized_keys on the server, as ssh-copy-id does: the folder and the file are made if missing, and a key already there is not added again.</source>
        <translation>Ajoute la clé publique de %1 à ~/.ssh/authorized_keys sur le serveur, comme le fait ssh-copy-id : le dossier et le fichier sont créés s&apos;ils n&apos;existent pas, et une clé déjà présente n&apos;est pas ajoutée une seconde fois.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <source>There are no saved sessions. Save a session for the server first.</source>
        <translation>Il n&apos;y a aucune session enregistrée. Enregistrez d&apos;abord une session pour le serveur.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Could not open a connection to %1.</source>
        <translation>Impossible d&apos;ouvrir une connexion vers %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Installing the key…</source>
        <translation>Installation de la clé…</translation>
    </message>
</context>
<context>
    <name>ferry::KeyGenerateDialog</name>
    <message>
        <source>Generate Key</source>
        <translation>Générer une clé</translation>
    </message>
    <message>
        <source>Ed25519 (recommended)</source>
        <translation>Ed25519 (recommandé)</translation>
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
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 bits</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets a copy of the file can use the key.</source>
        <translation>Sans phrase secrète, quiconque obtient une copie du fichier peut utiliser la clé.</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Nom du &amp;fichier :</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Enter a file name.</source>
        <translation>Saisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The file name cannot contain &quot;/&quot; or start with a dot.</source>
        <translation>Le nom de fichier ne peut pas contenir « / » ni commencer par un point.</translation>
    </message>
    <message>
        <source>%1 already exists; Ferry never overwrites a key.</source>
        <translation>%1 existe déjà ; Ferry n&apos;écrase jamais une clé.</translation>
    </message>
    <message>
        <source>In %1, with the public key beside it.</source>
        <translation>Dans %1, avec la clé publique à côté.</translation>
    </message>
</context>
<context>
    <name>ferry::KeyListModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>PuTTY key (import it)</source>
        <translation>Clé PuTTY (à importer)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>In agent</source>
        <translation>Dans l&apos;agent</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
</context>
<context>
    <name>ferry::KeyManagerDialog</name>
    <message>
        <source>SSH Keys</source>
        <translation>Clés SSH</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>The key was removed from the agent.</source>
        <translation>La clé a été retirée de l&apos;agent.</translation>
    </message>
    <message>
        <source>Keys in %1 and key files you added:</source>
        <translation>Clés dans %1 et fichiers de clé que vous avez ajoutés :</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>Gé&amp;nérer…</translation>
    </message>
    <message>
        <source>&amp;Import PuTTY Key…</source>
        <translation>&amp;Importer une clé PuTTY…</translation>
    </message>
    <message>
        <source>Add Key &amp;File…</source>
        <translation>Ajouter un &amp;fichier de clé…</translation>
    </message>
    <message>
        <source>Remove from &amp;List</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <source>Stops listing a key file you added; the file itself stays.</source>
        <translation>Retire de la liste un fichier de clé que vous avez ajouté ; le fichier lui-même est conservé.</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Install on &amp;Server…</source>
        <translation>Installer sur le &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Without it, keys cannot be generated nor passphrases changed.</source>
        <translation>Sans ce programme, impossible de générer des clés ou de changer des phrases secrètes.</translation>
    </message>
    <message>
        <source>Without it, keys cannot be added to the agent.</source>
        <translation>Sans ce programme, impossible d&apos;ajouter des clés à l&apos;agent.</translation>
    </message>
    <message>
        <source>%1 is not a private key file Ferry can read: %2</source>
        <translation>%1 n&apos;est pas un fichier de clé privée que Ferry sait lire : %2</translation>
    </message>
    <message>
        <source>%1 was added, but: %2</source>
        <translation>%1 a été ajouté, mais : %2</translation>
    </message>
    <message>
        <source>%1 was added to the list.</source>
        <translation>%1 a été ajouté à la liste.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Import PuTTY Key</source>
        <translation>Importer une clé PuTTY</translation>
    </message>
    <message>
        <source>PuTTY private keys (*.ppk);;All files (*)</source>
        <translation>Clés privées PuTTY (*.ppk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé : %2</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>Ajouter un fichier de clé</translation>
    </message>
    <message>
        <source>%1 is no longer listed; the file was not touched.</source>
        <translation>%1 ne figure plus dans la liste ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The agent does not hold this key.</source>
        <translation>L&apos;agent ne détient pas cette clé.</translation>
    </message>
    <message>
        <source>P&amp;ublic Key…</source>
        <translation>Clé p&amp;ublique…</translation>
    </message>
    <message>
        <source>A&amp;dd to Agent…</source>
        <translation>&amp;Ajouter à l&apos;agent…</translation>
    </message>
    <message>
        <source>Remove from Agen&amp;t</source>
        <translation>&amp;Retirer de l&apos;agent</translation>
    </message>
</context>
<context>
    <name>ferry::KeyPassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>An empty passphrase removes it: anyone who gets a copy of the file can use the key.</source>
        <translation>Une phrase secrète vide supprime la protection : quiconque obtient une copie du fichier peut utiliser la clé.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
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
    <name>ferry::KnownHostsDialog</name>
    <message>
        <source>Known Hosts</source>
        <translation>Hôtes connus</translation>
    </message>
    <message>
        <source>Hosts trusted in %1, shared with the ssh command:</source>
        <translation>Hôtes approuvés dans %1, fichier partagé avec la commande ssh :</translation>
    </message>
    <message>
        <source>Search: host name, [host]:port or SHA256:… (finds hashed entries too)</source>
        <translation>Rechercher : nom d&apos;hôte, [hôte]:port ou SHA256:… (trouve aussi les entrées hachées)</translation>
    </message>
    <message>
        <source>Host certificates (@cert-authority lines) are listed, but Ferry does not use them to check hosts: the SSH library it is built on (libssh 0.10) cannot verify host certificates. Such hosts are asked about like unknown hosts.</source>
        <translation>Les certificats d&apos;hôte (lignes @cert-authority) sont affichés, mais Ferry ne s&apos;en sert pas pour vérifier les hôtes : la bibliothèque SSH sur laquelle il repose (libssh 0.10) ne sait pas vérifier les certificats d&apos;hôte. Pour ces hôtes, Ferry demande confirmation comme pour des hôtes inconnus.</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Lines that are not host entries were skipped (and are kept as they are): %1</source>
        <translation>Les lignes qui ne sont pas des entrées d&apos;hôte ont été ignorées (et sont conservées telles quelles) : %1</translation>
    </message>
    <message>
        <source>a hashed host name</source>
        <translation>un nom d&apos;hôte haché</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4</source>
        <translation>ligne %1 : %2 %3 %4</translation>
    </message>
    <message>
        <source>Remove Known Hosts</source>
        <translation>Supprimer des hôtes connus</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(s) from the known hosts file?</source>
        <translation>
            <numerusform>Supprimer %n entrée du fichier des hôtes connus ?</numerusform>
            <numerusform>Supprimer %n entrées du fichier des hôtes connus ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ferry and ssh will ask again before trusting these hosts.</source>
        <translation>Ferry et ssh redemanderont confirmation avant de faire confiance à ces hôtes.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Rien n&apos;a été supprimé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed from %1.</source>
        <translation>
            <numerusform>%n ligne supprimée de %1.</numerusform>
            <numerusform>%n lignes supprimées de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::KnownHostsModel</name>
    <message>
        <source>(hashed) %1</source>
        <translation>(haché) %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marqueur</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>ferry::LocalFileWorker</name>
    <message>
        <source>it does not exist.</source>
        <translation>il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>it is not a folder.</source>
        <translation>ce n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>permission denied.</source>
        <translation>permission refusée.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: it already exists.</source>
        <translation>Impossible de créer le dossier %1 : il existe déjà.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not rename %1: it no longer exists.</source>
        <translation>Impossible de renommer %1 : il n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %2 already exists.</source>
        <translation>Impossible de renommer %1 en %2 : %2 existe déjà.</translation>
    </message>
    <message>
        <source>Could not move %1 into itself.</source>
        <translation>Impossible de déplacer %1 dans lui-même.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not change the permissions of %1.</source>
        <translation>Impossible de modifier les permissions de %1.</translation>
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
    <message>
        <source>Open SFTP &amp;Here</source>
        <translation>Ouvrir en SFTP &amp;ici</translation>
    </message>
    <message>
        <source>T&amp;ransfers Panel</source>
        <translation>Panneau des &amp;transferts</translation>
    </message>
    <message>
        <source>No terminal was opened: the folder&apos;s name has control characters, which Ferry does not pass to a shell.</source>
        <translation>Aucun terminal n&apos;a été ouvert : le nom du dossier contient des caractères de contrôle, que Ferry ne transmet pas à un shell.</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>Ou&amp;tils</translation>
    </message>
    <message>
        <source>&amp;Keys and Agent…</source>
        <translation>&amp;Clés et agent…</translation>
    </message>
    <message>
        <source>Known &amp;Hosts…</source>
        <translation>&amp;Hôtes connus…</translation>
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
    <name>ferry::OpenSshTool</name>
    <message>
        <source>%1 was not found on the PATH. Install OpenSSH&apos;s client programs (on Debian and Ubuntu: the openssh-client package).</source>
        <translation>%1 est introuvable dans le PATH. Installez les programmes client d&apos;OpenSSH (sous Debian et Ubuntu : le paquet openssh-client).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time and was stopped.</source>
        <translation>%1 ne s&apos;est pas terminé à temps et a été arrêté.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 s&apos;est arrêté de manière inattendue.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>%1 failed with exit status %2.</source>
        <translation>%1 a échoué avec le code de sortie %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
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
        <translation>%1 est un lien vers %2</translation>
    </message>
    <message>
        <source>Owner %1</source>
        <translation>Propriétaire %1</translation>
    </message>
    <message>
        <source>Owner %1, group %2</source>
        <translation>Propriétaire %1, groupe %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a name.</source>
        <translation>« %1 » ne peut pas servir de nom.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 byte(s)</source>
        <translation>
            <numerusform>%L1 octet</numerusform>
            <numerusform>%L1 octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::PaneNavigationBar</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Hidden Files</source>
        <translation>Fichiers cachés</translation>
    </message>
    <message>
        <source>Bookmark This Folder</source>
        <translation>Ajouter ce dossier aux signets</translation>
    </message>
    <message>
        <source>Parent folder (Backspace)</source>
        <translation>Dossier parent (Retour arrière)</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Afficher les fichiers cachés</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>Retirer un signet</translation>
    </message>
</context>
<context>
    <name>ferry::PassphraseFields</name>
    <message>
        <source>Repeat:</source>
        <translation>Répéter :</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases secrètes correspondent.</translation>
    </message>
</context>
<context>
    <name>ferry::PermissionsDialog</name>
    <message>
        <source>Permissions of %1</source>
        <translation>Permissions de %1</translation>
    </message>
    <message numerus="yes">
        <source>Permissions of %n Item(s)</source>
        <translation>
            <numerusform>Permissions de %n élément</numerusform>
            <numerusform>Permissions de %n éléments</numerusform>
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
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>Sélection :</translation>
    </message>
    <message>
        <source>(various)</source>
        <translation>(plusieurs)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is Owner, Group or Others; %2 is read, write or execute.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Set &amp;user ID</source>
        <translation>Bit set&amp;uid</translation>
    </message>
    <message>
        <source>Runs with the owner&apos;s rights (setuid)</source>
        <translation>S&apos;exécute avec les droits du propriétaire (setuid)</translation>
    </message>
    <message>
        <source>Set &amp;group ID</source>
        <translation>Bit set&amp;gid</translation>
    </message>
    <message>
        <source>Runs with the group&apos;s rights; in a folder, new files get its group</source>
        <translation>S&apos;exécute avec les droits du groupe ; dans un dossier, les nouveaux fichiers reçoivent son groupe</translation>
    </message>
    <message>
        <source>S&amp;ticky</source>
        <translation>Bit s&amp;ticky</translation>
    </message>
    <message>
        <source>In a folder, only a file&apos;s owner may delete or rename it</source>
        <translation>Dans un dossier, seul le propriétaire d&apos;un fichier peut le supprimer ou le renommer</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Spécial</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
    <message>
        <source>&amp;Octal:</source>
        <translation>&amp;Octal :</translation>
    </message>
    <message>
        <source>&amp;Apply to everything inside this folder</source>
        <translation>&amp;Appliquer à tout le contenu de ce dossier</translation>
    </message>
    <message>
        <source>&amp;Apply to everything inside the selected folders</source>
        <translation>&amp;Appliquer à tout le contenu des dossiers sélectionnés</translation>
    </message>
    <message>
        <source>Files and folders inside get the same changes, at every depth</source>
        <translation>Les fichiers et dossiers contenus reçoivent les mêmes modifications, à tous les niveaux</translation>
    </message>
    <message>
        <source>A partly filled box: the selected items differ. Each keeps its own setting unless you change it.</source>
        <translation>Une case partiellement cochée : les éléments sélectionnés diffèrent. Chacun garde son propre réglage, sauf si vous le modifiez.</translation>
    </message>
    <message>
        <source>Enter a mode in octal, such as 644 or 755.</source>
        <translation>Saisissez un mode en octal, par exemple 644 ou 755.</translation>
    </message>
    <message>
        <source>“%1” is not an octal mode: use up to four digits from 0 to 7, such as 644 or 2775.</source>
        <translation>« %1 » n&apos;est pas un mode octal : utilisez jusqu&apos;à quatre chiffres de 0 à 7, par exemple 644 ou 2775.</translation>
    </message>
</context>
<context>
    <name>ferry::PublicKeyDialog</name>
    <message>
        <source>Public Key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>The public key of %1, in OpenSSH format:</source>
        <translation>La clé publique de %1, au format OpenSSH :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ferry::PuttyImportDialog</name>
    <message>
        <source>Import PuTTY Key</source>
        <translation>Importer une clé PuTTY</translation>
    </message>
    <message>
        <source>%1, PuTTY format version %2</source>
        <translation>%1, format PuTTY, version %2</translation>
    </message>
    <message>
        <source>PuTTY key:</source>
        <translation>Clé PuTTY :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>PuTTY key &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de la clé PuTTY :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who gets a copy of the file can use the key.</source>
        <translation>Sans phrase secrète, quiconque obtient une copie du fichier peut utiliser la clé.</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>Nom du &amp;fichier :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>In %1, with the public key beside it.</source>
        <translation>Dans %1, avec la clé publique à côté.</translation>
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
    <name>ferry::RemoteEditorDocument</name>
    <message>
        <source>The connection to %1 is closed; the file was not saved.</source>
        <translation>La connexion à %1 est fermée ; le fichier n&apos;a pas été enregistré.</translation>
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
        <translation>Fins de ligne mixtes : l&apos;enregistrement écrira %1 sur chaque ligne</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1 was not saved.</source>
        <translation>%1 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>%1 changed on the server; not saved yet.</source>
        <translation>%1 a été modifié sur le serveur ; pas encore enregistré.</translation>
    </message>
    <message>
        <source>File Changed on the Server</source>
        <translation>Fichier modifié sur le serveur</translation>
    </message>
    <message>
        <source>The file changed on the server since you opened it.</source>
        <translation>Le fichier a été modifié sur le serveur depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Overwrite %1 with your version, discarding the changes made there, or cancel and keep your changes in the editor only.</source>
        <translation>Écrasez %1 avec votre version, en abandonnant les modifications faites sur le serveur, ou annulez et gardez vos modifications uniquement dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Écraser</translation>
    </message>
    <message>
        <source>Not saved: %1 changed on the server.</source>
        <translation>Non enregistré : %1 a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>Saving %1; the window closes once it is saved.</source>
        <translation>Enregistrement de %1 ; la fenêtre se fermera une fois l&apos;enregistrement terminé.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Enregistrer les modifications de %1 avant de fermer ?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Si vous n&apos;enregistrez pas, vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>ferry::RemoteFileSystem</name>
    <message>
        <source>there is no connection</source>
        <translation>il n&apos;y a pas de connexion</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>la connexion n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>ferry::RemotePaneModel</name>
    <message>
        <source>There is no connection.</source>
        <translation>Il n&apos;y a pas de connexion.</translation>
    </message>
    <message>
        <source>The listing of %1 stopped: %2</source>
        <translation>L&apos;affichage du contenu de %1 s&apos;est interrompu : %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %1: %n item(s) deleted, now %2</source>
        <translation>
            <numerusform>Suppression de %1 : %n élément supprimé, en cours : %2</numerusform>
            <numerusform>Suppression de %1 : %n éléments supprimés, en cours : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing permissions: %n item(s) done</source>
        <translation>
            <numerusform>Modification des permissions : %n élément traité</numerusform>
            <numerusform>Modification des permissions : %n éléments traités</numerusform>
        </translation>
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
    <message>
        <source>Use the &amp;SSH agent (SSH_AUTH_SOCK)</source>
        <translation>Utiliser l&apos;agent &amp;SSH (SSH_AUTH_SOCK)</translation>
    </message>
</context>
<context>
    <name>ferry::SessionConnectionPage</name>
    <message>
        <source>Co&amp;mpress the data (helps on slow links)</source>
        <translation>Co&amp;mpresser les données (utile sur les liaisons lentes)</translation>
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
        <source>Key &amp;exchange:</source>
        <translation>Échange de clé&amp;s :</translation>
    </message>
    <message>
        <source>C&amp;iphers:</source>
        <translation>Ch&amp;iffrements :</translation>
    </message>
    <message>
        <source>&amp;Public keys:</source>
        <translation>Clés &amp;publiques :</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>Rea&amp;d ~/.ssh/config for settings this session leaves at their default</source>
        <translation>&amp;Lire ~/.ssh/config pour les réglages que cette session laisse à leur valeur par défaut</translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation>&amp;Délai de connexion :</translation>
    </message>
    <message>
        <source>Host ke&amp;ys:</source>
        <translation>Clés d&apos;hôt&amp;e :</translation>
    </message>
    <message>
        <source>MAC&amp;s:</source>
        <translation>I&amp;ntégrité (MAC) :</translation>
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
        <source>&amp;Log to file:</source>
        <translation>&amp;Journal dans le fichier :</translation>
    </message>
    <message>
        <source>Log the Session to</source>
        <translation>Journaliser la session dans</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>Cou&amp;leurs :</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>TERM t&amp;ype:</source>
        <translation>T&amp;ype TERM :</translation>
    </message>
    <message>
        <source>On shell e&amp;xit:</source>
        <translation>À la &amp;fin du shell :</translation>
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
    <message>
        <source>Open &amp;SFTP</source>
        <translation>Ouvrir en S&amp;FTP</translation>
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
    <name>ferry::SftpService</name>
    <message numerus="yes">
        <source>SFTP channel %1 ready (version %2, %n extension(s), reads of %3 bytes, writes of %4 bytes)</source>
        <translation>
            <numerusform>Canal SFTP %1 prêt (version %2, %n extension, lectures de %3 octets, écritures de %4 octets)</numerusform>
            <numerusform>Canal SFTP %1 prêt (version %2, %n extensions, lectures de %3 octets, écritures de %4 octets)</numerusform>
        </translation>
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
    <name>ferry::TransferDock</name>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Pause &amp;All</source>
        <translation>Tout mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Resume A&amp;ll</source>
        <translation>&amp;Tout reprendre</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>Réessayer les é&amp;checs</translation>
    </message>
    <message>
        <source>How many files are transferred at the same time</source>
        <translation>Nombre de fichiers transférés en même temps</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>The most the transfers of a connection may use together</source>
        <translation>Le débit maximal que les transferts d&apos;une connexion peuvent utiliser ensemble</translation>
    </message>
    <message>
        <source>Parallel &amp;files:</source>
        <translation>&amp;Fichiers simultanés :</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite :</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Aucun transfert</translation>
    </message>
    <message>
        <source>No file browser open</source>
        <translation>Aucun navigateur de fichiers ouvert</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · reste %1</translation>
    </message>
    <message>
        <source>Ca&amp;ncel All</source>
        <translation>T&amp;out annuler</translation>
    </message>
    <message>
        <source>Remove F&amp;inished</source>
        <translation>Retirer les termi&amp;nés</translation>
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
        <translation>« %1 » refusé : %2</translation>
    </message>
    <message>
        <source>The connection ended</source>
        <translation>La connexion a pris fin</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>En attente d&apos;une réponse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) failed</source>
        <translation>
            <numerusform>Échec pour %1 fichier sur %n</numerusform>
            <numerusform>Échec pour %1 fichiers sur %n</numerusform>
        </translation>
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
