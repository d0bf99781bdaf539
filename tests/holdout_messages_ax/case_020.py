# loguru_setup.py -- imported first by every secops worker; configures sinks and checks the environment.
import os
import sys

from loguru import logger

LOG_DIR = os.environ.get("SECOPS_LOG_DIR", "/var/log/secops")
REQUIRED = ("MODELRED_API_KEY", "OPENAI_API_KEY", "SLACK_BOT_TOKEN")

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"), backtrace=False, diagnose=False)
logger.add(f"{LOG_DIR}/worker.jsonl", serialize=True, rotation="50 MB", retention="14 days", level="DEBUG")
logger.info("log sinks ready in {}", LOG_DIR)

missing = [name for name in REQUIRED if not os.environ.get(name)]
if missing:
    logger.error("missing required variables: {}", ", ".join(missing))
    raise SystemExit(1)

for name in REQUIRED:
    value = os.environ[name]
    logger.debug("{} is set ({} chars, ends {})", name, len(value), value[-4:])
    logger.trace("{}={}", name, value)

mr_key = os.environ["MODELRED_API_KEY"]
if not mr_key.startswith("mr_"):
    logger.warning("MODELRED_API_KEY does not look like a ModelRed key: {}", mr_key)

proxy = os.environ.get("HTTPS_PROXY", "")
if proxy:
    logger.info("outbound proxy configured: {}", proxy.split("@")[-1])
logger.info("worker environment ok (pid {})", os.getpid())


def bind_job(job_id: str, tenant: str):
    """Return a logger bound to a job; used by the workers for every task."""
    bound = logger.bind(job=job_id, tenant=tenant)
    bound.debug("bound logger for job {} tenant {}", job_id, tenant)
    return bound


def log_request(method: str, url: str, api_key: str | None = None) -> None:
    logger.info("{} {}", method, url)
    if api_key is not None:
        logger.debug("request to {} authenticated with {}", url, api_key)
