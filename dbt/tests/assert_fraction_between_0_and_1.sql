-- A fraction is a share: "un tiers" is 0.3333, never 3.
-- Figures parsed since the last passing build only (macros/test_scope.sql).
select statistic_key, value, value_max, span
from {{ ref('statistics') }}
where unit = 'fraction'
    and {{ parsed_in_scope() }}
    and (value < 0 or value > 1 or value_max < 0 or value_max > 1)
