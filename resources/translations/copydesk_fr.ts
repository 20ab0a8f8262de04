<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Copydesk</source>
        <translation>À propos de Copydesk</translation>
    </message>
    <message>
        <source>Write news articles offline and publish them to WordPress.</source>
        <translation>Écrivez vos articles hors ligne et publiez-les sur WordPress.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;{url}&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later ({name}).</source>
        <translation>Logiciel libre sous &lt;a href=&quot;{url}&quot;&gt;licence publique générale GNU&lt;/a&gt;, version 3 ou ultérieure ({name}).</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#x202f;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#x202f;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the version and paths, to paste into a support request</source>
        <translation>Copier la version et les chemins, à coller dans une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Publishing accounts</source>
        <translation>Comptes de publication</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>e.g. newsroom</source>
        <translation>ex. redaction</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>Ajouter et tester</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Store this account without a successful login test</source>
        <translation>Enregistrer ce compte sans test de connexion réussi</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>CMS:</source>
        <translation>CMS&#x202f;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Adresse du site&#x202f;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#x202f;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#x202f;:</translation>
    </message>
    <message>
        <source>application password (Users → Profile in WordPress)</source>
        <translation>mot de passe d&apos;application (Comptes → Profil dans WordPress)</translation>
    </message>
    <message>
        <source>Admin API key:</source>
        <translation>Clé d&apos;API Admin&#x202f;:</translation>
    </message>
    <message>
        <source>from Settings → Integrations in Ghost</source>
        <translation>dans Réglages → Intégrations de Ghost</translation>
    </message>
    <message>
        <source>%1: logged in as %2</source>
        <translation>%1&#x202f;: connecté en tant que %2</translation>
    </message>
    <message>
        <source>%1: %2, the Admin API key works</source>
        <translation>%1&#x202f;: %2, la clé d&apos;API Admin fonctionne</translation>
    </message>
    <message>
        <source>Fill in the name, the site address and the Admin API key.</source>
        <translation>Indiquez le nom, l&apos;adresse du site et la clé d&apos;API Admin.</translation>
    </message>
    <message>
        <source>Fill in the name, the site address, the user name and the password.</source>
        <translation>Indiquez le nom, l&apos;adresse du site, le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Logging in to test the account…</source>
        <translation>Connexion pour tester le compte…</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
    <message>
        <source>It has not been tested.</source>
        <translation>Il n&apos;a pas été testé.</translation>
    </message>
    <message>
        <source>Account added. %1</source>
        <translation>Compte ajouté. %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Forget %1 and delete its password from the keyring?</source>
        <translation>Oublier %1 et effacer son mot de passe du trousseau&#x202f;?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque&#x202f;: %1</translation>
    </message>
    <message>
        <source>The article could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;article&#x202f;: %1</translation>
    </message>
    <message>
        <source>This article was changed elsewhere; showing its newer text (Ctrl+Z undoes).</source>
        <translation>Cet article a été modifié ailleurs&#x202f;; voici son texte le plus récent (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>This article was changed elsewhere meanwhile. Its newer text stays; yours is kept in the history (File → History).</source>
        <translation>Cet article a été modifié ailleurs entre-temps. Son texte le plus récent est conservé&#x202f;; le vôtre est gardé dans l&apos;historique (Fichier → Historique).</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>enregistré à la main</translation>
    </message>
    <message>
        <source>The article could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;article&#x202f;: %1</translation>
    </message>
    <message>
        <source>Saved; this version is kept in the history.</source>
        <translation>Enregistré&#x202f;; cette version est gardée dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Saved. The newest revision in the history already holds exactly this text.</source>
        <translation>Enregistré. La dernière révision de l&apos;historique contient déjà exactement ce texte.</translation>
    </message>
    <message>
        <source>The revision could not be restored: %1</source>
        <translation>Impossible de restaurer la révision&#x202f;: %1</translation>
    </message>
    <message>
        <source>Revision restored. The text before it is kept in the history.</source>
        <translation>Révision restaurée. Le texte précédent est gardé dans l&apos;historique.</translation>
    </message>
    <message>
        <source>The article could not be deleted: %1</source>
        <translation>Impossible de supprimer l&apos;article&#x202f;: %1</translation>
    </message>
    <message>
        <source>Article moved to the trash.</source>
        <translation>Article mis à la corbeille.</translation>
    </message>
    <message>
        <source>Article restored from the trash.</source>
        <translation>Article restauré depuis la corbeille.</translation>
    </message>
    <message>
        <source>The article could not be restored: %1</source>
        <translation>Impossible de restaurer l&apos;article&#x202f;: %1</translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <source>This file could not be imported: %1</source>
        <translation>Impossible d&apos;importer ce fichier&#x202f;: %1</translation>
    </message>
    <message>
        <source>The files could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir les fichiers&#x202f;: %1</translation>
    </message>
    <message>
        <source>opened from %1</source>
        <translation>ouvert depuis %1</translation>
    </message>
    <message>
        <source>before opening %1</source>
        <translation>avant l&apos;ouverture de %1</translation>
    </message>
    <message>
        <source>The files could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les fichiers&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n file(s).</source>
        <translation>
            <numerusform>%n fichier ouvert.</numerusform>
            <numerusform>%n fichiers ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«&#x202f;%1&#x202f;» importé.</translation>
    </message>
    <message>
        <source>%1: kept front matter Copydesk has no field for (exported again, never published): %2</source>
        <translation>%1&#x202f;: en-tête (front matter) conservé sans champ dans Copydesk (réexporté, jamais publié)&#x202f;: %2</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Exporter l&apos;article</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>The article could not be exported: %1</source>
        <translation>Impossible d&apos;exporter l&apos;article&#x202f;: %1</translation>
    </message>
    <message>
        <source>Your unsaved changes were written to %1</source>
        <translation>Vos modifications non enregistrées ont été écrites dans %1</translation>
    </message>
    <message>
        <source>Export failed too: %1</source>
        <translation>L&apos;export a échoué lui aussi&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) in the checklist before publishing.</source>
        <translation>
            <numerusform>Corrigez l&apos;erreur signalée dans les vérifications avant de publier.</numerusform>
            <numerusform>Corrigez les %n erreurs signalées dans les vérifications avant de publier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to publish</source>
        <translation>Prêt à publier</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Standfirst: the summary under the headline</source>
        <translation>Chapô&#x202f;: le résumé sous le titre</translation>
    </message>
    <message>
        <source>Hea&amp;dline</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <source>Featured image ✓</source>
        <translation>Image à la une ✓</translation>
    </message>
    <message>
        <source>Editor&apos;s note ✎</source>
        <translation>Note de la rédaction ✎</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Image à la une</translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation>Note de la rédaction</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
    <message>
        <source>Related (%1)</source>
        <translation>Articles liés (%1)</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Article body</source>
        <translation>Corps de l&apos;article</translation>
    </message>
    <message>
        <source>Write the story here (Markdown)…</source>
        <translation>Écrivez l&apos;article ici (Markdown)…</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Web address (URL):</source>
        <translation>Adresse web (URL)&#x202f;:</translation>
    </message>
    <message>
        <source>Not inserted: “%1” is not a web address.</source>
        <translation>Non inséré&#x202f;: «&#x202f;%1&#x202f;» n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Check spelling</source>
        <translation>Vérifier l&apos;orthographe</translation>
    </message>
</context>
<context>
    <name>BodyPane</name>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Formatting toolbar</source>
        <translation>Barre de mise en forme</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message>
        <source>Reporter</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
</context>
<context>
    <name>BylineRow</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Byline %1 name</source>
        <translation>Nom de la signature %1</translation>
    </message>
    <message>
        <source>Byline %1 role</source>
        <translation>Rôle de la signature %1</translation>
    </message>
    <message>
        <source>Remove byline %1</source>
        <translation>Retirer la signature %1</translation>
    </message>
    <message>
        <source>Remove this byline</source>
        <translation>Retirer cette signature</translation>
    </message>
