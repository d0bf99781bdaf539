"""One finding per literal span: when several rules claim the same literal (a key
that MR001, MR003 and MR004 could each report), only the best-ranked claim stays
(`claim-rank` in the catalogue: MR001/MR002 before MR003 before MR004)."""

from __future__ import annotations

from modelred_lint.rule import RawReport


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
