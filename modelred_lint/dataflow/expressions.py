"""What an expression's value may be or hold: the labels of names, attributes,
subscripts, calls, f-strings and the rest, and the sources that make them (secret
names, the environment, request objects, SDK clients)."""

from __future__ import annotations

import dataclasses
import functools
import re
import weakref
from typing import Optional

from modelred_lint.dataflow.labels import (
    COMMAND_ERROR, KEY_ERROR, RESPONSE_URL, URL_ERROR, quoting_error,
    CLIENT, KEY_CLIENT, QUERY_CLIENT, EMPTY, PARAM, SECRET_PARAM, SDK_ERROR, SECRET, SECRETS, UNTRUSTED, MAYBE_SECRET, Env, Label, ANY_FIELD, KEYS, WHOLE, any_field, at_field, elements, field_of, reads_of_parameter,
    flattened, kinds, stored_errors,
)
from modelred_lint.client_headers import credential_header
from modelred_lint.flow_model import matches, names_secret_file, names_secret_file_path
from modelred_lint.keyscan import name_words
from modelred_lint.lazy import cst
from modelred_lint.names import (
    FORMAT_FIELDS, dotted_name, expression_words, is_string_literal, last_name, literal_value, names_in, subclasses, subscript_literal,
)
from modelred_lint.node_walk import descendants, fields_of


# (interpreter class, node type) -> its expr_<Node> function, or None (see Expressions.expr)
_EXPR_METHODS: dict = {}
_UNKNOWN = object()


class NameAnswers:
    """What a vocabulary says of names, kept: the same names come back at every
    statement of every function interpreted, and each question splits the name into
    words again. (Labels are immutable: one per name serves every reader.)"""

    __slots__ = ("labels", "structures", "derivatives", "descriptions", "mappings", "counts", "pairs", "__weakref__")
    LIMIT = 50_000  # names per table before it starts over (a server lints for days)

    def __init__(self) -> None:
        self.labels: dict = {}
        self.structures: dict = {}
        self.derivatives: dict = {}
        self.descriptions: dict = {}
        self.mappings: dict = {}
        self.counts: dict = {}  # (words that say a count or a model's text)
        self.pairs: dict = {}  # (a key pair's id: how its secret half is written, key-pair-ids)


_NAME_ANSWERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def name_answers(vocab) -> NameAnswers:
    """The answers kept for this vocabulary (one per plan)."""
    try:
        answers = _NAME_ANSWERS.get(vocab)
        if answers is None:
            answers = _NAME_ANSWERS[vocab] = NameAnswers()
        return answers
    except TypeError:  # (a vocabulary that cannot be referred to weakly: answers for this reader only)
        return NameAnswers()


def _asked(table: dict, key, answer):
    """Keep an answer, starting the table over past its limit."""
    if len(table) >= NameAnswers.LIMIT:
        table.clear()
    table[key] = answer
    return answer


@functools.lru_cache(maxsize=8)
def _tails(calls: frozenset) -> frozenset:
    """The last names of the dotted calls among `calls`."""
    return frozenset(c.rsplit(".", 1)[-1] for c in calls if "." in c)


@functools.lru_cache(maxsize=8)
def _instance_methods(calls: frozenset) -> frozenset:
    """The `Class.method` entries among `calls` (a class's name is capitalised), as
    method names: only a call of one of those needs its receiver's binding read."""
    return frozenset(c.rsplit(".", 1)[-1] for c in calls if c.count(".") and c.rsplit(".", 2)[-2][:1].isupper())


@functools.lru_cache(maxsize=None)
def _expression_types() -> frozenset:
    return subclasses(cst.BaseExpression)


def _parts(node: cst.CSTNode):
    for name in fields_of(type(node)):  # (dataclasses.fields() builds its answer on each call)
        value = getattr(node, name)
        if type(value) is tuple or type(value) is list:
            yield from value
        else:
            yield value


def _error_texts(node: cst.Call, args: list) -> frozenset:
    """The SDK errors whose text a call is handed (f"{aid}: {exc}", str(e)), not the
    error objects themselves (a bare name: retry(exc=e), errors.append(e))."""
    return frozenset(l for arg, labels in zip(node.args, args) if type(arg.value) is not cst.Name
                     for l in labels if l.kind is SDK_ERROR)


@functools.lru_cache(maxsize=None)
def _part_types() -> tuple:
    """The parts of a container that are no expressions but hold some."""
    return (cst.Element, cst.DictElement, cst.StarredDictElement, cst.Arg)



def _masked(branch) -> bool:
    """A branch that shows a mask ("***", "<hidden>") or nothing (None)."""
    return isinstance(branch, (cst.SimpleString, cst.ConcatenatedString)) or (
        isinstance(branch, cst.Name) and branch.value == "None"
    )


def _masks_by_key(node) -> bool:
    """A dict comprehension whose value is a literal or the value by a test on the key
    (`k: "***" if k == "x-api-key" else v`, `k: v if k not in SECRET else "<hidden>"`)."""
    value, key = node.value, node.key
    if not isinstance(value, cst.IfExp) or not isinstance(key, cst.Name):
        return False
    if not (_masked(value.body) or _masked(value.orelse)):
        return False
    return key.value in names_in(value.test)


def _dump_fields(call, keyword: str, constant=None) -> frozenset:
    """The fields a dump leaves out: `exclude={"api_key"}` (a set, list, tuple or dict
    of literal names, or a module constant bound to one: `constant` gives a module-level
    name's value); with keyword="include", those it keeps."""
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == keyword:
            value = arg.value
            if type(value) is cst.Name and constant is not None:
                value = constant(value.value)  # exclude=SECRET_FIELDS
            if type(value) is cst.Call and last_name(value.func) in ("set", "frozenset", "list", "tuple") \
                    and len(value.args) == 1 and value.args[0].keyword is None and not value.args[0].star:
                value = value.args[0].value  # exclude=set(["credentials"])
            if isinstance(value, (cst.Set, cst.List, cst.Tuple)):
                return frozenset(filter(None, (literal_value(e.value) for e in value.elements)))
            if isinstance(value, cst.Dict):
                return frozenset(filter(None, (literal_value(e.key) for e in value.elements if hasattr(e, "key"))))
    return frozenset()


# The attributes of a secret store's answer that hold the secret (Azure's .value, GCP's
# .payload.data, AWS's SecretString is read as a field).
_SECRET_VALUE_ATTRIBUTES = frozenset({"value", "payload", "data", "plaintext", "secret_value",
                                      # AWS: get_secret_value()["SecretString"], SSM's ["Parameter"]["Value"]
                                      "SecretString", "SecretBinary", "Parameter", "Value"})
# Of those, read by subscript, the ones that give a mapping of the secret's fields
# (Vault's ["data"]["data"], SSM's ["Parameter"]): the others give the value itself.
_SECRET_MAPPING_FIELDS = frozenset({"data", "Parameter"})
# Calls that iterate their argument (a mapping gives its keys).
_ITERATING_CALLS = frozenset({"list", "sorted", "set", "tuple", "frozenset", "iter"})
# Calls that give every attribute of an object (vars(self), dataclasses.asdict(self)).
_WHOLE_OBJECT_CALLS = frozenset({"vars", "asdict"})
# traceback's functions that format the exception being handled.
_FORMATTED_TRACEBACKS = frozenset({"format_exc", "format_exception", "format_exception_only"})
# Calls that put their argument into their receiver (a list, a set).
_APPENDERS = frozenset({"append", "extend", "insert", "add", "appendleft"})
# What an expression read a second time must not hold (see rereadable_row): it would
# wait, yield, bind a name or make a function again.
_UNREAD_TWICE = frozenset({"Await", "Yield", "NamedExpr", "Lambda", "ListComp", "SetComp", "DictComp",
                           "GeneratorExp"})


def rereadable_row(node) -> bool:
    """A tuple display whose elements can be read a second time, one by one (names,
    fields, literals, calls): a row of `rows.append((name, key))` or of a list display."""
    return type(node) is cst.Tuple and all(
        type(e) is cst.Element and not any(type(n).__name__ in _UNREAD_TWICE for n in descendants(e.value))
        for e in node.elements)
# Literal containers, by class name (libcst is imported lazily).
DISPLAYS = frozenset({"Dict", "List", "Tuple", "Set"})


# What an OAuth token response's secrets say they came from (its tokens, at their fields).
TOKEN_RESPONSE = "an OAuth token response"
# A %-format's named placeholder, `%(name)s`: its name (linear: one character class).
NAMED_PLACEHOLDER = re.compile(r"%\((\w+)\)")
# What a reference to a secret is called by (a Kubernetes secret's name, a vault path, a
# key's name): lower-case words, digits and separators, no space or punctuation a
# password would hold.
_REFERENCE = re.compile(r"[a-z0-9][a-z0-9_.:/-]*")


def _before_query(node) -> bool:
    """`url.split("?")[0]`, `url.partition("?")[0]`: a URL's part before its query."""
    value = node.value
    if len(node.slice) != 1 or type(node.slice[0].slice) is not cst.Index \
            or type(node.slice[0].slice.value) is not cst.Integer or node.slice[0].slice.value.value != "0":
        return False
    return type(value) is cst.Call and type(value.func) is cst.Attribute \
        and value.func.attr.value in ("split", "partition") and len(value.args) >= 1 \
        and literal_value(value.args[0].value) == "?"


def own_key_read(mapping: str, key: str) -> str:
    """The name `mapping[key]` is kept under in a loop over the mapping's keys (brackets:
    no name of the program's)."""
    return f"{mapping}[{key}]"


def every_field(labels) -> frozenset:
    """What the fields of a value hold, each of them (a key read by a variable that
    takes every key in turn), not the keys (KEYS)."""
    fields = {l.path[0] for l in labels if l.kind in SECRETS and l.path and l.path[0] not in (WHOLE, KEYS)}
    return _fields_of(labels, fields | {None})


def _fields_of(labels, fields) -> frozenset:
    """What any one of these fields of a value holds (field_of, for each)."""
    return frozenset().union(*(field_of(labels, field) for field in fields))


def _url_errors(url) -> list:
    """The errors of a request whose URL and query are made of these labels, as the
    secrets their text holds: its first secret's; and, in a summary, each other parameter
    the URL is made of (requests.get(base_url, params=params), f"{base}/{method}", where a
    caller hands the key in one of them: the caller's argument says which holds a secret)."""
    carried = _first_secret(url)
    if carried is None:
        return []
    return [quoting_error(carried, URL_ERROR),
            *(quoting_error(other, URL_ERROR) for other in _parameter_markers(url, carried.param))]


def _first_secret(labels) -> Optional[Label]:
    """The secret a request or a command carries, the value itself before a field."""
    # (not a field a summarised function reads of its parameter: the caller's argument
    # says what that field holds, and its error is not followed so far)
    found = sorted((l for l in labels if l.kind in SECRETS and reads_of_parameter(l) is None),
                   key=lambda l: (len(l.path), l.what))
    return found[0] if found else None


def _parameter_markers(labels, first) -> list:
    """The markers of the summarised function's parameters among these labels, one a
    parameter (its nearest field first), but the parameter `first`'s."""
    found: dict = {}
    for label in labels:
        if label.kind in SECRETS and label.param is not None and label.param != first \
                and reads_of_parameter(label) is None:
            known = found.get(label.param)
            if known is None or (len(label.path), label.what) < (len(known.path), known.what):
                found[label.param] = label
    return [found[param] for param in sorted(found)]


def _is_last_part(index, method: str) -> bool:
    """Is this index the part after the separator: [-1] of a split, [2] (or [-1]) of a
    partition?"""
    if type(index) is cst.UnaryOperation and type(index.operator) is cst.Minus \
            and type(index.expression) is cst.Integer and index.expression.value == "1":
        return True
    return method.endswith("partition") and type(index) is cst.Integer and index.value == "2"


def _keeps_the_rest(part) -> bool:
    """`x[7:]`, `x[len(prefix):]`, `x[::-1]`: no end, and a start that is not counted
    from the end (`x[-4:]` shows the last four characters only); `x[:-4]`: all but the end."""
    lower, upper = part.lower, part.upper
    if upper is not None:
        if lower is None and type(upper) is cst.Integer and upper.value.isdigit() and int(upper.value) >= 256:
            return True  # x[:1900], a chat's length limit: a cap that long keeps any key whole
        # x[:-4] (+ "****"): all but the last four characters. (A prefix, even x[:20] or a
        # JWT's x[:50], is taken for a mask, as the real-world judgements take it.)
        return lower is None and isinstance(upper, cst.UnaryOperation) and isinstance(upper.operator, cst.Minus)
    return not (isinstance(lower, cst.UnaryOperation) and isinstance(lower.operator, cst.Minus))


