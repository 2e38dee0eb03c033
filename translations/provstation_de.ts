<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Capabilities</name>
    <message>
        <source>the module &quot;%1&quot; is not a NINA-W13, NINA-W15 or ODIN-W26</source>
        <translation>das Modul „%1“ ist kein NINA-W13, NINA-W15 oder ODIN-W26</translation>
    </message>
    <message>
        <source>%1 firmware %2 is older than the Azure application note supports</source>
        <translation>%1 mit Firmware %2 ist älter, als es die Azure-Application-Note unterstützt</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>the profile is incomplete</source>
        <translation>das Profil ist unvollständig</translation>
    </message>
    <message>
        <source>a secret the profile needs is not set</source>
        <translation>ein Geheimnis, das das Profil braucht, ist nicht gesetzt</translation>
    </message>
    <message>
        <source>a secret is not usable</source>
        <translation>ein Geheimnis ist nicht verwendbar</translation>
    </message>
    <message>
        <source>a certificate or key cannot be used</source>
        <translation>ein Zertifikat oder Schlüssel kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>a connection URL is too long for this firmware</source>
        <translation>eine Verbindungs-URL ist für diese Firmware zu lang</translation>
    </message>
    <message>
        <source>the results database cannot be written</source>
        <translation>die Ergebnisdatenbank kann nicht beschrieben werden</translation>
    </message>
    <message>
        <source>the port cannot be opened</source>
        <translation>der Port kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the port is in use</source>
        <translation>der Port wird bereits verwendet</translation>
    </message>
    <message>
        <source>no permission to open the port</source>
        <translation>keine Berechtigung zum Öffnen des Ports</translation>
    </message>
    <message>
        <source>the module was unplugged or the port went away</source>
        <translation>das Modul wurde abgesteckt oder der Port ist verschwunden</translation>
    </message>
    <message>
        <source>the module does not answer</source>
        <translation>das Modul antwortet nicht</translation>
    </message>
    <message>
        <source>the module stopped answering</source>
        <translation>das Modul antwortet nicht mehr</translation>
    </message>
    <message>
        <source>the module restarted unexpectedly</source>
        <translation>das Modul wurde unerwartet neu gestartet</translation>
    </message>
    <message>
        <source>the module did not switch to Extended Data Mode</source>
        <translation>das Modul hat nicht in den Extended Data Mode gewechselt</translation>
    </message>
    <message>
        <source>the factory reset failed</source>
        <translation>der Werksreset ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the module did not save its settings</source>
        <translation>das Modul hat seine Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>the module did not come back after the restart</source>
        <translation>das Modul hat sich nach dem Neustart nicht wieder gemeldet</translation>
    </message>
    <message>
        <source>this module or firmware cannot run the profile</source>
        <translation>dieses Modul oder diese Firmware kann das Profil nicht ausführen</translation>
    </message>
    <message>
        <source>a certificate upload was refused or damaged</source>
        <translation>ein Zertifikats-Upload wurde abgelehnt oder beschädigt</translation>
    </message>
    <message>
        <source>the Wi-Fi settings were refused</source>
        <translation>die WLAN-Einstellungen wurden abgelehnt</translation>
    </message>
    <message>
        <source>wrong Wi-Fi password or security type</source>
        <translation>falsches WLAN-Passwort oder falscher Sicherheitstyp</translation>
    </message>
    <message>
        <source>the Wi-Fi network was not found or did not answer</source>
        <translation>das WLAN wurde nicht gefunden oder hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the Wi-Fi connection was lost</source>
        <translation>die WLAN-Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>no IP address from the network</source>
        <translation>keine IP-Adresse vom Netzwerk erhalten</translation>
    </message>
    <message>
        <source>the Azure endpoint cannot be reached</source>
        <translation>der Azure-Endpunkt ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not trusted</source>
        <translation>dem Zertifikat des Servers wurde nicht vertraut</translation>
    </message>
    <message>
        <source>the module could not connect to Azure</source>
        <translation>das Modul konnte keine Verbindung mit Azure herstellen</translation>
    </message>
    <message>
        <source>DPS refused the device&apos;s credentials</source>
        <translation>DPS hat die Anmeldedaten des Geräts abgelehnt</translation>
    </message>
    <message>
        <source>DPS has no enrollment for the device</source>
        <translation>DPS hat keine Registrierung für das Gerät</translation>
    </message>
    <message>
        <source>DPS could not assign the device</source>
        <translation>DPS konnte das Gerät nicht zuweisen</translation>
    </message>
    <message>
        <source>the enrollment is disabled</source>
        <translation>die Registrierung ist deaktiviert</translation>
    </message>
    <message>
        <source>DPS did not answer in time</source>
        <translation>DPS hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the IoT Hub refused the device</source>
        <translation>der IoT Hub hat das Gerät abgewiesen</translation>
    </message>
    <message>
        <source>no cloud-to-device message arrived</source>
        <translation>es ist keine Cloud-zu-Gerät-Nachricht eingetroffen</translation>
    </message>
    <message>
        <source>the IoT Hub does not know the device</source>
        <translation>der IoT Hub kennt das Gerät nicht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the station stopped while it ran</source>
        <translation>die Station wurde während des Laufs beendet</translation>
    </message>
    <message>
        <source>an unexpected failure</source>
        <translation>ein unerwarteter Fehler</translation>
    </message>
    <message>
        <source>the module did not keep the Wi-Fi settings it was given</source>
        <translation>das Modul hat die übergebenen WLAN-Einstellungen nicht behalten</translation>
    </message>
    <message>
        <source>the module did not report its model and firmware (AT+GMM, AT+GMR)</source>
        <translation>das Modul hat Modell und Firmware nicht gemeldet (AT+GMM, AT+GMR)</translation>
    </message>
    <message>
        <source>the device ID from the template is not usable</source>
        <translation>die Geräte-ID aus der Vorlage ist nicht verwendbar</translation>
    </message>
