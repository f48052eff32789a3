"""Vendors on members' terms: ask peers for recommendations, invite private responses."""
