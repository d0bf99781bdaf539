"""The prefilter's shortcuts for speed (issue 12) change what it costs, never what it
says: each case here is a shape a shortcut could get wrong, with what the scan must
still answer (and, where the rules decide, what they report with the prefilter off).
"""

from __future__ import annotations

import ast
import gc
import textwrap

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.flow_scan import _opaque, flow_scopes
from modelred_lint.triggers import ScanText

CATALOGUE = load_catalogue()
WITHOUT = Plan.build(CATALOGUE.ids, use_prefilter=False)
PLAN = Plan.build(CATALOGUE.ids)
KNOWLEDGE = PLAN.prefilter.knowledge
CANDIDATES = PLAN.enabled - {"MR000"}

LOGGED_SECRET = """
    import logging
    import os

    log = logging.getLogger(__name__)

    def start():
        key = os.environ["OPENAI_API_KEY"]
        log.info("key %s", key)
    """


def _reported(source: str) -> set[str]:
    return {f.rule for f in lint_bytes("case.py", textwrap.dedent(source).encode(), WITHOUT).findings}


def _scopes(source: str):
    return ScanText(textwrap.dedent(source), KNOWLEDGE).get(flow_scopes)


# -- the collector is held off while the prefilter reads a file, and only then ----------
@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was_found(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        codes = PLAN.prefilter.codes_for(textwrap.dedent(LOGGED_SECRET), CANDIDATES)
        assert "MR021" in codes
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_the_collector_is_restored_when_a_trigger_fails():
    class Broken:  # a knowledge object whose every read fails
        def __getattr__(self, name):
            raise RuntimeError("broken knowledge")

    from modelred_lint.prefilter import Prefilter
    from modelred_lint.triggers import Trigger, any_secret_name

    prefilter = Prefilter(Broken(), {"MR004": [Trigger(any_secret_name)]})
    was = gc.isenabled()
    gc.enable()
    try:
        with pytest.raises(RuntimeError):
            prefilter.codes_for("api_key = 1\n", {"MR004"})
        assert gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()


# -- a value holding a call anywhere is one the scan cannot see into -------------------------
@pytest.mark.parametrize("value, opaque", [
    ("PREFIX + secrets.token_urlsafe(32)", True),
    ("f'{scheme} {value.strip()}'", True),
    ("[part for part in parts if check(part)]", True),
    ("{'model': model, 'key': (a, [b, {c: d()}])}", True),
    ("PREFIX + value", False),
    ("f'{scheme} {value}'", False),
    ("value[1:]", False),
    ("{'model': model, 'key': (a, [b, {c: d}])}", False),
])
def test_a_value_holding_a_call_is_opaque(value, opaque):
    assert _opaque(ast.parse(value, mode="eval").body) is opaque


# -- a signature known to hand over a secret is found where it stands in the parameters ----
def test_a_signature_after_self_still_hands_over_its_secret():
    source = """
        import logging
        logger = logging.getLogger(__name__)

        class Handler:
            def log_success_event(self, kwargs, response_obj, start_time, end_time):
                logger.info("call %s", kwargs)
        """
    assert "MR021" in _reported(source), "the rules no longer read this signature's kwargs as a secret"
    assert _scopes(source).logs


def test_the_same_names_in_another_order_are_no_signature():
    source = """
        import logging
        logger = logging.getLogger(__name__)

        class Handler:
            def log_success_event(self, response_obj, kwargs, start_time, end_time):
                logger.info("call %s", kwargs)
        """
    assert "MR021" not in _reported(source)
    assert not _scopes(source).logs


# -- the text stages: each word is still found, whatever skips its search ------------------
def test_every_unnamed_source_word_is_found_alone():
    """A word whose gate (a secret-name word it holds) the text lacks is not searched:
    a text holding only that word must still be found to hold it."""
    from modelred_lint.flow_scan import _unnamed_sources, _unnamed_words

    words, splatted, _ = _unnamed_words(KNOWLEDGE)
    assert any(gate for _, gate in words), "no word is gated: the shortcut is gone"
    assert splatted, "no call with a splat is gated behind `(**`: the shortcut is gone"
    for word in (*(w for w, _ in words), *splatted):
        assert _unnamed_sources(ScanText(f"x = {word}\n", KNOWLEDGE)), word
    # a text with the splat and no such call holds none of them
    assert not _unnamed_sources(ScanText("x = f(**kwargs)\n", KNOWLEDGE))


def test_every_secret_file_fragment_is_found_alone():
    """The fragments naming a file of secrets are searched less those that hold
    another (`_keys.json` holds `keys.json`): a text holding any one of them, the
    dropped ones too, must still name a file of secrets, for the source test and for
    the scan, which share the answer."""
    from modelred_lint.flow_scan import (
        _file_name_fragments,
        _names_secret_file,
        _secret_file_fragments,
        _unnamed_sources,
    )

    flow = KNOWLEDGE.dataflow
    every = set(_file_name_fragments(flow.secret_file_names + flow.secret_file_path_names))
    kept = _secret_file_fragments(KNOWLEDGE)
    assert len(kept) < len(every), "no fragment holds another: the shortcut is gone"
    assert any(gate for _, gate in kept), "no fragment is gated: the shortcut is gone"
    for fragment in every:
        scan = ScanText(f"path = {fragment}\n", KNOWLEDGE)
        assert scan.get(_names_secret_file), fragment
        assert _unnamed_sources(scan), fragment
    assert not ScanText("path = 'settings.json'\n", KNOWLEDGE).get(_names_secret_file)


def test_a_signature_is_found_whole_and_only_whole():
    from modelred_lint.flow_scan import _signatures, _unnamed_sources

    signatures = _signatures(KNOWLEDGE)
    assert signatures
    for signature in signatures:
        whole = "def f(" + ", ".join(signature) + "):\n    pass\n"
        assert _unnamed_sources(ScanText(whole, KNOWLEDGE)), signature
        for missing in signature:
            rest = [w for w in signature if w != missing]
            text = "def f(" + ", ".join(rest) + "):\n    pass\n"
            # (another signature may stand in what is left: `slack` holds `ack`)
            if not any(all(w in text for w in other) for other in signatures):
                assert not _unnamed_sources(ScanText(text, KNOWLEDGE)), (signature, missing)


def _all_tokens_verdict(text: str) -> tuple[bool, bool]:
    """secret_names as it was: every token collected, then judged."""
    import re

    vocab = KNOWLEDGE.vocab
    words = KNOWLEDGE.secret_name_words
    strict = maybe = False
    for token in set(re.findall(r"[A-Za-z0-9_\-]+", text)):
        low = token.lower()
        if not any(w in low for w in words):
            continue
        level = vocab.secret_level(token)
        strict = strict or level == 2
        maybe = maybe or level == 1
    return strict, (maybe or strict)


def test_the_name_stage_stops_at_a_strict_name_and_says_the_same():
    """The first strict name ends the search: on every fixture and held-out module, the
    answer is still the one a reading of all the tokens gives."""
    from pathlib import Path

    from modelred_lint.triggers import secret_names

    root = Path(__file__).resolve().parents[1]
    paths = [*root.glob("fixtures/**/*.py"), *root.glob("tests/holdout_messages*/*.py")]
    assert len(paths) > 50
    for path in paths:
        text = path.read_text(errors="replace")
        strict, maybe = secret_names(ScanText(text, KNOWLEDGE))
        expected = _all_tokens_verdict(text)
        assert (strict, maybe or strict) == expected, path.name


# -- a signature's module is part of what the text must hold ----------------------------------
BOLT_LISTENER = """
    import logging
    {imports}

    logger = logging.getLogger(__name__)

    def handle_mention(event, context, say):
        logger.info("mention in %s", context)
        say("hello")
    """


def test_a_bolt_listener_in_a_module_importing_slack_bolt_passes():
    source = BOLT_LISTENER.format(imports="from slack_bolt import App")
    assert "MR021" in _reported(source), "the rules no longer read Bolt's context as holding a token"
    assert "MR021" in PLAN.prefilter.codes_for(textwrap.dedent(source), CANDIDATES)


def test_the_same_listener_elsewhere_is_not_parsed_for_it():
    """`context` beside `say` is anything outside a Bolt module: the rules do not take it
    for a secret there, and the text stage rules the file out before CPython parses it."""
    source = textwrap.dedent(BOLT_LISTENER.format(imports="import json"))
    assert "MR021" not in _reported(source)
    from modelred_lint.flow_scan import _unnamed_sources

    assert not _unnamed_sources(ScanText(source, KNOWLEDGE))
    assert "MR021" not in PLAN.prefilter.codes_for(source, CANDIDATES)


# -- code views: the shortcuts before a string's prefix and standalone tests ------------------
@pytest.mark.parametrize("text, quiet, bare", [
    # a prefix before the quote: part of the string, gone with it
    ('x = rb"abc"\n', 'x = rb"abc"\n', "x =  \n"),
    # an f-string: code, kept in both, whatever its prefix's case and order
    ('x = Rf"{key}"\n', 'x = Rf"{key}"\n', 'x = Rf"{key}"\n'),
    # `if"x"`: the f ends a name, so the string has no prefix (and is no f-string)
    ('if"x":pass\n', 'if"x":pass\n', "if :pass\n"),
    # a docstring with a prefix, alone on its line after a colon: gone from both
    ('def f():\n    r"""doc"""\n    return 1\n', "def f():\n     \n    return 1\n", "def f():\n     \n    return 1\n"),
    # the same after a tab and a form feed, and at the top of the file
    ('def f():\n\t\f"doc"\n', "def f():\n\t\f \n", "def f():\n\t\f \n"),
    ('"module doc"\nx = 1\n', " \nx = 1\n", " \nx = 1\n"),
    # a string after a carriage return (an old Mac line end) is not on a line of its own here
    ('def f():\r"doc"\n', 'def f():\r"doc"\n', "def f():\r \n"),
])
def test_the_code_views_read_prefixes_and_standalone_strings(text, quiet, bare):
    from modelred_lint.code_text import code_views

    views = code_views(text)
    assert views is not None
    assert (views.quiet, views.bare) == (quiet, bare)


# -- a view's scan: words the whole text lacks are not searched again ----------------------
def _view_files() -> list:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "fixtures").rglob("*.py")) + sorted((root / "tests" / "corpus").glob("*.py"))
    files += sorted(root.glob("tests/holdout_messages*/*.py"))[::7]
    return [p for p in files if p.stat().st_size < 200_000]


