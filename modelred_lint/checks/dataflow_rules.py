"""MR010 unvalidated-sdk-input, MR020 secret-in-exception, MR021 secret-in-log and
MR022 sdk-error-exposed: the rules that follow values through a function."""

from __future__ import annotations

from typing import Iterator, Optional

from modelred_lint.dataflow import (
    CLIENT,
    EMPTY,
    MAYBE_SECRET,
    PARAM,
    SDK_ERROR,
    SECRET,
    UNTRUSTED,
    Env,
    Interpreter,
    Label,
    Summary,
    kinds,
    parameters_in,
)
from modelred_lint.flow_model import (
    EXTRA_SANITIZERS,
    EXTRA_SECRET_SOURCES,
    EXTRA_SINKS,
    EXTRA_VALIDATORS,
    UNTRUSTED_PARAMETERS,
    matches,
)
from modelred_lint.flow_scan import flow_scopes, log_call_test, some_secret
from modelred_lint.knowledge import EXTRA_SECRET_NAMES
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, last_name, literal_value
from modelred_lint.rule import FixSpec, Rule
from modelred_lint.triggers import Trigger, all_of, mentions

REDACTED = "[REDACTED]"


def is_verdict(node: Optional[cst.BaseExpression], validators) -> bool:
    """An expression that yields a judgement, not a value: comparisons, `not`, bool(),
    True/False, a regex match, a validator's call."""
    if node is None:
        return False
    if isinstance(node, (cst.Comparison, cst.UnaryOperation)):
        return True
    if isinstance(node, cst.BooleanOperation):
        return is_verdict(node.left, validators) and is_verdict(node.right, validators)
    if isinstance(node, cst.Name):
        return node.value in ("True", "False")
    if isinstance(node, cst.Call):
        name = last_name(node.func)
        return name in ("bool", "isinstance", "all", "any") or matches(name, validators)
    return False


class LazySummaries:
    """The summaries of a module's functions, each made when a call first asks for it
    (a helper defined below its caller included); a function that calls itself, or
    one being summarised, has none while its summary is made."""

    def __init__(self, summarise) -> None:
        self.functions: dict[str, cst.FunctionDef] = {}
        self._summarise = summarise
        self._done: dict[str, Optional[Summary]] = {}

    def get(self, name: str, default=None) -> Optional[Summary]:
        if name not in self.functions:
            return default
        if name not in self._done:
            self._done[name] = None  # in progress
            self._done[name] = self._summarise(self.functions[name])
        return self._done[name] if self._done[name] is not None else default

    def __contains__(self, name: object) -> bool:
        return name in self.functions


def sink_arguments(interp: Interpreter, node: cst.Call, name, receiver, args) -> Iterator[tuple]:
    """(argument node, parameter, method, labels) for each identifier argument of an SDK
    call, and for each argument a same-module function hands on to one."""
    func = node.func
    if isinstance(func, cst.Attribute):
        sink = interp.sdk.sinks.get(name) or interp.model.extra_sinks.get(name)
        if sink and _sdk_receiver(interp, func.value, name, receiver):
            for index, arg in enumerate(node.args):
                if arg.star:
                    continue
                if arg.keyword is not None:
                    parameter = arg.keyword.value if arg.keyword.value in sink else None
                else:
                    parameter = next((p for p, pos in sink.items() if pos == index), None)
                if parameter is not None:
                    yield arg.value, parameter, name, args[index]
    elif isinstance(func, cst.Name) and interp.summaries.get(name) is not None:
        summary = interp.summaries.get(name)
        for index, method, parameter in summary.sinks:
            if index < len(node.args) and not node.args[index].star and node.args[index].keyword is None:
                yield node.args[index].value, parameter, f"{method}` through `{name}", args[index]


def _sdk_receiver(interp: Interpreter, receiver_node, method: str, receiver_labels) -> bool:
    """A known client; or, in a file that imports the SDK, a method only the SDK has, or
    a receiver named as a client (one a factory of another module made)."""
    if kinds(receiver_labels, CLIENT) or interp.names.is_client(receiver_node):
        return True
    if not interp.names.imports_any(interp.sdk.modules):
        return False
    receiver_name = (last_name(receiver_node) or "").lower()
    return method in interp.sdk.distinctive_sinks or "client" in receiver_name or "modelred" in receiver_name


