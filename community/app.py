"""The application factory, read as a table of contents."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, flash, has_request_context, redirect, render_template, request
from flask_login import current_user
from flask_wtf.csrf import CSRFError, generate_csrf
from werkzeug.exceptions import HTTPException

from community import config as settings
from community.errors import DomainError
from community.extensions import csrf, db, limiter, login_manager, migrate

ROOT = Path(__file__).resolve().parent.parent


def build_app(overrides: dict | None = None) -> Flask:
    app = Flask(
        "community",
        root_path=str(ROOT),
        instance_path=str(ROOT / "instance"),
        instance_relative_config=True,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.config.from_mapping(settings.from_environment(Path(app.instance_path)))
    app.config.from_pyfile("config.py", silent=True)
    if overrides:
        app.config.from_mapping(overrides)
    production = apply_environment(app)
    if app.config["SESSION_COOKIE_SECURE"] is None:
        app.config["SESSION_COOKIE_SECURE"] = production
    app.config["REMEMBER_COOKIE_SECURE"] = app.config["SESSION_COOKIE_SECURE"]
    app.config["PRODUCTION"] = production
    if serving():
        settings.check_production_safety(app.config, debug=not production, testing=app.testing)
    Path(app.instance_path).mkdir(exist_ok=True)

    register_url_converters(app)
    register_proxy_fix(app)
    register_extensions(app)
    register_models()
    register_blueprints(app)
    register_event_handlers()
    register_errorhandlers(app)
    register_context(app)
    register_security_headers(app)
    register_commands(app)
    register_input_guards(app)
    register_tasks(app)
    register_observability(app, production=production)
    return app


def register_tasks(app: Flask) -> None:
    from community.tasks.runtime import init_app

    init_app(app)


def register_observability(app: Flask, *, production: bool) -> None:
    """JSON logs with a request id, and Prometheus metrics at /metrics (community/observability)."""
    from community.main import observability

    observability.init_app(app, production=production)


def apply_environment(app: Flask) -> bool:
    """Set testing and debug from COMMUNITY_ENV (config.environment); True in production."""
    env = settings.environment(app.config)
    app.config["COMMUNITY_ENV"] = env
    app.testing = env == "testing"
    if env == "production" and app.debug:
        app.logger.warning("FLASK_DEBUG is ignored in production (COMMUNITY_ENV=production)")
        app.debug = False
    return env == "production"


def serving() -> bool:
    """False for `flask` maintenance commands (db upgrade, check-title ...), which serve nobody."""
    import sys

    import click

    if click.get_current_context(silent=True) is None:
        return True  # gunicorn, a WSGI server, or create_app() called from code
    return "run" in sys.argv[1:]


def register_proxy_fix(app: Flask) -> None:
    """Behind TRUSTED_PROXIES reverse proxies, the client's address and scheme are the ones they
    forward (rate limits, Secure links); the Host header is never taken from them."""
    hops = int(app.config.get("TRUSTED_PROXIES") or 0)
    if hops > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=0, x_port=0)


def register_extensions(app: Flask) -> None:
    from community.auth.oauth import register_provider

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
    register_provider(app)

    from flask import session
    from sqlalchemy import bindparam, exists, select
    from sqlalchemy.orm import joinedload

    from community.auth.models import User
    from community.auth.services import session_is_current
    from community.db_types import utcnow
    from community.standing import capabilities
    from community.standing.models import Sanction

    # Built once: building the statement cost more than running it. The person, their roles and
    # whether any sanction is in force, in one query; the (rare) sanctions themselves are read
    # only when there are some.
    sanctioned = exists().where(
        Sanction.user_id == User.id,
        Sanction.lifted_at.is_(None),
        Sanction.starts_at <= bindparam("now"),
        Sanction.ends_at > bindparam("now"),
    )
    signed_in = (
        select(User, sanctioned)
        .options(joinedload(User.roles))
        .where(User.id == bindparam("user_id"), User.deleted_at.is_(None))
    )

    @login_manager.user_loader
    def load_user(user_id: str):
        if not user_id.isdigit():
            return None
        row = (
            db.session.execute(signed_in, {"user_id": int(user_id), "now": utcnow()})
            .unique()
            .one_or_none()
        )
        if row is None or not session_is_current(session, row[0]):
            return None
        user, has_sanctions = row
        if not has_sanctions:
            # What standing_of would read in this transaction, and forgotten with it (after
            # commit or rollback), so a sanction still takes effect on the next request.
            cache = capabilities.remembered_standings()
            cache[user.id] = capabilities.Standing(())
        return user


def register_models() -> None:
    """Import every model module so metadata (and Alembic) sees all tables."""
    import community.accounts.models
    import community.asks.models
    import community.audit
    import community.auth.models
    import community.chapters.models
    import community.forum.models
    import community.forum.page_cache
    import community.mail.models
    import community.membership.models
    import community.moderation.model_versions
    import community.moderation.models
    import community.standing.models
    import community.tasks.models  # noqa: F401


def register_blueprints(app: Flask) -> None:
    from community.accounts.views import bp as accounts_bp
    from community.admin.views import bp as admin_bp
    from community.asks.views import bp as asks_bp
    from community.auth.views import bp as auth_bp
    from community.chapters.views import bp as chapters_bp
    from community.forum.views import bp as forum_bp
    from community.main.views import bp as main_bp
    from community.membership.views import bp as membership_bp
    from community.moderation.views import bp as moderation_bp

    for blueprint in (
        main_bp,
        auth_bp,
        admin_bp,
        membership_bp,
        forum_bp,
        moderation_bp,
        accounts_bp,
        chapters_bp,
        asks_bp,
    ):
        app.register_blueprint(blueprint)


def register_event_handlers() -> None:
    from community import wiring

    wiring.install()


ERROR_TEXT = {
    400: (
        "Something in that request was wrong",
        "Please go back, check what you entered and try again.",
    ),
    403: (
        "You don't have access to this page",
        "It is reserved for another role in the community.",
    ),
    404: ("Page not found", "The page may have moved, or the link may be mistyped."),
    405: ("That action isn't allowed here", "Please use the buttons and links on the page."),
    409: (
        "Someone got there first",
        "This item changed while you were looking at it. Please reload.",
    ),
    413: ("That was too large", "What you sent is bigger than we accept. Please shorten it."),
    415: ("That format isn't accepted here", "Please use the forms on the page."),
    429: ("Too many requests", "You are going a little fast. Please wait a moment and try again."),
    500: (
        "Something went wrong on our side",
        "We have logged the problem. Please try again shortly.",
    ),
}


def render_error(code: int, message: str | None = None):
    title, default_message = ERROR_TEXT.get(code, ERROR_TEXT[500])
    return (
        render_template(
            "errors/error.html", code=code, title=title, message=message or default_message
        ),
        code,
    )


def register_errorhandlers(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return render_error(
            400,
            "Your form expired or was sent from elsewhere. Please reload the page and try again.",
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code is None or error.code < 400:
            return error
        if error.code == 429:
            return render_error(429, f"Limit reached: {error.description}. Please wait and retry.")
        return render_error(error.code)

    @app.errorhandler(DomainError)
    def domain_error(error: DomainError):
        """A rule said no and the view didn't catch it: show the rule's message."""
        if request.method == "POST" and error.status_code == 400 and request.referrer:
            flash(str(error), "error")
            return redirect(request.referrer)
        return render_error(error.status_code, str(error))

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        if isinstance(error, HTTPException):
            return http_error(error)
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        db.session.rollback()
        return render_error(500)


# The admin pages' tabs: the admin feature's own, then the forum's categories page.
ADMIN_EXTRA_TABS = [("forum.admin_categories", "Forum categories")]


def register_context(app: Flask) -> None:
    from community import nav
    from community.forum.notifications import unread_count
    from community.standing import capabilities

    # The menu is a function of what decides capabilities (roles, membership, sanctions in
    # force) and of the page: remembered per such combination instead of asking `may` for
    # every entry on every page.
    menus: dict = {}

    def nav_items(user):
        if not user.is_authenticated:
            return []
        standing = capabilities.standing_of(user)
        key = (
            user.role_names,
            user.membership_status,
            user.deleted_at is None,
            tuple(sanction.kind for sanction in standing.sanctions),
            request.endpoint,
        )
        items = menus.get(key)
        if items is None:
            if len(menus) > 1000:
                menus.clear()
            items = menus[key] = nav.items_for(user)
        return items

    @app.context_processor
    def layout_context():
        if not has_request_context():  # mail rendered from the CLI or a service
            return {"community_name": app.config["COMMUNITY_NAME"]}
        notification_count = None
        if current_user.is_authenticated and capabilities.may(
            current_user, capabilities.READ_FORUM
        ):
            notification_count = unread_count(current_user)
        context = {
            "nav_items": nav_items(current_user),
            "notification_count": notification_count,
            "community_name": app.config["COMMUNITY_NAME"],
        }
        if (request.endpoint or "").startswith("admin."):
            context["admin_extra_tabs"] = ADMIN_EXTRA_TABS
        return context

    from community.forum.page_cache import csrf_placeholder

    def csrf_token() -> str:
        """The session's token; a placeholder while a shared page-cache entry renders."""
        return csrf_placeholder() or generate_csrf()

    app.jinja_env.globals["csrf_token"] = csrf_token
    # Pagination links keep the current filters but not the current page number.
    app.jinja_env.filters["reject_page"] = lambda params: {
        key: value for key, value in params.items() if key != "page"
    }


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self' {form_targets}; "
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)


