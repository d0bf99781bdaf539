"""The dataflow rules' vocabulary (rules/shared/dataflow.yaml and the user's options),
kept free of LibCST so that it can be built, pickled and used before any parse.

The options that extend it are declared here, next to the code that reads them; the
dataflow rules list them."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Optional

from modelred_lint.globs import star_glob
from modelred_lint.options import Option
from modelred_lint.schema import Choice, Strings, Tables, Text

EXTRA_VALIDATORS = Option(
    "extra-validators",
    Strings(),
    default=(),
    doc="Names (shell-style patterns, matched against a call's last name) of functions that "
    "validate their argument: `if not my_check(x): raise` cleans x.",
    example='["is_known_model", "check_*"]',
    rules=('MR010',),
)
EXTRA_SANITIZERS = Option(
    "extra-sanitizers",
    Strings(),
    default=(),
    doc="Names (shell-style patterns) of functions whose result is a clean value built from their argument.",
    example='["normalise_model_id"]',
    rules=('MR010',),
)
EXTRA_SECRET_SOURCES = Option(
    "extra-secret-sources",
    Strings(),
    default=(),
    doc="Names of functions whose result is a secret.",
    example='["vault_read"]',
    rules=('MR020', 'MR021'),
)
EXTRA_SINKS = Option(
    "extra-sinks",
    Tables({"method": Text(), "parameters": Strings()}, required=("method", "parameters")),
    default=(),
    doc="More SDK methods whose parameters must not receive unvalidated input "
    "(matched by keyword).",
    example='[{ method = "launch_scan", parameters = ["target"] }]',
    rules=('MR010',),
)
UNTRUSTED_PARAMETERS = Option(
    "untrusted-parameters",
    Choice("entrypoints", "public", "all"),
    default="entrypoints",
    doc="Whose parameters are untrusted input: those of request handlers and command-line "
    "entry points (`entrypoints`), also of every public function (`public`), or of every "
    "function (`all`).",
    example='"public"',
    rules=('MR010',),
)


# MR010's framework knowledge (rules/shared/frameworks.yaml, read by frameworks.py).
EXTRA_ENTRYPOINT_DECORATORS = Option(
    "extra-entrypoint-decorators",
    Strings(),
    default=(),
    doc="More decorators (their last name) that make a function an entry point whose parameters are "
    "untrusted input.",
    example='["handler", "job_endpoint"]',
    rules=('MR010',),
)
EXTRA_ENTRYPOINT_CLASSES = Option(
    "extra-entrypoint-classes",
    Tables({"bases": Strings(), "methods": Strings()}, required=("bases", "methods")),
    default=(),
    doc="Base classes whose subclasses' methods (those named) are entry points with untrusted parameters.",
    example='[{ bases = ["BaseHandler"], methods = ["handle"] }]',
    rules=('MR010',),
)
EXTRA_UNTRUSTED_SOURCES = Option(
    "extra-untrusted-sources",
    Strings(),
    default=(),
    doc="Calls and attributes (the imported name the code spells, shell-style patterns) whose value is "
    "untrusted input.",
    example='["mywidgets.ask", "slack_sdk.*.text"]',
    rules=('MR010',),
)
EXTRA_VALIDATED_TYPES = Option(
    "extra-validated-types",
    Strings(),
    default=(),
    doc="Type names (last name) that admit only well-formed values: a typed parameter of a framework "
    "that validates annotations, a request-model field or a CLI option of that type is validated.",
    example='["ModelSlug", "PackId"]',
    rules=('MR010',),
)


def stands_in(shape: Mapping, names: list) -> bool:
    """Does a secret-structure-parameters signature stand in these parameter names: as a
    run, in its order; or, for `any-order` (parameters injected by name, as Slack Bolt
    does), each of its names anywhere among them."""
    signature = shape["signature"]
    if not signature or signature[0] not in names:
        return False  # (most functions: nothing to look at)
    if shape.get("any-order"):
        return all(word in names for word in signature)
    size = len(signature)
    return any(names[i : i + size] == list(signature) for i in range(len(names) - size + 1))


@dataclass(frozen=True)
class DataflowModel:
    """The dataflow vocabulary from rules/shared/dataflow.yaml plus user additions."""

    entrypoint_decorators: frozenset[str]
    request_names: frozenset[str]
    untrusted_calls: frozenset[str]
    untrusted_attributes: frozenset[str]
    validators: tuple[str, ...]
    exiting_calls: frozenset[str]
    exiting_builtins: frozenset[str]
    validating_methods: frozenset[str]
    sanitizers: tuple[str, ...]
    not_sanitizers: frozenset[str]
    secret_calls: tuple[str, ...]  # shell-style patterns
    redactors: tuple[str, ...]
    text_calls: frozenset[str]
    safe_error_attributes: frozenset[str]
    secret_value_fields: frozenset[str]
    log_receivers: tuple[str, ...]  # shell-style patterns
    log_methods: frozenset[str]
    output_calls: frozenset[str]
    response_calls: frozenset[str]
    extra_sinks: Mapping[str, Mapping[str, Optional[int]]] = field(default_factory=dict)
    untrusted_parameters: str = "entrypoints"  # entrypoints | public | all
    # frameworks.FrameworkModel, joined by the dataflow rule (it reads the catalogue's
    # shared frameworks file, which knowledge.py does not hand to from_data).
    frameworks: Any = None
    # The message rules: calls that read or copy a structure, the keywords of an
    # exception or a log call that carry its message, and what makes a logger.
    container_calls: frozenset[str] = frozenset()
    field_read_calls: frozenset[str] = frozenset()
    config_parser_calls: frozenset[str] = frozenset()
    context_object_modules: frozenset[str] = frozenset()
    context_object_decorators: frozenset[str] = frozenset()
    url_builders: frozenset[str] = frozenset()
    url_parsers: frozenset[str] = frozenset()  # if urlsplit(url).password: url carries one
    text_stylers: frozenset[str] = frozenset()
    minting_calls: frozenset[str] = frozenset()
    minting_methods: frozenset[str] = frozenset()  # AccessToken(...).to_jwt()
    token_decoders: frozenset[str] = frozenset()
    field_dump_calls: frozenset[str] = frozenset()
    field_constant_prefixes: frozenset[str] = frozenset()
    message_keywords: frozenset[str] = frozenset()
    log_control_keywords: frozenset[str] = frozenset()
    returned_output_keywords: frozenset[str] = frozenset()  # prompt(default=...): shown and returned
    default_switches: frozenset[str] = frozenset()  # prompt(show_default=False): the default not shown
    positional_default_calls: frozenset[str] = frozenset()  # prompt(text, default): qualified names
    prompt_text_keywords: frozenset[str] = frozenset()  # prompt(text="..."): shown
    setting_readers: frozenset[str] = frozenset()
    response_status_attributes: frozenset[str] = frozenset()
    response_success_attributes: frozenset[str] = frozenset()
    reply_code_fields: frozenset[str] = frozenset()
    reply_error_fields: frozenset[str] = frozenset()
    logger_factories: frozenset[str] = frozenset()
    structure_parameters: tuple = ()  # {signature, parameter, field}
    secret_key_methods: tuple = ()  # {bases, method, position}
    token_providers: tuple[str, ...] = ()  # shell-style patterns
    credential_getters: frozenset[str] = frozenset()  # looked up in imported modules
    # Decorators and registration calls that make a function the handler of an error
    # class (@app.exception_handler(ModelRedError), app.add_exception_handler(E, f)).
    error_handler_decorators: frozenset[str] = frozenset()
    error_handler_registrations: frozenset[str] = frozenset()
    # Records whose printed form shows their fields, and validators of one field.
    record_decorators: frozenset[str] = frozenset()
    record_bases: frozenset[str] = frozenset()
    settings_bases: frozenset[str] = frozenset()
    filled_records: frozenset[str] = frozenset()  # class names (Open WebUI's Valves)
    secret_hiding_types: frozenset[str] = frozenset()
    field_validator_decorators: frozenset[str] = frozenset()
    field_validator_prefixes: tuple[str, ...] = ()
    logger_derivations: frozenset[str] = frozenset()
    non_secret_types: frozenset[str] = frozenset()
    namespace_calls: frozenset[str] = frozenset()
    parser_errors: tuple[str, ...] = ()  # shell-style patterns
    text_token_functions: tuple[str, ...] = ()  # shell-style patterns
    request_credential_fields: Mapping[str, str] = field(default_factory=dict)  # headers: authorization
    web_app_modules: tuple[str, ...] = ()
    # Requests whose errors name their URL (see http-request-methods in dataflow.yaml).
    http_request_methods: frozenset[str] = frozenset()
    method_first_requests: frozenset[str] = frozenset()
    query_key_fields: frozenset[str] = frozenset()  # params={"key": k}: see query-key-fields
    token_url_prefixes: tuple[str, ...] = ()  # f"https://api.telegram.org/bot{t}": see token-url-prefixes
    requested_secret_url_words: frozenset[str] = frozenset()  # requests.post(self.webhook_url): see requested-secret-url-words
    request_builders: frozenset[str] = frozenset()  # urllib.request.Request(url): see request-builders
    token_request_fields: frozenset[str] = frozenset()  # data={"grant_type": ...}: an OAuth token request
    token_exchange_fields: frozenset[str] = frozenset()  # data={"code": ..., "redirect_uri": ...}: all of them
    token_response_fields: tuple[str, ...] = ()  # what its response's JSON holds the tokens at
    token_error_fields: frozenset[str] = frozenset()  # what an error reply holds instead ("error")
    mapping_types: frozenset[str] = frozenset()  # dict, Mapping: what holds fields by name
    sequence_types: frozenset[str] = frozenset()  # list, Sequence: what holds elements in turn
    http_modules: frozenset[str] = frozenset()
    http_client_words: frozenset[str] = frozenset()
    masking_header_clients: tuple[str, ...] = ()  # modules whose printed headers hide masked_headers
    masked_headers: frozenset[str] = frozenset()  # (lowered)
    database_modules: frozenset[str] = frozenset()  # (see request_url_labels)
    # qualified name -> (the keyword that takes the key, its place or None): see query-key-clients
    query_key_clients: Mapping[str, tuple] = field(default_factory=dict)
    chained_clients: frozenset[str] = frozenset()  # (of those: see query-key-clients' chained)
    # qualified name -> (the keyword that takes the key, its place or None, the builder's
    # method that takes it or None): see key-checking-clients
    key_checking_clients: Mapping[str, tuple] = field(default_factory=dict)
    key_checking_setters: frozenset[str] = frozenset()  # (the builders' methods that take the key)
    # The last names of the calls that make a query-key or a key-checking client, the
    # setters among them (what a module's top-level assignment is read ahead for).
    keyed_client_tails: frozenset[str] = frozenset()
    key_checking_calls: frozenset[str] = frozenset()  # last names
    key_checking_attributes: frozenset[str] = frozenset()  # (app.bot: see key-checking-clients)
    key_error_types: tuple[str, ...] = ()  # shell-style patterns (see key-error-types)
    quiet_client_calls: tuple[str, ...] = ()  # shell-style patterns (see quiet-client-calls)
    output_helper_words: frozenset[str] = frozenset()  # first words of an imported output helper's name
    imported_record_words: frozenset[str] = frozenset()  # words of an imported record class's name
    model_input_validators: frozenset[str] = frozenset()  # decorators, by their last name
    url_error_types: tuple[str, ...] = ()  # shell-style patterns
    quiet_url_errors: frozenset[str] = frozenset()  # qualified names
    status_error_modules: frozenset[str] = frozenset()  # (HTTP modules: see status_only_request)
    silent_request_modules: frozenset[str] = frozenset()  # (ditto)
    connection_error_types: frozenset[str] = frozenset()  # qualified names (see read_timeout_types)
    read_timeout_types: frozenset[str] = frozenset()  # after a clause of those: no URL in their text
    secret_hashers: frozenset[str] = frozenset()  # last names
    clear_header_clients: tuple[str, ...] = ()  # modules
    whole_body_calls: frozenset[str] = frozenset()  # last names
    posted_url_words: tuple[str, ...] = ()  # words of a URL that posts where people read
    deferred_calls: Mapping[str, int] = field(default_factory=dict)  # last name: the function's place
    response_attributes: frozenset[str] = frozenset()  # resp.media = ...: what the user is shown
    shown_files: tuple[str, ...] = ()  # a file whose text is shown on a page, by its path's words
    hidden_input_keywords: frozenset[str] = frozenset()  # typer.Option(..., hide_input=True)
    masking_test_words: tuple[str, ...] = ()  # "******" if is_sensitive(name) else value
    masking_commands: tuple[str, ...] = ()  # print(f"::add-mask::{token}"): masked by the runner
    choice_collection_words: frozenset[str] = frozenset()  # if provider_key not in supported_providers
    option_envvar_keywords: frozenset[str] = frozenset()  # click.option("--key", envvar="OPENAI_API_KEY")
    header_parameter_calls: frozenset[str] = frozenset()  # x_partner_key: str = Header(...)
    secret_mapping_calls: tuple[str, ...] = ()  # dotenv_values(): a mapping of secrets, by pattern
    env_read_calls: frozenset[str] = frozenset()  # decouple.config("X"), env.str("X") of environs.Env()
    secret_file_names: tuple[str, ...] = ()  # .env, keys.json: files that hold secrets, by pattern
    masked_url_calls: frozenset[str] = frozenset()  # make_url(dsn): prints `***` for the password
    secret_file_path_names: tuple[str, ...] = ()  # SECRETS_PATH, _find_secrets_file(): such a file's path
    file_reading_calls: frozenset[str] = frozenset()  # read_text(), json.load(fh): what reads a file
    path_argument_calls: frozenset[str] = frozenset()  # from_service_account_file(path): a name handed is a path
    name_argument_calls: tuple[str, ...] = ()  # get_secret*(name): a name handed names a secret (patterns)
    name_argument_keywords: frozenset[str] = frozenset()  # (the keywords that hand it: SecretId=)
    secret_hiding_modules: tuple[str, ...] = ()
    path_calls: frozenset[str] = frozenset()  # last names: Path(...), os.path.expanduser(...)
    path_tests: frozenset[str] = frozenset()  # last names: os.path.isfile(x), Path(x).is_file()

    @functools.cached_property
    def credential_takers(self) -> frozenset[str]:
        """Calls whose first argument is a credential: the secret hashers (by last name:
        hash_token(key)) and the token decoders (by their last two names: jwt.decode(token,
        ...) is handed a presented token)."""
        return self.secret_hashers | frozenset(".".join(d.split(".")[-2:]) for d in self.token_decoders)

    @functools.cached_property
    def raising_tails(self) -> frozenset[str]:
        """The last names of the raising calls (pytest.fail, self.skipTest): what the text
        and the flow scan look for, and what the rules test before resolving a callee."""
        return frozenset(c.rsplit(".", 1)[-1] for c in self.raising_calls)

    @functools.cached_property
    def secret_hiding_prefixes(self) -> tuple[str, ...]:
        return tuple(f"{module}." for module in self.secret_hiding_modules)
    command_calls: frozenset[str] = frozenset()
    password_splat_calls: frozenset[str] = frozenset()
    not_password_connect_modules: frozenset[str] = frozenset()  # websockets.connect(**options)
    raising_calls: frozenset[str] = frozenset()
    assertion_messages: Mapping[str, int] = field(default_factory=dict)  # method: the msg's place

    def sanitizes(self, name: Optional[str]) -> bool:
        """Is a call by this last name a sanitizer's (sanitizers, less not-sanitizers)?"""
        return matches(name, self.sanitizers) and name not in self.not_sanitizers

    def names_output_helper(self, name: str) -> bool:
        """Is a function so named an output helper by its first word (print_banner,
        log_config, showSettings)? See output-helper-words."""
        words = _words_of(name)
        return bool(words) and words[0] in self.output_helper_words

    def url_place(self, name: Optional[str]) -> int:
        """Which positional argument a request method takes its URL at: the second for a
        method-first one (request(method, url), httpx's client.stream("POST", url))."""
        return 1 if name in self.method_first_requests else 0

    def posted_urls(self, name: Optional[str], receiver: Optional[str], args: list, url_keyword=None) -> list:
        """The arguments a call takes its URL at, where it is a request by its names alone:
        a request builder's first two positionals (`Request(url, ...)`, under any receiver),
        a request method's on an HTTP module or a client (`requests.post(url)`,
        `self.session.post(url)`), and `url=` of either. `receiver`: the last name of what
        the method is called on (None for a bare call, which names no module: `dict.get(key)`
        is no request either). `args`: its positional arguments (not splatted ones);
        `url_keyword`: its `url=` argument, if any."""
        words = _words_of(receiver) if receiver else ()
        if name in self.request_builders:
            places = (0, 1)
        elif name in self.http_request_methods and words and (
                receiver in self.http_modules or words[-1] in self.http_client_words):
            places = (self.url_place(name),)
        else:
            return []
        out = [args[at] for at in places if at < len(args)]
        if url_keyword is not None:
            out.append(url_keyword)
        return out

    def names_requested_secret_url(self, name: Optional[str]) -> bool:
        """Is a URL so named, when a request is sent to it, a credential (webhook_url,
        WEBHOOK_URL, webhookUrl)? See requested-secret-url-words."""
        return bool(name) and not self.requested_secret_url_words.isdisjoint(_words_of(name))

    def values_parameter(self, params: list, decorators) -> Optional[str]:
        """The parameter a model-input validator is handed the field values in (`values`
        of `@model_validator(mode="before") def check(cls, values)`), by the names of the
        method's parameters and its decorators' last names; None for any other method, and
        for one handed the instance (`mode="after"`: `self`)."""
        if not self.model_input_validators or not params or params[0] == "self" \
                or self.model_input_validators.isdisjoint(decorators):
            return None
        given = params[1:] if params[0] == "cls" else params
        return given[0] if given else None

    def names_imported_record(self, name: str) -> bool:
        """Is an imported class so named read as a possible record (WorkspaceConfig,
        AwsCredentials)? See imported-record-words."""
        return name[:1].isupper() and not self.imported_record_words.isdisjoint(_words_of(name))

    @functools.cached_property
    def request_words(self) -> frozenset[str]:
        """The last word of a request's name (request, req): `prepared_request` and
        `resp.request` name one too."""
        return frozenset(n.rsplit(".", 1)[-1] for n in self.request_names)

    @classmethod
    def from_data(cls, data: Mapping, options: Mapping[str, Any]) -> "DataflowModel":
        def names(key: str, extra: Optional[Option] = None) -> tuple[str, ...]:
            return tuple(data.get(key, ())) + (tuple(extra.value(options)) if extra else ())

        return cls(
            entrypoint_decorators=frozenset(names("entrypoint-decorators")),
            request_names=frozenset(names("request-names")),
            untrusted_calls=frozenset(names("untrusted-calls")),
            untrusted_attributes=frozenset(names("untrusted-attributes")),
            validators=names("validators", EXTRA_VALIDATORS),
            exiting_calls=frozenset(names("exiting-calls")),
            exiting_builtins=frozenset(names("exiting-builtins")),
            validating_methods=frozenset(names("validating-methods")),
            sanitizers=names("sanitizers", EXTRA_SANITIZERS),
            not_sanitizers=frozenset(names("not-sanitizers")),
            secret_calls=names("secret-calls", EXTRA_SECRET_SOURCES),
            redactors=names("redactors"),
            text_calls=frozenset(names("text-calls")) | frozenset(names("text-stylers")),
            text_stylers=frozenset(names("text-stylers")),
            safe_error_attributes=frozenset(names("safe-error-attributes")),
            secret_value_fields=frozenset(names("secret-value-fields")),
            log_receivers=names("log-receivers"),
            log_methods=frozenset(names("log-methods")),
            output_calls=frozenset(names("output-calls")),
            output_helper_words=frozenset(names("output-helper-words")),
            imported_record_words=frozenset(names("imported-record-words")),
            model_input_validators=frozenset(names("model-input-validators")),
            response_calls=frozenset(names("response-calls")),
            extra_sinks={s["method"]: {p: None for p in s["parameters"]} for s in EXTRA_SINKS.value(options)},
            untrusted_parameters=UNTRUSTED_PARAMETERS.value(options),
            container_calls=frozenset(names("container-calls")),
            field_read_calls=frozenset(names("field-read-calls")),
            config_parser_calls=frozenset(names("config-parser-calls")),
            context_object_modules=frozenset(names("context-object-modules")),
            context_object_decorators=frozenset(names("context-object-decorators")),
            url_builders=frozenset(names("url-builders")),
            url_parsers=frozenset(names("url-parsers")),
            minting_calls=frozenset(names("minting-calls")),
            minting_methods=frozenset(names("minting-methods")),
            token_decoders=frozenset(names("token-decoders")),
            field_dump_calls=frozenset(names("field-dump-calls")),
            field_constant_prefixes=frozenset(names("field-constant-prefixes")),
            message_keywords=frozenset(names("message-keywords")),
            log_control_keywords=frozenset(names("log-control-keywords")),
            returned_output_keywords=frozenset(names("returned-output-keywords")),
            default_switches=frozenset(names("default-switches")),
            positional_default_calls=frozenset(names("positional-default-calls")),
            prompt_text_keywords=frozenset(names("prompt-text-keywords")),
            setting_readers=frozenset(names("setting-readers")),
            response_status_attributes=frozenset(names("response-status-attributes")),
            response_success_attributes=frozenset(names("response-success-attributes")),
            reply_code_fields=frozenset(names("reply-code-fields")),
            reply_error_fields=frozenset(names("reply-error-fields")),
            logger_factories=frozenset(names("logger-factories")),
            structure_parameters=tuple(data.get("secret-structure-parameters", ())),
            secret_key_methods=tuple(data.get("secret-key-methods", ())),
            token_providers=names("token-providers"),
            credential_getters=frozenset(names("credential-getters")),
            error_handler_decorators=frozenset(names("error-handler-decorators")),
            error_handler_registrations=frozenset(names("error-handler-registrations")),
            record_decorators=frozenset(names("record-decorators")),
            record_bases=frozenset(names("record-bases")),
            settings_bases=frozenset(names("settings-bases")),
            filled_records=frozenset(names("filled-records")),
            secret_hiding_types=frozenset(names("secret-hiding-types")),
            field_validator_decorators=frozenset(names("field-validator-decorators")),
            field_validator_prefixes=tuple(names("field-validator-prefixes")),
            logger_derivations=frozenset(names("logger-derivations")),
            non_secret_types=frozenset(names("non-secret-types")),
            namespace_calls=frozenset(names("namespace-calls")),
            parser_errors=names("parser-errors"),
            text_token_functions=names("text-token-functions"),
            request_credential_fields=dict(data.get("request-credential-fields", {})),
            web_app_modules=names("web-app-modules"),
            http_request_methods=frozenset(names("http-request-methods")),
            method_first_requests=frozenset(names("method-first-requests")),
            query_key_fields=frozenset(names("query-key-fields")),
            token_url_prefixes=tuple(names("token-url-prefixes")),
            requested_secret_url_words=frozenset(names("requested-secret-url-words")),
            request_builders=frozenset(names("request-builders")),
            token_request_fields=frozenset(names("token-request-fields")),
            token_exchange_fields=frozenset(names("token-exchange-fields")),
            token_response_fields=tuple(names("token-response-fields")),
            token_error_fields=frozenset(names("token-error-fields")),
            mapping_types=frozenset(names("mapping-types")),
            sequence_types=frozenset(names("sequence-types")),
            http_modules=frozenset(names("http-modules")),
            http_client_words=frozenset(names("http-client-words")),
            masking_header_clients=tuple(names("masking-header-clients")),
            masked_headers=frozenset(n.lower() for n in names("masked-headers")),
            database_modules=frozenset(names("database-modules")),
            query_key_clients={entry["call"]: (entry["keyword"], entry.get("position"))
                               for entry in data.get("query-key-clients", ())},
            chained_clients=frozenset(entry["call"] for entry in data.get("query-key-clients", ()) if entry.get("chained")),
            key_checking_clients={entry["call"]: (entry.get("keyword"), entry.get("position"), entry.get("setter"))
                                  for entry in data.get("key-checking-clients", ())},
            key_checking_setters=frozenset(entry["setter"] for entry in data.get("key-checking-clients", ())
                                           if entry.get("setter")),
            keyed_client_tails=frozenset(
                {entry["call"].rsplit(".", 1)[-1] for key in ("query-key-clients", "key-checking-clients")
                 for entry in data.get(key, ())}
                | {entry["setter"] for entry in data.get("key-checking-clients", ()) if entry.get("setter")}),
            key_checking_calls=frozenset(names("key-checking-calls")),
            key_checking_attributes=frozenset(names("key-checking-attributes")),
            key_error_types=names("key-error-types"),
            quiet_client_calls=names("quiet-client-calls"),
            url_error_types=names("url-error-types"),
            quiet_url_errors=frozenset(names("quiet-url-errors")),
            status_error_modules=frozenset(names("status-error-modules")),
            silent_request_modules=frozenset(names("silent-request-modules")),
            connection_error_types=frozenset(names("connection-error-types")),
            read_timeout_types=frozenset(names("read-timeout-types")),
            secret_hashers=frozenset(names("secret-hashers")),
            clear_header_clients=names("clear-header-clients"),
            whole_body_calls=frozenset(names("whole-body-calls")),
            posted_url_words=names("posted-url-words"),
            deferred_calls=dict(data.get("deferred-calls", {})),
            response_attributes=frozenset(names("response-attributes")),
            shown_files=tuple(n.lower() for n in names("shown-files")),
            hidden_input_keywords=frozenset(names("hidden-input-keywords")),
            option_envvar_keywords=frozenset(names("option-envvar-keywords")),
            header_parameter_calls=frozenset(names("header-parameter-calls")),
            masking_test_words=tuple(names("masking-test-words")),
            masking_commands=tuple(names("masking-commands")),
            choice_collection_words=frozenset(names("choice-collection-words")),
            secret_mapping_calls=names("secret-mapping-calls"),
            env_read_calls=frozenset(names("env-read-calls")),
            secret_file_names=names("secret-file-names"),
            secret_file_path_names=names("secret-file-path-names"),
            masked_url_calls=frozenset(names("masked-url-calls")),
            file_reading_calls=frozenset(names("file-reading-calls")),
            path_argument_calls=frozenset(names("path-argument-calls")),
            name_argument_calls=tuple(names("name-argument-calls")),
            name_argument_keywords=frozenset(names("name-argument-keywords")),
            secret_hiding_modules=names("secret-hiding-modules"),
            command_calls=frozenset(names("command-calls")),
            password_splat_calls=frozenset(names("password-splat-calls")),
            not_password_connect_modules=frozenset(names("not-password-connect-modules")),
            raising_calls=frozenset(names("raising-calls")),
            assertion_messages=dict(data.get("assertion-messages", {})),
            path_calls=frozenset(names("path-calls")),
            path_tests=frozenset(names("path-tests")),
        )


