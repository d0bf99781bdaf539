"""Per-file speed on real LLM code (issue 12: our CPU at most 3x LibCST's parse of any
file), without changing a finding: the work these shortcuts leave out is work whose result
was already known.

- A loop's second pass runs only where the first changed what it would start from.
- A finding's second place (where the secret was bound, often in a helper summarised
  elsewhere in the module) is placed within its own statement, not by generating the
  whole module's code.
"""

from __future__ import annotations

import ast
import json

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from modelred_lint import positions as positions_module
from modelred_lint.catalogue import load_catalogue
from modelred_lint.config import validate_options
from modelred_lint.dataflow import interpreter as interpreter_module
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.parsing import statement_skeleton
from modelred_lint.positions import Positions

PLAN = Plan.build(tuple(load_catalogue().ids), validate_options(json.loads("{}"), "test"))
# (every function interpreted: the prefilter's focus leaves out one whose log call it
# finds cannot show a secret, the loop counted below among them)
WHOLE = Plan.build(tuple(load_catalogue().ids), validate_options(json.loads("{}"), "test"), use_prefilter=False)


def _lint(code: str, plan: Plan = PLAN):
    return lint_bytes("example.py", code.encode("utf-8"), plan).findings


def _passes_over(monkeypatch, code: str, marker: str) -> int:
    """How many times the statement whose code starts with `marker` was interpreted."""
    counted = []
    original = interpreter_module.Interpreter.statement

    def counting(self, node, env):
        if type(node) is cst.SimpleStatementLine and cst.Module(body=[node]).code.lstrip().startswith(marker):
            counted.append(node)
        return original(self, node, env)

    monkeypatch.setattr(interpreter_module.Interpreter, "statement", counting)
    _lint(code, WHOLE)
    return len(counted)


LOGGING_LOOP = '''import logging
import os

log = logging.getLogger(__name__)


def show(items):
    for item in items:
        label = item.strip()
        log.info("item %s", label)


def leak():
    key = os.environ["OPENAI_API_KEY"]
    log.info("key %s", key)
'''

# `shown` holds the key only from the loop's second iteration on: the log call sees it on
# the second pass alone.
LATER_FEEDS_EARLIER = '''import logging
import os

log = logging.getLogger(__name__)


def show(items):
    shown = "none"
    for item in items:
        log.info("previous: %s", shown)
        shown = os.environ["OPENAI_API_KEY"]
'''


def test_a_loop_that_changes_nothing_it_reads_runs_its_body_once(monkeypatch):
    # The loop variable and `label` (bound afresh before any mention) are all it changes.
    # (the other function makes the file one the prefilter passes, and is reported)
    assert _passes_over(monkeypatch, LOGGING_LOOP, 'log.info("item') == 1
    assert [f.line for f in _lint(LOGGING_LOOP) if f.rule == "MR021"] == [15]


def test_a_loop_whose_later_statement_feeds_an_earlier_one_runs_twice(monkeypatch):
    assert _passes_over(monkeypatch, LATER_FEEDS_EARLIER, "log.info") == 2
    findings = [f for f in _lint(LATER_FEEDS_EARLIER) if f.rule == "MR021"]
    assert [f.line for f in findings] == [10]


NESTED = '''import logging
import os

log = logging.getLogger(__name__)


def show(groups):
    shown = "none"
    for group in groups:
        for item in group:
            log.info("previous: %s", shown)
            shown = os.environ["OPENAI_API_KEY"]
'''


def test_a_nested_loop_that_needed_its_second_pass_gives_its_enclosing_loop_one(monkeypatch):
    # The inner loop feeds its own earlier statement; the outer loop's first pass ran it
    # once only, so the outer loop runs again (and the finding is made). There the inner
    # loop starts from what its first run left, and its own second pass would add
    # nothing: two runs of the log call in all.
    assert _passes_over(monkeypatch, NESTED, "log.info") == 2
    assert [f.line for f in _lint(NESTED) if f.rule == "MR021"] == [11]


HELPER_AND_CALLER = '''import logging
import os

log = logging.getLogger(__name__)


def read_key(name):
    if name:
        value = os.environ["OPENAI_API_KEY"]
        return value
    return None


def main():
    key = read_key("x")
    log.info("key %s", key)
'''


