"""Migrations are the only way the schema is made outside tests: they must match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import create_engine, text

from community import create_app
from community.extensions import db
from tests.conftest import ON_POSTGRES


def test_migrations_create_exactly_the_schema_of_the_models(tmp_path, database_uri, oidc_provider):
    if ON_POSTGRES:
        uri = database_uri.rsplit("/", 1)[0] + "/postgres"
        # Named after this run's database, so parallel workers and checkouts never share it.
        name = database_uri.rsplit("/", 1)[1].split("?")[0] + "_migrations"
        admin_engine = create_engine(uri, isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
            connection.execute(text(f"CREATE DATABASE {name}"))
        admin_engine.dispose()
        target = database_uri.rsplit("/", 1)[0] + f"/{name}"
    else:
        target = f"sqlite:///{tmp_path / 'migrated.sqlite3'}"
    app = create_app(
        {"TESTING": True, "SQLALCHEMY_DATABASE_URI": target, "LOCAL_OIDC_URL": oidc_provider.url}
    )
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            differences = [
                d for d in compare_metadata(context, db.metadata) if not _is_search_index(d)
            ]
        db.engine.dispose()
    assert differences == [], "models and migrations differ; run `flask db migrate`"


def _is_search_index(difference) -> bool:
    """Full-text search tables and columns are made by raw DDL that the models don't describe."""
    text_form = repr(difference)
    return "search" in text_form or "_fts" in text_form
