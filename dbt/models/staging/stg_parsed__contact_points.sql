select
    contact_id as release_contact_id,
    release_id as release_key,
    position,
    kind,
    case when kind = 'email' then lower(trim(value)) else value end as value,
    extension,
    raw,
    is_valid
from {{ source('parsed', 'contact_points') }}
