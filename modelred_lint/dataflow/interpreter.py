"""A small, exact dataflow core: where a value inside one function comes from.

Flow-sensitive and intra-procedural. Statements are interpreted in order over an
environment that maps names (and dotted attribute paths) to labels: untrusted input,
secrets, caught SDK errors, SDK clients, and a function's own parameters (for
summaries). Branches are interpreted separately and joined; a branch that always
leaves (raise, return, continue, break) does not reach the join, which is how a guard
(`if not valid(x): raise`) cleans every use it dominates. Loops run twice. A call's
result carries its arguments' labels unless the call sanitises or redacts.

Expressions are read by the Expressions mixin, guards by the Guards mixin; rules
subclass Interpreter and override the sink hooks (on_call, on_raise, on_return).
"""

from __future__ import annotations

import functools
from dataclasses import replace
from types import SimpleNamespace
from typing import Mapping, Optional

from modelred_lint.dataflow.expressions import DISPLAYS, Expressions, every_field, name_answers, own_key_read, rereadable_row
from modelred_lint.dataflow.flags import tested_flag
from modelred_lint.dataflow.guards import Guards
from modelred_lint.dataflow.key_tests import key_test
from modelred_lint.dataflow.labels import (
    ANY_FIELD, EMPTY, KEY_CLIENT, KEY_ERROR, MAYBE_SECRET, SDK_ERROR, SECRET, SECRETS, WHOLE, Env, Label, Summary, any_field,
    at_field, keys_of, stored_errors,
)
from modelred_lint.flow_model import DataflowModel, matches
from modelred_lint.keyscan import name_words
from modelred_lint.lazy import cst
from modelred_lint.secret_uses import MINTED_PREFIX
from modelred_lint.names import NameTracker, dotted_name, last_name, literal_value, names_in, subscript_literal, words_say_secret
from modelred_lint.secret_uses import secret_uses
from modelred_lint.node_walk import child_nodes, descendants


# (interpreter class, statement type) -> its stmt_<Node> function, or None
_STMT_METHODS: dict = {}
_UNKNOWN = object()


# The texts a function makes whose literal words say what their parts are.
# (By the node classes' names: this module is imported before LibCST is, see lazy.py.)
_MADE_TEXTS = frozenset({"FormattedString", "BinaryOperation", "ConcatenatedString", "Call"})
# Sequences made where they are read (by class name: libcst is imported lazily).
_SEQUENCE_KINDS = frozenset({"List", "Tuple", "Set", "ListComp", "SetComp", "GeneratorExp"})


def _response_body_of(value) -> Optional[str]:
    """`resp.json()` (awaited, or one side of `... if resp.content else None`): resp."""
    kind = type(value)
    if kind is cst.Await:
        return _response_body_of(value.expression)
    if kind is cst.IfExp:
        return _response_body_of(value.body) or _response_body_of(value.orelse)
    if kind is cst.Call and type(value.func) is cst.Attribute and value.func.attr.value == "json" \
            and not value.args:
        return dotted_name(value.func.value)
    return None


def target_keys(node: cst.BaseExpression) -> list[str]:
    """The environment keys an assignment target binds."""
    if isinstance(node, (cst.Name, cst.Attribute)):
        key = dotted_name(node)
        return [key] if key else []
    if isinstance(node, (cst.Tuple, cst.List)):
        return [k for e in node.elements for k in target_keys(e.value)]
    if isinstance(node, cst.StarredElement):
        return target_keys(node.value)
    return []


# Calls that give a collection's items, in some order (for name in sorted(NAMES)).
_ORDERINGS = frozenset(("sorted", "list", "tuple", "set", "frozenset"))


def _keys_iterated(iterated) -> Optional[str]:
    """The dotted name of the mapping whose own keys a loop walks (`cfg`, `cfg.keys()`,
    `sorted(cfg)`, `list(cfg.keys())`), or None."""
    while type(iterated) is cst.Call and type(iterated.func) is cst.Name and iterated.func.value in _ORDERINGS \
            and len(iterated.args) == 1 and iterated.args[0].keyword is None and not iterated.args[0].star:
        iterated = iterated.args[0].value
    if type(iterated) is cst.Call and type(iterated.func) is cst.Attribute and iterated.func.attr.value == "keys" \
            and not iterated.args:
        iterated = iterated.func.value
    return dotted_name(iterated) if type(iterated) in (cst.Name, cst.Attribute) else None


