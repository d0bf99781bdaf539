"""MR000 syntax-error: a file that cannot be read or parsed. The engine reports it (the
rule has no visitor): decode errors for every file, parse errors for every file some
rule's trigger asked to parse (see rules/MR000.yaml)."""

from __future__ import annotations

from modelred_lint.rule import Rule
from modelred_lint.triggers import Trigger


class SyntaxErrors(Rule):
    codes = ("MR000",)

    @classmethod
    def triggers(cls, knowledge):
        # It never asks for a parse of its own: a file no other rule could fire on is
        # not parsed, so its syntax is not checked (`--no-prefilter` checks every file).
        return {"MR000": Trigger.never()}
