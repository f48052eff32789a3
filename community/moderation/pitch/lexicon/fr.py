"""French wordings for the sales-pitch rules.

Each slot is named by community.moderation.pitch.rules, which says what the slot means and how much
it weighs; this file only says how the idea is worded. Patterns are regular expressions, matched
case-insensitively at word starts; {_A} stands for either apostrophe and the contractions
"we{_A}re", "i{_A}m" also match their long forms. <NAME> inserts a FRAGMENTS entry.
"""

FRAGMENTS: dict[str, str] = {}

# Function words: never quoted to an author as evidence of sales language.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "aussi",
        "aux",
        "avec",
        "car",
        "ces",
        "cet",
        "cette",
        "comme",
        "dans",
        "des",
        "donc",
        "est",
        "ici",
        "les",
        "leur",
        "leurs",
        "mais",
        "mes",
        "nos",
        "notre",
        "nous",
        "ou",
        "par",
        "pas",
        "plus",
        "pour",
        "que",
        "qui",
        "quoi",
        "ses",
        "son",
        "sont",
        "sur",
        "tes",
        "tous",
        "tout",
        "toute",
        "toutes",
        "très",
        "une",
        "vos",
        "votre",
        "vous",
    }
)

SLOTS: dict[str, tuple[str, ...]] = {
    "book_or_contact_company": (
        r"prenez\s+rendez[- ]vous",
        r"contactez[- ](?:nous|moi)",
        r"rejoignez\s+notre",
        r"inscription\s*:",
        r"inscrivez[- ]vous",
        r"d[ée]mo\s+gratuite",
    ),
    "discount_or_trial": (r"offre\s+sp[ée]ciale",),
    "own_product": (
        r"notre\s+cabinet",
        r"notre\s+(?:soci[ée]t[ée]|entreprise|plateforme)",
    ),
    "seller_identity": (
        r"(?:j{_A}accompagne|j{_A}aide|nous\s+(?:proposons|offrons)|je\s+(?:propose|conseille))",
        r"(?:notre|mon)\s+(?:cabinet|agence|plateforme|logiciel|studio|offre|[ée]quipe\s+accompagn"
        r"e)",
        r"nos\s+clients",
        r"j{_A}ai\s+(?:cr[ée]{1,2}|lanc[ée]|fond[ée]|ouvert)\s+(?:mon|ma|notre)\s+(?:propre\s+)?(?"
        r":cabinet|agence|soci[ée]t[ée]|entreprise|activit[ée])",
        r"(?:nous\s+)?(?:accompagnons|aidons)\s+(?:les|des)",
    ),
    "soft_ask": (
        r"(?:je\s+reste|reste)\s+[àa]\s+(?:votre\s+)?disposition",
        r"n{_A}h[ée]sitez\s+pas\s+[àa]\s+(?:m{_A}|nous\s+)\w+",
        r"n{_A}h[ée]sitez\s+pas\s+[àa]\s+(?:me|nous)\s+\w+",
        r"(?:[ée]crivez|contactez)[- ](?:moi|nous)",
    ),
    "hard_ask": (
        r"inscri(?:vez|s)[- ]vous",
        r"(?:abonnez|inscrivez)[- ]vous",
    ),
    "free_discount_scarce": (
        r"(?:audit|d[ée]mo|consultation|appel|entretien|webinaire?|webinar|check)\s+(?:\w+\s+)?(?:gratuit[e]?s?|gratis|sans\s+engagement)",
        r"gratuit[e]?s?\s+(?:\w+-?)?(?:check|demo|audit|webinar)",
        r"(?:remise|r[ée]duction)\s+(?:de\s+)?\d+\s?%",
        r"places\s+limit[ée]es",
        r"essayez\s+(?:\w+\s+)?(?:gratuit|gratis)",
        r"premi[èe]re\s+(?:\w+\s+)?(?:gratuite?|gratis)",
    ),
    "own_channel": (
        r"j{_A}ai\s+lanc[ée]",
        r"notre\s+(?:nouveau\s+)?(?:webinaire?|webinar|podcast|newsletter|événement|evento|cours|livre|whitepaper)",
        r"nous\s+avons\s+(?:\w+\s+){0,2}(?:whitepaper|e-?book|rapport|guide)",
    ),
    "pricing_question": (
        r"nous\s+payons",
        r"combien\s+payez",
        r"est-ce\s+(?:que\s+c{_A}est\s+)?normal",
    ),
    "sharing_experience": (r"je\s+partage\s+(?:volontiers\s+)?",),
    "hiring": (
        r"nous\s+recrutons",
        r"offre\s+d{_A}emploi",
    ),
}
