"""The rule implementations, one module per rule or rule family.

Order matters only for readability of the engine's dispatch: every class here is a
participant in the same single walk."""

from modelred_lint.checks.dataflow_rules import FlowRules
from modelred_lint.checks.key_argument import LiteralKeyArgument
from modelred_lint.checks.key_literals import KeyLiterals
from modelred_lint.checks.secret_bindings import SecretBindings

RULE_CLASSES = (KeyLiterals, LiteralKeyArgument, SecretBindings, FlowRules)
