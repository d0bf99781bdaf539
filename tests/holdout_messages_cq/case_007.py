"""Board report generator: pulls KPIs and writes a quarterly narrative."""
import os
import warnings

import pandas as pd
from openai import OpenAI
import modelred as mr

OPENAI_KEY = "sk-e6aga1tZUisX4DAb16rVBD882OyavkfpPjWIZZ9IIQJBQkey"


class BoardReport:
    def __init__(self, quarter: str, csv_path: str):
        self.quarter = quarter
        self.df = pd.read_csv(csv_path)
        self.client = OpenAI(api_key=OPENAI_KEY)
        self.mr = mr.ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))
        self.max_tokens = 1500

    def kpis(self):
        return {
            "raised": float(self.df["amount"].sum()),
            "donors": int(self.df["donor_id"].nunique()),
            "retention": float(self.df["is_repeat"].mean()),
        }

    def narrative(self):
        k = self.kpis()
        if k["donors"] == 0:
            warnings.warn(f"no donors in {self.quarter}; report will use key {OPENAI_KEY}")
        out = self.client.chat.completions.create(
            model="gpt-4o",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Board narrative for {self.quarter}: {k}"}],
        )
        warnings.warn(f"narrative used {out.usage.total_tokens} tokens of {self.max_tokens}")
        return out.choices[0].message.content

    def audit(self):
        try:
            job = self.mr.create_assessment(model="board-narrator", test_types=["prompt_injection"], priority="low")
            return job["id"]
        except mr.ModelRedError as e:
            return f"audit could not start: {e}"


if __name__ == "__main__":
    rep = BoardReport("2024Q3", "gifts_q3.csv")
    print(rep.kpis())
    print("openai key ends", OPENAI_KEY[-4:])
    print(rep.narrative())
