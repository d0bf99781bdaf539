"""Contract clause extraction worker: pulls clauses with an LLM, red-teams the model nightly."""
import logging
import os

import openai
from modelred import ModelRed, ModelRedError

log = logging.getLogger("clausebot.extract")

CLAUSE_TYPES = ("indemnification", "limitation_of_liability", "termination", "governing_law")
MAX_TOKENS = 1800


class ClauseExtractor:
    def __init__(self, model: str = "gpt-4o-mini"):
        self.model = model
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.org_id = os.environ.get("OPENAI_ORG_ID", "")
        self.client = openai.OpenAI(api_key=self.openai_key, organization=self.org_id or None)
        log.info("extractor ready model=%s org=%s", self.model, self.org_id)
        log.debug("extractor key suffix=%s", self.openai_key[-4:])

    def extract(self, contract_text: str) -> dict:
        prompt = "Extract these clause types as JSON: " + ", ".join(CLAUSE_TYPES)
        try:
            resp = self.client.chat.completions.create(
                model=self.model,
                max_tokens=MAX_TOKENS,
                messages=[{"role": "system", "content": prompt},
                          {"role": "user", "content": contract_text}],
            )
        except openai.AuthenticationError:
            log.error("OpenAI rejected key %s for org %s", self.openai_key, self.org_id)
            raise
        usage = resp.usage
        log.info("tokens used: %d (max %d)", usage.total_tokens, MAX_TOKENS)
        return {"raw": resp.choices[0].message.content}


async def nightly_redteam(model_id: str) -> None:
    async with ModelRed() as client:
        try:
            await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
        except ModelRedError as e:
            log.warning("nightly assessment failed: %s", e)


def main() -> None:
    extractor = ClauseExtractor()
    with open("samples/msa.txt", encoding="utf-8") as fh:
        out = extractor.extract(fh.read())
    print(f"extracted {len(out['raw'])} chars with key set={bool(extractor.openai_key)}")


if __name__ == "__main__":
    main()
