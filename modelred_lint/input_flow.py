"""MR010's side of the dataflow rules: where untrusted input comes from (the
parameters of entry points) and where it must not arrive unvalidated (the identifier
arguments of SDK calls, and of the module's functions that hand them on)."""

from __future__ import annotations

from typing import Iterator

from modelred_lint.dataflow import CLIENT, UNTRUSTED, Env, Interpreter, Label, kinds
from modelred_lint.lazy import cst
from modelred_lint.names import dotted_name, last_name, literal_value


def entry_env(rule, node: cst.FunctionDef) -> Env:
    """The labels a function's parameters start with: untrusted for an entry point's
    (and, with untrusted-parameters, a public or any function's), secret for a
    secret-named one, a client for one annotated with a client class."""
    env = Env()
    mode = rule.model.untrusted_parameters
    entrypoint = is_entrypoint(rule, node)
    untrusted = entrypoint or mode == "all" or (mode == "public" and not node.name.value.startswith("_"))
    clean = choice_parameters(node) if entrypoint else set()
    params = node.params
    for index, param in enumerate((*params.posonly_params, *params.params, *params.kwonly_params)):
        name = param.name.value
        if index == 0 and name in ("self", "cls"):
            continue
        labels = set()
        if name in rule.model.request_names:
            labels.add(Label(UNTRUSTED, "request data"))
        elif untrusted and name not in clean:
            kind = "handler" if entrypoint else "function"
            labels.add(Label(UNTRUSTED, f"parameter `{name}` of {kind} `{node.name.value}`"))
        secret = rule._namer.name_label(name)
        if secret is not None:
            labels.add(secret)
        if param.annotation is not None and rule.names.is_client_class(param.annotation.annotation):
            labels.add(Label(CLIENT, name))
        env.set(name, frozenset(labels))
    return env

def is_entrypoint(rule, node: cst.FunctionDef) -> bool:
    for decorator in node.decorators:
        target = decorator.decorator
        if isinstance(target, cst.Call):
            target = target.func
        if last_name(target) in rule.model.entrypoint_decorators:
            return True
    return False

def choice_parameters(node: cst.FunctionDef) -> set[str]:
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


class InputSinks:
    """Mixed into the sink interpreter: reports MR010 at SDK calls."""

    def check_input_sinks(self, node: cst.Call, name, receiver, args) -> None:
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


def _short(node: cst.CSTNode) -> str:
    text = dotted_name(node)
    return text if text else "value"
