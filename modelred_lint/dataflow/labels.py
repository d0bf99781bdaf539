"""The values the dataflow interpreter tracks: labels (what a value may be or hold),
the environment that maps names to labels at one program point, and a function's
summary for its call sites."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional, Sequence


class Kind(enum.Enum):
    UNTRUSTED = "untrusted"  # input from a request, a user, the command line
    SECRET = "secret"  # a key, a token, a password
    # A name that is a secret's only in some code (a bare `token`: an auth token, or a
    # parser's or a model's): reported only where the message's own words say it is one.
    MAYBE_SECRET = "maybe-secret"
    SDK_ERROR = "sdk-error"  # a caught error of the SDK
    CLIENT = "client"  # an SDK client
    # A client that sends a secret in the query of its requests (query-key-clients):
    # no secret shown itself (it prints as an object), but a call on it is a request
    # whose errors name the URL. `what` is the secret's.
    QUERY_CLIENT = "query-client"
    # A client that checks its key when it starts, and whose error then quotes the key
    # (key-checking-clients): a key-checking call on it is a request whose error holds
    # it. `what` is the secret's.
    KEY_CLIENT = "key-client"
    PARAM = "param"  # in a summary's returns: a parameter's untrusted input reaches the result
    SECRET_PARAM = "secret-param"  # ... a parameter's secret reaches the result


UNTRUSTED, SECRET, MAYBE_SECRET = Kind.UNTRUSTED, Kind.SECRET, Kind.MAYBE_SECRET
SDK_ERROR, CLIENT, PARAM, SECRET_PARAM = Kind.SDK_ERROR, Kind.CLIENT, Kind.PARAM, Kind.SECRET_PARAM
QUERY_CLIENT, KEY_CLIENT = Kind.QUERY_CLIENT, Kind.KEY_CLIENT
# The clients made with a key whose errors can hold it: kept, copied and stored as a
# structure's secrets are.
KEYED_CLIENTS = (QUERY_CLIENT, KEY_CLIENT)
SECRETS = (SECRET, MAYBE_SECRET)


@dataclass(frozen=True)
class Label:
    kind: Kind
    what: str  # said in messages: "request data", "`api_key`", "parameter `x`"
    # While a function is summarised, its parameters carry their position here, so
    # that the summary can say which argument flows where.
    param: Optional[int] = None
    # For a secret inside a structure: the fields that lead to it (`headers` built with
    # "Authorization": ... holds a secret at ("Authorization",)). Empty: the value itself.
    path: tuple[str, ...] = ()
    # A secret known only by a name (a parameter, a variable, an attribute called
    # api_key), not by where its value came from (the environment, a key literal, a
    # secrets manager): a function's summary does not hand it to its callers, whose own
    # names say better what they hold.
    named: bool = False
    # Where a secret was bound to the name that carries it (node, top-level statement),
    # for the finding's second place; not part of the label's identity.
    origin: Optional[tuple] = field(default=None, compare=False, hash=False)
    # Of a query client: is what its calls return the client's too (a discovery client's
    # service.cse().list(...).execute()), or the service's answer (query-key-clients)?
    chained: bool = True
    # Of a quoting error raised anew with its text (`raise ApiError(f"failed: {e}")`): the
    # raised class and its bases, by their last names, as far as the raising module
    # declares them. A clause naming one of them catches it, besides those that catch the
    # request's own errors (url-error-types). Empty: the request's or command's own error.
    raised: tuple[str, ...] = ()


EMPTY: frozenset = frozenset()
# The `what` of a caught error whose text names a request URL that carries a secret
# (followed by that secret's `what`): messages and fixes speak of the error, not a key.
URL_ERROR = "an error of a request whose URL carries "
# ... and of a command whose arguments carry one (subprocess's CalledProcessError quotes
# the command line).
COMMAND_ERROR = "an error of a command whose arguments carry "
# ... and of the URL a response reports, or its request or a caught error's (`resp.url`,
# `resp.request.url`, `e.request.url`: as sent, path and query).
RESPONSE_URL = "the URL of a request that carries "
# ... and the error of a client's start-up that checks the key (key-checking-clients).
KEY_ERROR = "an error of a client's start-up that checks "
QUOTING_ERRORS = {URL_ERROR: "its text names the whole URL, the secret with it", COMMAND_ERROR: "its text quotes the command line",
                  RESPONSE_URL: "the secret is in it", KEY_ERROR: "its text quotes the key when the service refuses it"}
# What to show of such a text instead (a refused key's error has no status).
QUOTING_SHOWN = {URL_ERROR: "the error's type or status code", COMMAND_ERROR: "the error's type or status code",
                 RESPONSE_URL: "its host", KEY_ERROR: "the error's type"}
# What the code can do instead of showing such a text, besides showing less of it.
# (a service that takes its key only in the URL, Telegram's Bot API in its path, leaves
# the first remedy alone)
QUOTING_REMEDIES = {URL_ERROR: "send the secret in a header where the service takes one",
                    COMMAND_ERROR: "pass the secret in the environment",
                    RESPONSE_URL: "send the secret in a header where the service takes one",
                    KEY_ERROR: "catch the refusal apart and say that the key was refused"}


def quoting_error(label: "Label", prefix: str) -> "Label":
    """The label a caught error gets from the secret its request or command carried."""
    return replace(label, kind=Kind.SECRET, what=prefix + label.what, path=(), named=False)


def kinds(labels: Iterable[Label], kind: Kind) -> list[Label]:
    """The labels of one kind, in a fixed order (messages must not depend on the
    hash seed); of one source's, the nearest field first (a litellm callback's kwargs
    holds `api_key`, and `additional_args.headers` too)."""
    return sorted((label for label in labels if label.kind == kind),
                  key=lambda l: (l.what, l.param or 0, len(l.path), l.path, l.named, _origin_key(l.origin)))


def _origin_key(origin) -> tuple:
    """Where a label's secret came to its name (node, statement, name), as far as it
    orders labels: the name. (The order of two labels must not hang on the order a set
    was filled in.)"""
    return (origin[2],) if origin else ()


# The field of a structure whose name is known only when the code runs ({name: key(name)
# for ...}, a .env file's entries): a key computed at run time may read it.
ANY_FIELD = "*"
# The first field of a parameter's whole-value marker while a function is summarised
# (no code reads a field by this name). The fields read of the parameter follow it:
# (WHOLE, "llm") is what the caller's argument holds at "llm" (show(cfg) writes cfg["llm"]).
WHOLE = "\0whole"
# The field a mapping's keys stand at where they are secrets (`{key: tenant for tenant, key
# in ...}`): shown whole or iterated, the mapping shows them; read at a key, it gives a
# value, which holds none of them.
KEYS = "\0keys"


_MARKER_DEPTH = 3


def reads_of_parameter(label: "Label") -> Optional[tuple]:
    """The fields a parameter's marker was read at ((WHOLE, "llm", "model"): ("llm",
    "model")), wherever the marker stands in a structure; None for any other label, and
    for the whole value."""
    path = label.path
    if label.param is None or WHOLE not in path:
        return None
    rest = path[path.index(WHOLE) + 1:]
    return rest or None


def field_of(labels: Iterable[Label], field: Optional[str]) -> frozenset:
    """What one field (an attribute, a key; None: an unknown key or an index) of a value
    holds. Untrusted input and SDK errors flow into every part of a value; a secret only
    into the field that holds it: a structure's sibling fields (`cfg.api_base` next to
    `cfg.api_key`), and the attributes of a secret string, are no secret."""
    out = set()
    for label in labels:
        if label.kind in SECRETS:
            if label.path and label.path[0] == WHOLE and label.param is not None:
                # (three fields deep at most: a loop reading node = node["x"] would grow
                # the path with every pass)
                if field is not None and field != ANY_FIELD and len(label.path) <= _MARKER_DEPTH:
                    # (a field of what the caller hands in: that field of its argument)
                    out.add(Label(label.kind, label.what, label.param, (*label.path, field), label.named, label.origin))
            elif label.path and (label.path[0] == field or (field is None and label.path[0] == ANY_FIELD)):
                # (a key computed at run time reads one of the fields we cannot name)
                out.add(Label(label.kind, label.what, label.param, label.path[1:], label.named, label.origin))
            elif not label.path and field is None:
                out.add(label)  # an element of a list of secrets
            # (a key computed at run time, d[name]: most often one of the other fields)
        elif label.kind in KEYED_CLIENTS and label.path:
            # (a client kept at a field, values["client"] = build(...): that field's)
            if label.path[0] == field or field is None:
                out.add(Label(label.kind, label.what, label.param, label.path[1:], label.named, label.origin))
        elif label.kind is not Kind.CLIENT:
            out.add(label)  # (and a client's attributes and methods are the client's)
    return frozenset(out)


def elements(labels: Iterable[Label]) -> frozenset:
    """What iterating a value gives: a list's elements (its secrets without a field), a
    mapping's keys (not the secrets at its fields)."""
    return frozenset(l for l in labels if not l.path and l.kind is not Kind.CLIENT) | keys_of(labels)


