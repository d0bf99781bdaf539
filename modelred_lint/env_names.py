"""Which environment variable a key fix reads: one variable per distinct secret of a
file, named after what the secret is bound to.

A binding that says what the secret is (`STAGING_BOOTSTRAP_KEY = ...`,
`ENVIRONMENTS["dev"]["modelred_key"]`, `db_password=`) names the variable; one that
says nothing beyond "a key of this provider" (`api_key=`, a positional argument, the
SDK's own parameters) reads the provider's standard variable. Two different secrets
never share a variable in a file: when two would, the one the code already ties to
that name keeps it (an `os.environ.get("X") or "..."` fallback, or a module-level
`X = "..."`), then the first in the file, and the others are qualified by the function
or class they stand in (`NIGHTLY_CLIENT_MODELRED_API_KEY`), or numbered. A name the
module binds to something else (`from .config import MODELRED_API_KEY`) is not taken:
reading that variable would make two different keys look like one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from modelred_lint.keyscan import name_words

# Words that say only "this is a credential": a target made of these (and of the
# standard variable's own words) says nothing a standard name does not.
GENERIC_WORDS = frozenset(
    """api key keys apikey token tokens secret secrets access auth authorization bearer
    credential credentials cred creds password passwd pwd pass value default header headers
    my your the""".split()
)


def env_name(words: Iterable[str]) -> str:
    """('staging', 'bootstrap', 'key') -> STAGING_BOOTSTRAP_KEY; a word repeated at a
    join (`SLACK_OAUTH` + `oauth_token`) is written once."""
    out: list[str] = []
    for word in words:
        word = word.upper()
        if word and (not out or out[-1] != word):
            out.append(word)
    return "_".join(out)


def words_of(segments: Sequence[str]) -> tuple[str, ...]:
    return tuple(w for segment in segments for w in name_words(segment))


def says_nothing(words: Sequence[str], standard: str, provider_words: Iterable[str] = ()) -> bool:
    """Does a target of these words say no more than the standard variable does (its
    words, the provider's other names: `grok` for XAI_API_KEY)?"""
    known = GENERIC_WORDS | set(name_words(standard)) | set(provider_words)
    return all(word in known or len(word) < 2 for word in words)  # `k`, `a`: no name


@dataclass
class Wish:
    """What one secret of a file asks for."""

    secret: str  # the secret's text: the same text is the same variable
    order: int  # where it first stands (walk order)
    preferred: str  # the name its binding gives it
    owns: bool  # the code already ties it to `preferred` (fallback, its own module binding)
    scope: tuple[str, ...] = ()  # enclosing functions and classes, outermost first
    name: str = field(default="")  # decided


def decide(wishes: Sequence[Wish], reserved: frozenset[str]) -> dict[str, str]:
    """secret -> variable, injective. `reserved`: names the module binds to something
    else (imports, other module-level assignments)."""
    by_name: dict[str, list[Wish]] = {}
    for wish in sorted(wishes, key=lambda w: w.order):
        by_name.setdefault(wish.preferred, []).append(wish)
    taken: set[str] = set()
    losers: list[Wish] = []
    for name, group in by_name.items():
        group.sort(key=lambda w: (not w.owns, w.order))
        first = group[0]
        if name in reserved and not first.owns:
            losers.extend(group)
            continue
        first.name = name
        taken.add(name)
        losers.extend(group[1:])
    for wish in sorted(losers, key=lambda w: w.order):
        wish.name = _qualified(wish, taken | reserved)
        taken.add(wish.name)
    return {w.secret: w.name for w in wishes}


def _qualified(wish: Wish, taken: set[str]) -> str:
    base = wish.preferred
    if wish.scope:
        scoped = env_name(words_of([wish.scope[-1], base]))
        if scoped not in taken:
            return scoped
        base = scoped
    number = 2
    while f"{base}_{number}" in taken:
        number += 1
    return f"{base}_{number}"


def preferred_name(segments: Sequence[str], standard: Optional[str], provider_words: Iterable[str] = ()) -> tuple[str, bool]:
    """The name a binding's segments give, and whether it is the standard one."""
    words = words_of(segments)
    if standard and says_nothing(words, standard, provider_words):
        return standard, True
    if not words:
        return standard or "SECRET", True
    return env_name(words), False
