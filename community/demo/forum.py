"""Forum demo content: `load(people)` for `flask demo load` (lively threads among the demo members,
a poll, mentions, one post held by the pitch check), and `generate(...)` for benchmark data.

`load` goes through the forum services, like members posting would; `generate` writes rows in
bulk (SQLAlchemy Core executemany batches), because 100,000 posts one by one would take ages.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, insert, select, text, update

from community.auth.models import User, UserRole
from community.db_types import utcnow
from community.extensions import db
from community.forum import mentions, search, services
from community.forum.markup import render
from community.forum.models import (
    Category,
    MemberHandle,
    Poll,
    PollOption,
    Post,
    Thread,
    ThreadSubscription,
)
from community.moderation import house_rules
from community.unit_of_work import transaction

CATEGORIES = (
    ("Leadership & Strategy", "Running the company: strategy, boards, hard calls, first 100 days."),
    ("Marketing & Brand", "Brand, demand, agencies, budgets and measuring what matters."),
    ("Digital & Data", "Platforms, AI, data teams, build or buy, and what actually shipped."),
    ("People & Culture", "Hiring senior talent, teams, culture, hybrid work and succession."),
    ("Off the Record", "The things you can only say to peers. What is said here stays here."),
)


def _ensure_categories() -> list[Category]:
    existing = list(db.session.scalars(select(Category).order_by(Category.position)))
    if existing:
        return existing
    categories = [
        Category(name=name, slug=services.slugify(name), description=description, position=index)
        for index, (name, description) in enumerate(CATEGORIES)
    ]
    db.session.add_all(categories)
    db.session.flush()
    return categories


# Demo conversations: (category index, author sub, title, opening post, replies [(sub, body)]).
CONVERSATIONS = (
    (
        0,
        "demo-board-2",
        "First 100 days as CEO: what would you do differently?",
        "I took over a 2,000-person logistics business eighteen months ago. Looking back, I spent "
        "my first 100 days **listening** and not enough time **deciding**.\n\n"
        "For those of you who have stepped into the top job:\n\n"
        "1. What did you change in the first quarter?\n"
        "2. What do you wish you had left alone?",
        (
            (
                "demo-member-3",
                "I would have replaced the leadership team faster. Everyone told me to wait a "
                "year; the two people I kept out of politeness cost us most of that year.",
            ),
            (
                "demo-board-1",
                "Counterpoint: the quick changes I made in month two were the ones I reversed. "
                "@kwame.mensah how did you balance it with the board's expectations?",
            ),
            (
                "demo-board-2",
                "> how did you balance it with the board's expectations?\n\n"
                "Honestly: I agreed three measurable goals with the chair in week one and "
                "reported on nothing else. It bought me room to listen.",
            ),
            (
                "demo-moderator",
                "Great thread. The *one page of three goals* idea is going straight into my "
                "onboarding notes for new GMs.",
            ),
        ),
    ),
    (
        1,
        "demo-board-1",
        "Brand vs performance budget split in 2026",
        "We are at roughly 40/60 brand to performance. Finance wants 20/80 because performance is "
        "easier to measure. How are you defending brand spend with your CFO?\n\n"
        "Binet & Field's work suggests ~60/40 for most categories, but that is a hard sell in a "
        "cost-cutting year.",
        (
            (
                "demo-member-2",
                "We stopped arguing about the split and agreed on *one* long-term metric with the "
                "CFO (share of search). When it moved, the budget conversation got easier.",
            ),
            (
                "demo-member-1",
                "Same fight here. What helped: a quarterly holdout test in two regions. Hard "
                "numbers beat theory every time in our exec meetings.",
            ),
            (
                "demo-board-3",
                "@beatrice.laurent we went 50/50 after a year of holdouts. Happy to compare notes "
                "on how we set them up.",
            ),
        ),
    ),
    (
        2,
        "demo-member-1",
        "Build or buy for customer data platforms?",
        'We have a small data team (6 people) and a board asking why we don\'t "just use AI" on '
        "our customer data. Did anyone here build their own CDP on the warehouse rather than buy "
        "one? What did it cost you in year two, not year one?",
        (
            (
                "demo-admin",
                "We built on the warehouse. Year one was cheap; year two was two more engineers "
                "and a lot of identity-resolution pain. I'd still do it, but budget for it.",
            ),
            (
                "demo-member-3",
                "Bought, then regretted the lock-in. The contract exit clause is where to spend "
                "your negotiation energy.",
            ),
        ),
    ),
    (
        3,
        "demo-member-2",
        "Hybrid work: how many days in the office for leadership teams?",
        "Our leadership team is split between *three days* and *whenever needed*. What works "
        "for yours, and did anything change when you made it explicit?",
        (
            (
                "demo-board-3",
                "Two anchor days for the whole leadership team, same days every week. The "
                "anchoring mattered more than the number.",
            ),
            (
                "demo-moderator",
                "We tried mandates and lost two strong directors. Now teams choose, but "
                "leadership is in on Tuesdays. @sofia.rossi what made your team split?",
            ),
        ),
    ),
    (
        4,
        "demo-member-3",
        "How do you handle a board member who micromanages?",
        "Asking for a friend (not really). A new non-exec keeps emailing my direct reports. "
        "How have you handled this without starting a war with the chair?",
        (
            (
                "demo-board-2",
                "Talk to the chair first, privately, with two specific examples. Chairs hate "
                "surprises more than anything.",
            ),
        ),
    ),
)

POLL = {
    "category": 0,
    "author": "demo-board-1",
    "title": "Should we meet in person once a year?",
    "body": "Several of you suggested an annual in-person roundtable (members only, no sponsors). "
    "Before the board looks at it, let's see what the community thinks.",
    "question": "Would you attend an annual in-person members' roundtable?",
    "options": ("Yes, in Europe", "Yes, in North America", "Yes, anywhere", "No, online is fine"),
    "votes": {
        "demo-board-2": 0,
        "demo-member-1": 2,
        "demo-member-2": 0,
        "demo-member-3": 3,
        "demo-moderator": 2,
    },
}

HELD_REPLY = (
    "demo-member-2",
    "Great question! We solve exactly this. Book a free demo at calendly.com/rossi/demo and get "
    "20% off this month.",
)


def _accept_rules(members: list[User]) -> None:
    version = house_rules.current_rules().version
    for member in members:
        if (member.house_rules_accepted_version or 0) < version:
            house_rules.accept_rules(member, version)


def load(people: dict[str, User]) -> None:
    """Five categories of conversation among the demo members, written through the services."""
    members = [user for user in people.values() if user.has_role("member")]
    _accept_rules(members)
    categories = _ensure_categories()
    for member in members:
        services.ensure_handle(member)

    now = utcnow()
    thread_ids = []
    for number, (category_index, author, title, body, replies) in enumerate(CONVERSATIONS):
        thread, _ = services.start_thread(people[author], categories[category_index], title, body)
        for sub, reply_body in replies:
            services.reply(people[sub], thread, reply_body)
        thread_ids.append((thread.id, number))

    poll_author = people[POLL["author"]]
    thread, _ = services.start_thread(
        poll_author,
        categories[POLL["category"]],
        POLL["title"],
        POLL["body"],
        services.PollDraft(
            question=POLL["question"],
            options=POLL["options"],
            multiple=False,
            closes_at=now + timedelta(days=21),
        ),
    )
    poll = db.session.scalar(select(Poll).where(Poll.thread_id == thread.id))
    options = list(
        db.session.scalars(
            select(PollOption.id).where(PollOption.poll_id == poll.id).order_by(PollOption.position)
        )
    )
    for sub, choice in POLL["votes"].items():
        services.vote(people[sub], poll, [options[choice]])
    thread_ids.append((thread.id, len(CONVERSATIONS)))

    # One reply the sales-pitch check holds, so the moderation queue has something in it.
    held_thread = db.session.get(Thread, thread_ids[1][0])
    services.reply(people[HELD_REPLY[0]], held_thread, HELD_REPLY[1])

    _spread_over_time(thread_ids, now)


def _spread_over_time(thread_ids: list[tuple[int, int]], now) -> None:
    """Demo threads were all written just now; give them a believable past."""
    for thread_id, number in thread_ids:
        started = now - timedelta(days=2 + 3 * number, hours=5)
        posts = list(
            db.session.scalars(select(Post).where(Post.thread_id == thread_id).order_by(Post.id))
        )
        for index, post in enumerate(posts):
            moment = started + timedelta(hours=7 * index, minutes=13 * index)
            post.created_at = moment
            if post.published_at is not None:
                post.published_at = moment
        db.session.execute(update(Thread).where(Thread.id == thread_id).values(created_at=started))
    db.session.flush()
    ids = [thread_id for thread_id, _ in thread_ids]
    services.refresh_thread_stats(ids)
    services.refresh_category_stats(db.session.scalars(select(Category.id)))


# Benchmark data --------------------------------------------------------------------------------

FIRST_NAMES = (
    "Amara", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hiro", "Isabel", "Jonas",
    "Kemi", "Lars", "Mei", "Nikhil", "Olivia", "Pedro", "Quinn", "Rania", "Stefan", "Tara",
    "Umar", "Valeria", "Wei", "Ximena", "Yusuf", "Zara", "Anders", "Bianca", "Carlos", "Dana",
)  # fmt: skip
LAST_NAMES = (
    "Adeyemi", "Bauer", "Costa", "Dubois", "Eriksson", "Fischer", "Garcia", "Hansen", "Ito",
    "Jansen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okoro", "Petrov", "Quist", "Rossi",
    "Schmidt", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zimmermann", "Novak", "Silva",
)  # fmt: skip
TITLES = (
    "Chief Executive Officer", "Chief Marketing Officer", "Chief Digital Officer",
    "Chief Operating Officer", "Chief Financial Officer", "VP Marketing", "VP Growth",
    "Marketing Director", "Managing Director", "Director of Brand", "Chief People Officer",
    "Managing Partner", "Head of Digital", "VP Communications", "Chief Technology Officer",
)  # fmt: skip
COMPANIES = (
    "Northwind", "Aurelia Foods", "Fjord Energy", "Lumen Health", "Mensah Logistics",
    "Okafor Retail", "Brightline", "Castell Bank", "Helios Media", "Kestrel Travel",
    "Orbis Insurance", "Tidewater",
)  # fmt: skip
TOPICS = (
    "brand budgets", "agency reviews", "AI pilots", "data teams", "board reporting", "pricing",
    "succession planning", "hybrid work", "hiring a CMO", "retention", "customer research",
    "the first 100 days", "cost cutting", "market entry", "partnerships", "crisis comms",
    "attribution", "sustainability reporting", "ERP migrations", "leadership offsites",
)  # fmt: skip
TITLE_TEMPLATES = (
    "How are you approaching {topic} this year?", "Lessons learned from {topic}",
    "What would you do differently about {topic}?", "{topic}: build, buy or partner?",
    "Board pressure on {topic}", "Is anyone else struggling with {topic}?",
    "A framework for {topic} that worked for us", "{topic} in a downturn",
    "Metrics that matter for {topic}", "Mistakes I made with {topic}",
)  # fmt: skip
SENTENCES = (
    "We tried this last year and the results surprised the whole leadership team.",
    "The hardest part was getting the board to agree on what success looks like.",
    "I would start with a small pilot in one market before committing the budget.",
    "Our CFO asked for a payback period under eighteen months, which changed the plan.",
    "Culture ate the strategy for breakfast, as it usually does.",
    "Two of my directors disagreed strongly, and they were both partly right.",
    "The data was messier than anyone admitted in the kickoff meeting.",
    "What helped most was a weekly thirty-minute review with a single owner.",
    "In hindsight, we should have hired for the role before we bought the tooling.",
    "Customers told us something different from what the dashboards said.",
    "I'd be curious how others measure this beyond the obvious vanity metrics.",
    "Our agency pushed back, and I'm glad they did.",
    "We set three goals for the quarter and ignored everything else.",
    "The regulators moved faster than we expected, so we had to adapt.",
    "Honestly, the politics took more energy than the work itself.",
    "A peer at another company warned me about this, and I didn't listen.",
)
FORMATTED = (
    "Three things worked for us:\n\n1. A single owner\n2. A clear budget\n3. A monthly review",
    "> The best plan is the one your team believes in.\n\nThat quote from our chair stuck.",
    "**Short version:** it depends on your margins. *Long version* below.",
    "Some reading that helped: [Harvard Business Review](https://hbr.org/) on the topic.",
)


def _body(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        paragraphs.append(" ".join(rng.sample(SENTENCES, rng.randint(2, 4))))
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(0, len(paragraphs)), rng.choice(FORMATTED))
    return "\n\n".join(paragraphs)


@dataclass
class GenerateReport:
    members: int
    threads: int
    posts: int
    indexed: int

    def __str__(self) -> str:
        return (
            f"Generated {self.members:,} members, {self.threads:,} threads and {self.posts:,} "
            f"posts; indexed {self.indexed:,} for search"
        )


def _next_id(model) -> int:
    return (db.session.scalar(select(func.max(model.id))) or 0) + 1


def _insert(model, rows: list[dict], batch: int = 5000) -> None:
    table = model.__table__
    for start in range(0, len(rows), batch):
        db.session.execute(insert(table), rows[start : start + batch])


def _fix_sequences(*models) -> None:
    """PostgreSQL: explicit ids were inserted, so move each id sequence past them."""
    if db.session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = model.__tablename__
        db.session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )


def _tune_after_bulk_load() -> None:
    """Fresh statistics, so the planner knows the tables are big now (PostgreSQL would get them
    from autovacuum eventually; SQLite never). On SQLite, write-ahead logging too, so that
    readers and the writer of a benchmark don't lock each other out (it is kept in the file)."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        connection.exec_driver_sql("ANALYZE")


