"""The message rules' side of the dataflow rules (MR020 secret-in-exception, MR021
secret-in-log, MR022 sdk-error-exposed): where a message is built and sent, which of its
parts carry a secret or an SDK error's text, and the fix that takes them out.

Only the parts of a call that become its message are read: an exception's positional
arguments and message keywords (`detail=`, `message=`), not `status_code=` or
`entity_id=`; a log call's format string and arguments, not `exc_info=` or `extra=`.
"""

from __future__ import annotations

import builtins
import re
from dataclasses import replace
from typing import Iterator, Optional

from modelred_lint.exception_classes import str_hides_base
from modelred_lint.dataflow import EMPTY, MAYBE_SECRET, SDK_ERROR, SECRET, SECRETS, Env, Label, kinds
from modelred_lint.dataflow.expressions import DISPLAYS, NAMED_PLACEHOLDER, TOKEN_RESPONSE
from modelred_lint.dataflow.labels import (
    ANY_FIELD, COMMAND_ERROR, KEY_ERROR, KEYED_CLIENTS, KEYS, QUOTING_ERRORS, QUOTING_REMEDIES, QUOTING_SHOWN, URL_ERROR, WHOLE,
    field_of, reads_of_parameter,
)
from modelred_lint.flow_model import matches, stands_in
from modelred_lint.keyscan import name_words
from modelred_lint.lazy import cst
from modelred_lint.names import described_holes, dotted_name, expression_words, is_string_literal, last_name, literal_value, words_say_secret
from modelred_lint.node_walk import descendants
from modelred_lint.rule import FixSpec
from modelred_lint.sink_text import EXCEPTION_ENDINGS
from modelred_lint.secret_records import holds_no_secret

REDACTED = "[REDACTED]"
# A name written as a literal: a field's, an option's, a sort key's (linear: one class and
# a bounded run).
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.:-]{0,39}")
# Calls that only reshape the text they are given (the secret's place in it is kept).
# (and the text-stylers of rules/shared/dataflow.yaml: self.style.SUCCESS(...),
# click.style(..., fg="red"), whose keywords say how it looks)
_TEXT_WRAPPERS = frozenset({"dedent", "indent", "str"})
# The places a helper writes one parameter into messages at, kept per summary (each is
# reported for a caller that hands it a secret): bounded, as a generated module may have many.
_PLACES_HELD = 32


# The errors whose text a re-raised error's message carries on (a URL's, a command line's,
# a refused key's).
_RAISED_QUOTING = (URL_ERROR, COMMAND_ERROR, KEY_ERROR)
# Calls that print the traceback of the error being handled.
_TRACEBACK_PRINTERS = frozenset({"traceback.print_exc", "traceback.print_exception"})