def any_field(labels: Iterable[Label]) -> frozenset:
    """What the values of a structure hold, taken together (d.values(), the values of
    d.items()): a secret at any field (not its keys')."""
    return frozenset(
        Label(l.kind, l.what, l.param, l.path[1:], l.named, l.origin)
        if l.kind in SECRETS and l.path and not (l.path[0] == WHOLE and len(l.path) > 1) else l
        for l in labels
        if l.kind is not Kind.CLIENT and not (l.path and l.path[0] == KEYS)
    )  # (the values of a field read of a parameter stay in that field)


def keys_of(labels: Iterable[Label]) -> frozenset:
    """The secrets a mapping holds as its keys (see KEYS), as the keys themselves."""
    return frozenset(Label(l.kind, l.what, l.param, l.path[1:], l.named, l.origin)
                     for l in labels if l.path and l.path[0] == KEYS)


def at_field(labels: Iterable[Label], field: str) -> frozenset:
    """The labels of a value stored at a field of a structure."""
    return frozenset(
        Label(l.kind, l.what, l.param, (field, *l.path), l.named, l.origin)
        if l.kind in SECRETS or l.kind in KEYED_CLIENTS else l for l in labels
    )


def flattened(labels: Iterable[Label]) -> frozenset:
    """A structure turned into text (str(headers), json.dumps(kwargs)): its secrets are
    now in the text itself. (A field a summarised function reads of its parameter stays
    that field: the caller's argument says what the text holds.)"""
    return frozenset(Label(l.kind, l.what, l.param, (), l.named, l.origin)
                     if l.path and reads_of_parameter(l) is None else l for l in labels)