class Expressions:
    """Mixed into the Interpreter: reads `self.names`, `self.vocab`, `self.sdk`,
    `self.model`, `self.summaries`; calls the `on_call` hook."""


    def module_value(self, name: str):
        """The expression the module's own top-level assignment binds `name` to, where a
        rule reads the module (FlowRules.module_value); None otherwise."""
        reader = getattr(getattr(self, "rule", None), "module_value", None)
        return reader(name) if reader is not None else None

    def bound_text(self, name: str):
        """The string or f-string the function binds `name` to, where it binds it to
        one only (the module's, where the function does not bind it)."""
        value = self.bound_value(name)
        return value if type(value) in (cst.SimpleString, cst.FormattedString) else None

    def bound_value(self, name: str):
        """The expression the function binds `name` to, by an assignment or as a `with`
        item's target, where it binds it once only (the module's, where the function
        does not bind it); None otherwise."""
        held = getattr(self, "_name_values", None)
        if held is None or held[0] is not self.scope_body:
            # (once per body read: each of its requests asks)
            values: dict = {}
            for n in descendants(self.scope_body) if self.scope_body is not None else ():
                kind = type(n)
                if kind is cst.Assign:
                    for t in n.targets:
                        if type(t.target) is cst.Name:
                            values.setdefault(t.target.value, []).append(n.value)
                elif kind is cst.WithItem and n.asname is not None and type(n.asname.name) is cst.Name:
                    values.setdefault(n.asname.name.value, []).append(n.item)
            held = self._name_values = (self.scope_body, values)
        bound = held[1].get(name, [])
        if not bound:
            value = self.module_value(name)
            bound = [value] if value is not None else []
        return bound[0] if len(bound) == 1 else None

    def name_label(self, name: str, shown: str = "") -> Optional[Label]:
        """The label a secret-like name earns by itself, if any (a key pair's id, where the
        module writes the pair's secret half too, none: key-pair-ids)."""
        table = self.answers.labels
        key = (name, shown)
        label = table.get(key, _UNKNOWN)
        if label is _UNKNOWN:
            label = _asked(table, key, self._name_label(name, shown))
        if label is not None and self._pairs_secret_written(name):
            return None
        return label

    def _pairs_secret_written(self, name: str) -> bool:
        """Is `name` a key pair's id (access_key) in a module whose text writes the pair's
        secret half (secret_key)? The spellings kept per name, the answer per module (the
        rule's text_writes_any)."""
        table = self.answers.pairs
        spellings = table.get(name)
        if spellings is None:
            spellings = _asked(table, name, self.vocab.pair_secret_spellings(name))
        if not spellings:
            return False
        writes = getattr(getattr(self, "rule", None), "text_writes_any", None)
        return writes is not None and writes(spellings)

    def _name_label(self, name: str, shown: str) -> Optional[Label]:
        if self.vocab.is_secret_name(name, strict=True):
            return Label(SECRET, f"`{shown or name}`", named=True)
        if self.vocab.is_secret_name(name):
            return Label(MAYBE_SECRET, f"`{shown or name}`", named=True)
        if "." in shown and name.isupper() and self.vocab.names_secrets(name):
            # cfg.OPENAI_API_KEYS, form.OPENAI_API_KEYS: a setting named as its environment
            # variable is, the list of keys (not `api_keys`, often a mapping's names; nor a
            # module's REQUIRED_API_KEYS, most often a tuple of variables' names)
            return Label(SECRET, f"`{shown or name}`", named=True)
        return None

    def reference_arguments(self) -> frozenset:
        """The names the interpreted body hands to a lookup as what a secret is found by,
        not as the secret (see `reference_arguments` below), and the instance's attributes
        any method of the enclosing class hands to one (self.config.secret looked up in
        get_secret(), shown in load())."""
        found = getattr(self, "_reference_arguments", None)
        if found is None:
            body = getattr(self, "scope_body", None)
            rule = getattr(self, "rule", None)
            read = getattr(rule, "references", None) or (
                lambda node: reference_arguments(node, self.model, self.names, None))
            found = read(body) if body is not None else frozenset()
            classes = getattr(rule, "class_nodes", None)
            if classes:
                found = found | {n for n in read(classes[-1].body) if n.startswith("self.")}
            self._reference_arguments = found = frozenset(found)
        return found

    def field_label(self, field: str) -> Optional[Label]:
        """The label a field read by its name earns: its name's, or, for a field named as
        an environment variable is (env.get("AIRTABLE_PAT") of a .env file's values), the
        one the environment's own read of it would (a key's name); a custom header that
        carries a key (X-Dashboard-Key) holds one."""
        label = self.name_label(field)
        if label is not None and getattr(self, "text_tokens", False) and self.vocab.names_a_bare_token(field):
            label = None  # params.get("token") in a progress handler, a parser's method: a word, a report's id
        if (label is None or label.kind is MAYBE_SECRET) and (
                (field.isupper() and self.vocab.names_a_key_variable(field)) or self.vocab.names_a_key_header(field)):
            # (and headers.get("X-Dashboard-Key"): a header that carries a key, read)
            label = Label(SECRET, f"`{field}`", named=True)
        return label

    def structure_label(self, name: str, shown: str = "") -> Optional[Label]:
        """The label of a structure that by convention holds a secret at a field
        (litellm_params: api_key; secret-structure-names in rules/shared/secrets.yaml)."""
        table = self.answers.structures
        key = (name, shown)
        label = table.get(key, _UNKNOWN)
        if label is not _UNKNOWN:
            return label
        field = self.vocab.secret_structure_field(name)
        label = None if field is None else Label(SECRET, f"`{shown or name}`", path=(field,), named=True)
        return _asked(table, key, label)

    def _module_mapping(self, key: str) -> bool:
        """Could `key` be a mapping of the module's own whose secret fields the module
        reads somewhere (FlowRules.mapping_fields)? A name the module binds (`settings`,
        `azure = cfg["azure"]`), or a dotted one whose last part says it is a mapping,
        rooted at a module's name (`current_app.config`); an instance's `self.cfg`; not cls's."""
        if "." not in key:
            return key in self.names.scopes[0]
        root = key.split(".", 1)[0]
        if root == "self":
            return key.count(".") == 1  # self.cfg, one instance's (mapping_secret_fields)
        return root != "cls" and (root in self.names.scopes[0] or root in self.names.aliases) \
            and self.names_a_mapping(key.rsplit(".", 1)[-1])

    def names_a_derivative(self, name: str) -> bool:
        """The vocabulary's names_a_derivative, kept (see NameAnswers)."""
        table = self.answers.derivatives
        known = table.get(name)
        return known if known is not None else _asked(table, name, self.vocab.names_a_derivative(name))

    def names_a_description(self, name: str) -> bool:
        """The vocabulary's names_a_description, kept."""
        table = self.answers.descriptions
        known = table.get(name)
        return known if known is not None else _asked(table, name, self.vocab.names_a_description(name))

    def names_a_mapping(self, name: str) -> bool:
        """The vocabulary's names_a_mapping, kept."""
        table = self.answers.mappings
        known = table.get(name)
        return known if known is not None else _asked(table, name, self.vocab.names_a_mapping(name))

    def _says_not_secret(self, source: str, called: bool = False) -> bool:
        """Does a dotted name carry a word that says it holds no secret (a count, a
        model's text: usage.total_tokens, tokenizer.decode)? Of a call, a verb that reads a
        value says nothing of it (Pulumi's `config.require("openaiApiKey")` returns the
        key, where a setting named `require_api_key` is a switch)."""
        table = self.answers.counts
        known = table.get((source, called))
        if known is None:
            words = name_words(source)
            if called:
                words = [w for w in words if w not in self.vocab.reading_verbs]
            known = _asked(table, (source, called), bool(self.vocab.not_secret_modifiers.intersection(words)))
        return known

    def known_clean(self, value: cst.BaseExpression) -> bool:
        """A value we can see is not a secret: a literal, a verdict, a redaction, a path."""
        if isinstance(value, (cst.SimpleString, cst.ConcatenatedString, cst.FormattedString, cst.Integer, cst.Float,
                              cst.Comparison, cst.UnaryOperation, cst.Lambda)):
            return True
        if type(value) is cst.IfExp:
            # {"OPENAI_API_KEY": "<set>" if os.environ.get(...) else "<not set>"}: either is clean
            return self.known_clean(value.body) and self.known_clean(value.orelse)
        if type(value) is cst.Name:
            # (and a name bound to a literal that is no key: AUTH = "Bearer {{ var.value.k }}",
            # a template; a literal key bound to it is a source by itself)
            return value.value in ("None", "True", "False") or (
                self._plain_text(self.constant_string(value)) and not self._rebound_global(value.value))
        if type(value) is cst.Call:
            name = last_name(value.func)
            # (a path: Path(os.environ["APP_CREDENTIALS"]).expanduser() names a file)
            return matches(name, self.model.redactors) or self.model.sanitizes(name) or name in self.model.path_calls \
                or self._made_of_plain_literals(value) or self.calls_one_of(value.func, name, self.model.masked_url_calls)
        return False

    def _plain_text(self, text) -> bool:
        """A text no key rule takes for a secret (not a key, not a secret's value)."""
        return isinstance(text, str) and not self.vocab.holds_secret_key(text) and not self.vocab.is_secret_value(text)

    def _rebound_to_value(self, name: str) -> bool:
        """Does a function of the module declare `global name` and bind it to something
        other than a literal (known only with the rule)?"""
        rule = getattr(self, "rule", None)
        return rule is not None and hasattr(rule, "rebound_globals") and name in rule.rebound_globals()

    def _rebound_global(self, name: str) -> bool:
        """Does a function of the module declare `global name` (API_TOKEN = "unset", set
        from the environment by init())?"""
        rule = getattr(self, "rule", None)
        return rule is None or not hasattr(rule, "declared_globals") or name in rule.declared_globals()

    def _bound_to_plain_object(self, name: cst.Name, attr: str) -> bool:
        """ref.secret of ref = Secret(secret="modelred-creds"): the attribute its maker was
        handed, a literal in view (not one it was not handed: OpenAI(...).api_key may be
        read from the environment)."""
        binding = self.names.binding_of(name)
        # (not one handed None: a keyword left to its default, OpenAI(api_key=None), reads the environment)
        return binding.kind == "call" and type(binding.node) is cst.Call and self._made_of_plain_literals(binding.node) \
            and any(arg.keyword.value == attr and not (type(arg.value) is cst.Name and arg.value.value == "None")
                    for arg in binding.node.args)

    def _made_of_plain_literals(self, call: cst.Call) -> bool:
        """Secret(deploy_target="MODELRED_API_KEY", secret="modelred-creds", key="api-key"):
        an object a class makes of keywords bound to literals we can see, none a secret by
        the key rules' own tests, holds none (a reference to a secret, by its name). Not a
        call without them, which may read its values from anywhere (Settings()), nor a
        value handed by position (SecretStr("..."), fetch_key("prod"))."""
        if not call.args or not (last_name(call.func) or "")[:1].isupper():
            return False
        for arg in call.args:
            if arg.star or arg.keyword is None:
                return False
            value = arg.value
            if type(value) in (cst.Integer, cst.Float) or (type(value) is cst.Name and value.value in ("None", "True", "False")):
                continue
            text = literal_value(value) if type(value) in (cst.SimpleString, cst.ConcatenatedString) else None
            if not self._plain_text(text) or (
                    self.vocab.is_secret_name(arg.keyword.value, strict=True) and not _REFERENCE.fullmatch(text)):
                return False  # (password="Summer2024!": a secret's value, not a reference's name)
        return True

    def held_under_secret_name(self, value, labels) -> bool:
        """Does a value stored under a secret's name (headers["Authorization"] = ...,
        {"x-api-key": ...}) take that name's word? Unless we can see it is clean; an
        f-string built from something secret-like (f"Bearer {token}") is the secret."""
        if isinstance(value, cst.FormattedString):
            return any(l.kind in SECRETS for l in labels) or self._scheme_and_credential(value)
        return not self.known_clean(value)

    def _scheme_and_credential(self, value: cst.FormattedString) -> bool:
        """f"Bearer {os.environ['LLM_GATEWAY_KEY']}": an authorization scheme, then one
        value read from where we cannot see (a mapping, a call, an attribute): the scheme
        says it is the credential, whatever it was read under."""
        parts = value.parts
        if len(parts) != 2 or type(parts[0]) is not cst.FormattedStringText \
                or type(parts[1]) is not cst.FormattedStringExpression:
            return False
        # (not a plain name: what it was bound to is in view, a preview of the token too)
        expression = parts[1].expression
        return parts[0].value.strip() in self.vocab.auth_schemes and parts[0].value.endswith(" ") \
            and type(expression) is not cst.Name and self.opaque(expression)

    def opaque(self, value: cst.BaseExpression) -> bool:
        """A value whose content the analysis cannot see (a call it does not model, a
        name or a field it knows nothing of): a secret-named target holding it is taken
        at its name's word. What is built in view (a slice, an f-string, arithmetic, a
        literal) is judged by its parts."""
        while type(value) is cst.Await:
            value = value.expression
        field = self.field_read(value)
        if field is not None and self.names_a_derivative(field[1]):
            return False  # metadata["user_api_key_hash"]: the field's name says what it holds
        source = dotted_name(
            value.func if type(value) is cst.Call else value.value if type(value) is cst.Subscript else value
        ) or ""
        if source and self._says_not_secret(source, type(value) is cst.Call):
            return False  # usage.total_tokens, tokenizer.decode(...): a count, a model's text
        if type(value) is cst.Subscript:
            return not any(type(element.slice) is cst.Slice for element in value.slice)
        if type(value) is cst.Call:
            return not self.known_clean(value)
        if type(value) is cst.Name:
            return value.value not in ("None", "True", "False")
        if type(value) is cst.IfExp:
            # ("admin.apikey" if legacy else "owner.apikey": two literals in view; the
            # test is no part of the value)
            return self.opaque(value.body) or self.opaque(value.orelse)
        if type(value) is cst.BooleanOperation:
            return self.opaque(value.left) or self.opaque(value.right)
        return type(value) is cst.Attribute

    def field_read(self, value) -> Optional[tuple[cst.BaseExpression, str]]:
        """`x["f"]`, `x.get("f")`, `x.get("f", default)`, `x.f`: the structure read and
        the field's name."""
        if type(value) is cst.Subscript:
            field = self._subscript_key(value)
            return (value.value, field) if field is not None else None
        if type(value) is cst.Call and type(value.func) is cst.Attribute and value.func.attr.value == "get" \
                and 1 <= len(value.args) <= 2 and value.args[0].keyword is None:
            field = self.field_key(value.args[0].value) or self.constant_string(value.args[0].value)
            return (value.func.value, field) if field is not None else None
        if type(value) is cst.Attribute:
            return value.value, value.attr.value
        return None

    def expr(self, node: Optional[cst.BaseExpression], env: Env) -> frozenset:
        if node is None:
            return EMPTY
        # The method for this interpreter class and node type, looked up once: a miss of
        # getattr() walks the whole MRO and raises inside, on every expression.
        key = (type(self), type(node))
        method = _EXPR_METHODS.get(key, _UNKNOWN)
        if method is _UNKNOWN:
            method = _EXPR_METHODS[key] = getattr(type(self), f"expr_{type(node).__name__}", None)
        if method is not None:
            return method(self, node, env)
        # Containers and everything else: what their parts hold. (Fields are read
        # directly: LibCST's `children` rebuilds the node to list them.)
        labels: frozenset = EMPTY
        expression_types = _expression_types()
        for child in _parts(node):
            if type(child) in expression_types:
                labels |= self.expr(child, env)
            elif type(child) in _part_types():
                labels |= self.expr_part(child, env)
        return labels

    def expr_BooleanOperation(self, node: cst.BooleanOperation, env: Env) -> frozenset:
        """`a or b`: either; `a and b`: `a` only where it is falsy (None, "", {}: no secret
        in it), else `b` (`auth and auth["user"]` shows the user, not the mapping)."""
        left, right = self.expr(node.left, env), self.expr(node.right, env)
        if type(node.operator) is cst.And:
            left = frozenset(l for l in left if l.kind not in SECRETS)
        return left | right

    def expr_BinaryOperation(self, node, env: Env) -> frozenset:
        """`"model=%(model)s" % cfg`: the named fields of the mapping, not the mapping;
        any other operation holds what both sides hold."""
        left, right = self.expr(node.left, env), self.expr(node.right, env)
        if type(node.operator) is cst.Add and type(node.left) is cst.SimpleString:
            right = right | self._after_token_url(literal_value(node.left), node.right)  # "…/bot" + token
        if type(node.operator) is cst.Modulo and type(node.left) is cst.SimpleString:
            text = literal_value(node.left)
            fields = NAMED_PLACEHOLDER.findall(text) if isinstance(text, str) else []
            if fields:
                return left | frozenset().union(*(field_of(right, f) for f in fields))
        return left | right

    def expr_StarredElement(self, node, env: Env) -> frozenset:
        """`[*metadata]` unpacks what iterating gives: a mapping's keys, not its values
        (as `for k in metadata`)."""
        labels = self.expr(node.value, env)
        mapping = self.names_a_mapping(dotted_name(node.value) or "")
        return frozenset(l for l in labels if not l.path and not (mapping and l.kind in SECRETS))

    def expr_part(self, part, env: Env) -> frozenset:
        if isinstance(part, cst.DictElement):
            return self.expr(part.key, env) | self.expr(part.value, env)
        return self.expr(part.value, env)

    def expr_SimpleString(self, node, env: Env) -> frozenset:
        return EMPTY

    def expr_Integer(self, node, env: Env) -> frozenset:
        return EMPTY

    def expr_Lambda(self, node, env: Env) -> frozenset:
        return EMPTY

    def expr_Comparison(self, node: cst.Comparison, env: Env) -> frozenset:
        self.expr(node.left, env)
        for comparison in node.comparisons:
            self.expr(comparison.comparator, env)
        return EMPTY  # a verdict, not the value

    def expr_UnaryOperation(self, node: cst.UnaryOperation, env: Env) -> frozenset:
        labels = self.expr(node.expression, env)
        return EMPTY if isinstance(node.operator, cst.Not) else labels

    def expr_Name(self, node: cst.Name, env: Env) -> frozenset:
        labels = env.get(node.value)
        if node.value == "self":
            # printed whole, `self` shows what its class's own __repr__ shows
            rule = getattr(self, "rule", None)
            shown = getattr(rule, "shown_attributes", None)
            shown = shown() if shown is not None else ()
            # (and those it shows whatever their names, where this method's `self.x` holds
            # a secret of the instance's own: self.key = key or os.environ[TOKEN_ENV])
            formatted = getattr(rule, "formatted_attributes", None)
            stored = getattr(self, "class_attributes", None) or {}  # (set by another method)
            own = frozenset(
                attr for attr in (formatted() if formatted is not None else ()) if attr not in shown and any(
                    l.kind is SECRET and l.param is None
                    for l in (env.get(f"self.{attr}") or stored.get(f"self.{attr}") or EMPTY)))
            if shown or own:
                return (labels or EMPTY) | frozenset(
                    Label(SECRET, f"`self.{attr}`", path=(attr,)) for attr in (*shown, *sorted(own)))
        else:
            # an instance of the module's class printed whole: what its __repr__ shows
            instance_shown = getattr(getattr(self, "rule", None), "instance_shown", None)
            shown = instance_shown(node.value) if instance_shown is not None else EMPTY
            if shown:
                return (labels if labels is not None else self.implicit(node.value, node)) | shown
        if labels is not None:
            return labels
        return self.implicit(node.value, node)

    def drop_field(self, base: Optional[str], key: str, env: Env) -> None:
        """info.pop("api_key"), del info["api_key"]: the structure no longer holds that
        field (nor what a parameter's marker said was read of it)."""
        held = env.get(base) if base else None
        if held:
            env.put(base, frozenset(
                l for l in held if not (l.path and l.path[0] == key) and reads_of_parameter(l) is None))

    def implicit(self, key: str, node) -> frozenset:
        """Labels of a name this function never bound: a secret by its name, a web
        request object, a client by its binding in the module."""
        name = key.rsplit(".", 1)[-1]
        if key in self.summaries:
            return EMPTY  # a function of this module
        if key in self.model.request_names:
            return frozenset({Label(UNTRUSTED, "request data")})
        if key in self.model.untrusted_attributes:
            return frozenset({Label(UNTRUSTED, key)})
        labels = set()
        if self.typed_clean(key):
            return EMPTY  # settings.require_api_key of `settings = Settings()`: a bool
        label = self.name_label(name, key)
        if label is not None and getattr(self, "text_tokens", False) and self.vocab.names_a_bare_token(name):
            label = None  # self.main_token of a parser: a word of the text it parses (a use as a key still counts)
        if (label is None or label.kind is MAYBE_SECRET) and key in getattr(self, "secret_uses", ()):
            # headers={"api-key": ctx.embed_key} (secret_uses.py), and a module's name some
            # function uses so (FlowRules.global_uses)
            label = Label(SECRET, f"`{key}`", named=True)
        if label is not None and self.is_constant(key, node):
            label = None  # (asked only of a secret-like name: most names are none)
        if label is not None and key in self.reference_arguments():
            label = None  # from_service_account_file(self.service_account_key): a path; get_secret(secret_key): a name
        node_kind = type(node)
        if label is not None and node_kind is cst.Name and self.names.lookup(key).kind == "call":
            # REDIS_PASSWORD = os.environ.get(...) at module level: a source the module's
            # helpers hand on to their callers (redis_url() returns it in the DSN)
            label = Label(label.kind, label.what)
        if label is not None and label.kind is MAYBE_SECRET and "." in key and key.split(".", 1)[0] not in ("self", "cls") \
                and not self.vocab.names_a_credential_holder(key.rsplit(".", 2)[-2]) \
                and not self.vocab.names_an_ambiguous_key(name):
            # row.token, chunk.token: another object's field with an ambiguous word for
            # a name (a stored hash, a language model's token) is not taken for a
            # credential; the object's own self.token is, and so is another's field
            # named like a key the message may call one (req.provider_key).
            label = None
        if label is not None:
            labels.add(label)
        structure = self.structure_label(name, key)
        if structure is not None:
            labels.add(structure)
        rule = getattr(self, "rule", None)
        if name == "headers" and "." in key and hasattr(rule, "client_key_headers") \
                and not self.model.http_client_words.isdisjoint(name_words(key.rsplit(".", 2)[-2])):
            # session.headers, self.client.headers: a client of the module's, which sets a
            # credential header on its clients somewhere (client_headers.py)
            labels.update(Label(SECRET, f"`{key}`", path=(header,)) for header in sorted(rule.client_key_headers())[:1])
        if hasattr(rule, "mapping_fields") and (key == "os.environ" or self._module_mapping(key)):
            # settings whose MODELRED_API_KEY the module reads somewhere: shown whole,
            # settings.as_dict() shows it. (Not the environment whatever the module reads:
            # os.environ handed to a helper that reads one variable is no leak.)
            # (An instance of the module's own class says which fields hold no plain
            # secret: settings = Settings() with a SecretStr field prints it as stars.)
            known = rule.receiver_class(key) if key != "os.environ" and hasattr(rule, "receiver_class") else None
            clean = rule.clean_fields.get(known, ()) if known is not None else ()
            labels.update(Label(SECRET, f"`{key}`", path=field if isinstance(field, tuple) else (field,))
                          for field in rule.mapping_fields(key) if field not in clean)
        if "." not in key and (label is None or label.kind is MAYBE_SECRET) and hasattr(rule, "module_value"):
            env = self.env_read(self.module_value(key))
            if env is not None:
                labels.add(env)  # EXPECTED = os.environ["INTERNAL_API_TOKEN"] at module level
        literal = self.module_key_literal(node) if node_kind is cst.Name else None
        if literal is not None:
            labels.add(literal)
        attributes = getattr(self, "class_attributes", None)
        if attributes:  # self.headers, set by another method of the class
            kept = attributes.get(key if not key.startswith("cls.") else "self" + key[3:])
            if kept:  # (a classmethod's cls._keys: the class's attribute, kept as self._keys)
                labels |= kept
        if (node_kind is cst.Name or node_kind is cst.Attribute) and self.names.is_client(node):
            labels.add(Label(CLIENT, key))
        return frozenset(labels) if labels else EMPTY

    def typed_clean(self, key: str) -> bool:
        """`x.f` where x is bound at module level to an instance of one of the module's
        classes whose field f is a bool, a number or a SecretStr."""
        base, _, attr = key.rpartition(".")
        if base and "." not in base and self.model.secret_hiding_modules and self.vocab.is_secret_name(attr):
            # llm = ChatOpenAI(api_key=key); llm.openai_api_key: a SecretStr
            if base in getattr(self, "hiding_instances", ()):
                return True
            binding = self.names.lookup(base)
            if binding.kind == "call" and isinstance(binding.node, cst.Call) and self.hides_secrets(binding.node):
                return True
        rule = getattr(self, "rule", None)
        classes = getattr(rule, "clean_fields", None)
        if not classes or not base or "." in base:
            return False
        if base == "self":  # self.acme_api_key of a class whose field is a SecretStr
            enclosing = getattr(rule, "class_nodes", None)
            return bool(enclosing) and attr in classes.get(enclosing[-1].name.value, ())
        binding = self.names.lookup(base)
        if binding.kind != "call" or not isinstance(binding.node, cst.Call):
            return False
        return attr in classes.get(rule.made_class(binding.node.func) or "", ())

    def hides_secrets(self, call: cst.Call) -> bool:
        """Does this call make an object of a library that keeps its keys as SecretStr
        (secret-hiding-modules: LangChain's chat models and embeddings)?"""
        return (self.names.qualname(call.func) or "").startswith(self.model.secret_hiding_prefixes)

    # -- secrets by name and by binding -----------------------------------------------
    def is_constant(self, key: str, node) -> bool:
        """A name whose value we can see is no secret, whatever it is called: a module
        constant bound to a literal that is not key-like (`ENV_TOKEN_VAR =
        "ACME_IDENTITY_TOKEN"`, `DISABLE_IMPLICIT_TOKEN = False`) or to a path, or an
        upper-case member of a class (`ErrorCode.EXPIRED_TOKEN`)."""
        if isinstance(node, cst.Name):
            binding = self.names.lookup(node.value)
            if self._rebound_to_value(node.value) and not (
                    binding.kind == "constant" and type(binding.node) is cst.Name and binding.node.value in ("True", "False")):
                return False  # API_KEY = None, set from the environment by setup()'s `global API_KEY` (not a flag)
            if binding.kind == "constant":
                return True
            if binding.kind == "literal":
                return self.module_key_literal(node) is None
            if binding.kind == "formatted":
                # GEMINI_SECRET = f"projects/{PROJECT}/secrets/gemini-api-key/versions/latest":
                # a resource's name made of text and names that hold no secret, unless what
                # it spells is a key
                parts = [p.expression for p in binding.node.parts if type(p) is not cst.FormattedStringText]
                return all(self.name_label(p.value) is None and self.module_key_literal(p) is None for p in parts) \
                    and not self.spells_key(node.value, binding.node)
            if binding.kind == "call" and type(binding.node) is cst.Call:
                # PARTNER_SECRET = os.environ.get("PARTNER_SECRET_NAME", "agents/llm"): the
                # variable says it holds the secret's name (or id, or path), not the secret
                # (and a setting read by such a name: app.config.get("SESSION_COOKIE_NAME"))
                call = binding.node
                variable = self.env_variable(call)
                name = self.variable_name(variable) if variable is not None else None
                if name is None and type(call.func) is cst.Attribute and call.func.attr.value == "get" and call.args:
                    name = literal_value(call.args[0].value)
                if isinstance(name, str) and name and self.vocab.names_a_description(name) \
                        and not self.vocab.names_a_configuration(name):
                    return True  # (not FIREBASE_CONFIG: a configuration may hold the secret itself)
            if binding.kind == "unknown" and node.value.isupper() and self._names_a_variable(node.value):
                # SECRET_API_KEY of another module, read here as os.environ.get(SECRET_API_KEY):
                # the name of the variable that holds the key, wherever the module shows it
                return True
            # CREDENTIALS_JSON = Path(...).expanduser(): a file's path (path-calls)
            return binding.kind == "call" and type(binding.node) is cst.Call \
                and last_name(binding.node.func) in self.model.path_calls
        base, _, attr = key.rpartition(".")
        head = base.rsplit(".", 1)[-1]
        class_named = attr[:1].isupper() and not attr.isupper() and "_" not in attr  # ClientSecretCredential
        if not (attr.isupper() or class_named):
            # a lower-case member of a class: an error code's (GatewayErrorCode.invalid_token,
            # by the condition its name says) or an enumeration's (AuthMethods.api_key)
            return head[:1].isupper() and not head.isupper() and (
                self.vocab.says_a_condition(attr) or self.vocab.names_an_enumeration(head))
        if self.vocab.says_a_condition(attr):
            return True  # ERROR_MESSAGES.INVALID_TOKEN, errors.FailedToAcquireToken: a message's name
        member = self.class_member(head, attr) if base == head else None
        if member is not None:
            # A class of this module: what the member is bound to says (API_KEY =
            # os.environ.get(...) holds a key; EXPIRED_TOKEN = "expired_token" does not).
            if isinstance(member, cst.Name):
                return member.value in ("None", "True", "False")
            return isinstance(member, (cst.SimpleString, cst.ConcatenatedString, cst.Integer)) \
                and self.bound_key_literal(attr, member) is None
        # Otherwise a member of a class (an enum's: AzureCredentialType.ClientSecretCredential,
        # ErrorCode.EXPIRED_TOKEN), not a settings object's field (SETTINGS.API_KEY).
        return bool(head[:1].isupper() and (class_named or not head.isupper()))

    def _names_a_variable(self, name: str) -> bool:
        """Does the module read the environment by this name (os.environ.get(NAME),
        os.getenv(NAME), os.environ[NAME], under any import of them)? Then the name holds
        the variable's name. The module's reads, found once per module."""
        rule = getattr(self, "rule", None)
        module = getattr(rule, "_module", None)
        if module is None:
            return False
        found = getattr(rule, "_variable_names", None)
        if found is None or found[0] is not module:
            names = set()
            for node in descendants(module):
                if type(node) is cst.Call or type(node) is cst.Subscript:
                    variable = self.env_variable(node)
                    if type(variable) is cst.Name:
                        names.add(variable.value)
            found = rule._variable_names = (module, frozenset(names))
        return name in found[1]

    def first_text(self, node: cst.Call) -> Optional[str]:
        """The text a call's first positional argument spells (a literal or a module
        constant): the entry a reader is asked for (get_secret("REDIS_HOST")), or None."""
        return self.constant_string(node.args[0].value) if node.args and node.args[0].keyword is None else None

    def class_member(self, cls: str, attr: str) -> Optional[cst.BaseExpression]:
        """The value a class of this module binds a member to in its body, if any."""
        node = getattr(getattr(self, "rule", None), "_classes", {}).get(cls)
        if node is None:
            return None
        for statement in node.body.body:
            if isinstance(statement, cst.SimpleStatementLine):
                for small in statement.body:
                    if isinstance(small, cst.Assign) and any(
                        isinstance(t.target, cst.Name) and t.target.value == attr for t in small.targets
                    ):
                        return small.value
                    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name) \
                            and small.target.value == attr and small.value is not None:
                        return small.value
        return None

    def secret_file_of(self, node, depth: int = 0) -> Optional[str]:
        """The file that holds secrets a path value stands for, if any: a literal naming
        one (secret-file-names), `base / "keys.json"`, Path(...) or open(...) of one, a
        name bound to one in this function or at module level, a name or a function's
        call that says it is one's path (secret-file-path-names: SECRETS_PATH,
        `_find_secrets_file()`), or either branch of a conditional choosing one."""
        kind = type(node)
        if kind is cst.SimpleString or kind is cst.ConcatenatedString:
            text = literal_value(node)
            return text if isinstance(text, str) and names_secret_file(text, self.model.secret_file_names) else None
        if depth > 8:
            return None
        if kind is cst.BinaryOperation and type(node.operator) is cst.Divide:
            return self.secret_file_of(node.right, depth + 1)
        if kind is cst.IfExp:
            # (`_find_secrets_file() if secrets else _find_config_file()`: it may be)
            return self.secret_file_of(node.body, depth + 1) or self.secret_file_of(node.orelse, depth + 1)
        if kind is cst.Name or kind is cst.Attribute or kind is cst.Call:
            named = last_name(node.func if kind is cst.Call else node)
            if named not in self.model.path_calls and names_secret_file_path(named, self.model.secret_file_path_names):
                return f"{named}()" if kind is cst.Call else dotted_name(node) or named
        if kind is cst.Call:
            name = last_name(node.func)
            if name == "open" or name in self.model.path_calls:
                if name == "open" and type(node.func) is cst.Attribute:
                    found = self.secret_file_of(node.func.value, depth + 1)  # SECRETS_PATH.open("rb")
                    if found:
                        return found
                for arg in node.args[:2]:
                    if arg.keyword is None and not arg.star:
                        found = self.secret_file_of(arg.value, depth + 1)
                        if found:
                            return found
            return None
        if kind is cst.Name:
            held = getattr(self, "secret_files", None)
            found = held.get(node.value) if held else None
            if found is None and hasattr(getattr(self, "rule", None), "module_value"):
                bound = self.rule.module_value(node.value)  # ENV_FILE = ".env" at module level
                found = self.secret_file_of(bound, depth + 1) if bound is not None else None
            return found
        return None

    def secret_file_read(self, node: cst.Call, name, func) -> Optional[str]:
        """The file that holds secrets this call reads, if any: a reader's (read_text(),
        json.load(fh)) of a path value that stands for one, or a module function's handed
        one (read_env_file(".env"))."""
        if name in self.model.file_reading_calls:
            if type(func) is cst.Attribute:
                found = self.secret_file_of(func.value)
                if found:
                    return found
            first = node.args[0] if node.args and node.args[0].keyword is None and not node.args[0].star else None
            return self.secret_file_of(first.value) if first is not None else None
        reads = getattr(getattr(self, "rule", None), "reads_file_parameter", None)
        if type(func) is cst.Name and name in self.summaries and reads is not None:
            index = 0
            for arg in node.args:
                if arg.star:
                    break
                if type(arg.value) in (cst.SimpleString, cst.ConcatenatedString) and reads(
                        name, arg.keyword.value if arg.keyword is not None else index):
                    found = self.secret_file_of(arg.value)
                    if found:
                        return found
                index += arg.keyword is None
        return None

    def _imported_here(self, func) -> Optional[str]:
        """The module the function being read imports a called name from, in its own
        body (`from websockets.asyncio.client import connect` in a try: the names pass
        meets such an import only after the analysis of the function has begun)."""
        body = getattr(self, "scope_body", None)
        if type(func) is not cst.Name or body is None:
            return None
        for node in descendants(body):
            if type(node) is cst.ImportFrom and not node.relative and node.module is not None \
                    and not isinstance(node.names, cst.ImportStar):
                for alias in node.names:
                    local = alias.asname.name.value if alias.asname is not None else alias.name.value
                    if local == func.value:
                        return dotted_name(node.module)
        return None

    def bound_key_literal(self, name: str, value) -> Optional[Label]:
        """A string literal bound to a name that is a key: a key format the rules know,
        or a random value bound to a secret's name (as module_key_literal, in view); in
        either branch of a choice between values (`"sk-..." if live else "demo"`)."""
        if type(value) is cst.IfExp:
            return self.bound_key_literal(name, value.body) or self.bound_key_literal(name, value.orelse)
        if type(value) is cst.BooleanOperation:
            return self.bound_key_literal(name, value.left) or self.bound_key_literal(name, value.right)
        if type(value) is not cst.SimpleString:
            return None
        text = literal_value(value)
        if not text:
            return None
        if self.vocab.holds_secret_key(text) or (
            self.vocab.is_secret_name(name) and self.vocab.is_secret_value(text)
        ):
            return Label(SECRET, f"`{name}`")
        return None

    def spells_key(self, name: str, node: cst.FormattedString) -> bool:
        """Does an f-string of text and names spell a key, with what the names are bound
        to where they are literals (a key format the rules know, or a random value under
        a secret's name)?"""
        pieces = []
        for part in node.parts:
            if type(part) is cst.FormattedStringText:
                pieces.append(part.value)
            else:
                bound = self.names.lookup(part.expression.value).node
                value = literal_value(bound) if bound is not None else None
                pieces.append(str(value) if value is not None else "")
        value = "".join(pieces)
        return bool(self.vocab.holds_secret_key(value) or (self.vocab.is_secret_name(name) and self.vocab.is_secret_value(value)))

    def module_key_literal(self, node) -> Optional[Label]:
        """A name bound to a literal that is a key, whatever the name (`clé_api =
        "mr_..."`): a key format the rules know, or a random value bound to a secret name."""
        if not isinstance(node, cst.Name):
            return None
        binding = self.names.lookup(node.value)
        if binding.kind != "literal" or binding.node is None:
            return None
        value = literal_value(binding.node)
        if not value:
            return None
        if self.vocab.holds_secret_key(value) or (
            self.vocab.is_secret_name(node.value) and self.vocab.is_secret_value(value)
        ):
            return Label(SECRET, f"`{node.value}`")
        return None

    def expr_Attribute(self, node: cst.Attribute, env: Env) -> frozenset:
        key = dotted_name(node)
        if key is not None:
            labels = env.get(key)
            if labels is not None:
                return labels
        base = self.expr(node.value, env)
        attr = node.attr.value
        if attr in self.model.safe_error_attributes and any(l.kind is SDK_ERROR for l in base):
            return EMPTY
        if key == "self.__dict__":
            return self.own_secret_fields() | self.expr(node.value, env)
        if key is not None and self.typed_clean(key):
            return EMPTY  # settings.modelred_api_key of a SecretStr field, whatever settings holds
        out = set(field_of(base, attr))
        if attr not in self.model.key_checking_attributes and any(l.kind is KEY_CLIENT for l in out):
            # app.bot is the application's bot; app.bot._request[0] is not a client that
            # checks the key (key-checking-attributes)
            out = {l for l in out if l.kind is not KEY_CLIENT}
        keyed = self.keyed_responses.get(key.rpartition(".")[0]) if attr in ("url", "request") and key is not None else None
        if keyed is not None and keyed.what.startswith(URL_ERROR):
            # resp = requests.get(url, params={"api_key": key}); resp.url: the URL sent,
            # query and all; resp.request, or e.request of the error it raised (caught): the
            # request sent, whose .url is that URL (its other fields are not)
            out.add(dataclasses.replace(keyed, what=RESPONSE_URL + keyed.what[len(URL_ERROR):],
                                        path=() if attr == "url" else ("url",)))
        if attr in _SECRET_VALUE_ATTRIBUTES:
            # get_secret(name).value, access_secret_version(...).payload: the secret itself
            out |= {l for l in base if l.kind is SECRET and not l.path and l.what.endswith("(...)")}
        field = self.model.request_credential_fields.get(attr)
        request = key.rpartition(".")[0] if field is not None and key is not None else ""
        if request and self.names_a_request(request) and request.rpartition(".")[0] not in self.plain_responses and (
            (any(l.kind is UNTRUSTED for l in base) and self.names.imports_any(self.model.web_app_modules))
            or ("." in request and self.names.imports_any(self.model.clear_header_clients))
        ):
            # request.headers of the request a web app was sent: printed whole, the
            # Authorization header its caller sent; resp.request.headers of one that
            # requests sent, which prints it too. (Elsewhere a request is most often one
            # sent with httpx, whose printed headers hide Authorization.)
            out.add(Label(SECRET, f"`{key}`", path=(field,)))
        if self.vocab.is_secret_name(attr) and any(l.kind is SECRET and not l.path for l in base):
            # A credential object's secret field (access = credential.get_token(scope);
            # access.token; credentials.token of google.auth.default()).
            out.add(Label(SECRET, f"`{key or attr}`"))
        elif attr in self.model.secret_value_fields and any(l.kind is SECRET and not l.path and l.named for l in base):
            # secret.key, token.key, credential.key of an object named as a secret: the
            # value it wraps (secret-value-fields)
            out.add(Label(SECRET, f"`{key or attr}`"))
        if key is not None and "." in key and not key.startswith("self."):
            rule = getattr(self, "rule", None)
            if rule is not None and hasattr(rule, "receiver_attribute"):
                base, _, path = key.partition(".")  # exp._session.headers: exp's self._session.headers
                out |= rule.receiver_attribute(base, path)
        if key is not None and type(node.value) is cst.Name and self._bound_to_plain_object(node.value, attr):
            return frozenset(out)  # ref.secret of ref = Secret(secret="modelred-creds"): a literal in view
        if key is not None:
            out |= self.implicit(key, node)
        else:
            label = self.name_label(attr)
            if label is not None:
                out.add(label)
        return frozenset(out)

    def _changed_in_place(self, name: str) -> bool:
        """Does the function change the list `name` in place (cmd.insert(3, token),
        cmd[4] = token, cmd += [...])? Then its elements' places are not the display's."""
        body = getattr(self, "scope_body", None)
        if body is None:
            return True
        for node in descendants(body):
            kind = type(node)
            if kind is cst.Call and type(node.func) is cst.Attribute and type(node.func.value) is cst.Name \
                    and node.func.value.value == name and node.func.attr.value not in ("copy", "index", "count"):
                return True
            if kind in (cst.AssignTarget, cst.AugAssign) and type(node.target) is cst.Subscript \
                    and type(node.target.value) is cst.Name and node.target.value.value == name:
                return True
            if kind is cst.AugAssign and type(node.target) is cst.Name and node.target.value == name:
                return True
        return False

    def _display_slice(self, node: cst.Subscript, labels: frozenset, env: Env) -> Optional[frozenset]:
        """`cmd[3:]` of a name bound to a list or tuple display (no starred element), with
        literal bounds, where the name holds only what the display's elements do (nothing
        appended since): what the elements in that range hold. None otherwise."""
        if type(node.value) is not cst.Name or len(node.slice) != 1 or type(node.slice[0].slice) is not cst.Slice:
            return None
        display = getattr(self, "displays", {}).get(node.value.value)
        part = node.slice[0].slice
        bounds = []
        for bound in (part.lower, part.upper):
            if bound is not None and not (type(bound) is cst.Integer and bound.value.isdigit()):
                return None
            bounds.append(int(bound.value) if bound is not None else None)
        if display is None or part.step is not None or any(type(e) is cst.StarredElement for e in display.elements) \
                or self._changed_in_place(node.value.value):
            return None
        parts = [self.expr(e.value, env) for e in display.elements]
        if frozenset().union(*parts) != labels:
            return None
        return frozenset().union(*parts[bounds[0]:bounds[1]])

    def _secret_free_part(self, node: cst.Subscript) -> bool:
        """`auth.split(" ", 1)[0]`, `header.partition(" ")[0]` of an Authorization header
        (a name that says auth or header; a command line's, its program), and any text's
        first word split off on a space: the scheme ("Bearer"), not the token; the part of
        any secret before its first dash or underscore, the key format's prefix ("xoxb",
        "sk"), where the random part is last; a URL's scheme, before its `://`; and what follows
        a URL's last `@` (`url.split("@")[-1]`, `url.rpartition("@")[2]`): its host, past
        the user and password."""
        value = node.value
        if not (isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute)
                and value.func.attr.value in ("split", "partition", "rsplit", "rpartition")):
            return False
        if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
            return False
        index = node.slice[0].slice.value
        if value.args and literal_value(value.args[0].value) == "@" and _is_last_part(index, value.func.attr.value):
            return True  # broker_url.split("@")[-1]: a URL's host, after its user and password
        if not (isinstance(index, cst.Integer) and index.value == "0") \
                or value.func.attr.value not in ("split", "partition"):
            return False
        if value.args and literal_value(value.args[0].value) in ("-", "_"):
            return True  # SLACK_BOT_TOKEN.split("-", 1)[0]: a key format's type prefix (xoxb, sk)
        if value.args and literal_value(value.args[0].value) == "://":
            return True  # DATABASE_URL.split("://")[0]: a URL's scheme, before its user and password
        if value.func.attr.value == "split" and value.args and literal_value(value.args[0].value) == " ":
            # v.split(" ")[0]: a text's first word, whatever holds it (the auth values of a
            # list: `{v.split(" ")[0] for v in auth_values}`); not .split()[0], which strips
            # a key read from a file or the environment of its white space
            return True
        receiver = value.func.value
        text = dotted_name(receiver) or ""
        if isinstance(receiver, cst.Subscript):  # headers["Authorization"].split(" ")[0]
            text = self._subscript_key(receiver) or ""
        elif isinstance(receiver, cst.Call) and last_name(receiver.func) == "get" and receiver.args:
            text = literal_value(receiver.args[0].value) or ""  # headers.get("Authorization")
        text = text.lower()
        # (header = basic_header(user, password); cmd.split()[0], a command line's program)
        return "auth" in text or "header" in text or "cmd" in text or "command" in text

    def names_a_request(self, key: str) -> bool:
        """`request`, `self.request`, `prepared_request`, `resp.request`: a name whose
        last word is a request's (not `request_id`, `request_body`)."""
        words = name_words(key.rsplit(".", 1)[-1])
        return bool(words) and words[-1] in self.model.request_words

    def expr_Subscript(self, node: cst.Subscript, env: Env) -> frozenset:
        key = self._subscript_key(node)
        variable = self.env_variable(node)
        if variable is not None:
            # os.environ["X"], os.environ[X_VAR] of a module constant naming it
            name = key if key is not None else self.variable_name(variable)
            if name is not None:
                return self.env_var(name)
            held = self.variable_holder_label(variable)
            if held is not None:
                return frozenset({held, Label(UNTRUSTED, "the environment")})
        if type(node.value) is cst.Name and isinstance(key, str) and self._plain_table_entry(node.value.value, key):
            return EMPTY  # ENV_BY_KEY["proxy_token"] of a constant table: the text written there
        labels = self.expr(node.value, env)
        if type(node.value) is cst.Call and len(node.slice) == 1 and type(node.slice[0].slice) is cst.Index \
                and type(node.slice[0].slice.value) is cst.Integer and node.slice[0].slice.value.value.isdigit():
            parts = self.call_parts.get(id(node.value))
            at = int(node.slice[0].slice.value.value)
            if parts is not None and at < len(parts):
                return parts[at]  # trigger.serialize()[1]: that element of the tuple it returns
        if type(node.value) in (cst.Name, cst.Attribute) and len(node.slice) == 1 and type(node.slice[0].slice) is cst.Index \
                and type(node.slice[0].slice.value) is cst.Integer and node.slice[0].slice.value.value.isdigit():
            binding = self.names.binding_of(node.value)
            at = int(node.slice[0].slice.value.value)
            if binding.kind == "tuple" and at < len(binding.node.elements):
                # session.auth[0] of session.auth = (BB_USER, BB_PASS): the user, not the pair
                return self.expr(binding.node.elements[at].value, env)
        if type(node.value) is cst.Name and node.value.value in getattr(self, "record_sequences", ()) \
                and len(node.slice) == 1 and type(node.slice[0].slice) is cst.Index \
                and type(node.slice[0].slice.value) in (cst.Integer, cst.UnaryOperation):
            return labels  # creds[0], creds[-1] of `creds: list[Creds]`: one record, whole
        base = dotted_name(node.value) if key is not None else None
        known = env.get(f"{base}.{key}") if base else None
        if known is not None and not known:
            # `if creds["session_token"] is None: log(... creds["session_token"])`: a test
            # showed this field empty here (see MessageSinks._clean_field)
            return known
        picked = self._display_slice(node, labels, env)
        if picked is not None:
            return picked  # cmd[3:] of cmd = ["sentry-cli", "--auth-token", token, ...]: the elements past it
        for element in node.slice:
            if isinstance(element.slice, cst.Slice):
                # A slice shows part of a value: a prefix or the last few characters are
                # no secret. One that only drops a head keeps the rest of the key
                # (auth[len("Bearer "):], key[3:]), and [::-1] keeps all of it.
                if not _keeps_the_rest(element.slice):
                    labels = frozenset(l for l in labels if l.kind not in SECRETS)
            else:
                self.expr(element.slice.value, env)
        if self._secret_free_part(node):
            labels = frozenset(l for l in labels if l.kind not in SECRETS)
        elif _before_query(node):
            # resp.url.split("?")[0]: the URL without its query, where the secret was
            labels = frozenset(l for l in labels if not l.what.startswith(RESPONSE_URL))
        whole = labels
        named = self._plain_loop_fields(node) if key is None else None
        if key is None and base is None and self._walks_own_keys(node):
            # cfg[k] of `for k in cfg`: each of its fields in turn, the secret ones among them
            # (as a test on k has left them: Interpreter._bind_own_key_reads)
            held = env.get(own_key_read(dotted_name(node.value), node.slice[0].slice.value.value))
            labels = held if held is not None else every_field(labels)
        elif named is not None:
            # cfg[key] of `for key in ALLOWED_TAGS - internal`: one of those fields, none a
            # secret's (not any field: a summary would hand on the caller's whole cfg)
            labels = _fields_of(labels, named)
        else:
            labels = field_of(labels, key)
        if base and isinstance(key, str) and "." not in base and env.get(base) is not None \
                and base not in getattr(self, "dict_displays", ()) and base not in getattr(self, "displays", ()) \
                and not any(l.kind in SECRETS for l in labels):
            # settings["checkr"] of a parameter or a local, where another function reads
            # settings["checkr"]["api_key"]: that section holds the key (FlowRules.section_reads)
            reads = getattr(getattr(self, "rule", None), "section_reads", None)
            options = reads(base).get(key) if reads is not None else None
            if options:
                labels = labels | {Label(SECRET, f"`{base}[{key!r}]`", path=(option,)) for option in sorted(options)}
        if base and isinstance(key, str) and f"{base}.{key}" in getattr(self, "secret_uses", ()):
            # Together(api_key=cfg["together_key"]), {"Authorization": f"Basic {cfg['rest_key']}"}:
            # the function uses that field as a key (secret_uses.py)
            labels = labels | {Label(SECRET, f"`{base}[{key!r}]`", named=True)}
        if key in _SECRET_VALUE_ATTRIBUTES:
            # read_secret_version(...)["data"]["data"]: a mapping of the secret's fields
            # (printed whole, it shows them; ", ".join(data), only their names)
            path = (ANY_FIELD,) if key in _SECRET_MAPPING_FIELDS else ()
            labels = labels | {dataclasses.replace(l, path=path) for l in whole
                               if l.kind is SECRET and l.what.endswith("(...)") and l.path in ((), (ANY_FIELD,))}
        label = self.field_label(key) if isinstance(key, str) and not self._clean_in_display(node.value, key) else None
        if label is not None:
            labels |= {label}
            self.note_secret_field(node.value, key, env)
        structure = self.structure_label(key) if key is not None else None
        if structure is not None:
            labels |= {structure}  # guardrail["litellm_params"]
            self.note_secret_field(node.value, key, env, structure.path)
        return labels

    def _clean_in_display(self, base, key: str) -> bool:
        """Is a secret-named field read of a name bound, in view, to a dict display whose
        value there is seen to be clean (env_vars["OPENAI_API_KEY"] of env_vars =
        {"OPENAI_API_KEY": "<set>" if ... else "<not set>"})? Then the field's name says
        nothing of it (what is stored there later still flows in by the environment)."""
        display = getattr(self, "dict_displays", {}).get(base.value) if type(base) is cst.Name else None
        if display is None or any(type(e) is cst.StarredDictElement for e in display.elements):
            return False
        values = [e.value for e in display.elements if literal_value(e.key) == key]
        return bool(values) and all(self.known_clean(v) for v in values) and self._bound_once(base.value)

    def _plain_table_entry(self, name: str, key: str) -> bool:
        """Is a secret-named field read of a module constant table (its own or one it
        imports: ENV_BY_KEY["proxy_token"] of ENV_BY_KEY = {"proxy_token": "APP_PROXY_TOKEN"})
        a plain text written there? Then it is that text, a variable's name (a constant by
        its capitals, which the function does not bind)."""
        if not name.lstrip("_").isupper():
            return False
        reader = getattr(getattr(self, "rule", None), "table_text", None)
        return reader is not None and self._plain_text(reader(name, key)) and not self._binding_count(name)

    def _binding_count(self, name: str, most: int = 1) -> int:
        """How often the function's body binds the name, counted up to `most` + 1."""
        body = getattr(self, "scope_body", None)
        count = 0
        for node in descendants(body) if body is not None else ():
            kind = type(node)
            if kind in (cst.AssignTarget, cst.AnnAssign, cst.AugAssign, cst.NamedExpr, cst.For, cst.CompFor):
                count += name in names_in(node.target)
            elif kind is cst.AsName:
                count += name in names_in(node.name)
            if count > most:
                break
        return count

    def _bound_once(self, name: str) -> bool:
        """Is the name bound once in the function's body (so that the display last seen is
        the one it holds on every path, not one branch's)?"""
        return self._binding_count(name) == 1

    def note_secret_field(self, base: cst.BaseExpression, field: str, env: Env, within: tuple = ()) -> None:
        """Reading a secret-named field of a structure (`kwargs["api_key"]`,
        `config.get("api_key")`) shows that the structure holds a secret there: printed
        whole, it prints the secret. `within`: where the field holds it, for a field
        that holds a secret by convention (deployment["litellm_params"]: its api_key)."""
        key = dotted_name(base)
        if key is None:
            # conf["modelred"]["api_key"]: conf holds the secret at ("modelred", "api_key")
            outer = self.field_read(base) if type(base) is cst.Subscript or type(base) is cst.Call else None
            if outer is not None and outer[1] is not None:
                self.note_secret_field(outer[0], outer[1], env, (field, *within))
            return
        if key in self.summaries:
            return
        aliased = getattr(self, "field_aliases", {}).get(key) if "." not in key else None
        if aliased and len(aliased) == 1 and not within:
            # llm = cfg["llm"]; llm["api_key"]: cfg holds it at ("llm", "api_key") too
            self.note_secret_field(aliased[0][0], aliased[0][1], env, (field,))
        shown = Label(SECRET, f"`{key}`", path=(field, *within))
        current = env.get(key)
        if current is None:
            current = self.implicit(key, base) if isinstance(base, (cst.Name, cst.Attribute)) else EMPTY
        if shown not in current:
            env.put(key, current | {shown})

    def expr_Dict(self, node: cst.Dict, env: Env) -> frozenset:
        """A dict holds each value at its key: a secret stays at its field. Where every
        value (two or more) holds one, a key chosen at run time reads one too
        (TEAM_KEYS[team] of {"search": os.environ["SEARCH_TEAM_KEY"], ...})."""
        labels: set = set()
        every: Optional[set] = set() if len(node.elements) > 1 else None
        for element in node.elements:
            if isinstance(element, cst.StarredDictElement):
                labels |= self.expr(element.value, env)
                every = None  # (what the unpacked mapping adds need not be a secret)
                continue
            self.expr(element.key, env)
            value = self.expr(element.value, env)
            key = literal_value(element.key)
            if key is None and type(element.key) is cst.Name:
                key = self.constant_string(element.key)  # {KEY_HEADER: key} of KEY_HEADER = "x-api-key"
            if key is None:
                # {name: api_key}, {f"{p}_key": key}: at a field named at run time (printed
                # whole, the dict shows it; a description's name, config = {...}, does not
                # clean it)
                labels |= at_field(value, ANY_FIELD)
                continue
            # {**row, "token": hash_token(token)}: a key written later replaces the field (and
            # a field read of a parameter, {**cfg["llm"], "api_key": "***"}, is no longer
            # that field of the caller's argument: not followed)
            labels = {l for l in labels if not (l.path and l.path[0] == key) and reads_of_parameter(l) is None}
            named = self.name_label(key)
            if named is not None and self.held_under_secret_name(element.value, value) \
                    and not any(l.kind is SECRET and not l.path and l.param is None for l in value):
                # {"api_key": cfg_value}, {"Authorization": header} (where the value is no
                # secret already: a finding names where the secret came from, `api_key`)
                value = value | {named}
            labels |= at_field(value, key)
            if every is not None:
                secret = [l for l in value if l.kind is SECRET and not l.path and l.param is None]  # (not a parameter's)
                every = every.union(secret) if secret else None
        if every:
            labels |= at_field(every, ANY_FIELD)
        return frozenset(labels)

    def _walks_own_keys(self, node) -> bool:
        """`cfg[k]` where `k` walks cfg's own keys (Interpreter.own_keys)."""
        if len(node.slice) != 1 or type(node.slice[0].slice) is not cst.Index:
            return False
        key = node.slice[0].slice.value
        own = getattr(self, "own_keys", None)
        return bool(own) and type(key) is cst.Name and key.value in own and own[key.value] == dotted_name(node.value)

    def _plain_loop_fields(self, node) -> Optional[tuple]:
        """The texts a one-item subscript's key takes (see _plain_loop_texts)."""
        if len(node.slice) != 1 or type(node.slice[0].slice) is not cst.Index:
            return None
        return self._plain_loop_texts(node.slice[0].slice.value)

    def _plain_loop_texts(self, key) -> Optional[tuple]:
        """The texts a key expression takes, where it is a loop variable over a constant's
        strings none of which names a secret (see Interpreter.loop_values), else None."""
        if type(key) is not cst.Name or key.value not in getattr(self, "plain_loops", ()):
            return None
        texts = getattr(self, "loop_values", {}).get(key.value)
        if not texts or not all(isinstance(t, str) for t in texts) or any(self.vocab.is_secret_name(t) for t in texts):
            return None
        return texts

    def _subscript_key(self, node) -> Optional[str]:
        """`x["api_key"]`, `x[API_KEY_FIELD]`, `data[CONF_API_KEY]`: the field a one-item
        subscript reads (see field_key), or None."""
        if len(node.slice) == 1 and type(node.slice[0].slice) is cst.Index:
            return self.field_key(node.slice[0].slice.value)
        return None

    def field_key(self, node) -> Optional[str]:
        """The field a key expression names: a literal, a module constant bound to one
        (API_KEY_FIELD = "api_key"), or a constant from elsewhere by its own name, less a
        first word that says it names a field (Home Assistant's CONF_API_KEY: "api_key").
        None for any other expression (a variable's value is not known)."""
        value = literal_value(node)
        if value is not None:
            return value
        if type(node) is cst.Attribute and type(node.value) is cst.Name and node.value.value == "self":
            # headers.get(self.header_name), where the class binds header_name = "x-api-key"
            classes = getattr(getattr(self, "rule", None), "class_nodes", None)
            member = self.class_member(classes[-1].name.value, node.attr.value) if classes else None
            return literal_value(member) if member is not None else None
        if type(node) is not cst.Name:
            return None
        name = node.value
        if not name.isupper():
            # sec.get(field) of `for field in SECRET_FIELDS`: a secret's field among its texts
            return self._secret_among(getattr(self, "loop_values", {}).get(name, ()))
        value = self.constant_string(node)
        if value is not None:
            return value
        words = name_words(name)
        if len(words) > 1 and words[0] in self.model.field_constant_prefixes:
            words = words[1:]
        return "_".join(words)

    def constant_string(self, node) -> Optional[str]:
        """A literal, or a name bound to one (API_KEY_ENV = "MODELRED_API_KEY")."""
        binding = self.names.binding_of(node)
        return literal_value(binding.node) if binding.kind == "literal" and binding.node is not None else None

    def variable_name(self, node) -> Optional[str]:
        """The environment variable's name an expression gives: a literal, a constant
        bound to one, or a loop variable over a module constant's names (`for provider,
        env_name in PROVIDER_ENV.items(): os.environ.get(env_name)`; a secret's name
        among them, if any)."""
        name = self.constant_string(node)
        if name is None and type(node) is cst.Call and last_name(node.func) == "get" and len(node.args) == 2:
            # os.environ[t.get("key_env", "ANTHROPIC_API_KEY")]: the variable named by default
            name = self.constant_string(node.args[1].value)
        if name is None and type(node) is cst.FormattedString:
            # os.environ[f"{provider.upper()}_API_KEY"]: what its text says, a field for each part;
            # f"MODELRED_KEY_{tenant.upper()}": a secret's variable by its head, one per tenant
            name = "".join(p.value if type(p) is cst.FormattedStringText else "X" for p in node.parts)
            parts = node.parts
            if len(parts) > 1 and type(parts[-1]) is not cst.FormattedStringText \
                    and type(parts[-2]) is cst.FormattedStringText and not self.names_secret_variable(name):
                head = "".join(p.value if type(p) is cst.FormattedStringText else "X" for p in parts[:-1]).rstrip("_-")
                if self.names_secret_variable(head):
                    return head
            return name
        if name is None and type(node) is cst.Name:
            binding = self.names.lookup(node.value)
            if binding.kind == "default":  # os.environ.get(var) of def f(var="OPENAI_API_KEYS")
                name = literal_value(binding.node)
            elif getattr(self, "scope_body", None) is not None:
                # key_var = f"{provider.upper()}_API_KEY"; os.environ[key_var]: what the
                # f-string the function binds it to (once) says; var = spec.get("key_var",
                # "OPENAI_API_KEY"): the variable its default names
                bound = self.bound_value(node.value)
                if type(bound) is cst.FormattedString or (
                        type(bound) is cst.Call and last_name(bound.func) == "get" and len(bound.args) == 2):
                    return self.variable_name(bound)
        if name is None and isinstance(node, cst.Name):
            name = self._secret_among(getattr(self, "loop_values", {}).get(node.value, ()))
        if name is None and getattr(self, "loop_values", None):
            # spec["key_env"], spec.get("key_env") of a loop over a module constant's dicts
            base = field = None
            if type(node) is cst.Subscript and type(node.value) is cst.Name:
                base, field = node.value.value, subscript_literal(node)
            elif type(node) is cst.Attribute and type(node.value) is cst.Name:
                base, field = node.value.value, node.attr.value  # p.value of an Enum's member
            elif type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value == "get" \
                    and type(node.func.value) is cst.Name and node.args:
                base, field = node.func.value.value, literal_value(node.args[0].value)
            if base is not None and isinstance(field, str):
                name = self._secret_among(self.loop_values.get(f"{base}.{field}", ()))
        if name is None:
            # os.environ.get(KEY_ENVS[provider]), os.getenv(KEY_ENVS.get(provider)); a name
            # bound to such an entry is a loop value (see Interpreter.bind)
            name = self.table_entry_name(node)
        return name

    def _secret_among(self, names) -> Optional[str]:
        """The first of these texts that is a strict secret's name (the variables' or the
        fields' a loop variable takes), or None."""
        return next((n for n in names if self.vocab.is_secret_name(n, strict=True)), None)

    def table_entry_name(self, node) -> Optional[str]:
        """`KEY_ENVS[provider]`, `KEY_ENVS.get(provider)`: an entry of a module constant
        that maps keys to variables' names ({"openai": "OPENAI_API_KEY", ...}, every value
        a literal): a strict secret's name among its values, if any."""
        if type(node) is cst.Subscript and type(node.value) is cst.Name:
            table = node.value.value
        elif type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value == "get" \
                and type(node.func.value) is cst.Name and len(node.args) == 1:
            table = node.func.value.value
        else:
            return None
        value = self.module_value(table)
        if type(value) is not cst.Dict or not value.elements:
            return None
        names = [literal_value(e.value) if type(e) is cst.DictElement else None for e in value.elements]
        if any(n is None for n in names):
            return None
        return next((n for n in names if self.vocab.is_secret_name(n, strict=True)), None)

    def env_variable(self, value) -> Optional[cst.BaseExpression]:
        return env_variable(self.names, value, self.model.env_read_calls)

    def env_read(self, value) -> Optional[Label]:
        """The secret an expression reads from the environment by a literal name, if it
        names a secret (a maybe-secret, where it names a key loosely: LEVER_KEY); either
        side of an `or` (`os.getenv("ANTHROPIC_API_KEY") or os.getenv("JUDGE_API_KEY")`,
        `os.getenv("X_API_KEY") or ""`)."""
        if type(value) is cst.BooleanOperation and type(value.operator) is cst.Or:
            return self.env_read(value.left) or self.env_read(value.right)
        if type(value) is cst.Call and last_name(value.func) in self.model.text_calls:
            # json.loads(os.environ["TEAM_KEYS"]), os.environ["KEYS"].split(","): the text read,
            # parsed or split, is still what the variable holds
            # (the text is the receiver of a method, or a function's first argument)
            receiver = self.env_read(value.func.value) if type(value.func) is cst.Attribute else None
            return receiver or (self.env_read(value.args[0].value) if value.args else None)
        variable = self.env_variable(value) if value is not None else None
        name = self.variable_name(variable) if variable is not None else None
        if not name:
            return self.variable_holder_label(variable)
        if self.names_secret_variable(name):
            return Label(SECRET, f"environment variable {name}")
        if self.vocab.names_a_key_variable_loosely(name):
            # DOCS_KEY = os.environ.get("HELPSCOUT_DOCS_KEY", ""): a key where the message says so
            return Label(MAYBE_SECRET, f"environment variable {name}")
        return None

    def variable_holder_label(self, variable) -> Optional[Label]:
        """os.environ[api_key_env], os.getenv(key_name): the variable whose name the code
        keeps under a secret's name (vocab.names_a_secret_variable; after a bare `key`, a
        secret where the message says so). None for any other expression."""
        holder = variable.value if type(variable) is cst.Name else \
            variable.attr.value if type(variable) is cst.Attribute else None
        says = self.vocab.names_a_secret_variable(holder) if holder else None
        if says is None:
            return None
        if type(variable) is cst.Name and (variable.value in getattr(self, "loop_values", {})
                                           or self._bound_to_text(variable.value)):
            # for key_name in ("LOG_LEVEL", "PORT"), key_name = "LOG_LEVEL": the names it
            # takes are in view, and variable_name found no secret's among them
            return None
        return Label(SECRET if says else MAYBE_SECRET, f"the environment variable `{holder}` names")

    def _bound_to_text(self, name: str) -> bool:
        """Is `name` bound to a string literal in the function being read (not in a
        function inside it)?"""
        body = getattr(self, "scope_body", None)
        if body is None:
            return False
        own = (cst.FunctionDef, cst.ClassDef, cst.Lambda)
        for node in descendants(body, enter=lambda n: type(n) not in own):
            if type(node) is cst.Assign and type(node.value) in (cst.SimpleString, cst.ConcatenatedString) \
                    and any(type(t.target) is cst.Name and t.target.value == name for t in node.targets):
                return True
            if type(node) is cst.AnnAssign and type(node.target) is cst.Name and node.target.value == name \
                    and type(node.value) in (cst.SimpleString, cst.ConcatenatedString):
                return True
        return False

    def names_secret_variable(self, name: str) -> bool:
        """An environment variable's name that says it holds a secret (OPENAI_API_KEY,
        GATEWAY_LIVE_KEY), or a list of them (GROQ_API_KEYS)."""
        vocab = self.vocab
        return vocab.is_secret_name(name, strict=True) or vocab.names_a_key_variable(name) or vocab.names_secrets(name)

    def env_var(self, name: str) -> frozenset:
        if self.names_secret_variable(name):
            return frozenset({Label(SECRET, f"environment variable {name}")})
        if self.vocab.names_a_key_variable_loosely(name):
            # LEVER_KEY: a key where the message says so ("lever key: %s"), and input
            return frozenset({Label(MAYBE_SECRET, f"environment variable {name}"),
                              Label(UNTRUSTED, f"environment variable {name}")})
        return frozenset({Label(UNTRUSTED, f"environment variable {name}")})

    def expr_FormattedString(self, node: cst.FormattedString, env: Env) -> frozenset:
        labels: frozenset = EMPTY
        before = ""
        for part in node.parts:
            if isinstance(part, cst.FormattedStringExpression):
                labels |= self.expr(part.expression, env) | self._after_token_url(before, part.expression)
                before = ""
            else:
                before = part.value
        return labels

    def _after_token_url(self, text, value) -> frozenset:
        """f"https://api.telegram.org/bot{session.token}/getMe": the value a literal ending
        in a token URL's prefix is followed by is that API's credential, whatever its name
        (token-url-prefixes)."""
        if not isinstance(text, str) or not text.endswith(self.model.token_url_prefixes):
            return EMPTY
        shown = dotted_name(value)
        return frozenset({Label(SECRET, f"`{shown}` (a bot token, by its place in the API's URL)" if shown
                                else "a bot token (by its place in the API's URL)")})

    def expr_IfExp(self, node: cst.IfExp, env: Env) -> frozenset:
        taken = self.known_branch(node.test) if getattr(self, "known_truth", None) else None
        if taken is not None:  # (a flag parameter the call fixed: see dataflow/flags.py)
            return self.expr(node.body if taken else node.orelse, env)
        self.expr(node.test, env)  # a verdict: only the branches' values flow
        # Each branch is read where its test holds (`{**data, "token": hash(...)} if
        # data.get("token") is not None else data`: the plain `data` holds no token).
        when_true, when_false = env.copy(), env.copy()
        self.refine(node.test, when_true, when_false)
        labels = self.expr(node.body, when_true) | self.expr(node.orelse, when_false)
        if _masked(node.body) != _masked(node.orelse) \
                and self._tests_masking(node.test, node.orelse if _masked(node.body) else node.body):
            # "******" if is_sensitive(name) else value: shown only where it is no secret
            labels = frozenset(l for l in labels if l.kind not in SECRETS)
        return labels

    def _tests_masking(self, test, shown) -> bool:
        """Do the test's own names (not the shown value's: `secret if secret else
        "<unset>"` shows it) say it decides what is sensitive?"""
        said = " ".join(set(names_in(test)) - set(names_in(shown))).lower()
        return any(word in said for word in self.model.masking_test_words)

    def expr_Await(self, node: cst.Await, env: Env) -> frozenset:
        return self.expr(node.expression, env)

    def expr_NamedExpr(self, node: cst.NamedExpr, env: Env) -> frozenset:
        labels = self.expr(node.value, env)
        self.bind(node.target, labels, env, node.value)
        return labels

    def expr_ListComp(self, node, env: Env) -> frozenset:
        return self.comprehension(node, node.elt, env)

    def expr_SetComp(self, node, env: Env) -> frozenset:
        return self.comprehension(node, node.elt, env)

    def expr_GeneratorExp(self, node, env: Env) -> frozenset:
        return self.comprehension(node, node.elt, env)

    def expr_DictComp(self, node, env: Env) -> frozenset:
        inner = env.copy()
        self._comp_for(node.for_in, inner)
        try:
            value = self.expr(node.value, inner)
            key = self.expr(node.key, inner)
        finally:
            self._forget_comp_keys(node.for_in)
        if _masks_by_key(node) or self._drops_secret_keys(node) or self._drops_held_fields(node, env):
            # {k: ("***" if k in SENSITIVE else v) for k, v in headers.items()}: the
            # author masks the values of the keys the test picks (which ones we cannot
            # tell; the idiom is a redaction).
            value = frozenset(l for l in value if l.kind not in SECRETS)
        # The values' secrets at fields named at run time: `{name: ask(name) for ...}`
        # printed whole shows them, `", ".join(d)` only the names.
        kept = frozenset(Label(SECRET, f"the filter that keeps `{field}`", path=(field,))
                     for field in self._kept_secret_fields(node))
        # (secret keys stand at the mapping's KEYS: `{key: tenant ...}.get(presented)` gives
        # a tenant)
        secret_keys = frozenset(l for l in key if l.kind in SECRETS)
        return (key - secret_keys) | at_field(secret_keys, KEYS) | at_field(value, ANY_FIELD) | kept

    def _note_row(self, rows: dict, key: str, name: str, node, env: Env) -> None:
        """out.append((name, key, url)): what each element of the list's rows holds, if
        every row appended is a tuple as long (each element read again: names, fields,
        literals and calls, none that waits, yields or binds); any other append leaves
        the rows unknown (None)."""
        value = node.args[0].value if name == "append" and len(node.args) == 1 and node.args[0].keyword is None \
            and not node.args[0].star else None
        if not rereadable_row(value):
            rows[key] = None
            return
        parts = tuple(self.expr(e.value, env) for e in value.elements)
        held = rows.get(key, ())
        if held is None or (held and len(held) != len(parts)):
            rows[key] = None
        else:
            rows[key] = tuple(a | b for a, b in zip(held, parts)) if held else parts

    def _kept_secret_fields(self, node) -> list:
        """`{k: v for k, v in conf.items() if k in SECRET_FIELDS}`: a filter on the key
        alone that keeps only fields named by literals (or a module constant's), some of
        them a secret's: the mapping made holds those, whatever the one read was known
        to hold."""
        key, comp = node.key, node.for_in
        if not isinstance(key, cst.Name) or len(comp.ifs) != 1 or comp.inner_for_in is not None:
            return []
        # (the value kept must be the mapping's own: `v` of `for k, v in conf.items()`,
        # conf[k], conf.get(k); not bool(v), len(v))
        value, target = node.value, comp.target
        own = (type(value) is cst.Name and type(target) is cst.Tuple and len(target.elements) == 2
               and type(target.elements[1].value) is cst.Name and target.elements[1].value.value == value.value
               and type(target.elements[0].value) is cst.Name and target.elements[0].value.value == key.value) or (
            type(value) is cst.Subscript and self._subscript_key_name(value) == key.value) or (
            type(value) is cst.Call and type(value.func) is cst.Attribute and value.func.attr.value == "get"
            and value.args and type(value.args[0].value) is cst.Name and value.args[0].value.value == key.value)
        if not own:
            return []
        test = comp.ifs[0].test
        if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1
                and isinstance(test.comparisons[0].operator, (cst.In, cst.Equal))
                and isinstance(test.left, cst.Name) and test.left.value == key.value):
            return []
        right = test.comparisons[0].comparator
        named = [literal_value(right)] if isinstance(test.comparisons[0].operator, cst.Equal) else \
            self._listed_texts(right) or []
        out = []
        for field in named:
            if isinstance(field, str) and field:
                label = self.field_label(field)
                if label is not None and label.kind is SECRET:
                    out.append(field)
        return out

    def _listed_texts(self, node) -> Optional[list]:
        """The texts a literal tuple, list or set lists, or a module constant bound to one
        (`k in SECRET_FIELDS`); None for anything else, or where an element is no text."""
        if type(node) is cst.Name:
            node = self.module_value(node.value) or node
        if not isinstance(node, (cst.Tuple, cst.List, cst.Set)):
            return None
        texts = [literal_value(e.value) for e in node.elements]
        return texts if all(isinstance(t, str) for t in texts) else None

    def _drops_secret_keys(self, node) -> bool:
        """`{k: v for k, v in cfg.items() if not k.endswith("_api_key")}`, `... if k not
        in SECRET_FIELDS`: a filter that leaves out the keys named like a secret (a
        negated test on the key alone that names one, by a literal or a collection's
        name)."""
        key, comp = node.key, node.for_in
        if not isinstance(key, cst.Name) or not comp.ifs or comp.inner_for_in is not None:
            return False
        words = self.vocab.message_secret_words
        # (each `if`, and each part of an `and`: every one must hold for a key to be kept)
        tests = [condition.test for condition in comp.ifs]
        for test in tests:
            if type(test) is cst.BooleanOperation and type(test.operator) is cst.And:
                tests += [test.left, test.right]
                continue
            negated = isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not) or (
                isinstance(test, cst.Comparison) and len(test.comparisons) == 1
                and isinstance(test.comparisons[0].operator, (cst.NotIn, cst.NotEqual)))
            read = names_in(test)
            if not negated or key.value not in read:
                continue
            # (and a module constant it tests against that lists a secret's name: `k not in
            # DROP_FIELDS` of DROP_FIELDS = ("api_key", "headers"), in a helper that knows no
            # field the mapping holds; each text judged as a name, not max_tokens for "token")
            listed = self._listed_texts(test.comparisons[0].comparator) if isinstance(test, cst.Comparison) else None
            if listed and any(self.vocab.is_secret_name(text) for text in listed):
                return True
            said = " ".join([*(literal_value(n) or "" for n in descendants(test) if isinstance(n, cst.SimpleString)),
                             *(n for n in read if n != key.value)]).lower()
            if any(word in said for word in (*words, "sensitive", "redact", "private", "hidden")):
                return True
        return False

    def _drops_held_fields(self, node, env: Env) -> bool:
        """`{k: v for k, v in payload.items() if k != "sqlalchemy_uri"}`: a filter on the key
        alone that no field at which the mapping holds a secret passes, read for each such
        field by its name (`k != "uri"`, `k not in FIELDS`, `k == "query"`, `k in (...)`,
        `k.endswith("_URL") or k == "MODEL"`, `"KEY" not in k`; and, or, not): a field not
        named like a secret (a URL with the password in it) is left out by its name too."""
        key, comp = node.key, node.for_in
        if not isinstance(key, cst.Name) or not comp.ifs or comp.inner_for_in is not None \
                or type(comp.iter) is not cst.Call or type(comp.iter.func) is not cst.Attribute \
                or comp.iter.func.attr.value != "items" or comp.iter.args \
                or type(comp.iter.func.value) not in (cst.Name, cst.Attribute):
            return False  # (a mapping by its name: read again here, no call made twice)
        held = [l for l in self.expr(comp.iter.func.value, env) if l.kind in SECRETS]
        # (a field named at run time, ANY_FIELD, may be one kept)
        if not held or not all(l.path and isinstance(l.path[0], str) and l.path[0] is not ANY_FIELD for l in held):
            return False
        return all(any(self._key_passes(c.test, key.value, l.path[0]) is False for c in comp.ifs) for l in held)

    @staticmethod
    def _subscript_key_name(node) -> Optional[str]:
        """The name a one-item subscript is indexed by (`conf[k]`: k), or None."""
        if len(node.slice) == 1 and type(node.slice[0].slice) is cst.Index and type(node.slice[0].slice.value) is cst.Name:
            return node.slice[0].slice.value.value
        return None

    def _key_passes(self, test, key: str, field: str) -> Optional[bool]:
        """Does the key `field` pass this test of the loop's key `key`? None where the
        test reads anything else or in a way not followed here."""
        kind = type(test)
        if kind is cst.UnaryOperation and type(test.operator) is cst.Not:
            inner = self._key_passes(test.expression, key, field)
            return None if inner is None else not inner
        if kind is cst.BooleanOperation:
            left, right = self._key_passes(test.left, key, field), self._key_passes(test.right, key, field)
            if type(test.operator) is cst.And:
                return False if False in (left, right) else None if None in (left, right) else True
            return True if True in (left, right) else None if None in (left, right) else False
        if kind is cst.Comparison and len(test.comparisons) == 1:
            operator, right = type(test.comparisons[0].operator), test.comparisons[0].comparator
            if type(test.left) is cst.Name and test.left.value == key:
                if operator in (cst.Equal, cst.NotEqual):
                    text = literal_value(right)
                    return None if not isinstance(text, str) else (field == text) == (operator is cst.Equal)
                if operator in (cst.In, cst.NotIn):
                    texts = self._listed_texts(right)  # k not in FIELDS, a module constant
                    return None if texts is None else (field in texts) == (operator is cst.In)
            elif type(right) is cst.Name and right.value == key and operator in (cst.In, cst.NotIn):
                text = literal_value(test.left)  # "KEY" not in k
                return None if not isinstance(text, str) else (text in field) == (operator is cst.In)
            return None
        if kind is cst.Call and type(test.func) is cst.Attribute and type(test.func.value) is cst.Name \
                and test.func.value.value == key and test.func.attr.value in ("startswith", "endswith") \
                and len(test.args) == 1:
            value = test.args[0].value
            texts = [literal_value(e.value) for e in value.elements] if type(value) is cst.Tuple else [literal_value(value)]
            if not all(isinstance(t, str) for t in texts):
                return None
            check = field.startswith if test.func.attr.value == "startswith" else field.endswith
            return check(tuple(texts))
        return None

    def comprehension(self, node, elt, env: Env) -> frozenset:
        inner = env.copy()
        self._comp_for(node.for_in, inner)
        try:
            return self.expr(elt, inner)
        finally:
            self._forget_comp_keys(node.for_in)

    def _comp_for(self, comp: cst.CompFor, env: Env) -> None:
        labels = self.expr(comp.iter, env)
        self.bind_iteration(comp.target, comp.iter, labels, env)
        note = getattr(self, "_note_key_fields", None)
        if note is not None:
            # (f"{k}={'***' if 'key' in k else v}" for k, v in cfg.items()): a test on
            # the key narrows the value, as in a for loop's body
            note(comp.target, comp.iter, labels)
        for condition in comp.ifs:
            self.expr(condition.test, env)
        if comp.inner_for_in is not None:
            self._comp_for(comp.inner_for_in, env)

    def _forget_comp_keys(self, comp) -> None:
        """A comprehension's variables are its own: what _comp_for noted of them ends
        with it."""
        fields, pairs = getattr(self, "key_fields", None), getattr(self, "key_pairs", None)
        while comp is not None and fields is not None:
            for name in names_in(comp.target):
                fields.pop(name, None)
                pairs.pop(name, None)
            comp = comp.inner_for_in

    def expr_Call(self, node: cst.Call, env: Env) -> frozenset:
        func = node.func
        func_kind = type(func)  # (by exact type: LibCST's node classes are ABCs, whose isinstance() is slow)
        name = last_name(func)
        qualname = self.names.qualname(func)
        args = [self.expr(arg.value, env) for arg in node.args]
        receiver = self.expr(func.value, env) if func_kind is cst.Attribute else EMPTY
        self.on_call(node, name, receiver, args, env)
        if name in self.model.http_request_methods:
            url = self.request_url_labels(node, name, args)
            errors = _url_errors(url)
            if errors:
                self.keyed_calls[id(node)] = errors[0]
                self.keyed_sent.append(errors[0])
                if not self.status_only_request(node):
                    self.keyed_requests.extend(errors)
        if name in self.model.password_splat_calls and (
                qualname or self._imported_here(func) or "").split(".", 1)[0] not in self.model.not_password_connect_modules:
            for arg in node.args:
                if arg.star == "**":  # MySQLConnection(**config): config holds the password
                    self.note_secret_field(arg.value, "password", env)
        if qualname in self.model.command_calls:
            carried = self.command_secret(node, name, args)
            if carried is not None:
                self.keyed_requests.append(quoting_error(carried, COMMAND_ERROR))
        elif name in _FORMATTED_TRACEBACKS and qualname and qualname.startswith("traceback.") and (
                self.caught_errors or (getattr(self, "caught_texts", None) and self.caught_texts[-1])):
            # traceback.format_exc() in `except ModelRedError`: the error's text and more; in
            # a clause whose error quotes a keyed URL, that text (log.error(format_exc()))
            held = set(self.caught_texts[-1]) if getattr(self, "caught_texts", None) else set()
            if self.caught_errors:
                held.add(Label(SDK_ERROR, self.caught_errors[-1] or f"{qualname}()"))
            return frozenset(held)
        elif name == "json" and func_kind is cst.Attribute and not node.args and (
                self.token_request(func.value) or dotted_name(func.value) in self.token_responses):
            # body = resp.json() of an OAuth token request: the tokens, at their fields
            return frozenset(Label(SECRET, TOKEN_RESPONSE, path=(field,))
                             for field in self.model.token_response_fields)
        elif name == "raise_for_status" and func_kind is cst.Attribute:
            # resp = requests.get(keyed URL) outside the try; resp.raise_for_status() in it
            # (or on the request itself: httpx.get(keyed URL).raise_for_status())
            keyed = self.keyed_response(func.value)
            if keyed is not None:
                self.keyed_requests.append(keyed)
            else:
                # def check(resp): resp.raise_for_status(): its error names the URL of the
                # request the caller made (in a summary, the parameter's marker: the
                # caller's response says whether that URL carried a secret)
                marker = min((l for l in receiver if l.kind is SECRET and not l.path and l.param is not None),
                             key=lambda l: l.param, default=None)
                if marker is not None:
                    self.keyed_requests.append(quoting_error(marker, URL_ERROR))
        if name == "format" and func_kind is cst.Attribute and any(a.star == "**" for a in node.args):
            formatted = self.format_fields(node, args, env)
            if formatted is not None:
                return formatted
        union = frozenset().union(*args) if args else EMPTY
        if qualname in self.model.query_key_clients:
            # build("customsearch", "v1", developerKey=key): a client whose requests carry the key
            carried = self.client_query_key(node, qualname, args)
            if carried is not None:
                return frozenset({dataclasses.replace(carried, kind=QUERY_CLIENT, path=(),
                                                      chained=qualname in self.model.chained_clients)})
        if name == "__init__" and func_kind is cst.Attribute and type(func.value) is cst.Call \
                and type(func.value.func) is cst.Name and func.value.func.value == "super":
            # super().__init__(scrapfly=client): a pydantic model's (or any class's) field
            # set by its keyword, self.scrapfly from then on
            for arg, labels in zip(node.args, args):
                if arg.keyword is not None and labels:
                    env.set(f"self.{arg.keyword.value}", labels)
        if receiver and any(l.kind is QUERY_CLIENT for l in receiver):
            # service.cse().list(q=q).execute(), client.scrape(...): a request whose URL
            # carries the key (and what it returns is a chained client's too: its calls are)
            held = frozenset(l for l in receiver if l.kind is QUERY_CLIENT)
            if not matches(name or "", self.model.quiet_client_calls):  # (bot.infinity_polling() raises none)
                self.keyed_requests.append(quoting_error(min(held, key=lambda l: l.what), URL_ERROR))
            # (reply = bot.send_message(...): the service's answer, not the client)
            return frozenset(l for l in held if l.chained)
        if self.model.key_checking_clients:
            checking = self.key_checking_client(node, qualname, args)
            if checking is not None:
                # Bot(token), Application.builder().token(TOKEN): a client that checks its key
                return frozenset({dataclasses.replace(checking, kind=KEY_CLIENT, path=())})
            if receiver and any(l.kind is KEY_CLIENT for l in receiver):
                # app.initialize(), app.run_polling(): its refusal quotes the key (and what
                # the client's other calls give is the client's: the builder's .build())
                held = frozenset(l for l in receiver if l.kind is KEY_CLIENT)
                if name in self.model.key_checking_calls:
                    self.note_key_check(held)
                return held
        if qualname in self.sdk.clients or self.names.is_client_class(func):
            return frozenset({Label(CLIENT, qualname or "")})
        if any(l.kind is CLIENT for l in receiver) or (func_kind is cst.Attribute and self.names.is_client(func.value)):
            return EMPTY  # what the service answers: neither the caller's input nor its keys
        variable = self.env_variable(node)
        if variable is not None or qualname in ("os.getenv", "os.environ.get"):
            key = self.variable_name(variable) if variable is not None else None
            held = self.variable_holder_label(variable) if variable is not None and not key else None
            if held is not None:
                return frozenset({held, Label(UNTRUSTED, "the environment")})
            return self.env_var(key) if key else frozenset({Label(UNTRUSTED, "the environment")})
        if name in _WHOLE_OBJECT_CALLS and len(node.args) == 1 and isinstance(node.args[0].value, cst.Name) \
                and node.args[0].value.value == "self":
            return self.own_secret_fields() | args[0]  # vars(self), asdict(self): every attribute
        if not node.args and func_kind is cst.Attribute and isinstance(func.value, cst.Name) \
                and func.value.value == "self":
            attributes = getattr(self, "class_attributes", None)
            returned = attributes.get(f"self.{func.attr.value}()") if attributes else None
            if returned:
                return returned  # self._headers(): what the class's method returns
        if name in _ITERATING_CALLS and func_kind is cst.Name and len(args) == 1:
            # list(headers), sorted(secret): what iterating gives, most often a mapping's
            # keys (the fields of a parsed secret, the names of headers)
            return frozenset(l for l in args[0] if l.kind not in SECRETS and l.kind is not CLIENT)
        # (self.get(): the class's own method, summarised below, not a mapping's get)
        own = func_kind is cst.Attribute and type(func.value) is cst.Name and func.value.value == "self" \
            and getattr(self, "rule", None) is not None and self.rule.has_method(name)
        # (and get(name): a function of the module by that name, not a mapping's method)
        own = own or (func_kind is cst.Name and name in self.summaries)
        structure = None if own else self.structure_call(node, name, receiver, args, env)
        if structure is not None:
            return structure
        if func_kind is cst.Attribute and self.sdk.provider_config and self.names.qualname(func.value) in self.sdk.provider_config:
            # ProviderConfig.anthropic(api_key=key, ...): a dict with each keyword at its field (SDK.md)
            return frozenset().union(*(at_field(labels, arg.keyword.value)
                                       for arg, labels in zip(node.args, args) if arg.keyword is not None))
        if func_kind is cst.Attribute and name in _APPENDERS:
            key = dotted_name(func.value)
            if key is not None and key not in self.summaries:
                # parts.append(f"token={token}"): the list holds it now (and its join)
                # (an SDK error's text, f"{aid}: {exc}"; not the error object, errors.append(exc))
                held = frozenset(l for l in union if l.kind in SECRETS) | _error_texts(node, args)
                if any(type(a.value).__name__ in DISPLAYS for a in node.args):
                    held = stored_errors(held, (node, self.top, key))  # rows.append({"error": str(e)})
                if held:
                    env.set(key, (env.get(key) or EMPTY) | flattened(held))
                rows = getattr(self, "appended_parts", None)
                if rows is not None and type(func.value) is cst.Name:
                    self._note_row(rows, func.value.value, name, node, env)
            return EMPTY
        if any(a.keyword is not None and a.keyword.value == "type" and literal_value(a.value) == "password"
               for a in node.args):
            # st.text_input("API key", type="password"): what the user types in is a secret
            return frozenset({Label(SECRET, f"the password input `{name}(...)`")})
        record = self.record_fields(func)
        rule = getattr(self, "rule", None)
        shown = rule.shown_own_secrets(record_name(func)) if hasattr(rule, "shown_own_secrets") else EMPTY
        if name in self.model.namespace_calls and hasattr(rule, "secret_options"):
            declared = rule.secret_options()
            if declared:
                # parser.parse_args(): the namespace holds the secret options the module
                # declares (add_argument("--token")), returned from a helper too
                return frozenset(Label(SECRET, f"the `{dest}` option", path=(dest,)) for dest in declared)
        plain = rule.record_plain_fields.get(record_name(func), ()) \
            if not record and getattr(rule, "record_plain_fields", None) else ()
        if plain and not any(l.kind is SECRET for labels in args for l in labels):
            plain = ()  # (made with no secret: read as any other call)
        made = rule.factory_record(func) if not record and not plain and hasattr(rule, "factory_record") else None
        if made is not None:
            # FuelCardApi.from_env(): the factory fills the record's secret fields; printed
            # whole, it shows them
            made_class, fields = made
            return frozenset(Label(SECRET, f"`{made_class}.{field}`", path=(field,)) for field in fields)
        if record or shown or plain:
            # ProviderConfig(api_key=section["api_key"]): printed, the record shows it
            out = set(shown)  # (and Captioner(): its __repr__ shows the key __init__ read)
            if plain:  # (what else its arguments hold, as any call's: an SDK error's text)
                out.update(l for labels in args for l in labels if l.kind not in SECRETS)
            order = getattr(self.rule, "record_orders", {}).get(record_name(func), ())
            position = 0
            given = set()
            for arg, labels in zip(node.args, args):
                # (a positional argument is the field at its place: ProviderSettings("x", url, key))
                field = arg.keyword.value if arg.keyword is not None else (
                    order[position] if not arg.star and position < len(order) else None)
                position += arg.keyword is None
                given.add(field)
                if field in record and self.held_under_secret_name(arg.value, labels):
                    held = frozenset(l for l in labels if l.kind in SECRETS)
                    if not held or not all(l.path for l in held):
                        # (not a record that holds its secrets at fields of its own:
                        # RouterConfig(mistral=MistralConfig(api_key=k)), whose
                        # cfg.mistral.model_dump(exclude={"api_key"}) shows none)
                        held |= {Label(SECRET, f"`{field}`", named=True)}
                    out |= at_field(held, field)
                elif field in plain:  # LegacyAccount(token=os.environ["PROXY_TOKEN"]): known a secret
                    out |= at_field(frozenset(l for l in labels if l.kind is SECRET), field)
            if any(arg.star == "**" for arg in node.args):
                # GridConfig(**raw): the mapping fills the secret fields not given by name
                for field in record:
                    if field not in given:
                        out |= at_field(frozenset({Label(SECRET, f"`{record_name(func)}.{field}`")}), field)
            defaults = getattr(getattr(self, "rule", None), "env_default_records", None)
            for field in (defaults.get(record_name(func), ()) if defaults else ()):
                if field not in given:
                    # HealthSettings(): a field left to a default that reads the environment
                    out |= at_field(frozenset({Label(SECRET, f"`{record_name(func)}().{field}`")}), field)
            settings = getattr(getattr(self, "rule", None), "settings_records", None)
            for field in (settings.get(record_name(func), ()) if settings else ()):
                # Settings(): a pydantic-settings record reads its fields from the
                # environment, given or not: printed whole, it shows the plain ones
                out |= at_field(frozenset({Label(SECRET, f"`{record_name(func)}().{field}`")}), field)
            return frozenset(out)
        if name in self.model.untrusted_calls:
            return frozenset({Label(UNTRUSTED, f"{name}()")})
        if matches(name, self.model.token_providers) and not node.args:
            # A token provider called with nothing returns the token; called with
            # arguments, it makes a provider (a function, not a secret).
            return frozenset({Label(SECRET, f"{name}()")})
        read = self.secret_file_read(node, name, func) if self.model.secret_file_names else None
        if read is not None:
            # json.loads(Path("keys.json").read_text()), read_env_file(".env"): its entries
            return frozenset({Label(SECRET, f"the entries of `{read}`", path=(ANY_FIELD,))})
        if self.model.secret_mapping_calls and matches(name, self.model.secret_mapping_calls):
            # values = dotenv_values(".env"): its entries, a key among them, at fields
            return frozenset({Label(SECRET, f"{name}(...)", path=(ANY_FIELD,))})
        if self.asks_hidden_input(node):
            return frozenset({Label(SECRET, f"`{name}(...)` (typed in hidden)")})  # click.prompt(..., hide_input=True)
        if self.calls_one_of(func, name, self.model.minting_calls) or (
                func_kind is cst.Attribute and name in self.model.minting_methods):
            return frozenset({Label(SECRET, f"`{dotted_name(func) or name}(...)`")})  # jwt.encode(claims, key)
        if self.calls_one_of(func, name, self.model.token_decoders):
            return frozenset(l for l in union if l.kind is UNTRUSTED)  # claims = jwt.decode(token, key)
        if matches(name, self.model.secret_calls) and not (
                self.vocab.names_a_description(name) and not self.vocab.names_a_configuration(name)):
            # get_secret("REDIS_HOST") reads a store of settings: what it returns is a
            # secret unless the entry's name says otherwise (as for os.environ).
            # (Nor a call whose own name says it gives what describes one:
            # decrypt_flow_path(p) of a base64-encoded path.)
            entry = self.first_text(node)
            if entry and self.vocab.names_a_setting(entry):
                return EMPTY
            if entry and name in self.model.setting_readers and not self.vocab.is_secret_name(entry) \
                    and not self.vocab.names_a_key_variable(entry):
                return EMPTY  # a ROS 2 node's self.get_parameter("model"): a setting, named so
            return frozenset({Label(SECRET, f"{name}(...)")})
        if matches(name, self.model.redactors):
            return EMPTY
        if func_kind is cst.Attribute and name in self.model.validating_methods:
            return EMPTY
        if self.model.sanitizes(name):
            # A sanitised value keeps a secret it is, not a structure's (safe_get_project(
            # litellm_params) returns one field, sanitize(headers) a cleaned copy); unless the
            # module's own sanitiser is seen to give back none of what it is handed
            # (sanitize_token(t): its first characters and "...", for a log line).
            summary = self.summaries.get(name) if func_kind is cst.Name and name else None
            # (not one taking *args or **kwargs, whose summary keeps none of theirs)
            if summary is not None and summary.star is None and summary.kwarg is None \
                    and not any(l.kind is SECRET_PARAM for l in summary.returns):
                return frozenset(l for l in summary.returns if l.kind in SECRETS and l.param is None)
            return frozenset(l for l in union | receiver if l.kind not in (UNTRUSTED, CLIENT) and not l.path)
        # A function of the module by its name; a method of the enclosing class called
        # on `self`, whose parameter 0 is `self` (the call's arguments start at 1).
        summary, skip = None, 0
        if func_kind is cst.Name:
            # (_prompt("Env var name") of `def _prompt(label, secret=False)`, which reads
            # with getpass() only under `if secret:`: summarised for this call's flags)
            for_call = getattr(self.summaries, "for_call", None)
            summary = for_call(name or "", node) if for_call is not None else self.summaries.get(name or "")
        elif func_kind is cst.Attribute and (type(func.value) is cst.Name or (
                type(func.value) is cst.Attribute and type(func.value.value) is cst.Name and func.value.value.value == "self")):
            # (or of a finished class of the module, on an instance of it: cache.token();
            # self.proxy.as_playwright(), an instance kept in an attribute)
            rule = getattr(self, "rule", None)
            receiver_name = dotted_name(func.value)
            summary = rule.receiver_summary(receiver_name, func.attr.value, node) \
                if rule is not None and receiver_name else None
            skip = 1
        if summary is None and (func_kind is cst.Name or (func_kind is cst.Attribute and type(func.value) is cst.Name)):
            # get_credentials() of `from .auth import get_credentials`, KeyStore.get_key(s)
            # of an imported class: what its result holds there (imported_facts.py)
            rule = getattr(self, "rule", None)
            imported_returns = getattr(rule, "imported_returns", None)
            held = EMPTY
            if imported_returns is not None:
                held = imported_returns(name or "") if func_kind is cst.Name else imported_returns(func.value.value, name)
            if held:
                entry = self.first_text(node)
                if entry and self.vocab.names_a_setting(entry):
                    # get_secret_str("COHERE_API_BASE"): the entry's name says it is a
                    # setting (as for the module's own secrets reader, below)
                    return frozenset(l for l in held if l.kind not in SECRETS)
                return held
        if summary is None and func_kind is cst.Attribute and func.attr.value in self.model.credential_getters:
            # self._client_wrapper.get_headers() of a class defined in a module this one
            # imports from: what its result holds there (imported_facts.py)
            rule = getattr(self, "rule", None)
            held = rule.imported_getter(func.attr.value) if rule is not None else EMPTY
            if held:
                return held
        if summary is not None:
            self.keyed_requests.extend(summary.url_errors)  # its requests' errors reach us
            if summary.url_error_params and (func_kind is cst.Name or (
                    func_kind is cst.Attribute and type(func.value) is cst.Name and func.value.value == "self")):
                self._handed_url_errors(node, args, summary, skip)
            out = set(self.called(summary.returns, args, skip))
            if func_kind is cst.Name and not summary.params and not summary.predicate and not summary.never_returns \
                    and self.vocab.names_a_secret_getter(name or ""):
                # pem = _private_key(): its name says what it returns (one that takes
                # arguments, _resolved_secret_value(raw), makes it of them: its summary says)
                out.add(Label(SECRET, f"`{name}()`"))
            entry = self.first_text(node)
            if entry and self.vocab.names_a_setting(entry):
                # vault.get("azure-openai-endpoint") of the module's secrets reader: the
                # entry's name says it is a setting (as for get_secret("REDIS_HOST"))
                out = {l for l in out if not (l.kind in SECRETS and l.param is None)}
            if summary.env_param is not None:
                positional = [a for a in node.args if a.keyword is None and not a.star]
                at = summary.env_param - skip
                variable = self.constant_string(positional[at].value) if 0 <= at < len(positional) else None
                if variable:
                    out |= self.env_var(variable)  # require_env("OPENAI_API_KEY")
            if summary.param_reads:
                # check_provider(path, name, section) reads section["api_key"]: what the
                # caller handed it holds a key there (shown whole later, it shows it)
                positional = [a for a in node.args if a.keyword is None and not a.star]
                for index, field in summary.param_reads:
                    at = index - skip
                    given = positional[at].value if 0 <= at < len(positional) else next(
                        (a.value for a in node.args if a.keyword is not None
                         and a.keyword.value == summary.params[index]), None)
                    if given is not None and type(given) in (cst.Name, cst.Attribute):
                        # (a field, or a path of them: section["llm"]["api_key"])
                        path = field if isinstance(field, tuple) else (field,)
                        self.note_secret_field(given, path[0], env, path[1:])
            if summary.parts is not None:  # headers, payload = build(key): element by element (bind)
                self.call_parts[id(node)] = tuple(self.called(part, args, skip) for part in summary.parts)
            return frozenset(out)
        if matches(name, self.model.validators):
            return EMPTY  # a verdict
        carried = union | receiver
        if len(args) > 1 and name in self.model.text_calls and self.names.qualname(func) is not None:
            # jwt.decode(token, JWT_SECRET), base64.b64encode(x, altchars): a library's
            # function gives a text made of its first argument; the others are keys and
            # options (a method, "{} {}".format(a, b) or text.replace(old, new), keeps all)
            first = next((labels for arg, labels in zip(node.args, args) if arg.keyword is None and not arg.star), EMPTY)
            carried = first | receiver
        if name == "replace" and func_kind is cst.Attribute and node.args and node.args[0].keyword is None \
                and not any(arg.star for arg in node.args):
            # text.replace(api_key, "[REDACTED]"): the text less what is taken out of it
            # (what is put in, text.replace("{key}", api_key), stays)
            carried = receiver | frozenset().union(*args[1:])
        if name == "join" and func_kind is cst.Attribute:
            # ", ".join(config): what iterating gives, a mapping's keys (a list of
            # secrets still joins them)
            carried = receiver | frozenset().union(*(elements(a) for a in args))
        if name not in self.model.text_calls and not self.builds_url(func, name):
            # Any other call's result is something else (a reply, a status, an object):
            # it holds the caller's untrusted input, not the secrets handed to it; and
            # an SDK error's text it was handed (html.Pre(f"Error: {err}"): a page
            # element that shows it), not the error object (self.retry(exc=err)).
            carried = frozenset(l for l in carried if l.kind == UNTRUSTED)
            if not self.answers_caller(func, name):  # (a response: reported as a call)
                carried |= _error_texts(node, args)
        return flattened(l for l in carried if l.kind != CLIENT)

    def _handed_url_errors(self, node: cst.Call, args: list, summary, skip: int) -> None:
        """set_webhook(token, url), whose request's URL is made of the parameter the caller
        hands the token to: that request's errors name the URL, and reach the caller with
        the secret it gave there (in a summary, a parameter's marker: its own callers say)."""
        positional = [(arg, labels) for arg, labels in zip(node.args, args) if arg.keyword is None and not arg.star]
        for index in sorted(summary.url_error_params):
            at = index - skip
            name = summary.params[index]
            given = positional[at] if 0 <= at < len(positional) else next(
                ((arg, labels) for arg, labels in zip(node.args, args)
                 if arg.keyword is not None and arg.keyword.value == name), None)
            if given is None:
                continue
            if given[1]:
                self.keyed_requests.extend(_url_errors(given[1]))
            keyed = self.keyed_response(given[0].value)
            if keyed is not None:
                self.keyed_requests.append(keyed)  # check(resp) of a keyed request's response

    def keyed_response(self, expr) -> Optional[Label]:
        """The quoting label of a response to a request whose URL carries a secret
        (`resp` of resp = requests.get(keyed URL), or the call itself), or None."""
        if type(expr) is cst.Await:
            expr = expr.expression
        if type(expr) is cst.Call:
            return self.keyed_calls.get(id(expr))
        name = dotted_name(expr)
        return self.keyed_responses.get(name) if name else None

    @staticmethod
    def called(returned: frozenset, args: list, skip: int) -> frozenset:
        """What a summary's returns hold at a call site: its own secrets, and what the
        arguments it hands back hold (a parameter's secret marker takes the argument's
        secrets, its untrusted marker the rest)."""
        out = set(l for l in returned if l.kind not in (PARAM, SECRET_PARAM))
        for label in returned:
            at = label.param - skip if label.param is not None else -1
            if label.kind in (PARAM, SECRET_PARAM) and 0 <= at < len(args):
                wanted = (lambda l: l.kind in SECRETS) if label.kind is SECRET_PARAM else (lambda l: l.kind not in SECRETS)
                given = [l for l in args[at] if wanted(l)]
                if label.path[:1] == (WHOLE,):  # return cfg["llm"]: that field of the argument
                    for field in label.path[1:]:
                        given = field_of(given, field)
                else:
                    for field in reversed(label.path):  # (returned at a field: held there)
                        given = at_field(given, field)
                out |= set(given)
        return frozenset(out)

    def plain_request(self, node) -> bool:
        """A request sent by the HTTP module's own function (requests.post(...), not a
        session's, which may carry credentials) with no auth= and headers holding no
        secret in view (literal values only: `headers={"Accept": "application/json"}`, or a
        name bound to such a dict). What it sent, resp.request.headers, holds no credential."""
        if type(node) is not cst.Call or last_name(node.func) not in self.model.http_request_methods:
            return False
        qualname = self.names.qualname(node.func) or ""
        if qualname.split(".", 1)[0] not in self.model.clear_header_clients or qualname.count(".") != 1:
            return False
        for arg in node.args:
            if arg.star or (arg.keyword is not None and arg.keyword.value in ("auth", "cookies")):
                return False
            if arg.keyword is not None and arg.keyword.value == "headers":
                value = self.dict_displays.get(arg.value.value) if type(arg.value) is cst.Name else arg.value
                if type(value) is not cst.Dict or not all(
                        type(e) is cst.DictElement and type(e.value) is cst.SimpleString for e in value.elements):
                    return False  # (only literal values: a name in them may be the key)
        return True

    def token_request(self, node) -> bool:
        """An OAuth token request: a request whose form or JSON body is a dict literal
        with a token request's field (data={"grant_type": "refresh_token", ...}), or a name
        bound to one (data = {...}; requests.post(url, data=data))."""
        fields = self.model.token_request_fields
        node = node.expression if type(node) is cst.Await else node
        if not fields or type(node) is not cst.Call or last_name(node.func) not in self.model.http_request_methods:
            return False
        return any(a.keyword is not None and a.keyword.value in ("data", "json") and (
            (type(a.value) is cst.Dict and self.token_body(a.value))
            or (type(a.value) is cst.Name and a.value.value in self.token_bodies)) for a in node.args)

    def token_body(self, node: cst.Dict) -> bool:
        """A dict literal with a token request's field ({"grant_type": "authorization_code"}),
        or all of an authorization code's exchange ({"code": ..., "redirect_uri": ...})."""
        keys = {literal_value(e.key) for e in node.elements if type(e) is cst.DictElement}
        exchange = self.model.token_exchange_fields
        return not keys.isdisjoint(self.model.token_request_fields) or bool(exchange) and exchange <= keys

    def asks_hidden_input(self, node: cst.Call) -> bool:
        """A prompt for input typed in hidden (click.prompt(..., hide_input=True), and
        typer.Option(..., hide_input=True) as a parameter's default), or an option that
        falls back to an environment variable named like a secret's (envvar=
        "OPENAI_API_KEY"): a secret."""
        hidden, envvars = self.model.hidden_input_keywords, self.model.option_envvar_keywords
        for a in node.args:
            if a.keyword is None:
                continue
            if a.keyword.value in hidden and type(a.value) is cst.Name and a.value.value == "True":
                return True
            if a.keyword.value in envvars:
                named = literal_value(a.value)
                named = named if isinstance(named, (list, tuple)) else (named,)
                if any(isinstance(n, str) and self.vocab.is_secret_name(n, strict=True) for n in named):
                    return True
        return False

    def answers_caller(self, func, name: Optional[str]) -> bool:
        """Is this a call that answers the caller (a response, an HTTP error, a chat or
        UI message: response-calls), by its name, dotted name or last two parts, or
        the name it was imported under (from flask_socketio import emit)?"""
        return name in self.model.response_calls or self.calls_one_of(func, name, self.model.response_calls) \
            or self.writes_shown_file(func, name)

    def writes_shown_file(self, func, name: Optional[str]) -> bool:
        """fh.write(text), fh of `with open(os.environ["GITHUB_STEP_SUMMARY"], "a") as fh`
        (or of SUMMARY.open("a"), SUMMARY a path made so): a file whose text people are
        shown (shown-files: a workflow run's step summary, on the run's page)."""
        if name not in ("write", "writelines") or type(func) is not cst.Attribute or type(func.value) is not cst.Name \
                or not self.model.shown_files:
            return False
        opened = self.bound_value(func.value.value)
        if type(opened) is not cst.Call:
            return False
        if last_name(opened.func) == "open" and type(opened.func) is cst.Attribute:
            where = opened.func.value  # SUMMARY.open("a"), Path(...).open("a")
        elif type(opened.func) is cst.Name and opened.func.value == "open" and opened.args:
            where = opened.args[0].value
        else:
            return False
        if type(where) is cst.Name:
            where = self.bound_value(where.value) or where  # path = os.environ["GITHUB_STEP_SUMMARY"]
        text = " ".join(expression_words(where)).lower()
        return any(word in text for word in self.model.shown_files)

    def calls_one_of(self, func, name: Optional[str], calls: frozenset) -> bool:
        """Is the call one of these dotted names: by its dotted name, its last two parts
        (interaction.followup.send, PostgresDsn.build), or the name it was imported under,
        whole or by its last two parts (from flask_socketio import emit; from jwt import
        encode; from tkinter.messagebox import showerror)?"""
        if not calls or name not in _tails(calls):
            return False
        dotted = dotted_name(func) or ""
        if dotted in calls or ".".join(dotted.split(".")[-2:]) in calls:
            return True
        qualname = self.names.qualname(func) or ""
        if qualname in calls or ".".join(qualname.split(".")[-2:]) in calls:
            return True
        if type(func) is cst.Attribute and type(func.value) is cst.Name and name in _instance_methods(calls):
            # resp.message(text) of resp = MessagingResponse(): a method of an instance of
            # the class named, by the class's last name (Twilio's TwiML reply to an SMS)
            made = self.bound_value(func.value.value)
            maker = self.names.qualname(made.func) if type(made) is cst.Call else None
            return bool(maker) and f"{maker.rsplit('.', 1)[-1]}.{name}" in calls
        return False

    def builds_url(self, func, name: Optional[str]) -> bool:
        """A URL or DSN made of the call's arguments (url-builders: PostgresDsn.build)."""
        return self.calls_one_of(func, name, self.model.url_builders)

    def makes_config_parser(self, receiver) -> bool:
        """Is `receiver` a name bound, in the function or at module level, to a
        configuration file's reader (config-parser-calls: configparser.ConfigParser())?"""
        calls = self.model.config_parser_calls
        if type(receiver) is cst.Attribute:  # self.cp = configparser.ConfigParser() in __init__
            return self.names.binding_of(receiver).qualname in calls
        if type(receiver) is not cst.Name:
            return False
        if self.names.binding_of(receiver).qualname in calls:
            return True
        body = getattr(self, "scope_body", None)
        return body is not None and any(
            type(n) is cst.Assign and type(n.value) is cst.Call and self.names.qualname(n.value.func) in calls
            and any(type(t.target) is cst.Name and t.target.value == receiver.value for t in n.targets)
            for n in descendants(body))

    def format_fields(self, node: cst.Call, args: list, env: Env) -> Optional[frozenset]:
        """`"... {password}".format(**db)` (or a module constant's template): the text
        holds what the named fields of the mapping hold, as `db["password"]` would, not
        the mapping's other fields. None where the template is not known or its
        placeholders are not plain names (`{cfg.key}`, `{0}`)."""
        template = self.constant_string(node.func.value)
        if template is None:
            return None
        fields = FORMAT_FIELDS.findall(template)
        if "{" in FORMAT_FIELDS.sub("", template.replace("{{", "").replace("}}", "")):
            return None  # (a positional or an attribute's placeholder)
        out: set = set()
        for arg, labels in zip(node.args, args):
            if arg.star == "**":
                base = dotted_name(arg.value)
                for field in fields:
                    out |= field_of(labels, field)
                    label = self.name_label(field, f"{base}[{field!r}]" if base else field)
                    if label is not None:
                        out.add(label)
            elif arg.keyword is not None and arg.keyword.value in fields:
                out |= labels
        return flattened(l for l in out if l.kind is not CLIENT)

    def command_secret(self, node: cst.Call, name: str, args: list) -> Optional[Label]:
        """For a command run so that its failure raises (check_call, check_output, run
        with check=True or a timeout) whose arguments carry a secret (`git clone
        https://{token}@...`, `docker login -p {password}`): the secret."""
        keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        check = keywords.get("check")
        if name in ("run", "call") and "timeout" not in keywords and not (
            isinstance(check, cst.Name) and check.value == "True"
        ):
            return None  # (no CalledProcessError, no TimeoutExpired to quote it)
        carried = []
        for arg, labels in zip(node.args, args):
            if (arg.keyword is None and not arg.star and not carried) or (arg.keyword is not None and arg.keyword.value == "args"):
                carried = list(labels)
        return _first_secret(carried)

    def own_secret_fields(self) -> frozenset:
        """`self.__dict__`, `vars(self)`, `asdict(self)` in a method: a structure holding
        each attribute the class's methods set under a secret's name (self.llm_api_key =
        ...), and each secret-named field of a record, those its printed form hides too
        (field(repr=False): asdict shows them)."""
        rule = getattr(self, "rule", None)
        classes = getattr(rule, "class_nodes", None)
        if not classes:
            return EMPTY
        return frozenset(Label(SECRET, "`self.__dict__`", path=(name,))
                         for name in sorted(rule.dumped_names(classes[-1])))

    def record_fields(self, func) -> tuple:
        """The secret fields of a record class of this module called by its name."""
        name = record_name(func)
        if name is None:
            return ()
        records = getattr(getattr(self, "rule", None), "_records", None)
        return records.get(name, ()) if records else ()

    def status_only_request(self, node: cst.Call) -> bool:
        """A request whose errors name its URL only through its response's
        raise_for_status() (status-error-modules: httpx's; urllib's never do, and have
        none), by the module its call is of
        (httpx.get) or, on a client (client.post, self._http.get), the module's one HTTP
        module: where it imports httpx and none of the others, that is the client's
        (urllib counts for none: it has no client whose method a request could be)."""
        modules = self.model.status_error_modules
        silent = self.model.silent_request_modules
        root = (self.names.qualname(node.func) or "").split(".", 1)[0]
        if root in self.model.http_modules:
            # (urllib's request errors name no URL at all: silent-request-modules; its
            # urlopen is a function, never a client's method)
            return root in modules or root in silent
        return bool(modules) and self.names.imports_any(modules) \
            and not self.names.imports_any(self.model.http_modules - modules - silent)

    def request_url_labels(self, node: cst.Call, name: str, args: list) -> list:
        """What an HTTP request's URL and query are made of (their labels: a secret there,
        `requests.get(f"...?key={api_key}")`, `session.post(url, params={"api_key": k})`,
        is in the text of its errors); nothing for a call that is no HTTP client's. A
        header, a form body or auth= is not part of the URL its errors name."""
        func = node.func
        qualname = self.names.qualname(func) or ""
        if qualname.split(".", 1)[0] not in self.model.http_modules:
            # (the receiver's last word: http_session, self.client; not session_spend_map)
            receiver = last_name(func.value) if isinstance(func, cst.Attribute) else None
            words = name_words(receiver) if receiver else ()
            if not words or words[-1] not in self.model.http_client_words:
                return []
            if words[-1] == "session" and not self._url_like(node) and self.names.imports_any(self.model.database_modules) \
                    and not self.names.imports_any(self.model.http_modules):
                return []  # (session.delete(user_api_key) of SQLAlchemy: a row deleted, no URL)
        plain = [(arg, labels) for arg, labels in zip(node.args, args) if arg.keyword is None and not arg.star]
        # (the URL second where the method comes first: request(method, url), httpx's
        # client.stream("POST", url))
        url_at = self.model.url_place(name)
        urls = [plain[url_at][0].value] if url_at < len(plain) else []
        carried = list(plain[url_at][1]) if url_at < len(plain) else []
        for arg, labels in zip(node.args, args):
            if arg.keyword is not None and arg.keyword.value in ("url", "params"):
                carried += labels
                if arg.keyword.value == "url":
                    urls.append(arg.value)
        for url in urls:
            # requests.post(self.webhook_url, json=...): a chat's incoming webhook, its
            # token in the path (requested-secret-url-words)
            if type(url) in (cst.Name, cst.Attribute) and self.model.names_requested_secret_url(last_name(url)):
                carried.append(Label(SECRET, f"`{dotted_name(url) or last_name(url)}`"))
        return carried

    def _url_like(self, node: cst.Call) -> bool:
        """Could the call's first argument be a URL: a text made here or written, or a
        value named for one (`self.base_url`, `endpoint`)? A row (`session.delete(obj)`)
        or a model class (`session.get(User, 1)`) is not."""
        first = node.args[0].value if node.args and node.args[0].keyword is None else None
        if first is None or is_string_literal(first) or type(first) in (cst.FormattedString, cst.BinaryOperation):
            return True
        words = name_words(last_name(first) or "") if type(first) in (cst.Name, cst.Attribute) else ()
        return any(word in ("url", "uri", "endpoint", "path", "route", "link", "href") for word in words)

    def client_query_key(self, node: cst.Call, qualname: str, args: list) -> Optional[Label]:
        """The secret a query-key client is made with (its key parameter, by keyword or
        at its place), if any."""
        keyword, position = self.model.query_key_clients[qualname]
        return self._key_argument(node, args, keyword, position)

    def note_key_check(self, clients) -> None:
        """A key-checking client starts here: its refusal, raised here, quotes the key."""
        self.keyed_requests.append(quoting_error(min(clients, key=lambda l: l.what), KEY_ERROR))

    def key_checking_client(self, node: cst.Call, qualname: Optional[str], args: list) -> Optional[Label]:
        """The secret a key-checking client is made with, if this call makes one: the
        client's class called with it (`Bot(token)`), or the builder's setter called with
        it in a chain of calls that starts with the builder (`Application.builder()
        .concurrent_updates(True).token(TOKEN)`)."""
        clients = self.model.key_checking_clients
        entry = clients.get(qualname) if qualname else None
        if entry is not None and entry[2] is None:
            return self._key_argument(node, args, entry[0], entry[1])
        func = node.func
        if type(func) is not cst.Attribute or func.attr.value not in self.model.key_checking_setters:
            return None
        setter = func.attr.value
        inner = func.value
        while type(inner) is cst.Call:
            entry = clients.get(self.names.qualname(inner.func) or "")
            if entry is not None:
                return self._key_argument(node, args, entry[0], entry[1]) if entry[2] == setter else None
            if type(inner.func) is not cst.Attribute:
                return None
            inner = inner.func.value
        return None

    def _key_argument(self, node: cst.Call, args: list, keyword: Optional[str], position: Optional[int]) -> Optional[Label]:
        """The secret a call is given as its key: by keyword, or at its place."""
        positional = [labels for arg, labels in zip(node.args, args) if arg.keyword is None and not arg.star]
        carried = list(positional[position]) if position is not None and position < len(positional) else []
        for arg, labels in zip(node.args, args):
            if arg.keyword is not None and arg.keyword.value == keyword:
                carried += labels
        return _first_secret(carried)

    def structure_call(self, node: cst.Call, name, receiver: frozenset, args: list, env: Env) -> Optional[frozenset]:
        """Calls that read or copy a structure: `d.get("k")`, `d.pop("k")`, `d.copy()`,
        `d.items()`, `dict(d, k=v)`, `copy.deepcopy(d)`, `getattr(o, "k")`;
        `d.update(other)` merges into d. None for any other call."""
        func = node.func
        if name not in self.model.container_calls:
            return None
        if name in self.model.field_dump_calls:
            # asdict(cfg) of the module's record: its secret fields, a field(repr=False) too
            # (the object is the first argument where there is one: asdict(cfg),
            # dataclasses.asdict(cfg), vars(cfg); else the receiver: cfg.model_dump())
            given = bool(node.args) and node.args[0].keyword is None and not node.args[0].star
            dumped = node.args[0].value if given else func.value if type(func) is cst.Attribute else None
            rule = getattr(self, "rule", None)
            if type(dumped) is cst.Name and rule is not None and hasattr(rule, "dumped_fields"):
                # (and, of an instance of a class we cannot see, the secret-named attributes
                # the function reads of it: asdict(t) where t.api_key is read; a known
                # class says which of its fields a dump shows, not a SecretStr)
                fields = rule.dumped_fields(dumped.value)
                if rule.receiver_class(dumped.value) is None:
                    fields = fields | frozenset(Label(SECRET, f"`{dumped.value}`", path=(attr,))
                                                for attr in self.secret_attributes_read(dumped.value))
                receiver = receiver | fields
                if given:
                    args = [args[0] | fields, *args[1:]]
            if given and type(func) is cst.Attribute:
                if any(a.keyword is not None and a.keyword.value == "filter" for a in node.args):
                    return EMPTY  # attrs.asdict(dep, filter=...): the fields it keeps are not known
                return frozenset(l for l in args[0] if l.kind != CLIENT)  # dataclasses.asdict(cfg)
        if isinstance(func, cst.Attribute):
            if name in self.model.field_read_calls:
                key = self.field_key(node.args[0].value) if node.args else None
                base = dotted_name(func.value) if key is not None and name != "pop" else None
                known = env.get(f"{base}.{key}") if base else None
                if known is not None and not known:
                    return known  # `if not creds.get("api_key"): raise ...(creds.get("api_key"))`
                named = self._plain_loop_texts(node.args[0].value) if key is None and node.args else None
                out = _fields_of(receiver, named) if named is not None \
                    else field_of(receiver, key)  # (cfg.get(key) of a loop over plain names: see expr_Subscript)
                structure = self.structure_label(key) if key else None
                if structure is not None:
                    out |= {structure}  # deployment.get("litellm_params", {})
                    if name != "pop":
                        self.note_secret_field(func.value, key, env, structure.path)
                label = self.field_label(key) if isinstance(key, str) and key else None
                if label is not None and _number_by_default(node):
                    label = None  # result.get("removed_credentials", 0): a count, not the secret its name says
                if label is not None:
                    out |= {label}
                    if name != "pop":  # (a popped field is no longer in the structure)
                        self.note_secret_field(func.value, key, env)
                positional = [a for a in node.args if a.keyword is None and not a.star]
                option = literal_value(positional[1].value) if name == "get" and len(positional) >= 2 else None
                if isinstance(option, str) and (isinstance(key, str) or type(positional[0].value) is cst.Name) \
                        and out and all(l.path for l in out):
                    # cfg.get("openai", "model") where cfg holds a key at ("openai", "api_key"):
                    # a parser's section and an option of it, not a dict's value and default
                    # (of a section named at run time, cfg.get(provider, "api_key"), too)
                    out = field_of(out, option)
                elif name == "get" and len(positional) >= 2 and option is None and key is not None:
                    # reply.get("key", reply.get("api_key", "")): the default is the value too
                    out |= frozenset(l for l in args[node.args.index(positional[1])] if l.kind in SECRETS)
                if isinstance(option, str) and self.vocab.is_secret_name(option, strict=True) \
                        and self.makes_config_parser(func.value):
                    # parser.get("default", "api_key") of parser = configparser.ConfigParser()
                    # (not a dict's get(k, default): t.get("key_env", "ANTHROPIC_API_KEY"))
                    out |= {Label(SECRET, f"`{dotted_name(func.value) or 'config'}` option {option!r}")}
                    if key is not None:  # the parser holds it in that section: dict(cfg["imap"])
                        self.note_secret_field(func.value, key, env, (option,))
                if name == "pop" and key:
                    self.drop_field(dotted_name(func.value), key, env)
                return out
            if name == "add_header":
                # req.add_header("x-api-key", key) of urllib's Request: req.headers holds it
                # (not `req` printed whole: a Request shows no headers)
                base = dotted_name(func.value)
                header = literal_value(node.args[0].value) if len(node.args) >= 2 else None
                if base and isinstance(header, str) and args[1] and credential_header(header, self.vocab):
                    env.put(f"{base}.headers", (env.get(f"{base}.headers") or EMPTY) | args[1])
                return EMPTY
            if name == "update":
                key = dotted_name(func.value)
                merged = frozenset().union(*args) if args else EMPTY
                for arg in node.args:
                    if arg.keyword is not None:
                        merged = merged | at_field(self.expr(arg.value, env), arg.keyword.value)
                if key is not None and merged:
                    env.put(key, (env.get(key) or EMPTY) | stored_errors(merged, (node, self.top, key)))
                return EMPTY
            if name == "values":
                return any_field(receiver)
            excluded = _dump_fields(node, "exclude", self.module_value)  # model_dump(exclude={"api_key"})
            included = _dump_fields(node, "include", self.module_value)  # model_dump(include={"max_tokens"})
            return frozenset(l for l in receiver if l.kind != CLIENT and not (l.path and l.path[0] in excluded)
                             and not (included and not (l.path and l.path[0] in included)))
        if name == "getattr" and len(node.args) >= 2:
            attr = self.field_key(node.args[1].value)  # (a literal, or a constant naming it)
            if kinds(args[0], SDK_ERROR) and attr in self.model.safe_error_attributes:
                return EMPTY  # getattr(e, "retry_after", None), as e.retry_after
            out = field_of(args[0], attr)
            label = self.name_label(attr) if attr else None
            if label is not None and label.kind is SECRET:
                # getattr(settings, "MODELRED_API_KEY", ""), as settings.MODELRED_API_KEY
                out |= {label}
            return out
        out: set = set()
        # (dict(values, secrets=masked): a keyword replaces the base's field of its name)
        replaced = {a.keyword.value for a in node.args if a.keyword is not None} | {
            literal_value(e.key) for a in node.args if a.star == "**" and type(a.value) is cst.Dict
            for e in a.value.elements if type(e) is cst.DictElement} if name == "dict" else ()
        for arg, labels in zip(node.args, args):  # dict(base, k=v), list(x), deepcopy(x)
            if arg.keyword is not None:
                out |= at_field(labels, arg.keyword.value)
            elif replaced and arg.star == "**" and type(arg.value) is cst.Dict:
                out |= labels  # (**{"api_key": "***"}: its own fields, as written)
            else:
                out |= {l for l in labels if not (replaced and l.path and l.path[0] in replaced)}
        return frozenset(l for l in out if l.kind != CLIENT)

    # -- the SDK's errors -----------------------------------------------------------------
    def is_sdk_error(self, node: cst.BaseExpression) -> bool:
        """An SDK error class: through any alias, a star import of the SDK, or a tuple
        (written in the handler or bound to a name: RETRYABLE = (RateLimited, ...))."""
        if isinstance(node, cst.Tuple):
            return any(self.is_sdk_error(e.value) for e in node.elements)
        if isinstance(node, cst.Name):
            binding = self.names.lookup(node.value)
            if binding.kind == "tuple" and binding.node is not None:
                return self.is_sdk_error(binding.node)
        qualname = self.names.qualname(node)
        if qualname in self.sdk.errors:
            return True
        return any(name in self.sdk.errors for name in self.names.star_qualnames(node))


