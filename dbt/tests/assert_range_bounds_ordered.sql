-- A range has an upper bound above its lower bound; any other figure has no upper bound.
-- Figures parsed since the last passing build only (macros/test_scope.sql).
select statistic_key, qualifier, value, value_max, span
from {{ ref('statistics') }}
where {{ parsed_in_scope() }}
    and ((qualifier = 'range' and (value_max is null or value_max <= value))
    or (qualifier <> 'range' and value_max is not null))
