"""Quiz generator service built on LangChain, storing quizzes in Postgres."""
import logging
import os

import psycopg
from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

logger = logging.getLogger("quizgen")

DB_DSN = os.environ.get("QUIZ_DB_DSN", "postgresql://quiz@localhost/quiz")
DB_PASSWORD = os.environ.get("QUIZ_DB_PASSWORD")

PROMPT = ChatPromptTemplate.from_messages([
    ("system", "You write {n} multiple-choice questions for grade {grade} students."),
    ("user", "Topic: {topic}"),
])


class QuizGenerator:
    def __init__(self, openai_key: str, model: str = "gpt-4o-mini", max_tokens: int = 900):
        self.openai_key = openai_key
        self.model = model
        self.max_tokens = max_tokens
        self.llm = ChatOpenAI(api_key=openai_key, model=model, max_tokens=max_tokens)

    def __repr__(self):
        return f"QuizGenerator(model={self.model!r}, max_tokens={self.max_tokens})"

    def generate(self, topic: str, grade: int, n: int = 5) -> str:
        logger.info("generating %d questions on %r for grade %d with %r", n, topic, grade, self)
        chain = PROMPT | self.llm
        msg = chain.invoke({"topic": topic, "grade": grade, "n": n})
        logger.debug("token usage %s", msg.response_metadata.get("token_usage"))
        return msg.content


def save(topic: str, body: str) -> None:
    try:
        with psycopg.connect(DB_DSN, password=DB_PASSWORD) as conn:
            conn.execute("INSERT INTO quizzes (topic, body) VALUES (%s, %s)", (topic, body))
    except psycopg.OperationalError as exc:
        logger.error("db connect failed for %s with password %s: %s", DB_DSN, DB_PASSWORD, exc)
        raise


def build() -> QuizGenerator:
    key = os.environ.get("OPENAI_API_KEY")
    if not key:
        raise RuntimeError("OPENAI_API_KEY not set")
    gen = QuizGenerator(key)
    logger.info("quiz generator ready: key set=%s, key=%s", key is not None, gen.openai_key)
    return gen


if __name__ == "__main__":
    g = build()
    save("photosynthesis", g.generate("photosynthesis", 7))
