"""What a person does in the browser, named as they would say it, for the journeys to share.

Journeys read as steps (`sign_in(page, "test-alice")`, `admin.grant_role("Moderator", ...)`);
the selectors live here, by role and visible text as a screen reader would find them, so a
template change breaks one helper, not every journey. Add a small class per feature area
(membership, forum, moderation, accounts) next to `AdminArea`.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
AXE_REPORTS = ARTIFACTS / "axe"

# Violations at these levels fail a journey; minor and moderate ones are written to the report.
BLOCKING_IMPACTS = ("serious", "critical")


def origin(page: Page) -> str:
    parts = urlsplit(page.url)
    return f"{parts.scheme}://{parts.netloc}"


def sign_in(page: Page, sub: str) -> None:
    """Sign in through the provider's page as the identity `sub`, as a person would: click
    "Sign in with LinkedIn" on our page, then choose the identity on the provider's page."""
    if not page.url.startswith("http"):
        page.goto("/")
    site = origin(page)
    page.get_by_role("link", name="Sign in with LinkedIn").first.click()
    # The provider (oidc-provider-mock) offers one button per predefined identity.
    page.get_by_role("button", name=sub, exact=True).click()
    page.wait_for_url(lambda url: url.startswith(site) and "/auth/callback" not in url)


def open_account_menu(page: Page) -> None:
    """Open the account menu (the avatar at the end of the header) unless it is open."""
    menu = page.get_by_role("banner").locator("details.menu--account")
    if menu.get_attribute("open") is None:
        menu.locator("summary").click()
    expect(menu.get_by_role("button", name="Sign out")).to_be_visible()


def sign_out(page: Page) -> None:
    open_account_menu(page)
    page.get_by_role("banner").get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You have signed out.")).to_be_visible()


def flash(page: Page, text: str) -> None:
    """A flash message with this text is shown."""
    expect(page.locator("[data-flash]").filter(has_text=text)).to_be_visible()


def heading(page: Page, text: str | re.Pattern) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(text)


# Accessibility and screenshots.


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _describe(violation: dict) -> str:
    lines = [
        f"- {violation['id']} ({violation['impact']}): {violation['help']}",
        f"  {violation['helpUrl']}",
    ]
    for node in violation["nodes"][:5]:
        target = ", ".join(str(t) for t in node["target"])
        lines.append(f"    at {target}: {node['html'][:200]}")
        summary = (node.get("failureSummary") or "").replace("\n", " ")
        if summary:
            lines.append(f"      {summary[:300]}")
    if len(violation["nodes"]) > 5:
        lines.append(f"    ... and {len(violation['nodes']) - 5} more elements")
    return "\n".join(lines)


def accessibility_violations(page: Page, name: str) -> list[dict]:
    """Run axe-core on the page as it is now; every violation is saved under tests/artifacts."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    AXE_REPORTS.mkdir(parents=True, exist_ok=True)
    (AXE_REPORTS / f"{_slug(name)}.json").write_text(json.dumps(violations, indent=2))
    return violations


def assert_accessible(page: Page, name: str) -> None:
    """No serious or critical axe-core violation on the page; lists them readably if there are."""
    violations = accessibility_violations(page, name)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"Accessibility problems on {name} ({page.url}):\n" + "\n".join(
        _describe(v) for v in blocking
    )


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{_slug(name)}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def check_page(page: Page, name: str) -> None:
    """Screenshots and axe-core at desktop and phone widths. The desktop check is of the page
    as it stands (flash messages included); the phone check loads the same address afresh in a
    phone-sized tab, as a phone would get it (app.js adapts the page when it loads)."""
    problems = []
    checks = [("desktop", page)]
    phone = page.context.new_page()
    try:
        phone.set_viewport_size(PHONE)
        phone.goto(page.url)
        checks.append(("phone", phone))
        for width, tab in checks:
            label = f"{name} {width}"
            screenshot(tab, label)
            try:
                assert_accessible(tab, label)
            except AssertionError as error:
                problems.append(str(error))
    finally:
        phone.close()
    assert not problems, "\n\n".join(problems)


# Feature areas.


class AdminArea:
    """The admin pages: people and roles, the audit trail, the mail outbox."""

    def __init__(self, page: Page):
        self.page = page

    def open(self) -> None:
        self.page.get_by_role("navigation", name="Main").get_by_role("link", name="Admin").click()
        heading(self.page, "People and roles")

    def tab(self, label: str) -> None:
        tabs = self.page.get_by_role("navigation", name="Admin sections")
        tabs.get_by_role("link", name=label).click()

    def search_people(self, text: str) -> None:
        self.page.get_by_label("Name or email").fill(text)
        self.page.get_by_role("button", name="Search").click()

    def open_person(self, name: str) -> None:
        self.page.get_by_role("table").get_by_role("link", name=name).click()
        heading(self.page, name)

    def back_to_people(self) -> None:
        self.page.get_by_role("link", name="← People").click()
        heading(self.page, "People and roles")

    def grant_role(self, role_label: str, reason: str) -> None:
        self.page.get_by_label("Role").select_option(label=role_label)
        self.page.get_by_label("Reason").fill(reason)
        self.page.get_by_role("button", name="Grant role").click()


def main_nav(page: Page, label: str) -> None:
    """Follow an entry of the main navigation (desktop width, where it is always shown),
    opening the Board or Moderation menu first when the entry sits in one."""
    nav = page.get_by_role("navigation", name="Main")
    link = page.get_by_role("link", name=label, exact=True, include_hidden=True)
    group = nav.locator("details").filter(has=link)
    if group.count() and group.first.get_attribute("open") is None:
        group.first.locator("summary").click()
    nav.get_by_role("link", name=label, exact=True).click()


@contextlib.contextmanager
def next_document(page: Page) -> Iterator[None]:
    """Wait, after the block, until the tab shows a new document: the answer to a form that
    may lead to one of several pages, so a check can't pass on the page that sent it."""
    page.evaluate("document.documentElement.dataset.e2eSent = 'yes'")
    yield
    expect(page.locator("html:not([data-e2e-sent])")).to_be_attached()