def record_name(func) -> Optional[str]:
    """The class a record is made of: called by its name, or a class nested in the
    caller's own (`self.Valves()`, `cls.Valves()`)."""
    if type(func) is cst.Name:
        return func.value
    if type(func) is cst.Attribute and type(func.value) is cst.Name and func.value.value in ("self", "cls"):
        return func.attr.value
    return None


def _number_by_default(call: cst.Call) -> bool:
    """A `.get(field, default)` whose default is a number or a bool: the field holds one
    (no secret is defaulted to 0), whatever its name says."""
    positional = [a for a in call.args if a.keyword is None and not a.star]
    default = positional[1].value if len(positional) >= 2 else next(
        (a.value for a in call.args if a.keyword is not None and a.keyword.value == "default"), None)
    if type(default) is cst.UnaryOperation:
        default = default.expression  # (-1)
    return type(default) in (cst.Integer, cst.Float) or (type(default) is cst.Name and default.value in ("True", "False"))


def env_variable(names, value, readers: frozenset = frozenset()) -> Optional[cst.BaseExpression]:
    """The expression naming the environment variable `value` reads
    (`os.environ[X]`, `os.environ.get(X, ...)`, `os.getenv(X, ...)`, under any import;
    and the library readers' (env-read-calls), where given: `config(X)`, `env.str(X)`),
    or None."""
    if type(value) is cst.Subscript:
        if names.qualname(value.value) == "os.environ" and len(value.slice) == 1 \
                and type(value.slice[0].slice) is cst.Index:
            return value.slice[0].slice.value
    elif type(value) is cst.Call and value.args and value.args[0].keyword is None:
        func = value.func
        qualname = names.qualname(func)
        if qualname in ("os.getenv", "os.environ.get") or (
            type(func) is cst.Attribute and func.attr.value == "get" and names.qualname(func.value) == "os.environ"
        ):
            return value.args[0].value
        if readers and not value.args[0].star and _reads_environment(names, func, qualname, readers):
            return value.args[0].value
    return None


