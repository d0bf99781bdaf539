"""Portfolio rebalancer assistant: LLM proposes trades, broker executes (class-heavy)."""
import logging
import os
import warnings

from openai import OpenAI, AuthenticationError as OpenAIAuthError

logger = logging.getLogger("rebalancer")


class BrokerAccount:
    def __init__(self, account_id: str, api_token: str):
        self.account_id = account_id
        self.api_token = api_token
        self.token_type = "Bearer"

    def __repr__(self):
        return f"BrokerAccount({self.account_id}, token=***)"


class Rebalancer:
    def __init__(self, account: BrokerAccount):
        self.account = account
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.llm = OpenAI(api_key=self.openai_key)
        self.max_tokens = 400

    def propose(self, holdings: dict, target: dict) -> str:
        try:
            out = self.llm.chat.completions.create(
                model="gpt-4o",
                max_tokens=self.max_tokens,
                messages=[{"role": "system", "content": "You propose rebalancing trades."},
                          {"role": "user", "content": f"holdings={holdings} target={target}"}],
            )
        except OpenAIAuthError as exc:
            raise RuntimeError(f"OpenAI rejected key {self.openai_key}: {exc}") from exc
        logger.info("proposal for %r (%s tokens)", self.account, out.usage.total_tokens)
        return out.choices[0].message.content

    def execute(self, proposal: str, dry_run: bool = True):
        if dry_run:
            logger.info("dry run for account %s: %s", self.account.account_id, proposal)
            return
        if not self.account.api_token:
            warnings.warn(f"no broker token for {self.account.account_id}")
            return
        warnings.warn(f"executing live with token {self.account.api_token}")
        logger.info("auth scheme %s", self.account.token_type)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    acct = BrokerAccount("U1234567", os.environ.get("BROKER_API_TOKEN", ""))
    rb = Rebalancer(acct)
    p = rb.propose({"VTI": 0.7, "BND": 0.3}, {"VTI": 0.6, "BND": 0.4})
    rb.execute(p)
