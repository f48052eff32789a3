"""Evaluation sets for the learned part of the sales-pitch detector. NEVER train or tune on these.

Written before scripts/train_pitch_model.py was first run, in voices and industries that the
training data (pitch_corpus.py, pitch_fresh.py, pitch_train.py) does not use, so the rates on them
estimate how the detector does on posts it has never seen. Each set has 30 blatant pitches, 30
subtle ones and 30 legitimate posts that look like pitches, labelled by the policy in
pitch_corpus.py.

- EVAL_1: agriculture and food, logistics and shipping, energy, hospitality and travel,
  manufacturing, automotive; mostly mid-length posts, a sixth in French/Spanish/German/
  Portuguese/Italian/Dutch.
- EVAL_2: aviation, mining, fashion and luxury, gaming, telecoms, public sector, family offices,
  sport; terse one-liners, long rambling posts, emoji, replies, formal letters, six languages.

The measured numbers are in community/moderation/pitch_model.py's docstring and asserted in
tests/moderation/test_pitch_model.py. If these sets are ever used to change the model, they stop
being evaluation sets: write new ones.
"""

Post = tuple[str, str, str]


def _label(blatant: list[tuple[str, str]], subtle: list[tuple[str, str]], legit) -> list[Post]:
    return (
        [(title, body, "blatant") for title, body in blatant]
        + [(title, body, "subtle") for title, body in subtle]
        + [(title, body, "legit") for title, body in legit]
    )


# --- EVAL_1: agriculture, logistics, energy, hospitality, manufacturing, automotive ---------------

