"""Rendering safety: a corpus of XSS payloads through render() and through the pages that show
user text (thread titles, posts, previews, search snippets, notifications)."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser

import pytest
from markupsafe import Markup

from community.forum import markup
from community.forum.markup import ALLOWED_ATTRIBUTES, ALLOWED_PROTOCOLS, ALLOWED_TAGS, LINK_REL

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script>alert(String.fromCharCode(88,83,83))</script>",
    '<img src=x onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    "<IMG SRC=javascript:alert('XSS')>",
    '<img src="javascript:alert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    "<body onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](javascript&#58;alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](  javascript:alert(1)  )",
    "[x](javascript:alert`1`)",
    "<javascript:alert(1)>",
    "[a](<javascript:alert(1)>)",
    '[a](https://example.com "title" onmouseover="alert(1)")',
    '[a](https://example.com"onmouseover="alert(1))',
    "![img](javascript:alert(1))",
    "![img](https://tracker.example/pixel.gif)",
    '![x](x" onerror="alert(1))',
    "[ref]: javascript:alert(1)\n\n[ref]",
    '<a href="https://ok.example" onclick="alert(1)">ok</a>',
    '<a href="https://ok.example" target="_self">ok</a>',
    "<div style=\"background:url('javascript:alert(1)')\">styled</div>",
    '<p style="color:red">red</p>',
    "<style>body{display:none}</style>",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<meta http-equiv=refresh content='0;url=https://evil.example'>",
    "<base href=https://evil.example/>",
    "<form action=https://evil.example><input name=x><button>go</button></form>",
    "<input autofocus onfocus=alert(1)>",
    "<select onfocus=alert(1) autofocus>",
    "<textarea onfocus=alert(1) autofocus>",
    "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<table background=javascript:alert(1)><tr><td>x</td></tr></table>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "> <script>alert(1)</script>",
    "* <img src=x onerror=alert(1)>",
    "# <svg onload=alert(1)>",
    "| a | b |\n|---|---|\n| <script>x</script> | <img src=x onerror=alert(1)> |",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "{{ 7*7 }} {% raw %}{{ config }}{% endraw %}",
    "\u202e<script>alert(1)</script>",
    '<a href="http://example.com\0javascript:alert(1)">x</a>',
    "www.example.com/<script>alert(1)</script>",
    "https://example.com/?q=<script>alert(1)</script>",
    "<xss onafterscriptexecute=alert(1)><script>1</script>",
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">x</a>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
]

# Raw (unescaped) tags that must never come out; escaped text such as "&lt;script" is fine.
DANGEROUS = re.compile(
    r"<\s*/?\s*(script|iframe|object|embed|svg|math|img|style|link|meta|base|form|input|"
    r"select|textarea|button|details|marquee|video|audio|source|isindex|template|noscript|body)"
    r"\b",
    re.IGNORECASE,
)


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_in(html: str) -> list[tuple[str, dict]]:
    collector = TagCollector()
    collector.feed(html)
    collector.close()
    return collector.tags


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) >= 60


@pytest.mark.parametrize("payload", PAYLOADS)
def test_render_neutralises_the_payload(payload):
    html = markup.render(payload)
    assert isinstance(html, Markup)
    assert not DANGEROUS.search(html), html
    for tag, attrs in tags_in(html):
        assert tag in ALLOWED_TAGS, (tag, html)
        assert set(attrs) <= set(ALLOWED_ATTRIBUTES.get(tag, ())), (tag, attrs)
        for value in attrs.values():
            assert not re.match(r"\s*(javascript|vbscript|data):", value or "", re.I), attrs
        if tag == "a" and "href" in attrs:
            scheme = attrs["href"].split(":", 1)[0].lower() if ":" in attrs["href"] else ""
            assert scheme in ALLOWED_PROTOCOLS or not scheme, attrs
            assert attrs.get("rel") == LINK_REL


def test_links_open_safely_with_nofollow_ugc_noopener():
    html = markup.render("See [the report](https://example.com/report) and https://example.org")
    anchors = [attrs for tag, attrs in tags_in(html) if tag == "a"]
    assert len(anchors) == 2
    assert all(a["rel"] == "nofollow ugc noopener" and "target" not in a for a in anchors)


def test_markdown_features_survive_sanitizing():
    html = markup.render(
        "# Title\n\n**bold** *em* ~~gone~~\n\n> quote\n\n- a\n- b\n\n1. one\n\n`code`\n\n"
        "```\nblock\n```\n\n| h |\n|---|\n| c |"
    )
    for fragment in ("<h1>", "<strong>", "<em>", "<s>", "<blockquote>", "<ul>", "<ol>",
                     "<code>", "<pre>", "<table>"):  # fmt: skip
        assert fragment in html


def test_plain_text_is_the_words_without_markup_or_entities():
    text = 'We said "just use AI" & **meant** it: [see](https://example.com)\n\n> quoted'
    assert markup.to_plain_text(text) == 'We said "just use AI" & meant it: see quoted'
    assert markup.to_plain_text("word " * 100, limit=20) == "word word word word…"


def test_render_is_deterministic_so_it_can_be_cached_at_write_time():
    text = "Some **text** with https://example.com and\n\n- a list"
    assert markup.render(text) == markup.render(text)


def test_the_mention_parser_is_pure_python():
    import subprocess

    code = (
        "import sys; import community.forum.mentions; "
        "assert 'flask' not in sys.modules and 'sqlalchemy' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# Through the pages -----------------------------------------------------------------------------


META_NAMES = {"viewport", "csrf-token", "color-scheme", "referrer"}


def assert_page_is_clean(html: str) -> None:
    """No script, handler, style or active element anywhere; in <main>, none of the tags a
    payload could smuggle in (the layout's own icon is outside it)."""
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    for tag, attrs in tags_in(main):
        assert tag not in {"iframe", "object", "embed", "svg", "math", "base", "img", "style"}, (
            tag,
            attrs,
        )
    for tag, attrs in tags_in(html):
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs, (tag, attrs)
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), attrs
        assert tag not in {"iframe", "object", "embed", "math", "base", "style"}, (tag, attrs)
        if tag == "meta":
            assert attrs.get("name") in META_NAMES or "charset" in attrs, attrs
        for name in ("href", "src", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "vbscript:", "data:text")), attrs


