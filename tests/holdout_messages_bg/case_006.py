"""web3 RPC provider selection: Infura first, Alchemy as fallback."""
import logging
import os

from web3 import Web3
from web3.exceptions import ProviderConnectionError

logger = logging.getLogger("wallet.rpc")

INFURA_PROJECT_ID = os.getenv("INFURA_PROJECT_ID", "")
INFURA_PROJECT_SECRET = os.getenv("INFURA_PROJECT_SECRET", "")
ALCHEMY_API_KEY = os.getenv("ALCHEMY_API_KEY", "")
NETWORK = os.getenv("ETH_NETWORK", "mainnet")


def infura_url():
    return f"https://{NETWORK}.infura.io/v3/{INFURA_PROJECT_ID}"


def alchemy_url():
    return f"https://eth-{NETWORK}.g.alchemy.com/v2/{ALCHEMY_API_KEY}"


def connect():
    logger.info("network=%s infura configured=%s alchemy configured=%s",
                NETWORK, bool(INFURA_PROJECT_ID), bool(ALCHEMY_API_KEY))
    w3 = Web3(Web3.HTTPProvider(infura_url(), request_kwargs={"auth": ("", INFURA_PROJECT_SECRET), "timeout": 10}))
    try:
        if w3.is_connected():
            return w3
    except ProviderConnectionError as exc:
        logger.warning("infura unreachable: %s", exc)
    logger.warning("falling back to alchemy key %s", ALCHEMY_API_KEY)
    w3 = Web3(Web3.HTTPProvider(alchemy_url(), request_kwargs={"timeout": 10}))
    if not w3.is_connected():
        raise ConnectionError(f"no RPC provider reachable (alchemy key ...{ALCHEMY_API_KEY[-4:]})")
    return w3


def chain_summary(w3):
    block = w3.eth.get_block("latest")
    logger.info("chain %s block %s gas %s", w3.eth.chain_id, block.number, block.gasUsed)
    return block.number


def check_secret():
    if len(INFURA_PROJECT_SECRET) != 32:
        logger.error("INFURA_PROJECT_SECRET has wrong length: %d", len(INFURA_PROJECT_SECRET))
        return False
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_secret()
    chain_summary(connect())
