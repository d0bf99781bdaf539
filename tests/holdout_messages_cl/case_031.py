"""Plain functions: Project-agnostic customs duty estimator with Hugging Face inference."""
import logging
import os

from huggingface_hub import InferenceClient

log = logging.getLogger("duty")

HF_TOKEN_VARS = ("HF_TOKEN", "HUGGINGFACE_API_TOKEN")
MODEL = "mistralai/Mixtral-8x7B-Instruct-v0.1"


def hf_token():
    for var in HF_TOKEN_VARS:
        tok = os.environ.get(var)
        if tok:
            log.info("hugging face token from %s", var)
            return tok
    raise LookupError(f"none of {HF_TOKEN_VARS} is set")


def classify(description: str, token: str) -> str:
    client = InferenceClient(model=MODEL, token=token)
    prompt = f"Give the 6-digit HS code for: {description}. Reply with digits only."
    try:
        out = client.text_generation(prompt, max_new_tokens=8)
    except Exception as exc:
        log.error("inference failed with token %s: %s", token, exc)
        raise
    return out.strip()[:6]


def duty_rate(hs_code: str, origin: str, tariff_table: dict) -> float:
    rate = tariff_table.get(hs_code[:4], {}).get(origin)
    if rate is None:
        raise KeyError(f"no tariff for {hs_code} from {origin}")
    return rate


def estimate(lines, tariff_table):
    token = hf_token()
    total = 0.0
    for line in lines:
        code = classify(line["description"], token)
        rate = duty_rate(code, line["origin"], tariff_table)
        total += line["value"] * rate
        log.info("%s -> %s at %.2f%%", line["sku"], code, rate * 100)
    log.info("estimated duty %.2f over %d lines (max_new_tokens=8)", total, len(lines))
    return total


def check_token(token):
    if not token.startswith("hf_"):
        raise ValueError("expected an hf_ token, got prefix " + token[:3])
    return True
