"""Jupyter (nbgrader) helper: feedback cells generated with a tutor model."""
import logging
import os
import warnings

from nbgrader.api import Gradebook
from openai import OpenAI

fb_log = logging.getLogger("nbgrader.llmfeedback")

api_key = os.environ.get("OPENAI_API_KEY")
org_id = os.environ.get("OPENAI_ORG_ID")
if api_key is None:
    warnings.warn("OPENAI_API_KEY not set; feedback will be skipped")
elif not api_key.startswith("sk-"):
    warnings.warn(f"OPENAI_API_KEY looks wrong: {api_key}")

client = OpenAI(api_key=api_key, organization=org_id) if api_key else None
fb_log.info("feedback client for org %s", org_id)


def feedback_for(gb: Gradebook, assignment: str, student: str) -> list[str]:
    if client is None:
        return []
    notes = []
    sub = gb.find_submission(assignment, student)
    for nb in sub.notebooks:
        for grade in nb.grades:
            if grade.score is None or grade.max_score == grade.score:
                continue
            prompt = f"Student lost points on cell {grade.name}. Explain gently."
            r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=200,
                                               messages=[{"role": "user", "content": prompt}])
            notes.append(r.choices[0].message.content)
            fb_log.debug("cell %s: %s completion tokens", grade.name, r.usage.completion_tokens)
    return notes


def main(db_url: str, assignment: str):
    with Gradebook(db_url) as gb:
        for student in gb.students:
            for note in feedback_for(gb, assignment, student.id):
                print(f"[{student.id}] {note}")
    fb_log.info("client settings: %s", {"api_key": api_key, "organization": org_id})


if __name__ == "__main__":
    main("sqlite:///gradebook.db", os.environ.get("ASSIGNMENT", "ps1"))
