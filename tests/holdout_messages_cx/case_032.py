"""Turn Gaussian / ORCA log files into short human-readable notes with Groq, for the
computational chemistry group's weekly meeting slides."""
import logging
import os
import re
from pathlib import Path

from groq import Groq, APIStatusError

log = logging.getLogger("qmnotes")

SCF_RE = re.compile(r"SCF Done:\s+E\(\S+\)\s+=\s+(-?\d+\.\d+)")
FREQ_RE = re.compile(r"Frequencies --\s+(-?\d+\.\d+)")


def parse_log(path: Path):
    text = path.read_text(errors="replace")
    scf = [float(x) for x in SCF_RE.findall(text)]
    freqs = [float(x) for x in FREQ_RE.findall(text)]
    return {"file": path.name, "final_E": scf[-1] if scf else None, "n_imag": sum(f < 0 for f in freqs),
            "normal_term": "Normal termination" in text}


def explain(path: Path, groq_key: str, model="llama-3.1-8b-instant"):
    facts = parse_log(path)
    client = Groq(api_key=groq_key)
    try:
        r = client.chat.completions.create(
            model=model, max_tokens=180,
            messages=[{"role": "user", "content": f"Explain for a group meeting: {facts}"}],
        )
    except APIStatusError as e:
        log.error("groq call failed for key %s: %s", groq_key, e.status_code)
        return None
    log.info("%s: %d tokens (%s)", path.name, r.usage.total_tokens, model)
    return r.choices[0].message.content


def groq_key_from_env():
    groq_key = os.environ.get("GROQ_API_KEY", "")
    if groq_key and not groq_key.startswith("gsk_"):
        raise ValueError("GROQ_API_KEY should start with gsk_, got " + groq_key)
    log.info("groq key configured: %s (...%s)", bool(groq_key), groq_key[-4:])
    return groq_key


def main(folder="logs/week42"):
    key = groq_key_from_env()
    notes = []
    for p in sorted(Path(folder).glob("*.log")):
        text = explain(p, key)
        if text:
            notes.append(f"## {p.stem}\n{text}\n")
    Path(folder, "notes.md").write_text("\n".join(notes))
    log.info("wrote %d notes", len(notes))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
