"""Fresh evaluation sets for the sales-pitch detector, written before the rules they measure.

Each set has 20 blatant pitches, 20 subtle ones and 20 legitimate posts that look like pitches,
labelled by the policy in pitch_corpus.py, and each is written in a deliberately different voice
and domain so that a rule fitted to one does not automatically fit the next.

- SET_A: SaaS/martech vendors and agencies on a CMO forum.            Used for TUNING.
- SET_B: consultants, coaches, recruiters, fractional execs, event     Used for TUNING.
  organisers, newsletter and podcast authors.
- SET_C: finance/HR/legal/IT services, non-native English, very short  Held out for round one,
  and long posts, French/Spanish/German/Dutch/Italian/Portuguese.       then TUNED on (round two).
- SET_D: written after round one; ops, healthcare, real estate, PE,    Held out for round one,
  legal tech, emoji and terse replies.                                 then TUNED on (round two).
- SET_E: written after round two; construction, insurance, retail,    HELD OUT: never tuned on.
  biotech, education, nonprofits, six languages.

Numbers measured on each set before and after the structural rework are in pitch.py's docstring;
the floors in test_pitch.py are the counts measured at the end.
"""

Post = tuple[str, str, str]


def _label(blatant: list[tuple[str, str]], subtle: list[tuple[str, str]], legit) -> list[Post]:
    return (
        [(title, body, "blatant") for title, body in blatant]
        + [(title, body, "subtle") for title, body in subtle]
        + [(title, body, "legit") for title, body in legit]
    )


# --- Set A: martech vendors and agencies on a CMO forum (tuning) ---------------------------------

SET_A = _label(
    [
        (
            "Attribution that actually works",
            "CMOs: if your attribution model is still last-click, you're burning budget. "
            "AttriFlow connects every touchpoint to revenue in under a week. Start a 30-day "
            "trial today → attriflow.io/start",
        ),
        (
            "Agency capacity open for Q3",
            "Our performance agency has room for two more B2B brands this quarter. We've scaled "
            "40+ SaaS companies past $10M ARR. Book an intro: https://calendly.com/growthforge/intro",
        ),
        (
            "Free SEO audit for members",
            "We're offering a free technical SEO audit to the first 10 CMOs who reply. Just drop "
            "your domain below and our team will send a 20-page report within 48 hours.",
        ),
        (
            "Webinar Thursday: ABM in 2025",
            "Join us Thursday at 2pm ET for a live session on account-based marketing with our "
            "head of strategy. Register here: https://bit.ly/abm-live-25",
        ),
        (
            "Stop paying for 12 martech tools",
            "StackOne replaces your email, landing page and CRM tools with one platform at "
            "$299/mo. Switch this month and get 3 months free. Details at stackone.com/switch",
        ),
        (
            "Comment 'PLAYBOOK' for our template",
            "We built a 47-slide demand gen playbook that's generated $30M pipeline for our "
            "clients. Comment PLAYBOOK and I'll DM it to you.",
        ),
        (
            "Influencer marketing done for you",
            "We run end-to-end creator campaigns for B2B brands: sourcing, contracts, content, "
            "reporting. Packages from €6,000 per month. Drop me a line at sophie@creatorlab.eu",
        ),
        (
            "Hi Daniel - quick question",
            "Hi Daniel, saw your team is hiring SDRs. Our AI SDR books meetings 24/7 for a "
            "fraction of the cost. Worth a 15-minute look next week? Here's my link: "
            "cal.com/marc-outboundai",
        ),
        (
            "CMOs — 50% off our annual plan ends Friday",
            "Our social listening tool is 50% off annual plans until Friday for anyone in this "
            "group. Use code CMOCIRCLE at checkout.",
        ),
        (
            "Launching today on Product Hunt",
            "After 2 years of building, BrandPulse is live! It tracks share of voice across "
            "podcasts, newsletters and LinkedIn. We'd love your support: "
            "producthunt.com/posts/brandpulse",
        ),
        (
            "Your website is losing leads",
            "Most B2B sites convert under 1%. Ours convert at 4.2% on average. We redesign, "
            "rewrite and rebuild in 6 weeks, fixed price. Let's talk: hello@pixelnorth.agency",
        ),
        (
            "Get the 2025 B2B Benchmark Report",
            "We analysed 1,200 B2B campaigns. Get your copy of the full benchmark report (free, "
            "38 pages): https://go.demandmetrics.io/benchmark-2025?utm_source=peercircle",
        ),
        (
            "Want more pipeline from LinkedIn?",
            "I help B2B CMOs build executive ghostwriting programs that generate inbound. 3 spots "
            "left for September. Message me 'GHOST' to get the details.",
        ),
        ("Short post", "Need a fractional CMO agency? We've got you. DM for rates."),
        (
            "Customer data platform, now with AI",
            "UnifyCDP now predicts churn and next-best-offer out of the box. Request your "
            "personalised demo at unifycdp.com/demo and we'll throw in a free data readiness "
            "assessment.",
        ),
        (
            "Event: CMO Dinner London",
            "We're hosting an intimate dinner for 12 marketing leaders on 18 June in Mayfair, "
            "sponsored by our agency. Apply for a seat here: https://forms.gle/abc123",
        ),
        (
            "Podcast guests wanted... and listeners!",
            "Our podcast 'Demand Unfiltered' just hit episode 100. Subscribe on Spotify and "
            "Apple, and if you want to be featured, our sponsorship packages start at $2,500 per "
            "episode.",
        ),
        (
            "Switch your email provider",
            "Tired of deliverability issues? MailCrest guarantees 98% inbox placement or your "
            "money back. Try it free, no credit card required: mailcrest.com",
        ),
        (
            "Re: agency recommendations for paid social?",
            "Hi! We're a paid social agency in Austin, exactly what you need. We'd be happy to "
            "jump on a call this week and share a proposal. Grab time here: "
            "calendly.com/socialsquad/15",
        ),
        (
            "Video production for SaaS brands",
            "We make explainer videos that convert. 200+ videos delivered, 4.9 stars on Clutch. "
            "Get a quote in 24 hours: videoloft.co/quote",
        ),
    ],
    [
        (
            "What 300 brand audits taught us",
            "Over the last 3 years our team has audited 300 B2B brands. The #1 issue? "
            "Positioning that sounds like every competitor. We've put together a framework that "
            "fixes this in a day — happy to walk anyone through it.",
        ),
        (
            "The death of MQLs",
            "MQLs are a vanity metric. At Pipelinr we moved all our customers to pipeline-sourced "
            "revenue goals and saw sales alignment improve overnight. If you're wrestling with "
            "this, my inbox is open.",
        ),
        (
            "How we helped a fintech triple demo requests",
            "Short case study: a Series B fintech came to us with flat demo volume. We rebuilt "
            "their paid search and landing pages and they tripled demo requests in 90 days. "
            "Curious how? Let's chat.",
        ),
        (
            "Quick thought on brand vs performance",
            "Brand spend compounds, performance spend rents attention. This is literally what we "
            "help CMOs balance every day at our agency. Always happy to compare notes with anyone "
            "planning 2025 budgets.",
        ),
        (
            "Anyone else struggling with content velocity?",
            "Most content teams I meet ship 4 pieces a month. Our clients ship 20 with the same "
            "headcount, using our AI-assisted workflow. Ping me if you want to see how.",
        ),
        (
            "A thought on CMO tenure",
            "CMO tenure is at an all-time low. I've spent 15 years coaching marketing leaders "
            "through their first 100 days, and the pattern is always the same. If you're new in "
            "seat, I'd be glad to share the 100-day plan I use with my clients.",
        ),
        (
            "Webinar recap + recording",
            "Thanks to everyone who joined our session on first-party data. For those who missed "
            "it, the recording is on our site at datacraft.io/resources/first-party — and the "
            "next one is in July.",
        ),
        (
            "Write-up: attribution is broken",
            "I wrote a long piece on why multi-touch attribution fails for enterprise deals, "
            "drawing on what we see across our customer base. Link in the comments.",
        ),
        (
            "Customer marketing underrated",
            "Customer marketing is the most underfunded team in SaaS. We've built a platform "
            "around exactly this problem (reviews, references, advocacy). Not trying to sell, but "
            "if anyone wants a peek, happy to show you.",
        ),
        (
            "Newsletter",
            "I've been writing a weekly newsletter for CMOs for 2 years — 14,000 readers now. "
            "This week's issue is about budget defense in a downturn. Would love for you to check "
            "it out: thecmobrief.com",
        ),
        (
            "On rebrands",
            "Having led 40+ rebrands at our studio, the biggest failure mode is skipping the "
            "internal launch. We have a checklist we give clients — I can send it over if useful.",
        ),
        (
            "PLG for enterprise?",
            "Product-led growth doesn't die at enterprise, it changes shape. We help enterprise "
            "SaaS teams design hybrid PLG motions. Drop a comment if you want our framework.",
        ),
        (
            "Tip: audit your tracking",
            "Half the GA4 setups we review have broken conversion events. Quick tip: check your "
            "event deduplication. If you'd like a second look at yours, our team does this every "
            "week.",
        ),
        (
            "Re: How are you measuring brand?",
            "We've been solving this exact problem for clients with our brand lift studies — "
            "survey plus search data combined. Happy to share a sample report if anyone wants to "
            "DM.",
        ),
        (
            "The 3 metrics your board actually cares about",
            "Boards don't care about MQLs, they care about CAC payback, NRR and pipeline "
            "coverage. Our dashboard tracks all three automatically — more at metricboard.io.",
        ),
        (
            "Hiring an agency? Read this first",
            "7 questions to ask before you sign with an agency (from someone who runs one): who "
            "actually does the work, who owns the ad accounts, what happens at month 3... And if "
            "you want an agency that answers all 7 well, you know where to find us ;)",
        ),
        (
            "Free resource",
            "We just published our 2025 State of B2B Email report, 60 pages of benchmarks. It's "
            "free, just needs an email: emailbench.com/report",
        ),
        (
            "Community question + offer",
            "How many of you are running ABM with fewer than 3 people? We built our ABM-in-a-box "
            "service specifically for lean teams. Would love to hear your setups, and happy to "
            "share ours.",
        ),
        (
            "AI content is mostly bad",
            "Most AI content is bland. We trained our model on 10 years of award-winning copy and "
            "the difference is night and day. If anyone wants to test it against their current "
            "process, I'll set you up with a pilot account.",
        ),
        (
            "Event you shouldn't miss",
            "Heads up: I'm speaking at our B2B Growth Summit in Lisbon in October alongside CMOs "
            "from Stripe and Miro. We've set aside a handful of complimentary passes for members "
            "here.",
        ),
    ],
    [
        (
            "HubSpot vs Salesforce Marketing Cloud for a 50-person team?",
            "We're at $20M ARR and outgrowing HubSpot Pro. Salesforce quoted us $120k/year for "
            "MCAE. HubSpot Enterprise would be ~$45k. Anyone made the jump either way? What did "
            "you regret?",
        ),
        (
            "What are you paying for G2?",
            "Our G2 renewal came in at $38k, up 30%. Is that in line with what others are "
            "paying, or should we push back?",
        ),
        (
            "Lessons from killing our events budget",
            "Last year I cut our field events budget by 60% and moved it to customer advisory "
            "boards. What we learned: pipeline dipped for one quarter, then recovered, and win "
            "rates on CAB-influenced deals were 2x. I'd do it again but phase it over two "
            "quarters.",
        ),
        (
            "Gartner on marketing budgets",
            "Gartner's CMO spend survey is out: budgets are flat at 7.7% of revenue. "
            "https://www.gartner.com/en/marketing/research/annual-cmo-spend-survey. Does this "
            "match what you're seeing?",
        ),
        (
            "We're hiring a Head of Brand",
            "My team at Lumenwork is hiring a Head of Brand in London. Details on our careers "
            "page: lumenwork.com/careers/head-of-brand. Referrals welcome — happy to buy coffee "
            "for anyone who sends a great candidate.",
        ),
        (
            "Recommend a B2B PR agency?",
            "Looking for a PR agency that understands B2B infrastructure. Budget around "
            "$15k/month. Who have you worked with and would you hire them again?",
        ),
        (
            "Our agency review process",
            "We ran an agency review this spring: 6 agencies pitched, we shortlisted 3 and went "
            "with a small independent. The pitch theatre was useless; the paid discovery sprint "
            "told us everything. Strongly recommend paying for a 2-week trial project.",
        ),
        (
            "Disclosure: I work at a martech company",
            "I'm the CMO at a CDP vendor, so take this with salt, but I think most companies "
            "don't need a CDP until they have 3+ data sources feeding personalisation. Your "
            "warehouse plus reverse ETL gets you 80% there.",
        ),
        (
            "Demo fatigue",
            "Every vendor wants a 45-minute demo before showing pricing. How do you all handle "
            "this? I've started asking for a recorded demo and a price sheet before any call.",
        ),
        (
            "Switched from Marketo to HubSpot — notes",
            "We moved off Marketo last year. Migration took 4 months, cost about $60k with a "
            "partner, and our ops team is happier. Lead scoring is weaker in HubSpot. Happy to "
            "answer questions in the thread.",
        ),
        (
            "Free tools that are actually good",
            "Sharing some free tools my team uses: Looker Studio for dashboards, AnswerThePublic "
            "for content ideas, and the free tier of Hotjar. What else should be on the list?",
        ),
        (
            "Re: Is anyone using AI SDRs?",
            "We piloted one for 3 months. It booked meetings, but show rates were 30% and quality "
            "was poor. We turned it off. The vendor was responsive, but the product isn't there "
            "yet.",
        ),
        (
            "The best marketing book I've read this year",
            "Just finished 'How Brands Grow' again. Still the clearest argument for reach over "
            "targeting. Anyone have a modern follow-up they'd recommend?",
        ),
        (
            "Trade show ROI",
            "We spent $220k on booth, travel and swag for a big industry show. Sourced pipeline "
            "was $1.1M, closed $180k. Struggling to justify it next year. How do you measure "
            "events?",
        ),
        (
            "Posted our Q2 results",
            "Our company published Q2 results today (we're public). Marketing-sourced pipeline "
            "grew 31%. Proud of the team. Happy to discuss what drove it — mostly partner "
            "marketing.",
        ),
        (
            "Webinars still worth it?",
            "Our webinar attendance has dropped from 400 to 90 per session in two years. Are you "
            "still running them? What replaced them for you?",
        ),
        (
            "Agency contract terms",
            "Our agency wants a 12-month minimum with 90-day notice. Is that standard? Used to "
            "see 6 months at most.",
        ),
        (
            "Intro request",
            "Does anyone know the CMO at Datadog? We're working on a co-marketing idea and I'd "
            "love a warm intro. Happy to return the favour.",
        ),
        (
            "Book club: Obviously Awesome",
            "A few of us are reading April Dunford's book and meeting on Zoom on the 12th to "
            "discuss. Any member is welcome, no cost, just reply here and I'll add you to the "
            "invite.",
        ),
        (
            "Sharing my positioning template",
            "Here's the positioning template I've used at three companies, as a public Google "
            "Doc: https://docs.google.com/document/d/1abc/view. Steal it, adapt it, no sign-up "
            "needed.",
        ),
    ],
)

