"""Portuguese wordings for the sales-pitch rules.

Each slot is named by community.moderation.pitch.rules, which says what the slot means and how much
it weighs; this file only says how the idea is worded. Patterns are regular expressions, matched
case-insensitively at word starts; {_A} stands for either apostrophe and the contractions
"we{_A}re", "i{_A}m" also match their long forms. <NAME> inserts a FRAGMENTS entry.
"""

FRAGMENTS: dict[str, str] = {}

# Function words: never quoted to an author as evidence of sales language.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "aqui",
        "as",
        "com",
        "como",
        "das",
        "dos",
        "esta",
        "este",
        "isso",
        "mais",
        "mas",
        "muito",
        "nossa",
        "nosso",
        "nossos",
        "não",
        "os",
        "para",
        "por",
        "que",
        "sem",
        "sobre",
        "também",
        "uma",
    }
)

SLOTS: dict[str, tuple[str, ...]] = {
    "seller_identity": (
        r"(?:acompanho|oferecemos|ofere[çc]o|ajudo\s+(?:as|os|empresas))",
        r"(?:nossa|nosso)\s+(?:plataforma|software|servi[çc]o|empresa)\s+(?:reduz|ajuda|oferece|au"
        r"tomatiza|aumenta|elimina)",
        r"(?:a\s+)?nossa\s+(?:consultoria|plataforma|ag[êe]ncia|solu[çc][ãa]o|empresa\s+de\s+\w+)",
        r"(?:a\s+)?minha\s+(?:pr[óo]pria\s+)?(?:consultoria|empresa|ag[êe]ncia)",
        r"(?:o\s+)?nosso\s+(?:escrit[óo]rio|servi[çc]o|software)",
        r"(?:ajudamos|apoiamos|os\s+nossos\s+clientes)",
    ),
    "soft_ask": (
        r"fale\s+comigo",
        r"(?:me|nos)\s+(?:contacte|chame|escreva)",
    ),
    "hard_ask": (r"(?:inscreva[- ]se|inscri[çc][õo]es\s+abertas|agende|marque\s+(?:j[áa]|uma))",),
    "free_discount_scarce": (
        r"(?:avalia[çc][ãa]o|diagn[óo]stico|consulta|evento|webinar|demo|audit|check)\s+(?:\w+\s+)?(?:gratuit[oa]s?|gr[áa]tis|gratis|sem\s+compromisso)",
        r"(?:gratuit[oa]s?|gr[áa]tis|gratis)\s+(?:\w+-?)?(?:avalia[çc][ãa]o|consulta|diagn[óo]stico|demo|webinar|audit|check)",
        r"desconto\s+(?:de\s+)?\d+\s?%",
        r"vagas\s+limitadas",
        r"experimente\s+(?:\w+\s+)?(?:gr[áa]tis|gratis|gratuitamente)",
        r"primeira\s+(?:\w+\s+)?(?:gr[áa]tis|gratis|gratuita)",
    ),
    "own_channel": (
        r"lancei",
        r"(?:o\s+nosso|a\s+nossa)\s+(?:novo\s+)?(?:webinar|podcast|newsletter|evento|curso|livro|whitepaper)",
        r"publicamos\s+(?:\w+\s+){0,2}(?:whitepaper|e-?book|guia|informe)",
    ),
    "pricing_question": (
        r"pagamos",
        r"quanto\s+pag",
        r"é\s+normal",
    ),
    "sharing_experience": (r"partilho\s+",),
    "hiring": (
        r"estamos\s+a\s+contratar",
        r"estamos\s+contratando",
    ),
}
