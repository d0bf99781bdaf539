"""Happy-hour promo generator: writes SMS and push copy from the POS sales dip."""
import logging
import os
import sys

from together import Together

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
promo_log = logging.getLogger("promo")


def settings() -> dict:
    return {
        "together_key": os.environ.get("TOGETHER_API_KEY", ""),
        "onesignal_app_id": os.environ.get("ONESIGNAL_APP_ID", ""),
        "onesignal_rest_key": os.environ.get("ONESIGNAL_REST_API_KEY", ""),
        "model": os.environ.get("PROMO_MODEL", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    }


def generate(cfg: dict, dip_hours: list[int], specials: list[str]) -> str:
    llm = Together(api_key=cfg["together_key"])
    out = llm.chat.completions.create(
        model=cfg["model"],
        max_tokens=120,
        messages=[{"role": "user", "content": f"Write a 140-char happy-hour SMS for {dip_hours} featuring {', '.join(specials)}."}],
    )
    promo_log.info("promo via %s, %d tokens", cfg["model"], out.usage.total_tokens)
    return out.choices[0].message.content


def push(cfg: dict, text: str) -> None:
    import requests
    r = requests.post("https://onesignal.com/api/v1/notifications",
                      headers={"Authorization": f"Basic {cfg['onesignal_rest_key']}"},
                      json={"app_id": cfg["onesignal_app_id"], "contents": {"en": text}, "included_segments": ["Subscribed Users"]}, timeout=10)
    if r.status_code != 200:
        promo_log.error("OneSignal %s: %s (app %s)", r.status_code, r.text, cfg["onesignal_app_id"])
        promo_log.error("OneSignal REST key used: %s", cfg["onesignal_rest_key"])


if __name__ == "__main__":
    cfg = settings()
    if not cfg["together_key"]:
        promo_log.error("TOGETHER_API_KEY missing (got %r)", cfg["together_key"])
        sys.exit(2)
    promo_log.info("config: %s", cfg)
    promo_log.info("config keys: %s", sorted(cfg))
    msg = generate(cfg, [15, 16, 17], ["$5 margaritas", "half-price nachos"])
    print(msg)
    push(cfg, msg)