# --- Set B: consultants, coaches, recruiters, fractional execs, organisers, authors (tuning) ------

SET_B = _label(
    [
        (
            "Executive coaching — 2 openings",
            "I coach first-time CEOs through their first 18 months. I have two openings starting "
            "in March. My 6-month program is $18,000. Reply or email me at anna@annakoller.coach "
            "to set up a chemistry session.",
        ),
        (
            "Fractional CFO available",
            "Fractional CFO with 20 years in SaaS, ex-Big 4, 3 exits. Available 2 days/week from "
            "next month. Rates from £1,200/day. Let's connect.",
        ),
        (
            "Retained search for CTOs",
            "Our boutique places CTOs and VPs of Engineering for Series B-D startups. Average "
            "time to offer: 47 days. Fee is 30% of first-year cash. If you're hiring, contact us "
            "at search@techexec.partners.",
        ),
        (
            "Leadership retreat in Tuscany",
            "Join 16 CEOs for 4 days of reflection, strategy and wine in Tuscany, 12-15 Sept. "
            "Early bird pricing €4,900 until 30 June. Apply at tuscanyceoretreat.com/apply",
        ),
        (
            "My new book is out!",
            "After 3 years, 'The Quiet Operator' is finally out. It's the playbook I wish I'd had "
            "as a first-time COO. Order it on Amazon today, and if you buy 10+ copies for your "
            "team, I'll do a free virtual Q&A session.",
        ),
        (
            "Subscribe: The Board Brief",
            "Each Tuesday I break down one board-level decision in 5 minutes. 22,000 executives "
            "read it. Join them free: theboardbrief.beehiiv.com",
        ),
        (
            "Podcast: new episode",
            "New episode of 'Operators Unplugged' is live! I talk to the COO of Monzo about "
            "scaling ops. Listen and subscribe wherever you get your podcasts: "
            "https://pod.link/operators-unplugged",
        ),
        (
            "Interim HR leader",
            "Need an interim CHRO? I've stepped in at 11 companies during transitions. Available "
            "immediately. Happy to send my CV and references — just DM me.",
        ),
        (
            "Masterclass: negotiating your exec package",
            "I'm running a 90-minute masterclass on negotiating executive compensation, Wednesday "
            "6pm GMT. £149 per seat, 30 seats only. Book here: https://tidycal.com/jmorgan/mc",
        ),
        (
            "Free 30-minute career strategy call",
            "If you're a VP wondering about the step up to C-suite, I offer a free 30-minute "
            "strategy call this month. Grab a slot: calendly.com/exec-path/30",
        ),
        (
            "OKR workshop for your leadership team",
            "I facilitate one-day OKR workshops for leadership teams of 5-15. Fixed fee of $9,500 "
            "including pre-work and follow-up. 90% of teams say it's the best offsite they've "
            "had. Email okrs@clearaim.co to book.",
        ),
        (
            "Peer group for new CEOs",
            "We're launching our next CEO peer group in Chicago: 10 non-competing CEOs, monthly "
            "full-day sessions, 1:1 coaching. Membership is $1,500/month. Info session next "
            "Tuesday — register at ceoforge.com/info",
        ),
        (
            "Hey Priya",
            "Hey Priya, loved your post on the ops channel. I'm a leadership coach working with "
            "operations executives at scale-ups. Would you be open to a 20-minute call to see if "
            "there's a fit?",
        ),
        (
            "Sales team underperforming?",
            "I'm a fractional CRO. I've rebuilt sales teams at 14 B2B companies, average 2.3x "
            "growth in 18 months. I take on 3 clients at a time and one spot just opened up. DM "
            "me 'CRO' for details.",
        ),
        (
            "Speaking engagements",
            "I'm now booking keynote engagements for 2025 on resilience and high-performance "
            "leadership. Fees start at $15k. My speaker reel and booking form: "
            "https://jamiecole.com/speaking",
        ),
        (
            "Newsletter launch",
            "I'm launching a paid newsletter on private equity operations. First 100 subscribers "
            "get 40% off for life. Sign up: pe-operator.substack.com",
        ),
        (
            "Tickets for CFO Forum 2025",
            "CFO Forum 2025 is on 3 October in Amsterdam. Members of Peer Circle get a 25% "
            "discount with code PEER25. Get tickets: cfoforum.eu/tickets",
        ),
        (
            "Board-ready in 90 days",
            "My Board Readiness Program prepares senior execs for their first NED role. 8 "
            "sessions, CV rewrite, intros to chairs. Next cohort starts May 1 and only 6 places "
            "remain. Enrol at boardready.co.uk",
        ),
        ("Short", "Executive resume writing, 48h turnaround, $750. DM me."),
        (
            "Free download: the 1:1 template",
            "I put together the 1:1 template I use with all my coaching clients. Download it free "
            "at https://tally.so/r/1on1-template — you'll also get my weekly tips.",
        ),
    ],
    [
        (
            "What I learned coaching 200 CEOs",
            "After coaching 200 CEOs, the single biggest predictor of success is how they handle "
            "their first board conflict. I unpack this with every client in our first month "
            "together. If this resonates, my DMs are open.",
        ),
        (
            "Why fractional is the future",
            "Full-time C-suite hires are a luxury most Series A companies can't afford. That's "
            "why I went fractional three years ago, and I now support four companies as their "
            "CMO. Happy to share how it works if you're considering it.",
        ),
        (
            "The mistake every founder makes with their first VP Sales",
            "They hire from a big company. I've seen it 30+ times in my search practice. The "
            "candidates who succeed come from companies one stage ahead. If you're about to run "
            "this search, let's talk before you write the job spec.",
        ),
        (
            "On burnout",
            "Burnout at the top is real and rarely discussed. In my work with executives I see it "
            "in 7 out of 10 leaders. I've developed a simple 4-week reset that my clients swear "
            "by. Reach out if you want to learn more.",
        ),
        (
            "Podcast episode you might like",
            "We just recorded a great conversation with a former Amazon VP on decision-making. "
            "It's on my podcast, 'Leading Quietly', episode 42. Would love your thoughts.",
        ),
        (
            "A quick framework",
            "Here's a framework I use with leadership teams: Stop / Start / Scale. It's the "
            "backbone of the offsites I run. If anyone wants me to run one for their team, happy "
            "to chat.",
        ),
        (
            "Re: anyone know a good executive coach?",
            "I'm an executive coach myself, specialising in first-time CEOs — I'd be glad to have "
            "an intro chat and see if I'm a fit for you.",
        ),
        (
            "Transitions are hard",
            "Changing roles at the C-level is a lonely process. I spent 12 years as a CHRO and "
            "now help executives navigate their next move. Always up for a conversation with "
            "anyone in transition.",
        ),
        (
            "Compensation benchmarks",
            "We just completed our annual executive compensation survey across 600 tech "
            "companies. Members here can get the summary for free — just send me a message.",
        ),
        (
            "My take on the CFO role",
            "The modern CFO is a chief operating partner. I write about this every week in my "
            "newsletter (link in profile). This week: why FP&A should report to the COO.",
        ),
        (
            "Are you ready for your next raise?",
            "Most founders start preparing for fundraising 3 months too late. As a former VC "
            "turned advisor, I help founders get investor-ready. I've put together a short "
            "readiness checklist — comment 'READY' and I'll share it.",
        ),
        (
            "An event I'm organising",
            "I'm hosting a small breakfast for operating partners in NYC next month. Invite-only, "
            "15 seats. If you'd like to join, let me know and I'll send details.",
        ),
        (
            "Hiring is broken",
            "70% of exec hires fail within 18 months. At our firm we've rebuilt the process "
            "around structured references and work samples, and our placements have a 92% "
            "retention rate. Worth considering next time you're hiring.",
        ),
        (
            "Thoughts on storytelling for execs",
            "Great leaders are great storytellers. I teach a 6-week course on exactly this, but "
            "here's one tip for free: start with the stakes, not the background. More where that "
            "came from if you're interested.",
        ),
        (
            "Interim or permanent?",
            "When a CFO leaves suddenly, most boards panic-hire. Interim buys time to get it "
            "right. I've done 9 interim CFO stints. If you find yourself in this spot, I'm a "
            "phone call away.",
        ),
        (
            "Free offsite agenda",
            "Sharing the offsite agenda we use with clients. Get the full template with "
            "facilitation notes at strategyoffsite.com/agenda.",
        ),
        (
            "The loneliness of the CEO",
            "It's lonely at the top. That's why we created our CEO circles: small groups, "
            "monthly, facilitated. Applications open for autumn. More info on our website.",
        ),
        (
            "How I helped a CEO save her job",
            "A CEO came to me after a brutal board review. In 12 weeks we rebuilt her "
            "relationship with the chair and her operating cadence. She's now two years in and "
            "thriving. If you're in a similar spot, you know where to find me.",
        ),
        (
            "Quick question for COOs",
            "How do you run your weekly ops review? I'm curious because I help COOs redesign "
            "their operating rhythm and I'm always collecting examples. Happy to share my "
            "template in return — DM me.",
        ),
        (
            "Recording of my keynote",
            "Several people asked for my keynote from the SaaStr panel. Here it is: "
            "https://youtu.be/abc123. If your leadership team would benefit from a session like "
            "this, I do a few in-house talks each quarter.",
        ),
    ],
    [
        (
            "Has anyone used a fractional CFO?",
            "We're a $12M services business thinking about a fractional CFO instead of a "
            "full-time hire. What did you pay and what did you get? Any names you'd recommend?",
        ),
        (
            "Coaches: worth it?",
            "My board offered to pay for an executive coach. I'm skeptical. For those who've had "
            "one, what made it work or not?",
        ),
        (
            "What 10 years as a consultant taught me",
            "I spent a decade at Bain before going in-house. Lessons: 1) the client always knows "
            "the answer, they need permission 2) implementation beats strategy 3) never present "
            "a 100-page deck. I'm now a COO and I see the other side.",
        ),
        (
            "Recruiter fees — normal?",
            "Our retained search firm wants 33% of first-year comp plus expenses for a CRO "
            "search. Is that normal now? We paid 25% three years ago.",
        ),
        (
            "We're hiring a COO",
            "I'm the CEO of Fernway and we're hiring our first COO. It's a great role for someone "
            "who loves building. JD here: https://fernway.com/careers/coo. Feel free to share "
            "with anyone who might fit.",
        ),
        (
            "Interesting HBR piece on succession",
            "This HBR article on CEO succession planning is excellent: "
            "https://hbr.org/2024/05/ceo-succession. We're doing exactly what they warn against. "
            "How do your boards handle it?",
        ),
        (
            "Podcast recommendation",
            "I've been enjoying 'Acquired' for long-form business history. The episode on Costco "
            "is fantastic. Any other podcasts you'd recommend for the commute?",
        ),
        (
            "Peer group experiences?",
            "Considering joining YPO or Vistage. Cost is roughly $15-20k/year all in. What's been "
            "your experience with either?",
        ),
        (
            "Speaking at a conference next week",
            "I'm on a panel at SaaStr next week talking about our pricing change. If any members "
            "are there, would be nice to meet in person. I'll be around the main stage after 3pm.",
        ),
        (
            "My former coach retired",
            "My exec coach of 6 years just retired and I'm bereft. She had a gift for asking the "
            "uncomfortable question. Has anyone worked with someone they'd recommend for a CEO in "
            "year 5?",
        ),
        (
            "Newsletter recommendations",
            "Which newsletters do you actually read? Mine: Stratechery, Lenny's, and The Diff. "
            "I've unsubscribed from everything else.",
        ),
        (
            "Moving to a fractional career",
            "I'm thinking about leaving my full-time CMO role to go fractional. For those who "
            "made the switch, how long did it take to get to a full book? What do you wish you'd "
            "known?",
        ),
        (
            "Board offsite went well",
            "We ran our first 2-day board offsite last month, facilitated by an outside "
            "consultant. The best part was the pre-reads, the worst was the dinner running until "
            "midnight. Would recommend facilitation for first-timers.",
        ),
        (
            "Re: recommendations for an interim CHRO?",
            "We used Jane Liu through Odgers last year. She was excellent at stabilising the team "
            "during a layoff. No affiliation, just a happy client.",
        ),
        (
            "My company just got acquired",
            "After 9 years, we announced today that Tessellate has been acquired by Snowflake. "
            "Thank you to the members here who gave me advice during the process. I'll share a "
            "longer post-mortem when I can.",
        ),
        (
            "Event sharing: AI ethics roundtable",
            "London Business School is hosting a free public roundtable on AI ethics for boards "
            "on 4 April. Not affiliated, just thought it looked good: "
            "https://www.london.edu/events/ai-ethics-boards",
        ),
        (
            "How do you choose a keynote speaker?",
            "We have a $20k budget for our sales kickoff keynote. Any speakers you've seen who "
            "were worth it?",
        ),
        (
            "Writing a book — advice?",
            "I'm thinking about writing a book on operational excellence. For those who've "
            "published, did you go with a publisher or self-publish? How much did it cost you?",
        ),
        (
            "Coaching my team",
            "We brought in a coach for our leadership team last year. Cost about $60k. Trust "
            "scores went up, but hard to say if it was the coach or the new CFO. How do you "
            "measure coaching ROI?",
        ),
        (
            "Looking for a peer accountability partner",
            "I'm a new COO in healthcare and looking for a peer at a similar stage to swap notes "
            "monthly. Not selling anything. Reply here if interested.",
        ),
    ],
)

