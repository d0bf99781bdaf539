"""Wallet service: HD wallet mnemonic loaded from Vault, addresses derived on demand."""
import logging

import hvac
from eth_account import Account

Account.enable_unaudited_hdwallet_features()
logger = logging.getLogger("wallet.keys")

VAULT_PATH = "secret/data/wallet/hot"
DERIVATION = "m/44'/60'/0'/0/{index}"


class HotWallet:
    def __init__(self, vault_url: str, vault_token: str):
        self.vault = hvac.Client(url=vault_url, token=vault_token)
        if not self.vault.is_authenticated():
            raise PermissionError(f"vault token {vault_token} not accepted at {vault_url}")
        data = self.vault.secrets.kv.v2.read_secret_version(path="wallet/hot")["data"]["data"]
        self.mnemonic = data["mnemonic"]
        self.label = data.get("label", "hot")
        logger.info("loaded wallet %s from %s (%d words)", self.label, VAULT_PATH, len(self.mnemonic.split()))

    def address(self, index: int) -> str:
        acct = Account.from_mnemonic(self.mnemonic, account_path=DERIVATION.format(index=index))
        logger.debug("derived %s at index %d", acct.address, index)
        return acct.address

    def private_key(self, index: int) -> str:
        acct = Account.from_mnemonic(self.mnemonic, account_path=DERIVATION.format(index=index))
        return acct.key.hex()

    def sign(self, tx: dict, index: int = 0):
        private_key = self.private_key(index)
        try:
            return Account.sign_transaction(tx, private_key)
        except (TypeError, ValueError) as exc:
            logger.error("signing failed for tx %s with key %s: %s", tx.get("nonce"), private_key, exc)
            raise

    def verify_mnemonic(self):
        words = self.mnemonic.split()
        if len(words) not in (12, 24):
            logger.critical("bad mnemonic in vault: %d words", len(words))
            return False
        return True


if __name__ == "__main__":
    import os

    w = HotWallet(os.environ["VAULT_ADDR"], os.environ["VAULT_TOKEN"])
    print(w.address(0))
