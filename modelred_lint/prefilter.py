"""Which rules could fire on a file, decided from its text before any parse.

Sound by construction: each test below is implied by every finding its rule can make,
because it is built from the same catalogue data the rule matches on. A file for which
no test passes is never parsed (its parse errors then cannot hide a finding, and MR000
is not reported for it). `--no-prefilter` turns this off; the tests check that the
findings are the same either way.
"""

from __future__ import annotations

import re
from typing import Iterable

from modelred_lint.knowledge import Knowledge


class Prefilter:
    def __init__(self, knowledge: Knowledge, enabled: Iterable[str]) -> None:
        vocab, sdk = knowledge.vocab, knowledge.sdk
        tests: dict[str, re.Pattern] = {}

        def alternation(words: Iterable[str], flags: int = 0) -> re.Pattern:
            words = sorted(set(words), key=len, reverse=True)
            return re.compile("|".join(re.escape(w) for w in words) or r"(?!)", flags)

        for rule in ("MR001", "MR002"):
            # A free pattern only matches where its prefix stands; one without a prefix
            # can match anywhere, so the file must be parsed.
            free = [p for p in vocab.free_patterns if p.rule == rule]
            if any(not p.prefix for p in free):
                tests[rule] = re.compile("")
                continue
            words = [p.prefix for p in free]
            # A bound pattern needs its target's words in a name (case-insensitive).
            words_ci = [w for p in vocab.bound_patterns if p.rule == rule for w in p.target[:1]]
            parts = [alternation(words).pattern] if words else []
            if words_ci:
                parts.append("(?i:%s)" % alternation(words_ci).pattern)
            tests[rule] = re.compile("|".join(parts) or r"(?!)")
        # MR003 needs a call resolved into the SDK, hence an import of one of its modules.
        tests["MR003"] = alternation(m.split(".")[0] for m in sdk.modules)
        # MR004 needs a secret name, which holds every word of one of the secret-name
        # sequences; testing for the last word of each is enough (case-insensitive,
        # since names are split on case).
        secret_words = {seq[-1] for seq in vocab.secret_names}
        tests["MR004"] = alternation(secret_words, re.IGNORECASE)
        self.tests = {code: test for code, test in tests.items() if code in enabled}

    def codes_for(self, text: str, candidates: Iterable[str]) -> set[str]:
        out = set()
        for code in candidates:
            test = self.tests.get(code)
            if test is None or test.search(text):
                out.add(code)
        return out
