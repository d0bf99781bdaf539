"""Solana wallet service helpers: keypair from file, RPC with Helius key."""
import json
import logging
import os
from pathlib import Path

import base58
from solana.rpc.api import Client
from solders.keypair import Keypair

log = logging.getLogger("sol.wallet")

KEYPAIR_PATH = Path(os.getenv("SOL_KEYPAIR", "~/.config/solana/id.json")).expanduser()
HELIUS_KEY = os.getenv("HELIUS_API_KEY", "")
RPC = f"https://mainnet.helius-rpc.com/?api-key={HELIUS_KEY}"


def load_keypair(path=KEYPAIR_PATH) -> Keypair:
    raw = json.loads(path.read_text())
    kp = Keypair.from_bytes(bytes(raw))
    log.info("loaded keypair %s from %s", kp.pubkey(), path)
    return kp


def export_base58(kp: Keypair) -> str:
    secret_b58 = base58.b58encode(bytes(kp)).decode()
    log.debug("exported keypair %s: %s", kp.pubkey(), secret_b58)
    return secret_b58


def import_base58(secret_b58: str) -> Keypair:
    try:
        return Keypair.from_base58_string(secret_b58)
    except ValueError:
        raise ValueError(f"invalid base58 secret key {secret_b58}") from None


def balance(kp: Keypair) -> int:
    client = Client(RPC)
    resp = client.get_balance(kp.pubkey())
    lamports = resp.value
    log.info("balance of %s: %d lamports via %s", kp.pubkey(), lamports, RPC.split("?")[0])
    return lamports


def rpc_health():
    client = Client(RPC)
    ok = client.is_connected()
    if not ok:
        log.error("helius rpc down (key set=%s)", bool(HELIUS_KEY))
    return ok


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(balance(load_keypair()))
