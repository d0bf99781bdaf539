"""Reading-level tutor: a class hierarchy of provider backends chosen per course."""
import abc
import logging
import os

log = logging.getLogger("tutor.backends")


class Backend(abc.ABC):
    name = "base"
    max_tokens = 400

    def __init__(self, api_key: str):
        self.api_key = api_key

    @abc.abstractmethod
    def complete(self, prompt: str) -> str: ...

    def describe(self) -> str:
        return f"{self.name} (max_tokens={self.max_tokens}, key set={bool(self.api_key)})"


class OpenAIBackend(Backend):
    name = "openai"

    def complete(self, prompt: str) -> str:
        from openai import OpenAI
        r = OpenAI(api_key=self.api_key).chat.completions.create(
            model="gpt-4o-mini", max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content


class GroqBackend(Backend):
    name = "groq"
    max_tokens = 300

    def complete(self, prompt: str) -> str:
        from groq import Groq
        r = Groq(api_key=self.api_key).chat.completions.create(
            model="llama-3.1-8b-instant", max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content


BACKENDS = {"openai": (OpenAIBackend, "OPENAI_API_KEY"), "groq": (GroqBackend, "GROQ_API_KEY")}


def backend_for(course: dict) -> Backend:
    kind = course.get("backend", "openai")
    cls, env = BACKENDS[kind]
    key = os.environ.get(env)
    if key is None:
        raise LookupError(f"course {course['code']} needs {env}")
    b = cls(key)
    log.info("course %s -> %s", course["code"], b.describe())
    return b


def simplify(course: dict, text: str) -> str:
    b = backend_for(course)
    try:
        return b.complete(f"Rewrite for grade {course.get('grade', 6)} readers:\n{text}")
    except Exception as exc:
        log.error("%s backend failed with key %s: %s", b.name, b.api_key, exc)
        raise RuntimeError(f"simplify failed on {b.name}") from exc
