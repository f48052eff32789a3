"""Labelled posts for the sales-pitch detector.

Labels follow the policy in design.md, not the detector's output:
- "blatant": an open sales pitch (a call to action, a booking or lead-capture link, prices or
  discounts for one's own product, registration for one's own webinar, business contact details).
- "subtle": self-promotion dressed as sharing: the post is there to generate leads, but the ask is
  soft ("my door is open", "DM me and I'll show you how we did it", a link to one's own site).
- "legit": posts that look like pitches but are allowed: vendor comparisons, pricing questions, news
  and public reports, lessons without a call to action, requests for recommendations, neutral
  mentions of one's own company, personal contact requests.

Hiring: announcing an open role on one's own team is allowed (it sells nothing to members); a
recruiting or search firm offering its placement services is a pitch.

Generalisation checks, in the order they were written:
- FRESH_CORPUS (40) after the detector was tuned on CORPUS. Measured once untouched (blatant 7/10,
  subtle 2/12, legit 0/18 held); its misses then guided a broadening of the wording the rules
  accept, so it is no longer unseen.
- HOLDOUT_CORPUS (30) after that. Measured once untouched (blatant 4/8, subtle 6/10, legit 0/12
  held); a few structural signals followed (a weak price signal, any company link, "reserve yours"),
  so it too is now only a regression check. Write a new set before trusting new numbers.
- pitch_fresh.py: five more sets of 60 (A-E) written for the structural rework, in different voices
  and six languages; which were tuned on and which were held out is in that file's docstring.
"""

BLATANT: list[tuple[str, str]] = [
    (
        "Cut your cloud bill by 40% in 30 days",
        "Most CFOs I talk to overpay for AWS by a third. Our platform finds the waste "
        "automatically and fixes it without engineering time.\n\n"
        "Book a demo here: https://calendly.com/cloudtrim-sales/30min",
    ),
    (
        "Free trial for forum members",
        "We just launched CloseFast, the month-end close tool built by ex-Big Four controllers. "
        "Members of this forum get a 60-day free trial and 25% off the first year. "
        "Sign up at https://closefast.io/forum",
    ),
    (
        "Struggling with board reporting?",
        "Our agency helps CEOs turn messy KPIs into board decks directors actually read. "
        "DM me and I'll send over our pricing.",
    ),
    (
        "Webinar: AI for the CFO office",
        "Register for our webinar next Thursday at 11am ET where our team will demo how "
        "FinPilot automates variance commentary. Seats are limited!\n\n"
        "[Save your seat](https://finpilot.ai/webinar-cfo?utm_source=forum)",
    ),
    (
        "Download our 2025 CHRO playbook",
        "We surveyed 400 HR leaders about retention. Download our free whitepaper to get the "
        "full findings: https://peopleiq.com/chro-playbook-download",
    ),
    (
        "Let's connect",
        "Hi all, I'm the founder of Northwind Advisory. We help companies like yours scale "
        "revenue operations without adding headcount. Let's connect to discuss how we can help "
        "your team hit its number this year.",
    ),
    (
        "Pricing: $499/month, unlimited seats",
        "Tired of per-seat pricing? BoardSync is $499/month flat for unlimited directors, with "
        "secure voting and minutes built in. Try it free for 14 days at boardsync.com.",
    ),
    (
        "Hi Maria",
        "Hi Maria, I saw you run supply chain at a mid-size manufacturer. I'd love 15 minutes "
        "to show you how our platform cut inventory carrying costs by 22% for similar firms. "
        "Here's my calendar: https://calendly.com/jeff-supplyiq",
    ),
    (
        "Reach out for a free assessment",
        "Cyber insurance renewals are brutal this year. Our firm offers a free 2-hour security "
        "assessment for executives in this group. Reach me at dan.roberts@shieldpoint.com or "
        "+1 (415) 555-0142.",
    ),
    (
        "Subscribe to my newsletter",
        "Every Sunday I send 1,000 words on leadership, capital allocation and culture to 30k "
        "operators. Subscribe to my newsletter here: https://thecapitalcoo.substack.com",
    ),
    (
        "Exclusive offer for executives",
        "Executive coaching packages now 30% off through the end of the month. Limited spots. "
        "Book your discovery call: https://savvycal.com/leadwell/discovery",
    ),
    (
        "Tired of bad hires?",
        "We are a retained search firm placing VPs and C-suite in SaaS. Our fee is 25% of "
        "first-year comp and we guarantee placements for 12 months. Message me to get started.",
    ),
    (
        "New: procurement automation",
        "We built ProcureLoop to eliminate maverick spend. Customers see ROI in 90 days.\n"
        "- Demo: https://procureloop.com/demo\n- Pricing: https://procureloop.com/pricing\n"
        "- Case studies: https://procureloop.com/customers",
    ),
    (
        "Grab a slot on my calendar",
        "If you're a CTO dealing with legacy mainframe code, grab a slot on my calendar and I'll "
        "show you how our migration accelerator works: https://meetings.hubspot.com/raj-legacyshift",
    ),
    (
        "Our conference is back",
        "The Revenue Leaders Summit returns to Austin on May 14-15! Use code FORUM20 for 20% off "
        "your ticket. Get your pass at https://revleaderssummit.com/tickets",
    ),
    (
        "DM me for details",
        "We're onboarding 5 new clients this quarter for our fractional CFO service. "
        "Packages start at $4,500/month. DM me for details.",
    ),
    (
        "Link in bio",
        "Just dropped our new guide: 12 pricing mistakes that kill SaaS margins. Link in bio. "
        "Comment GUIDE and I'll send it to you.",
    ),
    (
        "Book a call",
        "Is your ERP implementation late and over budget? Ours never are. Book a call with our "
        "implementation lead: https://chilipiper.com/book/erp-rescue",
    ),
    (
        "Special rate for members",
        "We run offsites for leadership teams in Napa and the Alps. Members of this community "
        "get a special rate: 15% off any 2025 booking. Contact events@summitretreats.co or "
        "call 212-555-0199.",
    ),
    (
        "Limited time: pay-as-you-go legal",
        "Our legal subscription gives GCs on-demand access to specialist counsel for $2,000 per "
        "month. Sign up today and get your first month free: https://bit.ly/legalsub-free",
    ),
    (
        "Stop losing deals to procurement",
        "Our sales enablement platform helps enterprise reps get through procurement 2x faster. "
        "Request a demo at https://dealpath.io/request-demo — I'll personally walk you through it.",
    ),
    (
        "Quick intro",
        "Hi Tom, quick intro: I lead partnerships at DataWeave. We help CFOs like you consolidate "
        "reporting across 20+ entities. Would you be open to a 20-minute call next week? "
        "Book here: https://cal.com/dataweave/intro",
    ),
    (
        "Fill out this quick form",
        "We're giving away a free compensation benchmark for exec teams. Fill out this quick form "
        "and we'll send your custom report: https://form.typeform.com/to/Xa81bQ",
    ),
    (
        "Agence de conseil - prenez rendez-vous",
        "Notre cabinet accompagne les directions financières dans leur transformation digitale. "
        "Prenez rendez-vous avec un de nos associés : https://calendly.com/cabinet-finvia",
    ),
    (
        "Consultoría para CEOs",
        "Nuestra empresa ayuda a directores generales a reducir costes operativos un 30%. "
        "Solicita una demo gratuita hoy: https://opticostes.es/demo",
    ),
    (
        "Jetzt Termin buchen",
        "Unsere Plattform hilft Finanzvorständen, den Monatsabschluss um 5 Tage zu verkürzen. "
        "Jetzt kostenlose Demo buchen: https://abschlussprofi.de/demo",
    ),
    (
        "The only OKR tool you'll need",
        "After 10 years as a COO I built the OKR tool I always wanted. It's $12/user/month and "
        "integrates with Slack, Jira and Salesforce. Start your free trial: https://okrwise.com",
    ),
    (
        "Looking for 3 beta customers",
        "We're looking for 3 mid-market CFOs to join our paid pilot at a 50% discount. Spots "
        "are going fast. Email me at priya@ledgerlight.ai to claim yours.",
    ),
    (
        "Podcast sponsorship opportunity",
        "My podcast reaches 40k senior executives a month. Sponsorship packages start at "
        "$3,000 per episode. Drop me a line at ads@cfoconfidential.fm",
    ),
    (
        "Your data center costs are too high",
        "We migrate on-prem workloads to colocation for 35% less than hyperscaler pricing. "
        "Call us today on 0800 555 0123 or visit https://colomove.co.uk/quote for a free quote.",
    ),
    (
        "Masterclass: negotiating your exec package",
        "I'm running a 3-week masterclass on negotiating executive compensation. Early-bird price "
        "is $997 (regular $1,497). Enroll now at https://execcomp-masterclass.com",
    ),
    (
        "Connect with me",
        "I'm a sales trainer working with enterprise teams. Let's hop on a call to discuss how "
        "I can double your team's win rate. https://calendly.com/winrate-coach",
    ),
    (
        "Hi Sarah - quick question",
        "Hi Sarah, I noticed your company is growing fast. We help companies like yours automate "
        "payroll across 40 countries. Are you free Thursday for a quick demo?",
    ),
    (
        "Get the ebook",
        "Our team wrote the definitive ebook on zero-based budgeting. Get your free copy here "
        "(no credit card needed): https://zbbpro.com/ebook?ref=execforum",
    ),
    (
        "Free audit",
        "We're offering a free SOC 2 readiness audit to the first 10 members who reply. After "
        "that it's $3,500. Book your slot: https://calendly.com/auditready/soc2",
    ),
    (
        "Boost your employer brand",
        "Our employer branding agency has helped 200+ companies cut cost-per-hire. Let's schedule "
        "a call to see if we're a fit. Contact: mark@brandhire.com | +44 20 7946 0958",
    ),
    (
        "Join our exclusive roundtable (sponsored)",
        "Our company is hosting a private dinner for CROs in New York on June 3, where we'll "
        "present our new forecasting platform. Register here: https://forecastly.com/events/nyc-dinner",
    ),
    (
        "AI sales agents that book meetings for you",
        "Our AI SDRs book 30+ qualified meetings per month. Plans from $1,200/mo. "
        "See it in action: https://bit.ly/ai-sdr-demo\n\nP.S. First month free for this group.",
    ),
    (
        "Executive health program",
        "Busy executives neglect their health. Our concierge medicine program includes a full "
        "annual exam, 24/7 physician access and nutrition coaching for $8,000/year. "
        "Call (646) 555-0177 to enroll.",
    ),
    (
        "We're hiring... clients",
        "Our M&A advisory boutique has capacity for two more sell-side mandates this year. If you "
        "are thinking about selling your business, let's talk. Schedule a confidential call: "
        "https://meetings.hubspot.com/bankerjoe",
    ),
    (
        "Hey - check this out",
        "Hey everyone, we just launched on Product Hunt! Please check out TeamPulse and upvote if "
        "you like it: https://www.producthunt.com/posts/teampulse. Use code HUNT50 for 50% off.",
    ),
    (
        "Reduce churn with our CS platform",
        "Customer success leaders: our platform predicts churn 90 days out. Book a demo and get a "
        "$100 Amazon gift card: https://churnguard.io/demo",
    ),
    (
        "Sign up for the waitlist",
        "We're building the Bloomberg terminal for private company data. Sign up for early access "
        "and lock in founder pricing of $199/month: https://privdata.ai/waitlist",
    ),
    (
        "Interested?",
        "I run a lead generation agency for B2B SaaS. We guarantee 20 qualified appointments per "
        "month or you don't pay. Interested? Reply YES and I'll send details.",
    ),
    (
        "Our new report is out",
        "Our firm's State of Treasury 2025 report is out! Download it for free at "
        "https://treasuryco.com/report and book a 30-minute briefing with our authors.",
    ),
    (
        "Looking for a CFO? I'm available",
        "Experienced fractional CFO available for SaaS companies between $5M and $50M ARR. "
        "Rates start at $250/hour. Email me: chris@fractionalfinance.co, phone +1 312 555 0198.",
    ),
    (
        "Leadership retreat - 3 spots left",
        "3 spots left for our leadership intensive in Tulum, October 8-12. Price: $6,500 "
        "all-inclusive. Apply now: https://leadershipintensive.com/apply",
    ),
    (
        "Hi Ahmed",
        "Hi Ahmed! Great to be connected. I help CTOs reduce Kubernetes costs through our managed "
        "platform. Would love to set up a call to learn about your infrastructure and see if we "
        "can help. What does your calendar look like next week?",
    ),
    (
        "Transform your sales org",
        "Our consultancy transforms underperforming sales orgs in 90 days. Guaranteed. "
        "Click here to book your free strategy session: https://tidycal.com/salesfix/strategy",
    ),
    (
        "Demo day",
        "We're demoing our new spend analytics product live next week. Register for our webinar: "
        "https://spendview.com/live. Everyone who attends gets 3 months free.",
    ),
    (
        "How to 10x your LinkedIn presence as an exec",
        "I've ghostwritten for 50+ CEOs. My done-for-you LinkedIn package is $3k/month and "
        "includes 12 posts. DM me 'GHOST' to get started.",
    ),
    (
        "Treasury yields: park your cash with us",
        "Corporate cash earning nothing? Our treasury management account pays 4.8% APY with "
        "same-day liquidity. Open an account in 10 minutes: https://cashyield.com/open. "
        "Questions? Call 1-800-555-0110.",
    ),
    (
        "Team building that actually works",
        "We've run 1,200 team building events for companies like Google and Nike. "
        "Get a quote today at https://teamquest.events/quote or email hello@teamquest.events",
    ),
    (
        "Board search services",
        "Our board search practice places independent directors at PE-backed and public "
        "companies. Contact us to discuss your board needs — schedule a call with a partner at "
        "https://calendly.com/boardbench/partner",
    ),
    (
        "Special launch price",
        "Launching ExecAssist today: an AI chief-of-staff that drafts your board memos. "
        "Special launch price: $29/month (normally $79). Get it at execassist.ai/launch",
    ),
    (
        "Are you leaving money on the table on R&D tax credits?",
        "Most companies claim less than half of what they're owed. We work on contingency — "
        "no fee unless we find savings. Get your free eligibility check: https://rdcredit.pro/check",
    ),
    (
        "Free consultation",
        "Our firm specialises in cross-border tax structuring for founders. Book a free "
        "consultation with a partner this week: https://zcal.co/taxbridge",
    ),
    (
        "Hola a todos",
        "Hola, soy fundador de VentasPro. Ayudamos a empresas como la suya a duplicar sus ventas. "
        "Agenda una llamada conmigo: https://calendly.com/ventaspro/30min",
    ),
    (
        "Offre spéciale membres",
        "Profitez de 20 % de réduction sur notre logiciel de gestion de trésorerie. "
        "Contactez-nous pour une démo gratuite : contact@tresorix.fr",
    ),
    (
        "Kostenloses Erstgespräch",
        "Wir unterstützen Geschäftsführer bei der Nachfolgeplanung. Vereinbaren Sie ein "
        "kostenloses Erstgespräch: https://nachfolge-partner.de/termin oder rufen Sie uns an: "
        "+49 89 5550 1234",
    ),
    (
        "Newsletter for CROs",
        "If you're a revenue leader, you should be reading The Quota. 25k CROs subscribe. "
        "Join them free: https://thequota.beehiiv.com/subscribe",
    ),
    (
        "Get certified",
        "Our Certified Board Director program is now open for the fall cohort. Tuition $4,900, "
        "10% off if you enroll before August 1. Learn more and apply: https://boardacademy.org/apply",
    ),
    (
        "Vendor risk in one click",
        "Third-party risk reviews take weeks. With VendorShield they take one click. See why "
        "300 CISOs trust us — start your free trial today: https://vendorshield.com/trial",
    ),
    (
        "Quick call?",
        "Hello, I'm reaching out because our ESG reporting software is helping companies like "
        "yours comply with CSRD. Could we book a quick call? My direct line is +1 617 555 0144.",
    ),
    (
        "Black Friday deal for executives",
        "Black Friday: our executive assistant service is 40% off for the first 3 months. "
        "Offer ends Monday. Claim it here: https://bit.ly/ea-bf-deal",
    ),
    (
        "Speaking engagements",
        "I'm a keynote speaker on resilience and high-performance leadership. Book me for your "
        "next leadership offsite or sales kickoff — fees and availability at "
        "https://janedoe-speaks.com/booking",
    ),
    (
        "Partner with us",
        "We're looking for channel partners! Resell our cybersecurity platform and earn 30% "
        "recurring commission. Apply at https://secureedge.io/partners or DM me.",
    ),
    (
        "Comp consulting",
        "Let's connect! I help boards design executive compensation plans that retain talent "
        "without shareholder blowback. Message me to schedule a complimentary review of your plan.",
    ),
    (
        "Demo",
        "https://calendly.com/salesbot-demo/15min\nhttps://calendly.com/salesbot-demo/15min\n"
        "Book a demo of SalesBot today!",
    ),
    (
        "Hi there",
        "Hi, I'm with Apex Staffing. We provide pre-vetted offshore engineers at $35/hour. Could "
        "I send you some profiles? Reach me at sam@apexstaffing.com",
    ),
    (
        "Contract management made simple",
        "ContractIQ reads your contracts and flags auto-renewals before they bite. Pricing starts "
        "at $299/month. [Start your free trial](https://contractiq.com/signup) or "
        "[book a demo](https://contractiq.com/demo).",
    ),
    (
        "Want more pipeline?",
        "Want 50 more qualified meetings next quarter? That's what we deliver for B2B companies. "
        "Comment 'PIPELINE' below and I'll DM you our playbook and pricing.",
    ),
    (
        "Sustainability consulting",
        "We help manufacturers cut Scope 3 emissions and save money doing it. Our team is ready "
        "to help — email info@greenops-consult.com or call 555-010-2020 today.",
    ),
    (
        "Invitation: private wine tasting + product preview",
        "Please join us for a private wine tasting in San Francisco where we will preview our new "
        "AI audit platform. RSVP here: https://auditai.com/rsvp-sf. Space is limited.",
    ),
    (
        "One more thing",
        "Great discussion everyone. Shameless plug: our company sells exactly this. "
        "Check out https://metricstack.io — use code EXEC15 for 15% off.",
    ),
    (
        "Relocation services",
        "Relocating executives across borders? Our relocation concierge handles visas, housing "
        "and schools. Packages from £9,500. Enquire at https://globalmove.co.uk/enquire",
    ),
    (
        "Investors wanted",
        "We're raising a $5M seed round for our fintech startup and offering members of this "
        "forum priority allocation. Minimum check $25k. Book a call to see the deck: "
        "https://calendly.com/fintechfounder/investor",
    ),
    (
        "Leadership assessments",
        "Our 360 leadership assessment is used by Fortune 500 CHROs. Get a sample report "
        "free — just fill in your details at https://leaderlens.com/sample-report",
    ),
    (
        "Unlock hidden margin in your pricing",
        "Pricing is the biggest lever most CEOs ignore. Our pricing strategy firm typically finds "
        "3-7% margin in 8 weeks. Let's talk: https://pricepoint-partners.com/contact\n\n"
        "Or read our case studies at https://pricepoint-partners.com/cases",
    ),
    (
        "Stop doing expense reports",
        "ExpenseZero automates expense reports end-to-end. Try it free for 30 days, then "
        "$8 per user per month. https://expensezero.com/start",
    ),
    (
        "Hi Jun",
        "Hi Jun, hope you're well. I'm the CEO of a cloud security company and wanted to "
        "introduce our platform. We've helped firms like yours cut incident response time by "
        "half. Let me know a good time for a demo, or book directly: "
        "https://calendly.com/cloudsec-ceo",
    ),
    (
        "Office space in Manhattan",
        "Executive suites available in Midtown starting at $2,800/month, fully furnished. "
        "Schedule a tour today: call 212-555-0166 or visit https://midtownsuites.nyc/tour",
    ),
    (
        "Your peers are already using this",
        "Over 500 CFOs use our cash forecasting tool. Don't fall behind — request your "
        "personalized demo now. Reply here or email demo@cashcast.com.",
    ),
    (
        "Last call for registration",
        "Last call! Our annual CIO Summit is next week and there are 20 tickets left. "
        "Register now at https://ciosummit.events/register — members save $300 with code CIO300.",
    ),
    (
        "Coaching for new CEOs",
        "First 100 days as CEO? I've coached 60 first-time CEOs. My 6-month program is $18k. "
        "Book a free chemistry call: https://calendly.com/ceo-coach-anna/chemistry",
    ),
    (
        "Inbound marketing that works",
        "We're a HubSpot partner agency. We build inbound engines that generate leads while you "
        "sleep. Get a free website audit: https://growthwave.agency/audit or call "
        "+1 (720) 555-0133",
    ),
    (
        "Payments processing - lower fees",
        "Paying more than 2.5% for card processing? We'll beat your current rate or give you "
        "$500. Send me your last statement at rates@paysmart.com",
    ),
]
BLATANT += [
    (
        "Data room software for your exit",
        "Selling your company this year? Our virtual data room is used in 2,000 deals a year. "
        "Members get 25% off their first project. Start here: https://dealvault.com/start",
    ),
    (
        "Interim executives on demand",
        "Need an interim COO or CFO next week? Our network of 400 vetted interim executives is "
        "ready. Call us on +44 20 7946 0311 or email interim@bridgeexecs.com for a shortlist.",
    ),
    (
        "Bonjour",
        "Bonjour, je suis consultant en cybersécurité. Je propose un audit gratuit pour les "
        "dirigeants de ce forum. Contactez-moi : jean.martin@cyberaudit.fr ou 06 12 34 56 78.",
    ),
    (
        "Brauchen Sie Unterstützung?",
        "Unser Team hilft Ihnen bei der Einführung von SAP S/4HANA. Kontaktieren Sie uns für "
        "ein unverbindliches Angebot: info@s4-experten.de",
    ),
]

