"""A run's plan: the enabled rules and everything they need, resolved once before any
file is read, and picklable for worker processes (which rebuild it from what it was
built from)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

from modelred_lint.catalogue import Catalogue, load_catalogue
from modelred_lint.knowledge import Knowledge
from modelred_lint.prefilter import Prefilter
from modelred_lint.source import DEFAULT_MAX_FILE_SIZE


@dataclass
class Plan:
    enabled: frozenset[str]
    catalogue: Catalogue
    knowledge: Knowledge
    prefilter: Prefilter
    use_prefilter: bool = True
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # Every declared option's value: the user's (validated) or the declared default.
    options: Mapping[str, Any] = field(default_factory=dict)

    def __reduce__(self):
        # A worker process rebuilds the plan from what it was built from: cheap, and
        # the triggers (closures) need not be pickled.
        return (_rebuild_plan, (sorted(self.enabled), dict(self.options), self.max_file_size, self.use_prefilter))

    @classmethod
    def build(
        cls,
        enabled: Iterable[str],
        options: Optional[Mapping[str, Any]] = None,
        *,
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
        use_prefilter: bool = True,
    ) -> "Plan":
        """Options are validated values by name (configuration validates them); the
        declared defaults fill the rest. Raises RegistryError when an enabled rule
        declares no trigger."""
        from modelred_lint import registry

        catalogue = load_catalogue()
        registry.check_against(catalogue)
        enabled = frozenset(enabled)
        values = {name: option.default for name, option in registry.options().items()}
        values.update(options or {})
        knowledge = Knowledge.build(catalogue, values)
        triggers = registry.triggers_for(enabled, knowledge)
        return cls(
            enabled=enabled,
            catalogue=catalogue,
            knowledge=knowledge,
            prefilter=Prefilter(knowledge, triggers),
            use_prefilter=use_prefilter,
            max_file_size=max_file_size,
            options=values,
        )


def _rebuild_plan(enabled, options, max_file_size, use_prefilter) -> Plan:
    return Plan.build(enabled, options, max_file_size=max_file_size, use_prefilter=use_prefilter)