def test_a_place_inside_an_unasked_statement_is_placed_alone(monkeypatch):
    # The `if` inside read_key stands for its top-level statement (as a helper's summary
    # gives it): placed within read_key, as LibCST places it, the module never generated.
    module = cst.parse_module(HELPER_AND_CALLER)
    expected = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    helper, caller = module.body[3], module.body[4]
    inner_if = helper.body.body[0]
    value = inner_if.body.body[0].body[0].targets[0].target
    assert isinstance(value, cst.Name) and value.value == "value"
    placed = Positions(module, HELPER_AND_CALLER, {caller},
                       statement_skeleton(ast.parse(HELPER_AND_CALLER).body))
    wholes = []
    monkeypatch.setattr(positions_module.Positions, "_place_whole",
                        lambda self: (wholes.append(1), setattr(self, "_whole", True),
                                      setattr(self, "_ranges", positions_module._place(self.module))))
    assert placed(value, inner_if) == expected[value]
    assert not wholes


def test_the_second_place_of_a_secret_bound_in_a_helper_is_given_without_the_whole_module(monkeypatch):
    wholes = []
    original = positions_module.Positions._place_whole
    monkeypatch.setattr(positions_module.Positions, "_place_whole",
                        lambda self: (wholes.append(1), original(self))[1])
    findings = [f for f in _lint(HELPER_AND_CALLER) if f.rule == "MR021"]
    assert [(f.line, [(r.line, r.col) for r in f.related]) for f in findings] == [(16, [(9, 8)])]
    assert not wholes


# A loop that unwraps a response field by field (issue 12: linear cost per file). Each pass
# reads one more field of the parameter; the fields a parameter's marker follows are capped
# (labels._MARKER_DEPTH), so the loop settles after a few passes instead of one per path of
# fields (10 branches took 68 s before the cap).
UNWRAP_LOOP = "import logging\nimport os\nlog = logging.getLogger(__name__)\n\n\ndef unwrap(resp):\n    node = resp\n" \
    "    while isinstance(node, dict):\n" + "".join(
        f"        if {field!r} in node:\n            node = node[{field!r}]\n"
        for field in ("data", "result", "payload", "body", "response", "items", "value", "content", "output", "meta")) + \
    "    log.debug('unwrapped %s', node)\n    return node\n\n\ndef main():\n    unwrap({'data': {'api_key': os.environ['K']}})\n"


def test_a_loop_reading_fields_of_a_parameter_settles():
    import time
    start = time.process_time()
    findings = _lint(UNWRAP_LOOP)
    took = time.process_time() - start
    # (0.1 s here with the cap; 3.8 s with six fields followed, 68 s with no cap)
    assert took < 3.0, took
    assert [f.rule for f in findings] == ["MR021"], findings  # the unwrapped value is still logged


# -- the module's walks that a text without the construct does not need -----------------

from modelred_lint import text_reads  # noqa: E402
from modelred_lint.checks import dataflow_rules  # noqa: E402


def test_subscripted_in_finds_every_spelling_of_a_store():
    for text in ("_KEYS[p] = v", "_KEYS [p] = v", "(_KEYS)[p] = v", "(_KEYS\n)[p] = v", "_KEYS\\\n[p] = v",
                 "(_KEYS  # the cache\n)[p] = v"):
        assert text_reads.subscripted_in(text, "_KEYS"), text
    for text in ("_KEYS = {}\nprint(_KEYS)", "x = _KEYS.get(p)", "_KEYS_LIST = []"):
        assert not text_reads.subscripted_in(text, "_KEYS"), text


def test_subscripted_in_is_linear_on_hostile_text():
    import time

    text = ("_KEYS" + " " * 50 + ")") * 20_000
    start = time.process_time()
    assert not text_reads.subscripted_in(text, "_KEYS")
    assert time.process_time() - start < 1.0


MODULE_CACHE = '''import logging
import os

log = logging.getLogger(__name__)
_KEYS = {}
LABELS = {"a": "b"}


def remember(provider):
    _KEYS[provider] = os.environ[f"{provider.upper()}_API_KEY"]


def show():
    log.info("keys: %s", _KEYS)
'''


