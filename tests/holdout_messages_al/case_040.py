"""Eligibility-assistant configuration check run by the county's IT team before go-live."""
import os
import sys
import logging

log = logging.getLogger("golive.check")
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

# placeholder committed by the vendor for the staging tenant; replaced by the secret store in prod
STAGING_OPENAI_KEY = "sk-8MKBwfDbwq7BpboFAwyxUcAkzs4Tb62PL5bCu3l7kPJk09uC"
REQUIRED = {
    "MODELRED_API_KEY": "mr_",
    "OPENAI_API_KEY": "sk-",
    "ELIGIBILITY_DB_PASSWORD": "",
}
MAX_TOKENS_SETTING = "ELIGIBILITY_MAX_TOKENS"


def check_prefixes() -> list[str]:
    problems = []
    for name, prefix in REQUIRED.items():
        value = os.environ.get(name)
        if value is None:
            problems.append(f"{name} missing")
        elif prefix and not value.startswith(prefix):
            problems.append(f"{name} should start with {prefix!r} (has {len(value)} chars)")
    return problems


def main():
    problems = check_prefixes()
    log.info("%s=%s", MAX_TOKENS_SETTING, os.environ.get(MAX_TOKENS_SETTING, "800"))
    if os.environ.get("ELIGIBILITY_ENV", "staging") == "staging":
        log.warning("staging tenant uses the vendor key %s", STAGING_OPENAI_KEY)
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    if mr_key and len(mr_key) < 12:
        raise RuntimeError(f"MODELRED_API_KEY is too short to be valid: {mr_key}")
    for p in problems:
        log.error("go-live check: %s", p)
    if problems:
        sys.exit(1)
    log.info("all %d settings present: %s", len(REQUIRED), ", ".join(REQUIRED))


if __name__ == "__main__":
    main()
