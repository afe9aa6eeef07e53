-- A range has an upper bound above its lower bound; any other figure has no upper bound.
select statistic_key, qualifier, value, value_max, span
from {{ ref('statistics') }}
where (qualifier = 'range' and (value_max is null or value_max <= value))
    or (qualifier <> 'range' and value_max is not null)
