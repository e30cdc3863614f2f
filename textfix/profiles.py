"""Normalization profiles: named sets of opt-in normalization rules.

Filled in by the normalization family (issue 9).  A profile maps a name to the
rule codes it turns on.
"""

from __future__ import annotations

PROFILES: dict[str, tuple[str, ...]] = {}


def profile_codes(name: str) -> tuple[str, ...]:
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES)) or "none yet"
        raise ValueError(f"unknown normalization profile {name!r} (known: {known})") from None
