"""The briefing config (`config/2025.yaml`): options declared once (`model.py`), read and checked
all at once (`load.py`), documented from the declarations (`docs.py`)."""

from reportgen.config.load import ConfigError, load_config
from reportgen.config.model import Bilingual, Config, Section, default_date

__all__ = ["Bilingual", "Config", "ConfigError", "Section", "default_date", "load_config"]
