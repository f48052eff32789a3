"""Words of a post as the model reads them: lowercased, accents folded, with links, emails, phone
numbers, prices, percentages and other numbers replaced by <url>, <email>, <phone>, <price>,
<pct> and <num>. Reads at most MAX_CHARS characters, so huge posts cost no more than long ones."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_CHARS = 20_000

# Order matters: the first alternative that matches at a position wins.
_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>()\[\]\"']{1,300}"
    r"|(?<![\w@.-])(?:[a-z0-9-]{1,63}\.){1,3}(?:com|io|ai|co|net|org|app|dev|fm|eu|uk|de|fr|es|"
    r"it|nl|pt|be|ch|at|ie|biz|info|health|coach|agency|events|farm|edu|gov|cl|mx)"
    r"(?:/[^\s<>()\[\]\"']{0,300})?(?![\w-]))"
    r"|(?P<email>[\w.+-]{1,64}@(?:[\w-]{1,63}\.){1,4}[a-z]{2,24})"
    r"|(?P<phone>\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){2,4}"
    r"|\(?0\d{2,4}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}(?![\d,]))"
    r"|(?P<price>[$€£]\s?\d[\d,.]*(?:\s?[km](?![a-z]))?"
    r"|\d[\d,.]*\s?(?:€|£|\$|k€|eur\b|euros?\b|usd\b|dollars?\b|gbp\b))"
    r"|(?P<pct>\d+(?:[.,]\d+)?\s?%)"
    r"|(?P<num>\d+(?:[.,:/]\d+)*)"
    r"|(?P<arrow>→|->|👉|⬇️?|👇)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)",
    re.IGNORECASE,
)
_PLACEHOLDERS = {
    "url": "<url>",
    "email": "<email>",
    "phone": "<phone>",
    "price": "<price>",
    "pct": "<pct>",
    "num": "<num>",
    "arrow": "<arrow>",
}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return not self.text.startswith("<")


def fold(word: str) -> str:
    """Lowercase, drop accents, straighten apostrophes: "Démo" and "demo" are one feature."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text[:MAX_CHARS]):
        kind = match.lastgroup or "word"
        value = fold(match.group(0)) if kind == "word" else _PLACEHOLDERS[kind]
        tokens.append(Token(value, match.start(), match.end()))
    return tokens
