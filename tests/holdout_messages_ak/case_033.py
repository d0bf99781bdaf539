"""Tasmota/Shelly energy monitor -> weekly LLM energy report, scheduled with APScheduler."""
import logging
import os

import httpx
from apscheduler.schedulers.blocking import BlockingScheduler
from openai import OpenAI, AuthenticationError as OpenAIAuthError

log = logging.getLogger("energy")
SHELLY_HOSTS = os.environ.get("SHELLY_HOSTS", "192.168.1.40,192.168.1.41").split(",")
SHELLY_PASSWORD = os.environ.get("SHELLY_PASSWORD")
REPORT_MAX_TOKENS = 600


def read_power(host: str) -> float:
    auth = httpx.DigestAuth("admin", SHELLY_PASSWORD) if SHELLY_PASSWORD else None
    r = httpx.get(f"http://{host}/rpc/Switch.GetStatus?id=0", auth=auth, timeout=5)
    if r.status_code == 401:
        raise PermissionError(f"shelly {host} rejected admin:{SHELLY_PASSWORD}")
    r.raise_for_status()
    return float(r.json().get("apower", 0.0))


class EnergyReporter:
    def __init__(self, openai_key: str) -> None:
        self.openai_key = openai_key
        self.client = OpenAI(api_key=openai_key)

    def weekly(self) -> None:
        readings = {}
        for h in SHELLY_HOSTS:
            try:
                readings[h] = read_power(h)
            except httpx.HTTPError as exc:
                log.warning("shelly %s unreachable: %s", h, exc)
        try:
            out = self.client.chat.completions.create(
                model="gpt-4o-mini", max_tokens=REPORT_MAX_TOKENS,
                messages=[{"role": "user", "content": f"Weekly energy report for readings {readings}"}],
            )
        except OpenAIAuthError as exc:
            log.error("openai auth failed (%s) for key %s", exc.code, self.openai_key)
            return
        log.info("report: %s (%d tokens)", out.choices[0].message.content, out.usage.total_tokens)
        log.info("report cost estimate for max_tokens=%d", REPORT_MAX_TOKENS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    rep = EnergyReporter(os.environ["OPENAI_API_KEY"])
    sched = BlockingScheduler()
    sched.add_job(rep.weekly, "cron", day_of_week="sun", hour=8)
    log.info("scheduler up for %d plugs, shelly auth: %s", len(SHELLY_HOSTS), SHELLY_PASSWORD is not None)
    sched.start()
