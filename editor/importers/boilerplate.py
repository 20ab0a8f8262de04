"""Site chrome that survives into copied or extracted text, recognised line by line. Two kinds: lines that
are chrome wherever they stand (share and follower counters, "Share on Facebook", "Advertisement",
comment-form fields, "Read also: …"), and headings that open a block of chrome: a list of other stories
("Related News", "Must Read": the short lines under it go), or the end of the story ("Leave a Reply",
"Newsletter", "Stay Connected"). English, French, German, Spanish, Italian, Portuguese and Russian
wordings.
"""

from __future__ import annotations

import re

_COUNTER_WORDS = (
    r"fans?|followers?|subscribers?|likes?|shares?|comments?|views?|reads?|abonn[ée]s?|partages?|"
    r"commentaires?|j'aime|vues|lectures?|follower|abonnenten|seguidores|suscriptores|me gusta|"
    r"iscritti|mi piace|visualizzazioni|подписчик\w*|просмотр\w*|комментар\w*"
)
_COUNTER = re.compile(
    rf"^(?:\d[\d\s.,]*\s*[kKmM]?\s*(?:{_COUNTER_WORDS})\s*(?:like|follow|subscribe|s'abonner|suivre|"
    rf"j'aime|folgen|seguir|segui|abonnieren)?\s*)+$|^(?:{_COUNTER_WORDS})\s*[:]?\s*\d[\d\s.,]*[kKmM]?$",
    re.IGNORECASE,
)
_SHARE_WORDS = (
    r"share|partager|partagez|teilen|compartir|condividi|compartilhar|поделиться|tweet|tweeter|facebook|"
    r"twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|e-?mail|courriel|print|imprimer|drucken|"
    r"imprimir|stampa|copy link|copier le lien|link kopieren|messenger|flipboard|bluesky|threads|vk|ok"
)
_SHARE = re.compile(
    rf"^(?:(?:{_SHARE_WORDS})(?:\s+(?:on|sur|auf|en|su|this|this article|cet article|l'article|via))*"
    rf"(?:\s+(?:{_SHARE_WORDS}))*[\s,|/·•:]*)+$",
    re.IGNORECASE,
)
_ALWAYS = re.compile(
    r"^(?:(?:advertisement|advertising|publicit[ée]|anzeige|werbung|publicidad|реклама)\b.{0,40}|"
    r"advertisement|advertising|sponsored|sponsoris[ée]|publicit[ée]|pub|anzeige|werbung|publicidad|"
    r"pubblicit[àa]|реклама|skip to (?:main )?content|aller au contenu(?: principal)?|zum inhalt springen|"
    r"menu|close|fermer|schlie(?:ß|ss)en|cerrar|chiudi|search|rechercher|recherche|suche|buscar|cerca|"
    r"sign in|log in|login|se connecter|connexion|anmelden|iniciar sesi[óo]n|accedi|войти|"
    r"subscribe|s'abonner|je m'abonne|abonnieren|suscr[íi]bete|abbonati|подписаться|"
    r"home|accueil|startseite|inicio|portada|главная|"
    r"listen to this article|écouter cet article|artikel anh[öo]ren|escuchar|ascolta|"
    r"\d+\s*(?:min(?:ute)?s?|mn)\s*(?:read|de lecture|lesezeit|de lectura|di lettura)|"
    r"(?:reading time|temps de lecture|lesezeit|tiempo de lectura)\s*:?\s*\d+\s*min\w*|"
    r"save my name, email, and website in this browser for the next time i comment\.?|"
    r"enregistrer mon nom, mon e-mail et mon site dans le navigateur .*|"
    r"your email address will not be published\.?.*|votre adresse e-mail ne sera pas publi[ée]e\.?.*|"
    r"required fields are marked \*?|les champs obligatoires sont indiqu[ée]s avec \*?|"
    r"(?:name|nom|e-?mail|website|site web|comment|commentaire|kommentar|nombre|correo|sito web)\s*\*?|"
    r"post comment|publier le commentaire|laisser un commentaire|kommentar abschicken|"
    r"cancel reply|annuler la r[ée]ponse|"
    r"(?:©|\(c\)|copyright).{0,120}|all rights reserved\.?|tous droits r[ée]serv[ée]s\.?|"
    r"alle rechte vorbehalten\.?|todos los derechos reservados\.?|tutti i diritti riservati\.?|"
    r"photo gallery|galerie photo|(?:\d+\s*)?photos?|video|vid[ée]o|"
    r"(?:updated|mis à jour|modifi[ée] le|aktualisiert|actualizado|aggiornato)\b.{0,60}|"
    r"(?:published|publi[ée] le|veröffentlicht|publicado|pubblicato)\b.{0,60}|"
    r"tags?\s*:.*|mots-cl[ée]s\s*:.*|schlagw[öo]rter\s*:.*|etiquetas\s*:.*|"
    r"(?:read|see) (?:also|more)\s*:.*|(?:à )?lire aussi\s*:.*|voir aussi\s*:.*|lesen sie auch\s*:.*|"
    r"mehr zum thema\s*:.*|lee también\s*:.*|leggi anche\s*:.*|читайте также\s*:.*|"
    r"previous article|next article|article pr[ée]c[ée]dent|article suivant|"
    r"previous|next|suivant|pr[ée]c[ée]dent|zur[üu]ck|weiter|anterior|siguiente|"
    r"(?:[\w'’ -]{1,25}(?:\s*[»›>/|]\s*|\s+>\s+)){2,}[\w'’ -]{1,25}"  # breadcrumbs: Home » News » World
    r")$",
    re.IGNORECASE,
)
# Headings of a list of links to other stories: the short lines under them are chrome.
_LIST_HEADINGS = re.compile(
    r"^(?:related(?: news| articles| stories| posts| content| coverage)?|must read|must-read|"
    r"more (?:news|stories|from [\w ]{1,30})|most (?:read|popular|viewed)|trending(?: now)?|latest(?: news)?|"
    r"top stories|recommended(?: for you)?|you may also like|you might also like|don't miss|read more|"
    r"editor'?s picks|popular|popular posts|more on this story|more on this topic|read next|"
    r"lees ook|meer nieuws|meest gelezen|"
    r"à lire aussi|lire aussi|sur le même sujet|les plus lus|les plus partag[ée]s|à la une|"
    r"derni[èe]res? (?:infos?|actualit[ée]s|minute)|en continu|vous aimerez aussi|nos recommandations|"
    r"mehr zum thema|das könnte sie auch interessieren|meistgelesen|"
    r"noticias relacionadas|te puede interesar|lo más le[íi]do|m[áa]s noticias|"
    r"articoli correlati|potrebbe interessarti|i più letti|leggi anche|"
    r"читайте также|популярное|новости по теме)\s*:?$",
    re.IGNORECASE,
)
# Headings after which nothing is the story any more: comments, newsletter boxes, follow-us blocks.
_END_HEADINGS = re.compile(
    r"^(?:stay connected|follow us|newsletter|sign up.*|get the .{1,30} (?:newsletter|briefing)|"
    r"leave a (?:reply|comment)|comments?(?: \(\d+\))?|\d+ comments?|join the conversation|"
    r"laisser un commentaire|laisser une r[ée]ponse|commentaires?(?: \(\d+\))?|réagissez|"
    r"suivez-nous|restez connect[ée]s?|inscrivez-vous.*|recevez notre newsletter.*|"
    r"kommentare|kommentieren|folgen sie uns|coment[áa]rios|síguenos|commenti|seguici|комментарии)\s*:?$",
    re.IGNORECASE,
)


def is_chrome(line: str) -> bool:
    """True for a line that is site chrome wherever it stands."""
    text = " ".join(line.split()).strip("*_#> ")
    if not text:
        return True
    if len(text) > 300:  # chrome is short; the patterns need not look at paragraphs
        return False
    return bool(_COUNTER.match(text) or _ALWAYS.match(text) or _SHARE.match(text))


def _heading_text(line: str) -> str:
    text = " ".join(line.split()).strip("*_#> ")
    return text if len(text) <= 80 else ""


def opens_link_list(line: str) -> bool:
    """True for a heading over a list of other stories ("Related News", "Must Read", "Lire aussi")."""
    return bool(_LIST_HEADINGS.match(_heading_text(line)))


def ends_story(line: str) -> bool:
    """True for a heading after which nothing is the story (comments, newsletter, "Stay Connected")."""
    return bool(_END_HEADINGS.match(_heading_text(line)))


def opens_chrome_block(line: str) -> bool:
    return opens_link_list(line) or ends_story(line)
