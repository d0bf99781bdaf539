"""MR010's side of the dataflow rules: where untrusted input comes from (the
parameters of entry points) and where it must not arrive unvalidated (the identifier
arguments of SDK calls, and of the module's functions that hand them on)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

from modelred_lint.dataflow import CLIENT, MAYBE_SECRET, PARAM, SECRET, UNTRUSTED, Env, Interpreter, Label, kinds
from modelred_lint.framework_scan import LocalObject, ShapedLabel, keyword_value, option_dest, resolve, _arg
from modelred_lint.flow_model import matches
from modelred_lint.frameworks import matches_qualname
from modelred_lint.lazy import cst
from modelred_lint.documented_parameters import documented_parameters
from modelred_lint.names import dotted_name, last_name, literal_value
from modelred_lint.secret_records import annotation_names, holds_no_secret


def entry_env(rule, node: cst.FunctionDef) -> Env:
    """The labels a function's parameters start with: untrusted for an entry point's
    (and, with untrusted-parameters, a public or any function's) unless the framework
    validates them first (a typed parameter, a route converter, a CLI option type), a
    request model's shape for one annotated with a model of the module, secret for a
    secret-named one, a client for one annotated with a client class."""
    env = Env()
    mode = rule.model.untrusted_parameters
    entry = entry_point(rule, node)
    untrusted = entry is not None or mode == "all" or (mode == "public" and not node.name.value.startswith("_"))
    facts = rule.facts
    clean = validated_parameters(rule, node, entry) if entry is not None else set()
    request_types = rule.model.frameworks.request_types if rule.model.frameworks else frozenset()
    params = node.params
    # `:param secret: Secret ID or name.`: the docstring says what a parameter is (read
    # only when a parameter's name is a secret's, which is all it can change).
    all_params = (*params.posonly_params, *params.params, *params.kwonly_params)
    described, documented_secrets = (
        documented_parameters(node, rule.vocab)
        if any(rule._namer.name_label(p.name.value) is not None for p in all_params)
        else (frozenset(), frozenset())
    )
    paths = _path_options(rule, node) if node.decorators else frozenset()
    references: Optional[frozenset] = None
    for index, param in enumerate(all_params):
        name = param.name.value
        if index == 0 and name in ("self", "cls"):
            continue
        annotation = param.annotation.annotation if param.annotation is not None else None
        labels = set()
        model = facts.model_class(annotation) if facts is not None and annotation is not None else None
        if model is not None and untrusted and name not in clean:
            kind = "handler" if entry is not None else "function"
            labels.add(ShapedLabel(UNTRUSTED, f"parameter `{name}` of {kind} `{node.name.value}`",
                                   shape=facts.shape_of(model)))
        elif name in rule.model.request_names or (annotation is not None and last_name(annotation) in request_types):
            shape = facts.route_shape(entry.routes) if entry is not None and facts is not None else None
            labels.add(ShapedLabel(UNTRUSTED, "request data", shape=shape) if shape else Label(UNTRUSTED, "request data"))
        elif untrusted and name not in clean and (entry is None or entry.only is None or name in entry.only):
            kind = "handler" if entry is not None else "function"
            labels.add(Label(UNTRUSTED, f"parameter `{name}` of {kind} `{node.name.value}`"))
        secret = rule._namer.name_label(name)
        if secret is not None and secret.kind is MAYBE_SECRET and matches(node.name.value, rule.model.text_token_functions):
            secret = None  # on_llm_new_token(self, token): a generated token, not a credential
        if secret is not None and references is None:
            # (read only for a function with a secret-named parameter)
            references = rule.references(node.body)
        if secret is not None and name in references:
            secret = None  # os.getenv(key_name), client.get_secret(secret_key): a secret's name
        if secret is not None and name not in described and name not in paths and not (
            annotation is not None and (holds_no_secret(annotation, rule.model) or any(
                rule.vocab.names_a_credential_object(n) for n in annotation_names(annotation)))
        ):
            labels.add(secret)  # (require_api_key: bool holds no key)
        if name in documented_secrets and secret is not None:
            # an ambiguous name (token) documented as "The API token ...": a secret
            labels.add(Label(SECRET, f"`{name}`", named=True))
        if annotation is not None and rule.names.is_client_class(annotation):
            labels.add(Label(CLIENT, name))
        env.set(name, frozenset(labels))
    return env


def _path_options(rule, node: cst.FunctionDef) -> frozenset:
    """The parameters a command's options hand a path or an open file (click's
    `@click.option("--credentials", type=click.Path(exists=True))`): where a file is,
    not what it holds, whatever the option is called (by its parameter's name: option_dest)."""
    frameworks = rule.model.frameworks
    if frameworks is None:
        return frozenset()
    out = set()
    for decorator in node.decorators:
        call = decorator.decorator
        if type(call) is not cst.Call or last_name(call.func) not in frameworks.cli_option_calls:
            continue
        kind = keyword_value(call, "type")
        if kind is not None and last_name(kind.func if type(kind) is cst.Call else kind) in frameworks.cli_path_types:
            out.add(option_dest(call))
    return frozenset(out)


@dataclass
class EntryPoint:
    routes: list = field(default_factory=list)  # the route templates it is served under
    only: Optional[frozenset] = None  # the parameters that carry input (a Lambda's event), None: all
    schema: Optional[object] = None  # a tool's args_schema Shape
    typed: bool = False  # its framework validates annotations


def entry_point(rule, node: cst.FunctionDef) -> Optional[EntryPoint]:
    """Is this function an entry point, and how: a decorator, a registration (a router,
    an event, a tool factory), a method of a class deriving from a framework base, or a
    handler's signature."""
    fw = rule.model.frameworks
    facts = rule.facts
    decorators = rule.model.entrypoint_decorators | (fw.entrypoint_decorators if fw else frozenset())
    entry = None
    for decorator in node.decorators:
        target = decorator.decorator
        call = target if isinstance(target, cst.Call) else None
        if call is not None:
            target = call.func
        if last_name(target) in decorators or (call is not None and facts is not None and facts.registering_decorator(call)):
            entry = entry or EntryPoint()
            if call is not None:
                entry.routes.append(_route_of(call))
                schema = keyword_value(call, "args_schema")
                if isinstance(schema, cst.Name) and facts is not None and schema.value in facts.classes:
                    entry.schema = facts.shape_of(facts.classes[schema.value])
    if fw is None or facts is None:
        return entry
    name = node.name.value
    if facts.functions.get(name) is node and name in facts.registered:
        entry = entry or EntryPoint()
        entry.routes.extend(facts.registered[name])
    owner = facts.entry_class_of(node)
    if owner is not None:
        entry = entry or EntryPoint()
        entry.routes.extend(facts.registered_classes.get(owner.name.value, ()))
        schema = _class_schema(facts, owner)
        if schema is not None:
            entry.schema = schema
    if entry is None and facts.method_class.get(id(node)) is None:
        names = [p.name.value for p in (*node.params.posonly_params, *node.params.params)]
        for shape, untrusted in fw.signatures:
            if len(names) == len(shape) and all(n in allowed for n, allowed in zip(names, shape)):
                entry = EntryPoint(only=untrusted)
                break
    if entry is not None:
        entry.typed = facts.typed
    return entry


def _route_of(call: cst.Call) -> Optional[str]:
    for keyword in ("rule", "path", "route"):
        value = keyword_value(call, keyword)
        if value is not None:
            return literal_value(value)
    positional = [a for a in call.args if a.keyword is None and not a.star]
    return literal_value(positional[0].value) if positional else None


def _class_schema(facts, cls: cst.ClassDef):
    """A tool class's `args_schema = Model` (or `args_schema: Type[BaseModel] = Model`)."""
    for statement in cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ():
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.AnnAssign):
                target, value = small.target, small.value
            elif isinstance(small, cst.Assign) and len(small.targets) == 1:
                target, value = small.targets[0].target, small.value
            else:
                continue
            if isinstance(target, cst.Name) and target.value == "args_schema" and isinstance(value, cst.Name) \
                    and value.value in facts.classes:
                return facts.shape_of(facts.classes[value.value])
    return None


