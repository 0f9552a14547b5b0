"""Stage 4, extract: statistics, places, institutions, people, quotes, cases and terms."""
