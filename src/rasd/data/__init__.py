"""Shipped models and indexes (see each *.md card beside them)."""