class MessageSinks:
    """Mixed into the sink interpreter: reports MR020-MR022 where messages are sent."""

    def check_message_sinks(self, node: cst.Call, name, env: Env) -> None:
        if self._is_log_call(node, name):
            message = self._log_message(node, env)
            self._check_text(node, message, env, "MR021", SECRET)
            if getattr(self, "caught_texts", None) and self._writes_traceback(node, name):
                self._check_traceback(node, message, env)
        elif getattr(self, "caught_texts", None) and self.names.qualname(node.func) in _TRACEBACK_PRINTERS:
            self._check_traceback(node, [], env)  # traceback.print_exc() in the clause
        elif type(node.func) is cst.Name:
            # (for what this call fixes of its flag parameters: say(msg, quiet=True) writes
            # nothing where only `if not quiet:` writes; see dataflow/flags.py)
            for_call = getattr(self.summaries, "for_call", None)
            summary = for_call(node.func.value, node) if for_call is not None else self.summaries.get(node.func.value)
            if summary is None and hasattr(self.rule, "imported_helper") and self.model.names_output_helper(node.func.value) \
                    and any(l.kind in SECRETS for arg in node.args for l in self.labels(arg.value, env)):
                # print_banner(lines), imported: read in its module where something handed to
                # it holds a secret (a module parsed only then)
                summary = self.rule.imported_helper(node.func.value)
            if summary is not None and summary.messages:
                self._check_wrapper(node, summary, env)
            if summary is not None and summary.field_messages:
                self._check_field_wrapper(node, summary, env)
        elif self.except_depth and type(node.func) is cst.Attribute and type(node.func.value) is cst.Name \
                and self.rule.enabled("MR022"):
            # tickets.comment(key, f"scan failed: {e}"), self.post(...): a method of the
            # module's classes that sends that parameter to a page or a chat (an SDK error's
            # text handed to it is answered; only in an except clause, where such text is)
            summary = self.rule.receiver_summary(node.func.value.value, node.func.attr.value, node)
            if summary is not None and summary.messages:
                self._check_answering_method(node, summary, env)
        if type(node.func) is cst.Attribute and type(node.func.value) is cst.Name and node.func.value.value == "self" \
                and not self._is_log_call(node, name):
            # self._get(url, {"api_key": self._api_key}) where _get logs the error of a
            # request made with that parameter: a method of the class as a wrapper sink
            method = self.rule.own_method(node.func.attr.value)
            summary = self.rule.method_summary(node.func.attr.value, node) if method is not None else None
            if summary is not None and summary.messages:
                self._check_wrapper(node, summary, env, method)
            elif method is None and hasattr(self.rule, "inherited_helper") \
                    and self.model.names_output_helper(node.func.attr.value) \
                    and any(l.kind in SECRETS for arg in node.args for l in self.labels(arg.value, env)):
                # self._log_error(msg, e) of `class SlackSender(BaseSender)`, the base imported:
                # read in its module where something handed to it holds a secret
                summary = self.rule.inherited_helper(node.func.attr.value)
                if summary is not None and summary.messages:
                    self._check_wrapper(node, summary, env, inherited=True)
        if type(node.func) in (cst.Name, cst.Attribute) and (self.names.qualname(node.func) in self.model.raising_calls or (
                name in self.model.raising_tails and dotted_name(node.func) in self.model.raising_calls)):
            # pytest.fail(f"bad key {api_key}"), self.fail(...) of a TestCase: raised with that message
            self._check_text(node, [a.value for a in node.args if a.keyword is None or a.keyword.value in ("reason", "msg")],
                             env, "MR020", SECRET)
        elif type(node.func) is cst.Attribute and name in self.model.assertion_messages \
                and type(node.func.value) is cst.Name and node.func.value.value == "self":
            # self.assertEqual(len(key), 39, f"bad key {key}"): a failed assertion raises with its msg
            self._check_text(node, assertion_message(node, self.model.assertion_messages[name]), env, "MR020", SECRET)
        if self._built_exception(node):
            # errors.append(ValueError(f"bad key {key}")), raised later in an ExceptionGroup;
            # err = AuthError(f"..."); raise err: an error made with the message it shows
            self._check_text(node, self._exception_message(node), env, "MR020", SECRET)
        if name == "__init__" and self._initialises_exception(node):
            # class AuthError(Exception): def __init__(self, api_key): super().__init__(
            # f"key {api_key} rejected"): the message every raise of it shows
            self._check_text(node, [a.value for a in node.args if a.keyword is None], env, "MR020", SECRET)
        # (Anywhere, not only in an except clause: an SDK error kept in a name, `last = e`,
        # is shown after the loop that caught it just the same.)
        if self.answers_caller(node.func, name):
            # (jsonify(error=..., trace=...): every keyword is a field of the answer)
            parts = [a.value for a in node.args] if name in self.model.whole_body_calls else self._exception_message(node)
            self._check_text(node, parts, env, "MR022", SDK_ERROR)
        elif self._posts_to_webhook(node, name):
            self._check_text(node, self._webhook_body(node), env, "MR022", SDK_ERROR)
        elif name in self.model.deferred_calls:
            # root.after(0, messagebox.showerror, "Scan", f"failed: {e}"): called later with
            # the arguments after it
            at = self.model.deferred_calls[name]
            positional = [a for a in node.args if a.keyword is None and not a.star]
            handed = positional[at].value if len(positional) > at else None
            if type(handed) in (cst.Name, cst.Attribute) and self.answers_caller(handed, last_name(handed)):
                self._check_text(node, [a.value for a in positional[at + 1:]], env, "MR022", SDK_ERROR)

    def _posts_to_webhook(self, node: cst.Call, name) -> bool:
        """requests.post(SLACK_WEBHOOK, json={"text": ...}): a request to a chat's incoming
        webhook (its URL's name or text says webhook) posts its body to the channel; one
        to an issue's comments (f"{api}/repos/{repo}/issues/{pr}/comments") to the page
        (posted-url-words)."""
        if not MessageSinks._sends_request(self, name) or not node.args or node.args[0].keyword is not None:
            return False
        url = node.args[0].value
        if type(url) is cst.Name:
            url = self.bound_value(url.value) or url  # url = f"{api}/issues/{pr}/comments", url = os.environ[WEBHOOK_ENV]
        text = " ".join(expression_words(url)).lower()
        return any(word in text for word in self.model.posted_url_words)

    def _sends_request(self, name) -> bool:
        """An HTTP request's method (requests.post), or a request made to be sent
        (urllib.request.Request(url, data=..., method="POST"), requests.Request(...))."""
        return name in self.model.http_request_methods or name in _REQUEST_CLASSES

    @staticmethod
    def _webhook_body(node: cst.Call) -> list:
        return [a.value for a in node.args if a.keyword is not None and a.keyword.value in ("json", "data", "content")]

    def bind(self, target, labels: frozenset, env: Env, value) -> None:
        super().bind(target, labels, env, value)
        if type(target) is cst.Name:
            # adapter = logging.LoggerAdapter(log, {...}), bound = log.bind(user=u): a
            # logger made in the function (the names pass reads its bindings only later)
            made = value.expression if type(value) is cst.Await else value
            if type(made) is cst.Call and self._makes_logger(made):
                self.local_loggers.add(target.value)
            else:
                self.local_loggers.discard(target.value)
            # valid_keys = {"name": Model.name, ...}: what the name stands for, read only
            # where it is tested against (_lists_plain_names)
            self.bound_values[target.value] = value
        # resp.media = {"error": str(e)}, pane.object = f"**Error:** {e}": shown to the user
        if type(target) is cst.Attribute and target.attr.value in self.model.response_attributes \
                and value is not None and type(value) is not cst.Name and not getattr(self, "quiet", 0) \
                and not (type(target.value) is cst.Name and target.value.value == "self") and kinds(labels, SDK_ERROR):
            self._report_text("MR022", value, env, SDK_ERROR, "shown to the user", objects=False)

    def _initialises_exception(self, node: cst.Call) -> bool:
        """`super().__init__(...)` (or `Exception.__init__(self, ...)`) in a class whose
        base is an exception by its name (an Error, an Exception, a Warning)."""
        func = node.func
        if not isinstance(func, cst.Attribute):
            return False
        owner = func.value
        if not (isinstance(owner, cst.Call) and last_name(owner.func) == "super") and not names_an_exception(owner):
            return False
        classes = getattr(self.rule, "class_nodes", None)
        return bool(classes) and any(names_an_exception(base.value) for base in classes[-1].bases) \
            and not str_hides_base(classes[-1])

    # -- where messages go ----------------------------------------------------------------
    def _writes_traceback(self, node: cst.Call, name) -> bool:
        """log.exception(...), or a log call given exc_info (not False or None): the
        record carries the caught error's traceback, whose last line is its text."""
        if name == "exception" and type(node.func) is cst.Attribute:
            return True
        info = next((a.value for a in node.args if a.keyword is not None and a.keyword.value == "exc_info"), None)
        return info is not None and not (type(info) is cst.Name and info.value in ("False", "None")) \
            and not (type(info) is cst.Integer and info.value == "0")

    def _check_traceback(self, node: cst.Call, message: list, env: Env) -> None:
        """The traceback of the error the innermost except clause caught, written by a
        log record or printed: where that error's text quotes a keyed URL (or a command
        line), the secret is written with it. Not where the message itself already
        shows it (reported there)."""
        caught = [l for l in self.caught_texts[-1] if l.kind is SECRET and l.what.startswith(_RAISED_QUOTING)]
        if not caught or any(l.kind in SECRETS for part in message for l in self.labels(part, env)):
            return
        label = min(caught, key=lambda l: l.what)
        quoting = next(prefix for prefix in _RAISED_QUOTING if label.what.startswith(prefix))
        remedy = QUOTING_REMEDIES[quoting]
        self.rule.emit(
            "MR021", node,
            f"This call writes the traceback of the caught error, whose last line is its text: the error is "
            f"{label.what}, and {QUOTING_ERRORS[quoting]}; log {QUOTING_SHOWN[quoting]} without the "
            f"traceback, or {remedy}",
            None, self, related=_origin(label, node))

    def _is_log_call(self, node: cst.Call, name) -> bool:
        func = node.func
        outputs = self.model.output_calls
        if dotted_name(func) in outputs or (type(func) in (cst.Name, cst.Attribute) and self.names.qualname(func) in outputs):
            return True  # print(...), sys.exit(...), and the same imported otherwise (from sys import exit)
        if type(func) is not cst.Attribute or name not in self.model.log_methods:
            return False
        return MessageSinks._is_logger(self, func.value, 0)

    def _makes_logger(self, call: cst.Call) -> bool:
        func = call.func
        qualname = self.names.qualname(func)
        if qualname in self.model.logger_factories or (
                type(func) is cst.Name and MessageSinks._logger_class(self, func.value)):
            return True
        return type(func) is cst.Attribute and func.attr.value in self.model.logger_derivations \
            and MessageSinks._is_logger(self, func.value, 1)

    def _logger_class(self, name: str) -> bool:
        """A class of the module made from a logger factory's class
        (`class ContextAdapter(logging.LoggerAdapter)`): what calling it makes logs."""
        node = getattr(getattr(self, "rule", None), "_classes", {}).get(name)
        return node is not None and any(
            base.keyword is None and self.names.qualname(base.value) in self.model.logger_factories for base in node.bases)

    def _is_logger(self, receiver, depth: int) -> bool:
        if matches(last_name(receiver), self.model.log_receivers):
            return True
        if type(receiver) is cst.Name and receiver.value in getattr(self, "local_loggers", ()):
            return True
        factories = self.model.logger_factories
        if self.names.qualname(receiver) in factories:  # from loguru import logger
            return True
        if type(receiver) is cst.Call and dotted_name(receiver.func) in factories:
            return True  # self.get_logger().info(...): a ROS 2 node's logger
        derivations = self.model.logger_derivations
        if isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Attribute) and depth < 4 \
                and receiver.func.attr.value in derivations:
            # logger.opt(exception=True).info(...), log.bind(user=u).info(...)
            return MessageSinks._is_logger(self, receiver.func.value, depth + 1)
        binding = self.names.binding_of(receiver)  # access_log = logging.getLogger("access")
        if binding.kind == "call" and (binding.qualname in factories or (
                type(binding.node) is cst.Call and type(binding.node.func) is cst.Name
                and MessageSinks._logger_class(self, binding.node.func.value))):
            return True
        # log = structlog.get_logger().bind(service="x"): a logger made from a logger
        node = binding.node if binding.kind == "call" else None
        return isinstance(node, cst.Call) and depth < 4 and isinstance(node.func, cst.Attribute) \
            and node.func.attr.value in derivations and MessageSinks._is_logger(self, node.func.value, depth + 1)

    def _check_wrapper(self, call: cst.Call, summary, env: Env, method=None, inherited: bool = False) -> None:
        """`log_error(f"bad key {api_key}")` where log_error writes its parameter into a
        log call or an exception of its own: the argument is in that message. `method`:
        the class's own method `self.name(...)` calls (its index 0 is `self`, which the
        call does not pass; MR022's answering methods are _check_answering_method's);
        `inherited`: a method of a base class of another module, `self` first too, whose
        messages are reported at the call (see _report_in_wrapper)."""
        positional = [a for a in call.args if a.keyword is None and not a.star]
        wrapper = method if method is not None else \
            None if inherited else self.summaries.functions.get(call.func.value)
        if method is not None or inherited:
            positional = [None, *positional]
        # What the wrapper reports itself (read once, for every parameter asked about): the
        # names it uses as a secret, and those that hold one by the signature they stand
        # in (a logging callback's `kwargs`)
        own: Optional[frozenset] = None
        for index, code in sorted(summary.messages):
            if (method is not None or inherited) and (index == 0 or code == "MR022"):
                continue
            structures = (index, code) in summary.whole_messages
            if summary.star is not None and index == summary.star[0]:
                # debug("key %s", k) where debug(msg, *args) logs args: each positional
                # argument past the parameters (not a *args named like a secret: reported
                # inside)
                if not self.vocab.is_secret_name(summary.star[1]):
                    for arg in positional[summary.star[2]:]:
                        if arg is not None:
                            self._report_in_wrapper(call, summary, index, code, summary.star[1], arg.value, env,
                                                    structures, method, inherited)
                continue
            if summary.kwarg is not None and index == summary.kwarg[0]:
                # audit("issued", owner=o, key=k) where audit(event, **fields) logs fields
                if self.vocab.is_secret_name(summary.kwarg[1]):
                    continue  # (a **credentials parameter: reported inside)
                for arg in call.args:
                    if arg.keyword is not None and arg.keyword.value not in summary.params:
                        self._report_in_wrapper(call, summary, index, code, summary.kwarg[1], arg.value, env, structures,
                                                method, inherited)
                continue
            name = summary.params[index] if index < len(summary.params) else None
            # (a parameter named for what describes a secret, _validate_name(n), is handed a
            # name, not a secret; but one the wrapper shows whole, dump(cfg), still shows
            # the secret a structure handed to it holds at a field)
            describing = name is not None and self.vocab.names_a_description(name)
            if name is None or (self.vocab.is_secret_name(name) and not self._typed_clean(wrapper, name)) \
                    or (describing and not (structures and self.vocab.names_a_configuration(name))):
                continue  # reported inside the wrapper; or a name, not a secret (_validate_name(n))
            if wrapper is not None:
                if own is None:
                    own = self.rule.wrapper_secret_uses(wrapper) | _structure_parameters(self.model, wrapper, self.names)
                if name in own or self.rule.holds_a_record(wrapper, name):
                    continue  # reported inside the wrapper
            arg = positional[index] if index < len(positional) else next(
                (a for a in call.args if a.keyword is not None and a.keyword.value == name), None
            )
            if arg is not None and describing and not any(
                    label.path for _, _, label in self.witnesses(arg.value, env, SECRET)):
                continue
            if arg is not None:
                # (a wrapper that shows one field of it, `rules.get(key)`: not a
                # structure's secret at another field)
                self._report_in_wrapper(call, summary, index, code, name, arg.value, env, structures, method, inherited)

    def _check_field_wrapper(self, call: cst.Call, summary, env: Env) -> None:
        """show(cfg) where show logs cfg["llm"]: a caller's argument that holds a secret at
        that field has it written there (reported in the wrapper, as _report_in_wrapper
        does; a parameter named like a secret is reported inside the wrapper)."""
        wrapper = self.summaries.functions.get(call.func.value)
        if wrapper is None:
            return
        positional = [a for a in call.args if a.keyword is None and not a.star]
        for (index, code, fields), (node, statement) in sorted(summary.field_messages.items(), key=lambda i: i[0]):
            name = summary.params[index] if index < len(summary.params) else None
            if name is None or self.vocab.is_secret_name(name):
                continue
            arg = positional[index] if index < len(positional) else next(
                (a for a in call.args if a.keyword is not None and a.keyword.value == name), None)
            if arg is None:
                continue
            held = self.labels(arg.value, env)
            for field in fields:
                held = field_of(held, field)
            found = kinds(held, SECRET)
            if not found:
                continue
            shown = dotted_name(arg.value)
            read = "".join(f"[{field!r}]" for field in fields)
            what = f"`{shown}{read}`" if shown else found[0].what
            where = "an exception message" if code == "MR020" else "log or console output"
            message = (f"A secret ({what}, passed to `{call.func.value}()`) is written into {where} here, "
                       f"through its parameter `{name}`: it ends up in logs, tracebacks and error reports; "
                       f"write the fields that are needed without the value")
            self.rule.emit(code, node, message, None, None, place=(statement, wrapper),
                           related=((arg.value, self.top, f"`{shown or name}` is passed to `{call.func.value}()` here"),))

    def _check_answering_method(self, call: cst.Call, summary, env: Env) -> None:
        """An SDK error's text handed to a method whose summary answers that parameter
        (MR022 only: its index counts `self`, which the call does not pass)."""
        positional = [a for a in call.args if a.keyword is None and not a.star]
        for index, code in sorted(summary.messages):
            if code != "MR022" or index == 0 or index >= len(summary.params):
                continue
            name = summary.params[index]
            arg = positional[index - 1] if index - 1 < len(positional) else next(
                (a for a in call.args if a.keyword is not None and a.keyword.value == name), None)
            if arg is not None:
                self._report_text(code, arg.value, env, SDK_ERROR, None,
                                  structures=(index, code) in summary.whole_messages)

    def _report_in_wrapper(self, call: cst.Call, summary, index: int, code: str, param: str, expr, env: Env,
                           structures: bool, method=None, inherited: bool = False) -> None:
        """A secret handed as data to a wrapper that writes that parameter into a message
        (call_with_logging(fn, api_key=key), which logs its kwargs): the finding stands
        where the message is written, in the wrapper (that line is the leak, the same for
        every caller that hands it a secret), and names the call that passes it. No fix:
        the wrapper also writes what other callers hand it. A message the caller makes
        with the secret (_fail(f"bad key {key}")) is the caller's: at the call, with its
        fix; so is a wrapper that is no module-level function or method of the class, or no
        place known."""
        if code == "MR022":
            # post(f"failed: {e}"): the SDK error's text the caller hands on, answered by
            # the helper; reported at the call, with its fix (type(e).__name__)
            self._report_text(code, expr, env, SDK_ERROR, None, structures=structures)
            return
        places = (summary.message_places or {}).get((index, code))
        quoting = next((q for i, c, q in sorted(summary.quoting_messages) if i == index and c == code), None)
        if quoting is not None:
            self._report_quoting_wrapper(call, summary, index, code, param, expr, env, places, method, quoting)
            return
        # The top-level statement the message is written in: the module function's own, or
        # for the class's own method the caller's (the same class)
        if method is not None:
            wrapper = self.top
        else:
            wrapper = self.summaries.functions.get(call.func.value) if isinstance(call.func, cst.Name) else None
        # A name that is a secret's only where the message says so (`os.getenv(key_name)`)
        # counts where the call's own texts, which the wrapper writes beside it, say so
        # (prompt("Enter your API key value: ", default=os.getenv(key_name, ""))).
        kind = SECRET if any(True for _ in self.witnesses(expr, env, SECRET)) \
            or not self._words_say_secret([a.value for a in call.args if a.value is not expr]) else MAYBE_SECRET
        if not places or wrapper is None or _makes_text(expr):
            # (no fix for a value handed whole to a helper of another module: a text in
            # its place could change what the helper does with it)
            imported = inherited or (
                method is None and isinstance(call.func, cst.Name) and call.func.value not in self.summaries)
            # (nor where the wrapper also makes a request of what it is handed: the caller's
            # text is a URL the request needs whole, not only a message)
            requested = index in summary.url_error_params or any(i == index for i, _ in summary.requested_messages)
            self._report_text(code, expr, env, kind, None, structures=structures,
                              fixable=(not imported or _makes_text(expr)) and not requested,
                              through=f"`{dotted_name(call.func)}()`" if imported else None)
            return
        found = [f for f in self.witnesses(expr, env, kind) if structures or not f[2].path]
        if not found:
            return
        witness, _, label = found[0]
        shown = dotted_name(_shown_expression(witness))
        what = f"`{shown}`" if shown else label.what
        where = "an exception message" if code == "MR020" else "log or console output"
        callee = dotted_name(call.func)
        message = (f"A secret ({what}, passed to `{callee}()`) is written into {where} here, through "
                   f"its parameter `{param}`: it ends up in logs, tracebacks and error reports; pass what is "
                   f"needed without the value")
        for node, statement in places:
            self.rule.emit(code, node, message, None, None, place=(statement, wrapper),
                           related=((witness, self.top, f"{what} is passed to `{callee}()` here"),))

    def _typed_clean(self, wrapper, name: str) -> bool:
        """Is the wrapper's parameter annotated with a type that holds no secret
        (credentials: Path)? Not reported inside it then, whatever its name: a caller that
        hands it a secret anyway is reported here."""
        if wrapper is None:
            return False
        params = wrapper.params
        param = next((p for p in (*params.posonly_params, *params.params, *params.kwonly_params)
                      if p.name.value == name), None)
        return param is not None and param.annotation is not None \
            and holds_no_secret(param.annotation.annotation, self.model)

    def _report_quoting_wrapper(self, call: cst.Call, summary, index: int, code: str, param: str, expr, env: Env,
                                places, method, quoting: str) -> None:
        """fetch(f"https://...?key={key}") where fetch catches its request's error and
        writes the error's text into a message: what the caller hands is a URL (or a
        command), not a message, so the leak is the wrapper's message, reported there, and
        the caller's text keeps the secret it needs (no fix: the URL must still carry
        it; the wrapper's error text is for the wrapper to stop writing). Reported at the
        call, still without a fix, where the wrapper's place is not known."""
        # (at any field: a query's params={"appid": key} is the URL's too)
        found = list(self.witnesses(expr, env, SECRET))
        keyed = self.keyed_response(expr) if not found else None
        if keyed is not None:
            # check(resp) of a response to a keyed request: the secret its URL carried
            witness, what = expr, next((keyed.what[len(p):] for p in QUOTING_ERRORS if keyed.what.startswith(p)),
                                       keyed.what)
        elif not found:
            return
        else:
            witness, _, label = min(found, key=lambda f: len(f[2].path))
            shown = dotted_name(_shown_expression(witness))
            # (a structure's name says less than the secret it holds: `OPEN_WEATHER_API_KEY`, not `params`)
            what = f"`{shown}`" if shown and not label.path else label.what
        callee = dotted_name(call.func) or "the callee"
        where = "an exception message" if code == "MR020" else "log or console output"
        remedy = QUOTING_REMEDIES[quoting]
        shown_instead = QUOTING_SHOWN[quoting]
        handed = f"{what}, handed to `{callee}()` as its parameter `{param}`" if keyed is None else \
            f"{what} (its response handed to `{callee}()` as its parameter `{param}`)"
        passed = f"{what} is passed to `{callee}()` here" if keyed is None else \
            f"the response to a request whose URL carries {what} is passed to `{callee}()` here"
        wrapper = self.top if method is not None else \
            self.summaries.functions.get(call.func.value) if isinstance(call.func, cst.Name) else None
        if places and wrapper is not None:
            message = (f"The text written into {where} here is {quoting}{handed}: {QUOTING_ERRORS[quoting]}; "
                       f"show {shown_instead}, or {remedy}")
            for node, statement in places:
                self.rule.emit(code, node, message, None, None, place=(statement, wrapper),
                               related=((witness, self.top, passed),))
            return
        message = (f"`{callee}()` writes into {where} the text of {quoting}{handed}: {QUOTING_ERRORS[quoting]}; "
                   f"{remedy}, or have `{callee}()` show {shown_instead}")
        self.rule.emit(code, expr, message, None, self)

    def _prompt_default(self, call: cst.Call) -> Optional[cst.Arg]:
        """The default a prompt shows and gives back (positional-default-calls: by keyword
        or second in its place), if it is given one."""
        keyword = next((a for a in call.args if a.keyword is not None
                        and a.keyword.value in self.model.returned_output_keywords), None)
        if keyword is not None or self.names.qualname(call.func) not in self.model.positional_default_calls:
            return keyword
        return call.args[1] if len(call.args) > 1 and call.args[1].keyword is None else None

    def _log_message(self, call: cst.Call, env: Env) -> list:
        if self.names.qualname(call.func) in self.model.positional_default_calls:
            # click's prompt("API key", existing, hide_input=True): its text and its default,
            # and nothing else it is given; the text alone with show_default=False (or a
            # text to show in the default's place, show_default="saved")
            shown = not any(a.keyword is not None and a.keyword.value in self.model.default_switches and (
                (type(a.value) is cst.Name and a.value.value == "False") or type(a.value) is cst.SimpleString)
                for a in call.args)
            default = self._prompt_default(call) if shown else None
            return [a.value for i, a in enumerate(call.args) if a is default or (a.keyword is None and i == 0)
                    or (a.keyword is not None and a.keyword.value in self.model.prompt_text_keywords)]
        parts = [a.value for a in call.args if a.keyword is None or a.keyword.value not in self.model.log_control_keywords]
        if len(parts) == 2 and type(parts[0]) is cst.SimpleString and "%(" in parts[0].value:
            # log.info("budget %(token_budget)d", settings): the mapping's named fields
            # are written, not the mapping (a secret at another field stays out)
            fields = NAMED_PLACEHOLDER.findall(parts[0].value)
            held = self.labels(parts[1], env)
            if fields and not any(l.kind in SECRETS and reads_of_parameter(l) is None for f in fields for l in field_of(held, f)) \
                    and not self._names_secret_field(fields, held):
                parts = parts[:1]
        # structlog's log.bind(token=t).debug("event"), loguru's logger.bind(key=k).info(...):
        # the bound values are written with the event.
        receiver, depth = call.func.value if isinstance(call.func, cst.Attribute) else None, 0
        while isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Attribute) and depth < 4 \
                and receiver.func.attr.value in self.model.logger_derivations:
            parts += [a.value for a in receiver.args if a.keyword is not None]
            receiver, depth = receiver.func.value, depth + 1
        return parts

    def _names_secret_field(self, fields, held) -> bool:
        """`log.debug("%(aws_secret_access_key)s", creds)` of creds = json.loads(secret):
        a field named like a secret, of a value that is a secret whole (its parts are the
        secret's), as creds["aws_secret_access_key"] would read."""
        return any(l.kind in SECRETS and not l.path and l.param is None for l in held) \
            and any(self.vocab.is_secret_name(f, strict=True) for f in fields)

    def _exception_message(self, call: cst.Call) -> list:
        keywords = self.model.message_keywords
        shown = self.rule.exception_message_parameters(call.func) if isinstance(call.func, cst.Name) else None
        # (a class of this module is reported in its own __init__ where it shows a parameter
        # named like a secret; one imported from beside it, here: that module may not be
        # linted with this one)
        local = shown is not None and self.rule.is_module_class(call.func.value)
        parts, position = [], 0
        for arg in call.args:
            keyword = arg.keyword.value if arg.keyword is not None else None
            if shown is not None and not arg.star:
                # A class that shows only some of its arguments; one of this module that
                # shows a parameter named like a secret is reported in its __init__
                # (InvalidKeyError(provider, api_key): super().__init__(f"... {api_key}")).
                place = position if keyword is None else None
                parameter = shown.parameter(place, keyword)
                if shown.keeps(place, keyword) and not (local and parameter and self.vocab.is_secret_name(parameter)):
                    parts.append(arg.value)
            elif keyword is None or keyword in keywords:
                parts.append(arg.value)
            position += keyword is None
        return parts

    def _built_exception(self, call: cst.Call) -> bool:
        """An exception class called outside a `raise` (whose own call on_raise reads):
        a class whose name says it is an error (ValueError, AuthError, HTTPException,
        UserWarning)."""
        return type(call.func) in (cst.Name, cst.Attribute) and names_an_exception(call.func) \
            and MessageSinks._builds_exception(call) and id(call) not in self.__dict__.get("raised_calls", ()) \
            and not self._is_log_call(call, last_name(call.func))  # (gr.Warning(...): a toast, MR021's)

    @staticmethod
    def _builds_exception(call: cst.Call) -> bool:
        """`raise ValueError(...)`, `raise errors.AuthError(...)`: a class is called.
        `raise self.retry(exc=exc)` hands the error to a helper; its text is not shown."""
        name = last_name(call.func) or ""
        return name[:1].isupper()

    # -- MR020 / MR022 ------------------------------------------------------------------
    def on_raise(self, node: cst.Raise, env: Env) -> None:
        exc = node.exc
        self.__dict__.setdefault("raised_calls", set()).add(id(exc))  # (its message is read here, not as _built_exception's)
        MessageSinks._raises_quoting(self, exc, self.expr(exc, env), env)
        if not isinstance(exc, cst.Call) or not self._builds_exception(exc):
            return  # re-raising an object, or handing the error to a helper
        message = self._exception_message(exc)
        self._check_text(exc, message, env, "MR020", SECRET)
        if last_name(exc.func) not in self.model.response_calls:
            self._check_text(exc, message, env, "MR022", SDK_ERROR)  # (a response: checked as a call)

    def _raises_quoting(self, exc, held: frozenset, env: Env) -> None:
        """An error raised with the text of one that quotes a keyed URL or a command line
        (`raise ProviderError(f"request failed: {e}")`, `raise e`): whoever catches it
        holds that text, as it would the request's own error (the function's summary
        hands it to its callers, url_errors). A secret written into the message by name
        is reported at the raise, and not followed further. (The message is read again only
        where such an error can be in it: after a request or command whose error quotes one.)"""
        if not (self.keyed_requests or self.quoted_any):
            return
        builds = type(exc) is cst.Call and MessageSinks._builds_exception(exc)
        if builds:
            held = held.union(*(self.expr(part, env) for part in MessageSinks._exception_message(self, exc)))
        quoting = [label for label in held if label.kind is SECRET and label.what.startswith(_RAISED_QUOTING)
                   and (label.param is None or label.what.startswith(URL_ERROR))]
        # (a clause that names the raised class, or a base of it, catches it: see Label.raised;
        # `raise e` goes on as the caught error itself. Read only where a text goes on: the
        # chain may be declared in a module beside this one.)
        raised = self.class_chain(last_name(exc.func) or "") if quoting and builds else ()
        for label in quoting:
            self.keyed_requests.append(replace(label, path=(), named=False, raised=raised or label.raised))

    def expr_Yield(self, node: cst.Yield, env: Env) -> frozenset:
        """`yield f"event: error\ndata: {e}\n\n"` in a response stream (server-sent
        events, a streamed body): the SDK error's text goes to the caller as a return's."""
        value = node.value
        if value is None or isinstance(value, cst.From):
            if value is not None:
                self.expr(value.item, env)
            return EMPTY
        labels = self.expr(value, env)
        if not getattr(self, "quiet", 0) and kinds(labels, SDK_ERROR) and not isinstance(value, cst.Name):
            self._report_text("MR022", value, env, SDK_ERROR, "streamed to the caller", objects=False)
        return EMPTY

    def on_assert(self, node: cst.Assert, env: Env) -> None:
        """`assert key.startswith("mr_"), f"bad key {key}"`: the message of the
        AssertionError, made where the test fails."""
        if node.msg is None:
            return
        when_true, when_false = env.copy(), env.copy()
        self.refine(node.test, when_true, when_false)
        self.expr(node.msg, when_false)
        self._check_text(None, [node.msg], when_false, "MR020", SECRET)

    def on_return(self, node: cst.Return, labels, env: Env) -> None:
        value = node.value
        if value is not None and self.message_return:
            # `__str__` of an exception class: what it returns is the error's message
            self._check_text(None, [value], env, "MR020", SECRET)
        if value is None or not kinds(labels, SDK_ERROR):
            return
        if isinstance(value, cst.Name) and any(l.what == value.value for l in kinds(labels, SDK_ERROR)):
            return  # the error object itself, not its text (a name that holds its text is: msg, errors)
        if isinstance(value, cst.Name):
            self._report_text("MR022", value, env, SDK_ERROR, "returned to the caller", objects=False, held_text=True)
            return
        if isinstance(value, cst.Call) and last_name(value.func) in self.model.response_calls:
            return  # checked as a call
        self._report_text("MR022", value, env, SDK_ERROR, "returned to the caller", objects=False)

    # -- guards that say a value is empty ---------------------------------------------
    def refine(self, test: cst.BaseExpression, when_true: Env, when_false: Env) -> None:
        """`if not token: raise ValueError(f"... {token!r}")`: where the test says the
        value is empty (falsy, None, not a string), it is no secret."""
        super().refine(test, when_true, when_false)
        added = [(when_true, when_false), (when_false, when_true)]
        before = [set(env.vars) for env, _ in added]
        self._refine_emptiness(test, when_true, when_false)
        self._refine_choice(test, when_true, when_false)
        url = self.password_test(test)
        if url is not None:
            # if urlsplit(url).password: here the URL carries a password
            when_true.set(url, (self._key_labels(when_true, url) or EMPTY)
                          | {Label(SECRET, f"`{url}` (a URL with a password, as the test says)")})
        for (cleaned, other), known in zip(added, before):
            # A name cleaned on one branch keeps, on the other, what it held before.
            for key in [k for k in cleaned.vars if k not in known and k not in other.vars]:
                other.put(key, self._key_labels(other, key))

    def _refine_choice(self, test, when_true: Env, when_false: Env) -> None:
        """`if provider_key not in supported_providers: raise ValueError(f"Invalid
        provider key '{provider_key}'")`: a name that is a secret's only where the message
        says so (MAYBE_SECRET), tested with `in` or `not in` against a collection named as
        one of choices (choice-collection-words), is a choice, not a secret: on both
        branches (in it or not, it was meant as one). A name secret by itself stays one."""
        if type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
            test = test.expression
        if type(test) is not cst.Comparison or len(test.comparisons) != 1 \
                or type(test.comparisons[0].operator) not in (cst.In, cst.NotIn):
            return
        collection = test.comparisons[0].comparator
        key = dotted_name(test.left) if type(test.left) in (cst.Name, cst.Attribute) else None
        if not key:
            return
        if not self._lists_plain_names(collection):
            if type(collection) is cst.Call:
                collection = collection.func
            named = last_name(collection) if type(collection) in (cst.Name, cst.Attribute) else None
            if not named or self.vocab.secret_level(named, variables=False):
                return
            words = [word.lower() for word in name_words(named)]
            # (not a collection of secrets, ALLOWED_TOKENS, known_api_keys: an allowlist's
            # entries are secrets, and so is the value tested against them)
            if any(word.rstrip("s") in self.vocab.message_secret_words or word in self.vocab.message_secret_words
                   for word in words) or not any(word in self.model.choice_collection_words for word in words):
                return
        for env in (when_true, when_false):
            labels = self._key_labels(env, key)
            if any(l.kind is MAYBE_SECRET for l in labels) and not any(l.kind is SECRET for l in labels):
                env.put(key, frozenset(l for l in labels if l.kind is not MAYBE_SECRET))

    def _lists_plain_names(self, collection) -> bool:
        """Is the collection a display of plain names (_names_only), written in the test or
        bound to the name in the function or at the module's top (`if key not in {"name",
        "created_at"}`, `valid_keys = {...}`)? A secret is not looked up among identifiers.
        Not a pool named for tokens or secrets (AVAILABLE_TOKENS = {"build-bot", ...}: its
        entries are the tokens, however plainly written; a dict's keys are no key's)."""
        if type(collection) is not cst.Name:
            return self._names_only(collection)
        name = collection.value
        if any(word != "key" and word in self.vocab.message_secret_words
               for word in (word.rstrip("s") for word in name_words(name))):
            return False
        bound = self.bound_values[name] if name in self.bound_values else self.module_value(name)
        return self._names_only(bound)

    def _names_only(self, value) -> bool:
        """A set, list, tuple or dict display whose elements (a dict's keys) are all
        plain names written as literals ("name", "created_at", "order.by"): none shaped
        like a key (a key format's, or random)."""
        kind = type(value)
        if kind is cst.Dict:
            items = [e.key for e in value.elements if type(e) is cst.DictElement]
            if len(items) != len(value.elements):
                return False
        elif kind in (cst.Set, cst.List, cst.Tuple):
            items = [e.value for e in value.elements if type(e) is cst.Element]
            if len(items) != len(value.elements):
                return False
        else:
            return False
        if not items:
            return False
        for item in items:
            text = literal_value(item) if type(item) is cst.SimpleString else None
            if not isinstance(text, str) or _PLAIN_NAME.fullmatch(text) is None or self.vocab.is_secret_value(text) \
                    or next(self.vocab.scan(text), None) is not None:
                return False
        return True

    def password_test(self, test) -> Optional[str]:
        """The name of the URL a test says has a password: `urlsplit(url).password`,
        `urlparse(url).password is not None` (url-parsers), or None."""
        if type(test) is cst.Comparison and len(test.comparisons) == 1 \
                and type(test.comparisons[0].operator) is cst.IsNot and type(test.comparisons[0].comparator) is cst.Name \
                and test.comparisons[0].comparator.value == "None":
            test = test.left
        if type(test) is not cst.Attribute or test.attr.value != "password" or type(test.value) is not cst.Call:
            return None
        call = test.value
        if last_name(call.func) not in self.model.url_parsers or not call.args or type(call.args[0].value) is not cst.Name:
            return None
        return call.args[0].value.value

    def _refine_emptiness(self, test, when_true: Env, when_false: Env) -> None:
        for outcome, env in ((True, when_true), (False, when_false)):
            for item in self._shown_empty(test, outcome):
                if item[0] == "no fields":
                    # (not isinstance(data, dict): nothing at a field of it; a text it may
                    # be keeps what it holds whole)
                    labels = self._key_labels(env, item[1])
                    kept = frozenset(l for l in labels if not (l.kind in SECRETS and l.path))
                    if kept != labels:
                        env.put(item[1], kept)
                    continue
                if item[0] == "field":
                    self._clean_field(env, item[1], item[2])
                    continue
                key = item[1]
                for kind in SECRETS:
                    env.clean(key, kind)
                # The fields the value was read from are empty too: `token =
                # data.get("tok") or data.get("access_token")`, then `if not token:
                # raise ...(f"{data}")`.
                reads = self.field_aliases.get(key, ())
                # (read into a secret's name, api_key = data.get("key"): the field is the
                # credential the function reads of the reply)
                credential = bool(reads) and self.name_label(key.rsplit(".", 1)[-1]) is not None
                for read in reads:
                    self._clean_field(env, dotted_name(read[0]), read[1], credential)

    def _shown_empty(self, test, outcome: bool) -> frozenset:
        """What a test that comes out `outcome` shows to be empty (None, "", or not a
        string): ("name", key) or ("field", structure, field) items."""
        if type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
            return self._shown_empty(test.expression, not outcome)
        if type(test) is cst.BooleanOperation:
            # `a or b` true: one of them is (what all of them show); false: each is not.
            parts = [self._shown_empty(part, outcome) for part in (test.left, test.right)]
            joins_all = outcome == (type(test.operator) is cst.Or)
            return _shown_by_each(parts) if joins_all else frozenset.union(*parts)
        if type(test) is cst.NamedExpr:  # `if not (token := os.getenv(...)):`
            return self._shown_empty(test.target, outcome)
        condition = self.conditions.get(test.value) if type(test) is cst.Name else None
        if condition is not None:
            # valid = isinstance(api_key, str) and api_key; `if not valid:` tests that
            # (once: `ok = ok and check(x)` names itself, which reads as the name alone)
            conditions, self.conditions = self.conditions, {}
            try:
                shown = self._shown_empty(condition, outcome)
            finally:
                self.conditions = conditions
            return shown | self._checked_item(test) if not outcome else shown
        if type(test) is cst.Comparison and len(test.comparisons) == 1:
            comparison = test.comparisons[0]
            operator, other = comparison.operator, comparison.comparator
            if type(operator) in (cst.In, cst.NotIn):
                if type(other) in (cst.Tuple, cst.List, cst.Set) and other.elements \
                        and all(_is_empty_value(e.value) or (type(e.value) is cst.Name and e.value.value == "None")
                                for e in other.elements):
                    # `x in ("", None)`: empty where it is in them
                    return self._checked_item(test.left) if outcome == (type(operator) is cst.In) else frozenset()
                return self._missing_field(test.left, other, outcome == (type(operator) is cst.In))
            if type(operator).__name__ in _ORDERINGS:
                # `pad_len > 32`, `0 < n`: ordered against a number, the value is one
                # (a text raises TypeError there), however the test came out
                for side, against in ((test.left, other), (other, test.left)):
                    if _is_number(against) and type(side) in (cst.Name, cst.Attribute):
                        key = dotted_name(side)
                        return frozenset({("name", key)}) if key else frozenset()
                return frozenset()
            if type(other) is cst.Name and other.value == "None" and type(operator) in (cst.Is, cst.IsNot):
                empty_when = type(operator) is cst.Is
            elif _is_empty_value(other) and type(operator) in (cst.Equal, cst.NotEqual):
                empty_when = type(operator) is cst.Equal  # `x == ""`, `len(x) == 0`
            else:
                return frozenset()
            return self._checked_item(test.left) if outcome == empty_when else frozenset()
        if type(test) is cst.Call and outcome and last_name(test.func) in self.model.path_tests:
            return self._tested_path(test)
        if type(test) is cst.Call and last_name(test.func) == "isinstance" and len(test.args) == 2:
            if dotted_name(test.args[1].value) == "str" and not outcome:
                return self._checked_item(test.args[0].value)
            base = dotted_name(test.args[0].value)
            if not outcome and base and last_name(test.args[1].value) in self.model.mapping_types:
                return frozenset({("no fields", base)})  # not a dict: it holds no field (see _shown_by_each)
            return frozenset()
        return self._checked_item(test) if not outcome else frozenset()

    def _tested_path(self, call: cst.Call) -> frozenset:
        """`os.path.isfile(pk)`, `Path(pk).is_file()` come out true: `pk` names a file, a
        path (path-tests in rules/shared/dataflow.yaml)."""
        func = call.func
        if call.args and (self.names.qualname(func) or "").startswith(("os.path.", "posixpath.", "ntpath.")):
            tested = call.args[0].value  # os.path.isfile(pk) (not a store's exists(key))
        elif type(func) is cst.Attribute and type(func.value) is cst.Call and func.value.args \
                and last_name(func.value.func) in self.model.path_calls:
            tested = func.value.args[0].value  # Path(pk).is_file()
        else:
            return frozenset()
        key = dotted_name(tested) if type(tested) in (cst.Name, cst.Attribute) else None
        return frozenset({("name", key)}) if key else frozenset()

    def _missing_field(self, key, mapping, present: bool) -> frozenset:
        """`"access_token" not in reply` (present False): the reply lacks that field on
        this branch; `"error" in reply` (present True, token-error-fields): it is an
        OAuth error reply, which holds no token (see _clean_field)."""
        field = literal_value(key) if type(key) in (cst.SimpleString, cst.ConcatenatedString) else None
        base = dotted_name(mapping) if type(mapping) in (cst.Name, cst.Attribute) else None
        if not isinstance(field, str) or not base:
            return frozenset()
        tokens = self.model.token_response_fields
        if present and field in self.model.token_error_fields and tokens:
            return frozenset({("field", base, tokens[0])})
        return frozenset() if present else frozenset({("field", base, field)})

    def _checked_item(self, node) -> frozenset:
        """The value a truth test reads: `x`, `x.attr`, `d.get("k")`, `d["k"]`, and
        through `x.strip()` or `len(x)` the value they measure."""
        if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) \
                and node.func.attr.value in ("strip", "lstrip", "rstrip"):
            node = node.func.value
        elif isinstance(node, cst.Call) and last_name(node.func) == "len" and len(node.args) == 1:
            node = node.args[0].value
        if isinstance(node, (cst.Name, cst.Attribute)):
            key = dotted_name(node)
            return frozenset({("name", key)}) if key else frozenset()
        read = self.field_read(node)
        if read is not None and dotted_name(read[0]):
            return frozenset({("field", dotted_name(read[0]), read[1])})
        return frozenset()

    def _clean_field(self, env: Env, base: Optional[str], field: str, credential: bool = False) -> None:
        if not base:
            return
        labels = self._key_labels(env, base)
        fields = {field}
        tokens = self.model.token_response_fields
        if tokens and (field == tokens[0] or (
                credential and field not in tokens and any(l.what == TOKEN_RESPONSE for l in labels))):
            # an OAuth token response without its access token is an error reply: no
            # token of the response is in it (the others' labels say where they came
            # from; a reply read by those names holds them at those names); and so is
            # one without the credential the function reads of it, a field that is none
            # of the reply's tokens (an exchange that answers {"key": ...}: `api_key =
            # data.get("key")`, `if not api_key: raise ...(data)`; not a missing
            # refresh_token, which leaves the access token)
            fields.update(tokens)
            fields.update(l.path[0] for l in labels if l.what == TOKEN_RESPONSE and l.path)
        kept = frozenset(l for l in labels if not (l.kind in SECRETS and l.path[:1] and l.path[0] in fields))
        if kept != labels:
            env.put(base, kept)
        # and the field itself, read by its name later on this branch (its secret by name);
        # the other branch gets what it holds there (refine), so the join keeps that
        env.put(f"{base}.{field}", EMPTY)

    # -- what the message carries -------------------------------------------------------
    def _check_text(self, call: cst.Call, message: list, env: Env, code: str, kind) -> None:
        if message and self.model.masking_commands and _text_head(message[0]).startswith(self.model.masking_commands):
            return  # print(f"::add-mask::{token}"): the runner's command to mask it, not shown
        kept = [self._kept_whole(call, part, code) for part in message]
        for part, whole in zip(message, kept):
            self._report_text(code, part, env, kind, None, call=call, kept=whole)
        parser_error = call is not None and code == "MR020" and matches(last_name(call.func), self.model.parser_errors)
        if kind == SECRET and not parser_error and self._words_say_secret(message):
            # (SyntaxError(f"unexpected token {token!r}"): a parser's token; and not a place
            # the message labels as something else, f"for provider {provider_key}")
            described = described_holes(self.vocab, message)
            for part, whole in zip(message, kept):
                self._report_text(code, part, env, MAYBE_SECRET, None, call=call, described=described, kept=whole)

    def _kept_whole(self, call, part, code: str) -> bool:
        """Is this part of an exception's message a value handed whole to an exception
        class other than Python's own, which may keep it and use it (`ReportError(msg,
        original_error=e)` stores the error it is given, for the code that catches it)? A
        text made there (an f-string, `str(e)`, `template.replace(...)`, a literal) only
        shows, and so does an argument of a builtin exception."""
        if code != "MR020" or call is None or is_string_literal(part) or _makes_text(part) or (
                type(part) is cst.Call and last_name(part.func) in self.model.text_calls):
            return False
        name = call.func.value if type(call.func) is cst.Name else None
        return not (name in _BUILTIN_EXCEPTIONS and not self.rule.is_module_class(name)
                    and self.names.qualname(call.func) is None)

    def _words_say_secret(self, message: list) -> bool:
        """Does the message's own text name a secret ("token=%s", f"Token: {t}"; and a
        module constant it writes, log.warning("bad %s %s", KEY_HEADER, x_beamline_key))?"""
        template = self.constant_string(message[0]) if message and type(message[0]) is cst.Name else None
        constants = (self.constant_string(name) for name in _written_names(message[1:] if template else message))
        # (the values' words, not a URL's or a path's: DOCS_URL = ".../authentication"; a
        # template held in a constant, ERR = "Rejected token %s; see https://...", all of it)
        texts = [text for text in constants if isinstance(text, str) and "/" not in text]
        return words_say_secret(self.vocab, message, [*texts, *([template] if isinstance(template, str) else [])])

    def _report_text(
        self, code: str, expr, env: Env, kind, where: Optional[str], objects: bool = True, call=None,
        structures: bool = True, held_text: bool = False, fixable: bool = True, through: Optional[str] = None,
        described: frozenset = frozenset(), kept: bool = False,
    ) -> None:
        """held_text: `expr` is a name that holds an SDK error's text (no fix is
        offered). objects: whether a bare error object counts as its text (it does as an
        exception's or a response's argument, not as a returned value); call: the call
        whose message `expr` is part of (a log call's format may take the redaction);
        structures: whether a structure holding a secret at a field counts (not where
        only a field of it reaches the message)."""
        found = [f for f in self.witnesses(expr, env, kind, objects)
                 if (structures or not f[2].path) and id(f[0]) not in described]
        if not found:
            return
        witness, _, label = found[0]
        shown_expr = _shown_expression(witness)
        shown = dotted_name(shown_expr)
        if code == "MR022" and not self.except_depth and self._report_stores(found, where):
            return
        if code == "MR022":
            # (In the except clause the caught name is in scope; after it, the name that
            # kept the error: last = e.)
            # (After it, a plain name other than the caught one holds the error, last = e,
            # or a text made of it, reply = f"failed: {e}": type(reply) would say `str`,
            # so then no fix is offered and the caught name is the one shown.)
            holder = not self.except_depth and type(shown_expr) is cst.Name and shown_expr.value != label.what \
                and self._holds_made_text(shown_expr.value)
            held_text = held_text or holder
            error = label.what if self.except_depth or held_text else _error_name(label, shown_expr)
            # (`except E:` and traceback.format_exc(): no name to show the type of)
            answer = f" or `type({error}).__name__`" if error.isidentifier() else ""
            message = (
                f"Text of the caught SDK error `{error}` is {where or 'passed to the caller'}: it can "
                f"carry keys, model names and internal detail; log it and answer with a generic "
                f"message{answer}"
            )
            # (No fix where the error has no name to show the type of: `except E:` and
            # traceback.format_exc().)
            # (nor where a name holds its text, `return errors`: what to return is the
            # author's choice)
            fix = FixSpec("safe", f"Show only type({error}).__name__", text_replacements=_replacements(found)) \
                if error.isidentifier() and not held_text else None
            self.rule.emit(code, witness, message, fix, self)
            return
        place = "an exception message" if code == "MR020" else "log or console output"
        if through is not None:  # (a helper of another module that writes it: print_banner(lines))
            place = f"{place} by {through} (imported)"
        if label.path:
            # A structure printed whole: say which field holds the secret. No fix: what
            # to show instead is the author's choice.
            holder = f"`{shown}`" if shown else "this value"
            where = "at its values" if label.path[0] == ANY_FIELD else "at its keys" if label.path[0] == KEYS \
                else f"`{'.'.join(label.path)}`"
            message = (
                f"{holder} holds a secret ({where}, from {label.what}) and is written whole "
                f"into {place}: print the fields that are needed, or a redacted copy"
            )
            self.rule.emit(code, witness, message, None, self, related=_origin(label, witness))
            return
        what = f"`{shown}`" if shown else label.what
        message = (
            f"A secret ({what}) is interpolated into {place}: it ends up in logs, "
            f"tracebacks and error reports; say what failed without the value"
        )
        quoting = next((prefix for prefix in QUOTING_ERRORS if label.what.startswith(prefix)), None)
        if quoting is not None:
            remedy = QUOTING_REMEDIES[quoting]
            shown_instead = QUOTING_SHOWN[quoting]
            # (`str(e)`: no name to show, and the label's own words follow)
            message = (
                f"{f'`{shown}`' if shown else 'This value'} is {label.what}: {QUOTING_ERRORS[quoting]}, and it is interpolated "
                f"into {place}; show {shown_instead}, or {remedy}"
            )
        default = self._prompt_default(call) if call is not None else None
        returned = default is not None and default.value is expr
        # (no fix for a value the call also gives back: prompt(default=key) would return it;
        # nor for a caught error handed whole to an exception class that may keep it, kept:
        # a text in its place would change what that class holds)
        # (nor for the mapping a logging format reads by name, "%(key)s": a text there
        # would break the format)
        fix = None if returned or not fixable or (kept and quoting is not None) or _named_format_mapping(call, expr) else \
            FixSpec("safe", f"Replace the secret with {REDACTED}", text_replacements=self._redaction(expr, found, call))
        self.rule.emit(code, witness, message, fix, self, related=_origin(label, witness))

    def _report_stores(self, found, where: Optional[str]) -> bool:
        """An SDK error's text put into a record or a list (row["detail"] = str(e),
        rows.append({"error": f"{e}"})) that is answered later: reported where it was
        stored, the line to change, with the answer as the second place. (Answered in the
        except clause itself, the answer is the place, as for any other answer.) No fix:
        what the record should say instead is the author's choice."""
        stores = {}
        for witness, _, label in found:
            if label.kind is SDK_ERROR and label.origin is not None:
                stores.setdefault(id(label.origin[0]), (witness, label))
        if not stores:
            return False
        for witness, label in stores.values():
            node, top, holder = label.origin
            message = (
                f"Text of the caught SDK error `{label.what}` is stored in `{holder}`, which is "
                f"{where or 'passed to the caller'}: it can carry keys, model names and internal "
                f"detail; log it and store a generic message or `type({label.what}).__name__`"
            )
            self.rule.emit("MR022", node, message, None, self, related=((witness, self.top, "answered here"),),
                           place=(node, top))
        return True

    def _redaction(self, expr, found, call) -> tuple:
        """The message with its secrets redacted and what is left folded (see
        redaction_fixes.py): a log call's `%s` argument into its format string."""
        # (Imported here: the fixes' transformer subclasses LibCST's, which loads it.)
        from modelred_lint.redaction_fixes import redacted_code, redacted_log_call

        witnesses = {id(node) for node, _, label in found if not label.path}
        if call is not None and self._is_log_call(call, last_name(call.func)):
            folded = redacted_log_call(call, witnesses)
            if folded is not None:
                return ((call, folded),)
        return ((expr, redacted_code(expr, witnesses)),)

    def _holds_made_text(self, name: str) -> bool:
        """Is `name` bound, somewhere in the body being read, to anything but another
        name or None (a text made of an error, not the error)?"""
        for node in descendants(self.scope_body) if self.scope_body is not None else ():
            if type(node) is cst.Assign and any(type(t.target) is cst.Name and t.target.value == name
                                                for t in node.targets):
                if type(node.value) is not cst.Name:
                    return True
        return False

    def witnesses(self, expr, env: Env, kind, objects: bool = True) -> Iterator[tuple[cst.CSTNode, str, Label]]:
        """The smallest parts of a message that carry the label, with their safe text."""
        if not objects and type(expr) is cst.Name and any(
            l.what == expr.value for l in kinds(self.labels(expr, env), SDK_ERROR)
        ):
            return  # the caught error object itself, not its text
        if type(expr) is cst.FormattedString:
            for part in expr.parts:
                if type(part) is cst.FormattedStringExpression:
                    found = kinds(self.labels(part.expression, env), kind)
                    if found:
                        shown = None if self.except_depth else part.expression
                        yield part, _safe_text(found[0], in_fstring=True, expr=shown), found[0]
            return
        if type(expr) in (cst.BinaryOperation, cst.ConcatenatedString):
            yield from self.witnesses(expr.left, env, kind, objects)
            # ("%s" % e formats the error object: its text, as an f-string's field)
            formats = type(expr) is cst.BinaryOperation and type(expr.operator) is cst.Modulo
            yield from self.witnesses(expr.right, env, kind, objects or formats)
            return
        if type(expr) is cst.Call and last_name(expr.func) == "format" and type(expr.func) is cst.Attribute \
                and not any(a.star == "**" for a in expr.args):
            yield from self.witnesses(expr.func.value, env, kind)
            for arg in expr.args:
                yield from self.witnesses(arg.value, env, kind)
            return
        if kind is SDK_ERROR and type(expr) is cst.Call and last_name(expr.func) not in self.model.text_calls \
                and not any(a.star for a in expr.args):
            # html.Pre(f"Error: {err}"): the error's text inside what the call makes
            inner = [a.value for a in expr.args
                     if type(a.value) is not cst.Name and kinds(self.labels(a.value, env), kind)]
            if inner:
                for value in inner:
                    yield from self.witnesses(value, env, kind, objects)
                return
        if type(expr) is cst.Call and (last_name(expr.func) in _TEXT_WRAPPERS
                                           or last_name(expr.func) in self.model.text_stylers) and expr.args \
                and expr.args[0].keyword is None and not expr.args[0].star \
                and all(a.keyword is not None for a in expr.args[1:]) \
                and type(expr.args[0].value) in (cst.FormattedString, cst.BinaryOperation, cst.ConcatenatedString):
            # textwrap.dedent(f"...{token}..."): the part of the text that carries it.
            yield from self.witnesses(expr.args[0].value, env, kind, objects)
            return
        if type(expr) is cst.Call and type(expr.func) is cst.Attribute and last_name(expr.func) in self.model.text_calls \
                and type(expr.func.value) in (cst.FormattedString, cst.BinaryOperation, cst.ConcatenatedString):
            # f"run failed: {e}".encode(): the part of the text that carries it (the
            # method keeps the text's type: bytes stay bytes)
            yield from self.witnesses(expr.func.value, env, kind, objects)
            return
        if type(expr) is cst.Call and not any(a.star for a in expr.args) and kinds(self.labels(expr, env), kind):
            # json.dumps({"error": str(e)}): the part of the literal that carries it (not
            # the whole call, whose replacement would change what the message is made of;
            # a call whose result does not carry it, redact(text, (secret,)), is no witness)
            carrying = [a.value for a in expr.args if kinds(self.labels(a.value, env), kind)]
            if carrying and all(type(v).__name__ in DISPLAYS for v in carrying):
                for value in carrying:
                    yield from self.witnesses(value, env, kind, objects)
                return
        if type(expr) in (cst.Dict, cst.List, cst.Tuple, cst.Set):
            if not kinds(self.labels(expr, env), kind):
                return  # ({**row, "token": hash_token(t)}: the later key replaced the field)
            for element in expr.elements:
                yield from self.witnesses(element.value, env, kind, objects)
            return
        found = kinds(self.labels(expr, env), kind)
        if found:
            # A value that is the secret before one that holds it somewhere inside.
            found.sort(key=lambda label: len(label.path))
            yield expr, _safe_text(found[0], in_fstring=False, expr=None if self.except_depth else expr), found[0]


