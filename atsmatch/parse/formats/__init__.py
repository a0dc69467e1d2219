"""Readers of text-like formats: plain text, Markdown, HTML and JSON Resume."""
