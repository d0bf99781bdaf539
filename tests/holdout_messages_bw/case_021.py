"""Substack has no public API: this scrapes my own dashboard with the session cookie, drafts replies."""
import logging
import os
import re

import requests
from openai import OpenAI

log = logging.getLogger("substack.replies")


class SubstackSession:
    def __init__(self, subdomain: str, session_token: str):
        self.subdomain = subdomain
        self.session_token = session_token
        self.s = requests.Session()
        self.s.cookies.set("substack.sid", session_token, domain=".substack.com")

    def comments(self, post_id: int) -> list[dict]:
        url = f"https://{self.subdomain}.substack.com/api/v1/post/{post_id}/comments"
        r = self.s.get(url, timeout=20)
        if r.status_code in (401, 403):
            raise PermissionError(f"substack session rejected for {self.subdomain} (session_token={self.session_token})")
        r.raise_for_status()
        return r.json().get("comments", [])

    def __repr__(self):
        return f"SubstackSession({self.subdomain!r})"


def draft_reply(llm: OpenAI, comment: str) -> str:
    r = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=150,
                                    messages=[{"role": "user", "content": f"Friendly reply to: {comment}"}])
    return r.choices[0].message.content


def main(post_id: int):
    session_token = os.environ["SUBSTACK_SESSION_TOKEN"]
    sess = SubstackSession(os.environ["SUBSTACK_SUBDOMAIN"], session_token)
    log.info("session %r", sess)
    log.info("cookie jar names: %s", list(sess.s.cookies.keys()))
    llm = OpenAI()
    for c in sess.comments(post_id):
        body = re.sub(r"\s+", " ", c.get("body") or "")
        print(f"--- {c['name']}: {body[:120]}")
        print(draft_reply(llm, body))
    log.debug("done with session_token %s", session_token)


if __name__ == "__main__":
    import sys
    main(int(sys.argv[1]))
