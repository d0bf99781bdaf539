"""The form of the catalogue's files: `rules/<ID>.yaml` and `rules/shared/*.yaml`. A
misspelt or unknown key is an error at load that names the file and the key, instead
of a setting silently lost. A rule's `data:` section is checked by the registry
against the fields its rule module declares (`Rule.data_fields`)."""

from __future__ import annotations

from modelred_lint.schema import (
    Anything,
    Choice,
    Flag,
    Integer,
    ListOf,
    MapOf,
    Nullable,
    Number,
    Strings,
    Table,
    Text,
)

EXAMPLE = Table(
    {
        "code": Text(),
        "line": Integer(),  # the first finding's line
        "count": Integer(),  # how many findings of the rule (default 1)
        "options": MapOf(Anything()),  # rule options, validated as configuration is
        "message": Text(),  # a substring of the first finding's message
        "fixed": Text(non_empty=False),  # the code once every fix of the rule is applied
    },
    required=("code",),
)

RULE = Table(
    {
        "id": Text(),
        "name": Text(),
        "summary": Text(),
        "severity": Choice("error", "warning", "note"),
        "precision": Choice("very-high", "high", "medium", "low"),
        "security-severity": Nullable(Number()),
        "cwe": Nullable(Integer()),
        "tags": Strings(),
        "fix": Choice("none", "safe", "unsafe", "display"),
        "allowlist-pragma": Flag(),
        "claim-rank": Integer(),
        "docs": Table(
            {"what": Text(), "why": Text(), "example": Text(), "fix": Text()},
            required=("what", "why", "example", "fix"),
        ),
        "examples": Table({"valid": ListOf(EXAMPLE), "invalid": ListOf(EXAMPLE)}, required=("valid", "invalid")),
        "data": MapOf(Anything()),
    },
    required=("id", "name", "summary", "severity", "docs", "examples"),
)

_NAMES = Strings()

