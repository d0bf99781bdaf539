"""What a name refers to: a small pass of our own over imports and assignments.

LibCST's ScopeProvider and QualifiedNameProvider answer this in general, at several
times the cost of the parse. The rules need less: the qualified name behind an alias
(`from modelred import ModelRed as MR`, `import modelred as mr`), and what a local name
was last bound to earlier in its scope (a string literal, an SDK client, or something
unknown). This tracker runs first in the engine's single walk, so that every rule sees
the bindings made before the node it is visiting.
"""

from __future__ import annotations

import functools
import re

from dataclasses import dataclass
from typing import Optional

from modelred_lint.lazy import cst

# A str.format template's named placeholders, `{password}`, `{port:d}`, `{key!r}`: the
# name (one way to match each: linear). The rules read a template's fields by these
# (expressions.py), the prefilter's flow scan too.
FORMAT_FIELDS = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?:![rsa])?(?::[^{}]*)?\}")


@dataclass(frozen=True)
class Binding:
    # "literal" (a string), "constant" (a number, True, False, None), "tuple" (of
    # names), "formatted" (an f-string of literal text and plain names),
    # "client", "call" (the result of another call), "default" (a parameter
    # whose default is a string: the node is that string), "annotated" (a parameter
    # annotated with a class: its qualified name) or "unknown"
    kind: str
    node: Optional[cst.CSTNode] = None  # the literal, the tuple
    qualname: str = ""  # the client class, for "client"; the function called, for "call"


UNKNOWN = Binding("unknown")


@functools.lru_cache(maxsize=None)
def subclasses(base: type) -> frozenset[type]:
    """Every class below a LibCST base: looked up by type, since isinstance() against
    LibCST's abstract bases goes through abc's machinery, and walks ask millions of
    times. (Memoised: LibCST's classes are all made when it is imported, and the field
    plans of node_walk ask for the same bases hundreds of times on a run's first file.)"""
    found, stack = set(), [base]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                stack.append(sub)
    return frozenset(found)


def is_string_literal(node: cst.CSTNode) -> bool:
    """A string whose whole value is written in the source (no f-string holes). (By
    exact type: LibCST's node classes are ABCs, whose isinstance() is slow, and these are
    leaves nothing subclasses.)"""
    kind = type(node)
    if kind is cst.SimpleString:
        return True
    if kind is cst.ConcatenatedString:
        return is_string_literal(node.left) and is_string_literal(node.right)
    return False


def subscript_literal(node) -> Optional[str]:
    """`x["api_key"]`: the literal key of a one-item subscript, or None."""
    if len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
        return literal_value(node.slice[0].slice.value)
    return None


def literal_value(node: cst.CSTNode) -> Optional[str]:
    """The value of a string/bytes literal (bytes read as latin-1), or None."""
    if type(node) is cst.SimpleString:
        raw = node.value
        if "\\" not in raw:
            # No escapes: the value is the text between the quotes. (LibCST's
            # evaluated_value compiles every string, which a walk feels.)
            quote = 3 if raw.endswith(('"""', "'''")) and len(raw) - len(node.prefix) >= 6 else 1
            return raw[len(node.prefix) + quote : len(raw) - quote]
    elif not is_string_literal(node):
        return None
    try:
        value = node.evaluated_value  # type: ignore[union-attr]
    except Exception:  # a malformed escape: the parser accepted what Python would not
        return None
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value



def literal_parts(node):
    """The literal words of a text made in the code: a string's, an f-string's, a
    concatenation's or %-format's strings, a template's of `.format`."""
    kind = type(node)
    if kind is cst.SimpleString:
        value = literal_value(node)
        if isinstance(value, str) and value:
            yield value
    elif kind is cst.FormattedString:
        for part in node.parts:
            if type(part) is cst.FormattedStringText:
                yield part.value
    elif kind is cst.BinaryOperation or kind is cst.ConcatenatedString:
        yield from literal_parts(node.left)
        yield from literal_parts(node.right)
    elif kind is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value == "format":
        yield from literal_parts(node.func.value)