def _reads_environment(names, func, qualname: Optional[str], readers: frozenset) -> bool:
    """Is this callee a library's environment reader: by its own qualified name, or a
    method of (or the call of) an instance of a reader class (env = Env(); env.str)?"""
    if qualname in readers:
        return True
    if type(func) is cst.Attribute:
        method = func.attr.value
    elif type(func) is cst.Name:
        method = "__call__"
    else:
        return False
    if method not in _reader_methods(readers):
        return False  # (most calls: no binding looked up)
    made = names.binding_of(func.value) if type(func) is cst.Attribute else names.lookup(func.value)
    return made.kind == "call" and f"{made.qualname}.{method}" in readers


@functools.lru_cache(maxsize=8)
def _reader_methods(readers: frozenset) -> frozenset:
    return frozenset(r.rsplit(".", 1)[-1] for r in readers)


# An environment variable read by a name, not a literal (`os.getenv(var)`, `environ[k]`):
# most modules read theirs by literals only, and then no body needs the walk.
_ENV_BY_NAME = re.compile(r"(?:getenv|environ\.get)\([ \t]*[A-Za-z_]|environ\[[ \t]*[A-Za-z_]")
# The module being linted: (text, model, answer), one reference swapped whole (the language
# server lints on threads: a reader sees one module's entry or another's, never a mix).
_LAST_LOOKUPS: list = [None]