def test_payloads_in_posts_and_titles_are_harmless_on_every_page(client, auth, author, category):
    from community.extensions import db
    from community.forum import services
    from community.forum.models import Thread

    thread, _ = services.start_thread(author, category, '<script>alert("t")</script> title', "Hi")
    for payload in PAYLOADS:
        services.reply(author, thread, payload)
    auth.login(author)
    last_page = -(-db.session.get(Thread, thread.id).last_post_number // 20)
    pages = [f"/forum/t/{thread.id}?page={n}" for n in range(1, last_page + 1)]
    pages += [f"/forum/c/{category.slug}", "/forum/", "/forum/search?q=alert"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_page_is_clean(response.get_data(as_text=True))
    assert (
        b"&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; title"
        in client.get(f"/forum/t/{thread.id}").data
    )


@pytest.mark.parametrize("payload", PAYLOADS[:20])
def test_the_preview_endpoint_sanitizes_like_published_posts(client, auth, author, payload):
    auth.login(author)
    response = client.post("/forum/preview", data={"text": payload})
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.get_data(as_text=True) == str(markup.render(payload))
    assert not DANGEROUS.search(response.get_data(as_text=True))


def test_search_snippets_escape_everything_but_the_highlight(client, auth, author, category):
    from community.forum import services

    services.start_thread(
        author, category, "Escaping check", "budget <b>bold</b> <script>alert(1)</script> budget"
    )
    auth.login(author)
    html = client.get("/forum/search?q=budget").get_data(as_text=True)
    assert "<mark>budget</mark>" in html.lower() or "<mark>Budget</mark>" in html
    assert "<script>alert(1)" not in html
    assert_page_is_clean(html)


def test_a_forged_highlight_mark_in_a_post_cannot_inject_markup(author, category):
    from community.extensions import db
    from community.forum import search, services

    services.start_thread(author, category, "Marks", "strategy \ue000<script>\ue001 strategy")
    page = search.search(db.session, "strategy", page=1, per_page=10)
    (hit,) = page.items
    assert "<script>" not in hit.snippet_html
    assert hit.snippet_html.count("<mark>") == hit.snippet_html.count("</mark>")
