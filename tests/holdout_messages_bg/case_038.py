"""Backtest runner: pulls historical candles via the exchange account and asks Gemini for a report."""
import logging
import os
import warnings

import google.generativeai as genai
import pandas as pd

log = logging.getLogger("backtest")

GOOGLE_KEY_VAR = "GOOGLE_API_KEY"
REPORT_MAX_TOKENS = 800


class Backtest:
    def __init__(self, candles: pd.DataFrame, fee: float = 0.001):
        self.candles = candles
        self.fee = fee
        self.google_api_key = os.getenv(GOOGLE_KEY_VAR)
        self.model_name = "gemini-1.5-flash"

    def run(self, fast: int = 10, slow: int = 30) -> pd.DataFrame:
        df = self.candles.copy()
        df["fast"] = df["close"].rolling(fast).mean()
        df["slow"] = df["close"].rolling(slow).mean()
        df["pos"] = (df["fast"] > df["slow"]).astype(int).shift(1).fillna(0)
        df["ret"] = df["close"].pct_change().fillna(0) * df["pos"] - df["pos"].diff().abs().fillna(0) * self.fee
        log.info("backtest fast=%d slow=%d total return %.2f%%", fast, slow, (df["ret"] + 1).prod() * 100 - 100)
        return df

    def report(self, df: pd.DataFrame) -> str:
        if not self.google_api_key:
            warnings.warn(f"{GOOGLE_KEY_VAR} not set; skipping LLM report")
            return ""
        if not self.google_api_key.startswith("AIza"):
            warnings.warn(f"{GOOGLE_KEY_VAR} does not look like a Google key: {self.google_api_key}")
        genai.configure(api_key=self.google_api_key)
        model = genai.GenerativeModel(self.model_name)
        stats = df["ret"].describe().to_string()
        resp = model.generate_content(f"Write a short backtest report:\n{stats}",
                                      generation_config={"max_output_tokens": REPORT_MAX_TOKENS})
        log.info("gemini %s usage: %s tokens", self.model_name, resp.usage_metadata.total_token_count)
        return resp.text

    def __repr__(self):
        return f"Backtest(rows={len(self.candles)}, fee={self.fee}, model={self.model_name})"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bt = Backtest(pd.read_parquet(os.environ.get("CANDLES", "btc_1h.parquet")))
    log.info("running %r", bt)
    print(bt.report(bt.run()))
    print("google key:", bt.google_api_key)
