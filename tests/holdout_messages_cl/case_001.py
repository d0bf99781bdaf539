"""EasyPost label purchase with an LLM that picks the cheapest compliant rate."""
import logging
import os

import easypost
from openai import OpenAI

log = logging.getLogger("shipping.labels")

EASYPOST_KEY_VAR = "EASYPOST_API_KEY"
MAX_TOKENS = 300


class LabelBuyer:
    def __init__(self, easypost_key=None, openai_key=None, mode="production"):
        self.easypost_key = easypost_key or os.environ[EASYPOST_KEY_VAR]
        self.openai_key = openai_key or os.environ["OPENAI_API_KEY"]
        self.mode = mode
        self.client = easypost.EasyPostClient(self.easypost_key)
        self.llm = OpenAI(api_key=self.openai_key)
        log.info("label buyer ready mode=%s key var=%s", self.mode, EASYPOST_KEY_VAR)
        log.debug("easypost client built with key %s", self.easypost_key)

    def choose_rate(self, shipment):
        rates = [
            {"carrier": r.carrier, "service": r.service, "rate": r.rate, "days": r.delivery_days}
            for r in shipment.rates
        ]
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=MAX_TOKENS,
            messages=[
                {"role": "system", "content": "Pick the cheapest rate arriving within 3 days. Reply with the service."},
                {"role": "user", "content": str(rates)},
            ],
        )
        log.info("rate choice used %d tokens (max %d)", resp.usage.total_tokens, MAX_TOKENS)
        return resp.choices[0].message.content.strip()

    def buy(self, to_address, from_address, parcel):
        shipment = self.client.shipment.create(
            to_address=to_address, from_address=from_address, parcel=parcel
        )
        service = self.choose_rate(shipment)
        rate = next((r for r in shipment.rates if r.service == service), None)
        if rate is None:
            raise LookupError(f"model picked unknown service {service!r} for {shipment.id}")
        bought = self.client.shipment.buy(shipment.id, rate=rate)
        log.info("bought %s tracking=%s", bought.id, bought.tracking_code)
        return bought.postage_label.label_url


def rotate(buyer, new_key):
    if not new_key.startswith("EZ"):
        raise ValueError(f"not an EasyPost key: {new_key}")
    buyer.easypost_key = new_key
    buyer.client = easypost.EasyPostClient(new_key)
    log.warning("easypost key rotated, now ...%s", new_key[-4:])