class Interpreter(Expressions, Guards):
    """Interprets one function body. Subclasses report at sinks."""

    def __init__(self, names: NameTracker, vocab, sdk, model: DataflowModel, summaries: Mapping[str, Summary]):
        self.names = names
        self.vocab = vocab
        self.sdk = sdk
        self.model = model
        self.summaries = summaries
        # Flag parameters a specialised summary is made with (name -> truth): their
        # tests take one branch (see dataflow/flags.py)
        self.known_truth: dict[str, bool] = {}
        self.answers = name_answers(vocab)  # (what the vocabulary says of names, kept per plan)
        self.returns: list[frozenset] = []
        # Per return: what each element of its tuple holds, or None (not a tuple): for a
        # summary's parts (`return headers, payload`)
        self.return_parts: list[Optional[tuple]] = []
        self.exits: list[Env] = []  # environments at normal exits (returns, fall-through)
        self.except_depth = 0
        self.raises = False
        # Where the interpretation stands: the statement (for suppression comments) and
        # the top-level statement holding it (for positions). A function's analysis is
        # given its top; the module's finds it statement by statement.
        self.current: Optional[cst.CSTNode] = None
        self.top: Optional[cst.CSTNode] = None
        self._fixed_top = False
        self._depth = 0
        self._loop_once = False  # in a loop's first pass (see loop)
        self._unsettled = False  # a loop run once in it would have needed its second pass
        # Per loop being read, the environments at its `continue` and `break` statements:
        # a pass over the body ends there too (see loop).
        self._jumps: list[list[Env]] = []
        # Names bound to fields read from a structure (`token = data.get("tok") or
        # data.get("access_token")`): a test that finds the name empty finds them empty.
        self.field_aliases: dict[str, tuple] = {}
        self.conditions: dict[str, cst.BaseExpression] = {}  # a name bound to a test: `if not valid:` reads it
        # The body being interpreted (for a read ahead: which attributes of a name it
        # reads), and those reads once made.
        self.scope_body = None
        self._attribute_reads: Optional[dict] = None
        self._binding_segments: Optional[dict] = None  # see _read_after
        self._key_reads: Optional[dict] = None
        self.key_reads: Optional[dict] = None  # given by the rule for a function's body
        # The secrets carried in the URLs of the requests made so far (their errors name
        # the URL: see url-error-types).
        self.keyed_requests: list[Label] = []
        # Keyed requests by call node, and the names holding their responses (whose
        # raise_for_status() raises the error that names the URL) or, in an except clause,
        # an error of one (keyed_responses: its .request is the request sent).
        self.keyed_calls: dict[int, Label] = {}
        # Every keyed request made so far, whatever its errors say: an error caught from one
        # holds the request sent (e.request.url; see stmt_Try)
        self.keyed_sent: list[Label] = []
        # The SDK errors caught by the except clauses being interpreted (their names; None
        # for `except ModelRedError:`), innermost last.
        self.caught_errors: list[Optional[str]] = []
        # For each except clause entered, what the text of the error it caught holds (a
        # keyed URL's secret; EMPTY for none): a traceback written there shows it.
        self.caught_texts: list[frozenset] = []
        self.secret_uses: frozenset = frozenset()  # names the function uses as a secret
        self.text_tokens = False  # in a parser's or a lexer's method (see FlowRules.analyse)
        self.secret_files: dict[str, str] = {}  # names bound to a path of a file of secrets
        self.keyed_responses: dict[str, Label] = {}
        # resp = requests.post(url, headers={"Accept": ...}): a response to a request sent
        # with no credential in view (its resp.request.headers hold none)
        self.plain_responses: set[str] = set()
        self.token_responses: set[str] = set()  # resp = requests.post(TOKEN_URL, data={"grant_type": ...})
        self.response_bodies: dict[str, str] = {}  # body = resp.json(): body -> resp
        self.token_bodies: set[str] = set()  # data = {"grant_type": ...}: a token request's body
        self.hiding_instances: set[str] = set()  # names bound to an object that hides its keys
        self.loop_values: dict[str, tuple] = {}  # loop variables over a module constant's strings
        # Of those, the ones in their loop's body and not bound since, whose loop is over a
        # display of literal texts that nothing changes: the texts are all it can be (see
        # expressions._plain_loop_texts; the others' texts are read only to find a secret's)
        self.plain_loops: set[str] = set()
        # Loop variables over a mapping's own keys (`for k in cfg`, `for k in sorted(cfg)`,
        # `cfg.keys()`): the mapping's dotted name. cfg[k] in the loop reads each field.
        self.own_keys: dict[str, str] = {}
        # Loop variables over a structure's keys or over names (`for k, v in cfg.items()`,
        # `for name in ("OPENAI_API_KEY", "MODEL")`): the structure's dotted name (None: any
        # read by the name) and the names among them of fields that hold a secret; and the
        # names bound to a value read by such a key (v, value = cfg.get(name)) -> the key's.
        # A test on the key's name then says which branch no secret reaches (key_tests.py).
        self.key_fields: dict[str, tuple[Optional[str], frozenset]] = {}
        self.key_pairs: dict[str, str] = {}
        self._rows_read: Optional[tuple] = None
        self._fixed: dict[str, object] = {}  # see _fixed_strings
        # Did a request or a command whose error quotes a secret run here (caught or not)?
        # Only then can a message hold such an error's text (see MessageSinks._raises_quoting).
        self.quoted_any = False
        # Names bound to a sequence made here (a list or tuple display, a comprehension):
        # iterated, each yields an element whole, a record with its secret field too.
        self.sequences: set[str] = set()
        # (the parameters that hold records in turn, `creds: list[Creds]`: creds[0] is one
        # whole, as a loop over them gives it)
        self.record_sequences: set[str] = set()
        # Names bound here to a list, tuple or set display (env_names = ["OPENAI_API_KEY",
        # ...]): iterated, its strings are the loop variable's, as a module constant's are.
        self.displays: dict[str, cst.CSTNode] = {}
        self.dict_displays: dict[str, cst.CSTNode] = {}  # names bound to a dict display here
        # Names of lists the function appends tuples of names to (out.append((name, key,
        # url))), with what each element holds: returned, the list is iterated as a
        # generator of those tuples would be, element by element.
        self.appended_parts: dict[str, Optional[tuple]] = {}
        self.call_parts: dict[int, tuple] = {}  # id(call) -> what each element of its tuple holds

    def within(self, top: Optional[cst.CSTNode]) -> "Interpreter":
        self.top, self._fixed_top = top, top is not None
        return self

    # -- entry --------------------------------------------------------------------------
    def run_function(self, node: cst.FunctionDef, initial: Env) -> Env:
        self.scope_body = node.body
        env = self.block(node.body, initial)
        if env is not None:
            self.exits.append(env)
        return env

    def block(self, body, env: Optional[Env]) -> Optional[Env]:
        """Interpret statements; None when every path has left the block."""
        kind = type(body)  # (by exact type: LibCST's node classes are ABCs, whose isinstance() is slow)
        statements = body.body if kind is cst.IndentedBlock or kind is cst.Module or kind is cst.SimpleStatementSuite \
            else [body]
        self._depth += 1
        try:
            for statement in statements:
                if env is None:
                    return None
                if self._depth == 1 and not self._fixed_top:
                    self.top = statement
                env = self.statement(statement, env)
            return env
        finally:
            self._depth -= 1

    # -- statements ---------------------------------------------------------------------
    def statement(self, node, env: Env) -> Optional[Env]:
        self.current = node
        if type(node) is cst.SimpleStatementLine:
            for small in node.body:
                env = self.small(small, env)
                if env is None:
                    return None
            return env
        key = (type(self), type(node))
        method = _STMT_METHODS.get(key, _UNKNOWN)
        if method is _UNKNOWN:  # (looked up once per class and node type, as Expressions.expr)
            method = _STMT_METHODS[key] = getattr(type(self), f"stmt_{type(node).__name__}", None)
        return method(self, node, env) if method is not None else env

    def small(self, node, env: Env) -> Optional[Env]:
        kind = type(node)
        if kind is cst.Assign:
            labels = self.expr(node.value, env)
            for target in node.targets:
                self.bind(target.target, labels, env, node.value)
            return env
        if kind is cst.AnnAssign:
            if node.value is not None:
                self.bind(node.target, self.expr(node.value, env), env, node.value)
            return env
        if kind is cst.AugAssign:
            labels = self.expr(node.value, env) | self.expr(node.target, env)
            self.bind(node.target, labels, env, None)
            return env
        if kind is cst.Expr:
            self.expr(node.value, env)
            if self.never_returns(node.value):
                self.raises = True
                return None
            self.statement_call(node.value, env)
            return env
        if kind is cst.Return:
            value = node.value
            if type(value) is cst.Tuple and not any(type(e) is cst.StarredElement for e in value.elements):
                # (each element read once: what the tuple holds is what they hold)
                parts = tuple(self.expr(e.value, env) for e in value.elements)
                labels = frozenset().union(*parts)
            else:
                parts = None
                labels = self.said_secret(value, self.expr(value, env)) if value is not None else EMPTY
                if type(value) is cst.Name:
                    parts = self.appended_parts.get(value.value)  # return out: its rows' elements
                elif value is not None and self.made_as_key(value):
                    # return PREFIX + secrets.token_urlsafe(32): a key made here, as where it is
                    # bound to a name (generate_unified_key()'s callers hold it)
                    labels = labels | {Label(SECRET, "a key made with the secrets module")}
            self.on_return(node, labels, env)
            self.returns.append(labels)
            self.return_parts.append(parts)
            self.exits.append(env)
            return None
        if kind is cst.Raise:
            if node.exc is not None:
                self.on_raise(node, env)
            elif self.caught_texts:
                # a bare `raise` in an except clause: the caught error goes on, its text with it
                self.keyed_requests.extend(self.caught_texts[-1])
            self.raises = True
            return None
        if kind is cst.Del:
            self._delete(node.target, env)
            return env
        if kind is cst.Continue or kind is cst.Break:
            if self._jumps:
                self._jumps[-1].append(env.copy())
            return None
        if kind is cst.Assert:
            self.expr(node.test, env)  # no guard: assert vanishes under python -O
            self.on_assert(node, env)
            return env
        return env

    def _delete(self, target, env: Env) -> None:
        """`del info["api_key"]` (and each of `del a["x"], b["y"]`): as info.pop("api_key")."""
        if type(target) in (cst.Tuple, cst.List):
            for element in target.elements:
                self._delete(element.value, env)
        elif type(target) is cst.Subscript:
            key = subscript_literal(target)
            if isinstance(key, str) and key:
                self.drop_field(dotted_name(target.value), key, env)

    def stmt_If(self, node: cst.If, env: Env) -> Optional[Env]:
        taken = self.known_branch(node.test) if self.known_truth else None
        if taken is not None:  # `if secret:` of a flag the call fixed: that branch alone
            if taken:
                return self.block(node.body, env)
            if node.orelse is None:
                return env
            if isinstance(node.orelse, cst.If):
                return self.stmt_If(node.orelse, env)
            return self.block(node.orelse.body, env)
        self.expr(node.test, env)
        when_true, when_false = env.copy(), env.copy()
        self.refine(node.test, when_true, when_false)
        failed = self.failed_response(node.test)
        if failed is not None:
            # resp.json() there is the error's body, not tokens; and a body read before the
            # test (body = resp.json(), then `if resp.status_code in (400, 401):`) holds
            # none of the fields the success path reads of it
            self._empty_bodies(failed, when_true)
        reply = self.failed_reply(node.test)
        if reply is not None:
            # data.get("code") != 0, "error" in data, not data.get("access_token"): where
            # it holds, data is the reply of a failed request, not the tokens read of it
            self._error_reply(reply, when_true if reply[1] else when_false)
        token = failed if failed in self.token_responses else None
        if token is not None:
            self.token_responses.discard(token)
        after_body = self.block(node.body, when_true)
        if token is not None:
            self.token_responses.add(token)
        # `if 200 <= resp.status_code < 300: return parse(resp.json())`: past it, or in
        # its else, the token request failed, and resp.json() is the error's body. Where
        # the success branch ends (returns, raises), that holds for the rest of the block.
        succeeded = self.succeeded_response(node.test) if self.token_responses else None
        ok_token = succeeded if succeeded in self.token_responses else None
        if ok_token is not None:
            self.token_responses.discard(ok_token)
            # and a body read before the test (body = await resp.json(), then `if
            # resp.status == 200: return tokens(body)`) is the error's on the other branch
            self._empty_bodies(ok_token, when_false)
        if node.orelse is None:
            after_else: Optional[Env] = when_false
        elif isinstance(node.orelse, cst.If):
            after_else = self.stmt_If(node.orelse, when_false)
        else:
            after_else = self.block(node.orelse.body, when_false)
        if ok_token is not None and after_body is not None:
            self.token_responses.add(ok_token)
        alive = [e for e in (after_body, after_else) if e is not None]
        return Env.join(alive) if alive else None

    def _empty_bodies(self, response: str, env: Env) -> None:
        """Where a test says the request failed: the bodies read of its response hold
        none of the fields the success path reads of them."""
        for name, read_of in self.response_bodies.items():
            held = env.get(name) if read_of == response else None
            if held:
                env.set(name, frozenset(l for l in held if not (l.kind in SECRETS and l.path)))

    def _error_reply(self, reply: tuple, env: Env) -> None:
        """A failed reply holds neither the fields the success path reads of it nor
        what its name alone would say it holds (`token_result`): only where a secret
        was put in it (a value of ours, not the reply's). Where the test showed one
        secret field absent (`not cfg.get("api_key")`), only that field is gone: a
        structure of ours may still hold another (its password)."""
        name, _, field = reply
        held = env.get(name)
        if held is None:
            held = self.implicit(name, None)
        if held:
            # (put, not set: what a guard found of its paths, `data["x"] is None`, stays)
            env.put(name, frozenset(l for l in held if not (l.kind in SECRETS and (
                l.named or (l.path and (field is None or l.path[0] == field))))))

    def failed_reply(self, test) -> Optional[tuple[str, bool, Optional[str]]]:
        """The reply a test checks for failure, on which branch it failed (True: where
        the test holds), and the secret field it showed absent (None: the whole reply
        failed): its status field against success (`data.get("code") != 0`,
        `data["errcode"] == 0`), its error field (`"error" in data`, `data.get("error")`),
        or the secret field a success carries (`not data.get("access_token")`, `"access_token"
        not in data`, and `not token` where `token = data.get("access_token")`). `not`
        turns the branch over; `or` (`and`) of such tests of one reply, or of its being
        empty, fails where the test holds (does not)."""
        kind = type(test)
        if kind is cst.UnaryOperation and type(test.operator) is cst.Not:
            inner = self.failed_reply(test.expression)
            return None if inner is None else (inner[0], not inner[1], inner[2])
        if kind is cst.BooleanOperation:
            left, right = self.failed_reply(test.left), self.failed_reply(test.right)
            failing = type(test.operator) is cst.Or  # (the branch where either fails)
            sides = [side if side is not None else self._falsy_reply(part, failing)
                     for side, part in ((left, test.left), (right, test.right))]
            if (left is None) != (right is None):
                # `not resp.ok or "access_token" not in payload`, payload = resp.json(): the
                # response's failure is its body's, and a reply (not a structure of ours)
                # without its token is a failed one too: the whole reply is an error's
                known, part = (left, test.right) if right is None else (right, test.left)
                response = (self.failed_response if failing else self.succeeded_response)(part)
                if response is not None and known[1] is failing and self.response_bodies.get(known[0]) == response:
                    return known[0], failing, None
            if None in sides or sides[0][:2] != sides[1][:2] or sides[0][1] is not failing \
                    or (left is None and right is None):
                return None
            fields = {sides[0][2], sides[1][2]} - {None}  # (of either: what is gone on both)
            return None if len(fields) > 1 else (sides[0][0], failing, next(iter(fields), None))
        if kind is cst.Comparison and len(test.comparisons) == 1:
            operator, right = type(test.comparisons[0].operator), test.comparisons[0].comparator
            if operator is cst.In or operator is cst.NotIn:
                field, reply = self.constant_string(test.left), dotted_name(right)
                if field is None or reply is None or not field.isidentifier():
                    return None  # ("BEGIN PRIVATE KEY" not in pem: a text's, not a reply's field)
                if field in self.model.reply_error_fields:
                    return reply, operator is cst.In, None
                if self.vocab.is_secret_name(field, strict=True):
                    return reply, operator is cst.NotIn, field
                return None
            read = self.field_read(test.left)
            reply = dotted_name(read[0]) if read is not None and type(test.left) is not cst.Attribute else None
            if reply is None:
                if (operator is cst.Is or operator is cst.IsNot) and type(right) is cst.Name and right.value == "None":
                    absent = self._secret_field_of(test.left)  # token is None
                    return None if absent is None else (*absent, operator is cst.Is)
                return None
            field = read[1]
            if (operator is cst.Equal or operator is cst.NotEqual) and field in self.model.reply_code_fields:
                value = right.evaluated_value if type(right) in (cst.Integer, cst.SimpleString) else None
                if value in (0, 200, "0", "200"):
                    return reply, operator is cst.NotEqual, None
                return None
            if (operator is cst.Is or operator is cst.IsNot) and type(right) is cst.Name and right.value == "None" \
                    and self.vocab.is_secret_name(field, strict=True):
                return reply, operator is cst.Is, field  # data.get("access_token") is None
            return None
        read = self.field_read(test) if kind is cst.Subscript or kind is cst.Call else None
        if read is not None and dotted_name(read[0]):
            if read[1] in self.model.reply_error_fields:
                return dotted_name(read[0]), True, None  # if data.get("error"):
            if self.vocab.is_secret_name(read[1], strict=True):
                return dotted_name(read[0]), False, read[1]  # if data.get("access_token"): (fails where not)
            return None
        absent = self._secret_field_of(test) if kind is cst.Name else None
        return None if absent is None else (absent[0], False, absent[1])  # if token: (fails where not)

    def _secret_field_of(self, node) -> Optional[tuple[str, str]]:
        """The reply a name stands for a secret field of, and the field (`token =
        data.get("access_token")`)."""
        reads = self.field_aliases.get(node.value) if type(node) is cst.Name else None
        if not reads or len(reads) != 1 or not self.vocab.is_secret_name(reads[0][1], strict=True):
            return None
        reply = dotted_name(reads[0][0])
        return None if reply is None else (reply, reads[0][1])

    def _falsy_reply(self, node, failing: bool) -> Optional[tuple[str, bool, None]]:
        """`not data` in an `or` (`data` in an `and`): a reply with nothing in it."""
        if failing and type(node) is cst.UnaryOperation and type(node.operator) is cst.Not and type(node.expression) is cst.Name:
            return node.expression.value, True, None
        if not failing and type(node) is cst.Name:
            return node.value, False, None
        return None

    def known_branch(self, test) -> Optional[bool]:
        """Whether a test of a known flag parameter holds (None: not known)."""
        flag = tested_flag(test)
        truth = self.known_truth.get(flag[0]) if flag is not None else None
        return None if truth is None else truth != flag[1]

    def failed_response(self, test) -> Optional[str]:
        """The response a test says failed, if any: `not resp.ok`, `resp.status_code !=
        200` (or `not in`, `>`, `>=`), and `== 401` or `in (400, 401, 403)` where every
        code is 400 or above."""
        model = self.model
        if type(test) is cst.UnaryOperation and type(test.operator) is cst.Not and type(test.expression) is cst.Attribute \
                and test.expression.attr.value in model.response_success_attributes:
            return dotted_name(test.expression.value)
        if type(test) is not cst.Comparison or len(test.comparisons) != 1 or type(test.left) is not cst.Attribute \
                or test.left.attr.value not in model.response_status_attributes:
            return None
        operator, right = type(test.comparisons[0].operator), test.comparisons[0].comparator
        if operator in (cst.NotEqual, cst.GreaterThanEqual, cst.GreaterThan, cst.NotIn):
            return dotted_name(test.left.value)
        if operator is cst.Equal:
            codes = [right]
        elif operator is cst.In and type(right) in (cst.Tuple, cst.List, cst.Set):
            codes = [e.value for e in right.elements]
        else:
            return None
        if codes and all(type(c) is cst.Integer and c.evaluated_value >= 400 for c in codes):
            return dotted_name(test.left.value)
        return None

    def succeeded_response(self, test) -> Optional[str]:
        """The response a test says succeeded, if any: `resp.ok`, `resp.is_success`,
        `200 <= resp.status_code < 300`, `resp.status_code < 300`, `== 200` (or `in`
        codes all below 300)."""
        model = self.model
        if type(test) is cst.Attribute and test.attr.value in model.response_success_attributes:
            return dotted_name(test.value)
        if type(test) is not cst.Comparison:
            return None
        status = test.left
        checks = [(type(c.operator), c.comparator) for c in test.comparisons]
        if len(checks) == 2 and type(test.left) is cst.Integer \
                and checks[0][0] in (cst.LessThanEqual, cst.LessThan) and test.left.evaluated_value >= 100:
            status, checks = checks[0][1], checks[1:]  # 200 <= resp.status_code < 300
        if len(checks) != 1 or type(status) is not cst.Attribute or status.attr.value not in model.response_status_attributes:
            return None
        operator, right = checks[0]
        if operator in (cst.LessThan, cst.LessThanEqual) and type(right) is cst.Integer and right.evaluated_value <= 300:
            return dotted_name(status.value)
        codes = [right] if operator is cst.Equal else (
            [e.value for e in right.elements] if operator is cst.In and type(right) in (cst.Tuple, cst.List, cst.Set) else [])
        if codes and all(type(c) is cst.Integer and 100 <= c.evaluated_value < 300 for c in codes):
            return dotted_name(status.value)
        return None

    def stmt_For(self, node: cst.For, env: Env) -> Optional[Env]:
        labels = self.expr(node.iter, env)
        keys_of = _keys_iterated(node.iter) if type(node.target) is cst.Name else None
        mapping = labels
        if keys_of is not None:
            mapping = self._key_labels(env, keys_of)  # (sorted(cfg) gives its keys: cfg's fields are what a test narrows)
            if not any(l.kind in SECRETS for l in mapping):
                keys_of = None  # (a mapping that holds no secret: its reads need no name of their own)
            else:
                self.own_keys[node.target.value] = keys_of
        try:
            return self.loop(
                env, lambda e: (self.bind_iteration(node.target, node.iter, labels, e),
                                self._note_key_fields(node.target, node.iter, mapping),
                                self._bind_own_key_reads(node.target, keys_of, e), self.block(node.body, e))[3],
                node.orelse, node, target_keys(node.target),
            )
        finally:
            self.plain_loops.difference_update(names_in(node.target))  # (after the loop: its last value, or none)
            if keys_of is not None:
                self.own_keys.pop(node.target.value, None)
                self.key_pairs.pop(own_key_read(keys_of, node.target.value), None)

    def _bind_own_key_reads(self, target, keys_of: Optional[str], env: Env) -> None:
        """`for k in cfg`: what `cfg[k]` reads in the body (every field of cfg in turn)
        is kept under a name of its own, which a test on `k` narrows as it narrows `v` of
        `for k, v in cfg.items()` (narrow_keys: `if "key" in k: ...`)."""
        if keys_of is None:
            return
        read = own_key_read(keys_of, target.value)
        env.put(read, every_field(self._key_labels(env, keys_of)))
        self.key_pairs[read] = target.value

    def _note_key_fields(self, target, iterated, labels: frozenset) -> None:
        """What a loop's variables are of, for the tests on a key's name (key_fields)."""
        for name in names_in(target):
            self.key_fields.pop(name, None)
            self.key_pairs.pop(name, None)
        rows_read, self._rows_read = self._rows_read, None
        if rows_read is not None and rows_read[0] is target:
            self._note_row_keys(*rows_read)
            return
        method = last_name(iterated.func) if type(iterated) is cst.Call and type(iterated.func) is cst.Attribute \
            and not iterated.args else None
        if method == "items" and type(target) is cst.Tuple and len(target.elements) == 2:
            key, value = (e.value for e in target.elements)
            # (not the environment's: it holds secrets beyond those the code reads by
            # name, FIRM_KEY_* of `k.startswith("FIRM_KEY_")`)
            fields = _secret_fields(labels) if self.names.qualname(iterated.func.value) != "os.environ" else None
            if type(key) is cst.Name and type(value) is cst.Name and fields:
                self.key_fields[key.value] = (dotted_name(iterated.func.value), fields)
                self.key_pairs[value.value] = key.value
            return
        if type(target) is not cst.Name:
            return
        names = self.loop_values.get(target.value)
        if names:  # for name in ("OPENAI_API_KEY", "MODEL"): its secrets' names among them
            fields = frozenset(n for n in names if self._secret_among((n,)))
            if fields:
                self.key_fields[target.value] = (None, fields)
        elif method in (None, "keys"):  # for k in cfg (cfg.keys(), sorted(cfg)): the fields of cfg that hold a secret
            source = _keys_iterated(iterated)
            fields = _secret_fields(labels)
            if fields and source:
                self.key_fields[target.value] = (source, fields)

    def _note_row_keys(self, target, rows, cells) -> None:
        """`for name, value in [("TOKEN", os.getenv("TOKEN")), ("MODEL", ...)]`: a column of
        texts is a key, and each other column's values are read by it (the secret's rows'
        texts its fields)."""
        elements = [e.value for e in target.elements]
        for at, key in enumerate(elements):
            texts = [literal_value(row.elements[at].value) for row in rows]
            if type(key) is not cst.Name or not all(isinstance(t, str) for t in texts):
                continue
            for other, value in enumerate(elements):
                fields = frozenset(t for t, row in zip(texts, cells) if any(l.kind in SECRETS for l in row[other]))
                if other != at and type(value) is cst.Name and fields:
                    self.key_fields[key.value] = (_ROWS, fields)
                    self.key_pairs[value.value] = key.value

    def _keyed_by(self, value) -> Optional[str]:
        """The key variable (key_fields) a value is read by: cfg[k], cfg.get(k),
        os.getenv(name), getattr(obj, k); of its structure where the key is of one."""
        kind = type(value)
        if kind is cst.Subscript and len(value.slice) == 1 and type(value.slice[0].slice) is cst.Index:
            receiver, index = value.value, value.slice[0].slice.value
        elif kind is cst.Call and value.args and not value.args[0].keyword and type(value.func) is cst.Attribute \
                and (value.func.attr.value in self.model.field_read_calls or value.func.attr.value == "getenv"):
            receiver, index = value.func.value, value.args[0].value
        elif kind is cst.Call and type(value.func) is cst.Name and value.func.value == "getattr" and len(value.args) >= 2:
            receiver, index = value.args[0].value, value.args[1].value
        else:
            return None
        known = self.key_fields.get(index.value) if type(index) is cst.Name else None
        if known is None or (known[0] is not None and dotted_name(receiver) != known[0]):
            return None
        return index.value

    def _fixed_strings(self, name: str):
        """The display a name stands for on every path, for a key test: one the function
        binds it to once, or the module's constant; not one either changes (`hidden =
        []`, then `hidden = ["api_key"]` under a flag; HIDDEN.clear())."""
        if name in self._fixed:  # (asked once per field a test is run for: read once per name)
            return self._fixed[name]
        display = self.displays.get(name)
        if display is not None:
            fixed = display if self._bound_once(name) and not self._mutated(name, getattr(self, "scope_body", None)) \
                else None
        else:
            module_value = getattr(getattr(self, "rule", None), "module_value", None)
            fixed = module_value(name) if module_value is not None else None
            if fixed is not None and type(fixed) is not cst.Tuple and self._module_mutates(name):
                fixed = None
        self._fixed[name] = fixed
        return fixed

    @staticmethod
    def _mutated(name: str, body) -> bool:
        """Is the name's value changed in place anywhere in the body (see mutated_name)?"""
        return any(mutated_name(node) == name for node in descendants(body)) if body is not None else False

    def _module_mutates(self, name: str) -> bool:
        """_mutated() of the module's whole body, from the rule's one reading of it
        (mutated_names) where it keeps one: asked by each function's interpretation for
        each constant it tests a key on, a walk of the module apiece was quadratic in a
        module of many such functions."""
        rule = getattr(self, "rule", None)
        names = getattr(rule, "module_mutations", None)
        if names is not None:
            return name in names()
        return self._mutated(name, getattr(rule, "_module", None))

    def narrow_keys(self, test, when_true: Env, when_false: Env) -> None:
        """A test on a key's name (`"key" in k.lower()`, `k in SECRET_FIELDS`): in the
        branch it leaves no field of a secret, the values read by that key hold none."""
        for key in set(names_in(test)) & set(self.key_fields):
            fields = self.key_fields[key][1]
            verdicts = {key_test(test, key, field, self._fixed_strings) for field in fields}
            if None in verdicts:
                continue
            for env, truth in ((when_true, True), (when_false, False)):
                if truth in verdicts:
                    continue
                for value in [v for v, of in self.key_pairs.items() if of == key]:
                    held = env.get(value)
                    if held:
                        env.put(value, frozenset(l for l in held if l.kind not in SECRETS))

    def expr_Yield(self, node, env: Env) -> frozenset:
        """A generator's items are what its calls give (as a return's value, tuple by
        tuple: `for key, status in probe(keys)` of `yield key, status`). The yield's own
        value is what the caller sends in: nothing here."""
        value = node.value
        if value is None:
            return EMPTY
        if type(value) is cst.From:  # (yield from: what the inner generator gives is not followed)
            self.expr(value.item, env)
            return EMPTY
        if type(value) is cst.Tuple and not any(type(e) is cst.StarredElement for e in value.elements):
            parts = tuple(self.expr(e.value, env) for e in value.elements)
            labels = frozenset().union(*parts)
        else:
            parts, labels = None, self.expr(value, env)
        self.returns.append(labels)
        self.return_parts.append(parts)
        return EMPTY

    def bind_iteration(self, target, iterated, labels: frozenset, env: Env) -> None:
        """The loop variable(s) of `for target in iterated`: `for name, value in
        d.items()` gives the keys (names) nothing of the values' secrets."""
        self._note_loop_values(target, iterated, env)
        if (
            isinstance(target, cst.Tuple)
            and len(target.elements) == 2
            and isinstance(iterated, cst.Call)
            and last_name(iterated.func) == "items"
        ):
            key, value = (e.value for e in target.elements)
            self.bind(key, frozenset(l for l in labels if l.kind not in SECRETS) | keys_of(labels), env, None)
            self.bind(value, any_field(labels), env, None)
            return
        # Iterating a structure that holds a secret at a field yields its keys (a dict);
        # a list of secrets yields secrets, unless its name says it is a mapping
        # (`for arg in redis_kwargs`: the names of the arguments). A sequence made here
        # yields its elements whole: `for rec in [Record(key) for ...]` gives records.
        if self._bind_rows(target, iterated, env):
            return  # for model_id, cfg in [("a", ProviderConfig...(api_key=k)), ...]
        rows = self.appended_parts.get(iterated.value) if type(iterated) is cst.Name else None
        if rows is not None and type(target) in (cst.Tuple, cst.List) and len(rows) == len(target.elements) \
                and not any(type(e) is cst.StarredElement for e in target.elements):
            # for model_id, cfg in models: the rows appended to it, element by element
            for element, part in zip(target.elements, rows):
                self.bind(element.value, part, env, None)
            return
        if type(iterated).__name__ in _SEQUENCE_KINDS or (type(iterated) is cst.Name and iterated.value in self.sequences):
            self.bind(target, labels, env, None)
            return
        if type(iterated) is cst.Call and id(iterated) in self.call_parts:
            self.bind(target, labels, env, iterated)  # a generator of the module's tuples, element by element
            return
        mapping = self.names_a_mapping(dotted_name(iterated) or "")
        self.bind(target, frozenset(l for l in labels if not l.path and not (mapping and l.kind in SECRETS))
                  | keys_of(labels), env, None)
        self._loop_names_at_their_word(target, iterated, env)

    def _loop_names_at_their_word(self, target, iterated, env: Env) -> None:
        """`for row_id, api_key in rows`: a part of an unpacked row named strictly like a
        secret, over what the analysis cannot see into (a query's rows, a parameter), is
        taken at its name's word, as an assignment's target is (not one over a constant's
        texts: loop_values; nor one named as a derivative or handed on as a name). Only a
        part of a row, and a name of two words or more: a variable looped over a list
        alone is most often one of their names (`for secret_key in required_secrets`,
        `for secret in missing_secrets`), in the secrets tooling that loops over them."""
        if type(target) not in (cst.Tuple, cst.List):
            return
        keys = [k for k in target_keys(target) if "." not in k and k not in self.loop_values
                and len(name_words(k)) > 1]
        if not keys or not self.opaque(iterated):
            return
        references = self.reference_arguments()
        for key in keys:
            label = self.name_label(key, key)
            if label is None or label.kind is not SECRET or key in references or self.names_a_derivative(key):
                continue
            env.put(key, (env.get(key) or EMPTY) | {label})

    def _note_loop_values(self, target, iterated, env: Optional[Env] = None) -> None:
        """The strings a loop variable takes from a module constant (`PROVIDER_ENV =
        {"openai": "OPENAI_API_KEY", ...}`; its keys, its values by `.items()` or
        `.values()`, a list's elements) or from a literal tuple of them (`for name in
        (USER_VAR, PASSWORD_VAR)`, module constants bound to strings): see variable_name."""
        for name in names_in(target):
            self.loop_values.pop(name, None)
            self.plain_loops.discard(name)
            for field in [k for k in self.loop_values if k.startswith(name + ".")]:
                del self.loop_values[field]  # (spec.key_env of the last loop over spec)
        method = last_name(iterated.func) if isinstance(iterated, cst.Call) and isinstance(iterated.func, cst.Attribute) \
            and not iterated.args else None
        base = iterated.func.value if method in ("items", "values", "keys") else iterated
        rule = getattr(self, "rule", None)
        if rule is None or not hasattr(rule, "module_value"):
            return
        while method is None:
            # (some of a constant's strings, in some order: ALLOWED - internal, sorted(ALLOWED))
            if type(base) is cst.BinaryOperation and type(base.operator) in (cst.Subtract, cst.BitAnd):
                base = base.left
            elif type(base) is cst.Call and type(base.func) is cst.Name and base.func.value in _ORDERINGS \
                    and len(base.args) == 1 and base.args[0].keyword is None and not base.args[0].star:
                base = base.args[0].value
            else:
                break
        if type(base) in (cst.List, cst.Tuple, cst.Set) and method is None:
            value = base
        elif isinstance(base, cst.Name):
            value = self.displays.get(base.value) or rule.module_value(base.value)
            if value is None and method is None and type(target) is cst.Name:
                # for p in Provider, an Enum of the module whose members' values are
                # texts: p.value takes them (and p itself, a str mixed in or not: a superset)
                members = rule.enum_values(base.value)
                if members:
                    self.loop_values[target.value] = self.loop_values[f"{target.value}.value"] = members
                return
        else:
            return
        if isinstance(value, cst.Dict):
            pairs = [e for e in value.elements if isinstance(e, cst.DictElement)]
            keys, values = [e.key for e in pairs], [e.value for e in pairs]
        elif isinstance(value, (cst.List, cst.Tuple, cst.Set)):
            keys = values = [e.value for e in value.elements]
        else:
            return
        if method == "items" and isinstance(target, cst.Tuple) and len(target.elements) == 2:
            taken = zip((e.value for e in target.elements), (keys, values))
        else:
            taken = [(target, values if method == "values" else keys)]
        for element, rows in taken:
            self._take_column(element, rows)
            if type(element) is cst.Name and rows and all(type(r) is cst.SimpleString for r in rows) \
                    and (value is base or (isinstance(base, cst.Name) and self._fixed_strings(base.value) is value
                                           and (base.value in self.displays or (env is not None and env.get(base.value) is None)))):
                self.plain_loops.add(element.value)  # (literal texts all, in a display nothing changes)

    def _take_column(self, element, rows) -> None:
        """A loop variable takes the strings of its rows; a tuple of variables, each its
        column of rows that are tuples as long (for name, base, env in PROVIDERS; for
        name, (base, env, model) in TARGETS.items(), of ("url", "X_API_KEY", "m") rows)."""
        if isinstance(element, cst.Tuple):
            if rows and all(isinstance(r, cst.Tuple) and len(r.elements) == len(element.elements) for r in rows):
                for at, inner in enumerate(element.elements):
                    self._take_column(inner.value, [r.elements[at].value for r in rows])
            return
        module_value = self.rule.module_value  # (a row that is a module constant: USER_VAR)
        rows = [module_value(r.value) or r if type(r) is cst.Name else r for r in rows]
        strings = tuple(v for v in (literal_value(r) for r in rows) if isinstance(v, str))
        if isinstance(element, cst.Name) and strings:
            self.loop_values[element.value] = strings
        if isinstance(element, cst.Name) and rows and all(type(r) is cst.Dict for r in rows):
            # for name, spec in PROVIDERS.items() of {"openai": {"key_env": "OPENAI_API_KEY"}}:
            # spec["key_env"] takes the rows' texts at that field
            fields: dict[str, list] = {}
            for row in rows:
                for entry in row.elements:
                    if type(entry) is cst.DictElement:
                        field, text = literal_value(entry.key), literal_value(entry.value)
                        if isinstance(field, str) and isinstance(text, str):
                            fields.setdefault(field, []).append(text)
            for field, texts in fields.items():
                self.loop_values[f"{element.value}.{field}"] = tuple(texts)

    def stmt_While(self, node: cst.While, env: Env) -> Optional[Env]:
        self.expr(node.test, env)
        return self.loop(env, lambda e: self.block(node.body, e), node.orelse, node, ())

    def loop(self, env: Env, body, orelse, node=None, targets=()) -> Env:
        """A loop's body twice: the second time with what the first left (a value a later
        statement of the body gives an earlier one). Within a first pass, a nested loop
        runs once: the enclosing loop's second pass runs it twice with what it carries,
        so that the cost grows with the nesting's depth, not as a power of two.

        The second pass is left out where it would repeat the first (see _settled): the
        first changed nothing a second would start from but names the body binds afresh
        before it reads them (the loop variable, `delta = chunk.choices[0].delta`), and
        ran each loop nested in it to its own end."""
        state = self._loop_state()
        body = self._with_jumps(body)
        if self._loop_once:
            first = body(env.copy())
            joined = Env.join([e for e in (env, first) if e is not None])
            if not self._settled(node, env, first, targets, state):
                self._unsettled = True  # (the enclosing loop needs its second pass)
        else:
            self._loop_once, self._unsettled = True, False
            try:
                first = body(env.copy())
            finally:
                self._loop_once = False
            if not self._unsettled and self._settled(node, env, first, targets, state):
                joined = Env.join([e for e in (env, first) if e is not None])
            else:
                second = body(Env.join([env, first]) if first is not None else env.copy())
                joined = Env.join([e for e in (env, first, second) if e is not None])
        if orelse is not None:
            after = self.block(orelse.body, joined)
            return after if after is not None else joined
        return joined

    def _with_jumps(self, body):
        """A pass over a loop's body, ending where the body ends and at each `continue`
        and `break` in it (`except E as e: errors.append(str(e)); continue` leaves
        `errors` holding the text for the code after the loop). A `break` is taken to
        the next pass too: a superset."""
        def run(env: Env) -> Optional[Env]:
            self._jumps.append([])
            try:
                out = body(env)
            finally:
                taken = self._jumps.pop()
            ends = [e for e in (out, *taken) if e is not None]
            return Env.join(ends) if ends else None
        return run

    def _bind_rows(self, target, iterated, env: Env) -> bool:
        """`for model_id, provider, cfg in targets` over a list or tuple display of tuples
        as long (written in the loop, or bound to the name here): each loop variable takes
        its column, each row's element read again (as _note_row reads one)."""
        display = iterated if type(iterated) in (cst.List, cst.Tuple) else (
            self.displays.get(iterated.value) if type(iterated) is cst.Name else None)
        if display is None or type(target) not in (cst.Tuple, cst.List) \
                or any(type(e) is cst.StarredElement for e in target.elements):
            return False
        rows = [e.value for e in display.elements]
        width = len(target.elements)
        if not rows or not all(rereadable_row(r) and len(r.elements) == width for r in rows):
            return False
        cells = [[self.expr(element.value, env) for element in r.elements] for r in rows]
        for at, element in enumerate(target.elements):
            self.bind(element.value, frozenset().union(*(row[at] for row in cells)), env, None)
        self._rows_read = (target, rows, cells)  # (for _note_key_fields: which rows hold a secret)
        return True

    def _made_text(self, value) -> bool:
        """Is `value` a text made here (an f-string, a concatenation or %-format, a
        text call: .format(), Template.substitute())?"""
        kind = type(value)
        if kind is cst.Await:
            return self._made_text(value.expression)
        return kind is cst.FormattedString or kind is cst.BinaryOperation or (
            kind is cst.Call and last_name(value.func) in self.model.text_calls)

    def _loop_state(self) -> tuple:
        """What a pass over a loop's body reads besides the environment, keyed by name."""
        return (dict(self.field_aliases), dict(self.loop_values), set(self.plain_loops), dict(self.keyed_responses),
                set(self.token_responses),
                set(self.plain_responses), dict(self.dict_displays),
                set(self.hiding_instances), dict(self.__dict__.get("rejects", ())), set(self.sequences),
                set(self.record_sequences), set(self.token_bodies), dict(self.displays), dict(self.appended_parts), dict(self.response_bodies))

    def _settled(self, node, env: Env, first: Optional[Env], targets, state: tuple) -> bool:
        """Would a second pass over the loop's body repeat the first? It starts from
        what the first left joined to `env`, and from the state beside it: the same where
        the first pass added nothing to a name but to the loop variable's (bound again
        when the pass starts) and to names the body binds again before any mention of
        them (whatever they held is replaced before it is read). Each of those names'
        dotted paths (`delta.content`) goes with it: binding a name drops them."""
        changed = []
        if first is not None:
            for key, labels in first.vars.items():
                held = env.vars.get(key)
                if held is not labels and (held is None or not labels <= held):
                    changed.append(key)
        after = self._loop_state()
        if not changed and after == state:
            return True
        free = set(targets)
        # (the loop variables' values over a constant: set again when a pass starts)
        if state[1] != after[1] and not _differing(state[1], after[1]) <= free:
            return False
        moved = set()
        for index, (old, new) in enumerate(zip(state, after)):
            if index != 1 and old != new:
                moved |= _differing(old, new)
        roots = moved | {key.partition(".")[0] for key in changed if not _within(key, free)}
        if roots and node is None:
            return False
        for name in roots:
            if not self._bound_first(node, name):
                return False
        free |= roots
        return all(_within(key, free) for key in changed)

    def _bound_first(self, node, name: str) -> bool:
        """Is `name` bound by a plain `name = value` statement of the loop's body before
        any statement mentions it, and before any `return` (whose exit would see it)?
        A name that holds a field read from it stands for it there (`token =
        data.get("t")`, then `if not token` cleans data's field): as if it were named."""
        if "." in name:
            return False
        standing = {name} | {alias for alias, reads in self.field_aliases.items()
                             if any((dotted_name(read[0]) or "").partition(".")[0] == name for read in reads)}
        body = node.body
        statements = body.body if type(body) is cst.IndentedBlock else ()
        for index, statement in enumerate(statements):
            if type(statement) is cst.SimpleStatementLine and len(statement.body) == 1:
                small = statement.body[0]
                if type(small) is cst.Assign and len(small.targets) == 1 and type(small.targets[0].target) is cst.Name \
                        and small.targets[0].target.value == name:
                    # (the statements before it read only now: most names are bound in a
                    # nested block, and the walk is spared)
                    return standing.isdisjoint(self._statement_names(small.value)[0]) and not any(
                        returns or not standing.isdisjoint(mentioned)
                        for mentioned, returns in map(self._statement_names, statements[:index]))
        return False

    def _statement_names(self, node) -> tuple:
        """The names a statement (or expression) mentions anywhere in it, and whether it
        holds a return. (Read once per node by each interpreter.)"""
        memo = self.__dict__.setdefault("_names_memo", {})
        found = memo.get(id(node))
        if found is None:
            names, returns = set(), False
            name_type, return_type = cst.Name, cst.Return
            for inner in descendants(node):
                kind = type(inner)
                if kind is name_type:
                    names.add(inner.value)
                elif kind is return_type:
                    returns = True
            found = memo[id(node)] = (node, names, returns)
        return found[1], found[2]

    def stmt_With(self, node: cst.With, env: Env) -> Optional[Env]:
        for item in node.items:
            labels = self.expr(item.item, env)
            if node.asynchronous is not None and "__aenter__" in self.model.key_checking_calls:
                # `async with application:` starts a key-checking client (its __aenter__)
                held = [l for l in labels if l.kind is KEY_CLIENT]
                if held:
                    self.note_key_check(held)
            if item.asname is not None:
                self.bind(item.asname.name, labels, env, item.item)
        return self.block(node.body, env)

    def stmt_Try(self, node: cst.Try, env: Env) -> Optional[Env]:
        before = env.copy()
        requests_before, sent_before = len(self.keyed_requests), len(self.keyed_sent)
        after_body = self.block(node.body, env)
        keyed = self.keyed_requests[requests_before:]
        self.quoted_any = self.quoted_any or bool(keyed)
        # (a client's refused key is caught by other clauses than a request's URL is:
        # key-error-types; each kind apart)
        refusals = [k for k in keyed if k.what.startswith(KEY_ERROR)]
        if refusals:
            keyed = [k for k in keyed if not k.what.startswith(KEY_ERROR)]
        body_end = len(self.keyed_requests)  # (what the else and the clauses raise is not caught here)
        sent = self.keyed_sent[sent_before:]
        if after_body is not None and node.orelse is not None:
            after_body = self.block(node.orelse.body, after_body)
        outs = [after_body] if after_body is not None else []
        taken = False  # an earlier clause caught the errors that name the URL
        refused = False  # an earlier clause caught the refusal of a client's key by its type
        connections = False  # an earlier clause caught connection errors (see read-timeout-types)
        for handler in node.handlers:
            start = Env.join([before] + ([after_body] if after_body is not None else []))
            sdk_error = handler.type is not None and self.is_sdk_error(handler.type)
            name = handler.name.name.value if handler.name is not None and isinstance(handler.name.name, cst.Name) else None
            held = [k for k in keyed if self._catches_quoting(handler.type, k)] \
                if not (connections and self._all_named(handler.type, self.model.read_timeout_types)) else []
            catches = bool(held)
            text = EMPTY  # what the caught error's text holds, named or not (its traceback shows it)
            if catches and not (taken and _catches_all(handler.type)):
                # requests' "... for url: https://...?key=...": the error's text
                # (except what a clause above took: `except HTTPStatusError` then
                # `except Exception` gets the other errors)
                # (a parameter's marker stays one: in a summary, the caller's argument
                # says whether the URL held a secret; the query shows every field of a
                # parameter handed as params=, its whole-value marker, Summary.whole_messages)
                text = frozenset({Label(SECRET, held[0].what, param=held[0].param, origin=held[0].origin,
                                        named=held[0].param is not None)})
                # (in a summary, every parameter a request's URL or query is made of:
                # requests.get(base_url, params=params))
                text |= {Label(SECRET, k.what, param=k.param, origin=k.origin, named=True)
                         for k in held[1:] if k.param is not None and k.param != held[0].param}
            # (only a named clause takes them: `except requests.HTTPError:` then `except
            # Exception as e` still gets requests' ConnectionError, which names the path and
            # query; the model is httpx's, where the status error is the one naming the URL)
            taken = taken or (catches and name is not None)
            catches_refusal = bool(refusals) and self._names_key_errors(handler.type)
            if catches_refusal and not (refused and _catches_all(handler.type)):
                text |= {Label(SECRET, refusals[0].what, origin=refusals[0].origin)}
            # (`except InvalidToken:` then `except Exception as e`: the refusal was taken,
            # named or not; the other errors of a start-up hold no key)
            refused = refused or (catches_refusal and not _catches_all(handler.type))
            self.caught_texts.append(text)
            if name is not None:
                labels = frozenset({Label(SDK_ERROR, name)}) if sdk_error else EMPTY
                start.set(name, labels | text)
                if sent:
                    # (any error of the requests: httpx's and requests' carry the request sent,
                    # e.request.url, whether or not their text names it; see expr_Attribute)
                    self.keyed_responses[name] = sent[0]
                else:
                    self.keyed_responses.pop(name, None)  # (an earlier clause's error of that name)
            connections = connections or (handler.type is not None and any(
                self.names.qualname(part) in self.model.connection_error_types for part in _handler_types(handler.type)))
            self.except_depth += 1
            if sdk_error:  # (traceback.format_exc() in the clause: the caught error's text)
                self.caught_errors.append(name)
            try:
                out = self.block(handler.body, start)
            finally:
                self.except_depth -= 1
                self.caught_texts.pop()
                if sdk_error:
                    self.caught_errors.pop()
                if name is not None:
                    self.keyed_responses.pop(name, None)  # (the name is unbound when the clause ends)
            if out is not None:
                outs.append(out)
        refusals_caught = bool(refusals) and any(self._names_key_errors(h.type) for h in node.handlers)
        if keyed or refusals_caught:
            # caught here (a caller does not see them)
            self.keyed_requests[requests_before:body_end] = [
                k for k in self.keyed_requests[requests_before:body_end]
                if not (refusals_caught if k.what.startswith(KEY_ERROR)
                        else any(self._catches_quoting(h.type, k) for h in node.handlers))]
        if node.finalbody is not None:
            base = Env.join(outs) if outs else before.copy()
            final = self.block(node.finalbody.body, base)
            return final if outs else None
        return Env.join(outs) if outs else None

    def _names_other_content(self, value, target: str) -> bool:
        """A field read whose field's name is no secret's (`.get("content")`, `.text`):
        an ambiguous target (`token`) holds what the field says. Not a field named by the
        target's own last word or whole name (new_key = created["key"]): the names agree
        (next_token = page["next_page_token"] does not: the field says it is a cursor)."""
        while type(value) is cst.BooleanOperation:
            value = value.left  # token = chunk.choices[0].delta.content or ""
        field = self.field_read(value)
        if field is None or self.vocab.is_secret_name(field[1]):
            return False
        own, words = name_words(target), name_words(field[1])
        return not (words and (words == own or words == own[-1:]))

    def _all_named(self, types, qualnames) -> bool:
        """Is every type an except clause names one of these (by qualified name)?"""
        return types is not None and all(self.names.qualname(part) in qualnames for part in _handler_types(types))

    def _names_url_errors(self, types) -> bool:
        """Does an except clause catch errors whose text can be a request's URL (or a
        command line)? A bare `except:` does."""
        if types is None:
            return True
        parts = _handler_types(types)
        return any(matches(last_name(part), self.model.url_error_types)
                   and self.names.qualname(part) not in self.model.quiet_url_errors for part in parts)

    def _catches_quoting(self, types, label: Label) -> bool:
        """Does an except clause catch this quoting error: one whose text can be a
        request's URL, or, for an error raised anew with that text, its class or a base of
        it by name (`except ApiError` of `raise ApiError(f"failed: {e}")`)?"""
        if self._names_url_errors(types):
            return True
        return bool(label.raised) and any(last_name(part) in label.raised for part in _handler_types(types))

    def class_chain(self, name: str) -> tuple:
        """A class and its bases, by their last names, as far as the rule reading the
        module can tell (FlowRules.class_chain); the class alone otherwise."""
        reader = getattr(getattr(self, "rule", None), "class_chain", None)
        return reader(name) if reader is not None else ((name,) if name else ())

    def _names_key_errors(self, types) -> bool:
        """Does an except clause catch the error a client's start-up raises when the
        service refuses its key (key-error-types)? A bare `except:` does."""
        return types is None or any(matches(last_name(part), self.model.key_error_types) for part in _handler_types(types))

    def stmt_TryStar(self, node, env: Env) -> Optional[Env]:
        return self.stmt_Try(node, env)  # type: ignore[arg-type]

    def stmt_Match(self, node, env: Env) -> Optional[Env]:
        self.expr(node.subject, env)
        outs = [self.block(case.body, env.copy()) for case in node.cases]
        alive = [e for e in outs if e is not None] + [env]
        return Env.join(alive)

    # Nested definitions are analysed on their own.
    def stmt_FunctionDef(self, node, env: Env) -> Env:
        env.set(node.name.value, EMPTY)
        return env

    def stmt_ClassDef(self, node, env: Env) -> Env:
        env.set(node.name.value, EMPTY)
        return env

    # -- binding ------------------------------------------------------------------------
    def said_secret(self, value, labels: frozenset) -> frozenset:
        """A text made here whose own words say what an ambiguous name in it is ("auth
        token = " + src["token"]): the name is a secret in it, as the words of a message
        make it one at a sink (bound to a name or returned, the words are not at the sink)."""
        if not labels or type(value).__name__ not in _MADE_TEXTS or not any(l.kind is MAYBE_SECRET for l in labels):
            return labels
        if not words_say_secret(self.vocab, (value,)):
            return labels
        return frozenset(replace(l, kind=SECRET) if l.kind is MAYBE_SECRET else l for l in labels)

    @staticmethod
    def _index_is_a_key(target) -> bool:
        """Is a subscript's index a name or a text (a mapping's key), not a number or
        an arithmetic (a list's position: rows[i] = key, rows[-1])?"""
        index = target.slice[0].slice if len(target.slice) == 1 else None
        inner = getattr(index, "value", None)
        return type(index) is cst.Index and type(inner) in (cst.Name, cst.Attribute, cst.FormattedString)

    def bind(self, target: cst.BaseExpression, labels: frozenset, env: Env, value) -> None:
        # (By exact type: LibCST's node classes are ABCs, whose isinstance() is slow.)
        if value is not None and type(target) is cst.Name:
            labels = self.said_secret(value, labels)  # msg = f"token {token}"
            self.plain_loops.discard(target.value)  # (a loop variable bound again: not one of the texts)
            self.own_keys.pop(target.value, None)
        target_kind, value_kind = type(target), type(value)
        if target_kind is cst.Name and self.key_fields:
            if target.value in self.key_fields:  # name = name.upper(): no longer the field's name
                del self.key_fields[target.value]
                for held in [v for v, of in self.key_pairs.items() if of == target.value]:
                    del self.key_pairs[held]
            key = self._keyed_by(value) if value is not None else None
            if key is not None:
                self.key_pairs[target.value] = key  # value = cfg.get(name)
            else:
                self.key_pairs.pop(target.value, None)
        if target_kind is cst.Subscript:
            outer = _literal_keys(target.value)  # cfg["llm"]["api_key"] = ...: cfg, at ("llm",)
            key = dotted_name(target.value) if outer is None else outer[0]  # a container takes what is put in it
            if key:
                field = self._subscript_key(target)
                if field is not None and self.names_a_derivative(field):
                    labels = frozenset(l for l in labels if l.kind not in SECRETS)  # row["key_hash"] = ...
                elif field is not None:
                    named = self.name_label(field)
                    if named is not None and value is not None and self.held_under_secret_name(value, labels):
                        labels = labels | {named}  # headers["Authorization"] = ...
                    labels = at_field(labels, field)
                elif self._index_is_a_key(target):
                    # saved[var] = os.environ.get(var): at a field we cannot name (its
                    # values hold it; iterated, a mapping gives its keys)
                    labels = at_field(labels, ANY_FIELD)
                held = env.get(key) or EMPTY
                path = (*(outer[1] if outer is not None else ()), subscript_literal(target))
                if path[-1] is not None:
                    # A literal key's field is replaced, not added to: a copy of the
                    # headers with `copy["Authorization"] = "REDACTED"` no longer holds
                    # the key there (what the field held before is gone).
                    held = frozenset(l for l in held if l.path[:len(path)] != path)
                for field in reversed(path[:-1]):
                    labels = at_field(labels, field)
                env.set(key, held | stored_errors(labels, (target, self.top, key)))
            return
        if (target_kind is cst.Tuple or target_kind is cst.List) and (value_kind is cst.Tuple or value_kind is cst.List):
            targets, values = target.elements, value.elements
            if len(targets) == len(values) and not any(isinstance(e, cst.StarredElement) for e in (*targets, *values)):
                for element, part in zip(targets, values):  # a, b = x, y: element by element
                    self.bind(element.value, self.expr(part.value, env), env, part.value)
                return
        if (target_kind is cst.Tuple or target_kind is cst.List) and len(target.elements) > 1 \
                and value_kind is cst.Call and last_name(value.func) in self.model.namespace_calls:
            # args, rest = parser.parse_known_args(): the namespace first, then the words
            # it did not know
            self.bind(target.elements[0].value, labels, env, value)
            for element in target.elements[1:]:
                self.bind(element.value, EMPTY, env, None)
            return
        if (target_kind is cst.Tuple or target_kind is cst.List) and len(target.elements) > 1:
            called = value.expression if value_kind is cst.Await else value
            parts = self.call_parts.get(id(called)) if called is not None else None
            if parts is not None and len(parts) == len(target.elements) \
                    and not any(type(e) is cst.StarredElement for e in target.elements):
                for element, part in zip(target.elements, parts):  # headers, payload = build(key)
                    self.bind(element.value, part, env, value)  # (and what each name says it holds)
                return
            if type(called) is cst.Call and last_name(called.func) in _SPLITTERS and _splits_credential(called) \
                    and not any(type(e) is cst.StarredElement for e in target.elements):
                # user, password = creds.split(":"), scheme, _, token = auth.partition(" "),
                # k, v = item.split("=", 1): the last part is the rest of the secret text;
                # the parts before it are names, schemes and separators
                kept = frozenset(l for l in labels if l.kind not in SECRETS)
                for element in target.elements[:-1]:
                    self.bind(element.value, kept, env, value)
                self.bind(target.elements[-1].value, labels, env, value)
                return
            # `base, key = resolve()`: which part holds the secret is not known here;
            # each target keeps the secrets its own name says it holds (added below).
            labels = frozenset(l for l in labels if l.kind not in SECRETS)
        if target_kind is cst.Name:
            called = value.expression if value_kind is cst.Await else value
            keyed = self.keyed_calls.get(id(called)) if called is not None else None
            if keyed is not None:
                self.keyed_responses[target.value] = keyed  # resp = requests.get(keyed URL)
            else:
                self.keyed_responses.pop(target.value, None)
            if called is not None and self.plain_request(called):
                self.plain_responses.add(target.value)
            else:
                self.plain_responses.discard(target.value)
            if called is not None and self.token_request(called):
                self.token_responses.add(target.value)
            else:
                self.token_responses.discard(target.value)
            body_of = _response_body_of(value) if value is not None else None
            if body_of is not None:
                self.response_bodies[target.value] = body_of
            elif not (value_kind is cst.Name and value.value == "None"):
                # (`except ValueError: body = None` leaves it the body, or nothing)
                self.response_bodies.pop(target.value, None)
            if value_kind is cst.Dict and self.token_body(value):
                self.token_bodies.add(target.value)  # data = {"grant_type": ...}, posted below
            else:
                self.token_bodies.discard(target.value)
            entry = self.table_entry_name(value) if value_kind is cst.Subscript or value_kind is cst.Call else None
            if entry is not None:
                self.loop_values[target.value] = (entry,)  # env = KEY_ENVS[provider]: one of its names
            if isinstance(called, cst.Call) and self.model.secret_hiding_modules and self.hides_secrets(called):
                self.hiding_instances.add(target.value)  # llm = ChatOpenAI(...): see typed_clean
            else:
                self.hiding_instances.discard(target.value)
            if value_kind.__name__ in _SEQUENCE_KINDS:
                self.sequences.add(target.value)
            else:
                self.sequences.discard(target.value)
            self.record_sequences.discard(target.value)  # (bound again: no longer the parameter's records)
            if value_kind is cst.Dict:
                self.dict_displays[target.value] = value  # headers = {...}: read by plain_request
            else:
                self.dict_displays.pop(target.value, None)
            if value_kind is cst.List or value_kind is cst.Tuple or value_kind is cst.Set:
                self.displays[target.value] = value
            else:
                self.displays.pop(target.value, None)
            self.appended_parts.pop(target.value, None)
            found = self.secret_file_of(value) if value is not None and self.model.secret_file_names else None
            if found:
                self.secret_files[target.value] = found  # path = base / "keys.json"; with open(path) as fh
            else:
                self.secret_files.pop(target.value, None)
            reads = self._field_reads(value) if value is not None else None
            if reads:
                self.field_aliases[target.value] = reads
            else:
                self.field_aliases.pop(target.value, None)
            if value_kind is cst.BooleanOperation or value_kind is cst.Comparison or (
                    value_kind is cst.UnaryOperation and type(value.operator) is cst.Not) or (
                    value_kind is cst.Call and last_name(value.func) == "isinstance"):
                self.conditions[target.value] = value  # valid = isinstance(key, str) and key
            else:
                self.conditions.pop(target.value, None)
        seen_through = None  # self.opaque(value), asked once for every key bound
        for key in target_keys(target):
            label = self.name_label(key.rsplit(".", 1)[-1], key)
            bound_name = key.rsplit(".", 1)[-1]
            if label is not None and self.text_tokens and self.vocab.names_a_bare_token(bound_name):
                # define_token = extract_main_token(self.text) in a parser's method: its name
                # says nothing (a use as a key, below, or a source still does)
                label = None
            a_path = key in self.reference_arguments()
            if label is not None and a_path:
                # handed to from_service_account_file(): a path; to get_secret(), os.getenv():
                # a name (see held, below)
                label = None
            if label is None and bound_name.isupper() and self.vocab.names_a_key_variable_loosely(bound_name):
                # DEEPL_KEY = open(path).read().strip(): a key where the message says so, as
                # its read from the environment is (bound here: not a constant imported
                # to name a dict's key, CONFIG_KEY)
                label = Label(MAYBE_SECRET, f"`{key}`", named=True)
            if (label is None or label.kind is MAYBE_SECRET) and key in self.secret_uses:
                # passed on as a key (secret_uses.py), whatever its name leaves open
                # (new_key = created["api_key"]["value"], then f"Bearer {new_key}")
                label = Label(SECRET, f"`{key}`", named=True)
            held = labels
            last = key.rsplit(".", 1)[-1]
            if self.names_a_derivative(last):
                # api_key_hash = ..., masked_key = ...: the author says what the value
                # is (and a branch that did not hash it is a slip we cannot see).
                held = frozenset(l for l in labels if l.kind not in SECRETS)
            elif a_path:
                # service_account_key = kwargs.get("vertexai_service_account_key"), handed to
                # from_service_account_file(): a path, whatever the field it came from says
                # (and secret_key = cfg["secret_key"] handed to get_secret(): a name)
                held = frozenset(l for l in labels if l.kind not in SECRETS or l.path)
            elif self.names_a_description(last) and not (self.names_a_mapping(last) and self._made_text(value)):
                # identity_token_cfg = auth.get("identity_token"), secret_name = ...: a
                # value that describes a secret; a structure holding one at a field
                # (config = {"api_key": key}) still holds it, and so does a configuration
                # rendered as text (settings = TEMPLATE.substitute(password=password)).
                held = frozenset(l for l in labels if l.kind not in SECRETS or l.path)
            if label is not None and label.kind is MAYBE_SECRET and value is not None and self._names_other_content(value, last):
                label = None  # token = delta.get("content"): a streamed chunk's text, by its field's name
            if value is not None and label is not None and seen_through is None:
                seen_through = self.opaque(value)
            if value is not None and label is not None and (seen_through or self.made_by_secrets_module(value)):
                # `api_key = os.environ.get(KEY_VAR)`: what a secret-named target holds
                # from a source we cannot see into is taken at its name's word.
                held = labels | {label}
            if value is not None and (self.made_as_key(value) or (
                    label is not None and label.kind is MAYBE_SECRET and self.made_by_secrets_module(value))):
                # new = "mr_" + secrets.token_urlsafe(32), a key whatever holds it; new_key =
                # PREFIX + secrets.token_urlsafe(32), a key made here and named one
                held = held | {Label(SECRET, f"`{key}`")}
            structure = self.structure_label(last, key)
            if value is not None and seen_through is None and (structure is not None or target_kind is cst.Name):
                seen_through = self.opaque(value)
            if value is not None and structure is not None and seen_through:
                held = held | {structure}  # litellm_params = get_params(...)
            if target_kind is cst.Name and value_kind is cst.Call \
                    and last_name(value.func) in self.model.namespace_calls:
                # args = parser.parse_args(): printed, a Namespace shows every attribute,
                # args.api_key among them wherever the function reads it (the options the
                # module's parser declares are the call's own labels: expr_Call).
                held = held | frozenset(
                    Label(SECRET, f"`{key}`", path=(attr,), named=True)
                    for attr in self.secret_attributes_read(key)
                )
            if target_kind is cst.Attribute and value is not None and seen_through is None:
                seen_through = self.opaque(value)  # self._login = r.json()
            if (target_kind is cst.Name or target_kind is cst.Attribute) and value is not None and seen_through:
                # reply = response.json(), logged, then reply["access_token"] read: the
                # structure held the secret field when it was logged too (as a read
                # of it shows, wherever the function makes it), unless the name is bound
                # again before the read (`body = resp.text()` of a failed reply, raised;
                # then `body = resp.json()` and body["access_token"]: another value's).
                fields = self.secret_keys_read(key)
                if fields and target_kind is cst.Name and not self._read_after(target, key):
                    fields = ()
                held = held | frozenset(
                    Label(SECRET, f"`{key}`", path=field if isinstance(field, tuple) else (field,))
                    for field in fields)
            literal = self.bound_key_literal(last, value) if target_kind is cst.Name or target_kind is cst.Attribute \
                else None
            if literal is not None:
                # openai_api_key = "sk-proj-...": a key, in a script; openai.api_key = "sk-...",
                # where the attribute is read
                held = held | {literal}
            if (target_kind is cst.Name or target_kind is cst.Attribute) and any(
                l.kind in SECRETS and l.origin is None for l in held
            ):
                # Where the secret came to this name: a finding's second place.
                origin = (target, self.top, key)
                held = frozenset(
                    replace(l, origin=origin) if l.kind in SECRETS and l.origin is None else l for l in held
                )
            if target_kind is cst.Name and value_kind.__name__ in DISPLAYS:
                held = stored_errors(held, (target, self.top, key))  # row = {"error": str(e)}
            env.set(key, held)
        called = value.expression if value_kind is cst.Await else value
        made_into = target.value if target_kind is cst.Name else dotted_name(target) if target_kind is cst.Attribute else None
        if made_into and type(called) is cst.Call:
            # s = Settings(): s.modelred_api_key of a SecretStr field, s.max_tokens of an
            # int, hold no secret (as for a module-level instance: typed_clean)
            rule = getattr(self, "rule", None)
            clean = getattr(rule, "clean_fields", None)
            made_class = rule.made_class(called.func) if clean and target_kind is cst.Name else None
            for field in clean.get(made_class or "", ()) if made_class else ():
                env.set(f"{target.value}.{field}", EMPTY)
            # session = aiohttp.ClientSession(headers=headers): session.headers are those
            # headers (an object keeps what it is made with under the keyword's name; the
            # object itself is no structure: printed, most show their class). A class's
            # constructor only, by its capital: a request's response has headers of its own.
            # (self._http = httpx.Client(headers={"Api-Key": self._api_key}) too: the
            # instance's attribute path, which the class's other methods read)
            made = last_name(called.func) or ""
            for arg in called.args if made[:1].isupper() else ():
                if arg.keyword is not None and type(arg.value) in (cst.Name, cst.Attribute, cst.Dict):
                    kept = frozenset(l for l in self.expr(arg.value, env) if l.kind in SECRETS)
                    if kept:
                        env.set(f"{made_into}.{arg.keyword.value}", kept)

    def secret_attributes_read(self, name: str) -> frozenset:
        """The secret-named attributes the interpreted body reads of `name`."""
        if self._attribute_reads is None:
            reads: dict = {}
            vocab = self.vocab
            attribute, plain = cst.Attribute, cst.Name
            for node in descendants(self.scope_body) if self.scope_body is not None else ():
                if type(node) is attribute and type(node.value) is plain \
                        and vocab.is_secret_name(node.attr.value, strict=True):
                    reads.setdefault(node.value.value, set()).add(node.attr.value)
            self._attribute_reads = reads
        return frozenset(self._attribute_reads.get(name, ()))

    def _read_after(self, target, name: str) -> bool:
        """May a read of `name`'s fields (name[...], name.get(...), the name handed to
        a call) tell what this binding of it (its target node) holds? See
        _binding_segments. A binding the walk of the body did not see counts as read
        (what every binding counted as before)."""
        segments = self._binding_segments
        if segments is None:
            model = self.model
            writers = model.log_methods | {c.rsplit(".", 1)[-1] for c in model.output_calls}
            segments = self._binding_segments = _binding_segments(self.scope_body, model.field_read_calls, writers)
        read = segments.get(id(target))
        return True if read is None else read

    def secret_keys_read(self, name: str) -> frozenset:
        """The secret-named keys the interpreted body reads of `name`: name["api_key"],
        name.get("access_token"). (A function's are read with its secret uses, in one walk:
        key_reads; the module's body here.)"""
        if self.key_reads is not None:
            return frozenset(self.key_reads.get(name, ()))
        if self._key_reads is None:
            reads: dict = {}
            if self.scope_body is not None:  # (secret_uses reads any node's `body`)
                secret_uses(SimpleNamespace(body=self.scope_body), self.vocab, reads=reads, constant=self.module_value,
                            field_reads=self.model.field_read_calls,
                            callee_reads=getattr(getattr(self, "rule", None), "callee_reads", None))
            self._key_reads = reads
        return frozenset(self._key_reads.get(name, ()))

    def made_as_key(self, value) -> bool:
        """`"mr_" + secrets.token_urlsafe(32)`, f"sk-{secrets.token_hex(24)}": a key format's
        prefix joined to what the secrets module makes is a key, whatever holds it."""
        kind = type(value)  # (by exact type: most values are neither, and ABCs' isinstance is slow)
        head = value.left if kind is cst.BinaryOperation and type(value.operator) is cst.Add else (
            value.parts[0] if kind is cst.FormattedString and value.parts else None)
        if head is None:
            return False
        if type(head) is cst.FormattedStringText:
            text = head.value
        elif type(head) is cst.Name:
            rule = getattr(self, "rule", None)  # PREFIX = "gw_live_" at module level
            bound = rule.module_value(head.value) if rule is not None and hasattr(rule, "module_value") else None
            text = literal_value(bound) if bound is not None else None
        else:
            text = literal_value(head) if head is not None else None
        if not isinstance(text, str):
            return False
        prefixes = self.vocab.key_prefixes
        # (a key format's prefix, or one of the same shape: "gw_live_", "vk-", a word or
        # two ending in a separator, as keys minted by the code itself begin)
        if bool(prefixes) and text.startswith(prefixes):
            return self.made_by_secrets_module(value, few_bytes=True)  # ("sk_" + token_hex(4): a key's format)
        return MINTED_PREFIX.fullmatch(text) is not None and self.made_by_secrets_module(value)

    def made_by_secrets_module(self, value, few_bytes: bool = False) -> bool:
        """`raw_key = PREFIX + secrets.token_urlsafe(32)`: a value made with the
        standard library's secrets module is what its name says; not one made of fewer
        bytes than minted-secret-min-bytes (`"r_" + secrets.token_hex(4)`: an id's random
        suffix), unless few_bytes."""
        call = cst.Call
        for node in descendants(value):
            if type(node) is call:
                qualname = self.names.qualname(node.func) or ""
                if qualname.startswith("secrets.") and (few_bytes or not self._few_bytes(qualname, node)):
                    return True
        return False

    def _few_bytes(self, qualname: str, call) -> bool:
        """secrets.token_hex(4), token_urlsafe(nbytes=6): fewer bytes than a secret's."""
        if qualname not in ("secrets.token_hex", "secrets.token_urlsafe", "secrets.token_bytes"):
            return False
        given = next((a.value for a in call.args if a.keyword is None or a.keyword.value == "nbytes"), None)
        return type(given) is cst.Integer and given.evaluated_value < self.vocab.minted_secret_min_bytes

    def _field_reads(self, value) -> Optional[tuple]:
        """`data["f"]`, `data.get("f") or data.get("g")`, `data.get("f") if data else
        None` (empty where data is, or its field), `str(data.get("f", ""))`: the fields
        read, or None."""
        if type(value) is cst.IfExp and type(value.orelse) is cst.Name and value.orelse.value == "None":
            return self._field_reads(value.body)
        if type(value) is cst.Call and type(value.func) is cst.Name and value.func.value == "str" \
                and len(value.args) == 1 and not value.args[0].keyword and not value.args[0].star:
            return self._field_reads(value.args[0].value)  # str(data.get("f", "")): empty where the field is
        if isinstance(value, cst.BooleanOperation) and isinstance(value.operator, cst.Or):
            left, right = self._field_reads(value.left), self._field_reads(value.right)
            return left + right if left and right else None
        read = self.field_read(value)
        return (read,) if read is not None and dotted_name(read[0]) else None

    # -- sink hooks ---------------------------------------------------------------------
    def on_call(self, node: cst.Call, name: Optional[str], receiver: frozenset, args: list, env: Env) -> None:
        pass

    def on_raise(self, node: cst.Raise, env: Env) -> None:
        pass

    def on_assert(self, node: cst.Assert, env: Env) -> None:
        pass

    def on_return(self, node: cst.Return, labels: frozenset, env: Env) -> None:
        pass


