"""Normalization profiles: named sets of opt-in normalization rules.

A profile maps a name to the rule codes it turns on (added to the selection;
``ignore`` still removes codes from it, so ``--ignore TN140`` refines a
profile rule by rule).  ``textfix profiles`` lists them.
"""

from __future__ import annotations

PROFILES: dict[str, tuple[str, ...]] = {
    # What data-pipeline users expect; dashes, ellipses and other punctuation kept.
    "ml": ("TF105", "TN102", "TN103", "TN110", "TN111", "TN112", "TN113", "TN130", "TN140",
           "TN150", "TN151"),
    # ml, and every remaining typographic character to ASCII.
    "ascii-punct": ("TF105", "TN102", "TN103", "TN110", "TN111", "TN112", "TN113", "TN120",
                    "TN121", "TN130", "TN140", "TN150", "TN151"),
    "nfkc": ("TN101",),
    "fr-typography": ("TF105", "TN131", "TN132"),
    "whitespace": ("TN130", "TN140", "TN150", "TN151"),
}

DESCRIPTIONS: dict[str, str] = {
    "ml": "Training-data text: NFC, ligatures and full-width forms expanded, quotes, "
          "apostrophes and guillemets to ASCII, every Unicode space to a space, invisible "
          "characters removed, line endings \\n, blank-line runs collapsed; dashes, ellipses "
          "and other punctuation kept.",
    "ascii-punct": "The ml profile, plus dashes (– -> -, — -> --) and ellipses (… -> ...) "
                   "to ASCII.",
    "nfkc": "Unicode NFKC (compatibility forms folded: ligatures, widths, superscripts, "
            "fractions).",
    "fr-typography": "French typography (French text only): ’ for the apostrophe, narrow "
                     "no-break space before ; ! ?, no-break space before : and inside « ».",
    "whitespace": "Unicode spaces to a space, invisible characters removed, line endings \\n, "
                  "blank-line runs collapsed; every other character kept.",
}


def profile_codes(name: str) -> tuple[str, ...]:
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES)) or "none yet"
        raise ValueError(f"unknown normalization profile {name!r} (known: {known})") from None