def test_a_view_reads_what_a_scan_of_its_own_text_reads():
    """The quiet view's scan skips the words its whole text lacks (it only loses words:
    each part removed stands as a space). On every fixture and a seventh of the held-out
    sets, whatever the whole text's scan has searched already, the view's names and
    sources are those a scan of the view's text alone finds."""
    from modelred_lint.code_text import code_views
    from modelred_lint.flow_scan import _unnamed_sources
    from modelred_lint.source import SourceError, decode_source
    from modelred_lint.triggers import secret_names

    files = _view_files()
    assert len(files) > 100
    shortcuts = 0
    for path in files:
        try:
            text = decode_source(path.read_bytes()).text
        except SourceError:
            continue
        views = code_views(text)
        if views is None:
            continue
        whole = ScanText(text, KNOWLEDGE)
        whole.get(secret_names), whole.get(_unnamed_sources)
        view, alone = ScanText(views.quiet, KNOWLEDGE, within=whole), ScanText(views.quiet, KNOWLEDGE)
        assert view.get(secret_names) == alone.get(secret_names), path.name
        assert view.get(_unnamed_sources) == alone.get(_unnamed_sources), path.name
        shortcuts += sum(1 for word, held in view._held.items() if whole._held.get(word) is False)
    assert shortcuts, "no view skipped a word: the shortcut is gone"


def test_a_word_with_white_space_is_searched_in_the_view_again():
    """A removed part stands as a space in the view, so a word holding one may be there
    where the whole text has none: such a word is searched whatever the whole says."""
    whole = ScanText("a = 1  # x\n", KNOWLEDGE)
    assert not whole.holds("1 \n")
    view = ScanText("a = 1 \n", KNOWLEDGE, within=whole)
    assert view.holds("1 \n")
