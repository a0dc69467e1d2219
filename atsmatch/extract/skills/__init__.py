"""The skill finder: taxonomy forms over tokens; acronyms, fuzzy near-misses, ambiguity rules."""
