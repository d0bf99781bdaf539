"""GitHub Actions step: gate a pull request on the red-team score of the preview model."""
import json
import os
import sys

from modelred import ModelRed, APIError, Unauthorized, ValidationFailed

SUMMARY = os.environ.get("GITHUB_STEP_SUMMARY")
MIN_SCORE = float(os.environ.get("REDTEAM_MIN_SCORE", "0.8"))


def annotate(level: str, msg: str) -> None:
    print(f"::{level}::{msg}")


def main() -> int:
    key = os.environ.get("INPUT_MODELRED-API-KEY") or os.environ.get("MODELRED_API_KEY", "")
    model = os.environ.get("INPUT_MODEL-ID", "")
    packs = [p for p in os.environ.get("INPUT_PACKS", "core").split(",") if p]
    if not key:
        annotate("error", "no ModelRed key: set the modelred-api-key input")
        return 1
    if os.environ.get("RUNNER_DEBUG") == "1":
        annotate("debug", f"inputs model={model} packs={packs} key={key}")
    annotate("notice", f"key ends with {key[-4:]}, packs {','.join(packs)}")
    try:
        with ModelRed(key) as client:
            job = client.create_assessment(model_id=model, probe_pack_ids=packs)
            state = client.get_assessment(job["id"])
    except Unauthorized:
        sys.exit(f"ModelRed refused key {key}: update the repository secret")
    except ValidationFailed as e:
        annotate("error", f"invalid inputs ({type(e).__name__}) for model {model}")
        return 1
    except APIError as e:
        print(f"ModelRed call failed: {type(e).__name__}", file=sys.stderr)
        return 1
    score = state.get("score") or 0.0
    if SUMMARY:
        with open(SUMMARY, "a") as fh:
            fh.write(f"### Red-team gate\n\nmodel `{model}` scored **{score:.2f}** (min {MIN_SCORE})\n")
    print(json.dumps({"assessment": job["id"], "score": score}))
    return 0 if score >= MIN_SCORE else 1


if __name__ == "__main__":
    sys.exit(main())