# Calls that cut a text in parts (see bind: unpacked, the last part keeps the secret),
# from the left, at the separators of a credential's parts (user:password, "Bearer
# token", name=value; white space). Not rsplit(":") of a URL: its last part is a port.
_SPLITTERS = frozenset({"split", "partition"})
_CREDENTIAL_SEPARATORS = frozenset({":", " ", "="})


def _splits_credential(call) -> bool:
    first = call.args[0] if call.args else None
    if first is None or (first.keyword is not None and first.keyword.value == "maxsplit"):
        return True  # split(): at white space
    separator = literal_value(first.value)
    return separator in _CREDENTIAL_SEPARATORS


def _within(key: str, names) -> bool:
    """Is the key one of these names, or a dotted path under one?"""
    return key in names or any(key.startswith(name + ".") for name in names)


def _differing(old, new) -> set:
    """The names whose entries differ between two states of a dict or a set."""
    if isinstance(old, set):
        return old ^ new
    return {k for k in old.keys() | new.keys() if old.get(k, _UNKNOWN) != new.get(k, _UNKNOWN)}


def _catches_all(types) -> bool:
    """`except:`, `except Exception`, `except BaseException`."""
    return types is None or last_name(types) in ("Exception", "BaseException")


def _literal_keys(node) -> Optional[tuple[str, tuple[str, ...]]]:
    """`cfg["llm"]["model"]` read as (the container's name, the literal keys inside it),
    where every key is a string literal: ("cfg", ("llm", "model")); None otherwise."""
    keys: list[str] = []
    while type(node) is cst.Subscript:
        key = subscript_literal(node)
        if key is None:
            return None
        keys.append(key)
        node = node.value
    if not keys:
        return None
    base = dotted_name(node)
    return (base, tuple(reversed(keys))) if base else None