SUBTLE: list[tuple[str, str]] = [
    (
        "How we cut DSO by 18 days",
        "We had the same problem with collections two years ago. We ended up building a "
        "playbook around automated dunning plus a weekly AR huddle, and DSO dropped 18 days.\n\n"
        "Happy to share how we solved this at my firm — DM me.",
    ),
    (
        "Lessons from 20 years of turnarounds",
        "Three things I see in every turnaround: cash visibility is worse than management thinks, "
        "the best people have already left or are about to, and the board is the last to know.\n\n"
        "If any of this resonates, my door is open. This is what my practice does every day.",
    ),
    (
        "Re: anyone struggling with SOX readiness?",
        "We see this constantly with pre-IPO clients. The trick is to start with entity-level "
        "controls rather than process narratives. We've built a methodology around exactly this "
        "— feel free to reach out if you want to compare notes on how we approach it.",
    ),
    (
        "Thoughts on pricing transformations",
        "Pricing projects fail when sales isn't involved early. I've led 30+ of these as a "
        "partner at Meridian Pricing and wrote up our approach here: "
        "https://meridianpricing.com/insights/why-pricing-projects-fail",
    ),
    (
        "What I wish I'd known as a first-time CFO",
        "1. Your first 90 days are about trust, not transformation.\n"
        "2. The audit committee chair is your most important relationship.\n"
        "3. Build the 13-week cash forecast yourself once.\n\n"
        "I now coach first-time CFOs through exactly this transition. If you're stepping into "
        "the role, ping me — I take on a few new people each quarter.",
    ),
    (
        "Agree with the thread on vendor consolidation",
        "Great thread. Consolidating vendors saved one of our clients $2.3M last year. "
        "We help a handful of companies with this each year; happy to chat if useful.",
    ),
    (
        "Hi Laura",
        "Hi Laura, enjoyed your comment about onboarding sales reps. We've been working on "
        "something in that space that I think you'd find interesting. Would love to get your "
        "take on it over a quick call sometime.",
    ),
    (
        "On building a data culture",
        "Data culture starts with the exec team using the dashboards themselves. At DataNorth, "
        "our customers who succeed all have a CEO who opens the dashboard in the Monday meeting. "
        "If you want to see what that looks like in practice, I'm happy to give you a tour of "
        "how our customers set it up.",
    ),
    (
        "Re: remote onboarding",
        "We've onboarded 4,000 remote employees for our clients using a structured 30-60-90 "
        "framework. Drop a comment and I'll send you the template we use.",
    ),
    (
        "Burnout in leadership teams",
        "Burnout is a systems problem, not a resilience problem. Leaders who redesign meeting "
        "load and decision rights see the biggest shifts.\n\nI wrote a short guide on this, "
        "free for anyone who wants it — link in my profile.",
    ),
    (
        "Re: best approach to a CRM migration?",
        "I'd plan for data cleansing to take 40% of the timeline. We've done 70 of these "
        "migrations at Cloudbridge. If you'd like, I can introduce you to our migration lead, "
        "no obligation.",
    ),
    (
        "Why most M&A integrations fail",
        "Integrations fail on culture, not on systems. The first 100 days decide it. Our team "
        "at Keystone Integration has a diagnostic we run in week one that predicts 80% of the "
        "problems. Happy to walk anyone through it.",
    ),
    (
        "What's working in demand gen right now",
        "From what we see across 150 B2B clients: webinars are dead, small dinners work, and "
        "founder-led content beats everything. We put all of this in our latest benchmark — "
        "grab it at https://pipelinelabs.com/benchmark-2025",
    ),
    (
        "Re: looking for an executive coach",
        "I'm biased since this is what I do, but the most important thing is chemistry. "
        "I'd be happy to do a complimentary session so you can see if my style works for you.",
    ),
    (
        "Re: recommendations for a pricing consultant?",
        "Full disclosure, I run a pricing consultancy. We've worked with several companies in "
        "your space. Send me a message and I can share some references.",
    ),
    (
        "Thoughts on AI copilots for finance teams",
        "We've been testing copilots with our finance team for a year. The wins are in "
        "reconciliation commentary and policy Q&A, not forecasting. We actually productized what "
        "we built internally — it's at https://ledgermind.ai if anyone is curious.",
    ),
    (
        "Intro request",
        "Hi David, I noticed we're both in the logistics space. I think there could be some "
        "real synergies between our companies. Would you be open to exploring a partnership?",
    ),
    (
        "Wrote something on board composition",
        "I wrote a long piece on why boards need an operator, not just investors and former "
        "CEOs. Would love your feedback: https://boardwise.substack.com/p/operators-on-boards",
    ),
    (
        "Re: cybersecurity for the board",
        "Most boards don't know what questions to ask. I've put together a one-page question "
        "list that our firm uses when we brief directors. Happy to send it to anyone who DMs me.",
    ),
    (
        "The hidden cost of slow hiring",
        "Every week a VP seat stays open costs more than most people think — we estimate "
        "$40-60k in lost output for a revenue role. This is why at Talentforge we commit to a "
        "shortlist in 10 days. Anyway, hope the numbers help someone build the business case.",
    ),
    (
        "Re: anyone used an outsourced CFO?",
        "I am one, so take this with a grain of salt :) The model works best between $3M and "
        "$30M revenue. Happy to jump on a call and share what I've seen work — no pitch.",
    ),
    (
        "Cash conversion: the metric boards ignore",
        "Cash conversion cycle is the single best leading indicator of trouble in mid-market "
        "companies. I go deeper on this every week in my newsletter if you want more.",
    ),
    (
        "Re: change management resources",
        "My book 'Leading Through the Fog' covers exactly this — chapter 4 is on resistance from "
        "middle management. It's on Amazon, and I'm happy to send a signed copy to members.",
    ),
    (
        "Re: vendor comparison for FP&A tools",
        "Anaplan is powerful but heavy, Adaptive is solid for mid-market. You might also look at "
        "Planwise (disclosure: I'm the founder). We built it for teams who outgrew Excel but "
        "don't want a 9-month implementation. Happy to show you.",
    ),
    (
        "How we think about customer success",
        "Customer success should own expansion, full stop. That's the model we teach in the "
        "CS Leadership Program at our academy. Next cohort starts in March if anyone's interested.",
    ),
    (
        "Hi Priya",
        "Hi Priya, saw your post about scaling the procurement team. I work with a lot of CPOs "
        "on exactly that. Would be great to find a time to chat — I think we could really add "
        "value to what you're building.",
    ),
    (
        "Tip for anyone renegotiating SaaS contracts",
        "Ask for the price-lock clause before you negotiate the discount. Vendors give on "
        "discount easily but fight price locks. We've saved clients millions this way at "
        "Vendorwise. Feel free to reach out if you want us to take a look at your renewals.",
    ),
    (
        "Re: leadership offsite ideas",
        "The best offsites I've facilitated have one question, not ten. If you want, I can "
        "design and facilitate yours — I've done this for 40+ exec teams.",
    ),
    (
        "Exit readiness",
        "Most founders start preparing for an exit 12 months too late. Clean financials, "
        "documented processes and a second line of management add turns to your multiple. "
        "This is the work we do at Harbor Exit Partners; I'm always open to a confidential "
        "conversation.",
    ),
    (
        "Re: tips for a first board meeting",
        "Pre-wire everything. No surprises in the room. I put together a checklist for my "
        "clients that covers this — it's on our website at https://boardready.co/checklist.",
    ),
    (
        "Sharing our framework for decision rights",
        "We use a simple RAPID variant with three tiers. It reduced escalations by half.\n\n"
        "I've written up the full framework, including templates, in a short ebook. If you'd like "
        "a copy, just leave your email below.",
    ),
    (
        "Re: ERP selection",
        "Having implemented NetSuite, Dynamics and SAP for clients, the question is always "
        "fit to your revenue model. We have a 2-week selection sprint that answers that. "
        "Let me know if you want the details.",
    ),
    (
        "Worth a read",
        "Our latest research on CFO priorities is now live: "
        "https://clearview-advisory.com/research/cfo-priorities-2025. "
        "Would love to hear whether it matches what you're seeing.",
    ),
    (
        "Re: how do you run QBRs?",
        "QBRs should be about the customer's business, not your product roadmap. We run these "
        "for our clients and the renewal rate went from 82% to 95%. If anyone wants help setting "
        "theirs up, you know where to find me.",
    ),
    (
        "Pricing power in inflationary times",
        "Companies that raised prices early in 2022 held margin; those who waited lost it. "
        "Our team published a detailed analysis on our blog: "
        "[read it here](https://elevatepricing.com/blog/pricing-power).",
    ),
    (
        "Re: executive presence",
        "Executive presence is learnable. I've worked with 200+ leaders on it. "
        "Feel free to message me if you'd like to explore working together.",
    ),
    (
        "Re: dealing with activist investors",
        "We've defended 15 companies against activists in the last five years. The playbook is "
        "boring but it works. If you're seeing signs, call me before the 13D is filed — I'm "
        "happy to have a quiet word.",
    ),
    (
        "Hi Michael",
        "Hi Michael, great to meet you at the summit. As mentioned, we help PE portfolio "
        "companies with 100-day plans. I'd love to continue the conversation and understand "
        "your portfolio's priorities.",
    ),
    (
        "On building a sales comp plan",
        "Keep it simple: one primary metric, one kicker. Complexity kills motivation.\n\n"
        "We see this across the 60+ comp plans our firm designs each year. Our team is glad to "
        "review yours if you want a second pair of eyes.",
    ),
    (
        "The real reason digital transformations stall",
        "They stall because nobody owns the operating model. Technology is 20% of the problem. "
        "I've spent 15 years fixing this for Fortune 500 companies and recently launched my own "
        "advisory to help mid-market firms do the same. Would love to connect with anyone "
        "facing this.",
    ),
    (
        "Re: sourcing in Vietnam",
        "We moved 40% of our clients' sourcing to Vietnam in the last three years. Happy to "
        "share our supplier vetting process — and if you need boots on the ground, that's "
        "something we provide.",
    ),
    (
        "What great CHROs do differently",
        "They treat workforce planning like capital allocation. I interviewed 50 CHROs for my "
        "podcast and this came up every time. New episode out this week — search 'People First "
        "Podcast' wherever you listen.",
    ),
    (
        "Re: security awareness training",
        "Phishing simulations are table stakes. What moves the needle is targeted training for "
        "finance and exec assistants. It's what our platform focuses on — I can set up a pilot "
        "for your team if that helps.",
    ),
    (
        "Re: outsourcing the finance back office",
        "Outsourcing AP and payroll is a no-brainer above 50 employees. We do this for about "
        "120 companies at Ledgerline. Send me a note and I'll introduce you to a couple of our "
        "clients so you can hear it from them.",
    ),
    (
        "How to think about pricing your services",
        "Value-based pricing for services is hard because you need to quantify outcomes before "
        "the engagement. I teach a workshop on this; the recording is available on my site "
        "for anyone interested: https://servicespricing.academy/workshop",
    ),
    (
        "Re: anyone attending SaaStr?",
        "We'll be there! Come by our booth (#214) and say hello — we'll be showing the new "
        "release and have some good coffee.",
    ),
    (
        "Invitation to connect",
        "Hi Rachel, I lead a boutique consultancy focused on operational excellence in "
        "healthcare. I'd welcome the chance to connect and share some ideas that might be "
        "relevant to your team.",
    ),
    (
        "Re: KPIs for a services business",
        "Utilization, realization and collection rate — in that order. We built a dashboard for "
        "these that many firms in our network use. If it's helpful I can set you up with a "
        "free account.",
    ),
    (
        "Reflections after selling my company",
        "Two years post-exit, three lessons: pick your buyer for culture, negotiate the earnout "
        "like it won't pay, and take care of your team first.\n\n"
        "These days I advise founders going through their first sale. If that's you, my DMs "
        "are open.",
    ),
    (
        "Re: culture after a merger",
        "Culture integration needs a dedicated lead with real authority. We've written about this "
        "extensively — see https://unitypartners.com/insights and https://unitypartners.com/merger-culture",
    ),
    (
        "Re: treasury management for a $200M business",
        "At that size you should be sweeping to a money market fund at minimum. Our treasury "
        "desk handles this for several members here. Happy to set up an intro call with our "
        "head of treasury.",
    ),
    (
        "Trends we're seeing in executive compensation",
        "Equity refresh grants are getting smaller and more performance-weighted. We track this "
        "across 800 companies in our annual survey. Participants get the full data free — let "
        "me know if your company wants in.",
    ),
    (
        "Re: anyone using AI for contract review?",
        "We built our contract AI after seeing how much time our legal team wasted. It's now "
        "used by about 40 legal departments. Glad to give anyone here early access.",
    ),
    (
        "Re: how to find a good fractional CMO",
        "Look for someone who has done it at your stage, not a bigger brand. Speaking of which, "
        "I've been a fractional CMO for Series A-C companies for six years — if you want to "
        "chat, I'm around.",
    ),
    (
        "What I learned coaching 100 founders",
        "Founders don't need more advice, they need more honest feedback. The best coaching "
        "conversations I've had start with 'what are you avoiding?'\n\nIf anyone wants a "
        "sounding board, I have two openings in my practice this spring.",
    ),
    (
        "Re: supply chain visibility",
        "Visibility is a data problem before it's a software problem. That's the thesis behind "
        "what we're building at Trackwell — would love feedback from operators here on our "
        "approach. Happy to show a few of you what we have.",
    ),
    (
        "Re: hiring a head of AI",
        "Don't hire a head of AI before you have a data platform owner. We've placed 12 AI "
        "leaders this year and the ones who thrive all had that in place. Happy to share what "
        "we've learned — and if you do decide to hire, we'd love to help.",
    ),
    (
        "Contact request",
        "Hello James, I'm building a community of growth-stage CFOs and would love to have you "
        "join our paid mastermind. Let me know if you'd like more info.",
    ),
    (
        "Re: investor relations for a newly public company",
        "IR is a product, and your investors are its customers. Our IR advisory team has "
        "taken 30 companies through their first year public. If you're in that window, it might "
        "be worth a conversation.",
    ),
    (
        "A tool I built for my own team",
        "After years of struggling with 1:1 notes, I built a small app for my leadership team. "
        "Other execs asked for it so we opened it up: https://oneononeapp.com. Would love "
        "feedback.",
    ),
    (
        "Re: approaching a strategic review",
        "Start with the question the board is actually asking, not the one management wants to "
        "answer. I ran strategy at two public companies and now do this independently. "
        "Happy to share my approach over coffee if you're in London.",
    ),
    (
        "Re: pricing for an AI feature",
        "We charge per outcome, not per seat, and it's worked well. Our pricing page explains "
        "the model better than I can: https://resolvehq.com/pricing",
    ),
    (
        "On running lean finance teams",
        "We run a 6-person finance team for a $400M business. The secret is automation and a "
        "ruthless close calendar. We documented the whole setup in a course for finance leaders "
        "— members here can ask me for the details.",
    ),
    (
        "Re: executive search firms",
        "Most retained firms run the same playbook. We do things differently — we only take 8 "
        "searches a year so each client gets a partner's full attention. If you're kicking off a "
        "search, let's chat.",
    ),
    (
        "Great discussion on resilience",
        "Loved this thread. Resilience is a skill, and it's one I write about every week. "
        "I'll be covering this exact topic in Sunday's edition — join 12k leaders at "
        "leadershipletters.com.",
    ),
    (
        "Re: ISO 27001 certification",
        "Took us 7 months the first time. We now help other companies do it in 3. Shoot me a DM "
        "if you want the roadmap.",
    ),
    (
        "Re: cost of a board portal",
        "Most are overpriced for what they do. We built ours to be simple, and most boards are up "
        "and running in a day. Happy to send you a quote privately.",
    ),
    (
        "Hi Elena",
        "Hi Elena, loved your post on European expansion. Our firm has helped 30 US companies "
        "set up their EU entity — if you're heading down that road, I'd be glad to make your "
        "life easier.",
    ),
    (
        "Why your forecasts are always wrong",
        "Forecasts fail because they're built bottom-up from optimistic reps. Top-down with "
        "historical conversion rates beats it every time. That's the core of what our "
        "forecasting product does, and I'm glad to show anyone who's interested how it works.",
    ),
    (
        "Re: offshore development centers",
        "We've run an ODC in Kraków for eight years for clients in fintech and healthcare. "
        "The key is a local engineering lead who reports to your CTO. If you're exploring this, "
        "I'm happy to introduce you to our team there.",
    ),
    (
        "Re: what's the best leadership book you read this year?",
        "Bit of a cheeky answer, but I'd suggest mine — 'The Quiet Operator' came out in "
        "September and has been getting great feedback from COOs. Happy to send a copy.",
    ),
    (
        "Notes from our CIO roundtable",
        "Key themes: AI governance, vendor sprawl and talent. We host these every quarter for "
        "CIOs in the Bay Area. Next one is October 12 — reply if you'd like an invite.",
    ),
    (
        "Re: moving to usage-based pricing",
        "We helped 15 SaaS companies make this switch. The biggest risk is revenue "
        "predictability in year one. I'm happy to share our transition model one-on-one.",
    ),
    (
        "Re: anyone have a good template for a board deck?",
        "Here's the one we give our portfolio CEOs: https://northstarvc.com/board-deck-template. "
        "And if you ever need a hand building the narrative, our platform team does this for "
        "founders all the time.",
    ),
    (
        "Re: negotiating with AWS",
        "We've negotiated over $500M in AWS commitments on behalf of clients. The EDP discount "
        "tiers are more flexible than they look. If you're up for renewal, let's compare notes.",
    ),
    (
        "A question for CHROs",
        "Curious how many of you measure manager effectiveness quarterly? We've seen companies "
        "that do it reduce regretted attrition by a third. (This is the problem we focus on at "
        "Managerly, so I'm genuinely interested — and happy to share our data.)",
    ),
    (
        "Re: GDPR compliance for US companies",
        "Most US companies overestimate the effort. Our DPO-as-a-service covers everything for "
        "about the cost of a junior hire. Feel free to ping me.",
    ),
    (
        "Re: team alignment",
        "Alignment comes from a shared scorecard, not from offsites. Our clients who adopt a "
        "one-page scorecard see it within a quarter. If you want a copy of the template we use, "
        "I'll gladly send it over — just DM me your email.",
    ),
    (
        "Hi Ken",
        "Hi Ken, thanks for accepting. I lead growth at Finlytic and noticed you're scaling your "
        "FP&A team. Curious what tools you're using today? Would love to swap notes.",
    ),
    (
        "Re: due diligence red flags",
        "Revenue recognition and customer concentration, every time. We run quality of earnings "
        "for lower mid-market deals and see this constantly. Reach out if you have a deal coming "
        "up.",
    ),
    (
        "Re: how to set up an advisory board",
        "Keep it to five people and give each a specific job. I sit on a few advisory boards and "
        "also help companies structure theirs — happy to help if you want to set one up.",
    ),
    (
        "Le problème des prévisions",
        "La plupart des prévisions échouent à cause des hypothèses commerciales. Notre cabinet a "
        "développé une méthode pour ça — n'hésitez pas à me contacter si vous voulez en discuter.",
    ),
    (
        "Re: financiación para pymes",
        "Hay más opciones de las que parece: factoring, deuda venture, ENISA. En nuestra firma "
        "asesoramos a pymes en este proceso — escríbeme por privado si quieres más información.",
    ),
    (
        "Re: Nachfolgeplanung",
        "Die meisten Unternehmer fangen zu spät an. Wir begleiten genau solche Prozesse seit "
        "20 Jahren — melden Sie sich gerne bei mir, wenn Sie Fragen haben.",
    ),
    (
        "Re: interim management",
        "Interim works when the mandate is narrow and time-boxed. I've done eleven interim CFO "
        "roles and I'm available from September, in case anyone needs cover.",
    ),
    (
        "Re: ESG reporting headaches",
        "CSRD is a beast. We went through it last year and then spun out the tooling we built "
        "into a separate company. Happy to give members a look at it.",
    ),
    (
        "Productivity for executives",
        "The best executives protect 4 hours of deep work a week. I built a system for this that "
        "I teach in my cohort course — enrolment for the next cohort opens soon, watch this space.",
    ),
]
SUBTLE += [
    (
        "Re: choosing a law firm for a Series C",
        "The big names will staff it with juniors. A boutique gives you partner time. Not to "
        "toot our own horn, but that's exactly why I left BigLaw to start our firm — glad to "
        "talk it through.",
    ),
    (
        "Hi Olivia",
        "Hi Olivia, I came across your profile and was impressed by your work in retail ops. "
        "I run a consultancy that specializes in store labor optimization — would love to "
        "connect and see if there's a way we could work together.",
    ),
    (
        "Re: scaling customer support",
        "Tiered support plus a strong knowledge base got us from 40 to 12 minutes average "
        "handle time. Our outsourced support team now does this for other SaaS firms as well; "
        "if you want to offload tier 1, message me.",
    ),
]

