"""Quick prototype: chat-based job-fit assistant for the careers site (hard-coded key, dev only)."""
import logging

from openai import OpenAI

logger = logging.getLogger("careers.fitbot")

DEV_OPENAI_KEY = "sk-z1DPksDjqv5QcqKyNyFVvHmF6T165bInLaJsitbYj1XpL8LN"
FIT_MODEL = "gpt-4o-mini"
FIT_MAX_TOKENS = 250


class FitBot:
    def __init__(self, api_key: str = DEV_OPENAI_KEY):
        self.client = OpenAI(api_key=api_key)
        self._api_key = api_key
        self.history: list = []
        logger.info("fitbot on %s (max_tokens=%d)", FIT_MODEL, FIT_MAX_TOKENS)

    def ask(self, question: str, job: dict) -> str:
        self.history.append({"role": "user", "content": question})
        system = f"You help candidates judge fit for: {job['title']} ({job['location']})."
        try:
            r = self.client.chat.completions.create(model=FIT_MODEL, max_tokens=FIT_MAX_TOKENS, messages=[{"role": "system", "content": system}, *self.history])
        except Exception:
            logger.exception("fitbot failed using key %s", self._api_key)
            return "Sorry, something went wrong."
        answer = r.choices[0].message.content
        self.history.append({"role": "assistant", "content": answer})
        logger.info("answered, usage %s/%s", r.usage.prompt_tokens, r.usage.completion_tokens)
        return answer


def sanity_check() -> None:
    if not DEV_OPENAI_KEY.startswith("sk-"):
        raise ValueError(f"DEV_OPENAI_KEY is not an OpenAI key: {DEV_OPENAI_KEY}")
    print("dev key suffix", DEV_OPENAI_KEY[-4:])


if __name__ == "__main__":
    sanity_check()
    bot = FitBot()
    print(bot.ask("Is remote OK?", {"title": "Data Engineer", "location": "Lisbon"}))
