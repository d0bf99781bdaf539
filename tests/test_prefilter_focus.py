"""The prefilter's focus (Trigger.focus, Prefilter.decide): the flow scan says which
functions hold a raise or a log call that could show a secret (every one that holds
such a call, where the module keeps secrets in objects that a message may show whole),
and where the message rules alone of the flow rules run on a file, a function of the
module outside any class, with none of its own inside, that holds none is not
interpreted (its analysis could only report at its own sinks). Each case runs with and
without the prefilter, which must agree, and the cases where a sink's finding is made
while another function is analysed (a helper that logs what it is given, an object's
__repr__, a closure) keep their findings."""

from __future__ import annotations

import textwrap

import pytest
from helpers import findings_both_ways

from modelred_lint.checks import dataflow_rules
from modelred_lint.engine import Plan

MESSAGES = ["MR020", "MR021"]
PLANS = (Plan.build(MESSAGES), Plan.build(MESSAGES, use_prefilter=False))


def _focus(code: str, plan: Plan = PLANS[0]) -> dict:
    return plan.prefilter.decide(textwrap.dedent(code), MESSAGES)[1]


# Three functions: a sink in the second only; the file leaks there.
THREE = """
    import logging
    import os

    log = logging.getLogger(__name__)


    def read_key():
        return os.environ["OPENAI_API_KEY"]


    def announce(key):
        log.info("using %s", key)


    def size(items):
        total = 0
        for item in items:
            total += len(item)
        return total


    announce(read_key())
"""


def test_the_focus_names_the_functions_whose_sinks_could_show_a_secret():
    # (announce's log call shows what it is handed: a secret where the module's own code
    # hands it one, a call the rules read with the module's top level and report at the
    # log call; no function's own sink shows one)
    assert _focus(THREE) == {"MR021": frozenset()}


def test_no_focus_where_a_quick_only_trigger_forced_the_parse():
    # (MR003 passes on its text alone: the file is parsed anyway, and the staged codes
    # run without their exact stages, everywhere)
    codes = [*MESSAGES, "MR003"]
    made = textwrap.dedent(THREE) + 'from modelred import ModelRed\nclient = ModelRed(api_key="placeholder")\n'
    found, focus = Plan.build(codes).prefilter.decide(made, codes)
    assert {"MR003", "MR021"} <= found and focus == {}


def test_a_function_without_a_sink_that_could_show_a_secret_is_not_interpreted(tmp_path, monkeypatch):
    analysed = []
    original = dataflow_rules.FlowRules._analyse_function

    def spy(self, node):
        analysed.append(node.name.value)
        return original(self, node)

    monkeypatch.setattr(dataflow_rules.FlowRules, "_analyse_function", spy)
    assert findings_both_ways(tmp_path, THREE, PLANS[:1]) == [("MR021", 13)]
    with_focus = sorted(analysed)
    analysed.clear()
    assert findings_both_ways(tmp_path, THREE, PLANS[1:]) == [("MR021", 13)]
    assert with_focus == []
    assert sorted(analysed) == ["announce", "read_key", "size"]


# Two functions with a log call: only the first's could show a secret.
NARROW = """
    import logging
    import os

    log = logging.getLogger(__name__)


    def announce():
        key = os.environ["OPENAI_API_KEY"]
        log.info("using %s", key)


    def report(rows):
        log.info("synced %d rows", len(rows))
        if not rows:
            raise ValueError("no rows")
"""

# The same, where a class keeps a secret in an attribute: an instance printed whole (or
# dumped with vars()) shows it, wherever it is logged, which the scan does not follow
# to the log call; every function with a sink is then interpreted.
KEPT_IN_AN_OBJECT = NARROW + """

    class Holder:
        def __init__(self):
            self.token = os.environ["HF_TOKEN"]
"""


def test_the_focus_leaves_out_a_function_whose_sinks_cannot_show_a_secret(tmp_path, monkeypatch):
    assert _focus(NARROW) == {"MR021": frozenset({0})}
    analysed = []
    original = dataflow_rules.FlowRules._analyse_function

    def spy(self, node):
        analysed.append(node.name.value)
        return original(self, node)

    monkeypatch.setattr(dataflow_rules.FlowRules, "_analyse_function", spy)
    assert findings_both_ways(tmp_path, NARROW, PLANS[:1]) == [("MR021", 10)]
    assert analysed == ["announce"]
    analysed.clear()
    assert findings_both_ways(tmp_path, NARROW, PLANS[1:]) == [("MR021", 10)]
    assert sorted(analysed) == ["announce", "report"]