class FlowRules(Rule):
    codes = ("MR010", "MR020", "MR021", "MR022")
    options = (
        UNTRUSTED_PARAMETERS,
        EXTRA_SINKS,
        EXTRA_VALIDATORS,
        EXTRA_SANITIZERS,
        EXTRA_SECRET_SOURCES,
        EXTRA_SECRET_NAMES,
    )
    READS_EXPRESSIONS = False  # it interprets each function's statements itself

    @classmethod
    def triggers(cls, knowledge):
        """MR010 needs an SDK call by name, MR022 an except clause in a file that names
        the SDK; MR020/MR021 a secret source and a raise (a log call) in one function,
        checked first on the words of the text, then on CPython's tree."""
        sdk, flow = knowledge.sdk, knowledge.dataflow
        mentions_sdk = mentions(m.split(".")[0] for m in sdk.modules)
        log_call = log_call_test(flow)
        return {
            "MR010": Trigger(all_of(mentions_sdk, mentions([*sdk.sinks, *flow.extra_sinks]))),
            "MR020": Trigger(all_of(mentions(["raise"]), some_secret), exact=lambda scan: scan.get(flow_scopes).raises),
            "MR021": Trigger(all_of(log_call, some_secret), exact=lambda scan: scan.get(flow_scopes).logs),
            "MR022": Trigger(all_of(mentions(["except"]), mentions_sdk)),
        }

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.model = ctx.knowledge.dataflow
        self._namer = Interpreter(self.names, self.vocab, self.sdk, self.model, {})
        self.summaries = LazySummaries(self.summarise)
        self.reported: set[tuple[str, int]] = set()

    # -- where the analysis runs ------------------------------------------------------------
    def visit_Module(self, node: cst.Module) -> None:
        # Summaries first, so that a handler above its helper still uses it. Imports
        # are read ahead for the same reason (the walk reads them again).
        for statement in node.body:
            if isinstance(statement, cst.SimpleStatementLine):
                for small in statement.body:
                    if isinstance(small, cst.Import):
                        self.names.visit_Import(small)
                    elif isinstance(small, cst.ImportFrom):
                        self.names.visit_ImportFrom(small)
        self.summaries.functions = {s.name.value: s for s in node.body if isinstance(s, cst.FunctionDef)}

    def leave_Module(self, node: cst.Module) -> None:
        body = [s for s in node.body if not isinstance(s, (cst.FunctionDef, cst.ClassDef))]
        self.analyse(cst.IndentedBlock(body=body), Env())

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.analyse(node.body, self.entry_env(node), top=self.ctx.statements[0] if self.ctx.statements else node)

    def analyse(self, body, env: Env, top: Optional[cst.CSTNode] = None) -> None:
        SinkInterpreter(self).within(top).block(body, env)

    # -- parameters --------------------------------------------------------------------
    def entry_env(self, node: cst.FunctionDef) -> Env:
        env = Env()
        mode = self.model.untrusted_parameters
        entrypoint = self.is_entrypoint(node)
        untrusted = entrypoint or mode == "all" or (mode == "public" and not node.name.value.startswith("_"))
        clean = self.choice_parameters(node) if entrypoint else set()
        params = node.params
        for index, param in enumerate((*params.posonly_params, *params.params, *params.kwonly_params)):
            name = param.name.value
            if index == 0 and name in ("self", "cls"):
                continue
            labels = set()
            if name in self.model.request_names:
                labels.add(Label(UNTRUSTED, "request data"))
            elif untrusted and name not in clean:
                kind = "handler" if entrypoint else "function"
                labels.add(Label(UNTRUSTED, f"parameter `{name}` of {kind} `{node.name.value}`"))
            secret = self._namer.name_label(name)
            if secret is not None:
                labels.add(secret)
            if param.annotation is not None and self.names.is_client_class(param.annotation.annotation):
                labels.add(Label(CLIENT, name))
            env.set(name, frozenset(labels))
        return env

    def is_entrypoint(self, node: cst.FunctionDef) -> bool:
        for decorator in node.decorators:
            target = decorator.decorator
            if isinstance(target, cst.Call):
                target = target.func
            if last_name(target) in self.model.entrypoint_decorators:
                return True
        return False

    def choice_parameters(self, node: cst.FunctionDef) -> set[str]:
        """Parameters of click options restricted to a fixed set (type=click.Choice)."""
        clean = set()
        for decorator in node.decorators:
            call = decorator.decorator
            if not isinstance(call, cst.Call) or last_name(call.func) not in ("option", "argument"):
                continue
            typed = any(
                a.keyword is not None and a.keyword.value == "type" and isinstance(a.value, cst.Call)
                and last_name(a.value.func) in ("Choice", "IntRange", "FloatRange")
                for a in call.args
            )
            if not typed:
                continue
            declared = [literal_value(a.value) for a in call.args if a.keyword is None]
            declared = [d for d in declared if d]
            plain = [d for d in declared if not d.startswith("-")]
            longest = max((d for d in declared if d.startswith("-")), key=len, default="")
            clean.add(plain[0] if plain else longest.lstrip("-").replace("-", "_"))
        return clean

    # -- summaries ----------------------------------------------------------------------
    def summarise(self, node: cst.FunctionDef) -> Summary:
        params = [p.name.value for p in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params)]
        env = Env()
        markers = [Label(UNTRUSTED, f"parameter `{name}`", param=index) for index, name in enumerate(params)]
        for name, marker in zip(params, markers):
            env.set(name, frozenset({marker}))
        interpreter = SummaryInterpreter(self)
        interpreter.run_function(node, env)
        returns = set()
        for labels in interpreter.returns:
            for label in labels:
                if label.param is not None:
                    returns.add(Label(PARAM, params[label.param], param=label.param))
                elif label.kind in (SECRET, MAYBE_SECRET, CLIENT):
                    returns.add(label)
        checks = set()
        if interpreter.raises:
            for name, marker in zip(params, markers):
                if all(marker not in (e.get(name) or EMPTY) for e in interpreter.exits):
                    checks.add(marker.param)
        values = interpreter.return_values
        predicate = bool(values) and all(is_verdict(v, self.model.validators) for v in values)
        return Summary(
            frozenset(returns),
            frozenset(checks),
            predicate,
            tuple(params),
            frozenset(interpreter.sinks),
            never_returns=interpreter.raises and not interpreter.exits,
        )

    # -- reports ------------------------------------------------------------------------
    def emit(self, code: str, node: cst.CSTNode, message: str, fix: Optional[FixSpec], at: Interpreter) -> None:
        key = (code, id(node))
        if key in self.reported or not self.enabled(code):
            return
        self.reported.add(key)
        self.report(
            code, node, message, fix=fix, snippet=f"{code}:{message[:60]}", statement=at.current, top=at.top
        )


