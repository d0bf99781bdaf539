"""One parse, one walk: every enabled rule visits the same tree in a single pass.

Positions are computed only for files that have findings, on the same tree (the
metadata wrapper skips its defensive copy, so the rules' nodes stay valid keys).
"""

from __future__ import annotations

import ast
import dataclasses
import re
import sys
import threading
from itertools import accumulate
from typing import Iterable, Sequence

import libcst as cst

from modelred_lint.engine import Plan
from modelred_lint.findings import Finding
from modelred_lint.names import NameTracker, subclasses
from modelred_lint.positions import Positions
from modelred_lint.redaction import scrub
from modelred_lint.rule import FileContext, RawReport, Rule
from modelred_lint.source import SourceError
from modelred_lint.suppression import SuppressionMap



# Concrete node types, looked up by type: isinstance() against LibCST's abstract base
# classes goes through abc's machinery, and the walk asks millions of times.
_EXPRESSION_TYPES = subclasses(cst.BaseExpression)
_STATEMENT_TYPES = subclasses(cst.BaseCompoundStatement) | {cst.SimpleStatementLine}
_FIELDS: dict[type, tuple[str, ...]] = {}
# Every node type but the leaves no rule reads (white space without comments).
_NODE_TYPES = subclasses(cst.CSTNode) - {cst.SimpleWhitespace, cst.Newline}


def _node_fields(kind: type) -> tuple[str, ...]:
    fields = _FIELDS.get(kind)
    if fields is None:
        fields = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return fields


class BatchedWalk:
    """One walk of the tree for every participant (the name tracker first), calling
    their visit_<Node> and leave_<Node> methods, and keeping the statement stack.

    It reads each node's fields directly: LibCST's own visitor rebuilds every node it
    passes (and validates it again), which costs more than the parse. Fields are read
    in their declared order, which is source order for everything the rules track
    (a function's decorators come after its body; no rule minds)."""

    def __init__(self, ctx: FileContext, participants: Sequence[object]) -> None:
        self.ctx = ctx
        self.visits: dict[type, list] = {}
        self.leaves: dict[type, list] = {}
        for participant in participants:
            for attr in dir(type(participant)):
                kind = getattr(cst, attr[6:], None) if attr.startswith(("visit_", "leave_")) else None
                if isinstance(kind, type) and issubclass(kind, cst.CSTNode):
                    table = self.visits if attr.startswith("visit_") else self.leaves
                    table.setdefault(kind, []).append(getattr(participant, attr))
        # Rules that read only statements (the dataflow rules interpret expressions
        # themselves) spare the walk every expression's subtree.
        self.skip_expressions = not any(getattr(p, "READS_EXPRESSIONS", True) for p in participants)

    def walk(self, node: cst.CSTNode) -> None:
        kind = type(node)
        if self.skip_expressions and kind in _EXPRESSION_TYPES:
            return
        statement = kind in _STATEMENT_TYPES
        if statement:
            self.ctx.statements.append(node)
        for method in self.visits.get(kind, ()):
            method(node)
        for name in _node_fields(kind):
            value = getattr(node, name)
            value_type = type(value)
            if value_type in _NODE_TYPES:
                self.walk(value)
            elif value_type is tuple or value_type is list:
                for item in value:
                    if type(item) in _NODE_TYPES:
                        self.walk(item)
        for method in self.leaves.get(kind, ()):
            method(node)
        if statement:
            self.ctx.statements.pop()


def rule_classes_for(codes: Iterable[str]) -> list[type[Rule]]:
    from modelred_lint.checks import RULE_CLASSES

    codes = set(codes)
    return [cls for cls in RULE_CLASSES if codes.intersection(cls.codes)]


def parse(text: str) -> cst.Module:
    _refuse_deep_nesting(text)
    try:
        return cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        raise _syntax_error(text, exc) from None
    except RecursionError:
        raise SourceError("file is nested too deeply to parse", _deepest_line(text)) from None
    except Exception as exc:  # the native parser's own limits (stack, size)
        raise SourceError(f"file could not be parsed ({type(exc).__name__})") from None


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
        raise SourceError("file is nested too deeply to parse", _deepest_line(text)) from None
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


def _deepest_line(text: str) -> int:
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


def walk_source(path: str, text: str, codes: frozenset[str], plan: Plan) -> list[Finding]:
    """Lint parsed text; a tree too deep for the default stack (long implicit string
    concatenations nest one node per part) is tried once more in a thread with a large
    stack before it is reported as MR000."""
    try:
        return _walk_source(path, text, codes, plan)
    except SourceError as exc:
        if "nested too deeply" not in str(exc):
            raise
    return _on_deep_stack(lambda: _walk_source(path, text, codes, plan))


def _on_deep_stack(work):
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


