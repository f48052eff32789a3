"""Nothing is wider than the screen: every page reachable from the header (the main navigation,
its Board and Moderation menus, and the account menu), for every demo identity, at a desktop
(1366 px) and a phone (390 px) width; and the header itself from 320 px up. A page that scrolls
sideways, or answers with a 5xx, fails the test with its address.

Screenshots of the widest-risk pages (every role's home at both widths) go to tests/artifacts.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .pages import screenshot, sign_in

pytestmark = pytest.mark.e2e

DEMO_IDENTITIES = (
    "demo-admin",
    "demo-board-1",
    "demo-moderator",
    "demo-member-1",
    "demo-applicant-1",
    "demo-rejected",
    "demo-visitor",
)
WIDTHS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
HEADER_WIDTHS = (320, 360, 390, 768, 1024, 1280, 1366, 1920)

OVERFLOW = """() => {
  const root = document.documentElement;
  if (root.scrollWidth <= window.innerWidth) return null;
  const culprits = [];
  for (const element of document.querySelectorAll('body *')) {
    const box = element.getBoundingClientRect();
    if (box.right > window.innerWidth + 1 && box.width > 0) {
      const classes = typeof element.className === 'string' ? element.className.trim() : '';
      const dotted = classes ? '.' + classes.split(/\\s+/).join('.') : '';
      const name = element.tagName.toLowerCase() + dotted;
      culprits.push(name + ' (right ' + Math.round(box.right) + ')');
      if (culprits.length >= 5) break;
    }
  }
  return {scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, culprits};
}"""

HEADER_LINKS = """() => Array.from(document.querySelectorAll('header.site-header a[href]'))
  .map((a) => a.getAttribute('href'))"""


def nav_paths(page) -> list[str]:
    """The same-site paths the header links to (menus included, open or not)."""
    paths = []
    for href in page.evaluate(HEADER_LINKS):
        parts = urlsplit(href)
        if parts.netloc and parts.netloc != urlsplit(page.url).netloc:
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith("/auth/") or path in paths:
            continue
        paths.append(path)
    return paths


def overflow_of(page) -> dict | None:
    return page.evaluate(OVERFLOW)


@pytest.mark.parametrize("sub", DEMO_IDENTITIES)
def test_no_page_reachable_from_the_header_is_wider_than_the_screen(browser, demo_site, sub):
    context = browser.new_context(base_url=demo_site.url, viewport=WIDTHS["desktop"])
    context.set_default_timeout(15_000)
    problems: list[str] = []
    try:
        page = context.new_page()
        page.goto("/")
        sign_in(page, sub)
        home = page.url
        paths = nav_paths(page)
        assert paths, f"{sub} has no header links at all"
        for width, viewport in WIDTHS.items():
            page.set_viewport_size(viewport)
            page.goto(home)
            screenshot(page, f"home {sub} {width}")
            for path in [urlsplit(home).path, *paths]:
                response = page.goto(path)
                status = response.status if response else 0
                if status >= 500:
                    problems.append(f"{sub} {width} {path}: HTTP {status}")
                    continue
                overflow = overflow_of(page)
                if overflow:
                    problems.append(
                        f"{sub} {width} {path}: {overflow['scrollWidth']} px wide on a "
                        f"{overflow['innerWidth']} px screen; past the edge: "
                        + ", ".join(overflow["culprits"])
                    )
    finally:
        context.close()
    assert not problems, "Pages wider than the screen or failing:\n" + "\n".join(problems)


@pytest.mark.parametrize("sub", ("demo-admin", "demo-board-1", "demo-moderator", "demo-visitor"))
def test_the_header_fits_every_width_from_320_px_with_its_menus_open(browser, demo_site, sub):
    context = browser.new_context(base_url=demo_site.url, viewport=WIDTHS["desktop"])
    problems: list[str] = []
    try:
        page = context.new_page()
        page.goto("/")
        sign_in(page, sub)
        for width in HEADER_WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            page.reload()
            if overflow_of(page):
                problems.append(f"{width} px, menus closed: {overflow_of(page)}")
            toggle = page.get_by_role("button", name="Menu")
            if toggle.is_visible():
                toggle.click()
            for menu in page.locator("header details[data-menu]").all():
                menu.locator("summary").click()
                overflow = overflow_of(page)
                if overflow:
                    label = menu.locator("summary").inner_text().strip() or "account"
                    problems.append(f"{width} px, {label} menu open: {overflow}")
                menu.locator("summary").click()
    finally:
        context.close()
    assert not problems, f"The header of {sub} is wider than the screen:\n" + "\n".join(problems)