LEGIT: list[tuple[str, str]] = [
    (
        "What did you pay for Salesforce?",
        "We're renewing Sales Cloud Enterprise next quarter. We're paying $165/user/month for "
        "220 seats and our rep is pushing a 7% uplift. What did you pay, and did anyone get "
        "them to hold the price?",
    ),
    (
        "Workday vs SAP SuccessFactors for 5,000 employees",
        "We evaluated Workday vs SuccessFactors last year for a 5,000-person manufacturer. "
        "Workday won on usability and reporting; SuccessFactors was cheaper and better on "
        "complex payroll in Germany. We went with Workday and don't regret it, but the "
        "implementation partner matters more than the product.",
    ),
    (
        "FT: private credit funds face first real test",
        "Interesting read on how private credit is holding up as defaults tick up: "
        "https://www.ft.com/content/private-credit-defaults. Anyone here refinanced with a "
        "private lender recently? Curious how covenants compared to bank debt.",
    ),
    (
        "Lessons from our failed ERP implementation",
        "We learned the hard way that you can't outsource ownership of an ERP project. "
        "We spent 18 months and $4M and had to restart. What went wrong:\n\n"
        "1. Nobody on the exec team owned the design decisions.\n"
        "2. We customized instead of changing our processes.\n"
        "3. We cut training to save money.\n\n"
        "Second time round we had a full-time internal lead and went live in 9 months.",
    ),
    (
        "Recommendations for a board portal?",
        "Our board is finally moving off email and Dropbox. Has anyone used Diligent, "
        "BoardEffect or Nasdaq Boardvantage? What do you like and what did it cost you?",
    ),
    (
        "Is a 20% discount for a 3-year commit normal?",
        "Our observability vendor offered us 20% off if we sign a three-year deal, versus "
        "8% for one year. Is that typical? Feels like they're locking us in before a price rise.",
    ),
    (
        "We're hiring a VP of Engineering",
        "My team at Halvorsen Logistics is hiring a VP of Engineering to lead 60 engineers "
        "across Oslo and Warsaw. If you know someone great, I'd appreciate an intro. The role is "
        "posted on our careers page: https://halvorsen.no/careers/vp-engineering",
    ),
    (
        "McKinsey report on GenAI adoption",
        "McKinsey's latest State of AI survey is worth skimming: "
        "https://www.mckinsey.com/capabilities/quantumblack/our-insights/the-state-of-ai. "
        "The gap between pilots and scaled use is still huge. How far along is everyone?",
    ),
    (
        "Consultant lessons: what I got wrong about transformation",
        "I spent 12 years as a management consultant before going in-house. Things I got wrong:\n\n"
        "- I thought the plan was the hard part. Execution is the hard part.\n"
        "- I underestimated how much middle managers can block change.\n"
        "- I overvalued frameworks and undervalued relationships.\n\n"
        "Being on the other side has made me much more humble about advice.",
    ),
    (
        "Anyone else getting spammed by 'book a demo' emails?",
        "I'm getting ten cold emails a day that say 'book a demo' with a Calendly link. "
        "Has anyone found a good filter or an assistant workflow that deals with these?",
    ),
    (
        "Calendly vs Chili Piper for our inbound team",
        "Our sales team is choosing between Calendly and Chili Piper for inbound routing. "
        "Chili Piper looks better for round-robin but it's pricier. Anyone running either at "
        "scale with 50+ reps?",
    ),
    (
        "Hi Jane - following up on our panel",
        "Hi Jane, really enjoyed sharing the stage with you at the CFO Forum. Would love to "
        "stay in touch and compare notes on board reporting sometime.",
    ),
    (
        "Not selling anything, just curious",
        "Not selling anything, just curious: how many of you have a formal AI usage policy for "
        "employees? We're drafting one and I'd love to see what others have done.",
    ),
    (
        "How do you structure exec bonuses?",
        "We're moving from a discretionary bonus to a scorecard. Currently considering 60% "
        "company metrics, 40% individual. How do others weight it, and do you cap payouts?",
    ),
    (
        "Our company just got acquired",
        "Some personal news: Brightline Health, where I've been COO for six years, was acquired "
        "by a larger health system this week. Proud of the team. Happy to share lessons from the "
        "sale process with anyone going through one.",
    ),
    (
        "Gartner Magic Quadrant for FP&A",
        "Gartner's new MQ for financial planning software is out. Anaplan, Oracle and Workday "
        "lead. Does anyone actually use the MQ in vendor selection, or is it just a shortlist "
        "tool for procurement?",
    ),
    (
        "Reuters: chip export rules tightened again",
        "https://www.reuters.com/technology/us-tightens-chip-export-rules\n\n"
        "For those of you with supply chains in Asia, how are you planning for this?",
    ),
    (
        "Pricing our professional services: per hour or per project?",
        "We're a 200-person engineering services firm and we've always billed hourly. Our "
        "board wants us to move to fixed-price projects. For those who made the switch, what "
        "happened to margins?",
    ),
    (
        "Lessons from our first price increase in five years",
        "We raised prices 12% last spring. What we learned: give customers 90 days' notice, "
        "grandfather your smallest accounts, and arm your CSMs with a one-page rationale. Churn "
        "ticked up 1 point and recovered within two quarters. Net revenue up 9%.",
    ),
    (
        "Looking for a good executive coach",
        "I've just stepped into my first CEO role and my board has offered to fund a coach. "
        "Any recommendations? Ideally someone who has worked with first-time CEOs in "
        "healthcare.",
    ),
    (
        "Harvard Business Review on decision-making",
        "This HBR piece on 'disagree and commit' is one of the better things I've read on "
        "decision speed: https://hbr.org/2023/05/disagree-and-commit. We tried it in our exec "
        "team and meetings got shorter.",
    ),
    (
        "What are you paying for cyber insurance?",
        "Our premium went from $180k to $410k at renewal with a higher retention. We're a "
        "$300M revenue manufacturer. Is this what others are seeing?",
    ),
    (
        "Comparing three fractional CFO firms",
        "We interviewed three fractional CFO firms last quarter. Firm A was $12k/month and "
        "strong on fundraising, Firm B was $7k and mostly bookkeeping, Firm C was $9k with an "
        "ex-public-company CFO. We chose C. Happy to share names privately if useful.",
    ),
    (
        "How we approached our Series B data room",
        "We set up the data room two months before we started the process. That single "
        "decision saved us weeks of back-and-forth. We used Datasite, but the tool matters "
        "less than having clean cap table and customer contracts ready.",
    ),
    (
        "Anyone tried the new OpenAI enterprise plan?",
        "We're considering ChatGPT Enterprise for 800 staff. The quote was around $50/user/"
        "month with a 150-seat minimum. Did you negotiate it down? How is adoption going?",
    ),
    (
        "Connecting after the Chicago dinner",
        "Hi Marcus, great to meet you at the operators' dinner last week. I'd like to take you "
        "up on the offer to compare notes on plant automation. Coffee next time I'm in Chicago?",
    ),
    (
        "Public report: Deloitte CFO Signals Q2",
        "Deloitte's CFO Signals survey for Q2 is out: "
        "https://www2.deloitte.com/us/en/pages/finance/articles/cfo-signals-survey.html. "
        "Optimism is down for the second quarter running. Matches what I'm hearing from peers.",
    ),
    (
        "Should I take a board seat at a vendor?",
        "A software vendor we use has asked me to join their advisory board. Small equity "
        "grant, four meetings a year. Any conflict-of-interest issues I should think about?",
    ),
    (
        "The best CFO newsletter you read?",
        "What newsletters do you actually read as a finance leader? I'm trying to cut my "
        "subscriptions down to three. Currently: Mostly Metrics, The Diff, Matt Levine.",
    ),
    (
        "Moving from consulting to industry: my experience",
        "After nine years at a strategy firm I joined a mid-market retailer as Chief Strategy "
        "Officer. The biggest adjustment was that nobody reads decks. You have to sell ideas in "
        "hallways. We learned to start with a pilot in one region before asking for budget.",
    ),
    (
        "Vendor pitched us a '90-day ROI' — how to pressure-test?",
        "A vendor claims their AP automation will pay back in 90 days. Their deck says 'our "
        "platform helps companies cut invoice costs by 70%'. How do you pressure-test claims "
        "like that before signing?",
    ),
    (
        "Recommendations for a boutique M&A advisor",
        "We're a $40M EBITDA business considering a sale in the next 18 months. Looking for "
        "recommendations for sell-side advisors who know industrial services. Who have you "
        "worked with and would you use them again?",
    ),
    (
        "Anyone attend the NACD summit?",
        "Was thinking of going to the NACD summit in October. Worth the time and the $3,000 "
        "ticket for a first-time independent director?",
    ),
    (
        "Our experience with a four-day work week",
        "We piloted a four-day week with our 120-person product team for six months. "
        "Output stayed flat, attrition dropped by half, and customer response times got "
        "slightly worse. We kept it for product and engineering, but not support.",
    ),
    (
        "Hiring: Chief People Officer at our company",
        "We're hiring a Chief People Officer at Corvus Energy (I'm the CEO). It's a new role "
        "reporting to me. Not asking anyone to apply here — but if you know a strong candidate "
        "who has scaled a company from 500 to 2,000 people, I'd love an introduction.",
    ),
    (
        "WSJ: Boards are asking for more AI oversight",
        "Good piece in the WSJ today about boards creating technology committees: "
        "https://www.wsj.com/articles/boards-ai-oversight-committees. Does your board have one?",
    ),
    (
        "Are we overpaying for our auditor?",
        "Our Big Four audit fee is $1.1M for a $600M revenue company with 8 entities. The audit "
        "committee wants to benchmark. What are others paying, and has anyone switched to a "
        "mid-tier firm?",
    ),
    (
        "What we learned consolidating 14 SaaS tools",
        "We cut our SaaS stack from 140 tools to 95 last year. We learned that finance and IT "
        "need a shared intake process, that most savings came from 10 contracts, and that "
        "nobody misses the tools we cut. Total savings: about $1.8M a year.",
    ),
    (
        "Question about HubSpot pricing tiers",
        "We're on HubSpot Professional and the jump to Enterprise is steep. Anyone moved up "
        "and felt it was worth it? The features we care about are custom objects and "
        "sandboxes.",
    ),
    (
        "Any good webinars on the new lease accounting rules?",
        "Our controller is new to IFRS 16 and I'd like her to get up to speed. Does anyone know "
        "of a good (neutral) webinar or course? Not looking for a software demo.",
    ),
    (
        "I run a consultancy — a question for the group",
        "I run a small operations consultancy, but I'm asking as a member, not pitching: how do "
        "you decide when to bring in outside consultants versus building the capability "
        "internally? I'm curious how buyers think about this.",
    ),
    (
        "Pricing question: how much for an executive assistant?",
        "I'm looking to hire my first executive assistant in London. What's a fair salary "
        "range these days? Recruiters are quoting £55-70k.",
    ),
    (
        "Comparison: Ramp vs Brex vs Amex for corporate cards",
        "We compared Ramp, Brex and Amex corporate cards last quarter. Ramp had the best "
        "controls and expense integration; Amex had better rewards and relationship support; "
        "Brex was in between. We went with Ramp. No affiliation with any of them.",
    ),
    (
        "Bloomberg: layoffs in tech continue into Q3",
        "Bloomberg reports another round of tech layoffs: "
        "https://www.bloomberg.com/news/articles/tech-layoffs-q3. For those in HR leadership, "
        "how are you handling survivor morale?",
    ),
    (
        "Reply: on vendor consolidation",
        "We did this two years ago. Biggest lesson: negotiate the exit terms before you "
        "consolidate, because your leverage disappears once you're on one platform.",
    ),
    (
        "Sharing our board deck template",
        "A few people asked after last week's thread, so here is the board deck template we "
        "use at my company (no strings, Google Slides, view only): "
        "https://docs.google.com/presentation/d/1aB2cD3eF4/view",
    ),
    (
        "Looking for a peer who's done a carve-out",
        "We're carving out a division from our parent. Would love to speak with someone who has "
        "led a carve-out as CFO or COO, especially TSAs. Happy to buy you lunch.",
    ),
    (
        "Is it normal to pay for a Gartner seat?",
        "Gartner wants $45k a year for one seat. For those who pay, is it worth it? What do you "
        "actually use it for beyond vendor shortlists?",
    ),
    (
        "The Economist on European competitiveness",
        "https://www.economist.com/europe/2024/09/12/the-draghi-report\n\n"
        "The Draghi report numbers on productivity are sobering. For those running European "
        "operations, is this consistent with what you see?",
    ),
    (
        "We evaluated Snowflake vs Databricks",
        "We evaluated Snowflake vs Databricks over three months. Snowflake was easier for our "
        "analysts; Databricks was better for the data science team and cheaper at our volume. "
        "We ended up with Databricks. The total cost difference was about 25% in year one.",
    ),
    (
        "Contact request",
        "Hi Sven, we overlapped at Maersk years ago. I'm now COO at a freight tech company and "
        "would love to reconnect and hear what you're up to.",
    ),
    (
        "What's a fair fee for an executive search?",
        "We're about to retain a search firm for a CFO. They're asking for 33% of first-year "
        "cash comp, paid in thirds. Is that still standard, or are people negotiating flat fees?",
    ),
    (
        "Leaving my CEO role: some reflections",
        "After seven years I'm stepping down as CEO of Larkspur. I'm not starting a consultancy "
        "or looking for anything right now — just taking a break. A few reflections:\n\n"
        "The job gets lonelier, not easier. Boards want certainty you can't give. And the best "
        "decision I made was hiring a COO who was better than me at running the business.",
    ),
    (
        "Advice on a free trial that auto-renews",
        "We signed up for a 'free trial' of a compliance tool and it auto-converted into a "
        "$40k annual contract. Legal says the clause is enforceable. Has anyone fought one of "
        "these successfully?",
    ),
    (
        "Any recommendations for an offsite venue near Boston?",
        "Planning a two-day exec offsite for 12 people in October. Looking for somewhere within "
        "two hours of Boston, with good meeting rooms and not too corporate. Suggestions?",
    ),
    (
        "Public data: S&P 500 CEO pay ratios",
        "The AFL-CIO publishes CEO pay ratios for the S&P 500: https://aflcio.org/paywatch. "
        "Our comp committee is debating whether to disclose more than the minimum. Thoughts?",
    ),
    (
        "How do you handle vendor dinners?",
        "Vendors keep inviting our team to steakhouse dinners. Do you have a gifts and "
        "entertainment policy for execs, and where do you draw the line?",
    ),
    (
        "Our migration to NetSuite: what worked",
        "We moved from QuickBooks to NetSuite at $60M revenue. What worked: a fixed-scope "
        "implementation partner, a four-week data clean-up sprint beforehand, and not "
        "customizing anything in phase one. What didn't: integrating our billing system, which "
        "took three extra months.",
    ),
    (
        "How do I politely decline vendor 'let's connect' requests?",
        "Every second LinkedIn request I get says 'let's connect to discuss how we can help'. "
        "Do you just ignore them, or is there a polite template you use?",
    ),
    (
        "Just published: our annual sustainability report",
        "Our company published its first sustainability report today, and I led the work. It "
        "was a much bigger lift than expected, mostly around Scope 3 data from suppliers. Happy "
        "to answer questions about the process for anyone starting theirs.",
    ),
    (
        "What pricing model works for an internal platform team?",
        "We're debating whether to charge back our internal data platform to business units "
        "per query or as a flat allocation. Anyone done usage-based chargeback internally?",
    ),
    (
        "Book recommendation: The Hard Thing About Hard Things",
        "Re-read Ben Horowitz's book this month. The chapter on wartime vs peacetime CEO hit "
        "differently now that I'm running a company through a downturn. What books are you "
        "re-reading?",
    ),
    (
        "Should we use a PEO?",
        "We're a 90-person company expanding to 4 US states. Our broker recommends a PEO "
        "(Justworks or TriNet). For those who've used one, when did you outgrow it?",
    ),
    (
        "IMF outlook and what it means for FX hedging",
        "The IMF's latest World Economic Outlook (https://www.imf.org/en/Publications/WEO) "
        "lowers growth forecasts again. How are treasury teams here adjusting hedge ratios?",
    ),
    (
        "Re: best way to find a fractional CMO",
        "We hired ours through a referral from our lead investor. I'd avoid marketplaces; the "
        "quality varies a lot. Ask for two references from companies at your stage.",
    ),
    (
        "Has anyone negotiated a Microsoft EA recently?",
        "Our Microsoft Enterprise Agreement is up in January. They're pushing E5 and Copilot "
        "bundles. What discounts did you get, and did bundling Copilot help or hurt?",
    ),
    (
        "Sharing: our playbook for exec onboarding",
        "We wrote down how we onboard senior hires: a 30-day listening tour, a written "
        "'what I heard' memo to the CEO, and one quick win by day 60. Our last four exec hires "
        "said it made the first quarter far less stressful.",
    ),
    (
        "What did you pay for your last brand refresh?",
        "Our CMO wants to do a full brand refresh. Quotes are between $150k and $600k from "
        "three agencies. What did you pay and was the expensive agency worth it?",
    ),
    (
        "Interesting talk from SaaStr on pricing",
        "Watched a SaaStr talk on pricing packaging: https://www.youtube.com/watch?v=dQw4w9WgXcQ. "
        "The key point was to price on the value metric customers already track. We're thinking "
        "about this for next year.",
    ),
    (
        "Board question: how often should we see the risk register?",
        "Our audit committee sees the risk register twice a year. The new chair wants it every "
        "meeting. What's typical in your organizations?",
    ),
    (
        "I'm an investor here — happy to answer questions on fundraising",
        "I'm a partner at a growth equity fund. Lots of questions in this forum about "
        "fundraising in this market, so happy to answer anything in this thread. Not looking "
        "for deals here — just trying to be useful.",
    ),
    (
        "Our experience with an outsourced SOC",
        "We moved to an outsourced SOC two years ago after our security lead left. It cost "
        "about $300k a year compared with $900k to staff in-house. Alert quality was poor for "
        "the first six months, then got much better once they learned our environment.",
    ),
    (
        "Re: vendor consolidation savings",
        "Same experience here. Our procurement team saved 14% by consolidating print, travel "
        "and facilities vendors. The trick was a single owner per category.",
    ),
    (
        "What's the going rate for a non-exec director?",
        "I've been asked to join the board of a $100M private company as a NED. They offered "
        "$60k cash plus a small equity grant. Is that in line with the market?",
    ),
    (
        "Link to the SEC's new cyber disclosure rules",
        "For anyone who hasn't read them yet, the SEC's final rules on cybersecurity "
        "disclosure are here: https://www.sec.gov/rules/final/2023/33-11216.pdf. The four-day "
        "8-K window is the part our counsel is most worried about.",
    ),
    (
        "How do you keep sales from discounting?",
        "Our reps give away 25-30% off list to close deals at quarter end. We've tried deal "
        "desks and approval chains. What actually worked for you?",
    ),
    (
        "Recommendations: succession planning consultants",
        "Our board wants an outside firm to help with CEO succession planning. Has anyone worked "
        "with Korn Ferry, Spencer Stuart or a boutique on this? How did you scope it?",
    ),
    (
        "A note about my new role",
        "Starting Monday I'm the CFO at Tessera Robotics. Grateful to this group for the "
        "advice during my search — especially the thread on negotiating equity.",
    ),
    (
        "Free resources for first-time managers?",
        "We're promoting 30 people to their first manager roles. Are there any good free "
        "resources (books, courses, podcasts) you'd recommend before we spend on a program?",
    ),
    (
        "AP automation: Bill.com vs Tipalti vs Coupa",
        "We compared Bill.com, Tipalti and Coupa for a mid-market company with 3,000 invoices a "
        "month. Tipalti was best for global payouts, Coupa too heavy for our size, Bill.com "
        "simplest. Pricing ranged from $2k to $12k a month depending on volume.",
    ),
    (
        "The Information: AI startups burning cash",
        "Sharing this article from The Information on AI startup burn rates "
        "(https://www.theinformation.com/articles/ai-startups-burn): what stood out to me is "
        "how many of them are selling to enterprises at a loss. As buyers, should we worry "
        "about vendor viability?",
    ),
    (
        "We just signed our biggest customer",
        "Small celebration: after 14 months of work, my team closed the biggest deal in our "
        "company's history. The lesson for me: the champion who left the customer halfway "
        "through the deal came back as a buyer somewhere else. Relationships compound.",
    ),
    (
        "How to price an advisory role?",
        "A startup founder asked me to advise them on go-to-market. I've never done this. "
        "What's typical — equity only, a monthly retainer, or both?",
    ),
    (
        "My consulting firm's approach to diagnostics (no pitch)",
        "I run a consulting firm and often get asked how we do diagnostics, so here it is "
        "openly. We spend week one interviewing 20 people at three levels, week two in the "
        "data, and week three testing hypotheses with the front line. The interviews always "
        "find the real problem; the data just confirms it. Steal it freely.",
    ),
    (
        "Has anyone used Typeform for employee surveys?",
        "We're replacing our engagement survey vendor and considering just using Typeform plus "
        "our BI tool. Has anyone done this DIY and was it good enough?",
    ),
    (
        "Question for SaaS CFOs: what discount do you give for annual prepay?",
        "We currently give 15% off for annual upfront payment. Our new board member says 10% is "
        "the norm now. What are you giving?",
    ),
    (
        "Harvard study on remote work productivity",
        "A new NBER paper finds hybrid work has no effect on productivity or promotions: "
        "https://www.nber.org/papers/w30292. Useful ammunition for those of us arguing against "
        "full return-to-office.",
    ),
    (
        "Contact request",
        "Hi Anika, I read your post on managing a board through a down round. I'm about to go "
        "through the same thing. Would you be open to a short call to share your experience? "
        "No agenda beyond learning from you.",
    ),
    (
        "What happened when we replaced our agency with an in-house team",
        "We brought performance marketing in-house last year. We learned that we needed three "
        "senior people, not one generalist, and that our CAC went down 20% once we owned the "
        "data. The agency was good; we had simply outgrown the model.",
    ),
    (
        "Advice needed: vendor threatening to sue over termination",
        "We terminated a consulting contract for non-performance and the firm is threatening "
        "to sue for the remaining fees. Anyone been through this? Did you settle?",
    ),
    (
        "Our own product mentioned in the thread",
        "For transparency: I work at Planful, which someone mentioned above. I won't comment "
        "on the comparison since I'm obviously biased, but I'm glad to correct factual errors "
        "about our pricing if anyone asks.",
    ),
    (
        "Paying for LinkedIn Sales Navigator — worth it?",
        "Our sales team wants Sales Navigator for all 40 reps at about $100/month each. "
        "Has anyone measured whether it actually improves pipeline?",
    ),
    (
        "Summary of the panel on AI governance",
        "For those who missed the session at our chapter meeting: three themes. Boards want an "
        "inventory of AI use, management wants clear risk appetite, and nobody has a good way to "
        "measure value yet. Notes are in the members' library.",
    ),
    (
        "Link to our public 10-K for context",
        "Several people asked about our segment reporting change. It's explained in our 10-K on "
        "the SEC site: https://www.sec.gov/Archives/edgar/data/000000/10k.htm (page 47). Happy to "
        "discuss how we made the decision.",
    ),
    (
        "How much does a proper data warehouse cost?",
        "Board asked me for a ballpark on a modern data stack for a 1,000-person company. "
        "I've heard anywhere from $200k to $2M a year all in. What did you pay, roughly?",
    ),
    (
        "Re: executive coaching",
        "I've had three coaches over my career. The best one asked more questions than she "
        "answered and had been a CEO herself. Chemistry calls are worth doing with at least "
        "three people before choosing.",
    ),
    (
        "Bain: the state of private equity 2025",
        "Bain's Global Private Equity Report is out "
        "(https://www.bain.com/insights/topics/global-private-equity-report/). Exit volumes "
        "still depressed. For portfolio company execs, are your sponsors pushing continuation "
        "funds?",
    ),
    (
        "Lessons from running our first customer conference",
        "We ran our first customer conference last year with 600 attendees. We learned that "
        "customers want to hear from other customers, not us; that a smaller venue creates "
        "more energy; and that it cost twice what we budgeted. Still worth it for retention.",
    ),
    (
        "Should execs post on LinkedIn?",
        "Our comms team wants the exec team posting weekly on LinkedIn. I'm skeptical. "
        "Has it made any measurable difference for your company's hiring or sales?",
    ),
    (
        "Re: pricing consultants",
        "We used Simon-Kucher for a pricing project two years ago. Expensive (~$600k) but the "
        "packaging work paid back in one year. I'd use them again for a big repricing, not for "
        "tweaks.",
    ),
    (
        "We're looking for a vendor for exec assistants",
        "Our exec team is looking at virtual assistant services. We've looked at Belay and "
        "Boldly. What are your experiences? Any I should avoid?",
    ),
    (
        "Re: interim CFO",
        "We used an interim CFO during our last search. Worked well because the mandate was "
        "clear: close the books, run the audit, and hand over. Cost about $40k a month.",
    ),
    (
        "¿Alguien ha usado un servicio de tesorería externo?",
        "Estamos pensando en externalizar la tesorería. ¿Alguien tiene experiencia? ¿Cuánto "
        "pagaron y qué tal funcionó?",
    ),
    (
        "Question sur les logiciels de consolidation",
        "Nous comparons Tagetik et OneStream pour la consolidation de 30 entités. Quelqu'un a-t-il "
        "un retour d'expérience ? Combien avez-vous payé pour l'implémentation ?",
    ),
    (
        "Erfahrungen mit Interim-Managern?",
        "Wir suchen einen Interim-CFO für sechs Monate. Hat jemand Erfahrungen mit Agenturen "
        "gemacht? Was sind übliche Tagessätze?",
    ),
    (
        "Our move to a usage-based model: a post-mortem",
        "We moved from seat-based to usage-based pricing 18 months ago. Revenue got lumpier, "
        "sales comp had to be redesigned, and our finance team needed new forecasting models. "
        "Net revenue retention went from 108% to 121%. I'd do it again, but slower.",
    ),
    (
        "Thanks everyone for the recommendations",
        "Following up on my thread about board portals: we went with Diligent. The deciding "
        "factor was our chair's familiarity with it. Thanks to everyone who shared pricing; it "
        "helped us negotiate 18% off the first quote.",
    ),
    (
        "What's your approach to reference calls for vendors?",
        "When a vendor gives us three references, they're always happy customers. How do you "
        "find the unhappy ones before you sign?",
    ),
    (
        "Re: using Calendly for board scheduling",
        "Our EA uses a Calendly-style scheduling link for internal meetings but never for board "
        "members — directors find it impersonal. We still do board scheduling by email.",
    ),
    (
        "Sharing a public dataset on salary bands",
        "The Bureau of Labor Statistics has a surprisingly good occupational wage dataset: "
        "https://www.bls.gov/oes/. We used it to sanity-check our salary bands for operations "
        "roles.",
    ),
    (
        "Is my company's newsletter worth keeping?",
        "Our marketing team sends a monthly customer newsletter that costs about $80k a year "
        "to produce. Open rates are 22%. How do you decide whether content like this is worth "
        "it?",
    ),
    (
        "Our approach to a CEO transition",
        "When I took over from our founder, we agreed on a six-month overlap. It was too long. "
        "We learned that three months with clear decision rights would have been better. The "
        "founder now chairs the board and we meet every two weeks.",
    ),
    (
        "How do you evaluate AI vendors' security claims?",
        "Every AI vendor claims SOC 2 and zero data retention. What questions do your security "
        "teams ask that actually separate the good ones from the rest?",
    ),
    (
        "Re: post-merger integration",
        "We merged with a competitor in 2022. The culture work mattered most: we had a joint "
        "integration office with one leader from each side, and we over-communicated every "
        "decision. Systems integration took 20 months, far longer than planned.",
    ),
    (
        "Anyone using an EOR for international hires?",
        "We need to hire in Brazil and India without setting up entities. Deel, Remote, and "
        "Oyster are on the shortlist. Pricing is roughly $500-600 per employee per month. "
        "Which would you pick?",
    ),
    (
        "Reminder: chapter meetup next Tuesday",
        "Reminder for Bay Area members: our informal meetup is next Tuesday at 6pm. No "
        "sponsors, no presentations, just dinner. Reply in the thread if you're coming so we "
        "can book the table.",
    ),
    (
        "What's the right size for an executive team?",
        "We have 11 direct reports to the CEO and decisions are slow. How many do you have, and "
        "did reducing the team help?",
    ),
    (
        "Article: the end of the zero interest rate era",
        "I found this Matt Levine column useful for explaining to our board why our cost of "
        "capital changed: https://www.bloomberg.com/opinion/articles/money-stuff. "
        "How are you all re-underwriting projects?",
    ),
    (
        "Re: SOC 2 costs",
        "Our first SOC 2 Type II cost about $60k for the audit plus $25k for a compliance "
        "automation tool. The bigger cost was engineering time, probably 0.5 FTE for a year.",
    ),
    (
        "My former employer is selling a division",
        "My former employer announced today it is selling its logistics division (press "
        "release: https://www.prnewswire.com/news-releases/division-sale.html). I ran it for "
        "five years. Strange feeling. Any others been through watching a business you built get "
        "sold?",
    ),
    (
        "Managing a board member who keeps pitching his portfolio companies",
        "One of our directors keeps suggesting we buy software from companies he's invested in. "
        "How do you handle this without damaging the relationship?",
    ),
    (
        "Re: what discount should we ask for?",
        "In our experience with enterprise SaaS, 30-40% off list is achievable for a multi-year "
        "deal if you have a credible alternative. Always get a second quote.",
    ),
    (
        "Poll: how many of you use outside coaches for your team?",
        "Quick poll: do you fund executive coaching for your direct reports? If so, for whom "
        "and for how long? We spend about $25k per person per year and I'm wondering if that's "
        "high.",
    ),
    (
        "How I prepare for earnings calls",
        "Ten years of earnings calls as CFO: write the three questions you fear most and answer "
        "them first; rehearse with your IR lead playing the hostile analyst; and never guess a "
        "number live. We learned that last one the hard way in 2019.",
    ),
    (
        "Seeking advice: our product is being copied",
        "A larger competitor has launched a near-copy of our product at half the price. For "
        "those who've been through this, did you compete on price, double down on a niche, or "
        "something else?",
    ),
    (
        "Contact request",
        "Hi Grace, Tom Alvarez suggested I reach out. I'm a new COO in food manufacturing and "
        "he said you've dealt with the same FDA audit issues. Would you have 20 minutes in the "
        "next few weeks?",
    ),
    (
        "Forum feature request",
        "Would it be possible to add a way to filter threads by industry? I'd love to see only "
        "manufacturing and logistics threads on my home page.",
    ),
    (
        "Re: activist investors",
        "We had an activist take a 6% stake in 2021. Advice from experience: engage early, "
        "listen to what they actually want, and make sure your board is aligned before the "
        "first meeting. We ended up adding one of their nominees and it worked out fine.",
    ),
    (
        "Shared services center: build or buy?",
        "We're debating building a shared services center in Manila versus outsourcing to "
        "Accenture or Genpact. Anyone done both? Rough costs per FTE would be very helpful.",
    ),
    (
        "Re: free trials and procurement",
        "Our policy is that nobody signs up for a free trial with a company card. Everything "
        "goes through procurement, even if it says 'free trial, no credit card needed'.",
    ),
    (
        "What's working for you in executive hiring?",
        "We've had two senior hires fail in the last 18 months. Both looked great on paper. "
        "What changes to your interview process have actually improved your hit rate?",
    ),
    (
        "I'm speaking at a conference next month — looking for input",
        "I've been asked to speak on a panel about supply chain resilience at an industry "
        "conference. What questions would you want a panel like that to answer? I'd like to "
        "make it useful rather than a humblebrag.",
    ),
    (
        "New research from the Fed on small business credit",
        "The Fed's Small Business Credit Survey is out: https://www.fedsmallbusiness.org/survey. "
        "Approval rates are down. For those of us with smaller suppliers, this matters for "
        "supply continuity.",
    ),
    (
        "Our company's open-source tool for finance teams",
        "Our engineering team open-sourced the reconciliation scripts we use internally. It's "
        "free, MIT licensed, and we don't sell anything related: "
        "https://github.com/example-co/recon-tools. Thought some finance teams might find it "
        "useful.",
    ),
    (
        "Thank you to this group",
        "A year ago I posted here in a panic about a failing product launch. Your advice to "
        "narrow our target market saved the business. We're now profitable. Thank you all.",
    ),
    (
        "Re: is anyone using DocuSign CLM?",
        "We use it. It's fine for standard contracts but struggles with complex negotiations. "
        "Cost us about $90k a year for 30 users. We're evaluating Ironclad as an alternative.",
    ),
    (
        "Should I take a role at a startup as a first-time CEO?",
        "I've been offered the CEO job at a Series A startup. Current role: COO at a $500M "
        "company. Base would drop by half, equity is 4%. How would you think about this?",
    ),
    (
        "Re: consultants who overpromise",
        "We hired a big-name consultancy for a cost program that promised 15% savings. We "
        "got 4%. In hindsight we should have tied fees to realised savings.",
    ),
    (
        "Weekly reading list",
        "Things I read this week that might interest the group:\n"
        "- https://www.ft.com/content/china-ev-exports\n"
        "- https://www.nytimes.com/2024/10/01/business/ai-chips.html\n"
        "- https://hbr.org/2024/09/the-case-for-fewer-metrics\n"
        "None of these are mine; just good reads.",
    ),
    (
        "Our experience with an employee ownership trust",
        "We transitioned 30% of our company to an employee ownership trust last year. Tax was "
        "favourable in the UK, and engagement scores jumped 15 points. Legal costs were around "
        "£120k. Happy to share the structure with anyone considering it.",
    ),
    (
        "Re: where to find good board candidates",
        "We found two great independent directors through the Athena Alliance and through our "
        "auditors' alumni network. Search firms were slower and more expensive.",
    ),
    (
        "Salary bands for a Head of FP&A in Toronto?",
        "Trying to benchmark a Head of FP&A role in Toronto for a $200M company. Seeing "
        "C$180-230k base. Does that match what others are paying?",
    ),
    (
        "Re: does anyone still do print newsletters?",
        "We stopped our print customer newsletter in 2020 and nobody noticed. Our email "
        "version does better anyway.",
    ),
    (
        "What did you pay for an employee engagement platform?",
        "Culture Amp quoted us $45k a year for 900 employees; Lattice came in a bit lower "
        "with performance reviews included. What did others pay and which would you choose?",
    ),
    (
        "A framework I use for prioritization",
        "I use a simple 2x2 of impact versus reversibility. Reversible, high-impact decisions "
        "get made fast by one person; irreversible ones go to the exec team. It has cut our "
        "decision time roughly in half. Credit to Jeff Bezos's shareholder letters for the idea.",
    ),
    (
        "Re: my company was mentioned in the news",
        "Yes, that's us in the Reuters article. I can't comment on the litigation, but I'm happy "
        "to talk about how we handled the communications side once it's resolved.",
    ),
    (
        "Experience with Big Four advisory for carve-outs?",
        "We're choosing between EY and KPMG for carve-out advisory. Fees quoted are similar "
        "(~$2.5M). Any experiences with their transaction teams recently?",
    ),
    (
        "Request for peer introductions in Singapore",
        "I'm relocating to Singapore to run our APAC business. Would love introductions to "
        "other executives in the region — purely to build a peer network, not selling anything.",
    ),
    (
        "Re: sales kickoff speakers",
        "We hired a motivational speaker once for SKO. Never again. Our best SKO session was a "
        "panel of three customers talking about why they bought from us.",
    ),
    (
        "Insurance broker recommendations for D&O?",
        "Our D&O renewal is coming up and our current broker has been unresponsive. Who do you "
        "use for D&O in the mid-cap space, and how did your premiums move this year?",
    ),
    (
        "How do you report AI risks to the board?",
        "We started a quarterly AI risk report to the audit committee: inventory of use cases, "
        "incidents, and model changes. Curious how others structure it.",
    ),
]
LEGIT += [
    (
        "Dinner logistics for Thursday",
        "For the eight of us meeting Thursday: the table is booked under my name at 7pm. If "
        "you're running late, text me on +1 415 555 0101. No agenda, just good company.",
    ),
    (
        "Re: who to talk to about the audit committee charter?",
        "Our general counsel rewrote ours last year and is happy to talk to peers about it. "
        "Email her at legal@my-company.example and mention this forum.",
    ),
    (
        "Advice please: a supplier wants to 'connect to discuss synergies'",
        "A supplier's CEO keeps asking me to 'connect to discuss synergies'. I suspect they "
        "want to sell us more. How do you handle these without burning the relationship?",
    ),
]

