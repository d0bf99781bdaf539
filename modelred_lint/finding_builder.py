"""From a rule's raw report to a Finding: its span (narrowed to the matched text),
suppression by `# noqa` / `# pragma: allowlist secret` on the statement's lines, the
fix turned into text edits, and the message scrubbed of any secret."""

from __future__ import annotations

import libcst as cst

from modelred_lint.findings import Finding, Related
from modelred_lint.redaction import scrub
from modelred_lint.rule import RawReport


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
    where = positions(statement, top, statement)
    if isinstance(statement, cst.BaseCompoundStatement):
        # Only the header: a noqa on a def line covers its defaults, not its body (a
        # `match` has its cases where the others have a body).
        body = statement.cases[0] if type(statement) is cst.Match else statement.body
        return where.start.line, positions(body, top, statement).start.line
    return where.start.line, where.end.line


def import_anchors(module: cst.Module, reports) -> set:
    """The statement an added import goes before, where a fix adds one."""
    if not any(r.fix is not None and r.fix.imports for r in reports):
        return set()
    from modelred_lint.edits import import_anchor

    anchor = import_anchor(module)
    return {anchor} if anchor is not None else set()


def to_finding(report: RawReport, path, module, positions, plan, suppressions):
    rule = plan.catalogue.rule(report.code)
    # The statement the rule reported from holds the node and most of its fix's nodes.
    positions.near = report.statement
    where = positions(report.node, report.top)
    span = _narrow(module, report.node, where.start, report.needle) if report.needle else None
    if span is None:
        span = (where.start.line, where.start.column, where.end.line, where.end.column)
    first, last = _statement_lines(report.statement, report.top, positions)
    first = min(first, span[0]) if first else span[0]
    last = max(last, span[2])
    if suppressions.suppresses(report.code, first, last, rule.allowlist_pragma):
        return None
    from modelred_lint.edits import build_fix

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
        related=tuple(_related(report.related, positions, vocab)),
    )


def _related(places, positions, vocab):
    """The second places a report names, placed like the finding (and scrubbed)."""
    positions.near = None  # (elsewhere, as a rule: no statement to try first)
    for node, top, message in places:
        where = positions(node, top)
        yield Related(where.start.line, where.start.column, where.end.line, where.end.column, scrub(message, vocab))
