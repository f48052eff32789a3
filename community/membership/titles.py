"""Read an applicant's job title the way the board would, and say whether it meets the policy.

Pure Python: nothing here imports Flask or the database, so the CLI, the services and the tests
share one engine. The default policy is the board's (shared/membership-policy.md): Director and
above are eligible, managers and below are not, and titles whose rank varies go to review.

The engine is a short pipeline of named, ordered steps rather than one large expression:

1. normalise: Unicode, case, accents (matched without them), dotted abbreviations, separators;
2. split the headline into segments at hard separators ("|", "•", "·", ";", dashes, emoji);
3. read each segment with ordered rules; each rule that fires masks the words it read, so a
   later, more general rule cannot read them again ("Executive Assistant to the CEO" is read once,
   as an assistant, and never again as "CEO"):
   a. context and references: company names after "at"/"@", possessives ("the CEO's office"),
      executives named as the people one serves ("Helping CEOs", "Assistant to the VP",
      "Asistente Ejecutiva del Presidente": an assistant's noun, up to two words, then
      to/for/of/del/van de and an executive, in six languages), and executive words that name
      a publication, company, event or programme ("CFO Dive", "Director Magazine", "VP Bank",
      "CEO Coaching International", "Head & Shoulders") or qualify a lower role noun that ends
      the phrase ("CFO Advisory Associate", "Head of Sales Assistant");
   b. markers that bind to the role next to them: ambitions ("Aspiring", "Open to work"),
      former roles ("Former", "Ex-", "Retired"), fractional work ("Fractional", "Part-time");
   c. traps: senior-looking words used for something else ("Account Executive", "Art Director",
      "Head Chef", "Partner Manager", "Principal Engineer", "Chief Petty Officer");
   d. review patterns and modifiers ("Founder", "General Manager", "Deputy", "Associate VP");
   e. levels: C-level, owner or partner, VP, director, manager, individual contributor, training;
4. the lower role wins (`_lower_role_wins`): an executive reading never overrides an
   assistant's title in the same segment ("Assistant, CEO", "CEO Executive Assistant") or in a
   neighbouring segment that only names an executive ("Executive Assistant – CEO"); an
   assistant's title elsewhere sends the executive reading to review; and an executive word that
   comes after a lower role and before words naming no function ("Host, CEO Talks") is read as
   part of a name, so review;
5. combine the readings: an eligible current role wins, then anything needing review, then the
   strongest ineligible role, then stated ambitions; nothing read means review (or "empty" for
   junk). When in doubt the engine answers review, never eligible.

Rank modifiers bind to the title next to them: Assistant, Associate, Junior lower it (Director ->
manager; VP or Partner -> review); Trainee, Apprentice, Intern, Student before a title make it a
training role; Deputy, Sub-, Vice- send it to review; Incoming sends an executive title to review
(accepted, not started); Aspiring, Future, Wannabe, Soon-to-be make it an ambition.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

LEVELS = (
    "cxo",
    "owner_partner",
    "vp",
    "director",
    "manager",
    "senior_ic",
    "entry",
    "training",
    "unpaid",
    "unknown",
)  # high to low
ELIGIBILITIES = ("eligible", "ineligible", "review")

_RANK = {level: index for index, level in enumerate(LEVELS)}
_LEVEL_NAMES = {
    "cxo": "C-level",
    "owner_partner": "Owner or Partner",
    "vp": "Vice President",
    "director": "Director",
    "manager": "Manager",
    "senior_ic": "Senior individual contributor",
    "entry": "Entry level",
    "training": "Training",
    "unpaid": "Unpaid",
    "unknown": "Unknown",
}
_LEVEL_PHRASES = {
    "cxo": "a C-level executive",
    "owner_partner": "an owner or partner of a firm",
    "vp": "a Vice President",
    "director": "a Director-level role",
    "manager": "a manager-level role",
    "senior_ic": "a senior individual-contributor role",
    "entry": "an entry-level role",
    "training": "a training role (intern, student, trainee or apprentice)",
    "unpaid": "an unpaid or volunteer role",
    "unknown": "an unrecognised role",
}
_POLICY_FIELDS = ("minimum_level", "allow_patterns", "deny_patterns", "review_levels")


# --------------------------------------------------------------------------------------------
# The contract: Policy, TitleAssessment, assess_title
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _compile_policy_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _string_tuple(name: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ValueError(f"{name} must be a list of strings, not {type(value).__name__}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise ValueError(f"{name} must contain only strings; found {item!r}")
    return items


@dataclass(frozen=True)
class Policy:
    """What the board accepts; data, stored versioned and edited by the board."""

    minimum_level: str = "director"
    allow_patterns: tuple[str, ...] = ()
    deny_patterns: tuple[str, ...] = ()
    review_levels: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.minimum_level not in LEVELS:
            raise ValueError(
                f'minimum_level "{self.minimum_level}" is not a level; '
                f"use one of: {', '.join(LEVELS)}"
            )
        for name in ("allow_patterns", "deny_patterns", "review_levels"):
            object.__setattr__(self, name, _string_tuple(name, getattr(self, name)))
        for level in self.review_levels:
            if level not in LEVELS:
                raise ValueError(
                    f'review_levels contains "{level}", which is not a level; '
                    f"use any of: {', '.join(LEVELS)}"
                )
        for name in ("allow_patterns", "deny_patterns"):
            for index, pattern in enumerate(getattr(self, name)):
                try:
                    _compile_policy_pattern(pattern)
                except re.error as error:
                    raise ValueError(
                        f'{name}[{index}] ("{pattern}") is not a valid regular expression: {error}'
                    ) from None

    def to_dict(self) -> dict:
        return {
            "minimum_level": self.minimum_level,
            "allow_patterns": list(self.allow_patterns),
            "deny_patterns": list(self.deny_patterns),
            "review_levels": list(self.review_levels),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Policy:
        """Build a policy from stored data, refusing anything the engine could not apply."""
        if not isinstance(data, dict):
            raise ValueError(f"a policy must be a mapping, not {type(data).__name__}")
        unknown = sorted(set(data) - set(_POLICY_FIELDS))
        if unknown:
            raise ValueError(
                f"unknown policy field(s): {', '.join(map(str, unknown))}; "
                f"expected: {', '.join(_POLICY_FIELDS)}"
            )
        minimum_level = data.get("minimum_level", "director")
        if not isinstance(minimum_level, str):
            raise ValueError("minimum_level must be a string")
        return cls(
            minimum_level=minimum_level,
            allow_patterns=_string_tuple("allow_patterns", data.get("allow_patterns", ())),
            deny_patterns=_string_tuple("deny_patterns", data.get("deny_patterns", ())),
            review_levels=_string_tuple("review_levels", data.get("review_levels", ())),
        )


DEFAULT_POLICY = Policy()


@dataclass(frozen=True)
class TitleAssessment:
    title: str
    level: str
    eligibility: str
    rule: str
    explanation: str

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "level": self.level,
            "eligibility": self.eligibility,
            "rule": self.rule,
            "explanation": self.explanation,
        }


def assess_title(title: str, policy: Policy | None = None) -> TitleAssessment:
    """Assess one title against the policy (the board's default when none is given)."""
    policy = policy or DEFAULT_POLICY
    title = "" if title is None else str(title)
    source = unicodedata.normalize("NFC", title)[:_MAX_CHARS]
    text = _normalise(source)
    readings = _read_headline(text, policy)
    decision = _decide(readings, policy)
    level, eligibility, rule, explanation = _explain(decision, readings, text, policy)
    level, eligibility, rule, explanation = _apply_policy_patterns(
        title, text, policy, level, eligibility, rule, explanation
    )
    return TitleAssessment(title, level, eligibility, rule, explanation)


# --------------------------------------------------------------------------------------------
# Step 1: normalise
# --------------------------------------------------------------------------------------------

_MAX_CHARS = 400  # LinkedIn headlines stop at 220; anything longer is not a title
_MASK = "\x00"  # marks characters a rule has already read
_HARD_SEPARATORS = frozenset("|¦│┃‖•·●▪◦‣∙⋅;—–―→⇒►▶▸»«\n\r")
_SPECIAL_LETTERS = {"æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ð": "d"}
_KEPT_PUNCTUATION = frozenset(",/&+()'-#@.")
_PUNCTUATION_MAP = {
    "’": "'",
    "‘": "'",
    "‛": "'",
    "`": "'",
    "´": "'",
    "ʼ": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "﹣": "-",
    "\\": "/",
    ":": ",",
    "[": "(",
    "{": "(",
    "]": ")",
    "}": ")",
}


@dataclass(frozen=True)
class _Text:
    """The normalised title: `plain` (lower case, no accents) is what the rules read;
    `origin[i]` is the index in `source` that plain[i] came from, so explanations can quote the
    applicant's own words; `folded` keeps the accents for the board's own patterns."""

    source: str
    folded: str
    plain: str
    origin: tuple[int, ...]

    def quote(self, start: int, end: int) -> str:
        if start >= end or not self.origin:
            return ""
        first = self.origin[max(0, min(start, len(self.origin) - 1))]
        last = self.origin[max(0, min(end - 1, len(self.origin) - 1))]
        return self.source[first : last + 1].strip(" ,;/|&+-–—(:").strip()


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> tuple[str, str]:
    """One character, case-folded: (with accents, without accents)."""
    if char in _HARD_SEPARATORS:
        return "|", "|"
    category = unicodedata.category(char)
    if category in ("So", "Sk", "Co", "Cn", "Cs"):
        return "|", "|"  # emoji and pictographs separate the parts of a headline
    if category in ("Cf", "Mn", "Me"):
        return "", ""
    if category[0] in ("Z", "C"):
        return " ", " "
    if char in _PUNCTUATION_MAP:
        mapped = _PUNCTUATION_MAP[char]
        return mapped, mapped
    compatible = unicodedata.normalize("NFKC", char)
    if category[0] in ("L", "N") or len(compatible) > 1:
        folded = compatible.casefold()
        folded = "".join(_SPECIAL_LETTERS.get(c, c) for c in folded)
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
        )
        return folded, plain
    if compatible in _KEPT_PUNCTUATION:
        return compatible, compatible
    if compatible in _PUNCTUATION_MAP:
        return _PUNCTUATION_MAP[compatible], _PUNCTUATION_MAP[compatible]
    return " ", " "


def _tracked_sub(
    pattern: re.Pattern[str], replace: str | Callable[[re.Match[str]], str], text: str, origin: list
) -> tuple[str, list]:
    """re.sub that keeps, for each output character, the source index it came from."""
    pieces: list[str] = []
    new_origin: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(text[position : match.start()])
        new_origin.extend(origin[position : match.start()])
        replacement = replace(match) if callable(replace) else replace
        span = origin[match.start() : match.end()]
        if not span:
            span = [origin[match.start()] if match.start() < len(origin) else (origin or [0])[-1]]
        for index, char in enumerate(replacement):
            pieces.append(char)
            new_origin.append(span[min(index, len(span) - 1)])
        position = match.end()
    pieces.append(text[position:])
    new_origin.extend(origin[position:])
    return "".join(pieces), new_origin


_HASHTAG = re.compile(r"#(?!opentowork\b)[^\s#|,()/]+")
_DOTTED_ABBREVIATION = re.compile(r"\b(?:[a-z]\.){1,5}[a-z]\b\.?")  # v.p. c.e.o j.p.
_DOT = re.compile(r"\.")
_SPACED_HYPHEN = re.compile(r"(?:(?<=\s)|^)-+(?=\s|$)|-{2,}")
_NOW = re.compile(
    r"(?<![a-z])(?=(?:now|currently|presently|nowadays|actuellement|actualmente|aktuell|"
    r"attualmente|momenteel|atualmente)\b)"
)


def _normalise(source: str) -> _Text:
    folded_chars: list[str] = []
    plain_chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(source):
        folded, plain = _fold_char(char)
        folded_chars.append(folded)
        plain_chars.extend(plain)
        origin.extend([index] * len(plain))
    plain = "".join(plain_chars)
    # Hashtags are topics, not titles ("#leadership"), except the LinkedIn "#OpenToWork" frame.
    plain, origin = _tracked_sub(_HASHTAG, " ", plain, origin)
    # "V.P." -> "vp", "C.E.O." -> "ceo"; other dots ("Sr.", "Dir.") end a word.
    plain, origin = _tracked_sub(
        _DOTTED_ABBREVIATION, lambda m: m.group().replace(".", ""), plain, origin
    )
    plain, origin = _tracked_sub(_DOT, " ", plain, origin)
    # " - " separates headline parts; a hyphen inside a word ("Co-founder") does not.
    plain, origin = _tracked_sub(_SPACED_HYPHEN, "|", plain, origin)
    # "Ex-Google, now VP Product": what follows "now" is a separate, current part.
    plain, origin = _tracked_sub(_NOW, "|", plain, origin)
    return _Text(source, "".join(folded_chars), plain, tuple(origin))


# --------------------------------------------------------------------------------------------
# Readings and the reader that applies the rules
# --------------------------------------------------------------------------------------------

# Reading kinds, from the combiner's point of view.
_ROLE = "role"  # a current role; eligible or not by its level
_REVIEW = "review"  # the board must look at the profile
_INELIGIBLE = "ineligible"  # a non-executive reading whatever the level (a former manager)
_AMBITION = "ambition"  # a stated wish, not a role
_LOOKALIKE = "lookalike"  # a word that only contains a senior-looking word
_WEAK_REVIEW = "weak_review"  # review only if nothing else was read ("Retired", "Freelance")


@dataclass
class _Reading:
    start: int
    end: int
    level: str
    kind: str
    rule: str
    describe: str = ""
    tag: str = ""  # what was read, for modifiers: "vp", "director", "partner", "dean" ...
    seeking: bool = False  # "open to work", "seeking": the executive role may not be current
    marker: str = ""  # a former, between or fractional marker that bound no role ("Retired")
    segment: int = 0
    quote: str = ""
    eligibility: str = ""


class _Reader:
    def __init__(self, text: _Text, policy: Policy) -> None:
        self.text = text
        self.chars = list(text.plain)
        self.policy = policy
        self.banking = bool(_BANKING.search(text.plain))
        self.segment = (0, len(self.chars))  # the headline segment being read
        self.next_segment = ""  # the one after it, for context such as "| Rotary Club"

    def view(self, start: int, end: int) -> str:
        return "".join(self.chars[start:end])

    def mask(self, start: int, end: int) -> None:
        for index in range(max(0, start), min(end, len(self.chars))):
            self.chars[index] = _MASK

    def masked(self, start: int, end: int) -> bool:
        return _MASK in self.chars[start:end]

    def has_words(self, start: int, end: int) -> bool:
        return bool(re.search(r"[^\W\d_]", self.view(start, end)))

    def eligible_level(self, level: str) -> bool:
        return level != "unknown" and _RANK[level] <= _RANK[self.policy.minimum_level]

    def read(self, start: int, end: int) -> list[_Reading]:
        """Apply every rule, in order, to chars[start:end]."""
        readings: list[_Reading] = []
        for rule in _RULES:
            region = self.view(start, end)
            if not rule.pattern.search(region):
                continue
            for match in rule.pattern.finditer(region):
                m_start, m_end = start + match.start(), start + match.end()
                if m_end <= m_start or self.masked(m_start, m_end):
                    continue
                found = rule.handler(self, _Hit(match, start, end))
                if found is None:
                    continue
                self.mask(m_start, m_end)
                readings.extend(found)
        return readings