CORPUS: list[tuple[str, str, str]] = (
    [(title, body, "blatant") for title, body in BLATANT]
    + [(title, body, "subtle") for title, body in SUBTLE]
    + [(title, body, "legit") for title, body in LEGIT]
)

# Written after the detector was tuned on CORPUS (see the module docstring for how it was used).
FRESH_BLATANT: list[tuple[str, str]] = [
    (
        "Your FP&A team deserves better",
        "Spreadsheets break at scale. PlanRight gives finance teams driver-based planning in "
        "days, not months. Book a 20-minute walkthrough with our team: "
        "https://planright.com/walkthrough",
    ),
    (
        "Members discount on executive MBA",
        "Our Executive MBA programme has a January intake. Members of this forum receive a "
        "£5,000 scholarship. Apply before 30 November: https://westbridge-business.ac.uk/emba-apply",
    ),
    (
        "Hi Daniel",
        "Hi Daniel, I run partnerships at Stackwise. We help engineering leaders cut cloud spend "
        "by 30%. Do you have 15 minutes this week? Here's a link to my calendar: "
        "https://calendly.com/stackwise-nina",
    ),
    (
        "Get the 2025 salary guide",
        "Our recruitment firm just released the 2025 executive salary guide covering 40 roles. "
        "Grab your free copy: https://bit.ly/exec-salary-2025",
    ),
    (
        "Travel management for growing companies",
        "Still booking travel on personal cards? TripDesk saves companies 20% on travel spend. "
        "Plans from $15 per traveller per month. Start free at tripdesk.io/start",
    ),
    (
        "Invitation: CFO breakfast briefing",
        "Our firm is hosting a breakfast briefing on the new tax rules in Chicago on March 4. "
        "Our partners will present, followed by Q&A. Register at "
        "https://hollandtax.com/events/cfo-breakfast",
    ),
    (
        "Kostenlose Cybersecurity-Analyse",
        "Wir bieten Geschäftsführern eine kostenlose Cybersecurity-Analyse an. Jetzt Termin "
        "vereinbaren unter https://sicherheit-jetzt.de/termin",
    ),
    (
        "Call me",
        "If your company is between $10M and $100M in revenue and wants to sell in the next "
        "two years, call me directly on +1 (305) 555-0188. Our M&A team has closed 150 deals.",
    ),
    (
        "Newsletter",
        "I write The Operator's Edge, a weekly newsletter for COOs. This week: how to run a "
        "zero-based budget. Subscribe free: https://operatorsedge.substack.com/subscribe",
    ),
    (
        "Insurance review",
        "Are you overpaying for D&O and cyber insurance? Our brokerage reviews your policies for "
        "free and typically saves clients 15-25%. Email me at kate@summitbrokers.com.",
    ),
]