class MessageSummary:
    """Mixed into the summary interpreter: which parameters a function writes into a log
    call's or an exception's message, for its call sites (see Summary.messages)."""

    def note_message_call(self, node: cst.Call, name, args: list) -> None:
        answers = self.answers_caller(node.func, name) or MessageSinks._posts_to_webhook(self, node, name)
        if answers:
            # post(text) that sends text to a chat or a page: an SDK error's text handed to
            # it is answered (reported at the call, see _check_wrapper)
            shown = MessageSinks._webhook_body(node) if MessageSinks._sends_request(self, name) else \
                [a.value for a in node.args]
            for arg, labels in zip(node.args, args):
                if arg.value in shown:
                    self._note_parameters(labels, "MR022", arg.value)
        if not MessageSinks._is_log_call(self, node, name):
            return
        template = literal_value(node.args[0].value) if len(node.args) == 2 and type(node.args[0].value) is cst.SimpleString else None
        fields = NAMED_PLACEHOLDER.findall(template) if isinstance(template, str) else []
        if fields:  # log.info("model=%(model)s", cfg["llm"]): the named fields only (as _log_message)
            args = [args[0], frozenset().union(*(field_of(args[1], f) for f in fields))]
        for arg, labels in zip(node.args, args):
            if arg.keyword is None or arg.keyword.value not in self.model.log_control_keywords:
                self._note_parameters(labels, "MR021", arg.value)

    def on_raise(self, node: cst.Raise, env: Env) -> None:
        exc = node.exc
        MessageSinks._raises_quoting(self, exc, self.expr(exc, env), env)
        if isinstance(exc, cst.Call) and MessageSinks._builds_exception(exc):
            for part in MessageSinks._exception_message(self, exc):
                self._note_parameters(self.expr(part, env), "MR020", part)

    def _note_parameters(self, labels, code: str, part) -> None:
        """part: the message's part that holds them (where a call site's finding goes)."""
        if any(label.kind in SECRETS and label.param is None for label in labels):
            return  # a secret of the function's own (`api_key = explicit or ...`): reported there
        for label in labels:
            if label.kind is SECRET and label.param is not None and WHOLE in label.path[:-1]:
                # show(cfg) writing cfg["llm"]: the caller's argument at that field (see
                # Summary.field_messages); not the parameter whole
                fields = reads_of_parameter(label)
                if fields and code in ("MR020", "MR021"):
                    self.field_messages.setdefault((label.param, code, fields), (part, self.current))
                continue
            if label.kind is SECRET and label.param is not None:
                self.messages.add((label.param, code))
                quoting = next((p for p in QUOTING_ERRORS if label.what.startswith(p)), None)
                if quoting is not None:
                    self.quoting_messages.add((label.param, code, quoting))
                else:
                    self.plain_messages.add((label.param, code))
                # (every place, each a leak of its own, once however often the body is read)
                places = self.message_places.setdefault((label.param, code), [])
                if len(places) < _PLACES_HELD and not any(held is part for held, _ in places):
                    places.append((part, self.current))
                if label.named:  # the parameter's whole-value marker (see FlowRules.summarise)
                    self.whole_messages.add((label.param, code))


