"""Extra training posts for the learned part of the sales-pitch detector (pitch_model.py).

Two parts, both labelled by the policy in pitch_corpus.py and used ONLY for training (the
evaluation sets are in pitch_eval.py and never trained on):

- HANDWRITTEN: posts written one by one in varied voices: HR, legal, accounting, security, real
  estate, healthcare, education, insurance, retail, media, nonprofits, banking, recruiting,
  coaching, events, PR, facilities, translation; short and long; six languages.
- COMPOSED: posts assembled from hand-written sentence pools (sellers' claims, offers, hard and
  soft asks, and the peers' questions, comparisons, lessons, news links, hiring notes and event
  recaps that share their vocabulary) with a fixed seed, in English, French, Spanish, German,
  Portuguese, Italian and Dutch. They widen the vocabulary the model sees; they are formulaic, so
  they are not used to measure anything.

The industries deliberately avoid those of the evaluation sets (agriculture, logistics, energy,
hospitality, manufacturing, automotive, aviation, mining, fashion, gaming, telecoms, public
sector, family offices, sport), so that the evaluation numbers are not flattered.
"""

from __future__ import annotations

import random

Post = tuple[str, str, str]


def _label(blatant: list[tuple[str, str]], subtle: list[tuple[str, str]], legit) -> list[Post]:
    return (
        [(title, body, "blatant") for title, body in blatant]
        + [(title, body, "subtle") for title, body in subtle]
        + [(title, body, "legit") for title, body in legit]
    )


