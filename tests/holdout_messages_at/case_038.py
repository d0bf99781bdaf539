"""Sourcing outreach: LinkedIn-style InMail drafts with Gemini; keys via a .env file."""
import logging
import sys

from dotenv import dotenv_values
import google.generativeai as genai

outreach_log = logging.getLogger("sourcing.outreach")
handler = logging.StreamHandler(sys.stderr)
outreach_log.addHandler(handler)
outreach_log.setLevel(logging.DEBUG)

ENV_FILE = ".env.sourcing"
env = dotenv_values(ENV_FILE)
outreach_log.info("loaded %d settings from %s: %s", len(env), ENV_FILE, ", ".join(sorted(env)))

google_key = env.get("GOOGLE_API_KEY", "")
model_name = env.get("GEMINI_MODEL", "gemini-1.5-flash")
genai.configure(api_key=google_key)
model = genai.GenerativeModel(model_name)
outreach_log.debug("gemini model %s, key present %s", model_name, bool(google_key))


def draft(candidate: dict, role: str) -> str:
    prompt = (f"Write a short, friendly outreach message to {candidate['first_name']}, currently "
              f"{candidate['headline']}, about our {role} opening. No flattery, under 90 words.")
    resp = model.generate_content(prompt, generation_config={"max_output_tokens": 220})
    usage = resp.usage_metadata
    outreach_log.info("draft for %s: %d prompt / %d candidate tokens", candidate["id"], usage.prompt_token_count, usage.candidates_token_count)
    return resp.text


def main(path: str) -> None:
    import csv
    with open(path) as fh:
        rows = list(csv.DictReader(fh))
    for row in rows[:20]:
        try:
            print(row["id"], draft(row, "Senior Recruiter"), sep="\t")
        except Exception as exc:
            outreach_log.error("draft failed for %s: %s", row["id"], exc)
    outreach_log.debug("sourcing env: %s", env)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "candidates.csv")