def _binding_segments(body, field_calls, writers) -> dict[int, bool]:
    """For each plain name a body binds (by the id of the target's Name node): may a
    read of the name's fields tell what this binding holds? Not where every such read
    comes after the name is bound again on every path from it, in the order of the
    text (`body = resp.text()` raised in a branch, then `body = resp.json()` after it,
    and body["access_token"]); a binding in another branch (an else, an except) leaves
    it standing, and a read before it, in an earlier branch, still says what such a
    value holds. A read: by a subscript or a field-read call, or the name handed whole
    to a call that is not one of `writers` (log methods, print: they show it); not
    shown inside a message's text. An assignment's value is read before its targets
    are bound (`data = normalize(data)` reads the binding it replaces)."""
    if body is None:
        return {}
    out: dict[int, bool] = {}
    live: dict[str, list] = {}  # name -> its bindings that may still reach a read: (target id, path)
    read_names: set[str] = set()  # names read so far in the text
    name_kind, subscript, call, attribute = cst.Name, cst.Subscript, cst.Call, cst.Attribute
    branches, value_first = _branch_kinds(), _value_first()
    stack = [(body, ())]
    while stack:
        node, path = stack.pop()
        if node is _LEAVE:
            for name, bindings in live.items():
                live[name] = [b for b in bindings if b[1][:len(path)] != path]
            continue
        kind = type(node)
        if kind is _Bound:
            targets = node.targets
        else:
            targets = _bound_names(node, kind)
            if targets and kind in value_first:
                stack.append((_Bound(targets), path))  # (taken once the value below is read)
                targets = ()
        for target in targets:
            name = target.value
            # (a binding kills those made in its own block, or in blocks nested in it)
            kept = [b for b in live.get(name, ()) if b[1][:len(path)] != path]
            kept.append((id(target), path))
            live[name] = kept
            out[id(target)] = name in read_names
        if kind is _Bound:
            continue
        bases = ()
        if kind is subscript:
            bases = (node.value,)
        elif kind is call:
            # name.get("f"); and the name handed whole to a call, which may read its
            # fields (Session.model_validate(reply), a helper that reads conf["api_key"])
            called = last_name(node.func)
            bases = [] if called in writers else [arg.value for arg in node.args]
            if type(node.func) is attribute and node.func.attr.value in field_calls:
                bases.append(node.func.value)
        for base in bases:
            if type(base) is name_kind:
                read_names.add(base.value)
                for target, _ in live.get(base.value, ()):
                    out[target] = True
        if kind is cst.Raise or kind is cst.Return:
            # (what the block bound before it goes no further: its value is raised or
            # returned here; read first, by the children below)
            stack.append((_LEAVE, path))
        inner = path + (id(node),) if kind in branches else path
        # (child_nodes, not LibCST's `children`, which rebuilds each child it returns:
        # this walk was half of a small module's lint)
        stack.extend((child, inner) for child in reversed(child_nodes(node)))
    return out


