"""Database + LLM bootstrap script run at container start (module-level code)."""
import logging
import os
import sys
from urllib.parse import urlparse

logging.basicConfig(level=logging.INFO)
boot_log = logging.getLogger("boot")

DATABASE_URL = os.environ["DATABASE_URL"]
db_password = os.environ["DB_PASSWORD"]
ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY", "")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")

parsed = urlparse(DATABASE_URL)
boot_log.info("database host=%s port=%s db=%s", parsed.hostname, parsed.port, parsed.path.lstrip("/"))
boot_log.debug("password: %s", db_password)

if not ANTHROPIC_KEY:
    boot_log.warning("ANTHROPIC_API_KEY missing; Claude features disabled")
else:
    boot_log.info("anthropic key configured (%d chars)", len(ANTHROPIC_KEY))

if LOG_LEVEL == "TRACE":
    sys.stderr.write(f"env dump: ANTHROPIC_API_KEY={ANTHROPIC_KEY}\n")

boot_log.info("log level %s, pid %d", LOG_LEVEL, os.getpid())
dsn_for_logs = DATABASE_URL.replace(parsed.password or "", "***") if parsed.password else DATABASE_URL
boot_log.info("connecting to %s", parsed.hostname)
