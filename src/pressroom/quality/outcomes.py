"""One expectation's outcome, taken from a GX validation result (its JSON form) or made
for a table that is not there; and how it reads in a log line."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

#: Failing rows kept per expectation, in the log, the exception and quality.results.
MAX_EXAMPLES = 20

#: Keys of an expectation's kwargs that say nothing about what is expected.
_PLUMBING = {"batch_id", "column", "column_list", "column_A", "column_B", "row_condition",
             "condition_parser", "result_format", "catch_exceptions", "meta"}


@dataclass(frozen=True)
class ExpectationOutcome:
    """Whether one expectation held on one table, and on which rows it did not."""

    stage: str
    suite: str
    table: str
    expectation: str  # GX expectation type, e.g. expect_column_values_to_match_regex
    column: str | None
    kwargs: dict[str, Any]
    severity: str  # critical | warning
    success: bool
    observed_value: Any = None
    unexpected_count: int | None = None
    element_count: int | None = None
    examples: list[Any] = field(default_factory=list)
    notes: str | None = None
    error: str | None = None
    #: The suite's own words for this failure (`meta.message`, filled in), else None.
    message: str | None = None
    #: Failing rows moved to quality.quarantined_rows: the failure no longer blocks the run.
    quarantined: int = 0
    #: The suite's `meta.message` as written (what `message` is filled in from), else None.
    message_template: str | None = field(default=None, compare=False, repr=False)

    @property
    def is_blocking(self) -> bool:
        return not self.success and self.severity == "critical" and not self.quarantined

    def describe(self) -> str:
        """'staging.contact_points.value expect_column_values_to_match_regex(regex=...)
        where kind == 'email''."""
        target = f"{self.table}.{self.column}" if self.column else self.table
        args = ", ".join(f"{k}={v!r}" for k, v in self.kwargs.items() if k not in _PLUMBING)
        text = f"{target} {self.expectation}({args})"
        if self.kwargs.get("row_condition"):
            text += f" where {condition_text(self.kwargs['row_condition'])}"
        return text

    def failure_text(self) -> str:
        """What failed and on which rows, for the run log and the gate's exception."""
        shown = json.dumps(self.examples, ensure_ascii=False, default=str)
        label = f"{self.severity}, {self.quarantined} row(s) quarantined" if self.quarantined \
            else self.severity
        if self.message and not self.error:
            return f"[{label}] {self.message}" + (f", e.g. {shown}" if self.examples else "")
        text = f"[{label}] {self.describe()}"
        if self.error:
            return f"{text}: {self.error}"
        if self.unexpected_count is not None:
            text += f": {self.unexpected_count} of {self.element_count} rows unexpected"
            if self.examples:
                text += f", e.g. {shown}"
        else:
            text += f": observed {json.dumps(self.observed_value, default=str)}"
        if self.notes:
            text += f" ({self.notes})"
        return text


def outcome_from_result(stage: str, suite: str, table: str,
                        result: dict[str, Any]) -> ExpectationOutcome:
    """Read one `ExpectationValidationResult.to_json_dict()`."""
    config = result["expectation_config"]
    kwargs = {k: v for k, v in config["kwargs"].items() if k != "batch_id"}
    details = result.get("result") or {}
    examples = details.get("partial_unexpected_index_list") or details.get(
        "partial_unexpected_list") or []
    if "observed_value" in details:
        observed = details["observed_value"]
    elif "unexpected_count" in details:
        observed = {k: details.get(k) for k in
                    ("element_count", "unexpected_count", "unexpected_percent", "missing_count")}
    else:
        observed = None
    success = bool(result["success"])
    template = (config.get("meta") or {}).get("message")
    return ExpectationOutcome(
        stage=stage,
        suite=suite,
        table=table,
        expectation=config["type"],
        column=_column_of(kwargs),
        kwargs=kwargs,
        severity=str(config.get("severity") or "critical"),
        success=success,
        observed_value=clean_json(observed),
        unexpected_count=details.get("unexpected_count"),
        element_count=details.get("element_count"),
        examples=clean_json(list(examples)[:MAX_EXAMPLES]),
        notes=config.get("notes"),
        error=_error_of(result.get("exception_info")),
        message=(fill_message(template, table=table, observed=observed,
                              unexpected=details.get("unexpected_count"))
                 if template and not success else None),
        message_template=template,
    )


def fill_message(template: str, **values: Any) -> str:
    """A suite's `meta.message` with `{table}`, `{observed}` and `{unexpected}` filled in
    (an unknown or missing placeholder is left as written rather than failing the run)."""
    filled = {k: v for k, v in values.items() if v is not None}
    try:
        return template.format_map(_KeepUnknown(filled))
    except (ValueError, IndexError, AttributeError):  # a malformed template: keep its words
        return template


class _KeepUnknown(dict):
    """Format values that leave an unknown `{name}` as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def missing_table_outcome(stage: str, suite: str, table: str) -> ExpectationOutcome:
    """A suite whose table does not exist: one failed critical outcome, not a crash."""
    return ExpectationOutcome(
        stage=stage, suite=suite, table=table, expectation="expect_table_to_exist",
        column=None, kwargs={}, severity="critical", success=False,
        observed_value="table missing", error="table missing",
    )


def condition_text(condition: Any) -> str:
    """A GX row condition (dict form) as `kind == 'email' AND is_valid == True`."""
    if isinstance(condition, str):
        return condition
    kind = condition.get("type")
    if kind in ("and", "or"):
        parts = (condition_text(c) for c in condition["conditions"])
        return f" {kind.upper()} ".join(parts)
    if kind == "nullity":
        return f"{condition['column']['name']} is {'' if condition['is_null'] else 'not '}null"
    if kind == "comparison":
        return f"{condition['column']['name']} {condition['operator']} {condition['parameter']!r}"
    return json.dumps(condition, default=str)


def clean_json(value: Any) -> Any:
    """The value with NaN/inf replaced by None, so it is valid JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): clean_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_json(v) for v in value]
    return value


def _column_of(kwargs: dict[str, Any]) -> str | None:
    if "column" in kwargs:
        return kwargs["column"]
    if "column_list" in kwargs:
        return ",".join(kwargs["column_list"])
    if "column_A" in kwargs:
        return f"{kwargs['column_A']},{kwargs['column_B']}"
    return None


def _error_of(exception_info: Any) -> str | None:
    """The first exception message GX caught while computing the expectation, if any."""
    if not exception_info:
        return None
    infos = [exception_info] if "raised_exception" in exception_info else exception_info.values()
    for info in infos:
        if isinstance(info, dict) and info.get("raised_exception"):
            return str(info.get("exception_message"))
    return None