def _written_names(message: list) -> list:
    """The plain names a message writes: an argument, a placeholder's expression of an
    f-string, the values of a %-format or of a template's .format."""
    out = []
    for part in message:
        kind = type(part)
        if kind is cst.Name:
            out.append(part)
        elif kind is cst.FormattedString:
            out += [p.expression for p in part.parts
                    if type(p) is cst.FormattedStringExpression and type(p.expression) is cst.Name]
        elif kind is cst.BinaryOperation and type(part.operator) is cst.Modulo:
            right = part.right
            out += [e.value for e in right.elements if type(e.value) is cst.Name] if type(right) is cst.Tuple else \
                [right] if type(right) is cst.Name else []
        elif kind is cst.Call and type(part.func) is cst.Attribute and part.func.attr.value == "format":
            out += [a.value for a in part.args if type(a.value) is cst.Name]
    return out


def assertion_message(call, place: int) -> list:
    """A unittest assertion's msg: by keyword, or the positional argument at `place`."""
    positional = [a for a in call.args if a.keyword is None and not a.star]
    parts = [positional[place].value] if len(positional) > place else []
    return parts + [a.value for a in call.args if a.keyword is not None and a.keyword.value == "msg"]


def _named_format_mapping(call, expr) -> bool:
    """Is `expr` the mapping argument of a call whose literal format names its fields
    (`log.debug("%(user)s", creds)`)?"""
    if call is None or len(call.args) < 2 or type(call.args[0].value) is not cst.SimpleString:
        return False
    template = literal_value(call.args[0].value)
    return isinstance(template, str) and "%(" in template and any(a.value is expr for a in call.args[1:])