HANDWRITTEN = _label(
    [
        (
            "Payroll in 40 countries",
            "Run global payroll from one dashboard. $25 per employee per "
            "month, implementation in 3 weeks. Book your demo: paygrid.com/demo",
        ),
        (
            "Contract review AI",
            "Legal teams: ClauseBot reviews NDAs in 30 seconds. Try it free "
            "for 14 days, no card needed → clausebot.ai",
        ),
        (
            "Pen testing special",
            "Penetration test for your web app, fixed price €4,500, report "
            "in 10 days. Email me at jan@redshield.nl to reserve a slot.",
        ),
        (
            "Office space in Shoreditch",
            "Private offices for 10-40 people, move in next month, "
            "first 2 months rent-free. Viewings: call 020 7946 0555.",
        ),
        (
            "Telehealth for employees",
            "Give your staff 24/7 access to doctors. Plans from £6 per "
            "employee per month. Get a quote at medinow.co.uk/quote",
        ),
        (
            "CPD for your finance team",
            "Our accredited CPD courses for accountants are 30% off "
            "until Friday with code PEER30. Enrol at cpdhub.com",
        ),
        (
            "Insurance brokerage",
            "We place cyber, D&O and property cover for scale-ups. Send me "
            "your current policy and I'll beat the premium or buy you lunch. DM me.",
        ),
        (
            "POS for retailers",
            "Swap your tills for iPads. RetailOne POS is £49/month per store "
            "with free hardware this quarter. Start today: retailone.co.uk/start",
        ),
        (
            "Podcast ads",
            "Reach 200k senior decision-makers on our business podcast. Ad slots from "
            "$3,000 per episode. Media kit: mediakit.bizcast.fm/download",
        ),
        (
            "Charity fundraising software",
            "GiveFlow helps charities raise 30% more online. "
            "Registered charities get 50% off. Sign up at giveflow.org/charities",
        ),
        (
            "Mortgage for executives",
            "Bespoke mortgages for senior executives with complex "
            "bonuses. Speak to an adviser today: +44 20 3555 0100 or advice@primelend.co.uk",
        ),
        (
            "Leadership retreat in Bali",
            "7-day leadership retreat for CEOs, limited to 12 people. "
            "Early-bird price $6,900 until May. Apply: retreatceo.com/apply",
        ),
        (
            "Translation services",
            "Certified translation of contracts into 60 languages within "
            "24h. Upload your file at lingofast.com/upload and get 20% off your first order.",
        ),
        (
            "Background checks",
            "Pre-employment screening in 48 hours, from $29 per check. "
            "Request your free account at checkwise.com/signup",
        ),
        (
            "Cleaning contracts",
            "Commercial cleaning for offices over 5,000 sq ft. We'll beat "
            "your current contract by 15%. Call us on 0161 555 0123.",
        ),
        (
            "PR for founders",
            "Get featured in Forbes, TechCrunch and the FT. Our PR packages "
            "start at $5k/month with guaranteed placements. Book a call: calendly.com/prpush/call",
        ),
        (
            "Data room",
            "Virtual data rooms for M&A from €990 per project. Set up in 10 minutes. "
            "Start your free trial: dealvault.eu/trial",
        ),
        (
            "Exec assistant service",
            "Remote executive assistants for CEOs, 40 hours a month for "
            "$1,200. First week free. Reply 'EA' and I'll send details.",
        ),
        (
            "Free HR compliance audit",
            "Our employment lawyers will review your handbook for free "
            "this month. Claim your audit at hrlawdesk.com/free-audit",
        ),
        (
            "Sales training",
            "Double your team's close rate in 90 days. Next cohort starts 3 June, "
            "8 seats left. Register now: closeacademy.com/register",
        ),
        (
            "Cabinet d'expertise comptable",
            "Expert-comptable en ligne pour PME, forfait à partir "
            "de 129 € HT par mois. Devis gratuit sur comptaplus.fr/devis",
        ),
        (
            "Asesoría fiscal",
            "Asesoramos a directivos expatriados en su declaración de la renta. "
            "Primera consulta gratis, escríbanos a info@fiscalexpat.es",
        ),
        (
            "IT-Sicherheit",
            "Schützen Sie Ihr Unternehmen vor Ransomware. Unser Managed SOC ab "
            "990 € im Monat. Jetzt Beratungstermin sichern: cybershield.de/termin",
        ),
        (
            "Consultoria de RH",
            "Reduza a rotatividade em 40% com o nosso programa de retenção. "
            "Marque já uma sessão gratuita: rhmais.pt/sessao",
        ),
        (
            "Corsi di inglese per manager",
            "Corsi di business English one-to-one per dirigenti, "
            "prima lezione gratuita. Iscriviti su englishpro.it/iscrizione",
        ),
        (
            "Boekhoudsoftware",
            "Onze boekhoudsoftware bespaart u 10 uur per maand. Nu 3 maanden "
            "gratis proberen via boekfix.nl/probeer",
        ),
        (
            "Newsletter for CHROs",
            "I write the #1 newsletter for CHROs, 40,000 readers. "
            "Subscribe free at peoplebrief.substack.com and get my salary benchmark PDF.",
        ),
        (
            "Re: board software?",
            "Our board portal is used by 600 boards and costs a third of "
            "Diligent. Happy to set you up with a free trial today: boardly.io/trial",
        ),
        (
            "Ergonomic chairs",
            "Bulk order ergonomic chairs for your office at 35% below retail. "
            "Minimum 20 chairs. Order here: https://seatco.com/bulk",
        ),
        (
            "Coaching",
            "Executive coach, ex-FTSE CEO. Packages from £3,000. Book a chemistry "
            "call: https://tidycal.com/coachjames",
        ),
    ],
    [
        (
            "What I learned auditing 100 expense policies",
            "After auditing 100 expense policies "
            "for clients, the biggest leak is always hotel spend. We built a simple checklist "
            "for it. If it's useful, I'm happy to send it over.",
        ),
        (
            "Cyber incidents are a board issue",
            "In every ransomware case my team has handled "
            "this year, the board learned about it from the press. If your board hasn't run a "
            "tabletop exercise, I'd be glad to facilitate one.",
        ),
        (
            "The truth about office fit-outs",
            "Fit-out costs have risen 20% since 2022. As a "
            "project manager for office moves, I've seen budgets blow up in the same places. "
            "Anyone planning a move this year can ping me.",
        ),
        (
            "Why employee surveys fail",
            "We've run engagement surveys for 300 companies and "
            "most fail because no one acts on them. We now pair every survey with an action "
            "sprint. Let me know if you'd like to see how it works.",
        ),
        (
            "Re: anyone outsourced accounts payable?",
            "We do exactly this for about 60 mid-size "
            "companies. Happy to share what good looks like, and what it should cost you.",
        ),
        (
            "Retail shrink is up",
            "Shrink hit 1.6% of sales across the retailers we work with. "
            "Our loss-prevention analytics cut it by a third at one chain. Feel free to DM me for "
            "the case study.",
        ),
        (
            "Hiring is broken",
            "Time-to-hire averages 44 days. My search firm fills exec roles in "
            "21. If you have a key hire coming up, let's connect.",
        ),
        (
            "Nonprofit boards",
            "I've helped 25 nonprofit boards rewrite their governance. It's "
            "always the same three fixes. If your board is struggling, my door is open.",
        ),
        (
            "A year of four-day weeks",
            "We've helped 18 companies pilot a four-day week and "
            "productivity held or rose in all but one. Our pilot guide is on our website.",
        ),
        (
            "Data breaches and insurance",
            "As a broker, I keep seeing claims denied over MFA "
            "gaps. I wrote a one-page checklist for our clients; drop me a line and I'll share it.",
        ),
        (
            "Handling difficult tenants",
            "I manage 2,000 commercial units and we've developed a "
            "process that cut arrears by half. Always happy to have a chat with landlords here.",
        ),
        (
            "Med-tech sales cycles",
            "Hospitals take 18 months to buy. We've shortened that to 9 "
            "for our clients by changing who we talk to first. If you sell into the NHS, "
            "I'm around.",
        ),
        (
            "AI in legal",
            "Our firm now drafts first versions of contracts with AI and reviews "
            "them by hand. It's cut turnaround by 60%. Happy to show anyone how we set it up.",
        ),
        (
            "Working capital",
            "Most CFOs leave cash on the table in supplier terms. My practice "
            "has freed up €50M for clients this year. Worth a conversation if you're under "
            "pressure.",
        ),
        (
            "Teaching leaders to write",
            "I run writing workshops for leadership teams. The change "
            "in board papers after one session is striking. Reach out if you'd like a sample.",
        ),
        (
            "Podcast recommendation",
            "If you like long-form interviews with CFOs, I host a "
            "podcast on exactly that. New episode this week with the CFO of a FTSE 250 firm.",
        ),
        (
            "Re: reducing churn in SaaS",
            "We solved this for 30 B2B SaaS companies with a simple "
            "health score. I'd love to compare notes with anyone working on it.",
        ),
        (
            "Getting grants",
            "Our grant-writing team secured €12M for clients last year. If your "
            "company is doing R&D, there's probably money on the table. Happy to take a look.",
        ),
        (
            "The case for fractional CFOs",
            "As a fractional CFO for 6 startups, I see how much "
            "founders overpay for full-time hires too early. If that's you, let's talk.",
        ),
        (
            "Interim management",
            "I've been an interim COO for 10 years. Between assignments "
            "now, so if anyone needs cover for a few months, you know where to find me.",
        ),
        (
            "Notre expérience des audits RSE",
            "Notre cabinet a accompagné 80 entreprises dans "
            "leur premier rapport CSRD. Si vous êtes concernés, je peux partager notre méthode.",
        ),
        (
            "Formación de directivos",
            "Llevo 15 años formando a comités de dirección. Si su "
            "equipo necesita un impulso, estaré encantado de conversar.",
        ),
        (
            "Digitalisierung im Rechnungswesen",
            "Wir haben in 50 Steuerkanzleien die "
            "Belegverarbeitung automatisiert. Bei Interesse stelle ich gern unsere "
            "Erfahrungen vor.",
        ),
        (
            "Gestão de talentos",
            "Ajudamos empresas a reter talento com planos de carreira. Se "
            "fizer sentido para a sua equipa, fico à disposição para conversar.",
        ),
        (
            "Welfare aziendale",
            "Abbiamo progettato piani di welfare per 120 aziende. Se state "
            "valutando un piano, sarei lieto di mostrarvi cosa funziona.",
        ),
        (
            "Verzuim terugdringen",
            "Wij begeleiden werkgevers bij verzuim en halveren vaak de "
            "kosten. Wie hier mee worstelt, mag me gerust even bellen.",
        ),
        (
            "Procurement savings",
            "We benchmark indirect spend for mid-market companies and the "
            "average saving is 11%. Our benchmark tool is free on our site if anyone wants it.",
        ),
        (
            "Why your website isn't converting",
            "I've reviewed 500 B2B sites and the problem is "
            "nearly always the same. Send me your URL and I'll tell you what I'd fix first.",
        ),
        (
            "What we learned launching in the US",
            "Our agency has taken 40 European brands to "
            "the US. The mistakes are predictable. If you're planning it, I'd be happy to help.",
        ),
        (
            "Pensions for small firms",
            "Most small employers overpay for workplace pensions. As "
            "an adviser, I've switched 70 firms to cheaper schemes. Ping me for a quick review.",
        ),
    ],
    [
        (
            "What do you pay for payroll?",
            "We pay $18 per employee per month to ADP for 400 "
            "staff. A competitor quoted $12. Is it worth the switch hassle?",
        ),
        (
            "Workday vs SuccessFactors",
            "We compared both for 3,000 employees. Workday was better "
            "for reporting, SuccessFactors cheaper by about 20%. Neither vendor is perfect.",
        ),
        (
            "Recommend an employment lawyer?",
            "Need an employment lawyer in Berlin for a "
            "restructuring. Who have you used and would you hire them again?",
        ),
        (
            "Our company's first acquisition",
            "My company closed its first acquisition last "
            "week, a small analytics firm. Integration starts Monday. Any advice on the first 100 "
            "days?",
        ),
        (
            "We're hiring a head of legal",
            "We're hiring a General Counsel in Dublin. Job post "
            "is on our careers page: https://finlo.ie/careers/general-counsel. Intros welcome.",
        ),
        (
            "Economist on commercial real estate",
            "Interesting read on office vacancies: "
            "https://www.economist.com/finance/office-vacancies. Are you shrinking your footprint?",
        ),
        (
            "Recap: HR Tech conference",
            "Back from HR Tech. Lots of AI agents, few real "
            "customers. Best talk was a CHRO on skills-based hiring. No sponsor, just my notes.",
        ),
        (
            "Lessons from my consulting years",
            "I spent 12 years at a Big Four firm. What I "
            "learned: clients pay for certainty, not ideas, and the best projects were small. "
            "Now I run operations at a retailer and see it from the other side.",
        ),
        (
            "Cyber insurance premiums",
            "Our cyber premium went from £40k to £65k this year with "
            "a higher excess. Anyone else seeing this? What controls helped you negotiate?",
        ),
        (
            "Free tool I found useful",
            "The UK government's free Cyber Essentials self-assessment "
            "(ncsc.gov.uk) was a good wake-up call for our board. Took an hour.",
        ),
        (
            "Coach recommendations",
            "Looking for an executive coach for a new VP. Budget about "
            "$20k for six months. Who has worked with someone great?",
        ),
        (
            "Our app hit 1M users",
            "Small milestone: the app my company built for hospitals "
            "passed one million patients this week. Thanks to members who gave advice on scaling.",
        ),
        (
            "Renegotiating our lease",
            "Our landlord wants £55 per sq ft on renewal, up from £42. "
            "We could move, but fit-out would cost £1.2M. How would you approach this?",
        ),
        (
            "Which data room?",
            "Choosing between Datasite and Intralinks for a sale process. "
            "Quotes are £25k and £30k. Any strong views?",
        ),
        (
            "EdTech pricing question",
            "For those selling to universities: do you price per "
            "student or per campus? We are at $4 per student per year and losing deals.",
        ),
        (
            "Podcast I enjoyed",
            "Not mine and no affiliation: the Acquired episode on Costco is "
            "the best two hours on retail strategy I've heard.",
        ),
        (
            "Charity gala recap",
            "Our foundation's gala raised £1.3M for children's hospices last "
            "night. Thank you to the members who came. Photos on our site for those who asked.",
        ),
        (
            "How do you handle vendor cold emails?",
            "I get 30 cold emails a day offering "
            "'a quick 15-minute call'. Do you have a policy for your team?",
        ),
        (
            "Sharing our salary bands",
            "We published our salary bands internally last year. "
            "Attrition fell and negotiations got easier. Happy to answer questions about how we "
            "did it.",
        ),
        (
            "Interim CFO rates",
            "What's the going day rate for an interim CFO in London? We've "
            "been quoted £1,400 to £1,900 a day.",
        ),
        (
            "Avis sur les logiciels de paie",
            "Nous comparons Silae et Sage pour 250 salariés. "
            "Sage est moins cher mais plus rigide. Quelqu'un a migré récemment ?",
        ),
        (
            "Recomendaciones de abogados",
            "Busco un despacho de abogados mercantilistas en "
            "Madrid para una ampliación de capital. ¿Alguna recomendación?",
        ),
        (
            "Wir stellen ein",
            "Wir suchen eine Head of People für unser Münchner Büro. Details "
            "auf unserer Karriereseite. Über Empfehlungen freue ich mich.",
        ),
        (
            "Preços de software de RH",
            "Pagamos 8 € por colaborador por mês pelo nosso software "
            "de RH. É normal para 500 pessoas? Outras opções que recomendem?",
        ),
        (
            "Resoconto del convegno",
            "Al convegno sul diritto del lavoro di ieri si è parlato "
            "molto di smart working. Interessante l'intervento dell'ispettorato. Voi come vi "
            "state organizzando?",
        ),
        (
            "Ervaringen met een interim-manager",
            "Wij hebben vorig jaar een interim-CFO ingehuurd "
            "voor 6 maanden. Het dagtarief was € 1.500. Achteraf de moeite waard. Ervaringen?",
        ),
        (
            "Our new office",
            "We moved into our new office in Leeds this month. Lesson: budget "
            "twice as long for IT cabling as the fit-out company says.",
        ),
        (
            "Reading the Gartner hype cycle",
            "The new Gartner report on AI agents is worth a look "
            "(gartner.com). Are any of you running agents in production yet?",
        ),
        (
            "Selling my agency",
            "I sold my marketing agency last year to a holding group. The "
            "earn-out was the hardest part to negotiate. Happy to share lessons if useful.",
        ),
        (
            "Hi Laura",
            "Hi Laura, great panel yesterday. I'd love to hear more about your "
            "return-to-office experiment, coffee next week?",
        ),
        (
            "Security awareness training",
            "We use KnowBe4 at $18 per user per year. Phishing "
            "clicks fell from 12% to 3%. Has anyone found something better for small teams?",
        ),
        (
            "CRM for a nonprofit",
            "Salesforce offered us 10 free licences through their nonprofit "
            "programme. Is the implementation cost worth it for a team of 30?",
        ),
        (
            "Our annual report",
            "Our company's annual report is out today. Revenue up 14%, margin "
            "flat. The hardest decision this year was exiting our Asian business.",
        ),
        (
            "Consultants sharing lessons",
            "As a former McKinsey partner, my biggest lesson is "
            "that strategy fails in budgeting. We learned to tie every initiative to a line item.",
        ),
        (
            "Looking for a PR agency",
            "We need a PR agency for a Series B announcement. Budget "
            "$15k a month. Who did a good job for you, and who should I avoid?",
        ),
        (
            "Bloomberg on rate cuts",
            "https://www.bloomberg.com/news/rate-cuts-2025 — if rates "
            "fall, are you refinancing or paying down debt?",
        ),
        (
            "Vendor lock-in",
            "Our ERP vendor raised prices 9% at renewal with 60 days' notice. "
            "How do you write contracts to avoid this?",
        ),
        (
            "Our experience with a fractional CMO",
            "We hired a fractional CMO for two days a week "
            "at $9k a month. It worked because we had a clear brief. Happy to answer questions.",
        ),
        (
            "Tax on stock options",
            "Anyone dealt with exercising options after moving from the "
            "US to the Netherlands? Our adviser charges €400 an hour and still isn't sure.",
        ),
        (
            "Event: dinner for new CEOs",
            "A few first-time CEOs are meeting for dinner in Boston "
            "next Thursday, everyone pays their own bill. Reply here if you'd like to join.",
        ),
        (
            "Cloud costs",
            "We cut AWS costs 30% by turning off idle environments at night. No "
            "tool, just a script. Sharing in case it helps.",
        ),
        (
            "Recommendation: translation agency",
            "We used TransPerfect for our annual report in "
            "8 languages. Good quality, about €0.18 per word. Any cheaper alternatives?",
        ),
        (
            "Medical insurance for staff",
            "Bupa quoted £1,100 per employee per year for 120 "
            "people. AXA was £950 but with a higher excess. Which would you pick?",
        ),
        (
            "Our hiring freeze",
            "We froze hiring in March and it hurt morale more than expected. "
            "How did others communicate theirs?",
        ),
        (
            "Advice for a first board seat",
            "I've been offered my first non-exec role at a "
            "housing association. The fee is £12k a year. What should I ask before accepting?",
        ),
        (
            "Is a $99 per month tool worth it?",
            "Our sales team wants Gong at roughly $1,600 per "
            "seat per year. For a team of 8, is the ROI real?",
        ),
        (
            "Trade show recap",
            "NRF was packed this year. Three trends: self-checkout backlash, "
            "retail media networks, and loss prevention. Full notes in the thread below.",
        ),
        (
            "Our company's blog post",
            "Our engineering team wrote up how we migrated off Oracle "
            "(it's on our company blog). The board question was cost; the real win was speed.",
        ),
        (
            "Anyone used a headhunter for a CFO?",
            "Retained search firms quoted 33% of first-year "
            "salary. Is that still standard, or can you negotiate a fixed fee?",
        ),
        (
            "Coworking or office?",
            "Our team of 25 pays €600 per desk per month at a coworking "
            "space. Leasing would be cheaper but less flexible. What did you choose?",
        ),
        (
            "Contact for a good notary?",
            "Could anyone share the contact of a notary in Lisbon "
            "who speaks English? Buying a flat for a relocating employee.",
        ),
        (
            "Launch of our foundation",
            "My wife and I launched a small foundation funding "
            "apprenticeships. No donations asked, just proud and wanted to share.",
        ),
        (
            "The case against annual reviews",
            "We dropped annual reviews for quarterly "
            "conversations. Two years in, managers like it; HR hates the data gaps.",
        ),
        (
            "Managed security: worth it?",
            "We were quoted €7,000 a month for a managed SOC. "
            "For a company of 200, is that reasonable or should we build in-house?",
        ),
        (
            "Harvard Business Review article",
            "HBR's piece on decision rights (hbr.org) helped "
            "us rethink our exec committee. Anyone else tried a RAPID model?",
        ),
        (
            "Our benefits survey",
            "We surveyed our employees on benefits; mental health support "
            "came out on top, above pension. Does that match what you see?",
        ),
        (
            "Question on retainer fees",
            "Our law firm wants to move us to a £20k monthly "
            "retainer. Has anyone negotiated a cap on hours within a retainer?",
        ),
        (
            "Proud of our team",
            "My company won a national customer service award this week. "
            "Shout out to our support team who handle 5,000 tickets a week.",
        ),
        (
            "Shared a template",
            "Here's the board pack template we use, no strings, no sign-up: "
            "a simple Google Doc with the six sections our directors asked for. Link in thread.",
        ),
        (
            "Webinar recommendation",
            "The IMF's public webinar on inflation outlooks last week "
            "was excellent and free. Recording on imf.org.",
        ),
    ],
)


