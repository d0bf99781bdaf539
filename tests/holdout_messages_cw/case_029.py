"""Sentiment scoring in an isolated virtualenv task (@task.virtualenv)."""
from datetime import datetime

from airflow.decorators import dag, task
from airflow.models import Variable


@dag(start_date=datetime(2024, 5, 1), schedule="@daily", catchup=False, tags=["nlp"])
def review_sentiment():
    @task
    def fetch_reviews(ds=None) -> list[str]:
        import csv

        with open(f"/data/reviews/{ds}.csv", newline="") as fh:
            return [row["text"] for row in csv.DictReader(fh)]

    @task.virtualenv(requirements=["groq==0.9.0"], system_site_packages=False)
    def score(reviews: list[str], groq_api_key: str) -> list[str]:
        import sys

        from groq import AuthenticationError, Groq

        print(f"scoring {len(reviews)} reviews, key ends with {groq_api_key[-4:]}")
        client = Groq(api_key=groq_api_key)
        print(f"groq key length {len(groq_api_key)}")
        labels = []
        for text in reviews:
            try:
                out = client.chat.completions.create(
                    model="llama-3.1-8b-instant",
                    max_tokens=2,
                    messages=[{"role": "user", "content": f"positive/negative/neutral: {text}"}],
                )
            except AuthenticationError as exc:
                print(f"Groq rejected {groq_api_key}: {exc}", file=sys.stderr)
                raise
            labels.append(out.choices[0].message.content.strip())
            print(f"usage: {out.usage.total_tokens} tokens")
        return labels

    @task
    def store(labels: list[str], ds=None) -> None:
        with open(f"/data/sentiment/{ds}.txt", "w") as fh:
            fh.write("\n".join(labels))

    key = Variable.get("groq_api_key")
    if not key.startswith("gsk_"):
        raise ValueError(f"groq_api_key Variable looks wrong: {key}")
    store(score(fetch_reviews(), key))


review_sentiment()