EVAL_1 = _label(
    [
        (
            "Precision irrigation for large growers",
            "AquaSense soil probes cut water use by a third on 18,000 hectares last season. "
            "Growers who sign before harvest pay nothing for the first season. Order your starter "
            "kit at aquasense.farm/order",
        ),
        (
            "Freight rates are back up",
            "Shippers: lock in Q4 container rates with us before the peak surcharge lands. We "
            "quote Shanghai–Rotterdam in 2 hours. Get a quote: freightlane.com/quote",
        ),
        (
            "Solar PPA for manufacturers",
            "We finance, build and run rooftop solar with zero capex. Your power costs drop 20% "
            "from day one. Call our energy desk on +44 20 7946 0321 to see your savings.",
        ),
        (
            "Hotel revenue management",
            "RateWise raised RevPAR 11% across 240 independent hotels. Hoteliers in this group "
            "get the first three months free. Start here → ratewise.io/hotels",
        ),
        (
            "CNC capacity available",
            "Our plant has 5-axis CNC capacity open from October. Tight tolerances, ISO 9001, "
            "pricing from €38 per machine hour. Send drawings to rfq@precitec-parts.de",
        ),
        (
            "Fleet EV transition",
            "Switching your fleet to electric? We handle vehicles, chargers and grants end to "
            "end. Book a fleet assessment this week: calendly.com/voltfleet/assessment",
        ),
        (
            "Cold chain monitoring",
            "Our wireless sensors track every pallet from farm to shelf and alert you before "
            "spoilage. 25% off hardware for the first 50 sites. Reply COLD and we'll ship a "
            "sample.",
        ),
        (
            "Restaurant group procurement",
            "We buy for 900 restaurants and pass the volume discounts to you. Members save 12% "
            "on average on food and packaging. Join free at buyinggroup.co/join",
        ),
        (
            "Warehouse robots, rent don't buy",
            "Robots-as-a-service from $1,200 per robot per month, no lock-in. Live demo at our "
            "Chicago site every Friday, reserve your spot: https://bit.ly/rbx-demo",
        ),
        (
            "Boat charters for your leadership team",
            "Take your executive team sailing in Croatia this September. All-inclusive packages "
            "from €2,900 per person. WhatsApp us on +385 91 555 2233.",
        ),
        (
            "Ag drone spraying",
            "Certified drone spraying for cereals and vineyards. Book before 1 May and get 15% "
            "off. Booking form: https://forms.gle/agrodrone25",
        ),
        (
            "Truck parts",
            "Cheapest OEM truck parts in Europe, next-day delivery. DM me for a quote.",
        ),
        (
            "Energy audit for plants",
            "Factory owners: we'll find 15% energy savings in your plant or the audit is free. "
            "Claim your audit at wattwatch.com/audit",
        ),
        (
            "Webinar: tariffs and your supply chain",
            "Join our trade compliance team next Tuesday for a 45-minute webinar on the new "
            "tariff rules. Register now: tradecomply.com/webinar-tariffs",
        ),
        (
            "Dealer management software",
            "Car dealers: MotorDesk runs sales, service and F&I in one screen. £199 per rooftop "
            "per month. Free trial, no credit card: motordesk.co.uk/trial",
        ),
        (
            "Conference venue in Lisbon",
            "Our riverside venue seats 400 and still has dates in November. Corporate groups get "
            "a free upgrade to the terrace package. Email events@casadorio.pt for a proposal.",
        ),
        (
            "Predictive maintenance",
            "Downtime costs you $260k an hour. Our vibration sensors predict failures 3 weeks out. "
            "Book a 20-minute demo with our engineers: https://savvycal.com/machinemind/demo",
        ),
        (
            "Grain marketing newsletter",
            "Subscribe to my weekly grain market letter: prices, basis and export flows for "
            "serious farm operators. First month free at graindesk.substack.com",
        ),
        (
            "Last-mile delivery",
            "Same-day delivery in 14 cities for D2C brands, from $4.90 a parcel. Onboard in 48 "
            "hours. Get started: dropfast.com/start",
        ),
        (
            "Corporate travel management",
            "We manage travel for 300 mid-size firms and save them 18% on average. Send me your "
            "last 12 months of travel spend and I'll show you the savings for free.",
        ),
        (
            "Logiciel de traçabilité",
            "Notre logiciel assure la traçabilité de vos lots de la ferme à l'usine. Essai "
            "gratuit de 30 jours, inscrivez-vous sur tracagri.fr/essai",
        ),
        (
            "Transporte frigorífico",
            "Ofrecemos transporte frigorífico a toda Europa con tarifas un 15% por debajo del "
            "mercado. Pida su presupuesto hoy: presupuestos@frioexpress.es",
        ),
        (
            "Energieberatung für den Mittelstand",
            "Wir senken Ihre Energiekosten um bis zu 25 %. Vereinbaren Sie jetzt ein kostenloses "
            "Erstgespräch unter energie-kompass.de/termin",
        ),
        (
            "Software para hotelaria",
            "O nosso PMS gere reservas, limpeza e faturação numa só plataforma. Peça já a sua "
            "demonstração gratuita em hotelpro.pt/demo",
        ),
        (
            "Macchinari usati",
            "Vendiamo presse e torni usati revisionati con garanzia di 12 mesi. Chiamateci al "
            "+39 02 5550 1234 per il listino prezzi.",
        ),
        (
            "Zonnepanelen voor bedrijven",
            "Wij leggen zonnepanelen op uw bedrijfsdak zonder investering. Vraag vandaag nog een "
            "gratis offerte aan via zonkracht.nl/offerte",
        ),
        (
            "Packaging that costs less",
            "We redesign secondary packaging for FMCG brands and cut material cost 22%. Our team "
            "has two slots left this quarter. Grab one: https://calendly.com/packsmart/slot",
        ),
        (
            "Hi Tomasz",
            "Hi Tomasz, saw that your plant in Łódź is expanding. We supply industrial "
            "compressors with a 5-year service plan. Could we get 20 minutes next week?",
        ),
        (
            "Spring promo on telematics",
            "Telematics for HGV fleets, now €9 per vehicle per month for new customers. Offer ends "
            "31 March, sign up at trackhaul.eu",
        ),
        (
            "Wine for your corporate gifts",
            "Family vineyard, award-winning reds. Corporate orders over 50 cases get 20% off and "
            "free engraving. Order here: https://domainedeslys.fr/corporate",
        ),
    ],
    [
        (
            "What a drought year taught us about soil",
            "We work with 120 growers on soil moisture, and the ones who kept cover crops lost "
            "half as much yield this summer. If your agronomy team wants the data behind that, "
            "my inbox is always open.",
        ),
        (
            "The real cost of empty miles",
            "Empty backhauls are the silent margin killer in regional trucking. Our network "
            "matches loads for carriers like yours every day, so if you're seeing 30%+ empty "
            "miles I'd be glad to show you what we see in your lanes.",
        ),
        (
            "Why most energy tenders fail",
            "After running 200 energy tenders for manufacturers, the pattern is clear: buyers "
            "fix the price too late. I've put our tender calendar on our website for anyone "
            "planning a 2026 contract.",
        ),
        (
            "Direct bookings vs OTAs",
            "Independent hotels pay 18-25% commission to OTAs. At our consultancy we've moved "
            "clients to 45% direct bookings within a year. Always happy to swap notes with "
            "owners going through it.",
        ),
        (
            "Lean on the shop floor",
            "I've spent 15 years helping plants cut changeover times, most recently a 40% "
            "reduction at a packaging line in Ohio. If anyone here is facing the same "
            "bottleneck, we should talk.",
        ),
        (
            "EV charging for dealerships",
            "Dealerships underestimate how much grid capacity they need for EV prep. We install "
            "chargers for 60 dealer groups, and we now include a load study up front. Let me know "
            "if you'd like me to look at your site.",
        ),
        (
            "Food safety audits are changing",
            "The new BRCGS issue changes what auditors look for in culture and traceability. We "
            "prepare 80 plants a year for it. If you have an audit coming, I can share the "
            "checklist we use with our clients.",
        ),
        (
            "Menu engineering",
            "Most restaurant groups price menus on gut feel. My team rebuilt menus for 35 "
            "groups last year and margins rose 4 points on average. Curious whether anyone here "
            "has tried it; happy to run the numbers on yours.",
        ),
        (
            "Cross-border VAT for shippers",
            "We handle import VAT for e-commerce shippers in 12 EU countries, and the IOSS rules "
            "still trip everyone up. I wrote a short explainer on our site, link in my profile.",
        ),
        (
            "Carbon reporting for suppliers",
            "Big retailers now demand Scope 3 data from suppliers. We've helped 90 food "
            "manufacturers get their numbers ready in under 8 weeks, so if your buyer is asking, "
            "you know where to find me.",
        ),
        (
            "Thoughts on automation ROI",
            "Everyone asks about payback on automation. On the 50 cells we've integrated, "
            "payback averaged 19 months. Our case studies are at cellworks.com/cases if that's "
            "useful to anyone.",
        ),
        (
            "Hospitality staffing",
            "Seasonal staffing is the biggest headache for resort GMs. Our agency placed 2,000 "
            "seasonal workers this summer with a 92% completion rate. Drop me a note if you are "
            "planning for next season.",
        ),
        (
            "Re: how do you handle spare parts inventory?",
            "This is exactly what we solve for plants every day: our software brought one "
            "client's spares stock down by €1.2M. Happy to walk you through how it works.",
        ),
        (
            "Lessons from 10 years of cold storage",
            "I founded a cold storage company in 2014. Lesson one: power contracts matter more "
            "than racking. We now have capacity in Rotterdam and Antwerp, and I'm glad to help "
            "anyone looking for space.",
        ),
        (
            "Ag fintech is finally real",
            "Farm lending used to take 6 weeks. Our platform decides in 48 hours using satellite "
            "yield data. We're onboarding a small number of co-ops this winter, if that's "
            "relevant to anyone here.",
        ),
        (
            "Tyre costs",
            "Fleet managers: tyres are your second largest cost after fuel. We've been running "
            "a retreading programme for 40 fleets and the savings surprised even us. Happy to "
            "share what we've learned one-on-one.",
        ),
        (
            "Kitchen design mistakes",
            "I design commercial kitchens for a living and see the same 3 mistakes in every "
            "new restaurant. If you're opening a site next year, send me your floor plan and "
            "I'll point them out.",
        ),
        (
            "Spot vs contract freight",
            "Interesting thread. For what it's worth, our brokerage moves 3,000 loads a month and "
            "our shippers on index-linked contracts did far better this year. Ping me if you want "
            "to understand how we structure them.",
        ),
        (
            "A new way to finance equipment",
            "We launched a pay-per-use model for industrial machinery this year: customers pay "
            "per part produced. Three early adopters are saving 30% on capex. Would love to "
            "hear from any plant managers who'd like to try it.",
        ),
        (
            "Hotel energy costs",
            "Our group cut hotel energy use 28% with smart HVAC controls, and we now offer the "
            "same system to other hotel owners. Feel free to reach out if you want the details.",
        ),
        (
            "Coopératives agricoles",
            "Depuis dix ans, notre cabinet accompagne les coopératives dans leurs fusions. Si "
            "votre conseil d'administration réfléchit à un rapprochement, je serais ravi d'en "
            "discuter.",
        ),
        (
            "Logística para e-commerce",
            "En nuestra empresa gestionamos la logística de 150 tiendas online y hemos reducido "
            "las devoluciones un 30%. Si alguien está pensando en externalizar, con gusto le "
            "cuento cómo lo hacemos.",
        ),
        (
            "Fertigungsdigitalisierung",
            "Wir haben in den letzten Jahren über 40 Fertigungsbetriebe digitalisiert. Wer vor "
            "dem gleichen Schritt steht, kann sich gerne bei mir melden.",
        ),
        (
            "Agronegócio e exportação",
            "A nossa equipa apoia produtores a exportar para a Ásia há 12 anos. Se estiverem a "
            "pensar nesse mercado, terei todo o gosto em partilhar a nossa experiência.",
        ),
        (
            "Turismo enogastronomico",
            "Organizziamo esperienze enogastronomiche per gruppi aziendali in Toscana. Chi sta "
            "pensando a un incentive per il proprio team può scrivermi in privato.",
        ),
        (
            "Slimme fabrieken",
            "Ons bureau helpt maakbedrijven met predictive maintenance en we zien gemiddeld 20% "
            "minder stilstand. Wie daar meer over wil weten, mag me altijd een bericht sturen.",
        ),
        (
            "Supply chain resilience",
            "Dual sourcing sounds expensive until the first port strike. We map supplier risk "
            "for mid-size manufacturers, and our free risk scorecard template is on our website "
            "for anyone who wants it.",
        ),
        (
            "The hidden cost of slow invoicing in trucking",
            "Carriers wait 45 days to get paid on average. That's why we built our factoring "
            "product: cash in 24 hours. Not a sales pitch, just think more fleets should know "
            "this option exists — drop me a line if you want to learn more.",
        ),
        (
            "Anyone opening in Dubai?",
            "We've opened 6 restaurants in Dubai for international brands and know the "
            "licensing maze well. Glad to be a sounding board for anyone heading there.",
        ),
        (
            "Autonomous tractors",
            "We've been testing autonomous tractors on 4,000 acres with our customers. The data "
            "is promising and we're looking for two more farms for the next phase. Let me know "
            "if you're interested.",
        ),
    ],
    [
        (
            "Which TMS did you pick?",
            "We're replacing our transport management system. Shortlist: Oracle OTM, Blue Yonder "
            "and Alpega. Oracle quoted $180k a year. Anyone gone through this recently?",
        ),
        (
            "Solar PPA prices",
            "We were offered a 10-year solar PPA at €62/MWh with 2% indexation. Does that look "
            "fair for southern Spain? Not sure what benchmark to use.",
        ),
        (
            "Our harvest report is out",
            "Our co-op published its annual harvest report today (public, no sign-up): yields, "
            "prices and water use across 300 farms. Curious whether other regions saw the same "
            "drop in protein content.",
        ),
        (
            "We're hiring a plant manager",
            "My company is hiring a plant manager for our new site in Monterrey. Role details "
            "on our careers page: https://alumex.mx/careers/plant-manager. Referrals welcome.",
        ),
        (
            "Recap: the cold chain summit",
            "Back from the cold chain summit in Rotterdam. Best session was on ammonia vs CO2 "
            "refrigeration; Maersk's talk on reefer data was excellent too. No affiliation, just "
            "worth watching the recordings.",
        ),
        (
            "Hotel PMS comparison",
            "We run 14 hotels and compared Mews, Opera Cloud and Cloudbeds. Mews was the "
            "easiest to roll out, Opera the most complete, Cloudbeds the cheapest at about $8 per "
            "room per month. Happy to share our scoring sheet.",
        ),
        (
            "Lessons from our ERP go-live",
            "We went live on SAP in three plants last spring. What we learned: freeze master "
            "data early, train supervisors first, and never go live in peak season. We got two "
            "of three right.",
        ),
        (
            "Reuters on the Red Sea",
            "https://www.reuters.com/business/shipping-red-sea-2025 — container rates up again. "
            "How are you handling lead times? We've added 3 weeks of buffer stock.",
        ),
        (
            "Recommend an energy broker?",
            "Looking for an independent energy broker for 6 factories in the Midlands. We've "
            "had bad experiences with commission-based ones. Who do you use and would you "
            "recommend them?",
        ),
        (
            "Our fleet went electric, the numbers",
            "We run 80 vans and switched half to electric two years ago. Total cost per mile is "
            "12% lower, but downtime for charging hurt in winter. Happy to answer questions from "
            "anyone weighing it up.",
        ),
        (
            "Negotiating with the big grocers",
            "Suppliers here: how do you handle the annual listing fee negotiation? We were asked "
            "for £40,000 to keep our range, up 30% on last year. Is this normal now?",
        ),
        (
            "Anyone used robotics-as-a-service?",
            "We were quoted $1,500 per robot per month for AMRs in our DC. Compare that to "
            "buying outright at $45k each. Which model worked for you?",
        ),
        (
            "Event: plant managers breakfast",
            "A few of us who run plants in the Midwest meet for breakfast in Columbus on the "
            "first Friday of the month. No sponsors, no pitches, just shop talk. Reply here if "
            "you're in the area.",
        ),
        (
            "Our company's new distribution centre",
            "Proud moment: our company opened its new distribution centre in Venlo this week. "
            "It took 3 years and 2 redesigns. Biggest lesson was planning for labour, not "
            "square metres.",
        ),
        (
            "Price of fertiliser",
            "Urea is at $390 a tonne at the port this week, down 20% since March. Are you "
            "buying forward or waiting? Our board wants a hedging policy.",
        ),
        (
            "Looking for a co-packer",
            "We need a co-packer for a new snack line, around 2 million units a year, "
            "gluten-free certified. Any recommendations, or red flags to watch for in contracts?",
        ),
        (
            "Consultant's post-mortem",
            "I advised on a restaurant chain turnaround that failed last year. Where we went "
            "wrong: we cut staff before fixing the menu, and guest scores collapsed. Sharing "
            "because I see other operators making the same call.",
        ),
        (
            "Useful free tool",
            "The IEA's free energy price tracker (iea.org) is the best public source I've found "
            "for industrial power prices across Europe. No sign-up needed.",
        ),
        (
            "Dealer margins",
            "OEMs are moving to the agency model and our margin per car went from 8% to a fixed "
            "fee of €450. Other dealer principals: how are you replacing that income?",
        ),
        (
            "Hi Ana",
            "Hi Ana, we met at the hospitality forum in Madrid. Your point on staff housing "
            "stuck with me. Coffee next time I'm in Lisbon? Would love to hear how it went.",
        ),
        (
            "Comparatif des assurances récolte",
            "Nous comparons les assurances récolte de trois assureurs pour nos 40 exploitations. "
            "Les primes vont de 28 € à 41 € par hectare. Quelqu'un a-t-il un retour sur les "
            "indemnisations ?",
        ),
        (
            "¿Qué software de flotas usáis?",
            "Gestionamos 200 camiones y estamos evaluando Samsara y Webfleet. Samsara nos ofrece "
            "35 € por vehículo al mes. ¿Alguna experiencia con el soporte en España?",
        ),
        (
            "Erfahrungen mit Wärmepumpen in der Produktion",
            "Wir haben letztes Jahr eine industrielle Wärmepumpe installiert. Die Einsparung "
            "liegt bei 30 %, aber die Investition war doppelt so hoch wie geplant. Hat jemand "
            "ähnliche Erfahrungen?",
        ),
        (
            "Estamos a contratar",
            "A nossa empresa está a contratar um diretor de logística para o Porto. Os detalhes "
            "estão na nossa página de carreiras. Agradeço indicações de quem conheça alguém.",
        ),
        (
            "Fiera di Verona",
            "Sono appena tornato dalla fiera di Verona. Il tema dominante era la carenza di "
            "manodopera nei vigneti. Qualcuno ha provato le vendemmiatrici a noleggio?",
        ),
        (
            "Ervaringen met energiecontracten",
            "Ons bedrijf moet een nieuw energiecontract afsluiten. Vast of variabel? We kregen "
            "een offerte van 14 cent per kWh voor drie jaar. Wat doen jullie?",
        ),
        (
            "Airline loyalty for business travel",
            "We spend about $2M a year on flights. Our agency offers us 8% back through a "
            "corporate deal. Is it better to negotiate directly with the airlines?",
        ),
        (
            "Sold my trucking business",
            "After 22 years I sold my trucking company to a larger carrier last month. If anyone "
            "is thinking about an exit, happy to share what surprised me in due diligence. No "
            "advisers to recommend, I'm not in that business.",
        ),
        (
            "FT: factory automation boom",
            "Good FT piece on how mid-size manufacturers are financing automation: "
            "https://www.ft.com/content/factory-automation. Does anyone lease their robots?",
        ),
        (
            "Our own product recall",
            "Our company had to recall a batch of yoghurt last month. The hardest part was "
            "reaching retailers on a Sunday. What do your recall plans look like?",
        ),
    ],
)


