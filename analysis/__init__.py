"""Concord core: reading, extraction, linking, checks and reports. Never imports Qt."""