FRESH_SUBTLE: list[tuple[str, str]] = [
    (
        "Re: reducing time to close",
        "We took our close from 12 days to 4 by moving reconciliations to a continuous process. "
        "It's the approach we now implement for other finance teams too — if you'd like to see "
        "how it works in practice, send me a note.",
    ),
    (
        "On leading through layoffs",
        "Layoffs test every leader. Be present, be honest about what you don't know, and take "
        "care of those who stay. I've guided a dozen leadership teams through restructurings as "
        "an advisor, and I'm glad to be a sounding board for anyone facing one now.",
    ),
    (
        "Re: hybrid work policies",
        "Our research with 300 companies shows that anchor days matter more than the number of "
        "office days. We cover this in depth in our workplace report, which you can find on our "
        "website.",
    ),
    (
        "Hi Sophie",
        "Hi Sophie, congrats on the new role! I work with many new CMOs during their first 100 "
        "days and would love to set up a quick chat to share what I've seen work.",
    ),
    (
        "Re: choosing a data partner",
        "Full disclosure: I'm a co-founder at Datagrid, so I'm not neutral. That said, the key "
        "question is who owns data quality after go-live. We solved that with a managed service "
        "model. Happy to walk you through it if helpful.",
    ),
    (
        "Why your board meetings run long",
        "Board meetings run long because the pre-read is a data dump. A good board pack has a "
        "two-page narrative up front. I help CEOs build exactly that — my approach is at "
        "https://boardnarrative.com.",
    ),
    (
        "Re: dealing with a toxic executive",
        "This is more common than people admit. In my coaching practice I see it monthly. The "
        "first step is documenting behaviour, not personality. If you want to talk it through "
        "confidentially, my inbox is open.",
    ),
    (
        "Re: warehouse automation",
        "Robotics pays back in under three years at 80% utilisation. We've automated 25 "
        "warehouses across Europe. If you're exploring it, I can put you in touch with our "
        "solutions team.",
    ),
    (
        "Re: anyone outsourcing their IT?",
        "We're an MSP and honestly most mid-size companies are better off outsourcing tier 1 "
        "and keeping architecture in-house. Happy to give you a second opinion on your setup.",
    ),
    (
        "Leadership lessons from the military",
        "Twenty years in the Navy taught me that clarity beats charisma. I now run leadership "
        "workshops for executive teams built on those lessons. The next open session is in "
        "April — reply here if you'd like details.",
    ),
    (
        "Re: best way to hire in LatAm",
        "Nearshoring to Colombia and Mexico has worked well for the startups we support. We "
        "handle recruiting and payroll end to end. Let me know if you want an intro call.",
    ),
    (
        "Contact request",
        "Hello Ahmed, I'm putting together a small group of CTOs who are evaluating AI coding "
        "assistants, and we're offering early pilot access to our platform. Would you like to "
        "join?",
    ),
]