</context>
<context>
    <name>CertificateSummaryWidget</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Certificate in the file</source>
        <translation>Zertifikat in der Datei</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>MD5 (module):</source>
        <translation>MD5 (Modul):</translation>
    </message>
    <message>
        <source>MD5 of the DER encoding: what the module reports after AT+USECMNG</source>
        <translation>MD5 der DER-Kodierung: das, was das Modul nach AT+USECMNG meldet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Lint-Befunde</translation>
    </message>
    <message>
        <source>Nothing loaded.</source>
        <translation>Nichts geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>a private key (%1)</source>
        <translation>ein privater Schlüssel (%1)</translation>
    </message>
    <message>
        <source>a public key (%1)</source>
        <translation>ein öffentlicher Schlüssel (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n signing request(s)</source>
        <translation>
            <numerusform>%n Zertifikatsanforderung</numerusform>
            <numerusform>%n Zertifikatsanforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 file with %2</source>
        <translation>%1-Datei mit %2</translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation>nichts Verwendbares</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; the key belongs to the first certificate</source>
        <translation>; der Schlüssel gehört zum ersten Zertifikat</translation>
    </message>
    <message>
        <source>; the key does NOT belong to the first certificate</source>
        <translation>; der Schlüssel gehört NICHT zum ersten Zertifikat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CN=%1 (request)</source>
        <translation>CN=%1 (Anforderung)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>NOT YET VALID</source>
        <translation>NOCH NICHT GÜLTIG</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>derzeit gültig</translation>
    </message>
    <message>
        <source>%1 to %2 UTC (%3)</source>
        <translation>%1 bis %2 UTC (%3)</translation>
    </message>
    <message>
        <source>%1, signature %2</source>
        <translation>%1, Signatur %2</translation>
    </message>
</context>
<context>
    <name>CertificateToolsDialog</name>
    <message>
        <source>Certificate tools</source>
        <translation>Zertifikatswerkzeuge</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>I&amp;nspect</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <source>Intermediate CA</source>
        <translation>Zwischen-CA</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <source>Verification certificate (proof of possession)</source>
        <translation>Überprüfungszertifikat (Besitznachweis)</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>EC P-256 is small and fast on the module; RSA 4096 takes seconds to make</source>
        <translation>EC P-256 ist klein und auf dem Modul schnell; ein RSA-4096-Schlüssel braucht Sekunden</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Issuing CA &amp;certificate:</source>
        <translation>&amp;Zertifikat der ausstellenden CA:</translation>
    </message>
    <message>
        <source>Issuing CA &amp;key:</source>
        <translation>&amp;Schlüssel der ausstellenden CA:</translation>
    </message>
    <message>
        <source>only when the CA key is encrypted</source>
        <translation>nur wenn der CA-Schlüssel verschlüsselt ist</translation>
    </message>
    <message>
        <source>CA key &amp;passphrase:</source>
        <translation>CA-Schlüssel-Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Ausgabeor&amp;dner:</translation>
    </message>
    <message>
        <source>from the CN</source>
        <translation>aus dem CN</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>optional: encrypt the new key (AES-256)</source>
        <translation>optional: den neuen Schlüssel verschlüsseln (AES-256)</translation>
    </message>
    <message>
        <source>New key pa&amp;ssphrase:</source>
        <translation>Passphrase des neuen Sch&amp;lüssels:</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>E&amp;rzeugen</translation>
    </message>
    <message>
        <source>certificate, key, CSR or PKCS#12 file (PEM or DER)</source>
        <translation>Zertifikat, Schlüssel, CSR oder PKCS#12-Datei (PEM oder DER)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>PKCS#12 or encrypted key only</source>
        <translation>nur PKCS#12 oder verschlüsselter Schlüssel</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>optional: the device / registration ID the certificate is for</source>
        <translation>optional: die Geräte-/Registrierungs-ID, für die das Zertifikat bestimmt ist</translation>
    </message>
    <message>
        <source>E&amp;xpected ID:</source>
        <translation>Erwartete &amp;ID:</translation>
    </message>
    <message>
        <source>Ins&amp;pect</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>Inspect a file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Common name (&amp;CN):</source>
        <translation>&amp;Common Name (CN):</translation>
    </message>
    <message>
        <source>e.g. Acme Factory Root CA</source>
        <translation>z. B. Acme Factory Root CA</translation>
    </message>
    <message>
        <source>e.g. Acme Line 1 Intermediate CA</source>
        <translation>z. B. Acme Line 1 Intermediate CA</translation>
    </message>
    <message>
        <source>Device / registration ID (&amp;CN):</source>
        <translation>Geräte-/Registrierungs-ID (&amp;CN):</translation>
    </message>
    <message>
        <source>e.g. nina-w152-d4ca6e000001</source>
        <translation>z. B. nina-w152-d4ca6e000001</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>Überprüfungs&amp;code:</translation>
    </message>
    <message>
        <source>the code the Azure portal shows for the CA</source>
        <translation>der Code, den das Azure-Portal für die CA anzeigt</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.csr)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.csr)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the verification code.</source>
        <translation>Geben Sie den Überprüfungscode ein.</translation>
    </message>
    <message>
        <source>Enter a common name (CN).</source>
        <translation>Geben Sie einen Common Name (CN) ein.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>Choose the issuing CA&apos;s certificate and key files.</source>
        <translation>Wählen Sie die Zertifikats- und Schlüsseldatei der ausstellenden CA.</translation>
    </message>
    <message>
        <source>Making an %1 key; this can take several seconds…</source>
        <translation>Ein %1-Schlüssel wird erzeugt; das kann einige Sekunden dauern…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or folder.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen oder Ordner.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source> and %1 (owner-only, mode 0600%2)</source>
        <translation> und %1 (nur für den Besitzer, Modus 0600%2)</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <source>Error: choose a file to inspect.</source>
        <translation>Fehler: Wählen Sie eine Datei zum Prüfen.</translation>
    </message>
    <message>
        <source>In a file</source>
        <translation>In einer Datei</translation>
    </message>
    <message>
        <source>On a token (PKCS#11)</source>
        <translation>Auf einem Token (PKCS#11)</translation>
    </message>
    <message>
        <source>Issuing CA key is &amp;held:</source>
        <translation>Schlüssel der ausstellenden CA liegt &amp;hier:</translation>
    </message>
    <message>
        <source>Ne&amp;w key:</source>
        <translation>Ne&amp;uer Schlüssel:</translation>
    </message>
    <message>
        <source>pkcs11:token=…;object=… (a new name on the token)</source>
        <translation>pkcs11:token=…;object=… (ein neuer Name auf dem Token)</translation>
    </message>
    <message>
        <source>Token key &amp;URI:</source>
        <translation>Token-Schlüssel-UR&amp;I:</translation>
    </message>
    <message>
        <source>Token user P&amp;IN:</source>
        <translation>&amp;Benutzer-PIN des Tokens:</translation>
    </message>
    <message>
        <source>Issuing CA &amp;key URI:</source>
        <translation>URI des &amp;Schlüssels der ausstellenden CA:</translation>
    </message>
    <message>
        <source>pkcs11:token=…;object=…</source>
        <translation>pkcs11:token=…;object=…</translation>
    </message>
    <message>
        <source>CA token user &amp;PIN:</source>
        <translation>Benutzer-&amp;PIN des CA-Tokens:</translation>
    </message>
    <message>
        <source>the PIN of the token that holds the CA key</source>
        <translation>die PIN des Tokens, auf dem der CA-Schlüssel liegt</translation>
    </message>
    <message>
        <source>Choose the issuing CA&apos;s certificate and type its key&apos;s pkcs11: URI.</source>
        <translation>Wählen Sie das Zertifikat der ausstellenden CA und geben Sie die pkcs11:-URI ihres Schlüssels ein.</translation>
    </message>
    <message>
        <source>A key on a token is named by a URI that starts with pkcs11:.</source>
        <translation>Ein Schlüssel auf einem Token wird mit einer URI benannt, die mit pkcs11: beginnt.</translation>
    </message>
    <message>
        <source>Type the user PIN of the token that holds the issuing CA&apos;s key.</source>
        <translation>Geben Sie die Benutzer-PIN des Tokens ein, auf dem der Schlüssel der ausstellenden CA liegt.</translation>
    </message>
    <message>
        <source>Type the URI of the new key on the token (pkcs11:token=…;object=…).</source>
        <translation>Geben Sie die URI des neuen Schlüssels auf dem Token ein (pkcs11:token=…;object=…).</translation>
    </message>
    <message>
        <source>Type the token&apos;s user PIN.</source>
        <translation>Geben Sie die Benutzer-PIN des Tokens ein.</translation>
    </message>
    <message>
        <source>; the key is on the token: %1</source>
        <translation>; der Schlüssel liegt auf dem Token: %1</translation>
    </message>
    <message>
        <source>&amp;Leave the new CA key unencrypted (not recommended)</source>
        <translation>Neuen CA-Schlüssel unverschlüsselt &amp;lassen (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Whoever can read an unencrypted CA key file can issue certificates that Azure trusts. Prefer a passphrase or a token.</source>
        <translation>Wer eine unverschlüsselte CA-Schlüsseldatei lesen kann, kann Zertifikate ausstellen, denen Azure vertraut. Verwenden Sie besser eine Passphrase oder ein Token.</translation>
    </message>
    <message>
        <source>encrypts the CA key (AES-256)</source>
        <translation>verschlüsselt den CA-Schlüssel (AES-256)</translation>
    </message>
    <message>
        <source>Type a passphrase for the new CA key, or tick “Leave the new CA key unencrypted” to write it in clear on purpose.</source>
        <translation>Geben Sie eine Passphrase für den neuen CA-Schlüssel ein, oder kreuzen Sie „Neuen CA-Schlüssel unverschlüsselt lassen“ an, um ihn bewusst unverschlüsselt zu schreiben.</translation>
    </message>
    <message>
        <source>Either type a passphrase for the new CA key or leave it unencrypted, not both.</source>
        <translation>Geben Sie entweder eine Passphrase für den neuen CA-Schlüssel ein oder lassen Sie ihn unverschlüsselt, nicht beides.</translation>
    </message>
    <message>
        <source>Warning: the CA key is not encrypted; whoever can read it can issue certificates that Azure trusts.</source>
        <translation>Warnung: Der CA-Schlüssel ist nicht verschlüsselt; wer ihn lesen kann, kann Zertifikate ausstellen, denen Azure vertraut.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Generate a CA…</source>
        <translation>&amp;Neue CA erzeugen…</translation>
    </message>
    <message>
        <source>PEM, DER or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM, DER oder PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>only when the key is in a separate file</source>
        <translation>nur wenn der Schlüssel in einer eigenen Datei liegt</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open the signing CA</source>
        <translation>Signierende CA öffnen</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 (expired, not shipped)</source>
        <translation>%1 (abgelaufen, nicht mitgeliefert)</translation>
    </message>
    <message>
        <source>Check at least one trust root.</source>
        <translation>Wählen Sie mindestens ein Stammzertifikat aus.</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Add a trust root</source>
        <translation>Vertrauenswürdiges Stammzertifikat hinzufügen</translation>
    </message>
    <message>
        <source>The CA that signs device certificates, the proof of possession for Azure, and the roots the module trusts.</source>
        <translation>Die CA, die die Gerätezertifikate signiert, der Besitznachweis für Azure und die Stammzertifikate, denen das Modul vertraut.</translation>
    </message>
    <message>
        <source>Made on the station, signed by the CA</source>
        <translation>Auf der Station erzeugt, von der CA signiert</translation>
    </message>
    <message>
        <source>Taken from a folder (&lt;id&gt;.pem, &lt;id&gt;.key.pem)</source>
        <translation>Aus einem Ordner übernommen (&lt;id&gt;.pem, &lt;id&gt;.key.pem)</translation>
    </message>
    <message>
        <source>&amp;Device certificates:</source>
        <translation>&amp;Gerätezertifikate:</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Schlüsselt&amp;yp:</translation>
    </message>
    <message>
        <source>Va&amp;lidity:</source>
        <translation>Gültig&amp;keit:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA key f&amp;ile:</source>
        <translation>CA-Schlüsseldate&amp;i:</translation>
    </message>
    <message>
        <source>CA key pa&amp;ssphrase:</source>
        <translation>Pa&amp;ssphrase des CA-Schlüssels:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Lo&amp;ad</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Verification certificate…</source>
        <translation>Überprüfungszertifikat…</translation>
    </message>
    <message>
        <source>Proof of possession: make the certificate Azure asks for to verify the CA</source>
        <translation>Besitznachweis: das Zertifikat erstellen, das Azure zur Überprüfung der CA verlangt</translation>
    </message>
    <message>
        <source>Certificate folde&amp;r:</source>
        <translation>Zertifikats&amp;ordner:</translation>
    </message>
    <message>
        <source>Tr&amp;ust roots:</source>
        <translation>Vertrauenswürdige Stammzerti&amp;fikate:</translation>
    </message>
    <message>
        <source>Add a root file…</source>
        <translation>Stammzertifikatsdatei hinzufügen…</translation>
    </message>
    <message>
        <source>Name the folder that holds &lt;id&gt;.pem and &lt;id&gt;.key.pem.</source>
        <translation>Geben Sie den Ordner an, der &lt;id&gt;.pem und &lt;id&gt;.key.pem enthält.</translation>
    </message>
    <message>
        <source>The CA did not load: %1</source>
        <translation>Die CA wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>Load the CA that signs the device certificates, or generate one.</source>
        <translation>Laden Sie die CA, die die Gerätezertifikate signiert, oder erzeugen Sie eine.</translation>
    </message>
    <message>
        <source>name the CA file</source>
        <translation>geben Sie die CA-Datei an</translation>
    </message>
    <message>
        <source>Warning: the CA key is not encrypted on disk.</source>
        <translation>Warnung: Der CA-Schlüssel ist auf dem Datenträger nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>CA key:</source>
        <translation>CA-Schlüssel:</translation>
    </message>
    <message>
        <source>Key in a file</source>
        <translation>Schlüssel in einer Datei</translation>
    </message>
    <message>
        <source>Key on a token (PKCS#11)</source>
        <translation>Schlüssel auf einem Token (PKCS#11)</translation>
    </message>
    <message>
        <source>A token (smart card, USB token, HSM) signs device certificates itself and never lets the CA key out</source>
        <translation>Ein Token (Smartcard, USB-Token, HSM) signiert Gerätezertifikate selbst und gibt den CA-Schlüssel nie heraus</translation>
    </message>
    <message>
        <source>Token key UR&amp;I:</source>
        <translation>UR&amp;I des Token-Schlüssels:</translation>
    </message>
    <message>
        <source>Token u&amp;ser PIN:</source>
        <translation>Benutzer-PIN de&amp;s Tokens:</translation>
    </message>
    <message>
        <source>pkcs11:token=…;object=…</source>
        <translation>pkcs11:token=…;object=…</translation>
    </message>
    <message>
        <source>Load the CA to use its key on the token.</source>
        <translation>Laden Sie die CA, um ihren Schlüssel auf dem Token zu verwenden.</translation>
    </message>
    <message>
        <source>Load the CA to use its key from the file.</source>
        <translation>Laden Sie die CA, um ihren Schlüssel aus der Datei zu verwenden.</translation>
    </message>
    <message>
        <source>Logging in to the token…</source>
        <translation>Anmeldung am Token …</translation>
    </message>
    <message>
        <source>type the URI of the CA key on the token (pkcs11:token=…;object=…)</source>
        <translation>geben Sie die URI des CA-Schlüssels auf dem Token ein (pkcs11:token=…;object=…)</translation>
    </message>
    <message>
        <source>type the token&apos;s user PIN</source>
        <translation>geben Sie die Benutzer-PIN des Tokens ein</translation>
    </message>
    <message>
        <source>The CA key is on the token: device certificates are signed there and the key never leaves it.</source>
        <translation>Der CA-Schlüssel liegt auf dem Token: Gerätezertifikate werden dort signiert, und der Schlüssel verlässt ihn nie.</translation>
    </message>
    <message>
        <source>X.509 flows sign each module&apos;s certificate with the CA below. Load the CA you verified in Azure (PEM with a key file, or one PKCS#12 file with its passphrase, or a certificate whose key is on a PKCS#11 token: its pkcs11: URI and the token&apos;s user PIN, kept in the secret store), or generate one. To verify a new CA, upload it in the portal, let the portal give you a verification code, make the verification certificate here and upload it. The module trusts the checked roots: DigiCert Global Root G2 is what Azure uses; Baltimore CyberTrust Root expired and is shown only so you recognise it.</source>
        <translation>X.509-Abläufe signieren das Zertifikat jedes Moduls mit der unten angegebenen CA. Laden Sie die CA, die Sie in Azure überprüft haben (PEM mit Schlüsseldatei, eine PKCS#12-Datei mit ihrer Passphrase oder ein Zertifikat, dessen Schlüssel auf einem PKCS#11-Token liegt: seine pkcs11:-URI und die Benutzer-PIN des Tokens, die im Geheimnisspeicher aufbewahrt wird), oder erzeugen Sie eine. Um eine neue CA zu überprüfen, laden Sie sie im Portal hoch, lassen Sie sich vom Portal einen Überprüfungscode geben, erstellen Sie hier das Überprüfungszertifikat und laden Sie es hoch. Das Modul vertraut den angehakten Stammzertifikaten: Azure verwendet DigiCert Global Root G2; Baltimore CyberTrust Root ist abgelaufen und wird nur angezeigt, damit Sie es wiedererkennen.</translation>
    </message>
</context>
<context>
    <name>DeviceStatusPanel</name>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Baud:</source>
        <translation>Baudrate:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Wi-Fi MAC:</source>
        <translation>WLAN-MAC:</translation>
    </message>
    <message>
        <source>Wi-Fi link:</source>
        <translation>WLAN-Verbindung:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Certificates on the module</source>
        <translation>Zertifikate auf dem Modul</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>MD5 (module)</source>
        <translation>MD5 (Modul)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>EngineerLoginDialog</name>
    <message>
        <source>Engineer mode</source>
        <translation>Technikermodus</translation>
    </message>
    <message>
        <source>Reading the engineer password from the secret store…</source>
        <translation>Das Techniker-Passwort wird aus dem Geheimnisspeicher gelesen…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>There is no secret store.</source>
        <translation>Es gibt keinen Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>The secret store cannot be read: %1</source>
        <translation>Der Geheimnisspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No engineer password is set yet. Choose one (at least 6 characters); operators will need it to change the profile.</source>
        <translation>Es ist noch kein Techniker-Passwort festgelegt. Wählen Sie eines (mindestens 6 Zeichen); Bediener brauchen es, um das Profil zu ändern.</translation>
    </message>
    <message>
        <source>Enter the engineer password.</source>
        <translation>Geben Sie das Techniker-Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>Use at least 6 characters.</source>
        <translation>Verwenden Sie mindestens 6 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>HeadlessSecretStore</name>
    <message>
        <source>bad --secret: expected NAME=env:VARIABLE or NAME=file:PATH</source>
        <translation>ungültiges --secret: erwartet wird NAME=env:VARIABLE oder NAME=file:PATH</translation>
    </message>
    <message>
        <source>bad --secret: %1</source>
        <translation>ungültiges --secret: %1</translation>
    </message>
    <message>
        <source>bad --secret for &apos;%1&apos;: after env: give the name of an environment variable (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>ungültiges --secret für „%1“: Geben Sie nach env: den Namen einer Umgebungsvariablen an (Buchstaben, Ziffern und „_“, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>bad --secret for &apos;%1&apos;: after file: give the path of a file</source>
        <translation>ungültiges --secret für „%1“: Geben Sie nach file: den Pfad einer Datei an</translation>
    </message>
    <message>
        <source>bad --secret for &apos;%1&apos;: the source must be env:VARIABLE or file:PATH (a secret value is never given on the command line)</source>
        <translation>ungültiges --secret für „%1“: Die Quelle muss env:VARIABLE oder file:PATH sein (ein geheimer Wert wird nie auf der Befehlszeile angegeben)</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos; comes from the environment variable %2, which is not set: export %2 before starting</source>
        <translation>das Geheimnis „%1“ stammt aus der Umgebungsvariablen %2, die nicht gesetzt ist: Führen Sie vor dem Start export %2 aus</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos; comes from the environment variable %2, which is empty</source>
        <translation>das Geheimnis „%1“ stammt aus der Umgebungsvariablen %2, die leer ist</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; cannot be opened: %3</source>
        <translation>die Geheimnisdatei %1 für „%2“ kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; cannot be examined: %3</source>
        <translation>die Geheimnisdatei %1 für „%2“ kann nicht untersucht werden: %3</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; is not a regular file</source>
        <translation>die Geheimnisdatei %1 für „%2“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; has mode %3; it must be 0600 or 0400 (readable by its owner only): run chmod 600 %1</source>
        <translation>die Geheimnisdatei %1 für „%2“ hat den Modus %3; er muss 0600 oder 0400 sein (nur für den Besitzer lesbar): Führen Sie chmod 600 %1 aus</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; cannot be read: %3</source>
        <translation>die Geheimnisdatei %1 für „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; is empty</source>
        <translation>die Geheimnisdatei %1 für „%2“ ist leer</translation>
    </message>
    <message>
        <source>cannot store the secret &apos;%1&apos;: secrets given with --secret are read-only; store it in the keychain instead</source>
        <translation>das Geheimnis „%1“ kann nicht gespeichert werden: Mit --secret angegebene Geheimnisse sind schreibgeschützt; speichern Sie es stattdessen im Schlüsselbund</translation>
    </message>
    <message>
        <source>cannot remove the secret &apos;%1&apos;: secrets given with --secret are read-only</source>
        <translation>das Geheimnis „%1“ kann nicht entfernt werden: Mit --secret angegebene Geheimnisse sind schreibgeschützt</translation>
    </message>
    <message>
        <source>environment/file (headless)</source>
        <translation>Umgebung/Datei (headless)</translation>
    </message>
    <message>
        <source>bad --secret for &apos;%1&apos;: %2</source>
        <translation>ungültiges --secret für „%1“: %2</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; is %3 bytes; a secret file holds at most %4</source>
        <translation>die Geheimnisdatei %1 für „%2“ ist %3 Bytes groß; eine Geheimnisdatei enthält höchstens %4</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; grew past %3 bytes while it was read</source>
        <translation>die Geheimnisdatei %1 für „%2“ ist beim Lesen über %3 Bytes gewachsen</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Which Azure service the module registers with, and how it proves who it is.</source>
        <translation>Bei welchem Azure-Dienst sich das Modul registriert und wie es seine Identität nachweist.</translation>
    </message>
    <message>
        <source>Operator mode: this is the engineer&apos;s profile, locked. Click Next to go on.</source>
        <translation>Bedienermodus: Dies ist das gesperrte Profil des Technikers. Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
        <source>The DPS endpoint must not be empty.</source>
        <translation>Der DPS-Endpunkt darf nicht leer sein.</translation>
    </message>
    <message>
        <source>DPS endpoint: %1</source>
        <translation>DPS-Endpunkt: %1</translation>
    </message>
    <message>
        <source>IoT Hub host: %1</source>
        <translation>IoT-Hub-Host: %1</translation>
    </message>
    <message>
        <source>A key is base64 text of 16 to 64 bytes, as the portal shows it.</source>
        <translation>Ein Schlüssel ist Base64-Text mit 16 bis 64 Bytes, so wie ihn das Portal anzeigt.</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Profile n&amp;ame:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>Ab&amp;lauf:</translation>
    </message>
    <message>
        <source>DPS en&amp;dpoint:</source>
        <translation>DPS-Endp&amp;unkt:</translation>
    </message>
    <message>
        <source>DPS ID s&amp;cope:</source>
        <translation>DPS-&amp;ID-Bereich:</translation>
    </message>
    <message>
        <source>IoT H&amp;ub host:</source>
        <translation>IoT-Hub-H&amp;ost:</translation>
    </message>
    <message>
        <source>Dev&amp;ice keys:</source>
        <translation>Ge&amp;räteschlüssel:</translation>
    </message>
    <message>
        <source>Enrollment &amp;group key:</source>
        <translation>Schlüssel der Registrierungs&amp;gruppe:</translation>
    </message>
    <message>
        <source>Enrollment &amp;key:</source>
        <translation>Registrierungss&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Device &amp;key:</source>
        <translation>Gemeinsamer Geräte&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Impo&amp;rt device keys from a CSV file…</source>
        <translation>Geräteschlüssel aus einer CSV-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>One key for all devices</source>
        <translation>Ein Schlüssel für alle Geräte</translation>
    </message>
    <message>
        <source>A key per device (imported from a CSV file)</source>
        <translation>Ein Schlüssel pro Gerät (aus einer CSV-Datei importiert)</translation>
    </message>
    <message>
        <source>0ne followed by 8 hex digits, from the DPS overview page</source>
        <translation>0ne gefolgt von 8 Hexadezimalziffern, von der DPS-Übersichtsseite</translation>
    </message>
    <message>
        <source>&lt;name&gt;.azure-devices.net</source>
        <translation>&lt;name&gt;.azure-devices.net</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>DPS ID scope: %1</source>
        <translation>DPS-ID-Bereich: %1</translation>
    </message>
    <message>
        <source>The IoT Hub host must be set for this flow.</source>
        <translation>Für diesen Ablauf muss der IoT-Hub-Host angegeben werden.</translation>
    </message>
    <message>
        <source>Type the key this flow needs; it goes to the secret store.</source>
        <translation>Geben Sie den Schlüssel ein, den dieser Ablauf braucht; er kommt in den Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>Import device keys</source>
        <translation>Geräteschlüssel importieren</translation>
    </message>
    <message>
        <source>Device keys (*.csv);;All files (*)</source>
        <translation>Geräteschlüssel (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no secret store to keep the keys in.</source>
        <translation>Es gibt keinen Geheimnisspeicher, in dem die Schlüssel aufbewahrt werden können.</translation>
    </message>
    <message numerus="yes">
        <source>%n device key(s) imported into %1.</source>
        <translation>
            <numerusform>%n Geräteschlüssel in %1 importiert.</numerusform>
            <numerusform>%n Geräteschlüssel in %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Choose the flow the engineer agreed with the cloud team. DPS flows need the global endpoint (global.azure-devices-provisioning.net) and the ID scope from the DPS overview page in the portal (0ne followed by 8 hex digits). Hub flows connect straight to the IoT Hub host (&lt;name&gt;.azure-devices.net). Keys go to the secret store, never into the profile; with a key per device, import a CSV file of deviceId,primaryKey lines.</source>
        <translation>Wählen Sie den Ablauf, den der Techniker mit dem Cloud-Team vereinbart hat. DPS-Abläufe brauchen den globalen Endpunkt (global.azure-devices-provisioning.net) und den ID-Bereich von der DPS-Übersichtsseite im Portal (0ne gefolgt von 8 Hexadezimalziffern). Hub-Abläufe verbinden sich direkt mit dem IoT-Hub-Host (&lt;name&gt;.azure-devices.net). Schlüssel kommen in den Geheimnisspeicher, nie in das Profil; bei einem Schlüssel pro Gerät importieren Sie eine CSV-Datei mit Zeilen der Form deviceId,primaryKey.</translation>
    </message>
    <message>
        <source>Hub connection &amp;string:</source>
        <translation>Hub-Verbindungszeichen&amp;folge:</translation>
    </message>
    <message>
        <source>DPS connection string:</source>
        <translation>DPS-Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</source>
        <translation>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</translation>
    </message>
    <message>
        <source>Prepare the cloud no&amp;w</source>
        <translation>Cloud jetzt vor&amp;bereiten</translation>
    </message>
    <message>
        <source>Make the enrollment group (DPS) or check the hub with the service APIs; a second run changes nothing</source>
        <translation>Legt über die Dienst-APIs die Registrierungsgruppe (DPS) an oder prüft den Hub; ein zweiter Lauf ändert nichts</translation>
    </message>
    <message>
        <source>Preparing the cloud…</source>
        <translation>Cloud wird vorbereitet…</translation>
    </message>
    <message>
        <source>The cloud now matches the profile.</source>
        <translation>Die Cloud entspricht jetzt dem Profil.</translation>
    </message>
    <message>
        <source>The cloud already matched the profile; nothing changed.</source>
        <translation>Die Cloud entsprach dem Profil bereits; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Device identity and DPS</source>
        <translation>Geräteidentität und DPS</translation>
    </message>
    <message>
        <source>How each module&apos;s ID is made, and how long to wait for the assignment.</source>
        <translation>Wie die ID jedes Moduls gebildet wird und wie lange auf die Zuweisung gewartet wird.</translation>
    </message>
    <message>
        <source>&amp;Registration ID template:</source>
        <translation>Vorlage für die &amp;Registrierungs-ID:</translation>
    </message>
    <message>
        <source>{model}-{mac}, {serial} and literal text</source>
        <translation>{model}-{mac}, {serial} und fester Text</translation>
    </message>
    <message>
        <source>&amp;Lower case</source>
        <translation>&amp;Kleinbuchstaben</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>DPS &amp;API version:</source>
        <translation>DPS-API-Ver&amp;sion:</translation>
    </message>
    <message>
        <source>Polling &amp;deadline:</source>
        <translation>Abfrage&amp;frist:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The DPS API version must not be empty.</source>
        <translation>Die DPS-API-Version darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Each module gets its ID from the template: {model} is the module type, {mac} its Wi-Fi MAC and {serial} a scanned serial number. For X.509 the ID is also the certificate&apos;s common name (at most 64 characters). The example shows what a NINA-W152 would get. The deadline bounds how long the station waits for DPS to assign a hub.</source>
        <translation>Jedes Modul erhält seine ID aus der Vorlage: {model} ist der Modultyp, {mac} seine WLAN-MAC und {serial} eine gescannte Seriennummer. Bei X.509 ist die ID zugleich der Common Name des Zertifikats (höchstens 64 Zeichen). Das Beispiel zeigt, was ein NINA-W152 bekäme. Die Frist begrenzt, wie lange die Station darauf wartet, dass DPS einen Hub zuweist.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>cancelled by the operator</source>
        <translation>vom Bediener abgebrochen</translation>
    </message>
    <message>
        <source>checking the profile, secrets and certificates</source>
        <translation>Profil, Geheimnisse und Zertifikate werden geprüft</translation>
    </message>
    <message>
        <source>the profile is incomplete: %1</source>
        <translation>das Profil ist unvollständig: %1</translation>
    </message>
    <message>
        <source>no secret store is configured</source>
        <translation>es ist kein Geheimnisspeicher eingerichtet</translation>
    </message>
    <message>
        <source>reading the secret &apos;%1&apos; took too long</source>
        <translation>das Lesen des Geheimnisses „%1“ hat zu lange gedauert</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos; is not set</source>
        <translation>das Geheimnis „%1“ ist nicht gesetzt</translation>
    </message>
    <message>
        <source>trust.roots: %1</source>
        <translation>trust.roots: %1</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>kein Zertifikat in %1</translation>
    </message>
    <message>
        <source>opening %1 and finding the module</source>
        <translation>%1 wird geöffnet und das Modul gesucht</translation>
    </message>
    <message>
        <source>reading the model, firmware and MAC address</source>
        <translation>Modell, Firmware und MAC-Adresse werden gelesen</translation>
    </message>
    <message>
        <source>%1, firmware %2, MAC %3</source>
        <translation>%1, Firmware %2, MAC %3</translation>
    </message>
    <message>
        <source>checking that this module can run the profile</source>
        <translation>es wird geprüft, ob dieses Modul das Profil ausführen kann</translation>
    </message>
    <message>
        <source>restoring factory settings</source>
        <translation>Werkseinstellungen werden wiederhergestellt</translation>
    </message>
    <message>
        <source>making the device identity</source>
        <translation>die Geräteidentität wird gebildet</translation>
    </message>
    <message>
        <source>putting the certificates on the module</source>
        <translation>die Zertifikate werden auf das Modul übertragen</translation>
    </message>
    <message>
        <source>the device certificate cannot be read</source>
        <translation>das Gerätezertifikat kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the device certificate: %1</source>
        <translation>das Gerätezertifikat: %1</translation>
    </message>
    <message>
        <source>%1 is not PEM</source>
        <translation>%1 ist kein PEM</translation>
    </message>
    <message>
        <source>the module refused %1 (store full, name or size not accepted)</source>
        <translation>das Modul hat %1 abgelehnt (Speicher voll, Name oder Größe nicht akzeptiert)</translation>
    </message>
    <message>
        <source>joining the Wi-Fi network %1</source>
        <translation>Verbindung mit dem WLAN %1 wird hergestellt</translation>
    </message>
    <message>
        <source>the module went away while joining Wi-Fi</source>
        <translation>das Modul ist beim Verbinden mit dem WLAN verschwunden</translation>
    </message>
    <message>
        <source>joined %1 but got no IPv4 address within %2 s</source>
        <translation>mit %1 verbunden, aber innerhalb von %2 s keine IPv4-Adresse erhalten</translation>
    </message>
    <message>
        <source>could not join %1 within %2 s (network not in range?)</source>
        <translation>konnte innerhalb von %2 s keine Verbindung mit %1 herstellen (Netzwerk außer Reichweite?)</translation>
    </message>
    <message>
        <source>IPv4 %1</source>
        <translation>IPv4 %1</translation>
    </message>
    <message>
        <source>switching to Extended Data Mode</source>
        <translation>Wechsel in den Extended Data Mode</translation>
    </message>
    <message>
        <source>registering with the Device Provisioning Service</source>
        <translation>Registrierung beim Device Provisioning Service</translation>
    </message>
    <message>
        <source>the DPS group key: %1</source>
        <translation>der DPS-Gruppenschlüssel: %1</translation>
    </message>
    <message>
        <source>the DPS token: %1</source>
        <translation>das DPS-Token: %1</translation>
    </message>
    <message>
        <source>the DPS registration peer</source>
        <translation>der DPS-Registrierungs-Peer</translation>
    </message>
    <message>
        <source>the module went away during the DPS registration</source>
        <translation>das Modul ist während der DPS-Registrierung verschwunden</translation>
    </message>
    <message>
        <source>DPS did not assign the device within %1 s</source>
        <translation>DPS hat das Gerät nicht innerhalb von %1 s zugewiesen</translation>
    </message>
    <message>
        <source>DPS answered something unreadable: %1</source>
        <translation>DPS hat etwas Unlesbares geantwortet: %1</translation>
    </message>
    <message>
        <source>the DPS status peer</source>
        <translation>der DPS-Status-Peer</translation>
    </message>
    <message>
        <source>assigned to %1 as %2</source>
        <translation>%1 als %2 zugewiesen</translation>
    </message>
    <message>
        <source>connecting to the IoT Hub %1</source>
        <translation>Verbindung mit dem IoT Hub %1 wird hergestellt</translation>
    </message>
    <message>
        <source>the hub token: %1</source>
        <translation>das Hub-Token: %1</translation>
    </message>
    <message>
        <source>the IoT Hub</source>
        <translation>der IoT Hub</translation>
    </message>
    <message>
        <source>no cloud-to-device message within %1 s</source>
        <translation>keine Cloud-zu-Gerät-Nachricht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>verbunden als %1</translation>
    </message>
    <message>
        <source>restarting the module</source>
        <translation>das Modul wird neu gestartet</translation>
    </message>
    <message>
        <source>the Wi-Fi passphrase must be 8 to 63 characters (or 64 hex digits) without a double quote, which the module&apos;s AT syntax cannot carry</source>
        <translation>die WLAN-Passphrase muss 8 bis 63 Zeichen (oder 64 Hex-Ziffern) lang sein und darf kein doppeltes Anführungszeichen enthalten, das die AT-Syntax des Moduls nicht übertragen kann</translation>
    </message>
    <message>
        <source>a command that got no answer</source>
        <translation>ein Befehl, der keine Antwort erhielt</translation>
    </message>
    <message>
        <source>joining again after no link, no address or a lost link (not after a wrong password)</source>
        <translation>erneutes Verbinden nach fehlender Verbindung, fehlender Adresse oder Verbindungsabbruch (nicht nach einem falschen Passwort)</translation>
    </message>
    <message>
        <source>opening a peer again after it closed or did not connect</source>
        <translation>erneutes Öffnen eines Peers, nachdem er geschlossen wurde oder keine Verbindung zustande kam</translation>
    </message>
    <message>
        <source>sending a DPS request again when its answer does not come within the request deadline, or after retry-after when throttled, until the DPS deadline</source>
        <translation>erneutes Senden einer DPS-Anfrage, wenn ihre Antwort nicht innerhalb der Anfragefrist eintrifft, oder nach retry-after bei Drosselung, bis zur DPS-Frist</translation>
    </message>
    <message>
        <source>opening the hub peer again after it closed or did not connect</source>
        <translation>erneutes Öffnen des Hub-Peers, nachdem er geschlossen wurde oder keine Verbindung zustande kam</translation>
    </message>
    <message>
        <source>the CA: %1</source>
        <translation>die CA: %1</translation>
    </message>
    <message>
        <source>the module lost its Wi-Fi connection during the DPS registration</source>
        <translation>das Modul hat während der DPS-Registrierung seine WLAN-Verbindung verloren</translation>
    </message>
    <message>
        <source>the module lost its Wi-Fi connection while connected to the hub</source>
        <translation>das Modul hat seine WLAN-Verbindung verloren, während es mit dem Hub verbunden war</translation>
    </message>
    <message>
        <source>the identity template gives an empty id</source>
        <translation>die Identitätsvorlage ergibt eine leere ID</translation>
    </message>
    <message>
        <source>loading the CA took too long</source>
        <translation>das Laden der CA dauerte zu lange</translation>
    </message>
    <message>
        <source>no answer within 30 s</source>
        <translation>keine Antwort innerhalb von 30 s</translation>
    </message>
    <message>
        <source>%1 (not checked against the line: %2)</source>
        <translation>%1 (nicht mit der Linie abgeglichen: %2)</translation>
    </message>
    <message>
        <source>station %1, attempt #%2 on %3</source>
        <translation>Station %1, Versuch #%2 am %3</translation>
    </message>
    <message>
        <source>%1: rework of the device that passed on %2</source>
        <translation>%1: Nacharbeit des Geräts, das auf %2 erfolgreich war</translation>
    </message>
    <message>
        <source>making the device certificate took too long</source>
        <translation>das Erstellen des Gerätezertifikats dauerte zu lange</translation>
    </message>
    <message>
        <source>making the device&apos;s identity in Azure</source>
        <translation>die Identität des Geräts wird in Azure angelegt</translation>
    </message>
    <message>
        <source>Azure did not make the identity of %1: %2</source>
        <translation>Azure hat die Identität von %1 nicht angelegt: %2</translation>
    </message>
    <message>
        <source>asking the hub whether it saw the device</source>
        <translation>der Hub wird gefragt, ob er das Gerät gesehen hat</translation>
    </message>
    <message>
        <source>the identity template needs a {seq} number and the results database gave none</source>
        <translation>die Identitätsvorlage braucht eine {seq}-Nummer, und die Ergebnisdatenbank hat keine vergeben</translation>
    </message>
    <message>
        <source>the field network&apos;s passphrase: %1</source>
        <translation>die Passphrase des Feldnetzwerks: %1</translation>
    </message>
    <message>
        <source>leaving the line network and storing the field network %1 for the customer</source>
        <translation>Liniennetzwerk wird verlassen, Feldnetzwerk %1 wird für den Kunden gespeichert</translation>
    </message>
    <message>
        <source>%1 stored in configuration %2 with activation at start-up; the line network was reset</source>
        <translation>%1 in Konfiguration %2 mit Aktivierung beim Start gespeichert; das Liniennetzwerk wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>reading back the Wi-Fi configurations the module kept</source>
        <translation>die vom Modul behaltenen WLAN-Konfigurationen werden zurückgelesen</translation>
    </message>
    <message>
        <source>configuration %1 holds the SSID &quot;%2&quot;, not the field network %3</source>
        <translation>Konfiguration %1 enthält die SSID „%2“, nicht das Feldnetzwerk %3</translation>
    </message>
    <message>
        <source>configuration %1 is not activated at start-up</source>
        <translation>Konfiguration %1 wird beim Start nicht aktiviert</translation>
    </message>
    <message>
        <source>configuration %1 has authentication %2, expected %3</source>
        <translation>Konfiguration %1 hat Authentifizierung %2, erwartet %3</translation>
    </message>
    <message>
        <source>the line network %1 is still stored in configuration %2</source>
        <translation>das Liniennetzwerk %1 ist noch in Konfiguration %2 gespeichert</translation>
    </message>
    <message>
        <source>configuration %1 is still activated at start-up</source>
        <translation>Konfiguration %1 wird beim Start noch aktiviert</translation>
    </message>
    <message>
        <source>the module did not keep the Wi-Fi settings it was given: %1</source>
        <translation>das Modul hat die übergebenen WLAN-Einstellungen nicht behalten: %1</translation>
    </message>
    <message>
        <source>configuration %1: %2, activated at start-up; the line network is not kept</source>
        <translation>Konfiguration %1: %2, beim Start aktiviert; das Liniennetzwerk wird nicht behalten</translation>
    </message>
    <message>
        <source>cannot check the device ID %1 against the line&apos;s record: %2</source>
        <translation>die Geräte-ID %1 kann nicht mit den Aufzeichnungen der Linie abgeglichen werden: %2</translation>
    </message>
    <message>
        <source>the device ID %1 already passed on %2: the profile refuses duplicates (identity.onDuplicate is &quot;refuse&quot;)</source>
        <translation>die Geräte-ID %1 war bereits erfolgreich auf %2: das Profil lehnt Duplikate ab (identity.onDuplicate ist &quot;refuse&quot;)</translation>
    </message>
    <message>
        <source>the device ID &quot;%1&quot; from the template is not usable: %2</source>
        <translation>die Geräte-ID „%1“ aus der Vorlage ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>starting to join the line network %1 for the test (it is not left on the module)</source>
        <translation>Verbindung mit dem Liniennetz %1 für den Test wird eingeleitet (es bleibt nicht auf dem Modul)</translation>
    </message>
    <message>
        <source>starting to join the Wi-Fi network %1</source>
        <translation>Verbindung mit dem WLAN %1 wird eingeleitet</translation>
    </message>
    <message>
        <source>joining while the certificates go up</source>
        <translation>Verbindungsaufbau läuft, während die Zertifikate hochgeladen werden</translation>
    </message>
    <message>
        <source>saving the Wi-Fi settings on the module</source>
        <translation>die WLAN-Einstellungen werden auf dem Modul gespeichert</translation>
    </message>
    <message>
        <source>it was still in Extended Data Mode from an earlier session and was restarted</source>
        <translation>es war noch aus einer früheren Sitzung im Extended Data Mode und wurde neu gestartet</translation>
    </message>
    <message>
        <source>already on the module: %1</source>
        <translation>bereits auf dem Modul: %1</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>the station&apos;s check of %1 did not finish</source>
        <translation>die Prüfung von %1 durch die Station wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1; the station checked: %2</source>
        <translation>%1; die Station hat geprüft: %2</translation>
    </message>
    <message>
        <source>%1, although %2 accepts the device when the station connects</source>
        <translation>%1, obwohl %2 das Gerät annimmt, wenn die Station sich verbindet</translation>
    </message>
    <message>
        <source>%1, but %2 accepts the device from the station: the module&apos;s network does not reach it (a firewall or proxy between the module&apos;s Wi-Fi and Azure?)</source>
        <translation>%1, aber %2 nimmt das Gerät von der Station aus an: Das Netzwerk des Moduls erreicht es nicht (eine Firewall oder ein Proxy zwischen dem WLAN des Moduls und Azure?)</translation>
    </message>
    <message>
        <source>DPS closed the connection before it answered</source>
        <translation>DPS hat die Verbindung geschlossen, bevor es geantwortet hat</translation>
    </message>
    <message>
        <source>not connecting to the IoT Hub %1</source>
        <translation>keine Verbindung zum IoT Hub %1</translation>
    </message>
    <message>
        <source>the job ends at the assignment (options.connectHub is off)</source>
        <translation>der Auftrag endet bei der Zuweisung (options.connectHub ist aus)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos; is not set in the system keychain (service &apos;%2&apos;): store it there, or give --secret %1=env:VAR</source>
        <translation>das Geheimnis „%1“ ist im System-Schlüsselbund nicht gesetzt (Dienst „%2“): Speichern Sie es dort oder geben Sie --secret %1=env:VAR an</translation>
    </message>
    <message>
        <source>the system keychain refused access to the secret &apos;%1&apos; (%2): unlock the keyring (log in to the desktop session) and try again</source>
        <translation>der System-Schlüsselbund hat den Zugriff auf das Geheimnis „%1“ verweigert (%2): Entsperren Sie den Schlüsselbund (melden Sie sich an der Desktop-Sitzung an) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the system keychain could not remove the secret &apos;%1&apos;: %2</source>
        <translation>der System-Schlüsselbund konnte das Geheimnis „%1“ nicht entfernen: %2</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1): run the station in a desktop session with a keyring, or give --secret %2=env:VAR or --secret %2=file:PATH</source>
        <translation>der System-Schlüsselbund ist nicht verfügbar (%1): Starten Sie die Station in einer Desktop-Sitzung mit Schlüsselbund oder geben Sie --secret %2=env:VAR bzw. --secret %2=file:PATH an</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s (is it locked, waiting for a password prompt?): unlock it, or give --secret %2=env:VAR</source>
        <translation>der System-Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt und wartet auf eine Passwortabfrage?): Entsperren Sie ihn oder geben Sie --secret %2=env:VAR an</translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <source>Type the file to save the label to (.png, .pdf or .zpl).</source>
        <translation>Geben Sie die Datei ein, in die das Etikett gespeichert wird (.png, .pdf oder .zpl).</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Gedruckt auf %1.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>&amp;Print a label for every module that passes</source>
        <translation>&amp;Etikett für jedes Modul mit OK drucken</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Text &amp;lines:</source>
        <translation>Te&amp;xtzeilen:</translation>
    </message>
    <message>
        <source>&amp;QR code:</source>
        <translation>&amp;QR-Code:</translation>
    </message>
    <message>
        <source>Save to a &amp;file:</source>
        <translation>In &amp;Datei speichern:</translation>
    </message>
    <message>
        <source>tcp://HOST:9100, file:labels/{device_id}.pdf or cups:QUEUE</source>
        <translation>tcp://HOST:9100, file:labels/{device_id}.pdf oder cups:QUEUE</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Dots per inch of the printer&apos;s head</source>
        <translation>Punkte pro Zoll des Druckkopfs</translation>
    </message>
    <message>
        <source>one line of the label per line, e.g. MAC {mac}</source>
        <translation>eine Etikettenzeile pro Zeile, z. B. MAC {mac}</translation>
    </message>
    <message>
        <source>the QR code&apos;s text, e.g. {device_id}; empty: no QR code</source>
        <translation>der Text des QR-Codes, z. B. {device_id}; leer: kein QR-Code</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>a .png, .pdf or .zpl file</source>
        <translation>eine .png-, .pdf- oder .zpl-Datei</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Print a test la&amp;bel</source>
        <translation>&amp;Testetikett drucken</translation>
    </message>
    <message>
        <source>%1 × %2 mm at %3 dpi (%4 × %5 dots), sample data</source>
        <translation>%1 × %2 mm bei %3 dpi (%4 × %5 Punkte), Beispieldaten</translation>
    </message>
    <message>
        <source>Type a target first (tcp://HOST:9100, file:PATH or cups:QUEUE).</source>
        <translation>Geben Sie zuerst ein Ziel ein (tcp://HOST:9100, file:PATH oder cups:QUEUE).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt …</translation>
    </message>
</context>
<context>
    <name>LayeredSecretStore</name>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot store the secret &apos;%1&apos;: no writable secret store (%2)</source>
        <translation>das Geheimnis „%1“ kann nicht gespeichert werden: kein beschreibbarer Geheimnisspeicher (%2)</translation>
    </message>
    <message>
        <source>cannot remove the secret &apos;%1&apos;: no writable secret store (%2)</source>
        <translation>das Geheimnis „%1“ kann nicht entfernt werden: kein beschreibbarer Geheimnisspeicher (%2)</translation>
    </message>
</context>
<context>
    <name>LedgerEntry</name>
    <message>
        <source>the field &quot;%1&quot; is missing or not text</source>
        <translation>das Feld „%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or not a whole number</source>
        <translation>das Feld „%1“ fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>it has %1 fields instead of 15</source>
        <translation>er hat %1 Felder statt 15</translation>
    </message>
</context>
<context>
    <name>LedgerFile</name>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>das ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>this is not a ledger export of the station (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>das ist kein Export des Ausstellungsregisters der Station („format“ ist nicht &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>version %1 of the format is not known to this station (it reads %2)</source>
        <translation>Version %1 des Formats ist dieser Station unbekannt (sie liest %2)</translation>
    </message>
    <message>
        <source>a field is missing, added or of the wrong kind</source>
        <translation>ein Feld fehlt, ist hinzugefügt oder hat die falsche Art</translation>
    </message>
    <message>
        <source>its hash does not match its fields (a field was changed)</source>
        <translation>sein Hash passt nicht zu seinen Feldern (ein Feld wurde geändert)</translation>
    </message>
    <message>
        <source>it is not written as the station writes it (a changed character)</source>
        <translation>er ist nicht so geschrieben, wie die Station ihn schreibt (ein geändertes Zeichen)</translation>
    </message>
    <message>
        <source>entry %1 of the ledger in %2: %3</source>
        <translation>Eintrag %1 des Ausstellungsregisters in %2: %3</translation>
    </message>
    <message>
        <source>the header (line 1): %1</source>
        <translation>die Kopfzeile (Zeile 1): %1</translation>
    </message>
    <message>
        <source>entry %1 (line %2): %3</source>
        <translation>Eintrag %1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>entry %1 is missing: %2</source>
        <translation>Eintrag %1 fehlt: %2</translation>
    </message>
    <message>
        <source>the signature: %1</source>
        <translation>die Signatur: %1</translation>
    </message>
    <message>
        <source>it says it is entry %1</source>
        <translation>er gibt sich als Eintrag %1 aus</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (its previous hash is not that entry&apos;s hash)</source>
        <translation>er folgt nicht auf den Eintrag davor (sein vorheriger Hash ist nicht der Hash jenes Eintrags)</translation>
    </message>
    <message>
        <source>the signing key is missing or has no private part</source>
        <translation>der signierende Schlüssel fehlt oder hat keinen privaten Teil</translation>
    </message>
    <message>
        <source>the signing key is %1: the ledger is signed with an RSA or EC key, which `openssl dgst -sha256 -verify` checks</source>
        <translation>der signierende Schlüssel ist %1: das Ausstellungsregister wird mit einem RSA- oder EC-Schlüssel signiert, den `openssl dgst -sha256 -verify` prüft</translation>
    </message>
    <message>
        <source>the ledger is not signed, its chain is broken: %1</source>
        <translation>das Ausstellungsregister wird nicht signiert, seine Kette ist unterbrochen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the key cannot sign with SHA-256</source>
        <translation>der Schlüssel kann nicht mit SHA-256 signieren</translation>
    </message>
    <message>
        <source>the ledger changed while it was exported: export it again</source>
        <translation>das Ausstellungsregister hat sich während des Exports geändert: exportieren Sie es erneut</translation>
    </message>
    <message>
        <source>the key did not sign the export (a token that was removed, or a PIN that expired?)</source>
        <translation>der Schlüssel hat den Export nicht signiert (ein entferntes Token oder eine abgelaufene PIN?)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no readable signature file %1 beside the export (%2)</source>
        <translation>neben dem Export liegt keine lesbare Signaturdatei %1 (%2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it does not end with a line break (the file was cut or changed)</source>
        <translation>sie endet nicht mit einem Zeilenumbruch (die Datei wurde gekürzt oder geändert)</translation>
    </message>
    <message>
        <source>the signer&apos;s public key cannot be read: %1</source>
        <translation>der öffentliche Schlüssel des Unterzeichners kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the export names another signer (key SHA-256 %1) than the certificate %2</source>
        <translation>der Export nennt einen anderen Unterzeichner (Schlüssel-SHA-256 %1) als das Zertifikat %2</translation>
    </message>
    <message>
        <source>the signer&apos;s key cannot check a SHA-256 signature</source>
        <translation>der Schlüssel des Unterzeichners kann keine SHA-256-Signatur prüfen</translation>
    </message>
    <message>
        <source>the header announces only %1 entries: this one was added</source>
        <translation>die Kopfzeile kündigt nur %1 Einträge an: dieser wurde hinzugefügt</translation>
    </message>
    <message>
        <source>the file ends after entry %1, its header announces %2</source>
        <translation>die Datei endet nach Eintrag %1, ihre Kopfzeile kündigt %2 an</translation>
    </message>
    <message>
        <source>its head hash is not the last entry&apos;s hash</source>
        <translation>ihr Kopf-Hash ist nicht der Hash des letzten Eintrags</translation>
    </message>
    <message>
        <source>the signature file is empty</source>
        <translation>die Signaturdatei ist leer</translation>
    </message>
    <message>
        <source>it does not match the file (the file or the signature was changed)</source>
        <translation>sie passt nicht zur Datei (die Datei oder die Signatur wurde geändert)</translation>
    </message>
    <message>
        <source>it does not match the file and the certificate %1 (the file or the signature was changed)</source>
        <translation>sie passt nicht zur Datei und zum Zertifikat %1 (die Datei oder die Signatur wurde geändert)</translation>
    </message>
</context>
<context>
    <name>LineStatsView</name>
    <message>
        <source>All stations</source>
        <translation>Alle Stationen</translation>
    </message>
    <message>
        <source>last %1 hours</source>
        <translation>letzte %1 Stunden</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Cannot read the line&apos;s figures: %1</source>
        <translation>Die Kennzahlen der Linie können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(no station id)</source>
        <translation>(keine Stations-ID)</translation>
    </message>
    <message>
        <source>%1 attempts, %2 passed · %3 modules/hour · first-pass yield %4</source>
        <translation>%1 Versuche, %2 OK · %3 Module/Stunde · Erstausbeute %4</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>St&amp;ation:</source>
        <translation>Stat&amp;ion:</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>St&amp;unden:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Results database: %1</source>
        <translation>Ergebnisdatenbank: %1</translation>
    </message>
    <message>
        <source>About Provisioning Station</source>
        <translation>Über Provisioning Station</translation>
    </message>
    <message>
        <source>Provisioning Station %1
u-blox u-connectXpress modules to Azure IoT.</source>
        <translation>Provisioning Station %1
u-blox-u-connectXpress-Module für Azure IoT.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Profil ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>&amp;Operator (locked profile)</source>
        <translation>&amp;Bediener (Profil gesperrt)</translation>
    </message>
    <message>
        <source>&amp;Engineer…</source>
        <translation>&amp;Techniker…</translation>
    </message>
    <message>
        <source>&amp;Certificate tools…</source>
        <translation>&amp;Zertifikatswerkzeuge…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Traffic &amp;inspector</source>
        <translation>Datenverkehr-&amp;Inspektor</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Provisionierung</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>S&amp;tation</translation>
    </message>
    <message>
        <source>Traffic inspector</source>
        <translation>Datenverkehr-Inspektor</translation>
    </message>
    <message>
        <source>Engineer mode</source>
        <translation>Technikermodus</translation>
    </message>
    <message>
        <source>Operator mode (profile locked)</source>
        <translation>Bedienermodus (Profil gesperrt)</translation>
    </message>
    <message>
        <source>(unnamed profile)</source>
        <translation>(unbenanntes Profil)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Engineer mode: the profile can be edited.</source>
        <translation>Technikermodus: Das Profil kann bearbeitet werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Station profiles (*.json);;All files (*)</source>
        <translation>Stationsprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>wizard</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Last module (%1): PASS, %2</source>
        <translation>Letztes Modul (%1): OK, %2</translation>
    </message>
    <message>
        <source>Last module (%1): FAIL, %2</source>
        <translation>Letztes Modul (%1): FEHLER, %2</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save profile &amp;as…</source>
        <translation>Profil speichern &amp;unter…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>%1[*] — Provisioning Station</source>
        <translation>%1[*] — Provisioning Station</translation>
    </message>
    <message>
        <source>Profile: %1 (not saved)</source>
        <translation>Profil: %1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>Nicht gespeichertes Profil</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved.</source>
        <translation>Das Profil „%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Sollen sie vor dem Fortfahren gespeichert werden?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>the page&apos;s main action: Next, Start, Next module after PASS, Retry after FAIL</source>
        <translation>Hauptaktion der Seite: Weiter, Starten, Nächstes Modul nach OK, Wiederholen nach FEHLER</translation>
    </message>
    <message>
        <source>start (Provision page); start all (Station)</source>
        <translation>Starten (Seite „Provisionierung“); Alle starten (Station)</translation>
    </message>
    <message>
        <source>stop all (Station)</source>
        <translation>Alle stoppen (Station)</translation>
    </message>
    <message>
        <source>help for the wizard page</source>
        <translation>Hilfe zur Assistentenseite</translation>
    </message>
    <message>
        <source>next / back in the wizard</source>
        <translation>Weiter / Zurück im Assistenten</translation>
    </message>
    <message>
        <source>open a profile (engineer)</source>
        <translation>Profil öffnen (Techniker)</translation>
    </message>
    <message>
        <source>save the profile (engineer)</source>
        <translation>Profil speichern (Techniker)</translation>
    </message>
    <message>
        <source>engineer / operator mode</source>
        <translation>Techniker- / Bedienermodus</translation>
    </message>
    <message>
        <source>traffic inspector</source>
        <translation>Datenverkehr-Inspektor</translation>
    </message>
    <message>
        <source>certificate tools</source>
        <translation>Zertifikatswerkzeuge</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not part of this build.</source>
        <translation>Das Benutzerhandbuch ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>The label of %1 was not printed: %2</source>
        <translation>Das Etikett für %1 wurde nicht gedruckt: %2</translation>
    </message>
    <message>
        <source>&amp;Label and preview…</source>
        <translation>&amp;Etikett und Vorschau …</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message>
        <source>&amp;Station and results…</source>
        <translation>Station und &amp;Ergebnisse…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>ModuleLink</name>
    <message>
        <source>skipped %1 bytes at offset %2 (%3)</source>
        <translation>%1 Bytes an Offset %2 übersprungen (%3)</translation>
    </message>
    <message>
        <source>port %1 opened</source>
        <translation>Port %1 geöffnet</translation>
    </message>
    <message>
        <source>the link was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>port %1 closed</source>
        <translation>Port %1 geschlossen</translation>
    </message>
    <message>
        <source>the port is not open</source>
        <translation>der Port ist nicht geöffnet</translation>
    </message>
    <message>
        <source>find the module&apos;s mode</source>
        <translation>Modus des Moduls ermitteln</translation>
    </message>
    <message>
        <source>enter EDM</source>
        <translation>EDM aktivieren</translation>
    </message>
    <message>
        <source>wait for the module to start</source>
        <translation>auf den Start des Moduls warten</translation>
    </message>
    <message>
        <source>probe for command mode</source>
        <translation>auf Befehlsmodus prüfen</translation>
    </message>
    <message>
        <source>EDM probe: at_request AT\r</source>
        <translation>EDM-Probe: at_request AT\r</translation>
    </message>
    <message>
        <source>escape sequence +++</source>
        <translation>Escape-Sequenz +++</translation>
    </message>
    <message>
        <source>enter EDM (ATO2)</source>
        <translation>EDM aktivieren (ATO2)</translation>
    </message>
    <message>
        <source>no answer to %1 within %2 ms</source>
        <translation>keine Antwort auf %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>no answer to ATO2 within %1 ms</source>
        <translation>keine Antwort auf ATO2 innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the module did not send the EDM start event after ATO2</source>
        <translation>das Modul hat nach ATO2 kein EDM-Startereignis gesendet</translation>
    </message>
    <message>
        <source>the module did not start within %1 ms</source>
        <translation>das Modul ist nicht innerhalb von %1 ms gestartet</translation>
    </message>
    <message>
        <source>%1 ch %2 (%3 B) %4</source>
        <translation>%1 Kanal %2 (%3 B) %4</translation>
    </message>
    <message>
        <source>%1 ch %2</source>
        <translation>%1 Kanal %2</translation>
    </message>
    <message>
        <source>%1: the module answered OK without asking for the data</source>
        <translation>%1: Das Modul hat OK geantwortet, ohne nach den Daten zu fragen</translation>
    </message>
    <message>
        <source>the module answered ERROR to %1</source>
        <translation>das Modul hat auf %1 mit ERROR geantwortet</translation>
    </message>
    <message>
        <source>the module answered ERROR to ATO2</source>
        <translation>das Modul hat auf ATO2 mit ERROR geantwortet</translation>
    </message>
    <message>
        <source>the module restarted during %1</source>
        <translation>das Modul wurde während %1 neu gestartet</translation>
    </message>
    <message>
        <source>upload of %1 bytes (secret, not shown)</source>
        <translation>Upload von %1 Bytes (geheim, nicht angezeigt)</translation>
    </message>
    <message>
        <source>upload of %1 bytes</source>
        <translation>Upload von %1 Bytes</translation>
    </message>
    <message>
        <source>cannot write to %1: the port is gone</source>
        <translation>%1 kann nicht beschrieben werden: Der Port ist weg</translation>
    </message>
    <message>
        <source>data can only be sent on a channel in EDM</source>
        <translation>Daten können nur im EDM auf einem Kanal gesendet werden</translation>
    </message>
    <message>
        <source>data_command ch %1 (%2 B) %3</source>
        <translation>data_command Kanal %1 (%2 B) %3</translation>
    </message>
    <message>
        <source>the port is gone</source>
        <translation>der Port ist weg</translation>
    </message>
    <message>
        <source>probe for command mode again</source>
        <translation>erneut auf Befehlsmodus prüfen</translation>
    </message>
    <message>
        <source>%1 carriage returns to finish an upload left half-way</source>
        <translation>%1 Wagenrückläufe, um einen abgebrochenen Upload abzuschließen</translation>
    </message>
    <message>
        <source>%1 did not send the bytes of %2 in time (is hardware flow control holding the line?)</source>
        <translation>%1 hat die Bytes von %2 nicht rechtzeitig gesendet (hält die Hardware-Flusssteuerung die Leitung an?)</translation>
    </message>
    <message>
        <source>the module on %1 does not answer (tried AT, an EDM probe, the +++ escape and finishing an interrupted upload)</source>
        <translation>das Modul an %1 antwortet nicht (versucht wurden AT, eine EDM-Probe, die Escape-Sequenz +++ und das Abschließen eines unterbrochenen Uploads)</translation>
    </message>
    <message>
        <source>%1 bytes left over from an earlier session were discarded</source>
        <translation>%1 Bytes aus einer früheren Sitzung wurden verworfen</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot;: it came before the echo of ATO2</source>
        <translation>„%1“ ignoriert: kam vor dem Echo von ATO2</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot;: it came before the echo of %2</source>
        <translation>„%1“ ignoriert: kam vor dem Echo von %2</translation>
    </message>
    <message>
        <source>ignored an OK without %1: left over from an earlier command</source>
        <translation>ein OK ohne %1 ignoriert: Rest eines früheren Befehls</translation>
    </message>
    <message>
        <source>an answer inside an EDM frame is no answer to AT: probing in EDM</source>
        <translation>eine Antwort in einem EDM-Frame ist keine Antwort auf AT: Es wird im EDM geprüft</translation>
    </message>
    <message>
        <source>peer %1 connected without a connect event: asking the module to repeat them</source>
        <translation>Peer %1 wurde ohne Verbindungsereignis verbunden: Das Modul wird gebeten, die Ereignisse zu wiederholen</translation>
    </message>
    <message>
        <source>resend connect events</source>
        <translation>Verbindungsereignisse erneut senden</translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <source>port closed</source>
        <translation>Port geschlossen</translation>
    </message>
    <message>
        <source>finding the mode</source>
        <translation>Modus wird ermittelt</translation>
    </message>
    <message>
        <source>command mode</source>
        <translation>Befehlsmodus</translation>
    </message>
    <message>
        <source>extended data mode (EDM)</source>
        <translation>Extended Data Mode (EDM)</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>Neustart läuft</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>disconnected: %1</source>
        <translation>getrennt: %1</translation>
    </message>
    <message>
        <source>connected, waiting for an IP address</source>
        <translation>verbunden, wartet auf eine IP-Adresse</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>MD5 matches</source>
        <translation>MD5 stimmt überein</translation>
    </message>
    <message>
        <source>MD5 differs from what was sent</source>
        <translation>MD5 weicht vom Gesendeten ab</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>What the station does besides provisioning, how long it waits, and how often it tries again.</source>
        <translation>Was die Station außer der Provisionierung tut, wie lange sie wartet und wie oft sie es erneut versucht.</translation>
    </message>
    <message>
        <source>Send a test messa&amp;ge to the hub</source>
        <translation>Testnachricht an den Hub &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Wait for a cloud-to-device message</source>
        <translation>Auf eine &amp;Cloud-zu-Gerät-Nachricht warten</translation>
    </message>
    <message>
        <source>Fa&amp;ctory reset the module first</source>
        <translation>Zuerst einen Werks&amp;reset des Moduls ausführen</translation>
    </message>
    <message>
        <source>Restart the module when &amp;done</source>
        <translation>Modul zum Schluss &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;USB filter for auto-start:</source>
        <translation>&amp;USB-Filter für den automatischen Start:</translation>
    </message>
    <message>
        <source>VID:PID such as 1546:0504 or 1546:*; empty: any port</source>
        <translation>VID:PID wie 1546:0504 oder 1546:*; leer: jeder Port</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fristen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tries after a failure&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wiederholungen nach einem Fehler&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A command:</source>
        <translation>Ein Befehl:</translation>
    </message>
    <message>
        <source>A certificate upload:</source>
        <translation>Ein Zertifikats-Upload:</translation>
    </message>
    <message>
        <source>Start-up after a restart:</source>
        <translation>Hochfahren nach einem Neustart:</translation>
    </message>
    <message>
        <source>Joining Wi-Fi:</source>
        <translation>WLAN-Verbindung:</translation>
    </message>
    <message>
        <source>A cloud connection:</source>
        <translation>Eine Cloud-Verbindung:</translation>
    </message>
    <message>
        <source>One DPS request:</source>
        <translation>Eine DPS-Anfrage:</translation>
    </message>
    <message>
        <source>A cloud-to-device message:</source>
        <translation>Eine Cloud-zu-Gerät-Nachricht:</translation>
    </message>
    <message>
        <source>Commands without an answer:</source>
        <translation>Befehle ohne Antwort:</translation>
    </message>
    <message>
        <source>Joining Wi-Fi again:</source>
        <translation>WLAN-Verbindung erneut:</translation>
    </message>
    <message>
        <source>Cloud connections again:</source>
        <translation>Cloud-Verbindungen erneut:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>USB filter: %1</source>
        <translation>USB-Filter: %1</translation>
    </message>
    <message>
        <source>Off: the job ends when DPS has assigned the device, as u-blox&apos;s own host script does</source>
        <translation>Aus: Der Auftrag endet, sobald DPS das Gerät zugewiesen hat, wie bei u-blox&apos; eigenem Host-Skript</translation>
    </message>
    <message>
        <source>&amp;Keep the Wi-Fi settings on the module</source>
        <translation>WLAN-Einstellungen im Modul &amp;behalten</translation>
    </message>
    <message>
        <source>Without the hub connection a DPS job ends when the device is assigned, as u-blox&apos;s own host does; with it, the test message proves the module can reach its hub and the cloud-to-device wait proves the way back. A factory reset starts from a clean module (slower). Keeping the Wi-Fi settings (AT+UWSCA=0,1) lets the module reconnect after a restart. Deadlines bound every wait; a failed command, Wi-Fi join or cloud connection is tried again as often as set here (a refusal such as a wrong password is never retried). With a USB filter, auto-start makes a slot of every new port that matches.</source>
        <translation>Ohne die Hub-Verbindung endet ein DPS-Auftrag, sobald das Gerät zugewiesen ist, wie bei u-blox&apos; eigenem Host; mit ihr beweist die Testnachricht, dass das Modul seinen Hub erreicht, und das Warten auf eine Cloud-zu-Gerät-Nachricht beweist den Rückweg. Ein Werksreset beginnt mit einem sauberen Modul (langsamer). Behaltene WLAN-Einstellungen (AT+UWSCA=0,1) lassen das Modul nach einem Neustart selbst wieder verbinden. Fristen begrenzen jedes Warten; ein fehlgeschlagener Befehl, eine fehlgeschlagene WLAN-Verbindung oder Cloud-Verbindung wird so oft erneut versucht, wie hier eingestellt (eine Ablehnung wie ein falsches Passwort wird nie wiederholt). Mit einem USB-Filter macht der automatische Start aus jedem neuen passenden Port einen Platz.</translation>
    </message>
    <message>
        <source>Connect to the assigned &amp;IoT Hub after DPS</source>
        <translation>Nach DPS mit dem zugewiesenen &amp;IoT-Hub verbinden</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>dps.idScope: must be set for the %1 flow</source>
        <translation>dps.idScope: muss für den Ablauf %1 gesetzt sein</translation>
    </message>
    <message>
        <source>dps.host: must not be empty</source>
        <translation>dps.host: darf nicht leer sein</translation>
    </message>
    <message>
        <source>hub.host: must be set for the %1 flow</source>
        <translation>hub.host: muss für den Ablauf %1 gesetzt sein</translation>
    </message>
    <message>
        <source>identity.template: must not be empty</source>
        <translation>identity.template: darf nicht leer sein</translation>
    </message>
    <message>
        <source>wifi.ssid: must not be empty</source>
        <translation>wifi.ssid: darf nicht leer sein</translation>
    </message>
    <message>
        <source>wifi.ssid: at most 32 characters</source>
        <translation>wifi.ssid: höchstens 32 Zeichen</translation>
    </message>
    <message>
        <source>wifi.security: must be &quot;wpa2&quot; or &quot;open&quot;</source>
        <translation>wifi.security: muss &quot;wpa2&quot; oder &quot;open&quot; sein</translation>
    </message>
    <message>
        <source>certificates.caCertificate: must name the CA certificate that signs device certificates</source>
        <translation>certificates.caCertificate: muss das CA-Zertifikat angeben, das die Gerätezertifikate signiert</translation>
    </message>
    <message>
        <source>certificates.caKey: must name the CA&apos;s private key file</source>
        <translation>certificates.caKey: muss die Datei mit dem privaten Schlüssel der CA angeben</translation>
    </message>
    <message>
        <source>certificates.folder: must name the folder with &lt;id&gt;.pem and &lt;id&gt;.key.pem</source>
        <translation>certificates.folder: muss den Ordner mit &lt;id&gt;.pem und &lt;id&gt;.key.pem angeben</translation>
    </message>
    <message>
        <source>certificates.policy: must be &quot;generate&quot; or &quot;folder&quot;</source>
        <translation>certificates.policy: muss &quot;generate&quot; oder &quot;folder&quot; sein</translation>
    </message>
    <message>
        <source>certificates: the module store name &quot;%1&quot; must be 1 to 32 characters without , or &quot;</source>
        <translation>certificates: Der Name im Modulspeicher &quot;%1&quot; muss 1 bis 32 Zeichen lang sein, ohne , oder &quot;</translation>
    </message>
    <message>
        <source>trust.roots: at least one root is needed to verify the server</source>
        <translation>trust.roots: Mindestens ein Stammzertifikat wird zur Prüfung des Servers benötigt</translation>
    </message>
    <message>
        <source>format: must be &quot;provstation-profile&quot;</source>
        <translation>format: muss &quot;provstation-profile&quot; sein</translation>
    </message>
    <message>
        <source>version: this station reads version %1, the file says %2</source>
        <translation>version: Diese Station liest Version %1, die Datei gibt %2 an</translation>
    </message>
    <message>
        <source>flow: &quot;%1&quot; is not one of %2</source>
        <translation>flow: &quot;%1&quot; ist keiner von %2</translation>
    </message>
    <message>
        <source>the profile %1 is not valid JSON (at byte %2: %3)</source>
        <translation>das Profil %1 ist kein gültiges JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <source>the profile %1 has errors: %2</source>
        <translation>das Profil %1 enthält Fehler: %2</translation>
    </message>
    <message>
        <source>cannot write the profile %1: %2</source>
        <translation>das Profil %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: must be a list of strings</source>
        <translation>%1: muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>wifi.ssid: a double quote cannot be sent in the module&apos;s AT syntax</source>
        <translation>wifi.ssid: ein doppeltes Anführungszeichen kann in der AT-Syntax des Moduls nicht gesendet werden</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>DPS, X.509 enrollment group (device certificates signed by your CA)</source>
        <translation>DPS, X.509-Registrierungsgruppe (Gerätezertifikate von Ihrer CA signiert)</translation>
    </message>
    <message>
        <source>DPS, symmetric-key enrollment group (keys derived per device)</source>
        <translation>DPS, Registrierungsgruppe mit symmetrischem Schlüssel (Schlüssel pro Gerät abgeleitet)</translation>
    </message>
    <message>
        <source>IoT Hub directly, X.509 device certificate</source>
        <translation>IoT Hub direkt, X.509-Gerätezertifikat</translation>
    </message>
    <message>
        <source>IoT Hub directly, SAS token from a device key</source>
        <translation>IoT Hub direkt, SAS-Token aus einem Geräteschlüssel</translation>
    </message>
    <message>
        <source>DPS, individual X.509 enrollment</source>
        <translation>DPS, individuelle X.509-Registrierung</translation>
    </message>
    <message>
        <source>DPS, individual symmetric-key enrollment</source>
        <translation>DPS, individuelle Registrierung mit symmetrischem Schlüssel</translation>
    </message>
    <message>
        <source>name: at most %1 characters</source>
        <translation>name: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>hub.deviceKeys: must be &quot;shared&quot; or &quot;per-device&quot;</source>
        <translation>hub.deviceKeys: muss „shared“ oder „per-device“ sein</translation>
    </message>
    <message>
        <source>line.usbFilter: %1</source>
        <translation>line.usbFilter: %1</translation>
    </message>
    <message>
        <source>%1 firmware %2 cannot use SAS tokens (the %3 flow needs firmware 3.0 or later)</source>
        <translation>%1 mit Firmware %2 kann keine SAS-Tokens verwenden (der Ablauf %3 braucht Firmware 3.0 oder neuer)</translation>
    </message>
    <message>
        <source>%1 firmware %2 cannot subscribe with &apos;#&apos;, which DPS answers need (the %3 flow needs a newer firmware)</source>
        <translation>%1 mit Firmware %2 kann nicht mit „#“ abonnieren, was die DPS-Antworten erfordern (der Ablauf %3 braucht eine neuere Firmware)</translation>
    </message>
    <message>
        <source>identity.template: %1 is not {seq} or {seq:N} with N from 1 to 18</source>
        <translation>identity.template: %1 ist weder {seq} noch {seq:N} mit N von 1 bis 18</translation>
    </message>
    <message>
        <source>identity.onDuplicate: must be &quot;refuse&quot; or &quot;rework&quot;</source>
        <translation>identity.onDuplicate: muss &quot;refuse&quot; oder &quot;rework&quot; sein</translation>
    </message>
    <message>
        <source>certificates.caKey: %1</source>
        <translation>certificates.caKey: %1</translation>
    </message>
    <message>
        <source>certificates.caKeyPinSecret: must name the secret that holds the token PIN</source>
        <translation>certificates.caKeyPinSecret: muss das Geheimnis angeben, das die Token-PIN enthält</translation>
    </message>
    <message>
        <source>hub.x509Auth: must be &quot;thumbprint&quot; or &quot;ca&quot;</source>
        <translation>hub.x509Auth: muss „thumbprint“ oder „ca“ sein</translation>
    </message>
    <message>
        <source>dps.enrollmentGroupId: must name the enrollment group</source>
        <translation>dps.enrollmentGroupId: muss die Registrierungsgruppe benennen</translation>
    </message>
    <message>
        <source>label: must be an object</source>
        <translation>label: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>wifi.field.ssid: at most 32 characters</source>
        <translation>wifi.field.ssid: höchstens 32 Zeichen</translation>
    </message>
    <message>
        <source>wifi.field.ssid: a double quote cannot be sent in the module&apos;s AT syntax</source>
        <translation>wifi.field.ssid: ein doppeltes Anführungszeichen kann in der AT-Syntax des Moduls nicht gesendet werden</translation>
    </message>
    <message>
        <source>wifi.field.ssid: must differ from the line network (wifi.ssid), which is not left on the module</source>
        <translation>wifi.field.ssid: muss sich vom Liniennetzwerk (wifi.ssid) unterscheiden, das nicht auf dem Modul bleibt</translation>
    </message>
    <message>
        <source>wifi.field.security: must be &quot;wpa2&quot; or &quot;open&quot;</source>
        <translation>wifi.field.security: muss &quot;wpa2&quot; oder &quot;open&quot; sein</translation>
    </message>
    <message>
        <source>wifi.field.passphraseSecret: must name the secret that holds the field network&apos;s passphrase</source>
        <translation>wifi.field.passphraseSecret: muss das Geheimnis nennen, das die Passphrase des Feldnetzwerks enthält</translation>
    </message>
    <message>
        <source>wifi.field.configId: must be a whole number from 1 to 9 (0 is the line network&apos;s)</source>
        <translation>wifi.field.configId: muss eine ganze Zahl von 1 bis 9 sein (0 gehört dem Liniennetzwerk)</translation>
    </message>
    <message>
        <source>wifi.field: needs options.persist, or the module forgets the field network at its next start</source>
        <translation>wifi.field: erfordert options.persist, sonst vergisst das Modul das Feldnetzwerk beim nächsten Start</translation>
    </message>
    <message>
        <source>wifi.field.ssid: must not be empty (leave out wifi.field when there is no field network)</source>
        <translation>wifi.field.ssid: darf nicht leer sein (lassen Sie wifi.field weg, wenn es kein Feldnetzwerk gibt)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>certificates.caKey: the CA key %1 is stored without a passphrase (ca-key-unencrypted); whoever can read it can issue certificates that Azure trusts</source>
        <translation>certificates.caKey: Der CA-Schlüssel %1 ist ohne Passphrase gespeichert (ca-key-unencrypted); wer ihn lesen kann, kann Zertifikate ausstellen, denen Azure vertraut</translation>
    </message>
    <message>
        <source>the profile %1 is a JSON array, not an object ({&quot;format&quot;: &quot;provstation-profile&quot;, …})</source>
        <translation>das Profil %1 ist ein JSON-Array, kein Objekt ({&quot;format&quot;: &quot;provstation-profile&quot;, …})</translation>
    </message>
    <message>
        <source>options.uploadBaud: 0 (stay at the line&apos;s rate) or 9600 to 5250000 baud</source>
        <translation>options.uploadBaud: 0 (bei der Baudrate der Leitung bleiben) oder 9600 bis 5250000 Baud</translation>
    </message>
    <message>
        <source>options.connectHub: a hub flow always connects to the hub; only DPS flows can end at the assignment</source>
        <translation>options.connectHub: Ein Hub-Ablauf verbindet sich immer mit dem Hub; nur DPS-Abläufe können bei der Zuweisung enden</translation>
    </message>
    <message>
        <source>options.testTelemetry: the test message goes to the hub, so it needs options.connectHub</source>
        <translation>options.testTelemetry: Die Testnachricht geht an den Hub und braucht daher options.connectHub</translation>
    </message>
    <message>
        <source>options.waitCloudToDevice: the message comes from the hub, so it needs options.connectHub</source>
        <translation>options.waitCloudToDevice: Die Nachricht kommt vom Hub und braucht daher options.connectHub</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>Provision</source>
        <translation>Provisionierung</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Log of this module</source>
        <translation>Protokoll dieses Moduls</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or a typed path</source>
        <translation>/dev/ttyUSB0 oder ein eingegebener Pfad</translation>
    </message>
    <message>
        <source>Choose or type the module&apos;s port.</source>
        <translation>Wählen Sie den Port des Moduls oder geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>The module on this port cannot run the profile: %1</source>
        <translation>Das Modul an diesem Port kann das Profil nicht ausführen: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 ms) %4</source>
        <translation>%1 %2 (%3 ms) %4</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <source>Plug in the module, choose its port and press Start (Enter or F5).</source>
        <translation>Schließen Sie das Modul an, wählen Sie seinen Port und drücken Sie „Starten“ (Eingabetaste oder F5).</translation>
    </message>
    <message>
        <source>Mod&amp;ule port:</source>
        <translation>Modulp&amp;ort:</translation>
    </message>
    <message>
        <source>Seria&amp;l:</source>
        <translation>Se&amp;riennummer:</translation>
    </message>
    <message>
        <source>scan or type, when the ID uses {serial}</source>
        <translation>scannen oder eingeben, wenn die ID {serial} verwendet</translation>
    </message>
    <message>
        <source>%1 is busy with another job.</source>
        <translation>%1 wird gerade von einem anderen Auftrag verwendet.</translation>
    </message>
    <message>
        <source>The results database is not ready: %1</source>
        <translation>Die Ergebnisdatenbank ist nicht bereit: %1</translation>
    </message>
    <message>
        <source>still opening</source>
        <translation>wird noch geöffnet</translation>
    </message>
    <message>
        <source>Started on %1 with the profile &quot;%2&quot;.</source>
        <translation>Gestartet an %1 mit dem Profil „%2“.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Choose the port the module is on (type the path when it is not listed) and press Start (Alt+S, Enter or F5). When the ID uses {serial}, scan the module&apos;s serial first. The steps show what the station is doing; the panel shows what it knows about the module. When it finishes, the result page opens by itself.</source>
        <translation>Wählen Sie den Port, an dem das Modul hängt (geben Sie den Pfad ein, wenn er nicht aufgeführt ist), und drücken Sie „Starten“ (Alt+S, Eingabetaste oder F5). Wenn die ID {serial} verwendet, scannen Sie zuerst die Seriennummer des Moduls. Die Schritte zeigen, was die Station gerade tut; das Feld zeigt, was sie über das Modul weiß. Wenn sie fertig ist, öffnet sich die Ergebnisseite von selbst.</translation>
    </message>
</context>
<context>
    <name>ProvisioningWizard</name>
    <message>
        <source>Provision a module</source>
        <translation>Modul provisionieren</translation>
    </message>
    <message>
        <source>Press Start first.</source>
        <translation>Drücken Sie zuerst „Starten“.</translation>
    </message>
    <message>
        <source>Page help (F1)</source>
        <translation>Seitenhilfe (F1)</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What happened to this module.</source>
        <translation>Was mit diesem Modul geschehen ist.</translation>
    </message>
    <message>
        <source>Assigned hub:</source>
        <translation>Zugewiesener Hub:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>Registration ID:</source>
        <translation>Registrierungs-ID:</translation>
    </message>
    <message>
        <source>Substatus:</source>
        <translation>Substatus:</translation>
    </message>
    <message>
        <source>Operation ID:</source>
        <translation>Vorgangs-ID:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Zeiten:</translation>
    </message>
    <message>
        <source>&amp;Next module</source>
        <translation>&amp;Nächstes Modul</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>The module is provisioned.</source>
        <translation>Das Modul ist provisioniert.</translation>
    </message>
    <message>
        <source>started %1, finished %2, %3 s</source>
        <translation>gestartet %1, beendet %2, %3 s</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run the same module again (Enter)</source>
        <translation>Dasselbe Modul noch einmal durchlaufen lassen (Eingabetaste)</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ FEHLER</translation>
    </message>
    <message>
        <source>PASS means the module joined Wi-Fi, registered and sent its test message; its ID and hub are shown. FAIL names the cause in words: fix it (for example the Wi-Fi password) and press Retry, or Next module to go on with another module. Enter presses Next module after a PASS and Retry after a FAIL.</source>
        <translation>OK bedeutet: Das Modul hat sich mit dem WLAN verbunden, sich registriert und seine Testnachricht gesendet; seine ID und sein Hub werden angezeigt. FEHLER nennt die Ursache in Worten: Beheben Sie sie (zum Beispiel das WLAN-Passwort) und drücken Sie „Wiederholen“ – oder „Nächstes Modul“, um mit einem anderen Modul weiterzumachen. Die Eingabetaste drückt nach OK „Nächstes Modul“ und nach FEHLER „Wiederholen“.</translation>
    </message>
</context>
<context>
    <name>ResultStore</name>
    <message>
        <source>the SQLite driver for Qt (QSQLITE) is missing: install the package libqt6sql6-sqlite</source>
        <translation>der SQLite-Treiber für Qt (QSQLITE) fehlt: Installieren Sie das Paket libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the results database: check that the path exists and is writable, or choose another location</source>
        <translation>der Ordner %1 für die Ergebnisdatenbank kann nicht angelegt werden: Prüfen Sie, ob der Pfad existiert und beschreibbar ist, oder wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>cannot open the results database %1: %2</source>
        <translation>die Ergebnisdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot use the results database %1 (the file or its folder is not writable, or the file is not an SQLite database): %2</source>
        <translation>die Ergebnisdatenbank %1 kann nicht verwendet werden (die Datei oder ihr Ordner ist nicht beschreibbar, oder die Datei ist keine SQLite-Datenbank): %2</translation>
    </message>
    <message>
        <source>cannot prepare the results database %1: %2</source>
        <translation>die Ergebnisdatenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>the results database is not open</source>
        <translation>die Ergebnisdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot record the start of an attempt in %1: %2</source>
        <translation>der Beginn eines Versuchs kann nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>cannot record the end of an attempt that was never begun (no result id)</source>
        <translation>das Ende eines nie begonnenen Versuchs kann nicht aufgezeichnet werden (keine Ergebnis-ID)</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1 in %2: %3</source>
        <translation>das Ende von Versuch %1 kann nicht in %2 aufgezeichnet werden: %3</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1: there is no such row in %2</source>
        <translation>das Ende von Versuch %1 kann nicht aufgezeichnet werden: In %2 gibt es keine solche Zeile</translation>
    </message>
    <message>
        <source>the station stopped before this attempt finished (crash, kill or power loss)</source>
        <translation>die Station wurde beendet, bevor dieser Versuch abgeschlossen war (Absturz, Kill oder Stromausfall)</translation>
    </message>
    <message>
        <source>cannot mark interrupted attempts in %1: %2</source>
        <translation>unterbrochene Versuche in %1 können nicht markiert werden: %2</translation>
    </message>
    <message>
        <source>cannot read the results database %1: %2</source>
        <translation>die Ergebnisdatenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the export %1: %2</source>
        <translation>der Export %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>(this role may not do that: a station&apos;s role reads and writes rows; the schema belongs to the line&apos;s owner role, docs/line.md)</source>
        <translation>(diese Rolle darf das nicht: die Rolle einer Station liest und schreibt Zeilen; das Schema gehört der Eigentümerrolle der Linie, docs/line.md)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt (QPSQL) is missing: install the package libqt6sql6-psql</source>
        <translation>der PostgreSQL-Treiber für Qt (QPSQL) fehlt: installieren Sie das Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to the results database %1: %2</source>
        <translation>keine Verbindung zur Ergebnisdatenbank %1: %2</translation>
    </message>
    <message>
        <source>the results server %1 does not answer: %2</source>
        <translation>der Ergebnisserver %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>cannot grant the station role its rights in %1: %2</source>
        <translation>der Stationsrolle können die Rechte in %1 nicht erteilt werden: %2</translation>
    </message>
    <message>
        <source>the results database %1 was written by a newer station (schema %2; this one knows %3): use the newer station or another database</source>
        <translation>die Ergebnisdatenbank %1 wurde von einer neueren Station geschrieben (Schema %2; diese kennt %3): verwenden Sie die neuere Station oder eine andere Datenbank</translation>
    </message>
    <message>
        <source>cannot upgrade the results database %1 to schema %2: %3</source>
        <translation>die Ergebnisdatenbank %1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>no migration to schema %1</source>
        <translation>keine Migration auf Schema %1</translation>
    </message>
    <message>
        <source>cannot take the next {seq} number in %1: %2</source>
        <translation>die nächste {seq}-Nummer in %1 kann nicht vergeben werden: %2</translation>
    </message>
    <message>
        <source>cannot record the certificate %1 in the ledger of %2: %3</source>
        <translation>das Zertifikat %1 kann nicht in das Ausstellungsregister von %2 eingetragen werden: %3</translation>
    </message>
    <message>
        <source>cannot read the ledger of %1: %2</source>
        <translation>das Ausstellungsregister von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot look the device ID up in %1: %2</source>
        <translation>die Geräte-ID kann in %1 nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder; name a file, e.g. %1</source>
        <translation>es ist ein Ordner; nennen Sie eine Datei, z. B. %1</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>es ist ein Gerät oder eine Pipe, keine Datei</translation>
    </message>
</context>
<context>
    <name>ResultWriter</name>
    <message>
        <source>the results database is not open</source>
        <translation>die Ergebnisdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n journal row(s) could not be written to %1 and are kept in %2</source>
        <translation>
            <numerusform>%n Journalzeile konnte nicht nach %1 geschrieben werden und wird in %2 aufbewahrt</numerusform>
            <numerusform>%n Journalzeilen konnten nicht nach %1 geschrieben werden und werden in %2 aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>the results server %1 is unreachable</source>
        <translation>der Ergebnisserver %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 cannot be kept: the journal %2 cannot be written (%3)</source>
        <translation>%1 kann nicht aufbewahrt werden: das Journal %2 kann nicht geschrieben werden (%3)</translation>
    </message>
    <message>
        <source>the result of attempt %1</source>
        <translation>das Ergebnis von Versuch %1</translation>
    </message>
    <message>
        <source>the ledger entry of certificate %1</source>
        <translation>der Registereintrag von Zertifikat %1</translation>
    </message>
    <message>
        <source>the results server %1 is unreachable and the journal cannot be written</source>
        <translation>der Ergebnisserver %1 ist nicht erreichbar und das Journal kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Assigned hub</source>
        <translation>Zugewiesener Hub</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>ResultsUrl</name>
    <message>
        <source>the results URL %1 names no SQLite file</source>
        <translation>die Ergebnis-URL %1 nennt keine SQLite-Datei</translation>
    </message>
    <message>
        <source>the results URL %1 has the scheme &quot;%2&quot;: use a file path, sqlite:///PATH or postgresql://USER@HOST/DATABASE</source>
        <translation>die Ergebnis-URL %1 hat das Schema &quot;%2&quot;: verwenden Sie einen Dateipfad, sqlite:///PATH oder postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>the results URL %1 is not a valid URL: %2</source>
        <translation>die Ergebnis-URL %1 ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>the results URL %1 names no database: write postgresql://USER@HOST/DATABASE</source>
        <translation>die Ergebnis-URL %1 nennt keine Datenbank: schreiben Sie postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>the results URL %1 carries a password: give it as the secret &quot;%2&quot; or in ~/.pgpass instead</source>
        <translation>die Ergebnis-URL %1 enthält ein Passwort: geben Sie es stattdessen als Geheimnis &quot;%2&quot; oder in ~/.pgpass an</translation>
    </message>
    <message>
        <source>the results URL %1 has the unknown option &quot;%2&quot; (known: %3)</source>
        <translation>die Ergebnis-URL %1 hat die unbekannte Option &quot;%2&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; of the results URL %2 holds a space, quote, backslash or semicolon, which a connection option cannot carry</source>
        <translation>die Option &quot;%1&quot; der Ergebnis-URL %2 enthält ein Leerzeichen, Anführungszeichen, einen Backslash oder ein Semikolon, was eine Verbindungsoption nicht tragen kann</translation>
    </message>
    <message>
        <source>the results URL %1 names no user: write postgresql://USER@HOST/DATABASE</source>
        <translation>die Ergebnis-URL %1 nennt keinen Benutzer: schreiben Sie postgresql://USER@HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the history from the database (F5)</source>
        <translation>Verlauf neu aus der Datenbank laden (F5)</translation>
    </message>
    <message>
        <source>Write the whole history to a CSV file</source>
        <translation>Den gesamten Verlauf in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Assigned hub:</source>
        <translation>Zugewiesener Hub:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>Registration ID:</source>
        <translation>Registrierungs-ID:</translation>
    </message>
    <message>
        <source>Substatus:</source>
        <translation>Substatus:</translation>
    </message>
    <message>
        <source>Operation ID:</source>
        <translation>Vorgangs-ID:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Station:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export results history</source>
        <translation>Ergebnisverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>An export is still running</source>
        <translation>Ein Export läuft noch</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Select an attempt to see its details.</source>
        <translation>Wählen Sie einen Versuch aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>serial %1, SHA-1 %2</source>
        <translation>Seriennummer %1, SHA-1 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>MAC, device ID, PASS/FAIL, cause, station… (Ctrl+F)</source>
        <translation>MAC, Geräte-ID, OK/FEHLER, Ursache, Station… (Strg+F)</translation>
    </message>
    <message>
        <source>newest %1 attempts; scroll for older ones</source>
        <translation>die neuesten %1 Versuche; für ältere weiterblättern</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <source>%1 (number %2)</source>
        <translation>%1 (Nummer %2)</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>seen by the hub</source>
        <translation>vom Hub gesehen</translation>
    </message>
    <message>
        <source>registered in the hub, no activity reported yet</source>
        <translation>im Hub registriert, noch keine Aktivität gemeldet</translation>
    </message>
    <message>
        <source>not registered in the hub</source>
        <translation>im Hub nicht registriert</translation>
    </message>
    <message>
        <source>the hub&apos;s identity does not accept the module&apos;s credential</source>
        <translation>die Identität im Hub akzeptiert die Anmeldedaten des Moduls nicht</translation>
    </message>
    <message>
        <source>disabled in the hub</source>
        <translation>im Hub deaktiviert</translation>
    </message>
    <message>
        <source>the hub could not be asked</source>
        <translation>der Hub konnte nicht gefragt werden</translation>
    </message>
    <message>
        <source>Print the selected module&apos;s label again (Ctrl+P), with the profile&apos;s label template and printer</source>
        <translation>Das Etikett des gewählten Moduls erneut drucken (Strg+P), mit der Etikettenvorlage und dem Drucker des Profils</translation>
    </message>
    <message>
        <source>Cloud check:</source>
        <translation>Cloud-Prüfung:</translation>
    </message>
    <message>
        <source>Reprinting needs the station window (its profile&apos;s label template and printer)</source>
        <translation>Nachdrucken braucht das Stationsfenster (die Etikettenvorlage und den Drucker seines Profils)</translation>
    </message>
    <message>
        <source>Select a module that passed: labels are for modules that passed</source>
        <translation>Wählen Sie ein Modul, das OK war: Etiketten gibt es für Module, die OK waren</translation>
    </message>
    <message>
        <source>Attempt #%1 did not pass: labels are for modules that passed</source>
        <translation>Versuch #%1 war nicht OK: Etiketten gibt es für Module, die OK waren</translation>
    </message>
    <message>
        <source>The profile names no label printer (label.target): set one in the label settings, or use provstation-cli label --result %1 --to …</source>
        <translation>Das Profil nennt keinen Etikettendrucker (label.target): legen Sie einen in den Etiketteneinstellungen fest oder verwenden Sie provstation-cli label --result %1 --to …</translation>
    </message>
    <message>
        <source>Printing the label of %1…</source>
        <translation>Etikett von %1 wird gedruckt…</translation>
    </message>
    <message>
        <source>The label of %1 was printed to %2</source>
        <translation>Das Etikett von %1 wurde auf %2 gedruckt</translation>
    </message>
    <message>
        <source>The label of %1 was not printed: %2</source>
        <translation>Das Etikett von %1 wurde nicht gedruckt: %2</translation>
    </message>
    <message>
        <source>Reprint la&amp;bel</source>
        <translation>Etikett &amp;nachdrucken</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show what you typed (never the stored value)</source>
        <translation>Zeigt, was Sie eingegeben haben (nie den gespeicherten Wert)</translation>
    </message>
    <message>
        <source>There is no secret store: the value cannot be kept.</source>
        <translation>Es gibt keinen Geheimnisspeicher: Der Wert kann nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Stored in %1 as &quot;%2&quot;; type to replace it.</source>
        <translation>In %1 als „%2“ gespeichert; geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Not stored yet (%1 as &quot;%2&quot;).</source>
        <translation>Noch nicht gespeichert (%1 als „%2“).</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The secret store did not keep it: %1</source>
        <translation>Der Geheimnisspeicher hat es nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the secret &apos;%1&apos; is not set: give --secret %1=env:VAR or store it in the keychain</source>
        <translation>das Geheimnis „%1“ ist nicht gesetzt: Geben Sie --secret %1=env:VAR an oder speichern Sie es im Schlüsselbund</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid secret name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>„%1“ ist kein gültiger Geheimnisname: Verwenden Sie nur Buchstaben, Ziffern, „.“, „_“ und „-“</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>no such port</source>
        <translation>kein solcher Port</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the module on %1 went away (unplugged or closed)</source>
        <translation>das Modul an %1 ist verschwunden (abgesteckt oder geschlossen)</translation>
    </message>
    <message>
        <source>cannot open %1: the port is in use by another program (a terminal, a second station, ModemManager); close it, or find it with: fuser -v %2</source>
        <translation>%1 kann nicht geöffnet werden: Der Port wird von einem anderen Programm benutzt (einem Terminal, einer zweiten Station, ModemManager); schließen Sie es, oder finden Sie es mit: fuser -v %2</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation>%1 kann nicht geöffnet werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied. Only its owner %2 may open it (mode %3), so joining a group does not help. Fix: install the station&apos;s udev rule for the adapter (see &apos;man provstation-cli&apos;, PERMISSIONS), or ask an administrator to give the group dialout read and write access.</source>
        <translation>%1 kann nicht geöffnet werden: Zugriff verweigert. Nur der Eigentümer %2 darf ihn öffnen (Modus %3), eine Gruppenmitgliedschaft hilft also nicht. Lösung: Installieren Sie die udev-Regel der Station für den Adapter (siehe „man provstation-cli“, PERMISSIONS), oder bitten Sie einen Administrator, der Gruppe dialout Lese- und Schreibzugriff zu geben.</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied. The user %2 was added to the group &apos;%3&apos; after this session started. Fix: log out and back in (or run: newgrp %3).</source>
        <translation>%1 kann nicht geöffnet werden: Zugriff verweigert. Der Benutzer %2 wurde erst nach dem Start dieser Sitzung zur Gruppe „%3“ hinzugefügt. Lösung: Melden Sie sich ab und wieder an (oder führen Sie aus: newgrp %3).</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied. The port belongs to the group &apos;%3&apos; and the user %2 is not a member. Fix: sudo usermod -aG %3 %2, then log out and back in.</source>
        <translation>%1 kann nicht geöffnet werden: Zugriff verweigert. Der Port gehört der Gruppe „%3“, und der Benutzer %2 ist kein Mitglied. Lösung: sudo usermod -aG %3 %2, dann ab- und wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>the simulation did not start within 30 s (local Azure or uxsim did not answer)</source>
        <translation>die Simulation ist nicht innerhalb von 30 s gestartet (lokales Azure oder uxsim hat nicht geantwortet)</translation>
    </message>
    <message>
        <source>%1 stopped while starting: %2</source>
        <translation>%1 wurde beim Starten beendet: %2</translation>
    </message>
    <message>
        <source>cannot start %1 (is it built and installed?)</source>
        <translation>%1 kann nicht gestartet werden (ist es gebaut und installiert?)</translation>
    </message>
    <message>
        <source>cannot create a temporary directory</source>
        <translation>ein temporäres Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>local-azure could not %1: %2</source>
        <translation>local-azure konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>cannot make the demo CA: %1</source>
        <translation>die Demo-CA kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the demo CA: %1</source>
        <translation>die Demo-CA kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>add the CA to the hub</source>
        <translation>die CA zum Hub hinzufügen</translation>
    </message>
    <message>
        <source>create a device</source>
        <translation>ein Gerät anlegen</translation>
    </message>
    <message>
        <source>create the enrollment group</source>
        <translation>die Registrierungsgruppe anlegen</translation>
    </message>
    <message>
        <source>the simulation has no set-up for the %1 flow</source>
        <translation>die Simulation hat keine Einrichtung für den Ablauf %1</translation>
    </message>
    <message>
        <source>Simulated %1</source>
        <translation>Simuliert: %1</translation>
    </message>
    <message>
        <source>local-azure printed no ports</source>
        <translation>local-azure hat keine Ports ausgegeben</translation>
    </message>
    <message>
        <source>upload and verify the CA</source>
        <translation>die CA hochladen und verifizieren</translation>
    </message>
    <message>
        <source>preparing the cloud failed: %1</source>
        <translation>die Vorbereitung der Cloud ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no free loopback port for an unreachable Azure: %1</source>
        <translation>kein freier Loopback-Port für ein unerreichbares Azure: %1</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>the slots cannot change while slot %1 (%2) is provisioning</source>
        <translation>die Plätze können nicht geändert werden, während Platz %1 (%2) provisioniert</translation>
    </message>
    <message>
        <source>a port is listed twice</source>
        <translation>ein Port ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>no port given</source>
        <translation>kein Port angegeben</translation>
    </message>
    <message>
        <source>%1 is already slot %2</source>
        <translation>%1 ist bereits Platz %2</translation>
    </message>
    <message>
        <source>there is no slot %1</source>
        <translation>es gibt keinen Platz %1</translation>
    </message>
    <message>
        <source>slot %1 is provisioning; stop it first</source>
        <translation>Platz %1 provisioniert gerade; stoppen Sie ihn zuerst</translation>
    </message>
    <message>
        <source>choose or type the module&apos;s port</source>
        <translation>wählen Sie den Port des Moduls oder geben Sie ihn ein</translation>
    </message>
    <message>
        <source>%1 is busy: slot %2 is provisioning it</source>
        <translation>%1 ist belegt: Platz %2 provisioniert gerade über diesen Port</translation>
    </message>
    <message>
        <source>%1 is busy: the wizard is provisioning it</source>
        <translation>%1 ist belegt: der Assistent provisioniert gerade über diesen Port</translation>
    </message>
    <message>
        <source>there is no results database: nothing is provisioned without a record</source>
        <translation>es gibt keine Ergebnisdatenbank: ohne Aufzeichnung wird nichts provisioniert</translation>
    </message>
    <message>
        <source>the results database is still opening</source>
        <translation>die Ergebnisdatenbank wird noch geöffnet</translation>
    </message>
    <message>
        <source>the results database cannot be written: %1</source>
        <translation>die Ergebnisdatenbank kann nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <source>the attempt could not be recorded: %1</source>
        <translation>der Versuch konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>The results server %1 is unreachable: running modules finish and their results are kept; new modules start when it is back.</source>
        <translation>Der Ergebnisserver %1 ist nicht erreichbar: laufende Module werden fertig und ihre Ergebnisse aufbewahrt; neue Module starten, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>the setting results/url holds a password: remove it from the URL and keep it as the secret &quot;%1&quot; or in ~/.pgpass</source>
        <translation>die Einstellung results/url enthält ein Passwort: entfernen Sie es aus der URL und hinterlegen Sie es als Geheimnis &quot;%1&quot; oder in ~/.pgpass</translation>
    </message>
    <message>
        <source>the results server %1 is unreachable: the modules that are running finish, new ones start when it is back</source>
        <translation>der Ergebnisserver %1 ist nicht erreichbar: laufende Module werden fertig, neue starten, sobald er wieder da ist</translation>
    </message>
    <message>
        <source>the results database was closed</source>
        <translation>die Ergebnisdatenbank wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Station and results</source>
        <translation>Station und Ergebnisse</translation>
    </message>
    <message>
        <source>empty: this user&apos;s results.sqlite; or a file, or postgresql://user@host/db</source>
        <translation>leer: results.sqlite dieses Benutzers; oder eine Datei, oder postgresql://benutzer@host/db</translation>
    </message>
    <message>
        <source>empty: the computer&apos;s name (%1)</source>
        <translation>leer: der Name des Computers (%1)</translation>
    </message>
    <message>
        <source>empty: not part of a line</source>
        <translation>leer: gehört zu keiner Linie</translation>
    </message>
    <message>
        <source>&amp;Results database:</source>
        <translation>&amp;Ergebnisdatenbank:</translation>
    </message>
    <message>
        <source>Station &amp;ID:</source>
        <translation>Stations-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Line ID:</source>
        <translation>&amp;Linien-ID:</translation>
    </message>
    <message>
        <source>A PostgreSQL password never goes into the URL: keep it in the secret store as &quot;%1&quot; (provstation-cli results --secret) or in ~/.pgpass.</source>
        <translation>Ein PostgreSQL-Passwort gehört nie in die URL: Bewahren Sie es im Geheimnisspeicher als „%1“ (provstation-cli results --secret) oder in ~/.pgpass auf.</translation>
    </message>
    <message>
        <source>Set in the environment, and used instead of these settings: %1</source>
        <translation>In der Umgebung gesetzt und statt dieser Einstellungen verwendet: %1</translation>
    </message>
    <message>
        <source>Results database: %1</source>
        <translation>Ergebnisdatenbank: %1</translation>
    </message>
    <message>
        <source>Results database: remove the password from the URL; keep it as the secret &quot;%1&quot; or in ~/.pgpass</source>
        <translation>Ergebnisdatenbank: Entfernen Sie das Passwort aus der URL; bewahren Sie es als Geheimnis „%1“ oder in ~/.pgpass auf</translation>
    </message>
    <message>
        <source>Station ID: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, at most 64</source>
        <translation>Stations-ID: nur Buchstaben, Ziffern, „.“, „_“ und „-“, höchstens 64</translation>
    </message>
    <message>
        <source>Line ID: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, at most 64</source>
        <translation>Linien-ID: nur Buchstaben, Ziffern, „.“, „_“ und „-“, höchstens 64</translation>
    </message>
    <message>
        <source>Modules are being provisioned: stop them or let them finish, then apply.</source>
        <translation>Es werden gerade Module provisioniert: Stoppen Sie sie oder lassen Sie sie fertig werden, dann übernehmen.</translation>
    </message>
</context>
<context>
    <name>StationTile</name>
    <message>
        <source>Slot %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>Slot %1 · %2</source>
        <translation>Platz %1 · %2</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Modul:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>MAC:</source>
        <translation>MAC:</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Run this slot again</source>
        <translation>Diesen Platz erneut ausführen</translation>
    </message>
    <message>
        <source>Cancel this slot</source>
        <translation>Diesen Platz abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>NO MODULE</source>
        <translation>KEIN MODUL</translation>
    </message>
    <message>
        <source>Plug in a module</source>
        <translation>Modul anschließen</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Wartet auf den Start</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ OK</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ FEHLER</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <source>&amp;Start all</source>
        <translation>Alle &amp;starten</translation>
    </message>
    <message>
        <source>Start every slot that is not running (F5)</source>
        <translation>Jeden Platz starten, der nicht läuft (F5)</translation>
    </message>
    <message>
        <source>Cancel every running slot (Shift+F5)</source>
        <translation>Jeden laufenden Platz abbrechen (Umschalt+F5)</translation>
    </message>
    <message>
        <source>&amp;Auto-start when a module is plugged in</source>
        <translation>Automatisch starten, wenn ein Modul e&amp;ingesteckt wird</translation>
    </message>
    <message>
        <source>%1 passed · %2 failed · %3 running</source>
        <translation>%1 OK · %2 fehlgeschlagen · %3 laufen</translation>
    </message>
    <message>
        <source>You may not open %1: add your user to the group that owns it (usually: sudo usermod -aG dialout $USER), then log out and in again.</source>
        <translation>Sie dürfen %1 nicht öffnen: Fügen Sie Ihren Benutzer der Gruppe hinzu, der das Gerät gehört (meist: sudo usermod -aG dialout $USER), und melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>Choose a port in the list or type its path.</source>
        <translation>Wählen Sie einen Port in der Liste oder geben Sie seinen Pfad ein.</translation>
    </message>
    <message>
        <source>or type a path (/dev/ttyUSB0, a pseudo-terminal)</source>
        <translation>oder einen Pfad eingeben (/dev/ttyUSB0, ein Pseudoterminal)</translation>
    </message>
    <message>
        <source>A&amp;dd slot</source>
        <translation>P&amp;latz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>Platz ent&amp;fernen</translation>
    </message>
    <message>
        <source>%1 — slot %2</source>
        <translation>%1 — Platz %2</translation>
    </message>
    <message>
        <source>Remove slot %1</source>
        <translation>Platz %1 entfernen</translation>
    </message>
    <message>
        <source>Choose a port that is a slot</source>
        <translation>Wählen Sie einen Port, der ein Platz ist</translation>
    </message>
    <message>
        <source>%1 is slot %2.</source>
        <translation>%1 ist Platz %2.</translation>
    </message>
    <message>
        <source>%1 is slot %2; it does not exist yet (plug the module in).</source>
        <translation>%1 ist Platz %2; der Port existiert noch nicht (schließen Sie das Modul an).</translation>
    </message>
    <message>
        <source>%1 is no longer a slot.</source>
        <translation>%1 ist kein Platz mehr.</translation>
    </message>
    <message>
        <source>There are no slots yet: add the ports of the line first.</source>
        <translation>Es gibt noch keine Plätze: Fügen Sie zuerst die Ports der Linie hinzu.</translation>
    </message>
    <message>
        <source>Stop a&amp;ll</source>
        <translation>Alle st&amp;oppen</translation>
    </message>
    <message>
        <source>Ports of this &amp;computer:</source>
        <translation>Ports dieses &amp;Computers:</translation>
    </message>
    <message>
        <source>Sca&amp;n again</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Open the port</source>
        <translation>Port öffnen</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifizieren</translation>
    </message>
    <message>
        <source>Check the firmware</source>
        <translation>Firmware prüfen</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>Werksreset</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Extended Data Mode</source>
        <translation>Extended Data Mode</translation>
    </message>
    <message>
        <source>DPS registration</source>
        <translation>DPS-Registrierung</translation>
    </message>
    <message>
        <source>IoT Hub</source>
        <translation>IoT Hub</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Cloud identity</source>
        <translation>Cloud-Identität</translation>
    </message>
    <message>
        <source>Cloud check</source>
        <translation>Cloud-Prüfung</translation>
    </message>
    <message>
        <source>Field Wi-Fi</source>
        <translation>Feld-WLAN</translation>
    </message>
    <message>
        <source>Stored Wi-Fi check</source>
        <translation>Gespeichertes WLAN prüfen</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
</context>
<context>
    <name>StepOutcome</name>
    <message>
        <source>passed</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>TrafficInspector</name>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Text filtern</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Engineer mode only: show secrets kept in memory for this session</source>
        <translation>Nur im Technikermodus: die für diese Sitzung im Speicher gehaltenen Geheimnisse anzeigen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation>%1 Einträge, %2 angezeigt</translation>
    </message>
    <message>
        <source>, %1 dropped (capacity %2)</source>
        <translation>, %1 verworfen (Kapazität %2)</translation>
    </message>
    <message>
        <source>, paused with %1 waiting</source>
        <translation>, angehalten mit %1 wartenden</translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>Datenverkehr exportieren</translation>
    </message>
    <message>
        <source>Import capture</source>
        <translation>Mitschnitt importieren</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>Bytes %1–%2</translation>
    </message>
    <message>
        <source>Text in the style of u-blox&apos;s log (*.txt)</source>
        <translation>Text im Stil des u-blox-Logs (*.txt)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>pcapng for Wireshark (*.pcapng)</source>
        <translation>pcapng für Wireshark (*.pcapng)</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>you have no permission to write in the folder %1</source>
        <translation>Sie haben keine Berechtigung, in den Ordner %1 zu schreiben</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Channel </source>
        <translation>Kanal </translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Include them in exports</source>
        <translation>In Exporte aufnehmen</translation>
    </message>
    <message>
        <source>Engineer mode only: exports carry the revealed secrets instead of ********</source>
        <translation>Nur im Technikermodus: Exporte enthalten die angezeigten Geheimnisse statt ********</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zum Live-Verkehr</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>No shown record contains &quot;%1&quot;.</source>
        <translation>Kein angezeigter Eintrag enthält „%1“.</translation>
    </message>
    <message>
        <source>, %1 still loading</source>
        <translation>, %1 werden noch geladen</translation>
    </message>
    <message>
        <source>; live traffic meanwhile: %1</source>
        <translation>; Live-Verkehr inzwischen: %1</translation>
    </message>
    <message>
        <source>Showing the capture %1</source>
        <translation>Angezeigt: Mitschnitt %1</translation>
    </message>
    <message>
        <source>Showing the live traffic</source>
        <translation>Angezeigt: Live-Datenverkehr</translation>
    </message>
    <message>
        <source>Back into the main window</source>
        <translation>Zurück ins Hauptfenster</translation>
    </message>
    <message>
        <source>Open in its own window</source>
        <translation>In eigenem Fenster öffnen</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <source>The table holds the newest %1; the oldest %2 did not fit.</source>
        <translation>Die Tabelle enthält die neuesten %1; die ältesten %2 passten nicht hinein.</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.csv)</source>
        <translation>Mitschnitte (*.pcapng *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Show the capture %1 (%2) instead of the live traffic?</source>
        <translation>Den Mitschnitt %1 (%2) statt des Live-Datenverkehrs anzeigen?</translation>
    </message>
    <message>
        <source>The table holds %1 of live traffic. They are kept, and so is the traffic that arrives meanwhile: &quot;Back to live&quot; shows them again.</source>
        <translation>Die Tabelle enthält %1 Live-Datenverkehr. Sie bleiben erhalten, ebenso der Datenverkehr, der inzwischen eintrifft: „Zurück zum Live-Verkehr“ zeigt sie wieder an.</translation>
    </message>
    <message>
        <source>Show the capture</source>
        <translation>Mitschnitt anzeigen</translation>
    </message>
    <message>
        <source>Not imported: the table still shows the live traffic.</source>
        <translation>Nicht importiert: Die Tabelle zeigt weiterhin den Live-Datenverkehr.</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Ch</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>[revealed] %1</source>
        <translation>[angezeigt] %1</translation>
    </message>
    <message>
        <source>Secrets redacted; an engineer can reveal this record</source>
        <translation>Geheimnisse geschwärzt; ein Techniker kann diesen Eintrag anzeigen</translation>
    </message>
    <message>
        <source>Secrets redacted at the source</source>
        <translation>Geheimnisse bereits an der Quelle geschwärzt</translation>
    </message>
    <message>
        <source>Milliseconds since the first record of the table</source>
        <translation>Millisekunden seit dem ersten Eintrag der Tabelle</translation>
    </message>
    <message>
        <source>The station slot whose module it was, or the wizard</source>
        <translation>Der Stationsplatz, dessen Modul es war, oder der Assistent</translation>
    </message>
    <message>
        <source>From an AT command to its final result, on the row of the result</source>
        <translation>Von einem AT-Befehl bis zu seinem Endergebnis, in der Zeile des Ergebnisses</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>WifiPage</name>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>The network the module joins. The passphrase goes to the secret store, never into the profile.</source>
        <translation>Das Netzwerk, mit dem sich das Modul verbindet. Die Passphrase kommt in den Geheimnisspeicher, nie in das Profil.</translation>
    </message>
    <message>
        <source>&amp;SSID:</source>
        <translation>&amp;SSID:</translation>
    </message>
    <message>
        <source>WPA2 personal</source>
        <translation>WPA2 Personal</translation>
    </message>
    <message>
        <source>Open (no password)</source>
        <translation>Offen (kein Passwort)</translation>
    </message>
    <message>
        <source>&amp;Join this network automatically when the module starts</source>
        <translation>&amp;Beim Start des Moduls automatisch mit diesem Netzwerk verbinden</translation>
    </message>
    <message>
        <source>8 to 63 characters</source>
        <translation>8 bis 63 Zeichen</translation>
    </message>
    <message>
        <source>The SSID must not be empty.</source>
        <translation>Die SSID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The module joins this network during provisioning. The passphrase is kept in the secret store (the system keychain) and is never written to the profile, the log or the results. With automatic join the module reconnects by itself after a restart.</source>
        <translation>Das Modul verbindet sich während der Provisionierung mit diesem Netzwerk. Die Passphrase liegt im Geheimnisspeicher (dem System-Schlüsselbund) und wird nie in das Profil, das Protokoll oder die Ergebnisse geschrieben. Mit automatischem Verbinden stellt das Modul die Verbindung nach einem Neustart selbst wieder her.</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a double quote (the module&apos;s AT syntax cannot carry it).</source>
        <translation>Die Passphrase darf kein doppeltes Anführungszeichen enthalten (die AT-Syntax des Moduls kann es nicht übertragen).</translation>
    </message>
    <message>
        <source>A WPA2 passphrase has 8 to 63 characters.</source>
        <translation>Eine WPA2-Passphrase hat 8 bis 63 Zeichen.</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>Passphr&amp;ase:</source>
        <translation>Passph&amp;rase:</translation>
    </message>
    <message>
        <source>The SSID cannot contain a double quote.</source>
        <translation>Die SSID darf kein doppeltes Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <source>Type the Wi-Fi passphrase; it goes to the secret store.</source>
        <translation>Geben Sie die WLAN-Passphrase ein; sie kommt in den Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>Field network (stored for the customer, not joined here)</source>
        <translation>Feldnetzwerk (für den Kunden gespeichert, hier nicht verbunden)</translation>
    </message>
    <message>
        <source>Field SS&amp;ID:</source>
        <translation>Feld-SS&amp;ID:</translation>
    </message>
    <message>
        <source>Field passphrase:</source>
        <translation>Feld-Passphrase:</translation>
    </message>
    <message>
        <source>empty: the module keeps the network above</source>
        <translation>leer: das Modul behält das Netzwerk oben</translation>
    </message>
    <message>
        <source>The field network must differ from the line network, which is not left on the module.</source>
        <translation>Das Feldnetzwerk muss sich vom Liniennetzwerk unterscheiden, das nicht auf dem Modul bleibt.</translation>
    </message>
    <message>
        <source>The field SSID cannot contain a double quote.</source>
        <translation>Die Feld-SSID darf kein doppeltes Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <source>Type the field network&apos;s passphrase; it goes to the secret store.</source>
        <translation>Geben Sie die Passphrase des Feldnetzwerks ein; sie kommt in den Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>With a field network, the network above is the line network: the module joins it for the test, then forgets it. The field network (the customer&apos;s) is stored on the module with activation at start-up and is never joined on the line; its passphrase also goes to the secret store.</source>
        <translation>Mit einem Feldnetzwerk ist das Netzwerk oben das Liniennetzwerk: Das Modul verbindet sich für den Test damit und vergisst es danach. Das Feldnetzwerk (das des Kunden) wird mit Aktivierung beim Start auf dem Modul gespeichert und an der Linie nie verbunden; auch seine Passphrase kommt in den Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>Fie&amp;ld security:</source>
        <translation>Fe&amp;ld-Sicherheit:</translation>
    </message>
</context>
<context>
    <name>at</name>
    <message>
        <source>the access point closed the connection</source>
        <translation>der Access Point hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the access point is out of range</source>
        <translation>der Access Point ist außer Reichweite</translation>
    </message>
    <message>
        <source>roaming to another access point</source>
        <translation>Roaming zu einem anderen Access Point</translation>
    </message>
    <message>
        <source>wrong Wi-Fi password or security type</source>
        <translation>falsches WLAN-Passwort oder falscher Sicherheitstyp</translation>
    </message>
    <message>
        <source>the Wi-Fi network was disabled</source>
        <translation>das WLAN wurde deaktiviert</translation>
    </message>
    <message>
        <source>Wi-Fi link lost for an unknown reason (%1)</source>
        <translation>WLAN-Verbindung aus unbekanntem Grund verloren (%1)</translation>
    </message>
</context>
<context>
    <name>azure</name>
    <message>
        <source>not a DPS response topic (it should start with %1)</source>
        <translation>kein DPS-Antwort-Topic (es sollte mit %1 beginnen)</translation>
    </message>
    <message>
        <source>DPS response topic without a status code: %1</source>
        <translation>DPS-Antwort-Topic ohne Statuscode: %1</translation>
    </message>
    <message>
        <source>DPS answer is not JSON: %1 at byte %2</source>
        <translation>DPS-Antwort ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>DPS answer is not a JSON object</source>
        <translation>DPS-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>DPS answer has neither a status nor an error code</source>
        <translation>DPS-Antwort hat weder einen Status noch einen Fehlercode</translation>
    </message>
    <message>
        <source>a space (U+0020)</source>
        <translation>ein Leerzeichen (U+0020)</translation>
    </message>
    <message>
        <source>%1: character %2 is %3, which is not allowed; use %4</source>
        <translation>%1: Zeichen %2 ist %3, was nicht erlaubt ist; verwenden Sie %4</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>registration ID</source>
        <translation>Registrierungs-ID</translation>
    </message>
    <message>
        <source>%1 (an X.509 certificate&apos;s CN holds at most 64 characters)</source>
        <translation>%1 (der CN eines X.509-Zertifikats fasst höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; and &apos;:&apos;</source>
        <translation>Buchstaben, Ziffern, „-“, „.“, „_“ und „:“</translation>
    </message>
    <message>
        <source>%1: it must start with a letter or digit, not %2</source>
        <translation>%1: Muss mit einem Buchstaben oder einer Ziffer beginnen, nicht mit %2</translation>
    </message>
    <message>
        <source>%1: it must end with a letter, digit or &apos;-&apos;, not %2 (character %3)</source>
        <translation>%1: Muss mit einem Buchstaben, einer Ziffer oder „-“ enden, nicht mit %2 (Zeichen %3)</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;</source>
        <translation>Buchstaben, Ziffern und - . % _ * ? ! ( ) , : = @ $ &apos;</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Kleinbuchstaben, Ziffern, „.“, „_“ und „-“</translation>
    </message>
    <message>
        <source>%1: character %2 is the upper-case letter %3; the station uses lower-case IDs (DPS compares IDs case-insensitively, derived keys are case-sensitive)</source>
        <translation>%1: Zeichen %2 ist der Großbuchstabe %3; die Station verwendet IDs in Kleinbuchstaben (DPS vergleicht IDs ohne Beachtung der Groß-/Kleinschreibung, abgeleitete Schlüssel beachten sie)</translation>
    </message>
    <message>
        <source>%1: it must end with a letter or digit, not %2 (character %3)</source>
        <translation>%1: Muss mit einem Buchstaben oder einer Ziffer enden, nicht mit %2 (Zeichen %3)</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;.&apos; between labels</source>
        <translation>Buchstaben, Ziffern, „-“ und „.“ zwischen Labels</translation>
    </message>
    <message>
        <source>%1: empty label at character %2 (two dots in a row, or a leading or trailing dot)</source>
        <translation>%1: leeres Label bei Zeichen %2 (zwei Punkte hintereinander oder ein Punkt am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>%1: the label starting at character %2 is longer than 63 characters</source>
        <translation>%1: Das Label ab Zeichen %2 ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>%1: a label may not start or end with &apos;-&apos; (character %2)</source>
        <translation>%1: Ein Label darf nicht mit „-“ beginnen oder enden (Zeichen %2)</translation>
    </message>
    <message>
        <source>%1: an IoT Hub name has 3 to 50 characters; &apos;%2&apos; has %3</source>
        <translation>%1: Ein IoT-Hub-Name hat 3 bis 50 Zeichen; „%2“ hat %3</translation>
    </message>
    <message>
        <source>%1: an IoT Hub name may not be all digits</source>
        <translation>%1: Ein IoT-Hub-Name darf nicht nur aus Ziffern bestehen</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID-Bereich</translation>
    </message>
    <message>
        <source>%1: character 1 is the letter %2; ID scopes start with the digit zero (&quot;0ne...&quot;)</source>
        <translation>%1: Zeichen 1 ist der Buchstabe %2; ID-Bereiche beginnen mit der Ziffer Null („0ne…“)</translation>
    </message>
    <message>
        <source>%1: character %2 is %3; ID scopes start with &quot;0ne&quot; followed by 8 hex digits</source>
        <translation>%1: Zeichen %2 ist %3; ID-Bereiche beginnen mit „0ne“, gefolgt von 8 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>%1: character %2 is %3; after &quot;0ne&quot; only hex digits 0-9 A-F are allowed</source>
        <translation>%1: Zeichen %2 ist %3; nach „0ne“ sind nur die Hexadezimalziffern 0-9 A-F erlaubt</translation>
    </message>
    <message>
        <source>%1 has %2 characters; an ID scope has 11 (&quot;0ne&quot; and 8 hex digits)</source>
        <translation>%1 hat %2 Zeichen; ein ID-Bereich hat 11 („0ne“ und 8 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>the key is not valid base64: &apos;=&apos; padding may only end it (character %1)</source>
        <translation>der Schlüssel ist kein gültiges Base64: Das Füllzeichen „=“ darf nur am Ende stehen (Zeichen %1)</translation>
    </message>
    <message>
        <source>the key is not valid base64: character %1 is &apos;%2&apos;</source>
        <translation>der Schlüssel ist kein gültiges Base64: Zeichen %1 ist „%2“</translation>
    </message>
    <message>
        <source>the key is not valid base64: its length %1 is not a multiple of 4 (missing &apos;=&apos; padding, or a character lost when copying?)</source>
        <translation>der Schlüssel ist kein gültiges Base64: Seine Länge %1 ist kein Vielfaches von 4 (fehlt das Füllzeichen „=“, oder ging beim Kopieren ein Zeichen verloren?)</translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation>der Schlüssel ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the resource (sr) is empty</source>
        <translation>die Ressource (sr) ist leer</translation>
    </message>
    <message>
        <source>the expiry must be a positive Unix time in seconds, not %1</source>
        <translation>der Ablaufzeitpunkt muss eine positive Unix-Zeit in Sekunden sein, nicht %1</translation>
    </message>
    <message>
        <source>the registration ID is empty</source>
        <translation>die Registrierungs-ID ist leer</translation>
    </message>
    <message>
        <source>group key: %1</source>
        <translation>Gruppenschlüssel: %1</translation>
    </message>
    <message>
        <source>assigned to %1 as device %2</source>
        <translation>%1 als Gerät %2 zugewiesen</translation>
    </message>
    <message>
        <source>DPS is still assigning (operation %1)</source>
        <translation>DPS weist noch zu (Vorgang %1)</translation>
    </message>
    <message>
        <source>the enrollment for this device is disabled in DPS</source>
        <translation>die Registrierung für dieses Gerät ist in DPS deaktiviert</translation>
    </message>
    <message>
        <source>DPS could not assign the device: %1 (error %2)</source>
        <translation>DPS konnte das Gerät nicht zuweisen: %1 (Fehler %2)</translation>
    </message>
    <message>
        <source>the SAS token or certificate was not accepted</source>
        <translation>das SAS-Token oder Zertifikat wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>no enrollment matches this device</source>
        <translation>keine Registrierung passt zu diesem Gerät</translation>
    </message>
    <message>
        <source>DPS is throttling; retry later</source>
        <translation>DPS drosselt; später erneut versuchen</translation>
    </message>
    <message>
        <source>DPS had an internal error; retry later</source>
        <translation>DPS hatte einen internen Fehler; später erneut versuchen</translation>
    </message>
    <message>
        <source>DPS rejected the request</source>
        <translation>DPS hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2 (error %3)</source>
        <translation>%1: %2 (Fehler %3)</translation>
    </message>
    <message>
        <source>DPS answered with status &apos;%1&apos;</source>
        <translation>DPS hat mit dem Status „%1“ geantwortet</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains a line break, which no AT command can carry</source>
        <translation>der Wert von „%1“ enthält einen Zeilenumbruch, den kein AT-Befehl übertragen kann</translation>
    </message>
    <message>
        <source>the AT+UDCP line is %1 characters long even with placeholders; this firmware takes at most %2 (use shorter host, device or certificate names)</source>
        <translation>die AT+UDCP-Zeile ist selbst mit Platzhaltern %1 Zeichen lang; diese Firmware nimmt höchstens %2 (verwenden Sie kürzere Host-, Geräte- oder Zertifikatsnamen)</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; needs an AT+UDUV placeholder (it contains &apos;&amp;&apos;, &apos;%&apos;, a space, &apos;,&apos; or &apos;&quot;&apos;, is secret, or is too long), but this firmware has no AT+UDUV (NINA-W13/W15 need 3.0 or later)</source>
        <translation>der Wert von „%1“ braucht einen AT+UDUV-Platzhalter (er enthält &apos;&amp;&apos;, &apos;%&apos;, ein Leerzeichen, &apos;,&apos; oder &apos;&quot;&apos;, ist geheim oder zu lang), aber diese Firmware hat kein AT+UDUV (NINA-W13/W15 brauchen 3.0 oder neuer)</translation>
    </message>
    <message>
        <source>%1 values need AT+UDUV placeholders, but this firmware offers only %2</source>
        <translation>%1 Werte brauchen AT+UDUV-Platzhalter, aber diese Firmware bietet nur %2</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is %2 characters long; the AT+UDUV line would be %3 characters but this firmware takes at most %4</source>
        <translation>der Wert von „%1“ ist %2 Zeichen lang; die AT+UDUV-Zeile wäre %3 Zeichen lang, aber diese Firmware nimmt höchstens %4</translation>
    </message>
    <message>
        <source>line %1: expected deviceId,primaryKey</source>
        <translation>Zeile %1: deviceId,primaryKey erwartet</translation>
    </message>
    <message>
        <source>line %1: the key of %2 is not a base64 key of 16 to 64 bytes</source>
        <translation>Zeile %1: der Schlüssel von %2 ist kein Base64-Schlüssel mit 16 bis 64 Bytes</translation>
    </message>
    <message>
        <source>line %1: the device ID: %2</source>
        <translation>Zeile %1: die Geräte-ID: %2</translation>
    </message>
</context>
<context>
    <name>azure::EndpointProbe</name>
    <message>
        <source>unacceptable protocol version</source>
        <translation>nicht akzeptierte Protokollversion</translation>
    </message>
    <message>
        <source>client id rejected</source>
        <translation>Client-ID abgelehnt</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>Server nicht verfügbar</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>return code %1</source>
        <translation>Rückgabecode %1</translation>
    </message>
    <message>
        <source>%1 answered the MQTT CONNECT with something other than a CONNACK</source>
        <translation>%1 hat auf das MQTT-CONNECT nicht mit einem CONNACK geantwortet</translation>
    </message>
    <message>
        <source>%1 refused the device&apos;s MQTT CONNECT: %2</source>
        <translation>%1 hat das MQTT-CONNECT des Geräts abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 accepted the device&apos;s TLS and MQTT connection</source>
        <translation>%1 hat die TLS- und MQTT-Verbindung des Geräts angenommen</translation>
    </message>
    <message>
        <source>the server certificate of %1 is not trusted by the profile&apos;s root: %2</source>
        <translation>dem Serverzertifikat von %1 vertraut das Stammzertifikat des Profils nicht: %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 ended the TLS handshake after its certificate was trusted (it refused the device&apos;s certificate): %2</source>
        <translation>%1 hat den TLS-Handshake beendet, nachdem seinem Zertifikat vertraut wurde (es hat das Zertifikat des Geräts abgelehnt): %2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the device&apos;s MQTT CONNECT</source>
        <translation>%1 hat die Verbindung geschlossen, statt auf das MQTT-CONNECT des Geräts zu antworten</translation>
    </message>
    <message>
        <source>%1 failed after TLS: %2</source>
        <translation>%1 ist nach TLS fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not accept a TCP connection within %2 s</source>
        <translation>%1 hat innerhalb von %2 s keine TCP-Verbindung angenommen</translation>
    </message>
    <message>
        <source>%1 did not finish the TLS handshake within %2 s</source>
        <translation>%1 hat den TLS-Handshake nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>%1 did not answer the MQTT CONNECT within %2 s</source>
        <translation>%1 hat innerhalb von %2 s nicht auf das MQTT-CONNECT geantwortet</translation>
    </message>
</context>
<context>
    <name>azure::service::CloudSetup</name>
    <message>
        <source>no secret store is configured</source>
        <translation>es ist kein Geheimnisspeicher eingerichtet</translation>
    </message>
    <message>
        <source>reading the secret &apos;%1&apos; took too long</source>
        <translation>das Lesen des Geheimnisses „%1“ hat zu lange gedauert</translation>
    </message>
    <message>
        <source>the secret store (%1) is read-only, so the generated &apos;%2&apos; could not be kept: give it with --secret %2=file:PATH, or use the system keychain</source>
        <translation>der Geheimnisspeicher (%1) ist schreibgeschützt, daher konnte das erzeugte „%2“ nicht aufbewahrt werden: Geben Sie es mit --secret %2=file:PATH an oder verwenden Sie den Systemschlüsselbund</translation>
    </message>
    <message>
        <source>cannot keep &apos;%1&apos; in the secret store: %2</source>
        <translation>„%1“ kann nicht im Geheimnisspeicher aufbewahrt werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos;: %2</source>
        <translation>das Geheimnis „%1“: %2</translation>
    </message>
    <message>
        <source>the profile is incomplete: %1</source>
        <translation>das Profil ist unvollständig: %1</translation>
    </message>
    <message>
        <source>reachable with policy %1</source>
        <translation>erreichbar mit der Richtlinie %1</translation>
    </message>
    <message>
        <source>certificates.caCertificate: %1 is not a PEM certificate; the X.509 enrollment group is made from the CA that signs the device certificates</source>
        <translation>certificates.caCertificate: %1 ist kein PEM-Zertifikat; die X.509-Registrierungsgruppe wird aus der CA erstellt, die die Gerätezertifikate signiert</translation>
    </message>
    <message>
        <source>X.509, CA %1 (SHA-256 %2…)</source>
        <translation>X.509, CA %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>symmetric key</source>
        <translation>symmetrischer Schlüssel</translation>
    </message>
    <message>
        <source>the enrollment group %1 exists with symmetric-key attestation and the profile wants X.509; name another group in dps.enrollmentGroupId, or delete that one</source>
        <translation>die Registrierungsgruppe %1 besteht mit Nachweis durch symmetrischen Schlüssel, das Profil verlangt X.509; nennen Sie in dps.enrollmentGroupId eine andere Gruppe oder löschen Sie diese</translation>
    </message>
    <message>
        <source>X.509, by reference to CA %1</source>
        <translation>X.509, mit Verweis auf die CA %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>symmetric key (group key in secret &apos;%1&apos;)</source>
        <translation>symmetrischer Schlüssel (Gruppenschlüssel im Geheimnis „%1“)</translation>
    </message>
    <message>
        <source>a new group key</source>
        <translation>ein neuer Gruppenschlüssel</translation>
    </message>
    <message>
        <source>X.509</source>
        <translation>X.509</translation>
    </message>
    <message>
        <source>the enrollment group %1 exists with X.509 attestation and the profile wants a symmetric key; name another group in dps.enrollmentGroupId, or delete that one</source>
        <translation>die Registrierungsgruppe %1 besteht mit X.509-Nachweis, das Profil verlangt einen symmetrischen Schlüssel; nennen Sie in dps.enrollmentGroupId eine andere Gruppe oder löschen Sie diese</translation>
    </message>
    <message>
        <source>the key in secret &apos;%1&apos; is neither key of enrollment group %2, so devices would be refused; store the group&apos;s key (DPS › Manage enrollments › %2) in &apos;%1&apos;, or delete the group</source>
        <translation>der Schlüssel im Geheimnis „%1“ ist keiner der Schlüssel der Registrierungsgruppe %2, Geräte würden also abgewiesen; legen Sie den Schlüssel der Gruppe (DPS › Registrierungen verwalten › %2) in „%1“ ab oder löschen Sie die Gruppe</translation>
    </message>
    <message>
        <source>the primary key of enrollment group %1</source>
        <translation>der Primärschlüssel der Registrierungsgruppe %1</translation>
    </message>
    <message>
        <source>a new device key shared by the line</source>
        <translation>ein neuer Geräteschlüssel für die ganze Linie</translation>
    </message>
    <message>
        <source>made by DPS on registration (enrollment group %1)</source>
        <translation>wird von DPS bei der Registrierung angelegt (Registrierungsgruppe %1)</translation>
    </message>
    <message>
        <source>SAS (key in secret &apos;%1&apos;)</source>
        <translation>SAS (Schlüssel im Geheimnis „%1“)</translation>
    </message>
    <message>
        <source>device %1: an X.509 identity by thumbprint needs the device certificate</source>
        <translation>Gerät %1: eine X.509-Identität per Fingerabdruck braucht das Gerätezertifikat</translation>
    </message>
    <message>
        <source>X.509 thumbprint %1…</source>
        <translation>X.509-Fingerabdruck %1…</translation>
    </message>
    <message>
        <source>the primary key of device %1</source>
        <translation>der Primärschlüssel des Geräts %1</translation>
    </message>
    <message>
        <source>a new device key</source>
        <translation>ein neuer Geräteschlüssel</translation>
    </message>
    <message>
        <source>enrollment %1: an X.509 enrollment needs the device certificate</source>
        <translation>Registrierung %1: eine X.509-Registrierung braucht das Gerätezertifikat</translation>
    </message>
    <message>
        <source>X.509 device certificate</source>
        <translation>X.509-Gerätezertifikat</translation>
    </message>
    <message>
        <source>a new enrollment key</source>
        <translation>ein neuer Registrierungsschlüssel</translation>
    </message>
    <message>
        <source>symmetric key (key in secret &apos;%1&apos;)</source>
        <translation>symmetrischer Schlüssel (Schlüssel im Geheimnis „%1“)</translation>
    </message>
    <message>
        <source>individual enrollments are listed per device</source>
        <translation>Einzelregistrierungen werden je Gerät aufgeführt</translation>
    </message>
    <message>
        <source>X.509, CA %1</source>
        <translation>X.509, CA %1</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1, deaktiviert</translation>
    </message>
    <message>
        <source>assigned to %1 as %2</source>
        <translation>%1 als %2 zugewiesen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <translation>%1, %2, letzte Aktivität %3</translation>
    </message>
    <message>
        <source>the module finished, but %1 has no device %2</source>
        <translation>das Modul ist fertig, aber %1 hat kein Gerät %2</translation>
    </message>
    <message>
        <source>device %1 authenticates with %2, not with the %3 the module got</source>
        <translation>Gerät %1 authentifiziert sich mit %2, nicht mit dem %3, das das Modul erhalten hat</translation>
    </message>
    <message>
        <source>device %1 is disabled in the hub</source>
        <translation>Gerät %1 ist im Hub deaktiviert</translation>
    </message>
    <message>
        <source>the hub has reported no activity of %1 since the module started (its figures can lag minutes)</source>
        <translation>der Hub hat seit dem Start des Moduls keine Aktivität von %1 gemeldet (seine Angaben können Minuten nachhinken)</translation>
    </message>
    <message>
        <source>device ID %1: %2</source>
        <translation>Geräte-ID %1: %2</translation>
    </message>
    <message>
        <source>certificates.caCertificate: %1</source>
        <translation>certificates.caCertificate: %1</translation>
    </message>
</context>
<context>
    <name>azure::service::ConnectionString</name>
    <message>
        <source>this is a device connection string (it has DeviceId); the station needs a shared access policy&apos;s connection string (HostName, SharedAccessKeyName, SharedAccessKey) from the service&apos;s &quot;Shared access policies&quot;</source>
        <translation>dies ist eine Geräte-Verbindungszeichenfolge (sie enthält DeviceId); die Station braucht die Verbindungszeichenfolge einer Richtlinie für gemeinsamen Zugriff (HostName, SharedAccessKeyName, SharedAccessKey) aus den „Shared access policies“ des Dienstes</translation>
    </message>
    <message>
        <source>the connection string lacks %1 (expected HostName=…;SharedAccessKeyName=…;SharedAccessKey=…)</source>
        <translation>der Verbindungszeichenfolge fehlt %1 (erwartet: HostName=…;SharedAccessKeyName=…;SharedAccessKey=…)</translation>
    </message>
    <message>
        <source>HostName &quot;%1&quot; must be a bare host name (no scheme, port or path)</source>
        <translation>HostName „%1“ muss ein reiner Hostname sein (ohne Schema, Port oder Pfad)</translation>
    </message>
    <message>
        <source>HostName global.azure-devices-provisioning.net is the devices&apos; endpoint; a DPS connection string names the service&apos;s own host (&lt;name&gt;.azure-devices-provisioning.net)</source>
        <translation>HostName global.azure-devices-provisioning.net ist der Endpunkt der Geräte; eine DPS-Verbindungszeichenfolge nennt den eigenen Host des Dienstes (&lt;name&gt;.azure-devices-provisioning.net)</translation>
    </message>
    <message>
        <source>SharedAccessKey of policy %1: %2</source>
        <translation>SharedAccessKey der Richtlinie %1: %2</translation>
    </message>
</context>
<context>
    <name>azure::service::DpsServiceClient</name>
    <message>
        <source>enrollment group %1</source>
        <translation>Registrierungsgruppe %1</translation>
    </message>
    <message>
        <source>the enrollment groups</source>
        <translation>die Registrierungsgruppen</translation>
    </message>
    <message>
        <source>enrollment %1</source>
        <translation>Registrierung %1</translation>
    </message>
    <message>
        <source>the registration of %1</source>
        <translation>die Registrierung von %1</translation>
    </message>
    <message>
        <source>the registrations of group %1</source>
        <translation>die Registrierungen der Gruppe %1</translation>
    </message>
</context>
<context>
    <name>azure::service::RegistryClient</name>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>the twin of %1</source>
        <translation>der Zwilling von %1</translation>
    </message>
    <message>
        <source>method %1 on %2</source>
        <translation>Methode %1 auf %2</translation>
    </message>
    <message>
        <source>the device query</source>
        <translation>die Geräteabfrage</translation>
    </message>
</context>
<context>
    <name>azure::service::ServiceClient</name>
    <message>
        <source>%1 refused the connection string of policy &quot;%2&quot; (401): its key is wrong or was regenerated, or the policy lacks %3. Copy the current connection string of a policy with %3 from the service&apos;s &quot;Shared access policies&quot;.</source>
        <translation>%1 hat die Verbindungszeichenfolge der Richtlinie „%2“ abgewiesen (401): ihr Schlüssel ist falsch oder wurde neu erzeugt, oder der Richtlinie fehlt %3. Kopieren Sie die aktuelle Verbindungszeichenfolge einer Richtlinie mit %3 aus den „Shared access policies“ des Dienstes.</translation>
    </message>
    <message>
        <source>%1 refused %2 (403 %3): a quota of the service is exhausted: %4</source>
        <translation>%1 hat %2 abgewiesen (403 %3): ein Kontingent des Dienstes ist erschöpft: %4</translation>
    </message>
    <message>
        <source>%1 has no %2 (404).</source>
        <translation>%1 hat kein(e) %2 (404).</translation>
    </message>
    <message>
        <source>%1 already exists in %2 (409).</source>
        <translation>%1 besteht bereits in %2 (409).</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read (412, ETag mismatch); read it again and repeat.</source>
        <translation>%1 wurde seit dem Lesen von jemand anderem geändert (412, ETag passt nicht); lesen Sie es erneut und wiederholen Sie den Vorgang.</translation>
    </message>
    <message>
        <source>%1 is throttling requests (429) and still did after the retries; wait and try again, or raise the service&apos;s tier.</source>
        <translation>%1 drosselt Anfragen (429) und tat es auch nach den Wiederholungen noch; warten Sie und versuchen Sie es erneut, oder wählen Sie einen höheren Tarif des Dienstes.</translation>
    </message>
    <message>
        <source>DPS refuses the X.509 enrollment group %1 because its CA is not uploaded and verified: in the DPS portal open Certificates, add the CA certificate, generate a verification code, sign a certificate with that code as CN using the CA&apos;s key and verify it (or tick &quot;Set certificate status to verified on upload&quot;; az iot dps certificate create/verify does the same), then prepare the cloud again. DPS said: %2</source>
        <translation>DPS weist die X.509-Registrierungsgruppe %1 ab, weil ihre CA nicht hochgeladen und verifiziert ist: Öffnen Sie im DPS-Portal „Zertifikate“, fügen Sie das CA-Zertifikat hinzu, erzeugen Sie einen Verifizierungscode, signieren Sie mit dem Schlüssel der CA ein Zertifikat mit diesem Code als CN und verifizieren Sie es (oder wählen Sie „Set certificate status to verified on upload“; az iot dps certificate create/verify tut dasselbe), und bereiten Sie die Cloud dann erneut vor. DPS meldete: %2</translation>
    </message>
    <message>
        <source>%1 refused %2 (400): %3</source>
        <translation>%1 hat %2 abgewiesen (400): %3</translation>
    </message>
    <message>
        <source>%1 failed with %2 and still did after the retries: %3</source>
        <translation>%1 ist mit %2 fehlgeschlagen, auch nach den Wiederholungen: %3</translation>
    </message>
    <message>
        <source>%1 answered %2 to %3: %4</source>
        <translation>%1 hat auf %3 mit %2 geantwortet: %4</translation>
    </message>
    <message>
        <source>%1 answered %2; retrying in %3 ms</source>
        <translation>%1 hat %2 geantwortet; neuer Versuch in %3 ms</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2); the station trusts the system&apos;s roots and the profile&apos;s trust.roots</source>
        <translation>dem TLS-Zertifikat von %1 wird nicht vertraut (%2); die Station vertraut den Stammzertifikaten des Systems und den trust.roots des Profils</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s</source>
        <translation>%1 hat %2 nicht innerhalb von %3 s beantwortet</translation>
    </message>
    <message>
        <source>the host %1 cannot be found: check HostName in the connection string and the station&apos;s network and DNS</source>
        <translation>der Host %1 wird nicht gefunden: Prüfen Sie HostName in der Verbindungszeichenfolge sowie Netzwerk und DNS der Station</translation>
    </message>
    <message>
        <source>cannot reach %1: %2 (is port 443 open from this network?)</source>
        <translation>%1 ist nicht erreichbar: %2 (ist Port 443 aus diesem Netzwerk offen?)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: provstation-cli edm decode|encode [options]</source>
        <translation>Aufruf: provstation-cli edm decode|encode [Optionen]</translation>
    </message>
    <message>
        <source>edm needs a subcommand: decode or encode</source>
        <translation>edm braucht einen Unterbefehl: decode oder encode</translation>
    </message>
    <message>
        <source>Usage: provstation-cli pki &lt;ca|intermediate|device|verification|csr|csr-sign|inspect|lint|md5|import-certs-c&gt; [options]</source>
        <translation>Aufruf: provstation-cli pki &lt;ca|intermediate|device|verification|csr|csr-sign|inspect|lint|md5|import-certs-c&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Run &apos;provstation-cli pki &lt;subcommand&gt; --help&apos; for its options.</source>
        <translation>„provstation-cli pki &lt;Unterbefehl&gt; --help“ zeigt dessen Optionen.</translation>
    </message>
    <message>
        <source>unknown pki subcommand &apos;%1&apos; (try pki --help)</source>
        <translation>unbekannter pki-Unterbefehl „%1“ (versuchen Sie pki --help)</translation>
    </message>
    <message>
        <source>List the serial ports the system reports. Pseudo-terminals are never listed; give their path by hand wherever a port is asked for.</source>
        <translation>Die seriellen Ports auflisten, die das System meldet. Pseudo-Terminals werden nie aufgeführt; geben Sie ihren Pfad überall dort, wo ein Port gefragt ist, von Hand an.</translation>
    </message>
    <message>
        <source>One JSON object per port and line.</source>
        <translation>Ein JSON-Objekt pro Port und Zeile.</translation>
    </message>
    <message>
        <source>ports takes no arguments</source>
        <translation>ports erwartet keine Argumente</translation>
    </message>
    <message>
        <source>No serial ports found. A pseudo-terminal path can be given by hand.</source>
        <translation>Keine seriellen Ports gefunden. Ein Pseudo-Terminal-Pfad kann von Hand angegeben werden.</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>Hub %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>cause: %1 (%2)</source>
        <translation>Ursache: %1 (%2)</translation>
    </message>
    <message>
        <source>interrupted: cancelling</source>
        <translation>unterbrochen: wird abgebrochen</translation>
    </message>
    <message>
        <source>warning: results database: %1</source>
        <translation>Warnung: Ergebnisdatenbank: %1</translation>
    </message>
    <message>
        <source>Provision the modules on the given ports with a station profile; one result per module.
Exit codes: 0 all passed, 2 bad usage, 3 configuration, 4 port/module, 5 unsupported firmware,
6 certificate upload, 7 Wi-Fi, 8 cloud (DPS/hub), 9 cancelled, 1 other.</source>
        <translation>Die Module an den angegebenen Ports mit einem Stationsprofil provisionieren; ein Ergebnis pro Modul.
Exit-Codes: 0 alle OK, 2 falscher Aufruf, 3 Konfiguration, 4 Port/Modul, 5 nicht unterstützte Firmware,
6 Zertifikat-Upload, 7 WLAN, 8 Cloud (DPS/Hub), 9 abgebrochen, 1 Sonstiges.</translation>
    </message>
    <message>
        <source>The station profile (JSON).</source>
        <translation>Das Stationsprofil (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A serial port or pty path (repeatable: one slot each).</source>
        <translation>Ein serieller Port oder pty-Pfad (wiederholbar: je ein Platz).</translation>
    </message>
    <message>
        <source>DEV</source>
        <translation>DEV</translation>
    </message>
    <message>
        <source>A secret for this run: NAME=env:VAR or NAME=file:PATH (mode 0600). Repeatable; looked up before the keychain.</source>
        <translation>Ein Geheimnis für diesen Lauf: NAME=env:VAR oder NAME=file:PATH (Modus 0600). Wiederholbar; wird vor dem Schlüsselbund abgefragt.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Do not look secrets up in the system keychain.</source>
        <translation>Geheimnisse nicht im System-Schlüsselbund suchen.</translation>
    </message>
    <message>
        <source>Results database (default: %1).</source>
        <translation>Ergebnisdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Station name recorded with each result.</source>
        <translation>Stationsname, der mit jedem Ergebnis gespeichert wird.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Operator name recorded with each result.</source>
        <translation>Bedienername, der mit jedem Ergebnis gespeichert wird.</translation>
    </message>
    <message>
        <source>One JSON object per module and line.</source>
        <translation>Ein JSON-Objekt pro Modul und Zeile.</translation>
    </message>
    <message>
        <source>provision needs --profile FILE</source>
        <translation>provision braucht --profile FILE</translation>
    </message>
    <message>
        <source>provision needs at least one --port DEV</source>
        <translation>provision braucht mindestens ein --port DEV</translation>
    </message>
    <message>
        <source>a port is given twice</source>
        <translation>ein Port ist doppelt angegeben</translation>
    </message>
    <message>
        <source>--secret %1: %2</source>
        <translation>--secret %1: %2</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>At most N rows (default 1000).</source>
        <translation>Höchstens N Zeilen (Standard 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Export every row to FILE as CSV.</source>
        <translation>Jede Zeile als CSV in FILE exportieren.</translation>
    </message>
    <message>
        <source>no results database at %1 (nothing provisioned yet?)</source>
        <translation>keine Ergebnisdatenbank unter %1 (noch nichts provisioniert?)</translation>
    </message>
    <message>
        <source>results export needs --csv FILE</source>
        <translation>results export braucht --csv FILE</translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation>nach %1 exportiert</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>Start local Azure and simulated modules in a temporary directory, provision them with a matching profile, print the results and stop everything.</source>
        <translation>Lokales Azure und simulierte Module in einem temporären Verzeichnis starten, sie mit einem passenden Profil provisionieren, die Ergebnisse ausgeben und alles wieder beenden.</translation>
    </message>
    <message>
        <source>dps-x509 (default), dps-symmetric, hub-x509 or hub-sas.</source>
        <translation>dps-x509 (Standard), dps-symmetric, hub-x509 oder hub-sas.</translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation>FLOW</translation>
    </message>
    <message>
        <source>Number of simulated modules (1-8, default 1).</source>
        <translation>Anzahl der simulierten Module (1–8, Standard 1).</translation>
    </message>
    <message>
        <source>uxsim persona (default nina-w15-3).</source>
        <translation>uxsim-Persona (Standard nina-w15-3).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>A uxsim failure mode for every module (repeatable).</source>
        <translation>Ein uxsim-Fehlermodus für jedes Modul (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME[@WHEN]</source>
        <translation>NAME[@WHEN]</translation>
    </message>
    <message>
        <source>Also write the generated profile to FILE.</source>
        <translation>Das erzeugte Profil zusätzlich in FILE schreiben.</translation>
    </message>
    <message>
        <source>--flow must be one of %1</source>
        <translation>--flow muss einer von %1 sein</translation>
    </message>
    <message>
        <source>--modules must be a number from 1 to 8</source>
        <translation>--modules muss eine Zahl von 1 bis 8 sein</translation>
    </message>
    <message numerus="yes">
        <source>Starting local Azure and %n simulated module(s) (%1)…</source>
        <translation>
            <numerusform>Lokales Azure und %n simuliertes Modul werden gestartet (%1)…</numerusform>
            <numerusform>Lokales Azure und %n simulierte Module werden gestartet (%1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>the simulation did not start: %1</source>
        <translation>die Simulation ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Provisioning %1 on %2</source>
        <translation>%1 wird an %2 provisioniert</translation>
    </message>
    <message>
        <source>Local IoT Hub received:</source>
        <translation>Der lokale IoT Hub hat empfangen:</translation>
    </message>
    <message>
        <source>Make a SharedAccessSignature token.
  sas raw --resource R --key KEY --expiry UNIX [--policy NAME]   sign R exactly as given
  sas hub --host H --device D --key KEY --expiry UNIX [--policy NAME]
  sas dps --scope S --registration-id R --key KEY --expiry UNIX
The key may come from an environment variable instead (--key-env VAR).</source>
        <translation>Ein SharedAccessSignature-Token erzeugen.
  sas raw --resource R --key KEY --expiry UNIX [--policy NAME]   signiert R genau wie angegeben
  sas hub --host H --device D --key KEY --expiry UNIX [--policy NAME]
  sas dps --scope S --registration-id R --key KEY --expiry UNIX
Der Schlüssel kann stattdessen auch aus einer Umgebungsvariablen kommen (--key-env VAR).</translation>
    </message>
    <message>
        <source>raw: the sr value, signed and sent exactly as given.</source>
        <translation>raw: der sr-Wert, genau wie angegeben signiert und gesendet.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Shared access policy name (adds skn=).</source>
        <translation>Name der SAS-Richtlinie (fügt skn= hinzu).</translation>
    </message>
    <message>
        <source>hub: IoT Hub host name.</source>
        <translation>hub: Hostname des IoT Hub.</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>hub: device ID.</source>
        <translation>hub: Geräte-ID.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>dps: ID scope.</source>
        <translation>dps: ID-Bereich.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>dps: registration ID.</source>
        <translation>dps: Registrierungs-ID.</translation>
    </message>
    <message>
        <source>raw, hub or dps</source>
        <translation>raw, hub oder dps</translation>
    </message>
    <message>
        <source>sas needs one of raw, hub or dps (try --help)</source>
        <translation>sas braucht raw, hub oder dps (versuchen Sie --help)</translation>
    </message>
    <message>
        <source>sas dps always uses skn=registration; --policy does not apply</source>
        <translation>sas dps verwendet immer skn=registration; --policy gilt hier nicht</translation>
    </message>
    <message>
        <source>Derive a device key from a DPS symmetric-key enrollment group key:
  derive-key --group-key KEY --registration-id R</source>
        <translation>Einen Geräteschlüssel aus dem Gruppenschlüssel einer DPS-Registrierungsgruppe mit symmetrischem Schlüssel ableiten:
  derive-key --group-key KEY --registration-id R</translation>
    </message>
    <message>
        <source>The enrollment group key, base64.</source>
        <translation>Der Schlüssel der Registrierungsgruppe, Base64.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Read the group key from this environment variable.</source>
        <translation>Den Gruppenschlüssel aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID.</source>
        <translation>Die Registrierungs-ID des Geräts.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>derive-key takes no positional arguments</source>
        <translation>derive-key erwartet keine Positionsargumente</translation>
    </message>
    <message>
        <source>decode and encode Extended Data Mode frames</source>
        <translation>Extended-Data-Mode-Frames dekodieren und kodieren</translation>
    </message>
    <message>
        <source>list serial ports</source>
        <translation>serielle Ports auflisten</translation>
    </message>
    <message>
        <source>make Azure SAS tokens</source>
        <translation>Azure-SAS-Tokens erzeugen</translation>
    </message>
    <message>
        <source>derive a device key from a DPS group key</source>
        <translation>einen Geräteschlüssel aus einem DPS-Gruppenschlüssel ableiten</translation>
    </message>
    <message>
        <source>make, inspect and lint certificates and keys</source>
        <translation>Zertifikate und Schlüssel erzeugen, prüfen und linten</translation>
    </message>
    <message>
        <source>provision modules on ports with a station profile</source>
        <translation>Module an Ports mit einem Stationsprofil provisionieren</translation>
    </message>
    <message>
        <source>list or export the results database</source>
        <translation>die Ergebnisdatenbank auflisten oder exportieren</translation>
    </message>
    <message>
        <source>run the station&apos;s main job on the built-in simulation</source>
        <translation>den Hauptablauf der Station mit der eingebauten Simulation ausführen</translation>
    </message>
    <message>
        <source>Usage: provstation-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: provstation-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;provstation-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>„provstation-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>unbekannter Befehl „%1“ (versuchen Sie --help)</translation>
    </message>
    <message>
        <source>no such device</source>
        <translation>Gerät nicht vorhanden</translation>
    </message>
    <message>
        <source>Check the path; &apos;ls -l /dev/serial/by-id/&apos; lists the USB serial adapters that are plugged in.</source>
        <translation>Prüfen Sie den Pfad; „ls -l /dev/serial/by-id/“ listet die angeschlossenen USB-Seriell-Adapter auf.</translation>
    </message>
    <message>
        <source>opens for reading and writing</source>
        <translation>lässt sich zum Lesen und Schreiben öffnen</translation>
    </message>
    <message>
        <source>Close the program that holds the port; &apos;fuser -v %1&apos; names it.</source>
        <translation>Schließen Sie das Programm, das den Port belegt; „fuser -v %1“ nennt es.</translation>
    </message>
    <message>
        <source>Give this user read and write access as the message says, or install the udev rule (man provstation-cli, PERMISSIONS).</source>
        <translation>Geben Sie diesem Benutzer Lese- und Schreibzugriff, wie die Meldung beschreibt, oder installieren Sie die udev-Regel (man provstation-cli, PERMISSIONS).</translation>
    </message>
    <message>
        <source>Check the cable and the adapter; &apos;dmesg&apos; shows what the kernel saw when it was plugged in.</source>
        <translation>Prüfen Sie Kabel und Adapter; „dmesg“ zeigt, was der Kernel beim Einstecken erkannt hat.</translation>
    </message>
    <message>
        <source>no serial ports found (pseudo-terminals are never listed)</source>
        <translation>keine seriellen Ports gefunden (Pseudo-Terminals werden nie aufgeführt)</translation>
    </message>
    <message>
        <source>Plug the module&apos;s adapter in and run doctor again; &apos;dmesg&apos; shows whether the kernel saw it. Give a pseudo-terminal with --port PATH.</source>
        <translation>Stecken Sie den Adapter des Moduls ein und führen Sie doctor erneut aus; „dmesg“ zeigt, ob der Kernel ihn erkannt hat. Ein Pseudo-Terminal geben Sie mit --port PATH an.</translation>
    </message>
    <message>
        <source>running as root, which may open every port; operators should run the station as their own user in the group dialout</source>
        <translation>läuft als root, der jeden Port öffnen darf; Bediener sollten die Station als eigener Benutzer in der Gruppe dialout ausführen</translation>
    </message>
    <message>
        <source>this system has no group &apos;dialout&apos;</source>
        <translation>dieses System hat keine Gruppe „dialout“</translation>
    </message>
    <message>
        <source>Look at the group of the port (&apos;ls -l /dev/ttyUSB0&apos;) and add the user to that group.</source>
        <translation>Sehen Sie nach, welcher Gruppe der Port gehört („ls -l /dev/ttyUSB0“), und fügen Sie den Benutzer dieser Gruppe hinzu.</translation>
    </message>
    <message>
        <source>the user %1 is a member</source>
        <translation>der Benutzer %1 ist Mitglied</translation>
    </message>
    <message>
        <source>the user %1 was added to the group after this session started</source>
        <translation>der Benutzer %1 wurde erst nach dem Start dieser Sitzung zur Gruppe hinzugefügt</translation>
    </message>
    <message>
        <source>Log out and back in (or run: newgrp dialout).</source>
        <translation>Melden Sie sich ab und wieder an (oder führen Sie aus: newgrp dialout).</translation>
    </message>
    <message>
        <source>the user %1 is not a member, so serial ports owned by the group are closed to it</source>
        <translation>der Benutzer %1 ist kein Mitglied, daher bleiben ihm die seriellen Ports der Gruppe verschlossen</translation>
    </message>
    <message>
        <source>sudo usermod -aG dialout %1, then log out and back in.</source>
        <translation>sudo usermod -aG dialout %1, dann ab- und wieder anmelden.</translation>
    </message>
    <message>
        <source>the system keychain answers (service &apos;%1&apos;)</source>
        <translation>der System-Schlüsselbund antwortet (Dienst „%1“)</translation>
    </message>
    <message>
        <source>Run the station in a desktop session whose keyring (GNOME Keyring or KWallet) is unlocked. Scripts can do without it: provision --no-keychain --secret NAME=env:VAR.</source>
        <translation>Führen Sie die Station in einer Desktop-Sitzung mit entsperrtem Schlüsselbund (GNOME Keyring oder KWallet) aus. Skripte kommen ohne ihn aus: provision --no-keychain --secret NAME=env:VAR.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed</source>
        <translation>Qts SQLite-Treiber ist nicht installiert</translation>
    </message>
    <message>
        <source>sudo apt-get install libqt6sql6-sqlite</source>
        <translation>sudo apt-get install libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>Make %1 writable for this user, or give another database with --db PATH.</source>
        <translation>Machen Sie %1 für diesen Benutzer beschreibbar, oder geben Sie mit --db PATH eine andere Datenbank an.</translation>
    </message>
    <message>
        <source>the database opens but cannot be written: %1</source>
        <translation>die Datenbank lässt sich öffnen, aber nicht beschreiben: %1</translation>
    </message>
    <message>
        <source>Give this user write access to %1 and its folder, or close the program that holds a write lock on it.</source>
        <translation>Geben Sie diesem Benutzer Schreibzugriff auf %1 und seinen Ordner, oder schließen Sie das Programm, das eine Schreibsperre darauf hält.</translation>
    </message>
    <message>
        <source>opens and can be written</source>
        <translation>lässt sich öffnen und beschreiben</translation>
    </message>
    <message>
        <source>created, opens and can be written</source>
        <translation>angelegt, lässt sich öffnen und beschreiben</translation>
    </message>
    <message>
        <source>the clock says %1 UTC, before this program was even written (%2 UTC): certificates made now would not be valid yet and TLS to Azure fails</source>
        <translation>die Uhr zeigt %1 UTC, also eine Zeit, bevor dieses Programm überhaupt geschrieben wurde (%2 UTC): Jetzt erstellte Zertifikate wären noch nicht gültig, und TLS zu Azure schlägt fehl</translation>
    </message>
    <message>
        <source>Set the clock (timedatectl set-time, or turn on a time service: timedatectl set-ntp true).</source>
        <translation>Stellen Sie die Uhr (timedatectl set-time, oder schalten Sie einen Zeitdienst ein: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source>the clock (%1 UTC) is not kept synchronised by a time service</source>
        <translation>die Uhr (%1 UTC) wird von keinem Zeitdienst synchron gehalten</translation>
    </message>
    <message>
        <source>Turn on a time service (timedatectl set-ntp true, or install chrony); certificates and SAS tokens depend on the time.</source>
        <translation>Schalten Sie einen Zeitdienst ein (timedatectl set-ntp true, oder installieren Sie chrony); Zertifikate und SAS-Tokens hängen von der Uhrzeit ab.</translation>
    </message>
    <message>
        <source>%1 UTC, synchronised</source>
        <translation>%1 UTC, synchronisiert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Check what the station needs on this machine: serial ports (those the system lists and those given), membership of the group dialout, the system keychain, the results database and the clock. Each problem comes with what to do.
Exit codes: 0 no problem (warnings allowed), 1 a problem found, 2 bad usage.</source>
        <translation>Prüft, was die Station auf diesem Rechner braucht: serielle Ports (die vom System aufgeführten und die angegebenen), die Mitgliedschaft in der Gruppe dialout, den System-Schlüsselbund, die Ergebnisdatenbank und die Uhr. Zu jedem Problem steht, was zu tun ist.
Exit-Codes: 0 kein Problem (Warnungen erlaubt), 1 ein Problem gefunden, 2 falsche Verwendung.</translation>
    </message>
    <message>
        <source>Also check this serial port or pty path (repeatable).</source>
        <translation>Auch diesen seriellen Port oder pty-Pfad prüfen (wiederholbar).</translation>
    </message>
    <message>
        <source>Do not check the system keychain.</source>
        <translation>Den System-Schlüsselbund nicht prüfen.</translation>
    </message>
    <message>
        <source>One JSON object per check and line.</source>
        <translation>Ein JSON-Objekt pro Prüfung und Zeile.</translation>
    </message>
    <message>
        <source>doctor takes no arguments (give ports with --port DEV)</source>
        <translation>doctor nimmt keine Argumente (Ports mit --port DEV angeben)</translation>
    </message>
    <message>
        <source>problems: %1, warnings: %2</source>
        <translation>Probleme: %1, Warnungen: %2</translation>
    </message>
    <message>
        <source>check ports, permissions, keychain, results database and clock</source>
        <translation>Ports, Berechtigungen, Schlüsselbund, Ergebnisdatenbank und Uhr prüfen</translation>
    </message>
    <message>
        <source>the results database %1 cannot be used, so nothing is provisioned: %2</source>
        <translation>die Ergebnisdatenbank %1 kann nicht verwendet werden, daher wird nichts provisioniert: %2</translation>
    </message>
    <message>
        <source>it did not open within 30 s</source>
        <translation>sie wurde nicht innerhalb von 30 s geöffnet</translation>
    </message>
    <message>
        <source>Cloud for profile &quot;%1&quot; (%2):</source>
        <translation>Cloud für das Profil „%1“ (%2):</translation>
    </message>
    <message>
        <source>FAILED: %1 (%2)</source>
        <translation>FEHLER: %1 (%2)</translation>
    </message>
    <message>
        <source>The cloud now matches the profile.</source>
        <translation>Die Cloud entspricht jetzt dem Profil.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>prepare, status or verify</source>
        <translation>prepare, status oder verify</translation>
    </message>
    <message>
        <source>A secret for this run: NAME=env:VAR or NAME=file:PATH (mode 0600), e.g. the connection strings hub-connection-string and dps-connection-string. Repeatable; looked up before the keychain.</source>
        <translation>Ein Geheimnis für diesen Lauf: NAME=env:VAR oder NAME=file:PATH (Modus 0600), z. B. die Verbindungszeichenfolgen hub-connection-string und dps-connection-string. Wiederholbar; wird vor dem Schlüsselbund gesucht.</translation>
    </message>
    <message>
        <source>Do not use the system keychain (generated keys cannot be kept).</source>
        <translation>Den Systemschlüsselbund nicht verwenden (erzeugte Schlüssel können nicht aufbewahrt werden).</translation>
    </message>
    <message>
        <source>Dial ADDR:PORT for HOST, still checking HOST&apos;s certificate (local Azure). Repeatable.</source>
        <translation>Für HOST ADDR:PORT wählen und dabei weiterhin das Zertifikat von HOST prüfen (local Azure). Wiederholbar.</translation>
    </message>
    <message>
        <source>HOST=ADDR:PORT</source>
        <translation>HOST=ADDR:PORT</translation>
    </message>
    <message>
        <source>prepare: also make this device&apos;s identity (hub flows, individual enrollments); verify: the device to check. Repeatable.</source>
        <translation>prepare: auch die Identität dieses Geräts anlegen (Hub-Abläufe, Einzelregistrierungen); verify: das zu prüfende Gerät. Wiederholbar.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>One JSON object on standard output.</source>
        <translation>Ein JSON-Objekt auf der Standardausgabe.</translation>
    </message>
    <message>
        <source>cloud needs --profile FILE</source>
        <translation>cloud braucht --profile FILE</translation>
    </message>
    <message>
        <source>--connect-to %1: expected HOST=ADDR:PORT, e.g. myhub.azure-devices.net=127.0.0.1:8443</source>
        <translation>--connect-to %1: erwartet HOST=ADDR:PORT, z. B. myhub.azure-devices.net=127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--device-cert %1: not a readable PEM certificate</source>
        <translation>--device-cert %1: kein lesbares PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cloud verify needs --device ID or --device-cert FILE</source>
        <translation>cloud verify braucht --device ID oder --device-cert FILE</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The cloud side of a profile through the IoT Hub and DPS service APIs, from connection strings.
  cloud prepare --profile FILE [--device ID]... [--device-cert FILE]...   make the cloud match the profile
  cloud status  --profile FILE                                            show what the cloud holds
  cloud verify  --profile FILE --device ID...                             did the hub see the device?
Exit codes: 0 done, 2 bad usage, 3 configuration (profile, secrets, connection string), 8 cloud.</source>
        <translation>Die Cloud-Seite eines Profils über die Dienst-APIs von IoT Hub und DPS, aus Verbindungszeichenfolgen.
  cloud prepare --profile FILE [--device ID]... [--device-cert FILE]...   die Cloud an das Profil anpassen
  cloud status  --profile FILE                                            zeigen, was die Cloud enthält
  cloud verify  --profile FILE --device ID...                             hat der Hub das Gerät gesehen?
Exit-Codes: 0 erledigt, 2 falsche Verwendung, 3 Konfiguration (Profil, Geheimnisse, Verbindungszeichenfolge), 8 Cloud.</translation>
    </message>
    <message>
        <source>cloud needs prepare, status or verify</source>
        <translation>cloud braucht prepare, status oder verify</translation>
    </message>
    <message>
        <source>the label was not printed within 30 s</source>
        <translation>das Etikett wurde nicht innerhalb von 30 s gedruckt</translation>
    </message>
    <message>
        <source>Print the label of a recorded module (the id that &apos;results list --json&apos; prints):
  label --result ID --to tcp://HOST:PORT|file:PATH [--profile FILE] [--db PATH]
file: paths end in .zpl, .pdf or .png and may hold placeholders such as {device_id}.</source>
        <translation>Das Etikett eines erfassten Moduls drucken (die id, die &apos;results list --json&apos; ausgibt):
  label --result ID --to tcp://HOST:PORT|file:PATH [--profile FILE] [--db PATH]
file:-Pfade enden auf .zpl, .pdf oder .png und dürfen Platzhalter wie {device_id} enthalten.</translation>
    </message>
    <message>
        <source>The result&apos;s id.</source>
        <translation>Die id des Ergebnisses.</translation>
    </message>
    <message>
        <source>Where the label goes: tcp://HOST:PORT (ZPL) or file:PATH.</source>
        <translation>Wohin das Etikett geht: tcp://HOST:PORT (ZPL) oder file:PATH.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>Take the label template from this profile (default: the built-in one).</source>
        <translation>Die Etikettenvorlage aus diesem Profil nehmen (Standard: die eingebaute).</translation>
    </message>
    <message>
        <source>label needs --result ID, a positive number (&apos;results list --json&apos; prints the ids)</source>
        <translation>label braucht --result ID, eine positive Zahl (&apos;results list --json&apos; gibt die ids aus)</translation>
    </message>
    <message>
        <source>label needs --to tcp://HOST:PORT or --to file:PATH</source>
        <translation>label braucht --to tcp://HOST:PORT oder --to file:PATH</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>--to: CUPS printers are printed to from the station window; use tcp:// or file: here</source>
        <translation>--to: Auf CUPS-Drucker wird aus dem Stationsfenster gedruckt; verwenden Sie hier tcp:// oder file:</translation>
    </message>
    <message>
        <source>there is no result %1 in %2 (&apos;results list --json&apos; prints the ids)</source>
        <translation>es gibt kein Ergebnis %1 in %2 (&apos;results list --json&apos; gibt die ids aus)</translation>
    </message>
    <message>
        <source>result %1 (%2) did not pass (%3): labels are for modules that passed</source>
        <translation>Ergebnis %1 (%2) ist nicht OK (%3): Etiketten gibt es nur für Module mit OK</translation>
    </message>
    <message>
        <source>printed the label of %1 (MAC %2) to %3</source>
        <translation>Etikett von %1 (MAC %2) auf %3 gedruckt</translation>
    </message>
    <message>
        <source>the results server %1 is unreachable: running modules finish, their results are kept and written when it is back</source>
        <translation>der Ergebnisserver %1 ist nicht erreichbar: laufende Module werden fertig, ihre Ergebnisse werden aufbewahrt und geschrieben, sobald er wieder da ist</translation>
    </message>
    <message>
        <source>the results server %1 is back</source>
        <translation>der Ergebnisserver %1 ist wieder da</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) did not reach %1 within %2 s; they are kept in the journal %3 and written when station %4 opens this database again</source>
        <translation>
            <numerusform>%n Ergebnis hat %1 nicht innerhalb von %2 s erreicht; es wird im Journal %3 aufbewahrt und geschrieben, wenn Station %4 diese Datenbank wieder öffnet</numerusform>
            <numerusform>%n Ergebnisse haben %1 nicht innerhalb von %2 s erreicht; sie werden im Journal %3 aufbewahrt und geschrieben, wenn Station %4 diese Datenbank wieder öffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>uxsim latency model: fast (default), hardware (a real module&apos;s timings) or seed (the seed log&apos;s).</source>
        <translation>uxsim-Latenzmodell: fast (Standard), hardware (die Zeiten eines echten Moduls) oder seed (die des Seed-Logs).</translation>
    </message>
    <message>
        <source>Start from an empty local Azure and prepare it through the station&apos;s own service clients (cloud setup), as `cloud prepare` does with real connection strings.</source>
        <translation>Mit einem leeren local Azure beginnen und es über die eigenen Dienst-Clients der Station vorbereiten (Cloud-Einrichtung), wie es `cloud prepare` mit echten Verbindungszeichenfolgen tut.</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>--id-template works with the DPS flows: local Azure knows the hub flows&apos; devices by {model}-{mac}</source>
        <translation>--id-template gilt für die DPS-Abläufe: das lokale Azure kennt die Geräte der Hub-Abläufe unter {model}-{mac}</translation>
    </message>
    <message>
        <source>Cloud: %1 %2 %3 (%4)</source>
        <translation>Cloud: %1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>--id-template: %1</source>
        <translation>--id-template: %1</translation>
    </message>
    <message>
        <source>warning: the secret %1: %2; trying without it</source>
        <translation>Warnung: das Geheimnis %1: %2; es wird ohne versucht</translation>
    </message>
    <message>
        <source>Line statistics for %1</source>
        <translation>Kennzahlen der Linie für %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>attempts: %1 (%2 passed, %3 failed)</source>
        <translation>Versuche: %1 (%2 OK, %3 FEHLER)</translation>
    </message>
    <message>
        <source>modules per hour: %1</source>
        <translation>Module pro Stunde: %1</translation>
    </message>
    <message>
        <source>first-pass yield: no module known</source>
        <translation>Erstausbeute: kein Modul bekannt</translation>
    </message>
    <message>
        <source>first-pass yield: %1 % (%2 of %3 modules)</source>
        <translation>Erstausbeute: %1 % (%2 von %3 Modulen)</translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation>Stationen:</translation>
    </message>
    <message>
        <source>%1 attempts, %2 passed</source>
        <translation>%1 Versuche, %2 OK</translation>
    </message>
    <message>
        <source>Per hour (UTC):</source>
        <translation>Pro Stunde (UTC):</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 OK, %2 FEHLER</translation>
    </message>
    <message>
        <source>Failures by station and step:</source>
        <translation>Fehler nach Station und Schritt:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Time per step (steps that passed): count, median, 95th percentile</source>
        <translation>Zeit pro Schritt (erfolgreiche Schritte): Anzahl, Median, 95. Perzentil</translation>
    </message>
    <message>
        <source>Results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB (default: PROVSTATION_RESULTS, else the station setting, else %1). The PostgreSQL password comes from the secret results-password or ~/.pgpass, never from the URL.</source>
        <translation>Ergebnisdatenbank: ein Dateipfad, sqlite:///PATH oder postgresql://USER@HOST[:PORT]/DB (Standard: PROVSTATION_RESULTS, sonst die Stationseinstellung, sonst %1). Das PostgreSQL-Passwort kommt aus dem Geheimnis results-password oder ~/.pgpass, nie aus der URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Results database file (the same as --results PATH).</source>
        <translation>Ergebnisdatenbank-Datei (wie --results PATH).</translation>
    </message>
    <message>
        <source>Station id recorded with each result (default: PROVSTATION_STATION_ID, else the setting, else the host name).</source>
        <translation>Stations-ID, die mit jedem Ergebnis gespeichert wird (Standard: PROVSTATION_STATION_ID, sonst die Einstellung, sonst der Hostname).</translation>
    </message>
    <message>
        <source>Line id recorded with each result (default: PROVSTATION_LINE_ID, else the setting).</source>
        <translation>Linien-ID, die mit jedem Ergebnis gespeichert wird (Standard: PROVSTATION_LINE_ID, sonst die Einstellung).</translation>
    </message>
    <message>
        <source>At the end, wait at most S seconds for a results server that went away (default 300).</source>
        <translation>Am Ende höchstens S Sekunden auf einen weggefallenen Ergebnisserver warten (Standard 300).</translation>
    </message>
    <message>
        <source>--results: %1</source>
        <translation>--results: %1</translation>
    </message>
    <message>
        <source>--results %1: a password on the command line can be read by every user of this machine (ps); give it as --secret %2=file:PATH, in the keychain or in ~/.pgpass</source>
        <translation>--results %1: ein Passwort auf der Befehlszeile kann jeder Benutzer dieses Rechners lesen (ps); geben Sie es als --secret %2=file:PATH, im Schlüsselbund oder in ~/.pgpass an</translation>
    </message>
    <message>
        <source>--results-wait needs a number of seconds from 0 to 86400</source>
        <translation>--results-wait braucht eine Anzahl Sekunden von 0 bis 86400</translation>
    </message>
    <message>
        <source>Show, export or summarise the results database.
  results list [--filter TEXT] [--station ID] [--limit N] [--json]
  results export --csv FILE
  results stats [--since WHEN] [--station ID] [--json]
  results migrate   (bring the schema up to date; the line&apos;s owner role)</source>
        <translation>Die Ergebnisdatenbank anzeigen, exportieren oder zusammenfassen.
  results list [--filter TEXT] [--station ID] [--limit N] [--json]
  results export --csv FILE
  results stats [--since WHEN] [--station ID] [--json]
  results migrate   (das Schema aktualisieren; die Eigentümerrolle der Linie)</translation>
    </message>
    <message>
        <source>Results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB (default: PROVSTATION_RESULTS, else %1).</source>
        <translation>Ergebnisdatenbank: ein Dateipfad, sqlite:///PATH oder postgresql://USER@HOST[:PORT]/DB (Standard: PROVSTATION_RESULTS, sonst %1).</translation>
    </message>
    <message>
        <source>Where the PostgreSQL password is: results-password=env:VAR or results-password=file:PATH (mode 0600); else the keychain, else ~/.pgpass.</source>
        <translation>Wo das PostgreSQL-Passwort liegt: results-password=env:VAR oder results-password=file:PATH (Modus 0600); sonst der Schlüsselbund, sonst ~/.pgpass.</translation>
    </message>
    <message>
        <source>Do not look the password up in the system keychain.</source>
        <translation>Das Passwort nicht im System-Schlüsselbund suchen.</translation>
    </message>
    <message>
        <source>Only rows whose ids, MAC, outcome, cause, station or line contain TEXT.</source>
        <translation>Nur Zeilen, deren IDs, MAC, Ausgang, Ursache, Station oder Linie TEXT enthalten.</translation>
    </message>
    <message>
        <source>Only the rows of station ID.</source>
        <translation>Nur die Zeilen der Station ID.</translation>
    </message>
    <message>
        <source>stats: only attempts started since WHEN (8h, 2d, 2026-11-22T06:00).</source>
        <translation>stats: nur Versuche, die seit WHEN begonnen haben (8h, 2d, 2026-11-22T06:00).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>One JSON object per row and line (stats: one object).</source>
        <translation>Ein JSON-Objekt pro Zeile (stats: ein Objekt).</translation>
    </message>
    <message>
        <source>list, export, stats or migrate</source>
        <translation>list, export, stats oder migrate</translation>
    </message>
    <message>
        <source>results needs list, export, stats or migrate</source>
        <translation>results braucht list, export, stats oder migrate</translation>
    </message>
    <message>
        <source>--since %1: give a time like 8h, 30m, 2d, 1w, 2026-11-22 or 2026-11-22T06:00</source>
        <translation>--since %1: geben Sie eine Zeit wie 8h, 30m, 2d, 1w, 2026-11-22 oder 2026-11-22T06:00 an</translation>
    </message>
    <message>
        <source>%1: schema %2</source>
        <translation>%1: Schema %2</translation>
    </message>
    <message>
        <source>prepare the IoT Hub / DPS side of a profile from connection strings</source>
        <translation>die IoT-Hub-/DPS-Seite eines Profils aus Verbindungszeichenfolgen vorbereiten</translation>
    </message>
    <message>
        <source>print the label of a recorded module</source>
        <translation>das Etikett eines erfassten Moduls drucken</translation>
    </message>
    <message>
        <source>environment variable %1 (from --%2) is not set</source>
        <translation>Umgebungsvariable %1 (aus --%2) ist nicht gesetzt</translation>
    </message>
    <message>
        <source>environment variable %1 (from --%2) is empty</source>
        <translation>Umgebungsvariable %1 (aus --%2) ist leer</translation>
    </message>
    <message>
        <source>ledger export needs one signing key: --key FILE (a PEM private key) or --pkcs11 URI (a key on a token)</source>
        <translation>ledger export braucht einen signierenden Schlüssel: --key FILE (ein privater PEM-Schlüssel) oder --pkcs11 URI (ein Schlüssel auf einem Token)</translation>
    </message>
    <message>
        <source>a key on a PKCS#11 token needs --pin-env VAR (the token&apos;s user PIN, from this environment variable)</source>
        <translation>ein Schlüssel auf einem PKCS#11-Token braucht --pin-env VAR (die Benutzer-PIN des Tokens, aus dieser Umgebungsvariablen)</translation>
    </message>
    <message>
        <source>--pkcs11: %1</source>
        <translation>--pkcs11: %1</translation>
    </message>
    <message>
        <source>--key: cannot read %1: %2</source>
        <translation>--key: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--key %1: %2</source>
        <translation>--key %1: %2</translation>
    </message>
    <message>
        <source>--key %1 is a public key: the export is signed with a private key</source>
        <translation>--key %1 ist ein öffentlicher Schlüssel: der Export wird mit einem privaten Schlüssel signiert</translation>
    </message>
    <message>
        <source>ledger export needs --signed FILE (the export; its signature goes to FILE.sig)</source>
        <translation>ledger export braucht --signed FILE (der Export; seine Signatur kommt nach FILE.sig)</translation>
    </message>
    <message numerus="yes">
        <source>exported %n ledger entries of %1 to %2, signed in %3 (%4 key SHA-256 %5)</source>
        <translation>
            <numerusform>%n Registereintrag von %1 nach %2 exportiert, signiert in %3 (%4-Schlüssel SHA-256 %5)</numerusform>
            <numerusform>%n Registereinträge von %1 nach %2 exportiert, signiert in %3 (%4-Schlüssel SHA-256 %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger verify needs the export FILE (its signature is read from FILE.sig)</source>
        <translation>ledger verify braucht den Export FILE (seine Signatur wird aus FILE.sig gelesen)</translation>
    </message>
    <message>
        <source>--cert: cannot read %1: %2</source>
        <translation>--cert: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--cert %1: %2</source>
        <translation>--cert %1: %2</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>%1 ist nicht gültig: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, the chain is whole and the signature matches</source>
        <translation>
            <numerusform>%1: %n Eintrag, die Kette ist vollständig und die Signatur passt</numerusform>
            <numerusform>%1: %n Einträge, die Kette ist vollständig und die Signatur passt</numerusform>
        </translation>
    </message>
    <message>
        <source>signed by the %1 key with SHA-256 %2, as the file itself says: give --cert to check it is the key you expect</source>
        <translation>signiert mit dem %1-Schlüssel mit SHA-256 %2, wie die Datei selbst sagt: geben Sie --cert an, um zu prüfen, dass es der erwartete Schlüssel ist</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <source>Export the issuance ledger (every certificate the station issued, as a hash chain) with a detached signature, or check an export.
  ledger export --signed FILE (--key PEM [--passphrase-env VAR] | --pkcs11 URI --pin-env VAR)
                [--results URL]
  ledger verify FILE [--cert PEM]
The signature goes to FILE.sig; `openssl dgst -sha256 -verify PUBKEY -signature FILE.sig FILE` checks it too (docs/ledger.md).</source>
        <translation>Das Ausstellungsregister (jedes Zertifikat, das die Station ausgestellt hat, als Hash-Kette) mit einer abgetrennten Signatur exportieren oder einen Export prüfen.
  ledger export --signed FILE (--key PEM [--passphrase-env VAR] | --pkcs11 URI --pin-env VAR)
                [--results URL]
  ledger verify FILE [--cert PEM]
Die Signatur kommt nach FILE.sig; `openssl dgst -sha256 -verify PUBKEY -signature FILE.sig FILE` prüft sie ebenfalls (docs/ledger.md).</translation>
    </message>
    <message>
        <source>export: write the ledger to FILE and its signature to FILE.sig.</source>
        <translation>export: das Ausstellungsregister nach FILE und seine Signatur nach FILE.sig schreiben.</translation>
    </message>
    <message>
        <source>export: sign with this PEM private key (RSA or EC).</source>
        <translation>export: mit diesem privaten PEM-Schlüssel signieren (RSA oder EC).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>export: the passphrase of an encrypted --key, from this environment variable.</source>
        <translation>export: die Passphrase eines verschlüsselten --key, aus dieser Umgebungsvariable.</translation>
    </message>
    <message>
        <source>export: sign with this key on a PKCS#11 token (pkcs11:token=…;object=…); needs --pin-env.</source>
        <translation>export: mit diesem Schlüssel auf einem PKCS#11-Token signieren (pkcs11:token=…;object=…); braucht --pin-env.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The PKCS#11 token&apos;s user PIN, from this environment variable (for pkcs11: keys).</source>
        <translation>Die Benutzer-PIN des PKCS#11-Tokens, aus dieser Umgebungsvariablen (für pkcs11:-Schlüssel).</translation>
    </message>
    <message>
        <source>export: the results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB (default: PROVSTATION_RESULTS, else the station setting, else %1).</source>
        <translation>export: die Ergebnisdatenbank: ein Dateipfad, sqlite:///PATH oder postgresql://USER@HOST[:PORT]/DB (Standard: PROVSTATION_RESULTS, sonst die Stationseinstellung, sonst %1).</translation>
    </message>
    <message>
        <source>verify: the certificate whose key must have signed the export (the CA&apos;s or the station&apos;s).</source>
        <translation>verify: das Zertifikat, dessen Schlüssel den Export signiert haben muss (das der CA oder der Station).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>export or verify</source>
        <translation>export oder verify</translation>
    </message>
    <message>
        <source>ledger needs export or verify</source>
        <translation>ledger braucht export oder verify</translation>
    </message>
    <message>
        <source>export the signed issuance ledger, or verify an export</source>
        <translation>das signierte Ausstellungsregister exportieren oder einen Export prüfen</translation>
    </message>
    <message>
        <source>prepare/verify: a device certificate (PEM); its CN is the device ID, its SHA-256 the thumbprint. Repeatable.</source>
        <translation>prepare/verify: ein Gerätezertifikat (PEM); sein CN ist die Geräte-ID, sein SHA-256 der Fingerabdruck. Wiederholbar.</translation>
    </message>
    <message>
        <source>--device-cert %1: the certificate has no CN (the device ID)</source>
        <translation>--device-cert %1: das Zertifikat hat keinen CN (die Geräte-ID)</translation>
    </message>
    <message>
        <source>Device ID template for the DPS flows, e.g. line3-{seq:6} ({seq}: a number from the results database, unique on the line).</source>
        <translation>Geräte-ID-Vorlage für die DPS-Abläufe, z. B. line3-{seq:6} ({seq}: eine Nummer aus der Ergebnisdatenbank, eindeutig auf der Linie).</translation>
    </message>
    <message>
        <source>standard input is closed</source>
        <translation>die Standardeingabe ist geschlossen</translation>
    </message>
    <message>
        <source>standard input is a terminal; pipe or redirect a file into it</source>
        <translation>die Standardeingabe ist ein Terminal; leiten Sie eine Datei hinein (Pipe oder Umleitung)</translation>
    </message>
    <message>
        <source>standard input is a folder, not a file</source>
        <translation>die Standardeingabe ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>standard input is a device, not a file; pipe or redirect a file into it</source>
        <translation>die Standardeingabe ist ein Gerät, keine Datei; leiten Sie eine Datei hinein (Pipe oder Umleitung)</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>standard input is more than %1 bytes</source>
        <translation>die Standardeingabe ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>--device-cert %1: %2</source>
        <translation>--device-cert %1: %2</translation>
    </message>
    <message>
        <source>%1 is more than %2 bytes, the limit of a capture</source>
        <translation>%1 ist größer als %2 Bytes, die Grenze für einen Mitschnitt</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>--unencrypted-key does not apply to a key on a token (it never leaves the token)</source>
        <translation>--unencrypted-key gilt nicht für einen Schlüssel auf einem Token (er verlässt das Token nie)</translation>
    </message>
    <message>
        <source>give --passphrase-env VAR or --unencrypted-key, not both</source>
        <translation>geben Sie --passphrase-env VAR oder --unencrypted-key an, nicht beides</translation>
    </message>
    <message>
        <source>a CA key is written encrypted: give --passphrase-env VAR (the passphrase in that environment variable), or --unencrypted-key to write it in clear on purpose</source>
        <translation>ein CA-Schlüssel wird verschlüsselt geschrieben: geben Sie --passphrase-env VAR an (die Passphrase in dieser Umgebungsvariable) oder --unencrypted-key, um ihn bewusst unverschlüsselt zu schreiben</translation>
    </message>
    <message>
        <source>Write the CA key without a passphrase (not recommended: whoever reads the file can issue certificates). Prints a warning.</source>
        <translation>Den CA-Schlüssel ohne Passphrase schreiben (nicht empfohlen: wer die Datei liest, kann Zertifikate ausstellen). Gibt eine Warnung aus.</translation>
    </message>
    <message>
        <source>Make an intermediate CA signed by another CA:
  pki intermediate --ca-cert F --ca-key F --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) [--key TYPE] [--days N]
  (--ca-key pkcs11:… or --pkcs11 URI with --pin-env VAR for keys on a token)</source>
        <translation>Eine Zwischen-CA erstellen, signiert von einer anderen CA:
  pki intermediate --ca-cert F --ca-key F --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) [--key TYPE] [--days N]
  (--ca-key pkcs11:… oder --pkcs11 URI mit --pin-env VAR für Schlüssel auf einem Token)</translation>
    </message>
    <message>
        <source>Make a root CA:
  pki ca --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) [--key TYPE] [--days N]
  pki ca --pkcs11 URI --pin-env VAR --cn NAME --out-dir DIR [--key TYPE] [--days N]</source>
        <translation>Eine Stamm-CA erstellen:
  pki ca --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) [--key TYPE] [--days N]
  pki ca --pkcs11 URI --pin-env VAR --cn NAME --out-dir DIR [--key TYPE] [--days N]</translation>
    </message>
    <message>
        <source>provstation-cli: warning: the CA key %1 is not encrypted; whoever can read it can issue certificates that Azure trusts (keep it offline, or encrypt it)</source>
        <translation>provstation-cli: Warnung: Der CA-Schlüssel %1 ist nicht verschlüsselt; wer ihn lesen kann, kann Zertifikate ausstellen, denen Azure vertraut (bewahren Sie ihn offline auf oder verschlüsseln Sie ihn)</translation>
    </message>
    <message>
        <source>--key %1 holds no private key</source>
        <translation>--key %1 enthält keinen privaten Schlüssel</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>kein privater Schlüssel</translation>
    </message>
    <message>
        <source>The private key file kept with the certificate (a CA&apos;s key in clear is flagged).</source>
        <translation>Die Datei des privaten Schlüssels zum Zertifikat (ein unverschlüsselter CA-Schlüssel wird gemeldet).</translation>
    </message>
    <message>
        <source>--%1: at most %2 characters</source>
        <translation>--%1: höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>the profile %1 has errors: %2</source>
        <translation>das Profil %1 hat Fehler: %2</translation>
    </message>
    <message>
        <source>the profile %1 cannot be used: %2</source>
        <translation>das Profil %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>provstation-cli: warning: %1</source>
        <translation>provstation-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>loop ended: %1 module(s) provisioned, %2 PASS, %3 FAIL</source>
        <translation>Schleife beendet: %1 Modul(e) provisioniert, %2 PASS, %3 FAIL</translation>
    </message>
    <message>
        <source>%1 result(s) did not reach %2; they are kept in the journal %3</source>
        <translation>%1 Ergebnis(se) haben %2 nicht erreicht; sie bleiben im Journal %3</translation>
    </message>
    <message>
        <source>%1: module plugged in</source>
        <translation>%1: Modul eingesteckt</translation>
    </message>
    <message>
        <source>%1: module removed</source>
        <translation>%1: Modul entfernt</translation>
    </message>
    <message>
        <source>stopping: cancelling what is running</source>
        <translation>wird beendet: Laufendes wird abgebrochen</translation>
    </message>
    <message>
        <source>waiting for modules on ports matching &quot;%1&quot; (Ctrl+C ends)</source>
        <translation>warte auf Module an Ports, die auf „%1“ passen (Strg+C beendet)</translation>
    </message>
    <message>
        <source>waiting for modules on %1 (Ctrl+C ends)</source>
        <translation>warte auf Module an %1 (Strg+C beendet)</translation>
    </message>
    <message>
        <source>Keep provisioning modules as they are plugged in on the ports (without --port: on every port matching the profile&apos;s line.usbFilter) until SIGINT or SIGTERM; then print a summary.</source>
        <translation>Module laufend provisionieren, sobald sie an den Ports eingesteckt werden (ohne --port: an jedem Port, der auf line.usbFilter des Profils passt), bis SIGINT oder SIGTERM; dann eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>provision --loop needs --port DEV or a line.usbFilter in the profile (it would otherwise provision whatever serial port appears)</source>
        <translation>provision --loop braucht --port DEV oder einen line.usbFilter im Profil (sonst würde jeder auftauchende serielle Port provisioniert)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is %1 bytes; at most %2 are accepted</source>
        <translation>die Datei hat %1 Bytes; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <source>it is more than %1 bytes</source>
        <translation>die Datei hat mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot restrict it to its owner</source>
        <translation>der Zugriff kann nicht auf den Besitzer beschränkt werden</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>es ist eine Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>es ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>es ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>it changed while it was opened</source>
        <translation>sie wurde beim Öffnen verändert</translation>
    </message>
</context>
<context>
    <name>hex</name>
    <message>
        <source>odd number of hex digits: the digit at position %1 has no partner</source>
        <translation>ungerade Anzahl von Hexadezimalziffern: Die Ziffer an Position %1 hat keinen Partner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hex digit</source>
        <translation>„%1“ an Position %2 ist keine Hexadezimalziffer</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>label.qr: %1</source>
        <translation>label.qr: %1</translation>
    </message>
    <message>
        <source>label: the QR code of &quot;%1&quot; has %2 modules a side, which do not fit %3 mm at %4 dpi (make the label taller or the QR text shorter)</source>
        <translation>label: der QR-Code von „%1“ hat %2 Module je Seite, die nicht auf %3 mm bei %4 dpi passen (machen Sie das Etikett höher oder den QR-Text kürzer)</translation>
    </message>
    <message>
        <source>label: no room for the text beside the QR code (make the label wider)</source>
        <translation>label: neben dem QR-Code ist kein Platz für den Text (machen Sie das Etikett breiter)</translation>
    </message>
    <message>
        <source>label: the line &quot;%1&quot; does not fit the label (make it wider, or the line shorter)</source>
        <translation>label: die Zeile „%1“ passt nicht auf das Etikett (machen Sie es breiter oder die Zeile kürzer)</translation>
    </message>
    <message>
        <source>drawing a label needs a graphical application (the station window or &apos;provstation-cli label&apos;)</source>
        <translation>zum Zeichnen eines Etiketts ist eine grafische Anwendung nötig (das Stationsfenster oder &apos;provstation-cli label&apos;)</translation>
    </message>
    <message>
        <source>cannot encode the label as PNG</source>
        <translation>das Etikett kann nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>%1: write a ZPL printer as tcp://HOST:PORT</source>
        <translation>%1: geben Sie einen ZPL-Drucker als tcp://HOST:PORT an</translation>
    </message>
    <message>
        <source>%1: the port must be 1 to 65535</source>
        <translation>%1: der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>%1: name the file, e.g. file:labels/{device_id}.pdf</source>
        <translation>%1: geben Sie die Datei an, z. B. file:labels/{device_id}.pdf</translation>
    </message>
    <message>
        <source>%1: the file name must end in .zpl, .pdf or .png (that says the format)</source>
        <translation>%1: der Dateiname muss auf .zpl, .pdf oder .png enden (das bestimmt das Format)</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}</source>
        <translation>%1: unbekannter Platzhalter {%2}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label target: use tcp://HOST:PORT, file:PATH or cups:QUEUE</source>
        <translation>„%1“ ist kein Etikettenziel: verwenden Sie tcp://HOST:PORT, file:PATH oder cups:QUEUE</translation>
    </message>
    <message>
        <source>label.print: must be &quot;never&quot; or &quot;pass&quot;</source>
        <translation>label.print: muss &quot;never&quot; oder &quot;pass&quot; sein</translation>
    </message>
    <message>
        <source>label.target: %1</source>
        <translation>label.target: %1</translation>
    </message>
    <message>
        <source>label.target: name where labels go (tcp://HOST:PORT, file:PATH or cups:QUEUE) to print on PASS</source>
        <translation>label.target: geben Sie an, wohin Etiketten gehen (tcp://HOST:PORT, file:PATH oder cups:QUEUE), um bei OK zu drucken</translation>
    </message>
    <message>
        <source>label.widthMm: must be %1 to %2</source>
        <translation>label.widthMm: muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>label.heightMm: must be %1 to %2</source>
        <translation>label.heightMm: muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>label.dpi: must be 152, 203, 300 or 600</source>
        <translation>label.dpi: muss 152, 203, 300 oder 600 sein</translation>
    </message>
    <message>
        <source>label.lines: at most %1 lines</source>
        <translation>label.lines: höchstens %1 Zeilen</translation>
    </message>
    <message>
        <source>label: an empty label (no lines and no QR code)</source>
        <translation>label: ein leeres Etikett (keine Zeilen und kein QR-Code)</translation>
    </message>
    <message>
        <source>label: &quot;%1…&quot; is longer than %2 characters</source>
        <translation>label: „%1…“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>label: unknown placeholder {%1} (known: %2)</source>
        <translation>label: unbekannter Platzhalter {%1} (bekannt: %2)</translation>
    </message>
    <message>
        <source>label.%1: must be a string</source>
        <translation>label.%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>label.%1: must be a whole number</source>
        <translation>label.%1: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>label.lines: must be a list of strings</source>
        <translation>label.lines: muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>label.%1: unknown field (known: %2)</source>
        <translation>label.%1: unbekanntes Feld (bekannt: %2)</translation>
    </message>
    <message>
        <source>the QR code text is empty</source>
        <translation>der Text des QR-Codes ist leer</translation>
    </message>
    <message>
        <source>%1 bytes are too many for a QR code (at most 2331)</source>
        <translation>%1 Bytes sind zu viele für einen QR-Code (höchstens 2331)</translation>
    </message>
    <message>
        <source>libqrencode could not encode the text (errno %1)</source>
        <translation>libqrencode konnte den Text nicht kodieren (errno %1)</translation>
    </message>
</context>
<context>
    <name>label::LabelPrinter</name>
    <message>
        <source>no label target: set label.target in the profile or give one</source>
        <translation>kein Etikettenziel: setzen Sie label.target im Profil oder geben Sie eines an</translation>
    </message>
    <message>
        <source>printing to a CUPS printer needs the station window (QtPrintSupport)</source>
        <translation>Drucken auf einen CUPS-Drucker braucht das Stationsfenster (QtPrintSupport)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the printer %1 did not take the label within %2 s</source>
        <translation>der Drucker %1 hat das Etikett nicht innerhalb von %2 s angenommen</translation>
    </message>
    <message>
        <source>the printer %1 closed the connection before it had the whole label</source>
        <translation>der Drucker %1 hat die Verbindung geschlossen, bevor er das ganze Etikett hatte</translation>
    </message>
    <message>
        <source>cannot print to %1: %2</source>
        <translation>Drucken auf %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>labelui</name>
    <message>
        <source>the printer %1 cannot print now</source>
        <translation>der Drucker %1 kann jetzt nicht drucken</translation>
    </message>
    <message>
        <source>there is no default printer (name a CUPS queue: cups:QUEUE)</source>
        <translation>es gibt keinen Standarddrucker (geben Sie eine CUPS-Warteschlange an: cups:QUEUE)</translation>
    </message>
    <message>
        <source>there is no printer named %1 (CUPS queues: %2)</source>
        <translation>es gibt keinen Drucker namens %1 (CUPS-Warteschlangen: %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Provisioning station for u-connectXpress modules and Azure IoT</source>
        <translation>Provisionierungsstation für u-connectXpress-Module und Azure IoT</translation>
    </message>
    <message>
        <source>Start local Azure and simulated modules (N, default 1) and a matching demo profile; give N as the first argument after the options.</source>
        <translation>Lokales Azure und simulierte Module (N, Standard 1) sowie ein passendes Demoprofil starten; N als erstes Argument nach den Optionen angeben.</translation>
    </message>
    <message>
        <source>Open the profile FILE.</source>
        <translation>Das Profil FILE öffnen.</translation>
    </message>
    <message>
        <source>User interface language (de, zh_CN, en).</source>
        <translation>Sprache der Benutzeroberfläche (de, zh_CN, en).</translation>
    </message>
    <message>
        <source>Start in engineer mode (asks the password).</source>
        <translation>Im Technikermodus starten (fragt nach dem Passwort).</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation>Nach MS Millisekunden beenden (Smoke-Tests).</translation>
    </message>
    <message>
        <source>Save PNGs of the wizard pages, station view, inspector and history into DIR, then quit.</source>
        <translation>PNGs der Assistentenseiten, der Stationsansicht, des Inspektors und des Verlaufs in DIR speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Results database FILE (default: the user&apos;s).</source>
        <translation>Ergebnisdatenbank FILE (Standard: die des Benutzers).</translation>
    </message>
    <message>
        <source>Number of simulated modules (with --simulate).</source>
        <translation>Anzahl der simulierten Module (mit --simulate).</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Without --simulate: station profiles or saved traffic captures (pcapng, CSV) to open.</source>
        <translation>Ohne --simulate: zu öffnende Stationsprofile oder gespeicherte Datenverkehrsmitschnitte (pcapng, CSV).</translation>
    </message>
    <message>
        <source>simulation: secrets in memory only</source>
        <translation>Simulation: Geheimnisse nur im Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>module::ModuleClient</name>
    <message>
        <source>%1: the link did not answer at all</source>
        <translation>%1: die Verbindung hat überhaupt nicht geantwortet</translation>
    </message>
    <message>
        <source>read the model</source>
        <translation>Modell lesen</translation>
    </message>
    <message>
        <source>reading the model</source>
        <translation>Modell wird gelesen</translation>
    </message>
    <message>
        <source>read the firmware version</source>
        <translation>Firmwareversion lesen</translation>
    </message>
    <message>
        <source>reading the firmware version</source>
        <translation>Firmwareversion wird gelesen</translation>
    </message>
    <message>
        <source>read the Wi-Fi MAC address</source>
        <translation>WLAN-MAC-Adresse lesen</translation>
    </message>
    <message>
        <source>reading the MAC address</source>
        <translation>MAC-Adresse wird gelesen</translation>
    </message>
    <message>
        <source>the module&apos;s MAC address answer makes no sense: %1</source>
        <translation>die Antwort des Moduls auf die MAC-Adresse ergibt keinen Sinn: %1</translation>
    </message>
    <message>
        <source>read the serial number</source>
        <translation>Seriennummer lesen</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>Neustart läuft</translation>
    </message>
    <message>
        <source>waiting for the module to start</source>
        <translation>es wird auf den Start des Moduls gewartet</translation>
    </message>
    <message>
        <source>factory reset</source>
        <translation>Werksreset</translation>
    </message>
    <message>
        <source>save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>entering EDM</source>
        <translation>EDM wird aktiviert</translation>
    </message>
    <message>
        <source>check %1 on the module</source>
        <translation>%1 auf dem Modul prüfen</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>%1 hochladen</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>the module did not report the MD5 of %1</source>
        <translation>das Modul hat die MD5 von %1 nicht gemeldet</translation>
    </message>
    <message>
        <source>the module stored %1 with MD5 %2, expected %3 (damaged in transfer)</source>
        <translation>das Modul hat %1 mit MD5 %2 gespeichert, erwartet war %3 (bei der Übertragung beschädigt)</translation>
    </message>
    <message>
        <source>read the Wi-Fi status</source>
        <translation>WLAN-Status lesen</translation>
    </message>
    <message>
        <source>reading the Wi-Fi status</source>
        <translation>WLAN-Status wird gelesen</translation>
    </message>
    <message>
        <source>set the SSID</source>
        <translation>SSID setzen</translation>
    </message>
    <message>
        <source>set the security</source>
        <translation>Sicherheit setzen</translation>
    </message>
    <message>
        <source>set the passphrase</source>
        <translation>Passphrase setzen</translation>
    </message>
    <message>
        <source>set auto-join</source>
        <translation>automatisches Verbinden setzen</translation>
    </message>
    <message>
        <source>store the Wi-Fi settings</source>
        <translation>WLAN-Einstellungen speichern</translation>
    </message>
    <message>
        <source>activate Wi-Fi</source>
        <translation>WLAN aktivieren</translation>
    </message>
    <message>
        <source>activating Wi-Fi</source>
        <translation>WLAN wird aktiviert</translation>
    </message>
    <message>
        <source>deactivate Wi-Fi</source>
        <translation>WLAN deaktivieren</translation>
    </message>
    <message>
        <source>deactivating Wi-Fi</source>
        <translation>WLAN wird deaktiviert</translation>
    </message>
    <message>
        <source>read the IPv4 address</source>
        <translation>IPv4-Adresse lesen</translation>
    </message>
    <message>
        <source>reading the IPv4 address</source>
        <translation>IPv4-Adresse wird gelesen</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the module has no network</source>
        <translation>%1 kann nicht geöffnet werden: das Modul hat kein Netzwerk</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>store a URL value for %1</source>
        <translation>einen URL-Wert für %1 speichern</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>connecting %1</source>
        <translation>%1 wird verbunden</translation>
    </message>
    <message>
        <source>connecting %1: no peer handle in the answer</source>
        <translation>Verbindung mit %1: kein Peer-Handle in der Antwort</translation>
    </message>
    <message>
        <source>the module went away while connecting %1</source>
        <translation>das Modul ist beim Verbinden mit %1 verschwunden</translation>
    </message>
    <message>
        <source>the module lost its network while connecting %1</source>
        <translation>das Modul hat beim Verbinden von %1 sein Netzwerk verloren</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 did not connect within %2 s</source>
        <translation>%1 hat sich nicht innerhalb von %2 s verbunden</translation>
    </message>
    <message>
        <source>close a peer</source>
        <translation>einen Peer schließen</translation>
    </message>
    <message>
        <source>closing a peer</source>
        <translation>ein Peer wird geschlossen</translation>
    </message>
    <message>
        <source>reset Wi-Fi configuration %1</source>
        <translation>WLAN-Konfiguration %1 zurücksetzen</translation>
    </message>
    <message>
        <source>resetting Wi-Fi configuration %1</source>
        <translation>Zurücksetzen der WLAN-Konfiguration %1</translation>
    </message>
    <message>
        <source>load Wi-Fi configuration %1</source>
        <translation>WLAN-Konfiguration %1 laden</translation>
    </message>
    <message>
        <source>loading Wi-Fi configuration %1</source>
        <translation>Laden der WLAN-Konfiguration %1</translation>
    </message>
    <message>
        <source>read Wi-Fi configuration %1</source>
        <translation>WLAN-Konfiguration %1 lesen</translation>
    </message>
    <message>
        <source>reading Wi-Fi configuration %1</source>
        <translation>Lesen der WLAN-Konfiguration %1</translation>
    </message>
    <message>
        <source>the module answered &quot;%1&quot; when asked for tag %2 of Wi-Fi configuration %3</source>
        <translation>das Modul antwortete „%1“ auf die Frage nach Tag %2 der WLAN-Konfiguration %3</translation>
    </message>
    <message>
        <source>the port %1 cannot change its rate</source>
        <translation>der Port %1 kann seine Baudrate nicht ändern</translation>
    </message>
    <message>
        <source>read the UART settings</source>
        <translation>UART-Einstellungen lesen</translation>
    </message>
    <message>
        <source>reading the UART settings</source>
        <translation>UART-Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>the module&apos;s UART settings make no sense: %1</source>
        <translation>die UART-Einstellungen des Moduls ergeben keinen Sinn: %1</translation>
    </message>
    <message>
        <source>switch the line to %1 baud</source>
        <translation>die Leitung auf %1 Baud umschalten</translation>
    </message>
    <message>
        <source>switching the line to %1 baud</source>
        <translation>die Leitung wird auf %1 Baud umgeschaltet</translation>
    </message>
    <message>
        <source>the port cannot follow the module to %1 baud</source>
        <translation>der Port kann dem Modul nicht auf %1 Baud folgen</translation>
    </message>
    <message>
        <source>storing the Wi-Fi settings</source>
        <translation>WLAN-Einstellungen werden gespeichert</translation>
    </message>
</context>
<context>
    <name>pki</name>
    <message>
        <source>no certificate to verify</source>
        <translation>kein Zertifikat zum Prüfen</translation>
    </message>
    <message>
        <source>no trusted root given to verify against</source>
        <translation>kein vertrauenswürdiges Stammzertifikat zum Prüfen angegeben</translation>
    </message>
    <message>
        <source>cannot set up verification: %1</source>
        <translation>die Prüfung kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>chain does not verify at depth %1 (%2): %3</source>
        <translation>die Kette lässt sich in Tiefe %1 nicht verifizieren (%2): %3</translation>
    </message>
    <message>
        <source>no key for the new certificate</source>
        <translation>kein Schlüssel für das neue Zertifikat</translation>
    </message>
    <message>
        <source>the signing key is missing or has no private part</source>
        <translation>der Signaturschlüssel fehlt oder hat keinen privaten Teil</translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate %1</source>
        <translation>der CA-Schlüssel gehört nicht zum CA-Zertifikat %1</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate and cannot sign others</source>
        <translation>%1 ist kein CA-Zertifikat und kann keine anderen signieren</translation>
    </message>
    <message>
        <source>the certificate needs a common name (CN)</source>
        <translation>das Zertifikat braucht einen Common Name (CN)</translation>
    </message>
    <message>
        <source>the common name is %1 bytes long; X.509 allows at most 64</source>
        <translation>der Common Name ist %1 Bytes lang; X.509 erlaubt höchstens 64</translation>
    </message>
    <message>
        <source>cannot create a certificate: %1</source>
        <translation>das Zertifikat kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the certificate would end before it starts (check --days)</source>
        <translation>das Zertifikat würde enden, bevor es beginnt (prüfen Sie --days)</translation>
    </message>
    <message>
        <source>cannot set the validity: %1</source>
        <translation>die Gültigkeit kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot set the common name: %1</source>
        <translation>der Common Name kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot set the issuer or key: %1</source>
        <translation>Aussteller oder Schlüssel können nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot add the certificate extensions: %1</source>
        <translation>die Zertifikatserweiterungen können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>cannot sign the certificate: %1</source>
        <translation>das Zertifikat kann nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>the verification code is empty; copy it from the portal</source>
        <translation>der Überprüfungscode ist leer; kopieren Sie ihn aus dem Portal</translation>
    </message>
    <message>
        <source>a CSR needs a private key</source>
        <translation>eine CSR braucht einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>the request needs a common name (CN)</source>
        <translation>die Anforderung braucht einen Common Name (CN)</translation>
    </message>
    <message>
        <source>cannot make the certificate request: %1</source>
        <translation>die Zertifikatsanforderung kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>no certificate request</source>
        <translation>keine Zertifikatsanforderung</translation>
    </message>
    <message>
        <source>the certificate request&apos;s signature does not verify; it was altered or not made with its key</source>
        <translation>die Signatur der Zertifikatsanforderung lässt sich nicht verifizieren; sie wurde verändert oder nicht mit ihrem Schlüssel erstellt</translation>
    </message>
    <message>
        <source>cannot restrict %1 to its owner: %2</source>
        <translation>%1 kann nicht auf seinen Besitzer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>there is no certificate to check</source>
        <translation>es gibt kein Zertifikat zum Prüfen</translation>
    </message>
    <message>
        <source>the PEM text is %1 bytes; AT+USECMNG accepts at most %2 bytes per credential</source>
        <translation>der PEM-Text ist %1 Bytes lang; AT+USECMNG akzeptiert höchstens %2 Bytes pro Anmeldedatum</translation>
    </message>
    <message>
        <source>the credential name &apos;%1&apos; has %2 characters; the module allows at most %3</source>
        <translation>der Name „%1“ des Anmeldedatums hat %2 Zeichen; das Modul erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>the certificate has no common name (CN); Azure uses the CN as the device or registration ID</source>
        <translation>das Zertifikat hat keinen Common Name (CN); Azure verwendet den CN als Geräte- oder Registrierungs-ID</translation>
    </message>
    <message>
        <source>the CN &apos;%1&apos; is not a valid registration ID: %2</source>
        <translation>der CN „%1“ ist keine gültige Registrierungs-ID: %2</translation>
    </message>
    <message>
        <source>the CN &apos;%1&apos; is not a valid device ID: %2</source>
        <translation>der CN „%1“ ist keine gültige Geräte-ID: %2</translation>
    </message>
    <message>
        <source>the CN &apos;%1&apos; is valid for Azure but outside the station&apos;s safe ID rule: %2</source>
        <translation>der CN „%1“ ist für Azure gültig, liegt aber außerhalb der sicheren ID-Regel der Station: %2</translation>
    </message>
    <message>
        <source>the CN is &apos;%1&apos; but the certificate is meant for &apos;%2&apos;; Azure requires them to be equal</source>
        <translation>der CN ist „%1“, aber das Zertifikat ist für „%2“ bestimmt; Azure verlangt, dass beide gleich sind</translation>
    </message>
    <message>
        <source>the certificate&apos;s extended key usage does not include clientAuth</source>
        <translation>die erweiterte Schlüsselverwendung des Zertifikats enthält clientAuth nicht</translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation>das Zertifikat</translation>
    </message>
    <message>
        <source>chain certificate %1 (%2)</source>
        <translation>Kettenzertifikat %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, which expired on %3: %4</source>
        <translation>%1 ist %2 und ist am %3 abgelaufen: %4</translation>
    </message>
    <message>
        <source>%1 is a root that expired on %2; TLS connections that depend on it fail</source>
        <translation>%1 ist ein Stammzertifikat, das am %2 abgelaufen ist; TLS-Verbindungen, die davon abhängen, schlagen fehl</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1 is not valid before %2 (check the clock of the machine that made it)</source>
        <translation>%1 ist erst ab %2 gültig (prüfen Sie die Uhr des Rechners, der es erstellt hat)</translation>
    </message>
    <message>
        <source>%1 expires on %2, in less than %3 days</source>
        <translation>%1 läuft am %2 ab, in weniger als %3 Tagen</translation>
    </message>
    <message>
        <source>%1 has an RSA %2 key; Azure and the module need at least 2048 bits</source>
        <translation>%1 hat einen RSA-%2-Schlüssel; Azure und das Modul brauchen mindestens 2048 Bit</translation>
    </message>
    <message>
        <source>%1 has an RSA %2 key; the module handles at most 4096 bits</source>
        <translation>%1 hat einen RSA-%2-Schlüssel; das Modul verarbeitet höchstens 4096 Bit</translation>
    </message>
    <message>
        <source>%1 uses curve %2; the module supports P-256 and P-384</source>
        <translation>%1 verwendet die Kurve %2; das Modul unterstützt P-256 und P-384</translation>
    </message>
    <message>
        <source>%1 has a %2 key; the module supports RSA and EC P-256 / P-384</source>
        <translation>%1 hat einen %2-Schlüssel; das Modul unterstützt RSA und EC P-256 / P-384</translation>
    </message>
    <message>
        <source>the chain stops at &apos;%1&apos;, whose issuer &apos;%2&apos; is neither in the file nor a verified CA; add the intermediate certificate (DPS needs the chain up to a verified certificate)</source>
        <translation>die Kette endet bei „%1“, dessen Aussteller „%2“ weder in der Datei noch eine überprüfte CA ist; fügen Sie das Zwischenzertifikat hinzu (DPS braucht die Kette bis zu einem überprüften Zertifikat)</translation>
    </message>
    <message>
        <source>the chain stops at &apos;%1&apos;, issued by &apos;%2&apos;, which is not in the file; unless &apos;%2&apos; is the CA verified in Azure, add the intermediate certificates</source>
        <translation>die Kette endet bei „%1“, ausgestellt von „%2“, das nicht in der Datei ist; fügen Sie die Zwischenzertifikate hinzu, sofern „%2“ nicht die in Azure überprüfte CA ist</translation>
    </message>
    <message>
        <source>the issuer &apos;%1&apos; is not in the file; that is fine when &apos;%1&apos; is the CA verified in Azure</source>
        <translation>der Aussteller „%1“ ist nicht in der Datei; das ist in Ordnung, wenn „%1“ die in Azure überprüfte CA ist</translation>
    </message>
    <message>
        <source>malformed PEM: no complete block (%1)</source>
        <translation>fehlerhaftes PEM: kein vollständiger Block (%1)</translation>
    </message>
    <message>
        <source>malformed PEM after block %1: %2</source>
        <translation>fehlerhaftes PEM nach Block %1: %2</translation>
    </message>
    <message>
        <source>PEM block %1 (%2): %3</source>
        <translation>PEM-Block %1 (%2): %3</translation>
    </message>
    <message>
        <source>the file holds more than one private key</source>
        <translation>die Datei enthält mehr als einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>PEM block %1 is a &apos;%2&apos;, which the station does not use</source>
        <translation>PEM-Block %1 ist ein „%2“, den die Station nicht verwendet</translation>
    </message>
    <message>
        <source>not a PKCS#12 file (%1)</source>
        <translation>keine PKCS#12-Datei (%1)</translation>
    </message>
    <message>
        <source>the PKCS#12 file is protected; a password is needed</source>
        <translation>die PKCS#12-Datei ist geschützt; ein Passwort wird benötigt</translation>
    </message>
    <message>
        <source>wrong password for the PKCS#12 file</source>
        <translation>falsches Passwort für die PKCS#12-Datei</translation>
    </message>
    <message>
        <source>cannot read the PKCS#12 contents: %1 (a legacy RC2/3DES file? re-export it with &apos;openssl pkcs12 -export&apos; from OpenSSL 3)</source>
        <translation>der Inhalt der PKCS#12-Datei kann nicht gelesen werden: %1 (eine alte RC2/3DES-Datei? Exportieren Sie sie mit „openssl pkcs12 -export“ aus OpenSSL 3 neu)</translation>
    </message>
    <message>
        <source>not a certificate, key or PKCS#12 file in PEM or DER form (%1 bytes)</source>
        <translation>kein Zertifikat, Schlüssel oder PKCS#12-Datei in PEM- oder DER-Form (%1 Bytes)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a credential file</source>
        <translation>%1 Bytes sind zu groß für eine Anmeldedatendatei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a PKCS#12 file needs at least one certificate</source>
        <translation>eine PKCS#12-Datei braucht mindestens ein Zertifikat</translation>
    </message>
    <message>
        <source>cannot make the PKCS#12 file: %1</source>
        <translation>die PKCS#12-Datei kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot encode the PKCS#12 file: %1</source>
        <translation>die PKCS#12-Datei kann nicht kodiert werden: %1</translation>
    </message>
    <message>
        <source>the root of IoT Hub and DPS (global cloud) since 2023/2024</source>
        <translation>das Stammzertifikat von IoT Hub und DPS (globale Cloud) seit 2023/2024</translation>
    </message>
    <message>
        <source>Microsoft&apos;s standby root for Azure</source>
        <translation>Microsofts Reserve-Stammzertifikat für Azure</translation>
    </message>
    <message>
        <source>Azure IoT Hub and DPS moved to DigiCert Global Root G2 in 2023/2024; upload G2 instead</source>
        <translation>Azure IoT Hub und DPS sind 2023/2024 auf DigiCert Global Root G2 umgestiegen; laden Sie stattdessen G2 hoch</translation>
    </message>
    <message>
        <source>%1 is not shipped with the station</source>
        <translation>%1 wird nicht mit der Station ausgeliefert</translation>
    </message>
    <message>
        <source>%1 does not have the expected SHA-256 fingerprint</source>
        <translation>%1 hat nicht den erwarteten SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>unterminated comment (line %1)</source>
        <translation>nicht abgeschlossener Kommentar (Zeile %1)</translation>
    </message>
    <message>
        <source>line break inside a string literal (line %1)</source>
        <translation>Zeilenumbruch in einem Zeichenkettenliteral (Zeile %1)</translation>
    </message>
    <message>
        <source>unterminated string literal (line %1)</source>
        <translation>nicht abgeschlossenes Zeichenkettenliteral (Zeile %1)</translation>
    </message>
    <message>
        <source>no PEM certificate inside the C string literals of this file</source>
        <translation>kein PEM-Zertifikat in den C-Zeichenkettenliteralen dieser Datei</translation>
    </message>
    <message>
        <source>certificate %1 has no END line</source>
        <translation>Zertifikat %1 hat keine END-Zeile</translation>
    </message>
    <message>
        <source>certificate %1: %2</source>
        <translation>Zertifikat %1: %2</translation>
    </message>
    <message>
        <source>no PEM certificate found (%1)</source>
        <translation>kein PEM-Zertifikat gefunden (%1)</translation>
    </message>
    <message>
        <source>not a DER certificate (%1)</source>
        <translation>kein DER-Zertifikat (%1)</translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the DER certificate</source>
        <translation>%1 Bytes überschüssige Daten nach dem DER-Zertifikat</translation>
    </message>
    <message>
        <source>malformed PEM after certificate %1: %2</source>
        <translation>fehlerhaftes PEM nach Zertifikat %1: %2</translation>
    </message>
    <message>
        <source>no PEM certificate found</source>
        <translation>kein PEM-Zertifikat gefunden</translation>
    </message>
    <message>
        <source>no PEM certificate request found (%1)</source>
        <translation>keine PEM-Zertifikatsanforderung gefunden (%1)</translation>
    </message>
    <message>
        <source>not a DER certificate request (%1)</source>
        <translation>keine DER-Zertifikatsanforderung (%1)</translation>
    </message>
    <message>
        <source>unknown key type</source>
        <translation>unbekannter Schlüsseltyp</translation>
    </message>
    <message>
        <source>cannot generate an RSA %1 key: %2</source>
        <translation>ein RSA-%1-Schlüssel kann nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <source>cannot generate an EC key on curve %1: %2</source>
        <translation>ein EC-Schlüssel auf der Kurve %1 kann nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <source>the private key is encrypted; a passphrase is needed</source>
        <translation>der private Schlüssel ist verschlüsselt; eine Passphrase wird benötigt</translation>
    </message>
    <message>
        <source>cannot decrypt the private key: wrong passphrase? (%1)</source>
        <translation>der private Schlüssel kann nicht entschlüsselt werden: falsche Passphrase? (%1)</translation>
    </message>
    <message>
        <source>not a PEM key: %1</source>
        <translation>kein PEM-Schlüssel: %1</translation>
    </message>
    <message>
        <source>not a DER key: %1</source>
        <translation>kein DER-Schlüssel: %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>no certificate for %1 in %2 (expected %1.pem and %1.key.pem): %3</source>
        <translation>kein Zertifikat für %1 in %2 (erwartet: %1.pem und %1.key.pem): %3</translation>
    </message>
    <message>
        <source>no key for %1 in %2 (expected %1.pem and %1.key.pem): %3</source>
        <translation>kein Schlüssel für %1 in %2 (erwartet: %1.pem und %1.key.pem): %3</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no private key</source>
        <translation>%1 enthält keinen privaten Schlüssel</translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>der CA-Schlüssel gehört nicht zum CA-Zertifikat</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate (basic constraints CA:FALSE or missing)</source>
        <translation>%1 ist kein CA-Zertifikat (Basic Constraints CA:FALSE oder fehlend)</translation>
    </message>
    <message>
        <source>%1 has expired</source>
        <translation>%1 ist abgelaufen</translation>
    </message>
    <message>
        <source>no bundled root is called &apos;%1&apos;</source>
        <translation>es gibt kein mitgeliefertes Stammzertifikat namens „%1“</translation>
    </message>
    <message>
        <source>the key %1 on the token does not belong to the CA certificate %2</source>
        <translation>der Schlüssel %1 auf dem Token gehört nicht zum CA-Zertifikat %2</translation>
    </message>
    <message>
        <source>this process already uses the PKCS#11 module %1; restart the station to use %2</source>
        <translation>dieser Prozess verwendet bereits das PKCS#11-Modul %1; starten Sie die Station neu, um %2 zu verwenden</translation>
    </message>
    <message>
        <source>the OpenSSL PKCS#11 engine is not installed (Debian package libengine-pkcs11-openssl)</source>
        <translation>die OpenSSL-PKCS#11-Engine ist nicht installiert (Debian-Paket libengine-pkcs11-openssl)</translation>
    </message>
    <message>
        <source>the PKCS#11 engine does not accept the module %1: %2</source>
        <translation>die PKCS#11-Engine nimmt das Modul %1 nicht an: %2</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 cannot be loaded: %2</source>
        <translation>das PKCS#11-Modul %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>no PIN for the token key %1 (the PIN is read from the secret store)</source>
        <translation>keine PIN für den Token-Schlüssel %1 (die PIN wird aus dem Geheimnisspeicher gelesen)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the token refused the PIN for %1 (PIN incorrect)</source>
        <translation>der Token hat die PIN für %1 abgelehnt (PIN falsch)</translation>
    </message>
    <message>
        <source>the token&apos;s user PIN is locked; unlock it with the SO PIN (pkcs11-tool --unlock-pin)</source>
        <translation>die Benutzer-PIN des Tokens ist gesperrt; entsperren Sie sie mit der SO-PIN (pkcs11-tool --unlock-pin)</translation>
    </message>
    <message>
        <source>no private key %1: is the token present, and do token= and object= (or id=) match what &apos;pkcs11-tool --list-objects&apos; shows?</source>
        <translation>kein privater Schlüssel %1: Ist der Token vorhanden, und passen token= und object= (oder id=) zu dem, was &apos;pkcs11-tool --list-objects&apos; zeigt?</translation>
    </message>
    <message>
        <source>cannot use the token key %1: %2</source>
        <translation>der Token-Schlüssel %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>a PKCS#11 URI starts with &quot;pkcs11:&quot; (e.g. pkcs11:token=Station%20CA;object=ca-key)</source>
        <translation>eine PKCS#11-URI beginnt mit &quot;pkcs11:&quot; (z. B. pkcs11:token=Station%20CA;object=ca-key)</translation>
    </message>
    <message>
        <source>PKCS#11 URI: &quot;%1&quot; is not name=value</source>
        <translation>PKCS#11-URI: &quot;%1&quot; ist nicht name=value</translation>
    </message>
    <message>
        <source>PKCS#11 URI: %1 is given twice</source>
        <translation>PKCS#11-URI: %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>PKCS#11 URI: type=%1 is not private, public or cert</source>
        <translation>PKCS#11-URI: type=%1 ist nicht private, public oder cert</translation>
    </message>
    <message>
        <source>PKCS#11 URI: a PIN does not belong in the URI (it would end up in the profile and in logs); the station reads it from the secret store</source>
        <translation>PKCS#11-URI: eine PIN gehört nicht in die URI (sie landete im Profil und in Protokollen); die Station liest sie aus dem Geheimnisspeicher</translation>
    </message>
    <message>
        <source>PKCS#11 URI: unknown attribute &quot;%1&quot; (the station understands token, object, id, serial, manufacturer, model and type)</source>
        <translation>PKCS#11-URI: unbekanntes Attribut &quot;%1&quot; (die Station versteht token, object, id, serial, manufacturer, model und type)</translation>
    </message>
    <message>
        <source>PKCS#11 URI: unknown query attribute &quot;%1&quot; (only module-path is understood)</source>
        <translation>PKCS#11-URI: unbekanntes Abfrageattribut &quot;%1&quot; (nur module-path wird verstanden)</translation>
    </message>
    <message>
        <source>PKCS#11 URI: module-path must be an absolute path, not &quot;%1&quot;</source>
        <translation>PKCS#11-URI: module-path muss ein absoluter Pfad sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>PKCS#11 URI: name the token (token=…)</source>
        <translation>PKCS#11-URI: geben Sie den Token an (token=…)</translation>
    </message>
    <message>
        <source>PKCS#11 URI: name the key (object=… or id=…)</source>
        <translation>PKCS#11-URI: geben Sie den Schlüssel an (object=… oder id=…)</translation>
    </message>
    <message>
        <source>PKCS#11 URI: name the new key with object=… (its label on the token)</source>
        <translation>PKCS#11-URI: benennen Sie den neuen Schlüssel mit object=… (seine Bezeichnung auf dem Token)</translation>
    </message>
    <message>
        <source>PKCS#11 URI: a new key pair is named without type= or with type=private</source>
        <translation>PKCS#11-URI: ein neues Schlüsselpaar wird ohne type= oder mit type=private benannt</translation>
    </message>
    <message>
        <source>the token already holds a key named %1; the station never replaces a key on a token (choose another object=)</source>
        <translation>der Token enthält bereits einen Schlüssel namens %1; die Station ersetzt nie einen Schlüssel auf einem Token (wählen Sie ein anderes object=)</translation>
    </message>
    <message>
        <source>pkcs11-tool is needed to create a key on a token (Debian package opensc)</source>
        <translation>zum Erstellen eines Schlüssels auf einem Token wird pkcs11-tool benötigt (Debian-Paket opensc)</translation>
    </message>
    <message>
        <source>cannot make a key id: %1</source>
        <translation>es kann keine Schlüssel-ID erzeugt werden: %1</translation>
    </message>
    <message>
        <source>pkcs11-tool did not finish making the key within 120 s</source>
        <translation>pkcs11-tool hat den Schlüssel nicht innerhalb von 120 s erstellt</translation>
    </message>
    <message>
        <source>pkcs11-tool could not make the key on the token %1: %2</source>
        <translation>pkcs11-tool konnte den Schlüssel auf dem Token %1 nicht erstellen: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>the CA&apos;s private key is stored without a passphrase: anyone who can read the file can issue certificates that Azure trusts; encrypt it (openssl pkey -aes256) or keep it on a token</source>
        <translation>der private Schlüssel der CA ist ohne Passphrase gespeichert: wer die Datei lesen kann, kann Zertifikate ausstellen, denen Azure vertraut; verschlüsseln Sie ihn (openssl pkey -aes256) oder bewahren Sie ihn auf einem Token auf</translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>S/N %1</source>
        <translation>Seriennr. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB VID:PID such as 1546:0504 or 1546:*</source>
        <translation>„%1“ ist keine USB-VID:PID wie 1546:0504 oder 1546:*</translation>
    </message>
</context>
<context>
    <name>traffic</name>
    <message>
        <source>Connect type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>BD address</source>
        <translation>BD-Adresse</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>Framegröße</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Entfernte Adresse</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Entfernter Port</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>Startbyte</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>AT text</source>
        <translation>AT-Text</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>Endbyte</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Geschwärzt</translation>
    </message>
    <message>
        <source>yes: secrets were replaced before the record was stored</source>
        <translation>ja: Geheimnisse wurden ersetzt, bevor der Eintrag gespeichert wurde</translation>
    </message>
    <message>
        <source>EDM frame</source>
        <translation>EDM-Frame</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connect event</source>
        <translation>Verbindungsereignis</translation>
    </message>
    <message>
        <source>disconnect event</source>
        <translation>Trennungsereignis</translation>
    </message>
    <message>
        <source>data event</source>
        <translation>Datenereignis</translation>
    </message>
    <message>
        <source>data command</source>
        <translation>Datenbefehl</translation>
    </message>
    <message>
        <source>AT event</source>
        <translation>AT-Ereignis</translation>
    </message>
    <message>
        <source>AT request</source>
        <translation>AT-Anfrage</translation>
    </message>
    <message>
        <source>AT confirmation</source>
        <translation>AT-Bestätigung</translation>
    </message>
    <message>
        <source>resend connect events</source>
        <translation>Verbindungen neu melden</translation>
    </message>
    <message>
        <source>iPhone event</source>
        <translation>iPhone-Ereignis</translation>
    </message>
    <message>
        <source>start event</source>
        <translation>Startereignis</translation>
    </message>
    <message>
        <source>to the module</source>
        <translation>zum Modul</translation>
    </message>
    <message>
        <source>from the module</source>
        <translation>vom Modul</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>command-mode line</source>
        <translation>Befehlsmodus-Zeile</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>skipped input</source>
        <translation>übersprungene Eingabe</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Störtext</translation>
    </message>
    <message>
        <source>link event</source>
        <translation>Leitungsereignis</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>a quoted field of the CSV is not closed</source>
        <translation>ein Feld der CSV-Datei in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>damaged pcapng file: a packet block is too short (offset %1)</source>
        <translation>beschädigte pcapng-Datei: ein Paketblock ist zu kurz (Offset %1)</translation>
    </message>
    <message>
        <source>damaged pcapng file: bad packet block at offset %1</source>
        <translation>beschädigte pcapng-Datei: ungültiger Paketblock bei Offset %1</translation>
    </message>
    <message>
        <source>not a traffic CSV: its first line must be the header %1</source>
        <translation>keine Datenverkehr-CSV: Ihre erste Zeile muss die Kopfzeile %1 sein</translation>
    </message>
    <message>
        <source>line %1 of the CSV has %2 fields instead of %3</source>
        <translation>Zeile %1 der CSV-Datei hat %2 Felder statt %3</translation>
    </message>
    <message>
        <source>line %1 of the CSV: &quot;%2&quot; is not a slot number (1, 2, ... or wizard)</source>
        <translation>Zeile %1 der CSV-Datei: „%2“ ist keine Platznummer (1, 2, … oder wizard)</translation>
    </message>
    <message>
        <source>line %1 of the CSV: unknown kind &quot;%2&quot;</source>
        <translation>Zeile %1 der CSV-Datei: unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>the pcapng file ends inside a block (offset %1)</source>
        <translation>die pcapng-Datei endet mitten in einem Block (Offset %1)</translation>
    </message>
    <message>
        <source>a big-endian pcapng file: only little-endian captures can be read</source>
        <translation>eine Big-Endian-pcapng-Datei: nur Little-Endian-Mitschnitte können gelesen werden</translation>
    </message>
    <message>
        <source>not a pcapng file: it does not start with a section header block</source>
        <translation>keine pcapng-Datei: sie beginnt nicht mit einem Section Header Block</translation>
    </message>
    <message>
        <source>damaged pcapng file: bad block length at offset %1</source>
        <translation>beschädigte pcapng-Datei: ungültige Blocklänge bei Offset %1</translation>
    </message>
    <message>
        <source>damaged pcapng file: an interface block is too short</source>
        <translation>beschädigte pcapng-Datei: ein Interface-Block ist zu kurz</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a traffic capture: a capture is a pcapng file or a CSV whose first line is %1, but this file starts with &quot;%2&quot;</source>
        <translation>kein Datenverkehr-Mitschnitt: Ein Mitschnitt ist eine pcapng-Datei oder eine CSV-Datei, deren erste Zeile %1 ist, aber diese Datei beginnt mit „%2“</translation>
    </message>
</context>
</TS>
