"""WordPress REST publisher: pushes AI-drafted summaries to a newsroom site."""
import base64
import logging
import os

import requests
from openai import OpenAI

log = logging.getLogger("newsroom.wp")

WP_APP_PASSWORD_ENV = "WP_APP_PASSWORD"
SUMMARY_MAX_TOKENS = 400


class WordPressPublisher:
    def __init__(self, site_url, username):
        self.site_url = site_url.rstrip("/")
        self.username = username
        self.app_password = os.environ[WP_APP_PASSWORD_ENV]
        raw = f"{username}:{self.app_password}".encode()
        self.headers = {"Authorization": "Basic " + base64.b64encode(raw).decode()}
        self.llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
        log.info("publisher ready for %s as %s", self.site_url, self.username)
        log.debug("password read from %s", WP_APP_PASSWORD_ENV)

    def summarise(self, body):
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=SUMMARY_MAX_TOKENS,
            messages=[{"role": "system", "content": "Write a 2-sentence dek."},
                      {"role": "user", "content": body}],
        )
        log.info("dek used %d tokens", resp.usage.total_tokens)
        return resp.choices[0].message.content

    def create_draft(self, title, body):
        payload = {"title": title, "content": body, "status": "draft",
                   "excerpt": self.summarise(body)}
        url = f"{self.site_url}/wp-json/wp/v2/posts"
        resp = requests.post(url, json=payload, headers=self.headers, timeout=30)
        if resp.status_code == 401:
            log.error("wp rejected credentials %s:%s", self.username, self.app_password)
            raise PermissionError(f"WordPress auth failed for {self.username}: {resp.status_code} {resp.text}")
        resp.raise_for_status()
        post = resp.json()
        log.info("draft %s created at %s", post["id"], post.get("link"))
        return post["id"]

    def check_login(self):
        resp = requests.get(f"{self.site_url}/wp-json/wp/v2/users/me",
                            headers=self.headers, timeout=10)
        if not resp.ok:
            raise RuntimeError(f"login check failed for {self.username} using app password {self.app_password}")
        return resp.json()["slug"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    pub = WordPressPublisher(os.environ.get("WP_SITE", "https://news.example.org"), "desk-bot")
    print("logged in as", pub.check_login())