# --- Composed posts -------------------------------------------------------------------------------

# (name, what it does, who it is for, domain): fictional sellers outside the evaluation industries.
_SELLERS = [
    ("LedgerLoop", "automates month-end close", "finance teams", "ledgerloop.com"),
    ("HireStream", "screens candidates with structured interviews", "HR leaders", "hirestream.io"),
    ("VaultPoint", "monitors your network for ransomware", "IT directors", "vaultpoint.com"),
    ("LeaseIQ", "tracks every lease and break clause", "property teams", "leaseiq.co.uk"),
    ("CareRota", "schedules nurses and carers", "care home operators", "carerota.com"),
    ("ClauseWise", "reviews contracts in minutes", "general counsel", "clausewise.ai"),
    ("SpendLens", "finds savings in indirect spend", "procurement heads", "spendlens.com"),
    ("TalentArc", "runs executive search", "boards and CEOs", "talentarc.com"),
    ("BrightLearn", "delivers leadership training online", "L&D teams", "brightlearn.io"),
    ("ClaimFlow", "speeds up insurance claims", "insurers", "claimflow.eu"),
    ("ShelfSignal", "predicts out-of-stocks", "retailers", "shelfsignal.com"),
    ("DonorDesk", "manages donors and gift aid", "charities", "donordesk.org.uk"),
    ("TaxBridge", "handles R&D tax credits", "tech companies", "taxbridge.co"),
    ("PeoplePulse", "measures employee engagement", "CHROs", "peoplepulse.io"),
    ("SiteSecure", "provides manned guarding and CCTV", "facility managers", "sitesecure.com"),
    ("MedBill", "cleans up hospital billing", "hospital CFOs", "medbill.health"),
    ("BoardBook", "builds board packs", "company secretaries", "boardbook.app"),
    ("CashCompass", "forecasts cash weekly", "CFOs", "cashcompass.io"),
    ("PitchPerfect PR", "gets founders into the press", "founders", "pitchperfectpr.com"),
    ("CleanSweep", "cleans offices overnight", "office managers", "cleansweep.co.uk"),
]

