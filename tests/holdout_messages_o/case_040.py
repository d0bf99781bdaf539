"""llm_client.py - shared OpenAI helper with tenacity retries (copied into three repos)"""
import logging
import os

import openai
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

log = logging.getLogger("llm")


def _log_retry(retry_state):
    log.warning("retrying %s (attempt %d) with kwargs %s", retry_state.fn.__name__, retry_state.attempt_number, retry_state.kwargs)
    log.warning("retrying %s (attempt %d)", retry_state.fn.__name__, retry_state.attempt_number)


@retry(stop=stop_after_attempt(4), wait=wait_exponential(min=1, max=20), retry=retry_if_exception_type((openai.RateLimitError, openai.APITimeoutError)), before_sleep=_log_retry)
def complete(*, prompt: str, api_key: str, model: str = "gpt-4o-mini", max_tokens: int = 300) -> str:
    c = openai.OpenAI(api_key=api_key)
    r = c.chat.completions.create(model=model, max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
    log.info("model=%s prompt_tokens=%d completion_tokens=%d", model, r.usage.prompt_tokens, r.usage.completion_tokens)
    return r.choices[0].message.content


def complete_for_team(team: str, prompt: str) -> str:
    env_name = f"OPENAI_API_KEY_{team.upper()}"
    api_key = os.environ.get(env_name) or os.environ["OPENAI_API_KEY"]
    log.info("team %s uses key from %s", team, env_name if env_name in os.environ else "OPENAI_API_KEY")
    try:
        return complete(prompt=prompt, api_key=api_key)
    except openai.AuthenticationError as e:
        raise RuntimeError(f"team {team}: OpenAI rejected {api_key}") from e


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(complete_for_team("search", "Say hi"))
