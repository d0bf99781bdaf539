"""Hostile shapes for the benchmark (issue 12): files whose cost is not their size.

- `long_sum.py`: a 5,000-term `1 + 1 + ...` (LibCST alone takes ~30 s on it: its parse is
  quadratic in an expression's depth);
- `deep_subscript.py`: a 1,500-deep `a[0][0]...` chain;
- `huge_module.py` (its own corpus, `huge-file`): a 100,000-line generated SDK module
  (gen_sdk_heavy's single-file generator asked for 100,000 lines), for peak memory.

The first two each carry one invented ModelRed key (made up by gen_sdk_heavy's seeded key
maker, never an issued one) on a line of its own: the linter must still report it (MR001)
there, whatever the parser makes of the rest of the file.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import gen_sdk_heavy

SEED = 20261131  # its ModelRed key is one of the lengths the format knows
SUM_TERMS = 5_000
SUBSCRIPT_DEPTH = 1_500
HUGE_LINES = 100_000
KEY_LINE = 2  # the key's line in both pathological files


def _key() -> str:
    return gen_sdk_heavy.KeyMaker(random.Random(SEED)).modelred()


def pathological_files() -> dict[str, str]:
    key = _key()
    head = f'"""A hostile shape."""\nMODELRED_API_KEY = "{key}"\n'
    return {
        "long_sum.py": head + "total = " + " + ".join(["1"] * SUM_TERMS) + "\n",
        "deep_subscript.py": head + "value = a" + "[0]" * SUBSCRIPT_DEPTH + "\n",
    }


def recipe(name: str) -> dict:
    generator = __import__("hashlib").sha256(Path(__file__).read_bytes()).hexdigest()
    return {"hostile": generator, "seed": SEED, "corpus": name,
            "gen_sdk_heavy": gen_sdk_heavy.DEFAULT_SEED}


def prepare(name: str, folder: Path) -> None:
    if name == "hostile":
        for file, text in pathological_files().items():
            (folder / file).write_text(text)
    else:
        gen_sdk_heavy.generate_single(folder / "huge_module.py", HUGE_LINES)


def key_reported(report_json: str, file: str) -> bool:
    """Did our JSON report hold MR001 on the key's line of this file?"""
    try:
        data = json.loads(report_json)
    except ValueError:
        return False
    found = data.get("findings", data) if isinstance(data, dict) else data
    return any(f.get("rule") == "MR001" and f.get("line") == KEY_LINE
               and str(f.get("path", "")).endswith(file) for f in found if isinstance(f, dict))
