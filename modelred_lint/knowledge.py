"""Everything the rules know, built once per run from the catalogue and the user's
options: key patterns, the secret vocabulary, the SDK's names and the dataflow model.
Pure Python and picklable, so worker processes get it without re-reading any file,
and so that the prefilter can use it without importing LibCST.

The options that extend the shared vocabulary are declared here, next to the code that
reads them; the rules that they affect list them (see `modelred_lint.rule`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from modelred_lint.catalogue import Catalogue
from modelred_lint.flow_model import DataflowModel
from modelred_lint.keyscan import Vocabulary, compile_patterns
from modelred_lint.options import Option
from modelred_lint.schema import Flag, Integer, ListOf, Number, Regex, SchemaError, Strings, Table, Tables, Text
from modelred_lint.sdk import SdkModel


def _prefix_starts_regex(entry: dict, where: str) -> None:
    prefix = entry.get("prefix", "")
    if prefix and not (entry["regex"].startswith(re.escape(prefix)) or entry["regex"].startswith(prefix)):
        raise SchemaError(f"{where}: the regex must start with its prefix {prefix!r}")


# A key format in a rule's catalogue data (`data: patterns:` of MR001 and MR002).
KEY_PATTERN = Table(
    {
        "name": Text(),
        "regex": Text(),
        "env": Text(),
        "prefix": Text(),
        "target": Strings(),  # the words the binding's name must hold, for formats that need one
        "min-segment": Integer(),
        "min-entropy": Number(),
        # A format that names a credential without being its secret part (an AWS
        # access key id): hardcoded, it is reported; written into a message, it is not.
        "identifier": Flag(),
    },
    required=("name", "regex"),
)
KEY_PATTERNS = {"patterns": ListOf(KEY_PATTERN)}

EXTRA_KEY_PATTERNS = Option(
    "extra-key-patterns",
    Tables(
        {"name": Text(), "regex": Regex(), "env": Text(), "prefix": Text()},
        required=("name", "regex"),
        check=_prefix_starts_regex,
    ),
    default=(),
    doc="More provider key formats, reported as MR002 wherever they stand. A `prefix` "
    "(the literal start of every key) lets the prefilter skip files without it.",
    example='[{ name = "Acme key", regex = "acme_[A-Za-z0-9]{32}", env = "ACME_API_KEY", prefix = "acme_" }]',
    rules=('MR002',),
)
EXTRA_PLACEHOLDER_WORDS = Option(
    "extra-placeholder-words",
    Strings(),
    default=(),
    doc="Words that mark a value as a placeholder, not a key.",
    example='["sandbox", "fixture"]',
)
EXTRA_SECRET_NAMES = Option(
    "extra-secret-names",
    Strings(),
    default=(),
    doc="More names of secrets, read word by word like the built-in ones.",
    example='["license_key"]',
    rules=('MR004', 'MR020', 'MR021'),
)


@dataclass(frozen=True)
class Knowledge:
    vocab: Vocabulary
    sdk: SdkModel
    dataflow: DataflowModel
    # The words whose presence in a text may mean a secret's name stands there (the
    # last word of each secret-name sequence and of each key format's target name).
    secret_name_words: tuple[str, ...] = ()

    @classmethod
    def build(cls, catalogue: Catalogue, options: Mapping[str, Any]) -> "Knowledge":
        patterns = []
        for rule_id, rule in sorted(catalogue.rules.items()):
            patterns += compile_patterns(rule_id, rule.data.get("patterns", ()))
        patterns += compile_patterns("MR002", EXTRA_KEY_PATTERNS.value(options))
        vocab = Vocabulary(
            catalogue.shared["secrets"],
            patterns,
            extra_placeholder_words=EXTRA_PLACEHOLDER_WORDS.value(options),
            extra_secret_names=EXTRA_SECRET_NAMES.value(options),
        )
        words = {seq[-1] for seq in vocab.secret_names} | {w for p in vocab.bound_patterns for w in p.target[-1:]}
        words |= {seq[-1] for seq in vocab.structure_name_words}  # litellm_params
        words |= {seq[-1] for seq in vocab.ambiguous_names}  # PROXY_PASS (new_key: key is one)
        words |= vocab.token_variable_heads  # CONFLUENCE_PAT, read from the environment
        return cls(
            vocab=vocab,
            sdk=SdkModel.from_data(catalogue.shared["sdk"]),
            dataflow=DataflowModel.from_data(catalogue.shared["dataflow"], options),
            secret_name_words=tuple(sorted(words)),
        )