def test_a_module_cache_is_still_read_and_constants_cost_no_walk(monkeypatch):
    walked = []
    original = dataflow_rules._local_names

    def counting(node):
        walked.append(node.name.value)
        return original(node)

    monkeypatch.setattr(dataflow_rules, "_local_names", counting)
    findings = _lint(MODULE_CACHE)
    assert [(f.rule, f.line) for f in findings] == [("MR021", 14)]
    # each function's local names are read once, however many analyses ask
    assert sorted(walked) == sorted(set(walked))


def test_no_global_statement_means_no_walk_for_global_structures(monkeypatch):
    calls = []
    original = dataflow_rules._global_structure_fills
    monkeypatch.setattr(dataflow_rules, "_global_structure_fills", lambda m: calls.append(1) or original(m))
    _lint(MODULE_CACHE)
    assert calls == []
    with_global = MODULE_CACHE.replace("def show():\n", "def show():\n    global LABELS\n    LABELS = {\"k\": os.environ[\"X_API_KEY\"]}\n")
    findings = _lint(with_global)
    assert calls == [1]
    assert any(f.rule == "MR021" for f in findings)


def test_may_declare_global_reads_every_place_a_statement_starts():
    for text in ("global CFG", "def f():\n    global CFG\n", "x = 1; global CFG", "def f(): global CFG",
                 "x = 1\r    global CFG", "def f():\n\f    global CFG", "x = 1; \\\n    global CFG"):
        assert text_reads.may_declare_global(text), text
    for text in ("x = global_settings", "g = globals()", 'doc = "a global value"', "x = 1  # global cache"):
        assert not text_reads.may_declare_global(text), text


def test_may_declare_global_is_linear_on_hostile_text():
    import time

    start = time.process_time()
    assert not text_reads.may_declare_global(";" + " " * 1_000_000 + "x")
    assert not text_reads.may_declare_global(";\t" * 500_000)
    assert time.process_time() - start < 1.0


def test_the_word_global_alone_costs_no_walk_and_the_statement_still_counts(monkeypatch):
    walks = []
    original = dataflow_rules.FlowRules._read_globals
    monkeypatch.setattr(dataflow_rules.FlowRules, "_read_globals", lambda self: walks.append(1) or original(self))
    # (the word in a name, a call and a string: no `global` statement)
    worded = MODULE_CACHE.replace("LABELS = {\"a\": \"b\"}", "global_labels = globals()\nNOTE = \"global cache\"")
    assert [(f.rule, f.line) for f in _lint(worded)] == [("MR021", 15)]
    assert walks == []
    # (a structure a function binds through `global`: held in the module's name)
    stated = GLOBAL_SETTINGS.replace("def load():\n    global CFG\n", "def load():\n    x = 1; global CFG\n")
    for text in (GLOBAL_SETTINGS, stated):
        assert [(f.rule, f.line) for f in _lint(text)] == [("MR021", 14)], text
    assert walks == [1, 1]


GLOBAL_SETTINGS = '''import logging
import os

log = logging.getLogger(__name__)
CFG = {}


def load():
    global CFG
    CFG = {"api_key": os.environ["OPENAI_API_KEY"]}


def show():
    log.info("settings: %s", CFG)
'''


# -- the mapping walk, only where the text may read a secret field of the mapping --------

from modelred_lint import secret_uses  # noqa: E402

VOCAB = PLAN.knowledge.vocab

# (the module's text, the mapping's name): each reads a secret field of it, however spelled
SECRET_FIELD_READS = [
    ("x = settings.OPENAI_API_KEY", "settings"),
    ("x = (settings).OPENAI_API_KEY", "settings"),
    ("x = (settings\n    .OPENAI_API_KEY)", "settings"),
    ("x = (settings.  # the key\n    api_key)", "settings"),
    ("x = (settings  # the key\n    .api_key)", "settings"),
    ("x = settings \\\n    .api_key", "settings"),
    ("x = config['api_key']", "config"),
    ("x = config[ b'api_key' ]", "config"),
    ("x = config[\n    'api_key'\n]", "config"),
    ("x = config['api' '_key']", "config"),
    ('x = config["""api_key"""]', "config"),
    ("x = config['api\\x5fkey']", "config"),
    ("x = CONFIG['s3']['secret_access_key']", "CONFIG"),
    ("x = (CONFIG['s3'])['secret_access_key']", "CONFIG"),
    ("x = CONFIG['s3'].secret_access_key", "CONFIG"),
    ("x = cfg.get('api_key')", "cfg"),
    ("x = cfg.get('airline', 'api_key')", "cfg"),
    ("x = cfg.get(\n    'airline',  # the section\n    'api_key',\n)", "cfg"),
    ("x = cfg.get('api' '_key')", "cfg"),
    ("x = cfg.get(key='api_key')", "cfg"),
    ("x = cfg[('api_key')]", "cfg"),
    ("x = cfg.get(( 'api_key' ), None)", "cfg"),
    ("x = os.environ['OPENAI_API_KEY']", "os.environ"),
    ("x = os.environ.get('OPENAI_API_KEY')", "os.environ"),
    ("from flask import current_app\nx = current_app.config['X_API_KEY']", "current_app.config"),
    ("x = cfg.azure['api_key']", "cfg.azure"),
    ("x = cfg[f'api_key']", "cfg"),
    ("x = settings.clé_api_key", "settings"),
    ("x = settings." + "a" * 300 + "_api_key", "settings"),
]

