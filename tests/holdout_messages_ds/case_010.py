"""CI gate: run a ModelRed assessment for the model under test and fail the job on a low score.

Used by .github/workflows/redteam-gate.yml; writes a step summary and outputs.
"""
import os
import sys

from modelred import ModelRedClient, ModelRedError, NotFoundError, RateLimitError

THRESHOLD = float(os.environ.get("GATE_MIN_SCORE", "0.8"))


def client_kwargs():
    return {"api_key": os.environ["MODELRED_API_KEY"], "base_url": os.environ.get("MODELRED_BASE_URL")}


def run_gate(model_identifier, test_types):
    kwargs = client_kwargs()
    if os.environ.get("GATE_DEBUG"):
        print(f"::debug::ModelRedClient kwargs {kwargs}")
    print(f"::debug::ModelRedClient base_url={kwargs['base_url']}")
    client = ModelRedClient(**kwargs)
    try:
        model = client.get_model(model_identifier)
        assessment = client.create_assessment(model=model["id"], test_types=test_types, priority="high")
        result = client.wait_for_completion(assessment["id"], timeout=1800)
    except NotFoundError:
        return {"status": "error", "detail": f"model {model_identifier} is not registered"}
    except RateLimitError as exc:
        return {"status": "error", "detail": f"rate limited ({type(exc).__name__})"}
    except ModelRedError as exc:
        return {"status": "error", "detail": str(exc)}
    return {"status": "ok", "score": result["score"], "assessment_id": assessment["id"]}


def write_summary(outcome, model_identifier):
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    with open(path, "a") as fh:
        fh.write(f"### Red-team gate: `{model_identifier}`\n\n")
        for field, value in outcome.items():
            fh.write(f"- **{field}**: {value}\n")


def set_output(name, value):
    with open(os.environ.get("GITHUB_OUTPUT", os.devnull), "a") as fh:
        fh.write(f"{name}={value}\n")


if __name__ == "__main__":
    model_id = os.environ.get("MODEL_UNDER_TEST", "support-bot-prod")
    outcome = run_gate(model_id, ["prompt_injection", "jailbreak", "pii_leak"])
    write_summary(outcome, model_id)
    set_output("gate_status", outcome["status"])
    if outcome["status"] != "ok":
        print(f"::error::gate could not run for {model_id}; see the step summary")
        sys.exit(2)
    print(f"score {outcome['score']:.2f} (threshold {THRESHOLD})")
    sys.exit(0 if outcome["score"] >= THRESHOLD else 1)