</context>
<context>
    <name>BylinesEditor</name>
    <message>
        <source>Add byline</source>
        <translation>Ajouter une signature</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>Checklist</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Checklist findings</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Run the checklist and publish (Ctrl+Shift+P)</source>
        <translation>Lancer les vérifications et publier (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation>Aucun article ouvert.</translation>
    </message>
    <message>
        <source>The checklist could not run: %1</source>
        <translation>Les vérifications n&apos;ont pas pu être lancées&#x202f;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#x202f;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention&#x202f;: %1</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>Cliquer pour aller au champ</translation>
    </message>
    <message>
        <source>✓ Ready to publish: every check passed.</source>
        <translation>✓ Prêt à publier&#x202f;: tout est vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Saving your work…</source>
        <translation>Enregistrement de votre travail…</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved to the library.</source>
        <translation>Vos dernières modifications n&apos;ont pas pu être enregistrées dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Try again, save them to files in the data folder, or quit and lose the changes since the last successful save.</source>
        <translation>Réessayez, enregistrez-les dans des fichiers du dossier de données, ou quittez en perdant les modifications faites depuis le dernier enregistrement réussi.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>Exporter dans un fichier</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Quitter quand même</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Edited on the site</source>
        <translation>Modifié sur le site</translation>
    </message>
    <message>
        <source>Someone changed this article on the site after you last published it. Nothing was sent. Keep Mine overwrites their changes; Take Theirs replaces your text with the site&apos;s (yours stays in the history); Cancel leaves both as they are.</source>
        <translation>Quelqu&apos;un a modifié cet article sur le site depuis votre dernière publication. Rien n&apos;a été envoyé. Garder la mienne écrase leurs modifications&#x202f;; Prendre la leur remplace votre texte par celui du site (le vôtre reste dans l&apos;historique)&#x202f;; Annuler laisse les deux versions telles quelles.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>le site</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <source>On %1, edited %2</source>
        <translation>Sur %1, modifiée le %2</translation>
    </message>
    <message>
        <source>My version, saved %1</source>
        <translation>Ma version, enregistrée le %1</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Credit line</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>e.g. with AFP</source>
        <translation>ex. avec AFP</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. MOSCOW</source>
        <translation>ex. MOSCOU</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Desk or category</source>
        <translation>Service ou catégorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Editor&apos;s note (internal, never published)</source>
        <translation>Note de la rédaction (interne, jamais publiée)</translation>
    </message>
    <message>
        <source>Notes for the desk. Never published.</source>
        <translation>Notes pour le secrétariat de rédaction. Jamais publiées.</translation>
    </message>
    <message>
        <source>B&amp;ylines:</source>
        <translation>Sig&amp;natures&#x202f;:</translation>
    </message>
    <message>
        <source>Cred&amp;it line:</source>
        <translation>&amp;Crédit&#x202f;:</translation>
    </message>
    <message>
        <source>Da&amp;teline:</source>
        <translation>L&amp;ieu&#x202f;:</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>Rubri&amp;que&#x202f;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Mot&amp;s-clés&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>Slu&amp;g&#x202f;:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Lang&amp;ue&#x202f;:</translation>
    </message>
    <message>
        <source>Feat&amp;ured image:</source>
        <translation>&amp;Image à la une&#x202f;:</translation>
    </message>
    <message>
        <source>Editor&apos;s &amp;note — Internal, never published:</source>
        <translation>Note de la rédaction — interne, &amp;jamais publiée&#x202f;:</translation>
    </message>
    <message>
        <source>E&amp;mbargo:</source>
        <translation>Em&amp;bargo&#x202f;:</translation>
    </message>
</context>
<context>
    <name>EmbargoField</name>
    <message>
        <source>Hold until</source>
        <translation>Retenir jusqu&apos;au</translation>
    </message>
    <message>
        <source>Embargo: hold publication until a time</source>
        <translation>Embargo&#x202f;: retenir la publication jusqu&apos;à une heure donnée</translation>
    </message>
    <message>
        <source>Embargo time (local time)</source>
        <translation>Heure de l&apos;embargo (heure locale)</translation>
    </message>
    <message>
        <source>Local time; stored and sent in UTC</source>
        <translation>Heure locale&#x202f;; enregistrée et envoyée en UTC</translation>
    </message>
</context>
<context>
    <name>FeaturedImageEditor</name>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Featured image file</source>
        <translation>Fichier de l&apos;image à la une</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose featured image file</source>
        <translation>Choisir le fichier de l&apos;image à la une</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove featured image</source>
        <translation>Retirer l&apos;image à la une</translation>
    </message>
    <message>
        <source>Featured image caption</source>
        <translation>Légende de l&apos;image à la une</translation>
    </message>
    <message>
        <source>Featured image credit</source>
        <translation>Crédit de l&apos;image à la une</translation>
    </message>
    <message>
        <source>Featured image alt text</source>
        <translation>Texte alternatif de l&apos;image à la une</translation>
    </message>
    <message>
        <source>Describe the image for readers who can&apos;t see it</source>
        <translation>Décrivez l&apos;image pour les lecteurs qui ne la voient pas</translation>
    </message>
    <message>
        <source>Featured image preview</source>
        <translation>Aperçu de l&apos;image à la une</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende&#x202f;:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédit&#x202f;:</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>Te&amp;xte alternatif&#x202f;:</translation>
    </message>
    <message>
        <source>Choose the featured image</source>
        <translation>Choisir l&apos;image à la une</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Pas une image</translation>
    </message>
</context>
<context>
    <name>FieldTitles</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <source>Editor&apos;s note</source>
        <translation>Note de la rédaction</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Pr&amp;écédent</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Re&amp;mplacer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Replace a&amp;ll</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Wrapped around</source>
        <translation>Recherche reprise au début</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>This is Copydesk&apos;s welcome article, a sample that is never published. To publish what you wrote in it, make it a story of its own with File → Duplicate (Ctrl+Shift+D).</source>
        <translation>Ceci est l&apos;article de bienvenue de Copydesk, un exemple qui n&apos;est jamais publié. Pour publier ce que vous y avez écrit, faites-en un article à part entière avec Fichier → Dupliquer (Ctrl+Maj+D).</translation>
    </message>
    <message>
        <source>The slug “{slug}” is already used by “{headline}”, published from this library: give this story a slug of its own.</source>
        <translation>Le slug «&#x202f;{slug}&#x202f;» est déjà pris par «&#x202f;{headline}&#x202f;», publié depuis cette bibliothèque&#x202f;: donnez à cet article un slug qui lui soit propre.</translation>
    </message>
    <message>
        <source>The headline is empty.</source>
        <translation>Le titre est vide.</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>Le corps de l&apos;article est vide.</translation>
    </message>
    <message>
        <source>The body is too long to publish ({length:,} characters; the limit is {limit:,}).</source>
        <translation>Le corps de l&apos;article est trop long pour être publié ({length:,} caractères&#x202f;; la limite est de {limit:,}).</translation>
    </message>
    <message>
        <source>Add at least one byline.</source>
        <translation>Ajoutez au moins une signature.</translation>
    </message>
    <message>
        <source>No section chosen: the site will file it under its default.</source>
        <translation>Aucune rubrique choisie&#x202f;: le site le classera dans sa rubrique par défaut.</translation>
    </message>
    <message>
        <source>The headline is {length:,} characters long; the site takes at most {limit:,}.</source>
        <translation>Le titre fait {length:,} caractères&#x202f;; le site en accepte au plus {limit:,}.</translation>
    </message>
    <message>
        <source>The headline is {length} characters long; aim for {limit} or fewer.</source>
        <translation>Le titre fait {length} caractères&#x202f;; visez {limit} au plus.</translation>
    </message>
    <message>
        <source>The name “{name}” is only markup: the site would refuse it.</source>
        <translation>Le nom «&#x202f;{name}&#x202f;» n&apos;est que du balisage&#x202f;: le site le refuserait.</translation>
    </message>
    <message>
        <source>The image file “{url}” was not found.</source>
        <translation>Le fichier image «&#x202f;{url}&#x202f;» est introuvable.</translation>
    </message>
    <message>
        <source>The file “{url}” is not an image (by its contents): it is never uploaded. Remove it, or insert the right picture.</source>
        <translation>Le fichier «&#x202f;{url}&#x202f;» n&apos;est pas une image (d&apos;après son contenu)&#x202f;: il ne sera jamais envoyé. Retirez-le, ou insérez la bonne photo.</translation>
    </message>
    <message>
        <source>“{url}” was typed, not put in through the window, so it is not uploaded: insert it with Insert Image (or choose it as the featured image).</source>
        <translation>«&#x202f;{url}&#x202f;» a été tapé au clavier, pas inséré depuis la fenêtre, il n&apos;est donc pas envoyé&#x202f;: insérez-le avec Insérer une image (ou choisissez-le comme image à la une).</translation>
    </message>
    <message>
        <source>“{url}” is a file: address that came with the imported file; Copydesk never uploads one. Put the picture in {folder} and name it by its file name, or insert it with Insert Image.</source>
        <translation>«&#x202f;{url}&#x202f;» est une adresse file: venue avec le fichier importé&#x202f;; Copydesk n&apos;en envoie jamais. Placez la photo dans {folder} et désignez-la par son nom de fichier, ou insérez-la avec Insérer une image.</translation>
    </message>
    <message>
        <source>“{url}” lies outside {folder}, the folder of the imported file, so it is not uploaded. Move the picture into that folder, or insert it with Insert Image.</source>
        <translation>«&#x202f;{url}&#x202f;» se trouve hors de {folder}, le dossier du fichier importé, il n&apos;est donc pas envoyé. Déplacez la photo dans ce dossier, ou insérez-la avec Insérer une image.</translation>
    </message>
    <message>
        <source>The link “{url}” is not a full web address (https://…).</source>
        <translation>Le lien «&#x202f;{url}&#x202f;» n&apos;est pas une adresse web complète (https://…).</translation>
    </message>
    <message>
        <source>The body quotes someone: add at least one source.</source>
        <translation>L&apos;article cite quelqu&apos;un&#x202f;: ajoutez au moins une source.</translation>
    </message>
    <message>
        <source>Quotation marks {found} are not those of the article&apos;s language, which uses {expected}.</source>
        <translation>Les guillemets {found} ne sont pas ceux de la langue de l&apos;article, qui emploie {expected}.</translation>
    </message>
    <message>
        <source>French guillemets take a narrow no-break space inside them: «&#x202f;comme ceci&#x202f;».</source>
        <translation>Les guillemets français s&apos;écrivent avec une espace fine insécable à l&apos;intérieur&#x202f;: «&#x202f;comme ceci&#x202f;».</translation>
    </message>
    <message>
        <source>The slug may contain only lower-case letters, digits and single hyphens (e.g. &quot;storm-hits-coast&quot;).</source>
        <translation>Le slug ne peut contenir que des minuscules, des chiffres et des tirets simples (ex. «&#x202f;tempete-sur-la-cote&#x202f;»).</translation>
    </message>
    <message>
        <source>Source {number} has no name.</source>
        <translation>La source {number} n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Source {number} has an invalid link: {url!r} (it must start with http:// or https://).</source>
        <translation>La source {number} a un lien non valable&#x202f;: {url!r} (il doit commencer par http:// ou https://).</translation>
    </message>
    <message>
        <source>Related link {number} has no title.</source>
        <translation>Le lien connexe {number} n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>Related link {number} has an invalid URL: {url!r}.</source>
        <translation>Le lien connexe {number} a une URL non valable&#x202f;: {url!r}.</translation>
    </message>
    <message>
        <source>Related link {number} points nowhere: give a URL or pick an article.</source>
        <translation>Le lien connexe {number} ne mène nulle part&#x202f;: indiquez une URL ou choisissez un article.</translation>
    </message>
    <message>
        <source>Byline {number} has no name.</source>
        <translation>La signature {number} n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The embargo time is in the past.</source>
        <translation>L&apos;heure de l&apos;embargo est déjà passée.</translation>
    </message>
    <message>
        <source>The featured image has no alt text.</source>
        <translation>L&apos;image à la une n&apos;a pas de texte alternatif.</translation>
    </message>
    <message>
        <source>{percent}% of the body is verbatim {agency} copy: the credit line must name {agency} (e.g. “with {agency}”).</source>
        <translation>{percent}&#x202f;% du corps de l&apos;article reprend mot pour mot la dépêche {agency}&#x202f;: le crédit doit citer {agency} (ex. «&#x202f;avec {agency}&#x202f;»).</translation>
    </message>
    <message>
        <source>{percent}% of the body is verbatim {agency} copy and the credit line does not name {agency}.</source>
        <translation>{percent}&#x202f;% du corps de l&apos;article reprend mot pour mot la dépêche {agency} et le crédit ne cite pas {agency}.</translation>
    </message>
    <message>
        <source>The checklist could not run: {error}</source>
        <translation>Les vérifications n&apos;ont pas pu être lancées&#x202f;: {error}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Line {line}: {finding}</source>
        <translation>Ligne {line}&#x202f;: {finding}</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>Subhead (level &amp;2)</source>
        <translation>Intertitre (niveau &amp;2)</translation>
    </message>
    <message>
        <source>Subhead (level &amp;3)</source>
        <translation>Intertitre (niveau &amp;3)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>I&amp;mage…</translation>
    </message>
</context>
<context>
    <name>HeadlineField</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation>Longueur du titre</translation>
    </message>
    <message>
        <source>%1 / %2 — too long</source>
        <translation>%1 / %2 — trop long</translation>
    </message>
    <message>
        <source>Headlines over %1 characters get cut off in search results and on social media.</source>
        <translation>Au-delà de %1 caractères, les titres sont tronqués dans les résultats de recherche et sur les réseaux sociaux.</translation>
    </message>
    <message>
        <source>Characters in the headline / suggested maximum</source>
        <translation>Caractères du titre / maximum conseillé</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>welcome article</source>
        <translation>article de bienvenue</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>took the version from the site</source>
        <translation>version du site reprise</translation>
    </message>
    <message>
        <source>local version before taking the site&apos;s</source>
        <translation>version locale avant reprise de celle du site</translation>
    </message>
    <message>
        <source>kept: written over an older version (the article had changed elsewhere)</source>
        <translation>gardée&#x202f;: écrite par-dessus une version plus ancienne (l&apos;article avait changé ailleurs)</translation>
    </message>
    <message>
        <source>restored revision %1</source>
        <translation>révision %1 restaurée</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importé depuis %1</translation>
    </message>
    <message>
        <source>before importing %1</source>
        <translation>avant l&apos;import de %1</translation>
    </message>
    <message>
        <source>pulled from %1</source>
        <translation>récupéré depuis %1</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>Historique — %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Select a revision to compare it with the current text, or two revisions to compare them.</source>
        <translation>Sélectionnez une révision pour la comparer au texte actuel, ou deux révisions pour les comparer entre elles.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurer cette révision</translation>
    </message>
    <message>
        <source>No revisions yet: one is kept every few minutes while you write, and each time you press Ctrl+S.</source>
        <translation>Pas encore de révision&#x202f;: une version est gardée toutes les quelques minutes pendant que vous écrivez, et à chaque Ctrl+S.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l&apos;historique&#x202f;: %1</translation>
    </message>
    <message>
        <source>Changes from this revision to the current text</source>
        <translation>Changements entre cette révision et le texte actuel</translation>
    </message>
    <message>
        <source>Changes from the older to the newer revision</source>
        <translation>Changements de la révision la plus ancienne à la plus récente</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language of the article</source>
        <translation>Langue de l&apos;article</translation>
    </message>
    <message>
        <source>Spelling, quotation marks, the slug and the published page follow it</source>
        <translation>L&apos;orthographe, les guillemets, le slug et la page publiée la suivent</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisée</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Rubrique&#x202f;: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programmé pour le %1</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>Impossible de lire la bibliothèque&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Filter by section</source>
        <translation>Filtrer par rubrique</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open an article from the library, or press Ctrl+N to write a new one.</source>
        <translation>Ouvrez un article de la bibliothèque, ou appuyez sur Ctrl+N pour en écrire un nouveau.</translation>
    </message>
    <message>
        <source>Publishing is unavailable: %1</source>
        <translation>La publication est indisponible&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>Impossible d&apos;ouvrir ce fichier&#x202f;:</numerusform>
            <numerusform>Impossible d&apos;ouvrir ces %n fichiers&#x202f;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. Some front matter has no field in Copydesk; it is kept and exported again:</source>
        <translation>Importé. Une partie de l&apos;en-tête (front matter) n&apos;a pas de champ dans Copydesk&#x202f;; elle est conservée et sera réexportée&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Commencer un nouvel article</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>&amp;Enregistrer une révision</translation>
    </message>
    <message>
        <source>Save now and keep this version in the history</source>
        <translation>Enregistrer maintenant et garder cette version dans l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Delete Article</source>
        <translation>&amp;Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Move the article to the trash (Restore Deleted Article brings it back)</source>
        <translation>Mettre l&apos;article à la corbeille (Restaurer l&apos;article supprimé le fait revenir)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <source>Restore &amp;Deleted Article</source>
        <translation>Restaurer l&apos;article &amp;supprimé</translation>
    </message>
    <message>
        <source>Find &amp;Article…</source>
        <translation>&amp;Trouver un article…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Run the checklist and publish</source>
        <translation>Lancer les vérifications et publier</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>À &amp;propos de Copydesk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source> The site said: {said}</source>
        <translation> Le site a répondu&#x202f;: {said}</translation>
    </message>
    <message>
        <source> Ghost said: {said}</source>
        <translation> Ghost a répondu&#x202f;: {said}</translation>
    </message>
    <message>
        <source> It asks to wait {seconds:.0f} s.</source>
        <translation> Il demande d&apos;attendre {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source> ({text})</source>
        <translation> ({text})</translation>
    </message>
    <message>
        <source>connection refused: nothing is listening there</source>
        <translation>connexion refusée&#x202f;: rien n&apos;écoute à cette adresse</translation>
    </message>
    <message>
        <source>no such host name</source>
        <translation>nom d&apos;hôte inconnu</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>log in</source>
        <translation>se connecter</translation>
    </message>
    <message>
        <source>create the post</source>
        <translation>créer la publication</translation>
    </message>
    <message>
        <source>update the post</source>
        <translation>mettre à jour la publication</translation>
    </message>
    <message>
        <source>read the post</source>
        <translation>lire la publication</translation>
    </message>
    <message>
        <source>look for the post</source>
        <translation>chercher la publication</translation>
    </message>
    <message>
        <source>search the site&apos;s posts</source>
        <translation>chercher parmi les publications du site</translation>
    </message>
    <message>
        <source>search</source>
        <translation>chercher</translation>
    </message>
    <message>
        <source>look for an earlier upload</source>
        <translation>chercher un envoi antérieur</translation>
    </message>
    <message>
        <source>read the image</source>
        <translation>lire l&apos;image</translation>
    </message>
    <message>
        <source>upload {subject}</source>
        <translation>envoyer {subject}</translation>
    </message>
    <message>
        <source>read {subject}</source>
        <translation>lire {subject}</translation>
    </message>
    <message>
        <source>{subject}</source>
        <translation>{subject}</translation>
    </message>
    <message>
        <source>look up {subject!r}</source>
        <translation>rechercher {subject!r}</translation>
    </message>
    <message>
        <source>create the category {subject!r}</source>
        <translation>créer la catégorie {subject!r}</translation>
    </message>
    <message>
        <source>create the tag {subject!r}</source>
        <translation>créer l&apos;étiquette {subject!r}</translation>
    </message>
    <message>
        <source>use the REST API</source>
        <translation>utiliser l&apos;API REST</translation>
    </message>
    <message>
        <source>Could not connect to {where} in time. Check the address and the network.</source>
        <translation>Impossible de joindre {where} à temps. Vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <source>{where} did not answer in time. The request may still have been carried out on the site.</source>
        <translation>{where} n&apos;a pas répondu à temps. La demande a peut-être quand même été exécutée sur le site.</translation>
    </message>
    <message>
        <source>The HTTPS certificate of {where} could not be verified, so Copydesk did not send anything. If the site uses a self-signed or expired certificate, its administrator must fix it.</source>
        <translation>Le certificat HTTPS de {where} n&apos;a pas pu être vérifié&#x202f;: Copydesk n&apos;a donc rien envoyé. Si le site utilise un certificat auto-signé ou expiré, son administrateur doit le corriger.</translation>
    </message>
    <message>
        <source>Could not connect to {where} ({reason}). Check the address, your network, and whether the site is up.</source>
        <translation>Impossible de se connecter à {where} ({reason}). Vérifiez l&apos;adresse, votre réseau et que le site est en ligne.</translation>
    </message>
    <message>
        <source>The connection to {where} broke before an answer came back. The request may have been carried out on the site.</source>
        <translation>La connexion à {where} a été coupée avant la réponse. La demande a peut-être été exécutée sur le site.</translation>
    </message>
    <message>
        <source>{where} is not a usable web address.</source>
        <translation>{where} n&apos;est pas une adresse web utilisable.</translation>
    </message>
    <message>
        <source>Talking to {where} failed ({type}).</source>
        <translation>L&apos;échange avec {where} a échoué ({type}).</translation>
    </message>
    <message>
        <source>{where} took longer than {seconds:.0f} s to answer in all, so Copydesk stopped waiting. The request may still have been carried out on the site.</source>
        <translation>{where} a mis plus de {seconds:.0f} s en tout à répondre&#x202f;: Copydesk a cessé d&apos;attendre. La demande a peut-être quand même été exécutée sur le site.</translation>
    </message>
    <message>
        <source>{where} redirected Copydesk more than {count} times.</source>
        <translation>{where} a redirigé Copydesk plus de {count} fois.</translation>
    </message>
    <message>
        <source>{where} sent Copydesk on to another address ({elsewhere}); Copydesk does not send the password anywhere but the account&apos;s own site. If the site has moved there, change the account&apos;s address.</source>
        <translation>{where} a renvoyé Copydesk vers une autre adresse ({elsewhere})&#x202f;; Copydesk n&apos;envoie le mot de passe qu&apos;au site du compte. Si le site a déménagé, changez l&apos;adresse du compte.</translation>
    </message>
    <message>
        <source>The answer from {where} was larger than {megabytes} MB, far more than WordPress sends; Copydesk stopped reading it. A plugin, cache or proxy may be sending something else.</source>
        <translation>La réponse de {where} dépassait {megabytes} Mo, bien plus que ce qu&apos;envoie WordPress&#x202f;; Copydesk a cessé de la lire. Une extension, un cache ou un proxy envoie peut-être autre chose.</translation>
    </message>
    <message>
        <source>{where} looks like WordPress, but its REST API does not answer{refusal_part}. A plugin (e.g. one that disables the REST API), a firewall or the host may be blocking it; ask the site&apos;s administrator to allow it for logged-in users.</source>
        <translation>{where} ressemble à WordPress, mais son API REST ne répond pas{refusal_part}. Une extension (par exemple une qui désactive l&apos;API REST), un pare-feu ou l&apos;hébergeur la bloque peut-être&#x202f;; demandez à l&apos;administrateur du site de l&apos;autoriser pour les utilisateurs connectés.</translation>
    </message>
    <message>
        <source>No WordPress REST API found at {where}. Check the address: it should be the site&apos;s home page, e.g. https://news.example.org.</source>
        <translation>Aucune API REST WordPress trouvée à {where}. Vérifiez l&apos;adresse&#x202f;: ce doit être la page d&apos;accueil du site, par exemple https://news.example.org.</translation>
    </message>
    <message>
        <source>The REST API of {where} does not offer posts (wp/v2 is missing); a plugin may have removed it.</source>
        <translation>L&apos;API REST de {where} ne propose pas les publications (wp/v2 manque)&#x202f;; une extension l&apos;a peut-être retirée.</translation>
    </message>
    <message>
        <source>{where} did not say who is logged in (its answer to users/me is not a WordPress user seen with its own login), so the account was not confirmed.</source>
        <translation>{where} n&apos;a pas dit qui est connecté (sa réponse à users/me n&apos;est pas un utilisateur WordPress vu avec ses propres identifiants)&#x202f;: le compte n&apos;a donc pas été confirmé.</translation>
    </message>
    <message>
        <source>The site&apos;s answer did not describe a post (no id).</source>
        <translation>La réponse du site ne décrivait pas une publication (pas d&apos;identifiant).</translation>
    </message>
    <message>
        <source>The site is limiting requests (429) and refused to {what}.{wait_part}</source>
        <translation>Le site limite les requêtes (429) et a refusé de {what}.{wait_part}</translation>
    </message>
    <message>
        <source>The site refused to {what} ({status}).{said_part}</source>
        <translation>Le site a refusé de {what} ({status}).{said_part}</translation>
    </message>
    <message>
        <source>The site had an internal error ({status}) and could not {what}.{said_part}</source>
        <translation>Le site a eu une erreur interne ({status}) et n&apos;a pas pu {what}.{said_part}</translation>
    </message>
    <message>
        <source>The site timed out (408) and did not {what}.</source>
        <translation>Le site a dépassé son délai (408) sans {what}.</translation>
    </message>
    <message>
        <source>The site refused the login (401) when trying to {what}.{said_part}</source>
        <translation>Le site a refusé la connexion (401) en essayant de {what}.{said_part}</translation>
    </message>
    <message>
        <source>The server refused access (403) to its REST API when trying to {what}; a security plugin or firewall may be blocking it. Ask the site&apos;s administrator to allow the REST API.</source>
        <translation>Le serveur a refusé l&apos;accès (403) à son API REST en essayant de {what}&#x202f;; une extension de sécurité ou un pare-feu la bloque peut-être. Demandez à l&apos;administrateur du site d&apos;autoriser l&apos;API REST.</translation>
    </message>
    <message>
        <source>The account is not allowed to {what} (403).{said_part} Its WordPress role may be too low (Author or Editor is needed to publish).</source>
        <translation>Le compte n&apos;a pas le droit de {what} (403).{said_part} Son rôle WordPress est peut-être insuffisant (il faut être Auteur ou Éditeur pour publier).</translation>
    </message>
    <message>
        <source>The site&apos;s REST API has no route to {what} (disabled by a plugin?).</source>
        <translation>L&apos;API REST du site n&apos;a pas de route pour {what} (désactivée par une extension&#x202f;?).</translation>
    </message>
    <message>
        <source>The site could not find what was needed to {what} ({status}).{said_part}</source>
        <translation>Le site n&apos;a pas trouvé ce qu&apos;il fallait pour {what} ({status}).{said_part}</translation>
    </message>
    <message>
        <source>The site answered {status} with something other than JSON to {what}.</source>
        <translation>Le site a répondu {status} par autre chose que du JSON à la demande «&#x202f;{what}&#x202f;».</translation>
    </message>
    <message>
        <source>The site&apos;s answer to {what} was not WordPress JSON ({kind}); a plugin, cache or proxy may be changing it.</source>
        <translation>La réponse du site à la demande «&#x202f;{what}&#x202f;» n&apos;était pas du JSON WordPress ({kind})&#x202f;; une extension, un cache ou un proxy la modifie peut-être.</translation>
    </message>
    <message>
        <source>The site&apos;s answer to {what} was not a WordPress list.</source>
        <translation>La réponse du site à la demande «&#x202f;{what}&#x202f;» n&apos;était pas une liste WordPress.</translation>
    </message>
    <message>
        <source>{where} did not accept user {username!r} with this application password. Check the user name, and create a new application password in WordPress under Users → Profile → Application Passwords (the normal login password does not work here).</source>
        <translation>{where} n&apos;a pas accepté l&apos;utilisateur {username!r} avec ce mot de passe d&apos;application. Vérifiez le nom d&apos;utilisateur, et créez un nouveau mot de passe d&apos;application dans WordPress sous Comptes → Profil → Mots de passe d&apos;application (le mot de passe de connexion habituel ne fonctionne pas ici).</translation>
    </message>
    <message>
        <source>The user name and application password are right, but the web server of {where} removes the Authorization header before WordPress sees it. Ask the administrator to pass it on: for Apache add &quot;CGIPassAuth On&quot; (or &quot;SetEnvIf Authorization .+ HTTP_AUTHORIZATION=$0&quot;) to the site&apos;s .htaccess; for nginx + PHP-FPM pass HTTP_AUTHORIZATION to PHP.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe d&apos;application sont bons, mais le serveur web de {where} retire l&apos;en-tête Authorization avant que WordPress ne le voie. Demandez à l&apos;administrateur de le transmettre&#x202f;: pour Apache, ajoutez «&#x202f;CGIPassAuth On&#x202f;» (ou «&#x202f;SetEnvIf Authorization .+ HTTP_AUTHORIZATION=$0&#x202f;») au .htaccess du site&#x202f;; pour nginx + PHP-FPM, transmettez HTTP_AUTHORIZATION à PHP.</translation>
    </message>
    <message>
        <source>{where} did not accept the login. Either the user name or application password is wrong, or the web server removes the Authorization header (for Apache: &quot;CGIPassAuth On&quot; in .htaccess).</source>
        <translation>{where} n&apos;a pas accepté la connexion. Soit le nom d&apos;utilisateur ou le mot de passe d&apos;application est faux, soit le serveur web retire l&apos;en-tête Authorization (pour Apache&#x202f;: «&#x202f;CGIPassAuth On&#x202f;» dans le .htaccess).</translation>
    </message>
    <message>
        <source>Ghost is limiting requests (429) and refused to {what}.{wait_part}{ghost_said_part}</source>
        <translation>Ghost limite les requêtes (429) et a refusé de {what}.{wait_part}{ghost_said_part}</translation>
    </message>
    <message>
        <source>Ghost had an internal error ({status}) and could not {what}.{ghost_said_part}</source>
        <translation>Ghost a eu une erreur interne ({status}) et n&apos;a pas pu {what}.{ghost_said_part}</translation>
    </message>
    <message>
        <source>{where} answered {status} to {what}, but not as Ghost does; check the address.</source>
        <translation>{where} a répondu {status} à la demande «&#x202f;{what}&#x202f;», mais pas comme le fait Ghost&#x202f;; vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Ghost refused the Admin API key ({status}) when trying to {what}.{ghost_said_part} The key may have been regenerated or its integration deleted: copy the current one from Settings → Integrations and add the account again.</source>
        <translation>Ghost a refusé la clé d&apos;API Admin ({status}) en essayant de {what}.{ghost_said_part} La clé a peut-être été régénérée ou son intégration supprimée&#x202f;: copiez la clé actuelle depuis Réglages → Intégrations et ajoutez de nouveau le compte.</translation>
    </message>
    <message>
        <source>The Admin API key may not {what} (403).{ghost_said_part}</source>
        <translation>La clé d&apos;API Admin n&apos;a pas le droit de {what} (403).{ghost_said_part}</translation>
    </message>
    <message>
        <source>Ghost could not find what was needed to {what} (404).{ghost_said_part}</source>
        <translation>Ghost n&apos;a pas trouvé ce qu&apos;il fallait pour {what} (404).{ghost_said_part}</translation>
    </message>
    <message>
        <source>Ghost refused to {what} ({status}).{ghost_said_part}</source>
        <translation>Ghost a refusé de {what} ({status}).{ghost_said_part}</translation>
    </message>
    <message>
        <source>{where} sent Copydesk on to another address ({elsewhere}); Copydesk does not send the key anywhere but the account&apos;s own site. If the site has moved there, change the account&apos;s address.</source>
        <translation>{where} a renvoyé Copydesk vers une autre adresse ({elsewhere})&#x202f;; Copydesk n&apos;envoie la clé qu&apos;au site du compte. Si le site a déménagé, changez l&apos;adresse du compte.</translation>
    </message>
    <message>
        <source>The answer from {where} was larger than {megabytes} MB, far more than Ghost sends; Copydesk stopped reading it.</source>
        <translation>La réponse de {where} dépassait {megabytes} Mo, bien plus que ce qu&apos;envoie Ghost&#x202f;; Copydesk a cessé de la lire.</translation>
    </message>
    <message>
        <source>The answer of {where} to {what} was not Ghost&apos;s JSON ({kind}); a proxy or another program may be answering at that address.</source>
        <translation>La réponse de {where} à la demande «&#x202f;{what}&#x202f;» n&apos;était pas du JSON de Ghost ({kind})&#x202f;; un proxy ou un autre programme répond peut-être à cette adresse.</translation>
    </message>
    <message>
        <source>No Ghost Admin API found at {where}. Check the address: it should be the site&apos;s home page, e.g. https://news.example.org (for WordPress, add a WordPress account).</source>
        <translation>Aucune API Admin Ghost trouvée à {where}. Vérifiez l&apos;adresse&#x202f;: ce doit être la page d&apos;accueil du site, par exemple https://news.example.org (pour WordPress, ajoutez un compte WordPress).</translation>
    </message>
    <message>
        <source>The answer of {where} did not list Ghost posts.</source>
        <translation>La réponse de {where} ne listait pas de publications Ghost.</translation>
    </message>
    <message>
        <source>Ghost&apos;s answer to {what} did not describe a post.</source>
        <translation>La réponse de Ghost à la demande «&#x202f;{what}&#x202f;» ne décrivait pas une publication.</translation>
    </message>
    <message>
        <source>Ghost&apos;s answer to the upload of {name} did not give the image&apos;s address.</source>
        <translation>La réponse de Ghost à l&apos;envoi de {name} ne donnait pas l&apos;adresse de l&apos;image.</translation>
    </message>
    <message>
        <source>{post_id!r} is not a Ghost post id (24 hex digits).</source>
        <translation>{post_id!r} n&apos;est pas un identifiant de publication Ghost (24 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>No system keyring is available ({reason}); Copydesk will not store the password anywhere else. Start your desktop&apos;s keyring (GNOME Keyring, KWallet) and unlock it, then try again.</source>
        <translation>Aucun trousseau système n&apos;est disponible ({reason})&#x202f;; Copydesk ne stockera le mot de passe nulle part ailleurs. Lancez le trousseau de votre bureau (GNOME Keyring, KWallet) et déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>No system keyring is available (only {backends}); Copydesk will not store the password anywhere else. Start your desktop&apos;s keyring (GNOME Keyring, KWallet) and unlock it, then try again.</source>
        <translation>Aucun trousseau système n&apos;est disponible (seulement {backends})&#x202f;; Copydesk ne stockera le mot de passe nulle part ailleurs. Lancez le trousseau de votre bureau (GNOME Keyring, KWallet) et déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>An account name must be 1 to 64 printable characters, e.g. &quot;newsroom&quot;.</source>
        <translation>Un nom de compte doit compter de 1 à 64 caractères imprimables, par exemple «&#x202f;redaction&#x202f;».</translation>
    </message>
    <message>
        <source>The account list {path} is unreadable ({type}).</source>
        <translation>La liste des comptes {path} est illisible ({type}).</translation>
    </message>
    <message>
        <source>No account named {name!r} (accounts: {known}).</source>
        <translation>Aucun compte nommé {name!r} (comptes&#x202f;: {known}).</translation>
    </message>
    <message>
        <source>No account named {name!r} (accounts: none yet).</source>
        <translation>Aucun compte nommé {name!r} (comptes&#x202f;: aucun pour l&apos;instant).</translation>
    </message>
    <message>
        <source>Unknown kind of CMS {cms_kind!r} (known: {known}).</source>
        <translation>Type de CMS inconnu {cms_kind!r} (connus&#x202f;: {known}).</translation>
    </message>
    <message>
        <source>Give the WordPress user name the application password belongs to.</source>
        <translation>Indiquez le nom d&apos;utilisateur WordPress auquel appartient le mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>The application password is empty.</source>
        <translation>Le mot de passe d&apos;application est vide.</translation>
    </message>
    <message>
        <source>The Admin API key is empty.</source>
        <translation>La clé d&apos;API Admin est vide.</translation>
    </message>
    <message>
        <source>There is already an account named {name!r}; remove it first.</source>
        <translation>Il existe déjà un compte nommé {name!r}&#x202f;; supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The keyring has no password for account {name!r} (was it deleted there?). Remove the account and add it again.</source>
        <translation>Le trousseau n&apos;a pas de mot de passe pour le compte {name!r} (y a-t-il été supprimé&#x202f;?). Supprimez le compte et ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>Account {name!r} is of a kind this Copydesk does not know ({cms_kind!r}).</source>
        <translation>Le compte {name!r} est d&apos;un type que cette version de Copydesk ne connaît pas ({cms_kind!r}).</translation>
    </message>
    <message>
        <source>Give the address of the site, e.g. https://news.example.org.</source>
        <translation>Indiquez l&apos;adresse du site, par exemple https://news.example.org.</translation>
    </message>
    <message>
        <source>{url!r} is not a valid web address.</source>
        <translation>{url!r} n&apos;est pas une adresse web valable.</translation>
    </message>
    <message>
        <source>{url!r} is not a web address (it must start with https://).</source>
        <translation>{url!r} n&apos;est pas une adresse web (elle doit commencer par https://).</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; give them separately.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse&#x202f;; indiquez-les à part.</translation>
    </message>
    <message>
        <source>Copydesk only connects to {host} over HTTPS (https://{host}...), because the application password would otherwise travel unencrypted. Plain http is only allowed for this computer.</source>
        <translation>Copydesk ne se connecte à {host} qu&apos;en HTTPS (https://{host}...), sinon le mot de passe d&apos;application circulerait en clair. Le http simple n&apos;est permis que pour cet ordinateur.</translation>
    </message>
    <message>
        <source>That is not a Ghost Admin API key: it looks like 24 hex digits, a colon and 64 more (Ghost: Settings → Integrations → your integration → Admin API key).</source>
        <translation>Ce n&apos;est pas une clé d&apos;API Admin Ghost&#x202f;: elle se présente comme 24 chiffres hexadécimaux, deux-points, puis 64 autres (Ghost&#x202f;: Réglages → Intégrations → votre intégration → Admin API key).</translation>
    </message>
    <message>
        <source>The article is being sent right now; try again in a moment.</source>
        <translation>L&apos;article est en cours d&apos;envoi&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This article is already published on account {account!r}; publish it there or pull a copy for the other account.</source>
        <translation>Cet article est déjà publié sur le compte {account!r}&#x202f;; publiez-le là, ou récupérez-en une copie pour l&apos;autre compte.</translation>
    </message>
    <message>
        <source>This article has not been published, so there is nothing to unpublish.</source>
        <translation>Cet article n&apos;a pas été publié&#x202f;: il n&apos;y a rien à dépublier.</translation>
    </message>
    <message>
        <source>No outbox operation {op_id}.</source>
        <translation>Aucune opération {op_id} dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Only failed or waiting operations can be retried (this one is {state}).</source>
        <translation>Seules les opérations en échec ou en attente peuvent être relancées (celle-ci est à l&apos;état {state}).</translation>
    </message>
    <message>
        <source>This operation is being sent right now and cannot be cancelled.</source>
        <translation>Cette opération est en cours d&apos;envoi et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>This article is not bound to a post.</source>
        <translation>Cet article n&apos;est lié à aucune publication.</translation>
    </message>
    <message>
        <source>This article is not bound to a post: publish it as usual.</source>
        <translation>Cet article n&apos;est lié à aucune publication&#x202f;: publiez-le normalement.</translation>
    </message>
    <message>
        <source>The post is still on the site: publishing again updates it.</source>
        <translation>La publication est toujours sur le site&#x202f;: publier de nouveau la met à jour.</translation>
    </message>
    <message>
        <source>This article is not bound to a post on that account: nothing to unpublish.</source>
        <translation>Cet article n&apos;est lié à aucune publication sur ce compte&#x202f;: rien à dépublier.</translation>
    </message>
    <message>
        <source>This article has no conflict to resolve.</source>
        <translation>Cet article n&apos;a pas de conflit à résoudre.</translation>
    </message>
    <message>
        <source>This article is not bound to a post any more.</source>
        <translation>Cet article n&apos;est plus lié à une publication.</translation>
    </message>
    <message>
        <source>The site&apos;s answer did not say which post it was.</source>
        <translation>La réponse du site ne disait pas de quelle publication il s&apos;agissait.</translation>
    </message>
    <message>
        <source>“{reference}” is a file: address that came with the imported file; Copydesk never uploads one. Put the picture in {folder} and name it by its file name, or insert it with Insert Image (or choose it as the featured image).</source>
        <translation>«&#x202f;{reference}&#x202f;» est une adresse file: venue avec le fichier importé&#x202f;; Copydesk n&apos;en envoie jamais. Placez la photo dans {folder} et désignez-la par son nom de fichier, ou insérez-la avec Insérer une image (ou choisissez-la comme image à la une).</translation>
    </message>
    <message>
        <source>“{reference}” lies outside {folder}, the folder of the imported file, so it is not uploaded. Move the picture into that folder, or insert it with Insert Image (or choose it as the featured image).</source>
        <translation>«&#x202f;{reference}&#x202f;» se trouve hors de {folder}, le dossier du fichier importé, elle n&apos;est donc pas envoyée. Déplacez la photo dans ce dossier, ou insérez-la avec Insérer une image (ou choisissez-la comme image à la une).</translation>
    </message>
    <message>
        <source>“{reference}” was typed, not put in through the window, so it is not uploaded: insert it with Insert Image (or choose it as the featured image).</source>
        <translation>«&#x202f;{reference}&#x202f;» a été tapé au clavier, pas inséré depuis la fenêtre, il n&apos;est donc pas envoyé&#x202f;: insérez-le avec Insérer une image (ou choisissez-le comme image à la une).</translation>
    </message>
    <message>
        <source>Uploading {name} ({number} of {of})</source>
        <translation>Envoi de {name} ({number} sur {of})</translation>
    </message>
    <message>
        <source>Sending the post</source>
        <translation>Envoi de la publication</translation>
    </message>
    <message>
        <source>The image {path} is not on this computer any more (moved or deleted?).</source>
        <translation>L&apos;image {path} n&apos;est plus sur cet ordinateur (déplacée ou supprimée&#x202f;?).</translation>
    </message>
    <message>
        <source>The image {path} does not exist (moved or deleted?).</source>
        <translation>L&apos;image {path} n&apos;existe pas (déplacée ou supprimée&#x202f;?).</translation>
    </message>
    <message>
        <source>{path} is not an image file (its contents are not PNG, JPEG, GIF, WebP or AVIF), so Copydesk does not put it on the site. Remove it from the article, or insert the right picture.</source>
        <translation>{path} n&apos;est pas un fichier image (son contenu n&apos;est ni PNG, ni JPEG, ni GIF, ni WebP, ni AVIF)&#x202f;: Copydesk ne le met donc pas sur le site. Retirez-le de l&apos;article, ou insérez la bonne photo.</translation>
    </message>
    <message>
        <source>The post was edited on the site (changed %1 UTC; Copydesk last saw %2). Nothing was sent: choose keep mine, take theirs or cancel.</source>
        <translation>La publication a été modifiée sur le site (le %1 UTC&#x202f;; Copydesk avait vu en dernier %2). Rien n&apos;a été envoyé&#x202f;: choisissez de garder votre version, de prendre la leur ou d&apos;annuler.</translation>
    </message>
    <message>
        <source>recently</source>
        <translation>récemment</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>aucune version</translation>
    </message>
    <message>
        <source> Changed there: %1.</source>
        <translation> Modifié là-bas&#x202f;: %1.</translation>
    </message>
    <message>
        <source>The post (id %1) was deleted on the site: publish the article as a new post or unbind it.</source>
        <translation>La publication (identifiant %1) a été supprimée sur le site&#x202f;: publiez l&apos;article comme nouvelle publication, ou déliez-le.</translation>
    </message>
    <message>
        <source>replaced by a newer request</source>
        <translation>remplacée par une demande plus récente</translation>
    </message>
    <message>
        <source>interrupted; replaced by a newer request</source>
        <translation>interrompue&#x202f;; remplacée par une demande plus récente</translation>
    </message>
    <message>
        <source>the post was deleted on the site</source>
        <translation>la publication a été supprimée sur le site</translation>
    </message>
    <message>
        <source>edited while sending: changed since publish</source>
        <translation>modifié pendant l&apos;envoi&#x202f;: changé depuis la publication</translation>
    </message>
    <message>
        <source>internal error (%1): %2</source>
        <translation>erreur interne (%1)&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>OpenFromCmsDialog</name>
    <message>
        <source>Open from CMS</source>
        <translation>Ouvrir depuis le CMS</translation>
    </message>
    <message>
        <source>Words in the headline or text</source>
        <translation>Mots du titre ou du texte</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#x202f;:</translation>
    </message>
    <message>
        <source>Add an account first (Publishing → Accounts…).</source>
        <translation>Ajoutez d&apos;abord un compte (Publication → Comptes…).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Loading the recent posts…</source>
        <translation>Chargement des publications récentes…</translation>
    </message>
    <message>
        <source>The site could not be read: %1</source>
        <translation>Le site n’a pas pu être lu&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message>
        <source>No posts match.</source>
        <translation>Aucune publication ne correspond.</translation>
    </message>
    <message>
        <source>The site has no posts yet.</source>
        <translation>Le site n’a encore aucune publication.</translation>
    </message>
    <message>
        <source>Choose a post first.</source>
        <translation>Choisissez d’abord une publication.</translation>
    </message>
    <message>
        <source>Opening the post…</source>
        <translation>Ouverture de la publication…</translation>
    </message>
    <message>
        <source>This post is already in your library: opened “%1”, nothing copied.</source>
        <translation>Cette publication est déjà dans votre bibliothèque&#x202f;: «&#x202f;%1&#x202f;» est ouvert, rien n’a été copié.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>publier</translation>
    </message>
    <message>
        <source>unpublish</source>
        <translation>dépublier</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel operation</source>
        <translation>Annuler l&apos;opération</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
</context>
<context>
    <name>Paster</name>
    <message>
        <source>The pasted page is too large to keep its formatting; pasted as plain text.</source>
        <translation>La page collée est trop grande pour garder sa mise en forme&#x202f;; collée en texte brut.</translation>
    </message>
    <message>
        <source>The pasted formatting could not be read; pasted as plain text.</source>
        <translation>La mise en forme collée n&apos;a pas pu être lue&#x202f;; collée en texte brut.</translation>
    </message>
    <message>
        <source>Converting the pasted text…</source>
        <translation>Conversion du texte collé…</translation>
    </message>
    <message>
        <source>A paste was still being converted when the article changed; it was dropped.</source>
        <translation>Un collage était encore en cours de conversion quand l&apos;article a changé&#x202f;; il a été abandonné.</translation>
    </message>
    <message>
        <source>The pasted formatting could not be read: %1</source>
        <translation>La mise en forme collée n&apos;a pas pu être lue&#x202f;: %1</translation>
    </message>
    <message>
        <source>Pasted.</source>
        <translation>Collé.</translation>
    </message>
    <message>
        <source>Nothing pasted: the clipboard holds %1 million characters; the limit is %2 million.</source>
        <translation>Rien n&apos;a été collé&#x202f;: le presse-papiers contient %1 millions de caractères&#x202f;; la limite est de %2 millions.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>From the system language</source>
        <translation>Selon la langue du système</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>None (ask when there are several)</source>
        <translation>Aucun (demander s&apos;il y en a plusieurs)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#x202f;:</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>&amp;Editor font:</source>
        <translation>&amp;Police de l&apos;éditeur&#x202f;:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Ta&amp;ille de la police&#x202f;:</translation>
    </message>
    <message>
        <source>New articles &amp;written in:</source>
        <translation>Langue des &amp;nouveaux articles&#x202f;:</translation>
    </message>
    <message>
        <source>Keep a &amp;revision every:</source>
        <translation>Garder une &amp;version toutes les&#x202f;:</translation>
    </message>
    <message>
        <source>Agency credit needed a&amp;bove:</source>
        <translation>Crédit de l&apos;agence exigé au-&amp;delà de&#x202f;:</translation>
    </message>
    <message>
        <source>Share of the body taken verbatim from agency copy above which the checklist asks for a credit line</source>
        <translation>Part du texte reprise mot pour mot d&apos;une dépêche au-delà de laquelle les vérifications demandent une mention de crédit</translation>
    </message>
    <message>
        <source>Publishing (this library)</source>
        <translation>Publication (cette bibliothèque)</translation>
    </message>
    <message>
        <source>Default &amp;account:</source>
        <translation>&amp;Compte par défaut&#x202f;:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Featured image on the web, not loaded in the preview: %1</source>
        <translation>Image à la une sur le web, non chargée dans l&apos;aperçu&#x202f;: %1</translation>
    </message>
    <message>
        <source>The featured image cannot be read: %1</source>
        <translation>L&apos;image à la une est illisible&#x202f;: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>PublishStatusWidget</name>
    <message>
        <source>Publishing status</source>
        <translation>État de la publication</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Publish as a ne&amp;w post</source>
        <translation>Publier comme nou&amp;velle publication</translation>
    </message>
    <message>
        <source>Unbind from the site</source>
        <translation>Délier du site</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Programmé pour le %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Changed since publish</source>
        <translation>Modifié depuis la publication</translation>
    </message>
    <message>
        <source>Queued for publishing</source>
        <translation>En attente de publication</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Échec de la publication&#x202f;: %1</translation>
    </message>
    <message>
        <source>Conflict: edited on the site since your last publish</source>
        <translation>Conflit&#x202f;: modifié sur le site depuis votre dernière publication</translation>
    </message>
    <message>
        <source>Not on the site (a draft there)</source>
        <translation>Pas en ligne (brouillon sur le site)</translation>
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message>
        <source>No publishing account</source>
        <translation>Aucun compte de publication</translation>
    </message>
    <message>
        <source>Add your WordPress site first: Publishing → Accounts…</source>
        <translation>Ajoutez d&apos;abord votre site WordPress&#x202f;: Publication → Comptes…</translation>
    </message>
    <message>
        <source>Publish to</source>
        <translation>Publier sur</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#x202f;:</translation>
    </message>
    <message>
        <source>Queued for publishing</source>
        <translation>En attente de publication</translation>
    </message>
    <message>
        <source>Unbound from the site: publishing makes a new post</source>
        <translation>Délié du site&#x202f;: publier créera une nouvelle publication</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié&#x202f;: %1</translation>
    </message>
    <message>
        <source>Updated on the site: %1</source>
        <translation>Mis à jour sur le site&#x202f;: %1</translation>
    </message>
    <message>
        <source>Taken off the site: %1</source>
        <translation>Retiré du site&#x202f;: %1</translation>
    </message>
    <message>
        <source>Not sent yet, will retry: %1</source>
        <translation>Pas encore envoyé, nouvel essai prévu&#x202f;: %1</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Échec de la publication&#x202f;: %1</translation>
    </message>
    <message>
        <source>Edited on the site meanwhile: %1</source>
        <translation>Modifié sur le site entre-temps&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>PublishingUi</name>
    <message>
        <source>Pu&amp;blishing</source>
        <translation>&amp;Publication</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Dépublier…</translation>
    </message>
    <message>
        <source>Publish as a &amp;New Post</source>
        <translation>Publier comme &amp;nouvelle publication</translation>
    </message>
    <message>
        <source>Un&amp;bind from the Site</source>
        <translation>Dé&amp;lier du site</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Open from &amp;CMS…</source>
        <translation>Ouvrir depuis le &amp;CMS…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>Co&amp;mptes…</translation>
    </message>
    <message>
        <source>&amp;Send Queued Now</source>
        <translation>&amp;Envoyer la file d&apos;attente maintenant</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Dépublier</translation>
    </message>
    <message>
        <source>Take this article off the site? The post becomes a draft there; nothing is deleted, and publishing again puts it back.</source>
        <translation>Retirer cet article du site&#x202f;? La publication y redevient un brouillon&#x202f;; rien n&apos;est supprimé, et publier de nouveau la remet en ligne.</translation>
    </message>
    <message>
        <source>This article is not bound to a post on a site.</source>
        <translation>Cet article n&apos;est lié à aucune publication sur un site.</translation>
    </message>
    <message>
        <source>Post deleted on the site</source>
        <translation>Publication supprimée sur le site</translation>
    </message>
</context>
<context>
    <name>RelatedModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Local article %1</source>
        <translation>Article local %1</translation>
    </message>
    <message>
        <source>Remote post %1</source>
        <translation>Publication distante %1</translation>
    </message>
    <message>
        <source>Search the archive…</source>
        <translation>Rechercher dans les archives…</translation>
    </message>
    <message>
        <source>Search related articles</source>
        <translation>Rechercher des articles liés</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>Ajouter la &amp;sélection</translation>
    </message>
    <message>
        <source>Add the selected result to related links</source>
        <translation>Ajouter le résultat sélectionné aux liens connexes</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>Liens connexes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>New link title</source>
        <translation>Titre du nouveau lien</translation>
    </message>
    <message>
        <source>New link URL</source>
        <translation>URL du nouveau lien</translation>
    </message>
    <message>
        <source>Add lin&amp;k</source>
        <translation>Ajouter un &amp;lien</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>No matching articles</source>
        <translation>Aucun article correspondant</translation>
    </message>
    <message>
        <source>Give the link a title.</source>
        <translation>Donnez un titre au lien.</translation>
    </message>
    <message>
        <source>The URL must be a full web address starting with http:// or https://.</source>
        <translation>L&apos;URL doit être une adresse web complète commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>“%1” is already in the related links.</source>
        <translation>«&#x202f;%1&#x202f;» figure déjà dans les liens connexes.</translation>
    </message>
</context>
<context>
    <name>RowButtons</name>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Ajouter une ligne (Inser)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation>Retirer la ligne (Suppr)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Monter (Ctrl+Maj+Haut)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Descendre (Ctrl+Maj+Bas)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Type to search by name or key</source>
        <translation>Tapez pour chercher par nom ou par touche</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#x202f;:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SlugField</name>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>follows the headline</source>
        <translation>suit le titre</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset slug to headline</source>
        <translation>Recaler le slug sur le titre</translation>
    </message>
    <message>
        <source>Make the slug follow the headline again</source>
        <translation>Faire de nouveau suivre le titre au slug</translation>
    </message>
    <message>
        <source>Only lower-case letters, digits and single hyphens (e.g. &quot;storm-hits-coast&quot;).</source>
        <translation>Uniquement des minuscules, des chiffres et des tirets simples (ex. «&#x202f;tempete-sur-la-cote&#x202f;»).</translation>
    </message>
    <message>
        <source>Follows the headline until you edit it</source>
        <translation>Suit le titre tant que vous ne le modifiez pas</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Choisi à la main</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>News agency</source>
        <translation>Agence de presse</translation>
    </message>
    <message>
        <source>Broadcaster</source>
        <translation>Radio ou télévision</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Official document</source>
        <translation>Document officiel</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>SourceKindDelegate</name>
    <message>
        <source>Source kind</source>
        <translation>Type de source</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source problems</source>
        <translation>Problèmes de sources</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…et %n autre problème.</numerusform>
            <numerusform>…et %n autres problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>Could not read the personal dictionary: %1</source>
        <translation>Impossible de lire le dictionnaire personnel&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not save “%1” to the personal dictionary: %2</source>
        <translation>Impossible d&apos;enregistrer «&#x202f;%1&#x202f;» dans le dictionnaire personnel&#x202f;: %2</translation>
    </message>
    <message>
        <source>Spell checking is off: the dictionary could not be loaded (%1).</source>
        <translation>Correcteur orthographique désactivé&#x202f;: le dictionnaire n&apos;a pas pu être chargé (%1).</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Add “%1” to dictionary</source>
        <translation>Ajouter «&#x202f;%1&#x202f;» au dictionnaire</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>No article with id {article_id}.</source>
        <translation>Aucun article avec l&apos;identifiant {article_id}.</translation>
    </message>
    <message>
        <source>Article {article_id} has no revision {revision_id}.</source>
        <translation>L&apos;article {article_id} n&apos;a pas de révision {revision_id}.</translation>
    </message>
    <message>
        <source>Could not save: the disk is full</source>
        <translation>Enregistrement impossible&#x202f;: le disque est plein</translation>
    </message>
    <message>
        <source>The database file is not a Copydesk database or is damaged: {path}</source>
        <translation>Le fichier n&apos;est pas une base de données Copydesk, ou il est endommagé&#x202f;: {path}</translation>
    </message>
    <message>
        <source>The database file is not a Copydesk database or is damaged: {path} (SQLite&apos;s check says: {check}). Copydesk has not written to it; restore it from a backup or copy, or let someone recover it with the sqlite3 tool&apos;s .recover.</source>
        <translation>Le fichier n&apos;est pas une base de données Copydesk, ou il est endommagé&#x202f;: {path} (la vérification de SQLite indique&#x202f;: {check}). Copydesk n&apos;y a rien écrit&#x202f;; restaurez-le depuis une sauvegarde ou une copie, ou faites-le récupérer avec la commande .recover de l&apos;outil sqlite3.</translation>
    </message>
    <message>
        <source>The database is busy: another Copydesk process kept it locked for too long. Try again.</source>
        <translation>La base de données est occupée&#x202f;: un autre processus Copydesk l&apos;a verrouillée trop longtemps. Réessayez.</translation>
    </message>
    <message>
        <source>Could not save: the database file is read-only: {path}</source>
        <translation>Enregistrement impossible&#x202f;: le fichier de la base de données est en lecture seule&#x202f;: {path}</translation>
    </message>
    <message>
        <source>Could not open the database file: {path}</source>
        <translation>Impossible d&apos;ouvrir le fichier de la base de données&#x202f;: {path}</translation>
    </message>
    <message>
        <source>Could not read or write the database file (disk I/O error): {path}</source>
        <translation>Impossible de lire ou d&apos;écrire le fichier de la base de données (erreur d&apos;entrée-sortie du disque)&#x202f;: {path}</translation>
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation>Erreur de la base de données&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Copydesk (schema {schema}); update Copydesk to open it.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Copydesk (schéma {schema})&#x202f;; mettez Copydesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Upgrading the database left {count} broken references: {path}</source>
        <translation>La mise à niveau de la base de données a laissé {count} références cassées&#x202f;: {path}</translation>
    </message>
    <message>
        <source>Could not create the folder for the database {path}: {detail}</source>
        <translation>Impossible de créer le dossier de la base de données {path}&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>Article {article_id} is damaged in the database: {detail}</source>
        <translation>L&apos;article {article_id} est endommagé dans la base de données&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>Revision {revision_id} of {article_id} is damaged: {detail}</source>
        <translation>La révision {revision_id} de {article_id} est endommagée&#x202f;: {detail}</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>e.g. floods, weather, Normandy</source>
        <translation>ex. inondations, météo, Normandie</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Séparez les mots-clés par des virgules</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The interface language changes the next time Copydesk starts.</source>
        <translation>La langue de l&apos;interface change au prochain démarrage de Copydesk.</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>Undo Delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>standfirst %Ln character(s)</source>
        <translation>
            <numerusform>chapô %Ln caractère</numerusform>
            <numerusform>chapô %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min read</source>
        <translation>%1 min de lecture</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save failed — retrying</source>
        <translation>Échec de l&apos;enregistrement — nouvel essai</translation>
    </message>
</context>
<context>
    <name>WireDesk</name>
    <message>
        <source>Wire copy share</source>
        <translation>Part de dépêche</translation>
    </message>
    <message>
        <source>Import &amp;Wire Copy…</source>
        <translation>Importer une dé&amp;pêche…</translation>
    </message>
    <message>
        <source>Paste as &amp;New Story</source>
        <translation>Coller comme &amp;nouvel article</translation>
    </message>
    <message>
        <source>&amp;Highlight Wire Copy</source>
        <translation>&amp;Surligner la dépêche</translation>
    </message>
    <message>
        <source>Import Wire Copy</source>
        <translation>Importer une dépêche</translation>
    </message>
    <message>
        <source>The files could not be imported: %1</source>
        <translation>Impossible d&apos;importer les fichiers&#x202f;: %1</translation>
    </message>
    <message>
        <source>The clipboard could not be read: %1</source>
        <translation>Impossible de lire le presse-papiers&#x202f;: %1</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la copie&#x202f;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n story(s).</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% wire copy</source>
        <translation>%1&#x202f;% de dépêche</translation>
    </message>
</context>
<context>
    <name>WirePanel</name>
    <message>
        <source>Wire</source>
        <translation>Dépêche</translation>
    </message>
    <message>
        <source>Story as read</source>
        <translation>Article tel que lu</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Wire copy: %1</source>
        <translation>Dépêche&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>open_data_folder</name>
    <message>
        <source>no program to show folders was found</source>
        <translation>aucun programme pour afficher les dossiers n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Could not open the data folder ({reason}). It is here:
{path}</source>
        <translation>Impossible d&apos;ouvrir le dossier de données ({reason}). Il se trouve ici&#x202f;:
{path}</translation>
    </message>
</context>
</TS>
