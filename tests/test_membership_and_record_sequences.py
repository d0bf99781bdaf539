"""Two readings of the message rules (MR020, MR021), each checked with and without the
prefilter: a membership test on a secret-named field (`"api_key" in cfg`) says the mapping
holds that secret in the branch where the test holds (dataflow/guards.py), and a parameter
annotated with a sequence of records (`creds: list[Creds]`) holds records
(sequence-types). The catalogue's examples run with the prefilter only; the cases here
whose prefilter stops the file (a phrase, a loop over names) would hide a rule that fires
without it."""

from __future__ import annotations

import pytest
from helpers import findings_both_ways

from modelred_lint.engine import Plan

PLANS = (Plan.build(["MR020", "MR021"]), Plan.build(["MR020", "MR021"], use_prefilter=False))


def _found(tmp_path, code: str) -> list:
    return findings_both_ways(tmp_path, code, PLANS)


LOADER = """
    import json
    import logging

    log = logging.getLogger(__name__)


    def load(path):
        with open(path) as fh:
            return json.load(fh)
"""


@pytest.mark.parametrize("body, expected", [
    # past the test that raises where the field is missing, the mapping holds it
    ("""
    def main(path):
        cfg = load(path)
        if "openai_api_key" not in cfg:
            raise KeyError("openai_api_key missing")
        log.debug("config %s", cfg)
    """, [("MR021", 16)]),
    # inside that branch it does not: the raise shows a mapping without the key
    ("""
    def main(path):
        cfg = load(path)
        if "openai_api_key" not in cfg:
            raise KeyError(f"openai_api_key missing from {cfg}")
        log.debug("model %s", cfg["model"])
    """, []),
    # where the positive test holds
    ("""
    def main(path):
        cfg = load(path)
        if "api_key" in cfg and not cfg.get("model"):
            raise ValueError(f"a model is needed beside the key: {cfg}")
    """, [("MR020", 15)]),
    # deleted or popped in that branch: the mapping shown after holds no key
    ("""
    def main(path):
        cfg = load(path)
        if "api_key" in cfg:
            del cfg["api_key"]
        log.debug("config %s", cfg)
    """, []),
    ("""
    def main(path):
        cfg = load(path)
        if "api_key" in cfg:
            cfg.pop("api_key")
        log.debug("config %s", cfg)
    """, []),
    # a phrase tested in a message's text is no field of a mapping
    ("""
    def main(error_str: str):
        if "Invalid API Key" in error_str:
            raise PermissionError(f"upstream: {error_str}")
    """, []),
    # a loop variable over names: the test reads a name's words
    ("""
    def main(path):
        for var in ["OPENAI_API_KEY", "LOG_LEVEL"]:
            if "API_KEY" in var:
                log.info("%s names a key", var)
    """, []),
])
def test_a_membership_test_on_a_secret_field(tmp_path, body, expected):
    assert _found(tmp_path, LOADER + body) == expected


RECORDS = """
    import logging
    from dataclasses import dataclass
    from typing import Optional, Sequence

    log = logging.getLogger(__name__)


    @dataclass
    class Creds:
        provider: str
        api_key: str

"""


@pytest.mark.parametrize("body, expected", [
    # a loop over a list of records gives each whole
    ("""
    def show(creds: list[Creds]) -> None:
        for c in creds:
            print(c)
    """, [("MR021", 17)]),
    # an element by its index, through Optional[...] around the sequence
    ("""
    def first(creds: Optional[Sequence[Creds]]) -> None:
        if creds:
            log.debug("using %r", creds[0])
    """, [("MR021", 17)]),
    # their fields other than the secret, and a list of texts, show none
    ("""
    def show(creds: list[Creds], names: list[str]) -> None:
        for c in creds:
            print(c.provider)
        for name in names:
            print(name)
        print(creds[0].provider, len(creds))
    """, []),
    # the name bound again no longer holds the parameter's records
    ("""
    def show(creds: list[Creds]) -> None:
        creds = [c.provider for c in creds]
        print(creds[0])
    """, []),
])
def test_a_parameter_that_holds_records_in_turn(tmp_path, body, expected):
    assert _found(tmp_path, RECORDS + body) == expected