# --- Set C: finance/HR/legal/IT, non-native, short/long, six languages (held out) -----------------

SET_C = _label(
    [
        (
            "Audit de vos contrats fournisseurs",
            "Bonjour à tous, notre cabinet réduit vos coûts fournisseurs de 15% en moyenne. Audit "
            "gratuit pour les membres, contactez-moi par message privé.",
        ),
        (
            "Software de nóminas",
            "Nuestra plataforma de nóminas automatiza todo el proceso para empresas de 50 a 500 "
            "empleados. Pida su demo gratuita en nominafacil.es/demo",
        ),
        (
            "Cybersecurity-Check",
            "Wir bieten einen kostenlosen Sicherheits-Check für Ihr Unternehmen an. Jetzt Termin "
            "vereinbaren unter https://secura.de/termin",
        ),
        (
            "Boekhouding uitbesteden?",
            "Ons kantoor verzorgt de complete financiële administratie voor mkb-bedrijven. Vraag "
            "vandaag nog een vrijblijvende offerte aan via www.cijferwerk.nl",
        ),
        (
            "Consulenza fiscale",
            "Il nostro studio aiuta le aziende a ridurre il carico fiscale in modo legale. "
            "Prenota una consulenza gratuita: calendly.com/studiorossi",
        ),
        (
            "Recrutamento executivo",
            "A nossa empresa de headhunting encontra diretores financeiros em 30 dias. Entre em "
            "contato pelo WhatsApp +351 912 345 678.",
        ),
        (
            "Offshore development team",
            "Hello sirs, we are software company from Pune with 200 developers. We are providing "
            "dedicated team at $18 per hour. Kindly contact for more details at info@devpune.in",
        ),
        ("Payroll", "Payroll headaches? We fix them. Free quote: payrollpro.com"),
        (
            "Employment law retainer",
            "Our employment law team offers a fixed-fee HR retainer for £950/month covering "
            "unlimited advice calls, contract reviews and policy updates. Book a free "
            "consultation at https://hrlaw.co.uk/retainer",
        ),
        (
            "Managed IT for executives",
            "We manage IT for 80+ mid-market firms. 24/7 helpdesk, cybersecurity, cloud. Switch "
            "before 31 March and we waive the onboarding fee (worth $5,000). Call 1-800-555-0199.",
        ),
        (
            "R&D tax credits — you're leaving money on the table",
            "Every year thousands of mid-sized companies fail to claim R&D tax credits they are "
            "entitled to. The rules are broader than most finance teams think: software "
            "development, process improvement and even some failed projects qualify.\n\n"
            "The average claim for a 100-person engineering team is around $250,000, and you "
            "can usually go back three years.\n\n"
            "We work on a contingency basis - no fee unless we find savings. Send me a DM or "
            "visit rdcredit.com/check to see if you qualify in 2 minutes.",
        ),
        (
            "Interim-Management",
            "Ich bin erfahrener Interim-CFO und ab sofort verfügbar. Tagessatz ab 1.400 €. "
            "Schreiben Sie mir gerne eine Nachricht.",
        ),
        (
            "Webinaire RH",
            "Inscrivez-vous à notre webinaire gratuit du 15 mai : « Fidéliser les talents en "
            "2025 ». Places limitées ! Lien : https://rhplus.fr/webinaire",
        ),
        (
            "Treasury management",
            "Earning 0% on idle cash? Our treasury platform gets your company 4.8% on operating "
            "balances with same-day liquidity. Open an account in 10 minutes.",
        ),
        (
            "Legal ops software",
            "Contract review in minutes not weeks. LexAI is trusted by 300 legal teams. Get 2 "
            "months free when you sign up this week: lexai.com/signup?ref=peercircle",
        ),
        (
            "Evento para CFOs",
            "¡Los invitamos a nuestro desayuno ejecutivo en Madrid el 20 de junio! Cupos "
            "limitados. Inscríbase aquí: bit.ly/desayuno-cfo",
        ),
        (
            "ERP implementation",
            "We are SAP gold partner, do implementation very fast and cheap price. Please message "
            "me for quotation.",
        ),
        (
            "Formazione manageriale",
            "Il nostro corso di leadership per dirigenti inizia a settembre. Iscrizioni aperte, "
            "sconto del 20% per chi si iscrive entro luglio. Info: www.leadacademy.it",
        ),
        (
            "Benefits broker",
            "Renewal coming? We're an independent benefits brokerage and we typically cut "
            "premiums 12-18%. Send me your current plan and I'll run a free comparison.",
        ),
        (
            "Webinar: AI in HR",
            "Schrijf je nu in voor ons gratis webinar over AI in recruitment op 12 juni. Meld je "
            "aan via https://hrtech.nl/webinar",
        ),
    ],
    [
        (
            "Lessons from 50 ERP rescues",
            "In our practice we've rescued 50 failing ERP projects. Most common root cause: no "
            "one owns the data migration. If your implementation is wobbling, happy to have a "
            "no-obligation chat.",
        ),
        (
            "La paie, ce casse-tête",
            "Après 20 ans dans la paie, j'ai créé mon cabinet pour aider les PME à sécuriser "
            "leurs processus. Si le sujet vous parle, n'hésitez pas à m'écrire.",
        ),
        (
            "Digitalisierung der Buchhaltung",
            "Viele Mittelständler unterschätzen den Aufwand. Wir begleiten seit 10 Jahren "
            "Unternehmen bei genau diesem Schritt. Bei Interesse gerne melden.",
        ),
        (
            "About cloud cost",
            "Many company pay too much to AWS. Our team is doing optimization for many clients "
            "and saving average 35%. If you want we can have a look on your bill, no cost.",
        ),
        (
            "Re: anyone have a good employment lawyer in Texas?",
            "That's what I do :) Happy to help, send me a message.",
        ),
        (
            "GDPR is not done",
            "Most firms think GDPR was a 2018 project. It isn't. Our privacy team sees the same "
            "five gaps at every client. I wrote a short guide on fixing them — happy to send it to "
            "anyone who asks.",
        ),
        (
            "Transformación financiera",
            "En nuestra consultora hemos acompañado a más de 40 empresas en su transformación "
            "financiera. Si estáis pensando en algo parecido, encantado de compartir experiencias "
            "por privado.",
        ),
        (
            "Pay equity audits",
            "Pay transparency laws are coming to the EU in 2026. We've been running pay equity "
            "audits for clients ahead of it. Anyone wanting to understand their exposure, my "
            "door's open.",
        ),
        (
            "Interim financieel directeur",
            "Na 15 jaar als CFO werk ik nu als interim-manager. Mocht je een tijdelijke "
            "oplossing zoeken, neem gerust contact op.",
        ),
        (
            "A long reflection on vendor fraud",
            "Two years ago a mid-sized client discovered that a long-standing supplier had been "
            "double-billing for eighteen months. Nobody noticed because the invoices were just "
            "under the approval threshold and the supplier's contact was friendly with the AP "
            "clerk.\n\n"
            "What stood out in the investigation was how ordinary it all was: no sophisticated "
            "scheme, just weak segregation of duties and a vendor master file nobody had cleaned "
            "since 2015.\n\n"
            "This is the kind of thing our forensic team investigates every week. If anything "
            "here rings a bell at your company, I'd be glad to talk it through confidentially.",
        ),
        (
            "Welfare aziendale",
            "Il welfare aziendale è un'opportunità sottovalutata. Con la nostra piattaforma "
            "abbiamo aiutato oltre 200 aziende. Se vi interessa, scrivetemi in privato.",
        ),
        (
            "Compliance",
            "Depois de 10 anos a fazer compliance para multinacionais, criei a minha própria "
            "consultoria. Se precisarem de ajuda, estou à disposição.",
        ),
        (
            "The hidden risk in your SaaS contracts",
            "Auto-renewal clauses cost mid-market companies millions. Our contract review "
            "service has caught over $4M in unwanted renewals for clients this year. More at "
            "contractguard.io",
        ),
        (
            "Thoughts on outsourcing HR",
            "For companies under 200 people, outsourced HR usually beats a single HR hire. We run "
            "HR for 60 companies this size. Glad to share our pricing model if helpful.",
        ),
        (
            "Cyber",
            "Most breaches we investigate start with an unpatched VPN. Check yours. Or let us do "
            "it :)",
        ),
        (
            "Why your audit fees keep rising",
            "Audit fees rose 20% on average last year. As a partner at a mid-tier firm, I can "
            "tell you the drivers — and how our clients keep fees flat. Ping me if you want the "
            "details.",
        ),
        (
            "Neues Whitepaper",
            "Wir haben ein Whitepaper zu den neuen E-Rechnungs-Pflichten veröffentlicht. Wer es "
            "haben möchte, einfach kurz eine Nachricht an mich.",
        ),
        (
            "Year-end close",
            "Closing the books in 5 days instead of 15 is achievable. We've done it for 30+ "
            "finance teams. I'm putting together a small group session on it next month, reply "
            "if you'd like an invite.",
        ),
        (
            "Nouveau podcast",
            "J'ai lancé un podcast sur la finance d'entreprise, 'Les Dessous du Bilan'. Premier "
            "épisode avec le DAF de Decathlon. Abonnez-vous et dites-moi ce que vous en pensez !",
        ),
        (
            "Immigration for exec hires",
            "Hiring internationally? Visas for senior execs take 3-6 months. Our immigration "
            "practice gets most done in 8 weeks. Happy to walk your HR team through the options.",
        ),
    ],
    [
        (
            "Expert-comptable : combien payez-vous ?",
            "Nous payons 2 500 € par mois à notre cabinet comptable pour une PME de 40 personnes. "
            "Est-ce que c'est normal ? Combien payez-vous ?",
        ),
        (
            "Recomendaciones de software de nóminas",
            "¿Alguien puede recomendar un software de nóminas para España y Portugal? Somos 300 "
            "empleados. Gracias.",
        ),
        (
            "Erfahrungen mit DATEV vs. SAP?",
            "Wir überlegen, von DATEV auf SAP Business One umzusteigen. Hat jemand Erfahrungen "
            "damit gemacht? Was hat die Umstellung gekostet?",
        ),
        (
            "Wij zoeken een CFO",
            "Wij zoeken een nieuwe CFO voor ons bedrijf in Utrecht. Vacature op onze website: "
            "https://groenbouw.nl/vacatures/cfo. Tips zijn welkom!",
        ),
        (
            "Articolo interessante",
            "Articolo del Sole 24 Ore sulla nuova normativa sul lavoro agile: "
            "https://www.ilsole24ore.com/art/lavoro-agile-2025. Come vi state organizzando?",
        ),
        (
            "Lições de uma reestruturação",
            "No ano passado reestruturámos a nossa empresa e reduzimos 20% da equipa. Aprendemos "
            "que a comunicação transparente é tudo. Partilho caso ajude alguém.",
        ),
        (
            "Question about ERP",
            "Hello, we are manufacturing company in Poland, 400 people. We think about SAP or "
            "Microsoft Dynamics. Which one you recommend? Our partner quoted 350k EUR for SAP, is "
            "it too much?",
        ),
        ("Anyone use Deel?", "Anyone use Deel for contractors in LATAM? Good or bad?"),
        ("Rippling vs Gusto", "Rippling vs Gusto for 80 people, US only. Go."),
        (
            "What a supplier dispute taught me",
            "Last year we ended up in arbitration with our former logistics provider over "
            "unpaid invoices they claimed and service failures we claimed. It took fourteen "
            "months.\n\n"
            "Our lawyers at Baker McKenzie were excellent, but the real lesson was upstream: our "
            "contract had no service credits and a vague definition of delivery. We had signed "
            "their paper.\n\n"
            "Since then we never sign a supplier's template for anything over $500k, and we "
            "insist on a clear escalation ladder before anyone can invoke a dispute clause.",
        ),
        (
            "Our first ESG report",
            "We published our first ESG report this week. It was more work than expected, "
            "especially Scope 3. The PDF is on our website if anyone's curious how a 500-person "
            "company approached it: https://norvik.com/esg-2024.pdf. Happy to answer questions "
            "about the process.",
        ),
        (
            "IT outsourcing: pros and cons",
            "We outsourced our IT helpdesk to an MSP two years ago. Pros: 24/7 coverage, lower "
            "cost (about $45 per user per month). Cons: slow on anything non-standard. We're now "
            "bringing security back in-house.",
        ),
        (
            "Reuters: new SEC cyber disclosure rules",
            "https://www.reuters.com/legal/sec-cyber-rules-2025 — four business days to disclose "
            "a material incident. Who has updated their incident response plan?",
        ),
        (
            "Hiring: Head of Legal",
            "We're hiring a Head of Legal at Brightpath (Series C fintech, London). Reports to "
            "me. If you know someone great, please send them my way or apply via our careers "
            "page.",
        ),
        (
            "Free webinars from HMRC",
            "HMRC is running free webinars on the new reporting rules for employers. Worth 45 "
            "minutes: https://www.gov.uk/guidance/hmrc-webinars-employers",
        ),
        (
            "Law firm billing",
            "Our outside counsel moved us from hourly to a fixed monthly fee of $25k. It's been "
            "great for budgeting. Has anyone else negotiated alternative fee arrangements? What "
            "worked?",
        ),
        (
            "Benchmark for HR headcount",
            "What's your HR-to-employee ratio? We're at 1:85 and our CEO thinks it's too high. "
            "Gartner says 1:100 is typical.",
        ),
        (
            "Consultant report was useless",
            "We paid a Big Four firm €400k for an operating model review. The recommendations "
            "were generic. In hindsight we should have scoped it tighter. Lessons: insist on "
            "named partners and weekly deliverables.",
        ),
        (
            "Retour d'expérience : passage au cloud",
            "Nous avons migré notre ERP vers le cloud l'an dernier. Coût total : 1,2 M€. Les "
            "gains sont réels mais plus lents que promis par l'éditeur. Je partage volontiers "
            "notre planning si cela peut aider.",
        ),
        (
            "Mi empresa ha abierto oficina en México",
            "Comparto con alegría que nuestra empresa ha abierto su primera oficina en Ciudad de "
            "México. Fue un proceso largo con muchos aprendizajes sobre permisos y contratación "
            "local. Si alguien está en un proceso parecido, encantado de contar lo que aprendimos.",
        ),
    ],
)

