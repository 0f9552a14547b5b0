"""Reviews of reportgen's English on 40 real corpus texts (tests/english_corpus.txt): every English
statement listed with the Chinese it comes from (statements.py), an automatic check of what can be
checked by rule (check.py), and the hand reviews kept as fixtures (faithful.yaml, correct.yaml).
`python -m tests.english_review` lists the reviewed statements whose English has changed."""
