"""DOCX reader: the zip package, a walk over its XML parts, one line per paragraph."""
