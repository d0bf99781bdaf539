"""Weekly ModelRed report: list recent assessments and flag weak ones (generation 3)."""

import logging
from datetime import date, timedelta

from dotenv import dotenv_values
from modelred import ModelRed, NotAllowedForApiKey, RateLimited

log = logging.getLogger("reports.weekly")


def _client() -> ModelRed:
    env = dotenv_values(".env")
    log.info("loaded .env with %s", sorted(env))
    log.debug("environment from .env: %s", env)
    return ModelRed(env["MODELRED_API_KEY"], timeout=30.0, max_retries=2)


def weekly_report(threshold: float = 0.7) -> str:
    since = date.today() - timedelta(days=7)
    lines = [f"ModelRed assessments since {since:%d %b}"]
    try:
        with _client() as client:
            page = client.list_assessments(page=1, page_size=100)
    except RateLimited as e:
        log.warning("rate limited, retry in %ss", e.retry_after)
        return "ModelRed is rate limiting us; try again later."
    except NotAllowedForApiKey as e:
        return f"This key cannot list assessments: {e}"
    for a in page.get("data", []):
        match a:
            case {"status": "COMPLETED", "id": aid, "score": float(score)} if score < threshold:
                lines.append(f"  ! {aid} scored {score:.2f} (< {threshold})")
                log.warning("weak assessment %s: %.2f", aid, score)
            case {"status": "COMPLETED", "id": aid, "score": float(score)}:
                lines.append(f"    {aid} scored {score:.2f}")
            case {"status": "FAILED", "id": aid, "error": str(reason)}:
                log.info("assessment %s failed: %s", aid, reason)
                lines.append(f"  x {aid} failed")
            case {"id": aid, "status": str(status)}:
                lines.append(f"  … {aid} {status.lower()}")
    return "\n".join(lines)


def post_to_channel(text: str) -> None:
    import httpx

    webhook = dotenv_values(".env").get("REPORT_WEBHOOK_URL")
    if not webhook:
        log.info("no REPORT_WEBHOOK_URL; printing instead")
        print(text)
        return
    httpx.post(webhook, json={"text": text}, timeout=10)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    post_to_channel(weekly_report())