@dataclass
class _Hit:
    """A rule's match, with positions in the whole text and the region it was found in."""

    match: re.Match[str]
    region_start: int
    region_end: int

    @property
    def start(self) -> int:
        return self.region_start + self.match.start()

    @property
    def end(self) -> int:
        return self.region_start + self.match.end()

    def group_start(self, name: str) -> int:
        return self.region_start + self.match.start(name)

    def group_end(self, name: str) -> int:
        return self.region_start + self.match.end(name)


@dataclass
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Callable[[_Reader, _Hit], list[_Reading] | None]


_RULES: list[_Rule] = []


def _rule(name: str, pattern: str) -> Callable:
    """Register a handler for a pattern; rules run in the order they are registered."""

    def register(handler: Callable) -> Callable:
        _RULES.append(_Rule(name, re.compile(pattern), handler))
        return handler

    return register


def _fixed(name: str, pattern: str, level: str, kind: str, rule: str, describe: str = "", tag=""):
    """A rule that always reads its match the same way."""

    def handler(reader: _Reader, hit: _Hit) -> list[_Reading]:
        return [_Reading(hit.start, hit.end, level, kind, rule, describe, tag)]

    _RULES.append(_Rule(name, re.compile(pattern), handler))


def _noise(name: str, pattern: str) -> None:
    """Words that are neither roles nor traps; masking them keeps other rules off them."""
    _RULES.append(_Rule(name, re.compile(pattern), lambda reader, hit: []))


def _words(*phrases: str) -> str:
    """Alternatives as whole words; a space in a phrase also matches a hyphen ("co-founder")."""
    return r"\b(?:" + "|".join(p.replace(" ", r"[\s-]+") for p in phrases) + r")\b"


_SOFT_BOUNDARY = re.compile(r"[,&/+()]|\b(?:and|et|y|und|e|en|at|@)\b|\x00")
_PHRASE_WORD = re.compile(r"[a-z0-9](?:[a-z0-9'&-]*[a-z0-9])?")


def _phrase_end(reader: _Reader, start: int, end: int, max_words: int = 5) -> int:
    """Where the phrase that starts at `start` stops: a comma, "&", "and", "at" or a mask."""
    region = reader.view(start, end)
    stop = _SOFT_BOUNDARY.search(region)
    stop_at = start + (stop.start() if stop else len(region))
    words = list(_PHRASE_WORD.finditer(reader.view(start, stop_at)))
    if len(words) > max_words:
        stop_at = start + words[max_words - 1].end()
    return stop_at


def _words_before(reader: _Reader, hit_start: int, region_start: int, limit: int = 4) -> list:
    """The words of the same phrase just before a match ("Global Marketing" in "... Director")."""
    before = reader.view(region_start, hit_start)
    cut = max(before.rfind(c) for c in ",|()/+\x00")
    before = before[cut + 1 :]
    before = re.split(r"\b(?:and|et|y|und|e)\b|&", before)[-1]
    return _PHRASE_WORD.findall(before)[-limit:]


def _words_after(reader: _Reader, hit_end: int, region_end: int, limit: int = 4) -> list:
    after = reader.view(hit_end, region_end)
    stop = re.search(r"[,|()/+\x00]|\b(?:at|and|&)\b", after)
    if stop:
        after = after[: stop.start()]
    return _PHRASE_WORD.findall(after)[:limit]


# --------------------------------------------------------------------------------------------
# Vocabulary shared by several rules
# --------------------------------------------------------------------------------------------


def _word_set(text: str) -> frozenset[str]:
    """A vocabulary written as whitespace-separated words, so the lists stay readable."""
    return frozenset(text.split())


_GF = r"gesch(?:a|ae)ftsf(?:u|ue)hr"  # Geschäftsführ-, with or without the umlaut spelled out

# Business functions: "X Director", "Head X" and "Chief X Officer" need one of these to count.
_FUNCTIONS = _word_set(
    """
    marketing sales account accounts creative design brand branding product products program
    programs programme programmes project projects operations operation ops finance financial hr
    people talent it technology tech engineering data digital content communications
    communication comms strategy strategic business development commercial customer customers
    client clients service services legal compliance risk medical clinical nursing research
    scientific science innovation growth revenue partnerships partnership alliances channel
    supply chain procurement purchasing logistics manufacturing production quality regulatory
    security infrastructure network software country region regional area site plant retail
    ecommerce e-commerce online media pr public affairs government policy investor relations
    treasury tax audit accounting analytics insights experience ux ui learning training
    education admissions fundraising philanthropy advancement portfolio investment investments
    credit lending trading wealth private banking equity capital fund delivery transformation
    change practice national international division divisional department business-unit
    category merchandising buying sourcing trade export field franchise facilities property
    real estate construction health safety environmental sustainability esg diversity inclusion
    culture employee internal corporate community events event performance demand social
    loyalty crm pricing planning platform architecture cloud cyber information systems
    solutions professional consulting advisory hospitality food beverage rooms studio editorial
    publishing marketing-communications human resources resource sales-operations revops
    go-to-market gtm ai machine intelligence automation integration acquisition acquisitions
    m&a legal-affairs campaigns acquisition enterprise mobile web games gaming pharmacy
    patient care cx dx catering energy commercieel financieel operationeel medisch
    kaufmannischer kaufmannische commerciale finanziario amministrativo
    """
)

# Words that neither name a function nor change the rank ("Senior", "Global", "EMEA").
_NEUTRAL = _word_set(
    """
    senior sr snr global group regional interim acting national international area divisional
    corporate local joint sole the a an co emea apac latam americas america europe european
    asia africa nordic nordics dach benelux uk us usa eu north south east west central
    worldwide new executive managing associate assistant general deputy chief vice
    """
)

_WHIMSICAL = _word_set(
    """
    happiness happy fun evangelist evangelism storyteller storytelling ninja troublemaker dreamer
    cheerleader inspiration inspirational visionary vision heart love unicorn unicorns wizard
    rockstar rock star bottle washer everything hustler hustle coffee imagination vibes vibe
    magic magician kindness joy smile smiles chaos disruptor believer dog cat pizza beer party
    mischief guru jedi superhero hero nerd geek goodwill awesome awesomeness doer thinker
    wrangler snack cheer dream dreams wonder curiosity instigator tinkerer encourager motivator
    motivation problem solver hugs spark first impressions good times cool stuff things
    whisperer whisperers
    """
)

# Words that make "Chief ... Officer" a real executive function.
_OFFICER_FUNCTIONS = _FUNCTIONS | _word_set(
    """
    executive operating technology information marketing financial human resources people
    customer data digital security product commercial strategy growth revenue brand legal
    experience innovation sustainability medical nursing risk compliance investment
    administrative transformation diversity inclusion equity analytics privacy procurement
    supply chain culture communications accounting scientific science clinical quality ethics
    impact talent learning knowledge ai artificial intelligence automation operations business
    development client creative content design engineering research partnership partnerships
    merchandising underwriting credit trust safety integrity value patient member policy
    regulatory ecommerce e-commerce platform infrastructure cloud cybersecurity cyber
    architecture sales services service ventures venture portfolio treasury tax audit
    environmental esg social responsibility responsible transformation integration franchise
    retail restaurant network campaigns academic health wellbeing well-being philanthropy
    external corporate public government affairs information-security hr it tech technical
    people-and-culture insights media editorial program programme of
    """
)

_EXEC_ACRONYMS = (
    r"ceo|cmo|cfo|coo|cto|cio|cdo|cco|cso|cpo|chro|cro|ciso|cxo|cao|cgo|clo|cno|cbo|cdao|caio"
    r"|cpto|cino|csco|cco"
)
# An executive named as somebody else (the person one assists, serves, reports to or coaches).
_EXEC_OBJECT = (
    r"(?:(?:the|our|your|my|a|an|its|their|his|her|du|de|la|le|el|del|il|die|der|das|den)[\s-]+)?"
    r"(?:(?:global|group|regional|senior|executive|managing|general|vice|deputy|co|founding|"
    r"company|firm|business|sales|marketing|division|department|country)[\s-]*)*"
    r"(?:(?:" + _EXEC_ACRONYMS + r")s?|c-?suite|c-?level|chief(?:[\s-]+[a-z&]+){0,4}?[\s-]+"
    r"officers?|chief[\s-]+executives?|(?:senior[\s-]+|executive[\s-]+)?vice[\s-]*presidents?"
    r"|s?vps?|evps?|presidents?|chair(?:man|woman|person)?s?|chairmen|(?:co-?)?founders?"
    r"|owners?|mds?|managing[\s-]+directors?|directors?|head[\s-]+of[\s-]+[a-z&]+|heads"
    r"|partners?|principals?|board(?:[\s-]+of[\s-]+directors)?|executives?|gms?"
    r"|general[\s-]+managers?|deans?|leadership(?:[\s-]+team)?|management|directie|direction"
    r"|chief[\s-]+[a-z]+|governors?|mayors?|ministers?|senators?|ambassadors?|commissioners?"
    r"|superintendents?|provosts?|chancellors?|rectors?|head[\s-]*(?:teachers?|masters?)"
    r"|direccion|direzione|diretoria|pdg|dg|directeur|directrice|director|directora"
    r"|direttore|gerencia|geschaftsfuhrung|geschaftsleitung|vorstand"
    r"|president[ea]s?|directrices|directeurs|directores|directoras|diretor(?:a|es|as)?"
    r"|direttrice|direttori|direktor(?:in|en)?|geschaftsfuhrer(?:in|s)?|vorstands|"
    r"vorsitzende[nr]?|gerente|patron|voorzitter|bestuurder|directeur[\s-]+general|"
    r"amministratore[\s-]+delegato|consejer[oa][\s-]+delegad[oa])"
)
_EXEC_LIST = _EXEC_OBJECT + r"(?:[\s,&/+]+(?:and[\s-]+)?" + _EXEC_OBJECT + r")*"

_BANKING = re.compile(
    r"\b(?:bank|banks|banking|banker|wealth[\s-]+management|private[\s-]+wealth|capital[\s-]+"
    r"markets|global[\s-]+markets|investment[\s-]+bank\w*|jp[\s-]*morgan(?:[\s-]+chase)?|"
    r"jpmorgan(?:[\s-]+chase)?|chase|goldman(?:[\s-]+sachs)?|morgan[\s-]+stanley|citi|citibank|"
    r"citigroup|barclays|hsbc|deutsche[\s-]+bank|bnp(?:[\s-]+paribas)?|ubs|credit[\s-]+suisse|"
    r"wells[\s-]+fargo|bank[\s-]+of[\s-]+america|bofa|merrill(?:[\s-]+lynch)?|santander|bbva|"
    r"societe[\s-]+generale|natixis|credit[\s-]+agricole|ing|abn[\s-]+amro|rabobank|commerzbank|"
    r"nomura|mizuho|mufg|rbc|bmo|scotiabank|cibc|lloyds|natwest|standard[\s-]+chartered|"
    r"unicredit|intesa(?:[\s-]+sanpaolo)?|state[\s-]+street|bny(?:[\s-]+mellon)?|northern[\s-]+"
    r"trust|jefferies|lazard|evercore|macquarie|pnc|truist|capital[\s-]+one|keybank|fifth[\s-]+"
    r"third|charles[\s-]+schwab|raiffeisen|banco|banque|sparkasse)\b"
)


def _is_function_phrase(words: list[str]) -> bool | None:
    """True when the words name a business function, None when they only modify the rank
    ("Senior", "Global", or nothing at all), False when they name something else."""
    if not words:
        return None
    if any(word in _FUNCTIONS for word in words):
        return True
    if all(word in _NEUTRAL for word in words):
        return None
    return False


def _whimsical(words: Iterable[str]) -> bool:
    return any(word in _WHIMSICAL for word in words)


# --------------------------------------------------------------------------------------------
# Step 3a: context and references
# --------------------------------------------------------------------------------------------

# Assistants bound to an executive: the executive is whom they assist, not who they are.
# Nouns for people who work for an executive; "<noun> [up to two words] to/for/of <executive>"
# ("Asistente Ejecutiva del Presidente", "Research Associate to the Chief Economist").
_SUPPORT_NOUNS = (
    r"assistant|asst|assistante|assistente|asistente|assistent(?:e|in)?|secretary|secretaire|"
    r"secretaria|secretario|segretari[ao]|sekret(?:a|ae)r(?:in)?|secretaresse|secretaris|aide|pa|"
    r"ea|office[\s-]+manager|scheduler|coordinator|administrator|business[\s-]+partner|analyst|"
    r"associate|intern|trainee|apprentice|clerk|receptionist|speechwriter|ghostwriter|"
    r"stagiaire|becari[oa]|praktikant(?:in)?|stagista|collaborat(?:eur|rice)|colaborador(?:a)?|"
    r"referent(?:in)?|medewerk(?:er|ster)"
)
_SUPPORT_PREPOSITION = (
    r"(?:to|for|of|du|de|de[\s-]+la|del|della|dell'|da|do|der|des|van|van[\s-]+de|dem|des|"
    r"beim|voor|para|per|pour|fur)"
)
_fixed(
    "trap.executive_assistant",
    r"\b(?:(?:senior|sr|junior|jr|executive|personal|administrative|private|virtual|office|"
    r"chief|special|research|team|legal|marketing|strategy|financial|business)[\s-]+)*"
    r"(?:" + _SUPPORT_NOUNS + r")(?:[\s-]+(?!(?:general|generale|generaal|to|for|of|de|del|du|"
    r"and|at)\b)[a-z]+){0,2}?[\s-]+" + _SUPPORT_PREPOSITION + r"[\s-]+" + _EXEC_LIST + r"\b",
    "entry",
    _ROLE,
    "trap.executive_assistant",
    "an assistant to an executive",
    tag="support",
)
_fixed(
    "trap.executive_assistant",
    r"\b(?:(?:senior|sr|junior|jr)[\s-]+)?(?:executive|personal|administrative)[\s-]+(?:assistant|"
    r"secretary|assistante?|administrator|business[\s-]+partner|coordinator|support)\b|\b(?:ea|pa)\b"
    r"|\bchief[\s-]+executive[\s-]+assistant\b"
    r"|\bassistante?[\s-]+(?:de[\s-]+)?direction\b|\bsecretaire[\s-]+de[\s-]+direction\b"
    r"|\basistente[\s-]+(?:de[\s-]+)?(?:direccion|gerencia|ejecutiv[oa])\b"
    r"|\bsecretaria[\s-]+de[\s-]+direccion\b|\bassistente[\s-]+(?:di[\s-]+direzione|"
    r"executiv[oa]|de[\s-]+diretoria)\b|\bsegretari[ao][\s-]+di[\s-]+direzione\b"
    r"|\bsecretari[ao][\s-]+executiv[ao]\b|\bassisten(?:t|tin|z)[\s-]+(?:der|des)[\s-]+"
    r"(?:" + _GF + r"ung|geschaftsleitung|vorstands?|" + _GF + r"ers)\b"
    r"|\b(?:vorstands|" + _GF + r"ungs|direktions)assistent(?:in)?\b|\bchefsekretar(?:in)?\b"
    r"|\bsekretar(?:in)?[\s-]+der[\s-]+(?:" + _GF + r"ung|geschaftsleitung)\b"
    r"|\b(?:directie|management|bestuurs)(?:secretaresse|secretaris|assistent|assistente)\b"
    r"|\breferent(?:in)?[\s-]+der[\s-]+(?:" + _GF + r"ung|geschaftsleitung)\b"
    r"|\bvorstandsreferent(?:in)?\b|\bburoleiter(?:in)?[\s-]+der[\s-]+" + _GF + r"ung\b",
    "entry",
    _ROLE,
    "trap.executive_assistant",
    "an assistant to an executive",
    tag="support",
)
# "CEO Coach", "Director Assistant": the executive word describes whom the role serves.
_fixed(
    "trap.executive_as_client",
    r"\b(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level|director|president|founder|vp|md|"
    r"chairman)(?:'s)?[\s-]+(?:personal[\s-]+|executive[\s-]+)?(?:assistant|secretary|pa|ea|"
    r"office[\s-]+manager|coordinator|aide|scheduler|intern|coach|trainer|mentor|recruiter|"
    r"headhunter|ghostwriter)\b",
    "senior_ic",
    _ROLE,
    "trap.executive_as_client",
    "a role that serves executives, not an executive role",
)