def validated_parameters(rule, node: cst.FunctionDef, entry: EntryPoint) -> set[str]:
    """The parameters of an entry point its framework validates before it runs."""
    clean = choice_parameters(rule, node)
    facts = rule.facts
    if facts is None:
        return clean
    routed: dict[str, bool] = {}
    for template in entry.routes:
        if template:
            for name, validated in rule.model.frameworks.route_parameters(template, facts.name_first).items():
                routed[name] = routed.get(name, True) and validated
    clean |= {name for name, validated in routed.items() if validated}
    params = node.params
    registered = facts.functions.get(node.name.value) is node and node.name.value in facts.inputs
    for position, param in enumerate((*params.posonly_params, *params.params, *params.kwonly_params)):
        name = param.name.value
        if entry.typed and facts.parameter_validated(param):
            clean.add(name)
        elif entry.schema is not None and entry.schema.fields.get(name) is True:
            clean.add(name)
        elif registered and facts.inputs_validated(node.name.value, position):
            clean.add(name)
    return clean


def choice_parameters(rule, node: cst.FunctionDef) -> set[str]:
    """Parameters of click options restricted to well-formed values: a type such as
    click.Choice, click.UUID or click.IntRange, choices=, or a validating callback=."""
    fw = rule.model.frameworks
    option_calls = fw.cli_option_calls if fw else frozenset(("option", "argument"))
    validated_types = fw.cli_validated_types if fw else frozenset(("Choice", "IntRange", "FloatRange"))
    clean = set()
    for decorator in node.decorators:
        call = decorator.decorator
        if not isinstance(call, cst.Call) or last_name(call.func) not in option_calls:
            continue
        kind = keyword_value(call, "type")
        if isinstance(kind, cst.Call):
            kind = kind.func
        typed = kind is not None and last_name(kind) in validated_types
        if not typed and fw is not None and rule.facts is not None:
            callback = keyword_value(call, "callback")
            typed = (callback is not None and rule.facts.callable_validates(callback)) or (
                keyword_value(call, "choices") is not None
            ) or (kind is not None and isinstance(kind, cst.Name) and kind.value in rule.facts.functions
                  and rule.facts.callable_validates(kind))
        if not typed:
            continue
        clean.add(option_dest(call))
    return clean


