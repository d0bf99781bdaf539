"""The library's stable entry points, for programs that embed the linter (the language
server, editor plugins, scripts): a Project is the configuration that governs a file,
resolved once, and lints or fixes texts held in memory.

Everything else in the package may be reorganised; these names and signatures stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from modelred_lint.findings import Finding


@dataclass
class Project:
    """The settings that govern files below one configuration (or none)."""

    root: Path
    config_path: Optional[Path]
    plan: object  # engine.Plan
    per_file: object  # runner.PerFileIgnores
    settings: object  # config.Settings

    @classmethod
    def for_path(
        cls,
        path: Path,
        config: Optional[Path] = None,
        select: Optional[Iterable[str]] = None,
        ignore: Iterable[str] = (),
    ) -> "Project":
        """The project of a file: the nearest pyproject.toml with our section or
        .modelred-lint.yaml above it (or `config`), with the caller's select/ignore
        on top. Raises config.ConfigError (its message names the bad setting)."""
        from modelred_lint.catalogue import load_catalogue
        from modelred_lint.config import enabled_rules, expand_codes, load_settings
        from modelred_lint.engine import Plan
        from modelred_lint.runner import PerFileIgnores

        path = Path(path)
        folder = path if path.is_dir() else path.parent
        catalogue = load_catalogue()
        settings = load_settings(folder.resolve(), config, catalogue)
        if select is not None:
            settings.select = list(select)
        settings.ignore = [*settings.ignore, *ignore]
        plan = Plan.build(enabled_rules(settings, catalogue), settings.options, max_file_size=settings.max_file_size)
        per_file = PerFileIgnores.build(
            settings.per_file_ignores,
            lambda codes: expand_codes(codes, catalogue, "per-file-ignores"),
            settings.root,
        )
        return cls(settings.root, settings.config_path, plan, per_file, settings)

    def lint(self, path: str, text: str) -> list[Finding]:
        """Every finding for `text` as the content of the file `path` (its per-file
        ignores apply). Never raises for anything the text holds: a file that cannot
        be parsed gives an MR000 finding."""
        from modelred_lint.runner import guarded_lint

        ignores = self.per_file.for_path(Path(path))
        return guarded_lint(path, text.encode("utf-8"), self.plan, ignores).findings

    def fix(self, path: str, text: str, unsafe: bool = False) -> tuple[str, list[Finding]]:
        """The text with every safe (and, with `unsafe`, unsafe) fix applied, and the
        findings that remain in it. The text is returned unchanged when a fix would
        leave it unparseable."""
        from modelred_lint.fixer import fix_source

        ignores = self.per_file.for_path(Path(path))
        outcome = fix_source(path, text.encode("utf-8"), self.plan, ignores, unsafe)
        remaining = outcome.result.findings if outcome.result is not None else []
        return (outcome.fixed if outcome.changed else text), remaining
