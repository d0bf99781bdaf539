"""The rule implementations: one module per rule or rule family, each the one place
where its rules are defined (see modelred_lint/rule.py). The registry discovers them;
nothing lists them here."""
