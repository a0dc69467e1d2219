"""Plain, JSON-ready dictionaries of the value types (documents, profiles) for output."""
