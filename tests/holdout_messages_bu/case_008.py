"""OWASP ZAP API automation: spider + active scan, then an LLM writes the summary."""
import time
import logging
import os

from zapv2 import ZAPv2
import google.generativeai as genai

zlog = logging.getLogger("zap")

zap_key = os.environ["ZAP_API_KEY"]
gemini_key = os.environ["GOOGLE_API_KEY"]
proxies = {"http": "http://127.0.0.1:8080", "https": "http://127.0.0.1:8080"}

zap = ZAPv2(apikey=zap_key, proxies=proxies)
genai.configure(api_key=gemini_key)
zlog.info("ZAP proxies %s", proxies)
zlog.info("ZAP client configured with apikey=%s", zap_key)


def wait(status_fn, scan_id, label):
    while int(status_fn(scan_id)) < 100:
        zlog.info("%s %s%%", label, status_fn(scan_id))
        time.sleep(5)


def scan(target):
    if not target.startswith("http"):
        raise ValueError(f"target must be a URL, got {target!r}")
    sid = zap.spider.scan(target)
    wait(zap.spider.status, sid, "spider")
    aid = zap.ascan.scan(target)
    wait(zap.ascan.status, aid, "ascan")
    return zap.core.alerts(baseurl=target)


def summarise(alerts):
    model = genai.GenerativeModel("gemini-1.5-pro")
    lines = [f"{a['risk']}: {a['alert']} at {a['url']}" for a in alerts]
    resp = model.generate_content("Summarise for a client report:\n" + "\n".join(lines))
    zlog.info("gemini tokens: %s", resp.usage_metadata.total_token_count)
    return resp.text


def check_zap():
    version = zap.core.version
    if not version:
        raise ConnectionError("ZAP answered with no version; apikey=" + zap_key)
    zlog.info("ZAP %s reachable", version)
    return version


if __name__ == "__main__":
    import sys
    check_zap()
    print(summarise(scan(sys.argv[1])))
