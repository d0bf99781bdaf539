"""Custom logging.Formatter that renders LLM request context as key=value pairs."""
import logging
import os


class ContextFormatter(logging.Formatter):
    HIDDEN = frozenset({"api_key", "authorization"})

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        ctx = getattr(record, "llm", None) or {}
        parts = [f"{k}={v}" for k, v in sorted(ctx.items()) if k not in self.HIDDEN]
        return line + (" " + " ".join(parts) if parts else "")


handler = logging.StreamHandler()
handler.setFormatter(ContextFormatter("%(levelname)s %(name)s: %(message)s"))
llm_log = logging.getLogger("llm")
llm_log.addHandler(handler)
llm_log.setLevel(logging.DEBUG)


def call_mistral(prompt: str, mistral_key: str, model: str = "mistral-small-latest") -> str:
    from mistralai import Mistral

    ctx = {"model": model, "api_key": mistral_key, "max_tokens": 300}
    llm_log.info("calling mistral", extra={"llm": ctx})
    client = Mistral(api_key=mistral_key)
    try:
        res = client.chat.complete(model=model, messages=[{"role": "user", "content": prompt}], max_tokens=300)
    except Exception as exc:
        llm_log.error("mistral failed: %s (ctx=%s)", exc, ctx)
        raise
    llm_log.info("mistral ok", extra={"llm": {"model": model, "tokens": res.usage.total_tokens}})
    return res.choices[0].message.content


def rotate(old_key: str, new_key: str) -> None:
    llm_log.warning("rotating mistral key ending %s", old_key[-4:])
    llm_log.info("new mistral key is %s", new_key)
    os.environ["MISTRAL_API_KEY"] = new_key


if __name__ == "__main__":
    print(call_mistral("Bonjour", os.environ["MISTRAL_API_KEY"]))