def reads_key_header(vocab, parameter: str, alias: Optional[str]) -> bool:
    """Does a parameter read from an HTTP header (header-parameter-calls) read a key's
    header? FastAPI names the header after the parameter, underscores as dashes, unless
    alias= names it."""
    return vocab.names_a_key_header(alias if alias else parameter.replace("_", "-"))


def names_secret_file(path: str, patterns: Iterable[str]) -> bool:
    """Does a literal path's last part name a file that holds secrets (secret-file-names)?"""
    if not path or len(path) > 300 or "\n" in path:
        return False
    last = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].lower()
    # (.env.example, secrets.yaml.template: a sample of one, which holds no secret)
    return bool(last) and matches(last, patterns) and last.rsplit(".", 1)[-1] not in _SAMPLE_SUFFIXES


def names_secret_file_path(name: Optional[str], patterns: Iterable[str]) -> bool:
    """Does a variable's, attribute's or function's last name say it holds (or returns)
    the path of a file of secrets (secret-file-path-names: SECRETS_PATH, find_secrets)?"""
    return bool(name) and matches(name.lower(), patterns)


_SAMPLE_SUFFIXES = frozenset({"example", "sample", "template", "tmpl", "tpl", "dist", "default", "defaults", "bak"})


def matches(name: Optional[str], patterns: Iterable[str]) -> bool:
    """Does a function's last name match one of these shell-style patterns?"""
    if not name:
        return False
    key = patterns if type(patterns) is tuple or type(patterns) is frozenset else tuple(patterns)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        if len(_MATCHERS) > 256:
            _MATCHERS.clear()
        matcher = _MATCHERS[key] = _Matcher(key)
    return matcher(name)


@functools.lru_cache(maxsize=1 << 16)
def _words_of(name: str) -> tuple[str, ...]:
    """A name's words (keyscan.name_words), kept: the flow scan asks of every call."""
    from modelred_lint.keyscan import name_words

    return name_words(name)


class _Matcher:
    """One list of patterns, as a test of names: its plain names looked up in a set, its
    globs tried in turn, and each name's answer kept (the same call names come back in
    every file; a name seen once, a path's last part, is not worth a slot in a cache
    the others share). Bounded."""

    __slots__ = ("plain", "globs", "seen")

    def __init__(self, patterns) -> None:
        self.plain = frozenset(p for p in patterns if not any(c in p for c in "*?["))
        self.globs = tuple(star_glob(p) for p in patterns if p not in self.plain)
        self.seen: dict[str, bool] = {}

    def __call__(self, name: str) -> bool:
        seen = self.seen
        found = seen.get(name)
        if found is None:
            found = name in self.plain or any(test(name) for test in self.globs)
            if len(seen) > 50_000:
                seen.clear()
            seen[name] = found
        return found


_MATCHERS: dict = {}