_NUM = ["30", "40", "60", "120", "200", "350", "500", "1,200"]
_PCT = ["15%", "20%", "25%", "30%", "35%", "40%", "50%"]
_PRICE = ["$49", "$99", "$299", "€79", "€450", "£39", "£1,500", "$2,000"]
_DAYS = ["Tuesday", "Thursday", "next week", "this Friday", "on 12 June"]

_BLATANT_HOOK = [
    "Still doing this in spreadsheets?",
    "{audience}: this one is for you.",
    "Tired of paying too much?",
    "Quick one for {audience}.",
    "Big news!",
    "Most {audience} lose weeks every year to this.",
    "",
]
_BLATANT_CLAIM = [
    "{name} {does} for {audience}.",
    "Our platform {does}, and it's used by {n} companies.",
    "We built {name}: it {does} in a fraction of the time.",
    "My firm {does} for {audience}, with {n} clients so far.",
    "{name} {does}. Customers save {pct} in year one.",
]
_BLATANT_OFFER = [
    "Plans start at {price}/month.",
    "{pct} off for members of this group until {day}.",
    "First month free, no credit card required.",
    "Free setup for the first 10 companies that sign up.",
    "Pricing from {price} per user per month.",
    "Use code PEER{n} for {pct} off.",
    "Complimentary audit for anyone who replies this week.",
    "",
]
_BLATANT_ASK = [
    "Book a demo: {domain}/demo",
    "Sign up today at {domain}",
    "DM me for pricing.",
    "Grab a slot here: calendly.com/{slug}/30min",
    "Email sales@{domain} to get started.",
    "Call us on +44 20 7946 0{n3} for a quote.",
    "Start your free trial → {domain}/trial",
    "Register for our live webinar {day}: {domain}/webinar",
    "Reply YES and I'll send you the details.",
    "Download the free guide: {domain}/guide",
    "Let's set up a call {day}.",
    "Get a quote at https://{domain}/quote",
]

