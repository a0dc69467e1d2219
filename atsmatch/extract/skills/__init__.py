"""The skill finder: taxonomy forms matched over tokens; acronyms, fuzzy near-misses, ambiguity rules."""
