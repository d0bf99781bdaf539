"""A section of a structure shown whole where another function of the module reads a
secret option at that section of a structure of the same name (FlowRules.section_reads):
`settings["checkr"]` logged in one function, `settings["checkr"]["api_key"]` read in
another. Each case runs with and without the prefilter (its flow scan takes any section of
a name so read: a superset)."""

from __future__ import annotations

import pytest
from helpers import findings_both_ways

from modelred_lint.engine import Plan

PLANS = (Plan.build(["MR020", "MR021"]), Plan.build(["MR020", "MR021"], use_prefilter=False))


def _found(tmp_path, code: str) -> list:
    return findings_both_ways(tmp_path, code, PLANS)


HEAD = """
    import logging

    import yaml

    log = logging.getLogger(__name__)


    def client(settings):
        return Checkr(settings["checkr"]["api_key"], settings["checkr"]["package"])
"""


@pytest.mark.parametrize("body, expected", [
    # a parameter of the same name, at the same section
    ("""
    def debug(settings):
        log.debug("checkr settings %s", settings["checkr"])
    """, [("MR021", 13)]),
    # a local bound to what a loader returns, shown through dict()
    ("""
    def dump(path):
        with open(path) as fh:
            settings = yaml.safe_load(fh)
        print("checkr:", dict(settings["checkr"]))
    """, [("MR021", 15)]),
    # another section of it: nothing read there is a secret
    ("""
    def debug(settings):
        log.debug("ui settings %s", settings["ui"])
    """, []),
    # a field of the section that is no secret
    ("""
    def debug(settings):
        log.debug("package %s", settings["checkr"]["package"])
    """, []),
    # a structure of another name
    ("""
    def debug(options):
        log.debug("checkr options %s", options["checkr"])
    """, []),
    # the function binds the name to a display it can read: its own section holds no key
    ("""
    def defaults():
        settings = {"checkr": {"package": "tasker_standard"}}
        log.debug("defaults %s", settings["checkr"])
    """, []),
])
def test_a_section_another_function_reads_a_key_at(tmp_path, body, expected):
    assert _found(tmp_path, HEAD + body) == expected


def test_a_section_read_through_a_local_name(tmp_path):
    # llm = raw["llm"]; llm.get("api_key") in one function; raw["llm"] printed in another
    code = """
    import yaml


    def load(path):
        with open(path) as fh:
            raw = yaml.safe_load(fh)
        llm = raw["llm"]
        return Client(api_key=llm.get("api_key", ""), model=llm["model"])


    def dump(path):
        with open(path) as fh:
            raw = yaml.safe_load(fh)
        print("llm section:", raw["llm"])
    """
    assert _found(tmp_path, code) == [("MR021", 15)]


PARSER = """
    import configparser
    import logging

    log = logging.getLogger(__name__)


    def load(path):
        cfg = configparser.ConfigParser()
        cfg.read(path)
        log.debug("openai section: %s", dict(cfg["openai"]))
        return cfg


    def api_key(cfg):
        return cfg.get("openai", "api_key", fallback="")
"""


def test_a_parsers_option_read_by_section_and_option(tmp_path):
    # cfg.get("openai", "api_key") of a configuration parser: that section holds the key
    assert _found(tmp_path, PARSER) == [("MR021", 11)]


def test_a_dicts_get_with_a_default_is_no_section(tmp_path):
    # without a parser in the module, cfg.get("openai", "api_key") is a dict's field
    # "openai" with a default, not an option of a section
    code = PARSER.replace("import configparser\n", "import json\n").replace(
        "cfg = configparser.ConfigParser()\n        cfg.read(path)", "cfg = json.load(open(path))")
    assert "ConfigParser" not in code
    assert _found(tmp_path, code) == []