_SUBTLE_OPEN = [
    "Something I keep seeing with {audience}: the same problem, year after year.",
    "Interesting thread last week got me thinking.",
    "A lesson from this quarter.",
    "Everyone talks about cost; few talk about time.",
    "Hard truth for {audience}: the tools aren't the problem.",
    "I've been doing this for 15 years and one pattern never changes.",
]
_SUBTLE_SELLER = [
    "At my firm we help {audience} with exactly this, and results have been strong.",
    "Our team has worked with {n} companies on it and the fix is usually simple.",
    "We built {name} after seeing it at {n} clients.",
    "I've helped {n} {audience} through this, most recently cutting costs by {pct}.",
    "That's what my practice does every day.",
    "Our clients typically see {pct} improvement within a quarter.",
]
_SUBTLE_ASK = [
    "Happy to share how we approach it if anyone's interested.",
    "If you're dealing with this, my inbox is open.",
    "Feel free to reach out if it resonates.",
    "I'd be glad to take a look at yours.",
    "More on our website ({domain}) for the curious.",
    "If anyone is considering a change this year, let's talk.",
    "You know where to find me.",
    "Drop me a note and I'll send over the case study.",
    "Always happy to have a quick chat.",
    "Would love to compare notes with anyone facing the same.",
]

_LEGIT = [
    (
        "What do you pay for {kind}?",
        "We pay {price} per user per month for {kind} and the "
        "renewal is coming up. Is that in line with what others pay?",
    ),
    (
        "{name} vs the alternatives",
        "We evaluated {name} and two competitors for {kind}. "
        "{name} was {pct} cheaper but weaker on reporting. No affiliation with any of them.",
    ),
    (
        "Recommendations for {kind}?",
        "We're looking for a provider of {kind} for about {n} "
        "staff. Who do you use, and would you choose them again?",
    ),
    (
        "Lessons from replacing our {kind}",
        "We replaced our {kind} last year. What we learned: "
        "involve the people who use it daily, and budget {pct} more time than the vendor says.",
    ),
    (
        "News: {kind} market consolidating",
        "Interesting Reuters piece on consolidation in "
        "{kind}: https://www.reuters.com/business/{slug}. Are your vendors being acquired?",
    ),
    (
        "We're hiring",
        "My company is hiring a head of {kind}. Details on our careers page: "
        "https://{domain}/careers. Referrals welcome, thank you.",
    ),
    (
        "Recap of the {kind} conference",
        "Back from the {kind} conference {day}. The best "
        "session was a panel of buyers, not vendors. My notes: prices are up {pct}, service down.",
    ),
    (
        "Our company's {kind} rollout",
        "My company rolled out new {kind} across {n} people this "
        "year. It went better than expected; the hardest part was data migration.",
    ),
    (
        "Quote for {kind}: reasonable?",
        "A vendor quoted {price} a month plus a setup fee for "
        "{kind}. They say the discount expires {day}. Is that a normal pressure tactic?",
    ),
    (
        "How do you evaluate {kind} vendors?",
        "We get pitched on {kind} every week. What "
        "criteria do you use, and do you ever pay for a pilot?",
    ),
    (
        "Cold pitches about {kind}",
        "Every vendor email about {kind} ends with 'book a demo'. "
        "We ignore them all. How does your team filter these?",
    ),
    (
        "Sharing our {kind} checklist",
        "We wrote a one-page checklist for choosing {kind} after "
        "a painful selection. Pasting it below, no sign-up, no vendor behind it.",
    ),
]
_KINDS = [
    "payroll software",
    "executive search",
    "cyber security",
    "office cleaning",
    "leadership training",
    "board portals",
    "employee engagement surveys",
    "legal services",
    "R&D tax advice",
    "cash forecasting",
    "PR agencies",
    "donor management",
    "retail analytics",
    "HR software",
    "contract management",
    "insurance brokers",
    "office space",
]

