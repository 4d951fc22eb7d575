"""The two languages of everything the core writes, and how numbers read in each.

Every bilingual wording in the core is a pair ``(swedish, english)``; ``pick``
chooses from it, so no module needs its own ``lang == "sv"`` branch. Numbers go
through ``format_number`` alone: Swedish groups thousands with a space and uses a
decimal comma ("12 345,6"), English (British) a comma and a point ("12,345.6").
A plain space, not a no-break space, so that text extracted from a PDF reads the
same as what people type when they search it; a caller that must keep a number on
one line (grid labels) passes its own ``group``.
"""

from __future__ import annotations

from typing import Literal, TypeVar

Lang = Literal["sv", "en"]
LANGUAGES: tuple[Lang, ...] = ("sv", "en")

T = TypeVar("T")


def pick(pair: tuple[T, T], lang: str) -> T:
    """The Swedish or the English one of ``pair`` (English for any language but 'sv')."""
    return pair[0] if lang == "sv" else pair[1]


def format_number(
    value: float, decimals: int = 0, lang: str = "sv", *, group: str | None = None
) -> str:
    """``value`` rounded to ``decimals`` with the language's separators.

    Args:
        group: the thousands separator (default: a space in Swedish, a comma in English;
            "" for none).
    """
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        grouped = text.replace(",", "\x00").replace(".", ",")
        return grouped.replace("\x00", " " if group is None else group)
    return text if group is None else text.replace(",", group)


def format_plain(value: float, decimals: int, lang: str) -> str:
    """A figure without thousands separators, decimal comma in Swedish ("2,5")."""
    return format_number(value, decimals, lang, group="")


def check_lang(value: str) -> Lang:
    """'sv' or 'en', else a ValidationError."""
    from kalixplan.domain.errors import ValidationError

    if value == "sv":
        return "sv"
    if value == "en":
        return "en"
    raise ValidationError(
        "lang",
        f"Language '{value}' is not supported; use sv or en.",
        sv=f"Språket '{value}' stöds inte; använd sv eller en.",
    )
