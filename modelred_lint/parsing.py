"""Parsing a file's text with LibCST, and the limits of LibCST's native parser: brackets
nested past CPython's own limit are refused before the parser can overflow the C stack,
and a tree too deep for the default stack is walked again on a thread with a large one.
Syntax errors are reported with CPython's account of them where it has one.
"""

from __future__ import annotations

import ast
import re
import sys
import threading
from itertools import accumulate

import libcst as cst

from modelred_lint.source import SourceError


# Set by the language server's worker (reparse.DocumentParses): the last parse of each
# open document, re-used for the statements an edit did not touch. None: every text is
# parsed whole (the command line parses each file once).
documents = None


def parse_document(path: str, text: str) -> cst.Module:
    """parse(), re-using the document's last parse where the server keeps one."""
    kept = documents
    if kept is None:
        return parse(text)
    return kept.parse(path, text, parse)


def parse(text: str) -> cst.Module:
    _refuse_deep_nesting(text)
    try:
        return parse_module_unchecked(text)
    except cst.ParserSyntaxError as exc:
        raise _syntax_error(text, exc) from None
    except RecursionError:
        raise SourceError("file is nested too deeply to parse", deepest_line(text)) from None
    except Exception as exc:  # the native parser's own limits (stack, size)
        raise SourceError(f"file could not be parsed ({type(exc).__name__})") from None


# Every LibCST node checks its own fields as it is made (CSTNode.__post_init__ calls
# _validate). For the nodes its parser makes from source text the checks cannot fail, and
# they cost a seventh of the parse (sdk-heavy: 4.35 s against 5.05 s, in turns); LibCST's
# own comment there says as much. So they are switched off while the parser builds the
# tree, and only then: nodes our fixes make are still checked.
# The constructors themselves are the frozen ones dataclasses make, which set each field
# through object.__setattr__ and then call __post_init__. While the parser builds the
# tree, each node class has a plain constructor instead, which puts each argument straight
# into its slot (see _plain_constructor): the same tree, and 7.6 % less parse on
# sdk-heavy (17.95 s against 19.43 s over four rounds in turns, one process).
_CHECKED_POST_INIT = cst.CSTNode.__post_init__


def _unchecked(self) -> None:
    """A node made by the parser from valid source: nothing to check."""


def parse_module_unchecked(text: str) -> cst.Module:
    """cst.parse_module(text), without the per-node checks and with the plain
    constructors (the same tree). Another thread's parse may end first and give the
    classes their checked constructors back: this parse then goes on the usual way,
    never a node made elsewhere left unchecked for long."""
    constructors = _PARSER_CONSTRUCTORS or _constructors_after(len(text))
    cst.CSTNode.__post_init__ = _unchecked
    for kind, _, plain in constructors:
        kind.__init__ = plain
    try:
        return cst.parse_module(text)
    finally:
        for kind, checked, _ in constructors:
            kind.__init__ = checked
        cst.CSTNode.__post_init__ = _CHECKED_POST_INIT


# (node class, its dataclass constructor, its plain one), made once the process has
# parsed enough for them to pay: making them takes 12 ms, which a parse earns back at
# about 0.1 ms a kilobyte (the editor's one file of 10 KB never makes them).
_PARSER_CONSTRUCTORS: list = []
PLAIN_CONSTRUCTORS_AFTER = 200_000  # characters parsed in this process
_parsed = 0


def _constructors_after(size: int) -> list:
    global _parsed
    _parsed += size
    return _parser_constructors() if _parsed >= PLAIN_CONSTRUCTORS_AFTER else []


def _parser_constructors() -> list:
    from modelred_lint.tree_walk import ALL_NODE_TYPES

    made = []
    for kind in sorted(ALL_NODE_TYPES, key=lambda k: (k.__module__, k.__qualname__)):
        plain = _plain_constructor(kind)
        if plain is not None:
            made.append((kind, kind.__dict__["__init__"], plain))
    _PARSER_CONSTRUCTORS[:] = made
    return made


_DEFAULT = object()  # (a field left out whose default a factory makes)


