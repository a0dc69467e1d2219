"""Document structure over the read lines: headings, sections, contact, dates and positions."""