class SummaryInterpreter(Interpreter):
    def __init__(self, rule: FlowRules) -> None:
        super().__init__(rule.names, rule.vocab, rule.sdk, rule.model, rule.summaries)
        self.return_values: list = []
        self.sinks: set[tuple[int, str, str]] = set()  # (parameter position, method, SDK parameter)

    def on_call(self, node: cst.Call, name, receiver, args, env: Env) -> None:
        for _, parameter, method, labels in sink_arguments(self, node, name, receiver, args):
            for position in parameters_in(kinds(labels, UNTRUSTED)):
                self.sinks.add((position, method, parameter))

    def on_return(self, node: cst.Return, labels, env: Env) -> None:
        if node.value is not None:
            self.return_values.append(node.value)


class SinkInterpreter(Interpreter):
    """Reports where labelled values reach the rules' sinks."""

    def __init__(self, rule: FlowRules) -> None:
        super().__init__(rule.names, rule.vocab, rule.sdk, rule.model, rule.summaries)
        self.rule = rule
        self.quiet = 0  # evaluating for a fix: no reports

    def labels(self, node, env: Env) -> frozenset:
        self.quiet += 1
        try:
            return self.expr(node, env)
        finally:
            self.quiet -= 1

    # -- MR010 --------------------------------------------------------------------------
    def on_call(self, node: cst.Call, name, receiver, args, env: Env) -> None:
        if self.quiet:
            return
        for arg, parameter, method, labels in sink_arguments(self, node, name, receiver, args):
            for label in kinds(labels, UNTRUSTED):
                self.rule.emit(
                    "MR010",
                    arg,
                    f"Untrusted input ({label.what}) reaches `{parameter}` of `{method}` without "
                    f"validation: check it first, e.g. `if not re.fullmatch(r\"[A-Za-z0-9_.-]{{1,64}}\", "
                    f"{_short(arg)}): raise ValueError(\"invalid {parameter}\")`",
                    None,
                    self,
                )
                break
        if self._is_log_call(node, name):
            self._check_text(node, env, "MR021", SECRET)
        if name in self.model.response_calls and self.except_depth:
            self._check_text(node, env, "MR022", SDK_ERROR)

    # -- MR021 --------------------------------------------------------------------------
    def _is_log_call(self, node: cst.Call, name) -> bool:
        func = node.func
        dotted = dotted_name(func)
        if dotted in self.model.output_calls or (isinstance(func, cst.Name) and func.value in self.model.output_calls):
            return True
        if isinstance(func, cst.Attribute) and name in self.model.log_methods:
            return last_name(func.value) in self.model.log_receivers
        return False

    # -- MR020 / MR022 ------------------------------------------------------------------
    def on_raise(self, node: cst.Raise, env: Env) -> None:
        exc = node.exc
        self.expr(exc, env)
        if not isinstance(exc, cst.Call) or last_name(exc.func) in self.model.response_calls:
            return  # re-raising an object, or a response already checked as a call
        self._check_text(exc, env, "MR020", SECRET)
        if self.except_depth:
            self._check_text(exc, env, "MR022", SDK_ERROR)

    def on_return(self, node: cst.Return, labels, env: Env) -> None:
        value = node.value
        if value is None or not self.except_depth or not kinds(labels, SDK_ERROR):
            return
        if isinstance(value, cst.Name):
            return  # the error object itself, not its text
        if isinstance(value, cst.Call) and last_name(value.func) in self.model.response_calls:
            return  # checked as a call
        self._report_text("MR022", value, env, SDK_ERROR, "returned to the caller", objects=False)

    def _check_text(self, call: cst.Call, env: Env, code: str, kind: str) -> None:
        for arg in call.args:
            self._report_text(code, arg.value, env, kind, None)
        if kind == SECRET and self._words_say_secret(call):
            for arg in call.args:
                self._report_text(code, arg.value, env, MAYBE_SECRET, None)

    def _words_say_secret(self, call: cst.Call) -> bool:
        """Does the message's own text name a secret ("token=%s", f"Token: {t}")?"""
        words = []
        for arg in call.args:
            for node in _literal_parts(arg.value):
                words.append(node)
        text = " ".join(words).lower()
        return any(word in text for word in self.vocab.message_secret_words)

    def _report_text(self, code: str, expr, env: Env, kind: str, where: Optional[str], objects: bool = True) -> None:
        """objects: whether a bare error object counts as its text (it does as an
        exception's or a response's argument, not as a returned value)."""
        found = list(self.witnesses(expr, env, kind, objects))
        if not found:
            return
        label = found[0][2]
        witness = found[0][0]
        shown = dotted_name(witness.expression if isinstance(witness, cst.FormattedStringExpression) else witness)
        if label.kind != SDK_ERROR:
            # Name what the message interpolates where it is a plain name.
            label = Label(SECRET, f"`{shown}`" if shown else label.what)
        replacements = tuple((node, text) for node, text, _ in found)
        if code == "MR022":
            message = (
                f"Text of the caught SDK error `{label.what}` is {where or 'passed to the caller'}: it can "
                f"carry keys, model names and internal detail; log it and answer with a generic "
                f"message or `type({label.what}).__name__`"
            )
            fix = FixSpec("safe", f"Show only type({label.what}).__name__", text_replacements=replacements)
        else:
            place = "an exception message" if code == "MR020" else "log or console output"
            message = (
                f"A secret ({label.what}) is interpolated into {place}: it ends up in logs, "
                f"tracebacks and error reports; say what failed without the value"
            )
            fix = FixSpec("safe", f"Replace the secret with {REDACTED}", text_replacements=replacements)
        self.rule.emit(code, found[0][0], message, fix, self)

    def witnesses(self, expr, env: Env, kind: str, objects: bool = True) -> Iterator[tuple[cst.CSTNode, str, Label]]:
        """The smallest parts of a message that carry the label, with their safe text."""
        if not objects and isinstance(expr, cst.Name) and any(
            l.what == expr.value for l in kinds(self.labels(expr, env), SDK_ERROR)
        ):
            return  # the caught error object itself, not its text
        if isinstance(expr, cst.FormattedString):
            for part in expr.parts:
                if isinstance(part, cst.FormattedStringExpression):
                    found = kinds(self.labels(part.expression, env), kind)
                    if found:
                        yield part, self._safe_text(found[0], in_fstring=True), found[0]
            return
        if isinstance(expr, (cst.BinaryOperation, cst.ConcatenatedString)):
            yield from self.witnesses(expr.left, env, kind, objects)
            yield from self.witnesses(expr.right, env, kind, objects)
            return
        if isinstance(expr, cst.Call) and last_name(expr.func) == "format" and isinstance(expr.func, cst.Attribute):
            yield from self.witnesses(expr.func.value, env, kind)
            for arg in expr.args:
                yield from self.witnesses(arg.value, env, kind)
            return
        if isinstance(expr, (cst.Dict, cst.List, cst.Tuple, cst.Set)):
            for element in expr.elements:
                value = element.value if not isinstance(element, cst.DictElement) else element.value
                yield from self.witnesses(value, env, kind, objects)
            return
        found = kinds(self.labels(expr, env), kind)
        if found:
            yield expr, self._safe_text(found[0], in_fstring=False), found[0]

    @staticmethod
    def _safe_text(label: Label, in_fstring: bool) -> str:
        if label.kind == SDK_ERROR:
            text = f"type({label.what}).__name__"
            return "{" + text + "}" if in_fstring else text
        return REDACTED if in_fstring else f'"{REDACTED}"'


def _literal_parts(node) -> Iterator[str]:
    if isinstance(node, cst.SimpleString):
        value = literal_value(node)
        if value:
            yield value
    elif isinstance(node, cst.FormattedString):
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                yield part.value
    elif isinstance(node, (cst.BinaryOperation, cst.ConcatenatedString)):
        yield from _literal_parts(node.left)
        yield from _literal_parts(node.right)
    elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "format":
        yield from _literal_parts(node.func.value)


def _short(node: cst.CSTNode) -> str:
    text = dotted_name(node)
    return text if text else "value"