def switch_to(page: Page, sub: str) -> None:
    """Whoever is signed in signs out, and `sub` signs in, in the same tab."""
    sign_out(page)
    sign_in(page, sub)


class MembershipArea:
    """The applicant's pages (apply, status, appeal) and the board's queues and votes."""

    def __init__(self, page: Page):
        self.page = page

    # The applicant.

    def start_application(self) -> None:
        """From the status page: "Request an invitation" (no inviter) or "Start your
        application" (invited); both lead to the one application form."""
        self.page.get_by_role("main").get_by_role(
            "link", name=re.compile("^(Request an invitation|Start your application)$")
        ).click()
        heading(self.page, re.compile("^(Request an invitation|Apply for membership)$"))

    def fill_application(
        self,
        *,
        title: str,
        company: str,
        linkedin_url: str,
        function: str,
        statement: str,
        accept_rules: bool = True,
    ) -> None:
        page = self.page
        page.get_by_label("Current job title").fill(title)
        page.get_by_label("Company or organisation").fill(company)
        page.get_by_label("LinkedIn profile address").fill(linkedin_url)
        page.get_by_label("Your function").select_option(label=function)
        page.get_by_label("Why do you want to join?").fill(statement)
        if accept_rules:
            page.get_by_label(re.compile(r"^I accept the house rules")).check()

    def send_application(self) -> None:
        self.page.get_by_role("button", name="Send my application").click()

    def appeal(self, statement: str, *, updated_title: str = "", updated_company: str = "") -> None:
        page = self.page
        page.get_by_role("link", name="Appeal the decision").click()
        heading(page, "Appeal the decision")
        page.get_by_label("Your appeal").fill(statement)
        if updated_title:
            page.get_by_label("Updated job title (optional)").fill(updated_title)
        if updated_company:
            page.get_by_label("Updated company (optional)").fill(updated_company)
        page.get_by_role("button", name="Send my appeal").click()

    # The board.

    def open_applications(self) -> None:
        main_nav(self.page, "Applications")
        heading(self.page, "Applications")

    def open_application(self, applicant: str) -> None:
        self.page.get_by_role("main").get_by_role("link", name=applicant, exact=True).click()
        expect(self.page.get_by_role("heading", level=1)).to_contain_text(applicant)

    def vote(self, choice: str, reason: str) -> None:
        """Approve / Reject / Abstain on an application, or Uphold / Deny / Abstain on an
        appeal (the label starts with the choice)."""
        page = self.page
        page.get_by_role("radio", name=re.compile(f"^{re.escape(choice)}")).check()
        page.get_by_label(re.compile(r"^Reason")).fill(reason)
        page.get_by_role("button", name="Record my vote").click()

    def reject_as_ineligible(self) -> None:
        """The one-click rejection of a title below the policy (it asks for confirmation)."""
        self.page.once("dialog", lambda dialog: dialog.accept())
        self.page.get_by_role("main").get_by_role(
            "button", name="Reject: title below the policy"
        ).click()

    def open_appeals(self) -> None:
        main_nav(self.page, "Appeals")
        heading(self.page, "Appeals")

    def open_appeal(self, appellant: str) -> None:
        self.page.get_by_role("main").get_by_role("link", name=appellant, exact=True).click()
        expect(self.page.get_by_role("heading", level=1)).to_contain_text(appellant)


