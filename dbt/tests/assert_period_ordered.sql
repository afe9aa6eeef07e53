-- A figure's period does not end before it starts.
-- Figures parsed since the last passing build only (macros/test_scope.sql).
select statistic_key, period_start, period_end, span
from {{ ref('statistics') }}
where period_end < period_start and {{ parsed_in_scope() }}