def _plain_constructor(kind: type):
    """A constructor with the dataclass one's parameters (names, order, defaults) that
    stores each argument in its field's slot and checks nothing; None for a node class
    whose own constructor dataclasses did not make (it inherits one), or with a field
    that is not a plain slot (it keeps its own)."""
    import dataclasses
    import types

    own = kind.__dict__.get("__init__")
    if own is None or getattr(getattr(own, "__code__", None), "co_filename", None) != "<string>":
        return None
    namespace: dict = {"_DEFAULT": _DEFAULT}
    params, body = [], []
    for at, field in enumerate(dataclasses.fields(kind)):
        if not field.init or field.kw_only:
            return None
        slot = next((k.__dict__[field.name] for k in kind.__mro__
                     if isinstance(k.__dict__.get(field.name), types.MemberDescriptorType)), None)
        if slot is None:
            return None
        # (the body's own names are numbered: a field may be called anything)
        namespace[f"_set{at}"] = slot.__set__
        value = field.name
        if field.default is not dataclasses.MISSING:
            namespace[f"_default{at}"] = field.default
            params.append(f"{field.name}=_default{at}")
        elif field.default_factory is not dataclasses.MISSING:
            namespace[f"_factory{at}"] = field.default_factory
            params.append(f"{field.name}=_DEFAULT")
            value = f"_factory{at}() if {field.name} is _DEFAULT else {field.name}"
        else:
            params.append(field.name)
        body.append(f"    _set{at}(self, {value})\n")
    # (made from source, as dataclasses make theirs: a loop over the fields would cost
    # more than the constructor it stands in for)
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body) or '    pass'}\n", namespace)
    return namespace["__init__"]


# LibCST's parse costs time quadratic in an expression's depth (about 0.2 us x depth^2 for
# a `1 + 1 + ...`, 1.2 us x depth^2 for `a[0][0]...`): past this depth a file is not
# handed to it (the engine scans its tokens for keys instead, and says so with MR000).
MAX_EXPRESSION_DEPTH = 1000
# Past this depth the walk is run on a thread with a large stack from the start, rather
# than retried there after a RecursionError.
DEEP_STACK_DEPTH = 200


class TooDeep(SourceError):
    """An expression LibCST would take too long (or too much stack) to parse."""


def expression_depth(text: str) -> int:
    """The depth of the deepest expression of the file as CPython's parser sees it (0 when
    CPython cannot parse the file: LibCST then reports the error). Raises TooDeep past
    MAX_EXPRESSION_DEPTH. Cheap: a statement too short to hold a chain that deep is never
    walked (each level of a chain takes at least one character)."""
    return depth_and_statements(text)[0]


def depth_and_statements(text: str):
    """expression_depth(), and the statement skeleton of the same CPython tree (see
    statement_skeleton; None where CPython cannot parse the file): the positions of a
    file's findings are placed with it, without parsing the file once more."""
    from modelred_lint.triggers import TOO_DEEP, take_python_tree

    tree = take_python_tree(text)
    if tree is None:
        try:
            tree = ast.parse(text)
        except RecursionError:
            tree = TOO_DEEP
        except Exception:  # noqa: BLE001 - SyntaxError, ValueError (NUL), MemoryError
            return 0, None
    if tree is TOO_DEEP:
        raise TooDeep(_too_deep_message("past CPython's own limit"), _longest_line(text))
    starts = [0, *accumulate(len(line) for line in text.splitlines(keepends=True))]

    def offset(line: int, col: int) -> int:  # col counts UTF-8 bytes: at least as many as chars
        return starts[min(line - 1, len(starts) - 1)] + col

    deepest = 0
    stack = list(tree.body)
    while stack:
        statement = stack.pop()
        inner = [s for s in _inner_statements(statement)]
        stack.extend(inner)
        end = (inner[0].lineno, inner[0].col_offset) if inner else (statement.end_lineno, statement.end_col_offset)
        if offset(*end) - offset(statement.lineno, statement.col_offset) < DEEP_STACK_DEPTH:
            continue
        header = [c for c in ast.iter_child_nodes(statement) if not isinstance(c, _BLOCKS)]
        depth = _depth(header)
        if depth > MAX_EXPRESSION_DEPTH:
            raise TooDeep(_too_deep_message(f"{depth} deep"), statement.lineno)
        deepest = max(deepest, depth)
    return deepest, statement_skeleton(tree.body)


def statement_skeleton(statements) -> list:
    """Each statement as (first line, last line, its blocks' skeletons): the blocks in
    the order LibCST holds them (body, then the else / except / finally parts or the
    match cases), each a list of statements. Statements only: small next to the tree."""
    return [(s.lineno, s.end_lineno or s.lineno, _skeleton_blocks(s)) for s in statements]


def _skeleton_blocks(s) -> tuple:
    kind = type(s)
    if kind in _ONE_BLOCK:
        return (statement_skeleton(s.body),)
    if kind in _TWO_BLOCKS:
        return (statement_skeleton(s.body), statement_skeleton(s.orelse))
    if kind in _TRY:
        return (
            statement_skeleton(s.body),
            *(statement_skeleton(h.body) for h in s.handlers),
            statement_skeleton(s.orelse),
            statement_skeleton(s.finalbody),
        )
    if kind is ast.Match:
        return tuple(statement_skeleton(case.body) for case in s.cases)
    return ()