# Six other languages: short sentence pools, composed the same way.
_LANG = {
    "fr": {
        "claim": [
            "Notre cabinet accompagne les {aud} depuis 15 ans.",
            "Notre solution réduit vos coûts de {pct}.",
            "Nous aidons les {aud} à gagner du temps chaque mois.",
        ],
        "offer": ["Offre spéciale : {pct} de remise ce mois-ci.", "Premier mois offert.", ""],
        "hard": [
            "Prenez rendez-vous sur {domain}/rdv",
            "Contactez-nous : contact@{domain}",
            "Demandez votre démo gratuite sur {domain}/demo",
            "Inscrivez-vous dès aujourd'hui : {domain}",
        ],
        "soft": [
            "Si le sujet vous parle, je serais ravi d'échanger.",
            "N'hésitez pas à me contacter en privé.",
            "Je peux partager notre méthode avec ceux que cela intéresse.",
        ],
        "aud": ["DAF", "DRH", "dirigeants", "directeurs juridiques"],
        "legit": [
            "Nous payons {price} par mois pour notre logiciel de paie. Est-ce normal ?",
            "Nous comparons deux prestataires de sécurité informatique. Vos retours ?",
            "Notre entreprise recrute un directeur financier, l'annonce est sur notre site.",
            "Retour de la conférence RH de Paris : beaucoup d'IA, peu de résultats concrets.",
            "Quelqu'un peut-il recommander un avocat en droit social à Lyon ?",
            "Leçon de notre migration : impliquer les utilisateurs dès le début.",
        ],
    },
    "es": {
        "claim": [
            "Nuestra consultora ayuda a los {aud} a reducir costes un {pct}.",
            "Somos especialistas en soluciones para {aud}.",
            "Nuestra plataforma automatiza el cierre contable.",
        ],
        "offer": ["Descuento del {pct} este mes.", "Prueba gratuita de 30 días.", ""],
        "hard": [
            "Solicita una demo en {domain}/demo",
            "Escríbanos a info@{domain}",
            "Agenda una llamada: calendly.com/{slug}",
            "Llámenos al +34 91 555 0{n3}",
        ],
        "soft": [
            "Si les interesa, con gusto les cuento cómo lo hacemos.",
            "Estaré encantado de conversar con quien lo necesite.",
            "Pueden escribirme por privado si quieren más detalles.",
        ],
        "aud": ["directores financieros", "CEOs", "responsables de RRHH", "abogados"],
        "legit": [
            "Pagamos {price} al mes por el software de nóminas. ¿Es razonable?",
            "¿Alguien ha trabajado con un headhunter en México? Busco recomendaciones.",
            "Nuestra empresa busca un director de operaciones; la oferta está en nuestra web.",
            "Comparamos dos aseguradoras de salud para empleados. ¿Experiencias?",
            "Lección de nuestra fusión: comunicar pronto y con frecuencia.",
            "Interesante artículo de El País sobre el teletrabajo. ¿Cómo lo gestionáis?",
        ],
    },
    "de": {
        "claim": [
            "Unsere Kanzlei berät {aud} seit 20 Jahren.",
            "Unsere Software senkt Ihre Kosten um {pct}.",
            "Wir unterstützen {aud} bei der Digitalisierung.",
        ],
        "offer": ["Jetzt {pct} Rabatt sichern.", "Der erste Monat ist kostenlos.", ""],
        "hard": [
            "Jetzt Termin vereinbaren: {domain}/termin",
            "Kontaktieren Sie uns unter info@{domain}",
            "Kostenlose Demo buchen: {domain}/demo",
            "Rufen Sie uns an: +49 30 5550 {n3}",
        ],
        "soft": [
            "Bei Interesse teile ich gerne unsere Erfahrungen.",
            "Wer vor der gleichen Frage steht, kann sich gern bei mir melden.",
            "Ich freue mich über einen Austausch.",
        ],
        "aud": ["Geschäftsführer", "Personalleiter", "CFOs", "Mittelständler"],
        "legit": [
            "Wir zahlen {price} im Monat für unsere HR-Software. Ist das marktüblich?",
            "Kann jemand einen Steuerberater in Hamburg empfehlen?",
            "Wir suchen einen CFO; die Stellenanzeige steht auf unserer Karriereseite.",
            "Wir haben zwei Anbieter für IT-Sicherheit verglichen. Eure Erfahrungen?",
            "Unsere Lehre aus der ERP-Einführung: Stammdaten früh bereinigen.",
            "Spannender Artikel im Handelsblatt zur Viertagewoche. Wer hat es getestet?",
        ],
    },
    "pt": {
        "claim": [
            "A nossa consultoria apoia {aud} há 10 anos.",
            "A nossa plataforma reduz custos em {pct}.",
            "Ajudamos {aud} a poupar tempo todos os meses.",
        ],
        "offer": ["Desconto de {pct} este mês.", "Experimente grátis durante 30 dias.", ""],
        "hard": [
            "Marque uma reunião em {domain}/agenda",
            "Contacte-nos: geral@{domain}",
            "Peça a sua demonstração gratuita em {domain}/demo",
            "Ligue-nos: +351 21 555 0{n3}",
        ],
        "soft": [
            "Se fizer sentido, fico à disposição para conversar.",
            "Terei todo o gosto em partilhar a nossa experiência.",
            "Quem tiver interesse pode falar comigo.",
        ],
        "aud": ["diretores financeiros", "PMEs", "gestores de RH", "administradores"],
        "legit": [
            "Pagamos {price} por mês pelo software de faturação. É caro?",
            "Alguém recomenda um advogado de direito do trabalho em Lisboa?",
            "A nossa empresa está a contratar um diretor comercial; detalhes no nosso site.",
            "Comparámos dois fornecedores de seguros de saúde. Que experiências têm?",
            "Lição da nossa reestruturação: comunicar cedo e com frequência.",
            "Artigo interessante do Expresso sobre o trabalho remoto. Como fazem?",
        ],
    },
    "it": {
        "claim": [
            "Il nostro studio assiste {aud} da 20 anni.",
            "La nostra piattaforma riduce i costi del {pct}.",
            "Aiutiamo {aud} a semplificare la gestione del personale.",
        ],
        "offer": ["Sconto del {pct} per questo mese.", "Primo mese gratuito.", ""],
        "hard": [
            "Prenota una consulenza gratuita su {domain}/prenota",
            "Scriveteci a info@{domain}",
            "Richiedi una demo su {domain}/demo",
            "Chiamateci al +39 02 5550 {n3}",
        ],
        "soft": [
            "Se vi interessa, sarei lieto di raccontarvi come facciamo.",
            "Chi sta valutando un cambiamento può scrivermi in privato.",
            "Sono disponibile per un confronto.",
        ],
        "aud": ["imprenditori", "direttori finanziari", "responsabili HR", "PMI"],
        "legit": [
            "Paghiamo {price} al mese per il software paghe. È in linea con il mercato?",
            "Qualcuno può consigliare un commercialista a Milano?",
            "La nostra azienda cerca un direttore finanziario; annuncio sul nostro sito.",
            "Abbiamo confrontato due fornitori di sicurezza informatica. Esperienze?",
            "Lezione dalla nostra fusione: coinvolgere subito i manager.",
            "Articolo interessante del Sole 24 Ore sul lavoro ibrido. Voi cosa fate?",
        ],
    },
    "nl": {
        "claim": [
            "Ons bureau helpt {aud} al 15 jaar.",
            "Onze software verlaagt uw kosten met {pct}.",
            "Wij ondersteunen {aud} bij hun administratie.",
        ],
        "offer": ["Nu {pct} korting.", "De eerste maand is gratis.", ""],
        "hard": [
            "Plan een gratis kennismaking via {domain}/afspraak",
            "Neem contact op via info@{domain}",
            "Vraag een demo aan op {domain}/demo",
            "Bel ons op 020 555 {n3}",
        ],
        "soft": [
            "Wie hier meer over wil weten, mag me altijd een bericht sturen.",
            "Ik deel graag onze ervaringen.",
            "Benieuwd wat dit voor jullie betekent? Laat het me weten.",
        ],
        "aud": ["ondernemers", "financieel directeuren", "HR-managers", "mkb-bedrijven"],
        "legit": [
            "Wij betalen {price} per maand voor onze salarissoftware. Is dat normaal?",
            "Kan iemand een goede arbeidsjurist in Utrecht aanraden?",
            "Ons bedrijf zoekt een CFO; de vacature staat op onze website.",
            "We vergeleken twee aanbieders van cybersecurity. Ervaringen?",
            "Les uit onze reorganisatie: vroeg en vaak communiceren.",
            "Interessant artikel in het FD over hybride werken. Hoe doen jullie het?",
        ],
    },
}