# A str.format / loguru field or a %-format's named placeholder (linear: one character
# class each, no nesting).
_TEMPLATE_FIELDS = re.compile(r"\{[^{}]*\}|%\([^()]*\)")


def words_say_secret(vocab, nodes, texts=()) -> bool:
    """Do these texts' own words name a secret ("token=%s", f"Token: {t}")? What makes
    an ambiguous name (a bare `token`) a secret in them. `texts`: more words of the
    message (the module constants it writes: KEY_HEADER of "X-Beamline-Key")."""
    # (a hole of an f-string, a template's field and the seam between two texts end a
    # phrase: "Loaded file {provider} key" says key, not file key)
    text = _BREAK.join([*(word for node in nodes for word in literal_parts(node)), *texts])
    # (a template's own fields name what fills them, not what the text says:
    # logger.debug("placeholder: {token}", token=token), "%(token)s")
    text = _CAMEL.sub(r"\1_\2", _TEMPLATE_FIELDS.sub(_BREAK, text)).lower()
    # (a tokenizer's message: its `token` is a text's, message-text-token-words)
    textual = tuple(word for word in vocab.message_text_token_words if word in text)
    for counted in vocab.message_count_words:  # ("used %s tokens": a count, message-count-words)
        text = text.replace(counted, " ")
    words = tuple(word for word in vocab.message_secret_words if not any(t.startswith(word) for t in textual))
    if any(stem in text for stem in vocab.message_rename_words):  # ("key %s renamed": a mapping's)
        words = tuple(word for word in words if word != "key")
    if not any(word in text for word in words):
        return False
    # Each word of the text read once (linear in the text's length: a message may be a
    # long literal of a pull request's). A secret word in a name the message writes
    # (file_token=, auth.type, pageToken, MISP_KEY=) is read with the parts beside it as a
    # name's words are (vocab.unsays_in_name); one of its prose with the word before it
    # ("without a page token", "renamed cache key %s": vocab.unsays_in_message).
    previous, end = "", 0
    for match in _WORD_RUN.finditer(text):
        run, between = match.group(), text[end:match.start()]
        end = match.end()
        lead = previous if between.strip(" ") in ("", "-") else ""
        parts = _PARTS.split(run)
        previous = parts[-1]
        if not any(word in run for word in words):
            continue
        named = len(parts) > 1
        for j, part in enumerate(parts):
            for word in words:
                if word not in part:
                    continue
                if part in vocab.message_incidental_words:
                    continue  # (keyword, rekey, author: the letters only)
                if part not in (word, word + "s"):
                    return True  # (within a longer word, authorization, apikey: said)
                if named:
                    if not vocab.unsays_in_name(parts[j - 1] if j else "", word,
                                                parts[j + 1] if j + 1 < len(parts) else ""):
                        return True
                elif not vocab.unsays_in_message(lead, word):
                    return True
    return False


def described_holes(vocab, message: list) -> frozenset:
    """The places of a message whose own label names something other than a secret:
    the word written just before the place is one of the message-label-words
    (f"No credentials for provider {provider_key}", "Provider: %s",
    "browser.cloud_provider=%r"), and the word just after it is no secret word
    ("provider {p} key" says key). By node identity: an f-string's expression part, or a
    %-template's argument (the template first, then its arguments, as a log call takes
    them; or `template % args`). What makes a name a secret's only where the message
    says so (provider_key, new_key) is then not said of that place by the message's
    other words ("authentication" elsewhere in it)."""
    out: set[int] = set()
    if message and type(message[0]) in (cst.SimpleString, cst.ConcatenatedString) and len(message) > 1:
        _describe_template(vocab, message[0], message[1:], out)
    for node in message:
        if type(node) is cst.BinaryOperation and type(node.operator) is cst.Modulo \
                and type(node.left) in (cst.SimpleString, cst.ConcatenatedString):
            right = node.right
            _describe_template(vocab, node.left, [e.value for e in right.elements] if type(right) is cst.Tuple else [right], out)
        elif type(node) is cst.FormattedString:
            parts = node.parts
            for at, part in enumerate(parts):
                if type(part) is not cst.FormattedStringExpression:
                    continue
                before = parts[at - 1].value if at and type(parts[at - 1]) is cst.FormattedStringText else ""
                after = parts[at + 1].value if at + 1 < len(parts) and type(parts[at + 1]) is cst.FormattedStringText else ""
                if _labels_other(vocab, before, after):
                    out.add(id(part))
    return frozenset(out)


