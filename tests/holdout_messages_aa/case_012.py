"""/ask slash command for Slack with a per-user rate limit kept in Redis."""
import logging
import os
import time

import redis
from flask import Flask, jsonify, request
from slack_sdk.signature import SignatureVerifier
from openai import OpenAI

app = Flask(__name__)
logger = logging.getLogger("slack.ask")

SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
verifier = SignatureVerifier(SIGNING_SECRET)
REDIS_PASSWORD = os.environ["REDIS_PASSWORD"]
REDIS_URL = f"rediss://:{REDIS_PASSWORD}@cache.internal:6380/2"
rds = redis.Redis.from_url(REDIS_URL, socket_timeout=2)
oai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

LIMIT_PER_HOUR = 20
RATE_KEY = "ask:rate:{user}:{hour}"


def over_limit(user_id: str) -> bool:
    key = RATE_KEY.format(user=user_id, hour=int(time.time() // 3600))
    try:
        n = rds.incr(key)
        rds.expire(key, 3700)
    except redis.RedisError as exc:
        logger.warning("rate limiter unavailable (%s), redis at %s", exc, REDIS_URL)
        return False
    logger.debug("rate key %s count %d of %d", key, n, LIMIT_PER_HOUR)
    return n > LIMIT_PER_HOUR


@app.post("/slack/ask")
def ask():
    if not verifier.is_valid_request(request.get_data(), request.headers):
        logger.warning("invalid slack signature, ts=%s", request.headers.get("X-Slack-Request-Timestamp"))
        return "", 401
    user_id = request.form["user_id"]
    team_id = request.form["team_id"]
    if over_limit(user_id):
        return jsonify(response_type="ephemeral", text=f"You reached {LIMIT_PER_HOUR} questions this hour.")
    q = request.form.get("text", "")
    out = oai.chat.completions.create(model="gpt-4o-mini", max_tokens=400, messages=[{"role": "user", "content": q}])
    logger.info("answered %s/%s with %s tokens", team_id, user_id, out.usage.total_tokens)
    return jsonify(response_type="in_channel", text=out.choices[0].message.content)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    logger.info("signing secret loaded (%d chars), limit %d/h", len(SIGNING_SECRET), LIMIT_PER_HOUR)
    print("SLACK_SIGNING_SECRET =", SIGNING_SECRET)
    app.run(port=3000)
