"""Which rules could fire on a file, decided before LibCST parses it: the union of the
enabled rules' triggers (each rule declares its own; see `modelred_lint.triggers`).

Sound by construction: a trigger is implied by every finding its rule can make, being
built from the same catalogue data the rule matches on. A file that passes no trigger
is never parsed (its parse errors then cannot hide a finding, and are not reported). `--no-prefilter` turns this off; the tests check that the findings
are the same either way.

Two readings are not covered, and the tests do not claim them: a key prefix spelled
with escape sequences (`"mr\\x5f..."` is a key the rules see but the text test does
not), and a secret name written with spaces as a dict key (`config["api key"]`), which
the name stages read as two words.
"""

from __future__ import annotations

import gc
from typing import Iterable, Mapping, Optional, Sequence

from modelred_lint.triggers import ScanText, Trigger


class Prefilter:
    def __init__(self, knowledge, triggers: Mapping[str, Sequence[Trigger]]) -> None:
        self.knowledge = knowledge
        self.triggers = {code: tuple(found) for code, found in triggers.items()}

    def codes_for(self, text: str, candidates: Iterable[str], path: Optional[str] = None) -> set[str]:
        """The codes whose trigger passes (see decide)."""
        return self.decide(text, candidates, path)[0]

    def decide(self, text: str, candidates: Iterable[str], path: Optional[str] = None) -> tuple[set[str], dict]:
        """The codes whose trigger passes, and for each code whose exact stage passed
        and says where (Trigger.focus), that place: what the rule need look at only. A
        code without one may fire anywhere. Once a trigger without an exact stage has
        passed, the file is parsed anyway: the codes whose quick stage passed are then
        all run, which is a superset, instead of paying for their exact stages.

        The cyclic collector is held off meanwhile: CPython's tree of a file and the flow
        scan's readings of it are hundreds of thousands of acyclic objects, freed by their
        reference counts, which the collector would otherwise walk again and again while
        they are made (on real-llm, a tenth of the prefilter's CPU with the command
        line's thresholds, a sixth with the default ones)."""
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            return self._decide(text, candidates, path)
        finally:
            if collecting:
                gc.enable()

    def _decide(self, text: str, candidates: Iterable[str], path: Optional[str]) -> tuple[set[str], dict]:
        scan = ScanText(text, self.knowledge, path)
        forced: set[str] = set()
        staged: dict[str, list[Trigger]] = {}
        for code in candidates:
            for trigger in self.triggers.get(code, ()):
                if trigger.quick(scan):
                    if trigger.exact is None:
                        forced.add(code)
                        break
                    staged.setdefault(code, []).append(trigger)
        if forced:
            return forced | set(staged), {}
        codes: set[str] = set()
        focus: dict = {}
        for code, found in staged.items():
            passed = next((t for t in found if t.exact(scan)), None)
            if passed is None:
                continue
            codes.add(code)
            # (where the code's only trigger says: with two, the other's reason could lie
            # elsewhere)
            if len(found) == 1 and passed.focus is not None:
                focus[code] = passed.focus(scan)
        return codes, focus
