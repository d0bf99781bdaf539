"""Lint one parsed file: parse once, walk once with every enabled rule, decide the
claims, and build the findings (positions only for files that have some).

Positions are computed on the same tree (the metadata wrapper skips its defensive
copy, so the rules' nodes stay valid keys).
"""

from __future__ import annotations

import gc
from typing import Mapping, Optional

import libcst as cst

from modelred_lint import registry
from modelred_lint.claims import resolve_claims
from modelred_lint.finding_builder import import_anchors, to_finding
from modelred_lint.findings import Finding
from modelred_lint.names import NameTracker
from modelred_lint.parsing import DEEP_STACK_DEPTH, deepest_line, depth_and_statements, on_deep_stack, parse, parse_document
from modelred_lint.plan import Plan
from modelred_lint.positions import Positions
from modelred_lint.rule import FileContext
from modelred_lint.source import SourceError
from modelred_lint.suppression import SuppressionMap
from modelred_lint.tree_walk import BatchedWalk


def lint_source(path: str, text: str, codes: frozenset[str], plan: Plan, whole: bool = True,
                focus: Optional[Mapping] = None) -> list[Finding]:
    """Lint parsed text, the cyclic collector held off meanwhile: LibCST's tree and the
    rules' readings of it are hundreds of thousands of acyclic objects, freed by their
    reference counts, which the collector would otherwise walk again and again while
    they are made (as the prefilter does for CPython's tree). `focus`: the prefilter's
    (Prefilter.decide)."""
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _lint_source(path, text, codes, plan, whole, focus or {})
    finally:
        if collecting:
            gc.enable()


def _lint_source(path: str, text: str, codes: frozenset[str], plan: Plan, whole: bool, focus: Mapping) -> list[Finding]:
    """Lint parsed text. CPython's tree says first how deep the file's expressions go:
    past parsing.MAX_EXPRESSION_DEPTH this raises parsing.TooDeep (the engine falls back
    to the tokens); a deep one is walked on a thread with a large stack from the start.
    A tree deeper than CPython's shows (long implicit string concatenations nest one
    LibCST node per part) is still tried once more there before it is reported as MR000."""
    depth, skeleton = depth_and_statements(text)
    if depth > DEEP_STACK_DEPTH:
        return on_deep_stack(lambda: _walk_source(path, text, codes, plan, skeleton, whole, focus))
    try:
        return _walk_source(path, text, codes, plan, skeleton, whole, focus)
    except SourceError as exc:
        if "nested too deeply" not in str(exc):
            raise
    return on_deep_stack(lambda: _walk_source(path, text, codes, plan, skeleton, whole, focus))


def _walk_source(path: str, text: str, codes: frozenset[str], plan: Plan, skeleton, whole: bool,
                 focus: Mapping) -> list[Finding]:
    # (Only a text CPython parsed is re-parsed in part: a syntax error is found whole.)
    module = parse_document(path, text) if whole and skeleton is not None else parse(text)
    try:
        return _walk_module(module, path, text, codes, plan, skeleton, focus)
    except RecursionError:
        raise SourceError("file is nested too deeply to analyse", deepest_line(text)) from None


def _walk_module(
    module: cst.Module, path: str, text: str, codes: frozenset[str], plan: Plan, skeleton, focus: Mapping,
) -> list[Finding]:
    # One finding per literal span is decided among all the rules that claim spans,
    # enabled or not: a key that MR001 would claim is no MR004 when MR001 is off.
    claimers = plan.catalogue.claimers
    running = codes | claimers if codes & claimers else codes
    ctx = FileContext(
        path=path,
        names=NameTracker(plan.knowledge.sdk.clients),
        knowledge=plan.knowledge,
        options=plan.options,
        catalogue=plan.catalogue,
        codes=running,
        text=text,
        focus=focus,
    )
    participants = [ctx.names, *(cls(ctx) for cls in registry.classes_for(running))]
    try:
        return _findings(module, path, text, codes, plan, skeleton, ctx, participants)
    finally:
        _release(ctx, participants)


def _release(ctx: FileContext, participants: list) -> None:
    """Drop what the file's context and its rules hold, once its findings are built.
    They hold each other (a rule's callbacks in the shared key-fix plan, which the
    context holds; the flow rules' helpers, which hold the rule's methods): reference
    cycles, through which the whole tree waited for the cyclic collector instead of
    going when the file's lint ended. On a 100,000-line module (linted in pieces) the
    collector's walks of those trees were 9 % of the run; tests/test_speed_contracts.py
    checks that no LibCST node is left to it."""
    for holder in (ctx, *participants):
        held = getattr(holder, "__dict__", None)
        if held is not None:
            held.clear()


def _findings(module: cst.Module, path: str, text: str, codes: frozenset[str], plan: Plan, skeleton,
              ctx: FileContext, participants: list) -> list[Finding]:
    BatchedWalk(ctx, participants).walk(module)
    if not ctx.reports:
        return []
    reports = [r for r in resolve_claims(ctx.reports, plan.catalogue) if r.code in codes]
    if not reports:
        return []
    # (CPython's statements, from the depth check: no second parse to place findings)
    # (The statements of the findings' second places too: one a positions object was not
    # told of has it generate the code of the whole module.)
    tops = {r.top for r in reports} | {top for r in reports for _, top, _ in r.related if top is not None}
    positions = Positions(module, text, tops | import_anchors(module, reports), skeleton)
    suppressions = SuppressionMap.from_text(text)
    findings = []
    for report in reports:
        finding = to_finding(report, path, module, positions, plan, suppressions)
        if finding is not None:
            findings.append(finding)
    findings.sort(key=lambda f: f.sort_key)
    return findings