def generate(*, members: int, threads: int, posts: int, seed: int = 7) -> GenerateReport:
    """Members, threads and posts with believable text and timing, plus the search index."""
    with transaction():
        report = _generate(members=members, threads=threads, posts=posts, seed=seed)
    _tune_after_bulk_load()
    return report


def _generate(*, members: int, threads: int, posts: int, seed: int) -> GenerateReport:
    rng = random.Random(seed)
    now = utcnow()
    run = uuid.uuid4().hex[:8]
    rules_version = house_rules.current_rules().version
    categories = _ensure_categories()
    db.session.flush()

    # Members, their role and their @handle.
    first_user = _next_id(User)
    taken = set(db.session.scalars(select(MemberHandle.handle)))
    users, roles, handles = [], [], []
    for index in range(members):
        user_id = first_user + index
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        joined = now - timedelta(days=rng.randint(30, 900))
        users.append(
            {
                "id": user_id,
                "subject": f"bench-{run}-{index}",
                "email": f"bench.{run}.{index}@members.example",
                "email_verified": True,
                "name": name,
                "job_title": rng.choice(TITLES),
                "company": rng.choice(COMPANIES),
                "membership_status": "active",
                "member_since": joined,
                "created_at": joined,
                "house_rules_accepted_version": rules_version,
            }
        )
        roles.append({"user_id": user_id, "role": "member", "granted_at": joined})
        base = mentions.handle_from_name(name)
        handle, number = base, 1
        while handle in taken:
            number += 1
            handle = mentions.numbered_handle(base, number)
        taken.add(handle)
        handles.append({"user_id": user_id, "handle": handle})
    _insert(User, users)
    _insert(UserRole, roles)
    _insert(MemberHandle, handles)
    member_ids = [row["id"] for row in users]

    # Replies spread unevenly: a few lively threads, many quiet ones.
    weights = [rng.paretovariate(1.2) for _ in range(threads)]
    scale = (posts - threads) / sum(weights)
    replies = [int(weight * scale) for weight in weights]
    for index in rng.sample(range(threads), k=min(threads, (posts - threads) - sum(replies))):
        replies[index] += 1

    pool = [_body(rng) for _ in range(400)]
    rendered = {body: str(render(body)) for body in pool}

    first_thread, first_post = _next_id(Thread), _next_id(Post)
    thread_rows, post_rows, subscriptions = [], [], []
    post_id = first_post
    category_ids = [category.id for category in categories]
    for index in range(threads):
        thread_id = first_thread + index
        author = rng.choice(member_ids)
        started = now - timedelta(minutes=rng.randint(60, 365 * 24 * 60))
        moment = started
        count = 1 + replies[index]
        last_author = author
        for number in range(1, count + 1):
            poster = author if number == 1 else rng.choice(member_ids)
            if number > 1:
                moment = min(now, moment + timedelta(minutes=rng.randint(5, 60 * 24)))
            body = rng.choice(pool)
            post_rows.append(
                {
                    "id": post_id,
                    "thread_id": thread_id,
                    "number": number,
                    "is_opening": number == 1,
                    "author_id": poster,
                    "body": body,
                    "body_html": rendered[body],
                    "status": "published",
                    "created_at": moment,
                    "published_at": moment,
                    "edit_count": 0,
                }
            )
            last_author = poster
            post_id += 1
        topic = rng.choice(TOPICS)
        title = rng.choice(TITLE_TEMPLATES).format(topic=topic)
        thread_rows.append(
            {
                "id": thread_id,
                "category_id": rng.choice(category_ids),
                "author_id": author,
                "title": title[0].upper() + title[1:],
                "status": "published",
                "pinned": False,
                "locked": False,
                "created_at": started,
                "reply_count": count - 1,
                "last_post_at": moment,
                "last_post_id": post_id - 1,
                "last_post_author_id": last_author,
                "last_post_number": count,
            }
        )
        subscriptions.append(
            {"user_id": author, "thread_id": thread_id, "active": True, "created_at": started}
        )
    _insert(Thread, thread_rows)
    _insert(Post, post_rows)
    _insert(ThreadSubscription, subscriptions)
    _fix_sequences(User, Thread, Post)
    services.refresh_category_stats(category_ids)
    db.session.flush()
    indexed = search.rebuild(db.session)
    return GenerateReport(members, threads, len(post_rows), indexed)
