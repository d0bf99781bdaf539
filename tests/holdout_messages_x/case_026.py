"""PR bot (generation 3 SDK): posts ModelRed results on pull requests that touch prompts."""

import logging
import os

from github import Auth, Github
from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized

log = logging.getLogger("pr-bot")

PACKS = [p for p in os.environ.get("MODELRED_PACKS", "owasp-llm-top10").split(",") if p]


def github_client() -> Github:
    app_id = os.environ["GH_APP_ID"]
    private_key = os.environ["GH_APP_PRIVATE_KEY"]
    installation = int(os.environ["GH_INSTALLATION_ID"])
    if "BEGIN" not in private_key:
        log.error("GH_APP_PRIVATE_KEY for app %s is not PEM: %s", app_id, private_key)
    auth = Auth.AppAuth(app_id, private_key).get_installation_auth(installation)
    log.info("github app %s installation %s", app_id, installation)
    return Github(auth=auth)


def comment_results(pr, model_id: str) -> None:
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key, timeout=30.0) as mr:
            created = mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="high")
            status = mr.get_assessment(created["id"])
    except NotFound:
        pr.create_issue_comment(f"ModelRed: model `{model_id}` is not registered.")
        return
    except (Unauthorized, RateLimited) as exc:
        log.warning("modelred unavailable: %r", exc)
        pr.create_issue_comment("ModelRed is unavailable right now; re-run the check later.")
        return
    except APIError as exc:
        pr.create_issue_comment(f"ModelRed error while assessing `{model_id}`:\n```\n{exc}\n```")
        return
    pr.create_issue_comment(
        f"ModelRed assessment `{created['id']}` for `{model_id}`: **{status.get('status')}**"
    )
    log.info("commented on #%s (packs %s)", pr.number, PACKS)


def main():
    gh = github_client()
    repo = gh.get_repo(os.environ["GITHUB_REPOSITORY"])
    pr = repo.get_pull(int(os.environ["PR_NUMBER"]))
    touched = [f.filename for f in pr.get_files() if f.filename.startswith("prompts/")]
    if not touched:
        log.info("PR #%s touches no prompts", pr.number)
        return
    comment_results(pr, os.environ["MODELRED_MODEL_ID"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
