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


def test_typed_summary_matches_the_schema():
    """reportgen/summary.py's TypedDicts and docs/schema.json describe the same keys, with the same
    required ones."""
    from typing import get_type_hints

    from reportgen import summary as t

    def check(td, node, where):
        assert set(get_type_hints(td)) == set(node["properties"]), where
        assert set(td.__required_keys__) == set(node.get("required", [])), where

    check(t.Summary, SCHEMA, "summary")
    check(t.SourceInfo, SCHEMA["properties"]["source"], "source")
    check(t.PageInfo, SCHEMA["properties"]["page"], "page")
    item = SCHEMA["properties"]["articles"]["items"]
    check(t.Item, item, "item")
    for key, td in (("regions", t.Region), ("institutions", t.Institution), ("people", t.Person), ("stats", t.Stat),
                    ("quotes", t.Quote), ("cases", t.Case), ("photos", t.Photo), ("campaigns_en", t.NameEn),
                    ("documents_en", t.NameEn)):
        check(td, item["properties"][key]["items"], key)
