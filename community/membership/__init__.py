"""Membership: invitations, applications, title rules, board review, appeals and revocation."""