# Reads of fields named like no secret, or not by a literal: no walk needed.
PLAIN_READS = [
    ("x = settings.MODEL\ny = settings.timeout", "settings"),
    ("x = REGISTRY.get(name)\ny = REGISTRY.get('model', None)\nz = REGISTRY.get(name == 'api_key')", "REGISTRY"),
    ("x = config['model']\ny = config[key]\nz = config[0]", "config"),
    ("x = CONFIG['s3']", "CONFIG"),
    ("print(settings)\nsettings_api_key = 1", "settings"),
    ("x = os.environ['HOME']", "os.environ"),
]


def test_may_read_secret_field_is_a_superset_of_the_walk():
    for text, name in SECRET_FIELD_READS + PLAIN_READS:
        walked = secret_uses.mapping_secret_fields(cst.parse_module(text), VOCAB).get(name, frozenset())
        if walked:
            assert secret_uses.may_read_secret_field(text, name, VOCAB), (text, name, walked)
    # (every spelling above is one the walk finds, so the list tests what it says)
    found = [(t, n) for t, n in SECRET_FIELD_READS
             if secret_uses.mapping_secret_fields(cst.parse_module(t), VOCAB).get(n)]
    assert len(found) >= len(SECRET_FIELD_READS) - 1, set(SECRET_FIELD_READS) - set(found)  # (not cfg[f"..."])


def test_may_read_secret_field_lets_plain_reads_go():
    for text, name in PLAIN_READS:
        assert not secret_uses.may_read_secret_field(text, name, VOCAB), (text, name)


def test_may_read_secret_field_is_linear_on_hostile_text():
    import time

    for text in ("cfg[" + " " * 40 + "'" + "x" * 150 + "'] ") * 20_000, "cfg." + "cfg" * 200_000, "cfg #cfg" * 100_000, \
            "cfg #cfg" * 100_000 + "\n." + "x" * 200_000, "cfg.get(" * 50_000 + "k" * 200_000, \
            ("(cfg" + ")" * 60 + ".model ") * 20_000, "cfg['" + "cfg['" * 100_000:
        start = time.process_time()
        secret_uses.may_read_secret_field(text, "cfg", VOCAB)
        assert time.process_time() - start < 1.0, text[:40]


SHOWN_MAPPING = '''import logging

from dynaconf import Dynaconf

log = logging.getLogger(__name__)
settings = Dynaconf(settings_files=["settings.toml"])


def connect():
    return make_client(settings.OPENAI_API_KEY)


def show():
    log.info("settings: %s", settings.as_dict())
'''


def test_a_mapping_shown_whole_is_still_reported_and_a_plain_one_costs_no_walk(monkeypatch):
    calls = []
    original = dataflow_rules.mapping_secret_fields
    monkeypatch.setattr(dataflow_rules, "mapping_secret_fields",
                        lambda *a, **k: calls.append(1) or original(*a, **k))
    findings = _lint(SHOWN_MAPPING)
    assert [(f.rule, f.line) for f in findings] == [("MR021", 14)]
    assert calls == [1]
    calls.clear()
    assert _lint(SHOWN_MAPPING.replace("OPENAI_API_KEY", "OPENAI_MODEL")) == []
    assert calls == []


