"""Readers for the public sources of the built-in taxonomy (used by tools/build_taxonomy.py)."""
