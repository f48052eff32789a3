"""The forum blueprint, shared by the modules that add its pages (views, feed_views), so neither
imports the other."""

from flask import Blueprint

bp = Blueprint("forum", __name__, url_prefix="/forum")
