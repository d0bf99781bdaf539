"""Streamlit eval board: upload a prompt set, run it against two OpenAI-compatible backends."""
import logging
import os

import pandas as pd
import streamlit as st
from openai import OpenAI

logger = logging.getLogger("eval_board")

BACKENDS = {
    "prod": {"base_url": os.getenv("PROD_BASE_URL", "https://llm.internal/v1"), "api_key": os.getenv("PROD_LLM_KEY", ""), "model": "prod-chat"},
    "candidate": {"base_url": os.getenv("CAND_BASE_URL", "https://llm-canary.internal/v1"), "api_key": os.getenv("CAND_LLM_KEY", ""), "model": "cand-chat"},
}


def public_view(cfg: dict) -> dict:
    return {k: v for k, v in cfg.items() if k != "api_key"}


for name, cfg in BACKENDS.items():
    logger.info("backend %s: %s", name, public_view(cfg))
    logger.info("backend %s model %s", name, cfg["model"])
    if not cfg["api_key"]:
        raise RuntimeError(f"backend {name} has no key configured")


def make_client(name: str) -> OpenAI:
    cfg = BACKENDS[name]
    return OpenAI(base_url=cfg["base_url"], api_key=cfg["api_key"], timeout=30)


def run(name: str, prompts: list[str], max_tokens: int) -> list[str]:
    client = make_client(name)
    outs = []
    for p in prompts:
        try:
            r = client.chat.completions.create(model=BACKENDS[name]["model"], messages=[{"role": "user", "content": p}], max_tokens=max_tokens)
        except Exception as exc:
            raise RuntimeError(f"{name} failed using key {BACKENDS[name]['api_key']}: {exc}") from exc
        outs.append(r.choices[0].message.content)
    return outs


st.title("Prompt set A/B")
f = st.file_uploader("prompts.csv")
max_tokens = st.number_input("max_tokens", 16, 2048, 256)
if f is not None and st.button("Run"):
    df = pd.read_csv(f)
    prompts = df["prompt"].astype(str).tolist()[:50]
    df = df.head(len(prompts))
    df["prod"] = run("prod", prompts, max_tokens)
    df["candidate"] = run("candidate", prompts, max_tokens)
    st.dataframe(df)
    logger.info("ran %d prompts with max_tokens=%d", len(prompts), max_tokens)
    if os.getenv("EVAL_DEBUG"):
        print("backends used:", BACKENDS)