# --- Set D: ops, healthcare, real estate, PE, legal tech; emoji, terse replies (held out) --------

SET_D = _label(
    [
        (
            "🚀 Warehouse robotics, no capex",
            "Our robots-as-a-service model lets 3PLs automate picking with zero upfront cost. Pay "
            "per pick, cancel anytime. 👉 Book your site survey: robopick.com/survey",
        ),
        (
            "Re: anyone dealing with nurse staffing shortages?",
            "Yes — and that's exactly why we built ShiftMatch. We fill 92% of open shifts within "
            "24h for hospitals like yours. I can get you set up this week, just email me: "
            "kim@shiftmatch.health",
        ),
        (
            "Commercial real estate: sublease your empty floors",
            "We've subleased 1.2M sq ft for tech tenants in the last year. Our fee is only paid "
            "on signing. Call our desk at +1 (646) 555-0134 today.",
        ),
        (
            "For PE operating partners",
            "Portfolio reporting in one place. PortCo Hub pulls numbers straight from each "
            "company's ERP. Pricing from $2,000/month per fund. Request access at "
            "portcohub.com/access",
        ),
        (
            "Last chance: Supply Chain Leaders Summit",
            "Registration closes Friday for the Supply Chain Leaders Summit in Rotterdam. Peer "
            "Circle members save €300 with code SCLS300. Register now: scls.eu/register",
        ),
        (
            "New AI copilot for legal teams",
            "Draft NDAs in 30 seconds. ClauseBot is free for your first 50 documents. Try it "
            "today at clausebot.ai",
        ),
        (
            "Hi Tom",
            "Hi Tom, congrats on the new role at Harlow Foods! Our category management software "
            "is used by 40 CPG brands. Could I grab 20 minutes next week to show you how it "
            "works?",
        ),
        (
            "Get paid faster",
            "Invoice factoring for B2B suppliers: we advance 90% of your invoices within 24 "
            "hours, fees from 1.5%. Apply online in 5 minutes at fundflow.co/apply",
        ),
        (
            "Need board members?",
            "We maintain a vetted network of 800+ independent directors. Place your next NED in "
            "6 weeks. Fixed fee, $35k. Drop me a DM to start your search.",
        ),
        (
            "Join our CEO mastermind",
            "Applications are open for the spring cohort of our CEO mastermind: 8 founders, "
            "weekly calls, quarterly in-person retreats. $12k for 6 months. Apply: "
            "https://forms.gle/ceomm",
        ),
        (
            "Software de gestão para clínicas",
            "A nossa plataforma reduz as faltas de pacientes em 40%. Experimente grátis durante "
            "30 dias: clinicapro.pt/gratis",
        ),
        (
            "Formation IA pour dirigeants",
            "Notre formation « L'IA pour les dirigeants » démarre le 3 juin. Tarif : 1 900 € HT. "
            "Plus que 5 places ! Inscription sur iaformation.fr",
        ),
        (
            "Hey all 👋",
            "Hey all 👋 I run a small agency that builds Shopify stores for DTC brands. Flat $15k "
            "per build, 4 weeks. Hit me up if you need one!",
        ),
        (
            "Energy procurement",
            "Your energy contract is probably 20% too expensive. We negotiate electricity and gas "
            "for manufacturers across Europe at no upfront cost. Send me your last bill and I'll "
            "show you the savings.",
        ),
        (
            "Grab our free OKR template pack",
            "We've packaged the OKR templates used by 500+ teams on our platform. Download them "
            "free here: okrly.com/templates?utm_campaign=peercircle",
        ),
        (
            "Healthcare compliance webinar",
            "On 14 May our compliance team is running a free 45-minute webinar on the new HIPAA "
            "rules. Save your spot: https://lu.ma/hipaa-2025",
        ),
        (
            "Cheap flights for exec teams",
            "Corporate travel at 30% below your TMC. Demo? calendly.com/flyexec",
        ),
        (
            "Sponsor our newsletter",
            "Our newsletter reaches 40,000 supply chain executives every Thursday. Sponsorship "
            "slots for Q3 are open — rates at supplyweekly.com/sponsor",
        ),
        (
            "Lieferkettengesetz – sind Sie bereit?",
            "Unsere Software prüft Ihre Lieferanten automatisch auf LkSG-Risiken. Vereinbaren Sie "
            "jetzt eine kostenlose Demo: lieferscan.de/demo",
        ),
        (
            "¿Su equipo necesita inglés de negocios?",
            "Ofrecemos clases de inglés para directivos, online y a medida. Primera clase "
            "gratis. Escríbanos a info@businessenglish.es",
        ),
    ],
    [
        (
            "Three things I've learned from 15 factory turnarounds",
            "1) The night shift knows. 2) Maintenance budgets are the first lie. 3) Cash is a "
            "lagging indicator of morale. These are the first three things my team checks when "
            "we come in. Happy to go deeper with anyone facing a plant that isn't performing.",
        ),
        (
            "Re: best way to cut SaaS spend?",
            "Honestly, get someone to audit your licences — most firms have 30% shelfware. Full "
            "disclosure, that's what my company does. Happy to point you in the right direction "
            "either way.",
        ),
        (
            "The nurse burnout problem nobody talks about",
            "Everyone measures turnover; almost nobody measures the moral injury behind it. "
            "Nurses leave because they can't give the care they were trained to give.\n\n"
            "We've been piloting a peer-support model with three health systems and the early "
            "retention numbers are striking. If your system is thinking about this, I'd love to "
            "compare approaches.",
        ),
        (
            "What investors actually look at in a data room",
            "Having prepared over 60 data rooms for sell-side processes, I can tell you it's not "
            "the financials. It's the customer contracts. I've put together a checklist we use "
            "with clients; DM me if you'd like a copy.",
        ),
        (
            "AI in legal is overhyped... mostly",
            "Most AI legal tools are demos looking for a problem. We've taken a different "
            "approach: we start from the client's actual contract backlog. Early users are "
            "seeing 60% faster reviews. Curious to hear if others see the same, and happy to "
            "share what we've built.",
        ),
        (
            "Re: anyone know a good logistics consultant?",
            "That's my world! I've spent 20 years in 3PL ops and now consult independently. "
            "Feel free to DM me.",
        ),
        (
            "Free tool I made",
            "I made a little calculator that estimates the true cost of an empty office floor. "
            "It's free on my website: officecost.io — would love feedback from anyone in real "
            "estate. (It's part of our consultancy's toolkit.)",
        ),
        (
            "Our new report on supply chain resilience",
            "We just surveyed 250 supply chain leaders on nearshoring. Some surprising results — "
            "40% are moving production to Mexico. Full report on our site (short form to fill "
            "in): nearshore-insights.com/report",
        ),
        (
            "How we cut a hospital's agency spend by $4M",
            "A 400-bed hospital had agency nurse spend of $11M. In 9 months we brought it to $7M "
            "by rebuilding their internal float pool. Lots of lessons. Anyone working on the same "
            "thing, let's swap notes — we've got a playbook.",
        ),
        (
            "Podcast on board governance",
            "Season 3 of 'Boardroom Unscripted' starts tomorrow. First guest: the former chair of "
            "a FTSE 100 company. Give it a listen if governance is your thing 🎧",
        ),
        (
            "Duurzaamheid en CSRD",
            "CSRD-rapportage is voor veel bedrijven nieuw. Wij hebben inmiddels 25 bedrijven "
            "begeleid. Heb je vragen, stuur me gerust een bericht.",
        ),
        (
            "Passaggio generazionale",
            "Il passaggio generazionale è il momento più delicato per un'azienda di famiglia. Da "
            "15 anni accompagno imprenditori in questo percorso. Se vi trovate in questa fase, "
            "sono disponibile per un confronto.",
        ),
        (
            "A tip for first-time board chairs",
            "Chair the agenda, not the meeting. It's the #1 thing I teach in my chair development "
            "program. Applications for the autumn group open next week, by the way.",
        ),
        (
            "On negotiating with PBMs",
            "Pharmacy benefit contracts are designed to be opaque. Our clients typically save "
            "15-20% at renewal once someone reads the fine print. Happy to take a look at yours.",
        ),
        (
            "Thinking about AI for your contact centre?",
            "We just wrapped a rollout at a 2,000-seat centre: average handle time down 22%. I'm "
            "putting the lessons into a short guide — let me know if you want it when it's ready.",
        ),
        (
            "Re: recommendations for a leadership offsite venue?",
            "Check out The Lodge at Lake Como — full disclosure, I'm a co-owner 😊. We do "
            "exclusive buyouts for exec teams and I can arrange a member rate.",
        ),
        (
            "Everyone's talking about tariffs",
            "Tariff engineering is legal and underused. We've saved importers an average of 12% "
            "on duties this year. If tariffs are hitting your margins, worth a conversation.",
        ),
        (
            "Why your ERP project will be late",
            "Because the integrator is paid by the hour. That's why we only work on fixed-price "
            "contracts. We've delivered 35 mid-market ERP projects on time. Just saying 🙂",
        ),
        (
            "My new course on capital allocation",
            "After 20 years as a CFO, I've turned my capital allocation framework into a 4-week "
            "online course. First cohort is small and hands-on. Details on my profile.",
        ),
        (
            "Re: anyone tried fractional HR?",
            "We provide exactly this, for 40+ startups. Happy to help.",
        ),
    ],
    [
        (
            "Nearshoring to Mexico — real costs?",
            "We're looking at moving 30% of production to Monterrey. Quotes for the facility "
            "fit-out range from $8M to $14M. Has anyone done this recently? What did you "
            "underestimate?",
        ),
        (
            "Re: anyone used ShiftMatch or Incredible Health?",
            "We used ShiftMatch for six months at two of our hospitals. Fill rates were good "
            "(around 85%) but the fee was 18% on top of wages. We moved to an internal float pool "
            "instead.",
        ),
        (
            "Lessons from our ERP failure",
            "Our SAP rollout went 14 months late and $6M over. What we learned: we "
            "under-resourced the business side and let the integrator define scope. I'd now "
            "insist on a client-side program lead with real authority.",
        ),
        (
            "FT on private credit",
            "Sobering piece on private credit exposure in mid-market lending: "
            "https://www.ft.com/content/private-credit-risks. Are any of your lenders tightening "
            "covenants yet?",
        ),
        (
            "We're hiring a VP Supply Chain",
            "Harlow Foods is hiring a VP Supply Chain (I'm the COO). Chicago-based, hybrid. If "
            "you know strong candidates, please point them to harlowfoods.com/careers or message "
            "me directly.",
        ),
        (
            "Which board portal?",
            "We're choosing between Diligent, Boardable and OnBoard for a 9-person board. "
            "Diligent quoted $28k/year; the others are under $10k. Does the extra cost buy "
            "anything real?",
        ),
        (
            "Open invitation: plant tour",
            "If any members are in Ohio next month, you're welcome to tour our plant and see the "
            "lean line we've been working on. No agenda, just happy to host peers. Reply here and "
            "I'll sort dates.",
        ),
        (
            "My experience with an executive search firm",
            "We used Heidrick for our CFO search. 5 months, 30% fee, and the candidate we hired "
            "came from our own network. Next time I'd run the search in-house with a researcher.",
        ),
        (
            "Recommend a CSRD consultant?",
            "We need help with our first CSRD report (Netherlands, 900 employees). Who have you "
            "used and what did it cost roughly?",
        ),
        (
            "Our company is sponsoring a charity ride",
            "My company is sponsoring a charity bike ride for children's hospitals in September. "
            "If anyone wants to ride with our team, you're very welcome — it's all for a good "
            "cause.",
        ),
        (
            "Thoughts on AI legal tools",
            "We tested Harvey and Spellbook on 200 of our own contracts. Harvey was better at "
            "research, Spellbook at drafting inside Word. Neither replaced a lawyer. Happy to "
            "share our evaluation criteria if useful.",
        ),
        (
            "Sharing a McKinsey report",
            "McKinsey's latest on generative AI in operations is worth a read: "
            "https://www.mckinsey.com/capabilities/operations/our-insights/gen-ai-ops. The "
            "section on procurement matches what we've seen.",
        ),
        (
            "Tariffs: what are you doing?",
            "Our landed costs are up 14% since January. We're looking at tariff engineering and "
            "bonded warehouses. What's working for others?",
        ),
        (
            "I'm leaving my role",
            "After 7 years as COO of Brightline Logistics I'm stepping down at the end of the "
            "quarter. Grateful to this group for the support. I'll be taking a few months off "
            "before deciding what's next.",
        ),
        (
            "How much do you pay your board?",
            "We're pre-IPO and setting director comp. Thinking $60k cash plus $150k in RSUs. Is "
            "that in line with what others pay?",
        ),
        (
            "Great talk at Supply Chain Summit",
            "Just back from the Supply Chain Leaders Summit in Rotterdam. Best session was on "
            "inventory financing. Anyone else attend? Worth going next year?",
        ),
        (
            "Erfahrungen mit Interim-Managern?",
            "Wir brauchen für 6 Monate einen Interim-CFO. Hat jemand Erfahrungen mit Vermittlern "
            "wie Atreus oder Butterfly? Was sind übliche Tagessätze?",
        ),
        (
            "Recomendação de software de RH",
            "Alguém recomenda um software de RH para uma empresa com 150 pessoas em Portugal? "
            "Estamos a avaliar Personio e Factorial.",
        ),
        (
            "The product we launched failed — notes",
            "Two years ago we launched a subscription add-on for our equipment customers. It "
            "failed: adoption was 4%. Lessons: we never validated willingness to pay and sales "
            "weren't compensated on it. Sharing in case it saves someone the pain.",
        ),
        (
            "Consultant here — a question for CFOs",
            "I'm a consultant (so yes, biased), but I'm genuinely curious: when you hire an "
            "advisory firm, what makes you trust them in the first meeting? Not selling anything, "
            "just trying to understand buyers better.",
        ),
    ],
)

