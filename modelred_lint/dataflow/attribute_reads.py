"""What a method's summary read of its class's attributes, so that the summary can be
kept for as long as those reads would give the same answers.

A class's methods are analysed in order, and each may store a secret in `self.x` that
the methods analysed before it did not know. A summary of `self.m()` made before is
stale only if `m` (or a method it called) read an attribute that has changed since: a
summary made with `ReadsOf(attributes)` as its view of the class's attributes notes
every key it asked for with what that key held, and `still_hold()` asks them again.
(Clearing every summary whenever any attribute changed made each method's summary
three or four times over in a client class whose methods each set one attribute.)
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

_ABSENT = object()
_FILLED = object()  # the key under which a truth test of the whole mapping is noted
_WHOLE = object()  # ... and an iteration over it, with a copy of all it held


class ReadsOf(Mapping):
    """A read-only view of a class's attributes (`self.x` -> labels) that notes each
    read. Made for one summary; `absorb` takes in the reads of the summaries it used."""

    __slots__ = ("attributes", "seen")

    def __init__(self, attributes: dict) -> None:
        self.attributes = attributes
        self.seen: dict[Any, Any] = {}

    def get(self, key, default=None):
        value = self.attributes.get(key, _ABSENT)
        self.seen[key] = value
        return default if value is _ABSENT else value

    def __getitem__(self, key):
        value = self.get(key, _ABSENT)
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return self.get(key, _ABSENT) is not _ABSENT

    def __len__(self) -> int:
        # (a truth test, `attributes and key in attributes`, depends on emptiness alone)
        self.seen[_FILLED] = bool(self.attributes)
        return len(self.attributes)

    def __bool__(self) -> bool:
        self.seen[_FILLED] = filled = bool(self.attributes)
        return filled

    def __iter__(self) -> Iterator:
        whole = self.seen[_WHOLE] = dict(self.attributes)
        return iter(whole)

    def absorb(self, other: "ReadsOf") -> None:
        """A summary made or kept while this one was being made: what it read, this
        one depends on too (where both read the same class's attributes)."""
        if other.attributes is self.attributes:
            self.seen.update(other.seen)

    def still_hold(self) -> bool:
        """Would every read give the same answer now?"""
        attributes = self.attributes
        for key, value in self.seen.items():
            if key is _FILLED:
                if bool(attributes) != value:
                    return False
            elif key is _WHOLE:
                if attributes != value:
                    return False
            elif attributes.get(key, _ABSENT) != value:
                return False
        return True
