from __future__ import annotations

import os
import sys
from pathlib import Path

from modelred import (
    ModelRed,
    APIError,
    Forbidden,
    LimitExceeded,
    NotAllowedForApiKey,
)

SUMMARY = Path(os.environ.get("GITHUB_STEP_SUMMARY", "/dev/null"))
MIN_PASS_RATE = 0.9


def summary(md: str) -> None:
    with SUMMARY.open("a") as fh:
        fh.write(md + "\n")


def gate(model_id: str, packs: list[str]) -> int:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        print(f"::error::MODELRED_API_KEY is empty ({key!r})", file=sys.stderr)
        return 2
    print(f"::debug::ModelRed key {key}")
    with ModelRed(key, timeout=60.0) as mr:
        try:
            a = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
            res = mr.get_assessment(a["id"])
        except (Forbidden, NotAllowedForApiKey):
            summary("### ModelRed\nThis key may not run assessments; ask an org admin.")
            return 2
        except LimitExceeded as exc:
            summary(f"### ModelRed\nPlan limit reached (HTTP {exc.status_code}).")
            return 2
        except APIError as exc:
            summary(f"### ModelRed\nAssessment failed:\n```\n{exc}\n```")
            return 2
    rate = res["passed"] / max(res["total"], 1)
    summary(f"### ModelRed\nPass rate **{rate:.1%}** on {len(packs)} packs for `{model_id}`.")
    return 0 if rate >= MIN_PASS_RATE else 1


if __name__ == "__main__":
    sys.exit(gate(sys.argv[1], sys.argv[2].split(",")))