def stored_errors(labels: Iterable[Label], origin: tuple) -> frozenset:
    """The labels of a value stored in a structure (a record's field, a list's item),
    the SDK errors' texts among them marked with where they were stored: an error's
    text answered inside a record is reported where it was put there (the line a
    reviewer edits), not where the record is returned."""
    return frozenset(replace(l, origin=origin) if l.kind is Kind.SDK_ERROR and l.origin is None else l for l in labels)


def parameters_in(labels: Iterable[Label]) -> list[int]:
    """The parameter positions these labels come from (while summarising)."""
    return sorted({label.param for label in labels if label.param is not None})


@dataclass
class Summary:
    """What a function of this module does, for its call sites."""

    returns: frozenset = EMPTY  # labels of what it returns (PARAM labels: that argument flows out)
    checks: frozenset = EMPTY  # parameter indexes it raises on unless valid
    predicate: bool = False  # returns a verdict on its argument (a bool from a check)
    params: tuple[str, ...] = ()
    sinks: frozenset = EMPTY  # SinkUse: a parameter that reaches an SDK sink unchecked
    never_returns: bool = False  # every path raises
    # (parameter position, rule): a parameter the function writes into a log call's or
    # an exception's message (a wrapper sink: def log_error(msg): logger.error(msg))
    messages: frozenset = EMPTY
    # Where each of those is written: (position, rule) -> [(the sink's node, its
    # statement)], in the order the function writes them (a finding is placed at each,
    # see MessageSinks._report_in_wrapper)
    message_places: Optional[dict] = None
    # Of those, the ones where the parameter itself is in the message, not only a field
    # read from it (a structure handed in shows every field)
    whole_messages: frozenset = EMPTY
    # (position, rule, how) of those whose text there is, at every place, only a caught
    # error's that quotes what the parameter is made into (def fetch(url): ... except Exception as e: raise X(f"{e}")):
    # the caller hands a URL or a command, not a message, and the leak is the wrapper's
    quoting_messages: frozenset = EMPTY
    # (position, rule) of every message through a parameter a request of its own is made
    # of, whether or not the parameter is also written plainly (no caller's fix rewrites it)
    requested_messages: frozenset = EMPTY
    # (position, name) of its `**kwargs` parameter, if it has one and no *args: a message
    # position equal to it is every keyword argument not named after a parameter
    kwarg: Optional[tuple] = None
    # (position, name, how many parameters a positional argument can fill) of its
    # `*args` parameter, if it has one: a message position equal to it is every
    # positional argument past those (def say(*args): print(*args))
    star: Optional[tuple] = None
    # Secrets in the URLs of requests it makes and does not catch the errors of: a caller
    # that catches them holds its text (see URL_ERROR)
    url_errors: frozenset = EMPTY
    # ... and the parameters such a URL is made of (def set_webhook(token, url):
    # requests.post(f".../bot{token}/setWebhook")): a caller that catches the errors holds
    # the secret it hands there (MessageSinks: a module function's or the class's own method)
    url_error_params: frozenset = EMPTY
    # The parameter whose value names the environment variable it returns
    # (def require_env(name): return os.environ[name]), if any
    env_param: Optional[int] = None
    # Where every return gives a tuple of one length (return headers, payload): what
    # each element holds, in the form of `returns`, for `a, b = f(...)` at a call site
    parts: Optional[tuple] = None
    # (parameter position, field): a secret-named field the function reads of what it is
    # handed (check(section) reads section["api_key"]): the caller's value holds one there
    param_reads: frozenset = EMPTY
    # (parameter position, rule, fields) -> (the sink's node, its statement): a field of a
    # parameter the function writes into a message (show(cfg) logs cfg["llm"]); a caller
    # whose argument holds a secret at that field has it written there
    field_messages: Optional[dict] = None


