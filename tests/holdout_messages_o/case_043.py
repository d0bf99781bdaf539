"""settings_model.py - typed settings for the eval runner"""
import os
from dataclasses import dataclass, field


@dataclass
class JudgeSettings:
    provider: str = "openai"
    model: str = "gpt-4o-mini"
    api_key: str = field(default_factory=lambda: os.environ.get("JUDGE_API_KEY", ""), repr=False)
    max_tokens: int = 512
    rubric_path: str = "rubrics/default.yaml"

    def __post_init__(self):
        if self.max_tokens <= 0 or self.max_tokens > 8192:
            raise ValueError(f"max_tokens out of range: {self.max_tokens}")
        if self.provider not in {"openai", "anthropic"}:
            raise ValueError(f"unsupported judge provider {self.provider!r} for {self}")
        if self.api_key and self.provider == "anthropic" and not self.api_key.startswith("sk-ant-"):
            raise ValueError(f"judge key {self.api_key} is not an Anthropic key")
        if not self.api_key:
            raise ValueError("JUDGE_API_KEY is empty; set it or pass api_key=")


@dataclass
class RunnerSettings:
    judge: JudgeSettings = field(default_factory=JudgeSettings)
    concurrency: int = 4
    out_dir: str = "runs/"

    def describe(self) -> str:
        return f"judge={self.judge.provider}/{self.judge.model} concurrency={self.concurrency} out={self.out_dir}"


if __name__ == "__main__":
    s = RunnerSettings()
    print(s)
    print(s.describe())
    print("judge key length:", len(s.judge.api_key))
