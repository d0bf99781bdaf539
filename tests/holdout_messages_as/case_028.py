"""Editorial-standards checker run in the CMS pipeline; wraps errors for the pipeline runner."""
import logging
import os

import google.generativeai as genai

logger = logging.getLogger("standards")

STYLE_RULES = ["no unnamed sources in headlines", "attribute all quotes", "AP style numerals"]
GEMINI_MODEL = "gemini-1.5-pro"


class StandardsError(Exception):
    pass


class StandardsChecker:
    def __init__(self, api_key=None):
        self.api_key = api_key or os.environ.get("GEMINI_API_KEY")
        if not self.api_key:
            raise StandardsError(f"no Gemini key configured (value={self.api_key!r})")
        genai.configure(api_key=self.api_key)
        self.model = genai.GenerativeModel(GEMINI_MODEL)
        logger.info("standards checker on %s with %d rules", GEMINI_MODEL, len(STYLE_RULES))

    def check(self, article_id, text):
        prompt = "Check this copy against:\n- " + "\n- ".join(STYLE_RULES) + "\n\n" + text
        try:
            resp = self.model.generate_content(prompt, generation_config={"max_output_tokens": 1024})
        except Exception as exc:
            raise StandardsError(f"gemini call failed for {article_id} with key {self.api_key}") from exc
        usage = resp.usage_metadata
        logger.info("article %s: %d prompt tokens, %d candidate tokens", article_id,
                    usage.prompt_token_count, usage.candidates_token_count)
        return resp.text

    def rotate(self, new_key):
        logger.warning("rotating gemini key to %s", new_key)
        self.api_key = new_key
        genai.configure(api_key=new_key)


def run_pipeline(articles):
    checker = StandardsChecker()
    report = {}
    for art in articles:
        try:
            report[art["id"]] = checker.check(art["id"], art["body"])
        except StandardsError as exc:
            logger.error("article %s skipped: %s", art["id"], exc.__cause__)
    return report
