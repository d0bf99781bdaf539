"""Year-end driver earnings statements: totals from the ledger, 1099-K filing through Track1099."""
import csv
import logging
import os

import requests
from modelred import ModelRed, AuthenticationError, ModelRedError

tax_log = logging.getLogger("tax.statements")

TRACK1099_BASE = "https://api.track1099.example/v2"
TAX_YEAR = 2025


def load_ledger(path: str) -> dict:
    totals = {}
    with open(path) as fh:
        for row in csv.DictReader(fh):
            totals.setdefault(row["driver_id"], {"gross": 0.0, "trips": 0, "tin_last4": row["tin_last4"]})
            totals[row["driver_id"]]["gross"] += float(row["gross"])
            totals[row["driver_id"]]["trips"] += 1
    tax_log.info("ledger %s: %d drivers", path, len(totals))
    return totals


def file_1099k(api_key: str, payer_tin_ref: str, driver_id: str, total: dict) -> str:
    r = requests.post(
        f"{TRACK1099_BASE}/forms/1099-k",
        headers={"Authorization": f"Token token={api_key}"},
        json={"tax_year": TAX_YEAR, "payer": payer_tin_ref, "recipient_ref": driver_id, "gross_amount": round(total["gross"], 2), "transactions": total["trips"]},
        timeout=30,
    )
    if r.status_code == 401:
        raise PermissionError("Track1099 refused api key " + api_key)
    tax_log.info("driver %s (TIN ...%s): form %s", driver_id, total["tin_last4"], r.json().get("form_id"))
    return r.json()["form_id"]


async def register_statement_writer(openai_key: str) -> None:
    async with ModelRed() as mr:
        try:
            await mr.register_openai_model(model_id="earnings-explainer", api_key=openai_key, model_name="gpt-4o-mini")
        except AuthenticationError:
            tax_log.error("ModelRed key rejected; openai key for the model was %s", openai_key)
        except ModelRedError as e:
            tax_log.error("register failed: %s", e)


def run(ledger_path: str) -> None:
    api_key = os.environ["TRACK1099_API_KEY"]
    payer = os.environ["TRACK1099_PAYER_REF"]
    tax_log.info("filing %s 1099-K as payer %s, key length %d", TAX_YEAR, payer, len(api_key))
    for driver_id, total in load_ledger(ledger_path).items():
        if total["gross"] >= 600:
            file_1099k(api_key, payer, driver_id, total)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(os.environ.get("LEDGER_CSV", "ledger_2025.csv"))
