"""Newsroom lines in incoming copy: bylines, credit lines, agency tags, datelines, sources, photo credits.

Agency and site copy carries its attribution as lines of text — "Author: Staff with AFP", "By Ann Lee
and Bo Kim, Reuters", "— AFP", "MOSCOW, April 7 (Reuters) —", "Source: BFM TV", "Photo: AFP". In a
draft they belong in fields, not in the body. :func:`take_line` recognises one such line (English,
French, German, Spanish, Italian, Portuguese, Russian labels) and records it in an :class:`Attribution`;
:func:`take_dateline` splits a dateline off the start of a paragraph.

A line is only taken when it cannot be prose: label lines need their label; a bare "By …" line must be
short, end without a full stop, and name capitalised people or a known outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.article import Byline, BylineRole, Source, SourceKind

AGENCIES = {
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP", "dpa": "dpa", "efe": "EFE",
    "ansa": "ANSA", "tass": "TASS", "xinhua": "Xinhua", "kyodo": "Kyodo", "pa": "PA", "pa media": "PA",
    "upi": "UPI", "anadolu": "Anadolu", "belga": "Belga", "anp": "ANP", "europa press": "Europa Press",
    "interfax": "Interfax", "ria novosti": "RIA Novosti", "yonhap": "Yonhap", "aap": "AAP",
    "bloomberg": "Bloomberg", "apa": "APA", "sda": "SDA", "keystone-ats": "Keystone-ATS", "lusa": "Lusa",
    "ats": "ATS", "kna": "KNA", "epd": "epd", "ctk": "ČTK", "pap": "PAP", "agi": "AGI",
    "тасс": "TASS", "риа новости": "RIA Novosti", "интерфакс": "Interfax",
    "adnkronos": "Adnkronos", "ips": "IPS", "afp-jiji": "AFP-Jiji", "jiji": "Jiji", "dpa-afx": "dpa-AFX",
}  # fmt: skip
_BROADCASTER = re.compile(
    r"\b(?:TV|T[ée]l[ée]|Radio|BBC|CNN|BFM|France ?(?:24|2|3|Info|Inter|T[ée]l[ée]visions)|franceinfo|"
    r"Sky(?: News)?|Al Jazeera|ZDF|ARD|RAI|RTL|RTBF|RTS|RTVE|NBC|CBS|ABC|Fox News|MSNBC|TF1|LCI|Euronews|"
    r"RFI|Deutsche Welle|DW|NPR|PBS|ITV|Channel \d+|Europe ?1|RMC|Arte|Canal\+|Antena ?3|Telecinco|"
    r"Mediaset|SVT|NRK|DR|YLE|ORF|SRF|CBC|ABC News|Televisa|Globo|Rossiya|Pervy Kanal)\b",
    re.IGNORECASE,
)
_PUBLICATION = re.compile(
    r"\b(?:Times|Post|Journal|Gazette|Herald|Tribune|Guardian|Telegraph|Observer|Chronicle|Independent|"
    r"Economist|Monde|Figaro|Lib[ée]ration|Parisien|Echos|Croix|Humanit[ée]|Ouest-France|Spiegel|Zeitung|"
    r"FAZ|Welt|Stern|Pa[ií]s|Mundo|ABC|Vanguardia|Corriere|Repubblica|Stampa|Kommersant|Izvestia|"
    r"Vedomosti|Magazine|Newspaper|Daily|Weekly|Review|News|Express|Mirror|Sun|Standard|Mail|Politico|"
    r"Axios|Nikkei|Le Point|L'Obs|L'Express|Marianne|M[ée]diapart)\b",
    re.IGNORECASE,
)

_SEP = r"\s*[:：]\s*|\s+[-–—]\s+"
_BY_LABEL = re.compile(
    rf"^(?:author|authors|written by|reporting by|words by|auteur|auteurs|auteure|r[ée]dig[ée] par|"
    rf"texte|autor|autorin|autoren|von|por|di|autore|автор|авторы)(?:{_SEP})(?P<rest>.+)$",
    re.IGNORECASE,
)
_BY_WORD = re.compile(r"^(?:by|par|von|por|di|от)\s+(?P<rest>.+)$", re.IGNORECASE)
_SOURCE_LABEL = re.compile(
    rf"^(?:sources?|quelles?|quellen|fuentes?|fontes?|fonti|источники?|with information from|"
    rf"avec|d'apr[èe]s)(?:{_SEP})(?P<rest>.+)$",
    re.IGNORECASE,
)
_PHOTO_LABEL = re.compile(
    rf"^(?:photos?|photo credit|cr[ée]dits? photos?|cr[ée]dit|foto|fotos|fotograf[ií]a|image|images|"
    rf"illustration|bild|фото)(?:{_SEP})(?P<rest>.+)$",
    re.IGNORECASE,
)
_WITH = re.compile(
    r"^(?P<names>.*?)[\s,]*(?P<credit>\b(?:with|avec|mit|con|com|с)\s+(?P<who>.+))$", re.IGNORECASE
)
_TAG_LINE = re.compile(r"^(?:[-–—]+\s*|\(\s*)(?P<who>[^()]{1,40}?)\s*\)?\s*$")
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÝА-Я][\w.'’ -]{1,40}?)(?:\s*,\s*(?P<when>[\w .]{0,20}?\d{1,4}[\w .]{0,12}?))?\s*"
    r"\((?P<who>[^()]{1,30})\)\s*[-–—:]+\s*(?P<rest>.*)$",
    re.DOTALL,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bи\b)\s*", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÝА-ЯĀ-Ž][\w'’.-]*|de|da|del|della|van|von|der|di|du|le|la|al|bin|el)$")


def agency_name(text: str) -> str | None:
    """The house name of a news agency ("Agence France-Presse" → "AFP"), or None."""
    return AGENCIES.get(text.strip().strip(".").lower())


def source_kind(name: str) -> SourceKind:
    if agency_name(name):
        return SourceKind.NEWS_AGENCY
    if _BROADCASTER.search(name):
        return SourceKind.BROADCASTER
    if _PUBLICATION.search(name):
        return SourceKind.PUBLICATION
    return SourceKind.OTHER


@dataclass(slots=True)
class Attribution:
    """What the newsroom lines of one piece of copy said, gathered as fields."""

    bylines: list[Byline] = field(default_factory=list)
    credit_line: str = ""
    dateline: str = ""
    sources: list[Source] = field(default_factory=list)
    photo_credit: str = ""

    def add_byline(self, name: str, role: BylineRole = BylineRole.REPORTER) -> None:
        name = name.strip(" .,;")
        if name and all(b.name.lower() != name.lower() for b in self.bylines):
            self.bylines.append(Byline(name, role))

    def add_source(self, name: str, kind: SourceKind | None = None, note: str = "") -> None:
        name = name.strip(" .,;()")
        agency = agency_name(name)
        name = agency or name
        if not name or any(s.name.lower() == name.lower() for s in self.sources):
            return
        self.sources.append(Source(name, kind or source_kind(name), note=note))

    def credit(self, text: str) -> None:
        if not self.credit_line:
            self.credit_line = text.strip(" .,;")

    @property
    def agencies(self) -> list[str]:
        return [s.name for s in self.sources if s.kind is SourceKind.NEWS_AGENCY]


def _names(text: str) -> list[str] | None:
    """People named in a byline, or None when the text does not read as names."""
    names = [n.strip(" .") for n in _NAME_SPLIT.split(text) if n.strip(" .")]
    if not names or len(names) > 6:
        return None
    for name in names:
        words = name.split()
        if not 1 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
            return None
        if not any(w[0].isupper() for w in words):
            return None
    return names


def _take_people(rest: str, attribution: Attribution, *, labelled: bool) -> bool:
    """'X and Y with AFP', 'X, Reuters', 'Staff' → bylines, credit line and agency sources."""
    rest = re.sub(r"\s+[|·•]\s+.*$", "", rest.strip())  # "By Ann Lee · 3 min read"
    with_ = _WITH.match(rest)
    names_text, credit, who = (with_["names"], with_["credit"], with_["who"]) if with_ else (rest, "", "")
    agencies: list[str] = []
    if who:
        agencies = [a for a in (agency_name(p) for p in _NAME_SPLIT.split(who)) if a]
        if not agencies and not labelled and source_kind(who) is SourceKind.OTHER:
            return False
    parts = [p.strip() for p in re.split(r"\s*[,/]\s*", names_text) if p.strip()]
    while parts and (agency_name(parts[-1]) or source_kind(parts[-1]) is not SourceKind.OTHER):
        agencies.insert(0, agency_name(parts[-1]) or parts[-1])
        parts.pop()
    people = _names(", ".join(parts)) if parts else []
    if people is None:
        if not labelled:
            return False
        people = [", ".join(parts)]
    if not people and not agencies:
        return False
    for person in people:
        attribution.add_byline(person)
    for agency in agencies:
        attribution.add_source(agency)
    if credit:
        attribution.credit(credit)
    elif (agencies and not people) or agencies:
        attribution.credit(", ".join(agencies))
    return True


_SIGN_OFF = re.compile(
    r"^(?P<role>(?:additional )?reporting|writing|editing|compiled|photos?|translated|translation)"
    r" by\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_SIGN_OFF_ROLES = {
    "editing": BylineRole.EDITOR,
    "photo": BylineRole.PHOTOGRAPHER,
    "photos": BylineRole.PHOTOGRAPHER,
    "translated": BylineRole.TRANSLATOR,
    "translation": BylineRole.TRANSLATOR,
    "additional reporting": BylineRole.CONTRIBUTOR,
}


def _take_sign_off(text: str, attribution: Attribution) -> bool:
    """ "Reporting by Ann Lee and Bo Kim; Editing by Cy Doe" (the foot of agency copy)."""
    parts = [p.strip(" .") for p in re.split(r"\s*;\s*", text) if p.strip(" .")]
    matches = [_SIGN_OFF.match(p) for p in parts]
    if not matches or not all(matches):
        return False
    people = [
        (_SIGN_OFF_ROLES.get(m["role"].lower(), BylineRole.REPORTER), _names(m["names"])) for m in matches
    ]
    if not all(names for _, names in people):
        return False
    for role, names in people:
        for name in names or []:
            attribution.add_byline(name, role)
    return True


def take_line(line: str, attribution: Attribution) -> bool:
    """Record ``line`` in ``attribution`` when it is a newsroom line; True when it was one."""
    text = " ".join(line.replace("\u00a0", " ").split()).strip("*_ ")
    if not text or len(text) > 200:
        return False
    if _take_sign_off(text, attribution):
        return True
    if match := _BY_LABEL.match(text):
        return _take_people(match["rest"], attribution, labelled=True)
    if match := _SOURCE_LABEL.match(text):
        for name in _NAME_SPLIT.split(match["rest"].strip(" .")):
            if name.strip():
                attribution.add_source(name)
        return True
    if match := _PHOTO_LABEL.match(text):
        credit = match["rest"].strip(" .")
        if len(credit.split()) > 12:
            return False
        attribution.photo_credit = attribution.photo_credit or credit
        return True
    if (match := _TAG_LINE.match(text)) and text[0] in "-–—(":
        agencies = [agency_name(p) for p in _NAME_SPLIT.split(match["who"])]
        if agencies and all(agencies):
            for agency in agencies:
                attribution.add_source(agency)  # type: ignore[arg-type]
            attribution.credit(", ".join(a for a in agencies if a))
            return True
        return False
    if agency_name(text) and len(text) <= 30:  # a lone "AFP" or "Reuters" at the foot of the copy
        attribution.add_source(text)
        attribution.credit(agency_name(text) or text)
        return True
    if (match := _WITH.match(text)) and not match["names"] and agency_name(match["who"]):
        attribution.add_source(match["who"])
        attribution.credit(match["credit"])
        return True
    if (
        (match := _BY_WORD.match(text))
        and len(text.split()) <= 14
        and not text.endswith((".", "!", "?", ":"))
    ):
        return _take_people(match["rest"], attribution, labelled=False)
    return False


def take_dateline(paragraph: str, attribution: Attribution) -> str:
    """Split "MOSCOW, April 7 (Reuters) — The Kremlin said…" into a dateline, an agency and the text.

    Returns the paragraph without the dateline (unchanged when it has none).
    """
    match = _DATELINE.match(paragraph.strip())
    if not match or not match["rest"].strip():
        return paragraph
    agencies = [agency_name(p) for p in _NAME_SPLIT.split(match["who"])]
    if not agencies or not all(agencies):
        return paragraph
    place = match["place"].strip()
    if len(place.split()) > 4:
        return paragraph
    if not attribution.dateline:
        attribution.dateline = place
    for agency in agencies:
        attribution.add_source(agency)  # type: ignore[arg-type]
    attribution.credit(", ".join(a for a in agencies if a))
    return match["rest"].strip()
