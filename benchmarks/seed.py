"""The seed article through the full default pipeline: which expected repairs happened.

Reads ../shared/seed/article.txt at run time (its text is not part of the
project) and sorts every applied edit into the repairs the seed's README
expects, found by their shape rather than by the article's words:

- the degraded copy of the headline removed (a whole line whose skeleton is
  the beginning of the first line's);
- the four fused words split (a space inserted between two letters);
- the guillemet closed (a ``«`` standing for a closing mark becomes ``»``);
- the stray marker on the last line (``xx-NN``) removed.

Every other edit is listed: there should be none.

    python benchmarks/seed.py [PATH]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from common import ROOT

import textfix
from textfix.rules.duplicates import skeleton

SEED = ROOT.parent / "shared" / "seed" / "article.txt"
MARKER = re.compile(r"\s*[a-z]{2}-\d{1,3}\s*")
EXPECTED = {"degraded line removed": 1, "fused word split": 4, "guillemet closed": 1,
            "marker removed": 1}


def classify(text: str, e, head: str) -> str:
    before, after = e.before, e.after
    if after == "" and MARKER.fullmatch(before):
        return "marker removed"
    if after == "" and "\n" in before:
        line = max(before.split("\n"), key=len).strip()
        sk = skeleton(line)
        if line and line != head and len(sk) >= 12 and skeleton(head).startswith(sk):
            return "degraded line removed"
    if (after.strip() == "" and " " in after and before.strip() == ""
            and 0 < e.start < len(text) and text[e.start - 1].isalpha() and text[e.end].isalpha()):
        return "fused word split"
    if "«" in before and "»" in after and "«" not in after:
        return "guillemet closed"
    return "other"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    text = path.read_text(encoding="utf-8")
    r = textfix.fix_and_explain(text)
    head = text.split("\n", 1)[0].strip()
    found: dict[str, list] = {}
    for e in r.edits:
        found.setdefault(classify(text, e, head), []).append(e)
    print(f"seed article: {path} ({len(text)} chars), language {r.lang}, {len(r.edits)} edits")
    ok = True
    for what, n in EXPECTED.items():
        got = found.get(what, [])
        status = "OK " if len(got) == n else "MISSING" if len(got) < n else "EXTRA"
        ok &= len(got) == n
        print(f"  [{status}] {what}: {len(got)} of {n}")
        for e in got:
            ctx = text[max(0, e.start - 20):e.end + 20].replace("\n", "\\n")
            print(f"        {e.code} {e.before!r} -> {e.after!r}   …{ctx}…")
    others = found.get("other", [])
    print(f"  [{'OK ' if not others else 'EXTRA'}] other changes: {len(others)} (expected none)")
    for e in others:
        ctx = text[max(0, e.start - 25):e.end + 25].replace("\n", "\\n")
        print(f"        {e.code} {e.before!r} -> {e.after!r}   …{ctx}…   ({e.reason})")
    for e in r.skipped:
        print(f"  skipped (unsafe) {e.code} {e.before!r} -> {e.after!r} ({e.reason})")
    balanced = r.text.count("«") == r.text.count("»")
    print(f"  guillemets balanced in the output: {balanced}")
    ok &= balanced and not others
    print("seed article fully repaired" if ok else "seed article NOT fully repaired")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