def _walk_source(path: str, text: str, codes: frozenset[str], plan: Plan) -> list[Finding]:
    module = parse(text)
    try:
        return _walk_module(module, path, text, codes, plan)
    except RecursionError:
        raise SourceError("file is nested too deeply to analyse", _deepest_line(text)) from None


def _walk_module(module: cst.Module, path: str, text: str, codes: frozenset[str], plan: Plan) -> list[Finding]:
    # One finding per literal span is decided among all the rules that claim spans,
    # enabled or not: a key that MR001 would claim is no MR004 when MR001 is off.
    claimers = plan.catalogue.claimers
    running = codes | claimers if codes & claimers else codes
    ctx = FileContext(
        path=path,
        names=NameTracker(plan.knowledge.sdk.clients),
        knowledge=plan.knowledge,
        codes=running,
    )
    rules = [cls(ctx) for cls in rule_classes_for(running)]
    BatchedWalk(ctx, [ctx.names, *rules]).walk(module)
    if not ctx.reports:
        return []
    reports = [r for r in resolve_claims(ctx.reports, plan.catalogue) if r.code in codes]
    if not reports:
        return []
    positions = Positions(module, text, {r.top for r in reports} | _import_anchors(module, reports))
    suppressions = SuppressionMap.from_text(text)
    findings = []
    for report in reports:
        finding = to_finding(report, path, module, positions, plan, suppressions)
        if finding is not None:
            findings.append(finding)
    findings.sort(key=lambda f: f.sort_key)
    return findings


def resolve_claims(reports: list[RawReport], catalogue) -> list[RawReport]:
    """One finding per literal span: among reports that claim the same node, only those
    of the best (lowest) claim-rank stay; exact duplicates go."""
    best: dict[int, int] = {}
    for report in reports:
        if report.claim is not None:
            rank = catalogue.rule(report.code).claim_rank or 99
            key = id(report.claim)
            best[key] = min(best.get(key, rank), rank)
    out, seen = [], set()
    for report in reports:
        if report.claim is not None:
            rank = catalogue.rule(report.code).claim_rank or 99
            if rank > best[id(report.claim)]:
                continue
        key = (report.code, id(report.node), report.needle)
        if key in seen:
            continue
        seen.add(key)
        out.append(report)
    return out


def _narrow(module: cst.Module, node: cst.CSTNode, start, needle: str):
    """The (line, col, end_line, end_col) of needle inside node's source, if found."""
    code = module.code_for_node(node)
    index = code.find(needle) if needle else -1
    if index < 0:
        return None
    before = code[:index]
    line = start.line + before.count("\n")
    col = (start.column + len(before)) if "\n" not in before else len(before) - before.rfind("\n") - 1
    inner = code[index : index + len(needle)]
    end_line = line + inner.count("\n")
    end_col = (col + len(inner)) if "\n" not in inner else len(inner) - inner.rfind("\n") - 1
    return line, col, end_line, end_col


def _statement_lines(statement, top, positions) -> tuple[int, int]:
    if statement is None:
        return (0, -1)
    where = positions(statement, top)
    if isinstance(statement, cst.BaseCompoundStatement):
        # Only the header: a noqa on a def line covers its defaults, not its body.
        return where.start.line, positions(statement.body, top).start.line
    return where.start.line, where.end.line


def _import_anchors(module: cst.Module, reports) -> set:
    """The statement an added import goes before, where a fix adds one."""
    if not any(r.fix is not None and r.fix.imports for r in reports):
        return set()
    from modelred_lint.fixes import import_anchor

    anchor = import_anchor(module)
    return {anchor} if anchor is not None else set()


def to_finding(report: RawReport, path, module, positions, plan, suppressions):
    rule = plan.catalogue.rule(report.code)
    where = positions(report.node, report.top)
    span = _narrow(module, report.node, where.start, report.needle) if report.needle else None
    if span is None:
        span = (where.start.line, where.start.column, where.end.line, where.end.column)
    first, last = _statement_lines(report.statement, report.top, positions)
    first = min(first, span[0]) if first else span[0]
    last = max(last, span[2])
    if suppressions.suppresses(report.code, first, last, rule.allowlist_pragma):
        return None
    from modelred_lint.fixes import build_fix

    fix = build_fix(report.fix, report.top, module, positions) if report.fix is not None else None
    vocab = plan.knowledge.vocab
    if fix is not None and any(scrub(edit.text, vocab) != edit.text for edit in fix.edits):
        # The new text would carry another secret (a second key in the same string):
        # no fix here; the next pass offers one once that key is dealt with.
        fix = None
    return Finding(
        rule=report.code,
        path=path,
        line=span[0],
        col=span[1],
        end_line=span[2],
        end_col=span[3],
        message=scrub(report.message, plan.knowledge.vocab),
        severity=rule.severity,
        fix=fix,
        snippet=report.snippet,
    )