def names_an_exception(node) -> bool:
    name = last_name(node) or ""
    return name.endswith(EXCEPTION_ENDINGS)


# (by the node classes' names: nothing may read LibCST at import time, see lazy.py)
_ORDERINGS = frozenset({"LessThan", "LessThanEqual", "GreaterThan", "GreaterThanEqual"})


def _is_number(node) -> bool:
    """A number literal (-1 too), or a call that makes a number: len(x), int(x), float(x)."""
    if type(node) is cst.UnaryOperation and type(node.operator) is cst.Minus:
        node = node.expression
    if type(node) in (cst.Integer, cst.Float):
        return True
    return type(node) is cst.Call and type(node.func) is cst.Name and node.func.value in ("len", "int", "float")


def _is_empty_value(node) -> bool:
    """"", '', 0, or an empty container literal."""
    if isinstance(node, cst.SimpleString):
        return literal_value(node) == ""
    if isinstance(node, cst.Integer):
        return node.value == "0"
    return isinstance(node, (cst.List, cst.Tuple, cst.Dict)) and not node.elements


def add_structure_parameters(model, node: cst.FunctionDef, env: Env, names_tracker) -> None:
    """Parameters known by the signature they stand in to hold a secret inside: a
    litellm logging callback `(self, kwargs, response_obj, start_time, end_time)` is
    handed the call's details, which hold the provider's `api_key`
    (`secret-structure-parameters` in rules/shared/dataflow.yaml); one with a `module`,
    only in a module that imports it."""
    params = node.params
    names = [p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)]
    for shape in model.structure_parameters:
        if stands_in(shape, names) and (not shape.get("module") or names_tracker.imports_any((shape["module"],))):
            name = shape["parameter"]
            path = tuple(shape["field"].split("."))  # (a field's field: additional_args.headers)
            env.set(name, (env.get(name) or EMPTY) | {Label(SECRET, f"`{name}`", path=path)})