# Company names: "CMO at Acme", "Leiter Marketing bei Siemens". Read for context only.
_noise(
    "context.company",
    r"(?:@|\b(?:at|chez|bei|bij|presso)\b)[^,&/+()|\x00]*",
)
_noise(
    "context.noise",
    _words(
        "head office",
        "head quarters",
        "headquarters",
        "lead generation",
        "lead gen",
        "head start",
        "executive education",
        "mba",
        "emba",
        "phd",
        "ph d",
        "cpa",
        "cfa",
        "pmp",
        "msc",
        "bsc",
        "frsa",
        "acca",
        "cima",
        "cissp",
        "llm",
        "jd",
        "forbes 30 under 30",
        "30 under 30",
        "board certified",
        "md phd",
        "md/phd",
        "m d phd",
    ),
)
# --------------------------------------------------------------------------------------------
# Step 3b: markers that bind to the roles next to them
# --------------------------------------------------------------------------------------------

_AMBITION_PREFIX = (
    r"\b(?:aspiring|aspirant|aspirante|wannabe|would-?be|soon[\s-]+to[\s-]+be|"
    r"future(?![\s-]*(?:proof|of\b|ready|focused|facing|thinking|oriented|forward))|"
    r"futur[oa]?|angehende[rn]?|kunftige[rn]?|toekomstige)\b"
)
_SEEKING_PREFIX = (
    r"\b(?:seeking|searching[\s-]+for|looking[\s-]+for|looking[\s-]+to[\s-]+(?:join|become|"
    r"transition|move|step)|in[\s-]+search[\s-]+of|open[\s-]+(?:to|for)[\s-]+(?:work|new|"
    r"opportunit\w*|roles?|positions?|offers|jobs?|the[\s-]+next|a[\s-]+new)|#?opentowork|"
    r"available[\s-]+for[\s-]+(?:work|hire|new|opportunit\w*)|actively[\s-]+(?:looking|seeking|"
    r"searching)|job[\s-]*seek(?:ing|er)|en[\s-]+recherche|a[\s-]+la[\s-]+recherche|buscando|"
    r"en[\s-]+busca|en[\s-]+busqueda|auf[\s-]+der[\s-]+suche|em[\s-]+busca|procurando|"
    r"in[\s-]+cerca|op[\s-]+zoek)\b"
)
_NOT_JOB_SEEKING = re.compile(
    r"^[\s-]*(?:investors?|funding|talent|partners?|co-?founders?|a[\s-]+co-?founder|clients?|"
    r"customers?|people|engineers|developers|hires|team[\s-]+members|collaborators|"
    r"distributors|suppliers|brands?)\b"
)
_AMBITION_SUFFIX = r"\b(?:in[\s-]+the[\s-]+making|in[\s-]+waiting|in[\s-]+training|to[\s-]+be)\b"
_FORMER_MARKER = (
    r"\b(?:former(?:ly)?|ex|retired|semi[\s-]+retired|emerit(?:us|a)|past|previously|prev|"
    r"alumn(?:us|a|i)|alum|ehemalige[rns]?|ehem|ancien(?:ne)?|antigu[oa]|jubilad[oa]|"
    r"retraitee?|a[\s-]+la[\s-]+retraite|en[\s-]+retraite|im[\s-]+ruhestand|pensionad[oa]|"
    r"pensionat[oa]|in[\s-]+pensione|voormalig(?:e)?|oud|gepensioneerd(?:e)?|aposentad[oa]|"
    r"rentner(?:in)?)\b|(?<=[a-z])[\s,]+ad\b(?=[\s)]*(?:$|[,|]))"
)
_BETWEEN_MARKER = (
    r"\b(?:(?:in[\s-]+)?between[\s-]+(?:roles|jobs|positions|assignments|opportunities)|"
    r"in[\s-]+transition|career[\s-]+break|on[\s-]+sabbatical|sabbatical)\b"
)
_FRACTIONAL_MARKER = (
    r"\b(?:fractional|part[\s-]*time|freelancer?|freelancing|free[\s-]+lance|for[\s-]+hire|"
    r"on[\s-]+demand|outsourced|as[\s-]+a[\s-]+service|interim[\s-]+(?:manager(?:in)?|"
    r"management)|zzp(?:'er)?|teilzeit|a[\s-]+tiempo[\s-]+parcial|temps[\s-]+partiel|"
    r"freiberufler(?:in)?|freiberuflich(?:e|er)?)\b"
)

_INCOMING_MARKER = (
    r"\b(?:incoming|newly[\s-]+hired|starting[\s-]+(?:as|soon))\b(?![\s-]+(?:calls?|mail|"
    r"goods|freight|inspection|logistics|shipments?|quality))"
)


def _bound_region(reader: _Reader, hit: _Hit) -> tuple[int, int, bool]:
    """The words a marker binds to: what follows it up to a comma, or, when nothing follows
    ("CEO (Retired)", "CFO, part-time"), everything before it in the segment."""
    after_end = hit.region_end
    comma = reader.view(hit.end, hit.region_end).find(",")
    if comma >= 0:
        after_end = hit.end + comma
    if reader.has_words(hit.end, after_end):
        return hit.end, after_end, True
    return hit.region_start, hit.start, False


def _marker_readings(reader: _Reader, hit: _Hit, kind: str) -> list[_Reading]:
    start, end, forward = _bound_region(reader, hit)
    reader.mask(hit.start, hit.end)
    inner = reader.read(start, end) if reader.has_words(start, end) else []
    span_start, span_end = (hit.start, end) if forward else (start, hit.end)
    return _bind(reader, kind, inner, span_start, span_end)


def _bind(
    reader: _Reader, kind: str, inner: list[_Reading], span_start: int, span_end: int
) -> list[_Reading]:
    """Turn the readings a marker binds to into what the marker makes of them."""
    seeking = kind == "seeking"
    if kind in ("ambition", "seeking"):
        rule = "ambition.seeking" if seeking else "ambition.aspiring"
        describe = "a job search" if seeking else "an ambition"
        return [
            _Reading(span_start, span_end, "unknown", _AMBITION, rule, describe, seeking=seeking)
        ]
    roles = [r for r in inner if r.kind in (_ROLE, _REVIEW, _INELIGIBLE, _WEAK_REVIEW)]
    if not roles and kind == "incoming":
        return inner
    if not roles:
        if kind == "former":
            return [
                _Reading(
                    span_start, span_end, "unknown", _WEAK_REVIEW, "review.former",
                    "says the applicant has left a role without saying which one is current",
                    marker="former",
                )
            ]  # fmt: skip
        if kind == "between":
            return [
                _Reading(
                    span_start, span_end, "unknown", _AMBITION, "ambition.seeking",
                    "says the applicant is between roles", seeking=True, marker="between",
                )
            ]  # fmt: skip
        return [
            _Reading(
                span_start, span_end, "unknown", _WEAK_REVIEW, "review.fractional",
                "describes freelance or part-time work, and the size of the business is unknown",
                marker="fractional",
            )
        ]  # fmt: skip
    return [_bind_one(reader, kind, r, span_start, span_end) for r in roles]


def _bind_one(reader: _Reader, kind: str, reading: _Reading, start: int, end: int) -> _Reading:
    senior = reading.kind in (_REVIEW, _WEAK_REVIEW) or (
        reading.kind == _ROLE and reader.eligible_level(reading.level)
    )
    if kind == "incoming":
        if not senior:
            return reading
        return _Reading(
            start, end, reading.level, _REVIEW, "review.incoming",
            "is an executive role the applicant has accepted but not started",
        )  # fmt: skip
    if kind == "fractional":
        if not senior:
            return reading
        return _Reading(
            start, end, reading.level, _REVIEW, "review.fractional",
            "is a fractional, part-time or freelance executive role, so the board checks the "
            "scope of the work",
        )  # fmt: skip
    if senior:
        return _Reading(
            start, end, reading.level, _REVIEW, "review.former",
            "describes a former executive role (or one the applicant is between), not a current "
            "one",
        )  # fmt: skip
    return _Reading(
        start, end, reading.level, _INELIGIBLE, "former.non_executive",
        "a former role that was below the minimum level, and no current executive role is given",
    )  # fmt: skip


@_rule("marker.ambition", _AMBITION_PREFIX)
def _ambition(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "ambition")


