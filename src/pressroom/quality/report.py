"""What validating a stage found, and the exception that stops a run on a critical failure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pressroom.quality.outcomes import ExpectationOutcome


@dataclass
class StageReport:
    """Every expectation outcome of one stage in one run."""

    stage: str
    run_id: str
    validated_at: datetime
    outcomes: list[ExpectationOutcome] = field(default_factory=list)
    data_docs: Path | None = None  # the data docs index.html
    seconds: float = 0.0

    @property
    def critical_failures(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if o.is_blocking]

    @property
    def warnings(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity == "warning"]

    @property
    def quarantined(self) -> list[ExpectationOutcome]:
        """Critical failures whose rows were quarantined: recorded, not blocking."""
        return [o for o in self.outcomes if o.quarantined]

    @property
    def success(self) -> bool:
        """True when no critical expectation failed (warnings do not count)."""
        return not self.critical_failures

    def summary(self) -> dict:
        """A small, JSON-friendly account of the stage: what a flow returns."""
        return {
            "stage": self.stage,
            "run_id": self.run_id,
            "success": self.success,
            "expectations": len(self.outcomes),
            "failed_critical": len(self.critical_failures),
            "failed_warning": len(self.warnings),
            "quarantined_rows": sum(o.quarantined for o in self.outcomes),
            "tables": sorted({o.table for o in self.outcomes}),
            "data_docs": str(self.data_docs) if self.data_docs else None,
            "seconds": round(self.seconds, 2),
        }

    def raise_for_critical(self) -> None:
        """Raise QualityGateFailed when a critical expectation failed."""
        if not self.success:
            raise QualityGateFailed(self)


class QualityGateFailed(Exception):
    """A critical expectation failed: nothing after this stage may run or be published."""

    def __init__(self, report: StageReport) -> None:
        self.report = report
        #: The critical outcomes that failed (each has `failure_text()`).
        self.failures = failures = report.critical_failures
        lines = [f"quality gate '{report.stage}' failed (run {report.run_id}): "
                 f"{len(failures)} critical expectation(s) failed"]
        lines += [f"  - {o.failure_text()}" for o in failures]
        lines.append("all results: table quality.results"
                     + (f", data docs {report.data_docs}" if report.data_docs else ""))
        super().__init__("\n".join(lines))
