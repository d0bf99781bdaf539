"""Demo tutor for the open day kiosk (hard-coded key, restricted project, spending cap)."""
import logging
import time

from openai import OpenAI, AuthenticationError, RateLimitError

kiosk_log = logging.getLogger("kiosk")

KIOSK_OPENAI_KEY = "sk-OyU3bC9cGhl06JfpjR3nC2rR9FbyZm888ZoISiqbyiraA2yN"
KIOSK_MODEL = "gpt-4o-mini"
KIOSK_MAX_TOKENS = 180
PLACEHOLDER = "sk-..."


class KioskTutor:
    def __init__(self):
        self.client = OpenAI(api_key=KIOSK_OPENAI_KEY)
        self.turns = 0
        self.tokens_used = 0

    def answer(self, question: str) -> str:
        self.turns += 1
        try:
            r = self.client.chat.completions.create(
                model=KIOSK_MODEL,
                max_tokens=KIOSK_MAX_TOKENS,
                messages=[
                    {"role": "system", "content": "You are a friendly science tutor for visitors aged 10-14."},
                    {"role": "user", "content": question},
                ],
            )
        except AuthenticationError as e:
            kiosk_log.critical("kiosk key %s was revoked: %s", KIOSK_OPENAI_KEY, e.code)
            raise RuntimeError(f"kiosk offline: key {KIOSK_OPENAI_KEY} rejected") from e
        except RateLimitError as e:
            kiosk_log.warning("rate limited (%s); sleeping", e.code)
            time.sleep(5)
            return "Lots of visitors right now, try again in a moment!"
        self.tokens_used += r.usage.total_tokens
        kiosk_log.info("turn %d, tokens so far %d (cap %d/turn)", self.turns, self.tokens_used, KIOSK_MAX_TOKENS)
        return r.choices[0].message.content


def run():
    tutor = KioskTutor()
    print(f"Kiosk tutor ready (model {KIOSK_MODEL}). Paste your own key instead of {PLACEHOLDER} to use it at home.")
    while True:
        q = input("Ask me anything> ").strip()
        if q.lower() in {"quit", "exit"}:
            break
        print(tutor.answer(q))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
