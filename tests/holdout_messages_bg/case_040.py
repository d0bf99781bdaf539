"""Accounting export service: turns exchange fills into tax lots; reads keys from AWS Secrets Manager."""
import json
import logging
from decimal import Decimal

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger("taxlots")

SECRET_ID = "taxlots/exchange-keys"
REGION = "eu-west-1"


class SecretsStore:
    def __init__(self, secret_id=SECRET_ID, region=REGION):
        self.secret_id = secret_id
        self.client = boto3.client("secretsmanager", region_name=region)

    def load(self) -> dict:
        try:
            raw = self.client.get_secret_value(SecretId=self.secret_id)["SecretString"]
        except ClientError as exc:
            logger.error("cannot read %s: %s", self.secret_id, exc.response["Error"]["Code"])
            raise
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            raise ValueError(f"secret {self.secret_id} is not JSON: {raw}") from None


class LotBook:
    def __init__(self):
        self.lots: dict[str, list[tuple[Decimal, Decimal]]] = {}

    def buy(self, asset, qty, price):
        self.lots.setdefault(asset, []).append((Decimal(qty), Decimal(price)))

    def sell(self, asset, qty, price):
        qty, price, gain = Decimal(qty), Decimal(price), Decimal(0)
        lots = self.lots.get(asset, [])
        while qty > 0 and lots:
            lq, lp = lots[0]
            take = min(qty, lq)
            gain += take * (price - lp)
            qty -= take
            lots[0] = (lq - take, lp)
            if lots[0][0] == 0:
                lots.pop(0)
        logger.info("sold %s: realised %s, %d lots left", asset, gain, len(lots))
        return gain


def exchange_keys():
    keys = SecretsStore().load()
    logger.info("exchanges with keys: %s", sorted(keys))
    for exchange, pair in keys.items():
        logger.debug("%s -> api_key=%s", exchange, pair.get("api_key"))
    return keys