# A %-format's conversion (`%%` is a literal per cent). Linear: no two pieces in a row can
# match the same characters (a width starts at 1-9: a 0 there is a flag).
_CONVERSION = re.compile(r"%(\([^()]*\))?[-#0 +]*(?:\*|[1-9][0-9]*)?(?:\.(?:\*|[0-9]+))?[a-zA-Z%]")


def _describe_template(vocab, template, args: list, out: set) -> None:
    text = literal_value(template)
    if not isinstance(text, str) or "%(" in text:
        return
    conversions = [m for m in _CONVERSION.finditer(text) if not m.group().endswith("%")]
    if len(conversions) != len(args):
        return  # (not a template of these arguments: no place is read)
    end = 0
    for at, match in enumerate(conversions):
        after = text[match.end():conversions[at + 1].start()] if at + 1 < len(conversions) else text[match.end():]
        if _labels_other(vocab, text[end:match.start()], after):
            out.add(id(args[at]))
        end = match.end()


def _labels_other(vocab, before: str, after: str) -> bool:
    before, after = (_CAMEL.sub(r"\1_\2", text).lower() for text in (before, after))
    lead = _WORD_RUN.findall(before[-80:])
    # (only the label right before the place: "provider: ", "provider='", "for provider (")
    if not lead or before[before.rfind(lead[-1]) + len(lead[-1]):].strip(" :=('\"[") != "":
        return False
    word = _PARTS.split(lead[-1])[-1]
    if word not in vocab.message_label_words:
        return False
    follow = _WORD_RUN.match(after.lstrip(" )'\"]:"))
    return follow is None or not any(w in follow.group() for w in vocab.message_secret_words)


# What ends a phrase in a message's text (no word is made of it).
_BREAK = "\x00"
# A name written in camel case (pageToken, authType), read as its words are.
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
# A word of a message (its letters, digits, underscores and inner dots: a name it writes,
# auth.type); and a name's parts.
_WORD_RUN = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")
_PARTS = re.compile(r"[_.]")


def last_name(node: cst.CSTNode) -> Optional[str]:
    """The last name an expression spells: `x` -> x, `a.b.c` -> c."""
    # (By exact type, here and in dotted_name: Name and Attribute have no subclasses,
    # and isinstance() of any other node against them goes through abc's machinery;
    # these two are asked about most nodes the dataflow rules read.)
    kind = type(node)
    if kind is cst.Name:
        return node.value
    if kind is cst.Attribute:
        return node.attr.value
    return None