def _fill(template: str, rng: random.Random, seller: tuple[str, str, str, str]) -> str:
    name, does, audience, domain = seller
    return template.format(
        name=name,
        does=does,
        audience=audience,
        domain=domain,
        slug=name.lower().replace(" ", ""),
        n=rng.choice(_NUM),
        n3=f"{rng.randrange(100, 999)}",
        pct=rng.choice(_PCT),
        price=rng.choice(_PRICE),
        day=rng.choice(_DAYS),
        kind=rng.choice(_KINDS),
        aud="",
    )


def _compose(seed: int = 20250611) -> list[Post]:
    rng = random.Random(seed)
    posts: list[Post] = []
    seen: set[str] = set()

    def add(title: str, body: str, label: str) -> None:
        body = " ".join(body.split())
        if body not in seen:
            seen.add(body)
            posts.append((title, body, label))

    while sum(label == "blatant" for *_, label in posts) < 110:
        seller = rng.choice(_SELLERS)
        parts = [
            rng.choice(_BLATANT_HOOK),
            rng.choice(_BLATANT_CLAIM),
            rng.choice(_BLATANT_OFFER),
            rng.choice(_BLATANT_ASK),
        ]
        body = " ".join(_fill(part, rng, seller) for part in parts if part)
        title = seller[0] if rng.random() < 0.5 else _fill("For {audience}", rng, seller)
        add(title, body, "blatant")
    while sum(label == "subtle" for *_, label in posts) < 110:
        seller = rng.choice(_SELLERS)
        parts = [rng.choice(_SUBTLE_OPEN), rng.choice(_SUBTLE_SELLER), rng.choice(_SUBTLE_ASK)]
        body = " ".join(_fill(part, rng, seller) for part in parts)
        add(
            _fill(rng.choice(["On {kind}", "A thought on {kind}", "{kind}"]), rng, seller),
            body,
            "subtle",
        )
    while sum(label == "legit" for *_, label in posts) < 200:
        seller = rng.choice(_SELLERS)
        title, body = rng.choice(_LEGIT)
        kind = rng.choice(_KINDS)
        title, body = (
            _fill(title.replace("{kind}", kind), rng, seller),
            _fill(body.replace("{kind}", kind), rng, seller),
        )
        add(title[0].upper() + title[1:], body, "legit")
    for language, pools in _LANG.items():
        for index in range(16):
            seller = rng.choice(_SELLERS)
            aud = rng.choice(pools["aud"])

            def fill(template: str, seller=seller, aud=aud) -> str:
                return _fill(template.replace("{aud}", aud), rng, seller)

            if index < 5:
                parts = [
                    rng.choice(pools["claim"]),
                    rng.choice(pools["offer"]),
                    rng.choice(pools["hard"]),
                ]
                add(seller[0], " ".join(fill(part) for part in parts if part), "blatant")
            elif index < 10:
                parts = [rng.choice(pools["claim"]), rng.choice(pools["soft"])]
                add(seller[0], " ".join(fill(part) for part in parts), "subtle")
            else:
                add(f"Question ({language})", fill(rng.choice(pools["legit"])), "legit")
    return posts


COMPOSED: list[Post] = _compose()

TRAINING_POSTS: list[Post] = HANDWRITTEN + COMPOSED
