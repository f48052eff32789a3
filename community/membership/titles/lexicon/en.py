"""English: the words the rules look for (see lexicon/__init__.py for the slots)."""

SLOTS = {
    "and": r"and",
    "at": r"at",
    "now": r"now|currently|presently|nowadays",
    "articles": r"the|our|your|my|a|an|its|their|his|her",
    "support_nouns": (
        r"assistant|asst|secretary|aide|pa|ea|office[\s-]+manager|scheduler|coordinator|"
        r"administrator|business[\s-]+partner|analyst|associate|intern|trainee|apprentice|clerk|"
        r"receptionist|speechwriter|ghostwriter"
    ),
    "support_prepositions": r"to|for|of",
    "office_of": r"office|cabinet|bureau|team|staff|department",
    "ambition": (
        r"aspiring|wannabe|would-?be|soon[\s-]+to[\s-]+be|"
        r"future(?![\s-]*(?:proof|of\b|ready|focused|facing|thinking|oriented|forward))"
    ),
    "seeking": (
        r"seeking|searching[\s-]+for|looking[\s-]+for|looking[\s-]+to[\s-]+(?:join|become|"
        r"transition|move|step)|in[\s-]+search[\s-]+of|open[\s-]+(?:to|for)[\s-]+(?:work|new|"
        r"opportunit\w*|roles?|positions?|offers|jobs?|the[\s-]+next|a[\s-]+new)|#?opentowork|"
        r"available[\s-]+for[\s-]+(?:work|hire|new|opportunit\w*)|actively[\s-]+(?:looking|"
        r"seeking|searching)|job[\s-]*seek(?:ing|er)"
    ),
    "former": (
        r"former(?:ly)?|ex|retired|semi[\s-]+retired|emerit(?:us|a)|past|previously|prev|"
        r"alumn(?:us|a|i)|alum"
    ),
    "fractional": (
        r"fractional|part[\s-]*time|freelancer?|freelancing|free[\s-]+lance|for[\s-]+hire|"
        r"on[\s-]+demand|outsourced|as[\s-]+a[\s-]+service|interim[\s-]+(?:manager|management)"
    ),
    "founder": r"found(?:er|ress)",
    "owner": r"proprietor|self[\s-]*employed",
    "entrepreneur": r"entrepreneur|solopreneur",
    "deputy": r"deputy|dep",
    "chief_of_staff": r"chief[\s-]+of[\s-]+staff",
    "general_manager": (
        r"general[\s-]+manager|gm|gen[\s-]+mgr|country[\s-]+manager|country[\s-]+head|"
        r"general[\s-]+management"
    ),
    "school_head": r"head[\s-]*(?:teacher|master|mistress)|head[\s-]+of[\s-]+school",
    "vice_president": r"vice[\s-]*pres(?:ident)?|vp|v[\s-]p",
    "chair": r"chair(?:man|woman|person)?|chairmen",
    "president": r"president|pres",
    "director": r"director|dir",
    "training": (
        r"intern|interns|internship|trainee|apprentice|apprenticeship|student|graduate|"
        r"undergraduate|candidate|pupil|resident|working[\s-]+student"
    ),
    "unpaid": (
        r"volunteer|volunteering|unpaid|honou?rary|homemaker|stay[\s-]+at[\s-]+home[\s-]+\w+|unemployed"
    ),
    "public_head": (
        r"(?:town|city|county|village|borough|municipal|shire)[\s-]+(?:manager|administrator)"
        r"|chief[\s-]+constable|permanent[\s-]+secretary|commissioner(?:[\s-]+of[\s-]+police)?"
        r"|(?:school[\s-]+district[\s-]+|district[\s-]+)superintendent"
        r"|superintendent(?=[\s-]+of[\s-]+(?:the[\s-]+)?schools\b)|minister"
        r"|secretary[\s-]+of[\s-]+(?:state|defen[cs]e|health|labou?r|education|commerce|energy|"
        r"transportation|agriculture|the[\s-]+(?:treasury|interior|navy|army|air[\s-]+force))"
    ),
    "public_grade": r"(?:higher|senior)[\s-]+executive[\s-]+officer",
    "flag_officer": (
        r"brigadier(?:[\s-]+general)?|(?:major|lieutenant)[\s-]+general|(?:rear|vice)[\s-]+admiral"
        r"|admiral|air[\s-]+(?:commodore|vice[\s-]+marshal|marshal|chief[\s-]+marshal)"
        r"|commanding[\s-]+officer|base[\s-]+commander|commander[\s-]+of[\s-]+(?:the[\s-]+)?base"
    ),
    "university_head": r"vice[\s-]*chancellor|chancellor|rector(?:[\s-]+magnificus)?|dean",
    "individual_contributor": (
        r"[a-z]+olog(?:ist|er)|[a-z]+ician|practitioner|notary|chemist|sommelier|apothecary"
    ),
    "vague_executive": (
        r"executive|exec|executives|senior[\s-]+management|management[\s-]+team|"
        r"leadership[\s-]+team|top[\s-]+management|leader|leadership|c-?suite|c-?level"
    ),
}