class Env:
    """Labels of names in one program point. Copy-on-branch, union-on-join.

    Binding a name drops what its dotted paths held (`cfg = {}` forgets `cfg.key`). The
    paths under each prefix are indexed (`fields`) so that binding costs the paths it
    drops, not a pass over every name: a module of 20,000 names stays linear. So every
    write goes through set, put or update, never into `vars` directly."""

    __slots__ = ("vars", "fields")

    def __init__(self, vars: Optional[dict] = None) -> None:
        self.vars: dict[str, frozenset] = dict(vars or {})
        # prefix -> the dotted names under it ever written here ("a" and "a.b" -> "a.b.c");
        # a name dropped since may still be listed, and dropping it again is harmless
        self.fields: dict[str, set] = {}
        for key in self.vars:
            if "." in key:
                self._index(key)

    def _index(self, key: str) -> None:
        fields = self.fields
        at = key.find(".")
        while at >= 0:
            prefix = key[:at]
            held = fields.get(prefix)
            if held is None:
                fields[prefix] = {key}
            else:
                held.add(key)
            at = key.find(".", at + 1)

    def copy(self) -> "Env":
        out = Env.__new__(Env)
        out.vars = dict(self.vars)
        out.fields = {prefix: set(keys) for prefix, keys in self.fields.items()}
        return out

    def get(self, key: str) -> Optional[frozenset]:
        return self.vars.get(key)

    def set(self, key: str, labels: frozenset) -> None:
        """Bind a name (or a path): what its own paths held is gone."""
        self.put(key, labels)
        dropped = self.fields.pop(key, None)
        if dropped:
            pop = self.vars.pop
            for other in dropped:
                pop(other, None)

    def put(self, key: str, labels: frozenset) -> None:
        """Write what a name or a path holds, keeping what its own paths hold."""
        if "." in key and key not in self.vars:
            self._index(key)
        self.vars[key] = labels

    def update(self, pairs) -> None:
        for key, labels in pairs:
            self.put(key, labels)

    def clean(self, key: str, kind: Kind) -> None:
        labels = self.vars.get(key)
        if labels is not None:
            self.vars[key] = frozenset(l for l in labels if l.kind != kind)
        else:
            self.put(key, EMPTY)

    @staticmethod
    def join(envs: Sequence["Env"]) -> "Env":
        if len(envs) == 1:
            return envs[0].copy()
        # A name bound on one path only keeps the labels it had on the others (unknown
        # there: no labels of ours). Most names hold the same set on every path (copied
        # from one another): compared by identity first, united only where they differ.
        out = envs[0].copy()
        joined = out.vars
        for env in envs[1:]:
            for key, labels in env.vars.items():
                held = joined.get(key)
                if held is None:
                    out.put(key, labels)
                elif held is not labels and labels:
                    joined[key] = held | labels
        return out