@_rule("marker.seeking", _SEEKING_PREFIX)
def _seeking(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    if _NOT_JOB_SEEKING.match(reader.view(hit.end, hit.region_end)):
        return []  # "Looking for investors" is the applicant's company, not a job search
    return _marker_readings(reader, hit, "seeking")


@_rule("marker.ambition_suffix", _AMBITION_SUFFIX)
def _ambition_suffix(reader: _Reader, hit: _Hit) -> list[_Reading]:
    start = hit.region_start
    reader.mask(hit.start, hit.end)
    reader.read(start, hit.start)
    return _bind(reader, "ambition", [], start, hit.end)


@_rule("marker.former", _FORMER_MARKER)
def _former(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "former")


@_rule("marker.between", _BETWEEN_MARKER)
def _between(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "between")


@_rule("marker.incoming", _INCOMING_MARKER)
def _incoming(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "incoming")


@_rule("marker.fractional", _FRACTIONAL_MARKER)
def _fractional(reader: _Reader, hit: _Hit) -> list[_Reading]:
    return _marker_readings(reader, hit, "fractional")


# References come after the markers so that "Looking for CFO roles" is read as a search.
# "the CEO's office", "President's Club", "Dean's List": someone else's title.
_LEVEL_WORD = (
    r"(?:(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level|vp|svp|evp|director|head|executive|"
    r"president|partner|chief)s?)"
)
_noise(
    "reference.possessive",
    r"\b(?:(?:executive|managing|general|vice|chief|senior|deputy)[\s-]+)*(?:"
    + _EXEC_ACRONYMS
    + r"|director|president|chairman|chairwoman|chair|founder|owner|dean|principal|partner|"
    r"vp|md|gm|head|boss|directeur|directrice|direktor|direttore|diretor|presidente|"
    r"geschaftsfuhrer)(?:'s|s')(?=[\s,)|]|$)",
)
_fixed(
    "trap.executive_assistant",
    r"[^,|()/+\x00]*?(?:'s|s')[\s-]+(?:personal[\s-]+|executive[\s-]+)?(?:"
    + _SUPPORT_NOUNS
    + r")\b",
    "entry",
    _ROLE,
    "trap.executive_assistant",
    "an assistant to an executive",
    tag="support",
)
_noise(
    "reference.office_of",
    r"\b(?:office|cabinet|bureau|team|staff|department|oficina|gabinete|buro|kantoor)[\s-]+"
    r"(?:of|du|de|de[\s-]+la|del|da|do|des|der|van[\s-]+de)[\s-]+" + _EXEC_LIST,
)


@_rule(
    "reference.served",
    r"\b(?:to|for|with|helping|help|helps|coaching|coaches|advising|advises|supporting|"
    r"supports|serving|serves|empowering|connecting|mentoring|placing|places|hiring|hires|"
    r"recruiting|recruits|finding|trusted[\s-]+by|reporting[\s-]+(?:to|into)|reports[\s-]+to|"
    r"partnering[\s-]+with|working[\s-]+with|alongside|writing[\s-]+for|training|developing|"
    r"promoted[\s-]+to)[\s-]+(?:(?:ambitious|aspiring|busy|new|first[\s-]+time|b2b|saas|tech|"
    r"startup|scale-?up|female|women|growth-?stage|senior|future|emerging|the|our|your|a|an)"
    r"[\s-]+)*(?P<object>" + _EXEC_LIST + ")",
)
def _served(reader: _Reader, hit: _Hit) -> None:
    """'Coach to CEOs', 'Reporting to the CFO': mask the executive, keep the applicant's words."""
    reader.mask(hit.group_start("object"), hit.group_end("object"))
    return None


_NAME_END = r"(?=\s*(?:$|[,|()/&+@\x00]|\b(?:at|and|ltd|inc|llc|plc|gmbh|international)\b))"
_noise(
    "reference.level",
    r"\b" + _LEVEL_WORD + r"(?:[\s,&/+]+(?:and[\s-]+)?" + _LEVEL_WORD + r")*[\s-]+(?:level|roles?|"
    r"positions?|opportunit(?:y|ies)|jobs?|vacanc(?:y|ies)|openings?|searches|placements?|"
    r"hires|candidates?|track|path|pathway|pipeline|material|potential|readiness|ready|bound)\b"
    r"|\b(?:(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level)s?(?:[\s&/+]+(?:and[\s-]+)?)?)+[\s-]+"
    r"(?:search|recruitment|recruiting|hiring|headhunting|coaching|mentoring)\b"
    r"|\b(?:(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level|s?vp|evp|director)s?[\s&/+]+"
    r"(?:and[\s-]+)?)+(?:" + _EXEC_ACRONYMS + r"|c-?suite|c-?level|s?vp|evp|director)s?[\s-]+"
    r"(?:search|recruitment|recruiting|hiring|headhunting)\b"
    r"|\b" + _LEVEL_WORD + r"[\s-]+(?:forum|club|roundtable|summit|peer[\s-]+group)\b" + _NAME_END,
)
# "CEO Office", "CFO Forum", "Chief Executive Magazine", "Director Magazine", "VP Bank": a
# publication, company, event or programme named after the executive, not the applicant's role.
# Every executive word reads as a name before these nouns; C-level words also before nouns
# that could name a function after "Director" or "VP" ("Director, Program Management").
_NAME_NOUNS = (
    r"magazine|mag|dive|journal|newsletter|times|weekly|daily|digest|podcast|show|talks|brew|"
    r"insider|today|quarterly|awards?|summit|conference|forum|roundtable|club|guild|circle|"
    r"collective|alliance|coalition|council|academy|institute|sleepout|breakfast|dinner|retreat|"
    r"cut|choice|coaching|bank|peer[\s-]+groups?|masterminds?|connect|group|network|partners|"
    r"advisors|labs|programme|program"
)
_noise(
    "reference.named_after",
    r"\b(?:" + _EXEC_ACRONYMS + r"|chief[\s-]+executive|chief(?:[\s-]+[a-z&]+){0,3}?[\s-]+officer"
    r"|c-?suite|c-?level|president|chairman|founder|md)s?[\s-]+"
    r"(?:office|suite|staff|succession|programme|program|agenda|briefing|news|school|world|"
    r"report|review|foundation|challenge|series|services|solutions|advisory|consulting|"
    r"(?!group|network|partners|advisors|labs)(?:" + _NAME_NOUNS + r")|"
    r"(?:group|network|partners|advisors|labs|media)" + _NAME_END + r")\b"
    r"|\b(?:director|vp|svp|evp|partner|principal|head)s?[\s-]+(?:"
    + _NAME_NOUNS
    + r")\b"
    + _NAME_END
    + r"|\bhead[\s-]*(?:&|and)[\s-]*shoulders\b",
)
_noise("reference.plural", r"\b(?:(?:" + _EXEC_ACRONYMS + r")s|vps|svps|evps|c-?suites)\b")
_noise("reference.owner_relations", r"\bowner[\s-]+(?:relations|services|experience|support)\b")


# "CEO of my household", "Director of Fun": a joke, not a role.
_fixed(
    "review.whimsical_title",
    r"\b(?:" + _EXEC_ACRONYMS + r"|chief[\s-]+executive(?:[\s-]+officer)?|president|director|"
    r"chairman)[\s-]+of[\s-]+(?:(?:my|our|the|your)[\s-]+)?(?:own[\s-]+)?(?:household|"
    r"home|family(?![\s-]+office)|house|life|kids|children|chaos|fun|happiness|vibes|dreams?|"
    r"destiny|me|myself|couch|kitchen|awesome|awesomeness|nothing|everything)\b",
    "unknown",
    _REVIEW,
    "review.whimsical_title",
    "a playful title that does not name a business role",
)
# "CFO Advisory Associate", "Director Associate", "Head of Sales Assistant", "CEO Weekly
# Contributor": the executive word qualifies the lower role noun that ends the phrase.
_ATTRIBUTIVE_NOUNS = (
    r"associate|analyst|consultant|specialist|coordinator|assistant|secretary|intern|trainee|coach|"
    r"manager|recruiter|representative|rep|clerk|administrator|admin|editor|writer|contributor|"
    r"columnist|correspondent|reporter|journalist|host|producer|presenter|researcher|designer|"
    r"developer|planner|agent|ambassador|volunteer|member|scheduler|receptionist|"
    r"apprentice|student|fellow|liaison|support|advisor|adviser|lead"
)


@_rule(
    "reference.attributive",
    r"\b(?P<executive>" + _EXEC_ACRONYMS + r"|director|vp|svp|evp|president|chairman|founder|"
    r"chief[\s-]+executive|managing[\s-]+director|head(?:[\s-]+of)?)"
    r"(?:'s)?(?:[\s-]+(?!(?:and|of|at|for|to)\b)[a-z]+){0,2}?[\s-]+(?:"
    + _ATTRIBUTIVE_NOUNS
    + r")s?\b(?=\s*(?:$|[,|()/&+@\x00]|\b(?:at|for|to|with|in|and|bei|chez|supporting)\b))",
)
def _attributive(reader: _Reader, hit: _Hit) -> None:
    reader.mask(hit.group_start("executive"), hit.group_end("executive"))
    return None


# --------------------------------------------------------------------------------------------
# Step 3c: traps, words that only look senior
# --------------------------------------------------------------------------------------------

_fixed(
    "trap.executive_job_family",
    r"\b(?:(?:senior|sr|snr|junior|jr|lead|principal|strategic|major|global|enterprise|key|"
    r"national|regional|corporate|mid-?market|smb|commercial|inside|outside|field|technical|"
    r"digital|graduate|trainee)[\s-]+)*(?:accounts?|sales|marketing|business[\s-]+development|"
    r"bd|biz[\s-]*dev|client|customer|territory|media|advertising|ad|recruitment|pr|public[\s-]+"
    r"relations|events?|insurance|relationship|trade[\s-]+marketing|key[\s-]+account|new[\s-]+"
    r"business|leasing|lettings|mortgage|loan|credit|claims|social[\s-]+media|hr|human[\s-]+"
    r"resources|communications?|content|project|brand|partnerships?|channel|commercial|"
    r"financial|retail|presales|pre-sales|merchandising|operations|support|customer[\s-]+service|"
    r"admin|administrative|office|category|procurement|purchasing|logistics|export|import|"
    r"travel|tourism|hospitality|banquet|catering|property|real[\s-]+estate|estate[\s-]+agency|"
    r"recruiting|research|product|software|saas|cloud|solutions?|growth|performance|search|seo|"
    r"ppc|email|crm|ecommerce|e-commerce|compliance|tax|audit|accounting|finance|payroll|"
    r"shipping|legal)[\s-]+executive\b"
    r"|\bejecutiv[oa][\s-]+(?:de[\s-]+)?(?:cuentas?|ventas|comercial|negocios|atencion|marketing|"
    r"servicio|clientes?|cobranza|credito)\b|\bexecutiv[oa][\s-]+(?:de[\s-]+)?(?:contas?|vendas|"
    r"comercial|negocios)\b|\bexecutive[\s-]+search\b|\bexecutive[\s-]+(?:recruiter|"
    r"recruitment|headhunter)\b|\b(?:sdr|bdr|ae)\b",
    "entry",
    _ROLE,
    "trap.executive_job_family",
    '"executive" as a job family (sales, accounts, recruiting), not a rank',
)
_fixed(
    "trap.executive_occupation",
    r"\bexecutive[\s-]+(?:sous[\s-]+chef|chef|housekeeper|producer|coach|coaching|protection"
    r"(?:[\s-]+(?:agent|specialist|officer))?|pastor|associate|admin|assistant|secretary)\b"
    r"|\bchef[\s-]+executif\b",
    "senior_ic",
    _ROLE,
    "trap.executive_occupation",
    'an occupation that uses the word "executive" (kitchen, production, coaching)',
)
_fixed(
    "trap.executive_training",
    r"\bexecutive[\s-]+(?:trainee|intern|mba(?:[\s-]+(?:student|candidate))?|development[\s-]+"
    r"program(?:me)?)\b",
    "training",
    _ROLE,
    "trap.executive_training",
    'a training role that uses the word "executive"',
)
_fixed(
    "trap.occupation_director",
    r"\b(?:(?:senior|associate|assistant|lead|technical|first|second)[\s-]+)?(?:funeral(?:[\s-]+"
    r"services?)?|casting|art|film|movie|stage|theatre|theater|photography|activities|activity|"
    r"recreation(?:al)?|cruise|tour|video|documentary|worship|choir|choral|music|musical|drama|"
    r"dance|band|animation|dialogue|stunt|second[\s-]+unit)[\s-]+director\b"
    r"|\bdirector[\s-]+of[\s-]+(?:photography|activities|recreation|music|worship|choirs?|"
    r"funeral[\s-]+services?)\b|\bdop\b"
    r"|\b(?:directeur|directrice|director|directora|diretor|diretora|direttore|direttrice)[\s-]+"
    r"(?:artistique|de[\s-]+(?:la[\s-]+)?(?:photo|photographie|fotografia|casting|arte|cine)|"
    r"della[\s-]+fotografia|di[\s-]+fotografia|artistic[oa]?)\b"
    r"|\b(?:regisseur(?:in)?|realisat(?:eur|rice)|regista|bestatter(?:in)?)\b",
    "senior_ic",
    _ROLE,
    "trap.occupation_director",
    '"director" as an occupation (film, funeral, arts, activities), not a rank',
)


@_rule("review.whimsical_chief", r"\bchief\b")
def _whimsical_chief_early(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """Read 'Chief Cook and Bottle Washer' as a joke before 'Chief Cook' reads as a trade."""
    after = re.split(r"[,|(/+\x00]", reader.view(hit.end, reader.segment[1]))[0]
    if not _whimsical(_PHRASE_WORD.findall(after)[:5]):
        return None
    return [_whimsical_chief(hit.start, _phrase_end(reader, hit.end, reader.segment[1], 6))]


_fixed(
    "trap.trade_chief",
    r"\bchief[\s-]+(?:petty|warrant|master)[\s-]+(?:officer|sergeant)\b|\bchief[\s-]+(?:mate|"
    r"steward|stewardess|engineer|estimator|cook|clerk|officer(?![\s-]+(?:of|for)\b)|"
    r"technician|electrician|inspector|surveyor|mechanic|pilot|purser|radio[\s-]+officer|resident|"
    r"residents|fellow|scribe|photographer|correspondent|reporter|dispatcher|usher|judge)\b"
    r"|\bcrew[\s-]+chief\b",
    "senior_ic",
    _ROLE,
    "trap.trade_chief",
    '"chief" as a trade or service rank (ship, navy, estimating), not an executive',
)
_fixed(
    "trap.crew_head",
    r"\bhead[\s-]+(?:cashier|chef|cook|waiter|waitress|bartender|barista|baker|brewer|gardener|"
    r"groundskeeper|groundsman|lifeguard|housekeeper|porter|concierge|nurse|teller|server|butcher|"
    r"janitor|custodian|caretaker|coach|trainer|instructor|guard|cleaner|driver|mechanic|"
    r"technician|stylist|hairdresser|barber|sommelier|usher|librarian|boy|girl|prefect|"
    r"chorister|ranger|greenkeeper|sous[\s-]+chef|pastry[\s-]+chef|mixologist|receptionist|"
    r"hostess|host|shepherd|keeper|referee|counsellor|counselor|of[\s-]+household|of[\s-]+year)\b"
    r"|\bhead[\s-]*hunter\b|\bchef[\s-]+(?:de[\s-]+(?:cuisine|partie|rang)|cuisinier|patissier)\b"
    r"|\bsous[\s-]*chef\b|\bjef[ea][\s-]+de[\s-]+(?:cocina|sala)\b|\bkuchenchef(?:in)?\b"
    r"|\bcapo[\s-]*cuoco\b|\bchef[\s-]*kok\b",
    "entry",
    _ROLE,
    "trap.crew_head",
    '"head" or "chef" for a crew role (kitchen, till, bar), not a department head',
)
_fixed(
    "trap.owner_function",
    r"\b(?:product|process|service|data|platform|system|content|feature|application|technical|"
    r"risk|control|business[\s-]+process|solution)[\s-]+owner\b",
    "senior_ic",
    _ROLE,
    "trap.owner_function",
    'an "owner" of a product or process, not of a business',
)
_fixed(
    "trap.sales_advisor",
    r"\b(?:financial|wealth|investment|mortgage|insurance|tax|benefits|sales|customer|client|"
    r"student|academic|career|admissions|beauty|travel|retirement|pension|legal|it|hr|fitness|"
    r"nutrition|style|fashion|real[\s-]+estate|property|energy|loan|credit|banking|private[\s-]+"
    r"banking|relationship|personal[\s-]+banking)[\s-]+advis(?:o|e)r\b"
    r"|\bconseill(?:er|ere)[\s-]+(?:clientele|de[\s-]+vente|commercial(?:e)?|bancaire|"
    r"financier|financiere)\b",
    "entry",
    _ROLE,
    "trap.sales_advisor",
    "an adviser who serves customers, not an executive",
)
_fixed(
    "trap.partner_function",
    r"\b(?:hr|human[\s-]+resources|people|talent(?:[\s-]+acquisition)?|recruiting|recruitment|"
    r"finance|learning|l&d|channel|alliances?|technology|implementation|sourcing|culture|"
    r"employee|solutions|integration|reseller|referral|agency|distribution|training|thought)"
    r"(?:[\s-]+business)?[\s-]+partner\b|\bbusiness[\s-]+partner\b|\bhrbp\b",
    "senior_ic",
    _ROLE,
    "trap.partner_function",
    '"partner" as a job function (HR, talent, channel), not an owner of a firm',
)
_fixed(
    "trap.lookalike_word",
    r"\b(?:directory|directories|directorate|directorates|chiefly)\b",
    "unknown",
    _LOOKALIKE,
    "trap.lookalike_word",
    "only contains a senior-looking word and names no executive role",
)

_GREEK = (
    r"alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|"
    r"sigma|tau|upsilon|phi|chi|psi|omega"
)  # "Delta Sigma Pi": a fraternity or sorority
# Clubs, societies and associations that are not named as student or volunteer ones: an office
# there may be voluntary, so review ("President, Royal Photographic Society").
_CLUB_CONTEXT = re.compile(
    r"\b(?:society|club|league|guild|association|federation|lodge|circle|(?<!credit[\s-])union)\b"
)
_ORGANISATION_CONTEXT = re.compile(
    r"\b(?:students?(?![\s-]+(?:affairs|services|success|life|experience|engagement|"
    r"recruitment|admissions|enrol\w*|financial|aid|housing|wellbeing|support|information))|"
    r"studenten|etudiant\w*|estudiant\w*|class[\s-]+of[\s-]+\d+|chapter|model[\s-]+un|mun|"
    r"model[\s-]+united[\s-]+nations|campus|undergraduate|hackathon|"
    r"(?:(?:" + _GREEK + r")[\s-]+)+(?:" + _GREEK + r")|"
    r"class[\s-]+(?:president|vice[\s-]*president|treasurer|secretary)|"
    r"alumni[\s-]+(?:association|club|chapter|council|network)|fraternity|sorority|pta|pto|hoa|"
    r"toastmasters|rotary|lions[\s-]+club|kiwanis|debate|honou?r[\s-]+society|bde|scouts?|parish|"
    r"(?:home[\s-]*owners?|residents?|tenants?|condo(?:minium)?|neighbou?rhood|civic|"
    r"community|parents?|booster|alumni)'?[\s-]+(?:association|board|council|committee|club)|"
    r"student[\s-]+(?:government|council|union|senate|association|body)|varsity|intramural|"
    r"parent[\s-]+teacher|junior[\s-]+chamber|jci|(?:marketing|chess|book|football|soccer|"
    r"rugby|tennis|sports?|running|hiking|investment|photography|drama|business|finance|"
    r"consulting|entrepreneurship|robotics|coding|science|math|art|music|film|university|college|"
    r"school|youth|rowing|sailing)[\s-]+(?:club|society))\b"
)


@_rule(
    "trap.organisation_role",
    r"\b(?:past[\s-]+)?(?:vice[\s-]*)?(?:president|presidente|chair(?:man|woman|person)?|treasurer|"
    r"secretary|captain)\b|\bvp\b",
)
def _organisation_role(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """A president or chair of a student or volunteer organisation is not an executive."""
    segment = reader.text.plain[slice(*reader.segment)]
    if not _ORGANISATION_CONTEXT.search(segment):
        word = reader.view(hit.start, hit.end)
        if _CLUB_CONTEXT.search(segment) and not re.search(r"\bv", word):
            return [
                _Reading(
                    hit.start, hit.end, "unknown", _REVIEW, "review.club_office",
                    "an office in a club, society or association, which may be a voluntary role",
                )
            ]  # fmt: skip
        if _ORGANISATION_CONTEXT.search(reader.next_segment):
            return [
                _Reading(
                    hit.start, hit.end, "unknown", _REVIEW, "review.conflicting_readings",
                    "an office that may belong to a student, club or volunteer organisation",
                )
            ]  # fmt: skip
        return None
    return [
        _Reading(
            hit.start, hit.end, "unpaid", _ROLE, "trap.organisation_role",
            "an office in a student, club or volunteer organisation",
        )
    ]  # fmt: skip


_PRINCIPAL_FOLLOWERS_THAT_END = _word_set(
    "at of and in for with the partner owner founder und y et e bei chez presso"
)
_IC_BEFORE_PRINCIPAL = re.compile(
    r"\b(?:ingenieur|ingeniero|ingegnere|consultant|consultor|consulente|analyste?|analista|"
    r"architecte|charge|chargee|attache|conseiller|redacteur|juriste|engineer)[\s-]+$"
)


@_rule("trap.principal", r"\bprincipal(?:e)?\b")
def _principal(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Principal' is an IC grade before another word, a school head or a firm rank alone."""
    before = _words_before(reader, hit.start, hit.region_start, 2)
    after = _words_after(reader, hit.end, hit.region_end, 2)
    if before and before[-1] in ("vice", "assistant", "asst", "deputy"):
        start = reader.view(hit.region_start, hit.start).rfind(before[-1]) + hit.region_start
        reader.mask(start, hit.end)
        return [
            _Reading(
                start, hit.end, "manager", _ROLE, "trap.vice_principal",
                "a school's vice-principal or assistant principal, not an executive",
            )
        ]  # fmt: skip
    if before and before[-1] == "associate":
        start = reader.view(hit.region_start, hit.start).rfind("associate") + hit.region_start
        reader.mask(start, hit.end)
        return [_principal_review(start, hit.end)]
    if _IC_BEFORE_PRINCIPAL.search(reader.view(hit.region_start, hit.start)):
        return [
            _Reading(
                hit.start, hit.end, "senior_ic", _ROLE, "trap.principal_ic",
                '"principal" as an individual-contributor grade',
            )
        ]  # fmt: skip
    if after and after[0] not in _PRINCIPAL_FOLLOWERS_THAT_END:
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        reader.mask(hit.start, hit.end)
        inner = reader.read(hit.end, end)
        return [
            _Reading(
                hit.start, end, "senior_ic", _ROLE, "trap.principal_ic",
                '"principal" as an individual-contributor grade (engineer, consultant)',
            ),
            *inner,
        ]  # fmt: skip
    return [_principal_review(hit.start, hit.end)]


def _principal_review(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "unknown", _REVIEW, "review.principal",
        'a "Principal" title, which ranges from a consulting grade to the head of a school or '
        "firm",
        tag="principal",
    )  # fmt: skip


# --------------------------------------------------------------------------------------------
# Step 3d: review patterns and rank modifiers
# --------------------------------------------------------------------------------------------

_fixed(
    "review.academic",
    r"\b(?:(?:associate|assistant|vice|deputy)[\s-]+)?dean\b|\b(?:vice[\s-]+|pro[\s-]*)?"
    r"(?:provost|chancellor|rector|rektor(?:in)?|dekan(?:in)?|doyen(?:ne)?)\b",
    "unknown",
    _REVIEW,
    "review.academic_rank",
    "an academic rank (dean, provost, rector) whose seniority varies between institutions",
    tag="dean",
)
_fixed(
    "review.department_chair",
    r"\b(?:department|dept|departmental|division|program|programme|faculty|academic)[\s-]+"
    r"(?:co-?)?chair(?:man|woman|person)?\b|\bchair(?:man|woman|person)?[\s,-]+(?:of[\s-]+)?"
    r"(?:the[\s-]+)?(?:[a-z]+[\s-]+){0,3}?(?:department|dept|faculty|program|programme|school"
    r"[\s-]+of|division[\s-]+of)\b|\b(?:endowed|research)[\s-]+chair\b",
    "unknown",
    _REVIEW,
    "review.department_chair",
    "an academic chair, which is not the chair of a company",
)
_fixed(
    "review.committee_chair",
    r"\b(?:conference|committee|subcommittee|session|track|panel|steering[\s-]+committee|"
    r"working[\s-]+group|search[\s-]+committee|events?|task[\s-]+force|vistage|tec|ypo|eo|"
    r"peer[\s-]+(?:advisory[\s-]+)?(?:group|board)|mastermind|forum)[\s-]+(?:co-?)?chair"
    r"(?:man|woman|person)?\b|\bchair(?:man|woman|person)?[\s,-]+(?:of[\s-]+)?(?:the[\s-]+)?"
    r"(?:[a-z]+[\s-]+){0,3}?(?:committee|subcommittee|conference)\b",
    "unknown",
    _REVIEW,
    "review.board",
    "chairs a committee or event, which is a board or volunteer role rather than an executive one",
)


@_rule(
    "modifier.assistant_associate",
    r"\b(?:assistant|asst|associate|assoc|junior|jr|jnr)\b(?![\s-]+(?:to|of|for)\b)",
)
def _assistant_or_associate(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Assistant', 'Associate' and 'Junior' lower the rank of the title they qualify."""
    word = reader.view(hit.start, hit.end)
    if word.startswith("assoc"):
        modifier = "associate"
    elif word.startswith(("assis", "asst")):
        modifier = "assistant"
    else:
        modifier = "junior"
    article = "a" if modifier == "junior" else "an"
    end = _phrase_end(reader, hit.end, hit.region_end, 5)
    reader.mask(hit.start, hit.end)
    inner = reader.read(hit.end, end) if reader.has_words(hit.end, end) else []
    roles = [r for r in inner if r.kind in (_ROLE, _REVIEW)]
    if not roles:
        before = _words_before(reader, hit.start, hit.region_start, 2)
        if any(w in _SENIOR_GRADES for w in before):
            level, describe = "senior_ic", "a senior associate or assistant"
        else:
            level = "entry"
            describe = {"associate": "an associate", "assistant": "an assistant"}.get(
                modifier, "a junior role"
            )
        tag = "support" if modifier == "assistant" else ""
        return [
            _Reading(hit.start, hit.end, level, _ROLE, f"level.{level}", describe, tag),
            *inner,
        ]
    best = min(roles, key=lambda r: _RANK[r.level] if r.kind == _ROLE else _RANK["director"])
    span_end = max(r.end for r in roles)
    rule = f"modifier.{modifier}"
    if best.tag == "vp":
        if reader.banking:
            return [
                _Reading(
                    hit.start, span_end, "manager", _ROLE, "banking.avp",
                    "an assistant or associate vice president, a mid-level rank in banking",
                )
            ]  # fmt: skip
        return [
            _Reading(
                hit.start, span_end, "vp", _REVIEW, "review.associate_vp",
                "an associate or assistant vice president, whose rank varies between "
                "organisations",
            )
        ]  # fmt: skip
    if best.tag == "partner":
        return [
            _Reading(
                hit.start, span_end, "owner_partner", _REVIEW, "review.associate_partner",
                "an associate partner, a rank below partner that varies between firms",
            )
        ]  # fmt: skip
    if best.tag == "dean":
        return [
            _Reading(
                hit.start, span_end, "unknown", _REVIEW, "review.associate_dean",
                "an associate or assistant dean, an academic rank that varies between "
                "institutions",
            )
        ]  # fmt: skip
    if best.tag == "general_counsel":
        return [
            _Reading(
                hit.start, span_end, "senior_ic", _ROLE, rule,
                f"{article} {modifier} general counsel, a lawyer below the head of legal",
            )
        ]  # fmt: skip
    if best.tag in ("director", "head", "gm"):
        return [
            _Reading(
                hit.start, span_end, "manager", _ROLE, rule,
                f"{article} {modifier} {best.tag.replace('gm', 'general manager')}, a rank below "
                f"director",
            )
        ]  # fmt: skip
    if best.kind == _ROLE and _RANK[best.level] <= _RANK["vp"]:
        return [
            _Reading(
                hit.start, span_end, best.level, _REVIEW, "review.lowered_executive",
                f'an executive title lowered by "{modifier}", whose rank varies',
            )
        ]  # fmt: skip
    return inner


# "Director of Intern Programs", "Head of Graduate Recruitment": trainees as the object of the
# work, not the applicant's own level.
_TRAINING_AS_OBJECT = (
    r"(?![\s-]+(?:programs?|programmes?|recruit\w*|admissions?|studies|schemes?|relations|"
    r"development|experience|hiring|outreach|affairs|services|success|engagement|housing|life|"
    r"enrol\w*|careers?|placements?|pipelines?|academy|wellbeing|well-being|mobility|"
    r"financial[\s-]+aid|aid|loans?)\b)"
)


@_rule(
    "modifier.trainee",
    r"\b(?:trainee|apprentice|intern|student)\b" + _TRAINING_AS_OBJECT + r"(?=[\s-]+[a-z])",
)
def _trainee(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Trainee Director', 'Apprentice Manager': a trainee for the title, not the title."""
    end = _phrase_end(reader, hit.end, hit.region_end, 4)
    reader.mask(hit.start, hit.end)
    inner = reader.read(hit.end, end) if reader.has_words(hit.end, end) else []
    training = _Reading(
        hit.start, max([hit.end, *(r.end for r in inner)]), "training", _ROLE, "level.training",
        _LEVEL_PHRASES["training"],
    )  # fmt: skip
    if any(r.kind == _REVIEW or reader.eligible_level(r.level) for r in inner):
        return [training]
    return [training, *inner]


@_rule(
    "modifier.deputy",
    r"\b(?:deputy|dep|stellvertretende[rn]?|stv|stellv|plaatsvervangend(?:e)?|adjunct)\b"
    r"|\bvice[\s-]+(?=(?:director|directeur|directrice|direttore|direttrice|diretor|directora|"
    r"head|governor)\b)",
)
def _deputy(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Deputy' keeps the title but its rank varies: review when the title would qualify."""
    end = _phrase_end(reader, hit.end, hit.region_end, 5)
    reader.mask(hit.start, hit.end)
    inner = reader.read(hit.end, end) if reader.has_words(hit.end, end) else []
    senior = [
        r
        for r in inner
        if r.kind == _REVIEW or (r.kind == _ROLE and reader.eligible_level(r.level))
    ]
    if not senior:
        return inner
    best = min(senior, key=lambda r: _RANK[r.level])
    return [
        _Reading(
            hit.start, max(r.end for r in inner), best.level, _REVIEW, "review.deputy",
            "a deputy title, whose rank varies a lot between organisations",
        )
    ]  # fmt: skip


_fixed(
    "review.deputy_suffix",
    r"\b(?:directeur|directrice|director|directora|diretor|diretora|direttore|direttrice)"
    r"(?:[\s-]+general(?:e)?|[\s-]+geral)?[\s-]+(?:adjoint(?:e)?|adjunt[oa]|aggiunt[oa]|"
    r"delegue(?:e)?)\b"
    r"|\bdga\b|\bdg[\s-]+adjoint(?:e)?\b|\bsous[\s-]*direct(?:eur|rice)\b|\bsub[\s-]*direct(?:or|ora)\b|\bsub[\s-]*diretor"
    r"(?:a)?\b|\bvice[\s-]*direttore\b|\bvicedirett(?:ore|rice)\b|\bvicedirector(?:a)?\b"
    r"|\badjunct[\s-]*directeur\b|\bstellvertretende[rn]?[\s-]+\w*leiter(?:in)?\b",
    "director",
    _REVIEW,
    "review.deputy",
    "a deputy title, whose rank varies a lot between organisations",
)
_fixed(
    "review.non_executive_board",
    r"\b(?:independent[\s-]+)?non[\s-]*exec(?:utive)?[\s-]+(?:director|board[\s-]+member)\b"
    r"|\bned\b|\bindependent[\s-]+(?:director|board[\s-]+member)\b|\bboard[\s-]+(?:director|"
    r"member|advisor|adviser|observer|trustee)\b|\bdirector[\s-]+of[\s-]+the[\s-]+board\b"
    r"|\bmember[\s-]+of[\s-]+the[\s-]+(?:board|executive[\s-]+committee)(?:[\s-]+of[\s-]+"
    r"(?:directors|trustees|governors))?\b|\bboard[\s-]+of[\s-]+(?:directors|trustees|governors)\b"
    r"|\badvisory[\s-]+board(?:[\s-]+member)?\b|\bsupervisory[\s-]+board(?:[\s-]+member)?\b"
    r"|\btrustee\b|\b(?:school[\s-]+)?governor\b|\bexecutive[\s-]+committee[\s-]+member\b"
    r"|\bexco[\s-]+member\b|\baufsichtsrat\w*\b|\bmitglied[\s-]+des[\s-]+aufsichtsrat\w*\b"
    r"|\bbeirat(?:smitglied)?\b|\bbestuurslid\b|\blid[\s-]+(?:van[\s-]+de[\s-]+)?raad[\s-]+van[\s-]+"
    r"(?:toezicht|commissarissen)\b|\braad[\s-]+van[\s-]+commissarissen\b|\bcommissaris\b"
    r"|\btoezichthouder\b|\bconsejer[oa]\b(?![\s-]+delegad)(?:[\s-]+independiente)?"
    r"|\badministrat(?:eur|rice)\b(?![\s-]+(?:systemes?|reseaux?|de[\s-]+bases?|des[\s-]+"
    r"ventes|de[\s-]+biens))(?:[\s-]+independant(?:e)?)?|\bmembre[\s-]+du[\s-]+conseil"
    r"(?:[\s-]+d'administration|[\s-]+de[\s-]+surveillance)?\b|\bconselheir[oa]\b"
    r"|\bconsiglier[ea]\b(?![\s-]+delegat)|\bmembro[\s-]+del[\s-]+consiglio(?:[\s-]+di[\s-]+"
    r"amministrazione)?\b|\bamministratore\b(?![\s-]+(?:delegato|unico|di[\s-]+sistema))",
    "unknown",
    _REVIEW,
    "review.board",
    "a board or non-executive role, which the board weighs case by case",
)
_fixed(
    "review.advisor",
    r"\b(?:(?:senior|strategic|independent|special|trusted|startup|business|executive|growth|"
    r"marketing|strategy|technology|technical|industry|venture|scientific)[\s-]+)?advis(?:o|e)r"
    r"(?:in)?\b|\badvisory\b(?![\s-]+(?:services|practice|partner|analyst|associate|consultant|"
    r"manager|specialist|coordinator|assistant|intern|trainee|senior|sr|board))"
    r"|\bconseill(?:er|ere)\b",
    "unknown",
    _REVIEW,
    "review.board",
    "an adviser, a role whose seniority the title does not state",
)
_fixed(
    "review.chief_of_staff",
    r"\bchief[\s-]+of[\s-]+staff\b|\bjef[ea][\s-]+de[\s-]+gabinete\b|\bchef[\s-]+de[\s-]+cabinet\b"
    r"|\bdirect(?:eur|rice)[\s-]+de[\s-]+cabinet\b|\bcapo[\s-]+di[\s-]+gabinetto\b|\bstabschef\b"
    r"|\bchefe[\s-]+de[\s-]+gabinete\b",
    "director",
    _REVIEW,
    "review.chief_of_staff",
    "a chief of staff, whose rank varies a lot between organisations",
)
_fixed(
    "review.general_manager",
    r"\b(?:general[\s-]+manager(?:in)?|gm|gen[\s-]+mgr|country[\s-]+manager|country[\s-]+head|"
    r"gerente[\s-]+general|gerente[\s-]+geral|general[\s-]+management)\b",
    "director",
    _REVIEW,
    "review.general_manager",
    "a general manager, whose rank varies from a shop to a whole business",
    tag="gm",
)
_fixed(
    "review.technical_director",
    r"\b(?:technical|technischer?|technisch|tecnico|tech)[\s-]+(?:director|directeur|direktor"
    r"(?:in)?|direttore|diretor|leiter(?:in)?)\b|\b(?:directeur|directrice)[\s-]+technique\b"
    r"|\b(?:director|directora|diretor|diretora)[\s-]+tecnic[oa]\b|\bdirett(?:ore|rice)[\s-]+"
    r"tecnic[oa]\b",
    "director",
    _REVIEW,
    "review.technical_director",
    "a technical director, which ranges from a senior engineer to the head of technology",
)
_fixed(
    "review.branch_head",
    r"\b(?:directeur|directrice|director|directora|diretor(?:a)?|direttore|direttrice)[\s-]+"
    r"(?:d'|de[\s-]+|da[\s-]+|di[\s-]+|del[\s-]+)?(?:agence|magasin|succursale|sucursal|tienda|"
    r"oficina|filiale|agencia|loja|negozio|punto[\s-]+vendita|supermarche|hypermarche|banco)\b"
    r"|\b(?:filial|niederlassungs)leiter(?:in)?\b|\bbranch[\s-]+(?:director|head)\b"
    r"|\bstore[\s-]+director\b",
    "director",
    _REVIEW,
    "review.branch_head",
    "heads a branch or a shop, whose rank varies a lot",
)
_fixed(
    "review.ambiguous_abbreviation",
    r"\bmd\b",
    "unknown",
    _REVIEW,
    "review.ambiguous_abbreviation",
    'uses "MD", which can mean managing director or medical doctor',
)
_fixed(
    "review.fractional",
    r"\bv(?:" + _EXEC_ACRONYMS + r")\b|\b(?:" + _EXEC_ACRONYMS + r")[\s-]+as[\s-]+a[\s-]+service\b",
    "cxo",
    _REVIEW,
    "review.fractional",
    "is a fractional or virtual executive role, so the board checks the scope of the work",
)
_fixed(
    "review.founder",
    r"\b(?:co[\s-]*)?found(?:er|ress)\b(?!')|\b(?:co[\s-]*)?(?:fondat(?:eur|rice|ore)|"
    r"fundador(?:a)?|gr(?:u|ue)nder(?:in)?|oprichter|oprichtster|mede[\s-]*oprichter|"
    r"mitgr(?:u|ue)nder(?:in)?)\b|\bfounder[\s-]+in[\s-]+residence\b",
    "owner_partner",
    _REVIEW,
    "review.founder",
    "names a founder without an executive title, and the size of the firm is unknown",
)
_fixed(
    "review.owner",
    r"\b(?:co[\s-]*)?owner(?:[\s-]*operator)?\b(?!')|\bproprietor\b|\bproprietaire\b"
    r"|\bpropietari[oa]\b|\bproprietari[oa]\b|\bduen[oa]\b|\bdono\b|\btitolare\b"
    r"|\binhaber(?:in)?\b|\beigena(?:ar|res)\b|\bmede[\s-]*eigenaar\b"
    r"|(?<!hrende )(?<!hrender )\bgesellschafter(?:in)?\b"
    r"|\bteilhaber(?:in)?\b|\bco-?gerant(?:e)?\b|\bgerant(?:e)?\b(?![\s-]+de[\s-]+(?:magasin|"
    r"boutique|restaurant|supermarche|rayon))|\bself[\s-]*employed\b|\bselbst(?:st)?andig\w*\b"
    r"|\bzelfstandig(?:e)?\b|\bautonom[oa]\b|\bchef[\s-]+d'entreprise\b",
    "owner_partner",
    _REVIEW,
    "review.owner",
    "names an owner without an executive title, and the size of the business is unknown",
)
_fixed(
    "review.entrepreneur",
    r"\b(?:serial[\s-]+|social[\s-]+)?(?:entrepreneur|entrepreneuse|solopreneur|emprendedor(?:a)?|"
    r"empresari[oa]|imprenditore|imprenditrice|unternehmer(?:in)?|ondernemer|auto[\s-]*"
    r"entrepreneur)\b(?:[\s-]+in[\s-]+residence)?|\beir\b",
    "owner_partner",
    _REVIEW,
    "review.entrepreneur",
    "names an entrepreneur without an executive title, and the size of the business is unknown",
)
_fixed(
    "review.prokurist",
    r"\bprokurist(?:in)?\b",
    "manager",
    _REVIEW,
    "review.prokurist",
    "a Prokurist (holds commercial power of attorney), a rank that varies between companies",
)
_fixed(
    "review.principal_school",
    r"\bhead[\s-]*(?:teacher|master|mistress)\b|\bhead[\s-]+of[\s-]+school\b|\bschulleiter(?:in)?\b"
    r"|\bdirect(?:eur|rice)[\s-]+d'ecole\b|\bdirector(?:a)?[\s-]+de[\s-]+(?:escuela|colegio|"
    r"instituto)\b|\b(?:dirett(?:ore|rice)|dirigente)[\s-]+scolastic[oa]\b|\bschooldirecteur\b"
    r"|\bschoolleider\b",
    "unknown",
    _REVIEW,
    "review.principal",
    "heads a school, which is not a business executive role",
)
_fixed(
    "review.rank_varies",
    r"\bcompany[\s-]+secretary\b|\btreasurer\b|\b(?:financial|corporate|group|finance)[\s-]+"
    r"controller\b|\bcontroller\b(?!\s+(?:of|for))|\bcomptroller\b|(?<!chief )(?<!chief-)"
    r"\bexecutive[\s-]+(?:officer|editor)\b|\beditor[\s-]+in[\s-]+chief\b|\bin[\s-]+chief\b"
    r"|\bdirigente\b|\bsuperintendent"
    r"(?:e)?\b|\bcadre[\s-]+dirigeant\b",
    "unknown",
    _REVIEW,
    "review.rank_varies",
    "a title whose rank varies a lot between organisations",
)


_RESPONSABLE_SMALL_SCOPE = re.compile(
    r"^[\s-]*(?:adjoint(?:e)?[\s-]+)?(?:d'|de[\s-]+|del[\s-]+|de[\s-]+la[\s-]+)?(?:magasin|rayon|"
    r"boutique|secteur|equipe|projet|projets|clientele|tienda|turno|equipo|proyecto|proyectos|"
    r"caja|almacen|sala|restaurant|point[\s-]+de[\s-]+vente|produit|produits|mission|compte|"
    r"comptes|agence)\b"
)


@_rule("review.responsable", r"\bresponsable\b")
def _responsable(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """French and Spanish 'Responsable' runs from shop supervisor to head of a function."""
    if _RESPONSABLE_SMALL_SCOPE.match(reader.view(hit.end, hit.region_end)):
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        return [_Reading(hit.start, end, "manager", _ROLE, "level.manager", "a manager-level role")]
    end = _phrase_end(reader, hit.end, hit.region_end, 5)
    return [
        _Reading(
            hit.start, end, "manager", _REVIEW, "review.responsable",
            '"Responsable", which ranges from a team manager to the head of a function',
        )
    ]  # fmt: skip


_JEFE_SMALL_SCOPE = re.compile(
    r"^[\s-]*(?:de[\s-]+|del[\s-]+)?(?:equipo|proyecto|proyectos|turno|tienda|seccion|obra|grupo|"
    r"area|planta|almacen|projeto|projetos|equipe|loja|turma|reparto|squadra|turno|cantiere|"
    r"servizio|ufficio|magazzino|progetto|progetti|di[\s-]+progetto|commessa)\b"
)


@_rule("review.jefe", r"\b(?:jef[ea]|chefe|capo|chef)\b")
def _jefe(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Jefe de', 'Chefe de', 'Capo', 'Chef de': from team lead to head of a function."""
    after = reader.view(hit.end, hit.region_end)
    end = _phrase_end(reader, hit.end, hit.region_end, 4)
    word = reader.view(hit.start, hit.end)
    if word == "chef":
        if re.match(r"^[\s-]+de[\s-]+(?:projet|produit|equipe|rayon|chantier|secteur|mission|"
                    r"groupe|atelier|partie|quart)\b", after):  # fmt: skip
            return [
                _Reading(hit.start, end, "manager", _ROLE, "level.manager", "a manager-level role")
            ]
        if re.match(r"^[\s-]+de[\s-]+service\b", after):
            return [
                _Reading(
                    hit.start, end, "manager", _REVIEW, "review.jefe",
                    'a "chef de service", which ranges from a team manager to a head of department',
                )
            ]  # fmt: skip
        return [_Reading(hit.start, hit.end, "entry", _ROLE, "level.entry", "a cook")]
    if _JEFE_SMALL_SCOPE.match(after):
        return [_Reading(hit.start, end, "manager", _ROLE, "level.manager", "a manager-level role")]
    return [
        _Reading(
            hit.start, end, "director", _REVIEW, "review.jefe",
            f'"{word.capitalize()}", which ranges from a team lead to the head of a function',
        )
    ]  # fmt: skip


# --------------------------------------------------------------------------------------------
# Step 3e: levels
# --------------------------------------------------------------------------------------------


@_rule(
    "level.chief",
    r"\bchief\b(?P<mid>(?:[\s,&/-]+(?!officer\b)[a-z'&]+){0,5}?)[\s-]+officer\b"
    r"|\bchief[\s-]+exec(?:utive)?\b|\bchief\b(?:[\s-]+(?P<next>[a-z']+))?",
)
def _chief(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Chief X Officer' counts when X is a real function; whimsical chiefs go to review."""
    text = reader.view(hit.start, hit.end)
    if re.match(r"chief[\s-]+exec", text) and "officer" not in text:
        return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a C-level executive")]
    mid = hit.match.group("mid")
    if mid is not None:
        words = [w for w in re.findall(r"[a-z'&]+", mid) if w not in ("and", "&", "of", "the")]
        if words and all(w in _OFFICER_FUNCTIONS for w in words):
            return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a C-level executive")]
        if _whimsical(words):
            return [_whimsical_chief(hit.start, hit.end)]
        return [_unusual_chief(hit.start, hit.end)]
    after = _words_after(reader, hit.start + 5, hit.region_end, 4)
    if _whimsical(after):
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        return [_whimsical_chief(hit.start, end)]
    return [_unusual_chief(hit.start, hit.end)]


def _whimsical_chief(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "unknown", _REVIEW, "review.whimsical_chief",
        "a playful chief title that does not name an executive function",
    )  # fmt: skip


def _unusual_chief(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "unknown", _REVIEW, "review.unusual_chief",
        'a "chief" title that does not name a recognised executive function',
    )  # fmt: skip


@_rule("level.cxo_acronym", r"\b(?:" + _EXEC_ACRONYMS + r"|c-?e-?o)\b")
def _cxo_acronym(reader: _Reader, hit: _Hit) -> list[_Reading]:
    if _whimsical(_words_after(reader, hit.end, hit.region_end, 2)):
        return [_whimsical_title(hit.start, _phrase_end(reader, hit.end, hit.region_end, 3))]
    return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a C-level executive")]


@_rule(
    "level.vp",
    r"\b(?P<grade>(?:senior|sr|snr|executive|exec|group|area|regional|corporate|global|"
    r"divisional|first|second)[\s-]+)?(?:vice[\s-]*pres(?:ident(?:e|a|in)?)?|"
    r"vize[\s-]*pr(?:a|ae)sident(?:in)?|vicepresident(?:e|a)?|vp|v[\s-]p)\b"
    r"|\b(?P<token>svp|evp|gvp|rvp|sevp|avp)\b",
)
def _vice_president(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """Every VP counts, except a plain VP in banking, where it is a mid-level rank."""
    token = hit.match.group("token")
    grade = (hit.match.group("grade") or "").strip()
    after = _words_after(reader, hit.end, hit.region_end, 4)
    if _whimsical(after):
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        return [_whimsical_title(hit.start, end)]
    if token == "avp":
        if reader.banking:
            return [
                _Reading(
                    hit.start, hit.end, "manager", _ROLE, "banking.avp",
                    "an assistant or associate vice president, a mid-level rank in banking",
                )
            ]  # fmt: skip
        return [
            _Reading(
                hit.start, hit.end, "vp", _REVIEW, "review.associate_vp",
                "an associate or assistant vice president, whose rank varies between "
                "organisations",
            )
        ]  # fmt: skip
    senior_grade = token in ("svp", "evp", "sevp") or grade in ("senior", "sr", "snr", "executive")
    if reader.banking and not senior_grade and grade != "exec":
        return [
            _Reading(
                hit.start, hit.end, "vp", _REVIEW, "review.banking_vp",
                "a vice president in banking, where it is often a mid-level rank",
                tag="vp",
            )
        ]  # fmt: skip
    return [_Reading(hit.start, hit.end, "vp", _ROLE, "level.vp", "a Vice President", tag="vp")]


def _whimsical_title(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "unknown", _REVIEW, "review.whimsical_title",
        "a playful title that does not name a business function",
    )  # fmt: skip


@_rule(
    "level.chair",
    r"\b(?:(?:vice|co|executive|non[\s-]*executive|board)[\s-]*)?(?:chair(?:man|woman|person)?|"
    r"chairmen)\b|\b(?:vice)?voorzitter\b|\bvorsitzende[rn]?\b|\bpresidente[\s-]+del[\s-]+"
    r"(?:consejo|consiglio|cda)\b",
)
def _chair(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """A chair of a company counts; an academic chair goes to review."""
    region = reader.view(hit.region_start, hit.region_end)
    if re.search(r"\b(?:professor|faculty|department|dept|university|college)\b", region):
        return [
            _Reading(
                hit.start, hit.end, "unknown", _REVIEW, "review.department_chair",
                "an academic chair, which is not the chair of a company",
            )
        ]  # fmt: skip
    return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a chair of a company")]


@_rule(
    "level.president",
    r"\b(?:president(?:e|a|in)?|pr(?:a|ae)sident(?:in)?|pdg|p-dg|pres)\b",
)
def _president(reader: _Reader, hit: _Hit) -> list[_Reading]:
    after = _words_after(reader, hit.end, hit.region_end, 4)
    if _whimsical(after):
        return [_whimsical_title(hit.start, _phrase_end(reader, hit.end, hit.region_end, 4))]
    return [_Reading(hit.start, hit.end, "cxo", _ROLE, "level.cxo", "a company president")]


_fixed(
    "level.cxo_phrase",
    r"\bmanaging[\s-]+dir(?:ector|ectress)?\b|\bexec(?:utive)?[\s-]+dir(?:ector)?\b"
    r"|\bdirector[\s-]+general\b|\bdirector[\s-]+ejecutiv[oa]\b|\bdirectora[\s-]+(?:general|"
    r"ejecutiva)\b|\bgeneral[\s-]+director\b|\bsecretary[\s-]+general\b|\bgeneral[\s-]+secretary\b"
    r"|\bsecretaire[\s-]+generale?\b|\bsecretari[oa][\s-]+general\b|\bsegretari[oa][\s-]+"
    r"generale\b|\bgeneralsekret(?:a|ae)r(?:in)?\b|\bsecretaris[\s-]+generaal\b"
    r"|\b"
    + _GF
    + r"ende[rn]?[\s-]+direktor(?:in)?\b|\b"
    + _GF
    + r"er(?:in)?\b|\b"
    + _GF
    + r"ende[rn]?[\s-]+gesellschafter(?:in)?\b"
    r"|\bgeschaftsleit(?:er|erin|ung)\b|\bmitglied[\s-]+der[\s-]+geschaftsleitung\b"
    r"|\bvorstand(?:svorsitzende[rn]?|smitglied|svorsitz)?\b|\bgeneraldirektor(?:in)?\b"
    r"|\bdg\b|\bdirect(?:eur|rice)[\s-]+general(?:e)?\b|\bdirecteur[\s-]+executif\b"
    r"|\bpresident(?:e)?[\s-]+directeur[\s-]+general\b"
    r"|\bconsejer[oa][\s-]+delegad[oa]\b|\bamministrat(?:ore|rice)[\s-]+(?:delegat[oa]|unic[oa])\b"
    r"|\bconsigliere[\s-]+delegato\b|\bdirett(?:ore|rice)[\s-]+generale\b|\bdiretor(?:a)?[\s-]+"
    r"(?:geral|executiv[oa]|presidente)\b|\balgemeen[\s-]+direct(?:eur|rice)\b|\b(?:statutair"
    r"[\s-]+)?bestuurder\b|\bbestuursvoorzitter\b|\b(?:voorzitter|lid)[\s-]+(?:van[\s-]+de[\s-]+)?"
    r"raad[\s-]+van[\s-]+bestuur\b|\badministrador(?:a)?[\s-]+unic[oa]\b",
    "cxo",
    _ROLE,
    "level.cxo",
    "a C-level executive",
)
_fixed(
    "level.general_counsel",
    r"\bgeneral[\s-]+counsel\b",
    "cxo",
    _ROLE,
    "level.cxo",
    "the head of legal (general counsel)",
    tag="general_counsel",
)
_fixed(
    "level.director_acronym",
    r"\b(?:drh|daf|dsi|dircom|dg)\b",
    "director",
    _ROLE,
    "level.director",
    "a Director-level role",
    tag="director",
)

_PARTNER_FUNCTION_AFTER = _word_set(
    """
    manager managers marketing lead success account accounts development engineer engineering
    sales program programs enablement operations solutions alliances relations ecosystem channel
    integrations support onboarding specialist executive management network experience
    technology training community acquisition recruitment coordinator associate representative
    rep analyst consultant architect director directors strategy team partnerships portal
    programme
    """
)
_PARTNER_ELIGIBLE_BEFORE = _word_set(
    """
    managing senior equity founding name general operating audit tax advisory deal investment
    salaried global lead engagement practice assurance consulting executive co-managing regional
    country office interim acting non-equity full law legal
    """
)


@_rule(
    "level.partner",
    r"\bpartner(?:in)?\b(?!')|\bvennoot\b|\bassociee?\b|\bsoci[oa]\b(?:[\s-]+(?:director(?:a)?|"
    r"diretor(?:a)?|fundador(?:a)?|gerente))?",
)
def _partner(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """A partner who owns or leads a firm counts; 'partner' as a job function does not."""
    after = reader.view(hit.end, hit.region_end)
    next_word = re.match(r"^[\s-]+([a-z]+)", after)
    if next_word and next_word.group(1) in _PARTNER_FUNCTION_AFTER:
        return None  # "Partner Manager": the next word is the job; "partner" only describes it
    before = _words_before(reader, hit.start, hit.region_start, 2)
    if before and before[-1] not in _PARTNER_ELIGIBLE_BEFORE and before[-1] not in _NEUTRAL:
        start = reader.view(hit.region_start, hit.start).rfind(before[-1]) + hit.region_start
        reader.mask(start, hit.end)
        return [
            _Reading(
                start, hit.end, "owner_partner", _REVIEW, "review.partner_unclear",
                "a partner title whose standing in the firm is unclear",
                tag="partner",
            )
        ]  # fmt: skip
    return [
        _Reading(
            hit.start, hit.end, "owner_partner", _ROLE, "level.owner_partner",
            "a partner who owns or leads a firm",
            tag="partner",
        )
    ]  # fmt: skip


@_rule(
    "level.head",
    r"\bhead[\s-]+(?:of|de|di|van)\b|\bhead\b|\bhoofd\b|\bafdelingshoofd\b",
)
def _head(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Head of <function or department>' counts; a bare 'Head' goes to review."""
    word = reader.view(hit.start, hit.end)
    if word == "afdelingshoofd":
        return [_director(hit.start, hit.end, "head")]
    after = _words_after(reader, hit.end, hit.region_end, 4)
    end = _phrase_end(reader, hit.end, hit.region_end, 4)
    if _whimsical(after):
        return [_whimsical_title(hit.start, end)]
    if word != "head" and word != "hoofd":  # "head of ..."
        if re.match(r"^[\s-]*[a-z0-9\x00]", reader.view(hit.end, hit.region_end)):
            return [_director(hit.start, end, "head")]
        return [_unclear_head(hit.start, hit.end)]
    before = _words_before(reader, hit.start, hit.region_start, 3)
    if after and (after[0] in _FUNCTIONS or word == "hoofd"):
        return [_director(hit.start, end, "head")]
    if _is_function_phrase(before):
        return [_director(hit.start, hit.end, "head")]
    comma_object = re.match(r"^\s*,\s*([a-z]+)", reader.view(hit.end, hit.region_end))
    if comma_object and not after:
        return [_director(hit.start, hit.end, "head")]
    return [_unclear_head(hit.start, hit.end)]


def _director(start: int, end: int, tag: str = "director") -> _Reading:
    return _Reading(start, end, "director", _ROLE, "level.director", "a Director-level role", tag)


def _unclear_head(start: int, end: int) -> _Reading:
    return _Reading(
        start, end, "director", _REVIEW, "review.unclear_head",
        'a "head" title that does not say of what',
        tag="head",
    )  # fmt: skip


_LEITER_MANAGER_PREFIXES = (
    "team",
    "gruppen",
    "gruppe",
    "projekt",
    "teilprojekt",
    "schicht",
    "markt",
    "lager",
    "kassen",
    "bau",
    "kita",
    "kindergarten",
    "objekt",
    "stations",
    "filial",
    "ausbildungs",
    "kurs",
    "lehrgangs",
    "kuchen",
    "haus",
)
_LEITER_OCCUPATION_PREFIXES = ("reise", "chor", "spiel", "orchester", "kapell")
_LEITER_NOT_A_ROLE = ("begleiter", "halbleiter", "ableiter", "leiterplatte")


@_rule("level.leiter", r"\b[a-z-]*(?:leiter(?:in)?|leitung)\b")
def _leiter(reader: _Reader, hit: _Hit) -> list[_Reading] | None:
    """German 'Leiter/Leiterin X' and compounds ('Marketingleiter'): head of a function.

    'Abteilungsleiter' (head of department) and 'Bereichsleiter' (head of division) are read as
    Director level, the policy's "Head of <department>"; team, project and shift leads are
    managers."""
    word = reader.view(hit.start, hit.end)
    if word.endswith(_LEITER_NOT_A_ROLE):
        return None
    prefix = re.sub(r"(?:leiter(?:in)?|leitung)$", "", word).rstrip("-")
    if prefix.startswith(_LEITER_OCCUPATION_PREFIXES):
        return [_Reading(hit.start, hit.end, "entry", _ROLE, "level.entry", "an entry-level role")]
    if prefix.startswith(_LEITER_MANAGER_PREFIXES):
        end = _phrase_end(reader, hit.end, hit.region_end, 3)
        return [_Reading(hit.start, end, "manager", _ROLE, "level.manager", "a manager-level role")]
    if prefix:
        return [_director(hit.start, hit.end)]
    after = _words_after(reader, hit.end, hit.region_end, 3)
    before = _words_before(reader, hit.start, hit.region_start, 1)
    if after or (before and re.match(r"(?:kaufmannisch|operativ|medizinisch|pflegerisch|"
                                     r"wissenschaftlich|administrativ)", before[-1])):  # fmt: skip
        start = hit.start
        if before and not after:
            start = reader.view(hit.region_start, hit.start).rfind(before[-1]) + hit.region_start
        return [_director(start, _phrase_end(reader, hit.end, hit.region_end, 4))]
    return [_unclear_head(hit.start, hit.end)]


_OCCUPATION_OBJECTS = _word_set(
    "funeral photography casting activities recreation worship choir choral mortuary orchestra "
    "orquesta orchestre orchester orchestra coro chorus"
)


@_rule(
    "level.director",
    r"\b(?:director(?:a)?|dir|directeur|directrice|direttore|direttrice|diretor(?:a)?|"
    r"direktor(?:in)?)\b",
)
def _director_rule(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Director', 'Director of X' and 'X Director' when X names a business function."""
    after = _words_after(reader, hit.end, hit.region_end, 4)
    if not after:  # "Director, Funeral Services": the object follows a comma
        following = re.match(r"^\s*,([^,|()/+\x00]*)", reader.view(hit.end, hit.region_end))
        after = _PHRASE_WORD.findall(following.group(1))[:4] if following else []
    if _whimsical(after):
        return [_whimsical_title(hit.start, _phrase_end(reader, hit.end, hit.region_end, 4))]
    if _OCCUPATION_OBJECTS.intersection(after):
        end = _phrase_end(reader, hit.end, hit.region_end, 4)
        return [
            _Reading(
                hit.start, end, "senior_ic", _ROLE, "trap.occupation_director",
                '"director" as an occupation (film, funeral, arts, activities), not a rank',
            )
        ]  # fmt: skip
    before = _words_before(reader, hit.start, hit.region_start, 3)
    function = _is_function_phrase(before)
    if function is False:
        start = reader.view(hit.region_start, hit.start).rfind(before[0]) + hit.region_start
        return [
            _Reading(
                start, hit.end, "director", _REVIEW, "review.unclear_director",
                '"director" after words that do not name a business function',
                tag="director",
            )
        ]  # fmt: skip
    start = hit.start
    if function and before:
        start = reader.view(hit.region_start, hit.start).rfind(before[0]) + hit.region_start
    end = _phrase_end(reader, hit.end, hit.region_end, 4) if after else hit.end
    return [_director(start, end)]


_fixed(
    "level.manager",
    r"\b[a-z]*manager(?:in)?\b|\bmgr\b|\bsupervis(?:or|ora|eur|euse)\b|\bteam[\s-]+lead(?:er)?\b"
    r"|\b(?:shift|group|project|store|section|squad|unit|line|crew|area)[\s-]+lead(?:er)?\b"
    r"|\b(?:pm|tpm|apm|gpm)\b|\bgerant(?:e)?\b|\bgerente\b|\bsubgerente\b|\bresponsabile\b|\b(?:team|projekt|projekt|gruppen)leiter(?:in)?\b"
    r"|\b(?:team|project)leider\b|\bbedrijfsleider\b|\bleidinggevende\b|\bcoordena(?:dor|dora)\b"
    r"",
    "manager",
    _ROLE,
    "level.manager",
    "a manager-level role",
)

_IC_NOUNS = (
    r"engineer|developer|programmer|designer|analyst|coordinator|specialist|consultant|strategist|"
    r"assistant|representative|rep|agent|officer|administrator|admin|clerk|accountant|bookkeeper|"
    r"auditor|scientist|researcher|writer|copywriter|editor|journalist|reporter|teacher|lecturer|"
    r"professor|tutor|instructor|trainer|coach|nurse|physician|doctor|surgeon|dentist|pharmacist|"
    r"therapist|psychologist|technician|operator|cashier|barista|chef|cook|driver|recruiter|"
    r"sourcer|planner|buyer|marketer|producer|architect|tester|receptionist|secretary|paralegal|"
    r"attorney|lawyer|solicitor|barrister|counsel|broker|realtor|salesperson|worker|labou?rer|"
    r"electrician|plumber|mechanic|pilot|caregiver|carer|influencer|creator|blogger|photographer|"
    r"videographer|artist|musician|actor|actress|model|waiter|waitress|server|bartender|"
    r"housekeeper|cleaner|janitor|guard|firefighter|soldier|sergeant|inspector|surveyor|"
    r"estimator|underwriter|actuary|economist|statistician|librarian|archivist|curator|"
    r"translator|interpreter|illustrator|animator|host|presenter|stylist|hairdresser|barber|"
    r"contributor|columnist|correspondent|registrar|concierge|teller|merchandiser|fellow|captain|"
    r"aide|hygienist|counsel(?:l)?or|paramedic|midwife|dietitian|optometrist|veterinarian|vet|"
    r"radiographer|sonographer|phlebotomist|chiropractor|podiatrist|physiotherapist|audiologist|"
    r"nanny|lifeguard|custodian|courier|porter|valet|steward|stewardess|attendant|groomer|"
    r"hostess|dispatcher|paramedic|machinist|welder|carpenter|painter|roofer|landscaper|"
    r"[a-z]+(?:entwickler|berater|ingenieur|techniker|referent|sachbearbeiter|spezialist|planer|"
    r"einkaufer|verkaufer|mitarbeiter|designer|architekt|analyst|pfleger)(?:in)?|[a-z]+kauf(?:mann|"
    r"frau)|[a-z]+fachkraft|"
    r"lieutenant|corporal|ensign|airman|seaman|private[\s-]+first[\s-]+class|"
    r"florist|baker|butcher|farmer|expert|generalist|evangelist|advocate|ambassador|associate|"
    r"professional|employee|member|investigator|ghostwriter|scrum[\s-]+master|devops|sre|"
    r"csm|swe|sde|banker|angestellte[rn]?|speechwriter|bodyguard|chauffeur|"
    r"ingenieur(?:e|in)?|developpeu(?:r|se)|consultante?|analyste|assistante?|charge(?:e)?|"
    r"conseill(?:er|ere)|commercial(?:e)?|comptable|technicien(?:ne)?|vendeu(?:r|se)|employe(?:e)?|"
    r"secretaire|juriste|avocat(?:e)?|infirmi(?:er|ere)|professeur(?:e)?|enseignant(?:e)?|"
    r"redact(?:eur|rice)|graphiste|acheteu(?:r|se)|attache(?:e)?|gestionnaire|operat(?:eur|rice)|"
    r"ouvri(?:er|ere)|caissi(?:er|ere)|serveu(?:r|se)|cuisini(?:er|ere)|"
    r"ingenier[oa]|desarrollador(?:a)?|consultor(?:a)?|analista|asistente|auxiliar|tecnic[oa]|"
    r"vendedor(?:a)?|emplead[oa]|contador(?:a)?|abogad[oa]|enfermer[oa]|profesor(?:a)?|"
    r"disenador(?:a)?|especialista|coordinador(?:a)?|representante|agente|cajer[oa]|camarer[oa]|"
    r"entwickler(?:in)?|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|mitarbeiter(?:in)?|"
    r"assistent(?:in)?|kaufmann|kauffrau|buchhalter(?:in)?|verk(?:a|ae)ufer(?:in)?|techniker(?:in)?|"
    r"fachkraft|fachinformatiker(?:in)?|lehrer(?:in)?|pfleger(?:in)?|spezialist(?:in)?|"
    r"analyst(?:in)?|redakteur(?:in)?|anwalt|anwaltin|rechtsanwalt(?:in)?|steuerberater(?:in)?|"
    r"experte|expertin|sekret(?:a|ae)r(?:in)?|designer(?:in)?|"
    r"ingegnere|sviluppat(?:ore|rice)|consulente|impiegat[oa]|addett[oa]|commess[oa]|"
    r"segretari[oa]|contabile|avvocat[oa]|insegnante|progettista|specialista|programmat(?:ore|rice)|"
    r"engenheir[oa]|desenvolvedor(?:a)?|atendente|secretari[oa]|advogad[oa]|"
    r"medewerker|adviseur|ontwikkelaar|analist|assistent(?:e)?|secretaresse|docent|leraar|"
    r"verpleegkundige|specialist|[a-z]*medewerker"
)
_SENIOR_IC_NOUNS = _word_set(
    """
    architect attorney lawyer counsel solicitor barrister physician surgeon doctor professor
    pharmacist psychologist actuary economist expert experte expertin avocat avocate
    """
)
_SENIOR_GRADES = _word_set("senior sr snr staff lead principal expert")


@_rule("level.individual_contributor", r"\b(?:" + _IC_NOUNS + r")\b")
def _individual_contributor(reader: _Reader, hit: _Hit) -> list[_Reading]:
    noun = reader.view(hit.start, hit.end)
    before = _words_before(reader, hit.start, hit.region_start, 3)
    after = _words_after(reader, hit.end, hit.region_end, 2)
    senior = noun in _SENIOR_IC_NOUNS or any(w in _SENIOR_GRADES for w in (*before, *after))
    level = "senior_ic" if senior else "entry"
    return [_Reading(hit.start, hit.end, level, _ROLE, f"level.{level}", _LEVEL_PHRASES[level])]


_LEAD_QUALIFIES_NEXT = re.compile(r"^[\s-]*(?:\x00|(?:" + _IC_NOUNS + r")\b)")


@_rule("level.lead", r"\blead\b(?![\s-]+(?:gen|generation|magnet|scoring|nurturing))")
def _lead(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """'Marketing Lead' is a manager; in 'Lead Engineer' it is the engineer's grade."""
    if _LEAD_QUALIFIES_NEXT.match(reader.view(hit.end, hit.region_end)):
        return []
    return [_Reading(hit.start, hit.end, "manager", _ROLE, "level.manager", 'a "lead" role')]


_fixed(
    "level.training",
    r"\b(?:intern|interns|internship|trainee|apprentice|apprenticeship|student|graduate|"
    r"undergraduate|candidate|pupil|resident|working[\s-]+student|werkstudent(?:in)?|"
    r"praktikant(?:in)?|azubi|auszubildende[rn]?|stagiaire|stagiair|alternant(?:e)?|"
    r"apprenti(?:e)?|etudiant(?:e)?|estudiante|becari[oa]|practicante|pasante|estagiari[oa]|"
    r"estudante|aprendiz|stagista|tirocinante|studente(?:ssa)?|leerling|trainee)\b"
    + _TRAINING_AS_OBJECT,
    "training",
    _ROLE,
    "level.training",
    _LEVEL_PHRASES["training"],
)
_fixed(
    "level.unpaid",
    r"\b(?:volunteer|volunteering|unpaid|benevole|ehrenamt\w*|voluntari[oa]|volontari[oa]|"
    r"vrijwilliger|homemaker|stay[\s-]+at[\s-]+home[\s-]+\w+|unemployed|werkloos|arbeitslos|"
    r"desempleado|chomage|sans[\s-]+emploi)\b",
    "unpaid",
    _ROLE,
    "level.unpaid",
    _LEVEL_PHRASES["unpaid"],
)


@_rule(
    "review.vague_executive",
    r"\b(?:executive|exec|executives|ejecutiv[oa]|executiv[oa]|directiv[oa]|leitende[rn]?"
    r"[\s-]+angestellte[rn]?|senior[\s-]+management|management[\s-]+team|leadership[\s-]+team|"
    r"top[\s-]+management|leader|leadership|c-?suite|c-?level)\b",
)
def _vague_executive(reader: _Reader, hit: _Hit) -> list[_Reading]:
    """A bare 'Executive' before a function ('Executive, Marketing') is the UK job family."""
    word = reader.view(hit.start, hit.end)
    before = _words_before(reader, hit.start, hit.region_start, 1)
    following = re.match(r"^[\s,]*([a-z]+)", reader.view(hit.end, hit.region_end))
    if not following and hit.end >= reader.segment[1] - 1:
        following = re.match(r"^\s*([a-z]+)", reader.next_segment)
    if word == "executive" and not before and following and following.group(1) in _FUNCTIONS:
        return [
            _Reading(
                hit.start, hit.end, "entry", _ROLE, "trap.executive_job_family",
                '"executive" as a job family (sales, accounts, recruiting), not a rank',
            )
        ]  # fmt: skip
    return [
        _Reading(
            hit.start, hit.end, "unknown", _WEAK_REVIEW, "review.vague_executive",
            "says the applicant is an executive or leader without naming the role",
        )
    ]  # fmt: skip


# --------------------------------------------------------------------------------------------
# Step 2 and 4: split the headline, read the segments, combine the readings
# --------------------------------------------------------------------------------------------

_TRAINING_LEVELS = ("training", "unpaid")


def _read_headline(text: _Text, policy: Policy) -> list[_Reading]:
    reader = _Reader(text, policy)
    readings: list[_Reading] = []
    bare_markers: list[_Reading] = []
    bounds = []
    position = 0
    for segment in text.plain.split("|"):
        bounds.append((position, position + len(segment)))
        position += len(segment) + 1
    for index, (start, end) in enumerate(bounds):
        if not reader.has_words(start, end):
            continue
        reader.segment = (start, end)
        following = [b for b in bounds[index + 1 :] if reader.has_words(*b)]
        reader.next_segment = text.plain[slice(*following[0])] if following else ""
        found = reader.read(start, end)
        for reading in found:
            reading.segment = index
        # "VP Marketing (volunteer)", "Director, student society": the lower reading wins.
        if any(r.kind == _ROLE and r.level in _TRAINING_LEVELS for r in found):
            found = [_as_conflict(reader, r) for r in found]
        if len(found) == 1 and found[0].marker and not reader.has_words(start, end):
            bare_markers.append(found[0])
        readings.extend(found)
    # A segment that is only "Retired" or "Part-time" speaks for the whole headline.
    for marker in bare_markers:
        readings = [
            _bind_one(reader, marker.marker, r, r.start, r.end)
            if r is not marker and r.kind in (_ROLE, _REVIEW) and r.segment != marker.segment
            else r
            for r in readings
        ]
    worded = [i for i, b in enumerate(bounds) if re.search(r"[^\W\d_]", text.plain[slice(*b)])]
    readings = _lower_role_wins(reader, readings, bounds, worded)
    for reading in readings:
        reading.quote = text.quote(reading.start, reading.end)
    return readings


# After an assistant's noun, these make it part of a name ("Director, Executive Assistant
# Program"), not the applicant's role.
_SUPPORT_AS_OBJECT = re.compile(
    r"^[\s-]+(?:programs?|programmes?|services?|network|teams?|pool|community|training|"
    r"development|agency|association|day|week|awards?|summit|conference|certification|courses?|"
    r"academy|recruit\w*|placements?|solutions?|relations|experience|success|operations)\b"
)
_BARE_EXECUTIVE = re.compile(r"^[\s,(]*(?:" + _EXEC_LIST + r")[\s,.)]*$")
_EXECUTIVE_WORDS = _word_set(
    """
    ceo cmo cfo coo cto cio cdo cco cso cpo chro cro ciso vp svp evp avp director directors head
    chief officer executive president chair chairman chairwoman partner principal founder md
    of the and de du la le del van der
    """
)


def _lower_role_wins(
    reader: _Reader, readings: list[_Reading], bounds: list[tuple[int, int]], worded: list[int]
) -> list[_Reading]:
    """An executive word must not override the applicant's own lower role next to it.

    - An assistant's title in the same segment ("Assistant, CEO", "CEO Executive Assistant",
      "Executive Assistant (CEO)"), or in the next segment when that one only names an executive
      ("Executive Assistant – CEO & Founder"): the executive is the person assisted, so the
      executive reading is dropped and the assistant's reading decides.
    - An assistant's title elsewhere in the headline: which title is the applicant's own is
      unclear, so the executive reading goes to review.
    - A lower role first, then an executive word followed by words that name no function
      ("Host, CEO Talks", "Sales Manager, CIO Review"): the executive word is probably part of
      a name, so review.
    """
    support = [
        r
        for r in readings
        if r.tag == "support"
        and r.kind == _ROLE
        and not _SUPPORT_AS_OBJECT.match(reader.text.plain[r.end : r.end + 40])
    ]
    kept: list[_Reading] = []
    for reading in readings:
        executive = reading.kind == _ROLE and reader.eligible_level(reading.level)
        if support and (executive or reading.kind == _REVIEW) and reading not in support:
            if any(r.segment == reading.segment for r in support):
                continue
            order = worded.index(reading.segment)
            bare = _BARE_EXECUTIVE.match(reader.text.plain[slice(*bounds[reading.segment])])
            near = any(abs(worded.index(r.segment) - order) == 1 for r in support)
            if bare and near:
                continue
        if not executive:
            kept.append(reading)
            continue
        if support:
            kept.append(_conflict(reading, "an executive title next to an assistant's title"))
            continue
        if _named_after_executive(reader, reading, readings, bounds[reading.segment][1]):
            kept.append(
                _conflict(reading, "an executive word after another role, perhaps in a name")
            )
            continue
        kept.append(reading)
    return kept


def _named_after_executive(
    reader: _Reader, reading: _Reading, readings: list[_Reading], segment_end: int
) -> bool:
    lower_first = any(
        r.kind == _ROLE
        and r.segment == reading.segment
        and r.end <= reading.start
        and not reader.eligible_level(r.level)
        and re.fullmatch(r"[\s,:(\x00-]*", reader.text.plain[r.end : reading.start])
        for r in readings
    )
    if not lower_first:
        return False
    end = _phrase_end(reader, reading.end, segment_end, 4)
    words = _PHRASE_WORD.findall(reader.text.plain[reading.start : end])
    words = [w for w in words if w not in _EXECUTIVE_WORDS and w not in _NEUTRAL]
    if words and _C_LEVEL_ACRONYM.fullmatch(reader.text.plain[reading.start : reading.end]):
        return True  # "Sales Executive, CFO Tech Media": a C-level acronym does not take a function
    return bool(words) and not any(w in _FUNCTIONS for w in words)


_C_LEVEL_ACRONYM = re.compile(r"(?:" + _EXEC_ACRONYMS + r")")


def _conflict(reading: _Reading, describe: str) -> _Reading:
    return _Reading(
        reading.start, reading.end, reading.level, _REVIEW, "review.conflicting_readings",
        describe, segment=reading.segment,
    )  # fmt: skip


def _as_conflict(reader: _Reader, reading: _Reading) -> _Reading:
    if reading.kind != _ROLE or not reader.eligible_level(reading.level):
        return reading
    return _Reading(
        reading.start, reading.end, reading.level, _REVIEW, "review.conflicting_readings",
        "an executive title next to a student, trainee or volunteer role",
        segment=reading.segment,
    )  # fmt: skip


def _eligibility(reading: _Reading, policy: Policy) -> str:
    if reading.kind == _ROLE:
        if reading.level in policy.review_levels:
            return "review"
        if reading.level == "unknown":
            return "review"
        return "eligible" if _RANK[reading.level] <= _RANK[policy.minimum_level] else "ineligible"
    if reading.kind in (_REVIEW, _WEAK_REVIEW):
        return "review"
    if reading.level in policy.review_levels and reading.kind == _INELIGIBLE:
        return "review"
    return "ineligible"


@dataclass
class _Decision:
    reading: _Reading | None
    eligibility: str
    rule: str
    notes: list[_Reading] = field(default_factory=list)


def _decide(readings: list[_Reading], policy: Policy) -> _Decision:
    for reading in readings:
        reading.eligibility = _eligibility(reading, policy)
        if reading.kind in (_ROLE, _INELIGIBLE) and reading.level in policy.review_levels:
            reading.rule = "policy.review_level"

    def tier(reading: _Reading) -> int:
        if reading.kind == _ROLE and reading.eligibility == "eligible":
            return 0
        if reading.kind in (_REVIEW,) or (
            reading.kind in (_ROLE, _INELIGIBLE) and reading.eligibility == "review"
        ):
            return 1
        if reading.kind in (_ROLE, _INELIGIBLE):
            return 2
        if reading.kind in (_AMBITION, _LOOKALIKE):
            return 3
        return 4

    if not readings:
        return _Decision(None, "", "")
    best = min(readings, key=lambda r: (tier(r), _RANK[r.level], r.start))
    notes = [r for r in readings if r.kind == _AMBITION and r is not best]
    eligibility, rule = best.eligibility, best.rule
    if tier(best) == 0 and any(r.seeking for r in readings):
        eligibility, rule = "review", "review.open_to_work"
    return _Decision(best, eligibility, rule, notes)


def _explain(
    decision: _Decision, readings: list[_Reading], text: _Text, policy: Policy
) -> tuple[str, str, str, str]:
    minimum = _LEVEL_NAMES[policy.minimum_level]
    reading = decision.reading
    if reading is None:
        quote = text.source.strip()
        if _is_junk(text):
            if quote:
                return (
                    "unknown",
                    "ineligible",
                    "empty",
                    f'The title ("{_short(quote)}") is empty or is not a job title.',
                )
            return "unknown", "ineligible", "empty", "The title is empty."
        return (
            "unknown",
            "review",
            "review.unrecognised",
            f'No job title was recognised in "{_short(quote)}", so the board should look at the '
            f"profile.",
        )
    quote = _short(reading.quote or text.source.strip())
    rule = decision.rule
    if rule == "review.open_to_work":
        seeking = next(r for r in readings if r.seeking)
        sentence = (
            f'Reads as {reading.describe} ("{quote}") but also says "{_short(seeking.quote)}", '
            f"so the role may not be current"
        )
    elif reading.kind == _ROLE:
        verdict = {
            "eligible": f"which meets the minimum level ({minimum})",
            "review": "a level the board reviews case by case",
            "ineligible": (
                "not an executive role"
                if reading.rule.startswith(("trap.", "banking."))
                else f"which is below the minimum level ({minimum})"
            ),
        }[decision.eligibility]
        sentence = f'Reads as {reading.describe} ("{quote}"), {verdict}'
    elif reading.kind in (_REVIEW, _WEAK_REVIEW):
        sentence = f'Needs review: "{quote}" {_as_clause(reading.describe)}'
    elif reading.kind == _INELIGIBLE:
        sentence = f'Reads as {reading.describe} ("{quote}")'
    elif reading.kind == _AMBITION:
        sentence = (
            f'States {reading.describe} ("{quote}"), not a current role, and no current '
            f"executive role is given"
        )
    else:
        sentence = f'"{quote}" {reading.describe}'
    for note in decision.notes[:1] if rule != "review.open_to_work" else ():
        sentence += f'; "{_short(note.quote)}" states {note.describe}, not a current role'
    return reading.level, decision.eligibility, rule, sentence + "."


def _as_clause(describe: str) -> str:
    """Make a reading's description follow a quoted title: '"X" is a deputy title ...'."""
    if describe.startswith(("a ", "an ", '"', "the ")):
        return "is " + describe
    return describe


def _short(quote: str, limit: int = 80) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1].rstrip() + "…"


_PLACEHOLDERS = _word_set(
    """
    na n a none null nil tbd tba test testing xxx xx x asdf asdfgh asdfghjkl qwerty unknown
    nothing abc aaa foo bar foobar lorem ipsum notitle
    """
) | {"n a", "no title", "not applicable", "lorem ipsum", "job title"}


def _is_junk(text: _Text) -> bool:
    """Empty, punctuation, digits, emoji, or a placeholder such as "n/a"."""
    words = re.findall(r"[^\W\d_]+", text.plain)
    if not words:
        return True
    joined = " ".join(words)
    if joined in _PLACEHOLDERS or all(w in _PLACEHOLDERS for w in words):
        return True
    if all(len(set(w)) == 1 for w in words):
        return True
    return all(w.isascii() and not re.search(r"[aeiouy]", w) for w in words)


def _apply_policy_patterns(
    title: str, text: _Text, policy: Policy, level: str, eligibility: str, rule: str, sentence: str
) -> tuple[str, str, str, str]:
    """The board's own patterns come last and win: deny beats allow, both beat the engine."""
    forms = (title, text.source, text.folded, text.plain.replace(_MASK, " "))
    for patterns, verdict, rule_id, verb in (
        (policy.deny_patterns, "ineligible", "policy.deny", "excludes"),
        (policy.allow_patterns, "eligible", "policy.allow", "admits"),
    ):
        for pattern in patterns:
            compiled = _compile_policy_pattern(pattern)
            for form in forms:
                match = compiled.search(form)
                if match:
                    matched = _short(match.group() or title.strip())
                    return (
                        level,
                        verdict,
                        rule_id,
                        f'The board\'s policy {verb} titles matching "{pattern}" '
                        f'("{matched}" in "{_short(title.strip())}").',
                    )
    return level, eligibility, rule, sentence
