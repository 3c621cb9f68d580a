"""Dialogs: settings and about."""
