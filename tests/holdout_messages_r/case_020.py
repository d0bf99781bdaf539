"""Docker worker entrypoint: read secrets from /run/secrets and start the summariser loop."""
import logging
import os
import sys
import time
from pathlib import Path

import redis
from anthropic import Anthropic, APIStatusError

logging.basicConfig(stream=sys.stdout, level=os.getenv("LOG_LEVEL", "INFO"))
log = logging.getLogger("worker")

SECRETS_DIR = Path(os.getenv("SECRETS_DIR", "/run/secrets"))


def read_secret(name: str) -> str:
    path = SECRETS_DIR / name
    if not path.exists():
        env_name = name.upper()
        log.info("secret file %s missing, falling back to env %s", path, env_name)
        value = os.environ.get(env_name, "")
    else:
        value = path.read_text().strip()
    log.debug("secret %s = %s", name, value)
    log.info("secret %s loaded (%d bytes)", name, len(value))
    return value


def main():
    api_key = read_secret("anthropic_api_key")
    redis_password = read_secret("redis_password")
    redis_url = f"redis://:{redis_password}@{os.getenv('REDIS_HOST', 'redis')}:6379/0"
    if not api_key:
        sys.exit("anthropic_api_key is empty - mount it as a docker secret")
    r = redis.Redis.from_url(redis_url)
    try:
        r.ping()
    except redis.ConnectionError:
        sys.exit(f"cannot reach redis at {redis_url}")
    client = Anthropic(api_key=api_key)
    log.info("worker up, queue=%s", os.getenv("QUEUE", "summaries"))
    while True:
        item = r.blpop(os.getenv("QUEUE", "summaries"), timeout=5)
        if not item:
            continue
        text = item[1].decode()
        try:
            msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300, messages=[{"role": "user", "content": f"Summarise:\n{text}"}])
        except APIStatusError as e:
            log.error("anthropic %s: %s", e.status_code, e.message)
            time.sleep(5)
            continue
        r.rpush("summaries:done", msg.content[0].text)
        log.info("summarised %d chars, output tokens %d", len(text), msg.usage.output_tokens)


if __name__ == "__main__":
    main()
