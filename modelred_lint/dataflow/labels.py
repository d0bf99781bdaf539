"""The values the dataflow interpreter tracks: labels (what a value may be or hold),
the environment that maps names to labels at one program point, and a function's
summary for its call sites."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence


class Kind(enum.Enum):
    UNTRUSTED = "untrusted"  # input from a request, a user, the command line
    SECRET = "secret"  # a key, a token, a password
    # A name that is a secret's only in some code (a bare `token`: an auth token, or a
    # parser's or a model's): reported only where the message's own words say it is one.
    MAYBE_SECRET = "maybe-secret"
    SDK_ERROR = "sdk-error"  # a caught error of the SDK
    CLIENT = "client"  # an SDK client
    PARAM = "param"  # in a summary's returns: the value of one of the function's parameters


UNTRUSTED, SECRET, MAYBE_SECRET = Kind.UNTRUSTED, Kind.SECRET, Kind.MAYBE_SECRET
SDK_ERROR, CLIENT, PARAM = Kind.SDK_ERROR, Kind.CLIENT, Kind.PARAM
SECRETS = (SECRET, MAYBE_SECRET)


@dataclass(frozen=True)
class Label:
    kind: Kind
    what: str  # said in messages: "request data", "`api_key`", "parameter `x`"
    # While a function is summarised, its parameters carry their position here, so
    # that the summary can say which argument flows where.
    param: Optional[int] = None


EMPTY: frozenset = frozenset()


def kinds(labels: Iterable[Label], kind: Kind) -> list[Label]:
    """The labels of one kind, in a fixed order (messages must not depend on the
    hash seed)."""
    return sorted((label for label in labels if label.kind == kind), key=lambda l: (l.what, l.param or 0))


def parameters_in(labels: Iterable[Label]) -> list[int]:
    """The parameter positions these labels come from (while summarising)."""
    return sorted({label.param for label in labels if label.param is not None})


@dataclass
class Summary:
    """What a function of this module does, for its call sites."""

    returns: frozenset = EMPTY  # labels of what it returns (PARAM labels: that argument flows out)
    checks: frozenset = EMPTY  # parameter indexes it raises on unless valid
    predicate: bool = False  # returns a verdict on its argument (a bool from a check)
    params: tuple[str, ...] = ()
    sinks: frozenset = EMPTY  # SinkUse: a parameter that reaches an SDK sink unchecked
    never_returns: bool = False  # every path raises


class Env:
    """Labels of names in one program point. Copy-on-branch, union-on-join."""

    __slots__ = ("vars",)

    def __init__(self, vars: Optional[dict] = None) -> None:
        self.vars: dict[str, frozenset] = dict(vars or {})

    def copy(self) -> "Env":
        return Env(self.vars)

    def get(self, key: str) -> Optional[frozenset]:
        return self.vars.get(key)

    def set(self, key: str, labels: frozenset) -> None:
        self.vars[key] = labels
        prefix = key + "."
        for other in [k for k in self.vars if k.startswith(prefix)]:
            del self.vars[other]

    def clean(self, key: str, kind: Kind) -> None:
        labels = self.vars.get(key)
        if labels is not None:
            self.vars[key] = frozenset(l for l in labels if l.kind != kind)
        else:
            self.vars[key] = EMPTY

    @staticmethod
    def join(envs: Sequence["Env"]) -> "Env":
        if len(envs) == 1:
            return envs[0].copy()
        keys = set().union(*(e.vars for e in envs))
        out = Env()
        for key in keys:
            labels = [e.vars.get(key) for e in envs]
            # A name bound on one path only keeps the labels it had on the others
            # (unknown there: no labels of ours).
            out.vars[key] = frozenset().union(*(l for l in labels if l is not None))
        return out

