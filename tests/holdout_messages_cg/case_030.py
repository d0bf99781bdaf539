"""LangChain map-reduce summariser for long review articles (used by the lit-review reading group)."""
import logging
import os

from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from langchain_text_splitters import RecursiveCharacterTextSplitter

logger = logging.getLogger("reviewsum")


class ReviewSummariser:
    MAP = ChatPromptTemplate.from_template("Summarise this part of a review article:\n\n{chunk}")
    REDUCE = ChatPromptTemplate.from_template("Merge these partial summaries into one page:\n\n{parts}")

    def __init__(self, model: str = "gpt-4o-mini", max_tokens: int = 600, openai_api_key: str | None = None):
        self.llm_kwargs = {
            "model": model,
            "max_tokens": max_tokens,
            "temperature": 0,
            "api_key": openai_api_key or os.environ["OPENAI_API_KEY"],
        }
        self.llm = ChatOpenAI(**self.llm_kwargs)
        self.splitter = RecursiveCharacterTextSplitter(chunk_size=6000, chunk_overlap=300)
        logger.info("model=%s max_tokens=%s", self.llm_kwargs["model"], self.llm_kwargs["max_tokens"])
        logger.debug("ChatOpenAI kwargs: %s", self.llm_kwargs)

    def summarise(self, text: str) -> str:
        chunks = self.splitter.split_text(text)
        parts = []
        for i, chunk in enumerate(chunks):
            msg = (self.MAP | self.llm).invoke({"chunk": chunk})
            usage = msg.response_metadata.get("token_usage", {})
            logger.info("chunk %d/%d: %s tokens", i + 1, len(chunks), usage.get("total_tokens"))
            parts.append(msg.content)
        final = (self.REDUCE | self.llm).invoke({"parts": "\n\n".join(parts)})
        return final.content

    def __repr__(self) -> str:
        return f"ReviewSummariser(model={self.llm_kwargs['model']!r})"


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.DEBUG if "-v" in sys.argv else logging.INFO)
    s = ReviewSummariser()
    logger.info("summariser %r", s)
    path = sys.argv[-1]
    with open(path, encoding="utf-8") as fh:
        out = s.summarise(fh.read())
    with open(path.rsplit(".", 1)[0] + ".summary.md", "w", encoding="utf-8") as fh:
        fh.write(out)
    print(out[:500])