FRESH_LEGIT: list[tuple[str, str]] = [
    (
        "Our clients are asking for AI discounts",
        "I run a 300-person law firm. Our clients increasingly ask us to pass on AI efficiency "
        "savings as lower fees. How are other professional services leaders handling this "
        "conversation?",
    ),
    (
        "What did you pay for your ERP implementation partner?",
        "We've received quotes from three implementation partners for Dynamics 365: $850k, "
        "$1.2M and $1.6M. Scope is the same on paper. What did others pay, and was the cheapest "
        "one a mistake?",
    ),
    (
        "Lessons from our agency's worst year",
        "I lead a 120-person marketing agency. Last year we lost our two largest clients within "
        "a month. We learned that concentration risk is an existential risk for services firms, "
        "and we now cap any client at 15% of revenue.",
    ),
    (
        "Economist: the return of industrial policy",
        "Good long read on industrial policy in the US and EU: "
        "https://www.economist.com/briefing/2024/01/industrial-policy. For those running "
        "manufacturing, are subsidies changing your site selection?",
    ),
    (
        "HubSpot vs Salesforce for a 50-person sales team",
        "We evaluated HubSpot vs Salesforce this spring. HubSpot was faster to roll out and "
        "about 40% cheaper; Salesforce was more flexible for our complex quoting. We went with "
        "HubSpot and haven't looked back.",
    ),
    (
        "Hi Lucas",
        "Hi Lucas, we sat next to each other at the INSEAD alumni dinner. I'd love to continue "
        "our conversation about succession planning in family businesses. Lunch in Paris next "
        "month?",
    ),
    (
        "Should we attend the big trade show this year?",
        "We spend about $400k a year on our booth at the main industry trade show. Leads are "
        "mediocre. Has anyone cut a major trade show and regretted it, or not?",
    ),
    (
        "We're hiring a Head of Treasury",
        "My team is hiring a Head of Treasury in Amsterdam. It's a great role for someone who "
        "wants to build the function from scratch. The posting is at "
        "https://careers.noordfin.nl/jobs/head-of-treasury — referrals welcome.",
    ),
    (
        "Recommendations for a crisis communications firm",
        "We may need outside crisis comms support in the next few weeks. Who have you used, "
        "and what did a retainer cost? Discretion matters more than size.",
    ),
    (
        "Reflections on ten years as a consultant",
        "I spent ten years in consulting before becoming COO. The best clients I had were the "
        "ones who told us early when we were wrong. I try to be that kind of client now when "
        "we hire advisors.",
    ),
    (
        "Is 12% a reasonable price increase to accept?",
        "Our payroll provider announced a 12% price increase with 30 days' notice. We're locked "
        "in for another year. Has anyone pushed back successfully on a mid-contract increase?",
    ),
    (
        "Sharing the OECD employment outlook",
        "The OECD Employment Outlook has useful data on wage growth by country: "
        "https://www.oecd.org/employment-outlook/. We're using it to plan next year's salary "
        "budgets across our European entities.",
    ),
    (
        "Announcing: I'm joining a board",
        "Pleased to share that I've joined the board of Alvéole Foods as an independent "
        "director. Thanks to the members here who helped me think through the offer.",
    ),
    (
        "Experiencia con consultoras de estrategia",
        "Estamos valorando contratar una consultora para revisar nuestra estrategia comercial. "
        "¿Alguien ha trabajado con firmas medianas en lugar de las grandes? ¿Qué tal el "
        "resultado?",
    ),
    (
        "Re: vendor due diligence",
        "We ask every vendor for their last two years of financials and a list of customers "
        "who churned. The ones who refuse tell you something.",
    ),
    (
        "My firm won an award — some reflections on culture",
        "Our firm was named one of the best places to work in accounting this year. I'm proud, "
        "but what I learned is that culture came from partners giving up the best work to "
        "juniors, not from perks.",
    ),
    (
        "Contact request",
        "Hi Fatima, I'm the new CFO at a logistics company and saw you spoke about treasury "
        "automation at the AFP conference. Would you be willing to share what worked for you? "
        "Happy to return the favour on anything in my area.",
    ),
    (
        "Typical discount for paying a consultant upfront?",
        "A strategy boutique offered us 10% off if we pay the full $300k upfront. Is that a "
        "normal arrangement, and are there risks I'm not seeing?",
    ),
]