def is_docstring(statement) -> bool:
    """A statement that is a bare string literal (a module's, class's or function's docstring
    when it stands first)."""
    return (
        isinstance(statement, cst.SimpleStatementLine)
        and len(statement.body) == 1
        and isinstance(statement.body[0], cst.Expr)
        and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def names_in(*nodes) -> list[str]:
    """Every plain name read or written in these nodes (attributes' names too), in
    field order (see node_walk)."""
    from modelred_lint.node_walk import descendants

    name = cst.Name
    return [n.value for node in nodes for n in descendants(node) if type(n) is name]


def expression_words(url, budget: int = 24) -> list:
    """What an expression naming a place (a URL, a file's path) says of it: its names and
    attributes (SLACK_WEBHOOK, self.webhook_url), the literal text it holds, also where it
    is read from the environment or a mapping (os.environ["DISCORD_WEBHOOK_URL"],
    cfg.get("teams_webhook"), os.environ[WEBHOOK_ENV]). At most `budget` nodes read: such
    an expression is short."""
    out, pending = [], [url]
    while pending and budget > 0:
        node = pending.pop()
        budget -= 1
        kind = type(node)
        if kind is cst.Name:
            out.append(node.value)
        elif kind is cst.Attribute:
            out.append(node.attr.value)
            pending.append(node.value)
        elif kind is cst.SimpleString:
            out.append(literal_value(node) or "")
        elif kind is cst.FormattedString:
            out += [p.value for p in node.parts if type(p) is cst.FormattedStringText]
            pending += [p.expression for p in node.parts if type(p) is cst.FormattedStringExpression]
        elif kind is cst.ConcatenatedString:
            pending += [node.left, node.right]
        elif kind is cst.Subscript:
            pending.append(node.value)
            pending += [e.slice.value for e in node.slice if type(e.slice) is cst.Index]
        elif kind is cst.Call:
            pending.append(node.func)
            pending += [a.value for a in node.args[:2]]
        elif kind is cst.BinaryOperation:
            pending += [node.left, node.right]
        elif kind is cst.BooleanOperation:
            pending += [node.left, node.right]
    return out


def dotted_name(node: cst.CSTNode) -> Optional[str]:
    kind = type(node)
    if kind is cst.Name:
        return node.value
    if kind is cst.Attribute:
        base = dotted_name(node.value)
        return f"{base}.{node.attr.value}" if base else None
    return None


class NameTracker:
    """Import aliases and per-scope bindings, updated as the walk goes."""

    # What it reads inside expressions (walrus, lambda and comprehension scopes) only
    # refines rules that read expressions too; alone it needs statements only.
    READS_EXPRESSIONS = False

    def __init__(self, client_qualnames: frozenset[str]) -> None:
        self.client_qualnames = client_qualnames
        self.aliases: dict[str, str] = {}
        self.scopes: list[dict[str, Binding]] = [{}]
        self.attributes: dict[str, Binding] = {}  # "self.client" -> binding
        self.star_modules: list[str] = []  # `from modelred import *`

    # -- lookups --------------------------------------------------------------------
    def qualname(self, node: cst.CSTNode) -> Optional[str]:
        """The imported name an expression spells, through aliases: `mr.ModelRed`
        after `import modelred as mr` is `modelred.ModelRed`."""
        dotted = dotted_name(node)
        if dotted is None:
            return None
        head, _, rest = dotted.partition(".")
        target = self.aliases.get(head)
        if target is None:
            return None
        return f"{target}.{rest}" if rest else target

    def star_qualnames(self, node: cst.CSTNode) -> list[str]:
        """The names a bare name could stand for through `from m import *`."""
        if not isinstance(node, cst.Name) or node.value in self.aliases:
            return []
        return [f"{module}.{node.value}" for module in self.star_modules]

    def local_name_for(self, module: str) -> Optional[str]:
        """The name a module is imported under here (`import os as _os` -> `_os`)."""
        for local, target in self.aliases.items():
            if target == module:
                return local
        return None

    def imports_any(self, modules) -> bool:
        return any(t == m or t.startswith(m + ".") for t in self.aliases.values() for m in modules)

    def lookup(self, name: str) -> Binding:
        for scope in (self.scopes[-1], self.scopes[0]):
            if name in scope:
                return scope[name]
        return UNKNOWN

    def binding_of(self, node: cst.CSTNode) -> Binding:
        """What an expression holds, as far as this pass can tell."""
        # (By exact type: LibCST's node classes are ABCs, whose isinstance() is slow.)
        kind = type(node)
        if is_string_literal(node):
            return Binding("literal", node)
        if kind is cst.Integer or kind is cst.Float or kind is cst.Imaginary or (
            kind is cst.Name and node.value in ("True", "False", "None")
        ):
            return Binding("constant", node)
        if kind is cst.Name:
            return self.lookup(node.value)
        if kind is cst.Attribute:
            dotted = dotted_name(node)
            if dotted in self.attributes:
                return self.attributes[dotted]
        if kind is cst.Await:
            return self.binding_of(node.expression)
        if kind is cst.Call:
            if self.is_client_class(node.func):
                return Binding("client", qualname=self.qualname(node.func) or "")
            return Binding("call", node, self.qualname(node.func) or "")
        if type(node) is cst.Tuple and all(type(e.value) in (cst.Name, cst.Attribute) for e in node.elements):
            return Binding("tuple", node)
        if kind is cst.FormattedString and all(
                type(part) is cst.FormattedStringText or (type(part.expression) is cst.Name and part.format_spec is None)
                for part in node.parts):
            return Binding("formatted", node)  # f"projects/{PROJECT}/secrets/...": text and names
        return UNKNOWN

    def is_client_class(self, func: cst.CSTNode) -> bool:
        return self.qualname(func) in self.client_qualnames

    def is_client(self, node: cst.CSTNode) -> bool:
        return self.binding_of(node).kind == "client"

    # -- updates (called by the engine's walk, before the rules) --------------------
    def bind(self, target: cst.CSTNode, binding: Binding) -> None:
        if isinstance(target, cst.Name):
            self.scopes[-1][target.value] = binding
        elif isinstance(target, cst.Attribute):
            dotted = dotted_name(target)
            if dotted:
                self.attributes[dotted] = binding
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self.bind(element.value, UNKNOWN)
        elif isinstance(target, cst.StarredElement):
            self.bind(target.value, UNKNOWN)

    def visit_Import(self, node: cst.Import) -> None:
        for alias in node.names:
            full = dotted_name(alias.name) or ""
            if alias.asname is not None:
                self.aliases[alias.asname.name.value] = full  # type: ignore[union-attr]
            else:
                head = full.split(".")[0]
                self.aliases[head] = head

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if node.relative or node.module is None:
            return
        if isinstance(node.names, cst.ImportStar):
            self.star_modules.append(dotted_name(node.module) or "")
            return
        module = dotted_name(node.module) or ""
        for alias in node.names:
            name = alias.name.value  # type: ignore[union-attr]
            local = alias.asname.name.value if alias.asname else name  # type: ignore[union-attr]
            self.aliases[local] = f"{module}.{name}"

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        scope: dict[str, Binding] = {}
        params = node.params
        for param in (*params.posonly_params, *params.params, *params.kwonly_params):
            scope[param.name.value] = self._annotated(param)
        for star in (params.star_arg, params.star_kwarg):
            if isinstance(star, cst.Param):
                scope[star.name.value] = UNKNOWN
        self.scopes.append(scope)

    def leave_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.scopes.pop()

    def visit_Lambda(self, node: cst.Lambda) -> None:
        self.scopes.append({p.name.value: UNKNOWN for p in node.params.params})

    def leave_Lambda(self, node: cst.Lambda) -> None:
        self.scopes.pop()

    def _annotated(self, param: cst.Param) -> Binding:
        if param.annotation is not None:
            annotation = param.annotation.annotation
            if isinstance(annotation, cst.SimpleString):
                return UNKNOWN
            if self.is_client_class(annotation):
                return Binding("client", qualname=self.qualname(annotation) or "")
        if param.default is not None and is_string_literal(param.default):
            return Binding("default", param.default)  # def from_env(var="ANTHROPIC_API_KEYS")
        if param.annotation is not None and isinstance(param.annotation.annotation, (cst.Name, cst.Attribute)):
            # cfg: configparser.ConfigParser: an instance of the class it names
            qualname = self.qualname(param.annotation.annotation)
            if qualname:
                return Binding("annotated", qualname=qualname)
        return UNKNOWN

    def leave_Assign(self, node: cst.Assign) -> None:
        binding = self.binding_of(node.value)
        for target in node.targets:
            self.bind(target.target, binding)

    def leave_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None:
            self.bind(node.target, self.binding_of(node.value))

    def leave_AugAssign(self, node: cst.AugAssign) -> None:
        self.bind(node.target, UNKNOWN)

    def leave_NamedExpr(self, node: cst.NamedExpr) -> None:
        self.bind(node.target, self.binding_of(node.value))

    def visit_For(self, node: cst.For) -> None:
        self.bind(node.target, UNKNOWN)

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self.bind(node.asname.name, self.binding_of(node.item))

    def visit_CompFor(self, node: cst.CompFor) -> None:
        self.bind(node.target, UNKNOWN)

