"""Wordings that still mix several languages in one pattern, for the sales-pitch rules.

Split them into the language files when next touched.

Each slot is named by community.moderation.pitch.rules, which says what the slot means and how much
it weighs; this file only says how the idea is worded. Patterns are regular expressions, matched
case-insensitively at word starts; {_A} stands for either apostrophe and the contractions
"we{_A}re", "i{_A}m" also match their long forms. <NAME> inserts a FRAGMENTS entry.
"""

FRAGMENTS: dict[str, str] = {}

FUNCTION_WORDS: frozenset[str] = frozenset()

SLOTS: dict[str, tuple[str, ...]] = {
    "free_discount_scarce": (
        r"(?:audit|d[ée]mo|consult(?:ation|a)|consulenza|beratung|sicherheits-?check|check|offerte"
        r"|diagn[óo]stico|sessione?|appel|entretien|webinaire?|webinar|comparaci[óo]n|avalia[çc][ã"
        r"a]o|evento|desayuno)\s+(?:\w+\s+)?(?:gratuit[oae]?s?|gratis|kostenlos|vrijblijvend|sin\s"
        r"+compromiso|sem\s+compromisso|sans\s+engagement)",
        r"(?:kostenlose[nmrs]?|gratuit[oae]?s?|gratis|vrijblijvende?)\s+(?:\w+-?)?(?:check|demo|be"
        r"ratung|erstgespr[äa]ch|audit|webinar|offerte|consulenza|consulta|diagn[óo]stico|sessione"
        r"|avalia[çc][ãa]o)",
        r"(?:sconto|descuento|desconto|korting|rabatt|remise|r[ée]duction)\s+(?:del?\s+|van\s+)?\d"
        r"+\s?%",
        r"(?:cupos|plazas|places|posti|vagas|pl[äa]tze|plaatsen)\s+(?:limitad[oa]s|limit[ée]es|lim"
        r"itati|begrenzt|beperkt)",
        r"(?:experimente|pruebe|probeer|prova|essayez|testen\s+sie)\s+(?:\w+\s+)?(?:gr[áa]tis|grat"
        r"is|gratuitamente|gratuit|kostenlos)",
        r"(?:primera|primeira|première|prima|erste|eerste)\s+(?:\w+\s+)?(?:gratis|gr[áa]tis|gratui"
        r"te?|gratuita|kostenlos)",
    ),
    "own_channel": (
        r"(?:j{_A}ai\s+lanc[ée]|he\s+lanzado|ho\s+lanciato|lancei|ich\s+habe\s+\w+\s+gestartet)",
        r"(?:notre|nuestro|nuestra|unser(?:e|en)?|ons|onze|il\s+nostro|la\s+nostra|o\s+nosso|a\s+n"
        r"ossa)\s+(?:nouveau\s+|nuevo\s+|neues?\s+|nieuwe?\s+|nuovo\s+|novo\s+)?(?:webinaire?|webi"
        r"nar|podcast|newsletter|evento|événement|desayuno|corso|curso|cours|livre|libro|buch|whit"
        r"epaper|livro)",
        r"(?:wir\s+haben|hemos|nous\s+avons|abbiamo|publicamos|we\s+hebben)\s+(?:\w+\s+){0,2}(?:wh"
        r"itepaper|e-?book|informe|rapport|studie|guide|gu[íi]a)",
    ),
    "pricing_question": (
        r"(?:nous\s+payons|combien\s+payez|pagamos|cu[áa]nto\s+pag|wir\s+zahlen|was\s+zahlt|we\s+b"
        r"etalen|paghiamo|quanto\s+pag|est-ce\s+(?:que\s+c{_A}est\s+)?normal|ist\s+das\s+normal|is"
        r"\s+dat\s+normaal|(?:es|[èe]|é)\s+normale?)",
    ),
    "sharing_experience": (
        r"(?:partilho|comparto|je\s+partage|ich\s+teile|ik\s+deel|condivido)\s+(?:volontiers\s+|ge"
        r"rne\s+|con\s+alegr[íi]a\s+)?",
    ),
    "hiring": (
        r"(?:wij\s+zoeken|wir\s+suchen|buscamos|stiamo\s+cercando|estamos\s+a\s+contratar|estamos"
        r"\s+contratando|nous\s+recrutons|vacature|offre\s+d{_A}emploi)",
    ),
}
