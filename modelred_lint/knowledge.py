"""Everything the rules know, built once per run from the catalogue and the user's
options: key patterns, the secret vocabulary and the SDK's names. Pure Python and
picklable, so worker processes get it without re-reading any file, and so that the
prefilter can use it without importing LibCST."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from modelred_lint.catalogue import Catalogue
from modelred_lint.keyscan import Vocabulary, compile_patterns
from modelred_lint.sdk import SdkModel
from modelred_lint.flow_model import DataflowModel

# Options each rule family reads: name -> (type, description). config.py validates
# the user's settings against this table.
OPTIONS = {
    "extra-key-patterns": (
        list,
        "More provider key formats: a list of {name, regex, env, prefix} tables (MR002).",
    ),
    "extra-placeholder-words": (
        list,
        "Words that mark a value as a placeholder, not a key (MR001-MR004).",
    ),
    "extra-secret-names": (
        list,
        "More names of secrets, like 'license_key' (MR004, MR020, MR021).",
    ),
    "extra-validators": (list, "Names (glob patterns) of functions that validate their argument (MR010)."),
    "extra-sanitizers": (list, "Names (glob patterns) of functions whose result is a clean value (MR010)."),
    "extra-secret-sources": (list, "Names of functions whose result is a secret (MR020, MR021)."),
    "extra-sinks": (list, "More SDK sinks: a list of {method, parameters} tables (MR010)."),
    "untrusted-parameters": (str, "Whose parameters are untrusted: entrypoints (default), public or all (MR010)."),
}


@dataclass(frozen=True)
class Knowledge:
    vocab: Vocabulary
    sdk: SdkModel
    dataflow: DataflowModel

    @classmethod
    def build(cls, catalogue: Catalogue, options: Mapping) -> "Knowledge":
        patterns = []
        for rule_id in ("MR001", "MR002"):
            if rule_id in catalogue.rules:
                patterns += compile_patterns(rule_id, catalogue.rule(rule_id).data.get("patterns", ()))
        patterns += compile_patterns("MR002", options.get("extra-key-patterns", ()))
        vocab = Vocabulary(
            catalogue.shared["secrets"],
            patterns,
            extra_placeholder_words=options.get("extra-placeholder-words", ()),
            extra_secret_names=options.get("extra-secret-names", ()),
        )
        return cls(
            vocab=vocab,
            sdk=SdkModel.from_data(catalogue.shared["sdk"]),
            dataflow=DataflowModel.from_data(catalogue.shared["dataflow"], options),
        )