# --- Set E: construction, insurance, retail, biotech, education, nonprofits (held out) -----------
# Written after the second round of changes (which looked at C and D), measured once, not tuned on.

SET_E = _label(
    [
        (
            "Construction cost overruns?",
            "BuildLedger tracks every change order in real time and flags overruns before they "
            "hit your P&L. Used on 1,400 projects. Start free for 30 days → buildledger.com",
        ),
        (
            "D&O insurance renewal",
            "Renewing D&O this year? As an independent broker I place cover with 30+ carriers and "
            "usually beat incumbent quotes by 15%. Send me your schedule and I'll come back within "
            "48h: mark@covercraft.co.uk",
        ),
        (
            "Retail footfall analytics",
            "Our cameras count and classify shoppers in every store, GDPR-safe. Plans start at "
            "€49 per store per month. See it live: https://footsense.eu/demo",
        ),
        (
            "Clinical trial recruitment",
            "We recruit patients for phase II/III trials 40% faster than the industry average. "
            "Biotech leaders: grab 15 minutes with our team at calendly.com/trialfast/intro",
        ),
        (
            "Executive MBA open evening",
            "Our Executive MBA open evening is on 12 March. Meet faculty and alumni, and get a "
            "€5,000 scholarship if you apply before April. Register: emba-school.edu.eu/open",
        ),
        (
            "Donor CRM for nonprofits",
            "Nonprofit CEOs: our donor CRM is 50% off for registered charities this quarter. "
            "Reply DEMO and I'll send a walkthrough video.",
        ),
        ("Pallet racking", "Cheapest pallet racking in the Midlands. Call 0121 555 0199."),
        (
            "Team building that doesn't suck",
            "We design escape-room style offsites for leadership teams. 200+ companies, 4.8/5 "
            "average rating. Book before June and get a free facilitator upgrade. "
            "hello@offsitelab.com",
        ),
        (
            "Cyber insurance readiness",
            "Free 20-minute cyber insurance readiness check for Peer Circle members this month. "
            "Pick a time: https://savvycal.com/cyberready/check",
        ),
        (
            "Vendita di aziende",
            "Il nostro studio assiste imprenditori nella vendita della propria azienda. Prima "
            "valutazione gratuita e riservata: scrivete a info@mavalue.it",
        ),
        (
            "Gestion de flotte",
            "Notre solution réduit de 20 % les coûts de votre flotte automobile. Demandez votre "
            "démo gratuite sur flottepro.fr/demo",
        ),
        (
            "Subsidies for R&D",
            "Wij vragen subsidies aan voor innovatieve mkb-bedrijven, op no cure no pay basis. "
            "Plan een gratis scan via subsidiepunt.nl/scan",
        ),
        (
            "Contratación de directivos",
            "Somos una firma de búsqueda de directivos con 20 años de experiencia. Si necesita "
            "un director financiero, contáctenos: +34 91 555 0123",
        ),
        (
            "Unsere neue Studie",
            "Unsere neue Gehaltsstudie für Führungskräfte ist da! Jetzt kostenlos herunterladen: "
            "https://hr-studie.de/download",
        ),
        (
            "Gestão de tesouraria",
            "A nossa consultoria ajuda PMEs a melhorar a tesouraria em 90 dias. Marque uma "
            "reunião gratuita: agenda.tesourariapro.pt",
        ),
        (
            "Hey, saw your post about warehouse staffing",
            "Hey Jordan, saw your post about warehouse staffing. We supply vetted temp workers "
            "across 12 states with 24-hour fill. Can I send over our rate card?",
        ),
        (
            "The CEO Reading Room — 10 seats",
            "I'm hosting a paid 6-week reading circle for CEOs starting in September, $1,200 per "
            "seat, only 10 seats. Apply here: tally.so/r/ceoreading",
        ),
        (
            "Tired of chasing receipts?",
            "Tired of chasing receipts? We automate expense reports end-to-end for companies with "
            "50-500 staff. 2 months free if you sign up via peer circle: spendly.io/peer",
        ),
        (
            "Limited: executive health screening",
            "Our London clinic offers a full executive health screening for £1,450 (normally "
            "£2,100) until the end of May. Book at harleyhealth.co.uk/exec",
        ),
        (
            "Sourcing from Vietnam",
            "We are sourcing agent in Ho Chi Minh City, factory audits and QC for furniture and "
            "apparel. Good price. Whatsapp +84 90 123 4567",
        ),
    ],
    [
        (
            "Why most construction claims fail",
            "After 25 years as a construction claims consultant, the pattern is clear: claims "
            "fail on records, not on merit. Keep daily logs. If you have a dispute brewing, I'm "
            "happy to give you a quick view on where you stand.",
        ),
        (
            "Re: anyone switched insurance brokers recently?",
            "We're a broker, so biased, but happy to run a no-obligation benchmark on your "
            "program if you want a second opinion before you switch.",
        ),
        (
            "Retail is not dead",
            "Stores that treat staff as advisors are outperforming. We see it across the 140 "
            "retailers on our platform. I wrote up the five patterns here: "
            "footsense.eu/blog/five-patterns",
        ),
        (
            "Thoughts on trial diversity",
            "FDA's diversity action plans are going to change how sponsors pick sites. We've "
            "been building a site-selection model for exactly this with a few sponsors. Anyone "
            "thinking about it, let's talk.",
        ),
        (
            "A quick note for new school heads",
            "Your first term is about listening, not changing. I mentor new heads through their "
            "first year, and this is always lesson one. My DMs are open if anyone wants the "
            "rest.",
        ),
        (
            "Fundraising in a downturn",
            "Donors give to momentum, not need. We've helped 60 charities reframe their appeals "
            "around progress and most saw double-digit growth. Happy to share the approach.",
        ),
        (
            "Lean construction",
            "Lean isn't just for factories. We've brought last-planner scheduling to 80 sites and "
            "cut delays by a third. I'm running a small session on it for members next month if "
            "there's interest.",
        ),
        (
            "Interim COO",
            "Just finished an 8-month interim COO assignment at a PE-backed retailer. Great team. "
            "I'm now looking for my next assignment, so if your portfolio needs someone, let me "
            "know.",
        ),
        (
            "Podcast: leadership in biotech",
            "Ep. 58 of our podcast is out — we talk to the CEO of a $2B gene therapy company "
            "about board dynamics. Link in comments.",
        ),
        (
            "Recruiting in a tight market",
            "Senior engineering hires are taking 120 days on average. Our search team is closing "
            "them in 45. If you're struggling with a key hire, it might be worth a chat.",
        ),
        (
            "Pensare al passaggio",
            "Molti imprenditori rimandano la vendita troppo a lungo. Nel nostro studio lo vediamo "
            "ogni settimana. Se state valutando un'uscita, possiamo parlarne.",
        ),
        (
            "Les erreurs en gestion de flotte",
            "Nous accompagnons plus de 300 entreprises dans la gestion de leur flotte. L'erreur la "
            "plus fréquente : ignorer le coût total de possession. Je peux vous envoyer notre "
            "guide si cela vous intéresse.",
        ),
        (
            "Subsidies overlooked",
            "Veel bedrijven laten subsidie liggen. Wij hebben dit jaar 120 aanvragen gedaan met "
            "een slagingspercentage van 85%. Interesse? Laat het me weten.",
        ),
        (
            "Liderazgo y bienestar",
            "Como coach ejecutiva he acompañado a más de 100 directivos. El agotamiento se puede "
            "prevenir. Si os interesa, os cuento cómo trabajo.",
        ),
        (
            "Talent markets in 2025",
            "We've just published our salary guide for 2025 covering 40 senior roles. Happy to "
            "send a copy to anyone who DMs me.",
        ),
        (
            "Expense policy tips",
            "Three tips for expense policies: set per-diem, not receipts; approve by exception; "
            "audit a sample. That's how our customers cut processing time by 70%. More on "
            "spendly.io",
        ),
        (
            "Re: exec health screenings — worth it?",
            "Speaking as the medical director of a screening clinic: yes, for over-45s. We catch "
            "something actionable in about 1 in 6 executives. Happy to arrange a visit for anyone "
            "curious.",
        ),
        (
            "Sourcing lessons",
            "We've audited 400 factories in Vietnam for Western brands. Biggest risk is "
            "subcontracting you don't know about. If you source there, I can share our audit "
            "checklist.",
        ),
        (
            "Gemeinsam stärker",
            "Seit 12 Jahren begleite ich Geschäftsführer durch Veränderungsprozesse. Wer Lust auf "
            "einen Austausch hat, kann sich gerne bei mir melden.",
        ),
        (
            "On board evaluations",
            "Board evaluations are most useful when external. Over the last decade we've run "
            "more than 200 of them. Glad to talk through how it works with any chair here.",
        ),
    ],
    [
        (
            "Procore vs Autodesk Build?",
            "We're a $300M general contractor choosing between Procore and Autodesk Build. "
            "Procore quoted $180k/year. Anyone who has run both, which would you pick?",
        ),
        (
            "D&O premiums up 25%",
            "Our D&O renewal came in 25% higher with the same limits. Broker says the market is "
            "hardening. Is that what others are seeing?",
        ),
        (
            "What we learned closing 40 stores",
            "We closed 40 underperforming stores last year. Lessons: close fast, communicate "
            "early with staff, and don't underestimate lease exit costs, which ran about $200k per "
            "store.",
        ),
        (
            "Article on biotech funding",
            "Bloomberg piece on the biotech funding drought: "
            "https://www.bloomberg.com/news/articles/biotech-funding-2025. How are your boards "
            "adjusting runway plans?",
        ),
        (
            "We're hiring a Head of Development",
            "Our charity is hiring a Head of Development to lead major gifts. I'm the CEO. "
            "Details: https://brightfuture.org/jobs/head-of-development. Introductions welcome.",
        ),
        (
            "Recommend a construction lawyer?",
            "We have a payment dispute with a subcontractor in Texas. Can anyone recommend a "
            "construction litigator? Budget isn't the main issue, speed is.",
        ),
        (
            "Our move to four-day weeks",
            "We moved our 300-person support team to a four-day week last year. Productivity held, "
            "sick days fell 30%. Happy to answer questions if anyone is considering it.",
        ),
        (
            "EMBA worth it?",
            "I've been offered a place on an Executive MBA at €85k. For those who did one mid-"
            "career, was it worth the money and the time?",
        ),
        (
            "Re: experience with Spendly?",
            "We've used Spendly for a year at about $8 per user per month. Good mobile app, weak "
            "on multi-currency. Support was fine.",
        ),
        (
            "Proud moment",
            "My company just won the national construction safety award for the third year. "
            "Huge credit to our site teams. No lost-time injuries across 60 projects.",
        ),
        (
            "Consiglio: advisor per M&A",
            "Stiamo valutando la vendita della nostra azienda di famiglia. Qualcuno ha lavorato "
            "con un advisor M&A in Lombardia? Quanto avete pagato di success fee?",
        ),
        (
            "Question sur les flottes électriques",
            "Nous passons notre flotte de 200 véhicules à l'électrique. Quels fournisseurs de "
            "bornes avez-vous choisis ? Des retours d'expérience ?",
        ),
        (
            "Subsidieadviseur ervaringen?",
            "Heeft iemand ervaring met een subsidieadviseur op no cure no pay basis? Wat is een "
            "normaal percentage?",
        ),
        (
            "Dudas sobre un headhunter",
            "Un headhunter nos pide el 30% del salario anual para buscar un CFO. ¿Es lo normal en "
            "España? Nosotros pagábamos el 25%.",
        ),
        (
            "Deutsche Gehaltsstudien",
            "Welche Gehaltsstudien für Führungskräfte nutzt ihr? Wir haben bisher Kienbaum "
            "genutzt, aber die Zahlen wirken veraltet.",
        ),
        (
            "A free resource I found useful",
            "The UK government's guide to supply chain due diligence is excellent and free: "
            "https://www.gov.uk/guidance/supply-chain-due-diligence. Took our team a day to work "
            "through.",
        ),
        (
            "Offsite facilitators",
            "We used an outside facilitator for our leadership offsite for the first time. It cost "
            "$15k for two days and was worth every cent. Would recommend trying it at least once.",
        ),
        (
            "Intro: new member from Lisbon",
            "Hi all, I'm the CFO of a 600-person logistics company based in Lisbon. Looking "
            "forward to learning from this group, especially on treasury and FX hedging.",
        ),
        (
            "Health screening results",
            "Did one of those executive health screenings last month at my board's insistence. "
            "Found a thyroid issue I didn't know about. Grumbled about the cost, glad I went.",
        ),
        (
            "Vendor sent me a 'free audit' offer",
            "A vendor offered us a 'free cloud cost audit'. In my experience these are lead "
            "generation in disguise. Has anyone actually got value from one?",
        ),
    ],
)