def _structure_parameters(model, node: cst.FunctionDef, names_tracker) -> frozenset:
    """The parameters add_structure_parameters gives a secret inside."""
    scratch = Env()
    add_structure_parameters(model, node, scratch, names_tracker)
    return frozenset(scratch.vars)


def remember_attributes(attributes: dict, envs, vocab) -> None:
    """What a method leaves in `self.x` that holds a secret, for the class's other
    methods: a structure holding one, or a secret known by its source, or by a name that
    is not the attribute's own (`self._key = api_key`: `_key` does not say it; an
    attribute named like a secret says the same in every method). A classmethod's
    `cls.x` is the class's attribute, which every instance reads as `self.x`
    (unittest's setUpClass)."""
    for env in envs:
        for key, labels in env.vars.items():
            if key.startswith("cls."):
                key = "self" + key[3:]
            if not key.startswith("self.") or key.count(".") > 2 or key.endswith(")") and key.count(".") > 1:
                # self.x, self._session.headers; self._headers() (what a method returns)
                continue
            own = vocab.is_secret_name(key.rsplit(".", 1)[-1])
            # (and a client that sends a secret in its URLs, or checks it: self.scrapfly = ScrapflyClient(key=k))
            kept = frozenset(l for l in labels if (l.kind in SECRETS and (l.path or not l.named or not own))
                             or l.kind in KEYED_CLIENTS)
            if kept:
                attributes[key] = attributes.get(key, EMPTY) | kept