class ForumArea:
    """Categories, threads, posting and replying, the house rules prompt, and the bell."""

    def __init__(self, page: Page):
        self.page = page

    def open(self) -> None:
        main_nav(self.page, "Forum")
        heading(self.page, "Forum")

    def open_category(self, name: str) -> None:
        self.page.get_by_role("main").get_by_role("link", name=name, exact=True).click()
        heading(self.page, name)

    def open_thread(self, title: str) -> None:
        self.page.get_by_role("main").get_by_role("link", name=title, exact=True).first.click()
        heading(self.page, title)

    def accept_house_rules_if_asked(self) -> bool:
        """The forum asks for the current house rules before a first post; True if it did."""
        asking = self.page.get_by_role("heading", level=1, name="Please accept the house rules")
        if asking.count() == 0:
            return False
        self.page.get_by_role("button", name=re.compile(r"^I accept the house rules")).click()
        return True

    def open_new_thread_form(self) -> None:
        with next_document(self.page):
            self.page.get_by_role("link", name="Start a thread").first.click()
        if self.accept_house_rules_if_asked():
            flash(self.page, "Thank you for accepting the house rules.")
        heading(self.page, "Start a thread")

    def start_thread(self, title: str, body: str) -> None:
        """On the new-thread form: fill it in and send it (accepting the rules if asked)."""
        self.page.get_by_label(re.compile(r"^Title")).fill(title)
        self.page.get_by_label("Opening post").fill(body)
        with next_document(self.page):
            self.page.get_by_role("button", name="Start thread").click()
        self.accept_house_rules_if_asked()

    def reply(self, body: str) -> None:
        """On a thread page: write in the reply box at the bottom and post it."""
        self.page.get_by_label("Your reply").fill(body)
        with next_document(self.page):
            self.page.get_by_role("button", name="Post reply").click()
        self.accept_house_rules_if_asked()

    def post_by(self, author: str):
        """The posts on this page written by `author` (their heading names the author)."""
        return self.page.locator("article.post").filter(
            has=self.page.get_by_role("heading", level=3, name=re.compile(re.escape(author)))
        )

    def bell(self):
        return self.page.get_by_role("banner").get_by_role(
            "link", name=re.compile(r"(unread notification|Notifications)")
        )


class ModerationArea:
    """The moderators' queue: held and flagged posts, approve or hide with a reason."""

    def __init__(self, page: Page):
        self.page = page

    def open_queue(self) -> None:
        main_nav(self.page, "Queue")
        heading(self.page, "Moderation queue")

    def item(self, thread_title: str, containing: str | None = None):
        """The queue entries for posts in this thread (its opening post or replies in it),
        narrowed to the one whose text contains `containing`."""
        entries = self.page.locator("li.queue-item").filter(
            has=self.page.get_by_role(
                "heading", level=2, name=re.compile(f"^(Reply in: )?{re.escape(thread_title)}$")
            )
        )
        return entries.filter(has_text=containing) if containing else entries

    def hide(self, entry, rule: str, message: str) -> None:
        """Hide the post of a queue entry for breaking `rule`, with a message to its author."""
        entry.get_by_text("Hide it, with a message to the author").click()
        entry.get_by_label("Rule broken").select_option(label=rule)
        entry.get_by_label("Message to the author").fill(message)
        entry.get_by_role("button", name="Hide post").click()


class AccountsArea:
    """Notifications, the directory and profiles, and the member's own data."""

    def __init__(self, page: Page):
        self.page = page

    def open_notifications(self) -> None:
        ForumArea(self.page).bell().click()
        heading(self.page, "Notifications")

    def open_notification_settings(self) -> None:
        self.page.get_by_role("link", name="Email settings").click()
        heading(self.page, "Notification settings")

    def open_directory(self) -> None:
        main_nav(self.page, "Members")
        heading(self.page, "Members")

    def open_profile(self, name: str) -> None:
        self.page.get_by_role("main").get_by_role("link", name=name, exact=True).click()
        expect(self.page.get_by_role("heading", level=1)).to_contain_text(name)

    def open_your_data(self) -> None:
        self.page.get_by_role("link", name="Your data and account").click()
        heading(self.page, "Your data")

    def download_data(self) -> dict:
        """Download the JSON export and read it."""
        with self.page.expect_download() as download_info:
            self.page.get_by_role("link", name="Download your data (JSON)").click()
        download = download_info.value
        assert download.suggested_filename.endswith(".json"), download.suggested_filename
        return json.loads(Path(download.path()).read_text(encoding="utf-8"))

    def delete_account(self, posts: str = "keep") -> None:
        """From the data page: the one confirmation page, choosing what happens to posts."""
        self.page.get_by_role("link", name=re.compile(r"^Delete my account")).click()
        heading(self.page, "Delete your account")
        label = "Keep my posts" if posts == "keep" else "Delete my posts"
        self.page.get_by_role("radio", name=re.compile(f"^{label}")).check()
        self.page.get_by_role("button", name="Delete my account now").click()
