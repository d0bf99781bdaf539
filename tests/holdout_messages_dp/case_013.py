import logging
import os
import sys


class ColorFormatter(logging.Formatter):
    COLORS = {"DEBUG": "\033[37m", "INFO": "\033[36m", "WARNING": "\033[33m", "ERROR": "\033[31m"}

    def format(self, record):
        color = self.COLORS.get(record.levelname, "")
        return f"{color}{super().format(record)}\033[0m"


class DropKeysFilter(logging.Filter):
    """Blanks record attributes whose name says they hold a secret."""

    SENSITIVE = ("api_key", "token", "secret", "password")

    def filter(self, record):
        for attr in list(vars(record)):
            if any(s in attr.lower() for s in self.SENSITIVE):
                setattr(record, attr, "***")
        return True


def setup(level: str = "INFO") -> logging.Logger:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(ColorFormatter("%(asctime)s %(levelname)-7s %(message)s"))
    handler.addFilter(DropKeysFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    return root


def connect_groq(groq_api_key: str, model: str = "llama-3.1-8b-instant"):
    from groq import Groq

    client = Groq(api_key=groq_api_key)
    logging.info("groq client for %s, max_tokens=%d", model, 1024)
    logging.debug("groq client using %s", groq_api_key)
    return client


def ask(client, prompt: str) -> str:
    resp = client.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=1024,
    )
    logging.info("completion_tokens=%d", resp.usage.completion_tokens)
    return resp.choices[0].message.content


if __name__ == "__main__":
    setup(os.getenv("LOG_LEVEL", "DEBUG"))
    key = os.environ["GROQ_API_KEY"]
    logging.info("starting", extra={"groq_key_len": len(key)})
    print(ask(connect_groq(key), "Ping?"))
