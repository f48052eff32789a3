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
}
