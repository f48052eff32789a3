"""The accounts blueprint, shared by the modules that add its pages (views, contact_views,
profile_views, data_views), so none of them imports another."""

from flask import Blueprint

bp = Blueprint("accounts", __name__)
