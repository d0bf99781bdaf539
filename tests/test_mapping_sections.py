"""mapping_secret_fields on a configuration parser's sections: an instance's `self.cp` is
a mapping, a section named at run time holds the option in any section, and the
two-argument get is a section's option only in a module that makes a parser."""

from __future__ import annotations

import textwrap

import libcst as cst

from modelred_lint import secret_uses
from modelred_lint.catalogue import load_catalogue
from modelred_lint.dataflow.labels import ANY_FIELD
from modelred_lint.knowledge import Knowledge
from modelred_lint.secret_uses import mapping_secret_fields, may_read_secret_field

VOCAB = Knowledge.build(load_catalogue(), {}).vocab

CLASS = textwrap.dedent('''
    class Kiosk:
        def __init__(self, path):
            self.cp = configparser.ConfigParser()
            self.door = self.cp.get("doors", "password")

        def key(self, provider):
            return self.cp.get(provider, "api_key", fallback="")
''')


def test_an_instance_parser_holds_its_sections_options():
    found = mapping_secret_fields(cst.parse_module(CLASS), VOCAB)
    assert found["self.cp"] == frozenset({("doors", "password"), (ANY_FIELD, "api_key")})


def test_the_run_time_section_is_the_labels_own_any_field():
    # (secret_uses cannot import dataflow.labels, whose package imports secret_uses back)
    assert secret_uses.ANY_FIELD == ANY_FIELD


def test_a_dicts_get_with_a_default_is_no_section_without_a_parser():
    module = cst.parse_module('def path(self):\n    return self.config.get("token_path", "access_token")\n')
    assert "self.config" in mapping_secret_fields(module, VOCAB, parsers=True)
    assert "self.config" not in mapping_secret_fields(module, VOCAB, parsers=False)


def test_the_text_gate_reads_a_section_named_at_run_time():
    assert may_read_secret_field(CLASS, "self.cp", VOCAB)
    assert may_read_secret_field('cp.get(name, "api_key")\n', "cp", VOCAB)
    assert not may_read_secret_field('cp.get(name, "model")\n', "cp", VOCAB)
