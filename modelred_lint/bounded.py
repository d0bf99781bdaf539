"""Per-process tables of answers about the files beside the one linted (their texts and
trees, what the rules and the flow scan read of them): each bounded, the first kept going
first once it is full, so that a long language-server session or a huge project keeps a
fixed memory for them."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def keep(table: dict, key, value: T, bound: int) -> T:
    """Put `value` under `key` (the oldest entry dropped where a new key finds the table
    full), and give it back."""
    if key not in table and len(table) >= bound:
        table.pop(next(iter(table)))
    table[key] = value
    return value
