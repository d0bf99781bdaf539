"""Localisation string review bot for GitHub PRs (posts LLM suggestions)."""
import logging
import os

import httpx
from anthropic import Anthropic

log = logging.getLogger("l10n.prbot")


class ReviewBot:
    def __init__(self, repo: str):
        self.repo = repo
        self.gh_token = os.environ["GITHUB_TOKEN"]
        self.app_id = os.environ.get("GITHUB_APP_ID", "")
        self.llm = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        self.http = httpx.Client(base_url="https://api.github.com", headers={"Authorization": f"token {self.gh_token}", "Accept": "application/vnd.github+json"})

    def changed_strings(self, pr: int) -> list[dict]:
        r = self.http.get(f"/repos/{self.repo}/pulls/{pr}/files")
        if r.status_code == 401:
            raise PermissionError(f"GitHub token {self.gh_token} cannot read {self.repo}")
        r.raise_for_status()
        files = [f for f in r.json() if f["filename"].endswith((".po", ".json", ".xliff"))]
        log.info("pr %s: %d locale files (app %s)", pr, len(files), self.app_id)
        return files

    def suggest(self, patch: str) -> str:
        msg = self.llm.messages.create(model="claude-3-5-haiku-latest", max_tokens=600, messages=[{"role": "user", "content": "Review these translations for tone and placeholders:\n" + patch}])
        log.debug("suggest: %d output tokens", msg.usage.output_tokens)
        return msg.content[0].text

    def comment(self, pr: int, body: str) -> None:
        r = self.http.post(f"/repos/{self.repo}/issues/{pr}/comments", json={"body": body})
        if r.is_error:
            log.error("comment failed %s: %s", r.status_code, r.text)
            log.debug("client base url %s", self.http.base_url)

    def run(self, pr: int) -> int:
        n = 0
        for f in self.changed_strings(pr):
            if f.get("patch"):
                self.comment(pr, self.suggest(f["patch"]))
                n += 1
        return n


if __name__ == "__main__":
    import sys
    bot = ReviewBot(sys.argv[1])
    print("reviewed", bot.run(int(sys.argv[2])), "files in", bot.repo)
    print("token scope check:", bot.http.get("/user").headers.get("x-oauth-scopes"))
