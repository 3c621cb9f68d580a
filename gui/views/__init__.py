"""Widgets: one module per view; each reads the shared Session and its Qt models."""
