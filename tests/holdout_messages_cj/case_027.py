"""Comment moderation queue for article pages (Coral Talk webhook -> OpenAI moderation)."""
import logging
import os

import requests
from flask import Flask, abort, request
from openai import OpenAI, APIStatusError

app = Flask(__name__)
mod_log = logging.getLogger("comments.moderation")
oa = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

CORAL_URL = os.environ.get("CORAL_URL", "https://comments.example-news.org")
CORAL_TOKEN = os.environ["CORAL_ACCESS_TOKEN"]


def coral(query: str, variables: dict) -> dict:
    r = requests.post(f"{CORAL_URL}/api/graphql", json={"query": query, "variables": variables},
                      headers={"Authorization": f"Bearer {CORAL_TOKEN}"}, timeout=15)
    if r.status_code == 401:
        mod_log.critical("Coral rejected our token %s", CORAL_TOKEN)
    r.raise_for_status()
    return r.json()


@app.post("/coral/webhook")
def webhook():
    event = request.get_json(silent=True) or abort(400)
    comment = event["data"]["comment"]
    try:
        res = oa.moderations.create(model="omni-moderation-latest", input=comment["body"])
    except APIStatusError as exc:
        mod_log.error("moderation API %s: %s", exc.status_code, exc.message)
        return {"queued": False}, 503
    verdict = res.results[0]
    mod_log.info("comment %s flagged=%s", comment["id"], verdict.flagged)
    if verdict.flagged:
        coral("mutation($id: ID!) { rejectComment(input: {commentID: $id}) { comment { id } } }", {"id": comment["id"]})
    return {"flagged": verdict.flagged}


@app.errorhandler(500)
def server_error(err):
    mod_log.exception("unhandled error; coral url %s", CORAL_URL)
    return {"error": "internal error"}, 500


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(f"starting moderation hook against {CORAL_URL} with token {CORAL_TOKEN}")
    app.run(port=5005)