FRESH_CORPUS: list[tuple[str, str, str]] = (
    [(title, body, "blatant") for title, body in FRESH_BLATANT]
    + [(title, body, "subtle") for title, body in FRESH_SUBTLE]
    + [(title, body, "legit") for title, body in FRESH_LEGIT]
)

# Written after the detector was broadened using FRESH_CORPUS misses (see the module docstring).
HOLDOUT_BLATANT: list[tuple[str, str]] = [
    (
        "Audit-ready in 6 weeks",
        "LedgerGuard prepares mid-market companies for their first audit in six weeks, "
        "guaranteed. Fixed fee of $18,000. Secure your spot for Q1: https://ledgerguard.com/q1",
    ),
    (
        "For CHROs only",
        "We've opened 10 complimentary seats in our Chief People Officer leadership lab for "
        "members here. Seats go fast — reserve yours today at https://peoplelab.co/reserve",
    ),
    (
        "Dear members",
        "Dear members, our logistics company can move your freight from Asia to Europe 20% "
        "cheaper than the big forwarders. WhatsApp me on +31 6 1234 5678 for a same-day quote.",
    ),
    (
        "Quick note",
        "Hi Rob, saw you're the COO at Vantage. We've built a workforce scheduling tool used by "
        "120 manufacturers. Can I send you a short video demo? Or grab time here: "
        "https://savvycal.com/shiftly/rob",
    ),
    (
        "Executive protection services",
        "Travelling to high-risk regions? Our executive protection team provides close "
        "protection and secure transport worldwide. Rates on request: ops@sentinelguard.com",
    ),
    (
        "Webinaire gratuit",
        "Rejoignez notre webinaire gratuit sur la fiscalité des dirigeants le 12 juin. "
        "Inscription : https://fiscadir.fr/webinaire",
    ),
    (
        "AI board minutes",
        "Stop paying your GC to write board minutes. MinuteMind drafts them in minutes. "
        "$99/month per board. 30-day money-back guarantee. https://minutemind.ai",
    ),
    (
        "Grow your personal brand",
        "Executives with a strong personal brand earn more. My LinkedIn accelerator has helped "
        "300 leaders grow their audience. Join the next round — details in the link: "
        "https://tinyurl.com/exec-brand-accel",
    ),
]

