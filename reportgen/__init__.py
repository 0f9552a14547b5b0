"""reportgen: Chinese legal-news pages → structured YAML summaries → bilingual briefings."""

__version__ = "0.1.0"
