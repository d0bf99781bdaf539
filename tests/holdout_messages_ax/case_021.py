"""Opens Jira security tickets for failed ModelRed assessments and comments on them."""
import asyncio
import base64
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError, AssessmentError, QuotaExceededError

log = logging.getLogger("secops.jira")


class JiraSecurityTickets:
    def __init__(self, base_url: str, email: str, api_token: str, project: str = "SEC"):
        self.base_url = base_url.rstrip("/")
        self.email = email
        self.project = project
        basic = base64.b64encode(f"{email}:{api_token}".encode()).decode()
        self.headers = {"Authorization": f"Basic {basic}", "Accept": "application/json"}
        if "@" not in email:
            raise ValueError(f"Jira email {email!r} is invalid (token {api_token})")
        log.info("jira client for %s as %s, project %s", self.base_url, email, project)

    async def comment(self, issue_key: str, body: str) -> None:
        async with httpx.AsyncClient(headers=self.headers, timeout=10) as c:
            r = await c.post(f"{self.base_url}/rest/api/2/issue/{issue_key}/comment", json={"body": body})
        log.info("comment on %s -> %s", issue_key, r.status_code)
        if r.status_code >= 400:
            log.warning("jira said: %s", r.text[:200])


async def scan_and_report(tickets: JiraSecurityTickets, issue_key: str, model_id: str) -> None:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=["basic_security", "jailbreak"],
                                                 wait_for_completion=True, timeout_minutes=30)
    except QuotaExceededError:
        await tickets.comment(issue_key, "Scan skipped: ModelRed quota exhausted this month.")
        return
    except AssessmentError as e:
        log.error("assessment failed for %s: %s", model_id, e)
        await tickets.comment(issue_key, "Assessment failed; see the scanner logs.")
        return
    except ModelRedError as e:
        await tickets.comment(issue_key, f"ModelRed error while scanning {model_id}: {e}")
        return
    await tickets.comment(issue_key, f"Scan finished, risk score {result.get('overall_score')}.")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    tickets = JiraSecurityTickets(os.environ["JIRA_URL"], os.environ["JIRA_EMAIL"], os.environ["JIRA_API_TOKEN"])
    log.debug("jira headers: %s", list(tickets.headers))
    asyncio.run(scan_and_report(tickets, os.environ["JIRA_ISSUE"], os.environ.get("MODEL_ID", "support-bot")))


if __name__ == "__main__":
    main()
