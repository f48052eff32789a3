"""Italian wordings for the sales-pitch rules.

Each slot is named by community.moderation.pitch.rules, which says what the slot means and how much
it weighs; this file only says how the idea is worded. Patterns are regular expressions, matched
case-insensitively at word starts; {_A} stands for either apostrophe and the contractions
"we{_A}re", "i{_A}m" also match their long forms. <NAME> inserts a FRAGMENTS entry.
"""

FRAGMENTS: dict[str, str] = {}

# Function words: never quoted to an author as evidence of sales language.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "anche",
        "che",
        "come",
        "con",
        "dei",
        "del",
        "della",
        "delle",
        "gli",
        "il",
        "le",
        "ma",
        "molto",
        "non",
        "nostra",
        "nostro",
        "per",
        "più",
        "questa",
        "questo",
        "qui",
        "senza",
        "sono",
        "una",
    }
)

SLOTS: dict[str, tuple[str, ...]] = {
    "seller_identity": (
        r"(?:accompagno|affianco|offriamo|offro|aiuto\s+(?:le|gli|i)|accompagniamo)",
        r"(?:il\s+)?nostro\s+(?:studio|corso|servizio|software|team\s+aiuta)",
        r"(?:la\s+)?nostra\s+(?:piattaforma|societ[àa]|agenzia|consulenza|soluzione|azienda\s+aiut"
        r"a)",
        r"(?:abbiamo\s+aiutato|aiutiamo|i\s+nostri\s+clienti)",
    ),
    "hard_ask": (r"(?:iscriviti|iscrivetevi|iscrizioni\s+aperte|prenota(?:te)?|richiedi)",),
    "free_discount_scarce": (
        r"(?:consulenza|sessione?|evento|webinar|check|audit|d[ée]mo)\s+(?:\w+\s+)?(?:gratuit[oae]|gratis)",
        r"(?:gratuit[oae]|gratis)\s+(?:\w+-?)?(?:consulenza|sessione|check|demo|audit|webinar)",
        r"sconto\s+(?:del?\s+)?\d+\s?%",
        r"posti\s+limitati",
        r"prova\s+(?:\w+\s+)?(?:gratis|gratuitamente)",
        r"prima\s+(?:\w+\s+)?(?:gratis|gratuita)",
    ),
    "own_channel": (
        r"ho\s+lanciato",
        r"(?:il\s+nostro|la\s+nostra)\s+(?:nuovo\s+)?(?:webinar|podcast|newsletter|evento|corso|libro|whitepaper)",
        r"abbiamo\s+(?:\w+\s+){0,2}(?:whitepaper|e-?book|guide)",
    ),
    "pricing_question": (
        r"paghiamo",
        r"quanto\s+pag",
        r"[èe]\s+normale?",
    ),
    "sharing_experience": (r"condivido\s+",),
    "hiring": (r"stiamo\s+cercando",),
}
