"""PDF reader: glyphs from pdfminer, fragments, lines, columns, tables and margins, then text."""
