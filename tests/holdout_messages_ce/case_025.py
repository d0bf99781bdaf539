"""Medical bill review for workers' comp claims: Hugging Face inference endpoint."""
import logging
import os

from huggingface_hub import InferenceClient

log = logging.getLogger("wc.billreview")

HF_ENDPOINT = os.getenv("BILLREVIEW_ENDPOINT", "https://xyz.endpoints.huggingface.cloud")
HF_TOKEN_ENV_NAMES = ("HF_TOKEN", "HUGGINGFACE_API_TOKEN")


def hf_token() -> str:
    for name in HF_TOKEN_ENV_NAMES:
        value = os.getenv(name)
        if value:
            log.info("hugging face token taken from %s", name)
            return value
    raise RuntimeError(f"none of {HF_TOKEN_ENV_NAMES} is set")


class BillReviewer:
    def __init__(self, token: str | None = None):
        self.token = token or hf_token()
        self.client = InferenceClient(model=HF_ENDPOINT, token=self.token)

    def review(self, bill_lines: list[str]) -> str:
        prompt = "Flag unbundled or upcoded CPT lines:\n" + "\n".join(bill_lines)
        try:
            return self.client.text_generation(prompt, max_new_tokens=300)
        except Exception as exc:
            log.error("endpoint %s failed: %s", HF_ENDPOINT, exc)
            raise RuntimeError(f"bill review failed on {HF_ENDPOINT} (token {self.token})") from exc

    def __str__(self):
        return f"BillReviewer(endpoint={HF_ENDPOINT}, token=***)"


if __name__ == "__main__":
    reviewer = BillReviewer()
    print(reviewer)
    print("reviewing with", reviewer.token)
    print(reviewer.review(["99214 office visit", "97110 therapeutic exercise x4"]))
