"""Language basics shared by the taxonomy and the extractor: spaCy tokenizer and lookup lemmas."""
