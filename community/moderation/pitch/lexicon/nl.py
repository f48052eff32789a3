"""Dutch wordings for the sales-pitch rules.

Each slot is named by community.moderation.pitch.rules, which says what the slot means and how much
it weighs; this file only says how the idea is worded. Patterns are regular expressions, matched
case-insensitively at word starts; {_A} stands for either apostrophe and the contractions
"we{_A}re", "i{_A}m" also match their long forms. <NAME> inserts a FRAGMENTS entry.
"""

FRAGMENTS: dict[str, str] = {}

# Function words: never quoted to an author as evidence of sales language.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "dat",
        "deze",
        "die",
        "dit",
        "een",
        "en",
        "het",
        "hier",
        "ik",
        "maar",
        "met",
        "niet",
        "nog",
        "ons",
        "onze",
        "ook",
        "op",
        "te",
        "van",
        "voor",
        "wel",
        "wij",
        "zijn",
    }
)

SLOTS: dict[str, tuple[str, ...]] = {
    "seller_identity": (
        r"(?:ik\s+(?:help|begeleid|adviseer)|(?:wij|we)\s+hebben\s+(?:\w+\s+){0,3}?\d+\s+\w+\s+(?:"
        r"begeleid|geholpen|ondersteund|geadviseerd))",
        r"ons\s+(?:kantoor|bureau|platform)",
        r"onze\s+(?:klanten|dienstverlening|oplossing|software|diensten|opdrachtgevers)",
        r"wij\s+(?:helpen|begeleiden|verzorgen|bieten|ondersteunen)",
        r"werk\s+ik\s+(?:nu\s+)?als\s+(?:interim|zelfstandig|freelance)\w*",
    ),
    "soft_ask": (r"stuur\s+(?:me|mij|ons)\s+(?:gerust\s+)?een\s+bericht",),
    "hard_ask": (r"(?:schrijf|meld)\s+je\s+(?:nu\s+|hier\s+)?(?:in|aan)",),
    "free_discount_scarce": (
        r"(?:offerte|check|d[ée]mo|audit|webinar)\s+(?:\w+\s+)?(?:vrijblijvend|gratis)",
        r"(?:gratis|vrijblijvende?)\s+(?:\w+-?)?(?:check|demo|audit|webinar|offerte)",
        r"korting\s+(?:van\s+)?\d+\s?%",
        r"plaatsen\s+beperkt",
        r"probeer\s+(?:\w+\s+)?gratis",
        r"eerste\s+(?:\w+\s+)?gratis",
    ),
    "own_channel": (
        r"(?:ons|onze)\s+(?:nieuwe?\s+)?(?:webinar|podcast|newsletter|whitepaper)",
        r"we\s+hebben\s+(?:\w+\s+){0,2}(?:whitepaper|e-?book|rapport|studie|guide)",
    ),
    "pricing_question": (
        r"we\s+betalen",
        r"is\s+dat\s+normaal",
    ),
    "sharing_experience": (r"ik\s+deel\s+(?:gerne\s+)?",),
    "hiring": (
        r"wij\s+zoeken",
        r"vacature",
    ),
}
