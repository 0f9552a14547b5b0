"""The English side: glossary terms, place/person/institution names, figures, and English
generated only from the structured facts. Nothing here guesses: what cannot be built from
the glossary, the gazetteer or pinyin is left empty and flagged with origin `missing`."""