_ONE_BLOCK = frozenset({ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.With, ast.AsyncWith})
_TWO_BLOCKS = frozenset({ast.For, ast.AsyncFor, ast.While, ast.If})
_TRY = frozenset({ast.Try, *([ast.TryStar] if hasattr(ast, "TryStar") else [])})


_BLOCKS = (ast.stmt, ast.excepthandler, ast.match_case)


def _inner_statements(statement: ast.AST):
    for field in ("body", "orelse", "finalbody"):
        for child in getattr(statement, field, ()) or ():
            if isinstance(child, ast.stmt):
                yield child
    for block in (*getattr(statement, "handlers", ()), *getattr(statement, "cases", ())):
        yield from block.body


def _depth(nodes: list) -> int:
    deepest = 0
    stack = [(node, 1) for node in nodes]
    while stack:
        node, depth = stack.pop()
        if depth > deepest:
            deepest = depth
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _too_deep_message(how: str) -> str:
    return (
        f"file not analysed beyond its keys: an expression nested {how} (over "
        f"{MAX_EXPRESSION_DEPTH} levels; LibCST's parse is quadratic in depth); only keys in "
        "strings and comments were checked"
    )


def _longest_line(text: str) -> int:
    lines = text.splitlines() or [""]
    return max(range(len(lines)), key=lambda i: len(lines[i])) + 1


def _refuse_deep_nesting(text: str) -> None:
    """LibCST's native parser overflows the C stack (and kills the process) on brackets
    nested a few thousand deep. CPython's tokenizer refuses more than 200 levels, so a
    file that deep is not Python: say so before LibCST sees it. Only files whose
    brackets (strings not told apart: this only decides whether to look) nest past
    100 are compiled for this check."""
    brackets = _NOT_BRACKET.sub("", text)
    if len(brackets) < 200 or max(accumulate(1 if b in "([{" else -1 for b in brackets)) <= 100:
        return
    try:
        compile(text, "<file>", "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as exc:
        if "too many nested" in (exc.msg or ""):
            raise SourceError("file is nested too deeply to parse", exc.lineno or 1) from None
    except (RecursionError, MemoryError):
        raise SourceError("file is nested too deeply to parse", deepest_line(text)) from None
    except ValueError:  # NUL bytes: decode_source reports those
        pass


_NOT_BRACKET = re.compile(r"[^()\[\]{}]+")


def _syntax_error(text: str, exc: cst.ParserSyntaxError) -> SourceError:
    """CPython's own account of the error where it has one: its line numbers point at
    the fault (LibCST's at the next token) and its messages are clearer."""
    try:
        compile(text, "<file>", "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as py_exc:
        return SourceError(f"syntax error: {py_exc.msg}", py_exc.lineno or 1, max((py_exc.offset or 1) - 1, 0))
    except (ValueError, RecursionError, MemoryError):
        pass
    else:  # valid for this Python, beyond LibCST's grammar: not analysed, and said so
        return SourceError(
            f"LibCST cannot parse this file (this Python accepts it): {_first_line(exc.message)}",
            exc.raw_line,
            exc.raw_column,
        )
    return SourceError(f"syntax error: {_first_line(exc.message)}", exc.raw_line, exc.raw_column)


def deepest_line(text: str) -> int:
    """The line where brackets are nested deepest (a rough count that ignores
    strings: it only says where to look)."""
    depth = best = 0
    line = best_line = 1
    for char in text:
        if char in "([{":
            depth += 1
            if depth > best:
                best, best_line = depth, line
        elif char in ")]}":
            depth = max(depth - 1, 0)
        elif char == "\n":
            line += 1
    return best_line


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "invalid syntax"


_DEEP_STACK = 512 * 1024 * 1024
_DEEP_RECURSION = 40_000


def on_deep_stack(work):
    """Run work() on a thread with a large stack and a high recursion limit."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the calling thread
            outcome["error"] = exc

    previous_limit = sys.getrecursionlimit()
    previous_stack = threading.stack_size()
    try:
        threading.stack_size(_DEEP_STACK)
        sys.setrecursionlimit(max(previous_limit, _DEEP_RECURSION))
        worker = threading.Thread(target=run, name="modelred-lint-deep")
        worker.start()
        worker.join()
    finally:
        threading.stack_size(previous_stack)
        sys.setrecursionlimit(previous_limit)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