# --- EVAL_2: aviation, mining, fashion, gaming, telecoms, public sector, family offices, sport ----

EVAL_2 = _label(
    [
        (
            "Jet card",
            "Private jet card, 25 hours from $165k. Fixed rates, no blackout days. DM me.",
        ),
        (
            "Aircraft leasing",
            "We have two A320neos available for 8-year dry lease from Q2. Competitive rates for "
            "operators with good credit. Contact our leasing desk: leasing@skylessor.ie",
        ),
        (
            "Mining software 🚀",
            "🚀 OreTrack is LIVE! Real-time grade control for open-pit mines. First 10 sites get "
            "40% off year one 👉 oretrack.io/launch",
        ),
        (
            "Luxury resale",
            "We buy back luxury inventory from brands discreetly, cash within 7 days. Request a "
            "valuation at https://maisonrelay.com/valuation",
        ),
        (
            "Game studio outsourcing",
            "Our 300-artist studio in Kraków delivers AAA-quality art at 40% lower cost. Now "
            "taking projects for 2026. Book a call with our producers: calendly.com/artforge/call",
        ),
        (
            "Fibre for business parks",
            "Gigabit fibre for your business park from £95 a month per unit, installed in 30 "
            "days. Check availability here: fibreon.co.uk/check",
        ),
        (
            "Public sector procurement made easy",
            "Council leaders: our framework lets you buy digital services without a tender, "
            "compliant and fast. Download the buyer's guide: govbuy.uk/guide-download",
        ),
        (
            "Family office reporting",
            "Consolidated reporting across banks, PE funds and real estate for family offices. "
            "Pricing from $2,000 a month. Schedule your walkthrough today at wealthlens.com/demo",
        ),
        (
            "Corporate hospitality at the final",
            "Corporate boxes still available for the cup final. 12 seats, champagne, "
            "meet-and-greet with legends. From £8,500. Enquire now: hospitality@clubvip.co.uk",
        ),
        (
            "RE: satellite connectivity for remote sites",
            "We provide LEO satellite links for remote mines and rigs with 99.9% uptime. Special "
            "offer for this forum: installation free until June. Call +61 8 5550 1177.",
        ),
        (
            "Sustainable fabrics",
            "Fashion CEOs: switch to our recycled nylon and cut your Scope 3 by 30%. Minimum "
            "order just 500 metres. Samples at textileloop.com/samples — order by Friday for "
            "free shipping.",
        ),
        (
            "esports sponsorship",
            "Get your brand in front of 4M gamers. Our esports team has sponsorship packages "
            "from €15k per season. Deck on request, just comment DECK.",
        ),
        (
            "Drone inspections",
            "Drone inspections for towers, pipelines and mine sites, 60% cheaper than rope "
            "access. Quote in 24h: https://skyinspect.com/get-quote",
        ),
        (
            "Join our masterclass",
            "I'm hosting a 3-day masterclass for family office principals on direct investing. "
            "Only 15 seats, $4,900 each. Apply here: https://forms.gle/fomaster",
        ),
        (
            "Telecom expense management",
            "Companies overpay on mobile contracts by 27%. We audit your bills for free and only "
            "get paid from the savings. Send us your last invoice at audit@telcosave.com",
        ),
        (
            "Athlete mindset coaching for execs",
            "Former Olympic coach now working with CEOs. My 12-week programme builds the "
            "resilience of an elite athlete. Enrol now, next cohort starts 1 May: "
            "peakmind.coach/enrol",
        ),
        (
            "Airport lounge access for your team",
            "Give your travelling executives lounge access in 1,300 airports. Corporate plans "
            "start at $39 per traveller per month. Sign up today at loungepass.biz",
        ),
        (
            "Hi Priya, quick one",
            "Hi Priya — congrats on the new telco role. We help operators cut churn with AI "
            "retention offers; Vodafone saw -18%. Do you have 15 mins Thursday for a quick demo?",
        ),
        (
            "Gold bullion for treasuries",
            "Diversify your corporate treasury with allocated gold stored in Zurich. No storage "
            "fees for the first year. Speak with a specialist: 0800 555 0188.",
        ),
        (
            "Smart city platform",
            "CityOS connects parking, lighting and waste in one platform used by 45 cities. "
            "Mayors and CIOs, watch the 5-minute demo and request a pilot at cityos.io/pilot",
        ),
        (
            "Formation en leadership",
            "Notre programme de leadership pour dirigeants démarre en septembre. Places "
            "limitées, tarif préférentiel avant le 30 juin. Inscription : "
            "leadersplus.fr/inscription",
        ),
        (
            "Consultoría minera",
            "Somos especialistas en permisos ambientales para proyectos mineros en Chile y Perú. "
            "Agende una reunión sin costo con nuestro equipo: mineconsult.cl/agenda",
        ),
        (
            "Flugzeug-Charter",
            "Geschäftsreisen per Privatjet ab 3.900 € pro Stunde. Jetzt unverbindlich anfragen "
            "unter charter@jetklasse.de oder +49 89 5550 2211.",
        ),
        (
            "Telecomunicações empresariais",
            "Poupe até 35% na fatura de telecomunicações da sua empresa. Pedido de proposta "
            "gratuita em telepoupa.pt/proposta",
        ),
        (
            "Moda sostenibile",
            "Il nostro laboratorio produce capi in cotone biologico per brand di moda. Ordine "
            "minimo 200 pezzi, sconto del 10% sul primo ordine. Scriveteci a info@tessilverde.it",
        ),
        (
            "Overheidsaanbestedingen",
            "Wij schrijven winnende aanbestedingen voor IT-bedrijven. Succesratio 68%. Plan een "
            "kennismakingsgesprek via calendly.com/tenderwin/kennismaking",
        ),
        (
            "Pitch deck review",
            "I've reviewed 2,000+ decks as a VC. I'll tear yours apart and rebuild it in 72 "
            "hours. $1,500 flat. Payment link: https://buy.stripe.com/deckfix",
        ),
        (
            "Sports data for sponsors",
            "Measure what your sponsorships really return. Our platform tracks logo exposure "
            "across 40 leagues. 14-day free trial for brand directors: sponsoriq.com/trial",
        ),
        ("Security guards", "Licensed guards for your mine site from $29/hour. Call us today."),
        (
            "Invite: our wealth summit",
            "You're invited to our private wealth summit in Monaco on 5 October, hosted by our "
            "family office advisory. Complimentary for principals. RSVP at "
            "https://eventbrite.com/e/monaco-wealth",
        ),
    ],
    [
        (
            "MRO costs keep rising",
            "Heavy maintenance checks now run 30% over budget for most regional airlines. We "
            "manage MRO contracts for 11 operators and have brought overruns under 5%. If that's "
            "a conversation worth having, you can reach me here.",
        ),
        (
            "What mine closures really cost",
            "Closure liabilities are almost always underestimated. Our firm has prepared closure "
            "plans for 60 sites on four continents. Happy to give any CFO here a second opinion "
            "on their provision.",
        ),
        (
            "Why luxury brands lose control of pricing",
            "Grey market leakage costs luxury houses 10-15% of revenue. We track it for 20 "
            "maisons and the patterns are fascinating. Drop me a message and I'll show you what "
            "we see for your brand.",
        ),
        (
            "Live ops lessons",
            "Running live ops for 40 mobile titles has taught my studio a lot about retention. "
            "Day-30 retention is all about the first 10 minutes. If your studio is struggling "
            "with it, my DMs are open.",
        ),
        (
            "5G private networks are ready",
            "We've deployed private 5G in 25 ports and factories this year, and the ROI is "
            "finally there. I'm putting together a small group of operators to see a live site "
            "next month; let me know if you'd like to join.",
        ),
        (
            "Digital services in local government",
            "Councils that moved to our case management platform cut processing times by half. "
            "I'd love to hear how other councils are approaching this, and I'm happy to share "
            "our results with anyone interested.",
        ),
        (
            "Succession in family offices",
            "Most family offices have no plan for the next generation. I've facilitated 30 "
            "family governance retreats and the conversations are always the same. Glad to have "
            "a quiet word with anyone facing this.",
        ),
        (
            "Sponsorship ROI",
            "Brands waste half their sports sponsorship budget on visibility no one measures. "
            "My agency fixed this for 15 brands last season — link to our approach in my bio.",
        ),
        (
            "Re: pilot shortage",
            "We train 400 pilots a year at our academy and can place cadets with partner "
            "airlines within 18 months. If your airline is short on first officers, let's compare "
            "notes.",
        ),
        (
            "ESG in mining",
            "Investors now score mines on water stewardship. We've built a water risk model "
            "used by 12 miners. I wrote up our methodology on our blog (in my profile) for "
            "anyone who wants it.",
        ),
        (
            "Fashion returns are a climate problem",
            "Returns account for 30% of fashion e-commerce emissions. Our AI sizing tool cut "
            "returns by a quarter for three brands this year. Would be great to find a time to "
            "show anyone here the results.",
        ),
        (
            "Thoughts on console ports",
            "Porting to Switch is harder than it looks. My team has shipped 28 ports, so we've "
            "seen most of the traps. If you're considering a port next year, I'd be glad to help.",
        ),
        (
            "Roaming costs for field teams",
            "Field teams abroad rack up huge roaming bills. We've switched 70 companies to eSIM "
            "data plans and cut costs by 60%. Feel free to ping me if that sounds familiar.",
        ),
        (
            "Citizen engagement",
            "We ran participatory budgeting for 8 cities with our platform and turnout tripled. "
            "If your city is thinking about it, I'm around to talk it through.",
        ),
        (
            "Direct deals vs funds",
            "Family offices keep asking me whether to go direct. My firm has sourced 40 direct "
            "deals for principals and the answer depends on team depth. Reach out if you want a "
            "sounding board on your first deal.",
        ),
        (
            "A thought on stadium revenue",
            "Stadiums make most of their money on non-match days. We've turned four stadiums "
            "into year-round venues. Our latest case study is on our site if anyone's curious.",
        ),
        (
            "Airline ancillaries",
            "We power ancillary sales for 9 airlines and the best ones now make $25 per "
            "passenger. I'm always keen to talk with commercial directors who want to push that "
            "number.",
        ),
        (
            "Lessons from 20 mining IPOs",
            "I've led 20 mining IPOs in Toronto and London. The ones that did well had three "
            "things in common. If you're eyeing a listing, send me a message and I'll share "
            "them.",
        ),
        (
            "Spectrum auctions",
            "With the next spectrum auction in 2026, operators should start modelling now. "
            "Our team has advised on 14 auctions; happy to walk anyone through our bidding "
            "framework.",
        ),
        (
            "Re: anyone used a ghostwriter?",
            "I ghostwrite for 12 CEOs in tech and fashion, so I'm biased, but it works when the "
            "CEO records voice notes weekly. If you want to see a sample, I can send you one.",
        ),
        (
            "Conformité aéronautique",
            "Notre cabinet accompagne les compagnies aériennes sur la conformité EASA depuis 15 "
            "ans. Si vous préparez un audit, n'hésitez pas à me contacter en privé.",
        ),
        (
            "Gobierno digital",
            "Hemos digitalizado los trámites de 30 ayuntamientos en España. Si su ayuntamiento "
            "está en ese proceso, estaré encantado de compartir lo que funciona.",
        ),
        (
            "Nachfolge im Family Office",
            "Als Berater begleite ich seit Jahren Familienunternehmen bei der Nachfolge. Wer "
            "gerade vor dieser Frage steht: Ich biete gern ein vertrauliches Gespräch an.",
        ),
        (
            "Mineração e comunidades",
            "A nossa consultoria já mediou acordos entre mineradoras e comunidades em 10 "
            "projetos. Quem estiver a enfrentar esse desafio pode falar comigo.",
        ),
        (
            "Calcio e sponsor",
            "Da vent'anni aiutiamo i marchi a scegliere le sponsorizzazioni sportive giuste. Se "
            "state valutando un investimento nel calcio, sono disponibile per un confronto.",
        ),
        (
            "Telecom in Nederland",
            "Wij adviseren zakelijke klanten over hun telecomcontracten en besparen gemiddeld "
            "30%. Benieuwd wat dat voor jullie betekent? Stuur me gerust een berichtje.",
        ),
        (
            "Pricing power in fashion",
            "The brands holding price this year all cut SKUs by 30%+. We help mid-market brands "
            "do the SKU rationalisation; our playbook is free on our site for anyone here.",
        ),
        (
            "Fleet insurance for airlines",
            "Hull war risk premiums doubled this year. As a specialist aviation broker we "
            "negotiated 20% reductions for several carriers. If your renewal is coming up, "
            "worth a confidential conversation.",
        ),
        (
            "Gamification at work",
            "We bring game design into corporate training and completion rates jump from 20% to "
            "85%. If anyone is rethinking their L&D, I'd love to explore it with you.",
        ),
        (
            "Rural broadband",
            "Our company builds fibre in rural areas with community co-investment and we're "
            "looking for two more councils to partner with this year. Message me if your "
            "region might be a fit.",
        ),
    ],
    [
        ("Jet card vs fractional?", "Has anyone done the maths on jet card vs fractional share?"),
        (
            "Aircraft lease rates",
            "We've been quoted $340k a month for an A321neo dry lease, 10 years. Lessors say "
            "the market is tight. Is that in line with what others are seeing?",
        ),
        (
            "Mining software comparison",
            "We tested Deswik, Datamine and Micromine for mine planning. Deswik was strongest "
            "for underground, Datamine for geology. Licences were $20-30k per seat. No "
            "affiliation, just sharing our notes.",
        ),
        (
            "Our sustainability report",
            "Our group published its first audited sustainability report this week (link on our "
            "investor relations page). The hardest part was supplier data. How did others get "
            "suppliers to report?",
        ),
        (
            "We're hiring a CTO for our studio",
            "Our game studio is hiring a CTO in Montréal. Posting: "
            "https://northlightgames.com/jobs/cto. If you know someone great, please send them "
            "our way.",
        ),
        (
            "5G for ports, anyone?",
            "We are evaluating private 5G for our container terminal. Ericsson and Nokia both "
            "pitched, each around €2M. Did anyone get real productivity gains?",
        ),
        (
            "Recap: the public sector CIO summit",
            "Notes from the summit: cloud-first policies are being rewritten, and three "
            "councils presented on shared services. Slides are on the organiser's site. My "
            "favourite session was on legacy mainframes.",
        ),
        (
            "Family office software",
            "Which platform do you use for consolidated reporting? Addepar quoted us about "
            "$60k a year. Masttro and Eton look cheaper. Any experiences?",
        ),
        (
            "Tickets for the final",
            "I have two spare tickets for the final that I can't use because of a board meeting. "
            "Face value to any member who wants them. Message me.",
        ),
        (
            "FT on the fashion slowdown",
            "Sobering FT piece on luxury demand in China: https://www.ft.com/content/luxury-china. "
            "Are other brands cutting production plans for next year?",
        ),
        (
            "Sponsorship deal terms",
            "We're renewing a football shirt sponsorship. The club wants €4M a year with a "
            "10% uplift. What performance clauses have you negotiated?",
        ),
        (
            "Lessons from our failed game launch",
            "We launched a mobile game last year that flopped. Lessons: we soft-launched too "
            "late, over-invested in art, and ignored early retention data. Sharing so others "
            "don't repeat it.",
        ),
        (
            "Recommend a telecom auditor?",
            "We have 3,000 mobile lines and suspect we're overpaying. Can anyone recommend a "
            "telecom expense auditor they've actually used? Success-fee models welcome.",
        ),
        (
            "The consultant who told us the truth",
            "Ten years as a mining consultant taught me that most feasibility studies are too "
            "optimistic on grade. We learned to discount the first three years by default. "
            "Curious if others do the same.",
        ),
        (
            "Question for airline CFOs",
            "How do you hedge jet fuel now? We hedge 60% 12 months out but our board is "
            "nervous. Any rules of thumb?",
        ),
        (
            "Our company's new stadium",
            "After 8 years of planning, our club's new stadium opened this weekend. 42,000 "
            "seats, fully electric. Proudest day of my career, and a reminder of how long "
            "public approvals take.",
        ),
        (
            "Executive coaching, worth it?",
            "Our board suggested I work with an executive coach. The ones I spoke to charge "
            "$800 to $1,500 a session. Did it make a real difference for you?",
        ),
        (
            "Free public data on mine water",
            "The Global Tailings Portal (tailing.grida.no) is free and surprisingly useful for "
            "benchmarking. Not affiliated, found it through a regulator.",
        ),
        (
            "Re: best corporate travel agency?",
            "We use Amex GBT and CWT in different regions. Amex was better at duty of care, CWT "
            "cheaper by about 10%. Neither paid me to say this.",
        ),
        (
            "Hi Marco",
            "Hi Marco, great meeting you at the Milan fashion week dinner. Let's grab a coffee "
            "when I'm back in Milan in May; I want to hear how the factory move went.",
        ),
        (
            "Choix d'un fournisseur télécom",
            "Nous hésitons entre Orange Business et SFR pour nos 40 sites. Orange est 15 % plus "
            "cher mais le support semble meilleur. Vos retours ?",
        ),
        (
            "Licitaciones públicas",
            "Nuestra empresa se presenta por primera vez a una licitación pública europea. "
            "¿Algún consejo práctico sobre la documentación? No buscamos consultores, solo "
            "experiencias.",
        ),
        (
            "Wir suchen einen CFO",
            "Unser Familienunternehmen sucht einen CFO mit Erfahrung im Bergbau. Die "
            "Stellenanzeige steht auf unserer Karriereseite. Empfehlungen sind willkommen.",
        ),
        (
            "Preço de voos executivos",
            "Estamos a comparar empresas de táxi aéreo em Portugal. Pediram-nos 4.500 € por "
            "hora. Alguém tem referências de preços mais baixos?",
        ),
        (
            "Resoconto del salone",
            "Appena rientrato dal salone della moda di Firenze. Molti brand puntano sul "
            "noleggio di abiti. Qualcuno ha dati su quanto rende davvero?",
        ),
        (
            "Onze ervaring met glasvezel",
            "Ons bedrijf is vorig jaar overgestapt op glasvezel van KPN. De prijs was 20% hoger "
            "dan Ziggo, maar de storingen zijn verdwenen. Wat zijn jullie ervaringen?",
        ),
        (
            "Esports budget",
            "Our marketing team wants to put €500k into esports. I'm sceptical. Has anyone "
            "measured real brand lift from it?",
        ),
        (
            "Reading list for new board members",
            "New board members keep asking me what to read. My list: Bob Garratt, the NACD "
            "handbook, and the FRC's governance code (frc.org.uk). What would you add?",
        ),
        (
            "Mining conference in Cape Town",
            "Anyone going to Mining Indaba in February? I'll be there with our COO; it would be "
            "good to meet other members for a drink. Not exhibiting, just attending.",
        ),
        (
            "Disclosure: my firm was acquired",
            "Some of you know my aviation consultancy. It was acquired by a larger group last "
            "week, so I'll be stepping back. Thank you to the members who gave advice on the "
            "sale process.",
        ),
    ],
)

EVAL_SETS: dict[str, list[Post]] = {"EVAL_1": EVAL_1, "EVAL_2": EVAL_2}
