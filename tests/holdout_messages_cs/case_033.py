"""Import Hypothesis annotations on digitised newspapers and summarise them for the curator digest."""
import logging
import os

import requests
from modelred import ModelRed, ServerError, Forbidden

logger = logging.getLogger("annotations.digest")
H_API = "https://api.hypothes.is/api"
GROUP = os.environ.get("HYPOTHESIS_GROUP", "newspapers")
DIGEST_MR_KEY = "mr_qrkd8YKYF5lutxfB0VXfkyj5uGq8w4tdsRDSMXxy"  # staging project key for the digest bot


def h_headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}", "Accept": "application/vnd.hypothesis.v1+json"}


def fetch_annotations(token: str, uri_prefix: str) -> list[dict]:
    params = {"group": GROUP, "wildcard_uri": uri_prefix + "*", "limit": 200, "sort": "created"}
    logger.debug("Hypothesis token loaded: %s", bool(token))
    r = requests.get(f"{H_API}/search", headers=h_headers(token), params=params, timeout=30)
    if r.status_code in (401, 403):
        logger.error("Hypothesis refused token for group %s; params=%s", GROUP, params)
        raise PermissionError(f"Hypothesis token {token} cannot read group {GROUP}")
    r.raise_for_status()
    rows = r.json()["rows"]
    logger.info("%d annotations under %s", len(rows), uri_prefix)
    return rows


def digest(rows: list[dict]) -> str:
    lines = [f"- {a['user'].split(':')[1].split('@')[0]}: {a.get('text', '')[:140]}" for a in rows]
    return "\n".join(lines)


def check_digest_bot() -> str:
    logger.debug("digest bot scans with key %s", DIGEST_MR_KEY)
    with ModelRed(DIGEST_MR_KEY, max_retries=1) as mr:
        try:
            packs = mr.list_owned_probes()
        except Forbidden as e:
            logger.warning("probe listing forbidden (%s)", e.status_code)
            return "forbidden"
        except ServerError as e:
            logger.error("ModelRed server error %s", e)
            return "unavailable"
    return f"{len(packs)} probe packs available"


if __name__ == "__main__":
    tok = os.environ["HYPOTHESIS_API_TOKEN"]
    print(digest(fetch_annotations(tok, "https://newspapers.example.org/")))
    print(check_digest_bot())
