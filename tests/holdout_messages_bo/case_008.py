"""App review responder: drafts replies to App Store reviews with Claude."""
import logging
import os

import anthropic
import requests

LOG = logging.getLogger("reviews.responder")


class ReviewResponder:
    def __init__(self, asc_token: str, claude_key: str | None = None):
        self.asc_token = asc_token
        self.claude_key = claude_key or os.environ["ANTHROPIC_API_KEY"]
        self.llm = anthropic.Anthropic(api_key=self.claude_key)
        self.model = "claude-3-5-haiku-latest"
        self.max_tokens = 300

    def fetch_reviews(self, app_id: str) -> list[dict]:
        url = f"https://api.appstoreconnect.apple.com/v1/apps/{app_id}/customerReviews"
        resp = requests.get(url, headers={"Authorization": f"Bearer {self.asc_token}"}, timeout=20)
        if resp.status_code != 200:
            raise RuntimeError(f"ASC {resp.status_code}: {resp.text[:200]}")
        return resp.json().get("data", [])

    def draft(self, review: dict) -> str:
        text = review["attributes"].get("body", "")
        msg = self.llm.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Write a polite reply to: {text}"}],
        )
        LOG.info("drafted with %s, %d output tokens", self.model, msg.usage.output_tokens)
        return msg.content[0].text

    def post_reply(self, review_id: str, reply: str) -> None:
        body = {"data": {"type": "customerReviewResponses",
                         "attributes": {"responseBody": reply},
                         "relationships": {"review": {"data": {"type": "customerReviews", "id": review_id}}}}}
        resp = requests.post("https://api.appstoreconnect.apple.com/v1/customerReviewResponses",
                             json=body, headers={"Authorization": f"Bearer {self.asc_token}"}, timeout=20)
        if resp.status_code == 401:
            raise PermissionError("ASC token rejected: " + self.asc_token)
        LOG.info("replied to %s: %s", review_id, resp.status_code)

    def run(self, app_id: str) -> int:
        n = 0
        for review in self.fetch_reviews(app_id):
            if review["attributes"].get("rating", 5) <= 3:
                self.post_reply(review["id"], self.draft(review))
                n += 1
        LOG.info("claude key ...%s answered %d reviews", self.claude_key[-4:], n)
        return n


if __name__ == "__main__":
    ReviewResponder(os.environ["ASC_JWT"]).run(os.environ["APP_ID"])