_LEAVE = object()  # (in _binding_segments' walk: the end of a raise or a return)


class _Bound:
    """In _binding_segments' walk: an assignment's targets, bound where this is met."""

    __slots__ = ("targets",)

    def __init__(self, targets: list) -> None:
        self.targets = targets


@functools.lru_cache(maxsize=None)
def _value_first() -> frozenset:
    """The bindings whose value is read before their targets are bound."""
    return frozenset({cst.Assign, cst.AnnAssign, cst.NamedExpr})


@functools.lru_cache(maxsize=None)
def _branch_kinds() -> frozenset:
    """The nodes whose bodies are a block of their own (or one branch of several)."""
    return frozenset({cst.If, cst.Else, cst.For, cst.While, cst.With, cst.Try, cst.TryStar, cst.ExceptHandler,
                      cst.ExceptStarHandler, cst.Finally, cst.Match, cst.MatchCase, cst.FunctionDef, cst.ClassDef})


def _bound_names(node, kind) -> list:
    """The Name nodes a statement or expression binds as a whole (assignment, for,
    with ... as, :=; the elements of a tuple target)."""
    if kind is cst.Assign:
        targets = [t.target for t in node.targets]
    elif kind is cst.AnnAssign or kind is cst.NamedExpr:
        targets = [node.target]
    elif kind is cst.For:
        targets = [node.target]
    elif kind is cst.WithItem:
        targets = [node.asname.name] if node.asname is not None else []
    else:
        return []
    out = []
    while targets:
        target = targets.pop()
        if type(target) is cst.Name:
            out.append(target)
        elif type(target) in (cst.Tuple, cst.List):
            targets.extend(e.value for e in target.elements)
        elif type(target) is cst.StarredElement:
            targets.append(target.value)  # (first, *rest = parts)
    return out


