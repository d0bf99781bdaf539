"""The dataflow core the MR010 and MR020-MR022 rules share (see interpreter.py)."""

from modelred_lint.dataflow.interpreter import Interpreter, target_keys
from modelred_lint.dataflow.labels import (
    CLIENT,
    EMPTY,
    MAYBE_SECRET,
    PARAM,
    SDK_ERROR,
    SECRET,
    SECRETS,
    SECRET_PARAM,
    UNTRUSTED,
    Env,
    Kind,
    Label,
    Summary,
    kinds,
    parameters_in,
)

__all__ = [
    "CLIENT", "EMPTY", "MAYBE_SECRET", "PARAM", "SDK_ERROR", "SECRET", "SECRETS", "SECRET_PARAM", "UNTRUSTED",
    "Env", "Interpreter", "Kind", "Label", "Summary", "kinds", "parameters_in", "target_keys",
]
