import json
from pathlib import Path

import jsonschema

SCHEMA = json.loads((Path(__file__).parent.parent / "docs" / "schema.json").read_text("utf-8"))


def test_seed_summaries_match_the_documented_schema(seed_summaries):
    for summary in seed_summaries.values():
        jsonschema.validate(summary, SCHEMA)


def test_every_schema_key_is_documented():
    doc = (Path(__file__).parent.parent / "docs" / "schema.md").read_text("utf-8")
    article = SCHEMA["properties"]["articles"]["items"]["properties"]
    stat = article["stats"]["items"]["properties"]
    for key in [*SCHEMA["properties"], *article, *stat]:
        assert f"`{key}`" in doc, key
