"""Translators for text the glossary cannot cover. The default is the glossary itself (it
returns nothing it does not know); an offline engine can be plugged in and is marked `machine`."""

from __future__ import annotations

from typing import Protocol

from reportgen.errors import UserError


class Translator(Protocol):
    """Something that turns Chinese text into English, or returns None."""

    origin: str

    def translate(self, zh: str) -> str | None: ...


class GlossaryOnly:
    """The default: no translation beyond the glossary, so nothing is ever made up."""

    origin = "glossary"

    def translate(self, zh: str) -> str | None:
        return None


class ArgosTranslator:
    """A locally installed argostranslate zh→en package (installed by the user; never downloaded)."""

    origin = "machine"

    def __init__(self, engine=None) -> None:
        if engine is None:
            try:
                from argostranslate import translate as argos  # type: ignore[import-not-found]
            except ImportError:
                raise UserError("translator: argos is configured but argostranslate is not installed "
                                "(pip install argostranslate, then install a zh→en package offline)") from None
            langs = {lang.code: lang for lang in argos.get_installed_languages()}
            if "zh" not in langs or "en" not in langs:
                raise UserError("translator: argostranslate has no installed zh→en package "
                                "(install one with argospm from a downloaded .argosmodel file)")
            engine = langs["zh"].get_translation(langs["en"])
        self.engine = engine

    def translate(self, zh: str) -> str | None:
        out = self.engine.translate(zh)
        return out.strip() or None if isinstance(out, str) else None


TRANSLATORS = {"glossary": GlossaryOnly, "argos": ArgosTranslator}


def make_translator(name: str) -> Translator:
    try:
        return TRANSLATORS[name]()
    except KeyError:
        raise UserError(f"translator: unknown engine {name!r} (use {', '.join(TRANSLATORS)})") from None