HOLDOUT_SUBTLE: list[tuple[str, str]] = [
    (
        "Re: how to prepare for a sale process",
        "Start with a sell-side QoE a year before you go to market. I've been on both sides of "
        "about forty deals, and these days that's the main thing my boutique helps founders "
        "with. Always happy to compare notes privately.",
    ),
    (
        "Why I left corporate to start a studio",
        "After 15 years running product at a bank, I started a small design studio. We work "
        "with fintechs on their onboarding flows. Loving it so far — and if any of you are "
        "wrestling with conversion, we should talk.",
    ),
    (
        "Re: building a pricing committee",
        "We built a pricing committee framework that our consulting clients now use as a "
        "template. I'd be glad to send it over if you message me.",
    ),
    (
        "Hi Nadia",
        "Hi Nadia, I came across your talk on supplier diversity. My firm specialises in "
        "supplier diversity programmes for large retailers, and I'd love to explore whether "
        "there's a fit with what you're doing.",
    ),
    (
        "Re: coaching for a new VP",
        "Coaching works best when the goals are agreed with the manager up front. That's how I "
        "structure all my engagements. I have room for one more client this quarter if that "
        "helps.",
    ),
    (
        "A pattern I keep seeing in SaaS churn",
        "Churn often starts 6 months before renewal, when the champion leaves. Our product "
        "tracks champion changes automatically, which is why we built it. Curious whether "
        "others see the same pattern — and happy to show what we track.",
    ),
    (
        "Re: looking for a fractional CISO",
        "I've been a fractional CISO for five companies your size. Drop me a message and I'll "
        "share how I usually structure the first 90 days.",
    ),
    (
        "Thoughts on board evaluations",
        "Board evaluations are most useful when run by an outsider. We've run over 60 of them, "
        "and the pattern is always the same: the chair underestimates how much directors "
        "hold back. Reach out if you're planning one this year.",
    ),
    (
        "Re: Einführung von OKRs",
        "OKRs scheitern meist an zu vielen Zielen. Wir haben über 50 Unternehmen bei der "
        "Einführung begleitet — schreiben Sie mir gerne eine Nachricht.",
    ),
    (
        "Re: preparing the exec team for an IPO",
        "The hardest part is the shift to quarterly discipline. Our IPO readiness practice has "
        "seen this in every engagement. Feel free to DM me if you'd like our readiness checklist.",
    ),
]

HOLDOUT_LEGIT: list[tuple[str, str]] = [
    (
        "Our agency lost its biggest client — what I learned",
        "I run a creative agency of 80 people. When our largest client left, we learned that "
        "no client should be more than 20% of revenue. We diversified over two years. Painful, "
        "but the right call.",
    ),
    (
        "Negotiating with Snowflake: what discount did you get?",
        "Our Snowflake rep offered 18% off list for a $1.2M three-year commitment. Did anyone "
        "get better terms, and was it worth committing that much upfront?",
    ),
    (
        "Recommendations for a leadership coach in Berlin",
        "My head of engineering has asked for a coach, preferably German-speaking and based in "
        "Berlin. Any recommendations from people you've actually worked with?",
    ),
    (
        "WSJ piece on CFO turnover",
        "CFO turnover is at a record high according to this: "
        "https://www.wsj.com/articles/cfo-turnover-record. Does that match what you see among "
        "your peers?",
    ),
    (
        "We compared three board portals",
        "We compared Diligent, OnBoard and Boardable. OnBoard was the best value at about "
        "$12k a year for our board of nine. Diligent was more secure but three times the price.",
    ),
    (
        "Hi Chen",
        "Hi Chen, it was great to hear your story on the CFO panel. I'm facing a similar "
        "refinancing and would be grateful for 20 minutes of your time, whenever suits you.",
    ),
    (
        "Our company's experience with a four-day week in customer support",
        "We tried a four-day week in our support team. Response times held steady after we "
        "staggered days off. Our customers didn't notice, and sick days dropped by a third.",
    ),
    (
        "Is it normal for a consultancy to charge for the proposal?",
        "A consultancy wants $25k to write a proposal for a transformation program. That seems "
        "odd to me. Has anyone paid for a proposal before?",
    ),
    (
        "Sharing a free template",
        "Several of you asked for the capital allocation template I mentioned at the dinner. "
        "Here it is as a Google Sheet, no sign-in needed: "
        "https://docs.google.com/spreadsheets/d/1xYz/view. Use it however you like.",
    ),
    (
        "We're hiring a General Counsel",
        "We're looking for our first General Counsel at Meridian Health (I'm the CEO). If you "
        "know someone with healthcare regulatory experience, please send them my way.",
    ),
    (
        "Lessons from my time as an interim CEO",
        "I was interim CEO for eight months while the board ran a search. What I learned: "
        "make decisions as if you're staying, but document them as if you're leaving.",
    ),
    (
        "Re: anyone using an outside firm for board evaluations?",
        "We used an outside firm last year for the first time. It cost about $40k and the "
        "directors were far more candid than in our self-assessment. Worth it every few years.",
    ),
]

HOLDOUT_CORPUS: list[tuple[str, str, str]] = (
    [(title, body, "blatant") for title, body in HOLDOUT_BLATANT]
    + [(title, body, "subtle") for title, body in HOLDOUT_SUBTLE]
    + [(title, body, "legit") for title, body in HOLDOUT_LEGIT]
)
