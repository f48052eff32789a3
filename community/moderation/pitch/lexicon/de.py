"""German wordings for the sales-pitch rules.

Each slot is named by community.moderation.pitch.rules, which says what the slot means and how much
it weighs; this file only says how the idea is worded. Patterns are regular expressions, matched
case-insensitively at word starts; {_A} stands for either apostrophe and the contractions
"we{_A}re", "i{_A}m" also match their long forms. <NAME> inserts a FRAGMENTS entry.
"""

FRAGMENTS: dict[str, str] = {}

# Function words: never quoted to an author as evidence of sales language.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "aber",
        "auch",
        "auf",
        "das",
        "dem",
        "den",
        "der",
        "des",
        "die",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "für",
        "hier",
        "ich",
        "ihr",
        "ihre",
        "ist",
        "mit",
        "nicht",
        "noch",
        "nur",
        "oder",
        "schon",
        "sehr",
        "sie",
        "und",
        "unser",
        "unsere",
        "was",
        "wer",
        "wie",
        "wir",
        "zu",
    }
)

SLOTS: dict[str, tuple[str, ...]] = {
    "contact_about_services": (r"melden\s+sie\s+sich",),
    "book_or_contact_company": (
        r"schreiben\s+sie\s+mir",
        r"jetzt\s+(?:\w+\s+){0,3}buchen",
        r"termin\s+(?:buchen|vereinbaren)",
        r"vereinbaren\s+sie",
        r"kontaktieren\s+sie\s+uns",
        r"rufen\s+sie\s+uns\s+an",
        r"kostenlose[sn]?\s+(?:demo|erstgespr[äa]ch|beratung)",
    ),
    "own_product": (
        r"unser(?:e)?\s+(?:plattform|team|firma|unternehmen)",
        r"wir\s+(?:unterst[üu]tzen|begleiten|helfen)",
        r"wir\s+haben\s+(?:über\s+)?\d+\s+unternehmen",
    ),
    "seller_identity": (
        r"ich\s+(?:begleite|unterst[üu]tze|berate|helfe)",
        r"wir\s+(?:unterst[üu]tzen|begleiten|helfen|bieten|beraten|betreuen|optimieren)",
        r"unser(?:e|em|en|er)?\s+(?:plattform|firma|kanzlei|agentur|l[öo]sung|software|beratung|ku"
        r"nden|mandanten)",
    ),
    "soft_ask": (
        r"gerne\s+melden",
        r"sprechen\s+sie\s+(?:mich|uns)\s+an",
    ),
    "hard_ask": (
        r"(?:jetzt|hier)\s+(?:\w+\s+){0,3}(?:anmelden|buchen|registrieren|vereinbaren|bestellen)",
    ),
    "free_discount_scarce": (
        r"(?:beratung|sicherheits-?check|check|audit|d[ée]mo|webinar)\s+(?:\w+\s+)?kostenlos",
        r"kostenlose[nmrs]?\s+(?:\w+-?)?(?:check|demo|beratung|erstgespr[äa]ch|audit|webinar)",
        r"rabatt\s+(?:von\s+)?\d+\s?%",
        r"pl[äa]tze\s+begrenzt",
        r"testen\s+sie\s+(?:\w+\s+)?(?:kostenlos|gratis)",
        r"erste\s+(?:\w+\s+)?(?:kostenlos|gratis)",
    ),
    "own_channel": (
        r"ich\s+habe\s+\w+\s+gestartet",
        r"unser(?:e|en)?\s+(?:neues?\s+)?(?:webinar|podcast|newsletter|buch|whitepaper)",
        r"wir\s+haben\s+(?:\w+\s+){0,2}(?:whitepaper|e-?book|studie|guide)",
    ),
    "pricing_question": (
        r"wir\s+zahlen",
        r"was\s+zahlt",
        r"ist\s+das\s+normal",
    ),
    "sharing_experience": (r"ich\s+teile\s+(?:gerne\s+)?",),
    "hiring": (r"wir\s+suchen",),
}
