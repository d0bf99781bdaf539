"""Wallet service: HD wallet derivation for deposit addresses (class-heavy)."""
import logging
import os

from eth_account import Account
from web3 import Web3

Account.enable_unaudited_hdwallet_features()
logger = logging.getLogger("custody.wallets")

MNEMONIC_ENV = "CUSTODY_MNEMONIC"
DERIVATION_BASE = "m/44'/60'/0'/0"


class DepositWallets:
    def __init__(self, rpc_url: str):
        self.w3 = Web3(Web3.HTTPProvider(rpc_url))
        self._mnemonic = os.environ[MNEMONIC_ENV]
        self.word_count = len(self._mnemonic.split())
        logger.info("deposit wallets from %s (%d words)", MNEMONIC_ENV, self.word_count)

    def derive(self, index: int):
        acct = Account.from_mnemonic(self._mnemonic, account_path=f"{DERIVATION_BASE}/{index}")
        logger.debug("derived index %d -> %s", index, acct.address)
        return acct

    def sweep(self, index: int, to: str, gas_price_gwei: int = 20) -> str:
        acct = self.derive(index)
        balance = self.w3.eth.get_balance(acct.address)
        tx = {
            "to": to,
            "value": balance - 21000 * Web3.to_wei(gas_price_gwei, "gwei"),
            "gas": 21000,
            "gasPrice": Web3.to_wei(gas_price_gwei, "gwei"),
            "nonce": self.w3.eth.get_transaction_count(acct.address),
            "chainId": self.w3.eth.chain_id,
        }
        if tx["value"] <= 0:
            logger.info("index %d: nothing to sweep", index)
            return ""
        signed = acct.sign_transaction(tx)
        try:
            tx_hash = self.w3.eth.send_raw_transaction(signed.raw_transaction)
        except ValueError as exc:
            logger.error("sweep of %s failed: %s", acct.address, exc)
            raise RuntimeError(f"sweep failed for index {index} from {acct.address}") from exc
        logger.info("swept %s -> %s tx=%s", acct.address, to, tx_hash.hex())
        return tx_hash.hex()

    def export_for_backup(self, index: int) -> None:
        acct = self.derive(index)
        private_key = acct.key.hex()
        logger.warning("exporting key for %s: %s", acct.address, private_key)
