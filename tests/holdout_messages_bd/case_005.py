# ev_roaming_sync.py -- pushes OCPI tariffs to roaming partners, runs every 15 min
import os
import logging
import requests
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

OCPI_TOKEN_C = os.environ["OCPI_TOKEN_C"]
PARTNERS = {
    "hubject": {"url": "https://ocpi.hubject.example/2.2.1", "token": os.environ["HUBJECT_TOKEN_A"]},
    "gireve": {"url": "https://ocpi.gireve.example/2.2.1", "token": os.environ["GIREVE_TOKEN_A"]},
}
TOKEN_ENV_NAMES = ("OCPI_TOKEN_C", "HUBJECT_TOKEN_A", "GIREVE_TOKEN_A")

logging.info("partners configured: %s", ", ".join(PARTNERS))
logging.info("expected env: %s", TOKEN_ENV_NAMES)
for name, partner in PARTNERS.items():
    logging.info("partner %s at %s", name, partner["url"])

tariffs = [{"id": "AC22", "price_kwh": 0.49}, {"id": "DC150", "price_kwh": 0.69}]

for name, partner in PARTNERS.items():
    hdrs = {"Authorization": f"Token {partner['token']}", "OCPI-from-party-id": "EVX"}
    for t in tariffs:
        r = requests.put(f"{partner['url']}/tariffs/DE/EVX/{t['id']}", json=t, headers=hdrs, timeout=20)
        if r.status_code >= 400:
            logging.error("push to %s failed (%s) with headers %s", name, r.status_code, hdrs)
            break
        logging.info("pushed %s to %s -> %s", t["id"], name, r.status_code)

if len(OCPI_TOKEN_C) < 16:
    raise SystemError("OCPI_TOKEN_C too short: " + OCPI_TOKEN_C)

logging.info("our credentials token ends with %s", OCPI_TOKEN_C[-4:])


async def audit_tariff_bot():
    async with ModelRed() as mrc:
        try:
            ok = await mrc.validate_api_key()
        except ModelRedError as err:
            logging.exception("ModelRed key check failed")
            return False
    return ok

# the tariff explainer chatbot is audited from the nightly job, not here
logging.info("sync done")
