"""Parsl workflow: structure-biology paper triage on the campus cluster (Together AI models)."""
import os

import parsl
from parsl.app.app import python_app
from parsl.config import Config
from parsl.executors import HighThroughputExecutor
from parsl.providers import SlurmProvider

config = Config(executors=[HighThroughputExecutor(
    label="triage_htex",
    max_workers_per_node=4,
    provider=SlurmProvider(partition="compute", nodes_per_block=1, max_blocks=8, walltime="01:00:00"),
)])


@python_app
def triage(pdf_text: str, api_key: str, model: str, max_tokens: int = 150) -> str:
    import together
    try:
        client = together.Together(api_key=api_key)
        r = client.chat.completions.create(
            model=model, max_tokens=max_tokens,
            messages=[{"role": "user", "content": "Is this paper about cryo-EM methods? yes/no + reason\n" + pdf_text[:9000]}],
        )
        return r.choices[0].message.content
    except Exception as exc:
        print(f"triage failed with model {model} and key {api_key}: {exc}")
        return "error"


@python_app
def word_count(pdf_text: str) -> int:
    return len(pdf_text.split())


if __name__ == "__main__":
    parsl.load(config)
    together_key = os.environ["TOGETHER_API_KEY"]
    model = os.environ.get("TRIAGE_MODEL", "meta-llama/Llama-3-70b-chat-hf")
    print(f"executor {config.executors[0].label}, model {model}, max_tokens 150")
    print(f"together key loaded ({len(together_key)} chars)")
    if os.environ.get("PARSL_DEBUG"):
        print("worker env:", {"TOGETHER_API_KEY": together_key, "TRIAGE_MODEL": model})
    texts = {}
    for name in sorted(os.listdir("pdf_text")):
        with open(os.path.join("pdf_text", name), encoding="utf-8") as fh:
            texts[name] = fh.read()
    futures = {name: triage(t, together_key, model) for name, t in texts.items()}
    sizes = {name: word_count(t) for name, t in texts.items()}
    with open("triage.tsv", "w", encoding="utf-8") as out:
        for name, fut in futures.items():
            out.write(f"{name}\t{sizes[name].result()}\t{fut.result().replace(chr(10), ' ')}\n")
    print(f"triaged {len(futures)} papers")
    parsl.dfk().cleanup()
