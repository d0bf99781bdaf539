import json
import logging
import pathlib

import structlog
import openai

log = structlog.get_logger("invoice-summary")
CONFIG_PATH = pathlib.Path("/etc/billing/llm.json")


def load_config() -> dict:
    cfg = json.loads(CONFIG_PATH.read_text())
    log.info("llm config loaded", path=str(CONFIG_PATH), fields=sorted(cfg))
    return cfg


class InvoiceSummariser:
    def __init__(self, cfg: dict):
        self.model = cfg.get("model", "gpt-4o-mini")
        self.max_tokens = int(cfg.get("max_tokens", 256))
        self.openai_key = cfg["openai_api_key"]
        self.org = cfg.get("openai_org")
        self.client = openai.OpenAI(api_key=self.openai_key, organization=self.org)
        log.info("summariser ready", model=self.model, max_tokens=self.max_tokens, org=self.org)

    def summarise(self, invoice: dict) -> str:
        prompt = (
            f"Customer {invoice['customer_name']} owes {invoice['amount_due'] / 100:.2f} {invoice['currency']}. "
            f"Lines: {json.dumps(invoice['lines'])}. Write a friendly one-paragraph summary."
        )
        try:
            out = self.client.chat.completions.create(
                model=self.model, max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}]
            )
        except openai.AuthenticationError as exc:
            log.error("openai auth failed", key=self.openai_key, code=exc.code)
            raise
        except openai.APIError as exc:
            log.warning("openai error", status=getattr(exc, "status_code", None), msg=exc.message)
            raise
        log.info("summary done", invoice=invoice["id"], tokens=out.usage.total_tokens)
        return out.choices[0].message.content


def main() -> None:
    cfg = load_config()
    if "openai_api_key" not in cfg:
        raise KeyError(f"openai_api_key missing from {CONFIG_PATH}")
    s = InvoiceSummariser(cfg)
    print(s.summarise(json.load(open("sample_invoice.json"))))
    logging.getLogger().debug("full config %s", cfg)


if __name__ == "__main__":
    main()
