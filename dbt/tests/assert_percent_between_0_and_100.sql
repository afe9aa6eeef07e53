-- A percentage lies between 0 and 100 (both bounds of a range).
-- Figures parsed since the last passing build only (macros/test_scope.sql).
select statistic_key, value, value_max, span
from {{ ref('statistics') }}
where unit = 'percent'
    and {{ parsed_in_scope() }}
    and (value < 0 or value > 100 or value_max < 0 or value_max > 100)
