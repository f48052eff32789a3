"""@mentions: members are mentioned by a handle made from their name ("@maya.patel").

Pure Python (no Flask, no database): the services store each member's handle the first time it
is needed (when they post, or when someone mentions them by their name's handle).
"""

from __future__ import annotations

import re
import unicodedata

MAX_HANDLE_LENGTH = 40
# A post notifies at most this many people, so a mention cannot become a mass mailing.
MAX_MENTIONS = 10

_HANDLE = r"[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?"
# Not inside an email address or a word (the look-behind), and not followed by more handle text.
_MENTION = re.compile(rf"(?<![\w@./+-])@({_HANDLE})(?![\w-])", re.IGNORECASE)
_FENCED_CODE = re.compile(r"^ {0,3}(`{3,}|~{3,}).*?(?:^ {0,3}\1[`~]*[ \t]*$|\Z)", re.M | re.S)
_INDENTED_CODE = re.compile(r"^(?: {4}|\t).*$", re.M)
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)


def handle_from_name(name: str) -> str:
    """A lower-case handle from a display name: "Zoë O'Brien-Smith" -> "zoe.obrien-smith"."""
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    ascii_name = ascii_name.lower().replace("'", "")
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", ascii_name)
    handle = ".".join(words)[:MAX_HANDLE_LENGTH].strip(".-")
    return handle or "member"


def numbered_handle(base: str, number: int) -> str:
    """The handle to use when `base` is taken: "maya.patel" -> "maya.patel2"."""
    suffix = str(number)
    return base[: MAX_HANDLE_LENGTH - len(suffix)].rstrip(".-") + suffix


def find_mentions(markdown_text: str) -> list[str]:
    """Handles mentioned in a post, lower-cased, in order, without repeats; code is ignored."""
    text = _FENCED_CODE.sub(" ", markdown_text or "")
    text = _INDENTED_CODE.sub(" ", text)
    text = _INLINE_CODE.sub(" ", text)
    found: list[str] = []
    for match in _MENTION.finditer(text):
        handle = match.group(1).lower().rstrip(".")
        if handle and handle not in found:
            found.append(handle)
    return found


def name_pattern(handle: str) -> str:
    """A SQL LIKE pattern that finds names which could produce this handle."""
    parts = [re.sub(r"[^a-z0-9]", "_", part) for part in re.split(r"[._-]+", handle) if part]
    return "%" + "%".join(parts) + "%"
