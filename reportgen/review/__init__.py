"""The review step between the parser and the reader: every figure beside its sentence,
corrected and chosen by a person (a local web page, `reportgen review`; a figures table for
spreadsheets, `reportgen figures`), stored beside the config (`store.py`)."""