def test_may_read_secret_field_reads_past_comments_and_strings_that_hold_a_hash():
    for text in ('s = "cfg # not code"; t = cfg["api_key"]', "x = (cfg  # the config\n     # more\n     .api_key)",
                 "x = (cfg.  # the field\n     api_key)"):
        assert secret_uses.may_read_secret_field(text, "cfg", VOCAB), text
    assert not secret_uses.may_read_secret_field("f(cfg)  # see the docs\nx = 1", "cfg", VOCAB)


def test_may_read_secret_field_agrees_with_the_walk_on_generated_spellings():
    """Reads of a mapping assembled from the pieces Python allows between them (white
    space, comments, parentheses, continuations, string prefixes, keywords), seeded:
    wherever the walk finds a field of the mapping, the text test says it may."""
    import random

    rng = random.Random(20261203)
    gaps = ["", " ", "  ", "\n    ", "  # note\n    ", " \\\n    "]
    fields = ["api_key", "OPENAI_API_KEY", "secret_access_key", "model", "timeout", "s3"]

    def gap():
        return rng.choice(gaps)

    def literal(field):
        prefix = rng.choice(["", "", "r", "b", "u", "R", "rb"])
        quote = rng.choice(["'", '"'])
        return f"{prefix}{quote}{field}{quote}"

    def access(name):
        field = rng.choice(fields)
        shape = rng.randrange(6)
        if shape == 0:
            return f"({name}{gap()}.{gap()}{field})"
        if shape == 1:
            return f"{name}[{gap()}{literal(field)}{gap()}]"
        if shape == 2:
            return f"({name}){gap()}[{gap()}({literal(field)}){gap()}]"
        if shape == 3:
            keyword = rng.choice(["", "key=", "k = "])
            return f"{name}.get({gap()}{keyword}{literal(field)}{gap()})"
        if shape == 4:
            return f"{name}.get({gap()}{literal(rng.choice(fields))},{gap()}{literal(field)})"
        return f"{name}[{literal(rng.choice(fields))}]{gap()}[{gap()}{literal(field)}]"

    checked = 0
    for _ in range(600):
        name = rng.choice(["cfg", "settings", "os.environ"])
        text = f"x = (\n    {access(name)}\n)\ny = {access(name)}\n"
        try:
            module = cst.parse_module(text)
        except cst.ParserSyntaxError:
            continue
        if secret_uses.mapping_secret_fields(module, VOCAB).get(name):
            checked += 1
            assert secret_uses.may_read_secret_field(text, name, VOCAB), text
    assert checked > 200  # (the generator makes reads the walk finds, or this tests nothing)


# -- a client class whose methods each set an attribute and call each other -------------
CLIENT_CLASS = '''
import logging
import aiohttp
log = logging.getLogger(__name__)
class Kernel:
    def __init__(self, url, api_key):
        self.url = url
        self.params = {"api_key": api_key}
        self.session = None
        self.kernel_id = None
    async def sign_in(self):
        self.session = aiohttp.ClientSession()
        return self.session
    async def start(self):
        await self.sign_in()
        resp = await self.session.post(self.url, params=self.params)
        self.kernel_id = (await resp.json())["id"]
        return self.kernel_id
    async def connect(self):
        kernel = await self.start()
        self.ws = await self.session.ws_connect(f"{self.url}/{kernel}")
        return self.ws
    async def run(self, code):
        ws = await self.connect()
        await ws.send_json({"code": code})
        log.info("ran on %s", self.kernel_id)
    async def close(self):
        log.info("closing %s with %s", self.kernel_id, self.params)
'''


def _summaries_made(monkeypatch, code: str) -> tuple[dict, list]:
    from modelred_lint.checks import dataflow_rules

    made: dict = {}
    original = dataflow_rules.FlowRules.summarise

    def counting(self, node, method=False, **given):
        if method:
            made[node.name.value] = made.get(node.name.value, 0) + 1
        return original(self, node, method, **given)

    monkeypatch.setattr(dataflow_rules.FlowRules, "summarise", counting)
    return made, _lint(code)