def test_every_function_with_a_sink_stays_where_an_object_keeps_a_secret():
    # (announce, report; __init__ holds no sink)
    assert _focus(KEPT_IN_AN_OBJECT) == {"MR021": frozenset({0, 1})}


class _Context:
    def __init__(self, codes, focus):
        self.codes = frozenset(codes)
        self.focus = focus


@pytest.mark.parametrize("codes, focus, expected", [
    ({"MR021"}, {"MR021": frozenset({1})}, frozenset({1})),
    ({"MR020", "MR021", "MR001"}, {"MR020": frozenset({0}), "MR021": frozenset({2})}, frozenset({0, 2})),
    # one code without a focus (its parse was forced): every function
    ({"MR020", "MR021"}, {"MR021": frozenset({2})}, None),
    # another flow rule runs (MR022 reads every except clause, MR010 every SDK call)
    ({"MR021", "MR022"}, {"MR021": frozenset({2})}, None),
    ({"MR021", "MR010"}, {"MR021": frozenset({2})}, None),
    # no flow rule at all
    ({"MR001"}, {}, None),
])
def test_which_functions_are_interpreted(codes, focus, expected):
    places = dataflow_rules._shown_places(_Context(codes, focus), dataflow_rules.FlowRules.codes)
    assert places == expected


@pytest.mark.parametrize("code, expected", [
    # a helper that logs what it is given: reported at its log call, found while the
    # caller (no sink of its own) is analysed
    ("""
    import logging
    import os

    log = logging.getLogger(__name__)


    def show(value):
        log.info("value: %s", value)


    def main():
        key = os.environ["OPENAI_API_KEY"]
        show(key)
    """, [("MR021", 9)]),
    # an object printed whole shows what its __repr__ returns
    ("""
    import logging
    import os

    log = logging.getLogger(__name__)


    class Client:
        def __init__(self):
            self.token = os.environ["HF_TOKEN"]

        def __repr__(self):
            return f"Client(token={self.token!r})"


    def make():
        client = Client()
        log.debug("ready: %r", client)
        return client
    """, [("MR021", 18)]),
    # a parameter annotated with such a class, printed whole in a function whose own
    # message the scan cannot see holds a secret
    ("""
    import logging

    log = logging.getLogger(__name__)


    class Vault:
        def __init__(self, password):
            self.password = password

        def login(self):
            log.error("refused (password %r)", self.password)

        def __repr__(self):
            return f"Vault(password={self.password!r})"


    def sync(vault: Vault):
        log.info("synced via %s", vault)
    """, [("MR021", 12), ("MR021", 19)]),
    # an instance's attributes dumped with vars()
    ("""
    import logging
    import os

    log = logging.getLogger(__name__)


    class Runner:
        def __init__(self):
            self.xai_key = os.environ["XAI_API_KEY"]

        def check(self):
            if not self.xai_key.startswith("xai-"):
                log.error("invalid xAI key %s", self.xai_key)


    def main():
        runner = Runner()
        runner.check()
        log.debug("runner state: %s", vars(runner))
    """, [("MR021", 14), ("MR021", 20)]),
    # a closure reads its enclosing function's names: the outer one is analysed though it
    # holds no sink
    ("""
    import os


    def build():
        held = os.environ["STRIPE_SECRET_KEY"]

        def check(amount):
            if amount < 0:
                raise ValueError(f"refused with {held}")
        return check
    """, [("MR020", 10)]),
    # a raise in a function that also computes: the sink's function is analysed, the
    # others are not needed
    ("""
    import os


    def token():
        return os.environ["GITHUB_TOKEN"]


    def checked(value):
        if len(value) < 10:
            raise RuntimeError(f"short token {value}")
        return value


    def main():
        return checked(token())
    """, [("MR020", 11)]),
    # a method with no sink of its own teaches the class what an attribute holds: a test
    # that the config has an API key says it holds one, which another method logs whole
    # (so a class's methods are all analysed: what one leaves in the instance is not
    # only what it stores there)
    ("""
    import logging

    log = logging.getLogger(__name__)


    class Client:
        def __init__(self, config):
            self.config = config

        def check(self):
            if "api_key" in self.config:
                return True
            return False

        def show(self):
            log.info("config: %s", self.config)
    """, [("MR021", 17)]),
    # a method that hands a key to another method that logs it: reported at that log
    # call, found while the caller is analysed
    ("""
    import logging
    import os

    log = logging.getLogger(__name__)


    class Runner:
        def show(self, value):
            log.info("value: %s", value)

        def main(self):
            key = os.environ["OPENAI_API_KEY"]
            self.show(key)
    """, [("MR021", 10)]),
])
def test_findings_made_across_functions_stay(tmp_path, code, expected):
    assert findings_both_ways(tmp_path, code, PLANS) == expected
