"""Autograder for programming assignments: HF-hosted code model + ModelRed gen 1 check."""
import json
import logging
import os
import subprocess

from modelred import ModelRed, ModelRedError, ModelNotFoundError
from huggingface_hub import InferenceClient

ag_log = logging.getLogger("autograder")

HF_TOKEN = os.environ.get("HF_TOKEN")
CODE_MODEL = "bigcode/starcoder2-15b"


def run_tests(workdir: str) -> dict:
    proc = subprocess.run(["pytest", "-q", "--json-report", "--json-report-file=report.json"], cwd=workdir, capture_output=True, text=True, timeout=300)
    ag_log.info("pytest exit %s in %s", proc.returncode, workdir)
    with open(os.path.join(workdir, "report.json")) as fh:
        return json.load(fh)["summary"]


def hint_for_failure(source: str, failure: str) -> str:
    client = InferenceClient(model=CODE_MODEL, token=HF_TOKEN)
    ag_log.debug("asking %s with token %s", CODE_MODEL, HF_TOKEN)
    return client.text_generation(f"# Student code\n{source}\n# Failing test\n{failure}\n# Hint:", max_new_tokens=200)


async def check_hint_model() -> dict:
    try:
        async with ModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as mr:
            await mr.register_huggingface_model(model_id="autograder-hints", model_name=CODE_MODEL, api_key=HF_TOKEN)
            st = await mr.run_assessment(model_id="autograder-hints", test_suites=["code_injection"], priority="low")
            return {"ok": True, "assessment": st.assessment_id}
    except ModelNotFoundError:
        return {"ok": False, "error": "model not registered"}
    except ModelRedError as err:
        ag_log.error("check failed (%s)", type(err).__name__)
        return {"ok": False, "error": str(err)}


def grade(workdir: str) -> dict:
    summary = run_tests(workdir)
    score = round(100 * summary.get("passed", 0) / max(summary.get("total", 1), 1))
    ag_log.info("score %s for %s (hf token configured: %s)", score, workdir, HF_TOKEN is not None)
    return {"score": score, "summary": summary}


if __name__ == "__main__":
    import sys
    print(json.dumps(grade(sys.argv[1]), indent=2))
