-- A figure's period does not end before it starts.
select statistic_key, period_start, period_end, span
from {{ ref('statistics') }}
where period_end < period_start