# The classes of a request made to be sent, by their last name (see _sends_request).
_REQUEST_CLASSES = frozenset({"Request"})


def _origin(label: Label, witness) -> tuple:
    """The finding's second place: where the secret was bound to the name that carries
    it (`token = cfg["api_key"]`), unless that is the witness itself."""
    if label.origin is None:
        return ()
    node, top, name = label.origin
    if node is witness or top is None:
        return ()
    return ((node, top, f"`{name}` gets the secret here"),)


def _shown_expression(witness):
    """The expression a witness shows: an f-string field's, or the witness itself."""
    return witness.expression if isinstance(witness, cst.FormattedStringExpression) else witness


# Python's own exception classes: what they are handed is only shown (their args).
_BUILTIN_EXCEPTIONS = frozenset(name for name, value in vars(builtins).items()
                                if isinstance(value, type) and issubclass(value, BaseException))


def _makes_text(expr) -> bool:
    """An f-string, a concatenation or %-format, a template's .format(...): a message made
    where it is written."""
    kind = type(expr)
    if kind is cst.FormattedString or kind is cst.ConcatenatedString:
        return True
    if kind is cst.BinaryOperation:
        return type(expr.operator) in (cst.Add, cst.Modulo)
    return kind is cst.Call and type(expr.func) is cst.Attribute and expr.func.attr.value == "format"