def test_a_method_summary_is_kept_while_what_it_read_of_the_class_holds(monkeypatch):
    # Each method analysed stores an attribute the others do not read in their summaries'
    # paths; clearing every summary whenever any attribute changed made them again and
    # again (sign_in and start three and four times). A summary is now made again only
    # where an attribute it read has changed since.
    made, findings = _summaries_made(monkeypatch, CLIENT_CLASS)
    assert made and max(made.values()) <= 2, made
    # (and the finding is the same: `self.params` holds the key)
    assert [(f.rule, f.line) for f in findings] == [("MR021", 28)], findings


def test_a_summary_made_before_an_attribute_it_read_was_learned_is_made_again():
    # describe()'s summary is first made while report() is analysed, before login()
    # stores the key in self.auth; report() is analysed again at the class's end and
    # must see the new summary (a cached one that ignored what it read would not).
    code = '''
import logging
log = logging.getLogger(__name__)
class Client:
    def describe(self):
        return f"client with {self.auth}"
    def report(self):
        log.info("state: %s", self.describe())
    def login(self, api_key):
        self.auth = {"Authorization": f"Bearer {api_key}"}
'''
    assert [(f.rule, f.line) for f in _lint(code)] == [("MR021", 8)]


def test_reads_of_class_attributes_are_asked_again_by_value():
    from modelred_lint.dataflow.attribute_reads import ReadsOf

    attributes = {"self.a": frozenset({1})}
    reads = ReadsOf(attributes)
    assert reads.get("self.a") == frozenset({1}) and "self.b" not in reads and reads
    assert reads.still_hold()
    attributes["self.c"] = frozenset({3})  # not read: still holds... but the truth test was
    assert reads.still_hold()
    attributes["self.b"] = frozenset({2})  # read as absent: stale
    assert not reads.still_hold()
    del attributes["self.b"]
    attributes["self.a"] = frozenset({1, 9})  # read with another value: stale
    assert not reads.still_hold()
    empty: dict = {}
    tested = ReadsOf(empty)
    assert not tested  # a truth test of an empty mapping...
    empty["self.x"] = frozenset({1})
    assert not tested.still_hold()  # ...is stale once anything is stored
    listed = ReadsOf({"self.a": frozenset()})
    assert list(listed) == ["self.a"]
    listed.attributes["self.z"] = frozenset()
    assert not listed.still_hold()  # an iteration read everything
    other = ReadsOf({"self.q": frozenset()})
    other.get("self.q")
    outer = ReadsOf(attributes)
    outer.absorb(other)  # (another class's attributes: not this one's reads)
    assert outer.seen == {}
    inner = ReadsOf(attributes)
    inner.get("self.a")
    outer.absorb(inner)
    assert "self.a" in outer.seen


class _CountedAttributes(dict):
    """A class's attributes (FlowRules.class_attributes) that count the entries read."""

    read = 0

    def items(self):
        _CountedAttributes.read += len(self)
        return super().items()

    def get(self, key, default=None):
        _CountedAttributes.read += 1
        return super().get(key, default)


def test_a_class_that_learns_many_attributes_asks_each_method_of_its_own(monkeypatch):
    """A method analysed before another stored the secret it reads is analysed again
    (leave_ClassDef), as before; whether one was is asked of the attributes the method
    reads (and those the methods it calls read), not of every attribute the class
    learned: a class of n methods storing n attributes made that n * n (800 pairs:
    1.51 s to lint, 0.95 s so asked)."""
    from modelred_lint.checks import dataflow_rules

    n = 150
    lines = ["import logging", "import os", "log = logging.getLogger(__name__)", "class Big:"]
    for i in range(n):
        lines += [f"    def show_{i}(self):", f"        log.info('%s', self.token_{i})",
                  f"    def set_{i}(self):", f"        self.token_{i} = os.environ['OPENAI_API_KEY']"]
    original = dataflow_rules.FlowRules.visit_ClassDef

    def counted(self, node):
        original(self, node)
        self.class_attributes[-1] = _CountedAttributes(self.class_attributes[-1])

    monkeypatch.setattr(dataflow_rules.FlowRules, "visit_ClassDef", counted)
    _CountedAttributes.read = 0
    found = _lint("\n".join(lines) + "\n", WHOLE)
    # (each show_ method, analysed before its set_ stored the key, is analysed again)
    assert sorted(f.line for f in found if f.rule == "MR021") == [6 + 4 * i for i in range(n)]
    assert _CountedAttributes.read < 40 * n, _CountedAttributes.read  # (2,095 here; n * n and more before: 46,795)