def _lookups_in(text: Optional[str], model) -> tuple:
    """The lookups the module's text could hold (path-argument-calls, name-argument-calls,
    whether it reads the environment by a name), asked once per module: every function
    of it asks. Where the text is unknown, all of them."""
    if text is None:
        return model.path_argument_calls, model.name_argument_calls, True
    entry = _LAST_LOOKUPS[0]
    if entry is None or entry[0] is not text or entry[1] is not model:
        paths = model.path_argument_calls if any(call in text for call in model.path_argument_calls) else ()
        named = model.name_argument_calls if any(call.strip("*") in text for call in model.name_argument_calls) else ()
        entry = (text, model, (paths, named, _ENV_BY_NAME.search(text) is not None))
        _LAST_LOOKUPS[0] = entry
    return entry[2]


def reference_arguments(body, model, names, text: Optional[str]) -> frozenset:
    """The names (dotted) a body hands to a call as what a secret is found by, not as
    the secret: a credentials file's path (path-argument-calls), the name a secret
    manager keeps one under (name-argument-calls: `get_secret(name)`, or by a
    name-argument-keywords keyword), the name of an environment variable read
    (`os.environ[x]`, `os.getenv(x)`). Shown, such a value says where the secret is,
    whatever it is called (`service_account_key`, `self.config.secret`, `secret_key`).
    `text`: the module's, where known (one search of it spares the walk of the body)."""
    paths, named, environ = _lookups_in(text, model)
    if not (paths or named or environ):
        return frozenset()
    keywords = model.name_argument_keywords

    def handed(call) -> Optional[list]:
        """What a lookup call is handed as a name, or None where it is no lookup."""
        name = last_name(call.func)
        lookup = bool(named) and matches(name, named)
        if name in paths or lookup:
            out = [call.args[0].value] if call.args and call.args[0].keyword is None and not call.args[0].star else []
            if lookup:
                out += [a.value for a in call.args if a.keyword is not None and a.keyword.value in keywords]
            return out
        variable = env_variable(names, call) if environ else None
        return [variable] if variable is not None else None

    found = set()
    rebound = set()  # (x = get_secret(x): what it holds next is the lookup's result)
    for node in descendants(body):
        kind = type(node)
        if kind is cst.Call:
            found.update(n for n in map(dotted_name, handed(node) or ()) if n)
        elif kind is cst.Subscript and environ:
            variable = env_variable(names, node)
            key = dotted_name(variable) if variable is not None else None
            if key:
                found.add(key)
        elif (kind is cst.Assign or kind is cst.AnnAssign) and node.value is not None:
            value = node.value.expression if type(node.value) is cst.Await else node.value
            if type(value) is cst.Call and handed(value) is not None:
                targets = [t.target for t in node.targets] if kind is cst.Assign else [node.target]
                rebound.update(n for n in map(dotted_name, targets) if n)
    return frozenset(found - rebound)