def sink_arguments(interp: Interpreter, node: cst.Call, name, receiver, args) -> Iterator[tuple]:
    """(argument node, parameter, method, labels) for each identifier argument of an SDK
    call, and for each argument a same-module function hands on to one."""
    func = node.func
    if isinstance(func, cst.Attribute):
        local = _local_class(interp, func.value, receiver)
        if local is not None:
            # An object of a class of this module: its method is no SDK call, but may
            # hand its arguments on to one (a wrapper).
            summary = interp.facts.method_summary(local, name)
            # (in order: the first reported is the message kept, whatever the set's order)
            for index, method, parameter in sorted(summary.sinks) if summary is not None else ():
                position = index - 1  # parameter 0 is self
                if 0 <= position < len(node.args) and not node.args[position].star \
                        and node.args[position].keyword is None:
                    yield node.args[position].value, parameter, f"{method}` through `{local}.{name}", args[position]
            return
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
        for index, method, parameter in sorted(summary.sinks):  # (as above)
            if index < len(node.args) and not node.args[index].star and node.args[index].keyword is None:
                yield node.args[index].value, parameter, f"{method}` through `{name}", args[index]


def _local_class(interp, receiver_node, receiver_labels) -> Optional[str]:
    """The class of this module whose object the receiver is (a queue, a ledger, a
    catalogue), if it is one: built here (its label says so), or a module-level name
    bound to one and not rebound in this function."""
    facts = getattr(interp, "facts", None)
    if facts is None:
        return None
    for label in receiver_labels:
        if isinstance(label, LocalObject):
            return label.what
    if isinstance(receiver_node, cst.Name) and not receiver_labels:
        return facts.instances.get(receiver_node.value)
    return None


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
    """Mixed into the sink interpreter: reports MR010 at SDK calls, and reads the
    framework sources and shapes expressions hold (widgets, query parameters, request
    models, argparse namespaces, objects of the module's own classes)."""

    def check_input_sinks(self, node: cst.Call, name, receiver, args) -> None:
        for arg, parameter, method, labels in sink_arguments(self, node, name, receiver, args):
            for label in kinds(labels, UNTRUSTED):
                self.rule.emit("MR010", arg, _message(self, label, arg, parameter, method), None, self)
                break

    # -- framework sources and shapes ------------------------------------------------------
    def expr_Attribute(self, node: cst.Attribute, env: Env) -> frozenset:
        labels = super().expr_Attribute(node, env)
        key = dotted_name(node)
        if key is not None and env.get(key) is not None:
            return labels
        fw = self.model.frameworks
        if fw is not None and key is not None and "." in key:
            if fw.untrusted_attributes and matches_qualname(self.names.qualname(node), fw.untrusted_attributes):
                labels = labels | {Label(UNTRUSTED, key)}
            elif fw.untrusted_attribute_paths and key.endswith(fw.untrusted_attribute_paths):
                labels = labels | {Label(UNTRUSTED, f"{key}, chosen by the model")}
        return resolve(labels, node.attr.value)

    def expr_Subscript(self, node: cst.Subscript, env: Env) -> frozenset:
        labels = super().expr_Subscript(node, env)
        return resolve(labels, self._subscript_key(node))

    def expr_Call(self, node: cst.Call, env: Env) -> frozenset:
        labels = super().expr_Call(node, env)
        fw, facts = self.model.frameworks, self.facts
        if fw is None or facts is None:
            return labels
        func = node.func
        name = last_name(func)
        if name in fw.source_call_names:
            qualname = self.names.qualname(func) or self._widget_qualname(func, name)
            if matches_qualname(qualname, fw.untrusted_calls):
                return labels | {Label(UNTRUSTED, f"{dotted_name(func)}()")}
            for patterns, position, keyword in fw.choice_calls:
                if matches_qualname(qualname, patterns):
                    options = _arg(node, position, keyword)
                    if options is not None and facts.is_constant(options):
                        return frozenset(l for l in labels if l.kind != UNTRUSTED)
                    return labels | {Label(UNTRUSTED, f"{dotted_name(func)}()")}
        if type(func) is cst.Name and func.value in facts.classes:
            model = facts.model_class(func)
            if model is None:
                return labels | {LocalObject(PARAM, func.value)}
            return self._shaped(labels, facts.shape_of(model))
        if type(func) is cst.Attribute:
            if name in fw.model_parsers:
                model = facts.model_class(func.value)
                if model is not None:
                    return self._shaped(labels, facts.shape_of(model))
            if name in ("get", "getone", "getall", "getlist", "pop") and node.args:
                return resolve(labels, literal_value(node.args[0].value))
        if name in ("parse_args", "parse_known_args"):
            shape = facts.argparse_shape()
            if shape is not None:
                return self._shaped(labels, shape)
        return labels

    def _widget_qualname(self, func, name: str) -> Optional[str]:
        """`col.text_input(...)` on an object no import names (a Streamlit column, a
        form): read as the imported UI module's, in a file that imports it."""
        if not isinstance(func, cst.Attribute):
            return None
        for head in self.model.frameworks.widget_modules:
            if self.names.imports_any((head,)):
                return f"{head}._.{name}"
        return None

    @staticmethod
    def _shaped(labels: frozenset, shape) -> frozenset:
        untrusted = kinds(labels, UNTRUSTED)
        if not untrusted:
            return labels
        rest = frozenset(l for l in labels if l.kind != UNTRUSTED)
        return rest | {ShapedLabel(UNTRUSTED, untrusted[0].what, shape=shape)}


