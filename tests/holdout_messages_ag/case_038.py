"""Pharmacy benefit chatbot test harness: pinned sandbox OpenAI key for the vendor's shared sandbox."""
import os
import unittest

from openai import OpenAI

SANDBOX_OPENAI = "sk-vpy1ApZPuVk2iyn4vLVmGC5R8PXfIqwh2WMs6qnpwyPJLEq9"
SANDBOX_MODEL = "gpt-4o-mini"
SANDBOX_MAX_TOKENS = 64
OPENAI_ENV = "OPENAI_API_KEY"


def sandbox_key() -> str:
    return os.environ.get(OPENAI_ENV, SANDBOX_OPENAI)


def formulary_answer(question: str) -> str:
    client = OpenAI(api_key=sandbox_key())
    out = client.chat.completions.create(model=SANDBOX_MODEL, max_tokens=SANDBOX_MAX_TOKENS,
                                         messages=[{"role": "system", "content": "Answer only from the formulary."},
                                                   {"role": "user", "content": question}])
    return out.choices[0].message.content


class FormularyTests(unittest.TestCase):
    def setUp(self) -> None:
        if os.environ.get("SKIP_LIVE"):
            self.skipTest(f"live tests disabled; unset SKIP_LIVE or set {OPENAI_ENV}")

    def test_tier_question(self) -> None:
        answer = formulary_answer("What tier is atorvastatin 20mg?")
        self.assertIn("tier", answer.lower(), msg=f"model {SANDBOX_MODEL} answered: {answer}")

    def test_key_shape(self) -> None:
        key = sandbox_key()
        self.assertTrue(key.startswith("sk-"), msg="sandbox key must start with sk-")
        if len(key) < 40:
            raise AssertionError(f"sandbox key too short: {key}")

    def test_budget(self) -> None:
        self.assertLessEqual(SANDBOX_MAX_TOKENS, 128, f"token budget {SANDBOX_MAX_TOKENS} too large")


def describe() -> str:
    return f"sandbox model {SANDBOX_MODEL}, env {OPENAI_ENV}, key set: {bool(os.environ.get(OPENAI_ENV))}"


if __name__ == "__main__":
    print(describe())
    if os.environ.get("VERBOSE_SANDBOX"):
        print("using sandbox key", SANDBOX_OPENAI)
    unittest.main()