SHARED = {
    "secrets": Table(
        {
            "randomness": Table(
                {"min-segment": Integer(), "min-entropy": Number(), "hex-min-entropy": Number(),
                 "max-lowercase-run": Integer()},
                required=("min-segment", "min-entropy", "hex-min-entropy", "max-lowercase-run"),
            ),
            "placeholder-words": _NAMES,
            "placeholder-markers": _NAMES,
            "repeat-run": Integer(),
            "minted-secret-min-bytes": Integer(),
            "sequence-run": Integer(),
            "secret-names": ListOf(_NAMES),
            "not-secret-modifiers": _NAMES,
            "ambiguous-secret-words": _NAMES,
            "ambiguous-secret-names": ListOf(_NAMES),
            "secret-store-names": ListOf(_NAMES),
            "literal-secret-names": ListOf(_NAMES),
            "key-vendors": _NAMES,
            "message-secret-words": _NAMES,
            "message-count-words": _NAMES,
            "message-text-token-words": _NAMES,
            "message-other-leads": _NAMES,
            "message-key-leads": _NAMES,
            "message-rename-words": _NAMES,
            "message-incidental-words": _NAMES,
            "message-label-words": _NAMES,
            "public-key-prefixes": _NAMES,
            "secret-getter-verbs": _NAMES,
            "minting-getter-verbs": _NAMES,
            "config-loader-words": _NAMES,
            "reading-verbs": _NAMES,
            "secret-suffixes": _NAMES,
            "plural-secret-words": _NAMES,
            "not-secret-heads": _NAMES,
            "not-secret-leads": _NAMES,
            "cursor-leads": _NAMES,
            "unqualifying-leads": _NAMES,
            "lone-key-qualifiers": _NAMES,
            "derivative-words": _NAMES,
            "mapping-words": _NAMES,
            "describing-words": _NAMES,
            "configuration-words": _NAMES,
            "condition-words": _NAMES,
            "enumeration-words": _NAMES,
            "key-qualifiers": _NAMES,
            "credential-object-types": _NAMES,
            "credential-holder-words": _NAMES,
            "credential-store-words": _NAMES,
            "not-secret-names": _NAMES,
            "secret-structure-names": ListOf(
                Table({"words": _NAMES, "field": Text()}, required=("words", "field"))
            ),
            "key-pair-ids": ListOf(
                Table({"id": _NAMES, "secrets": _NAMES}, required=("id", "secrets"))
            ),
            "auth-schemes": _NAMES,
            "basic-auth-keywords": _NAMES,
            "connection-string-takers": _NAMES,
            "connection-string-keywords": _NAMES,
            "token-variable-heads": _NAMES,
            "variable-name-heads": _NAMES,
            "not-key-variable-words": _NAMES,
        },
        required=("randomness", "placeholder-words", "placeholder-markers", "repeat-run", "sequence-run",
                  "secret-names", "not-secret-modifiers", "not-secret-heads"),
    ),
    "sdk": Table(
        {
            "modules": _NAMES,
            "clients": _NAMES,
            "client-key-env": Text(),
            "provider-config-class": Text(),
            "key-parameters": _NAMES,
            "config-parameters": _NAMES,
            "config-key-entries": _NAMES,
            "key-methods": _NAMES,
            "sinks": MapOf(MapOf(Anything())),  # method -> {parameter: position or null}
            "distinctive-sinks": _NAMES,
            "errors": _NAMES,
            "provider-env": MapOf(Text()),
            "parameter-env": MapOf(Text()),
        },
        required=("modules", "clients", "client-key-env", "provider-config-class", "key-parameters",
                  "config-parameters", "config-key-entries", "key-methods", "sinks", "errors"),
    ),
    "dataflow": Table(
        {
            **{
                name: _NAMES
                for name in (
                "entrypoint-decorators", "request-names", "untrusted-calls", "untrusted-attributes",
                "exiting-calls", "exiting-builtins", "validators", "validating-methods", "sanitizers", "not-sanitizers", "secret-calls",
                "text-calls", "redactors", "safe-error-attributes", "secret-value-fields", "log-receivers", "log-methods",
                "output-calls", "response-calls", "container-calls", "field-read-calls", "config-parser-calls", "context-object-modules", "context-object-decorators", "url-builders", "text-stylers", "minting-calls", "token-decoders", "field-dump-calls", "field-constant-prefixes", "message-keywords", "log-control-keywords", "returned-output-keywords", "default-switches", "positional-default-calls", "prompt-text-keywords", "setting-readers", "response-status-attributes", "response-success-attributes", "reply-code-fields", "reply-error-fields", "logger-factories",
                    "token-providers", "credential-getters", "error-handler-decorators", "error-handler-registrations",
                    "record-decorators", "record-bases", "settings-bases", "filled-records", "secret-hiding-types", "field-validator-decorators", "field-validator-prefixes", "query-key-fields", "token-url-prefixes", "requested-secret-url-words", "request-builders",
                    "logger-derivations", "non-secret-types", "namespace-calls",
                    "parser-errors", "text-token-functions", "web-app-modules",
                    "http-request-methods", "method-first-requests", "key-checking-calls", "key-checking-attributes", "key-error-types", "quiet-client-calls", "http-modules", "http-client-words", "masking-header-clients", "masked-headers", "database-modules", "url-error-types", "quiet-url-errors", "status-error-modules", "silent-request-modules", "connection-error-types", "read-timeout-types", "secret-hashers", "clear-header-clients", "whole-body-calls", "posted-url-words", "shown-files", "response-attributes", "hidden-input-keywords", "url-parsers", "minting-methods", "token-request-fields", "token-exchange-fields", "token-response-fields", "token-error-fields", "mapping-types", "sequence-types", "masking-test-words", "masking-commands", "choice-collection-words", "option-envvar-keywords", "header-parameter-calls", "secret-mapping-calls", "env-read-calls", "secret-file-names", "secret-file-path-names", "masked-url-calls", "file-reading-calls", "path-argument-calls", "name-argument-calls", "name-argument-keywords", "secret-hiding-modules", "command-calls",
                    "password-splat-calls", "not-password-connect-modules", "raising-calls", "path-calls", "path-tests", "output-helper-words", "imported-record-words", "model-input-validators",
                )
            },
            "request-credential-fields": MapOf(Text()),
            "deferred-calls": MapOf(Integer()),
            "assertion-messages": MapOf(Integer()),
            "secret-structure-parameters": ListOf(
                Table({"signature": _NAMES, "parameter": Text(), "field": Text(), "any-order": Flag(), "module": Text()},
                      required=("signature", "parameter", "field"))
            ),
            "query-key-clients": ListOf(
                Table({"call": Text(), "keyword": Text(), "position": Integer(), "chained": Flag()},
                      required=("call", "keyword"))
            ),
            "key-checking-clients": ListOf(
                Table({"call": Text(), "keyword": Text(), "position": Integer(), "setter": Text()}, required=("call",))
            ),
            "secret-key-methods": ListOf(
                Table({"bases": _NAMES, "method": Text(), "position": Integer()}, required=("bases", "method", "position"))
            ),
        }
    ),
    "frameworks": Table(
        {
            **{
                name: _NAMES
                for name in (
                    "entrypoint-decorators", "request-types", "untrusted-calls", "untrusted-attributes",
                    "exiting-calls", "typed-modules", "validated-types", "choice-types", "enum-bases",
                    "container-types", "constraint-calls", "constraint-keywords", "validator-calls",
                    "dependency-calls", "raising-conversions", "model-bases", "field-validator-decorators",
                    "model-parsers", "serializer-bases", "validated-fields", "field-validating-keywords",
                    "validated-attributes", "route-attributes", "plain-converters", "cli-option-calls",
                    "cli-argument-calls", "cli-validated-types", "cli-validating-keywords",
                    "cli-validating-actions", "cli-path-types", "list-parameters", "validated-components", "plain-callables",
                    "responder-methods", "route-name-first", "untrusted-attribute-paths",
                )
            },
            "entrypoint-classes": ListOf(Table({"bases": _NAMES, "methods": _NAMES}, required=("bases", "methods"))),
            "registrations": ListOf(
                Table(
                    {"modules": _NAMES, "calls": _NAMES, "function": Integer(), "keyword": Text(),
                     "route": Integer(), "route-keyword": Text(), "inputs": Integer(), "inputs-keyword": Text()},
                    required=("modules", "calls", "keyword"),
                )
            ),
            "entrypoint-signatures": ListOf(
                Table({"parameters": ListOf(_NAMES), "untrusted": _NAMES}, required=("parameters", "untrusted"))
            ),
            "choice-calls": ListOf(
                Table({"calls": _NAMES, "options": Integer(), "keyword": Text()}, required=("calls", "options", "keyword"))
            ),
            "choice-components": ListOf(
                Table({"calls": _NAMES, "options": Integer(), "keyword": Text()}, required=("calls", "options", "keyword"))
            ),
            "child-fields": MapOf(Text()),
        }
    ),
}
