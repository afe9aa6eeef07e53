select
    statistic_id as statistic_key,
    release_id as release_key,
    sha256,
    position,
    value,
    value_max,
    unit,
    -- `currency:USD` and `currency:EUR` are one family; the code is checked against ISO 4217
    case when unit like 'currency:%' then 'currency' else unit end as unit_family,
    case when unit like 'currency:%' then substr(unit, 10) end as currency_code,
    qualifier,
    nullif(trim(subject), '') as subject,
    period_start,
    period_end,
    text as span,
    sentence,
    paragraph,
    char_start,
    char_end
from {{ source('parsed', 'statistics') }}
