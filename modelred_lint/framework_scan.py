"""What one module tells MR010 about its frameworks, read once before its functions are
analysed (a statement walk of the module, following only calls and containers inside
expressions): which functions and classes a router, an event or a tool factory
registers (and under which route), argparse's options, the module's classes, constants
and instances of its own classes; and, on demand, whether an annotation, a default, a
request-model field or a CLI option admits only well-formed values.

Request models and other structured request data are `Shape`s: a ShapedLabel carries
one, and reading a field of it (`req.model`, `data["model"]`, `args.pack`) gives the
field's own status (validated: no label)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Union

from modelred_lint.dataflow import Label
from modelred_lint.lazy import cst
from modelred_lint.names import last_name, literal_value


class Shape:
    """The fields of structured untrusted data: each True (validated), False (any
    text) or a nested Shape. `strict`: a name that is no field is plain untrusted data
    (a dict, a namespace); otherwise it keeps the shape (a model's methods,
    model_dump()). `keep`: names that keep the shape even when strict
    (serializer.validated_data)."""

    __slots__ = ("name", "fields", "strict", "keep")

    def __init__(self, name: str, fields: dict, strict: bool = False, keep: frozenset = frozenset()) -> None:
        self.name, self.fields, self.strict, self.keep = name, fields, strict, keep


@dataclass(frozen=True)
class ShapedLabel(Label):
    shape: Any = None


@dataclass(frozen=True)
class LocalObject(Label):
    """Marks an instance of a class of this module (not an SDK client): its methods are
    not SDK sinks, whatever their names. Of kind PARAM with no position, which no rule
    reads outside summaries."""


def resolve(labels: frozenset, name: Optional[str]) -> frozenset:
    """The labels of field `name` (None: an unknown key) of values with these labels."""
    if not any(isinstance(l, ShapedLabel) for l in labels):
        return labels
    out = set()
    for label in labels:
        if not isinstance(label, ShapedLabel):
            out.add(label)
            continue
        shape = label.shape
        status = shape.fields.get(name) if name is not None else None
        if status is True:
            continue
        if isinstance(status, Shape):
            out.add(ShapedLabel(label.kind, label.what, label.param, shape=status))
        elif status is False or shape.strict and name not in shape.keep:
            out.add(Label(label.kind, label.what, label.param))
        else:
            out.add(label)
    return frozenset(out)


def plain(labels: frozenset) -> frozenset:
    """The labels with any shape dropped (a value no longer structured like its source)."""
    if not any(isinstance(l, ShapedLabel) for l in labels):
        return labels
    return frozenset(Label(l.kind, l.what, l.param) if isinstance(l, ShapedLabel) else l for l in labels)


def _arg(call: cst.Call, position: Optional[int], keyword: Optional[str]) -> Optional[cst.BaseExpression]:
    if keyword:
        for arg in call.args:
            if arg.keyword is not None and arg.keyword.value == keyword:
                return arg.value
    if position is not None:
        positional = [a for a in call.args if a.keyword is None and not a.star]
        if position < len(positional):
            return positional[position].value
    return None


def keyword_value(call: cst.Call, keyword: str) -> Optional[cst.BaseExpression]:
    return _arg(call, None, keyword)


_LITERALS = None


def _is_literal(node) -> bool:
    global _LITERALS
    if _LITERALS is None:
        _LITERALS = (cst.SimpleString, cst.ConcatenatedString, cst.Integer, cst.Float)
    if isinstance(node, _LITERALS):
        return True
    if isinstance(node, (cst.List, cst.Tuple, cst.Set)):
        return all(_is_literal(e.value) for e in node.elements)
    if isinstance(node, cst.Dict):
        return all(isinstance(e, cst.DictElement) and _is_literal(e.key) and _is_literal(e.value) for e in node.elements)
    return False


class ModuleFacts:
    def __init__(self, fw, names, module: cst.Module, rule) -> None:
        self.fw, self.names, self.rule = fw, names, rule
        self.classes: dict[str, cst.ClassDef] = {}
        self.method_class: dict[int, cst.ClassDef] = {}
        self.functions: dict[str, cst.FunctionDef] = {}
        self.registered: dict[str, list[Optional[str]]] = {}
        self.registered_classes: dict[str, list[Optional[str]]] = {}
        self.arguments: dict[str, list] = {}  # argparse dest -> verdicts (bool, or a type= node to judge)
        self.constants: set[str] = set()
        self.instances: dict[str, str] = {}  # module-level name -> the class of this module it holds
        self.components: dict[str, cst.Call] = {}  # module-level name -> the UI component call it holds
        self.inputs: dict[str, list] = {}  # function -> the input components of each registration
        self._method_summaries: dict[int, object] = {}
        self.aliases: dict[str, cst.BaseExpression] = {}
        self.typed = names.imports_any(fw.typed_modules)
        self.name_first = bool(fw.route_name_first) and names.imports_any(fw.route_name_first)
        self._shapes: dict[str, Optional[Shape]] = {}
        self._argparse: Optional[Shape] = None
        self._registered_modules = {
            r: names.imports_any(r.modules) for r in fw.registrations
        }
        self._block(module.body, None, True)

    # -- the walk -----------------------------------------------------------------------
    def _block(self, body, owner: Optional[cst.ClassDef], top: bool) -> None:
        for statement in body:
            if type(statement) is cst.SimpleStatementLine:
                for small in statement.body:
                    self._small(small, top)
            elif type(statement) is cst.FunctionDef:
                if owner is not None:
                    self.method_class[id(statement)] = owner
                elif top:
                    self.functions[statement.name.value] = statement
                self._body(statement.body, None, False)
            elif type(statement) is cst.ClassDef:
                self.classes.setdefault(statement.name.value, statement)
                self._body(statement.body, statement, False)
            elif type(statement) is cst.If:
                self._body(statement.body, owner, top)
                orelse = statement.orelse
                if type(orelse) is cst.If:
                    self._block([orelse], owner, top)
                elif orelse is not None:
                    self._body(orelse.body, owner, top)
            elif type(statement) in (cst.For, cst.While):
                self._body(statement.body, owner, top)
                if statement.orelse is not None:
                    self._body(statement.orelse.body, owner, top)
            elif type(statement) is cst.With:
                for item in statement.items:
                    self._calls(item.item)
                    if top and item.asname is not None and type(item.asname.name) is cst.Name \
                            and type(item.item) is cst.Call:
                        self.components[item.asname.name.value] = item.item
                self._body(statement.body, owner, top)
            elif type(statement) in (cst.Try, cst.TryStar):
                self._body(statement.body, owner, top)
                for handler in statement.handlers:
                    self._body(handler.body, owner, top)
                for part in (statement.orelse, statement.finalbody):
                    if part is not None:
                        self._body(part.body, owner, top)

    def _body(self, body, owner, top) -> None:
        if isinstance(body, cst.IndentedBlock):
            self._block(body.body, owner, top)
        elif isinstance(body, cst.SimpleStatementSuite):
            for small in body.body:
                self._small(small, top)

    def _small(self, small, top: bool) -> None:
        if type(small) in (cst.Expr, cst.Return):
            self._calls(small.value)
        elif type(small) in (cst.Assign, cst.AnnAssign):
            value = small.value
            if value is None:
                return
            self._calls(value)
            if not top:
                return
            targets = [t.target for t in small.targets] if type(small) is cst.Assign else [small.target]
            for target in targets:
                if type(target) is not cst.Name:
                    continue
                name = target.value
                self.constants.discard(name)
                self.instances.pop(name, None)
                self.components.pop(name, None)
                if _is_literal(value):
                    self.constants.add(name)
                elif type(value) is cst.Subscript:
                    self.aliases[name] = value
                elif type(value) is cst.Call and type(value.func) is cst.Name and value.func.value in self.classes \
                        and not self.names.is_client_class(value.func):
                    self.instances[name] = value.func.value
                elif type(value) is cst.Call:
                    self.components[name] = value

    def _calls(self, node) -> None:
        stack = [node]
        while stack:
            node = stack.pop()
            if type(node) is cst.Call:
                self._call(node)
                stack.extend(a.value for a in node.args)
                if type(node.func) is cst.Attribute:
                    stack.append(node.func.value)
            elif type(node) in (cst.List, cst.Tuple, cst.Set):
                stack.extend(e.value for e in node.elements)
            elif type(node) is cst.Dict:
                stack.extend(e.value for e in node.elements if type(e) is cst.DictElement)
            elif type(node) is cst.Await:
                stack.append(node.expression)

    def _call(self, call: cst.Call) -> None:
        name = last_name(call.func)
        fw = self.fw
        if name in fw.registration_calls:
            for registration in fw.registrations:
                if name not in registration.calls or not self._registered_modules[registration]:
                    continue
                target = _arg(call, registration.function, registration.keyword)
                route_node = _arg(call, registration.route, registration.route_keyword) \
                    if registration.route is not None or registration.route_keyword else None
                route = literal_value(route_node) if route_node is not None else None
                if isinstance(target, cst.Name):
                    self.registered.setdefault(target.value, []).append(route)
                    if registration.inputs is not None or registration.inputs_keyword:
                        inputs = _arg(call, registration.inputs, registration.inputs_keyword)
                        self.inputs.setdefault(target.value, []).append(inputs)
                elif isinstance(target, cst.Call) and isinstance(target.func, cst.Attribute) \
                        and target.func.attr.value == "as_view" and isinstance(target.func.value, cst.Name):
                    self.registered_classes.setdefault(target.func.value.value, []).append(route)
                elif isinstance(target, cst.Call) and isinstance(target.func, cst.Name) and target.func.value in self.classes:
                    self.registered_classes.setdefault(target.func.value, []).append(route)  # add_route(p, Resource())
                else:
                    continue
                break
        if name in fw.cli_argument_calls:
            self._argument(call)

    def _argument(self, call: cst.Call) -> None:
        """argparse's add_argument: the dest it fills and whether its value is checked."""
        dest = option_dest(call)
        if not dest:
            return
        verdict: Union[bool, cst.BaseExpression] = False
        action = keyword_value(call, "action")
        if action is not None and literal_value(action) in self.fw.cli_validating_actions:
            verdict = True
        elif any(keyword_value(call, k) is not None for k in self.fw.cli_validating_keywords if k != "callback"):
            verdict = True
        else:
            kind = keyword_value(call, "type")
            if kind is not None:
                verdict = kind
        self.arguments.setdefault(dest, []).append(verdict)

    # -- entry points ---------------------------------------------------------------------
    def registering_decorator(self, call: cst.Call) -> bool:
        """A decorator call that registers what it decorates (`@btn.click(inputs=...)`)."""
        name = last_name(call.func)
        return name in self.fw.registration_calls and any(
            name in r.calls and self._registered_modules[r] for r in self.fw.registrations
        )

    def entry_class_of(self, node: cst.FunctionDef) -> Optional[cst.ClassDef]:
        """The class whose entry-point method this is (an APIView's get, a BaseTool's _run)."""
        owner = self.method_class.get(id(node))
        if owner is None:
            return None
        if owner.name.value in self.registered_classes and node.name.value in self.fw.responder_methods:
            return owner
        return owner if self._entry_base(owner, node.name.value, 0) else None

    def _entry_base(self, cls: cst.ClassDef, method: str, depth: int) -> bool:
        for base in cls.bases:
            name = last_name(base.value)
            if name in self.fw.entrypoint_methods and method in self.fw.entrypoint_methods[name]:
                return True
            local = self.classes.get(name or "")
            if local is not None and local is not cls and depth < 4 and self._entry_base(local, method, depth + 1):
                return True
        return False

    def bases_of(self, cls: cst.ClassDef, depth: int = 0) -> set[str]:
        names = set()
        for base in cls.bases:
            name = last_name(base.value)
            if name:
                names.add(name)
                local = self.classes.get(name)
                if local is not None and local is not cls and depth < 4:
                    names |= self.bases_of(local, depth + 1)
        return names

    # -- what validates --------------------------------------------------------------------
    def callable_validates(self, node) -> bool:
        """A function used as a callback, a type= or a dependency: one of this module
        validates when it raises on bad input or returns nothing of its unchecked
        parameters; one from elsewhere is taken at its word."""
        name = last_name(node)
        if name in self.fw.plain_callables or (
            isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value in ("str", "bytes")
        ):
            return False
        if name in self.fw.cli_validated_types or name in self.fw.validated_types:
            return True
        if isinstance(node, cst.Name) and node.value in self.functions:
            summary = self.rule.summaries.get(node.value)
            if summary is None:
                return False
            return bool(summary.checks) or summary.never_returns or not any(
                l.param is not None for l in summary.returns
            )
        if isinstance(node, cst.Name) and node.value in ("str", "bytes"):
            return False
        return isinstance(node, (cst.Name, cst.Attribute)) and not (isinstance(node, cst.Name) and node.value in self.classes)

    def constraint_validates(self, call: cst.Call) -> bool:
        """StringConstraints(pattern=...), Field(pattern=...), Query(regex=...),
        typer.Argument(callback=check), Depends(check)."""
        name = last_name(call.func)
        fw = self.fw
        if name in fw.constraint_calls:
            for arg in call.args:
                if arg.keyword is not None and arg.keyword.value in fw.constraint_keywords:
                    if arg.keyword.value == "callback":
                        if self.callable_validates(arg.value):
                            return True
                    else:
                        return True
            return False
        if name in fw.validator_calls:
            return True
        if name in fw.dependency_calls:
            target = _arg(call, 0, "dependency")
            return target is not None and self.callable_validates(target)
        return False

    def type_validated(self, node, depth: int = 0) -> bool:
        if depth > 8 or node is None:
            return False
        fw = self.fw
        if isinstance(node, (cst.Name, cst.Attribute)):
            name = last_name(node)
            if name in fw.validated_types or name == "None":
                return True
            if isinstance(node, cst.Name) and name in self.aliases:
                return self.type_validated(self.aliases[name], depth + 1)
            cls = self.classes.get(name or "")
            return cls is not None and bool(self.bases_of(cls) & fw.enum_bases)
        if isinstance(node, cst.Subscript):
            base = last_name(node.value)
            if base in fw.choice_types:
                return True
            elements = [e.slice.value for e in node.slice if isinstance(e.slice, cst.Index)]
            if not elements:
                return False
            if base == "Annotated":
                return self.type_validated(elements[0], depth + 1) or any(
                    isinstance(m, cst.Call) and self.constraint_validates(m) for m in elements[1:]
                )
            if base in fw.container_types:
                items = [e for e in elements if not isinstance(e, cst.Ellipsis)]
                return bool(items) and all(self.type_validated(e, depth + 1) for e in items)
            return False
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
            return self.type_validated(node.left, depth + 1) and self.type_validated(node.right, depth + 1)
        if isinstance(node, cst.Call):
            name = last_name(node.func)
            if name in fw.container_types:  # conlist(constr(pattern=...), min_length=1)
                items = [a.value for a in node.args if a.keyword is None]
                return bool(items) and all(self.type_validated(i, depth + 1) for i in items)
            return name in fw.validated_types or self.constraint_validates(node)
        return False

    def parameter_validated(self, param: cst.Param) -> bool:
        """A parameter of an entry point of a framework that validates annotations."""
        if param.annotation is not None and self.type_validated(param.annotation.annotation):
            return True
        default = param.default
        return isinstance(default, cst.Call) and self.constraint_validates(default)

    # -- shapes ----------------------------------------------------------------------------
    def model_class(self, annotation) -> Optional[cst.ClassDef]:
        """The request model (a class of this module) an annotation names, through
        Optional[...] and Annotated[...]."""
        node = annotation
        for _ in range(4):
            if isinstance(node, cst.Subscript) and last_name(node.value) in self.fw.container_types:
                first = node.slice[0].slice
                node = first.value if isinstance(first, cst.Index) else None
            else:
                break
        if isinstance(node, cst.Name) and node.value in self.classes:
            cls = self.classes[node.value]
            bases = self.bases_of(cls)
            if bases & (self.fw.model_bases | self.fw.serializer_bases):
                return cls
        return None

    def shape_of(self, cls: cst.ClassDef) -> Shape:
        name = cls.name.value
        if name in self._shapes and self._shapes[name] is not None:
            return self._shapes[name]  # type: ignore[return-value]
        self._shapes[name] = None  # in progress: a model that holds itself
        bases = self.bases_of(cls)
        serializer = bool(bases & self.fw.serializer_bases)
        fields: dict = {}
        for base in cls.bases:
            local = self.classes.get(last_name(base.value) or "")
            if local is not None and local is not cls and self._shapes.get(local.name.value, 0) is not None:
                fields.update(self.shape_of(local).fields)
        checked = self._field_validators(cls)
        for statement in cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ():
            if not isinstance(statement, cst.SimpleStatementLine):
                continue
            for small in statement.body:
                if serializer and isinstance(small, cst.Assign) and isinstance(small.value, cst.Call):
                    for target in small.targets:
                        if isinstance(target.target, cst.Name):
                            fields[target.target.value] = self._serializer_field(small.value)
                elif not serializer and isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                    field = small.target.value
                    nested = self.model_class(small.annotation.annotation)
                    if field in checked:
                        fields[field] = True
                    elif nested is not None and nested is not cls:
                        fields[field] = self.shape_of(nested)
                    else:
                        fields[field] = self.type_validated(small.annotation.annotation) or (
                            isinstance(small.value, cst.Call) and self.constraint_validates(small.value)
                        )
        keep = self.fw.validated_attributes if serializer else frozenset()
        shape = Shape(name, fields, strict=serializer, keep=keep)
        self._shapes[name] = shape
        return shape

    def _field_validators(self, cls: cst.ClassDef) -> set[str]:
        names = set()
        for statement in cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ():
            if isinstance(statement, cst.FunctionDef):
                for decorator in statement.decorators:
                    call = decorator.decorator
                    if isinstance(call, cst.Call) and last_name(call.func) in self.fw.field_validator_decorators:
                        names.update(v for v in (literal_value(a.value) for a in call.args if a.keyword is None) if v)
        return names

    def _serializer_field(self, call: cst.Call, depth: int = 0) -> bool:
        name = last_name(call.func)
        fw = self.fw
        if name in fw.validated_fields:
            return True
        if any(keyword_value(call, k) is not None for k in fw.field_validating_keywords):
            return True
        child_keyword = fw.child_fields.get(name or "")
        if child_keyword and depth < 4:
            child = keyword_value(call, child_keyword)
            return isinstance(child, cst.Call) and self._serializer_field(child, depth + 1)
        return False

    def argparse_shape(self) -> Optional[Shape]:
        if not self.arguments:
            return None
        if self._argparse is None:
            fields = {
                dest: all(v if isinstance(v, bool) else self.callable_validates(v) for v in verdicts)
                for dest, verdicts in self.arguments.items()
            }
            self._argparse = Shape("argparse", fields, strict=True)
        return self._argparse

    def route_shape(self, routes: list[Optional[str]]) -> Optional[Shape]:
        """The request object of a handler served under these routes: its route
        attributes hold the route's parameters, validated where every route's
        converter validates them."""
        templates = [r for r in routes if r]
        if not templates:
            return None
        params: dict[str, bool] = {}
        for template in templates:
            for name, validated in self.fw.route_parameters(template, self.name_first).items():
                params[name] = params.get(name, True) and validated
        inner = Shape("route", params, strict=True)
        return Shape("request", {attr: inner for attr in self.fw.route_attributes}, strict=True)

    def is_constant(self, node, depth: int = 0) -> bool:
        """Options that cannot change with the input: a literal, a module constant, an
        Enum of the module, and what list(), sorted(), .keys() or a comprehension make
        of one."""
        if _is_literal(node):
            return True
        if depth < 4 and isinstance(node, cst.Call):
            func = node.func
            if isinstance(func, cst.Name) and func.value in ("list", "tuple", "sorted", "set", "frozenset"):
                return len(node.args) == 1 and self.is_constant(node.args[0].value, depth + 1)
            if isinstance(func, cst.Attribute) and func.attr.value in ("keys", "values") and not node.args:
                return self.is_constant(func.value, depth + 1)
            return False
        if depth < 4 and isinstance(node, (cst.ListComp, cst.GeneratorExp, cst.SetComp)):
            return node.for_in.inner_for_in is None and self.is_constant(node.for_in.iter, depth + 1)
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name) and node.value.value in self.constants:
            return True  # DEPLOYED[:2]
        if isinstance(node, cst.Name):
            if node.value in self.constants:
                return True
            cls = self.classes.get(node.value)
            return cls is not None and bool(self.bases_of(cls) & self.fw.enum_bases)
        return False

    # -- UI inputs -------------------------------------------------------------------------
    def inputs_validated(self, function: str, position: int) -> bool:
        """Is the input component feeding this parameter (in every registration of the
        function) one that admits only its constant choices, or a number?"""
        registrations = self.inputs.get(function)
        if not registrations:
            return False
        for inputs in registrations:
            if isinstance(inputs, (cst.List, cst.Tuple)):
                items = [e.value for e in inputs.elements]
            elif inputs is not None:
                items = [inputs]
            else:
                return False
            if position >= len(items) or not self._component_validates(items[position]):
                return False
        return True

    def _component_validates(self, node) -> bool:
        from modelred_lint.frameworks import matches_qualname

        if isinstance(node, cst.Name):
            node = self.components.get(node.value)
        if not isinstance(node, cst.Call):
            return False
        qualname = self.names.qualname(node.func)
        if matches_qualname(qualname, self.fw.validated_components):
            return True
        custom = keyword_value(node, "allow_custom_value")
        if custom is not None and not (isinstance(custom, cst.Name) and custom.value == "False"):
            return False
        for patterns, position, keyword in self.fw.choice_components:
            if matches_qualname(qualname, patterns):
                options = _arg(node, position, keyword)
                return options is not None and self.is_constant(options)
        return False

    # -- methods of the module's classes -----------------------------------------------------
    def method_summary(self, class_name: str, method: str):
        """The summary of a method of a class of this module (its parameter 0 is self),
        or None: calls on its objects are summarised like the module's functions."""
        cls = self.classes.get(class_name)
        if cls is None:
            return None
        for statement in cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ():
            if isinstance(statement, cst.FunctionDef) and statement.name.value == method:
                key = id(statement)
                if key not in self._method_summaries:
                    self._method_summaries[key] = None  # in progress: a method that calls itself
                    self._method_summaries[key] = self.rule.summarise(statement)
                return self._method_summaries[key]
        return None


def option_dest(call: cst.Call) -> str:
    """The attribute an argparse `add_argument` call fills (its `dest=`, else its first
    plain name, long option or short option, as argparse chooses: `--api-key` ->
    `api_key`), or "" where none is written as a literal."""
    dest_node = keyword_value(call, "dest")
    dest = literal_value(dest_node) if dest_node is not None else None
    if isinstance(dest, str):
        return dest
    declared = [d for d in (literal_value(a.value) for a in call.args if a.keyword is None) if isinstance(d, str) and d]
    longs = [d for d in declared if d.startswith("--")]
    plain_names = [d for d in declared if not d.startswith("-")]
    shorts = [d for d in declared if d.startswith("-")]
    chosen = plain_names[0] if plain_names else (longs[0] if longs else (shorts[0] if shorts else ""))
    return chosen.lstrip("-").replace("-", "_")
