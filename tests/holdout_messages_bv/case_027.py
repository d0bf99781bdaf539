# demo_sheet_bot.py -- internal demo, a trial key baked in for the sales laptops
import logging
import gspread
from modelred import ModelRed, APIError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("demo")

_demo_key = "mr_n0uEP2YvpebOZUfAaGf7GYCOSug7V68czlXyqQDp"
DEMO_SHEET = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789demo"
DEMO_KEY_NOTE = "trial key, expires end of quarter"


def demo_client():
    return ModelRed(_demo_key, timeout=10.0, max_retries=1)


def fill(ws):
    with demo_client() as mr:
        try:
            page = mr.list_models(limit=20)
        except APIError as exc:
            log.error("demo list_models failed: %s (key %s)", exc, _demo_key)
            return 0
    rows = [[m["modelId"], m.get("provider")] for m in page.get("data", [])]
    ws.update("A2", rows)
    return len(rows)


def main():
    gc = gspread.oauth()
    ws = gc.open_by_key(DEMO_SHEET).sheet1
    log.info("demo sheet %s", DEMO_SHEET)
    log.info("demo key note: %s", DEMO_KEY_NOTE)
    n = fill(ws)
    log.info("filled %d models", n)
    ws.update_acell("D1", f"key ...{_demo_key[-4:]}")


if __name__ == "__main__":
    main()
