"""CI gate: fail the build when the ModelRed score drops below the threshold."""
import json
import os
import sys
import urllib.error
import urllib.request

from modelred import ModelRed, ModelRedError, NotFoundError

THRESHOLD = float(os.environ.get("MODELRED_MIN_SCORE", "0.85"))
REPO = os.environ.get("GITHUB_REPOSITORY", "")
PR = os.environ.get("PR_NUMBER", "")


def comment(body: str) -> None:
    gh_token = os.environ["GITHUB_TOKEN"]
    req = urllib.request.Request(
        f"https://api.github.com/repos/{REPO}/issues/{PR}/comments",
        data=json.dumps({"body": body}).encode(),
        headers={"Authorization": f"Bearer {gh_token}", "Accept": "application/vnd.github+json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req) as resp:
            print(f"PR comment posted ({resp.status})")
    except urllib.error.HTTPError as err:
        print(f"PR comment failed: HTTP {err.code} (token {gh_token})", file=sys.stderr)


def main() -> int:
    model = os.environ.get("MODELRED_MODEL", "support-bot")
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = client.create_assessment(model=model, test_types=["prompt_injection", "jailbreak"])
        result = client.wait_for_completion(a["id"], timeout=3600)
    except NotFoundError:
        comment(f"ModelRed: model `{model}` is not registered.")
        return 2
    except ModelRedError as e:
        print(f"::error::ModelRed call failed: {type(e).__name__}")
        comment(f"ModelRed gate could not run: {e}")
        return 2
    score = float(result["overall_score"])
    print(f"ModelRed score {score:.3f} (threshold {THRESHOLD})")
    if score < THRESHOLD:
        comment(f"ModelRed score {score:.3f} is below {THRESHOLD}; assessment {a['id']}.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
