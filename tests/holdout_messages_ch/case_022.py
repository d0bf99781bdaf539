"""School-district enrolment helper bot: thin wrapper around Groq used by the web team."""
import logging
import os
import time

from groq import Groq, APIStatusError

logger = logging.getLogger("district.enrol")


class EnrolmentAssistant:
    SYSTEM = "You answer questions about school enrolment dates, zones and documents."

    def __init__(self):
        self._api_key = os.environ["GROQ_API_KEY"]
        self.model = os.environ.get("ENROL_MODEL", "llama-3.1-8b-instant")
        self.max_tokens = int(os.environ.get("ENROL_MAX_TOKENS", "300"))
        self.client = Groq(api_key=self._api_key)
        logger.info("assistant model=%s max_tokens=%d", self.model, self.max_tokens)

    def ask(self, question: str, retries: int = 2) -> str:
        for attempt in range(retries + 1):
            try:
                r = self.client.chat.completions.create(
                    model=self.model, max_tokens=self.max_tokens,
                    messages=[{"role": "system", "content": self.SYSTEM},
                              {"role": "user", "content": question}])
                logger.info("ok in %d attempts, %d tokens", attempt + 1, r.usage.total_tokens)
                return r.choices[0].message.content
            except APIStatusError as e:
                logger.warning("groq status %s on attempt %d", e.status_code, attempt + 1)
                if e.status_code == 401:
                    raise RuntimeError(f"Groq rejected key {self._api_key} for model {self.model}") from e
                time.sleep(2 ** attempt)
        return "Please call the enrolment office on 555-0100."

    def __str__(self):
        return f"EnrolmentAssistant(model={self.model}, key_set={bool(self._api_key)})"


if __name__ == "__main__":
    bot = EnrolmentAssistant()
    print(bot)
    print(bot.ask("What documents do I need to enrol a kindergartener?"))
