"""The skill finder: taxonomy forms matched over tokens, with acronyms, fuzzy near-misses and the ambiguity rules."""