def _replacements(found) -> tuple:
    return tuple((node, text) for node, text, label in found if not label.path)


def _safe_text(label: Label, in_fstring: bool, expr=None) -> str:
    if label.kind == SDK_ERROR:
        text = f"type({_error_name(label, expr)}).__name__"
        return "{" + text + "}" if in_fstring else text
    return REDACTED if in_fstring else f'"{REDACTED}"'


def _error_name(label: Label, expr) -> str:
    """The name that holds the caught error where it is shown: the expression's own
    (`last` of `last = e`, `str(last)`), else the name it was caught as."""
    name = dotted_name(expr) if expr is not None else None
    if name is None and isinstance(expr, cst.Call) and len(expr.args) == 1 and expr.args[0].keyword is None:
        name = dotted_name(expr.args[0].value)
    return name or label.what


def _shown_by_each(parts: list) -> frozenset:
    """What each of several tests shows empty, where one of them held (`a or b` true,
    `a and b` false): the items every part shows, a field of a value counting as shown
    by a part that shows the value is no mapping (`not isinstance(body, dict)`: it has
    no fields, that one included)."""
    def shows(part, item) -> bool:
        return item in part or (item[0] == "field" and ("no fields", item[1]) in part)

    return frozenset(item for part in parts for item in part if all(shows(other, item) for other in parts))


def _text_head(node) -> str:
    """The literal text a message begins with ("" where it begins with a value)."""
    if type(node) is cst.FormattedString:
        first = node.parts[0] if node.parts else None
        return first.value if type(first) is cst.FormattedStringText else ""
    text = literal_value(node) if type(node) in (cst.SimpleString, cst.ConcatenatedString) else None
    return text if isinstance(text, str) else ""
