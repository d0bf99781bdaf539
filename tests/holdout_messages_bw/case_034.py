"""Podcast guest outreach: drafts emails with Cohere, sends via Postmark; loguru logging."""
import os

import cohere
import requests
from loguru import logger

POSTMARK_TOKEN_HEADER = "X-Postmark-Server-Token"


class Outreach:
    def __init__(self):
        self.co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
        self.server_token = os.environ["POSTMARK_SERVER_TOKEN"]
        self.sender = os.environ.get("OUTREACH_FROM", "host@example.fm")
        logger.info("outreach from {} via header {}", self.sender, POSTMARK_TOKEN_HEADER)

    def draft(self, guest: dict) -> str:
        r = self.co.chat(model="command-r-plus", max_tokens=400,
                         messages=[{"role": "user", "content": f"Invite {guest['name']} ({guest['bio']}) to my podcast"}])
        logger.debug("cohere billed {} output tokens", r.usage.billed_units.output_tokens)
        return r.message.content[0].text

    def send(self, to: str, subject: str, body: str) -> bool:
        r = requests.post("https://api.postmarkapp.com/email",
                          headers={POSTMARK_TOKEN_HEADER: self.server_token, "Accept": "application/json"},
                          json={"From": self.sender, "To": to, "Subject": subject, "TextBody": body}, timeout=15)
        if r.status_code != 200:
            logger.error("postmark {}: {}", r.status_code, r.json().get("Message"))
            logger.error("postmark server token in use: {}", self.server_token)
            return False
        return True


def main(guests: list[dict]):
    o = Outreach()
    sent = 0
    for g in guests:
        body = o.draft(g)
        if o.send(g["email"], f"Podcast invite for {g['name']}", body):
            sent += 1
    logger.info("sent {} of {}", sent, len(guests))


if __name__ == "__main__":
    import json
    import sys
    main(json.load(open(sys.argv[1])))
    logger.info("cohere key suffix {}", os.environ["COHERE_API_KEY"][-4:])
