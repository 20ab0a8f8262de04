"""An e-mailed story (``.eml``): its HTML part through the web-page reader, else its text part.

The standard library's ``email`` parser with the modern policy decodes the transfer encodings and
charsets; a part in a charset Python does not know is decoded with :mod:`editor.importers.decoding`.
The subject, without "Fwd:"/"TR:"/"WG:", is the headline when the story gives none.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from editor.importers import decoding
from editor.importers.errors import ImportFailed

_FORWARD_PREFIX = re.compile(r"^(?:(?:fwd?|fw|tr|wg|rv|i|vs)\s*:\s*)+", re.IGNORECASE)
_FORWARD_HEADER = re.compile(
    r"^(?:-{3,}.*(?:forwarded|original|transf[ée]r[ée]|weitergeleitet|reenviado|inoltrato).*-{3,}|"
    r"(?:from|de|von|to|à|an|cc|date|sent|envoy[ée]|gesendet|subject|objet|betreff|asunto|oggetto)\s*:.*)$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Mail:
    subject: str
    html: str
    text: str
    sender: str
    date: str


def looks_like_mail(text: str) -> bool:
    head = text[:2048]
    return bool(re.match(r"(?:[\w-]+:[^\n]*\n)+", head)) and bool(
        re.search(r"^(?:MIME-Version|Received|Message-ID|From|Subject):", head, re.MULTILINE | re.IGNORECASE)
    )


def _content(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            return ""
        try:
            return decoding.decode(payload, "the e-mail part").text
        except ImportFailed:
            return ""
    return content if isinstance(content, str) else ""


def parse(raw: bytes, name: str) -> Mail:
    message = email.message_from_bytes(raw, policy=policy.default)
    if not isinstance(message, EmailMessage):
        raise ImportFailed(f"{name}: not an e-mail message")
    html_part = message.get_body(preferencelist=("html",))
    text_part = message.get_body(preferencelist=("plain",))
    html = _content(html_part) if isinstance(html_part, EmailMessage) else ""
    text = _content(text_part) if isinstance(text_part, EmailMessage) else ""
    if not (html.strip() or text.strip()):
        raise ImportFailed(f"{name}: the e-mail has no text or HTML part")
    subject = _FORWARD_PREFIX.sub("", " ".join(str(message.get("subject", "")).split()))
    return Mail(
        subject,
        html,
        _FORWARD_HEADER.sub("", text),
        str(message.get("from", "")),
        str(message.get("date", "")),
    )