def _handler_types(types) -> list:
    """The types an except clause names: `except (A, B)` or `except A`."""
    return [e.value for e in types.elements] if isinstance(types, cst.Tuple) else [types]


def mutated_name(node) -> Optional[str]:
    """The name whose value the node changes in place, if it does: a method call on it
    that is not a read (`HIDDEN.clear()`), an augmented assignment to it, an item
    assigned (`hidden["x"] = ...`)."""
    kind = type(node)
    if kind is cst.Call and type(node.func) is cst.Attribute and type(node.func.value) is cst.Name \
            and node.func.attr.value in _MUTATING_METHODS:
        return node.func.value.value
    if kind is cst.AugAssign and type(node.target) is cst.Name:
        return node.target.value
    if kind is cst.AssignTarget and type(node.target) is cst.Subscript and type(node.target.value) is cst.Name:
        return node.target.value.value
    return None


def mutated_names(body) -> frozenset:
    """Every name the body changes in place (mutated_name), in one walk."""
    return frozenset(filter(None, map(mutated_name, descendants(body)))) if body is not None else frozenset()


# Methods that change a list or a set in place (a key test's names read from it then are
# not the display's).
_MUTATING_METHODS = frozenset({"append", "extend", "insert", "remove", "pop", "clear", "add", "discard", "update",
                               "difference_update", "intersection_update", "symmetric_difference_update"})

# The structure of a key over rows: no read by the key is of it (the rows' columns are the
# values the key goes with).
_ROWS = "\0rows"


def _secret_fields(labels: frozenset) -> Optional[frozenset]:
    """The names of a structure's fields that hold a secret, or None where a secret's
    field is not known by its name (the structure's own, a field computed at run time)."""
    fields = set()
    for label in labels:
        if label.kind in SECRETS:
            if not label.path or label.path[0] in (ANY_FIELD, WHOLE):
                return None
            fields.add(label.path[0])
    return frozenset(fields)
