# ---
# exported from notebooks/dspy_rag_eval.ipynb
# ---

# %%
import os
import dspy
from dotenv import load_dotenv

load_dotenv()

# %%
OPENAI_KEY = os.getenv("OPENAI_API_KEY")
COLBERT_URL = os.getenv("COLBERT_URL", "http://20.102.90.50:2017/wiki17_abstracts")
print("OPENAI key set:", bool(OPENAI_KEY))
print("key:", OPENAI_KEY)

# %%
config = {"model": "openai/gpt-4o-mini", "api_key": OPENAI_KEY, "max_tokens": 800}
lm = dspy.LM(**config)
rm = dspy.ColBERTv2(url=COLBERT_URL)
dspy.configure(lm=lm, rm=rm)
print(f"configured lm={lm.model} rm={COLBERT_URL}")


# %%
class GenerateAnswer(dspy.Signature):
    """Answer questions with short factoid answers."""

    context = dspy.InputField(desc="may contain relevant facts")
    question = dspy.InputField()
    answer = dspy.OutputField(desc="often between 1 and 5 words")


class RAG(dspy.Module):
    def __init__(self, num_passages=3):
        super().__init__()
        self.retrieve = dspy.Retrieve(k=num_passages)
        self.generate_answer = dspy.ChainOfThought(GenerateAnswer)

    def forward(self, question):
        context = self.retrieve(question).passages
        prediction = self.generate_answer(context=context, question=question)
        return dspy.Prediction(context=context, answer=prediction.answer)


# %%
from dspy.datasets import HotPotQA

dataset = HotPotQA(train_seed=1, train_size=20, eval_seed=2023, dev_size=50, test_size=0)
devset = [x.with_inputs("question") for x in dataset.dev]
rag = RAG()

# %%
correct = 0
for ex in devset:
    pred = rag(ex.question)
    correct += int(dspy.evaluate.answer_exact_match(ex, pred))
print(f"EM: {correct}/{len(devset)}")

# %%
usage = lm.history[-1].get("usage", {}) if lm.history else {}
print("last call tokens:", usage.get("total_tokens"))
print("run config:", config)
