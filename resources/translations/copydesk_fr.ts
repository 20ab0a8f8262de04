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
        <source>Free software under the &lt;a href="{url}"&gt;GNU General Public License&lt;/a&gt;, version 3 or later ({name}).</source>
        <translation>Logiciel libre sous &lt;a href="{url}"&gt;licence publique générale GNU&lt;/a&gt;, version 3 ou ultérieure ({name}).</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the version and paths, to paste into a support request</source>
        <translation>Copier la version et les chemins, à coller dans une demande d'assistance</translation>
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
        <translation>CMS :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Adresse du site :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>application password (Users → Profile in WordPress)</source>
        <translation>mot de passe d'application (Comptes → Profil dans WordPress)</translation>
    </message>
    <message>
        <source>Admin API key:</source>
        <translation>Clé d'API Admin :</translation>
    </message>
    <message>
        <source>from Settings → Integrations in Ghost</source>
        <translation>dans Réglages → Intégrations de Ghost</translation>
    </message>
    <message>
        <source>%1: logged in as %2</source>
        <translation>%1 : connecté en tant que %2</translation>
    </message>
    <message>
        <source>%1: %2, the Admin API key works</source>
        <translation>%1 : %2, la clé d'API Admin fonctionne</translation>
    </message>
    <message>
        <source>Fill in the name, the site address and the Admin API key.</source>
        <translation>Indiquez le nom, l'adresse du site et la clé d'API Admin.</translation>
    </message>
    <message>
        <source>Fill in the name, the site address, the user name and the password.</source>
        <translation>Indiquez le nom, l'adresse du site, le nom d'utilisateur et le mot de passe.</translation>
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
        <translation>Il n'a pas été testé.</translation>
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
        <translation>Oublier %1 et effacer son mot de passe du trousseau ?</translation>
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
        <translation>Impossible d'ouvrir la bibliothèque : %1</translation>
    </message>
    <message>
        <source>The article could not be opened: %1</source>
        <translation>Impossible d'ouvrir l'article : %1</translation>
    </message>
    <message>
        <source>This article was changed elsewhere; showing its newer text (Ctrl+Z undoes).</source>
        <translation>Cet article a été modifié ailleurs ; voici son texte le plus récent (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>This article was changed elsewhere meanwhile. Its newer text stays; yours is kept in the history (File → History).</source>
        <translation>Cet article a été modifié ailleurs entre-temps. Son texte le plus récent est conservé ; le vôtre est gardé dans l'historique (Fichier → Historique).</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>enregistré à la main</translation>
    </message>
    <message>
        <source>The article could not be saved: %1</source>
        <translation>Impossible d'enregistrer l'article : %1</translation>
    </message>
    <message>
        <source>Saved; this version is kept in the history.</source>
        <translation>Enregistré ; cette version est gardée dans l'historique.</translation>
    </message>
    <message>
        <source>Saved. The newest revision in the history already holds exactly this text.</source>
        <translation>Enregistré. La dernière révision de l'historique contient déjà exactement ce texte.</translation>
    </message>
    <message>
        <source>The revision could not be restored: %1</source>
        <translation>Impossible de restaurer la révision : %1</translation>
    </message>
    <message>
        <source>Revision restored. The text before it is kept in the history.</source>
        <translation>Révision restaurée. Le texte précédent est gardé dans l'historique.</translation>
    </message>
    <message>
        <source>The article could not be deleted: %1</source>
        <translation>Impossible de supprimer l'article : %1</translation>
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
        <translation>Impossible de restaurer l'article : %1</translation>
    </message>
    <message>
        <source>Import Article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <source>This file could not be imported: %1</source>
        <translation>Impossible d'importer ce fichier : %1</translation>
    </message>
    <message>
        <source>The files could not be opened: %1</source>
        <translation>Impossible d'ouvrir les fichiers : %1</translation>
    </message>
    <message>
        <source>opened from %1</source>
        <translation>ouvert depuis %1</translation>
    </message>
    <message>
        <source>before opening %1</source>
        <translation>avant l'ouverture de %1</translation>
    </message>
    <message>
        <source>The files could not be saved: %1</source>
        <translation>Impossible d'enregistrer les fichiers : %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n file(s).</source>
        <translation><numerusform>%n fichier ouvert.</numerusform><numerusform>%n fichiers ouverts.</numerusform></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Exporter l'article</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>The article could not be exported: %1</source>
        <translation>Impossible d'exporter l'article : %1</translation>
    </message>
    <message>
        <source>Your unsaved changes were written to %1</source>
        <translation>Vos modifications non enregistrées ont été écrites dans %1</translation>
    </message>
    <message>
        <source>Export failed too: %1</source>
        <translation>L'export a échoué lui aussi : %1</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) in the checklist before publishing.</source>
        <translation><numerusform>Corrigez l'erreur signalée dans les vérifications avant de publier.</numerusform><numerusform>Corrigez les %n erreurs signalées dans les vérifications avant de publier.</numerusform></translation>
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
        <translation>Chapô : le résumé sous le titre</translation>
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
        <source>&amp;Headline</source>
        <translation>&amp;Titre</translation>
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
        <translation>Corps de l'article</translation>
    </message>
    <message>
        <source>Write the story here (Markdown)…</source>
        <translation>Écrivez l'article ici (Markdown)…</translation>
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
        <translation>Adresse web (URL) :</translation>
    </message>
    <message>
        <source>Not inserted: “%1” is not a web address.</source>
        <translation>Non inséré : « %1 » n'est pas une adresse web.</translation>
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
        <translation>Vérifier l'orthographe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
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
        <source>&amp;Replace…</source>
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
        <source>&amp;Add byline</source>
        <translation>&amp;Ajouter une signature</translation>
    </message>
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
        <translation>Les vérifications n'ont pas pu être lancées : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>Click to go to the field</source>
        <translation>Cliquer pour aller au champ</translation>
    </message>
    <message>
        <source>✓ Ready to publish: every check passed.</source>
        <translation>✓ Prêt à publier : toutes les vérifications sont passées.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
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
        <translation>Vos dernières modifications n'ont pas pu être enregistrées dans la bibliothèque.</translation>
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
        <source>Someone changed this article on the site after you last published it. Nothing was sent. Keep mine overwrites their changes; Take theirs replaces your text with the site's (yours stays in the history); Cancel leaves both as they are.</source>
        <translation>Quelqu'un a modifié cet article sur le site depuis votre dernière publication. Rien n'a été envoyé. « Garder ma version » écrase ses modifications ; « Prendre la leur » remplace votre texte par celui du site (le vôtre reste dans l'historique) ; « Annuler » laisse les deux en l'état.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
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
        <source>Editor's note (internal, never published)</source>
        <translation>Note de la rédaction (interne, jamais publiée)</translation>
    </message>
    <message>
        <source>Notes for the desk. Never published.</source>
        <translation>Notes pour le secrétariat de rédaction. Jamais publiées.</translation>
    </message>
    <message>
        <source>&amp;Bylines:</source>
        <translation>&amp;Signatures :</translation>
    </message>
    <message>
        <source>C&amp;redit line:</source>
        <translation>C&amp;rédit :</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation>Rubri&amp;que :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>Sl&amp;ug:</source>
        <translation>Sl&amp;ug :</translation>
    </message>
    <message>
        <source>E&amp;mbargo:</source>
        <translation>&amp;Embargo :</translation>
    </message>
    <message>
        <source>&amp;Featured image:</source>
        <translation>&amp;Image à la une :</translation>
    </message>
    <message>
        <source>Editor's n&amp;ote — Internal, never published:</source>
        <translation>&amp;Note de la rédaction — interne, jamais publiée :</translation>
    </message>
</context>
<context>
    <name>EmbargoField</name>
    <message>
        <source>Hold until</source>
        <translation>Retenir jusqu'au</translation>
    </message>
    <message>
        <source>Embargo: hold publication until a time</source>
        <translation>Embargo : retenir la publication jusqu'à une heure donnée</translation>
    </message>
    <message>
        <source>Embargo time (local time)</source>
        <translation>Heure de l'embargo (heure locale)</translation>
    </message>
    <message>
        <source>Local time; stored and sent in UTC</source>
        <translation>Heure locale ; enregistrée et envoyée en UTC</translation>
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
        <translation>Fichier de l'image à la une</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose featured image file</source>
        <translation>Choisir le fichier de l'image à la une</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove featured image</source>
        <translation>Retirer l'image à la une</translation>
    </message>
    <message>
        <source>Featured image caption</source>
        <translation>Légende de l'image à la une</translation>
    </message>
    <message>
        <source>Featured image credit</source>
        <translation>Crédit de l'image à la une</translation>
    </message>
    <message>
        <source>Featured image alt text</source>
        <translation>Texte alternatif de l'image à la une</translation>
    </message>
    <message>
        <source>Describe the image for readers who can't see it</source>
        <translation>Décrivez l'image pour les lecteurs qui ne la voient pas</translation>
    </message>
    <message>
        <source>Featured image preview</source>
        <translation>Aperçu de l'image à la une</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Lé&amp;gende :</translation>
    </message>
    <message>
        <source>Cre&amp;dit:</source>
        <translation>Cré&amp;dit :</translation>
    </message>
    <message>
        <source>A&amp;lt text:</source>
        <translation>Te&amp;xte alternatif :</translation>
    </message>
    <message>
        <source>Choose the featured image</source>
        <translation>Choisir l'image à la une</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d'aperçu</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Pas une image</translation>
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
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
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
        <translation><numerusform>%n remplacement</numerusform><numerusform>%n remplacements</numerusform></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The headline is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body is too long to publish ({length:,} characters; the limit is {limit:,}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add at least one byline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No section chosen: the site will file it under its default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The headline is {length:,} characters long; the site takes at most {limit:,}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The headline is {length} characters long; aim for {limit} or fewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name “{name}” is only markup: the site would refuse it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image file “{url}” was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “{url}” is not an image (by its contents): it is never uploaded. Remove it, or insert the right picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{url}” was typed, not put in through the window, so it is not uploaded: insert it with Insert Image (or choose it as the featured image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{url}” is a file: address that came with the imported file; Copydesk never uploads one. Put the picture in {folder} and name it by its file name, or insert it with Insert Image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{url}” lies outside {folder}, the folder of the imported file, so it is not uploaded. Move the picture into that folder, or insert it with Insert Image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link “{url}” is not a full web address (https://…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body quotes someone: add at least one source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The slug may contain only lower-case letters, digits and single hyphens (e.g. "storm-hits-coast").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source {number} has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source {number} has an invalid link: {url!r} (it must start with http:// or https://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related link {number} has no title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related link {number} has an invalid URL: {url!r}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related link {number} points nowhere: give a URL or pick an article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Byline {number} has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The embargo time is in the past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The featured image has no alt text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{percent}% of the body is verbatim {agency} copy: the credit line must name {agency} (e.g. “with {agency}”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{percent}% of the body is verbatim {agency} copy and the credit line does not name {agency}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checklist could not run: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line}: {finding}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subhead (level &amp;2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subhead (level &amp;3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HeadlineField</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 — too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headlines over %1 characters get cut off in search results and on social media.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters in the headline / suggested maximum</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a revision to compare it with the current text, or two revisions to compare them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bylines</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <source>Editor's note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No revisions yet: one is kept every few minutes while you write, and each time you press Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes from this revision to the current text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes from the older to the newer revision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an article from the library, or press Ctrl+N to write a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing is unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Imported. Some front matter has no field in Copydesk; it is kept and exported again:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>standfirst %Ln character(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 min read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save failed — retrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save now and keep this version in the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the article to the trash (Restore Deleted Article brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore &amp;Deleted Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find &amp;Article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the checklist and publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source> The site said: {said}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Ghost said: {said}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> It asks to wait {seconds:.0f} s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ({text})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection refused: nothing is listening there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look for the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search the site's posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look for an earlier upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upload {subject}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read {subject}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{subject}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up {subject!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the category {subject!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the tag {subject!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use the REST API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to {where} in time. Check the address and the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} did not answer in time. The request may still have been carried out on the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The HTTPS certificate of {where} could not be verified, so Copydesk did not send anything. If the site uses a self-signed or expired certificate, its administrator must fix it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to {where} ({reason}). Check the address, your network, and whether the site is up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to {where} broke before an answer came back. The request may have been carried out on the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} is not a usable web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talking to {where} failed ({type}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} took longer than {seconds:.0f} s to answer in all, so Copydesk stopped waiting. The request may still have been carried out on the site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} redirected Copydesk more than {count} times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} sent Copydesk on to another address ({elsewhere}); Copydesk does not send the password anywhere but the account's own site. If the site has moved there, change the account's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from {where} was larger than {megabytes} MB, far more than WordPress sends; Copydesk stopped reading it. A plugin, cache or proxy may be sending something else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} looks like WordPress, but its REST API does not answer{refusal_part}. A plugin (e.g. one that disables the REST API), a firewall or the host may be blocking it; ask the site's administrator to allow it for logged-in users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No WordPress REST API found at {where}. Check the address: it should be the site's home page, e.g. https://news.example.org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The REST API of {where} does not offer posts (wp/v2 is missing); a plugin may have removed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} did not say who is logged in (its answer to users/me is not a WordPress user seen with its own login), so the account was not confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site's answer did not describe a post (no id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site is limiting requests (429) and refused to {what}.{wait_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site refused to {what} ({status}).{said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site had an internal error ({status}) and could not {what}.{said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site timed out (408) and did not {what}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site refused the login (401) when trying to {what}.{said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused access (403) to its REST API when trying to {what}; a security plugin or firewall may be blocking it. Ask the site's administrator to allow the REST API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account is not allowed to {what} (403).{said_part} Its WordPress role may be too low (Author or Editor is needed to publish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site's REST API has no route to {what} (disabled by a plugin?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site could not find what was needed to {what} ({status}).{said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site answered {status} with something other than JSON to {what}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site's answer to {what} was not WordPress JSON ({kind}); a plugin, cache or proxy may be changing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site's answer to {what} was not a WordPress list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} did not accept user {username!r} with this application password. Check the user name, and create a new application password in WordPress under Users → Profile → Application Passwords (the normal login password does not work here).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name and application password are right, but the web server of {where} removes the Authorization header before WordPress sees it. Ask the administrator to pass it on: for Apache add "CGIPassAuth On" (or "SetEnvIf Authorization .+ HTTP_AUTHORIZATION=$0") to the site's .htaccess; for nginx + PHP-FPM pass HTTP_AUTHORIZATION to PHP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} did not accept the login. Either the user name or application password is wrong, or the web server removes the Authorization header (for Apache: "CGIPassAuth On" in .htaccess).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghost is limiting requests (429) and refused to {what}.{wait_part}{ghost_said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghost had an internal error ({status}) and could not {what}.{ghost_said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} answered {status} to {what}, but not as Ghost does; check the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghost refused the Admin API key ({status}) when trying to {what}.{ghost_said_part} The key may have been regenerated or its integration deleted: copy the current one from Settings → Integrations and add the account again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Admin API key may not {what} (403).{ghost_said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghost could not find what was needed to {what} (404).{ghost_said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghost refused to {what} ({status}).{ghost_said_part}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{where} sent Copydesk on to another address ({elsewhere}); Copydesk does not send the key anywhere but the account's own site. If the site has moved there, change the account's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from {where} was larger than {megabytes} MB, far more than Ghost sends; Copydesk stopped reading it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer of {where} to {what} was not Ghost's JSON ({kind}); a proxy or another program may be answering at that address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Ghost Admin API found at {where}. Check the address: it should be the site's home page, e.g. https://news.example.org (for WordPress, add a WordPress account).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer of {where} did not list Ghost posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghost's answer to {what} did not describe a post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghost's answer to the upload of {name} did not give the image's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{post_id!r} is not a Ghost post id (24 hex digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keyring is available ({reason}); Copydesk will not store the password anywhere else. Start your desktop's keyring (GNOME Keyring, KWallet) and unlock it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keyring is available (only {backends}); Copydesk will not store the password anywhere else. Start your desktop's keyring (GNOME Keyring, KWallet) and unlock it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An account name must be 1 to 64 printable characters, e.g. "newsroom".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account list {path} is unreadable ({type}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account named {name!r} (accounts: {known}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account named {name!r} (accounts: none yet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown kind of CMS {cms_kind!r} (known: {known}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the WordPress user name the application password belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The application password is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Admin API key is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already an account named {name!r}; remove it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring has no password for account {name!r} (was it deleted there?). Remove the account and add it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account {name!r} is of a kind this Copydesk does not know ({cms_kind!r}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the address of the site, e.g. https://news.example.org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url!r} is not a valid web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url!r} is not a web address (it must start with https://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not put a user name or password in the address; give them separately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copydesk only connects to {host} over HTTPS (https://{host}...), because the application password would otherwise travel unencrypted. Plain http is only allowed for this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not a Ghost Admin API key: it looks like 24 hex digits, a colon and 64 more (Ghost: Settings → Integrations → your integration → Admin API key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article is being sent right now; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article is already published on account {account!r}; publish it there or pull a copy for the other account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article has not been published, so there is nothing to unpublish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No outbox operation {op_id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only failed or waiting operations can be retried (this one is {state}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This operation is being sent right now and cannot be cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article is not bound to a post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article is not bound to a post: publish it as usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The post is still on the site: publishing again updates it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article is not bound to a post on that account: nothing to unpublish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article has no conflict to resolve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article is not bound to a post any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The site's answer did not say which post it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{reference}” is a file: address that came with the imported file; Copydesk never uploads one. Put the picture in {folder} and name it by its file name, or insert it with Insert Image (or choose it as the featured image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{reference}” lies outside {folder}, the folder of the imported file, so it is not uploaded. Move the picture into that folder, or insert it with Insert Image (or choose it as the featured image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{reference}” was typed, not put in through the window, so it is not uploaded: insert it with Insert Image (or choose it as the featured image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploading {name} ({number} of {of})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image {path} is not on this computer any more (moved or deleted?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The image {path} does not exist (moved or deleted?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not an image file (its contents are not PNG, JPEG, GIF, WebP or AVIF), so Copydesk does not put it on the site. Remove it from the article, or insert the right picture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The post was edited on the site (changed %1 UTC; Copydesk last saw %2). Nothing was sent: choose keep mine, take theirs or cancel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Changed there: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The post (id %1) was deleted on the site: publish the article as a new post or unbind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaced by a newer request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted; replaced by a newer request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the post was deleted on the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited while sending: changed since publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal error (%1): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenFromCmsDialog</name>
    <message>
        <source>Open from CMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words in the headline or text, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open as new article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an account first (Publishing → Accounts…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No posts match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying the post…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel operation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Paster</name>
    <message>
        <source>The pasted page is too large to keep its formatting; pasted as plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pasted formatting could not be read; pasted as plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converting the pasted text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A paste was still being converted when the article changed; it was dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pasted formatting could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing pasted: the clipboard holds %1 million characters; the limit is %2 million.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishStatusWidget</name>
    <message>
        <source>Publishing status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish as a &amp;new post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unbind from the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed since publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued for publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict: edited on the site since your last publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not on the site (a draft there)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message>
        <source>No publishing account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add your WordPress site first: Publishing → Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued for publishing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unbound from the site: publishing makes a new post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated on the site: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken off the site: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent yet, will retry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited on the site meanwhile: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishingUi</name>
    <message>
        <source>Publis&amp;hing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish as a &amp;New Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Un&amp;bind from the Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open from &amp;CMS…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send Queued Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take this article off the site? The post becomes a draft there; nothing is deleted, and publishing again puts it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article is not bound to a post on a site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post deleted on the site</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelatedModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Local article %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remote post %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the archive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search related articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the selected result to related links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New link title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New link URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add lin&amp;k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matching articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the link a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL must be a full web address starting with http:// or https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is already in the related links.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RowButtons</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlugField</name>
    <message>
        <source>Slug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follows the headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset slug to headline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the slug follow the headline again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only lower-case letters, digits and single hyphens (e.g. "storm-hits-coast").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follows the headline until you edit it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>News agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broadcaster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Official document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceKindDelegate</name>
    <message>
        <source>Source kind</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>Could not read the personal dictionary: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save “%1” to the personal dictionary: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spell checking is off: the dictionary could not be loaded (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “%1” to dictionary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>No article with id {article_id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article {article_id} has no revision {revision_id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: the disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is not a Copydesk database or is damaged: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file is not a Copydesk database or is damaged: {path} (SQLite's check says: {check}). Copydesk has not written to it; restore it from a backup or copy, or let someone recover it with the sqlite3 tool's .recover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy: another Copydesk process kept it locked for too long. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save: the database file is read-only: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the database file: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read or write the database file (disk I/O error): {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database {path} was written by a newer version of Copydesk (schema {schema}); update Copydesk to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the database left {count} broken references: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder for the database {path}: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article {article_id} is damaged in the database: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision {revision_id} of {article_id} is damaged: {detail}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>e.g. floods, weather, Normandy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WireDesk</name>
    <message>
        <source>Wire copy share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Wire Copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste as &amp;New Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Highlight Wire Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Wire Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files could not be imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n story(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1% wire copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WirePanel</name>
    <message>
        <source>Wire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Story as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wire copy: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>open_data_folder</name>
    <message>
        <source>no program to show folders was found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Could not open the data folder ({reason}). It is here:
{path}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>