def register_security_headers(app: Flask) -> None:
    # Sign-in posts back through the provider, so form-action names it.
    form_targets = "https://www.linkedin.com"
    if app.config["LOCAL_OIDC_URL"]:
        form_targets += " " + app.config["LOCAL_OIDC_URL"]
    policy = CSP.format(form_targets=form_targets)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        if app.config["PRODUCTION"]:
            response.headers.setdefault(
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains"
            )
        return response


def register_commands(app: Flask) -> None:
    from community.cli import register

    register(app)


# Bad input: refused with a clear 4xx before it can reach the database.

# Ids are INTEGER columns: 32-bit on PostgreSQL, which refuses to compare with a bigger number.
LARGEST_ID = 2**31 - 1


def register_url_converters(app: Flask) -> None:
    """`<int:...>` arguments beyond any id the database can hold name nothing: 404, no query."""
    from werkzeug.routing import IntegerConverter

    class IdConverter(IntegerConverter):
        def __init__(self, map, *args, **kwargs):
            kwargs.setdefault("max", LARGEST_ID)
            super().__init__(map, *args, **kwargs)

    app.url_map.converters["int"] = IdConverter


def register_input_guards(app: Flask) -> None:
    from community.standing.views import refuse_fully_suspended

    app.before_request(refuse_fully_suspended)

    @app.before_request
    def refuse_nul_characters():
        """No stored text may contain NUL (PostgreSQL refuses it): say so instead of a 500."""
        fields = [("path", request.path), *request.args.items(multi=True)]
        if request.method in ("POST", "PUT", "PATCH", "DELETE"):
            fields += request.form.items(multi=True)
        if any("\x00" in key or "\x00" in value for key, value in fields):
            return render_error(
                400, "What you sent contains a NUL character, which we can't accept."
            )
        return None

    app.before_request(refuse_json_bodies)


def refuse_json_bodies():
    """Every form here is posted form-encoded; a JSON body would reach the forms with numbers,
    lists or objects where they expect text (Flask-WTF reads JSON), so it is refused: 415."""
    if request.method in ("POST", "PUT", "PATCH", "DELETE") and request.is_json:
        return render_error(415, "Please send this form as a web form, not as JSON.")
    return None
