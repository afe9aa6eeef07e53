"""Data quality gates: Great Expectations suites on the landing, staging and mart tables.

`validate_stage(con, paths, stage, run_id)` validates a stage and records every outcome in
`quality.results` and the GX data docs; `QualityGateFailed` is what stops a run when a
critical expectation fails. Importing this package does not import GX (slow to load).
"""

from pressroom.quality.outcomes import ExpectationOutcome
from pressroom.quality.report import QualityGateFailed, StageReport
from pressroom.quality.stage import validate_stage
from pressroom.quality.suites import STAGES

__all__ = ["STAGES", "ExpectationOutcome", "QualityGateFailed", "StageReport", "validate_stage"]
