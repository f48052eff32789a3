"""Accounts: profiles, the member directory, contact by consent, notifications, your data."""