_PATTERN = r"[A-Za-z0-9_.-]{1,64}"


def _message(interp, label, arg, parameter: str, method: str) -> str:
    """The finding's text, with a check that runs as written: each item of a list
    parameter is matched, and the value is named by its own code."""
    fw = interp.model.frameworks
    listed = fw is not None and parameter in fw.list_parameters
    value = _code(arg)
    if value is None:
        check = (f"bind it to a name first (`{parameter} = ...`) and check that name, e.g. "
                 + _check(parameter, parameter, listed))
    else:
        check = "check it first, e.g. " + _check(value, parameter, listed)
    return f"Untrusted input ({label.what}) reaches `{parameter}` of `{method}` without validation: {check}"


def _check(value: str, parameter: str, listed: bool) -> str:
    if listed:
        return (f"`if not all(re.fullmatch(r\"{_PATTERN}\", item) for item in {value}): "
                f"raise ValueError(\"invalid {parameter}\")`")
    return f"`if not re.fullmatch(r\"{_PATTERN}\", {value}): raise ValueError(\"invalid {parameter}\")`"


def _code(node: cst.CSTNode) -> Optional[str]:
    """The argument's source when it is short and on one line (a name, an attribute,
    a call such as list(packs)), else None."""
    text = dotted_name(node)
    if text:
        return text
    code = cst.Module(body=[]).code_for_node(node)
    if "\n" in code or "#" in code or len(code) > 60:
        return None
    if isinstance(node, (cst.BooleanOperation, cst.IfExp, cst.Lambda, cst.NamedExpr)):
        return f"({code})"
    return code
