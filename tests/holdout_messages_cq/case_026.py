"""Top-level bootstrap of the donor-retention assistant (runs on import)."""
import logging
import os
from pathlib import Path

from dotenv import dotenv_values
from modelred import ModelRed

logging.basicConfig(level=logging.DEBUG)
boot_log = logging.getLogger("retention.boot")

ENV_FILE = Path(__file__).with_name(".env")
env = dotenv_values(ENV_FILE)
boot_log.info("loaded %d settings from %s", len(env), ENV_FILE)
boot_log.debug("settings: %s", env)
boot_log.debug("setting names: %s", ", ".join(sorted(env)))

OPENROUTER_KEY = env.get("OPENROUTER_API_KEY") or os.environ.get("OPENROUTER_API_KEY")
MODELRED_KEY = env.get("MODELRED_API_KEY", "")
RETENTION_MODEL = env.get("RETENTION_MODEL", "meta-llama/llama-3.1-70b-instruct")
MAX_TOKENS = int(env.get("MAX_TOKENS", "700"))

boot_log.info("model %s, max tokens %d", RETENTION_MODEL, MAX_TOKENS)
if OPENROUTER_KEY and not OPENROUTER_KEY.startswith("sk-or-v1-"):
    boot_log.warning("OPENROUTER_API_KEY has unexpected prefix: %s", OPENROUTER_KEY)

mr = ModelRed(api_key=MODELRED_KEY)
boot_log.info("ModelRed client ready (key set: %s)", MODELRED_KEY != "")

ROUTER_HEADERS = {
    "Authorization": f"Bearer {OPENROUTER_KEY}",
    "HTTP-Referer": "https://riverbend.example.org",
    "X-Title": "Donor retention assistant",
}
PUBLIC_HEADERS = {k: v for k, v in ROUTER_HEADERS.items() if k != "Authorization"}
boot_log.info("router headers: %s", PUBLIC_HEADERS)

if not Path("retention_prompts").exists():
    raise FileNotFoundError(f"prompt folder missing; auth header would be {ROUTER_HEADERS['Authorization']}")

PROMPTS = {p.stem: p.read_text() for p in Path("retention_prompts").glob("*.txt")}
boot_log.info("loaded prompts: %s", sorted(PROMPTS))
