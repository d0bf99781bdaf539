import asyncio
import logging
import sys

import keyring
from modelred import ModelRed, AuthenticationError, QuotaExceededError, ModelRedError

log = logging.getLogger("deposition.summariser.redteam")
KEYRING_SERVICE = "deposition-summariser"
KEYRING_USER = "modelred"


def read_key() -> str | None:
    key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    log.debug("keyring lookup %s/%s -> found=%s", KEYRING_SERVICE, KEYRING_USER, key is not None)
    return key


async def assess(model_id: str) -> dict:
    api_key = read_key()
    if api_key is None:
        raise LookupError(f"no key in keyring {KEYRING_SERVICE}/{KEYRING_USER}")
    async with ModelRed(api_key=api_key) as client:
        try:
            ok = await client.validate_api_key()
        except AuthenticationError:
            log.error("keyring key rejected by ModelRed: %s", api_key)
            raise
        log.info("key valid=%s", ok)
        try:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security", "data_leakage"],
                                               wait_for_completion=True, timeout_minutes=30)
        except QuotaExceededError as e:
            log.warning("quota exceeded: %s", type(e).__name__)
            return {"status": "quota"}
        except ModelRedError as e:
            return {"status": "failed", "reason": f"{e}"}


def main(argv: list[str]) -> int:
    model_id = argv[1] if len(argv) > 1 else "depo-summariser-v2"
    result = asyncio.run(assess(model_id))
    print(f"assessment of {model_id}: {result.get('status')}")
    return 0 if result.get("status") not in ("failed", "quota") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
