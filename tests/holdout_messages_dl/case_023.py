"""`mrx doctor`: checks a ModelRed generation-3 setup and returns a report the CLI or a CI job renders."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

import httpx
from modelred import ModelRed, NotAllowedForApiKey, Unauthorized, APIError


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

    def add(self, name: str, ok: bool, detail: str = "") -> None:
        self.checks.append(Check(name, ok, detail))


def doctor(api_key: str | None = None) -> Report:
    report = Report()
    api_key = api_key or os.environ.get("MODELRED_API_KEY", "")
    report.add("key present", bool(api_key), "MODELRED_API_KEY")
    if not api_key:
        return report
    report.add("key format", api_key.startswith("mr_"), f"prefix {api_key[:3]!r}, {len(api_key)} chars")
    if not api_key.startswith("mr_"):
        raise ValueError(f"MODELRED_API_KEY={api_key} is not a ModelRed key")
    try:
        with ModelRed(api_key, timeout=5.0, max_retries=0) as client:
            packs = client.list_owned_probes()
        report.add("auth", True, f"{len(packs.get('data', []))} owned probes")
    except Unauthorized:
        report.add("auth", False, "key rejected")
    except NotAllowedForApiKey as exc:
        report.add("auth", False, type(exc).__name__)
    except APIError as exc:
        return Report(report.checks + [Check("api", False, f"API error: {exc}")])
    try:
        httpx.get("https://app.modelred.ai", timeout=5.0)
        report.add("network", True)
    except httpx.HTTPError as exc:
        report.add("network", False, str(exc))
    return report


if __name__ == "__main__":
    rep = doctor()
    for c in rep.checks:
        print(f"[{'x' if c.ok else ' '}] {c.name:<12} {c.detail}")
    sys.exit(0 if all(c.ok for c in rep.checks) else 1)
